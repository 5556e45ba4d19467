#!/usr/bin/env bash
# Mobile bridge benchmark (issue 17), through the generated Python bindings on a release
# build (BUILD=debug: only that it runs): the initial sync of N rows into an empty phone store beside `lifeos sync` of the
# same rows into an empty CLI profile (same server, same run); one create + read round
# trip beside Python's own sqlite3 (unencrypted, no outbox); the stripped library's size
# beside the stripped CLI's. Usage: bench/mobile.sh [N=100000]  (CI: bench/mobile.sh 500)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
. bench/lib.sh
bench_build
. scripts/pg.sh
pg_start
W=$(mktemp -d)
cleanup() { kill "${SERVER:-}" 2>/dev/null || true; wait "${SERVER:-}" 2>/dev/null || true; pg_stop; rm -rf "$W"; }
trap cleanup EXIT
PORT=$(free_port)
URL=http://127.0.0.1:$PORT
DATABASE_URL=$PG_URL LIFEOS_LISTEN=127.0.0.1:$PORT LIFEOS_SIGNUP_ALLOWLIST=bench@example.org LIFEOS_LOG=warn \
  "$BIN/lifeos-server" >"$W/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 100); do curl -fs "$URL/healthz" >/dev/null && break; sleep 0.1; done
curl -fs -X POST "$URL/v1/auth/signup" -H 'content-type: application/json' \
  -d '{"email":"bench@example.org","password":"benchmark password"}' >/dev/null

export LIFEOS_HOME=$W/home LIFEOS_PASSPHRASE='bench passphrase' LIFEOS_DB_KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))') LIFEOS_PASSWORD='benchmark password'
L=$BIN/lifeos
python3 bench/gen_tasks.py "$N" "$W/seed.ndjson" /dev/null
echo "== seeding the server with $N rows (lifeos import + sync)"
$L --profile seed import "$W/seed.ndjson" --format ndjson >/dev/null
$L --profile seed login --server "$URL" --email bench@example.org --format ndjson >/dev/null
$L --profile seed sync --format json >/dev/null

mkdir -p "$W/py/lifeos"
cp mobile-bridge/bindings/python/*.py "$BIN/liblifeos_mobile.so" "$W/py/lifeos/"
: > "$W/py/lifeos/__init__.py"

echo "== initial sync of $N rows into an empty store"
$L --profile fresh login --server "$URL" --email bench@example.org --format ndjson >/dev/null
python3 - "$W" "$URL" <<'PY'
import sys, time
w, url = sys.argv[1], sys.argv[2]
sys.path.insert(0, f"{w}/py")
from lifeos import lifeos_mobile as m
session = m.login(url, "bench@example.org", "benchmark password")
store = m.LifeosStore.open(f"{w}/phone.db", m.new_key())
t = time.perf_counter()
s = store.sync(session, None, None)
ms = (time.perf_counter() - t) * 1000
print(f"phone (Python bindings): {s.pulled} rows in {ms:.0f} ms = {s.pulled * 1000 / max(ms, 1):.0f} rows/s")
PY
python3 - "$L" <<'PY'
import json, subprocess, sys, time
t = time.perf_counter()
out = subprocess.run([sys.argv[1], "--profile", "fresh", "sync", "--format", "json"], check=True,
                     capture_output=True, text=True).stdout
ms = (time.perf_counter() - t) * 1000
n = json.loads(out)["pulled"]
print(f"lifeos sync (CLI):       {n} rows in {ms:.0f} ms = {n * 1000 / max(ms, 1):.0f} rows/s")
PY

echo "== one create + read round trip"
python3 - "$W" <<'PY'
import sqlite3, sys, time
w = sys.argv[1]
sys.path.insert(0, f"{w}/py")
from lifeos import lifeos_mobile as m, lifeos_core as c
store = m.LifeosStore.open(f"{w}/rt.db", m.new_key())
n = 2000
t = time.perf_counter()
for i in range(n):
    r = store.create_task(c.Task(title=f"task {i}", status=c.TaskStatus.TODO, priority=c.Priority.NONE))
    store.get_task(r.kernel.id)
us = (time.perf_counter() - t) * 1e6 / n
print(f"bridge create_task + get_task (encrypted, versioned, outbox): {us:.0f} µs")
db = sqlite3.connect(f"{w}/plain.db")
db.execute("pragma journal_mode=wal"); db.execute("pragma synchronous=normal")
db.execute("create table t (id integer primary key, title text)")
t = time.perf_counter()
for i in range(n):
    with db:
        k = db.execute("insert into t (title) values (?)", (f"task {i}",)).lastrowid
    db.execute("select title from t where id = ?", (k,)).fetchone()
us = (time.perf_counter() - t) * 1e6 / n
print(f"peer: Python sqlite3 insert + select (plain, no outbox):      {us:.0f} µs")
PY

echo "== library size (${BUILD:-release}, stripped)"
strip -o "$W/lib.so" "$BIN/liblifeos_mobile.so"
strip -o "$W/lifeos" "$BIN/lifeos"
python3 -c "import os,sys; [print(f'{n}: {os.path.getsize(p)/1e6:.1f} MB') for n,p in [('liblifeos_mobile.so', sys.argv[1]), ('peer: the lifeos CLI binary', sys.argv[2])]]" "$W/lib.so" "$W/lifeos"
