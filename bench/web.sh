#!/usr/bin/env bash
# Web app budgets (issue 16): the first load's JS + CSS gzipped (budget 100 KB), the Today
# and Tasks pages interactive after navigation with N tasks in the workspace (budget 300 ms at
# 10,000), beside the API's own list call as the floor; with `release`, the release
# binary's size with and without the embedded app.
# Usage: bench/web.sh [tasks] [release]   e.g. bench/web.sh 10000 release; CI: bench/web.sh 200
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
MODE=${2:-dev}
. scripts/web.sh
. scripts/build.sh
(cd web && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build >/dev/null)
[ -x /usr/bin/chromium ] || web_apt chromium

# The first load: what index.html loads (its script, stylesheets and preloads); the pages
# loaded later (lazy chunks, e.g. Notes with its Markdown renderer) are counted apart.
first=$(grep -oE '(src|href)="/assets/[^"]+\.(js|css)"' web/dist/index.html | sed -E 's/.*"\/(assets\/[^"]+)"/\1/' | sort -u)
js=0; css=0; lazy=0
for f in web/dist/assets/*; do
  n=$(gzip -9c "$f" | wc -c)
  if echo "$first" | grep -qx "${f#web/dist/}"; then
    case "$f" in *.css) css=$((css + n));; *) js=$((js + n));; esac
  else
    lazy=$((lazy + n))
  fi
done
printf 'first load, gzipped: JS %.1f KB + CSS %.1f KB = %.1f KB (budget 100 KB); the other pages, loaded when opened: %.1f KB\n' \
  "$(echo "$js/1024" | bc -l)" "$(echo "$css/1024" | bc -l)" "$(echo "($js+$css)/1024" | bc -l)" "$(echo "$lazy/1024" | bc -l)"

if [ "$MODE" = release ]; then
  workspace_build release
  with=$(stat -c %s target/release/lifeos-server)
  mv web/dist web/dist.bench
  trap 'rm -rf web/dist; mv web/dist.bench web/dist' EXIT
  touch sync-server/src/web.rs
  workspace_build release
  without=$(stat -c %s target/release/lifeos-server)
  rm -rf web/dist; mv web/dist.bench web/dist; trap - EXIT
  touch sync-server/src/web.rs
  workspace_build release
  printf 'release binary: %.1f MB with the app, %.1f MB without\n' \
    "$(echo "$with/1048576" | bc -l)" "$(echo "$without/1048576" | bc -l)"
  BIN=target/release/lifeos-server
else
  workspace_build
  BIN=target/debug/lifeos-server
  echo "binary sizes: run with 'release' to measure them"
fi

. scripts/pg.sh
pg_start
trap pg_stop EXIT
(cd web && LIFEOS_BENCH_BIN="$PWD/../$BIN" LIFEOS_BENCH_TASKS=$N LIFEOS_WEB_DATABASE_URL=$PG_URL node bench.mjs)
