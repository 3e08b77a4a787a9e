// SPDX-License-Identifier: MIT
// Rejected rows end to end on real targets (engine/task/exceptions.h): a full load whose target
// table refuses some rows (CHECK and NOT NULL), the exception rows read back page by page, some
// fixed and re-applied -- they land in the target and leave the exceptions table in the same
// transaction, a row fixed wrongly stays with its new reason --, rows re-applied after the
// mapping rules changed (add-column expression, change-data-type with the target column changed
// once approved), and an exceptions table of the older layout upgraded in place.
#include "engine/connectors/connector.h"
#include "engine/load/load_session.h"
#include "engine/project/dms_json.h"
#include "engine/task/control_tables.h"
#include "engine/task/exceptions.h"
#include "engine/task/task_runner.h"
#include "tests/support/test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace ferry;

namespace {

using Rows = std::vector<load::TextRow>;
using Cells = std::vector<std::pair<std::string, std::optional<std::string>>>;

using test::sqliteSpec;

project::TaskSettings settingsFor(const std::string &targetSchema, const std::string &controlSchema)
{
    project::TaskSettings settings;
    if (!targetSchema.empty())
        settings.set("TargetMetadata", "TargetSchema", project::Value::string(targetSchema));
    if (!controlSchema.empty())
        settings.set("ControlTablesSettings", "ControlSchema",
                     project::Value::string(controlSchema));
    // The target table is created by the test with the constraints that refuse rows.
    settings.set("FullLoadSettings", "TargetTablePrepMode",
                 project::Value::fromPlainScalar("DO_NOTHING"));
    return settings;
}

std::optional<std::string> text(const char *value) { return std::string(value); }
constexpr std::nullopt_t null = std::nullopt;

Cells cellsOf(const task::RowImage &image)
{
    Cells cells;
    for (const task::ImageCell &cell : image)
        cells.emplace_back(cell.column, cell.value);
    return cells;
}

std::string sourceId(const task::ExceptionRecord &record)
{
    for (const task::ImageCell &cell : record.sourceImage) {
        if (cell.column == "id")
            return cell.value.value_or("");
    }
    return {};
}

/// The exception records of a page by the source row's id.
std::map<std::string, task::ExceptionRecord> bySourceId(const task::ExceptionPage &page)
{
    std::map<std::string, task::ExceptionRecord> records;
    for (const task::ExceptionRecord &record : page.rows)
        records.emplace(sourceId(record), record);
    return records;
}

/// The target table that refuses negative values and missing labels.
std::string createReadings(Dialect dialect, const std::string &schema)
{
    return "CREATE TABLE " + quoteQualified(dialect, schema, "readings")
        + " (id INTEGER PRIMARY KEY, value INTEGER, label VARCHAR(20) NOT NULL, "
          "CONSTRAINT value_not_negative CHECK (value >= 0))";
}

void dropSchemas(const ConnectionSpec &spec, const std::vector<std::string> &schemas)
{
    if (spec.dialect == Dialect::Sqlite)
        return;
    auto session = load::openTargetSession(spec);
    if (!session)
        return;
    for (const std::string &schema : schemas) {
        (void)(*session)->execute(std::string(spec.dialect == Dialect::PostgreSql
                                                  ? "DROP SCHEMA IF EXISTS "
                                                  : "DROP DATABASE IF EXISTS ")
                                  + quoteIdentifier(spec.dialect, schema)
                                  + (spec.dialect == Dialect::PostgreSql ? " CASCADE" : ""));
    }
}

Rows query(const ConnectionSpec &spec, const std::string &sql, const load::TextRow &parameters = {})
{
    auto session = load::openTargetSession(spec);
    if (!session) {
        qWarning("%s", session.error().toString().c_str());
        return {};
    }
    auto rows = (*session)->query(sql, parameters);
    if (!rows) {
        qWarning("%s", rows.error().toString().c_str());
        return {};
    }
    return *rows;
}

bool mentions(const task::ExceptionRecord &record, const char *what)
{
    return (record.error + " " + record.detail).find(what) != std::string::npos;
}

bool mentions(const Error &error, const char *what)
{
    return (error.message + " " + error.detail).find(what) != std::string::npos;
}

/// A DMS table mapping: include every table, then the transformation rules given (JSON
/// objects without their rule-type / rule-id, numbered from 2).
project::TableMapping mappingOf(const std::vector<std::string> &transformations)
{
    std::string json = R"({"rules":[{"rule-type":"selection","rule-id":"1","rule-name":"1",)"
                       R"("object-locator":{"schema-name":"%","table-name":"%"},)"
                       R"("rule-action":"include"})";
    int id = 2;
    for (const std::string &rule : transformations) {
        json += R"(,{"rule-type":"transformation","rule-id":")" + std::to_string(id)
            + R"(","rule-name":")" + std::to_string(id) + "\"," + rule.substr(1);
        ++id;
    }
    json += "]}";
    auto mapping = project::importDmsTableMappings(json, "rules.json");
    if (!mapping)
        qFatal("%s", mapping.error().toString().c_str());
    return *mapping;
}

} // namespace

