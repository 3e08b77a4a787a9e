// SPDX-License-Identifier: MIT
// LOB modes end to end on the harness servers (issue #11): without LOB settings every value
// arrives whole (full LOB mode); limited LOB mode chosen by a DMS settings file or a
// table-settings lob-settings rule truncates, counts each value and lists it in the control
// table lob_truncations (a slice loaded again does not list it twice); FailTasksOnLobTruncation
// stops the task. Every check reads the tables with the engines' own SQL (lengths and MD5 on
// both sides), never through Ferry's readers.
#include "engine/connectors/connector.h"
#include "engine/project/dms_json.h"
#include "engine/task/control_tables.h"
#include "engine/task/task_runner.h"
#include "tests/support/plain_sql.h"
#include "tests/support/test_support.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

using Rows = test::SqlRows;

constexpr size_t SmallBlobBytes = 40'000;  ///< a BLOB (up to 64 KB in MariaDB)
constexpr size_t LargeBlobBytes = 300'000; ///< a LONGBLOB
/// The LONGTEXT: 7 bytes ("x\t\\\n", "é", "a"), then 524,286 four-byte emoji = 2,097,151 bytes.
constexpr size_t TextEmoji = 524'286;
constexpr size_t TextBytes = 7 + 4 * TextEmoji;

/// Deterministic bytes covering every byte value (NUL, tab, backslash, newline, 0x80..0xff).
std::string binaryValue(size_t size, uint32_t seed)
{
    std::string value(size, '\0');
    uint32_t state = seed;
    for (size_t i = 0; i < size; ++i) {
        state = state * 1664525u + 1013904223u;
        value[i] = static_cast<char>((state >> 24) ^ static_cast<uint32_t>(i));
    }
    return value;
}

std::string textValue()
{
    std::string value = "x\t\\\n\xC3\xA9"
                        "a";
    value.reserve(TextBytes);
    for (size_t i = 0; i < TextEmoji; ++i)
        value += "\xF0\x9F\x98\x80"; // U+1F600
    return value;
}

QString md5Hex(const std::string &bytes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Md5)
            .toHex());
}

// JSON is built with QJsonObject: moc (Qt 6.4) loses its way in raw string literals whose
// braces do not balance.
std::string jsonText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

QString qs(const std::string &text) { return QString::fromStdString(text); }

/// Task settings as a DMS task-settings file holds them (imported the way --settings is).
project::TaskSettings dmsSettings(const QJsonObject &object)
{
    auto imported = project::importDmsTaskSettings(jsonText(object), "task-settings.json");
    if (!imported) {
        qWarning("%s", imported.error().toString().c_str());
        return {};
    }
    return imported->settings;
}

/// The task settings a test adds its own target and control schema to.
void placeTask(project::TaskSettings &settings, const std::string &targetSchema,
               const std::string &controlSchema)
{
    if (!targetSchema.empty())
        settings.set("TargetMetadata", "TargetSchema", project::Value::string(targetSchema));
    if (!controlSchema.empty())
        settings.set("ControlTablesSettings", "ControlSchema",
                     project::Value::string(controlSchema));
}

project::TableMapping dmsMapping(const QJsonArray &rules)
{
    auto mapping = project::importDmsTableMappings(jsonText(QJsonObject{{u"rules"_s, rules}}),
                                                   "table-mappings.json");
    if (!mapping) {
        qWarning("%s", mapping.error().toString().c_str());
        return {};
    }
    return *mapping;
}

QJsonObject locator(const std::string &schema, const std::string &table)
{
    return QJsonObject{{u"schema-name"_s, qs(schema)}, {u"table-name"_s, qs(table)}};
}

QJsonObject selection(const std::string &schema, const std::string &table, int id)
{
    return QJsonObject{{u"rule-type"_s, u"selection"_s},
                       {u"rule-id"_s, QString::number(id)},
                       {u"rule-name"_s, QString::number(id)},
                       {u"object-locator"_s, locator(schema, table)},
                       {u"rule-action"_s, u"include"_s},
                       {u"filters"_s, QJsonArray()}};
}

QJsonObject lobRule(const std::string &schema, const std::string &table, int id,
                    const QString &mode, const QString &bulkMaxSize)
{
    return QJsonObject{
        {u"rule-type"_s, u"table-settings"_s},
        {u"rule-id"_s, QString::number(id)},
        {u"rule-name"_s, QString::number(id)},
        {u"object-locator"_s, locator(schema, table)},
        {u"lob-settings"_s, QJsonObject{{u"mode"_s, mode}, {u"bulk-max-size"_s, bulkMaxSize}}}};
}

