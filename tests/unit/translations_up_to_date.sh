#!/bin/sh
# SPDX-License-Identifier: MIT
# Fails when the shipped .ts files miss messages the sources have (or keep ones they dropped):
# runs lupdate over the same sources into copies and compares. Usage:
#   translations_up_to_date.sh LUPDATE GENERATE_PROJECT_CMAKE PROJECT_CMAKE TS_FILE...
set -eu
lupdate=$1 generator=$2 project=$3
shift 3
work=$(mktemp -d "${TMPDIR:-/tmp}/ferry-ts.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
cmake -DIN_FILE="$project" -DOUT_FILE="$work/project.json" -P "$generator"
status=0
for ts in "$@"; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" -silent -project "$work/project.json" -no-obsolete -locations none -ts "$copy"
    if ! cmp -s "$ts" "$copy"; then
        echo "translations: $(basename "$ts") is not up to date with the sources:" >&2
        diff -u "$ts" "$copy" | grep '^[-+] *<source>' | head -20 >&2 || true
        status=1
    fi
done
if [ $status -ne 0 ]; then
    echo "Run: cmake --build build --target update_translations, translate the new messages" \
         "(type=\"unfinished\") and commit the .ts files." >&2
fi
exit $status
