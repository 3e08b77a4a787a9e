#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Full-load benchmark (issue #3): Ferry against pgloader (default and tuned) and against the
# target's own bulk path from a file (the "ceiling": psql \copy / LOAD DATA LOCAL INFILE), in one
# run on the same deterministic sports-ticketing data, on a fresh pair of harness servers.
#
#   bench/fullload.sh [ROWS] [--pairs mysql-pg,sqlite-pg,pg-pg,pg-mysql] [--results FILE]
#   bench/fullload.sh [ROWS] --linearity        Ferry MySQL->PostgreSQL at ROWS/4, ROWS/2, ROWS
#   bench/fullload.sh [ROWS] --tune-pgloader    pgloader option grid per source kind (prints only)
#
# ROWS is the number of tickets (the fact table; default 1,000,000). The source is written by
# `ferry sample` (SQLite) and loaded into MariaDB and PostgreSQL (database bench_src) without
# Ferry: exported as tab-separated text with the sqlite3 CLI (the native format of COPY and of
# LOAD DATA) and loaded with psql \copy / LOAD DATA LOCAL INFILE into tables this script creates.
# Every run goes into a freshly created target database and is verified: row count of every
# table and a checksum of ticket and customer computed by SQL on the target, compared with the
# SQLite source. A failing tool or a mismatch shows as FAILED in the results; the script then
# exits with 1 after writing them. Results are appended to bench/RESULTS.md (or --results FILE).
#
# Environment: FERRY_BIN (default build/bin/ferry); PGLOADER_TUNED_MYSQL, PGLOADER_TUNED_SQLITE,
# PGLOADER_TUNED_PGSQL override the tuned pgloader WITH options per source kind (several
# candidates separated by ';': each is run and measured, the best counts);
# FERRY_BENCH_TIMEOUT limits each tool run (seconds, default 3600; a run over it is FAILED);
# FERRY_BENCH_LOGS=DIR keeps every run's output, Ferry's run directories and pgloader's logs.
# Every connection is plain TCP on loopback (TLS off for every tool), passwords come from the
# environment (FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD, PGPASSWORD, MYSQL_PWD), never from
# a command line or a file.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
    sed -n '7,9p' "$0" | sed 's/^#   //' >&2
    exit 2
}

rows=1000000
pairs=mysql-pg,sqlite-pg,pg-pg,pg-mysql
mode=compare
results_file=bench/RESULTS.md
command_line="bench/fullload.sh $*"
while [ $# -gt 0 ]; do
    case "$1" in
        --pairs) [ $# -ge 2 ] || usage; pairs=$2; shift 2 ;;
        --pairs=*) pairs=${1#--pairs=}; shift ;;
        --results) [ $# -ge 2 ] || usage; results_file=$2; shift 2 ;;
        --results=*) results_file=${1#--results=}; shift ;;
        --linearity) mode=linearity; shift ;;
        --tune-pgloader) mode=tune; shift ;;
        -h|--help) usage ;;
        [0-9]*)
            [[ "$1" =~ ^[0-9]+$ ]] || { echo "fullload: ROWS must be a number, not '$1'" >&2; exit 2; }
            rows=$1; shift ;;
        *) echo "fullload: unknown argument '$1'" >&2; usage ;;
    esac
done
[ "$rows" -ge 400 ] || { echo "fullload: ROWS must be at least 400" >&2; exit 2; }
IFS=, read -r -a pair_list <<<"$pairs"
for p in "${pair_list[@]}"; do
    case "$p" in
        mysql-pg|sqlite-pg|pg-pg|pg-mysql) ;;
        *) echo "fullload: unknown pair '$p' (use mysql-pg, sqlite-pg, pg-pg, pg-mysql)" >&2
           exit 2 ;;
    esac
done

ferry=${FERRY_BIN:-build/bin/ferry}
run_timeout=${FERRY_BENCH_TIMEOUT:-3600}
[[ "$run_timeout" =~ ^[0-9]+$ ]] || { echo "fullload: FERRY_BENCH_TIMEOUT must be a number of seconds" >&2; exit 2; }
keep_logs=${FERRY_BENCH_LOGS:-}
[ -x "$ferry" ] || { echo "fullload: $ferry is not built (cmake --preset release && cmake --build --preset release, or set FERRY_BIN)" >&2; exit 1; }
ferry=$(cd "$(dirname "$ferry")" && pwd)/$(basename "$ferry")
for tool in sqlite3 psql mariadb awk; do
    command -v "$tool" >/dev/null || { echo "fullload: $tool is missing (scripts/install-deps.sh build test)" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "fullload: /usr/bin/time is missing (scripts/install-deps.sh bench)" >&2; exit 1; }
have_pgloader=0
command -v pgloader >/dev/null && have_pgloader=1
if [ $have_pgloader -eq 0 ] && [ "$mode" != linearity ]; then
    echo "fullload: pgloader is missing (scripts/install-deps.sh bench); its rows will show FAILED" >&2
fi

# Tuned pgloader options (the default run uses none): the fastest candidates of a
# --tune-pgloader grid on the 2-core machine (200,000 tickets). pgloader's defaults for a
# database source are workers = 4, concurrency = 1, batch rows = 25000, prefetch rows = 100000.
# Each candidate is measured in the run and the fastest pgloader run is the one compared.
tuned_mysql=${PGLOADER_TUNED_MYSQL:-"workers = 4, concurrency = 2, multiple readers per thread, rows per range = 50000, batch rows = 50000, prefetch rows = 100000; workers = 4, concurrency = 1, batch rows = 50000"}
tuned_sqlite=${PGLOADER_TUNED_SQLITE:-"workers = 4, concurrency = 1, batch rows = 50000; workers = 8, concurrency = 2, batch rows = 50000, prefetch rows = 200000"}
tuned_pgsql=${PGLOADER_TUNED_PGSQL:-"workers = 4, concurrency = 1, batch rows = 50000; workers = 4, concurrency = 2"}

