#!/usr/bin/env bash
# Builds the fuzz targets in fuzz/ (cargo-fuzz, libFuzzer, on nightly) once and runs each
# for SECONDS_PER_TARGET (default 30), each on one core, from a copy of its
# committed seed corpus (fuzz/corpus/<target>/), so nothing is written into the repo.
# Prints one line per target with its executions; exits 1 on any crash, timeout or
# out-of-memory, naming the reproducer (and printing it, base64) so a CI log carries it.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# FUZZ_JOBS=N runs N targets at once (one core each; default 1).
# FUZZ_WORK=DIR keeps the run's corpora and artifacts there (default: a temporary
# directory, removed unless something crashed). Reproduce a crash with
#   fuzz/target/<host>/release/<target> <reproducer>
set -euo pipefail

cd "$(dirname "$0")/.."
seconds="${1:-30}"
shift || true

CARGO_FUZZ_VERSION=0.13.1
# Build flags: release with debug assertions and overflow checks (an overflow is a
# crash), no sanitizer (the code is safe Rust; ASan would double the build and halve
# the speed for nothing it could find).
BUILD_FLAGS=(-O --debug-assertions --sanitizer none)

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    rustup toolchain install nightly --profile minimal
fi
if [ "$(cargo fuzz --version 2>/dev/null || true)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
    # (built by the stable toolchain: its locked rustix 0.36 fails to build on a new nightly)
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi

if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    mapfile -t targets < <(cargo +nightly fuzz list)
fi

started=$(date +%s)
# A fixed commit stamp: the server's build script would otherwise rebuild it (and all
# that depends on it) after every commit.
(cd fuzz && LIFEOS_GIT_COMMIT=fuzz cargo +nightly fuzz build "${BUILD_FLAGS[@]}")
echo "fuzz: built in $(($(date +%s) - started)) s"
host=$(rustc +nightly -vV | sed -n 's/^host: //p')
bin_dir="fuzz/target/$host/release"

keep_work=0
if [ -n "${FUZZ_WORK:-}" ]; then
    work="$FUZZ_WORK"
    mkdir -p "$work"
    keep_work=1
else
    work=$(mktemp -d)
fi

# Bounded input sizes: a line, a body or a small file is what each parser takes.
max_len() {
    case "$1" in
        csv_*|ndjson_line|sync_push|sync_pull|server_bodies|reading_plan) echo 16384 ;;
        *) echo 1024 ;;
    esac
}

# One target: runs it and writes its report to $work/<target>/report (a line, or a
# failure with its reproducer) and "failed" to $work/<target>/failed if it crashed.
fuzz_one() {
    local t=$1 bin="$bin_dir/$1"
    local corpus="$work/$t/corpus" artifacts="$work/$t/artifacts" log="$work/$t/log"
    local report="$work/$t/report" seeds runs grown reproducer rc
    seeds=$(find "$corpus" -type f | wc -l)
    set +e
    "$bin" -max_total_time="$seconds" -max_len="$(max_len "$t")" -rss_limit_mb=2048 \
        -timeout=20 -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" \
        >"$log" 2>&1
    rc=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if [ -z "$runs" ]; then
        runs=$(sed -n 's/^#\([0-9]*\)[[:space:]]*DONE.*/\1/p' "$log" | tail -1)
    fi
    grown=$(find "$corpus" -type f | wc -l)
    reproducer=$(find "$artifacts" -type f | head -1)
    if [ "$rc" -ne 0 ] || [ -n "$reproducer" ]; then
        {
            echo "fuzz: $t: FAILED after ${runs:-?} executions (exit $rc)"
            grep -E -m 20 "panicked at|^==[0-9]+== ERROR|SUMMARY|ALARM|out-of-memory|Timeout" "$log" | sed 's/^/    /' || true
            if [ -n "$reproducer" ]; then
                echo "    reproducer: $reproducer"
                echo "    reproduce:  $bin $reproducer"
                echo "    input (base64): $(base64 -w0 "$reproducer")"
            else
                tail -20 "$log" | sed 's/^/    /'
            fi
        } >"$report"
        touch "$work/$t/failed"
    else
        echo "fuzz: $t: ok, ${runs:-?} executions in ${seconds} s (corpus $seeds → $grown)" >"$report"
    fi
}

for t in "${targets[@]}"; do
    if [ ! -x "$bin_dir/$t" ]; then
        echo "fuzz: no target '$t' (cargo +nightly fuzz list)" >&2
        exit 2
    fi
done
# FUZZ_JOBS targets at a time (default 1: libFuzzer runs on one core each).
jobs_max=${FUZZ_JOBS:-1}
for t in "${targets[@]}"; do
    rm -rf "${work:?}/$t"
    mkdir -p "$work/$t/corpus" "$work/$t/artifacts"
    cp -r "fuzz/corpus/$t/." "$work/$t/corpus/" 2>/dev/null || true
    while [ "$(jobs -rp | wc -l)" -ge "$jobs_max" ]; do wait -n || true; done
    fuzz_one "$t" &
done
wait
failed=()
for t in "${targets[@]}"; do
    cat "$work/$t/report"
    if [ -e "$work/$t/failed" ]; then
        failed+=("$t")
        keep_work=1
    fi
done

echo "fuzz: ${#targets[@]} targets in $(($(date +%s) - started)) s, build included"
if [ "$keep_work" -eq 1 ]; then
    echo "fuzz: corpora, logs and artifacts in $work"
else
    rm -rf "$work"
fi
if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzz: crashed: ${failed[*]}" >&2
    exit 1
fi
