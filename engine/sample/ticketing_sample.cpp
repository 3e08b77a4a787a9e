// SPDX-License-Identifier: MIT
#include "engine/sample/ticketing_sample.h"

#include "engine/core/tr.h"

#include <QDir>
#include <QStandardPaths>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace ferry::sample {

namespace {

// The schema; the data statements below fill it. Kept in one place so the sample, the demo and
// the benchmarks agree.
constexpr const char *Schema = R"sql(
PRAGMA foreign_keys = ON;
CREATE TABLE sample_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sport (
    sport_id INTEGER PRIMARY KEY,
    name VARCHAR(40) NOT NULL UNIQUE
);
CREATE TABLE venue (
    venue_id INTEGER PRIMARY KEY,
    name VARCHAR(80) NOT NULL,
    city VARCHAR(60) NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity > 0)
);
CREATE TABLE team (
    team_id INTEGER PRIMARY KEY,
    sport_id INTEGER NOT NULL REFERENCES sport(sport_id),
    home_venue_id INTEGER REFERENCES venue(venue_id) ON DELETE SET NULL,
    name VARCHAR(80) NOT NULL,
    founded DATE
);
CREATE TABLE event (
    event_id INTEGER PRIMARY KEY,
    home_team_id INTEGER NOT NULL REFERENCES team(team_id),
    away_team_id INTEGER NOT NULL REFERENCES team(team_id),
    venue_id INTEGER NOT NULL REFERENCES venue(venue_id),
    starts_at DATETIME NOT NULL,
    base_price DECIMAL(8,2) NOT NULL
);
CREATE TABLE customer (
    customer_id INTEGER PRIMARY KEY AUTOINCREMENT,
    email VARCHAR(120) NOT NULL UNIQUE,
    full_name VARCHAR(120) NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE ticket (
    ticket_id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES event(event_id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customer(customer_id),
    seat_section VARCHAR(4) NOT NULL,
    seat_row INTEGER NOT NULL,
    seat_number INTEGER NOT NULL,
    price DECIMAL(8,2) NOT NULL,
    sold_at DATETIME NOT NULL,
    scanned BOOLEAN NOT NULL DEFAULT 0,
    UNIQUE (event_id, seat_section, seat_row, seat_number)
);
CREATE INDEX ticket_customer ON ticket(customer_id);
CREATE VIEW event_revenue AS
    SELECT e.event_id, e.starts_at, count(t.ticket_id) AS tickets, sum(t.price) AS revenue
    FROM event e LEFT JOIN ticket t ON t.event_id = e.event_id GROUP BY e.event_id;
INSERT INTO sport(sport_id, name) VALUES (1, 'Football'), (2, 'Basketball'), (3, 'Ice hockey'),
    (4, 'Baseball');
)sql";

// Parameters: ?1 tickets, ?2 events, ?3 customers, ?4 teams, ?5 venues. Every ticket of an
// event gets a distinct (section, row, seat): seats are numbered by the ticket's rank within its
// event (tickets / events <= 20 sections x 30 rows x 50 seats).
constexpr const char *Data[] = {
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?5) "
    "INSERT INTO venue SELECT i, 'Arena ' || i, 'City ' || (i % 17), 5000 + (i * 7919) % 60000 "
    "FROM n",
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?4) "
    "INSERT INTO team SELECT i, 1 + i % 4, 1 + i % ?5, 'Team ' || i, "
    "date('1900-01-01', '+' || ((i * 3571) % 40000) || ' days') FROM n",
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2) "
    "INSERT INTO event SELECT i, 1 + i % ?4, 1 + (i * 7 + 3) % ?4, 1 + i % ?5, "
    "datetime('2026-01-01 18:00:00', '+' || (i % 365) || ' days', '+' || (i % 4 * 15) || "
    "' minutes'), 20 + (i * 37) % 180 + 0.5 * (i % 2) FROM n",
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?3) "
    "INSERT INTO customer(customer_id, email, full_name, created_at) "
    "SELECT i, 'fan' || i || '@example.com', "
    "CASE i % 5 WHEN 0 THEN 'Zoë Ångström ' WHEN 1 THEN 'José Núñez ' WHEN 2 THEN '山田 太郎 ' "
    "WHEN 3 THEN 'Fan O''Brien ' ELSE 'Fan Number ' END || i, "
    "datetime('2024-01-01', '+' || (i % 700) || ' days', '+' || (i % 86400) || ' seconds') "
    "FROM n",
    "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?1) "
    "INSERT INTO ticket SELECT i + 1, 1 + i % ?2, 1 + (i * 7919) % ?3, "
    "char(65 + (i / ?2) / 1500), 1 + ((i / ?2) / 50) % 30, 1 + (i / ?2) % 50, "
    "20 + (i * 37) % 180 + 0.99, "
    "datetime('2025-06-01', '+' || (i % 200) || ' days', '+' || (i * 13 % 86400) || ' seconds'), "
    "i % 3 = 0 FROM n",
};

