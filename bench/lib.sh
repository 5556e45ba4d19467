# Sourced by the bench scripts. BUILD=release (the default: the figures) or BUILD=debug
# (bench/all.sh --tiny: only that every script still runs). Sets BIN to the build's folder.
bench_build() { # cargo build arguments
  if [ "${BUILD:-release}" = debug ]; then
    cargo build --locked -q "$@"
    BIN=${CARGO_TARGET_DIR:-$PWD/target}/debug
  else
    cargo build --release --locked -q "$@"
    BIN=${CARGO_TARGET_DIR:-$PWD/target}/release
  fi
}