tables=(sport venue team event customer sample_info ticket)

# ---------------------------------------------------------------------------------------------
# Servers and scratch space; everything is removed on exit, whatever happens.
work=$(mktemp -d /tmp/ferry-bench-fullload.XXXXXX)
env_file=$work/servers.env
cleanup() {
    local rc=$?
    if [ -n "$keep_logs" ] && [ -d "$work/logs" ]; then
        mkdir -p "$keep_logs" && cp -r "$work/logs" "$work/runs" "$keep_logs"/ 2>/dev/null || true
        cp -r "$work"/pgloader-* "$keep_logs"/ 2>/dev/null || true
    fi
    [ -f "$env_file" ] && tests/harness/servers.sh stop "$env_file" >/dev/null 2>&1 || true
    rm -rf "$work"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM
chmod 755 "$work"

echo "fullload: starting servers..."
FERRY_SERVERS_WATCH_PID=$$ tests/harness/servers.sh start "$env_file"
set -a
# shellcheck disable=SC1090
. "$env_file"
set +a
export PGPASSWORD=$FERRY_TEST_PG_PASSWORD MYSQL_PWD=$FERRY_TEST_MY_PASSWORD PGSSLMODE=disable
pg_port=$FERRY_TEST_PG_PORT
my_port=$FERRY_TEST_MY_PORT

pg() {  # DB [psql args...]
    local db=$1; shift
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U ferry -d "$db" "$@"
}
pgq() {  # DB SQL: prints the result unaligned, one row a line, fields separated by '|'
    pg "$1" -A -t -F '|' -c "$2"
}
my() {  # DB (may be "") [mariadb args...]
    local db=$1; shift
    mariadb --no-defaults --skip-ssl --local-infile=1 --default-character-set=utf8mb4 \
        -h 127.0.0.1 -P "$my_port" -u ferry ${db:+"$db"} "$@"
}
myq() {  # DB SQL: prints the result without headers, tab separated
    my "$1" -N -B -e "$2"
}

fail() { echo "fullload: $*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# DDL, written here for each engine (same columns and keys as engine/sample/ticketing_sample.cpp).
# $1 = pg|mysql, $2 = full (keys, index, foreign keys) | base (primary keys only: the ceiling).
ddl() {
    local engine=$1 kind=$2
    local int=integer ts=timestamp bool="boolean NOT NULL DEFAULT false" text=text
    local serial="integer GENERATED BY DEFAULT AS IDENTITY" key=key tail=""
    if [ "$engine" = mysql ]; then
        ts=datetime bool="tinyint(1) NOT NULL DEFAULT 0" serial="integer AUTO_INCREMENT"
        key='`key`' text="varchar(100)" tail=" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"
    fi
    cat <<SQL
CREATE TABLE sample_info ($key $text PRIMARY KEY, value text NOT NULL)$tail;
CREATE TABLE sport (sport_id $int PRIMARY KEY, name varchar(40) NOT NULL)$tail;
CREATE TABLE venue (venue_id $int PRIMARY KEY, name varchar(80) NOT NULL,
    city varchar(60) NOT NULL, capacity $int NOT NULL CHECK (capacity > 0))$tail;
CREATE TABLE team (team_id $int PRIMARY KEY, sport_id $int NOT NULL, home_venue_id $int,
    name varchar(80) NOT NULL, founded date)$tail;
CREATE TABLE event (event_id $int PRIMARY KEY, home_team_id $int NOT NULL,
    away_team_id $int NOT NULL, venue_id $int NOT NULL, starts_at $ts NOT NULL,
    base_price decimal(8,2) NOT NULL)$tail;
CREATE TABLE customer (customer_id $serial PRIMARY KEY, email varchar(120) NOT NULL,
    full_name varchar(120) NOT NULL, created_at $ts NOT NULL DEFAULT CURRENT_TIMESTAMP)$tail;
CREATE TABLE ticket (ticket_id $int PRIMARY KEY, event_id $int NOT NULL,
    customer_id $int NOT NULL, seat_section varchar(4) NOT NULL, seat_row $int NOT NULL,
    seat_number $int NOT NULL, price decimal(8,2) NOT NULL, sold_at $ts NOT NULL,
    scanned $bool)$tail;
SQL
    [ "$kind" = full ] || return 0
    cat <<SQL
ALTER TABLE sport ADD UNIQUE (name);
ALTER TABLE customer ADD UNIQUE (email);
ALTER TABLE ticket ADD UNIQUE (event_id, seat_section, seat_row, seat_number);
CREATE INDEX ticket_customer ON ticket (customer_id);
ALTER TABLE team ADD FOREIGN KEY (sport_id) REFERENCES sport (sport_id),
    ADD FOREIGN KEY (home_venue_id) REFERENCES venue (venue_id) ON DELETE SET NULL;
ALTER TABLE event ADD FOREIGN KEY (home_team_id) REFERENCES team (team_id),
    ADD FOREIGN KEY (away_team_id) REFERENCES team (team_id),
    ADD FOREIGN KEY (venue_id) REFERENCES venue (venue_id);
ALTER TABLE ticket ADD FOREIGN KEY (event_id) REFERENCES event (event_id) ON DELETE CASCADE,
    ADD FOREIGN KEY (customer_id) REFERENCES customer (customer_id);
SQL
    if [ "$engine" = pg ]; then
        echo "SELECT setval(pg_get_serial_sequence('customer', 'customer_id'), max(customer_id)) FROM customer;"
        # Vacuumed now so that autovacuum does not start on the source during a measured run.
        echo "VACUUM (ANALYZE) sport, venue, team, event, customer, sample_info, ticket;"
    else
        echo "ANALYZE TABLE sport, venue, team, event, customer, sample_info, ticket;"
    fi
}

# Export column lists: decimals with two digits, booleans 0/1, datetimes as stored.
export_select() {
    case "$1" in
        sample_info) echo "SELECT key, value FROM sample_info ORDER BY key" ;;
        sport) echo "SELECT sport_id, name FROM sport ORDER BY sport_id" ;;
        venue) echo "SELECT venue_id, name, city, capacity FROM venue ORDER BY venue_id" ;;
        team) echo "SELECT team_id, sport_id, home_venue_id, name, founded FROM team ORDER BY team_id" ;;
        event) echo "SELECT event_id, home_team_id, away_team_id, venue_id, starts_at, printf('%.2f', base_price) FROM event ORDER BY event_id" ;;
        customer) echo "SELECT customer_id, email, full_name, created_at FROM customer ORDER BY customer_id" ;;
        ticket) echo "SELECT ticket_id, event_id, customer_id, seat_section, seat_row, seat_number, printf('%.2f', price), sold_at, scanned FROM ticket ORDER BY ticket_id" ;;
    esac
}

