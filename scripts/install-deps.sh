#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs Ferry's build and test dependencies from Debian packages, only what is missing.
# Usage: scripts/install-deps.sh [build|test|bench]...   (default: build test)
set -euo pipefail

groups=("$@")
[ ${#groups[@]} -eq 0 ] && groups=(build test)

build_pkgs=(build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-translations-l10n libgl-dev libqt6opengl6-dev
    libpqxx-dev libpq-dev default-libmysqlclient-dev unixodbc-dev libyaml-cpp-dev
    libsqlite3-dev qtkeychain-qt6-dev libsecret-1-dev sqlite3)
# dbus + gnome-keyring: tst_keyring runs a private session bus with a headless secret service.
# dpkg-dev (dpkg-shlibdeps for CPack), desktop-file-utils and appstream: test_deb builds the
# .deb and validates its .desktop and AppStream files. libqt6svg6: the SVG icon plugins.
# python3-minimal: scripts/longest-functions.py (the task_functions_short test).
test_pkgs=(postgresql mariadb-server odbc-postgresql odbc-mariadb libsqliteodbc sqlite3
    xvfb xauth dbus gnome-keyring dpkg-dev desktop-file-utils appstream libqt6svg6
    python3-minimal)
bench_pkgs=(pgloader libbenchmark-dev time)

want=()
for g in "${groups[@]}"; do
    case "$g" in
        build) want+=("${build_pkgs[@]}") ;;
        test) want+=("${test_pkgs[@]}") ;;
        bench) want+=("${bench_pkgs[@]}") ;;
        *) echo "install-deps: unknown group '$g' (use build, test or bench)" >&2; exit 2 ;;
    esac
done

missing=()
for p in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
# Server packages must not start system-wide services: the test harness runs its own.
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi
if ! $SUDO apt-get install -y --no-install-recommends "${missing[@]}"; then
    $SUDO apt-get update
    $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
