#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what the build needs (Debian/Ubuntu,
# when run as root), starts a throwaway PostgreSQL for the server tests, then runs every
# test of the workspace.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/deps.sh

# hledger is the external referee of the finance reports (cli/tests/it/finance.rs).
if ! command -v hledger >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing hledger" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hledger >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hledger >/dev/null; }
  else
    echo "hledger is missing: the finance tests need it (apt-get install hledger)" >&2
  fi
fi

# An external referee for the OpenAPI document (PyPI), in a venv of its own.
if [ -z "${LIFEOS_OPENAPI_VALIDATOR:-}" ]; then
  venv=target/py
  # (a venv copied from elsewhere keeps the old path in its scripts: make a new one)
  if ! "$venv/bin/openapi-spec-validator" --help >/dev/null 2>&1; then
    rm -rf "$venv"
    python3 -m venv "$venv" && "$venv/bin/pip" install -q 'openapi-spec-validator==0.7.*' >/dev/null
  fi
  export LIFEOS_OPENAPI_VALIDATOR=$PWD/$venv/bin/openapi-spec-validator
fi
# Prometheus's own parser reads the server's /metrics in the tests, and Python's
# icalendar reads `lifeos export --to ics` (same venv).
if [ -z "${LIFEOS_PYTHON:-}" ]; then
  venv=target/py
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/python" -c 'import prometheus_client' 2>/dev/null \
    || "$venv/bin/pip" install -q 'prometheus-client==0.21.1' >/dev/null
  "$venv/bin/python" -c 'import icalendar' 2>/dev/null \
    || "$venv/bin/pip" install -q 'icalendar==7.3.2' >/dev/null
  export LIFEOS_PYTHON=$PWD/$venv/bin/python
fi

# An S3 on loopback (moto) for the blob tests' S3 variant, which starts its own on a free
# port (same venv).
if [ -z "${LIFEOS_MOTO_SERVER:-}" ]; then
  venv=target/py
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  [ -x "$venv/bin/moto_server" ] \
    || "$venv/bin/pip" install -q 'moto[server]==5.2.5' >/dev/null
  export LIFEOS_MOTO_SERVER=$PWD/$venv/bin/moto_server
fi

# The scale-out test puts two servers behind a real load balancer (nginx).
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing nginx-light (the scale-out test's load balancer)" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light; } >/dev/null || true
fi

# systemd-analyze checks the systemd unit (deploy/lifeos-server.service).
if ! command -v systemd-analyze >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing systemd (for systemd-analyze)" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq systemd; } >/dev/null || true
fi

# The server's tests need a real PostgreSQL: start a throwaway one unless given one.
if [ -z "${LIFEOS_TEST_DATABASE_URL:-}" ] && [[ " $* " != *" --no-run "* ]]; then
  . scripts/pg.sh
  pg_start
  trap pg_stop EXIT
  export LIFEOS_TEST_DATABASE_URL=$PG_URL
fi

# The keyring tests use the real kernel keyring (Linux keyutils) in a session keyring of
# their own, so nothing of the caller's keyring is read or left behind.
if ! command -v keyctl >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq keyutils; } >/dev/null || true
fi
session=()
if command -v keyctl >/dev/null && keyctl session - true 2>/dev/null; then
  session=(keyctl session -)
fi

# The web app is built before cargo: the server embeds web/dist.
. scripts/web.sh
web_build

# The container image, which a test runs with runc (sync-server/tests/it/image.rs): built
# here with the `image-test` profile (unoptimised, no symbols: quick to build; the test
# checks the packing and the running, and scripts/release.sh ships `dist`).
if [ -z "${LIFEOS_TEST_IMAGE:-}" ]; then
  if [ "$(id -u)" = 0 ]; then
    if ! command -v runc >/dev/null && command -v apt-get >/dev/null; then
      echo "installing runc" >&2
      { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq runc \
        || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq runc; }; } >/dev/null
    fi
    scripts/image.sh --no-web --profile image-test --out target/image
    export LIFEOS_TEST_IMAGE=$PWD/target/image/oci
  else
    echo "NOTE: the container image test is skipped: runc needs root here" >&2
  fi
fi

"${session[@]}" cargo test --workspace --locked "$@"

# The Secret Service backend against a real, headless GNOME Keyring in a D-Bus session of
# its own (with its keyrings in a throwaway directory).
if [ $# -eq 0 ]; then
  if ! command -v gnome-keyring-daemon >/dev/null || ! command -v dbus-run-session >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "installing gnome-keyring dbus-daemon" >&2
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gnome-keyring dbus-daemon; } >/dev/null
    else
      echo "gnome-keyring and dbus-run-session are missing: the Secret Service test needs them" >&2
      exit 1
    fi
  fi
  keyrings=$(mktemp -d)
  XDG_DATA_HOME=$keyrings LIFEOS_TEST_SECRET_SERVICE=1 dbus-run-session -- sh -c \
    'printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec cargo test --workspace --locked --test it secret_service'
  rm -rf "$keyrings"
fi

# The mobile bridge through its generated Python and Kotlin bindings (pytest).
if [[ " $* " != *" --no-run "* ]]; then
  "${session[@]}" mobile-bridge/tests/run.sh
fi

# The browser tests: the real server on the throwaway Postgres, driven through chromium.
if [[ " $* " != *" --no-run "* ]]; then
  web_test "$LIFEOS_TEST_DATABASE_URL"
fi

# An outside referee of the API: schemathesis with every check, a bounded example count
# and a fixed seed (scripts/schemathesis.sh URL 300 "$RANDOM" for a deeper pass).
if [[ " $* " != *" --no-run "* ]]; then
  scripts/schemathesis.sh "$LIFEOS_TEST_DATABASE_URL" 20 1
fi
