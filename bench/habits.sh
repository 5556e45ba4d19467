#!/usr/bin/env bash
# Habits and fasting benchmark (issue 7): H habits with D days of history each, F fasts;
# times `habit list` (today's state and streak of every habit), `habit stats`,
# `habit check` and `fast stats` through the real CLI on an encrypted database.
# Usage: bench/habits.sh [H=30] [D=1095] [F=1000]   (BUILD=debug to skip the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
H=${1:-30}
D=${2:-1095}
F=${3:-1000}
. bench/lib.sh
bench_build
L=$BIN/lifeos
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
export LIFEOS_HOME=$W/home LIFEOS_DB_KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
python3 bench/gen_habits.py "$H" "$D" "$F" "$W/seed.ndjson"
echo "== $H habits x $D days ($(grep -c habit_checkin "$W/seed.ndjson") check-ins), $F fasts; $L"
ms() { python3 -c 'import sys,time; print(f"{(time.time()-float(sys.argv[1]))*1000:.0f} ms")' "$1"; }
t=$(date +%s.%N); $L import "$W/seed.ndjson" --format ndjson >/dev/null; echo "import: $(ms "$t")"
best() { # best of 5 runs of a command, in ms
  local b=999999
  for _ in 1 2 3 4 5; do
    local s; s=$(date +%s%N); "$@" >/dev/null; local e; e=$(( ($(date +%s%N) - s) / 1000000 ))
    [ "$e" -lt "$b" ] && b=$e
  done
  echo "$b ms"
}
echo "habit list:            $(best $L habit list --format json)"
echo "habit stats 'habit 0': $(best $L habit stats 'habit 0' --format json)"
echo "habit check 'habit 0': $(best $L habit check 'habit 0' --format json)"
echo "fast stats:            $(best $L fast stats --format json)"
echo "fast status:           $(best $L fast status --format json)"
