#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# What choosing slice boundaries by one ordered pass over the key costs (issue #12,
# docs/data-path.md "Slices"): a table of ROWS rows (default 1,000,000) with a composite
# (integer, text) primary key on PostgreSQL and MariaDB, against the harness servers. Times, per
# engine: the ordered pass over the key columns as Ferry reads it, the same boundaries chosen
# on the server by a window function, a whole-table read for scale, and `ferry migrate` of the
# table into PostgreSQL in slices of 100,000 rows (the pass's time from its task log).
#   bench/key_boundaries.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
ferry=$PWD/build/bin/ferry
[ -x "$ferry" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }

env_file=$(mktemp /tmp/ferry-bench-env.XXXXXX)
rm -f "$env_file"
FERRY_SERVERS_WATCH_PID=$$ tests/harness/servers.sh start "$env_file"
work=$(mktemp -d /tmp/ferry-bench-keys.XXXXXX)
trap 'tests/harness/servers.sh stop "$env_file"; rm -rf "$work"' EXIT
set -a; . "$env_file"; set +a

psql_() { PGPASSWORD=$FERRY_TEST_PG_PASSWORD psql -X -q -h 127.0.0.1 -p "$FERRY_TEST_PG_PORT" \
    -U ferry -d ferry_test -v ON_ERROR_STOP=1 "$@"; }
maria() { mariadb --no-defaults -h 127.0.0.1 -P "$FERRY_TEST_MY_PORT" -u ferry \
    -p"$FERRY_TEST_MY_PASSWORD" --ssl=0 ferry_test "$@"; }
timed() {  # $1 = label, rest = command (output discarded)
    local label=$1; shift
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s.%N)
    printf '%-48s %6.2f s\n' "$label" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')"
}
every=$(( rows / 20 ))

echo "Creating the tables ($rows rows each)..."
psql_ -c "CREATE SCHEMA bench; CREATE TABLE bench.ck (a integer, b text, v text,
    PRIMARY KEY (a, b)); INSERT INTO bench.ck SELECT g % 1000, md5(g::text) || ' ' || g,
    repeat('x', 60) FROM generate_series(1, $rows) g; ANALYZE bench.ck;"
maria -e "CREATE TABLE ck (a INT, b VARCHAR(60), v VARCHAR(80), PRIMARY KEY (a, b));
    INSERT INTO ck SELECT seq % 1000, CONCAT(MD5(seq), ' ', seq), REPEAT('x', 60)
    FROM seq_1_to_$rows; ANALYZE TABLE ck;" > /dev/null

for state in "not vacuumed" "vacuumed"; do
    [ "$state" = vacuumed ] && psql_ -c "VACUUM bench.ck"
    timed "postgresql ($state): ordered pass over (a, b)" \
        psql_ -c "COPY (SELECT a, b FROM bench.ck ORDER BY a, b) TO STDOUT"
    timed "postgresql ($state): window function" \
        psql_ -c "SELECT a, b FROM (SELECT a, b, row_number() OVER (ORDER BY a, b) n
                  FROM bench.ck) s WHERE n % $every = 0"
    timed "postgresql ($state): whole table read" psql_ -c "COPY bench.ck TO STDOUT"
done
timed "mariadb: ordered pass over (a, b)" maria --quick -N -e "SELECT a, b FROM ck ORDER BY a, b"
timed "mariadb: window function" maria -N -e "SELECT a, b FROM (SELECT a, b, ROW_NUMBER()
    OVER (ORDER BY a, b) n FROM ck) s WHERE n % $every = 0"
timed "mariadb: whole table read" maria --quick -N -e "SELECT * FROM ck"

pg_uri="postgresql://ferry@127.0.0.1:$FERRY_TEST_PG_PORT/ferry_test"
my_uri="mysql://ferry@127.0.0.1:$FERRY_TEST_MY_PORT/ferry_test"
for source in postgresql mariadb; do
    echo "{\"Ferry\": {\"SliceRows\": 100000}, \"TargetMetadata\": {\"TargetSchema\":
        \"dst_$source\"}, \"ControlTablesSettings\": {\"ControlSchema\": \"ctl_$source\"}}" \
        > "$work/settings.json"
    uri=$pg_uri include=bench.ck password=$FERRY_TEST_PG_PASSWORD
    [ $source = mariadb ] && uri=$my_uri include=ferry_test.ck password=$FERRY_TEST_MY_PASSWORD
    FERRY_SOURCE_PASSWORD=$password FERRY_TARGET_PASSWORD=$FERRY_TEST_PG_PASSWORD timed \
        "ferry migrate $source -> postgresql" "$ferry" migrate "$uri" "$pg_uri" \
        --include "$include" --settings "$work/settings.json" --task-name "keys_$source" \
        --run-dir "$work/$source"
    grep -o "Table .*ordered pass.*" "$work/$source/task.log"
done
