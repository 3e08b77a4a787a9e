#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing (build tools, libraries, PostgreSQL, MariaDB, ODBC drivers), builds
# the release preset and runs every ctest suite (unit, integration against real servers, ui
# offscreen). Prints ctest's summary; exits non-zero on any failure.
#   ./test.sh                 all suites
#   ./test.sh -L unit         one label (unit | integration | ui), any ctest arguments
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-deps.sh build test

extra=()
[ "${CI:-}" = "true" ] && extra+=(-DFERRY_WARNINGS_AS_ERRORS=ON)
cmake --preset release "${extra[@]}" >/dev/null
cmake --build --preset release -j "$(nproc)"

export QT_QPA_PLATFORM=offscreen
cd build
# The server fixture's watchdog follows this shell: servers stop even if ctest is killed.
export FERRY_SERVERS_WATCH_PID=$$
ctest --output-on-failure -j "$(nproc)" --timeout 600 "$@"
