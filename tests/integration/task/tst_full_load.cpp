// SPDX-License-Identifier: MIT
// The full-load runner end to end on real servers: every source/target pair, values across
// engines, control tables, statistics, bad rows into the exceptions table, and a task killed
// with SIGKILL and resumed without loss or duplicates. What Ferry wrote is checked with plain
// SQL written here, sent through each engine's own client library (tests/support/plain_sql.h),
// never through Ferry's catalog readers, table readers or sessions.
#include "engine/connectors/connector.h"
#include "engine/load/load_session.h"
#include "engine/project/dms_json.h"
#include "engine/sample/ticketing_sample.h"
#include "engine/task/control_tables.h"
#include "engine/task/task_clock.h"
#include "engine/task/task_runner.h"
#include "tests/integration/task/migrate_support.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cerrno>
#include <mutex>
#include <charconv>
#include <cmath>
#include <csignal>
#include <mutex>
#include <functional>
#include <set>
#include <thread>

using namespace ferry;
using namespace ferry::test;

namespace {

std::string q8(const QString &text) { return text.toStdString(); }

using test::sqliteSpec;

ConnectionSpec specFor(const QString &engine, const QString &sqlitePath = {})
{
    if (engine == QLatin1String("postgresql"))
        return test::postgresSpec();
    if (engine == QLatin1String("mysql"))
        return test::mysqlSpec();
    if (engine == QLatin1String("odbc")) {
        ConnectionSpec spec;
        spec.dialect = Dialect::Odbc;
        spec.dsn = "ferry_pg";
        spec.password = Secret(test::env("FERRY_TEST_PG_PASSWORD"));
        return spec;
    }
    return sqliteSpec(sqlitePath);
}

/// How the test compares a column's values across engines. Chosen here, by hand, for every
/// column the test knows, never taken from Ferry's catalog.
enum class Kind { Integer, Decimal, Float, Boolean, Text, Binary, Bits, Date, Timestamp, Time };

struct ValueColumn
{
    std::string name;
    Kind kind = Kind::Text;
    /// Kind::Bits: the width of MySQL's BIT (a number there), for the leading zeros.
    /// Kind::Decimal: the scale, for values SQLite holds as REAL.
    int width = 0;
};

/// A table the test compares column by column, in key order (the first column).
struct TableCheck
{
    std::string name;
    std::vector<ValueColumn> columns;
};

/// A SELECT-list expression that makes the server print a column so that equal values of two
/// engines print alike (or alike after normalize()). `bitType`: the column is MySQL's BIT.
std::string rendered(Dialect dialect, const ValueColumn &column, bool bitType)
{
    const std::string name = quoteIdentifier(dialect, column.name);
    switch (column.kind) {
    case Kind::Binary: // SQLite's hex(NULL) is ''
        if (dialect == Dialect::Sqlite)
            return "CASE WHEN " + name + " IS NULL THEN NULL ELSE lower(hex(" + name + ")) END";
        return dialect == Dialect::PostgreSql ? "encode(" + name + ", 'hex')"
                                              : "lower(hex(" + name + "))";
    case Kind::Boolean: // PostgreSQL prints t/f
        return dialect == Dialect::PostgreSql ? name + "::int" : name;
    case Kind::Decimal: // PostgreSQL's money prints with a currency sign
        return dialect == Dialect::PostgreSql ? name + "::numeric" : name;
    case Kind::Bits: // MySQL's BIT is a number; PostgreSQL's bit types print as 0s and 1s
        if (bitType)
            return "LPAD(BIN(" + name + "), " + std::to_string(column.width) + ", '0')";
        return dialect == Dialect::PostgreSql ? name + "::text" : name;
    default:
        return name;
    }
}

/// Normalizes a value as a server printed it, for comparison across engines: numbers by value
/// (a decimal "21" from SQLite equals "21.00" from numeric(8,2); a double SQLite holds in a
/// decimal column is its exact decimal expansion at the column's scale), booleans as
/// true/false, timestamps without a zero fraction or the UTC offset of the test's sessions.
std::optional<std::string> normalize(const ValueColumn &column,
                                     const std::optional<std::string> &value)
{
    if (!value)
        return value;
    const Kind kind = column.kind;
    std::string text = *value;
    if (kind == Kind::Decimal && text.find_first_of("eE") != std::string::npos) {
        char buffer[512];
        const int length = std::snprintf(buffer, sizeof buffer, "%.*f", column.width,
                                         std::strtod(text.c_str(), nullptr));
        if (length > 0 && size_t(length) < sizeof buffer)
            text.assign(buffer, size_t(length));
    }
    if (kind == Kind::Boolean) {
        if (text == "1")
            return std::string("true");
        if (text == "0")
            return std::string("false");
    }
    if (kind == Kind::Timestamp && text.size() > 3 && text.compare(text.size() - 3, 3, "+00") == 0)
        text.resize(text.size() - 3); // PostgreSQL's timestamptz in the UTC session
    if (kind == Kind::Timestamp || kind == Kind::Time) {
        // "18:15:00.000000" (MySQL datetime(6)) and "18:15:00" (PostgreSQL) are one value.
        const auto dot = text.rfind('.');
        if (dot != std::string::npos
            && text.find_first_not_of("0123456789", dot + 1) == std::string::npos) {
            while (text.size() > dot + 1 && text.back() == '0')
                text.pop_back();
            if (text.size() == dot + 1)
                text.pop_back();
        }
    }
    if (kind == Kind::Decimal || kind == Kind::Float) {
        if (text.find('.') != std::string::npos && text.find('e') == std::string::npos
            && text.find('E') == std::string::npos) {
            while (!text.empty() && text.back() == '0')
                text.pop_back();
            if (!text.empty() && text.back() == '.')
                text.pop_back();
        }
        if (kind == Kind::Float) {
            char *end = nullptr;
            const double number = std::strtod(text.c_str(), &end);
            if (end && *end == '\0' && std::isfinite(number)) {
                char buffer[64];
                auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
                text.assign(buffer, result.ptr);
            }
        }
    }
    return text;
}

constexpr char CellSeparator = '\x1f';
constexpr char NullCell = '\x1e';

/// Every row of a table as its server prints it (plain SQL through the engine's own client),
/// normalized, one string per row in key order; std::nullopt (with a warning) on failure.
std::optional<std::vector<std::string>> tableText(PlainSql &connection, const std::string &schema,
                                                  const TableCheck &table)
{
    const Dialect dialect = connection.dialect();
    std::string sql = "SELECT ";
    for (size_t i = 0; i < table.columns.size(); ++i) {
        const ValueColumn &column = table.columns[i];
        // Bit strings may be text on MySQL (PostgreSQL's bit varying is): ask its catalog.
        const bool bitType = dialect == Dialect::MySql && column.kind == Kind::Bits
            && single(connection,
                      "SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? "
                      "AND TABLE_NAME = ? AND COLUMN_NAME = ?",
                      {schema, table.name, column.name})
                == "bit";
        sql += (i ? ", " : "") + rendered(dialect, column, bitType);
    }
    sql += " FROM " + quoteQualified(dialect, schema, table.name) + " ORDER BY "
        + quoteIdentifier(dialect, table.columns.at(0).name);
    std::vector<std::string> rows;
    const bool read = connection.forEachRow(sql, {}, [&](const SqlRow &row) {
        std::string text;
        for (size_t i = 0; i < row.size(); ++i) {
            if (i)
                text += CellSeparator;
            const auto value = normalize(table.columns[i], row[i]);
            if (value)
                text += *value;
            else
                text += NullCell;
        }
        rows.push_back(std::move(text));
    });
    if (!read) {
        qWarning("%s: %s", sql.c_str(), connection.lastError().c_str());
        return std::nullopt;
    }
    return rows;
}

/// The cells of a row in the form tableText() gives.
SqlRow cellsOfRow(const std::string &row)
{
    SqlRow cells;
    size_t start = 0;
    for (;;) {
        const size_t end = std::min(row.find(CellSeparator, start), row.size());
        const std::string cell = row.substr(start, end - start);
        if (cell.size() == 1 && cell[0] == NullCell)
            cells.emplace_back(std::nullopt);
        else
            cells.emplace_back(cell);
        if (end == row.size())
            return cells;
        start = end + 1;
    }
}

QString describeCell(const std::optional<std::string> &cell)
{
    if (!cell)
        return QStringLiteral("NULL");
    const QString text = QString::fromUtf8(*cell);
    return QLatin1Char('"') + (text.size() > 100 ? text.left(100) + QStringLiteral("...") : text)
        + QStringLiteral("\" (%1 bytes)").arg(cell->size());
}

/// Which cells of two rows differ, with both values (long ones cut).
QString describeDifference(const std::string &expected, const std::string &actual)
{
    const SqlRow left = cellsOfRow(expected);
    const SqlRow right = cellsOfRow(actual);
    QString text;
    for (size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
        const auto a = i < left.size() ? left[i] : std::optional<std::string>("<missing>");
        const auto b = i < right.size() ? right[i] : std::optional<std::string>("<missing>");
        if (a != b)
            text += QStringLiteral("\n  cell %1: expected %2\n          actual   %3")
                        .arg(i)
                        .arg(describeCell(a), describeCell(b));
    }
    return text;
}

/// Compares two tables row by row; on a difference names the first differing row and cells.
bool sameRows(const std::vector<std::string> &expected, const std::vector<std::string> &actual,
              QString *why)
{
    if (expected.size() != actual.size()) {
        *why = QStringLiteral("row counts differ: %1 expected, %2 found")
                   .arg(expected.size())
                   .arg(actual.size());
        return false;
    }
    for (size_t i = 0; i < expected.size(); ++i) {
        if (expected[i] != actual[i]) {
            *why = QStringLiteral("row %1 (key %2) differs:%3")
                       .arg(i)
                       .arg(describeCell(cellsOfRow(expected[i]).at(0)),
                            describeDifference(expected[i], actual[i]));
            return false;
        }
    }
    return true;
}

/// Hand-written rows in the form tableText() gives.
std::vector<std::string> textRows(const Rows &rows)
{
    std::vector<std::string> result;
    for (const SqlRow &row : rows) {
        std::string text;
        for (size_t i = 0; i < row.size(); ++i) {
            if (i)
                text += CellSeparator;
            if (row[i])
                text += *row[i];
            else
                text += NullCell;
        }
        result.push_back(std::move(text));
    }
    return result;
}

/// The cells of rows in the form tableText() gives.
Rows cellsOf(const std::vector<std::string> &rows)
{
    Rows result;
    for (const std::string &row : rows)
        result.push_back(cellsOfRow(row));
    return result;
}

/// The column names of a table in order, from information_schema or PRAGMA table_info.
std::vector<std::string> columnNames(PlainSql &connection, const std::string &schema,
                                     const std::string &table)
{
    const std::string sql = connection.dialect() == Dialect::Sqlite
        ? "SELECT name FROM pragma_table_info(?) ORDER BY cid"
        : "SELECT column_name FROM information_schema.columns WHERE table_schema = ? "
          "AND table_name = ? ORDER BY ordinal_position";
    const SqlRow parameters
        = connection.dialect() == Dialect::Sqlite ? SqlRow {table} : SqlRow {schema, table};
    std::vector<std::string> names;
    for (const SqlRow &row : query(connection, sql, parameters))
        names.push_back(row.at(0).value_or("NULL"));
    return names;
}

std::vector<std::string> namesOf(const TableCheck &table)
{
    std::vector<std::string> names;
    for (const ValueColumn &column : table.columns)
        names.push_back(column.name);
    return names;
}

/// The same rows on both sides, read with plain SQL: every column of the source table is in
/// the check (so none is left out of the comparison), the target has the same columns, and
/// every value is equal.
void compareTables(PlainSql &source, const std::string &sourceSchema, PlainSql &target,
                   const std::string &targetSchema, const TableCheck &table)
{
    const QString name = QString::fromStdString(table.name);
    QCOMPARE(columnNames(source, sourceSchema, table.name), namesOf(table));
    QCOMPARE(columnNames(target, targetSchema, table.name), namesOf(table));
    const auto expected = tableText(source, sourceSchema, table);
    QVERIFY2(expected && !expected->empty(), qPrintable(name));
    const auto actual = tableText(target, targetSchema, table);
    QVERIFY2(actual, qPrintable(name));
    QString why;
    QVERIFY2(sameRows(*expected, *actual, &why),
             qPrintable(QStringLiteral("%1: %2").arg(name, why)));
}

project::TaskSettings settingsFor(const std::string &targetSchema, const std::string &controlSchema,
                                  std::initializer_list<std::pair<std::string, std::string>> extra
                                  = {})
{
    project::TaskSettings settings;
    if (!targetSchema.empty())
        settings.set("TargetMetadata", "TargetSchema", project::Value::string(targetSchema));
    if (!controlSchema.empty())
        settings.set("ControlTablesSettings", "ControlSchema",
                     project::Value::string(controlSchema));
    for (const auto &[key, value] : extra) {
        const auto dot = key.find('.');
        settings.set(key.substr(0, dot), key.substr(dot + 1), project::Value::fromPlainScalar(value));
    }
    return settings;
}

/// Drops what a test created on a server target (schema/database and control schema).
void dropTargetSchemas(const ConnectionSpec &spec, const std::vector<std::string> &schemas)
{
    if (spec.dialect == Dialect::Sqlite)
        return;
    PlainSql connection(spec);
    for (const std::string &schema : schemas) {
        const std::string name = quoteIdentifier(spec.dialect, schema);
        (void)connection.execute(spec.dialect == Dialect::PostgreSql
                                     ? "DROP SCHEMA IF EXISTS " + name + " CASCADE"
                                     : "DROP DATABASE IF EXISTS " + name);
    }
}

int64_t countRows(PlainSql &connection, const std::string &qualified, const std::string &where = {},
                  const SqlRow &parameters = {})
{
    const Rows rows = query(connection,
                            "SELECT COUNT(*) FROM " + qualified
                                + (where.empty() ? std::string() : " WHERE " + where),
                            parameters);
    if (rows.empty() || !rows[0][0])
        return -1;
    return std::stoll(*rows[0][0]);
}

bool tableExists(PlainSql &connection, const std::string &schema, const std::string &table)
{
    if (connection.dialect() == Dialect::Sqlite)
        return single(connection,
                      "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
                      {table})
            == "1";
    return single(connection,
                  "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND "
                  "table_name = ?",
                  {schema, table})
        == "1";
}

/// What the catalog of the target says about a table, read with plain SQL from pg_catalog,
/// information_schema or SQLite's PRAGMAs: its primary key, its other indexes (unique
/// constraints included: they are indexes on every engine) and its foreign keys.
struct KeyInfo
{
    std::string name;
    bool unique = false;
    std::vector<std::string> columns;
    std::string referencedTable; ///< foreign keys
};

/// Rows of (name, unique or referenced table, column) into keys, in the order given.
std::vector<KeyInfo> keysOf(const Rows &rows, bool foreign)
{
    std::vector<KeyInfo> keys;
    for (const SqlRow &row : rows) {
        const std::string name = row.at(0).value_or("");
        if (keys.empty() || keys.back().name != name) {
            keys.push_back({name, false, {}, {}});
            if (foreign)
                keys.back().referencedTable = row.at(1).value_or("");
            else
                keys.back().unique = row.at(1).value_or("") == "1" || row.at(1).value_or("") == "t";
        }
        keys.back().columns.push_back(row.at(2).value_or(""));
    }
    return keys;
}

std::vector<std::string> primaryKeyOf(PlainSql &connection, const std::string &schema,
                                      const std::string &table)
{
    Rows rows;
    switch (connection.dialect()) {
    case Dialect::PostgreSql:
        rows = query(connection,
                     "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = "
                     "i.indrelid AND a.attnum = ANY(i.indkey) WHERE i.indisprimary AND "
                     "i.indrelid = ?::regclass ORDER BY array_position(i.indkey::int2[], "
                     "a.attnum)",
                     {quoteQualified(Dialect::PostgreSql, schema, table)});
        break;
    case Dialect::MySql:
        rows = query(connection,
                     "SELECT COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE "
                     "TABLE_SCHEMA = ? AND TABLE_NAME = ? AND CONSTRAINT_NAME = 'PRIMARY' "
                     "ORDER BY ORDINAL_POSITION",
                     {schema, table});
        break;
    default:
        rows = query(connection, "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk",
                     {table});
        break;
    }
    std::vector<std::string> columns;
    for (const SqlRow &row : rows)
        columns.push_back(row.at(0).value_or(""));
    return columns;
}

/// Indexes other than the primary key's, by name.
std::vector<KeyInfo> indexesOf(PlainSql &connection, const std::string &schema,
                               const std::string &table)
{
    switch (connection.dialect()) {
    case Dialect::PostgreSql:
        return keysOf(query(connection,
                            "SELECT c.relname, i.indisunique, a.attname FROM pg_index i "
                            "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_attribute a ON "
                            "a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) WHERE "
                            "i.indrelid = ?::regclass AND NOT i.indisprimary ORDER BY "
                            "c.relname, array_position(i.indkey::int2[], a.attnum)",
                            {quoteQualified(Dialect::PostgreSql, schema, table)}),
                      false);
    case Dialect::MySql:
        return keysOf(query(connection,
                            "SELECT INDEX_NAME, NON_UNIQUE = 0, COLUMN_NAME FROM "
                            "information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND "
                            "TABLE_NAME = ? AND INDEX_NAME <> 'PRIMARY' ORDER BY INDEX_NAME, "
                            "SEQ_IN_INDEX",
                            {schema, table}),
                      false);
    default:
        // origin 'pk' is the primary key's index (of a key that is not the rowid).
        return keysOf(query(connection,
                            "SELECT l.name, l.\"unique\", i.name FROM pragma_index_list(?) l "
                            "JOIN pragma_index_info(l.name) i WHERE l.origin <> 'pk' ORDER BY "
                            "l.name, i.seqno",
                            {table}),
                      false);
    }
}

std::vector<std::string> indexNames(const std::vector<KeyInfo> &indexes)
{
    std::vector<std::string> names;
    for (const KeyInfo &index : indexes)
        names.push_back(index.name);
    return names;
}

/// Foreign keys; SQLite keeps no constraint names, so they are named by their PRAGMA id.
std::vector<KeyInfo> foreignKeysOf(PlainSql &connection, const std::string &schema,
                                   const std::string &table)
{
    switch (connection.dialect()) {
    case Dialect::PostgreSql:
        return keysOf(query(connection,
                            "SELECT c.conname, r.relname, a.attname FROM pg_constraint c "
                            "JOIN pg_class r ON r.oid = c.confrelid JOIN pg_attribute a ON "
                            "a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey) WHERE "
                            "c.contype = 'f' AND c.conrelid = ?::regclass ORDER BY c.conname, "
                            "array_position(c.conkey, a.attnum)",
                            {quoteQualified(Dialect::PostgreSql, schema, table)}),
                      true);
    case Dialect::MySql:
        return keysOf(query(connection,
                            "SELECT CONSTRAINT_NAME, REFERENCED_TABLE_NAME, COLUMN_NAME FROM "
                            "information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? AND "
                            "TABLE_NAME = ? AND REFERENCED_TABLE_NAME IS NOT NULL ORDER BY "
                            "CONSTRAINT_NAME, ORDINAL_POSITION",
                            {schema, table}),
                      true);
    default:
        return keysOf(query(connection,
                            "SELECT id, \"table\", \"from\" FROM pragma_foreign_key_list(?) "
                            "ORDER BY id, seq",
                            {table}),
                      true);
    }
}

/// A target table holds exactly these columns and these rows (written by hand, key order).
void compareWith(PlainSql &target, const std::string &schema, const TableCheck &table,
                 const Rows &expected)
{
    const QString name = QString::fromStdString(table.name);
    QCOMPARE(columnNames(target, schema, table.name), namesOf(table));
    const auto actual = tableText(target, schema, table);
    QVERIFY2(actual, qPrintable(name));
    QString why;
    QVERIFY2(sameRows(textRows(expected), *actual, &why),
             qPrintable(QStringLiteral("%1: %2").arg(name, why)));
}

const TableCheck TeamTable {"team", {{"id", Kind::Integer}, {"name", Kind::Text}}};
const TableCheck PlayerTable {
    "player", {{"id", Kind::Integer}, {"team_id", Kind::Integer}, {"name", Kind::Text}}};

using K = Kind;

/// The sample's six tables, every column with how it compares.
const TableCheck SampleTables[] = {
    {"sport", {{"sport_id", K::Integer}, {"name", K::Text}}},
    {"venue",
     {{"venue_id", K::Integer}, {"name", K::Text}, {"city", K::Text}, {"capacity", K::Integer}}},
    {"team",
     {{"team_id", K::Integer},
      {"sport_id", K::Integer},
      {"home_venue_id", K::Integer},
      {"name", K::Text},
      {"founded", K::Date}}},
    {"event",
     {{"event_id", K::Integer},
      {"home_team_id", K::Integer},
      {"away_team_id", K::Integer},
      {"venue_id", K::Integer},
      {"starts_at", K::Timestamp},
      {"base_price", K::Decimal, 2}}},
    {"customer",
     {{"customer_id", K::Integer},
      {"email", K::Text},
      {"full_name", K::Text},
      {"created_at", K::Timestamp}}},
    {"ticket",
     {{"ticket_id", K::Integer},
      {"event_id", K::Integer},
      {"customer_id", K::Integer},
      {"seat_section", K::Text},
      {"seat_row", K::Integer},
      {"seat_number", K::Integer},
      {"price", K::Decimal, 2},
      {"sold_at", K::Timestamp},
      {"scanned", K::Boolean}}},
};

/// The sample source (SQLite, schema main) and a target hold the same six tables.
void compareSampleTables(const ConnectionSpec &sourceSpec, const ConnectionSpec &targetSpec,
                         const std::string &targetSchema)
{
    PlainSql source(sourceSpec);
    OPEN(source);
    PlainSql target(targetSpec);
    OPEN(target);
    for (const TableCheck &table : SampleTables) {
        compareTables(source, "main", target, targetSchema, table);
        if (QTest::currentTestFailed())
            return;
    }
}

} // namespace