QJsonObject limitedLobSettings(int maxKb)
{
    // As the DMS console writes them.
    return QJsonObject{{u"SupportLobs"_s, true},     {u"FullLobMode"_s, false},
                       {u"LobChunkSize"_s, 0},       {u"LimitedSizeLobMode"_s, true},
                       {u"LobMaxSize"_s, maxKb},     {u"InlineLobMaxSize"_s, 0}};
}

using test::sqliteSpec;

ConnectionSpec targetSpec(const QString &engine, const QString &sqlitePath)
{
    if (engine == QLatin1String("postgresql"))
        return test::postgresSpec();
    if (engine == QLatin1String("mysql"))
        return test::mysqlSpec();
    return sqliteSpec(sqlitePath);
}

/// Per row: id, then length and MD5 of each column, computed by the engine's own SQL (SQLite
/// has no MD5: its hex() of the bytes is hashed here).
Rows fingerprint(test::PlainSql &session, Dialect dialect, const std::string &table,
                 const std::vector<std::string> &columns, const std::string &key = "id")
{
    std::string sql = "SELECT " + quoteIdentifier(dialect, key);
    for (const std::string &name : columns) {
        const std::string column = quoteIdentifier(dialect, name);
        switch (dialect) {
        case Dialect::PostgreSql:
            sql += ", octet_length(" + column + "), md5(" + column + ")";
            break;
        case Dialect::MySql:
            sql += ", LENGTH(" + column + "), MD5(" + column + ")";
            break;
        default:
            sql += ", length(CAST(" + column + " AS BLOB)), CASE WHEN " + column
                   + " IS NULL THEN NULL ELSE hex(" + column + ") END";
            break;
        }
    }
    sql += " FROM " + table + " ORDER BY 1";
    auto rows = session.rows(sql);
    if (!rows) {
        qWarning("%s: %s", sql.c_str(), session.lastError().c_str());
        return {};
    }
    if (dialect == Dialect::Sqlite) {
        for (test::SqlRow &row : *rows) {
            for (size_t i = 2; i < row.size(); i += 2) {
                if (row[i])
                    row[i] = md5Hex(QByteArray::fromHex(QByteArray::fromStdString(*row[i]))
                                        .toStdString())
                                 .toStdString();
            }
        }
    }
    return *rows;
}

QString describe(const Rows &rows)
{
    QStringList lines;
    for (const test::SqlRow &row : rows) {
        QStringList cells;
        for (const auto &cell : row)
            cells << (cell ? QString::fromStdString(*cell) : QStringLiteral("NULL"));
        lines << cells.join(QStringLiteral(", "));
    }
    return lines.join(QLatin1Char('\n'));
}

int64_t scalar(test::PlainSql &session, const std::string &sql, const test::SqlRow &parameters = {})
{
    auto rows = session.rows(sql, parameters);
    if (!rows || rows->empty() || !(*rows)[0][0]) {
        qWarning("%s: %s", sql.c_str(), rows ? "no value" : session.lastError().c_str());
        return -1;
    }
    return std::stoll(*(*rows)[0][0]);
}

void dropSchemas(const ConnectionSpec &spec, const std::vector<std::string> &schemas)
{
    if (spec.dialect == Dialect::Sqlite)
        return;
    auto session = std::make_unique<test::PlainSql>(spec);
    if (!session->isOpen())
        return;
    for (const std::string &schema : schemas) {
        (void)session->execute((spec.dialect == Dialect::PostgreSql ? "DROP SCHEMA IF EXISTS "
                                                                    : "DROP DATABASE IF EXISTS ")
                               + quoteIdentifier(spec.dialect, schema)
                               + (spec.dialect == Dialect::PostgreSql ? " CASCADE" : ""));
    }
}

const std::vector<std::string> LobColumns = {"small_blob", "large_blob", "body"};

} // namespace

