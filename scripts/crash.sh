#!/usr/bin/env bash
# Crash safety, proved by killing: SIGKILL at random instants during imports, syncs,
# rekeys, CSV imports, a TUI save, the server under pushes, and Postgres stopped with
# `pg_ctl stop -m immediate`; after each kill the database must open and check whole,
# hold no half-written row, and converge with nothing lost and nothing doubled.
# Usage: scripts/crash.sh [KILLS_PER_OPERATION=30] [SEED=random] [crash.py options, e.g. --only rekey]
# Prints kills and survivals per operation; exits 1 with the seed and a reproducer on a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
KILLS=${1:-30}
SEED=${2:-$RANDOM}
shift $(($# < 2 ? $# : 2))
. scripts/build.sh
workspace_build
TARGET=${CARGO_TARGET_DIR:-target}
W=$(mktemp -d /tmp/lifeos-crash.XXXXXX)
# Copies of the binaries just built: another build sharing the target folder may replace them.
install -d "$W/bin"
cp "$TARGET/debug/lifeos" "$TARGET/debug/lifeos-server" "$W/bin/"
. scripts/pg.sh
pg_start
# Killing Postgres must not lose an answered commit: with synchronous_commit off it could.
pg_durable
status=0
cleanup() { pg_stop; [ "$status" = 0 ] && rm -rf "$W" || echo "kept $W" >&2; }
trap cleanup EXIT
echo "crash: $KILLS kills per operation, seed $SEED, work folder $W"
python3 scripts/crash.py "$KILLS" "$SEED" --bin "$W/bin" --work "$W" "$@" || status=$?
exit "$status"
