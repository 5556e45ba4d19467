#!/usr/bin/env bash
# Server benchmark (issue 3): wrk on loopback, authenticated.
#   list 50 tasks; create a task; idle and loaded RSS; an axum hello-world as the ceiling.
# Usage: bench/server.sh [seconds]   (BUILD=debug for a quick check)
#   (installs wrk if root and missing)
set -euo pipefail
cd "$(dirname "$0")/.."
DUR=${1:-10}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
. bench/lib.sh
bench_build
. scripts/pg.sh
pg_start
W=$(mktemp -d)
cleanup() { kill "${SERVER:-}" "${HELLO:-}" 2>/dev/null || true; wait 2>/dev/null || true; pg_stop; rm -rf "$W"; }
trap cleanup EXIT

PORT=$(free_port)
DATABASE_URL=$PG_URL LIFEOS_LISTEN=127.0.0.1:$PORT LIFEOS_SIGNUP_ALLOWLIST=bench@example.org LIFEOS_LOG=warn \
  "$BIN/lifeos-server" >"$W/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 300); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null || { echo "the server did not come up:" >&2; cat "$W/server.log" >&2; exit 1; }
rss() { awk '/^VmRSS/ {printf "%.1f MB", $2/1024}' "/proc/$1/status"; }
hwm() { awk '/^VmHWM/ {printf "%.1f MB", $2/1024}' "/proc/$1/status"; }
echo "idle RSS: $(rss $SERVER)"

B=http://127.0.0.1:$PORT
curl -fs -X POST "$B/v1/auth/signup" -H 'content-type: application/json' \
  -d '{"email":"bench@example.org","password":"benchmark password"}' >/dev/null
TOKEN=$(curl -fs -X POST "$B/v1/auth/login" -H 'content-type: application/json' \
  -d '{"email":"bench@example.org","password":"benchmark password"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
WS=$(curl -fs "$B/v1/me" -H "authorization: Bearer $TOKEN" | python3 -c 'import json,sys; print(json.load(sys.stdin)["workspaces"][0]["id"])')
for i in $(seq 50); do
  curl -fs -X POST "$B/v1/workspaces/$WS/tasks" -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \
    -d "{\"title\":\"task $i\",\"tags\":[\"bench\"],\"due\":\"2026-12-01\"}" >/dev/null
done
echo "idle RSS after setup: $(rss $SERVER)"

cat >"$W/create.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.body = '{"title":"created by wrk","tags":["bench"],"priority":"high"}'
LUA
report() { grep -E 'Requests/sec|99%|Non-2xx|Socket errors' ; }

echo "== GET list of 50 tasks (wrk -t2 -c32 -d${DUR}s)"
wrk -t2 -c32 -d"${DUR}s" --latency -H "Authorization: Bearer $TOKEN" "$B/v1/workspaces/$WS/tasks?limit=50" | report
echo "loaded RSS: $(rss $SERVER) (peak $(hwm $SERVER))"
echo "== POST create task (wrk -t2 -c32 -d${DUR}s)"
wrk -t2 -c32 -d"${DUR}s" --latency -s "$W/create.lua" "$B/v1/workspaces/$WS/tasks" | report
echo "loaded RSS: $(rss $SERVER) (peak $(hwm $SERVER))"
echo "rows: $(psql -Atq "$PG_URL" -c 'select count(*) from task'), log rows: $(psql -Atq "$PG_URL" -c 'select count(*) from sync_log')"

HPORT=$(free_port)
"$BIN/examples/hello" "127.0.0.1:$HPORT" & HELLO=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$HPORT/" >/dev/null && break; sleep 0.1; done
echo "== axum hello-world, the ceiling (wrk -t2 -c32 -d${DUR}s)"
wrk -t2 -c32 -d"${DUR}s" --latency "http://127.0.0.1:$HPORT/" | report