class TestExceptions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ConnectionSpec targetSpec(const QString &engine)
    {
        if (engine == QLatin1String("postgresql"))
            return test::postgresSpec();
        if (engine == QLatin1String("mysql"))
            return test::mysqlSpec();
        return sqliteSpec(m_dir.filePath(
            QStringLiteral("target-%1.db").arg(QString::fromStdString(test::uniqueName("t")))));
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QVERIFY(m_dir.isValid());
    }

    /// Row images keep every byte: text with escapes, control characters and non-ASCII
    /// letters, binary data that is not UTF-8 (with a NUL), NULL; a value over the limit is
    /// recorded by its size only.
    void rowImagesRoundTrip()
    {
        const std::string binary("\xff\xfe\x00"
                                 "a\x80",
                                 5);
        const std::string big(task::MaxImageValueBytes + 1, 'x');
        load::RowBatch batch(7);
        batch.appendCell(0, "plain");
        batch.appendCell(1, "tab\there \"quoted\" back\\slash\nnew line");
        batch.appendCell(2,
                         std::string("\x01"
                                     "ctl",
                                     4));
        batch.appendCell(3, "\xc3\xa9t\xc3\xa9 \xe6\xbc\xa2");
        batch.appendCell(4, binary);
        batch.appendNull(5);
        batch.appendCell(6, big);
        batch.finishRow();
        const std::vector<std::string> names {"a", "b \"q\"", "c", "d", "e", "f", "g"};
        const std::string json
            = task::rowImageJson(names, batch, 0, task::MaxImageValueBytes, false);
        QVERIFY(json.find("{\"omitted\":1048577}") != std::string::npos);
        const auto image = task::parseRowImage(json);
        QVERIFY(image);
        QCOMPARE(image->size(), size_t(7));
        QCOMPARE((*image)[0].value, text("plain"));
        QCOMPARE((*image)[1].column, std::string("b \"q\""));
        QCOMPARE((*image)[1].value, text("tab\there \"quoted\" back\\slash\nnew line"));
        QCOMPARE((*image)[2].value,
                 std::optional<std::string>(std::string("\x01"
                                                        "ctl",
                                                        4)));
        QCOMPARE((*image)[3].value, text("\xc3\xa9t\xc3\xa9 \xe6\xbc\xa2"));
        QCOMPARE((*image)[4].value, std::optional<std::string>(binary));
        QVERIFY(!(*image)[5].value);
        QVERIFY(!(*image)[5].omittedBytes);
        QVERIFY(!(*image)[6].value);
        QCOMPARE((*image)[6].omittedBytes, std::optional<int64_t>(1048577));
        // The serialized image parses back to itself.
        const auto again = task::parseRowImage(task::rowImageJson(*image));
        QVERIFY(again);
        QCOMPARE(cellsOf(*again), cellsOf(*image));
        QCOMPARE((*again)[6].omittedBytes, std::optional<int64_t>(1048577));
        // Cut values (the source image) are cut, not omitted.
        const std::string cut = task::rowImageJson({"g"}, load::RowBatch(), 0, 4, true);
        QCOMPARE(cut, std::string("{}"));
        load::RowBatch one(1);
        one.appendCell(0, "abcdefgh");
        one.finishRow();
        QCOMPARE(task::rowImageJson({"g"}, one, 0, 4, true), std::string("{\"g\":\"abcd\"}"));
        QVERIFY(!task::parseRowImage("{\"a\": 12}"));
        QVERIFY(!task::parseRowImage("[\"a\"]"));
        QVERIFY(!task::parseRowImage("{\"a\":\"x\"} trailing"));
    }

    /// A target where the task never ran (no control tables, or none for this control
    /// schema) has no rejected rows, and reading creates nothing there.
    void noControlTablesGiveAnEmptyPage_data() { readFixReapply_data(); }
    void noControlTablesGiveAnEmptyPage()
    {
        QFETCH(QString, engine);
        const ConnectionSpec target = targetSpec(engine);
        task::ExceptionFilter filter;
        filter.controlSchema = test::uniqueName("exc_none");
        auto page = task::readExceptions(target, "never-ran", filter);
        QVERIFY2(page, page ? "" : page.error().toString().c_str());
        QCOMPARE(page->rows.size(), size_t(0));
        QCOMPARE(page->tables.size(), size_t(0));
        QCOMPARE(page->matching, int64_t(0));
        task::ReapplyRequest request;
        request.controlSchema = filter.controlSchema;
        request.rows.push_back({42, {}});
        auto result = task::reapplyExceptions(target, "never-ran", request);
        QVERIFY2(result, result ? "" : result.error().toString().c_str());
        QCOMPARE(result->rows.size(), size_t(1));
        QCOMPARE(result->rows[0].outcome, task::ReapplyOutcome::NotFound);
        const task::ControlTables names(target.dialect, filter.controlSchema);
        auto session = load::openTargetSession(target);
        QVERIFY(session);
        auto exists = (*session)->tableExists(names.schema(), names.tableName("exceptions"));
        QVERIFY(exists);
        QVERIFY(!*exists);
    }

    void readFixReapply_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
        QTest::newRow("mysql") << QStringLiteral("mysql");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    }

    /// 20 source rows, 5 the target refuses: ids 3 and 12 break the CHECK (value -1), ids 5,
    /// 10 and 15 have no label (NOT NULL). Read back, fix 3 and 5, "fix" 10 into a CHECK
    /// violation, re-apply those three; then the rest of the table at once.
    void readFixReapply()
    {
        QFETCH(QString, engine);
        const QString sourceFile = m_dir.filePath(QStringLiteral("source-%1.db").arg(engine));
        QFile::remove(sourceFile);
        {
            auto source = load::openTargetSession(sqliteSpec(sourceFile));
            QVERIFY(source);
            QVERIFY((*source)->execute("CREATE TABLE readings (id INTEGER PRIMARY KEY, "
                                       "value INTEGER, label VARCHAR(20))"));
            for (int i = 1; i <= 20; ++i) {
                const bool negative = i == 3 || i == 12;
                const bool unlabelled = i == 5 || i == 10 || i == 15;
                QVERIFY((*source)->execute(
                    "INSERT INTO readings VALUES (?, ?, ?)",
                    {std::to_string(i), negative ? std::string("-1") : std::to_string(i * 3),
                     unlabelled ? std::nullopt
                                : std::optional<std::string>("reading " + std::to_string(i))}));
            }
        }

        const ConnectionSpec target = targetSpec(engine);
        const Dialect d = target.dialect;
        const std::string schema
            = d == Dialect::Sqlite ? std::string() : test::uniqueName("exc_data");
        const std::string control
            = d == Dialect::Sqlite ? std::string() : test::uniqueName("exc_ctl");
        const std::string readings = quoteQualified(d, schema, "readings");
        {
            auto session = load::openTargetSession(target);
            QVERIFY2(session, session ? "" : session.error().toString().c_str());
            QVERIFY((*session)->createSchema(schema));
            auto created = (*session)->execute(createReadings(d, schema));
            QVERIFY2(created, created ? "" : created.error().toString().c_str());
        }

        task::TaskRequest request;
        request.name = test::uniqueName("exc");
        request.source = sqliteSpec(sourceFile);
        request.target = target;
        request.settings = settingsFor(schema, control);
        {
            task::TaskRunner runner(request, {});
            auto outcome = runner.run();
            QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
            const task::TableStatistics &stats = outcome->finalSnapshot.tables.at(0);
            QCOMPARE(stats.fullLoadRows, int64_t(15));
            QCOMPARE(stats.fullLoadErrorRows, int64_t(5));
        }

        // Read back: every rejected row with its reason, column and both images.
        task::ExceptionFilter filter;
        filter.controlSchema = control;
        auto page = task::readExceptions(target, request.name, filter);
        QVERIFY2(page, page ? "" : page.error().toString().c_str());
        QCOMPARE(page->rows.size(), size_t(5));
        QCOMPARE(page->matching, int64_t(5));
        QVERIFY(!page->more);
        QCOMPARE(page->tables.size(), size_t(1));
        QCOMPARE(page->tables[0].sourceSchema, std::string("main"));
        QCOMPARE(page->tables[0].sourceTable, std::string("readings"));
        QCOMPARE(page->tables[0].targetSchema, schema);
        QCOMPARE(page->tables[0].targetTable, std::string("readings"));
        QCOMPARE(page->tables[0].rows, int64_t(5));
        auto records = bySourceId(*page);
        QCOMPARE(records.size(), size_t(5));
        const Cells three {{"id", text("3")}, {"value", text("-1")}, {"label", text("reading 3")}};
        const Cells five {{"id", text("5")}, {"value", text("15")}, {"label", null}};
        QCOMPARE(cellsOf(records.at("3").targetImage), three);
        QCOMPARE(cellsOf(records.at("3").sourceImage), three);
        QCOMPARE(cellsOf(records.at("5").targetImage), five);
        QCOMPARE(cellsOf(records.at("10").targetImage),
                 (Cells {{"id", text("10")}, {"value", text("30")}, {"label", null}}));
        QCOMPARE(
            cellsOf(records.at("12").targetImage),
            (Cells {{"id", text("12")}, {"value", text("-1")}, {"label", text("reading 12")}}));
        for (const char *id : {"3", "12"}) {
            const task::ExceptionRecord &record = records.at(id);
            QVERIFY2(mentions(record, "value_not_negative"),
                     (record.error + " / " + record.detail).c_str());
            QCOMPARE(record.targetTable, std::string("readings"));
            QCOMPARE(record.targetSchema, schema);
            QCOMPARE(record.slice, 0);
            QVERIFY(!record.errorTime.empty());
        }
        for (const char *id : {"5", "10", "15"}) {
            const task::ExceptionRecord &record = records.at(id);
            QCOMPARE(record.column, std::string("label"));
            QVERIFY2(!record.error.empty(), id);
        }

        // Pages of two by id; a table filter.
        filter.limit = 2;
        auto first = task::readExceptions(target, request.name, filter);
        QVERIFY(first);
        QCOMPARE(first->rows.size(), size_t(2));
        QVERIFY(first->more);
        QCOMPARE(first->matching, int64_t(5));
        QVERIFY(first->rows[0].id < first->rows[1].id);
        filter.afterId = first->rows[1].id;
        auto second = task::readExceptions(target, request.name, filter);
        QVERIFY(second);
        QCOMPARE(second->rows.size(), size_t(2));
        QVERIFY(second->more);
        QVERIFY(second->rows[0].id > first->rows[1].id);
        filter.afterId = second->rows[1].id;
        auto third = task::readExceptions(target, request.name, filter);
        QVERIFY(third);
        QCOMPARE(third->rows.size(), size_t(1));
        QVERIFY(!third->more);
        filter = {};
        filter.controlSchema = control;
        filter.sourceSchema = "main";
        filter.sourceTable = "nosuch";
        auto none = task::readExceptions(target, request.name, filter);
        QVERIFY(none);
        QCOMPARE(none->rows.size(), size_t(0));
        QCOMPARE(none->matching, int64_t(0));
        QCOMPARE(none->tables.size(), size_t(1));
        filter.sourceTable = "readings";
        auto one = task::readExceptions(target, request.name, filter);
        QVERIFY(one);
        QCOMPARE(one->rows.size(), size_t(5));

        // Fix 3 and 5 right, 10 wrongly (a label now, but a negative value).
        task::ReapplyRequest fixes;
        fixes.controlSchema = control;
        fixes.rows.push_back({records.at("3").id, {{"value", text("30")}}});
        fixes.rows.push_back({records.at("5").id, {{"label", text("fixed five")}}});
        fixes.rows.push_back(
            {records.at("10").id, {{"label", text("ten")}, {"value", text("-10")}}});
        auto result = task::reapplyExceptions(target, request.name, fixes);
        QVERIFY2(result, result ? "" : result.error().toString().c_str());
        QCOMPARE(result->rows.size(), size_t(3));
        QCOMPARE(result->find(records.at("3").id)->outcome, task::ReapplyOutcome::Applied);
        QCOMPARE(result->find(records.at("5").id)->outcome, task::ReapplyOutcome::Applied);
        const task::ReapplyRowResult *ten = result->find(records.at("10").id);
        QCOMPARE(ten->outcome, task::ReapplyOutcome::RejectedAgain);
        QVERIFY2(mentions(ten->error, "value_not_negative"), ten->error.toString().c_str());
        QCOMPARE(result->count(task::ReapplyOutcome::Applied), 2);

        QCOMPARE(query(target,
                       "SELECT id, value, label FROM " + readings
                           + " WHERE id IN (3, 5, 10) ORDER BY id"),
                 (Rows {{text("3"), text("30"), text("reading 3")},
                        {text("5"), text("15"), text("fixed five")}}));
        QCOMPARE(query(target, "SELECT COUNT(*) FROM " + readings), (Rows {{text("17")}}));

        const task::ControlTables names(d, control);
        auto after = task::readExceptions(target, request.name, filter);
        QVERIFY(after);
        auto left = bySourceId(*after);
        QCOMPARE(left.size(), size_t(3));
        QVERIFY(left.count("10") && left.count("12") && left.count("15"));
        // The wrongly fixed row keeps the values tried and its new reason; the source image
        // is what the source held.
        QCOMPARE(left.at("10").id, records.at("10").id);
        QCOMPARE(cellsOf(left.at("10").targetImage),
                 (Cells {{"id", text("10")}, {"value", text("-10")}, {"label", text("ten")}}));
        QCOMPARE(cellsOf(left.at("10").sourceImage),
                 (Cells {{"id", text("10")}, {"value", text("30")}, {"label", null}}));
        QVERIFY2(mentions(left.at("10"), "value_not_negative"), left.at("10").error.c_str());
        // The unfixed rows are untouched.
        QCOMPARE(left.at("15").error, records.at("15").error);
        QCOMPARE(left.at("12").errorTime, records.at("12").errorTime);
        // Source rows = loaded + rejected still holds in the slice's counts.
        QCOMPARE(query(target,
                       "SELECT rows_read, rows_loaded, error_rows FROM "
                           + names.name("slice_status") + " WHERE task_name = ?",
                       {request.name}),
                 (Rows {{text("20"), text("17"), text("3")}}));

        // A row already re-applied is not found again; nothing changes.
        task::ReapplyRequest again;
        again.controlSchema = control;
        again.rows.push_back({records.at("3").id, {}});
        auto repeated = task::reapplyExceptions(target, request.name, again);
        QVERIFY(repeated);
        QCOMPARE(repeated->rows.size(), size_t(1));
        QCOMPARE(repeated->rows[0].outcome, task::ReapplyOutcome::NotFound);
        QCOMPARE(query(target, "SELECT COUNT(*) FROM " + readings), (Rows {{text("17")}}));

        // Everything left of the table at once, with fixes for each row.
        task::ReapplyRequest all;
        all.controlSchema = control;
        all.allOfSourceSchema = "main";
        all.allOfSourceTable = "readings";
        all.rows.push_back({records.at("10").id, {{"value", text("100")}}});
        all.rows.push_back({records.at("12").id, {{"value", text("36")}}});
        all.rows.push_back({records.at("15").id, {{"label", text("fifteen")}}});
        auto rest = task::reapplyExceptions(target, request.name, all);
        QVERIFY2(rest, rest ? "" : rest.error().toString().c_str());
        QCOMPARE(rest->rows.size(), size_t(3));
        QCOMPARE(rest->count(task::ReapplyOutcome::Applied), 3);
        QCOMPARE(query(target,
                       "SELECT id, value, label FROM " + readings
                           + " WHERE id IN (10, 12, 15) ORDER BY id"),
                 (Rows {{text("10"), text("100"), text("ten")},
                        {text("12"), text("36"), text("reading 12")},
                        {text("15"), text("45"), text("fifteen")}}));
        QCOMPARE(query(target, "SELECT COUNT(*) FROM " + readings), (Rows {{text("20")}}));
        QCOMPARE(query(target,
                       "SELECT COUNT(*) FROM " + names.name("exceptions") + " WHERE task_name = ?",
                       {request.name}),
                 (Rows {{text("0")}}));
        QCOMPARE(query(target,
                       "SELECT rows_loaded, error_rows FROM " + names.name("slice_status")
                           + " WHERE task_name = ?",
                       {request.name}),
                 (Rows {{text("20"), text("0")}}));
        dropSchemas(target, {schema, control});
    }

    void reapplyWithChangedRules_data() { readFixReapply_data(); }

    /// Rows refused under one mapping, re-applied after the user changed its rules. The load
    /// limits `name` to 5 characters (change-data-type) and adds `tag` from a JSON column
    /// (add-column, json_extract): PostgreSQL and MySQL refuse the long name of row 2; rows 3
    /// and 5 have no JSON, so the expression fails. Re-applying with unchanged rules refuses
    /// them again; a table the rules no longer select or now rename is not re-applied; after
    /// the rules are fixed the type change needs approval, then the column is changed and every
    /// row loads with the new expression's value.
    void reapplyWithChangedRules()
    {
        QFETCH(QString, engine);
        const QString sourceFile = m_dir.filePath(QStringLiteral("rules-%1.db").arg(engine));
        QFile::remove(sourceFile);
        {
            auto source = load::openTargetSession(sqliteSpec(sourceFile));
            QVERIFY(source);
            QVERIFY((*source)->execute("CREATE TABLE people (id INTEGER PRIMARY KEY, "
                                       "name VARCHAR(40), meta TEXT)"));
            const std::vector<std::pair<const char *, std::optional<std::string>>> people {
                {"Ann", text(R"({"tag":"a"})")}, {"Bartholomew", text(R"({"tag":"b"})")},
                {"Cy", text("not json")},        {"Dee", text(R"({"tag":"d"})")},
                {"Evangeline", text("broken{")}, {"Flo", null}};
            for (size_t i = 0; i < people.size(); ++i) {
                QVERIFY((*source)->execute(
                    "INSERT INTO people VALUES (?, ?, ?)",
                    {std::to_string(i + 1), std::string(people[i].first), people[i].second}));
            }
        }
        const std::string shortName
            = R"({"rule-target":"column","object-locator":{"schema-name":"%","table-name":"people",)"
              R"("column-name":"name"},"rule-action":"change-data-type",)"
              R"("data-type":{"type":"string","length":5}})";
        const std::string longName
            = R"({"rule-target":"column","object-locator":{"schema-name":"%","table-name":"people",)"
              R"("column-name":"name"},"rule-action":"change-data-type",)"
              R"("data-type":{"type":"string","length":40}})";
        const std::string strictTag
            = R"({"rule-target":"column","object-locator":{"schema-name":"%","table-name":"people"},)"
              R"x("rule-action":"add-column","value":"tag","expression":"json_extract($meta, '$.tag')",)x"
              R"("data-type":{"type":"string","length":10}})";
        const std::string lenientTag
            = R"({"rule-target":"column","object-locator":{"schema-name":"%","table-name":"people"},)"
              R"("rule-action":"add-column","value":"tag","expression":)"
              R"x("CASE WHEN json_valid($meta) THEN json_extract($meta, '$.tag') ELSE 'none' END",)x"
              R"("data-type":{"type":"string","length":10}})";

        const ConnectionSpec target = targetSpec(engine);
        const Dialect d = target.dialect;
        const std::string schema
            = d == Dialect::Sqlite ? std::string() : test::uniqueName("exc_rules");
        const std::string control
            = d == Dialect::Sqlite ? std::string() : test::uniqueName("exc_rctl");
        const std::string peopleTable = quoteQualified(d, schema, "people");

        task::TaskRequest request;
        request.name = test::uniqueName("rules");
        request.source = sqliteSpec(sourceFile);
        request.target = target;
        request.mapping = mappingOf({shortName, strictTag});
        if (!schema.empty())
            request.settings.set("TargetMetadata", "TargetSchema", project::Value::string(schema));
        if (!control.empty())
            request.settings.set("ControlTablesSettings", "ControlSchema",
                                 project::Value::string(control));
        {
            task::TaskRunner runner(request, {});
            auto outcome = runner.run();
            QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        }
        // SQLite keeps VARCHAR(5) values of any length: only the expression refuses rows there.
        const bool enforcesLength = d != Dialect::Sqlite;
        task::ExceptionFilter filter;
        filter.controlSchema = control;
        auto page = task::readExceptions(target, request.name, filter);
        QVERIFY2(page, page ? "" : page.error().toString().c_str());
        auto records = bySourceId(*page);
        QCOMPARE(records.size(), size_t(enforcesLength ? 3 : 2));
        QVERIFY(records.count("3") && records.count("5"));
        QVERIFY2(mentions(records.at("3"), "JSON"), records.at("3").error.c_str());
        QCOMPARE(
            cellsOf(records.at("5").sourceImage),
            (Cells {{"id", text("5")}, {"name", text("Evangeline")}, {"meta", text("broken{")}}));
        QCOMPARE(query(target, "SELECT id, name, tag FROM " + peopleTable + " ORDER BY id"),
                 enforcesLength ? (Rows {{text("1"), text("Ann"), text("a")},
                                         {text("4"), text("Dee"), text("d")},
                                         {text("6"), text("Flo"), null}})
                                : (Rows {{text("1"), text("Ann"), text("a")},
                                         {text("2"), text("Bartholomew"), text("b")},
                                         {text("4"), text("Dee"), text("d")},
                                         {text("6"), text("Flo"), null}}));
        // The row lacks the computed column: it is listed, not computed, for a value to be
        // given; with one the row re-applies under the rules as they were.
        {
            const task::RowImage &image = records.at("3").targetImage;
            const auto tag = std::find_if(image.begin(), image.end(), [](const auto &cell) {
                return cell.column == "tag";
            });
            QVERIFY(tag != image.end());
            QVERIFY(tag->missing);
            QVERIFY(!tag->value);
            QCOMPARE(records.at("3").column, std::string("tag"));
            task::ReapplyRequest byValue;
            byValue.controlSchema = control;
            task::ExceptionFix fix;
            fix.id = records.at("3").id;
            fix.values["tag"] = std::string("typed");
            byValue.rows = {fix};
            auto given = task::reapplyExceptions(target, request.name, byValue);
            QVERIFY2(given, given ? "" : given.error().toString().c_str());
            QCOMPARE(given->count(task::ReapplyOutcome::Applied), 1);
            records.erase("3");
        }

        auto withRules = [&](project::TableMapping rules, bool changeTypes) {
            task::ReapplyRequest reapply;
            reapply.controlSchema = control;
            reapply.allOfSourceSchema = "main";
            reapply.allOfSourceTable = "people";
            task::ReapplyMapping mapping;
            mapping.source = sqliteSpec(sourceFile);
            mapping.rules = std::move(rules);
            mapping.targetSchema = schema;
            mapping.changeColumnTypes = changeTypes;
            reapply.mapping = std::move(mapping);
            return task::reapplyExceptions(target, request.name, reapply);
        };

        // The rules as they were: refused again for the same reasons, no type change asked.
        auto same = withRules(mappingOf({shortName, strictTag}), false);
        QVERIFY2(same, same ? "" : same.error().toString().c_str());
        QCOMPARE(same->rows.size(), records.size());
        QCOMPARE(same->count(task::ReapplyOutcome::RejectedAgain), int(records.size()));
        QVERIFY(same->columnChanges.empty());
        QVERIFY2(mentions(same->find(records.at("5").id)->error, "JSON"),
                 same->find(records.at("5").id)->error.toString().c_str());

        // A table the rules exclude, or now send elsewhere, is not re-applied.
        project::TableMapping excluded = mappingOf({lenientTag});
        {
            auto json = project::exportDmsTableMappings(excluded);
            const std::string rule
                = R"({"rule-type":"selection","rule-id":"9","rule-name":"9","object-locator":)"
                  R"({"schema-name":"%","table-name":"people"},"rule-action":"exclude"}]})";
            json.replace(json.rfind(']'), std::string::npos, "," + rule);
            auto parsed = project::importDmsTableMappings(json, "excluded.json");
            QVERIFY2(parsed, parsed ? "" : parsed.error().toString().c_str());
            excluded = *parsed;
        }
        auto notSelected = withRules(excluded, false);
        QVERIFY2(notSelected, notSelected ? "" : notSelected.error().toString().c_str());
        QCOMPARE(notSelected->count(task::ReapplyOutcome::Failed), int(records.size()));
        QVERIFY2(mentions(notSelected->rows[0].error, "no longer selects"),
                 notSelected->rows[0].error.toString().c_str());
        auto renamed = withRules(
            mappingOf({lenientTag,
                       R"({"rule-target":"table","object-locator":{"schema-name":"%",)"
                       R"("table-name":"people"},"rule-action":"rename","value":"persons"})"}),
            false);
        QVERIFY2(renamed, renamed ? "" : renamed.error().toString().c_str());
        QCOMPARE(renamed->count(task::ReapplyOutcome::Failed), int(records.size()));
        QVERIFY2(mentions(renamed->rows[0].error, "persons"),
                 renamed->rows[0].error.toString().c_str());

        if (d == Dialect::Sqlite) {
            // A type of another affinity cannot be changed in place on SQLite.
            auto numeric = withRules(
                mappingOf({lenientTag,
                           R"({"rule-target":"column","object-locator":{"schema-name":"%",)"
                           R"("table-name":"people","column-name":"name"},)"
                           R"("rule-action":"change-data-type","data-type":{"type":"int8"}})"}),
                true);
            QVERIFY2(numeric, numeric ? "" : numeric.error().toString().c_str());
            QCOMPARE(numeric->count(task::ReapplyOutcome::Failed), int(records.size()));
            QCOMPARE(numeric->columnChanges.size(), size_t(1));
            QVERIFY(!numeric->columnChanges[0].changed);
            QVERIFY2(mentions(numeric->rows[0].error, "in place"),
                     numeric->rows[0].error.toString().c_str());
        }

        // Fixed rules: a longer name needs the target column changed, which waits for approval.
        if (enforcesLength) {
            auto unapproved = withRules(mappingOf({longName, lenientTag}), false);
            QVERIFY2(unapproved, unapproved ? "" : unapproved.error().toString().c_str());
            QCOMPARE(unapproved->count(task::ReapplyOutcome::Failed), int(records.size()));
            const auto pending = unapproved->pendingChanges();
            QCOMPARE(pending.size(), size_t(1));
            QCOMPARE(pending[0].column, std::string("name"));
            QCOMPARE(pending[0].ruleId, std::string("2"));
            QCOMPARE(pending[0].schema, schema);
            QCOMPARE(pending[0].table, std::string("people"));
            QVERIFY2(pending[0].fromType.find('5') != std::string::npos,
                     pending[0].fromType.c_str());
            QVERIFY2(pending[0].toType.find("40") != std::string::npos, pending[0].toType.c_str());
            QCOMPARE(unapproved->rows[0].error.action, ErrorAction::FixConfiguration);
            auto still = task::readExceptions(target, request.name, filter);
            QVERIFY(still);
            QCOMPARE(still->rows.size(), records.size());
        }
        auto fixed = withRules(mappingOf({longName, lenientTag}), true);
        QVERIFY2(fixed, fixed ? "" : fixed.error().toString().c_str());
        QCOMPARE(fixed->count(task::ReapplyOutcome::Applied), int(records.size()));
        QCOMPARE(fixed->pendingChanges().size(), size_t(0));
        QCOMPARE(fixed->columnChanges.size(), size_t(enforcesLength ? 1 : 0));
        QCOMPARE(query(target, "SELECT id, name, tag FROM " + peopleTable + " ORDER BY id"),
                 (Rows {{text("1"), text("Ann"), text("a")},
                        {text("2"), text("Bartholomew"), text("b")},
                        {text("3"), text("Cy"), text("typed")},
                        {text("4"), text("Dee"), text("d")},
                        {text("5"), text("Evangeline"), text("none")},
                        {text("6"), text("Flo"), null}}));
        if (enforcesLength) {
            QCOMPARE(query(target,
                           "SELECT character_maximum_length FROM information_schema.columns "
                           "WHERE table_schema = ? AND table_name = 'people' AND column_name = "
                           "'name'",
                           {schema}),
                     (Rows {{text("40")}}));
        }
        auto empty = task::readExceptions(target, request.name, filter);
        QVERIFY(empty);
        QCOMPARE(empty->rows.size(), size_t(0));
        dropSchemas(target, {schema, control});
    }

    /// The same from the command line: `ferry run` leaves rows an add-column expression
    /// refused; `ferry exceptions list` shows them (text and JSON); `reapply` with the rules
    /// unchanged refuses them again (exit 4); after the project's rule is fixed, `reapply
    /// --with-rules` loads them (exit 0) and the list is empty.
    void commandLine()
    {
        const QString dir = m_dir.filePath(QStringLiteral("cli"));
        QDir().mkpath(dir);
        const QString sourceFile = dir + QStringLiteral("/people.db");
        QFile::remove(sourceFile);
        QFile::remove(dir + QStringLiteral("/copy.db"));
        {
            auto source = load::openTargetSession(sqliteSpec(sourceFile));
            QVERIFY(source);
            QVERIFY((*source)->execute("CREATE TABLE people (id INTEGER PRIMARY KEY, "
                                       "name VARCHAR(40), meta TEXT)"));
            QVERIFY((*source)->execute(
                "INSERT INTO people VALUES (1, 'Ann', '{\"tag\":\"a\"}'), (2, 'Bo', 'oops'), "
                "(3, 'Cy', '{\"tag\":\"c\"}'), (4, 'Dee', '[broken')"));
        }
        const QString projectPath = dir + QStringLiteral("/people.ferry.yaml");
        auto writeProject = [&](const char *expression) {
            QFile project(projectPath);
            QVERIFY(project.open(QIODevice::WriteOnly | QIODevice::Truncate));
            project.write(QStringLiteral(R"(ferry: 1
name: people
endpoints:
  src: {engine: sqlite, path: people.db}
  dst: {engine: sqlite, path: copy.db}
mappings:
  tagged:
    rules:
      - {rule-type: selection, rule-id: "1", rule-name: all, rule-action: include,
         object-locator: {schema-name: "%", table-name: "%"}}
      - {rule-type: transformation, rule-id: "2", rule-name: tag, rule-target: column,
         rule-action: add-column, value: tag, expression: "%1",
         data-type: {type: string, length: 10},
         object-locator: {schema-name: "%", table-name: people}}
tasks:
  copy: {source: src, target: dst, migration-type: full-load, mapping: tagged}
)")
                              .arg(QString::fromUtf8(expression))
                              .toUtf8());
        };
        writeProject("json_extract($meta, '$.tag')");
        auto ferry = [&](const QStringList &arguments, QByteArray *output = nullptr) {
            QProcess process;
            process.start(test::binary(QStringLiteral("ferry")), arguments);
            if (!process.waitForFinished(120'000))
                return -1;
            if (output)
                *output = process.readAllStandardOutput();
            const QByteArray errors = process.readAllStandardError();
            if (!errors.isEmpty())
                qInfo("%s", errors.constData());
            return process.exitCode();
        };
        QCOMPARE(ferry({QStringLiteral("run"), projectPath, QStringLiteral("--run-dir"),
                        dir + QStringLiteral("/run")}),
                 0);

        QByteArray output;
        QCOMPARE(ferry({QStringLiteral("exceptions"), QStringLiteral("list"), projectPath,
                        QStringLiteral("--json")},
                       &output),
                 0);
        const QJsonObject listed = QJsonDocument::fromJson(output).object();
        const QJsonArray rows = listed.value(QLatin1String("rows")).toArray();
        QCOMPARE(rows.size(), 2);
        QStringList ids;
        for (const QJsonValue &row : rows) {
            const QJsonObject o = row.toObject();
            ids << o.value(QLatin1String("values")).toObject().value(QLatin1String("id")).toString();
            QCOMPARE(o.value(QLatin1String("column")).toString(), QStringLiteral("tag"));
            QVERIFY(o.value(QLatin1String("error")).toString().contains(QLatin1String("rule 2")));
        }
        ids.sort();
        QCOMPARE(ids, (QStringList {QStringLiteral("2"), QStringLiteral("4")}));
        QCOMPARE(listed.value(QLatin1String("tables")).toArray().size(), 1);
        QCOMPARE(ferry({QStringLiteral("exceptions"), QStringLiteral("list"), projectPath},
                       &output),
                 0);
        QVERIFY2(output.contains("main.people -> people, rejected rows: 2"), output.constData());
        QVERIFY2(output.contains("id=2, name=Bo, meta=oops"), output.constData());

        // Without the rules the rows lack the computed column: not re-applied, said why.
        QCOMPARE(ferry({QStringLiteral("exceptions"), QStringLiteral("reapply"), projectPath},
                       &output),
                 4);
        QVERIFY2(output.contains("Re-applied: 0, refused again: 0, not re-applied: 2."),
                 output.constData());
        QVERIFY2(output.contains("no value for column tag"), output.constData());
        // The rules unchanged: refused again for the same reason.
        QCOMPARE(ferry({QStringLiteral("exceptions"), QStringLiteral("reapply"), projectPath,
                        QStringLiteral("--with-rules")},
                       &output),
                 4);
        QVERIFY2(output.contains("Re-applied: 0, refused again: 2, not re-applied: 0."),
                 output.constData());

        // The rule fixed in the project: derived again and loaded.
        writeProject("CASE WHEN json_valid($meta) THEN json_extract($meta, '$.tag') "
                     "ELSE 'none' END");
        QCOMPARE(ferry({QStringLiteral("exceptions"), QStringLiteral("reapply"), projectPath,
                        QStringLiteral("--with-rules"), QStringLiteral("--json")},
                       &output),
                 0);
        const QJsonObject reapplied = QJsonDocument::fromJson(output).object();
        QCOMPARE(reapplied.value(QLatin1String("applied")).toInt(), 2);
        QCOMPARE(reapplied.value(QLatin1String("rejectedAgain")).toInt(), 0);
        QCOMPARE(query(sqliteSpec(dir + QStringLiteral("/copy.db")),
                       "SELECT id, tag FROM people ORDER BY id"),
                 (Rows {{text("1"), text("a")},
                        {text("2"), text("none")},
                        {text("3"), text("c")},
                        {text("4"), text("none")}}));
        QCOMPARE(ferry({QStringLiteral("exceptions"), QStringLiteral("list"), projectPath},
                       &output),
                 0);
        QVERIFY2(output.contains("Task copy has no rejected rows."), output.constData());

        // Wrong use is a usage error (exit 2).
        QCOMPARE(ferry({QStringLiteral("exceptions"), QStringLiteral("frobnicate"), projectPath}),
                 2);
        QCOMPARE(ferry({QStringLiteral("exceptions"), QStringLiteral("reapply"), projectPath,
                        QStringLiteral("--change-column-types")}),
                 2);
    }

    void upgradesAnOlderExceptionsTable_data() { readFixReapply_data(); }

    /// An exceptions table as Ferry created it before rows had keys and target images: read,
    /// it gains the columns (the rows keep their data and get distinct keys); its rows
    /// re-apply from the source image; a row for a table that is gone fails and stays.
    void upgradesAnOlderExceptionsTable()
    {
        QFETCH(QString, engine);
        const ConnectionSpec target = targetSpec(engine);
        const Dialect d = target.dialect;
        const std::string schema
            = d == Dialect::Sqlite ? std::string() : test::uniqueName("exc_old");
        const std::string control
            = d == Dialect::Sqlite ? std::string() : test::uniqueName("exc_oldctl");
        const task::ControlTables names(d, control);
        const std::string taskName = test::uniqueName("old");
        {
            auto session = load::openTargetSession(target);
            QVERIFY(session);
            QVERIFY((*session)->createSchema(schema));
            QVERIFY((*session)->execute(createReadings(d, schema)));
            QVERIFY(names.ensure(**session));
            QVERIFY((*session)->execute("DROP TABLE " + names.name("exceptions")));
            const std::string key = "VARCHAR(128)";
            const std::string textType = d == Dialect::MySql ? "LONGTEXT" : "TEXT";
            // The layout of the first full-load release.
            QVERIFY((*session)->execute(
                "CREATE TABLE " + names.name("exceptions") + " (task_name " + key
                + " NOT NULL, source_schema " + key + ", source_table " + key + ", target_schema "
                + key + ", target_table " + key + ", slice_no INTEGER, column_name " + key
                + ", error " + textType + ", detail " + textType + ", row_image " + textType
                + ", error_time VARCHAR(32))"));
            const std::string insert = "INSERT INTO " + names.name("exceptions")
                + " (task_name, source_schema, source_table, "
                  "target_schema, target_table, slice_no, column_name, "
                  "error, detail, row_image, error_time) VALUES "
                  "(?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)";
            QVERIFY(
                (*session)->execute(insert,
                                    {taskName, std::string("src"), std::string("readings"), schema,
                                     std::string("readings"), null, text("refused one"), text("d1"),
                                     text("{\"id\":\"1\",\"value\":\"-4\",\"label\":\"old one\"}"),
                                     text("2024-01-01T00:00:00Z")}));
            QVERIFY((*session)->execute(insert,
                                        {taskName, std::string("src"), std::string("readings"),
                                         schema, std::string("readings"), text("label"),
                                         text("refused two"), text("d2"),
                                         text("{\"id\":\"2\",\"value\":\"8\",\"label\":null}"),
                                         text("2024-01-01T00:00:01Z")}));
            QVERIFY(
                (*session)->execute(insert,
                                    {taskName, std::string("src"), std::string("gone"), schema,
                                     std::string("gone"), null, text("refused three"), text("d3"),
                                     text("{\"id\":\"3\"}"), text("2024-01-01T00:00:02Z")}));
        }
        task::ExceptionFilter filter;
        filter.controlSchema = control;
        auto page = task::readExceptions(target, taskName, filter);
        QVERIFY2(page, page ? "" : page.error().toString().c_str());
        QCOMPARE(page->rows.size(), size_t(3));
        QVERIFY(page->rows[0].id > 0);
        QVERIFY(page->rows[0].id < page->rows[1].id && page->rows[1].id < page->rows[2].id);
        auto records = bySourceId(*page);
        QCOMPARE(records.at("1").error, std::string("refused one"));
        QCOMPARE(records.at("2").column, std::string("label"));
        QVERIFY(records.at("1").targetImage.empty());
        QCOMPARE(cellsOf(records.at("1").image()),
                 (Cells {{"id", text("1")}, {"value", text("-4")}, {"label", text("old one")}}));
        // The new column is there now (SQLite keys rows by rowid and needs no id column).
        QCOMPARE(query(target, "SELECT COUNT(target_row) FROM " + names.name("exceptions")),
                 (Rows {{text("0")}}));
        if (d != Dialect::Sqlite) {
            QCOMPARE(query(target, "SELECT COUNT(DISTINCT id) FROM " + names.name("exceptions")),
                     (Rows {{text("3")}}));
        }
        // Reading again changes nothing.
        auto reread = task::readExceptions(target, taskName, filter);
        QVERIFY(reread);
        QCOMPARE(reread->rows[2].id, page->rows[2].id);

        task::ReapplyRequest fixes;
        fixes.controlSchema = control;
        fixes.rows.push_back({records.at("1").id, {{"value", text("4")}}});
        fixes.rows.push_back({records.at("2").id, {{"label", text("old two")}}});
        fixes.rows.push_back({records.at("3").id, {}});
        auto result = task::reapplyExceptions(target, taskName, fixes);
        QVERIFY2(result, result ? "" : result.error().toString().c_str());
        QCOMPARE(result->count(task::ReapplyOutcome::Applied), 2);
        const task::ReapplyRowResult *gone = result->find(records.at("3").id);
        QCOMPARE(gone->outcome, task::ReapplyOutcome::Failed);
        QVERIFY2(gone->error.message.find("gone") != std::string::npos,
                 gone->error.message.c_str());
        QCOMPARE(query(target,
                       "SELECT id, value, label FROM " + quoteQualified(d, schema, "readings")
                           + " ORDER BY id"),
                 (Rows {{text("1"), text("4"), text("old one")},
                        {text("2"), text("8"), text("old two")}}));
        auto remaining = task::readExceptions(target, taskName, filter);
        QVERIFY(remaining);
        QCOMPARE(remaining->rows.size(), size_t(1));
        QCOMPARE(remaining->rows[0].error, std::string("refused three"));
        dropSchemas(target, {schema, control});
    }
};

QTEST_GUILESS_MAIN(TestExceptions)
#include "tst_exceptions.moc"
