#!/bin/sh
# SPDX-License-Identifier: MIT
# Fails when docs/type-mapping.md or docs/type-mapping/*.md differ from what the code generates
# (`ferry types --write-docs`), with the difference and the command that brings them up to
# date. Usage:
#   type_mapping_docs_up_to_date.sh FERRY DOCS_DIR
set -eu
ferry=$1 docs=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/ferry-type-docs.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
"$ferry" types --write-docs "$work" >/dev/null
status=0
if ! diff -u "$docs/type-mapping.md" "$work/type-mapping.md"; then
    status=1
fi
if ! diff -ruN "$docs/type-mapping" "$work/type-mapping"; then
    status=1
fi
if [ $status -ne 0 ]; then
    echo "type mapping: docs/type-mapping*.md differ from the code (- committed, + generated)." \
         "Run: build/bin/ferry types --write-docs docs, check the difference and commit it." >&2
fi
exit $status