class TestLobModes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_database; ///< the MariaDB source database (the harness user's)
    std::string m_table;    ///< id, label, small_blob BLOB, large_blob LONGBLOB, body LONGTEXT
    std::string m_keyless;  ///< the same values without a primary key
    std::string m_text;

    std::string sourceTable(const std::string &name) const
    {
        return quoteQualified(Dialect::MySql, m_database, name);
    }

    Rows sourceFingerprint(const std::string &table, const std::string &key = "id")
    {
        auto session = std::make_unique<test::PlainSql>(test::mysqlSpec());
        if (!session->isOpen())
            return {};
        return fingerprint(*session, Dialect::MySql, sourceTable(table), LobColumns, key);
    }

    /// The source's fingerprint with the values limited LOB mode keeps at maxKb KB: MariaDB
    /// cuts the same prefixes (keptText: the text's cut, on a character boundary).
    Rows sourceCutFingerprint(const std::string &table, size_t maxKb, size_t keptText)
    {
        auto session = std::make_unique<test::PlainSql>(test::mysqlSpec());
        if (!session->isOpen())
            return {};
        const std::string bytes = std::to_string(maxKb * 1024);
        const std::string text = std::to_string(keptText);
        auto rows = session->rows(
            "SELECT id, LENGTH(LEFT(small_blob, " + bytes + ")), MD5(LEFT(small_blob, " + bytes
            + ")), LENGTH(LEFT(large_blob, " + bytes + ")), MD5(LEFT(large_blob, " + bytes
            + ")), LENGTH(body), MD5(body) FROM " + sourceTable(table) + " WHERE LENGTH(body) <= "
            + text + " OR body IS NULL UNION ALL SELECT id, LENGTH(LEFT(small_blob, " + bytes
            + ")), MD5(LEFT(small_blob, " + bytes + ")), LENGTH(LEFT(large_blob, " + bytes
            + ")), MD5(LEFT(large_blob, " + bytes + ")), LENGTH(SUBSTRING(CAST(body AS BINARY), 1, "
            + text + ")), MD5(SUBSTRING(CAST(body AS BINARY), 1, " + text + ")) FROM "
            + sourceTable(table) + " WHERE LENGTH(body) > " + text + " ORDER BY 1");
        if (!rows) {
            qWarning("%s", session->lastError().c_str());
            return {};
        }
        return *rows;
    }

    /// Runs a task from this table's source into the target; the outcome.
    Result<task::TaskOutcome> run(const task::TaskRequest &request,
                                  std::vector<std::string> *logLines = nullptr)
    {
        task::TaskCallbacks callbacks;
        std::mutex mutex;
        if (logLines) {
            callbacks.log = [&](const task::LogLine &line) {
                std::lock_guard lock(mutex);
                logLines->push_back(line.message);
            };
        }
        task::TaskRunner runner(request, callbacks);
        return runner.run();
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QVERIFY(m_dir.isValid());
        m_database = test::env("FERRY_TEST_MY_DATABASE");
        m_table = test::uniqueName("lobs");
        m_keyless = test::uniqueName("lobs_nokey");
        m_text = textValue();
        QCOMPARE(m_text.size(), TextBytes);
        auto session = std::make_unique<test::PlainSql>(test::mysqlSpec());
        QVERIFY2(session->isOpen(), session->lastError().c_str());
        for (const std::string &table : {m_table, m_keyless}) {
            const bool keyed = table == m_table;
            const std::string ddl
                = "CREATE TABLE " + sourceTable(table) + " (id INT NOT NULL"
                  + (keyed ? " PRIMARY KEY" : "")
                  + ", label VARCHAR(20), small_blob BLOB, large_blob LONGBLOB, body LONGTEXT)"
                    " ENGINE=InnoDB CHARSET=utf8mb4";
            QVERIFY2(session->execute(ddl), ddl.c_str());
            const std::string insert = "INSERT INTO " + sourceTable(table)
                                       + " (id, label, small_blob, large_blob, body)"
                                         " VALUES (?, ?, ?, ?, ?)";
            // Row 1: three values over 32 KB; row 2: small values; row 3: NULLs.
            QVERIFY(session->execute(insert,
                                     {"1", "big", binaryValue(SmallBlobBytes, 1),
                                      binaryValue(LargeBlobBytes, 2), m_text}));
            QVERIFY(session->execute(
                insert,
                {"2", "small", binaryValue(1000, 3), binaryValue(32 * 1024, 4), "short text"}));
            QVERIFY(
                session->execute(insert, {"3", "nulls", std::nullopt, std::nullopt, std::nullopt}));
        }
        // The source as MariaDB sees it: the lengths written above.
        const Rows source = sourceFingerprint(m_table);
        QCOMPARE(source.size(), size_t(3));
        QCOMPARE(source[0][1], std::optional<std::string>(std::to_string(SmallBlobBytes)));
        QCOMPARE(source[0][3], std::optional<std::string>(std::to_string(LargeBlobBytes)));
        QCOMPARE(source[0][5], std::optional<std::string>(std::to_string(TextBytes)));
        QCOMPARE(source[0][2], std::optional<std::string>(
                                   md5Hex(binaryValue(SmallBlobBytes, 1)).toStdString()));
    }

    void cleanupTestCase()
    {
        if (m_database.empty())
            return;
        if (auto session = std::make_unique<test::PlainSql>(test::mysqlSpec()); session->isOpen()) {
            for (const std::string &table : {m_table, m_keyless})
                (void)session->execute("DROP TABLE IF EXISTS " + sourceTable(table));
        }
    }

    void fullLobModeWithoutSettings_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
        QTest::newRow("mysql") << QStringLiteral("mysql");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    }

    /// No task settings (what `ferry migrate` without --settings, the wizard and `ferry demo`
    /// run with): the 40 KB BLOB, the 300 KB LONGBLOB and the 2 MB LONGTEXT arrive byte-exact;
    /// nothing is counted as truncated.
    void fullLobModeWithoutSettings()
    {
        QFETCH(QString, target);
        const QString file = m_dir.filePath(QStringLiteral("full-%1.db").arg(target));
        const std::string schema = target == QLatin1String("sqlite") ? std::string()
                                                                      : test::uniqueName("lob_full");
        const std::string control = test::uniqueName("lob_fullctl");
        task::TaskRequest request;
        request.name = test::uniqueName("lobfull");
        request.source = test::mysqlSpec();
        request.target = targetSpec(target, file);
        request.mapping = dmsMapping({selection(m_database, m_table, 1)});
        placeTask(request.settings, schema, control);
        std::vector<std::string> log;
        auto outcome = run(request, &log);
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QCOMPARE(outcome->finalSnapshot.tablesLoaded(), 1);
        const task::TableStatistics &stats = outcome->finalSnapshot.tables.at(0);
        QCOMPARE(stats.fullLoadRows, int64_t(3));
        QCOMPARE(stats.fullLoadTruncatedLobs, int64_t(0));
        QCOMPARE(stats.lobMaxSizeKb, int64_t(0));
        QVERIFY(std::any_of(log.begin(), log.end(), [](const std::string &line) {
            return line.find("Full LOB mode (TargetMetadata sets no LOB mode)")
                   != std::string::npos;
        }));

        auto session = std::make_unique<test::PlainSql>(request.target);
        QVERIFY2(session->isOpen(), session->lastError().c_str());
        const Dialect dialect = request.target.dialect;
        const Rows expected = sourceFingerprint(m_table);
        const Rows actual
            = fingerprint(*session, dialect, quoteQualified(dialect, schema, m_table), LobColumns);
        QVERIFY2(actual == expected,
                 qPrintable(QStringLiteral("expected\n%1\nactual\n%2")
                                .arg(describe(expected), describe(actual))));
        QCOMPARE(actual.at(0).at(5), std::optional<std::string>(std::to_string(TextBytes)));
        const task::ControlTables names(dialect, control);
        QCOMPARE(scalar(*session, "SELECT COUNT(*) FROM " + names.name("lob_truncations")),
                 int64_t(0));
        session.reset();
        dropSchemas(request.target, {schema, control});
    }

    /// A DMS task-settings file choosing limited LOB mode (32 KB): the values over 32 KB are
    /// cut (text on a character boundary), counted (FullLoadTruncatedLobs), listed in
    /// lob_truncations with their row key and lengths, and named in the end message; nothing
    /// goes to exceptions. A slice loaded again (resume of a slice whose commit was not
    /// recorded, and --reload-table) replaces its lob_truncations rows instead of adding more.
    void limitedLobModeFromSettingsFile()
    {
        const ConnectionSpec pg = test::postgresSpec();
        const std::string schema = test::uniqueName("lob_limited");
        const std::string control = test::uniqueName("lob_limitedctl");
        task::TaskRequest request;
        request.name = test::uniqueName("loblimited");
        request.source = test::mysqlSpec();
        request.target = pg;
        request.mapping = dmsMapping(
            {selection(m_database, m_table, 1), selection(m_database, m_keyless, 2)});
        request.settings = dmsSettings(QJsonObject{
            {u"TargetMetadata"_s, limitedLobSettings(32)},
            {u"FullLoadSettings"_s, QJsonObject{{u"TargetTablePrepMode"_s, u"DROP_AND_CREATE"_s},
                                                {u"CommitRate"_s, 10000}}}});
        placeTask(request.settings, schema, control);
        std::vector<std::string> log;
        auto outcome = run(request, &log);
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QCOMPARE(outcome->finalSnapshot.tablesLoaded(), 2);
        for (const task::TableStatistics &stats : outcome->finalSnapshot.tables) {
            QCOMPARE(stats.fullLoadRows, int64_t(3));
            QCOMPARE(stats.fullLoadErrorRows, int64_t(0));
            QCOMPARE(stats.fullLoadTruncatedLobs, int64_t(3));
            QCOMPARE(stats.lobMaxSizeKb, int64_t(32));
        }
        const std::string json = outcome->finalSnapshot.toJsonLine();
        QVERIFY2(json.find("\"FullLoadTruncatedLobs\":3,\"LobMode\":\"limited\","
                           "\"LobMaxSize\":32")
                     != std::string::npos,
                 json.c_str());
        // No translator here: the English plural forms are ferry_en.ts's (the CLI loads it).
        const auto endMessage = std::find_if(log.begin(), log.end(), [](const std::string &l) {
            return l.find("Load complete (2 of 2 tables loaded, 0 in error; 6 LOB value(s) "
                          "truncated in 2 tables: limited LOB mode, see the control table "
                          "lob_truncations)")
                   != std::string::npos;
        });
        QVERIFY(endMessage != log.end());
        QVERIFY(std::find(outcome->warnings.begin(), outcome->warnings.end(), *endMessage)
                != outcome->warnings.end());

        // The target holds the prefixes MariaDB cuts itself: 32,768 bytes of each blob, and
        // 32,767 bytes of the text (byte 32,768 is inside a four-byte character).
        auto session = std::make_unique<test::PlainSql>(pg);
        QVERIFY2(session->isOpen(), session->lastError().c_str());
        const Rows expected = sourceCutFingerprint(m_table, 32, 32'767);
        QCOMPARE(expected.at(0).at(1), std::optional<std::string>("32768"));
        QCOMPARE(expected.at(0).at(5), std::optional<std::string>("32767"));
        for (const std::string &table : {m_table, m_keyless}) {
            const Rows actual
                = fingerprint(*session, Dialect::PostgreSql,
                              quoteQualified(Dialect::PostgreSql, schema, table), LobColumns);
            QVERIFY2(actual == expected,
                     qPrintable(QStringLiteral("%1: expected\n%2\nactual\n%3")
                                    .arg(QString::fromStdString(table), describe(expected),
                                         describe(actual))));
        }

        // lob_truncations: one row per cut value with the row's key; exceptions: none.
        const task::ControlTables names(Dialect::PostgreSql, control);
        auto listed = session->rows(
            "SELECT source_schema, source_table, column_name, row_key, original_length, "
            "kept_length, truncated_at IS NOT NULL FROM "
                + names.name("lob_truncations")
                + " WHERE task_name = ? ORDER BY source_table, column_name",
            {request.name});
        QVERIFY2(listed, session->lastError().c_str());
        const std::string sizes[3][3] = {
            {"body", std::to_string(TextBytes), "32767"},
            {"large_blob", std::to_string(LargeBlobBytes), "32768"},
            {"small_blob", std::to_string(SmallBlobBytes), "32768"}};
        QCOMPARE(listed->size(), size_t(6));
        for (size_t i = 0; i < 6; ++i) {
            const test::SqlRow &row = (*listed)[i];
            const bool keyed = i < 3 ? m_table < m_keyless : m_table > m_keyless;
            QCOMPARE(row[0].value_or(""), m_database);
            QCOMPARE(row[1].value_or(""), keyed ? m_table : m_keyless);
            QCOMPARE(row[2].value_or(""), sizes[i % 3][0]);
            // With a primary key its columns; without one, the columns that are not LOBs.
            QCOMPARE(row[3].value_or(""), std::string(keyed ? "{\"id\":\"1\"}"
                                                             : "{\"id\":\"1\",\"label\":\"big\"}"));
            QCOMPARE(row[4].value_or(""), sizes[i % 3][1]);
            QCOMPARE(row[5].value_or(""), sizes[i % 3][2]);
            QCOMPARE(row[6].value_or(""), std::string("t"));
        }
        QCOMPARE(scalar(*session,
                        "SELECT COUNT(*) FROM " + names.name("exceptions") + " WHERE task_name = ?",
                        {request.name}),
                 int64_t(0));

        // The keyed table's slice as if its commit had not been recorded: --resume loads it
        // again, and its truncations are listed once, not twice.
        QVERIFY(session->execute("UPDATE " + names.name("slice_status")
                                     + " SET state = 'pending' WHERE task_name = ? AND "
                                       "source_table = ?",
                                 {request.name, m_table}));
        QVERIFY(session->execute("UPDATE " + names.name("table_status")
                                     + " SET state = 'loading' WHERE task_name = ? AND "
                                       "source_table = ?",
                                 {request.name, m_table}));
        request.resume = true;
        auto resumed = run(request);
        QVERIFY2(resumed, resumed ? "" : resumed.error().toString().c_str());
        for (const task::TableStatistics &stats : resumed->finalSnapshot.tables)
            QCOMPARE(stats.fullLoadTruncatedLobs, int64_t(3)); // one restored, one loaded again
        const std::string countSql = "SELECT COUNT(*) FROM " + names.name("lob_truncations")
                                     + " WHERE task_name = ?";
        QCOMPARE(scalar(*session, countSql, {request.name}), int64_t(6));
        QCOMPARE(
            scalar(*session,
                   "SELECT COUNT(*) FROM " + quoteQualified(Dialect::PostgreSql, schema, m_table)),
            int64_t(3));

        // Reload table: its rows in lob_truncations are written afresh.
        request.reloadTables = {{m_database, m_keyless}};
        auto reloaded = run(request);
        QVERIFY2(reloaded, reloaded ? "" : reloaded.error().toString().c_str());
        QCOMPARE(scalar(*session, countSql, {request.name}), int64_t(6));
        QCOMPARE(reloaded->finalSnapshot.truncatedLobs(), int64_t(6));
        session.reset();
        dropSchemas(pg, {schema, control});
    }

    void tableRulesDecidePerTable_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
        QTest::newRow("mysql") << QStringLiteral("mysql");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    }

    /// table-settings lob-settings: `limited` with bulk-max-size 64 truncates that table at
    /// 64 KB although the task (no settings) is in full LOB mode; `unlimited` keeps a table
    /// whole although the task settings choose limited LOB mode.
    void tableRulesDecidePerTable()
    {
        QFETCH(QString, target);
        const QString file = m_dir.filePath(QStringLiteral("rules-%1.db").arg(target));
        QFile::remove(file);
        const bool sqlite = target == QLatin1String("sqlite");
        const std::string schema = sqlite ? std::string() : test::uniqueName("lob_rules");
        const std::string control = test::uniqueName("lob_rulesctl");
        task::TaskRequest request;
        request.name = test::uniqueName("lobrules");
        request.source = test::mysqlSpec();
        request.target = targetSpec(target, file);
        const Dialect dialect = request.target.dialect;

        // Task in full LOB mode, the keyed table limited to 64 KB by its rule.
        request.mapping = dmsMapping({selection(m_database, m_table, 1),
                                      lobRule(m_database, m_table, 2, u"limited"_s, u"64"_s)});
        placeTask(request.settings, schema, control);
        auto outcome = run(request);
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QCOMPARE(outcome->finalSnapshot.tables.at(0).lobMaxSizeKb, int64_t(64));
        // The 40,000-byte blob fits in 64 KB; the others are cut.
        QCOMPARE(outcome->finalSnapshot.tables.at(0).fullLoadTruncatedLobs, int64_t(2));
        auto session = std::make_unique<test::PlainSql>(request.target);
        QVERIFY2(session->isOpen(), session->lastError().c_str());
        const Rows cut = sourceCutFingerprint(m_table, 64, 65'535);
        QCOMPARE(cut.at(0).at(1), std::optional<std::string>(std::to_string(SmallBlobBytes)));
        QCOMPARE(cut.at(0).at(3), std::optional<std::string>("65536"));
        Rows actual
            = fingerprint(*session, dialect, quoteQualified(dialect, schema, m_table), LobColumns);
        QVERIFY2(actual == cut, qPrintable(QStringLiteral("expected\n%1\nactual\n%2")
                                               .arg(describe(cut), describe(actual))));
        const task::ControlTables names(dialect, control);
        QCOMPARE(
            scalar(*session,
                   "SELECT COUNT(*) FROM " + names.name("lob_truncations") + " WHERE task_name = ?",
                   {request.name}),
            int64_t(2));
        session.reset();

        // Task settings in limited LOB mode (LobMaxSize alone is explicit), the table whole by
        // its rule.
        request.name = test::uniqueName("lobrules");
        request.mapping = dmsMapping({selection(m_database, m_table, 1),
                                      lobRule(m_database, m_table, 2, u"unlimited"_s, u"0"_s)});
        request.settings = dmsSettings(
            QJsonObject{{u"TargetMetadata"_s, QJsonObject{{u"LobMaxSize"_s, 16}}}});
        placeTask(request.settings, schema, control);
        outcome = run(request);
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QCOMPARE(outcome->finalSnapshot.tables.at(0).lobMaxSizeKb, int64_t(0));
        QCOMPARE(outcome->finalSnapshot.tables.at(0).fullLoadTruncatedLobs, int64_t(0));
        session = std::make_unique<test::PlainSql>(request.target);
        QVERIFY2(session->isOpen(), session->lastError().c_str());
        const Rows whole = sourceFingerprint(m_table);
        actual
            = fingerprint(*session, dialect, quoteQualified(dialect, schema, m_table), LobColumns);
        QVERIFY2(actual == whole, qPrintable(QStringLiteral("expected\n%1\nactual\n%2")
                                                 .arg(describe(whole), describe(actual))));
        session.reset();
        dropSchemas(request.target, {schema, control});
    }

    /// FailTasksOnLobTruncation with limited LOB mode: the task stops at the first value it
    /// would cut, with an error naming the table, the column, the row key and the sizes; the
    /// slice is rolled back (nothing loaded, nothing listed).
    void failTasksOnLobTruncationStopsTheTask()
    {
        const ConnectionSpec pg = test::postgresSpec();
        const std::string schema = test::uniqueName("lob_fail");
        const std::string control = test::uniqueName("lob_failctl");
        task::TaskRequest request;
        request.name = test::uniqueName("lobfail");
        request.source = test::mysqlSpec();
        request.target = pg;
        request.mapping = dmsMapping({selection(m_database, m_table, 1)});
        QJsonObject failing = limitedLobSettings(64);
        failing.insert(u"FailTasksOnLobTruncation"_s, true);
        request.settings = dmsSettings(QJsonObject{{u"TargetMetadata"_s, failing}});
        placeTask(request.settings, schema, control);
        auto outcome = run(request);
        QVERIFY(!outcome);
        const Error &error = outcome.error();
        QCOMPARE(error.code, ErrorCode::LobTruncated);
        const QString message = QString::fromStdString(error.message);
        // The first row's first value over 64 KB: large_blob (the 40,000-byte blob fits).
        QVERIFY2(message.contains(QString::fromStdString(m_database + "." + m_table))
                     && message.contains(QLatin1String("large_blob"))
                     && message.contains(QLatin1String("{\"id\":\"1\"}"))
                     && message.contains(QLatin1String("300000 bytes"))
                     && message.contains(QLatin1String("64 KB"))
                     && message.contains(QLatin1String("FailTasksOnLobTruncation")),
                 qPrintable(message));
        QCOMPARE(error.location, m_database + "." + m_table + ".large_blob");

        auto session = std::make_unique<test::PlainSql>(pg);
        QVERIFY2(session->isOpen(), session->lastError().c_str());
        QCOMPARE(
            scalar(*session,
                   "SELECT COUNT(*) FROM " + quoteQualified(Dialect::PostgreSql, schema, m_table)),
            int64_t(0));
        const task::ControlTables names(Dialect::PostgreSql, control);
        QCOMPARE(scalar(*session, "SELECT COUNT(*) FROM " + names.name("lob_truncations")),
                 int64_t(0));
        auto state = session->rows("SELECT state FROM " + names.name("task_status")
                                       + " WHERE task_name = ?",
                                   {request.name});
        QVERIFY(state && state->size() == 1);
        QCOMPARE((*state)[0][0].value_or(""), std::string("failed"));
        session.reset();

        // Without the flag the same settings truncate and the task completes.
        request.settings = dmsSettings(QJsonObject{
            {u"TargetMetadata"_s,
             QJsonObject{{u"LobMaxSize"_s, 64}, {u"FailTasksOnLobTruncation"_s, false}}}});
        placeTask(request.settings, schema, control);
        outcome = run(request);
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QCOMPARE(outcome->finalSnapshot.tables.at(0).fullLoadTruncatedLobs, int64_t(2));
        dropSchemas(pg, {schema, control});
    }

    /// The command line: `ferry migrate` without --settings copies the LOBs whole; with a DMS
    /// settings file in limited LOB mode its --json statistics count the truncated values.
    void commandLine()
    {
        const ConnectionSpec source = test::mysqlSpec();
        const ConnectionSpec target = test::postgresSpec();
        const std::string schema = test::uniqueName("lob_cli");
        const std::string control = test::uniqueName("lob_clictl");
        const QJsonObject rename{{u"rule-type"_s, u"transformation"_s},
                                 {u"rule-id"_s, u"2"_s},
                                 {u"rule-name"_s, u"2"_s},
                                 {u"rule-target"_s, u"schema"_s},
                                 {u"rule-action"_s, u"rename"_s},
                                 {u"value"_s, qs(schema)},
                                 {u"object-locator"_s, QJsonObject{{u"schema-name"_s, qs(m_database)}}}};
        const std::string mappings = jsonText(
            QJsonObject{{u"rules"_s, QJsonArray{selection(m_database, m_table, 1), rename}}});
        const QString mappingsFile = m_dir.filePath(QStringLiteral("cli-mappings.json"));
        QFile out(mappingsFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(mappings));
        out.close();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FERRY_SOURCE_PASSWORD"),
                           QString::fromStdString(test::env("FERRY_TEST_MY_PASSWORD")));
        environment.insert(QStringLiteral("FERRY_LANGUAGE"), QStringLiteral("en"));
        environment.insert(QStringLiteral("FERRY_TARGET_PASSWORD"),
                           QString::fromStdString(test::env("FERRY_TEST_PG_PASSWORD")));
        const QString taskName = QString::fromStdString(test::uniqueName("lobcli"));
        auto migrate = [&](const QStringList &extra) {
            QProcess ferry;
            ferry.setProcessEnvironment(environment);
            ferry.start(test::binary(QStringLiteral("ferry")),
                        QStringList{QStringLiteral("migrate"),
                                    QString::fromStdString(source.toUri()),
                                    QString::fromStdString(target.toUri()),
                                    QStringLiteral("--mappings"), mappingsFile,
                                    QStringLiteral("--task-name"), taskName,
                                    QStringLiteral("--run-dir"),
                                    m_dir.filePath(QStringLiteral("cli-run"))}
                            + extra);
            ferry.waitForFinished(300'000);
            return std::make_tuple(ferry.exitCode(), ferry.readAllStandardOutput(),
                                   QString::fromUtf8(ferry.readAllStandardError()));
        };

        // A settings file without LOB keys (only the control schema): full LOB mode.
        const QString controlFile = m_dir.filePath(QStringLiteral("cli-control.json"));
        QFile controlSettings(controlFile);
        QVERIFY(controlSettings.open(QIODevice::WriteOnly));
        const QJsonObject controlGroup{
            {u"ControlTablesSettings"_s, QJsonObject{{u"ControlSchema"_s, qs(control)}}}};
        controlSettings.write(QByteArray::fromStdString(jsonText(controlGroup)));
        controlSettings.close();
        auto [code, output, errors] = migrate({QStringLiteral("--settings"), controlFile});
        QVERIFY2(code == 0, qPrintable(errors));
        QVERIFY2(!errors.contains(QLatin1String("truncated")), qPrintable(errors));
        auto session = std::make_unique<test::PlainSql>(target);
        QVERIFY2(session->isOpen(), session->lastError().c_str());
        const Rows whole = sourceFingerprint(m_table);
        Rows actual = fingerprint(*session, Dialect::PostgreSql,
                                  quoteQualified(Dialect::PostgreSql, schema, m_table), LobColumns);
        QVERIFY2(actual == whole, qPrintable(QStringLiteral("expected\n%1\nactual\n%2")
                                                 .arg(describe(whole), describe(actual))));
        session.reset();

        const QString settingsFile = m_dir.filePath(QStringLiteral("cli-settings.json"));
        QFile settings(settingsFile);
        QVERIFY(settings.open(QIODevice::WriteOnly));
        QJsonObject limited = controlGroup;
        limited.insert(u"TargetMetadata"_s, limitedLobSettings(32));
        settings.write(QByteArray::fromStdString(jsonText(limited)));
        settings.close();
        std::tie(code, output, errors)
            = migrate({QStringLiteral("--settings"), settingsFile, QStringLiteral("--json")});
        QVERIFY2(code == 0, qPrintable(errors));
        const QList<QByteArray> lines = output.trimmed().split('\n');
        const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
        const QJsonObject table
            = last.value(QLatin1String("TableStatistics")).toArray().at(0).toObject();
        QCOMPARE(table.value(QLatin1String("FullLoadTruncatedLobs")).toInt(), 3);
        QCOMPARE(table.value(QLatin1String("LobMode")).toString(), QStringLiteral("limited"));
        QCOMPARE(table.value(QLatin1String("LobMaxSize")).toInt(), 32);

        // The summary (no --json) names the truncated values and where they are listed.
        std::tie(code, output, errors) = migrate({QStringLiteral("--settings"), settingsFile});
        QVERIFY2(code == 0, qPrintable(errors));
        QVERIFY2(errors.contains(QLatin1String("Truncated LOBs"))
                     && errors.contains(QLatin1String("3 LOB values were truncated"))
                     && errors.contains(QLatin1String("lob_truncations"))
                     && errors.contains(QLatin1String("3 LOB values truncated in table")),
                 qPrintable(errors));
        session = std::make_unique<test::PlainSql>(target);
        QVERIFY2(session->isOpen(), session->lastError().c_str());
        actual = fingerprint(*session, Dialect::PostgreSql,
                             quoteQualified(Dialect::PostgreSql, schema, m_table), LobColumns);
        const Rows cut = sourceCutFingerprint(m_table, 32, 32'767);
        QVERIFY2(actual == cut, qPrintable(QStringLiteral("expected\n%1\nactual\n%2")
                                               .arg(describe(cut), describe(actual))));
        session.reset();
        dropSchemas(target, {schema, control});
    }
};

QTEST_GUILESS_MAIN(TestLobModes)
#include "tst_lob_modes.moc"