class TestFullLoad : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample; ///< 30,000-ticket sample, generated once

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QVERIFY(m_dir.isValid());
        m_sample = m_dir.filePath(QStringLiteral("ticketing.db"));
        auto generated = sample::generateTicketingSample(q8(m_sample), 30'000);
        QVERIFY2(generated, generated ? "" : generated.error().toString().c_str());
        QCOMPARE(sample::sampleTicketCount(q8(m_sample)), int64_t(30'000));
    }

    void sampleIntoEachTarget_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("pkAfterLoad");
        QTest::newRow("sqlite->sqlite") << QStringLiteral("sqlite") << false;
        QTest::newRow("sqlite->postgresql") << QStringLiteral("postgresql") << false;
        QTest::newRow("sqlite->mysql") << QStringLiteral("mysql") << false;
        QTest::newRow("sqlite->postgresql, CreatePkAfterFullLoad")
            << QStringLiteral("postgresql") << true;
        QTest::newRow("sqlite->mysql, CreatePkAfterFullLoad") << QStringLiteral("mysql") << true;
    }

    /// The embedded sample into each target: every row equal, keys, indexes and foreign keys
    /// built, control tables and statistics written.
    void sampleIntoEachTarget()
    {
        QFETCH(QString, target);
        QFETCH(bool, pkAfterLoad);
        const std::string schema = target == QLatin1String("sqlite") ? std::string()
                                                                     : test::uniqueName("fl_sample");
        const std::string control = test::uniqueName("fl_control");
        task::TaskRequest request;
        request.name = test::uniqueName("sample");
        request.source = sqliteSpec(m_sample);
        request.target = specFor(target, m_dir.filePath(QStringLiteral("copy-%1.db").arg(target)));
        request.settings = settingsFor(schema, control, {{"Ferry.SliceRows", "7000"},
                                                          {"FullLoadSettings.MaxFullLoadSubTasks", "3"}});
        if (pkAfterLoad)
            request.settings.set("FullLoadSettings", "CreatePkAfterFullLoad",
                                 project::Value::boolean(true));
        const QString runName = QStringLiteral("run-%1%2").arg(target, pkAfterLoad ? QStringLiteral("-pk") : QString());
        request.runDirectory = q8(m_dir.filePath(runName));
        std::vector<task::TaskSnapshot> snapshots;
        std::mutex mutex;
        task::TaskCallbacks callbacks;
        callbacks.snapshot = [&](const task::TaskSnapshot &s) {
            std::lock_guard lock(mutex);
            snapshots.push_back(s);
        };
        task::TaskRunner runner(request, callbacks);
        auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        const task::TaskSnapshot &last = outcome->finalSnapshot;
        QCOMPARE(last.state, task::TaskState::LoadComplete);
        QCOMPARE(last.tablesLoaded(), 7); // six sample tables + sample_info
        QCOMPARE(last.tablesErrored(), 0);

        compareSampleTables(request.source, request.target, schema);
        if (QTest::currentTestFailed())
            return;
        const auto &ticketStats = *std::find_if(last.tables.begin(), last.tables.end(),
                                                [](const auto &t) { return t.table == "ticket"; });
        QCOMPARE(ticketStats.fullLoadRows, int64_t(30'000));
        QCOMPARE(ticketStats.rowsRead, int64_t(30'000));
        QCOMPARE(ticketStats.fullLoadErrorRows, int64_t(0));
        QVERIFY2(ticketStats.slices >= 4, "30,000 rows in slices of 7,000 rows");

        // Keys, indexes and foreign keys exist on the target (its own catalog, plain SQL).
        PlainSql db(request.target);
        OPEN(db);
        QCOMPARE(primaryKeyOf(db, schema, "ticket"), std::vector<std::string> {"ticket_id"});
        QCOMPARE(foreignKeysOf(db, schema, "ticket").size(), size_t(2));
        const std::vector<KeyInfo> ticketIndexes = indexesOf(db, schema, "ticket");
        const bool hasCustomerIndex
            = std::any_of(ticketIndexes.begin(), ticketIndexes.end(), [](const KeyInfo &index) {
                  return index.columns == std::vector<std::string> {"customer_id"};
              });
        QVERIFY2(hasCustomerIndex, "secondary index ticket(customer_id) built after the load");
        const bool hasSeatKey
            = std::any_of(ticketIndexes.begin(), ticketIndexes.end(), [](const KeyInfo &index) {
                  return index.unique
                      && index.columns
                      == std::vector<std::string> {"event_id", "seat_section", "seat_row",
                                                   "seat_number"};
              });
        QVERIFY2(hasSeatKey, "unique (event_id, seat_section, seat_row, seat_number)");

        // Control tables say the same.
        const task::ControlTables names(request.target.dialect, control);
        QCOMPARE(query(db,
                       "SELECT state FROM " + names.name("task_status") + " WHERE task_name = ?",
                       {request.name}),
                 (Rows {{"load-complete"}}));
        QCOMPARE(countRows(db, names.name("table_status"), "task_name = ? AND state = 'completed'",
                           {request.name}),
                 int64_t(7));
        QCOMPARE(countRows(db, names.name("exceptions"), "task_name = ?", {request.name}),
                 int64_t(0));

        // Snapshots arrived during the run, and the run directory has them as JSON lines. The
        // first snapshot with rows written does not say 0 rows/s (it measures from the start).
        QVERIFY(!snapshots.empty());
        for (const task::TaskSnapshot &s : snapshots) {
            int64_t written = 0;
            for (const task::TableStatistics &t : s.tables)
                written += t.fullLoadRows;
            if (written > 0) {
                QVERIFY2(s.metrics.fullLoadThroughputRowsTarget > 0,
                         QByteArray::number(qint64(written)).constData());
                break;
            }
        }
        QFile statistics(m_dir.filePath(runName + QStringLiteral("/statistics.jsonl")));
        QVERIFY(statistics.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = statistics.readAll().trimmed().split('\n');
        QVERIFY(!lines.isEmpty());
        const QJsonObject lastLine = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(lastLine.value(QLatin1String("Status")).toString(), QStringLiteral("Load complete"));
        QCOMPARE(lastLine.value(QLatin1String("TablesLoaded")).toInt(), 7);
        QVERIFY(QFile::exists(m_dir.filePath(runName + QStringLiteral("/task.log"))));

        // Identity past the loaded maximum: a new customer gets the next id.
        const std::string customer = quoteQualified(request.target.dialect, schema, "customer");
        EXEC(db, "INSERT INTO " + customer + " (email, full_name, created_at) VALUES (?, ?, ?)",
             {"new@example.com", "New Fan", "2026-01-01 00:00:00"});
        QCOMPARE(single(db, "SELECT customer_id FROM " + customer + " WHERE email = ?",
                        {"new@example.com"}),
                 std::string("3001"));

        dropTargetSchemas(request.target, {schema, control});
    }

    void valuesAcrossPairs_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        for (const char *source : {"sqlite", "postgresql", "mysql", "odbc"}) {
            for (const char *target : {"sqlite", "postgresql", "mysql"}) {
                QTest::newRow(qPrintable(QStringLiteral("%1->%2").arg(QLatin1String(source),
                                                                       QLatin1String(target))))
                    << QString::fromLatin1(source) << QString::fromLatin1(target);
            }
        }
    }

    /// One table of edge values, created natively in each source, loaded into each target and
    /// read back with plain SQL on both engines: the same values on both sides.
    void valuesAcrossPairs()
    {
        QFETCH(QString, source);
        QFETCH(QString, target);
        // A MySQL connection reads the database it names; PostgreSQL reads every schema.
        const std::string sourceSchema = source == QLatin1String("sqlite")
                                             ? std::string("main")
                                             : source == QLatin1String("mysql")
                                                   ? test::env("FERRY_TEST_MY_DATABASE")
                                                   : test::uniqueName("fl_src");
        const std::string tableName = test::uniqueName("edge");
        const std::string targetSchema = target == QLatin1String("sqlite")
                                             ? std::string()
                                             : test::uniqueName("fl_dst");
        const std::string control = test::uniqueName("fl_ctl");
        const QString sourceFile = m_dir.filePath(QStringLiteral("values-%1-%2-src.db").arg(source, target));
        const QString targetFile = m_dir.filePath(QStringLiteral("values-%1-%2-dst.db").arg(source, target));

        // Create the source table natively (ODBC reads the PostgreSQL database).
        const QString nativeEngine = source == QLatin1String("odbc") ? QStringLiteral("postgresql")
                                                                     : source;
        ConnectionSpec setupSpec = specFor(nativeEngine, sourceFile);
        if (setupSpec.dialect == Dialect::Sqlite) {
            QFile create(sourceFile);
            QVERIFY(create.open(QIODevice::WriteOnly));
        }
        PlainSql setup(setupSpec);
        OPEN(setup);
        const Dialect d = setupSpec.dialect;
        if (d == Dialect::PostgreSql)
            EXEC(setup, "CREATE SCHEMA " + quoteIdentifier(d, sourceSchema));
        const std::string table = quoteQualified(d, d == Dialect::Sqlite ? "" : sourceSchema,
                                                 tableName);
        std::string ddl;
        switch (d) {
        case Dialect::PostgreSql:
            ddl = "CREATE TABLE " + table
                  + " (id integer PRIMARY KEY, small smallint, big bigint, amount numeric(38,10),"
                    " ratio double precision, flag boolean, name varchar(100), body text,"
                    " born date, seen timestamp(6), data bytea)";
            break;
        case Dialect::MySql:
            ddl = "CREATE TABLE " + table
                  + " (id int PRIMARY KEY, small smallint, big bigint, amount decimal(38,10),"
                    " ratio double, flag boolean, name varchar(100), body longtext,"
                    " born date, seen datetime(6), data longblob) ENGINE=InnoDB CHARSET=utf8mb4";
            break;
        default:
            ddl = "CREATE TABLE " + table
                  + " (id INTEGER PRIMARY KEY, small SMALLINT, big BIGINT, amount DECIMAL(38,10),"
                    " ratio DOUBLE, flag BOOLEAN, name VARCHAR(100), body TEXT,"
                    " born DATE, seen DATETIME, data BLOB)";
            break;
        }
        EXEC(setup, ddl);
        const std::string insert = "INSERT INTO " + table
                                   + " (id, small, big, amount, ratio, flag, name, body, born,"
                                     " seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        const std::string flagTrue = d == Dialect::PostgreSql ? "true" : "1";
        const std::string flagFalse = d == Dialect::PostgreSql ? "false" : "0";
        const Rows values = {
            {"1", "-32768", "-9223372036854775808", "1234567890123456789012345678.0123456789",
             "0.1", flagTrue, "Zoë \xF0\x9F\x98\x80 O'Brien", "line1\nline2\ttab\\slash",
             "2024-02-29", "2024-02-29 23:59:59.123456"},
            {"2", "32767", "9223372036854775807", "-0.0000000001", "1e+300", flagFalse, "",
             std::string(70000, 'x'), "1970-01-01", "1999-12-31 00:00:00"},
            {"3", std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
             std::nullopt, std::nullopt, std::nullopt, std::nullopt},
        };
        for (const SqlRow &row : values)
            EXEC(setup, insert, row);

        task::TaskRequest request;
        request.name = test::uniqueName("values");
        request.source = specFor(source, sourceFile);
        request.target = specFor(target, targetFile);
        request.mapping = includeOnly(sourceSchema, tableName);
        // 70,000-byte text is a LOB on some engines: keep it whole.
        request.settings = settingsFor(targetSchema, control,
                                       {{"TargetMetadata.FullLobMode", "true"},
                                        {"TargetMetadata.LimitedSizeLobMode", "false"}});
        task::TaskRunner runner(request, {});
        auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QCOMPARE(outcome->finalSnapshot.tablesLoaded(), 1);

        // Every column as the test declared it, on the native source and on the target.
        const TableCheck check {tableName,
                                {{"id", Kind::Integer},
                                 {"small", Kind::Integer},
                                 {"big", Kind::Integer},
                                 {"amount", Kind::Decimal, 10},
                                 {"ratio", Kind::Float},
                                 {"flag", Kind::Boolean},
                                 {"name", Kind::Text},
                                 {"body", Kind::Text},
                                 {"born", Kind::Date},
                                 {"seen", Kind::Timestamp},
                                 {"data", Kind::Binary}}};
        QCOMPARE(countRows(setup, table), int64_t(3));
        PlainSql copy(request.target);
        OPEN(copy);
        compareTables(setup, sourceSchema, copy, targetSchema, check);
        if (QTest::currentTestFailed())
            return;

        dropTargetSchemas(request.target, {targetSchema, control});
        if (d == Dialect::PostgreSql)
            dropTargetSchemas(setupSpec, {sourceSchema});
        else if (d == Dialect::MySql)
            EXEC(setup, "DROP TABLE " + table);
    }

    /// 1,000 rows the target refuses among 10,000: each one in the exceptions table with its
    /// reason and row image, the 9,000 others loaded, source rows = loaded + rejected.
    void badRowsGoToExceptions_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
        QTest::newRow("mysql") << QStringLiteral("mysql");
    }

    void badRowsGoToExceptions()
    {
        QFETCH(QString, target);
        const QString file = m_dir.filePath(QStringLiteral("bad-%1.db").arg(target));
        {
            QFile create(file);
            QVERIFY(create.open(QIODevice::WriteOnly));
        }
        {
            PlainSql setup(sqliteSpec(file));
            OPEN(setup);
            // SQLite keeps whatever it is given: text in an INTEGER column is the classic bad
            // row.
            EXEC(setup,
                 "CREATE TABLE readings (id INTEGER PRIMARY KEY, value INTEGER, "
                 "label VARCHAR(20))");
            EXEC(setup, "BEGIN");
            for (int i = 1; i <= 10'000; ++i) {
                const bool bad = i % 10 == 0;
                EXEC(setup, "INSERT INTO readings VALUES (?, ?, ?)",
                     {std::to_string(i), bad ? "bad-" + std::to_string(i) : std::to_string(i * 3),
                      "reading " + std::to_string(i)});
            }
            EXEC(setup, "COMMIT");
        }

        const std::string schema = test::uniqueName("fl_bad");
        const std::string control = test::uniqueName("fl_badctl");
        task::TaskRequest request;
        request.name = test::uniqueName("bad");
        request.source = sqliteSpec(file);
        request.target = specFor(target);
        request.settings = settingsFor(schema, control, {{"FullLoadSettings.CommitRate", "2500"}});
        task::TaskRunner runner(request, {});
        auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        const task::TableStatistics &stats = outcome->finalSnapshot.tables.at(0);
        QCOMPARE(stats.state, task::TableState::Completed);
        QCOMPARE(stats.rowsRead, int64_t(10'000));
        QCOMPARE(stats.fullLoadRows, int64_t(9'000));
        QCOMPARE(stats.fullLoadErrorRows, int64_t(1'000));

        PlainSql db(request.target);
        OPEN(db);
        const Dialect d = request.target.dialect;
        QCOMPARE(countRows(db, quoteQualified(d, schema, "readings")), int64_t(9'000));
        const task::ControlTables names(d, control);
        const auto exceptions = db.rows("SELECT source_table, column_name, error, row_image FROM "
                                            + names.name("exceptions") + " WHERE task_name = ?",
                                        {request.name});
        QVERIFY2(exceptions, db.lastError().c_str());
        QCOMPARE(exceptions->size(), size_t(1'000));
        std::set<int> badIds;
        for (const SqlRow &row : *exceptions) {
            QCOMPARE(row[0].value_or(""), std::string("readings"));
            QVERIFY2(!row[2].value_or("").empty(), "every exception has its reason");
            const QJsonObject image = QJsonDocument::fromJson(
                                          QByteArray::fromStdString(row[3].value_or("")))
                                          .object();
            const QString value = image.value(QLatin1String("value")).toString();
            QVERIFY2(value.startsWith(QLatin1String("bad-")), qPrintable(value));
            badIds.insert(image.value(QLatin1String("id")).toString().toInt());
        }
        QCOMPARE(badIds.size(), size_t(1'000));
        QCOMPARE(*badIds.begin(), 10);
        QCOMPARE(*badIds.rbegin(), 10'000);
        dropTargetSchemas(request.target, {schema, control});
    }

    /// A table mapping and task settings written the way the AWS DMS documentation writes them
    /// (the rule examples of ../shared/reference/dms-sct-behaviour.md §2, settings of §3),
    /// given to `ferry migrate` as files: selection with wildcards, exclude, filters, schema
    /// rename, lowercase tables, remove-column with a wildcard, add-column with an expression,
    /// define-primary-key and parallel-load ranges.
    void dmsDocumentationExamples()
    {
        const ConnectionSpec pg = test::postgresSpec();
        PlainSql setup(pg);
        OPEN(setup);
        // The schema names of the DMS examples, made unique per run by a suffix the rules
        // then match with a wildcard where the examples use exact names.
        const std::string suffix = test::uniqueName("");
        const std::string hr = "HR" + suffix;
        const std::string sample = "DMS_SAMPLE" + suffix;
        const std::string hrTarget = "hr_schema" + suffix;
        const std::string control = test::uniqueName("fl_dmsctl");
        const auto qi = [](const std::string &name) { return quoteIdentifier(Dialect::PostgreSql, name); };
        for (const std::string &statement : {
                 "CREATE SCHEMA " + qi(hr), "CREATE SCHEMA " + qi(sample),
                 "CREATE TABLE " + qi(hr) + ".\"EMPLOYEES\" (empid integer PRIMARY KEY, "
                 "\"FIRST_NAME\" varchar(40), \"LAST_NAME\" varchar(40), col_secret text, "
                 "col_note text, salary numeric(10,2))",
                 "INSERT INTO " + qi(hr) + ".\"EMPLOYEES\" SELECT i, 'First' || i, 'Last' || i, "
                 "'secret', 'note', i * 10.5 FROM generate_series(1, 200) i",
                 "CREATE TABLE " + qi(hr) + ".\"DEPARTMENTS\" (dept_id integer PRIMARY KEY, name text)",
                 "INSERT INTO " + qi(hr) + ".\"DEPARTMENTS\" SELECT i, 'Dept ' || i FROM generate_series(1, 5) i",
                 "CREATE TABLE " + qi(sample) + ".\"MLB_DATA\" (id integer)",
                 "INSERT INTO " + qi(sample) + ".\"MLB_DATA\" VALUES (1)",
                 "CREATE TABLE " + qi(sample) + ".\"SPORT_TYPE\" (\"NAME\" varchar(15) NOT NULL, "
                 "description text)",
                 "INSERT INTO " + qi(sample) + ".\"SPORT_TYPE\" VALUES ('baseball', 'bat'), "
                 "('football', 'ball')"}) {
            EXEC(setup, statement);
        }

        const QString mappings = QString::fromStdString(R"({
  "rules": [
    {"rule-type":"selection","rule-id":"1","rule-name":"1","object-locator":{"schema-name":"HR)" + suffix + R"(","table-name":"%"},"rule-action":"include","filters":[]},
    {"rule-type":"transformation","rule-id":"2","rule-name":"2","rule-target":"schema","object-locator":{"schema-name":"HR)" + suffix + R"("},"rule-action":"rename","value":"hr_schema)" + suffix + R"("},
    {"rule-type":"selection","rule-id":"3","rule-name":"3","object-locator":{"schema-name":"HR)" + suffix + R"(","table-name":"EMPLOYEES"},"rule-action":"include","filters":[{"filter-type":"source","column-name":"empid","filter-conditions":[{"filter-operator":"gte","value":"100"}]}]},
    {"rule-type":"selection","rule-id":"4","rule-name":"4","object-locator":{"schema-name":"DMS_SAMPLE)" + suffix + R"(","table-name":"%"},"rule-action":"include"},
    {"rule-type":"selection","rule-id":"5","rule-name":"5","object-locator":{"schema-name":"DMS_SAMPLE)" + suffix + R"(","table-name":"MLB_DATA"},"rule-action":"exclude"},
    {"rule-type":"transformation","rule-id":"7","rule-name":"7","rule-action":"convert-lowercase","rule-target":"table","object-locator":{"schema-name":"%","table-name":"%"}},
    {"rule-type":"transformation","rule-id":"8","rule-name":"8","rule-action":"remove-column","rule-target":"column","object-locator":{"schema-name":"HR)" + suffix + R"(","table-name":"EMPLOYEES","column-name":"col%"}},
    {"rule-type":"transformation","rule-id":"9","rule-name":"9","rule-target":"column","object-locator":{"schema-name":"HR)" + suffix + R"(","table-name":"EMPLOYEES"},"rule-action":"add-column","value":"FULL_NAME","expression":"$FIRST_NAME||'_'||$LAST_NAME","data-type":{"type":"string","length":50}},
    {"rule-type":"transformation","rule-id":"10","rule-name":"10","rule-action":"define-primary-key","rule-target":"table","object-locator":{"schema-name":"DMS_SAMPLE)" + suffix + R"(","table-name":"SPORT_TYPE"},"primary-key-def":{"name":"SPORT_TYPE-primary-key","columns":["NAME"]}},
    {"rule-type":"transformation","rule-id":"11","rule-name":"11","rule-action":"convert-lowercase","rule-target":"schema","object-locator":{"schema-name":"%"}},
    {"rule-type":"table-settings","rule-id":"12","rule-name":"12","object-locator":{"schema-name":"HR)" + suffix + R"(","table-name":"EMPLOYEES"},"parallel-load":{"type":"ranges","columns":["empid"],"boundaries":[["120"],["160"]]}}
  ]
})");
        const QString settings = QString::fromStdString(R"({
  "TargetMetadata": {"TargetSchema": "", "SupportLobs": true, "FullLobMode": false,
    "LobChunkSize": 64, "LimitedSizeLobMode": true, "LobMaxSize": 32},
  "FullLoadSettings": {"TargetTablePrepMode": "DROP_AND_CREATE", "CreatePkAfterFullLoad": false,
    "StopTaskCachedChangesApplied": false, "StopTaskCachedChangesNotApplied": false,
    "MaxFullLoadSubTasks": 8, "TransactionConsistencyTimeout": 600, "CommitRate": 10000},
  "Logging": {"EnableLogging": true, "LogComponents": [
    {"Id": "SOURCE_UNLOAD", "Severity": "LOGGER_SEVERITY_DEFAULT"},
    {"Id": "TARGET_LOAD", "Severity": "LOGGER_SEVERITY_DEFAULT"}]},
  "ControlTablesSettings": {"ControlSchema": ")" + control + R"(", "HistoryTimeslotInMinutes": 5,
    "HistoryTableEnabled": false, "SuspendedTablesTableEnabled": false, "StatusTableEnabled": false},
  "StreamBufferSettings": {"StreamBufferCount": 3, "StreamBufferSizeInMB": 8},
  "ErrorBehavior": {"DataErrorPolicy": "LOG_ERROR", "DataTruncationErrorPolicy": "LOG_ERROR",
    "DataErrorEscalationPolicy": "SUSPEND_TABLE", "DataErrorEscalationCount": 0,
    "TableErrorPolicy": "SUSPEND_TABLE", "TableErrorEscalationPolicy": "STOP_TASK",
    "TableErrorEscalationCount": 0, "RecoverableErrorCount": -1, "RecoverableErrorInterval": 5,
    "RecoverableErrorThrottling": true, "RecoverableErrorThrottlingMax": 1800,
    "ApplyErrorDeletePolicy": "IGNORE_RECORD", "FailOnNoTablesCaptured": true},
  "ChangeProcessingTuning": {"BatchApplyPreserveTransaction": true, "BatchApplyTimeoutMin": 1}
})");
        const QString mappingsPath = m_dir.filePath(QStringLiteral("dms-table-mappings.json"));
        const QString settingsPath = m_dir.filePath(QStringLiteral("dms-task-settings.json"));
        for (const auto &[path, text] : {std::pair{mappingsPath, mappings}, std::pair{settingsPath, settings}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
        }
        QProcess ferry;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FERRY_SOURCE_PASSWORD"), QString::fromStdString(std::string(pg.password.reveal())));
        environment.insert(QStringLiteral("FERRY_TARGET_PASSWORD"), QString::fromStdString(std::string(pg.password.reveal())));
        ferry.setProcessEnvironment(environment);
        const QString uri = QString::fromStdString(pg.toUri());
        ferry.start(test::binary(QStringLiteral("ferry")),
                    {QStringLiteral("migrate"), uri, uri, QStringLiteral("--mappings"), mappingsPath,
                     QStringLiteral("--settings"), settingsPath, QStringLiteral("--task-name"),
                     QString::fromStdString(test::uniqueName("dms")), QStringLiteral("--run-dir"),
                     m_dir.filePath(QStringLiteral("dms-run"))});
        QVERIFY(ferry.waitForFinished(120'000));
        const QString errors = QString::fromUtf8(ferry.readAllStandardError());
        QVERIFY2(ferry.exitCode() == 0, qPrintable(errors));
        // Settings Ferry does not act on are named, not silently ignored.
        QVERIFY2(errors.contains(QLatin1String("ChangeProcessingTuning.BatchApplyPreserveTransaction")),
                 qPrintable(errors));

        PlainSql target(pg);
        OPEN(target);
        const std::string employees = quoteQualified(Dialect::PostgreSql, hrTarget, "employees");
        // Filter empid >= 100: 101 rows, in three parallel-load ranges.
        QCOMPARE(countRows(target, employees), int64_t(101));
        const task::ControlTables controlTables(Dialect::PostgreSql, control);
        QCOMPARE(countRows(target, controlTables.name("slice_status"),
                           "source_table = 'EMPLOYEES' AND state = 'completed'"),
                 int64_t(3));
        QCOMPARE(query(target,
                       "SELECT \"FIRST_NAME\", \"FULL_NAME\", salary FROM " + employees
                           + " WHERE empid = ?",
                       {"150"}),
                 (Rows {{"First150", "First150_Last150", "1575.00"}}));
        // col% columns removed.
        QCOMPARE(
            columnNames(target, hrTarget, "employees"),
            (std::vector<std::string> {"empid", "FIRST_NAME", "LAST_NAME", "salary", "FULL_NAME"}));
        QCOMPARE(countRows(target, quoteQualified(Dialect::PostgreSql, hrTarget, "departments")),
                 int64_t(5));
        // DMS_SAMPLE: lowercase schema and tables, MLB_DATA excluded, a defined primary key.
        const std::string sampleTarget = "dms_sample" + suffix;
        QCOMPARE(countRows(target, quoteQualified(Dialect::PostgreSql, sampleTarget, "sport_type")),
                 int64_t(2));
        QVERIFY(tableExists(target, sampleTarget, "sport_type"));
        QVERIFY(!tableExists(target, sampleTarget, "mlb_data"));
        QCOMPARE(primaryKeyOf(target, sampleTarget, "sport_type"),
                 std::vector<std::string> {"NAME"});

        dropTargetSchemas(pg, {hr, sample, hrTarget, sampleTarget, control});
    }

    /// `ferry run PROJECT --json` on a project file: a JSON snapshot per line on stdout, the
    /// mapping of the file applied, exit code 0; an unknown task is refused with exit code 5.
    void runProjectFile()
    {
        const QString target = m_dir.filePath(QStringLiteral("run-target.db"));
        const QString projectPath = m_dir.filePath(QStringLiteral("sample.ferry.yaml"));
        QFile project(projectPath);
        QVERIFY(project.open(QIODevice::WriteOnly));
        project.write(QStringLiteral(R"(ferry: 1
name: sample-copy
endpoints:
  sample: {engine: sqlite, path: ticketing.db}
  copy: {engine: sqlite, path: run-target.db}
mappings:
  fans:
    rules:
      - {rule-type: selection, rule-id: "1", rule-name: customers, rule-action: include,
         object-locator: {schema-name: main, table-name: "cust%"}}
      - {rule-type: transformation, rule-id: "2", rule-name: rename, rule-target: table,
         rule-action: rename, value: fans, object-locator: {schema-name: main, table-name: customer}}
tasks:
  copy-fans: {source: sample, target: copy, migration-type: full-load, mapping: fans}
)").toUtf8());
        project.close();

        QProcess ferry;
        ferry.start(test::binary(QStringLiteral("ferry")),
                    {QStringLiteral("run"), projectPath, QStringLiteral("--json"),
                     QStringLiteral("--run-dir"), m_dir.filePath(QStringLiteral("run-project"))});
        QVERIFY(ferry.waitForFinished(120'000));
        QVERIFY2(ferry.exitCode() == 0, ferry.readAllStandardError().constData());
        const QList<QByteArray> lines = ferry.readAllStandardOutput().trimmed().split('\n');
        QVERIFY(!lines.isEmpty());
        for (const QByteArray &line : lines)
            QVERIFY2(!QJsonDocument::fromJson(line).isNull(), line.constData());
        const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(last.value(QLatin1String("Status")).toString(), QStringLiteral("Load complete"));
        const QJsonArray tables = last.value(QLatin1String("TableStatistics")).toArray();
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables.at(0).toObject().value(QLatin1String("TargetTableName")).toString(),
                 QStringLiteral("fans"));
        QCOMPARE(tables.at(0).toObject().value(QLatin1String("FullLoadRows")).toInt(), 3000);

        PlainSql copy(sqliteSpec(target));
        OPEN(copy);
        QCOMPARE(countRows(copy, "\"fans\""), int64_t(3000));

        QProcess wrong;
        wrong.start(test::binary(QStringLiteral("ferry")),
                    {QStringLiteral("run"), projectPath, QStringLiteral("--task"),
                     QStringLiteral("nope")});
        QVERIFY(wrong.waitForFinished(30'000));
        QCOMPARE(wrong.exitCode(), 5);
        QVERIFY(wrong.readAllStandardError().contains("copy-fans"));
    }

    /// `ferry demo`: generates the sample once, migrates it into the SQLite copy, prints the
    /// table statistics; the copy holds every ticket.
    /// TaskRequest::workerNiceness: the threads that load (they write the per-slice log lines)
    /// run at that nice value; the calling thread keeps its own.
    void workerThreadsRunAtTheRequestedNiceness()
    {
        task::TaskRequest request;
        request.name = test::uniqueName("nice");
        request.source = sqliteSpec(m_sample);
        const QString targetFile = m_dir.filePath(QStringLiteral("nice.db"));
        QFile::remove(targetFile);
        request.target = sqliteSpec(targetFile);
        request.workerNiceness = 7;
        errno = 0;
        const int callerNice = ::getpriority(PRIO_PROCESS, 0);
        QCOMPARE(errno, 0);
        QVERIFY(callerNice < 7);
        std::mutex mutex;
        std::map<pid_t, int> niceByThread; // threads that logged, other than the caller
        const auto caller = static_cast<pid_t>(::syscall(SYS_gettid));
        task::TaskCallbacks callbacks;
        callbacks.log = [&](const task::LogLine &) {
            const auto thread = static_cast<pid_t>(::syscall(SYS_gettid));
            if (thread == caller)
                return;
            const int nice = ::getpriority(PRIO_PROCESS, static_cast<id_t>(thread));
            std::lock_guard lock(mutex);
            niceByThread[thread] = nice;
        };
        task::TaskRunner runner(request, callbacks);
        auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QCOMPARE(outcome->finalSnapshot.state, task::TaskState::LoadComplete);
        int workers = 0;
        for (const auto &[thread, nice] : niceByThread) {
            if (nice == 7)
                ++workers;
        }
        QVERIFY2(workers >= 1, qPrintable(QString::number(niceByThread.size())));
        QCOMPARE(::getpriority(PRIO_PROCESS, 0), callerNice);
    }

    void demoCommand()
    {
        const QString data = m_dir.filePath(QStringLiteral("demo-data"));
        QProcess ferry;
        ferry.start(test::binary(QStringLiteral("ferry")),
                    {QStringLiteral("demo"), QStringLiteral("--rows"), QStringLiteral("5000"),
                     QStringLiteral("--data-dir"), data});
        QVERIFY(ferry.waitForFinished(120'000));
        const QString errors = QString::fromUtf8(ferry.readAllStandardError());
        QVERIFY2(ferry.exitCode() == 0, qPrintable(errors));
        QVERIFY2(errors.contains(QLatin1String("Table completed")), qPrintable(errors));
        QVERIFY2(errors.contains(QLatin1String("Load complete: 7 tables loaded, 0 in error")),
                 qPrintable(errors));
        PlainSql copy(sqliteSpec(data + QStringLiteral("/demo/ticketing-copy.db")));
        OPEN(copy);
        QCOMPARE(countRows(copy, "\"ticket\""), int64_t(5000));
    }

    void mysqlEdgesIntoEachTarget_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("mysql->postgresql") << QStringLiteral("postgresql");
        QTest::newRow("mysql->sqlite") << QStringLiteral("sqlite");
        QTest::newRow("mysql->mysql") << QStringLiteral("mysql");
    }

    /// MySQL's own edge values into each target: unsigned 64-bit maximum, zero dates (NULL on
    /// PostgreSQL, as DMS does), TIME beyond 24 hours, enum, set, bit strings, JSON, all 256
    /// byte values, float/double extremes and YEAR.
    void mysqlEdgesIntoEachTarget()
    {
        QFETCH(QString, target);
        const ConnectionSpec my = test::mysqlSpec();
        const std::string database = test::env("FERRY_TEST_MY_DATABASE");
        const std::string tableName = test::uniqueName("myedge");
        const std::string table = quoteQualified(Dialect::MySql, database, tableName);
        PlainSql setup(my);
        OPEN(setup);
        EXEC(setup, "SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION'");
        EXEC(setup,
             "CREATE TABLE " + table
                 + " (id int PRIMARY KEY, u64 bigint unsigned, i8 tinyint, zero_date date,"
                   " zero_dt datetime, long_time time, e enum('red','green','blue'),"
                   " st set('a','b','c'), bits bit(10), doc json, bin varbinary(300),"
                   " f float, d double, y year) CHARSET=utf8mb4");
        std::string allBytes;
        for (int i = 0; i < 256; ++i)
            allBytes.push_back(static_cast<char>(i));
        const std::string hex = QByteArray::fromStdString(allBytes).toHex().toStdString();
        const std::string insert = "INSERT INTO " + table
                                   + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, b'1010000001', ?, UNHEX(?),"
                                     " ?, ?, ?)";
        EXEC(setup, insert,
             {"1", "18446744073709551615", "-128", "0000-00-00", "0000-00-00 00:00:00", "838:59:59",
              "green", "a,c", "{\"k\": [1, 2]}", hex, "0.1", "1e308", "2155"});
        EXEC(setup, insert,
             {"2", "0", "127", "2024-02-29", "2024-02-29 13:14:15", "-12:00:00", "red", "", "[]",
              "", "-1.5", "-2.5e-300", "1901"});

        const std::string schema = target == QLatin1String("sqlite") ? std::string()
                                                                     : test::uniqueName("fl_myedge");
        const std::string control = test::uniqueName("fl_myedgectl");
        task::TaskRequest request;
        request.name = test::uniqueName("myedge");
        request.source = my;
        request.target = specFor(target, m_dir.filePath(QStringLiteral("myedge-%1.db").arg(target)));
        request.mapping = includeOnly(database, tableName);
        request.settings = settingsFor(schema, control);
        task::TaskRunner runner(request, {});
        auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QCOMPARE(outcome->finalSnapshot.tables.at(0).fullLoadRows, int64_t(2));
        QCOMPARE(outcome->finalSnapshot.tables.at(0).fullLoadErrorRows, int64_t(0));

        const TableCheck check {tableName,
                                {{"id", Kind::Integer},
                                 {"u64", Kind::Integer},
                                 {"i8", Kind::Integer},
                                 {"zero_date", Kind::Date},
                                 {"zero_dt", Kind::Timestamp},
                                 {"long_time", Kind::Time},
                                 {"e", Kind::Text},
                                 {"st", Kind::Text},
                                 {"bits", Kind::Bits, 10},
                                 {"doc", Kind::Text},
                                 {"bin", Kind::Binary},
                                 {"f", Kind::Float},
                                 {"d", Kind::Float},
                                 {"y", Kind::Integer}}};
        QCOMPARE(columnNames(setup, database, tableName), namesOf(check));
        const auto source = tableText(setup, database, check);
        QVERIFY(source);
        Rows expected = cellsOf(*source);
        QCOMPARE(expected.size(), size_t(2));
        // The source's values as MySQL prints them, written by hand for the cells that matter.
        QCOMPARE(expected[0][1].value_or(""), std::string("18446744073709551615"));
        QCOMPARE(expected[0][3].value_or(""), std::string("0000-00-00"));
        QCOMPARE(expected[0][5].value_or(""), std::string("838:59:59"));
        QCOMPARE(expected[0][7].value_or(""), std::string("a,c"));
        QCOMPARE(expected[0][8].value_or(""), std::string("1010000001"));
        QCOMPARE(expected[0][10].value_or(""), hex);
        QCOMPARE(expected[0][11].value_or(""), std::string("0.1"));
        QCOMPARE(expected[0][9].value_or(""), std::string("{\"k\": [1, 2]}"));
        // JSON arrives in canonical text (docs/data-path.md, "Canonical text form"): the
        // source's spacing is gone on every target.
        expected[0][9] = "{\"k\":[1,2]}";
        if (target == QLatin1String("postgresql")) {
            // PostgreSQL has no zero date: NULL, as AWS DMS does.
            expected[0][3] = std::nullopt;
            expected[0][4] = std::nullopt;
        }
        PlainSql copy(request.target);
        OPEN(copy);
        QCOMPARE(columnNames(copy, schema, tableName), namesOf(check));
        const auto actual = tableText(copy, schema, check);
        QVERIFY(actual);
        QString why;
        QVERIFY2(sameRows(textRows(expected), *actual, &why), qPrintable(why));

        if (target == QLatin1String("postgresql")) {
            QCOMPARE(query(copy,
                           "SELECT u64::text, long_time::text, bits::text, length(bin), d::text "
                           "FROM "
                               + quoteQualified(Dialect::PostgreSql, schema, tableName)
                               + " WHERE id = 1"),
                     (Rows {{"18446744073709551615", "838:59:59", "1010000001", "256", "1e+308"}}));
        }
        dropTargetSchemas(request.target, {schema, control});
        EXEC(setup, "DROP TABLE " + table);
    }

    /// PostgreSQL values MySQL cannot hold (NaN, Infinity) and text with a NUL byte that
    /// PostgreSQL cannot hold in the other direction: rejected into the exceptions table by
    /// policy, the rest loaded; LOB modes: limited mode truncates to LobMaxSize, SupportLobs
    /// false leaves LOB columns out.
    void unrepresentableValuesAndLobModes()
    {
        const ConnectionSpec pg = test::postgresSpec();
        const std::string sourceSchema = test::uniqueName("fl_pgsrc");
        {
            PlainSql setup(pg);
            OPEN(setup);
            EXEC(setup, "CREATE SCHEMA " + quoteIdentifier(Dialect::PostgreSql, sourceSchema));
            const std::string table = quoteQualified(Dialect::PostgreSql, sourceSchema, "measure");
            EXEC(setup,
                 "CREATE TABLE " + table + " (id int PRIMARY KEY, d double precision, note text)");
            EXEC(setup,
                 "INSERT INTO " + table
                     + " VALUES (1, 1.5, repeat('x', 5000)), (2, 'NaN', 'a'),"
                       " (3, 'Infinity', 'b'), (4, '-Infinity', 'c'), (5, 2.5, NULL)");
        }

        // NaN and +-Infinity cannot be stored in MySQL's DOUBLE: three rows in exceptions.
        const std::string schema = test::uniqueName("fl_unrep");
        const std::string control = test::uniqueName("fl_unrepctl");
        task::TaskRequest request;
        request.name = test::uniqueName("unrep");
        request.source = pg;
        request.target = test::mysqlSpec();
        request.mapping = includeOnly(sourceSchema, "measure");
        request.settings = settingsFor(schema, control, {{"TargetMetadata.LobMaxSize", "1"}});
        {
            task::TaskRunner runner(request, {});
            auto outcome = runner.run();
            QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
            const auto &stats = outcome->finalSnapshot.tables.at(0);
            QCOMPARE(stats.rowsRead, int64_t(5));
            QCOMPARE(stats.fullLoadRows, int64_t(2));
            QCOMPARE(stats.fullLoadErrorRows, int64_t(3));
            // Limited LOB mode: text longer than LobMaxSize (1 KB) is cut, with a warning.
            const bool warned = std::any_of(outcome->warnings.begin(), outcome->warnings.end(),
                                            [](const std::string &w) {
                                                return w.find("LobMaxSize") != std::string::npos;
                                            });
            QVERIFY(warned);
        }
        {
            PlainSql my(request.target);
            OPEN(my);
            const Rows lengths
                = query(my,
                        "SELECT id, LENGTH(note) FROM "
                            + quoteQualified(Dialect::MySql, schema, "measure") + " ORDER BY id");
            QCOMPARE(lengths.size(), size_t(2));
            QCOMPARE(lengths[0][1].value_or(""), std::string("1024"));
            const task::ControlTables controlTables(Dialect::MySql, control);
            QCOMPARE(
                countRows(my, controlTables.name("exceptions"), "task_name = ?", {request.name}),
                int64_t(3));
        }
        dropTargetSchemas(request.target, {schema, control});

        // SupportLobs=false: the text column is not migrated at all.
        const QString sqliteTarget = m_dir.filePath(QStringLiteral("nolobs.db"));
        request.name = test::uniqueName("nolobs");
        request.target = sqliteSpec(sqliteTarget);
        request.settings = settingsFor({}, {}, {{"TargetMetadata.SupportLobs", "false"}});
        {
            task::TaskRunner runner(request, {});
            auto outcome = runner.run();
            QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
            QCOMPARE(outcome->finalSnapshot.tables.at(0).fullLoadRows, int64_t(5));
        }
        PlainSql lite(request.target);
        OPEN(lite);
        // Two columns, none of them note.
        QCOMPARE(columnNames(lite, {}, "measure"), (std::vector<std::string> {"id", "d"}));
        dropTargetSchemas(pg, {sourceSchema});
    }

    /// The target's connections are killed in the middle of the load: the slices in flight
    /// are retried on new connections (RecoverableErrorCount/Interval) and the load completes
    /// with target = source.
    void recoversFromDroppedConnections()
    {
        const std::string application = test::uniqueName("ferry_recover");
        loadThroughDisruption(200'000, 2, application, [&]() -> QString {
            // Only this task's connections are killed (other tests share the server).
            PlainSql admin(test::postgresSpec(true));
            const auto killed = admin.rows("SELECT count(pg_terminate_backend(pid)) FROM "
                                           "pg_stat_activity WHERE application_name = ?",
                                           {application});
            if (!killed)
                return QString::fromStdString(admin.lastError());
            if (std::stoi((*killed)[0][0].value_or("0")) < 1)
                return QStringLiteral("no connection of the task was found to kill");
            return {};
        });
    }

    void postgresEdgesIntoEachTarget_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("postgresql->sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql->mysql") << QStringLiteral("mysql");
        QTest::newRow("postgresql->postgresql") << QStringLiteral("postgresql");
    }

    /// PostgreSQL's own edge values into each target: numeric with 38 digits, all 256 byte
    /// values in bytea, jsonb, uuid, interval, timestamptz (UTC), bit varying, int arrays,
    /// booleans, real 0.1, empty string vs NULL, 4-byte UTF-8 and money.
    void postgresEdgesIntoEachTarget()
    {
        QFETCH(QString, target);
        const ConnectionSpec pg = test::postgresSpec();
        const std::string sourceSchema = test::uniqueName("fl_pgedge");
        const std::string table = quoteQualified(Dialect::PostgreSql, sourceSchema, "edges");
        PlainSql setup(pg);
        OPEN(setup);
        EXEC(setup, "CREATE SCHEMA " + quoteIdentifier(Dialect::PostgreSql, sourceSchema));
        EXEC(setup,
             "CREATE TABLE " + table
                 + " (id int PRIMARY KEY, amount numeric(38,10), data bytea, doc jsonb,"
                   " ident uuid, span interval, at timestamptz(6), flags bit varying(12),"
                   " list int[], ok boolean, r real, t text, price money)");
        EXEC(setup, "SET TIME ZONE 'Asia/Kolkata'");
        QVERIFY2(setup.execute(
                     "INSERT INTO " + table
                     + " VALUES (1, 1234567890123456789012345678.0123456789,"
                       " (SELECT string_agg(set_byte('\\x00'::bytea, 0, i), ''::bytea ORDER BY i)"
                       " FROM generate_series(0, 255) i), '{\"b\": [1, 2], \"a\": null}',"
                       " 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '1 day 02:03:04', "
                       "'2024-02-29 23:59:59.123456+05:30', B'101', '{1,2,3}', true, 0.1,"
                       " 'Zoë \xF0\x9F\x98\x80', 12.34),"
                       " (2, -0.0000000001, '', '[]', NULL, '-00:00:01', '1970-01-01 00:00:00+00',"
                       " B'', '{}', false, -1.5, '', 0), (3, NULL, NULL, NULL, NULL, NULL, NULL,"
                       " NULL, NULL, NULL, NULL, NULL, NULL)"),
                 setup.lastError().c_str());
        EXEC(setup, "SET TIME ZONE 'UTC'");

        const std::string schema = target == QLatin1String("sqlite") ? std::string()
                                                                     : test::uniqueName("fl_pgedgedst");
        const std::string control = test::uniqueName("fl_pgedgectl");
        task::TaskRequest request;
        request.name = test::uniqueName("pgedge");
        request.source = pg;
        request.target = specFor(target, m_dir.filePath(QStringLiteral("pgedge-%1.db").arg(target)));
        request.mapping = includeOnly(sourceSchema, "edges");
        request.settings = settingsFor(schema, control);
        task::TaskRunner runner(request, {});
        auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QCOMPARE(outcome->finalSnapshot.tables.at(0).fullLoadRows, int64_t(3));

        const TableCheck check {"edges",
                                {{"id", Kind::Integer},
                                 {"amount", Kind::Decimal, 10},
                                 {"data", Kind::Binary},
                                 {"doc", Kind::Text},
                                 {"ident", Kind::Text},
                                 {"span", Kind::Text},
                                 {"at", Kind::Timestamp},
                                 {"flags", Kind::Bits, 12},
                                 {"list", Kind::Text},
                                 {"ok", Kind::Boolean},
                                 {"r", Kind::Float},
                                 {"t", Kind::Text},
                                 {"price", Kind::Decimal, 2}}};
        QCOMPARE(columnNames(setup, sourceSchema, "edges"), namesOf(check));
        const auto source = tableText(setup, sourceSchema, check);
        QVERIFY(source);
        const Rows expected = cellsOf(*source);
        QCOMPARE(expected.size(), size_t(3));
        // The source's values as PostgreSQL prints them (in UTC), by hand, for the cells
        // engines disagree on most.
        QCOMPARE(expected[0][1].value_or(""), std::string("1234567890123456789012345678.0123456789"));
        QCOMPARE(expected[0][2].value_or("").size(), size_t(512)); // 256 bytes in hex
        QCOMPARE(expected[0][6].value_or(""), std::string("2024-02-29 18:29:59.123456"));
        QCOMPARE(expected[0][7].value_or(""), std::string("101"));
        QCOMPARE(expected[0][10].value_or(""), std::string("0.1"));
        QCOMPARE(expected[1][11].value_or("x"), std::string());
        Rows written = expected;
        if (target != QLatin1String("postgresql")) {
            // Targets without jsonb, interval and arrays store the canonical text
            // (docs/data-path.md, "Canonical text form"); PostgreSQL's types print as at the
            // source.
            QCOMPARE(expected[0][3].value_or(""), std::string("{\"a\": null, \"b\": [1, 2]}"));
            written[0][3] = "{\"a\":null,\"b\":[1,2]}";
            written[1][3] = "[]";
            written[0][5] = "P1DT2H3M4S";
            written[1][5] = "PT-1S";
            written[0][8] = "[1,2,3]";
            written[1][8] = "[]";
        }
        PlainSql copy(request.target);
        OPEN(copy);
        QCOMPARE(columnNames(copy, schema, "edges"), namesOf(check));
        const auto actual = tableText(copy, schema, check);
        QVERIFY(actual);
        QString why;
        QVERIFY2(sameRows(textRows(written), *actual, &why), qPrintable(why));
        dropTargetSchemas(request.target, {schema, control});
        dropTargetSchemas(pg, {sourceSchema});
    }

    /// The target server restarts in the middle of the load (every connection cut, then
    /// refused for a moment): the slices are retried once it is back and the load completes
    /// with target = source. (This test restarts the harness's PostgreSQL, which is why the
    /// suite runs alone: RUN_SERIAL.) Big enough and on one worker, so the load is still
    /// running when the restart hits.
    void recoversFromServerRestart()
    {
        loadThroughDisruption(500'000, 1, test::uniqueName("ferry_restart"), []() -> QString {
            QProcess restart;
            restart.start(QStringLiteral(FERRY_SOURCE_DIR "/tests/harness/servers.sh"),
                          {QStringLiteral("restart-postgresql"),
                           qEnvironmentVariable("FERRY_TEST_SERVERS_FILE")});
            if (!restart.waitForFinished(90'000) || restart.exitCode() != 0)
                return QString::fromUtf8(restart.readAllStandardError());
            return {};
        });
    }

    void reloadTable_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("prepMode");
        QTest::newRow("postgresql, DROP_AND_CREATE")
            << QStringLiteral("postgresql") << QStringLiteral("DROP_AND_CREATE");
        QTest::newRow("mysql, DROP_AND_CREATE")
            << QStringLiteral("mysql") << QStringLiteral("DROP_AND_CREATE");
        QTest::newRow("sqlite, DROP_AND_CREATE")
            << QStringLiteral("sqlite") << QStringLiteral("DROP_AND_CREATE");
        QTest::newRow("postgresql, TRUNCATE_BEFORE_LOAD")
            << QStringLiteral("postgresql") << QStringLiteral("TRUNCATE_BEFORE_LOAD");
        QTest::newRow("mysql, TRUNCATE_BEFORE_LOAD")
            << QStringLiteral("mysql") << QStringLiteral("TRUNCATE_BEFORE_LOAD");
        QTest::newRow("sqlite, TRUNCATE_BEFORE_LOAD")
            << QStringLiteral("sqlite") << QStringLiteral("TRUNCATE_BEFORE_LOAD");
        QTest::newRow("postgresql, DO_NOTHING")
            << QStringLiteral("postgresql") << QStringLiteral("DO_NOTHING");
        QTest::newRow("mysql, DO_NOTHING")
            << QStringLiteral("mysql") << QStringLiteral("DO_NOTHING");
        QTest::newRow("postgresql, TRUNCATE_BEFORE_LOAD, CreatePkAfterFullLoad")
            << QStringLiteral("postgresql") << QStringLiteral("TRUNCATE_BEFORE_LOAD, pk after");
        QTest::newRow("mysql, DO_NOTHING, CreatePkAfterFullLoad")
            << QStringLiteral("mysql") << QStringLiteral("DO_NOTHING, pk after");
    }

    /// "Reload table data" (TaskRequest::reloadTables): after a full load, the source rows of
    /// two tables change and the target rows of one of them are tampered with; reloading that
    /// one table makes it equal to the new source, while the other keeps its old rows (it was
    /// not read again). Both are completed in the control tables, the reloaded table's
    /// exception rows are gone, its index and the foreign key pointing at it are back.
    void reloadTable()
    {
        QFETCH(QString, target);
        QFETCH(QString, prepMode);
        const bool pkAfter = prepMode.endsWith(QLatin1String(", pk after"));
        prepMode = prepMode.section(QLatin1Char(','), 0, 0);
        const QString tag = QString::fromLatin1(QTest::currentDataTag())
                                .replace(QLatin1String(", "), QLatin1String("-"));
        const QString file = m_dir.filePath(QStringLiteral("reload-src-%1.db").arg(tag));
        QFile::remove(file);
        {
            QFile create(file);
            QVERIFY(create.open(QIODevice::WriteOnly));
        }
        {
            PlainSql setup(sqliteSpec(file));
            OPEN(setup);
            for (const char *sql :
                 {"CREATE TABLE team (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL)",
                  "CREATE INDEX idx_team_name ON team (name)",
                  "CREATE TABLE player (id INTEGER PRIMARY KEY, team_id INTEGER NOT NULL, "
                  "name VARCHAR(40), CONSTRAINT fk_player_team FOREIGN KEY (team_id) "
                  "REFERENCES team (id))",
                  "INSERT INTO team VALUES (1, 'Hawks'), (2, 'Owls'), (3, 'Lynx')",
                  "INSERT INTO player VALUES (1, 1, 'Ann'), (2, 1, 'Bo'), (3, 2, 'Cy')"})
                EXEC(setup, sql);
        }

        const bool sqlite = target == QLatin1String("sqlite");
        const std::string schema = sqlite ? std::string() : test::uniqueName("fl_reload");
        const std::string control = test::uniqueName("fl_reloadctl");
        task::TaskRequest request;
        request.name = test::uniqueName("reload");
        request.source = sqliteSpec(file);
        request.target = specFor(target, m_dir.filePath(QStringLiteral("reload-%1.db").arg(tag)));
        QFile::remove(QString::fromStdString(request.target.path));
        request.settings = settingsFor(schema, control,
                                       {{"FullLoadSettings.TargetTablePrepMode", q8(prepMode)},
                                        {"FullLoadSettings.CreatePkAfterFullLoad",
                                         pkAfter ? "true" : "false"}});
        std::optional<int64_t> playerStart; // when the first run began loading player
        {
            task::TaskRunner runner(request, {});
            auto outcome = runner.run();
            QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
            for (const task::TableStatistics &stats : outcome->finalSnapshot.tables) {
                if (stats.table == "player")
                    playerStart = stats.startTimeMs;
            }
            QVERIFY(playerStart);
        }
        const int64_t firstRunEnd = task::nowMs();
        const Dialect d = request.target.dialect;
        const std::string team = quoteQualified(d, schema, "team");
        const std::string player = quoteQualified(d, schema, "player");
        const task::ControlTables names(d, control);

        // New source rows for both tables.
        {
            PlainSql setup(sqliteSpec(file));
            OPEN(setup);
            for (const char *sql : {"UPDATE team SET name = 'Night Owls' WHERE id = 2",
                                    "INSERT INTO team VALUES (4, 'Wolves')",
                                    "UPDATE player SET name = 'Anna' WHERE id = 1",
                                    "INSERT INTO player VALUES (4, 2, 'Dee')"})
                EXEC(setup, sql);
        }
        {
            // Tampered target rows of the reloaded table, and an exception row for each table.
            auto session = load::openTargetSession(request.target);
            QVERIFY(session);
            QVERIFY((*session)->begin());
            QVERIFY((*session)->execute("DELETE FROM " + team + " WHERE id = ?", {"3"}));
            QVERIFY((*session)->execute("UPDATE " + team + " SET name = ? WHERE id = ?",
                                        {"tampered", "1"}));
            QVERIFY((*session)->execute("INSERT INTO " + team + " (id, name) VALUES (?, ?)",
                                        {"9", "Stray"}));
            for (const char *table : {"team", "player"}) {
                task::ControlTables::ExceptionRow row;
                row.sourceSchema = "main";
                row.sourceTable = table;
                row.targetSchema = schema;
                row.targetTable = table;
                row.error = "planted by the test";
                row.rowImage = "{}";
                QVERIFY(names.addException(**session, request.name, row));
            }
            QVERIFY((*session)->commit());
        }

        request.resume = true;
        request.reloadTables = {{"main", "team"}};
        task::TaskRunner runner(request, {});
        auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QCOMPARE(outcome->finalSnapshot.state, task::TaskState::LoadComplete);
        for (const std::string &warning : outcome->warnings)
            QVERIFY2(warning.find("oreign key") == std::string::npos, warning.c_str());
        for (const task::TableStatistics &stats : outcome->finalSnapshot.tables) {
            QVERIFY2(stats.state == task::TableState::Completed, stats.lastError.c_str());
            if (stats.table == "team") {
                QCOMPARE(stats.rowsRead, int64_t(4));
                QCOMPARE(stats.fullLoadRows, int64_t(4));
            } else {
                QCOMPARE(stats.table, std::string("player"));
                QCOMPARE(stats.fullLoadRows, int64_t(3)); // restored from the first run
                // ... with the first run's load time, not "0 s" of this run.
                QVERIFY(stats.startTimeMs && stats.endTimeMs);
                QCOMPARE(*stats.startTimeMs, *playerStart);
                QVERIFY(*stats.startTimeMs <= *stats.endTimeMs);
                QVERIFY(*stats.endTimeMs <= firstRunEnd);
                QCOMPARE(stats.elapsedMs, *stats.endTimeMs - *stats.startTimeMs);
            }
        }

        const Rows expectedTeam = {{"1", "Hawks"}, {"2", "Night Owls"}, {"3", "Lynx"},
                                   {"4", "Wolves"}};
        const Rows oldPlayers = {{"1", "1", "Ann"}, {"2", "1", "Bo"}, {"3", "2", "Cy"}};
        PlainSql db(request.target);
        OPEN(db);
        compareWith(db, schema, TeamTable, expectedTeam);
        if (QTest::currentTestFailed())
            return;
        compareWith(db, schema, PlayerTable, oldPlayers);
        if (QTest::currentTestFailed())
            return;

        QCOMPARE(query(db,
                       "SELECT source_table, state FROM " + names.name("table_status")
                           + " WHERE task_name = ? ORDER BY source_table",
                       {request.name}),
                 (Rows {{"player", "completed"}, {"team", "completed"}}));
        QCOMPARE(query(db,
                       "SELECT source_table, SUM(rows_read), SUM(rows_loaded) FROM "
                           + names.name("slice_status")
                           + " WHERE task_name = ? AND state = 'completed' "
                             "GROUP BY source_table ORDER BY source_table",
                       {request.name}),
                 (Rows {{"player", "3", "3"}, {"team", "4", "4"}}));
        QCOMPARE(
            query(db,
                  "SELECT source_table FROM " + names.name("exceptions") + " WHERE task_name = ?",
                  {request.name}),
            (Rows {{"player"}}));

        // Keys as after a normal load: the index of team once, the foreign key of player (which
        // references the reloaded table) once on the server engines.
        QCOMPARE(indexNames(indexesOf(db, schema, "team")),
                 std::vector<std::string> {"idx_team_name"});
        QCOMPARE(primaryKeyOf(db, schema, "team"), std::vector<std::string> {"id"});
        if (!sqlite) {
            const std::vector<KeyInfo> keys = foreignKeysOf(db, schema, "player");
            QCOMPARE(keys.size(), size_t(1));
            QCOMPARE(keys[0].referencedTable, std::string("team"));
            QCOMPARE(keys[0].columns, std::vector<std::string> {"team_id"});
        }
        dropTargetSchemas(request.target, {schema, control});
    }

    void keepsExistingTables_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
        QTest::newRow("mysql") << QStringLiteral("mysql");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    }

    /// TRUNCATE_BEFORE_LOAD and DO_NOTHING keep an existing table's metadata (as DMS does): a
    /// second task into the tables a first one created loads them again without a second copy
    /// of any index, key or foreign key (also with CreatePkAfterFullLoad); a table the user
    /// made keeps its own index and gets none of the source's.
    void keepsExistingTables()
    {
        QFETCH(QString, target);
        const QString file = m_dir.filePath(QStringLiteral("keep-src-%1.db").arg(target));
        QFile::remove(file);
        {
            QFile create(file);
            QVERIFY(create.open(QIODevice::WriteOnly));
        }
        {
            PlainSql setup(sqliteSpec(file));
            OPEN(setup);
            for (const char *sql :
                 {"CREATE TABLE team (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL)",
                  "CREATE INDEX idx_team_name ON team (name)",
                  "CREATE TABLE player (id INTEGER PRIMARY KEY, team_id INTEGER NOT NULL, "
                  "name VARCHAR(40), CONSTRAINT fk_player_team FOREIGN KEY (team_id) "
                  "REFERENCES team (id))",
                  "INSERT INTO team VALUES (1, 'Hawks'), (2, 'Owls'), (3, 'Lynx')",
                  "INSERT INTO player VALUES (1, 1, 'Ann'), (2, 1, 'Bo'), (3, 2, 'Cy')"})
                EXEC(setup, sql);
        }
        const bool sqlite = target == QLatin1String("sqlite");
        const std::string schema = sqlite ? std::string() : test::uniqueName("fl_keep");
        const std::string control = test::uniqueName("fl_keepctl");
        const ConnectionSpec targetSpec
            = specFor(target, m_dir.filePath(QStringLiteral("keep-%1.db").arg(target)));
        if (sqlite)
            QFile::remove(QString::fromStdString(targetSpec.path));
        auto run = [&](const std::string &prepMode, bool pkAfter,
                       std::optional<project::TableMapping> mapping) -> task::TaskOutcome {
            task::TaskRequest request;
            request.name = test::uniqueName("keep");
            request.source = sqliteSpec(file);
            request.target = targetSpec;
            request.mapping = std::move(mapping);
            request.settings = settingsFor(schema, control,
                                           {{"FullLoadSettings.TargetTablePrepMode", prepMode},
                                            {"FullLoadSettings.CreatePkAfterFullLoad",
                                             pkAfter ? "true" : "false"}});
            task::TaskRunner runner(request, {});
            auto outcome = runner.run();
            if (!outcome)
                qWarning("%s", outcome.error().toString().c_str());
            return outcome ? *outcome : task::TaskOutcome {};
        };
        auto completed = [](const task::TaskOutcome &outcome, size_t tables) {
            if (outcome.finalSnapshot.state != task::TaskState::LoadComplete
                || outcome.finalSnapshot.tables.size() != tables)
                return false;
            for (const task::TableStatistics &stats : outcome.finalSnapshot.tables) {
                if (stats.state != task::TableState::Completed || stats.fullLoadErrorRows != 0) {
                    qWarning("%s: %s", stats.table.c_str(), stats.lastError.c_str());
                    return false;
                }
            }
            return true;
        };

        QVERIFY(completed(run("DROP_AND_CREATE", false, std::nullopt), 2));
        {
            PlainSql setup(sqliteSpec(file));
            OPEN(setup);
            EXEC(setup, "INSERT INTO team VALUES (4, 'Wolves')");
        }
        // Again into the same tables, keeping them; the primary key "after the load" too.
        QVERIFY(completed(run("TRUNCATE_BEFORE_LOAD", true, std::nullopt), 2));
        PlainSql db(targetSpec);
        OPEN(db);
        compareWith(db, schema, TeamTable,
                    {{"1", "Hawks"}, {"2", "Owls"}, {"3", "Lynx"}, {"4", "Wolves"}});
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(indexNames(indexesOf(db, schema, "team")),
                 std::vector<std::string> {"idx_team_name"});
        QCOMPARE(primaryKeyOf(db, schema, "team"), std::vector<std::string> {"id"});
        const std::vector<KeyInfo> playerKeys = foreignKeysOf(db, schema, "player");
        if (!sqlite)
            QCOMPARE(playerKeys.size(), size_t(1));
        const task::ControlTables names(targetSpec.dialect, control);
        if (targetSpec.dialect == Dialect::PostgreSql) {
            // Every detached key was added again and its record removed.
            QCOMPARE(query(db, "SELECT COUNT(*) FROM " + names.name("detached_keys")),
                     (Rows {{"0"}}));
            // A run killed after detaching a key: the next run adds it again.
            const std::string playerTable = quoteQualified(Dialect::PostgreSql, schema, "player");
            const std::string keyName = playerKeys[0].name;
            const Rows definition = query(db,
                                          "SELECT pg_catalog.pg_get_constraintdef(oid) FROM "
                                          "pg_catalog.pg_constraint WHERE conname = ? AND "
                                          "conrelid = ?::regclass",
                                          {keyName, playerTable});
            QCOMPARE(definition.size(), size_t(1));
            EXEC(db,
                 "ALTER TABLE " + playerTable + " DROP CONSTRAINT "
                     + quoteIdentifier(Dialect::PostgreSql, keyName));
            {
                // The record a killed run leaves, written as Ferry writes it.
                auto session = load::openTargetSession(targetSpec);
                QVERIFY(session);
                QVERIFY(names.addDetachedKey(**session, "killed-task",
                                             {schema, "player", keyName, *definition[0][0]}));
            }
            task::TaskRequest again;
            again.name = "killed-task";
            again.source = sqliteSpec(file);
            again.target = targetSpec;
            again.settings = settingsFor(schema, control,
                                         {{"FullLoadSettings.TargetTablePrepMode",
                                           "TRUNCATE_BEFORE_LOAD"}});
            task::TaskRunner runner(again, {});
            auto outcome = runner.run();
            QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
            QVERIFY(completed(*outcome, 2));
            const std::vector<KeyInfo> restored = foreignKeysOf(db, schema, "player");
            QCOMPARE(restored.size(), size_t(1));
            QCOMPARE(restored[0].name, keyName);
            QCOMPARE(query(db, "SELECT COUNT(*) FROM " + names.name("detached_keys")),
                     (Rows {{"0"}}));
        }

        // A table the user made: DO_NOTHING loads it and leaves its indexes as they are.
        const std::string mine = quoteQualified(targetSpec.dialect, schema, "team_copy");
        EXEC(db, "CREATE TABLE " + mine + " (id INTEGER, name VARCHAR(40) NOT NULL)");
        EXEC(db, "CREATE INDEX my_team_names ON " + mine + " (name)");
        project::TableMapping copy = includeOnly("%", "team");
        {
            auto json = project::exportDmsTableMappings(copy);
            const std::string rule
                = R"({"rule-type":"transformation","rule-id":"2","rule-name":"2",)"
                  R"("rule-target":"table","object-locator":{"schema-name":"%",)"
                  R"("table-name":"team"},"rule-action":"rename","value":"team_copy"}]})";
            json.replace(json.rfind(']'), std::string::npos, "," + rule);
            auto parsed = project::importDmsTableMappings(json, "copy.json");
            QVERIFY2(parsed, parsed ? "" : parsed.error().toString().c_str());
            copy = *parsed;
        }
        QVERIFY(completed(run("DO_NOTHING", false, copy), 1));
        compareWith(db, schema, {"team_copy", TeamTable.columns},
                    {{"1", "Hawks"}, {"2", "Owls"}, {"3", "Lynx"}, {"4", "Wolves"}});
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(indexNames(indexesOf(db, schema, "team_copy")),
                 std::vector<std::string> {"my_team_names"});
        QVERIFY(primaryKeyOf(db, schema, "team_copy").empty());
        dropTargetSchemas(targetSpec, {schema, control});
    }

    /// Reload table refuses, saying which table and how to fix it: a table the mapping does not
    /// select (left out by the rules, or not in the source), and a task that never ran.
    void reloadTableErrors()
    {
        const QString file = m_dir.filePath(QStringLiteral("reload-errors.db"));
        QFile::remove(file);
        {
            QFile create(file);
            QVERIFY(create.open(QIODevice::WriteOnly));
        }
        {
            PlainSql setup(sqliteSpec(file));
            OPEN(setup);
            for (const char *sql : {"CREATE TABLE team (id INTEGER PRIMARY KEY, name TEXT)",
                                    "CREATE TABLE player (id INTEGER PRIMARY KEY, name TEXT)",
                                    "INSERT INTO team VALUES (1, 'Hawks'), (2, 'Owls')"})
                EXEC(setup, sql);
        }

        const QString targetFile = m_dir.filePath(QStringLiteral("reload-errors-target.db"));
        QFile::remove(targetFile);
        task::TaskRequest request;
        request.name = "reload-errors";
        request.source = sqliteSpec(file);
        request.target = sqliteSpec(targetFile);
        request.mapping = includeOnly("main", "team");
        request.reloadTables = {{"main", "team"}};
        {
            task::TaskRunner runner(request, {});
            auto outcome = runner.run();
            QVERIFY(!outcome);
            QCOMPARE(outcome.error().code, ErrorCode::Usage);
            QCOMPARE(outcome.error().message,
                     std::string("Task reload-errors has no table to reload: it never ran on "
                                 "this target."));
            QVERIFY2(outcome.error().hint.find("without --reload-table") != std::string::npos,
                     outcome.error().hint.c_str());
        }
        if (QFile::exists(targetFile)) { // no file, no table
            PlainSql target(request.target);
            OPEN(target);
            QVERIFY(!tableExists(target, {}, "team"));
        }

        request.reloadTables.clear();
        {
            task::TaskRunner runner(request, {});
            auto outcome = runner.run();
            QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        }
        PlainSql target(request.target);
        OPEN(target);
        EXEC(target, "DELETE FROM team WHERE id = 2");

        for (const auto &[table, rest] :
             {std::pair<std::string, std::string>{"player", "left out by the rules"},
              std::pair<std::string, std::string>{"nosuch", "not in the source"}}) {
            request.reloadTables = {{"main", table}};
            task::TaskRunner runner(request, {});
            auto outcome = runner.run();
            QVERIFY2(!outcome, rest.c_str());
            QCOMPARE(outcome.error().code, ErrorCode::Usage);
            QCOMPARE(outcome.error().message,
                     "Table main." + table + " cannot be reloaded: the table mapping of task "
                     "reload-errors does not select it from the source.");
            QCOMPARE(outcome.error().detail, std::string("selected tables: main.team"));
            QVERIFY2(outcome.error().hint.find("selection rule") != std::string::npos,
                     outcome.error().hint.c_str());
        }
        // Nothing was reloaded: the row deleted on the target is still missing.
        QCOMPARE(countRows(target, "team"), int64_t(1));
    }

    void killAndResume_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
        QTest::newRow("mysql") << QStringLiteral("mysql");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    }

    /// `ferry migrate` killed with SIGKILL at several moments, then resumed: the target ends up
    /// equal to the source, no row lost, none duplicated.
    void killAndResume()
    {
        QFETCH(QString, target);
        const QString source = m_dir.filePath(QStringLiteral("kill-source.db"));
        if (!QFile::exists(source)) {
            auto generated = sample::generateTicketingSample(q8(source), 400'000);
            QVERIFY2(generated, generated ? "" : generated.error().toString().c_str());
        }
        const std::string schema = target == QLatin1String("sqlite") ? std::string()
                                                                     : test::uniqueName("fl_kill");
        const std::string control = test::uniqueName("fl_killctl");
        const QString targetFile = m_dir.filePath(QStringLiteral("kill-%1.db").arg(target));
        const ConnectionSpec targetSpec = specFor(target, targetFile);
        QString targetUri = QString::fromStdString(targetSpec.toUri());
        if (targetSpec.dialect == Dialect::Sqlite)
            targetUri = QStringLiteral("sqlite://") + targetFile;

        // Settings file: small slices and commits so a kill lands between and inside them.
        QFile settingsFile(m_dir.filePath(QStringLiteral("kill-%1-settings.json").arg(target)));
        QVERIFY(settingsFile.open(QIODevice::WriteOnly));
        settingsFile.write(QStringLiteral(R"({"TargetMetadata": {"TargetSchema": "%1"},
 "FullLoadSettings": {"MaxFullLoadSubTasks": 2, "CommitRate": 5000},
 "ControlTablesSettings": {"ControlSchema": "%2"}})")
                               .arg(QString::fromStdString(schema), QString::fromStdString(control))
                               .toUtf8());
        settingsFile.close();

        const QString runDir = m_dir.filePath(QStringLiteral("kill-%1-run").arg(target));
        const QString taskName = QString::fromStdString(test::uniqueName("kill"));
        auto arguments = [&](bool resume) {
            QStringList args{QStringLiteral("migrate"), QStringLiteral("sqlite://") + source,
                             targetUri, QStringLiteral("--settings"), settingsFile.fileName(),
                             QStringLiteral("--task-name"), taskName, QStringLiteral("--run-dir"),
                             runDir, QStringLiteral("--json")};
            if (resume)
                args << QStringLiteral("--resume");
            return args;
        };
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FERRY_TARGET_PASSWORD"),
                           QString::fromStdString(std::string(targetSpec.password.reveal())));

        // Kill points: during preparation, after the first committed slices, deep in the load.
        const int64_t killAfterRows[] = {0, 60'000, 250'000};
        for (int64_t threshold : killAfterRows) {
            QProcess ferry;
            ferry.setProcessEnvironment(environment);
            ferry.setProcessChannelMode(QProcess::SeparateChannels);
            ferry.start(test::binary(QStringLiteral("ferry")), arguments(threshold != 0));
            QVERIFY(ferry.waitForStarted());
            QElapsedTimer timer;
            timer.start();
            bool killed = false;
            QByteArray pending;
            while (timer.elapsed() < 120'000) {
                if (ferry.state() == QProcess::NotRunning)
                    break;
                ferry.waitForReadyRead(20);
                pending += ferry.readAllStandardOutput();
                int64_t rows = 0;
                qsizetype newline;
                while ((newline = pending.indexOf('\n')) >= 0) {
                    const QJsonObject snap = QJsonDocument::fromJson(pending.left(newline)).object();
                    pending.remove(0, newline + 1);
                    for (const QJsonValue &t : snap.value(QLatin1String("TableStatistics")).toArray())
                        rows += t.toObject().value(QLatin1String("FullLoadRows")).toInteger();
                    if (rows >= threshold && snap.value(QLatin1String("Status")).toString()
                                                 == QLatin1String("Running")) {
                        ::kill(static_cast<pid_t>(ferry.processId()), SIGKILL);
                        killed = true;
                        break;
                    }
                }
                if (killed)
                    break;
            }
            ferry.waitForFinished(30'000);
            QVERIFY2(killed, qPrintable(QStringLiteral("ferry finished before %1 rows: %2")
                                            .arg(threshold)
                                            .arg(QString::fromUtf8(ferry.readAllStandardError()))));
        }

        QProcess resume;
        resume.setProcessEnvironment(environment);
        resume.start(test::binary(QStringLiteral("ferry")), arguments(true));
        QVERIFY(resume.waitForFinished(300'000));
        QVERIFY2(resume.exitCode() == 0, resume.readAllStandardError().constData());

        // Every row once: the same rows in key order on both sides, none missing, none twice.
        compareSampleTables(sqliteSpec(source), targetSpec, schema);
        if (QTest::currentTestFailed())
            return;
        dropTargetSchemas(targetSpec, {schema, control});
    }

private:
    /// Loads a generated sample of `tickets` into PostgreSQL and calls `disrupt` (which
    /// returns an error text, empty on success) once some rows are in; the load must notice,
    /// retry (RecoverableErrorCount/Interval) and end with target = source.
    void loadThroughDisruption(int64_t tickets, int workers, const std::string &application,
                               const std::function<QString()> &disrupt)
    {
        const QString source = m_dir.filePath(QStringLiteral("disrupt-%1.db").arg(tickets));
        if (sample::sampleTicketCount(q8(source)) != tickets) {
            auto generated = sample::generateTicketingSample(q8(source), tickets);
            QVERIFY2(generated, generated ? "" : generated.error().toString().c_str());
        }
        const std::string schema = test::uniqueName("fl_disrupt");
        const std::string control = test::uniqueName("fl_disruptctl");
        task::TaskRequest request;
        request.name = test::uniqueName("disrupt");
        request.source = sqliteSpec(source);
        request.target = test::postgresSpec();
        request.target.options["application_name"] = application;
        request.settings = settingsFor(schema, control,
                                       {{"FullLoadSettings.CommitRate", "2000"},
                                        {"FullLoadSettings.MaxFullLoadSubTasks",
                                         std::to_string(workers)},
                                        {"Ferry.SliceRows", "20000"},
                                        {"ErrorBehavior.RecoverableErrorCount", "30"},
                                        {"ErrorBehavior.RecoverableErrorInterval", "1"},
                                        {"ErrorBehavior.RecoverableErrorThrottling", "false"}});
        std::atomic<int64_t> loaded{0};
        std::atomic<int> retries{0};
        task::TaskCallbacks callbacks;
        callbacks.snapshot = [&](const task::TaskSnapshot &s) {
            int64_t rows = 0;
            for (const auto &t : s.tables)
                rows += t.fullLoadRows;
            loaded = rows;
        };
        callbacks.log = [&](const task::LogLine &line) {
            if (line.message.find("recoverable error") != std::string::npos)
                ++retries;
        };
        task::TaskRunner runner(request, callbacks);
        Result<task::TaskOutcome> outcome = Error{};
        std::thread thread([&] { outcome = runner.run(); });
        const bool started = QTest::qWaitFor([&] { return loaded.load() > 20'000; }, 60'000);
        const QString disruptError = disrupt();
        thread.join();
        QVERIFY2(started, "the load started");
        QVERIFY2(disruptError.isEmpty(), qPrintable(disruptError));
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QVERIFY2(retries.load() >= 1, "the disruption was noticed and retried");
        QCOMPARE(outcome->finalSnapshot.tablesErrored(), 0);
        compareSampleTables(request.source, request.target, schema);
        if (QTest::currentTestFailed())
            return;
        dropTargetSchemas(request.target, {schema, control});
    }
};

QTEST_GUILESS_MAIN(TestFullLoad)
#include "tst_full_load.moc"
