// SPDX-License-Identifier: MIT
// The full-load runner end to end on real servers: every source/target pair, values across
// engines, control tables, statistics, bad rows into the exceptions table, and a task killed
// with SIGKILL and resumed without loss or duplicates.
#include "engine/connectors/connector.h"
#include "engine/connectors/endpoint.h"
#include "engine/load/canonical_text.h"
#include "engine/load/load_session.h"
#include "engine/project/dms_json.h"
#include "engine/sample/ticketing_sample.h"
#include "engine/task/control_tables.h"
#include "engine/task/full_load_runner.h"
#include "engine/task/task_clock.h"
#include "tests/support/test_support.h"

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

namespace {

using Rows = std::vector<load::TextRow>;

std::string q8(const QString &text) { return text.toStdString(); }

ConnectionSpec sqliteSpec(const QString &path)
{
    ConnectionSpec spec;
    spec.dialect = Dialect::Sqlite;
    spec.path = path.toStdString();
    return spec;
}

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

/// Normalizes a canonical value for comparison across engines: numbers by value (a decimal
/// "21" from SQLite's REAL equals "21.00" from numeric(8,2)), everything else as is.
std::optional<std::string> normalize(TypeFamily family, const std::optional<std::string> &value)
{
    if (!value)
        return value;
    std::string text = *value;
    if (family == TypeFamily::Boolean) {
        if (text == "1")
            return std::string("true");
        if (text == "0")
            return std::string("false");
    }
    if (family == TypeFamily::Timestamp || family == TypeFamily::Time) {
        // "18:15:00.000000" (MySQL datetime(6)) and "18:15:00" (PostgreSQL) are one value.
        const auto dot = text.rfind('.');
        if (dot != std::string::npos && text.find_first_not_of("0123456789", dot + 1) == std::string::npos) {
            while (text.size() > dot + 1 && text.back() == '0')
                text.pop_back();
            if (text.size() == dot + 1)
                text.pop_back();
        }
    }
    if (family == TypeFamily::Decimal || family == TypeFamily::Money
        || family == TypeFamily::Float) {
        if (text.find('.') != std::string::npos && text.find('e') == std::string::npos
            && text.find('E') == std::string::npos) {
            while (!text.empty() && text.back() == '0')
                text.pop_back();
            if (!text.empty() && text.back() == '.')
                text.pop_back();
        }
        if (family == TypeFamily::Float) {
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

/// Every row of a table through Ferry's reader, normalized and sorted.
Rows readTable(const ConnectionSpec &spec, const std::string &schema, const std::string &table,
               std::vector<TypeFamily> *families = nullptr)
{
    CatalogFilter filter;
    if (!schema.empty())
        filter.schemas = {schema};
    auto catalog = makeEndpoint(spec)->readCatalog(filter);
    if (!catalog) {
        qWarning("catalog: %s", catalog.error().toString().c_str());
        return {};
    }
    const Table *found = nullptr;
    std::string foundSchema;
    for (const Schema &s : catalog->schemas) {
        if (const Table *t = s.table(table)) {
            found = t;
            foundSchema = s.name;
        }
    }
    if (!found) {
        qWarning("table %s.%s not found", schema.c_str(), table.c_str());
        return {};
    }
    load::ReadRequest request;
    request.schema = foundSchema;
    request.table = table;
    for (const Column &column : found->columns) {
        request.columns.push_back({column.name, column.nativeType, column.type});
    }
    // The source's families decide how target values compare: MySQL has no boolean type, so a
    // boolean lands in tinyint(1) and reads back as 1/0.
    std::vector<TypeFamily> compareAs;
    for (const auto &column : request.columns)
        compareAs.push_back(column.type.family);
    if (families && families->size() == compareAs.size()) {
        for (size_t i = 0; i < compareAs.size(); ++i) {
            if ((*families)[i] == TypeFamily::Boolean)
                compareAs[i] = TypeFamily::Boolean;
        }
    } else if (families) {
        *families = compareAs;
    }
    auto session = load::openSourceSession(spec);
    if (!session) {
        qWarning("session: %s", session.error().toString().c_str());
        return {};
    }
    auto reader = (*session)->openReader(request);
    if (!reader) {
        qWarning("reader: %s", reader.error().toString().c_str());
        return {};
    }
    Rows rows;
    load::RowBatch batch(request.columns.size());
    for (;;) {
        batch.clear();
        auto more = (*reader)->read(batch, load::BatchLimits{});
        if (!more) {
            qWarning("read: %s", more.error().toString().c_str());
            return {};
        }
        for (size_t r = 0; r < batch.rowCount(); ++r) {
            load::TextRow row;
            for (size_t c = 0; c < batch.columnCount(); ++c) {
                row.push_back(batch.isNull(c, r)
                                  ? std::nullopt
                                  : normalize(compareAs[c], std::string(batch.cell(c, r))));
            }
            rows.push_back(std::move(row));
        }
        if (!*more)
            break;
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString describeRow(const load::TextRow &row)
{
    QStringList cells;
    for (const auto &cell : row) {
        if (!cell) {
            cells << QStringLiteral("NULL");
            continue;
        }
        std::string text;
        if (load::isValidUtf8(*cell) && cell->find('\0') == std::string::npos) {
            text = *cell;
        } else {
            text = "\\x";
            load::appendHex(text, *cell);
        }
        cells << QString::fromStdString(text);
    }
    return QStringLiteral("(") + cells.join(QStringLiteral(", ")) + QStringLiteral(")");
}

/// Compares two tables row by row; on a difference names the first differing row.
bool sameRows(const Rows &expected, const Rows &actual, QString *why)
{
    if (expected.size() != actual.size()) {
        *why = QStringLiteral("row counts differ: %1 expected, %2 found")
                   .arg(expected.size())
                   .arg(actual.size());
        return false;
    }
    for (size_t i = 0; i < expected.size(); ++i) {
        if (expected[i] != actual[i]) {
            *why = QStringLiteral("row %1 differs:\n  expected %2\n  actual   %3")
                       .arg(i)
                       .arg(describeRow(expected[i]), describeRow(actual[i]));
            return false;
        }
    }
    return true;
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

project::TableMapping includeOnly(const std::string &schema, const std::string &table)
{
    const std::string json = R"({"rules":[{"rule-type":"selection","rule-id":"1","rule-name":"1",)"
                             R"("object-locator":{"schema-name":")"
                             + schema + R"(","table-name":")" + table
                             + R"("},"rule-action":"include","filters":[]}]})";
    auto mapping = project::importDmsTableMappings(json, "inline.json");
    return mapping ? *mapping : project::TableMapping{};
}

/// Drops what a test created on a server target (schema/database and control schema).
void dropTargetSchemas(const ConnectionSpec &spec, const std::vector<std::string> &schemas)
{
    if (spec.dialect == Dialect::Sqlite)
        return;
    auto session = load::openTargetSession(spec);
    if (!session)
        return;
    for (const std::string &schema : schemas) {
        if (spec.dialect == Dialect::PostgreSql)
            (void)(*session)->execute("DROP SCHEMA IF EXISTS " + quoteIdentifier(spec.dialect, schema)
                                      + " CASCADE");
        else
            (void)(*session)->execute("DROP DATABASE IF EXISTS "
                                      + quoteIdentifier(spec.dialect, schema));
    }
}

int64_t countRows(load::TargetSession &session, const std::string &qualified,
                  const std::string &where = {}, const load::TextRow &parameters = {})
{
    auto rows = session.query("SELECT COUNT(*) FROM " + qualified
                                  + (where.empty() ? std::string() : " WHERE " + where),
                              parameters);
    if (!rows || rows->empty() || !(*rows)[0][0])
        return -1;
    return std::stoll(*(*rows)[0][0]);
}

const char *const SampleTables[] = {"sport", "venue", "team", "event", "customer", "ticket"};

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
        task::FullLoadRunner runner(request, callbacks);
        auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        const task::TaskSnapshot &last = outcome->finalSnapshot;
        QCOMPARE(last.state, task::TaskState::LoadComplete);
        QCOMPARE(last.tablesLoaded(), 7); // six sample tables + sample_info
        QCOMPARE(last.tablesErrored(), 0);