Error sqliteError(sqlite3 *db, const std::string &path)
{
    Error error{ErrorCode::Io, ErrorAction::FailTask,
                EngineTr::tr("Could not write the sample database.").toStdString()};
    error.detail = db ? sqlite3_errmsg(db) : "out of memory";
    error.location = path;
    error.hint = EngineTr::tr("Check that the directory exists, is writable and has free space.")
                     .toStdString();
    return error;
}

} // namespace

Result<void> generateTicketingSample(const std::string &path, int64_t tickets)
{
    tickets = std::max<int64_t>(tickets, 100);
    // Keep seats unique: at most 20 x 30 x 50 = 30,000 tickets per event.
    const int64_t events = std::max<int64_t>(100, (tickets + 499) / 500);
    const int64_t customers = std::max<int64_t>(100, tickets / 10);
    const int64_t teams = 80;
    const int64_t venues = 40;

    const std::string temporary = path + ".partial";
    std::remove(temporary.c_str());
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(temporary.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr)
        != SQLITE_OK) {
        Error error = sqliteError(db, path);
        sqlite3_close(db);
        return error;
    }
    auto fail = [&]() -> Result<void> {
        Error error = sqliteError(db, path);
        sqlite3_close(db);
        std::remove(temporary.c_str());
        return error;
    };
    if (sqlite3_exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                     "PRAGMA cache_size = -262144; BEGIN;", nullptr,
                     nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_exec(db, Schema, nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail();
    for (const char *sql : Data) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return fail();
        const int64_t values[] = {tickets, events, customers, teams, venues};
        const int parameters = sqlite3_bind_parameter_count(statement);
        for (int i = 1; i <= parameters; ++i) {
            const char *name = sqlite3_bind_parameter_name(statement, i);
            const int which = name ? std::atoi(name + 1) : i;
            sqlite3_bind_int64(statement, i, values[which - 1]);
        }
        const int rc = sqlite3_step(statement);
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return fail();
    }
    sqlite3_stmt *info = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT INTO sample_info VALUES ('tickets', ?)", -1, &info,
                           nullptr)
        != SQLITE_OK)
        return fail();
    const std::string count = std::to_string(tickets);
    sqlite3_bind_text(info, 1, count.c_str(), -1, SQLITE_TRANSIENT);
    const int rc = sqlite3_step(info);
    sqlite3_finalize(info);
    if (rc != SQLITE_DONE || sqlite3_exec(db, "COMMIT; ANALYZE;", nullptr, nullptr, nullptr)
                                 != SQLITE_OK)
        return fail();
    sqlite3_close(db);
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        Error error{ErrorCode::Io, ErrorAction::FailTask,
                    EngineTr::tr("Could not move the sample database into place.").toStdString()};
        error.location = path;
        return error;
    }
    return {};
}

DemoFiles demoFiles(int64_t tickets, const std::string &dataDirectory)
{
    QString base = QString::fromStdString(dataDirectory);
    if (base.isEmpty()) {
        base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        if (base.isEmpty())
            base = QDir::homePath() + QStringLiteral("/.local/share");
        base += QStringLiteral("/Ferry");
    }
    QDir().mkpath(base + QStringLiteral("/sample"));
    QDir().mkpath(base + QStringLiteral("/demo"));
    DemoFiles files;
    files.sample = (base + QStringLiteral("/sample/ticketing-%1.db").arg(tickets)).toStdString();
    files.copy = (base + QStringLiteral("/demo/ticketing-copy.db")).toStdString();
    files.project = (base + QStringLiteral("/demo/ticketing-sample.ferry.yaml")).toStdString();
    return files;
}

project::Project sampleProject(const DemoFiles &files)
{
    project::Project result;
    result.name = "ticketing-sample";
    result.description = EngineTr::tr("Ferry's embedded sports-ticketing sample (SQLite) "
                                      "copied into a new SQLite database.")
                             .toStdString();
    project::Endpoint source;
    source.name = "ticketing-sample";
    source.engine = Dialect::Sqlite;
    source.path = files.sample;
    project::Endpoint target;
    target.name = "ticketing-copy";
    target.engine = Dialect::Sqlite;
    target.path = files.copy;
    result.endpoints = {source, target};
    project::Task task;
    task.name = "sample";
    task.source = source.name;
    task.target = target.name;
    result.tasks.push_back(task);
    return result;
}

task::TaskRequest demoTaskRequest(const DemoFiles &files, const std::string &taskName)
{
    task::TaskRequest request;
    request.name = taskName;
    request.source.dialect = Dialect::Sqlite;
    request.source.path = files.sample;
    request.target.dialect = Dialect::Sqlite;
    request.target.path = files.copy;
    return request;
}

int64_t sampleTicketCount(const std::string &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return 0;
    }
    int64_t count = 0;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT value FROM sample_info WHERE key = 'tickets'", -1,
                           &statement, nullptr)
        == SQLITE_OK) {
        if (sqlite3_step(statement) == SQLITE_ROW)
            count = sqlite3_column_int64(statement, 0);
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return count;
}

} // namespace ferry::sample
