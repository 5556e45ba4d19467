#!/usr/bin/env bash
# Runs every bench script. With --tiny, each at a tiny size on a debug build, so CI can
# check in a minute or two that none has rotted (the figures mean nothing then).
# Usage: bench/all.sh [--tiny]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = --tiny ]; then
  export BUILD=debug
  runs=(
    "bench/foundation.sh 200"
    "bench/finance.sh 300"
    "bench/habits.sh 3 30 20"
    "bench/sync.sh 200 50"
    "bench/server.sh 1"
    "bench/tui.sh 200"
    "bench/attachments.sh 2"
    "bench/web.sh 200"
    "bench/mobile.sh 500"
    "bench/soak.sh 30 8"
    "bench/search.sh 300"
  )
else
  runs=(bench/foundation.sh bench/finance.sh bench/habits.sh bench/sync.sh bench/server.sh bench/tui.sh bench/attachments.sh "bench/web.sh 10000 release" bench/mobile.sh bench/soak.sh bench/search.sh)
fi
for r in "${runs[@]}"; do
  echo "#### $r"
  $r
done
echo "#### all ${#runs[@]} bench scripts ran"