# Verification queries: one line "counts per table ; ticket checksum ; customer checksum".
# ticket: rows, sum(ticket_id), sum(price*100), scanned count, sum of sold_at as epoch seconds
# (UTC); customer: sum of full_name lengths in characters (catches broken UTF-8).
sqlite_check() {  # FILE
    local t parts=()
    for t in "${tables[@]}"; do parts+=("(SELECT count(*) FROM $t)"); done
    local counts
    counts=$(IFS='|'; echo "${parts[*]}" | sed "s/|/ || ' ' || /g")
    sqlite3 -batch "$1" "SELECT $counts || ' ; ' ||
        (SELECT count(*) || ' ' || sum(ticket_id) || ' ' || sum(CAST(round(price * 100) AS INTEGER))
             || ' ' || sum(scanned) || ' ' || sum(CAST(strftime('%s', sold_at) AS INTEGER))
         FROM ticket) || ' ; ' || (SELECT sum(length(full_name)) FROM customer)"
}
pg_check() {  # DB SCHEMA
    local t parts=() s="\"$2\""
    for t in "${tables[@]}"; do parts+=("(SELECT count(*) FROM $s.$t)"); done
    pgq "$1" "SET TIME ZONE 'UTC';
        SELECT concat_ws(' ', $(IFS=,; echo "${parts[*]}")) || ' ; ' ||
        (SELECT concat_ws(' ', count(*), sum(ticket_id), sum(round(price * 100))::bigint,
                          sum(scanned::int), sum(extract(epoch FROM sold_at::timestamp))::bigint)
         FROM $s.ticket) || ' ; ' || (SELECT sum(char_length(full_name)) FROM $s.customer)" \
        | tail -n1
}
my_check() {  # SCHEMA
    local t parts=() s="\`$1\`"
    for t in "${tables[@]}"; do parts+=("(SELECT count(*) FROM $s.$t)"); done
    myq "$1" "SET time_zone = '+00:00';
        SELECT concat(concat_ws(' ', $(IFS=,; echo "${parts[*]}")), ' ; ',
            (SELECT concat_ws(' ', count(*), sum(ticket_id), CAST(sum(round(price * 100)) AS SIGNED),
                              CAST(sum(scanned) AS SIGNED),
                              CAST(sum(timestampdiff(SECOND, '1970-01-01 00:00:00', sold_at)) AS SIGNED))
             FROM $s.ticket), ' ; ',
            (SELECT CAST(sum(char_length(full_name)) AS SIGNED) FROM $s.customer))"
}
# Indexes and foreign keys on the target's ticket table: "indexes fks".
pg_ticket_keys() {  # DB SCHEMA
    pgq "$1" "SELECT (SELECT count(*) FROM pg_indexes WHERE schemaname = '$2' AND tablename = 'ticket')
        || ' ' || (SELECT count(*) FROM pg_constraint
                   WHERE conrelid = '\"$2\".ticket'::regclass AND contype = 'f')"
}
my_ticket_keys() {  # SCHEMA
    myq "$1" "SELECT concat((SELECT count(DISTINCT index_name) FROM information_schema.statistics
                             WHERE table_schema = '$1' AND table_name = 'ticket'), ' ',
        (SELECT count(*) FROM information_schema.table_constraints
         WHERE table_schema = '$1' AND table_name = 'ticket' AND constraint_type = 'FOREIGN KEY'))"
}

