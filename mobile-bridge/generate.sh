#!/usr/bin/env bash
# Regenerates the committed Kotlin, Swift and Python bindings (mobile-bridge/bindings/)
# from the built bridge library, with the workspace's own uniffi-bindgen. With a
# directory argument it writes there instead (the staleness test compares the two).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-mobile-bridge/bindings}
. scripts/build.sh
workspace_build
lib=target/debug/liblifeos_mobile.so
for lang in kotlin swift python; do
  rm -rf "${out:?}/$lang"
  target/debug/uniffi-bindgen generate "$lib" --language "$lang" --out-dir "$out/$lang" --no-format >/dev/null
done
