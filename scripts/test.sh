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

"${session[@]}" cargo test --workspace --locked "$@"

# The browser tests: the real server on the throwaway Postgres, driven through chromium.
if [[ " $* " != *" --no-run "* ]]; then
  web_test "$LIFEOS_TEST_DATABASE_URL"
fi
