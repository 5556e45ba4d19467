#!/usr/bin/env bash
# Attachments benchmark (issue 18): a file of SIZE MB attached and uploaded by `lifeos
# sync` from one device, fetched by `lifeos attachment get` on another, through the real
# CLI and server on loopback (the device seals and unseals every byte, the server hashes
# them); beside it curl sending and fetching a file of the same size through the same
# endpoints (no sealing: the raw HTTP floor). Peak RSS of the CLI, curl and the server
# are printed for SIZE/10 and SIZE, to show they stay flat as the file grows.
# Usage: bench/attachments.sh [SIZE_MB=200]   (CI: bench/attachments.sh 2)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-200}
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
  LIFEOS_BLOB_DIR=$W/server-blobs LIFEOS_BLOB_MAX_FILE_BYTES=$(( (SIZE + 1) * 1000000 )) \
  "$BIN/lifeos-server" >"$W/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 100); do curl -fs "$URL/healthz" >/dev/null && break; sleep 0.1; done
curl -fs -X POST "$URL/v1/auth/signup" -H 'content-type: application/json' \
  -d '{"email":"bench@example.org","password":"benchmark password"}' >/dev/null
TOKEN=$(curl -fs -X POST "$URL/v1/auth/login" -H 'content-type: application/json' \
  -d '{"email":"bench@example.org","password":"benchmark password"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
WS=$(curl -fs "$URL/v1/me" -H "authorization: Bearer $TOKEN" | python3 -c 'import json,sys; print(json.load(sys.stdin)["workspaces"][0]["id"])')

export LIFEOS_DB_KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))') LIFEOS_PASSWORD='benchmark password'
export LIFEOS_PASSPHRASE='bench passphrase'
L=$BIN/lifeos

# `measure OUT CMD…`: runs CMD, writes "seconds peak_rss_kb" to OUT.
measure() {
  local out=$1; shift
  /usr/bin/time -f '%e %M' -o "$out" "$@" >/dev/null
}
# The server's peak RSS so far (kB): VmHWM never goes down, so a run's growth shows.
server_peak() { awk '/VmHWM/ {print $2}' "/proc/$SERVER/status"; }
mbps() { python3 -c "print(f'{$1 / max($2, 0.001):.0f}')"; }

run() { # SIZE_MB
  local mb=$1 bytes=$(( $1 * 1000000 ))
  local d=$W/run-$mb
  mkdir -p "$d"
  head -c "$bytes" /dev/urandom > "$d/file.bin"
  head -c "$bytes" /dev/urandom > "$d/peer.bin"
  local before; before=$(server_peak)

  # LifeOS: attach (hash + seal on the device), sync (push the row, upload the blob).
  export LIFEOS_HOME=$d/laptop
  $L note add "Scans" --format ndjson >/dev/null
  $L login --server "$URL" --email bench@example.org --format ndjson >/dev/null
  measure "$d/attach" $L attach "$d/file.bin" --to note:Scans --format ndjson
  measure "$d/up" $L sync --format json
  local after_up; after_up=$(server_peak)
  # Another device: pull the row, fetch the blob on first use, write it out.
  export LIFEOS_HOME=$d/phone
  $L login --server "$URL" --email bench@example.org --format ndjson >/dev/null
  $L sync --format ndjson >/dev/null
  local mine; mine=$(sha256sum "$d/file.bin" | cut -d' ' -f1)
  local id; id=$($L attachment list --format ndjson | python3 -c "import json,sys; print(next(r['id'] for r in map(json.loads, sys.stdin) if r['sha256'] == '$mine'))")
  measure "$d/down" $L attachment get "$id" -o "$d/got.bin" --format ndjson
  cmp -s "$d/file.bin" "$d/got.bin" || { echo "the fetched file differs" >&2; exit 1; }
  local after_down; after_down=$(server_peak)

  # curl through the same endpoints: a row names the blob, one PUT, one GET.
  local sha; sha=$(sha256sum "$d/peer.bin" | cut -d' ' -f1)
  local note; note=$(curl -fs -X POST "$URL/v1/workspaces/$WS/notes" -H "authorization: Bearer $TOKEN" \
    -H 'content-type: application/json' -d '{"title":"peer"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  curl -fs -X POST "$URL/v1/workspaces/$WS/attachments" -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \
    -d "{\"entity_kind\":\"note\",\"entity_id\":\"$note\",\"name\":\"peer.bin\",\"media_type\":\"application/octet-stream\",\"size\":$bytes,\"sha256\":\"$sha\"}" >/dev/null
  measure "$d/curl-up" curl -fs -X PUT -H "authorization: Bearer $TOKEN" -H 'content-type: application/octet-stream' \
    -T "$d/peer.bin" "$URL/v1/workspaces/$WS/blobs/$sha?size=$bytes&offset=0"
  measure "$d/curl-down" curl -fs -H "authorization: Bearer $TOKEN" -o "$d/peer-got.bin" "$URL/v1/workspaces/$WS/blobs/$sha"
  cmp -s "$d/peer.bin" "$d/peer-got.bin" || { echo "curl's fetched file differs" >&2; exit 1; }

  read -r at_s at_kb < "$d/attach"; read -r up_s up_kb < "$d/up"; read -r down_s down_kb < "$d/down"
  read -r cu_s cu_kb < "$d/curl-up"; read -r cd_s cd_kb < "$d/curl-down"
  echo "== $mb MB"
  printf '  attach (hash + seal):  %6s MB/s  %6.2f s  peak RSS %6d kB\n' "$(mbps "$mb" "$at_s")" "$at_s" "$at_kb"
  printf '  upload   lifeos sync:  %6s MB/s  %6.2f s  peak RSS %6d kB   | curl PUT %6s MB/s  %6.2f s  peak RSS %6d kB\n' \
    "$(mbps "$mb" "$up_s")" "$up_s" "$up_kb" "$(mbps "$mb" "$cu_s")" "$cu_s" "$cu_kb"
  printf '  download attachment get: %4s MB/s  %6.2f s  peak RSS %6d kB   | curl GET %6s MB/s  %6.2f s  peak RSS %6d kB\n' \
    "$(mbps "$mb" "$down_s")" "$down_s" "$down_kb" "$(mbps "$mb" "$cd_s")" "$cd_s" "$cd_kb"
  printf '  server peak RSS: %d kB before, %d kB after the upload, %d kB after the download\n' "$before" "$after_up" "$after_down"
  rm -f "$d"/*.bin
}

small=$(( SIZE / 10 > 0 ? SIZE / 10 : 1 ))
run "$small"
run "$SIZE"
