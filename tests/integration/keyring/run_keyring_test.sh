#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a keyring test inside a private D-Bus session with a headless, unlocked GNOME Keyring
# (secrets component only). Everything lives in a temporary HOME that is removed afterwards, so
# the user's own keyring and bus are never touched. Usage: run_keyring_test.sh TEST [ARGS]...
set -eu

test_binary=$1
shift
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run_keyring_test: $tool is missing; run scripts/install-deps.sh test" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/ferry-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -m 700 "$scratch/home" "$scratch/run"
export HOME="$scratch/home"
export XDG_RUNTIME_DIR="$scratch/run"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS PGPASSWORD PGPASSFILE \
    FERRY_SOURCE_PASSWORD FERRY_TARGET_PASSWORD || true

# The keyring's own unlock password, fed on stdin: it creates and unlocks the login collection.
status=0
dbus-run-session -- sh -c '
    printf %s ferry-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
        || { echo "run_keyring_test: gnome-keyring-daemon failed to start" >&2; exit 1; }
    exec "$@"' run_keyring_test "$test_binary" "$@" || status=$?
exit $status
