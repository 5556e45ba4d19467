#!/usr/bin/env bash
# Load with faults (issue 22): CLIENTS clients (threads of bench/soak.py, each its own
# keep-alive connection, four to a user) do mixed reads, creates, updates and sync pushes
# on loopback for SECONDS, while Postgres crashes (pg_ctl stop -m immediate) in the middle
# and is started again SOAK_OUTAGE seconds later (default 8). The server must recover by
# itself: /readyz red then green, 503 with Retry-After while the database is away, never a
# 5xx after, no acknowledged write lost (checked through the REST API and a sync pull),
# RSS bounded. Prints requests, errors and p99 per phase and the RSS; exits 1 when a rule
# is broken (the rules are listed at the top of bench/soak.py).
# Usage: bench/soak.sh [SECONDS=180] [CLIENTS=32]   (BUILD=debug for a quick check;
#   SOAK_OUTAGE=SECONDS; LIFEOS_SERVER_BIN=PATH to run a binary built beforehand)
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${1:-180}
CLIENTS=${2:-32}
. bench/lib.sh
. scripts/pg.sh
W=$(mktemp -d)
cleanup() { kill "${SERVER:-}" 2>/dev/null || true; wait "${SERVER:-}" 2>/dev/null || true; pg_stop; rm -rf "$W"; }
trap cleanup EXIT
# A copy, so a build of another checkout into a shared CARGO_TARGET_DIR cannot swap the
# binary under the run; LIFEOS_SERVER_BIN names one built beforehand (no build then).
if [ -n "${LIFEOS_SERVER_BIN:-}" ]; then
  cp "$LIFEOS_SERVER_BIN" "$W/lifeos-server"
else
  bench_build
  cp "$BIN/lifeos-server" "$W/lifeos-server"
fi
pg_start
# The outage is a crash: commits must wait for the WAL, or the last ones are lost with it.
pg_durable

PORT=$(free_port)
USERS=$(( (CLIENTS + 3) / 4 )); [ "$USERS" -ge 2 ] || USERS=2
ALLOW=$(seq -s, -f 'soak%g@example.org' 0 $((USERS - 1)))
DATABASE_URL=$PG_URL LIFEOS_LISTEN=127.0.0.1:$PORT LIFEOS_SIGNUP_ALLOWLIST=$ALLOW LIFEOS_LOG=warn \
  "$W/lifeos-server" >"$W/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.1; done

echo "== soak: $CLIENTS clients for ${SECS} s, Postgres down for ${SOAK_OUTAGE:-8} s in the middle (${LIFEOS_SERVER_BIN:-${BUILD:-release} build})"
status=0
python3 bench/soak.py "http://127.0.0.1:$PORT" "$SECS" "$CLIENTS" "$SERVER" || status=$?
kill -0 "$SERVER" 2>/dev/null || { echo "the server died" >&2; status=1; }
# A 503 is logged as a failed response too; an internal error is what must never be.
echo "server log: $(grep -c . "$W/server.log" || true) lines, $(grep -c '"internal error"' "$W/server.log" || true) internal errors"
if [ "$status" != 0 ]; then
  grep -E 'ERROR|WARN' "$W/server.log" | grep -v 'response failed' | head -5 >&2 || true
fi
exit "$status"