        for (const char *table : SampleTables) {
            std::vector<TypeFamily> families;
            const Rows source = readTable(request.source, "main", table, &families);
            const Rows copied = readTable(request.target, schema, table, &families);
            QVERIFY2(!source.empty(), table);
            QString why;
            QVERIFY2(sameRows(source, copied, &why), qPrintable(QStringLiteral("%1: %2").arg(
                                                         QString::fromLatin1(table), why)));
        }
        const auto &ticketStats = *std::find_if(last.tables.begin(), last.tables.end(),
                                                [](const auto &t) { return t.table == "ticket"; });
        QCOMPARE(ticketStats.fullLoadRows, int64_t(30'000));
        QCOMPARE(ticketStats.rowsRead, int64_t(30'000));
        QCOMPARE(ticketStats.fullLoadErrorRows, int64_t(0));
        QVERIFY2(ticketStats.slices >= 4, "30,000 rows in slices of 7,000 rows");

        // Keys, indexes and foreign keys exist on the target.
        CatalogFilter filter;
        if (!schema.empty())
            filter.schemas = {schema};
        auto catalog = makeEndpoint(request.target)->readCatalog(filter);
        QVERIFY2(catalog, catalog ? "" : catalog.error().toString().c_str());
        const Table *ticket = nullptr;
        for (const Schema &s : catalog->schemas) {
            if (!ticket)
                ticket = s.table("ticket");
        }
        QVERIFY(ticket);
        QVERIFY(ticket->primaryKey);
        QCOMPARE(ticket->primaryKey->columns, std::vector<std::string>{"ticket_id"});
        QCOMPARE(ticket->foreignKeys.size(), size_t(2));
        const bool hasCustomerIndex = std::any_of(
            ticket->indexes.begin(), ticket->indexes.end(), [](const Index &index) {
                return !index.primary && index.columns.size() == 1
                       && index.columns[0].name == "customer_id";
            });
        QVERIFY2(hasCustomerIndex, "secondary index ticket(customer_id) built after the load");
        const bool hasSeatKey = std::any_of(
            ticket->uniqueKeys.begin(), ticket->uniqueKeys.end(),
            [](const KeyConstraint &key) { return key.columns.size() == 4; })
            || std::any_of(ticket->indexes.begin(), ticket->indexes.end(),
                           [](const Index &index) { return index.unique && index.columns.size() == 4; });
        QVERIFY2(hasSeatKey, "unique (event_id, seat_section, seat_row, seat_number)");

        // Control tables say the same.
        auto session = load::openTargetSession(request.target);
        QVERIFY(session);
        const task::ControlTables names(request.target.dialect, control);
        auto state = (*session)->query("SELECT state FROM " + names.name("task_status")
                                           + " WHERE task_name = ?",
                                       {request.name});
        QVERIFY2(state, state ? "" : state.error().toString().c_str());
        QCOMPARE(state->size(), size_t(1));
        QCOMPARE((*state)[0][0].value_or(""), std::string("load-complete"));
        QCOMPARE(countRows(**session, names.name("table_status"),
                           "task_name = ? AND state = 'completed'", {request.name}),
                 int64_t(7));
        QCOMPARE(countRows(**session, names.name("exceptions"), "task_name = ?",
                           {request.name}),
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
        QVERIFY2((*session)->execute("INSERT INTO " + customer
                                         + " (email, full_name, created_at) VALUES (?, ?, ?)",
                                     {"new@example.com", "New Fan", "2026-01-01 00:00:00"}),
                 "insert without an id");
        auto newest = (*session)->query("SELECT customer_id FROM " + customer + " WHERE email = ?",
                                        {"new@example.com"});
        QVERIFY(newest);
        QCOMPARE((*newest)[0][0].value_or(""), std::string("3001"));

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
    /// read back through both engines' readers: the same canonical values on both sides.
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
        auto setup = load::openTargetSession(setupSpec);
        QVERIFY2(setup, setup ? "" : setup.error().toString().c_str());
        const Dialect d = setupSpec.dialect;
        if (d == Dialect::PostgreSql)
            QVERIFY((*setup)->createSchema(sourceSchema));
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
        QVERIFY2((*setup)->execute(ddl), ddl.c_str());
        const std::string insert = "INSERT INTO " + table
                                   + " (id, small, big, amount, ratio, flag, name, body, born,"
                                     " seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        const std::string flagTrue = d == Dialect::PostgreSql ? "true" : "1";
        const std::string flagFalse = d == Dialect::PostgreSql ? "false" : "0";
        const std::vector<load::TextRow> values = {
            {"1", "-32768", "-9223372036854775808", "1234567890123456789012345678.0123456789",
             "0.1", flagTrue, "Zoë \xF0\x9F\x98\x80 O'Brien", "line1\nline2\ttab\\slash",
             "2024-02-29", "2024-02-29 23:59:59.123456"},
            {"2", "32767", "9223372036854775807", "-0.0000000001", "1e+300", flagFalse, "",
             std::string(70000, 'x'), "1970-01-01", "1999-12-31 00:00:00"},
            {"3", std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
             std::nullopt, std::nullopt, std::nullopt, std::nullopt},
        };
        for (const load::TextRow &row : values)
            QVERIFY((*setup)->execute(insert, row));
        setup->reset();

        task::TaskRequest request;
        request.name = test::uniqueName("values");
        request.source = specFor(source, sourceFile);
        request.target = specFor(target, targetFile);
        request.mapping = includeOnly(sourceSchema, tableName);
        // 70,000-byte text is a LOB on some engines: keep it whole.
        request.settings = settingsFor(targetSchema, control,
                                       {{"TargetMetadata.FullLobMode", "true"},
                                        {"TargetMetadata.LimitedSizeLobMode", "false"}});
        task::FullLoadRunner runner(request, {});
        auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QCOMPARE(outcome->finalSnapshot.tablesLoaded(), 1);

        std::vector<TypeFamily> families;
        const Rows expected = readTable(setupSpec, sourceSchema, tableName, &families);
        QCOMPARE(expected.size(), size_t(3));
        const Rows actual = readTable(request.target, targetSchema, tableName, &families);
        QString why;
        QVERIFY2(sameRows(expected, actual, &why), qPrintable(why));

        dropTargetSchemas(request.target, {targetSchema, control});
        if (d == Dialect::PostgreSql)
            dropTargetSchemas(setupSpec, {sourceSchema});
        else if (d == Dialect::MySql)
            (void)(*load::openTargetSession(setupSpec))->execute("DROP TABLE " + table);
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
        auto setup = load::openTargetSession(sqliteSpec(file));
        QVERIFY(setup);
        // SQLite keeps whatever it is given: text in an INTEGER column is the classic bad row.
        QVERIFY((*setup)->execute("CREATE TABLE readings (id INTEGER PRIMARY KEY, "
                                  "value INTEGER, label VARCHAR(20))"));
        QVERIFY((*setup)->begin());
        for (int i = 1; i <= 10'000; ++i) {
            const bool bad = i % 10 == 0;
            QVERIFY((*setup)->execute("INSERT INTO readings VALUES (?, ?, ?)",
                                      {std::to_string(i),
                                       bad ? "bad-" + std::to_string(i) : std::to_string(i * 3),
                                       "reading " + std::to_string(i)}));
        }
        QVERIFY((*setup)->commit());
        setup->reset();

        const std::string schema = test::uniqueName("fl_bad");
        const std::string control = test::uniqueName("fl_badctl");
        task::TaskRequest request;
        request.name = test::uniqueName("bad");
        request.source = sqliteSpec(file);
        request.target = specFor(target);
        request.settings = settingsFor(schema, control, {{"FullLoadSettings.CommitRate", "2500"}});
        task::FullLoadRunner runner(request, {});
        auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        const task::TableStatistics &stats = outcome->finalSnapshot.tables.at(0);
        QCOMPARE(stats.state, task::TableState::Completed);
        QCOMPARE(stats.rowsRead, int64_t(10'000));
        QCOMPARE(stats.fullLoadRows, int64_t(9'000));
        QCOMPARE(stats.fullLoadErrorRows, int64_t(1'000));

        auto session = load::openTargetSession(request.target);
        QVERIFY(session);
        const Dialect d = request.target.dialect;
        QCOMPARE(countRows(**session, quoteQualified(d, schema, "readings")), int64_t(9'000));
        const task::ControlTables names(d, control);
        auto exceptions = (*session)->query("SELECT source_table, column_name, error, row_image FROM "
                                                + names.name("exceptions")
                                                + " WHERE task_name = ?",
                                            {request.name});
        QVERIFY2(exceptions, exceptions ? "" : exceptions.error().toString().c_str());
        QCOMPARE(exceptions->size(), size_t(1'000));
        std::set<int> badIds;
        for (const load::TextRow &row : *exceptions) {
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
        auto setup = load::openTargetSession(pg);
        QVERIFY(setup);
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
            QVERIFY2((*setup)->execute(statement), statement.c_str());
        }
        setup->reset();

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

        auto target = load::openTargetSession(pg);
        QVERIFY(target);
        const std::string employees = quoteQualified(Dialect::PostgreSql, hrTarget, "employees");
        // Filter empid >= 100: 101 rows, in three parallel-load ranges.
        QCOMPARE(countRows(**target, employees), int64_t(101));
        const task::ControlTables controlTables(Dialect::PostgreSql, control);
        QCOMPARE(countRows(**target, controlTables.name("slice_status"),
                           "source_table = 'EMPLOYEES' AND state = 'completed'"),
                 int64_t(3));
        auto row = (*target)->query("SELECT \"FIRST_NAME\", \"FULL_NAME\", salary FROM " + employees
                                    + " WHERE empid = ?", {"150"});
        QVERIFY2(row, row ? "" : row.error().toString().c_str());
        QCOMPARE(row->size(), size_t(1));
        QCOMPARE((*row)[0][0].value_or(""), std::string("First150"));
        QCOMPARE((*row)[0][1].value_or(""), std::string("First150_Last150"));
        QCOMPARE((*row)[0][2].value_or(""), std::string("1575.00"));
        // col% columns removed.
        auto columns = (*target)->query("SELECT column_name FROM information_schema.columns WHERE "
                                        "table_schema = ? AND table_name = 'employees' ORDER BY "
                                        "ordinal_position", {hrTarget});
        QVERIFY(columns);
        std::vector<std::string> names;
        for (const auto &c : *columns)
            names.push_back(c[0].value_or(""));
        QCOMPARE(names, (std::vector<std::string>{"empid", "FIRST_NAME", "LAST_NAME", "salary",
                                                  "FULL_NAME"}));
        QCOMPARE(countRows(**target, quoteQualified(Dialect::PostgreSql, hrTarget, "departments")),
                 int64_t(5));
        // DMS_SAMPLE: lowercase schema and tables, MLB_DATA excluded, a defined primary key.
        const std::string sampleTarget = "dms_sample" + suffix;
        QCOMPARE(countRows(**target, quoteQualified(Dialect::PostgreSql, sampleTarget, "sport_type")),
                 int64_t(2));
        QVERIFY(*(*target)->tableExists(sampleTarget, "sport_type"));
        QVERIFY(!*(*target)->tableExists(sampleTarget, "mlb_data"));
        auto key = (*target)->query(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND "
            "a.attnum = ANY(i.indkey) WHERE i.indisprimary AND i.indrelid = ?::regclass",
            {quoteQualified(Dialect::PostgreSql, sampleTarget, "sport_type")});
        QVERIFY2(key, key ? "" : key.error().toString().c_str());
        QCOMPARE(key->size(), size_t(1));
        QCOMPARE((*key)[0][0].value_or(""), std::string("NAME"));

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

        auto session = load::openTargetSession(sqliteSpec(target));
        QVERIFY(session);
        QCOMPARE(countRows(**session, "\"fans\""), int64_t(3000));

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
        task::FullLoadRunner runner(request, callbacks);
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
        auto session = load::openTargetSession(sqliteSpec(data + QStringLiteral("/demo/ticketing-copy.db")));
        QVERIFY(session);
        QCOMPARE(countRows(**session, "\"ticket\""), int64_t(5000));
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
        auto setup = load::openTargetSession(my);
        QVERIFY(setup);
        QVERIFY((*setup)->execute("SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION'"));
        QVERIFY2((*setup)->execute(
                     "CREATE TABLE " + table
                     + " (id int PRIMARY KEY, u64 bigint unsigned, i8 tinyint, zero_date date,"
                       " zero_dt datetime, long_time time, e enum('red','green','blue'),"
                       " st set('a','b','c'), bits bit(10), doc json, bin varbinary(300),"
                       " f float, d double, y year) CHARSET=utf8mb4"),
                 "create");
        std::string allBytes;
        for (int i = 0; i < 256; ++i)
            allBytes.push_back(static_cast<char>(i));
        std::string hex;
        load::appendHex(hex, allBytes);
        const std::string insert = "INSERT INTO " + table
                                   + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, b'1010000001', ?, UNHEX(?),"
                                     " ?, ?, ?)";
        QVERIFY2((*setup)->execute(insert, {"1", "18446744073709551615", "-128", "0000-00-00",
                                            "0000-00-00 00:00:00", "838:59:59", "green", "a,c",
                                            "{\"k\": [1, 2]}", hex, "0.1", "1e308", "2155"}),
                 "row 1");
        QVERIFY2((*setup)->execute(insert, {"2", "0", "127", "2024-02-29", "2024-02-29 13:14:15",
                                            "-12:00:00", "red", "", "[]", "", "-1.5", "-2.5e-300",
                                            "1901"}),
                 "row 2");
        setup->reset();

        const std::string schema = target == QLatin1String("sqlite") ? std::string()
                                                                     : test::uniqueName("fl_myedge");
        const std::string control = test::uniqueName("fl_myedgectl");
        task::TaskRequest request;
        request.name = test::uniqueName("myedge");
        request.source = my;
        request.target = specFor(target, m_dir.filePath(QStringLiteral("myedge-%1.db").arg(target)));
        request.mapping = includeOnly(database, tableName);
        request.settings = settingsFor(schema, control);
        task::FullLoadRunner runner(request, {});
        auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QCOMPARE(outcome->finalSnapshot.tables.at(0).fullLoadRows, int64_t(2));
        QCOMPARE(outcome->finalSnapshot.tables.at(0).fullLoadErrorRows, int64_t(0));

        std::vector<TypeFamily> families;
        Rows expected = readTable(my, database, tableName, &families);
        QCOMPARE(expected.size(), size_t(2));
        // The source's canonical values, written by hand for the cells that matter.
        QCOMPARE(expected[0][1].value_or(""), std::string("18446744073709551615"));
        QCOMPARE(expected[0][3].value_or(""), std::string("0000-00-00"));
        QCOMPARE(expected[0][5].value_or(""), std::string("838:59:59"));
        QCOMPARE(expected[0][7].value_or(""), std::string("a,c"));
        QCOMPARE(expected[0][8].value_or(""), std::string("1010000001"));
        QCOMPARE(expected[0][10].value_or(""), allBytes);
        QCOMPARE(expected[0][11].value_or(""), std::string("0.1"));
        if (target == QLatin1String("postgresql")) {
            // PostgreSQL has no zero date: NULL, as AWS DMS does.
            expected[0][3] = std::nullopt;
            expected[0][4] = std::nullopt;
        }
        const Rows actual = readTable(request.target, schema, tableName, &families);
        QString why;
        QVERIFY2(sameRows(expected, actual, &why), qPrintable(why));

        if (target == QLatin1String("postgresql")) {
            auto session = load::openTargetSession(request.target);
            QVERIFY(session);
            auto native = (*session)->query(
                "SELECT u64::text, long_time::text, bits::text, length(bin), d::text FROM "
                + quoteQualified(Dialect::PostgreSql, schema, tableName) + " WHERE id = 1");
            QVERIFY2(native, native ? "" : native.error().toString().c_str());
            QCOMPARE((*native)[0][0].value_or(""), std::string("18446744073709551615"));
            QCOMPARE((*native)[0][1].value_or(""), std::string("838:59:59"));
            QCOMPARE((*native)[0][2].value_or(""), std::string("1010000001"));
            QCOMPARE((*native)[0][3].value_or(""), std::string("256"));
            QCOMPARE((*native)[0][4].value_or(""), std::string("1e+308"));
        }
        dropTargetSchemas(request.target, {schema, control});
        (void)(*load::openTargetSession(my))->execute("DROP TABLE " + table);
    }

    /// PostgreSQL values MySQL cannot hold (NaN, Infinity) and text with a NUL byte that
    /// PostgreSQL cannot hold in the other direction: rejected into the exceptions table by
    /// policy, the rest loaded; LOB modes: limited mode truncates to LobMaxSize, SupportLobs
    /// false leaves LOB columns out.
    void unrepresentableValuesAndLobModes()
    {
        const ConnectionSpec pg = test::postgresSpec();
        const std::string sourceSchema = test::uniqueName("fl_pgsrc");
        auto setup = load::openTargetSession(pg);
        QVERIFY(setup);
        QVERIFY((*setup)->createSchema(sourceSchema));
        const std::string table = quoteQualified(Dialect::PostgreSql, sourceSchema, "measure");
        QVERIFY((*setup)->execute("CREATE TABLE " + table
                                  + " (id int PRIMARY KEY, d double precision, note text)"));
        QVERIFY((*setup)->execute("INSERT INTO " + table + " VALUES (1, 1.5, repeat('x', 5000)),"
                                  " (2, 'NaN', 'a'), (3, 'Infinity', 'b'), (4, '-Infinity', 'c'),"
                                  " (5, 2.5, NULL)"));
        setup->reset();

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
            task::FullLoadRunner runner(request, {});
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
        auto session = load::openTargetSession(request.target);
        QVERIFY(session);
        auto lengths = (*session)->query("SELECT id, LENGTH(note) FROM "
                                         + quoteQualified(Dialect::MySql, schema, "measure")
                                         + " ORDER BY id");
        QVERIFY2(lengths, lengths ? "" : lengths.error().toString().c_str());
        QCOMPARE(lengths->size(), size_t(2));
        QCOMPARE((*lengths)[0][1].value_or(""), std::string("1024"));
        const task::ControlTables controlTables(Dialect::MySql, control);
        QCOMPARE(countRows(**session, controlTables.name("exceptions"), "task_name = ?",
                           {request.name}),
                 int64_t(3));
        session->reset();
        dropTargetSchemas(request.target, {schema, control});

        // SupportLobs=false: the text column is not migrated at all.
        const QString sqliteTarget = m_dir.filePath(QStringLiteral("nolobs.db"));
        request.name = test::uniqueName("nolobs");
        request.target = sqliteSpec(sqliteTarget);
        request.settings = settingsFor({}, {}, {{"TargetMetadata.SupportLobs", "false"}});
        {
            task::FullLoadRunner runner(request, {});
            auto outcome = runner.run();
            QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
            QCOMPARE(outcome->finalSnapshot.tables.at(0).fullLoadRows, int64_t(5));
        }
        auto catalog = makeEndpoint(request.target)->readCatalog({});
        QVERIFY(catalog);
        const Table *copied = catalog->schemas.at(0).table("measure");
        QVERIFY(copied);
        QCOMPARE(copied->columns.size(), size_t(2));
        QVERIFY(!copied->column("note"));
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
            auto admin = load::openTargetSession(test::postgresSpec(true));
            if (!admin)
                return QString::fromStdString(admin.error().toString());
            auto killed = (*admin)->query("SELECT count(pg_terminate_backend(pid)) FROM "
                                          "pg_stat_activity WHERE application_name = ?",
                                          {application});
            if (!killed)
                return QString::fromStdString(killed.error().toString());
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
        auto setup = load::openTargetSession(pg);
        QVERIFY(setup);
        QVERIFY((*setup)->createSchema(sourceSchema));
        QVERIFY((*setup)->execute(
            "CREATE TABLE " + table
            + " (id int PRIMARY KEY, amount numeric(38,10), data bytea, doc jsonb, ident uuid,"
              " span interval, at timestamptz(6), flags bit varying(12), list int[], ok boolean,"
              " r real, t text, price money)"));
        QVERIFY((*setup)->execute("SET TIME ZONE 'Asia/Kolkata'"));
        QVERIFY2((*setup)->execute(
                     "INSERT INTO " + table + " VALUES (1, 1234567890123456789012345678.0123456789,"
                     " (SELECT string_agg(set_byte('\\x00'::bytea, 0, i), ''::bytea ORDER BY i)"
                     " FROM generate_series(0, 255) i), '{\"b\": [1, 2], \"a\": null}',"
                     " 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '1 day 02:03:04', "
                     "'2024-02-29 23:59:59.123456+05:30', B'101', '{1,2,3}', true, 0.1,"
                     " 'Zoë \xF0\x9F\x98\x80', 12.34),"
                     " (2, -0.0000000001, '', '[]', NULL, '-00:00:01', '1970-01-01 00:00:00+00',"
                     " B'', '{}', false, -1.5, '', 0), (3, NULL, NULL, NULL, NULL, NULL, NULL,"
                     " NULL, NULL, NULL, NULL, NULL, NULL)"),
                 "insert");
        setup->reset();

        const std::string schema = target == QLatin1String("sqlite") ? std::string()
                                                                     : test::uniqueName("fl_pgedgedst");
        const std::string control = test::uniqueName("fl_pgedgectl");
        task::TaskRequest request;
        request.name = test::uniqueName("pgedge");
        request.source = pg;
        request.target = specFor(target, m_dir.filePath(QStringLiteral("pgedge-%1.db").arg(target)));
        request.mapping = includeOnly(sourceSchema, "edges");
        request.settings = settingsFor(schema, control);
        task::FullLoadRunner runner(request, {});
        auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QCOMPARE(outcome->finalSnapshot.tables.at(0).fullLoadRows, int64_t(3));

        std::vector<TypeFamily> families;
        const Rows expected = readTable(pg, sourceSchema, "edges", &families);
        QCOMPARE(expected.size(), size_t(3));
        // The source's canonical values, by hand, for the cells engines disagree on most.
        QCOMPARE(expected[0][1].value_or(""), std::string("1234567890123456789012345678.0123456789"));
        QCOMPARE(expected[0][2].value_or("").size(), size_t(256));
        QCOMPARE(expected[0][6].value_or(""), std::string("2024-02-29 18:29:59.123456"));
        QCOMPARE(expected[0][7].value_or(""), std::string("101"));
        QCOMPARE(expected[0][10].value_or(""), std::string("0.1"));
        QCOMPARE(expected[1][11].value_or("x"), std::string());
        const Rows actual = readTable(request.target, schema, "edges", &families);
        QString why;
        QVERIFY2(sameRows(expected, actual, &why), qPrintable(why));
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
        auto setup = load::openTargetSession(sqliteSpec(file));
        QVERIFY(setup);
        for (const char *sql :
             {"CREATE TABLE team (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL)",
              "CREATE INDEX idx_team_name ON team (name)",
              "CREATE TABLE player (id INTEGER PRIMARY KEY, team_id INTEGER NOT NULL, "
              "name VARCHAR(40), CONSTRAINT fk_player_team FOREIGN KEY (team_id) "
              "REFERENCES team (id))",
              "INSERT INTO team VALUES (1, 'Hawks'), (2, 'Owls'), (3, 'Lynx')",
              "INSERT INTO player VALUES (1, 1, 'Ann'), (2, 1, 'Bo'), (3, 2, 'Cy')"})
            QVERIFY2((*setup)->execute(sql), sql);
        setup->reset();

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
            task::FullLoadRunner runner(request, {});
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
        setup = load::openTargetSession(sqliteSpec(file));
        QVERIFY(setup);
        for (const char *sql :
             {"UPDATE team SET name = 'Night Owls' WHERE id = 2",
              "INSERT INTO team VALUES (4, 'Wolves')",
              "UPDATE player SET name = 'Anna' WHERE id = 1",
              "INSERT INTO player VALUES (4, 2, 'Dee')"})
            QVERIFY2((*setup)->execute(sql), sql);
        setup->reset();
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
        task::FullLoadRunner runner(request, {});
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
        QString why;
        QVERIFY2(sameRows(expectedTeam, readTable(request.target, schema, "team"), &why),
                 qPrintable(why));
        QVERIFY2(sameRows(oldPlayers, readTable(request.target, schema, "player"), &why),
                 qPrintable(why));

        auto session = load::openTargetSession(request.target);
        QVERIFY(session);
        auto states = (*session)->query("SELECT source_table, state FROM "
                                            + names.name("table_status")
                                            + " WHERE task_name = ? ORDER BY source_table",
                                        {request.name});
        QVERIFY2(states, states ? "" : states.error().toString().c_str());
        QCOMPARE(*states, (Rows{{"player", "completed"}, {"team", "completed"}}));
        auto slices = (*session)->query("SELECT source_table, SUM(rows_read), SUM(rows_loaded) "
                                        "FROM " + names.name("slice_status")
                                            + " WHERE task_name = ? AND state = 'completed' "
                                              "GROUP BY source_table ORDER BY source_table",
                                        {request.name});
        QVERIFY2(slices, slices ? "" : slices.error().toString().c_str());
        QCOMPARE(*slices, (Rows{{"player", "3", "3"}, {"team", "4", "4"}}));
        auto exceptions = (*session)->query("SELECT source_table FROM " + names.name("exceptions")
                                                + " WHERE task_name = ?",
                                            {request.name});
        QVERIFY2(exceptions, exceptions ? "" : exceptions.error().toString().c_str());
        QCOMPARE(*exceptions, (Rows{{"player"}}));

        // Keys as after a normal load: the index of team once, the foreign key of player (which
        // references the reloaded table) once on the server engines.
        CatalogFilter filter;
        if (!sqlite)
            filter.schemas = {schema};
        auto catalog = makeEndpoint(request.target)->readCatalog(filter);
        QVERIFY2(catalog, catalog ? "" : catalog.error().toString().c_str());
        const Table *teamTable = nullptr;
        const Table *playerTable = nullptr;
        for (const Schema &s : catalog->schemas) {
            if (const Table *t = s.table("team"))
                teamTable = t;
            if (const Table *t = s.table("player"))
                playerTable = t;
        }
        QVERIFY(teamTable && playerTable);
        std::vector<std::string> teamIndexes;
        for (const Index &index : teamTable->indexes) {
            if (!index.primary)
                teamIndexes.push_back(index.name);
        }
        QCOMPARE(teamIndexes, std::vector<std::string>{"idx_team_name"});
        QVERIFY(teamTable->primaryKey.has_value());
        QCOMPARE(teamTable->primaryKey->columns, std::vector<std::string>{"id"});
        if (!sqlite) {
            QCOMPARE(playerTable->foreignKeys.size(), size_t(1));
            QCOMPARE(playerTable->foreignKeys[0].referencedTable, std::string("team"));
            QCOMPARE(playerTable->foreignKeys[0].columns, std::vector<std::string>{"team_id"});
        }
        session->reset();
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
            auto setup = load::openTargetSession(sqliteSpec(file));
            QVERIFY(setup);
            for (const char *sql :
                 {"CREATE TABLE team (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL)",
                  "CREATE INDEX idx_team_name ON team (name)",
                  "CREATE TABLE player (id INTEGER PRIMARY KEY, team_id INTEGER NOT NULL, "
                  "name VARCHAR(40), CONSTRAINT fk_player_team FOREIGN KEY (team_id) "
                  "REFERENCES team (id))",
                  "INSERT INTO team VALUES (1, 'Hawks'), (2, 'Owls'), (3, 'Lynx')",
                  "INSERT INTO player VALUES (1, 1, 'Ann'), (2, 1, 'Bo'), (3, 2, 'Cy')"})
                QVERIFY2((*setup)->execute(sql), sql);
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
            task::FullLoadRunner runner(request, {});
            auto outcome = runner.run();
            if (!outcome)
                qWarning("%s", outcome.error().toString().c_str());
            return outcome ? *outcome : task::TaskOutcome {};
        };
        auto tableOf = [&](const Catalog &catalog, const char *name) -> const Table * {
            for (const Schema &s : catalog.schemas) {
                if (const Table *t = s.table(name))
                    return t;
            }
            return nullptr;
        };
        auto readCatalog = [&]() -> std::optional<Catalog> {
            CatalogFilter filter;
            if (!sqlite)
                filter.schemas = {schema};
            auto catalog = makeEndpoint(targetSpec)->readCatalog(filter);
            if (!catalog) {
                qWarning("%s", catalog.error().toString().c_str());
                return std::nullopt;
            }
            return *catalog;
        };
        auto secondaryIndexes = [](const Table &table) {
            std::vector<std::string> names;
            for (const Index &index : table.indexes) {
                if (!index.primary)
                    names.push_back(index.name);
            }
            return names;
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
            auto setup = load::openTargetSession(sqliteSpec(file));
            QVERIFY(setup);
            QVERIFY((*setup)->execute("INSERT INTO team VALUES (4, 'Wolves')"));
        }
        // Again into the same tables, keeping them; the primary key "after the load" too.
        QVERIFY(completed(run("TRUNCATE_BEFORE_LOAD", true, std::nullopt), 2));
        QString why;
        QVERIFY2(sameRows({{"1", "Hawks"}, {"2", "Owls"}, {"3", "Lynx"}, {"4", "Wolves"}},
                          readTable(targetSpec, schema, "team"), &why),
                 qPrintable(why));
        auto catalog = readCatalog();
        QVERIFY(catalog);
        const Table *team = tableOf(*catalog, "team");
        const Table *player = tableOf(*catalog, "player");
        QVERIFY(team && player);
        QCOMPARE(secondaryIndexes(*team), std::vector<std::string> {"idx_team_name"});
        QVERIFY(team->primaryKey.has_value());
        QCOMPARE(team->primaryKey->columns, std::vector<std::string> {"id"});
        if (!sqlite)
            QCOMPARE(player->foreignKeys.size(), size_t(1));
        const task::ControlTables names(targetSpec.dialect, control);
        auto controlRows = [&](const std::string &sql) {
            auto session = load::openTargetSession(targetSpec);
            auto rows = session ? (*session)->query(sql) : Result<Rows>(session.error());
            return rows ? *rows : Rows {{"query failed"}};
        };
        if (targetSpec.dialect == Dialect::PostgreSql) {
            // Every detached key was added again and its record removed.
            QCOMPARE(controlRows("SELECT COUNT(*) FROM " + names.name("detached_keys")),
                     (Rows {{"0"}}));
            // A run killed after detaching a key: the next run adds it again.
            auto session = load::openTargetSession(targetSpec);
            QVERIFY(session);
            const std::string playerTable = quoteQualified(Dialect::PostgreSql, schema, "player");
            const std::string keyName = player->foreignKeys[0].name;
            auto definition = (*session)->query(
                "SELECT pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint "
                "WHERE conname = ? AND conrelid = ?::regclass",
                {keyName, playerTable});
            QVERIFY(definition && definition->size() == 1);
            QVERIFY((*session)->execute("ALTER TABLE " + playerTable + " DROP CONSTRAINT "
                                        + quoteIdentifier(Dialect::PostgreSql, keyName)));
            QVERIFY(names.addDetachedKey(**session, "killed-task",
                                         {schema, "player", keyName, *(*definition)[0][0]}));
            session->reset();
            task::TaskRequest again;
            again.name = "killed-task";
            again.source = sqliteSpec(file);
            again.target = targetSpec;
            again.settings = settingsFor(schema, control,
                                         {{"FullLoadSettings.TargetTablePrepMode",
                                           "TRUNCATE_BEFORE_LOAD"}});
            task::FullLoadRunner runner(again, {});
            auto outcome = runner.run();
            QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
            QVERIFY(completed(*outcome, 2));
            auto restored = readCatalog();
            QVERIFY(restored);
            QCOMPARE(tableOf(*restored, "player")->foreignKeys.size(), size_t(1));
            QCOMPARE(tableOf(*restored, "player")->foreignKeys[0].name, keyName);
            QCOMPARE(controlRows("SELECT COUNT(*) FROM " + names.name("detached_keys")),
                     (Rows {{"0"}}));
        }

        // A table the user made: DO_NOTHING loads it and leaves its indexes as they are.
        {
            auto session = load::openTargetSession(targetSpec);
            QVERIFY(session);
            const std::string mine = quoteQualified(targetSpec.dialect, schema, "team_copy");
            QVERIFY((*session)->execute("CREATE TABLE " + mine
                                        + " (id INTEGER, name VARCHAR(40) NOT NULL)"));
            QVERIFY((*session)->execute("CREATE INDEX my_team_names ON " + mine + " (name)"));
        }
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
        QVERIFY2(sameRows({{"1", "Hawks"}, {"2", "Owls"}, {"3", "Lynx"}, {"4", "Wolves"}},
                          readTable(targetSpec, schema, "team_copy"), &why),
                 qPrintable(why));
        catalog = readCatalog();
        QVERIFY(catalog);
        const Table *teamCopy = tableOf(*catalog, "team_copy");
        QVERIFY(teamCopy);
        QCOMPARE(secondaryIndexes(*teamCopy), std::vector<std::string> {"my_team_names"});
        QVERIFY(!teamCopy->primaryKey.has_value());
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
        auto setup = load::openTargetSession(sqliteSpec(file));
        QVERIFY(setup);
        for (const char *sql : {"CREATE TABLE team (id INTEGER PRIMARY KEY, name TEXT)",
                                "CREATE TABLE player (id INTEGER PRIMARY KEY, name TEXT)",
                                "INSERT INTO team VALUES (1, 'Hawks'), (2, 'Owls')"})
            QVERIFY2((*setup)->execute(sql), sql);
        setup->reset();

        const QString targetFile = m_dir.filePath(QStringLiteral("reload-errors-target.db"));
        QFile::remove(targetFile);
        task::TaskRequest request;
        request.name = "reload-errors";
        request.source = sqliteSpec(file);
        request.target = sqliteSpec(targetFile);
        request.mapping = includeOnly("main", "team");
        request.reloadTables = {{"main", "team"}};
        {
            task::FullLoadRunner runner(request, {});
            auto outcome = runner.run();
            QVERIFY(!outcome);
            QCOMPARE(outcome.error().code, ErrorCode::Usage);
            QCOMPARE(outcome.error().message,
                     std::string("Task reload-errors has no table to reload: it never ran on "
                                 "this target."));
            QVERIFY2(outcome.error().hint.find("without --reload-table") != std::string::npos,
                     outcome.error().hint.c_str());
        }
        auto target = load::openTargetSession(request.target);
        QVERIFY(target);
        QCOMPARE(*(*target)->tableExists("", "team"), false);

        request.reloadTables.clear();
        {
            task::FullLoadRunner runner(request, {});
            auto outcome = runner.run();
            QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        }
        QVERIFY((*target)->execute("DELETE FROM team WHERE id = 2"));

        for (const auto &[table, rest] :
             {std::pair<std::string, std::string>{"player", "left out by the rules"},
              std::pair<std::string, std::string>{"nosuch", "not in the source"}}) {
            request.reloadTables = {{"main", table}};
            task::FullLoadRunner runner(request, {});
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
        QCOMPARE(countRows(**target, "team"), int64_t(1));
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

        for (const char *table : SampleTables) {
            std::vector<TypeFamily> families;
            const Rows expected = readTable(sqliteSpec(source), "main", table, &families);
            const Rows actual = readTable(targetSpec, schema, table, &families);
            QString why;
            QVERIFY2(sameRows(expected, actual, &why),
                     qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(table), why)));
        }
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
        task::FullLoadRunner runner(request, callbacks);
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
        for (const char *table : SampleTables) {
            std::vector<TypeFamily> families;
            const Rows expected = readTable(request.source, "main", table, &families);
            const Rows actual = readTable(request.target, schema, table, &families);
            QString why;
            QVERIFY2(sameRows(expected, actual, &why),
                     qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(table), why)));
        }
        dropTargetSchemas(request.target, {schema, control});
    }
};

QTEST_GUILESS_MAIN(TestFullLoad)
#include "tst_full_load.moc"
