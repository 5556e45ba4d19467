#!/usr/bin/env bash
# Runs lifeos (release build) with the given arguments, installing the build's system
# dependencies first when needed. No arguments: the full-screen app; `./scripts/run.sh
# task list`: the command line.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/deps.sh
exec cargo run --release --quiet --bin lifeos -- "$@"
