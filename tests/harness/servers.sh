#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Starts and stops the real database servers the integration tests use: PostgreSQL 15 and
# MariaDB from their Debian binaries, in a temporary directory, on free loopback ports, as an
# unprivileged user (initdb and mariadbd refuse root), with TLS enabled on both, plus an ODBC
# configuration registering psqlODBC, MariaDB ODBC and SQLite ODBC with DSNs on them.
#
#   servers.sh start ENV_FILE   writes KEY=VALUE lines for the tests to ENV_FILE
#   servers.sh stop ENV_FILE    stops the servers and removes their directory
#   servers.sh restart-postgresql ENV_FILE
#                               restarts PostgreSQL (fast shutdown: every client is cut off),
#                               for tests of recovery from a server restart
#
# A watchdog stops the servers when the process that started them (ctest) goes away, so an
# interrupted run (Ctrl-C, kill) never leaves servers behind.
set -euo pipefail

action=${1:-}
env_file=${2:-}
[ -n "$action" ] && [ -n "$env_file" ] || { echo "usage: $0 start|stop ENV_FILE" >&2; exit 2; }

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
RUN_USER=ferry-test

log() { echo "servers: $*" >&2; }

as_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$RUN_USER" -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    log "no free port found"
    return 1
}

random_password() { head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20; }

