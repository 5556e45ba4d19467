#!/usr/bin/env bash
# Foundation benchmark (issue 2): on 100,000 tasks, LifeOS vs Taskwarrior, in one run.
#   import rate, one `add` (process wall time), listing/exporting all rows.
# Usage: bench/foundation.sh [N]   (BUILD=debug for a quick check; bench/all.sh --tiny)
#   (needs hyperfine and taskwarrior; installs them if root)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
for pkg in hyperfine taskwarrior keyutils; do
  bin=$pkg; [ "$pkg" = taskwarrior ] && bin=task; [ "$pkg" = keyutils ] && bin=keyctl
  command -v "$bin" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$pkg" >/dev/null; }
done
. bench/lib.sh
bench_build
LIFEOS=$BIN/lifeos
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
python3 bench/gen_tasks.py "$N" "$W/lifeos.ndjson" "$W/tw.json"

export LIFEOS_HOME=$W/home
export LIFEOS_DB_KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
ms() { python3 -c 'import time; print(int(time.time()*1000))'; }

echo "== LifeOS ($N tasks, SQLCipher, key from LIFEOS_DB_KEY)"
hyperfine -N --runs 5 --prepare "rm -rf $LIFEOS_HOME/data/profiles/imp" --export-json "$W/imp.json" \
  "$LIFEOS --profile imp import $W/lifeos.ndjson --format ndjson" 2>/dev/null | grep -E 'Time|Range'
python3 -c "import json,sys; r=json.load(open('$W/imp.json'))['results'][0]; print(f'import: mean {r[\"mean\"]*1000:.0f} ms = {$N/r[\"mean\"]:.0f} rows/s (best {$N/r[\"min\"]:.0f} rows/s)')"
"$LIFEOS" import "$W/lifeos.ndjson" --format ndjson >/dev/null
hyperfine -N --warmup 3 --runs 30 --export-json "$W/add.json" "$LIFEOS task add 'bench task' --format ndjson" 2>/dev/null | grep -E 'Time|Range'
hyperfine --warmup 1 --runs 5 "$LIFEOS task list --all --format ndjson > /dev/null" 2>/dev/null | grep -E 'Time|Range'
hyperfine --warmup 1 --runs 5 "$LIFEOS export > /dev/null" 2>/dev/null | grep -E 'Time|Range'
echo "rows listed: $("$LIFEOS" task list --all --format ndjson | wc -l)"
echo "database size: $(du -sh "$LIFEOS_HOME/data" | cut -f1)"

echo "== LifeOS ($N tasks), the key in credentials.enc: sealed (Argon2id on every command), then after one lifeos unlock"
unset LIFEOS_DB_KEY
export LIFEOS_PASSPHRASE=bench LIFEOS_PROFILE=sealed
"$LIFEOS" import "$W/lifeos.ndjson" --format ndjson >/dev/null
hyperfine -N --warmup 3 --runs 20 "$LIFEOS task add 'bench task' --format ndjson" 2>/dev/null | grep -E 'Time|Range' | sed 's/^/sealed:   /'
# The kernel keyring of a session of our own, so nothing is left behind.
if command -v keyctl >/dev/null && keyctl session - true 2>/dev/null; then
  keyctl session - sh -c "'$LIFEOS' unlock --for 10m --format ndjson >/dev/null && env -u LIFEOS_PASSPHRASE hyperfine -N --warmup 3 --runs 30 \"$LIFEOS task add 'bench task' --format ndjson\" 2>/dev/null | grep -E 'Time|Range' | sed 's/^/unlocked: /'" 2>/dev/null
else
  echo "unlocked: skipped (no keyctl: apt-get install keyutils)"
fi
unset LIFEOS_PASSPHRASE LIFEOS_PROFILE

echo "== Taskwarrior $(task --version) ($N tasks)"
export TASKDATA=$W/tw TASKRC=$W/taskrc
mkdir -p "$TASKDATA"; printf 'data.location=%s\nconfirmation=off\nverbose=nothing\nhooks=off\n' "$TASKDATA" > "$TASKRC"
t0=$(ms); task import "$W/tw.json" >/dev/null 2>&1; t1=$(ms)
echo "import: $((t1 - t0)) ms = $(( N * 1000 / (t1 - t0 + 1) )) rows/s"
hyperfine -N --warmup 3 --runs 30 "task add 'bench task'" 2>/dev/null | grep -E 'Time|Range'
hyperfine --warmup 1 --runs 5 "task export > /dev/null" 2>/dev/null | grep -E 'Time|Range'
echo "rows exported: $(task export | grep -c '"uuid"')"
