#!/usr/bin/env bash
# Release builds (profile `dist`: fat LTO, one codegen unit, stripped):
#   - lifeos-server, fully static, and its OCI image (scripts/image.sh);
#   - lifeos (CLI and TUI) with OpenSSL and libdbus built in (feature `vendored-openssl`),
#     so it runs on any x86_64 glibc Linux without libssl or libdbus installed;
#   - SHA256SUMS over all of them; the sizes are printed.
#
#   scripts/release.sh [--out DIR]        (default target/release-out)
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/release-out
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    *) echo "usage: scripts/release.sh [--out DIR]" >&2; exit 2 ;;
  esac
done

. scripts/deps.sh
# openssl-src builds OpenSSL with perl and make.
for tool in perl make; do
  command -v "$tool" >/dev/null || { echo "scripts/release.sh needs $tool" >&2; exit 1; }
done

scripts/image.sh --out "$out/image"
cargo build --locked --profile dist -p lifeos-cli --features vendored-openssl
cli=target/dist/lifeos
# Only the C library's own parts may be linked dynamically.
bad=$(readelf -dW "$cli" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' \
  | grep -vxE 'libc\.so\.6|libm\.so\.6|libgcc_s\.so\.1|ld-linux-x86-64\.so\.2|libpthread\.so\.0|libdl\.so\.2|librt\.so\.1' || true)
if [ -n "$bad" ]; then
  echo "$cli links libraries a bare glibc system may lack: $bad" >&2
  exit 1
fi

version=$("$out/image/rootfs/lifeos-server" --version | awk '{print $2}')
rm -f "$out"/lifeos-*
cp "$cli" "$out/lifeos-$version-x86_64-linux-gnu"
cp "$out/image/rootfs/lifeos-server" "$out/lifeos-server-$version-x86_64-linux-static"
tar -C "$out/image" -cf "$out/lifeos-server-$version-oci.tar" oci
(cd "$out" && sha256sum lifeos-* > SHA256SUMS && sha256sum --check --quiet SHA256SUMS)

echo "release $version in $out:"
(cd "$out" && for f in lifeos-*; do printf '  %-48s %6.1f MB\n' "$f" "$(stat -c %s "$f" | awk '{print $1 / 1e6}')"; done)
