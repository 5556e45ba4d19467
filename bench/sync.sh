#!/usr/bin/env bash
# Sync benchmark (issue 4): initial pull of N rows into an empty encrypted mirror, and a
# push of M local changes, through the real CLI and server on loopback.
# Usage: bench/sync.sh [N=100000] [M=10000]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
M=${2:-10000}
. bench/lib.sh
bench_build
. scripts/pg.sh
pg_start
W=$(mktemp -d)
cleanup() { kill "${SERVER:-}" 2>/dev/null || true; wait "${SERVER:-}" 2>/dev/null || true; pg_stop; rm -rf "$W"; }
trap cleanup EXIT
PORT=$(free_port)
DATABASE_URL=$PG_URL LIFEOS_LISTEN=127.0.0.1:$PORT LIFEOS_SIGNUP_ALLOWLIST=bench@example.org LIFEOS_LOG=warn \
  "$BIN/lifeos-server" >"$W/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
curl -fs -X POST "http://127.0.0.1:$PORT/v1/auth/signup" -H 'content-type: application/json' \
  -d '{"email":"bench@example.org","password":"benchmark password"}' >/dev/null

# The database key from the environment; the session token goes to the credential store
# (credentials.enc on a machine without a durable keyring), sealed with this passphrase.
export LIFEOS_HOME=$W/home LIFEOS_DB_KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))') LIFEOS_PASSWORD='benchmark password'
export LIFEOS_PASSPHRASE='bench passphrase'
L=$BIN/lifeos
python3 bench/gen_tasks.py "$N" "$W/seed.ndjson" /dev/null
python3 bench/gen_tasks.py "$((N + M))" "$W/more.ndjson" /dev/null
tail -n "$M" "$W/more.ndjson" > "$W/local.ndjson"

rate() { python3 -c "import json,sys; s=json.load(open('$1')); n=s['$2']; ms=s['$3']; print(f'{n} rows in {ms} ms = {n*1000/max(ms,1):.0f} rows/s')"; }

echo "== seeding the server with $N rows (push from a first device)"
$L --profile seed import "$W/seed.ndjson" --format ndjson >/dev/null
$L --profile seed login --server "http://127.0.0.1:$PORT" --email bench@example.org --format ndjson >/dev/null
$L --profile seed sync --format json > "$W/seed.json"
echo -n "push of $N: "; rate "$W/seed.json" pushed push_ms

echo "== initial pull of $N rows into an empty encrypted mirror"
$L --profile fresh login --server "http://127.0.0.1:$PORT" --email bench@example.org --format ndjson >/dev/null
$L --profile fresh sync --format json > "$W/pull.json"
echo -n "pull: "; rate "$W/pull.json" pulled pull_ms

echo "== push of $M local changes"
$L --profile fresh import "$W/local.ndjson" --format ndjson >/dev/null
$L --profile fresh sync --format json > "$W/push.json"
echo -n "push: "; rate "$W/push.json" pushed push_ms
echo "server log rows: $(psql -Atq "$PG_URL" -c 'select count(*) from sync_log'), tasks: $(psql -Atq "$PG_URL" -c 'select count(*) from task')"