stop_servers() {
    local dir=$1
    [ -d "$dir" ] || return 0
    if [ -f "$dir/watchdog.pid" ]; then
        kill "$(cat "$dir/watchdog.pid")" 2>/dev/null || true
    fi
    if [ -f "$dir/pg/postmaster.pid" ]; then
        as_user "$PG_BIN/pg_ctl" -D "$dir/pg" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    if [ -f "$dir/mariadb.pid" ]; then
        local pid
        pid=$(cat "$dir/mariadb.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -rf "$dir"
}

if [ "$action" = stop ]; then
    if [ -f "$env_file" ]; then
        dir=$(sed -n 's/^FERRY_TEST_SERVER_DIR=//p' "$env_file")
        stop_servers "$dir"
        rm -f "$env_file"
    fi
    log "stopped"
    exit 0
fi

if [ "$action" = restart-postgresql ]; then
    dir=$(sed -n 's/^FERRY_TEST_SERVER_DIR=//p' "$env_file")
    [ -d "$dir/pg" ] || { log "no PostgreSQL in $env_file"; exit 1; }
    as_user "$PG_BIN/pg_ctl" -D "$dir/pg" -l "$dir/postgresql.log" -m fast -w -t 60 restart >/dev/null
    log "PostgreSQL restarted"
    exit 0
fi

[ "$action" = start ] || { echo "usage: $0 start|stop|restart-postgresql ENV_FILE" >&2; exit 2; }

# A previous run that was killed hard may have left its servers: stop them first.
if [ -f "$env_file" ]; then
    "$0" stop "$env_file" || true
fi

if [ "$(id -u)" -eq 0 ] && ! id "$RUN_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_USER"
fi

dir=$(mktemp -d /tmp/ferry-servers.XXXXXX)
chmod 755 "$dir"
[ "$(id -u)" -eq 0 ] && chown "$RUN_USER" "$dir"
trap 'log "start failed; logs follow"; tail -n 30 "$dir"/*.log >&2 2>/dev/null; stop_servers "$dir"' ERR

# --- TLS material shared by both servers (self-signed CA + server certificate for 127.0.0.1)
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Ferry Test CA" \
    -keyout "$dir/ca.key" -out "$dir/ca.pem" >/dev/null 2>&1
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
    -keyout "$dir/server.key" -out "$dir/server.csr" >/dev/null 2>&1
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > "$dir/san.ext"
openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial \
    -days 2 -extfile "$dir/san.ext" -out "$dir/server.pem" >/dev/null 2>&1
# A second, unrelated CA: verifying the server against it must fail.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Ferry Wrong CA" \
    -keyout "$dir/wrong-ca.key" -out "$dir/wrong-ca.pem" >/dev/null 2>&1
chmod 600 "$dir/server.key"
[ "$(id -u)" -eq 0 ] && chown "$RUN_USER" "$dir"/server.key "$dir"/server.pem "$dir"/ca.pem
chmod 644 "$dir"/*.pem

# --- PostgreSQL
pg_port=$(free_port)
pg_admin_password=$(random_password)
pg_password=$(random_password)
printf '%s\n' "$pg_admin_password" > "$dir/pg.pw"
[ "$(id -u)" -eq 0 ] && chown "$RUN_USER" "$dir/pg.pw"
as_user "$PG_BIN/initdb" -D "$dir/pg" -U postgres --pwfile="$dir/pg.pw" -A scram-sha-256 \
    --auth-local=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
rm -f "$dir/pg.pw"
cat >> "$dir/pg/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $pg_port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 128MB
wal_level = logical
max_wal_senders = 10
max_replication_slots = 10
ssl = on
ssl_cert_file = '$dir/server.pem'
ssl_key_file = '$dir/server.key'
ssl_ca_file = '$dir/ca.pem'
CONF
as_user "$PG_BIN/pg_ctl" -D "$dir/pg" -l "$dir/postgresql.log" -w -t 60 start >/dev/null
psql_admin() { as_user "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$pg_port" -U postgres -d postgres "$@"; }
psql_admin -c "CREATE ROLE ferry LOGIN CREATEDB CREATEROLE PASSWORD '$pg_password'" \
    -c "CREATE DATABASE ferry_test OWNER ferry"

# --- MariaDB
my_port=$(free_port)
my_admin_password=$(random_password)
my_password=$(random_password)
mkdir -p "$dir/my"
[ "$(id -u)" -eq 0 ] && chown "$RUN_USER" "$dir/my"
as_user mariadb-install-db --no-defaults --datadir="$dir/my" --auth-root-authentication-method=socket \
    --auth-root-socket-user="$(as_user id -un)" --skip-test-db >"$dir/mariadb-install.log" 2>&1
as_user mariadbd --no-defaults --datadir="$dir/my" --socket="$dir/mariadb.sock" \
    --port="$my_port" --bind-address=127.0.0.1 --pid-file="$dir/mariadb.pid" \
    --log-error="$dir/mariadb.log" --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 \
    --innodb-buffer-pool-size=256M --skip-name-resolve --local-infile=1 \
    --log-bin="$dir/my/binlog" --binlog-format=ROW --server-id=1 \
    --ssl-ca="$dir/ca.pem" --ssl-cert="$dir/server.pem" --ssl-key="$dir/server.key" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    </dev/null >>"$dir/mariadb.log" 2>&1 &
for _ in $(seq 1 300); do
    [ -S "$dir/mariadb.sock" ] && as_user mariadb-admin --no-defaults --socket="$dir/mariadb.sock" -u"$(as_user id -un)" ping >/dev/null 2>&1 && break
    sleep 0.1
done
as_user mariadb --no-defaults --socket="$dir/mariadb.sock" -u"$(as_user id -un)" <<SQL
CREATE USER 'root'@'127.0.0.1' IDENTIFIED BY '$my_admin_password';
GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
CREATE DATABASE ferry_test CHARACTER SET utf8mb4;
CREATE USER 'ferry'@'%' IDENTIFIED BY '$my_password';
GRANT ALL PRIVILEGES ON *.* TO 'ferry'@'%' WITH GRANT OPTION;
FLUSH PRIVILEGES;
SQL

# --- ODBC: a private driver manager configuration (never the system's /etc/odbc*.ini)
odbc_dir="$dir/odbc"
mkdir -p "$odbc_dir"
lib=/usr/lib/x86_64-linux-gnu/odbc
[ -d "$lib" ] || lib=$(dirname "$(find /usr/lib -name libsqlite3odbc.so | head -n1)")
cat > "$odbc_dir/odbcinst.ini" <<INI
[PostgreSQL Unicode]
Description = psqlODBC
Driver = $lib/psqlodbcw.so

[MariaDB Unicode]
Description = MariaDB Connector/ODBC
Driver = $lib/libmaodbc.so

[SQLite3]
Description = SQLite ODBC
Driver = $lib/libsqlite3odbc.so
INI
cat > "$odbc_dir/odbc.ini" <<INI
[ferry_pg]
Driver = PostgreSQL Unicode
Servername = 127.0.0.1
Port = $pg_port
Database = ferry_test
Username = ferry
SSLmode = disable

[ferry_mariadb]
Driver = MariaDB Unicode
Server = 127.0.0.1
Port = $my_port
Database = ferry_test
User = ferry

[ferry_sqlite]
Driver = SQLite3
Database = $odbc_dir/ferry_odbc.sqlite
INI
chmod -R a+rwX "$odbc_dir"

cat > "$env_file" <<ENV
FERRY_TEST_SERVER_DIR=$dir
FERRY_TEST_PG_HOST=127.0.0.1
FERRY_TEST_PG_PORT=$pg_port
FERRY_TEST_PG_USER=ferry
FERRY_TEST_PG_PASSWORD=$pg_password
FERRY_TEST_PG_DATABASE=ferry_test
FERRY_TEST_PG_ADMIN_USER=postgres
FERRY_TEST_PG_ADMIN_PASSWORD=$pg_admin_password
FERRY_TEST_MY_HOST=127.0.0.1
FERRY_TEST_MY_PORT=$my_port
FERRY_TEST_MY_USER=ferry
FERRY_TEST_MY_PASSWORD=$my_password
FERRY_TEST_MY_DATABASE=ferry_test
FERRY_TEST_MY_ADMIN_USER=root
FERRY_TEST_MY_ADMIN_PASSWORD=$my_admin_password
FERRY_TEST_MY_SOCKET=$dir/mariadb.sock
FERRY_TEST_TLS_CA=$dir/ca.pem
FERRY_TEST_TLS_WRONG_CA=$dir/wrong-ca.pem
ODBCSYSINI=$odbc_dir
ODBCINI=$odbc_dir/odbc.ini
FERRY_TEST_ODBC_SQLITE_FILE=$odbc_dir/ferry_odbc.sqlite
ENV
chmod 600 "$env_file"
trap - ERR

# Watchdog: stop everything when the starting process (ctest or test.sh) is gone.
watch_pid=${FERRY_SERVERS_WATCH_PID:-$PPID}
(
    trap '' HUP
    while kill -0 "$watch_pid" 2>/dev/null; do sleep 2; done
    [ -f "$env_file" ] && "$0" stop "$env_file" >/dev/null 2>&1
) </dev/null >/dev/null 2>&1 &
echo $! > "$dir/watchdog.pid"
disown || true

log "PostgreSQL on 127.0.0.1:$pg_port, MariaDB on 127.0.0.1:$my_port, data in $dir"
