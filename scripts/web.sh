# The web app's part of the suite. Source it from scripts/test.sh:
#   web_build   # node, npm deps, the typed client's staleness check, the OpenAPI linter,
#               # the production build (before cargo, which embeds web/dist)
#   web_test    # the browser tests (real server, real Postgres, Debian's chromium)
# Installs nodejs/npm and chromium with apt-get when run as root and they are missing.

web_apt() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing $*" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
  else
    echo "missing: $* (install them, e.g. with apt-get)" >&2
    return 1
  fi
}

web_build() {
  command -v npm >/dev/null || web_apt nodejs npm
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
  # The typed client is generated from the committed document: a stale one fails.
  local fresh
  fresh=$(mktemp /tmp/lifeos-schema.XXXXXX.d.ts)
  (cd web && npx openapi-typescript ../sync-server/openapi.json -o "$fresh" \
    --empty-objects-unknown --root-types --root-types-no-schema-prefix >/dev/null 2>&1)
  if ! diff -q "$fresh" web/src/api/schema.d.ts >/dev/null; then
    rm -f "$fresh"
    echo "web/src/api/schema.d.ts is stale: run \`npm run gen\` in web/ and commit it" >&2
    return 1
  fi
  rm -f "$fresh"
  # An external linter of the OpenAPI document, beside the validator in the Rust tests.
  (cd web && npx redocly lint --config redocly.yaml ../sync-server/openapi.json >/dev/null 2>&1) \
    || { (cd web && npx redocly lint --config redocly.yaml ../sync-server/openapi.json); return 1; }
  (cd web && npm run --silent build >/dev/null)
}

web_test() {
  [ -x /usr/bin/chromium ] || web_apt chromium
  . scripts/build.sh
  workspace_build
  (cd web && LIFEOS_WEB_DATABASE_URL="$1" node --test test/)
}
