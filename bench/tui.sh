#!/usr/bin/env bash
# TUI benchmark (issue 6): with N tasks (default 100,000) in the database, the real
# `lifeos` (release build) runs in tmux and writes its own timings (LIFEOS_TUI_TRACE):
#   - first frame: from the start of the app to the first frame drawn (and from the
#     moment the bench asks tmux to start the process);
#   - Today frame: to the first frame with the Today sections loaded;
#   - key to frame while scrolling the Tasks list (j, ctrl-d, G, g keys): from reading
#     the key to the frame that shows its effect;
#   - page answers: how long the database worker takes for a window of rows (the frame
#     never waits for it: rows not loaded yet are drawn as placeholders).
# Usage: bench/tui.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
. scripts/deps.sh
. bench/lib.sh
bench_build
LIFEOS=$BIN/lifeos
W=$(mktemp -d)
SOCK=lifeos-bench-$$
trap 'tmux -L "$SOCK" kill-server 2>/dev/null || true; rm -rf "$W"' EXIT
python3 bench/gen_tasks.py "$N" "$W/lifeos.ndjson" "$W/tw.json"
export LIFEOS_HOME=$W/home
export LIFEOS_DB_KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
"$LIFEOS" import "$W/lifeos.ndjson" --format ndjson >/dev/null
echo "== TUI on $N tasks ($(nproc) cores; $(uname -m))"

tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
wait_for() { # file pattern
  for _ in $(seq 1 600); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.05; done
  echo "timed out waiting for $2 in $1" >&2; tm capture-pane -p >&2 || true; exit 1
}
screen_has() { for _ in $(seq 1 600); do tm capture-pane -p | grep -q "$1" && return 0; sleep 0.05; done
  echo "timed out waiting for '$1' on screen" >&2; tm capture-pane -p >&2; exit 1; }
start() { # trace-file
  tm new-session -d -x 120 -y 40 -e "LIFEOS_HOME=$LIFEOS_HOME" -e "LIFEOS_DB_KEY=$LIFEOS_DB_KEY" \
    -e "LIFEOS_TUI_TRACE=$1" -e TERM=xterm-256color "sh -c '$LIFEOS; echo EXIT=\$?; sleep 600'"
}
stop() { tm send-keys q; screen_has 'EXIT=0'; tm kill-server 2>/dev/null || true; sleep 0.2; }

# Cold-ish starts (the page cache is warm after the import, as on a laptop in use).
for i in 1 2 3 4 5; do
  python3 -c 'import time; print("launched_at_ms", time.time() * 1000)' > "$W/launch.$i"
  start "$W/start.$i"; wait_for "$W/start.$i" today_frame_ms; stop
done

# Scrolling: open Tasks, then keys at a human-fast pace and in bursts.
start "$W/scroll"; wait_for "$W/scroll" today_frame_ms
tm send-keys 2; screen_has "Tasks · open · 1/$N"
for _ in $(seq 1 200); do tm send-keys j; sleep 0.01; done
for _ in $(seq 1 100); do tm send-keys C-d; sleep 0.02; done
for _ in $(seq 1 5); do tm send-keys G; sleep 0.2; tm send-keys g; sleep 0.2; done
for _ in $(seq 1 50); do tm send-keys k; sleep 0.01; done
sleep 0.5
stop

python3 - "$W" <<'PY'
import glob, statistics, sys
w = sys.argv[1]
def vals(files, key):
    out = []
    for f in files:
        for line in open(f):
            k, v = line.split()
            if k == key: out.append(float(v))
    return out
starts = sorted(glob.glob(w + "/start.*"))
ff, tf = vals(starts, "first_frame_ms"), vals(starts, "today_frame_ms")
print(f"time to first frame:   median {statistics.median(ff):7.1f} ms  (runs: {', '.join(f'{x:.1f}' for x in ff)})  target <= 100 ms")
launch = [float(open(f"{w}/launch.{i}").read().split()[1]) for i in range(1, 6)]
at = [vals([f"{w}/start.{i}"], "first_frame_at_ms")[0] for i in range(1, 6)]
wall = [a - l for a, l in zip(at, launch)]
print(f"  from the shell (tmux starts the process, key, open, first frame): median {statistics.median(wall):.1f} ms")
print(f"first frame with Today: median {statistics.median(tf):7.1f} ms  (runs: {', '.join(f'{x:.1f}' for x in tf)})")
k = sorted(vals([w + "/scroll"], "key_to_frame_ms"))
q = lambda p: k[min(len(k) - 1, int(p * len(k)))]
print(f"key to frame (scrolling, {len(k)} frames): p50 {q(0.5):.2f} ms  p95 {q(0.95):.2f} ms  p99 {q(0.99):.2f} ms  max {k[-1]:.2f} ms")
p = sorted(vals([w + "/scroll"], "page_answer_ms"))
print(f"worker page answers ({len(p)}; the first computes the order of all rows): first {vals([w + '/scroll'], 'page_answer_ms')[0]:.1f} ms, then p50 {p[len(p)//2]:.1f} ms, max {p[-1]:.1f} ms")
PY
