#!/usr/bin/env bash
# The mobile bridge's tests through its generated bindings (pytest: the Python API, the
# bindings' freshness, and the Kotlin program on the JVM), against a real lifeos-server on
# the Postgres at LIFEOS_TEST_DATABASE_URL (scripts/test.sh starts one and runs this).
# Installs what they need: a JDK and JNA from Debian (when root), pytest in a venv under
# target/, the Kotlin compiler from npm (mobile-bridge/tests/kotlin/package-lock.json).
set -euo pipefail
cd "$(dirname "$0")/../.."

need=()
command -v javac >/dev/null || need+=(openjdk-17-jdk-headless)
[ -e /usr/share/java/jna.jar ] || need+=(libjna-java)
command -v npm >/dev/null || need+=(npm)
command -v psql >/dev/null || need+=(postgresql-client)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing ${need[*]}" >&2
    { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"; }; } >/dev/null
  else
    echo "the mobile bridge's tests need: ${need[*]} (install them, e.g. with apt-get)" >&2
    exit 1
  fi
fi

venv=target/py-mobile
if [ ! -x "$venv/bin/pytest" ]; then
  python3 -m venv "$venv" && "$venv/bin/pip" install -q 'pytest==9.2.0' >/dev/null
fi
(cd mobile-bridge/tests/kotlin && npm ci --no-audit --no-fund --silent >/dev/null)

. scripts/build.sh
workspace_build
LIFEOS_KOTLINC=$PWD/mobile-bridge/tests/kotlin/node_modules/kotlin-compiler/bin/kotlinc \
LIFEOS_JNA_JAR=/usr/share/java/jna.jar \
  "$venv/bin/pytest" -q -p no:cacheprovider mobile-bridge/tests/python "$@"
