# Sourced by the bench scripts. BUILD=release (the default: the figures) or BUILD=debug
# (bench/all.sh --tiny: only that every script still runs). Sets BIN to the build's folder.
# Every bench builds the whole workspace the one way scripts/build.sh gives (no rebuilds
# between the scripts, or after the tests).
. "$(dirname "${BASH_SOURCE[0]}")/../scripts/build.sh"
bench_build() {
  workspace_build "${BUILD:-release}"
}
