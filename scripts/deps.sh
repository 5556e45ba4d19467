# The system packages the build and its tests need (Debian/Ubuntu), installed when run as root.
# Source it: `. scripts/deps.sh`.
need=()
command -v cc >/dev/null || need+=(build-essential)
command -v pkg-config >/dev/null || need+=(pkg-config)
[ -e /usr/include/openssl/crypto.h ] || need+=(libssl-dev)
# The TUI's end-to-end test drives the real binary in tmux.
command -v tmux >/dev/null || need+=(tmux)
# The keyring's Secret Service backend links libdbus.
[ -e /usr/include/dbus-1.0/dbus/dbus.h ] || need+=(libdbus-1-dev)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing ${need[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "missing build dependencies: ${need[*]} (install them, e.g. with apt-get)" >&2
    exit 1
  fi
fi
