#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds the release preset, then runs Ferry on the embedded sample:
# the workbench GUI when a display is available, the headless CLI otherwise.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-deps.sh build
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"

sample_dir="${XDG_DATA_HOME:-$HOME/.local/share}/Ferry/sample"
sample="$sample_dir/ticketing.db"
if [ ! -f "$sample" ]; then
    mkdir -p "$sample_dir"
    rm -f "$sample.tmp"
    sqlite3 "$sample.tmp" < resources/sample/ticketing.sql && mv "$sample.tmp" "$sample"
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec build/bin/ferry-workbench "$@"
fi
echo "No display: running the headless CLI on the embedded sample ($sample)."
build/bin/ferry test-connection "sqlite://$sample"
exec build/bin/ferry catalog "sqlite://$sample"
