#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Memory with large LOBs (issue #11): Ferry's peak RSS when it moves rows holding one large
# LONGBLOB each, MariaDB -> PostgreSQL, in full LOB mode (the default: every value whole), for
# several value sizes, on a fresh pair of harness servers.
#
#   bench/lob_memory.sh [--sizes 1,5,20] [--rows 50] [--settings FILE] [--results FILE]
#
# For each size S (MB) a table of ROWS rows (id, payload LONGBLOB of S MB, note VARCHAR) is
# filled on MariaDB (REPEAT of 1 KB of RANDOM_BYTES, so values differ per row), then copied by
# `ferry migrate` with default settings into a new PostgreSQL database under
# /usr/bin/time -v (--settings: a DMS task-settings file given to it, e.g. to measure another
# build that needs TargetMetadata.FullLobMode to keep values whole). Each run is verified with the engines' own SQL: row count, total bytes and
# an MD5 over the per-row MD5s on both sides. The result table (peak RSS against the largest
# value) is appended to bench/RESULTS.md (or --results FILE).
#
# Environment: FERRY_BIN (default build/bin/ferry); FERRY_BENCH_TIMEOUT per run (seconds,
# default 1800). Connections are plain TCP on loopback; passwords come from the environment.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
    sed -n '7,7p' "$0" | sed 's/^#   //' >&2
    exit 2
}

sizes=1,5,20
rows=50
results_file=bench/RESULTS.md
settings_file=
command_line=$(echo "bench/lob_memory.sh $*" | sed 's/ *$//')
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) [ $# -ge 2 ] || usage; sizes=$2; shift 2 ;;
        --rows) [ $# -ge 2 ] || usage; rows=$2; shift 2 ;;
        --results) [ $# -ge 2 ] || usage; results_file=$2; shift 2 ;;
        --settings) [ $# -ge 2 ] || usage; settings_file=$(realpath "$2"); shift 2 ;;
        -h|--help) usage ;;
        *) echo "lob_memory: unknown argument '$1'" >&2; usage ;;
    esac
done
[[ "$rows" =~ ^[0-9]+$ ]] && [ "$rows" -ge 1 ] || { echo "lob_memory: --rows needs a number" >&2; exit 2; }
IFS=, read -r -a size_list <<<"$sizes"
for size in "${size_list[@]}"; do
    [[ "$size" =~ ^[0-9]+$ ]] && [ "$size" -ge 1 ] && [ "$size" -le 500 ] \
        || { echo "lob_memory: sizes are whole MB from 1 to 500, not '$size'" >&2; exit 2; }
done

ferry=${FERRY_BIN:-build/bin/ferry}
ferry_shown=$ferry
run_timeout=${FERRY_BENCH_TIMEOUT:-1800}
[ -x "$ferry" ] || { echo "lob_memory: $ferry is not built (cmake --preset release && cmake --build --preset release, or set FERRY_BIN)" >&2; exit 1; }
ferry=$(cd "$(dirname "$ferry")" && pwd)/$(basename "$ferry")
for tool in psql mariadb awk; do
    command -v "$tool" >/dev/null || { echo "lob_memory: $tool is missing (scripts/install-deps.sh build test)" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "lob_memory: /usr/bin/time is missing (scripts/install-deps.sh bench)" >&2; exit 1; }

