# A throwaway PostgreSQL cluster for tests and benchmarks. Source this file, then:
#   pg_start          # sets PG_DIR, PG_PORT, PG_ADMIN_URL (superuser) and PG_URL (role lifeos)
#   pg_durable        # commits wait for the WAL again (the cluster starts without), so a
#                     # crash (pg_down immediate) loses no acknowledged commit
#   pg_down [MODE]    # stops the server (pg_ctl -m MODE: fast by default, or immediate)
#   pg_up             # starts it again on the same port
#   pg_stop
# Uses Debian's PostgreSQL (installs postgresql when root and it is missing). Postgres
# refuses to run as root, so as root it runs as the postgres user.

pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && echo "$d"; done | sort -V | tail -n 1
}

pg_start() {
  PG=$(pg_bin)
  if [ -z "$PG" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "installing postgresql" >&2
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      PG=$(pg_bin)
    fi
    [ -n "$PG" ] || { echo "PostgreSQL 15+ is needed (apt-get install postgresql)" >&2; return 1; }
  fi
  PG_DIR=$(mktemp -d /tmp/lifeos-pg.XXXXXX)
  # A free port below the ephemeral range (32768+), where outgoing connections cannot take it.
  PG_PORT=$(python3 -c 'import random,socket
for _ in range(200):
    p = random.randint(20000, 32000); s = socket.socket()
    try:
        s.bind(("127.0.0.1", p)); s.close(); print(p); break
    except OSError: pass')
  local run=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$PG_DIR"
    run=(runuser -u postgres --)
  fi
  install -d -m 700 "$PG_DIR/data" "$PG_DIR/sock"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DIR/data" "$PG_DIR/sock"
  "${run[@]}" "$PG/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  # In the cluster's own configuration, so pg_up starts it again just the same.
  "${run[@]}" tee -a "$PG_DIR/data/postgresql.auto.conf" >/dev/null <<CONF
port = $PG_PORT
unix_socket_directories = '$PG_DIR/sock'
listen_addresses = '127.0.0.1'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
CONF
  "${run[@]}" "$PG/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/sock/pg.log" -w start >/dev/null
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "create role lifeos login createdb password 'lifeos'" \
    -c "create database lifeos owner lifeos" >/dev/null
  PG_ADMIN_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  PG_URL="postgres://lifeos:lifeos@127.0.0.1:$PG_PORT/lifeos"
  export PG PG_DIR PG_PORT PG_ADMIN_URL PG_URL
}

# pg_ctl as the cluster's owner; needs only PG_DIR (so another shell can drive a cluster).
pg_ctl_as() {
  local run=()
  [ "$(id -u)" = 0 ] && run=(runuser -u postgres --)
  "${run[@]}" "${PG:-$(pg_bin)}/pg_ctl" -D "$PG_DIR/data" "$@"
}

pg_durable() {
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "alter system set synchronous_commit = on" \
    -c "select pg_reload_conf()" >/dev/null
}

pg_down() {
  pg_ctl_as -m "${1:-fast}" -w stop >/dev/null
}

pg_up() {
  pg_ctl_as -l "$PG_DIR/sock/pg.log" -w start >/dev/null
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  pg_ctl_as -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=
}
