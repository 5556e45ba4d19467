# Sourced by the scripts that need the workspace's binaries (scripts/, bench/, the mobile
# tests). One cargo selection for all of them: cargo unifies features over the packages
# it is asked to build, so `-p lifeos-server` alone builds lifeos-core without `store`,
# `-p lifeos-cli` without `openapi`, and each such set is a rebuild of the core and of
# everything above it (CI ran out of disk with nine lifeos-core builds). The debug build
# is the same selection as `cargo test --workspace` (its dev-dependencies included), so
# after scripts/test.sh it builds nothing.
# Usage: workspace_build [debug|release]; sets BIN to the build's folder.
workspace_build() {
  if [ "${1:-debug}" = release ]; then
    cargo build --release --locked -q --workspace --lib --bins --examples
    BIN=${CARGO_TARGET_DIR:-$PWD/target}/release
  else
    cargo build --locked -q --workspace --all-targets
    BIN=${CARGO_TARGET_DIR:-$PWD/target}/debug
  fi
}
