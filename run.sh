#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds the release preset, then runs Ferry on the embedded sample:
# the workbench GUI when a display is available; otherwise `ferry demo`, which generates the
# sports-ticketing sample (1,000,000 tickets) once and migrates it into an SQLite copy with live
# progress and the final table statistics.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-deps.sh build
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec build/bin/ferry-workbench "$@"
fi
echo "No display: running the headless demo (ferry demo)."
exec build/bin/ferry demo "$@"
