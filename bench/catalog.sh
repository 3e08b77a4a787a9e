#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Measures `ferry catalog` on a database with many tables (default 2,000; 8 columns, a primary
# key, an index and a foreign key each) on PostgreSQL, MariaDB and SQLite, against the harness
# servers. Prints wall time per engine and appends the result to bench/RESULTS.md.
#   bench/catalog.sh [TABLES]
set -euo pipefail
cd "$(dirname "$0")/.."
tables=${1:-2000}
ferry=build/bin/ferry
[ -x "$ferry" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }

env_file=$(mktemp /tmp/ferry-bench-env.XXXXXX)
rm -f "$env_file"
FERRY_SERVERS_WATCH_PID=$$ tests/harness/servers.sh start "$env_file"
trap 'tests/harness/servers.sh stop "$env_file"' EXIT
set -a; . "$env_file"; set +a

ddl() {  # $1 = dialect: prints DDL for $tables tables
    local i
    for ((i = 1; i <= tables; i++)); do
        local ref=$(( i > 1 ? i - 1 : 1 ))
        echo "CREATE TABLE t$i (id INTEGER PRIMARY KEY, parent_id INTEGER, name VARCHAR(80) NOT NULL,
            amount DECIMAL(12,2), created_at TIMESTAMP NULL, flag BOOLEAN, note TEXT, code CHAR(4));"
        echo "CREATE INDEX t${i}_name ON t$i (name);"
        # SQLite cannot add a foreign key after the fact; it gets none here.
        if [ "$1" != sqlite ] && [ $i -gt 1 ]; then
            echo "ALTER TABLE t$i ADD FOREIGN KEY (parent_id) REFERENCES t$ref (id);"
        fi
    done
    return 0
}

measure() {  # $1 = label, rest = command
    local label=$1; shift
    local start end
    start=$(date +%s.%N)
    "$@" > /tmp/ferry-bench-catalog.json
    end=$(date +%s.%N)
    local count
    count=$(grep -c '"primaryKey": {' /tmp/ferry-bench-catalog.json || true)
    local seconds
    seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
    printf '%-12s %6d tables  %6s s\n' "$label" "$count" "$seconds"
    results+=("| $label | $count | $seconds s |")
}

results=()
echo "Creating $tables tables per engine..."
ddl postgresql | PGPASSWORD=$FERRY_TEST_PG_PASSWORD psql -X -q -h 127.0.0.1 -p "$FERRY_TEST_PG_PORT" \
    -U ferry -d ferry_test -v ON_ERROR_STOP=1 -1 -f - >/dev/null
ddl mysql | mariadb --no-defaults -h 127.0.0.1 -P "$FERRY_TEST_MY_PORT" -u ferry \
    -p"$FERRY_TEST_MY_PASSWORD" ferry_test
sqlite_db=$(mktemp /tmp/ferry-bench.XXXXXX.db)
(echo "BEGIN;"; ddl sqlite; echo "COMMIT;") | sqlite3 "$sqlite_db"

FERRY_SOURCE_PASSWORD=$FERRY_TEST_PG_PASSWORD measure postgresql \
    "$ferry" catalog "postgresql://ferry@127.0.0.1:$FERRY_TEST_PG_PORT/ferry_test" --json
FERRY_SOURCE_PASSWORD=$FERRY_TEST_MY_PASSWORD measure mariadb \
    "$ferry" catalog "mysql://ferry@127.0.0.1:$FERRY_TEST_MY_PORT/ferry_test" --json
measure sqlite "$ferry" catalog "sqlite://$sqlite_db" --json
rm -f "$sqlite_db"

{
    echo ""
    echo "### Catalog read, $tables tables ($(date -u +%Y-%m-%d), $(nproc) cores, \`bench/catalog.sh $tables\`)"
    echo ""
    echo "| engine | tables read | wall time |"
    echo "| --- | --- | --- |"
    printf '%s\n' "${results[@]}"
} >> bench/RESULTS.md
