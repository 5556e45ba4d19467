#!/usr/bin/env bash
# Makes export.json beside this script with Taskwarrior itself (Debian's `taskwarrior`),
# in UTC: the sample `lifeos import --from taskwarrior` is tested on. Rerun it only to
# change the sample; the tests read the committed file.
set -euo pipefail
cd "$(dirname "$0")"
command -v task >/dev/null || { echo "needs taskwarrior (apt-get install taskwarrior)" >&2; exit 1; }
w=$(mktemp -d); trap 'rm -rf "$w"' EXIT
export TZ=UTC TASKDATA=$w/data TASKRC=$w/rc
mkdir -p "$TASKDATA"
printf 'data.location=%s\nconfirmation=off\nrecurrence.confirmation=no\nverbose=nothing\n' "$TASKDATA" >"$TASKRC"
t() { task "$@" >/dev/null 2>&1 || true; }
t add "Buy milk" project:home.shopping +errand +Groceries due:2026-12-10 priority:H
t add "Write report" project:work due:2026-12-08T17:00 wait:2026-12-05 scheduled:2026-12-06 priority:M
t add "Review report" depends:2 project:work priority:L
t 1 annotate "whole milk, 2 litres"
t 1 annotate "from the farm shop"
t 3 start
t add "Take out the bins" due:2026-12-07 recur:weekly until:2027-03-01 +home
t add "Pay rent" due:2026-12-01 recur:monthly project:home
t add "Old thing"
t 6 done
t add "Dropped idea"
t 7 delete
t list
task export >export.json
