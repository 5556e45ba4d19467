#!/usr/bin/env bash
# The server's OCI image, built without a container engine: a fully static
# `lifeos-server` (musl; `+crt-static` on the gnu target where the musl target cannot be
# had) in an image FROM scratch (no shell, no package manager) that runs as 65534:65534,
# with the CA certificates for outgoing TLS. Debian's `umoci` packs it; nothing is pulled.
#
#   scripts/image.sh [--out DIR] [--profile PROFILE] [--no-web]
#
# DIR (default target/image) then holds:
#   oci/       the OCI image layout, tagged `latest` and with the version
#   rootfs/    the image's files (the build context of ./Containerfile, which makes the
#              same image with Docker or Podman: docker build -f Containerfile DIR)
# and the script prints the image's size. `--no-web` skips building web/dist (the
# caller built it; the server embeds it). PROFILE defaults to `dist` (fat LTO, one
# codegen unit, stripped).
#
# Load it elsewhere with `skopeo copy oci:DIR/oci:latest docker-daemon:lifeos-server:latest`
# or `podman pull oci:DIR/oci:latest`.
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/image
profile=dist
web=1
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --profile) profile=$2; shift 2 ;;
    --no-web) web=0; shift ;;
    *) echo "usage: scripts/image.sh [--out DIR] [--profile PROFILE] [--no-web]" >&2; exit 2 ;;
  esac
done

need() { # need COMMAND PACKAGE
  command -v "$1" >/dev/null && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing $2" >&2
    { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2"; }; } >/dev/null
  else
    echo "scripts/image.sh needs $1 (apt-get install $2)" >&2
    exit 1
  fi
}
need umoci umoci
need readelf binutils
[ -r /etc/ssl/certs/ca-certificates.crt ] || need update-ca-certificates ca-certificates

if [ "$web" = 1 ]; then
  . scripts/web.sh
  web_build
fi

# A static binary: musl when its target is (or can be) installed, else glibc +crt-static.
musl=x86_64-unknown-linux-musl
if ! rustup target list --installed 2>/dev/null | grep -qx "$musl"; then
  rustup target add "$musl" >/dev/null 2>&1 || true
fi
if rustup target list --installed 2>/dev/null | grep -qx "$musl"; then
  need musl-gcc musl-tools
  target=$musl
  export CC_x86_64_unknown_linux_musl=musl-gcc
else
  target=x86_64-unknown-linux-gnu
  echo "the musl target is not available: linking glibc statically (+crt-static)" >&2
  export CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUSTFLAGS="-C target-feature=+crt-static"
fi
cargo build --locked --profile "$profile" --target "$target" -p lifeos-server
bin=target/$target/$profile/lifeos-server
if readelf -lW "$bin" | grep -q 'INTERP'; then
  echo "$bin is not static (it names a dynamic loader)" >&2
  exit 1
fi
version=$("$bin" --version | awk '{print $2}')
commit=$("$bin" --version | sed -n 's/.*(\(.*\)).*/\1/p')

# The image's files.
rm -rf "$out/rootfs" "$out/oci" "$out/bundle"
mkdir -p "$out/rootfs/etc/ssl/certs" "$out/rootfs/tmp" "$out/rootfs/data"
install -m 0555 "$bin" "$out/rootfs/lifeos-server"
install -m 0444 /etc/ssl/certs/ca-certificates.crt "$out/rootfs/etc/ssl/certs/ca-certificates.crt"
printf 'nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n' > "$out/rootfs/etc/passwd"
printf 'nogroup:x:65534:\n' > "$out/rootfs/etc/group"
chmod 0444 "$out/rootfs/etc/passwd" "$out/rootfs/etc/group"
chmod 1777 "$out/rootfs/tmp"
# /data: the volume for attachments' blobs, owned by the server's user (a fresh volume
# mounted there takes this owner).
chmod 0700 "$out/rootfs/data"
[ "$(id -u)" = 0 ] && chown 65534:65534 "$out/rootfs/data"

# The same files packed by umoci into an image with nothing else.
rootless=()
[ "$(id -u)" = 0 ] || rootless=(--rootless)
umoci init --layout "$out/oci"
umoci new --image "$out/oci:latest"
umoci unpack "${rootless[@]}" --image "$out/oci:latest" "$out/bundle" >/dev/null
cp -a "$out/rootfs/." "$out/bundle/rootfs/"
umoci repack --image "$out/oci:latest" "$out/bundle"
# Keep in step with ./Containerfile (a test compares the two).
umoci config --image "$out/oci:latest" \
  --config.user 65534:65534 \
  --config.entrypoint /lifeos-server \
  --config.cmd serve \
  --config.env LIFEOS_LISTEN=0.0.0.0:8787 \
  --config.env SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt \
  --config.env LIFEOS_BLOB_DIR=/data/blobs \
  --config.exposedports 8787/tcp \
  --config.workingdir / \
  --config.label org.opencontainers.image.title=lifeos-server \
  --config.label "org.opencontainers.image.version=$version" \
  --config.label "org.opencontainers.image.revision=$commit" \
  --config.label org.opencontainers.image.licenses=AGPL-3.0-or-later
umoci tag --image "$out/oci:latest" "$version"
umoci gc --layout "$out/oci"
rm -rf "$out/bundle"

# Its size: the manifest, the config and the compressed layer, as a registry stores it.
python3 - "$out/oci" "$version" <<'EOF'
import json, os, sys
layout, version = sys.argv[1], sys.argv[2]
blob = lambda d: os.path.join(layout, "blobs", *d["digest"].split(":"))
index = json.load(open(os.path.join(layout, "index.json")))
desc = next(m for m in index["manifests"]
            if m.get("annotations", {}).get("org.opencontainers.image.ref.name") == "latest")
manifest = json.load(open(blob(desc)))
layers = sum(l["size"] for l in manifest["layers"])
total = desc["size"] + manifest["config"]["size"] + layers
print(f"image lifeos-server:{version} ({layout}): {total / 1e6:.1f} MB "
      f"({len(manifest['layers'])} layer, {layers / 1e6:.1f} MB compressed)")
EOF
ls -l "$out/rootfs/lifeos-server" | awk '{printf "static binary: %.1f MB\n", $5 / 1e6}'
