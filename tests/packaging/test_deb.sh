#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds Ferry's .deb with cpack from a built tree, in a temporary directory, and checks it:
# control fields and Depends, the file list, the .desktop and AppStream files (validators),
# the hicolor PNG sizes, stripped binaries without a run path, and finally
# runs the extracted `ferry --version` and `ferry-workbench --smoke-test` (offscreen).
# Usage: test_deb.sh BUILD_DIR VERSION        (ctest: test_deb, label packaging)
# A missing tool is a failure, not a skip: scripts/install-deps.sh test installs them.
set -euo pipefail

build=${1:?usage: test_deb.sh BUILD_DIR VERSION}
version=${2:?usage: test_deb.sh BUILD_DIR VERSION}
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
die() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

declare -A tool_package=([cpack]=cmake [dpkg-deb]=dpkg [dpkg-shlibdeps]=dpkg-dev
    [desktop-file-validate]=desktop-file-utils [appstreamcli]=appstream [readelf]=binutils
    [od]=coreutils [timeout]=coreutils)
for tool in "${!tool_package[@]}"; do
    command -v "$tool" >/dev/null \
        || die "$tool is missing: install the Debian package ${tool_package[$tool]}"
done
build=$(realpath "$build")
[ -f "$build/CPackConfig.cmake" ] || die "$build/CPackConfig.cmake not found (configure first)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. Build the package.
if ! (cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out") \
    >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    die "cpack could not build the package"
fi
shopt -s nullglob
debs=("$work"/out/ferry_"$version"_*.deb)
[ ${#debs[@]} -eq 1 ] || die "expected one ferry_${version}_<arch>.deb, found: ${debs[*]:-none}"
deb=${debs[0]}
pass "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# 2. Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = ferry ] || fail "Package is '$(field Package)', expected ferry"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Section)" = database ] || fail "Section is '$(field Section)', expected database"
[ -n "$(field Maintainer)" ] || fail "no Maintainer field"
depends=$(field Depends)
echo "Depends: $depends"
# Package-name prefixes: shlibdeps names the exact packages (libpqxx-6.4, libodbc2, ...).
for want in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6 libpqxx libpq5 \
    libmariadb3 libodbc libsqlite3-0 libyaml-cpp libsecret-1-0 libc6 libstdc++6; do
    if ! tr ',' '\n' <<<"$depends" | sed 's/^ *//' | grep -q "^$want"; then
        fail "Depends lacks $want"
    fi
done
pass "control fields checked"

# 3. File list.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/files"
expected=(/usr/bin/ferry /usr/bin/ferry-workbench
    /usr/share/applications/org.ferry.Ferry.desktop
    /usr/share/metainfo/org.ferry.Ferry.metainfo.xml
    /usr/share/mime/packages/org.ferry.Ferry.xml
    /usr/share/icons/hicolor/scalable/apps/org.ferry.Ferry.svg
    /usr/share/doc/ferry/README.md /usr/share/doc/ferry/copyright)
for size in 16 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/org.ferry.Ferry.png")
done
for path in "${expected[@]}"; do
    grep -qx "$path" "$work/files" || fail "the package does not hold $path"
done
if grep -v '^/usr/' "$work/files" | grep -qv '^/$'; then
    fail "files outside /usr: $(grep -v '^/usr/' "$work/files" | grep -v '^/$' | tr '\n' ' ')"
fi
pass "file list checked (${#expected[@]} files)"

# 4. Extract; validate desktop integration files; check icons and binaries.
root=$work/root
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/org.ferry.Ferry.desktop" \
    || fail "desktop-file-validate rejects org.ferry.Ferry.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.ferry.Ferry.metainfo.xml" \
    || fail "appstreamcli rejects org.ferry.Ferry.metainfo.xml"
for size in 16 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/org.ferry.Ferry.png
    [ -f "$png" ] || continue
    # PNG signature, then IHDR: width and height as 4-byte big-endian numbers at offset 16.
    read -r w1 w2 w3 w4 h1 h2 h3 h4 < <(od -An -tu1 -j16 -N8 "$png")
    width=$(((w1 << 24) | (w2 << 16) | (w3 << 8) | w4))
    height=$(((h1 << 24) | (h2 << 16) | (h3 << 8) | h4))
    [ "$width" -eq "$size" ] && [ "$height" -eq "$size" ] \
        || fail "${size}x${size} icon is ${width}x${height}"
done
for binary in ferry ferry-workbench; do
    path=$root/usr/bin/$binary
    [ -x "$path" ] || { fail "/usr/bin/$binary is not executable"; continue; }
    readelf -S "$path" | grep -q '\.symtab' && fail "/usr/bin/$binary is not stripped"
    if readelf -d "$path" | grep -qE '\((RPATH|RUNPATH)\)'; then
        fail "/usr/bin/$binary has a run path: $(readelf -d "$path" | grep -E 'R(UN)?PATH')"
    fi
done
pass "desktop file, metainfo, icons and binaries checked"

# 5. Run the extracted binaries (system libraries and Qt plugins, nothing from the build tree).
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" && mkdir -m 0700 "$XDG_RUNTIME_DIR"
out=$(timeout 30 "$root/usr/bin/ferry" --version 2>&1) || fail "ferry --version failed: $out"
grep -qF "$version" <<<"$out" || fail "ferry --version printed '$out', expected $version"
out=$(QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/ferry-workbench" --smoke-test 2>&1) \
    || fail "ferry-workbench --smoke-test failed: $out"
grep -q "smoke test passed" <<<"$out" || fail "ferry-workbench --smoke-test printed: $out"
pass "extracted ferry --version and ferry-workbench --smoke-test ran"

if [ "$failures" -ne 0 ]; then
    echo "test_deb: $failures check(s) failed" >&2
    exit 1
fi
echo "test_deb: all checks passed"