# ---------------------------------------------------------------------------------------------
# Source data: SQLite from `ferry sample`, exported once, loaded into MariaDB / PostgreSQL.
data_rows=0 data_bytes=0 expected=""
prepare_data() {  # ROWS NEED_MYSQL NEED_PG
    local n=$1 need_my=$2 need_pg=$3 t
    local dir=$work/data
    rm -rf "$dir"; mkdir -p "$dir"; chmod 755 "$dir"
    sqlite_db=$dir/ticketing.db
    echo "fullload: generating $n tickets..."
    "$ferry" sample "$sqlite_db" --rows "$n" || fail "ferry sample failed"
    expected=$(sqlite_check "$sqlite_db")
    data_rows=0 data_bytes=0
    for t in "${tables[@]}"; do
        sqlite3 -batch -noheader -separator $'\t' -nullvalue '\N' "$sqlite_db" \
            "$(export_select "$t")" > "$dir/$t.tsv"
        # Written without escaping, so refuse values holding a tab, a newline or a backslash.
        awk -F'\t' -v t="$t" 'NR == 1 { n = NF } NF != n { bad = 1 }
            { for (i = 1; i <= NF; i++) if ($i ~ /\\/ && $i != "\\N") bad = 1 }
            END { if (bad) { print "fullload: " t " holds a tab, newline or backslash" > "/dev/stderr"; exit 1 } }' \
            "$dir/$t.tsv"
        data_rows=$((data_rows + $(wc -l < "$dir/$t.tsv")))
        data_bytes=$((data_bytes + $(stat -c %s "$dir/$t.tsv")))
    done
    chmod 644 "$dir"/*
    echo "fullload: $data_rows rows in ${#tables[@]} tables, $data_bytes bytes of text; expected on every target (counts ; ticket ; customer): $expected"

    if [ "$need_my" = 1 ]; then
        echo "fullload: loading MariaDB bench_src..."
        myq "" "DROP DATABASE IF EXISTS bench_src; CREATE DATABASE bench_src CHARACTER SET utf8mb4"
        {
            echo "SET foreign_key_checks = 0, unique_checks = 0;"
            ddl mysql base
            for t in "${tables[@]}"; do
                echo "LOAD DATA LOCAL INFILE '$dir/$t.tsv' INTO TABLE $t CHARACTER SET utf8mb4;"
            done
            ddl mysql full | sed -n '/^ALTER\|^CREATE INDEX\|^ANALYZE/,$p'
        } | my bench_src >/dev/null
        local got
        got=$(my_check bench_src)
        [ "$got" = "$expected" ] || fail "MariaDB source differs from SQLite: '$got' vs '$expected'"
    fi
    if [ "$need_pg" = 1 ]; then
        echo "fullload: loading PostgreSQL bench_src..."
        pg ferry_test -c "SET client_min_messages = warning" \
            -c "DROP DATABASE IF EXISTS bench_src WITH (FORCE)" -c "CREATE DATABASE bench_src"
        {
            ddl pg base
            for t in "${tables[@]}"; do echo "\\copy $t FROM '$dir/$t.tsv'"; done
            ddl pg full | sed -n '/^ALTER\|^CREATE INDEX/,$p'
        } | pg bench_src -f - >/dev/null
        local got
        got=$(pg_check bench_src public)
        [ "$got" = "$expected" ] || fail "PostgreSQL source differs from SQLite: '$got' vs '$expected'"
    fi
}

# ---------------------------------------------------------------------------------------------
# Targets: a fresh database before every run (Ferry's control schema goes with it).
reset_target() {  # pg|mysql
    if [ "$1" = pg ]; then
        pg ferry_test -c "SET client_min_messages = warning" \
            -c "DROP DATABASE IF EXISTS bench_dst WITH (FORCE)" -c "CREATE DATABASE bench_dst"
        # Write the previous run's dirty pages now rather than during the next run.
        PGPASSWORD=$FERRY_TEST_PG_ADMIN_PASSWORD psql -X -q -h 127.0.0.1 -p "$pg_port" \
            -U "$FERRY_TEST_PG_ADMIN_USER" -d postgres -c CHECKPOINT
    else
        myq "" "DROP DATABASE IF EXISTS bench_dst; DROP DATABASE IF EXISTS public;
                DROP DATABASE IF EXISTS ferry_control; CREATE DATABASE bench_dst CHARACTER SET utf8mb4"
    fi
}
# The schema (PostgreSQL) or database (MySQL) on the target that holds the table ticket.
target_schema() {  # pg|mysql
    if [ "$1" = pg ]; then
        pgq bench_dst "SELECT table_schema FROM information_schema.tables WHERE table_name = 'ticket'"
    else
        myq "" "SELECT table_schema FROM information_schema.tables WHERE table_name = 'ticket'
                AND table_schema <> 'bench_src'"
    fi
}

# Runs "$@" under /usr/bin/time; sets T_RC, T_WALL (s), T_RSS (kB). Output goes to LOG.
timed() {  # LOG command...
    local log=$1; shift
    local start end
    T_RC=0
    start=$(date +%s.%N)
    /usr/bin/time -v -o "$work/time.txt" timeout -k 10 "$run_timeout" "$@" >"$log" 2>&1 || T_RC=$?
    end=$(date +%s.%N)
    T_WALL=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
    T_RSS=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt" 2>/dev/null)
    T_RSS=${T_RSS:-0}
    # Killed by the time limit: the figure would be timeout's own.
    if [ "$T_RC" = 124 ] || [ "$T_RC" = 137 ]; then T_RSS=-; fi
}

# First error-looking line of a log, short and safe inside a Markdown table; the log's end goes
# to standard error.
error_text() {  # LOG
    local line
    { echo "fullload: --- end of $1"; tail -n 12 "$1" 2>/dev/null; echo "fullload: ---"; } >&2
    if [ "$T_RC" = 124 ] || [ "$T_RC" = 137 ]; then
        printf 'timed out after %s s (FERRY_BENCH_TIMEOUT)' "$run_timeout"
        return
    fi
    line=$(grep -m1 -i -E 'error|fatal|failed|refused|denied|could not|cannot' "$1" 2>/dev/null || true)
    [ -n "$line" ] || line=$(grep -v '^\s*$' "$1" 2>/dev/null | tail -n1 || true)
    printf '%s' "$line" | tr -d '\r' | tr '|`\t' "/' " | cut -c1-220
}

# Verifies the target after a run; sets V_OK (1/0) and V_NOTE.
verify_target() {  # pg|mysql WANT_KEYS(1/0)
    local engine=$1 want_keys=$2 schema got keys
    V_OK=0 V_NOTE=""
    schema=$(target_schema "$engine" 2>/dev/null || true)
    if [ -z "$schema" ] || [ "$(printf '%s\n' "$schema" | wc -l)" -ne 1 ]; then
        V_NOTE="verify: expected one table ticket on the target, found in: '$(printf '%s ' $schema)'"
        return
    fi
    if [ "$engine" = pg ]; then
        got=$(pg_check bench_dst "$schema" 2>&1 || true)
        keys=$(pg_ticket_keys bench_dst "$schema" 2>/dev/null || true)
    else
        got=$(my_check "$schema" 2>&1 || true)
        keys=$(my_ticket_keys "$schema" 2>/dev/null || true)
    fi
    if [ "$got" != "$expected" ]; then
        V_NOTE="verify: target '$(echo "$got" | tr '|' '/' | cut -c1-160)' vs source '$expected' (counts ; ticket ; customer)"
        return
    fi
    if [ "$want_keys" = 1 ] && [ "$keys" != "3 2" ]; then
        V_NOTE="verify: ticket has ${keys% *} indexes and ${keys#* } foreign keys on the target, expected 3 and 2"
        return
    fi
    V_OK=1
    V_NOTE="into $schema"
}

# Results: one line per run in $work/results.tsv:
# pair tool status wall data_wall rss_kb note
record() {
    local fields=() f
    for f in "$@"; do fields+=("${f:--}"); done  # no empty field: tabs would collapse on read
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${fields[@]}" >> "$work/results.tsv"
    printf 'fullload: %-10s %-16s %-6s %8s s  data %6s s  RSS %7s kB  %s\n' "${fields[@]}" >&2
}
any_failed=0

# ---------------------------------------------------------------------------------------------
# Tools.
uri_ferry() {  # engine role(src|dst)
    local db=bench_src
    [ "$2" = dst ] && db=bench_dst
    case "$1" in
        pg) echo "postgresql://ferry@127.0.0.1:$pg_port/$db?sslmode=disable" ;;
        mysql) echo "mysql://ferry@127.0.0.1:$my_port/$db?ssl-mode=DISABLED" ;;
        sqlite) echo "sqlite://$sqlite_db" ;;
    esac
}
uri_pgloader() {  # engine role
    local db=bench_src
    [ "$2" = dst ] && db=bench_dst
    case "$1" in
        pg) echo "pgsql://ferry@127.0.0.1:$pg_port/$db?sslmode=disable" ;;
        mysql) echo "mysql://ferry@127.0.0.1:$my_port/$db?useSSL=false" ;;
        sqlite) echo "sqlite://$sqlite_db" ;;
    esac
}
password_for() { [ "$1" = pg ] && echo "$FERRY_TEST_PG_PASSWORD" || echo "$FERRY_TEST_MY_PASSWORD"; }

# Ferry's data phase: first table started -> last slice committed, from its control tables.
ferry_data_seconds() {  # dst
    local first last
    if [ "$1" = pg ]; then
        first=$(pgq bench_dst "SELECT min(started_at) FROM ferry_control.table_status WHERE task_name = 'bench'")
        last=$(pgq bench_dst "SELECT max(updated_at) FROM ferry_control.slice_status WHERE task_name = 'bench'")
    else
        first=$(myq ferry_control "SELECT min(started_at) FROM table_status WHERE task_name = 'bench'")
        last=$(myq ferry_control "SELECT max(updated_at) FROM slice_status WHERE task_name = 'bench'")
    fi
    [ -n "$first" ] && [ -n "$last" ] || return 1
    awk -v a="$(date -u -d "$first" +%s.%N)" -v b="$(date -u -d "$last" +%s.%N)" \
        'BEGIN { printf "%.3f", b - a }'
}

run_ferry() {  # pair src dst
    local pair=$1 src=$2 dst=$3 log=$work/logs/$1-ferry.log data="-"
    reset_target "$dst"
    export FERRY_SOURCE_PASSWORD FERRY_TARGET_PASSWORD
    FERRY_SOURCE_PASSWORD=$(password_for "$src")
    FERRY_TARGET_PASSWORD=$(password_for "$dst")
    [ "$src" = sqlite ] && unset FERRY_SOURCE_PASSWORD
    echo "fullload: $pair ferry..." >&2
    timed "$log" "$ferry" migrate "$(uri_ferry "$src" src)" "$(uri_ferry "$dst" dst)" \
        --task-name bench --run-dir "$work/runs/$pair-ferry"
    unset FERRY_SOURCE_PASSWORD FERRY_TARGET_PASSWORD
    if [ "$T_RC" -ne 0 ]; then
        record "$pair" ferry FAILED "$T_WALL" - "$T_RSS" "exit $T_RC: $(error_text "$log")"
        any_failed=1
        return
    fi
    data=$(ferry_data_seconds "$dst" 2>/dev/null || echo -)
    verify_target "$dst" 1
    if [ "$V_OK" = 1 ]; then
        record "$pair" ferry ok "$T_WALL" "$data" "$T_RSS" "$V_NOTE"
    else
        record "$pair" ferry FAILED "$T_WALL" "$data" "$T_RSS" "$V_NOTE"
        any_failed=1
    fi
}

run_pgloader() {  # pair src dst variant(default|tuned-N|grid-N) [WITH options]
    local pair=$1 src=$2 dst=$3 variant=$4 options=${5:-}
    local tool="pgloader-$variant" log=$work/logs/$1-pgloader-$4.log
    if [ "$dst" != pg ]; then
        record "$pair" "$tool" n/a - - - "pgloader only loads into PostgreSQL"
        return
    fi
    if [ $have_pgloader -eq 0 ]; then
        record "$pair" "$tool" FAILED - - - "pgloader is not installed (scripts/install-deps.sh bench)"
        any_failed=1
        return
    fi
    reset_target pg
    local root=$work/pgloader-$pair-$variant
    mkdir -p "$root"
    echo "fullload: $pair $tool ${options:+($options)}..." >&2
    if [ -z "$options" ]; then
        timed "$log" pgloader --root-dir "$root" --logfile "$root/pgloader.log" \
            "$(uri_pgloader "$src" src)" "$(uri_pgloader pg dst)"
    else
        cat > "$root/load.cmd" <<CMD
LOAD DATABASE
    FROM $(uri_pgloader "$src" src)
    INTO $(uri_pgloader pg dst)
WITH $options;
CMD
        timed "$log" pgloader --root-dir "$root" --logfile "$root/pgloader.log" "$root/load.cmd"
    fi
    if [ "$T_RC" -ne 0 ]; then
        record "$pair" "$tool" FAILED "$T_WALL" - "$T_RSS" "exit $T_RC: $(error_text "$log")"
        any_failed=1
        return
    fi
    verify_target pg 1
    if [ "$V_OK" = 1 ]; then
        record "$pair" "$tool" ok "$T_WALL" - "$T_RSS" "$V_NOTE${options:+; WITH $options}"
    else
        record "$pair" "$tool" FAILED "$T_WALL" - "$T_RSS" "$V_NOTE"
        any_failed=1
    fi
}

# The ceiling: the target's own bulk load from the exported files into pre-created tables with
# primary keys only. ticket in one client process, the other tables in a second; wall = sum.
run_ceiling() {  # pair dst
    local pair=$1 dst=$2 dir=$work/data log=$work/logs/$1-ceiling.log t
    local wall_ticket wall_rest rss_ticket rss_rest rc=0
    reset_target "$dst"
    echo "fullload: $pair ceiling..." >&2
    if [ "$dst" = pg ]; then
        ddl pg base | pg bench_dst -f - >/dev/null
        timed "$log.1" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U ferry -d bench_dst \
            -c "\\copy ticket FROM '$dir/ticket.tsv'"
        rc=$T_RC wall_ticket=$T_WALL rss_ticket=$T_RSS
        local args=()
        for t in "${tables[@]}"; do [ "$t" = ticket ] || args+=(-c "\\copy $t FROM '$dir/$t.tsv'"); done
        timed "$log.2" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U ferry -d bench_dst \
            "${args[@]}"
    else
        ddl mysql base | my bench_dst >/dev/null
        timed "$log.1" mariadb --no-defaults --skip-ssl --local-infile=1 \
            --default-character-set=utf8mb4 -h 127.0.0.1 -P "$my_port" -u ferry bench_dst \
            -e "LOAD DATA LOCAL INFILE '$dir/ticket.tsv' INTO TABLE ticket CHARACTER SET utf8mb4"
        rc=$T_RC wall_ticket=$T_WALL rss_ticket=$T_RSS
        local sql=""
        for t in "${tables[@]}"; do
            [ "$t" = ticket ] || sql+="LOAD DATA LOCAL INFILE '$dir/$t.tsv' INTO TABLE $t CHARACTER SET utf8mb4; "
        done
        timed "$log.2" mariadb --no-defaults --skip-ssl --local-infile=1 \
            --default-character-set=utf8mb4 -h 127.0.0.1 -P "$my_port" -u ferry bench_dst -e "$sql"
    fi
    [ "$rc" -ne 0 ] || rc=$T_RC
    wall_rest=$T_WALL rss_rest=$T_RSS
    cat "$log.1" "$log.2" > "$log" 2>/dev/null || true
    local wall rss
    wall=$(awk -v a="$wall_ticket" -v b="$wall_rest" 'BEGIN { printf "%.3f", a + b }')
    rss_ticket=${rss_ticket/-/0} rss_rest=${rss_rest/-/0}
    rss=$(( rss_ticket > rss_rest ? rss_ticket : rss_rest ))
    if [ "$rc" -ne 0 ]; then
        record "$pair" ceiling FAILED "$wall" "$wall" "$rss" "exit $rc: $(error_text "$log")"
        any_failed=1
        return
    fi
    verify_target "$dst" 0
    local note
    note="ticket $(printf '%.2f' "$wall_ticket") s + other tables $(printf '%.2f' "$wall_rest") s"
    if [ "$V_OK" = 1 ]; then
        record "$pair" ceiling ok "$wall" "$wall" "$rss" "$note"
    else
        record "$pair" ceiling FAILED "$wall" "$wall" "$rss" "$V_NOTE"
        any_failed=1
    fi
}

# ---------------------------------------------------------------------------------------------
# Report helpers.
fmt_int() { printf '%.0f' "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print 0 }'; }
mbps() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.1f", n / 1e6 / s; else print 0 }'; }
secs() { printf '%.2f' "$1"; }

machine_lines() {
    local cpu mem debian pgv myv
    cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)
    mem=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
    debian=$(cat /etc/debian_version 2>/dev/null || echo unknown)
    pgv=$(pgq ferry_test "SHOW server_version" 2>/dev/null || echo unknown)
    myv=$(myq "" "SELECT VERSION()" 2>/dev/null || echo unknown)
    echo "- Machine: $(nproc) cores ($cpu), $mem memory, Debian $debian."
    echo "- Servers: PostgreSQL $pgv and MariaDB $myv, fresh harness pair (tests/harness/servers.sh)"
    echo "  with fsync off (PostgreSQL fsync/synchronous_commit/full_page_writes off; InnoDB"
    echo "  flush_log_at_trx_commit=0, no doublewrite), on loopback; every client connects over"
    echo "  plain TCP (TLS off for every tool)."
    local pgl='pgloader not installed'
    [ $have_pgloader -eq 0 ] || pgl="$(pgloader --version 2>/dev/null | tr -d '"' | sed -n 1p) (Debian package $(dpkg-query -W -f='${Version}' pgloader 2>/dev/null || echo '?'))"
    echo "- Tools: ferry $("$ferry" --version 2>/dev/null | awk '{ print $2 }'); $pgl."
}

pair_title() {
    case "$1" in
        mysql-pg) echo "MySQL (MariaDB) -> PostgreSQL" ;;
        sqlite-pg) echo "SQLite -> PostgreSQL" ;;
        pg-pg) echo "PostgreSQL -> PostgreSQL" ;;
        pg-mysql) echo "PostgreSQL -> MySQL (MariaDB)" ;;
    esac
}

write_compare_section() {
    local pair tool status wall data rss note
    {
        echo ""
        echo "### Full load, $(fmt_int "$rows") tickets ($(date -u +%Y-%m-%d), \`$command_line\`)"
        echo ""
        machine_lines
        echo "- Data: the sports-ticketing sample (\`ferry sample --rows $rows\`), ${#tables[@]} tables,"
        echo "  $(fmt_int "$data_rows") rows, $(mbps "$data_bytes" 1) MB as tab-separated text (MB/s below is"
        echo "  this size / wall time; rows/s is all rows / wall time). Each run goes into a new target"
        echo "  database and is verified (row count of every table, checksum of ticket and customer);"
        echo "  tool runs must also have built ticket's 2 secondary indexes and 2 foreign keys."
        echo "- Ferry: \`ferry migrate SOURCE TARGET\` with default settings; its wall time includes"
        echo "  catalog, table creation, keys, indexes and foreign keys; \"data\" is its data phase (first"
        echo "  table started to last slice committed, from its control tables). pgloader default:"
        echo "  \`pgloader SOURCE TARGET\`; tuned N: a command file WITH the options shown (each candidate"
        echo "  is run; the fastest pgloader run is the one compared). Ceiling:"
        echo "  \`psql \\copy\` / \`LOAD DATA LOCAL INFILE\` of the exported files into pre-created tables"
        echo "  with primary keys only (export time not counted; ticket and the other tables summed;"
        echo "  its peak RSS is the client's). Peak RSS: \`/usr/bin/time -v\` maximum resident set size."
        for pair in "${pair_list[@]}"; do
            echo ""
            echo "#### $(pair_title "$pair")"
            echo ""
            echo "| tool | result | wall time | rows/s | MB/s | peak RSS | notes |"
            echo "| --- | --- | --- | --- | --- | --- | --- |"
            while IFS=$'\t' read -r p tool status wall data rss note; do
                [ "$p" = "$pair" ] || continue
                if [ "$status" = n/a ]; then
                    echo "| ${tool//-/ } | n/a | - | - | - | - | $note |"
                    continue
                fi
                local shown=- r=- m=- mem=-
                if [ "$wall" != - ]; then
                    shown="$(secs "$wall") s"
                    [ "$tool" = ferry ] && [ "$data" != - ] && shown="$shown (data $(secs "$data") s)"
                    if [ "$status" = ok ]; then
                        r=$(fmt_int "$(rate "$data_rows" "$wall")")
                        m=$(mbps "$data_bytes" "$wall")
                    fi
                fi
                [ "$rss" != - ] && [ "$rss" != 0 ] && mem="$((rss / 1024)) MB"
                echo "| ${tool//-/ } | $status | $shown | $r | $m | $mem | $note |"
            done < "$work/results.tsv"
            echo ""
            ratios "$pair"
        done
    } >> "$results_file"
}

ratios() {  # pair: prints the ratio lines
    local pair=$1 f_wall="" f_data="" pgl_best="" pgl_name="" c_wall=""
    while IFS=$'\t' read -r p tool status wall data rss note; do
        [ "$p" = "$pair" ] && [ "$status" = ok ] || continue
        case "$tool" in
            ferry) f_wall=$wall f_data=$data ;;
            pgloader-*)
                if [ -z "$pgl_best" ] || awk -v a="$wall" -v b="$pgl_best" 'BEGIN { exit !(a < b) }'; then
                    pgl_best=$wall pgl_name=$tool
                fi ;;
            ceiling) c_wall=$wall ;;
        esac
    done < "$work/results.tsv"
    if [ "$pair" = pg-mysql ]; then
        echo "- Ferry vs pgloader: no pgloader row (pgloader only loads into PostgreSQL)."
    elif [ -n "$f_wall" ] && [ -n "$pgl_best" ]; then
        echo "- Ferry vs pgloader best (${pgl_name//-/ }): speed-up $(awk -v a="$pgl_best" -v b="$f_wall" 'BEGIN { printf "%.2f", a / b }')x (pgloader time / Ferry time)."
    else
        echo "- Ferry vs pgloader: not computed (a run failed)."
    fi
    if [ -n "$f_data" ] && [ "$f_data" != - ] && [ -n "$c_wall" ]; then
        echo "- Ferry vs ceiling: $(awk -v a="$c_wall" -v b="$f_data" 'BEGIN { printf "%.0f", 100 * a / b }')% (ceiling time / Ferry data-phase time); with keys, indexes and foreign keys: $(awk -v a="$c_wall" -v b="$f_wall" 'BEGIN { printf "%.0f", 100 * a / b }')% of the ceiling."
    else
        echo "- Ferry vs ceiling: not computed (a run failed)."
    fi
}

src_of() { echo "${1%-*}"; }
dst_of() { case "${1#*-}" in pg) echo pg ;; mysql) echo mysql ;; esac; }
tuned_for() { case "$1" in mysql) echo "$tuned_mysql" ;; sqlite) echo "$tuned_sqlite" ;; pg) echo "$tuned_pgsql" ;; esac; }

mkdir -p "$work/logs" "$work/runs"
: > "$work/results.tsv"

# ---------------------------------------------------------------------------------------------
case "$mode" in
compare)
    need_my=0 need_pg=0
    for p in "${pair_list[@]}"; do
        [ "$(src_of "$p")" = mysql ] && need_my=1
        [ "$(src_of "$p")" = pg ] && need_pg=1
    done
    prepare_data "$rows" "$need_my" "$need_pg"
    for p in "${pair_list[@]}"; do
        src=$(src_of "$p") dst=$(dst_of "$p")
        run_ferry "$p" "$src" "$dst"
        if [ "$dst" = pg ]; then
            run_pgloader "$p" "$src" "$dst" default
            IFS=';' read -r -a candidates <<<"$(tuned_for "$src")"
            i=0
            for c in "${candidates[@]}"; do
                c=$(echo "$c" | sed 's/^ *//; s/ *$//')
                [ -n "$c" ] || continue
                i=$((i + 1))
                run_pgloader "$p" "$src" "$dst" "tuned-$i" "$c"
            done
        else
            record "$p" pgloader n/a - - - "pgloader only loads into PostgreSQL"
        fi
        run_ceiling "$p" "$dst"
    done
    write_compare_section
    echo "fullload: results appended to $results_file"
    ;;
linearity)
    sizes=($((rows / 4)) $((rows / 2)) "$rows")
    for n in "${sizes[@]}"; do
        prepare_data "$n" 1 0
        run_ferry "mysql-pg@$n" mysql pg
        sed -i "\$s/\$/\t$data_rows/" "$work/results.tsv"
    done
    {
        echo ""
        echo "### Full-load linearity, Ferry MySQL -> PostgreSQL ($(date -u +%Y-%m-%d), \`$command_line\`)"
        echo ""
        machine_lines
        echo ""
        echo "| tickets | rows (all tables) | result | wall time | data phase | µs per row (wall) | peak RSS |"
        echo "| --- | --- | --- | --- | --- | --- | --- |"
        while IFS=$'\t' read -r p tool status wall data rss note n_rows; do
            per=$(awk -v s="$wall" -v n="$n_rows" 'BEGIN { printf "%.2f", 1e6 * s / n }')
            echo "| $(fmt_int "${p#*@}") | $(fmt_int "$n_rows") | $status | $(secs "$wall") s | $( [ "$data" = - ] && echo - || echo "$(secs "$data") s") | $per | $((rss / 1024)) MB |"
        done < "$work/results.tsv"
        echo ""
        # Straight line through the N/4 and N points; the N/2 point checks it.
        awk -F'\t' '
            { n[NR] = $8; w[NR] = $4; d[NR] = $5; ok = ok && $3 == "ok" }
            BEGIN { ok = 1 }
            function fit(t, name,   b, a, p) {
                b = (t[3] - t[1]) / (n[3] - n[1]); a = t[3] - b * n[3]; p = a + b * n[2]
                printf "- %s: straight line through N/4 and N = %.2f s fixed + %.2f µs per row; at N/2 it predicts %.2f s, measured %.2f s (%+.1f%%).\n", name, a, 1e6 * b, p, t[2], 100 * (t[2] - p) / p
            }
            END {
                if (NR != 3 || !ok) { print "- Linear fit: not computed (a run failed)."; exit }
                fit(w, "Wall time")
                if (d[1] != "-" && d[2] != "-" && d[3] != "-") fit(d, "Data phase")
            }' "$work/results.tsv"
    } >> "$results_file"
    echo "fullload: results appended to $results_file"
    ;;
tune)
    [ $have_pgloader -eq 1 ] || fail "pgloader is not installed"
    need_my=0 need_pg=0
    for p in "${pair_list[@]}"; do
        [ "$(src_of "$p")" = mysql ] && need_my=1
        [ "$(src_of "$p")" = pg ] && need_pg=1
    done
    prepare_data "$rows" "$need_my" "$need_pg"
    common=("workers = 2, concurrency = 1"
            "workers = 2, concurrency = 2, batch rows = 50000"
            "workers = 4, concurrency = 1, batch rows = 50000"
            "workers = 4, concurrency = 2"
            "workers = 4, concurrency = 2, batch rows = 50000, prefetch rows = 100000"
            "workers = 8, concurrency = 2, batch rows = 50000, prefetch rows = 200000"
            "workers = 4, concurrency = 4, batch rows = 50000, prefetch rows = 100000")
    for p in "${pair_list[@]}"; do
        src=$(src_of "$p") dst=$(dst_of "$p")
        [ "$dst" = pg ] || continue
        run_pgloader "$p" "$src" pg default
        candidates=("${common[@]}")
        case "$src" in
            mysql) candidates+=("workers = 4, concurrency = 2, multiple readers per thread, rows per range = 50000, batch rows = 50000, prefetch rows = 100000"
                                "workers = 4, concurrency = 4, multiple readers per thread, rows per range = 50000, batch rows = 50000, prefetch rows = 100000") ;;
        esac
        i=0
        for c in "${candidates[@]}"; do i=$((i + 1)); run_pgloader "$p" "$src" pg "grid-$i" "$c"; done
    done
    echo ""
    echo "pgloader option grid ($(fmt_int "$rows") tickets):"
    while IFS=$'\t' read -r p tool status wall data rss note; do
        with=${note#*; }
        [ "$tool" = pgloader-default ] && with="default settings"
        printf '%-10s %-6s %8s s  %6s MB  %s\n' "$p" "$status" "$wall" "$((${rss/-/0} / 1024))" "$with"
    done < "$work/results.tsv"
    ;;
esac

if [ $any_failed -ne 0 ]; then
    echo "fullload: some runs FAILED (see the results)" >&2
    exit 1
fi