work=$(mktemp -d /tmp/ferry-bench-lob.XXXXXX)
env_file=$work/servers.env
cleanup() {
    local rc=$?
    [ -f "$env_file" ] && tests/harness/servers.sh stop "$env_file" >/dev/null 2>&1 || true
    rm -rf "$work"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM
chmod 755 "$work"

echo "lob_memory: starting servers..."
FERRY_SERVERS_WATCH_PID=$$ tests/harness/servers.sh start "$env_file"
set -a
# shellcheck disable=SC1090
. "$env_file"
set +a
export PGSSLMODE=disable
pg_port=$FERRY_TEST_PG_PORT
my_port=$FERRY_TEST_MY_PORT

pgq() {  # DB SQL
    PGPASSWORD=$FERRY_TEST_PG_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" \
        -U ferry -d "$1" -A -t -F '|' -c "$2"
}
myq() {  # USER SQL
    local password=$FERRY_TEST_MY_PASSWORD
    [ "$1" = root ] && password=$FERRY_TEST_MY_ADMIN_PASSWORD
    MYSQL_PWD=$password mariadb --no-defaults --skip-ssl -h 127.0.0.1 -P "$my_port" -u "$1" \
        -N -B -e "$2"
}

# Values up to 500 MB: the server must accept them (in the INSERT and in REPEAT's result).
myq root "SET GLOBAL max_allowed_packet = 1073741824"
myq ferry "CREATE DATABASE bench_src CHARACTER SET utf8mb4"

results=()
any_failed=0
for size in "${size_list[@]}"; do
    table=lob_${size}mb
    echo "lob_memory: $rows rows of $size MB..." >&2
    myq ferry "CREATE TABLE bench_src.$table (id INT PRIMARY KEY, payload LONGBLOB,
               note VARCHAR(40)) ENGINE=InnoDB"
    for ((i = 1; i <= rows; i++)); do
        myq ferry "INSERT INTO bench_src.$table VALUES ($i,
                   REPEAT(RANDOM_BYTES(1024), $size * 1024), 'row $i')"
    done
    source_check=$(myq ferry "SELECT CONCAT_WS(' ', COUNT(*), SUM(LENGTH(payload)),
        MD5(GROUP_CONCAT(MD5(payload) ORDER BY id SEPARATOR ''))) FROM bench_src.$table")
    pgq postgres "DROP DATABASE IF EXISTS bench_dst" >/dev/null 2>&1 || true
    PGPASSWORD=$FERRY_TEST_PG_PASSWORD psql -X -q -h 127.0.0.1 -p "$pg_port" -U ferry -d postgres \
        -c "CREATE DATABASE bench_dst" >/dev/null
    log=$work/ferry-$size.log
    rc=0
    start=$(date +%s.%N)
    FERRY_SOURCE_PASSWORD=$FERRY_TEST_MY_PASSWORD FERRY_TARGET_PASSWORD=$FERRY_TEST_PG_PASSWORD \
        /usr/bin/time -v -o "$work/time.txt" timeout -k 10 "$run_timeout" "$ferry" migrate \
        "mysql://ferry@127.0.0.1:$my_port/bench_src?ssl-mode=DISABLED" \
        "postgresql://ferry@127.0.0.1:$pg_port/bench_dst?sslmode=disable" \
        --include "bench_src.$table" --task-name "lob$size" --run-dir "$work/run-$size" \
        ${settings_file:+--settings "$settings_file"} \
        >"$log" 2>&1 || rc=$?
    end=$(date +%s.%N)
    wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
    rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt" 2>/dev/null)
    rss_mb=$(awk -v k="${rss_kb:-0}" 'BEGIN { printf "%.0f", k / 1024 }')
    target_check=$(pgq bench_dst "SELECT concat_ws(' ', count(*), sum(octet_length(payload)),
        md5(string_agg(md5(payload), '' ORDER BY id))) FROM bench_src.$table" 2>/dev/null || echo missing)
    status=ok
    if [ "$rc" -ne 0 ]; then
        status="FAILED (exit $rc)"
        any_failed=1
        tail -n 15 "$log" >&2
    elif [ "$source_check" != "$target_check" ]; then
        status="FAILED (source $source_check, target $target_check)"
        any_failed=1
    fi
    ratio=$(awk -v r="$rss_mb" -v s="$size" 'BEGIN { printf "%.1f", r / s }')
    echo "lob_memory: $size MB x $rows: $status, $wall s, peak RSS $rss_mb MB" >&2
    results+=("| $size MB | $rows | $((size * rows)) MB | $status | $wall s | $rss_mb MB | ${ratio}x |")
    myq ferry "DROP TABLE bench_src.$table"
done

pgv=$(pgq postgres "SHOW server_version" 2>/dev/null || echo unknown)
myv=$(myq ferry "SELECT VERSION()" 2>/dev/null || echo unknown)
{
    echo ""
    echo "### LOB memory, MariaDB -> PostgreSQL ($(date -u +%Y-%m-%d), \`$command_line\`)"
    echo ""
    echo "- Machine: $(nproc) cores, $(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), Debian $(cat /etc/debian_version 2>/dev/null || echo unknown)."
    echo "- Servers: PostgreSQL $pgv and MariaDB $myv, fresh harness pair, loopback, TLS off;"
    echo "  MariaDB max_allowed_packet 1 GB."
    echo "- Data: one table per size: id, a LONGBLOB of that size in every row, a short VARCHAR."
    settings_note="default settings (full LOB mode, StreamBufferCount 3, StreamBufferSizeInMB 8)"
    [ -z "$settings_file" ] || settings_note="--settings \`$(tr -s ' \n' ' ' <"$settings_file")\`"
    echo "- Ferry $("$ferry" --version 2>/dev/null | awk '{ print $2 }') ($ferry_shown):"
    echo "  \`ferry migrate SOURCE TARGET --include bench_src.TABLE\` with $settings_note."
    echo "  Verified: row count, total bytes and MD5 of the per-row MD5s by SQL on both sides."
    echo "  Peak RSS: \`/usr/bin/time -v\` maximum resident set size of the whole ferry process."
    echo ""
    echo "| largest value | rows | data | result | wall time | peak RSS | RSS / value |"
    echo "| --- | --- | --- | --- | --- | --- | --- |"
    printf '%s\n' "${results[@]}"
} | tee -a "$results_file"
exit $any_failed
