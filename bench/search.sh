#!/usr/bin/env bash
# Search benchmark (issue 19): `lifeos search` over N mixed rows (notes, tasks, people),
# each query a whole process (open, unlock by LIFEOS_DB_KEY, query, print), p50 beside
# grep over the plaintext export of the same rows (what finding text costs with no index
# and no encryption); and the index's cost on import: rows/s with it and with
# LIFEOS_SEARCH_INDEX=off (which defers it), in one run.
# Usage: bench/search.sh [N]   (BUILD=debug for a quick check; bench/all.sh --tiny)
#   (needs hyperfine; installs it if root)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
. bench/lib.sh
bench_build
LIFEOS=$BIN/lifeos
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
python3 bench/gen_mixed.py "$N" "$W/mixed.ndjson"
export LIFEOS_HOME=$W/home
export LIFEOS_DB_KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
runs=$(( N >= 10000 ? 3 : 1 ))

echo "== import of $N mixed rows: with the search index, and with it deferred (LIFEOS_SEARCH_INDEX=off)"
for mode in on off; do
  hyperfine -N --runs "$runs" --prepare "rm -rf $LIFEOS_HOME/data/profiles/imp-$mode" --export-json "$W/imp-$mode.json" \
    "env LIFEOS_SEARCH_INDEX=$mode $LIFEOS --profile imp-$mode import $W/mixed.ndjson --format ndjson" >/dev/null 2>&1
  python3 -c "import json; r=json.load(open('$W/imp-$mode.json'))['results'][0]; print(f'import, index $mode: mean {r[\"mean\"]*1000:.0f} ms = {$N/r[\"mean\"]:.0f} rows/s')"
done
"$LIFEOS" import "$W/mixed.ndjson" --format ndjson >/dev/null
echo "database size: $(du -sh "$LIFEOS_HOME/data/profiles/default" | cut -f1) (with the index), $(du -sh "$LIFEOS_HOME/data/profiles/imp-off" | cut -f1) (without)"
t0=$(date +%s%N); "$LIFEOS" db reindex --format ndjson >/dev/null; t1=$(date +%s%N)
echo "db reindex of $N rows: $(( (t1 - t0) / 1000000 )) ms"
"$LIFEOS" export > "$W/export.ndjson"

echo "== search over $N rows: p50 of each query (whole process), grep over the plaintext export beside it"
p50() { python3 -c "import json,statistics; r=json.load(open('$1'))['results'][0]; print(f'{statistics.median(r[\"times\"])*1000:.1f}')"; }
for q in "zephyr" "garden" "gard*" '"water roses"' "garden kind:note" "coffee -garden" "tag:home"; do
  hyperfine -N --warmup 2 --runs 20 --export-json "$W/q.json" "$LIFEOS search '$q' --limit 20 --format ndjson" >/dev/null 2>&1
  hits=$("$LIFEOS" search "$q" --limit 20 --format ndjson | wc -l)
  printf 'lifeos search %-20s p50 %6s ms  (%s hits shown)\n' "$q" "$(p50 "$W/q.json")" "$hits"
done
for w in zephyr garden; do
  hyperfine -N --warmup 2 --runs 20 --export-json "$W/g.json" "grep -ci $w $W/export.ndjson" >/dev/null 2>&1
  printf 'grep -ci %-26s p50 %6s ms  (%s lines match)\n' "$w" "$(p50 "$W/g.json")" "$(grep -ci "$w" "$W/export.ndjson")"
done
