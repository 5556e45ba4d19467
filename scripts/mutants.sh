#!/usr/bin/env bash
# Mutation testing of the sync kernel: cargo-mutants plants small bugs in the merge rule,
# the client's sync engine and the server's push, pull and storage modules, and counts the
# ones no test catches ("missed"). The score is caught / (caught + missed).
#   scripts/mutants.sh [core|server|all] [extra cargo-mutants arguments, e.g. --list]
# Core mutants are tested by lifeos-core's tests; server mutants by lifeos-server's (on a
# throwaway Postgres). It works in a detached worktree of HEAD under target/ (mutating in
# place there, never in this checkout) with its own warm target dir, so reruns are quick.
# Results: target/mutants-out/<part>/mutants.out/{caught,missed,timeout,unviable}.txt
set -euo pipefail
cd "$(dirname "$0")/.."
PART=${1:-all}
shift || true
VERSION=25.3.1
if ! cargo mutants --version 2>/dev/null | grep -q "$VERSION"; then
  cargo install --locked cargo-mutants --version "$VERSION"
fi

root=$PWD
tree=$root/target/mutants-tree
git worktree remove --force "$tree" 2>/dev/null || rm -rf "$tree"
git worktree prune
git worktree add --detach -q "$tree" HEAD
trap 'git -C "$root" worktree remove --force "$tree" 2>/dev/null || true; if [ -n "${PG_DIR:-}" ]; then pg_stop; fi' EXIT
export CARGO_TARGET_DIR=$root/target/mutants-target

run() { # part, package, files...
  local part=$1 package=$2
  shift 2
  local files=()
  for f in "$@"; do files+=(--file "$f"); done
  mkdir -p "$root/target/mutants-out/$part"
  (cd "$tree" && cargo mutants --in-place --no-shuffle --test-package "$package" \
    --timeout-multiplier 3 --output "$root/target/mutants-out/$part" "${files[@]}" "${ARGS[@]}") || true
  local out=$root/target/mutants-out/$part/mutants.out
  [ -f "$out/caught.txt" ] || return 0
  local caught missed timeout unviable
  caught=$(wc -l <"$out/caught.txt"); missed=$(wc -l <"$out/missed.txt")
  timeout=$(wc -l <"$out/timeout.txt"); unviable=$(wc -l <"$out/unviable.txt")
  printf '%s: %d caught, %d missed, %d timed out (counted caught), %d unviable: score %.0f%%\n' \
    "$part" "$caught" "$missed" "$timeout" "$unviable" \
    "$(awk -v c="$((caught + timeout))" -v m="$missed" 'BEGIN { print (c + m) ? 100 * c / (c + m) : 0 }')"
  [ "$missed" -eq 0 ] || sed 's/^/  missed: /' "$out/missed.txt"
}

ARGS=("$@")
if [ "$PART" = core ] || [ "$PART" = all ]; then
  run core lifeos-core core/src/merge.rs core/src/sync.rs core/src/store/sync.rs
fi
if [ "$PART" = server ] || [ "$PART" = all ]; then
  if [ -z "${LIFEOS_TEST_DATABASE_URL:-}" ]; then
    . scripts/pg.sh
    pg_start
    export LIFEOS_TEST_DATABASE_URL=$PG_URL
  fi
  # Unless told otherwise, the server's mutants meet the tests that exercise sync and
  # storage (its unit tests and these integration modules), not the slow binary, web and
  # image tests, which never reach a planted bug in these files.
  if [[ " ${ARGS[*]} " != *" -- "* ]]; then
    ARGS+=(-- --lib --test it -- sync:: conformance:: crud:: log:: hostile:: isolation:: actions::
      domains:: finance:: habits:: search:: gaps:: repo:: metrics::)
  fi
  run server lifeos-server 'sync-server/src/sync/*.rs' 'sync-server/src/repo/*.rs'
fi
