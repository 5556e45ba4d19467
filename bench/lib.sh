# Sourced by the bench scripts. BUILD=release (the default: the figures) or BUILD=debug
# (bench/all.sh --tiny: only that every script still runs). Sets BIN to the build's folder.
# Every bench builds the whole workspace the one way scripts/build.sh gives (no rebuilds
# between the scripts, or after the tests).
. "$(dirname "${BASH_SOURCE[0]}")/../scripts/build.sh"
bench_build() {
  workspace_build "${BUILD:-release}"
}
# A free loopback port (fixed ports collide with whatever else this machine runs).
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
