#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Manual release check, not part of ./test.sh: installs Ferry's .deb into a freshly
# debootstrapped minimal Debian 12 (bookworm) in a temporary directory, the way a user would
# (`apt-get install ./ferry_*.deb`, without recommended packages, so Depends alone must be
# enough), and starts both programs there: `ferry --version` and
# `ferry-workbench --smoke-test` (offscreen: shows the main window, renders an SVG icon).
# Needs root, debootstrap and the Debian mirror; takes 5 to 10 minutes.
#   packaging/test-clean-install.sh [BUILD_DIR | path/to/ferry_X_arch.deb]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."

[ "$(id -u)" -eq 0 ] \
    || { echo "test-clean-install: run as root (debootstrap, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null \
    || { echo "test-clean-install: install debootstrap (apt-get install debootstrap)" >&2; exit 1; }
mirror=${FERRY_DEBIAN_MIRROR:-http://deb.debian.org/debian}
target=${1:-build}

work=$(mktemp -d /tmp/ferry-clean-install.XXXXXX)
root=$work/root
cleanup() {
    for mount in "$root/proc" "$root/sys" "$root/dev/pts" "$root/dev"; do
        mountpoint -q "$mount" 2>/dev/null && umount -l "$mount"
    done
    rm -rf "$work"
}
trap cleanup EXIT

if [ -f "$target" ]; then
    deb=$(realpath "$target")
else
    build=$(realpath "$target")
    [ -f "$build/CPackConfig.cmake" ] \
        || { echo "test-clean-install: $build is not a configured build tree" >&2; exit 1; }
    echo "== building the package from $build"
    (cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out") \
        >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; exit 1; }
    deb=$(ls "$work"/out/ferry_*.deb)
fi
echo "== package: $(basename "$deb")"
dpkg-deb -f "$deb" Depends | sed 's/^/   Depends: /'

start=$(date +%s)
echo "== debootstrap bookworm (minbase) from $mirror"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -30 "$work/debootstrap.log" >&2; exit 1; }
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

echo "== apt-get install ./$(basename "$deb") (no recommends)"
in_root apt-get update -qq
in_root apt-get install -y --no-install-recommends "/tmp/$(basename "$deb")" >"$work/apt.log" 2>&1 \
    || { tail -40 "$work/apt.log" >&2; exit 1; }
grep -E '^(Setting up|Unpacking) ' "$work/apt.log" | grep -c '^Setting up' \
    | sed 's/^/   packages set up: /'

echo "== ferry --version"
in_root ferry --version
echo "== ferry-workbench --smoke-test (offscreen)"
in_root mkdir -p -m 0700 /tmp/home /tmp/runtime
chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp/home LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime timeout 60 ferry-workbench --smoke-test
echo "== desktop integration files present"
for path in /usr/share/applications/org.ferry.Ferry.desktop \
    /usr/share/metainfo/org.ferry.Ferry.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.ferry.Ferry.svg \
    /usr/share/icons/hicolor/48x48/apps/org.ferry.Ferry.png; do
    [ -f "$root$path" ] || { echo "missing $path" >&2; exit 1; }
done
echo "test-clean-install: passed in $(($(date +%s) - start)) s (debootstrap + install + run)"
