#!/usr/bin/env bash
# Runs lifeos (release build) with the given arguments (none: the full-screen app), installing the build's system
# dependencies first when needed. `./scripts/run.sh task list`
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/deps.sh
exec cargo run --release --quiet --bin lifeos -- "$@"
