// SPDX-License-Identifier: MIT
// Control tables of an older Ferry (issue #12): slice_status kept a slice's bounds in the
// BIGINT columns lower_key / upper_key. A task left half done under that layout -- created
// here with plain SQL exactly as the older version wrote it, one slice committed with its rows,
// two pending -- resumes on PostgreSQL and MariaDB targets: the table is upgraded in place
// (text bounds, old columns gone), the committed slice is not loaded again, the others are,
// and the target holds every source row once. Checked with plain SQL.
#include "engine/project/dms_json.h"
#include "engine/task/task_runner.h"
#include "tests/integration/task/migrate_support.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;
using test::query;
using test::single;

namespace {

constexpr int Rows = 900;

project::TableMapping includeItems()
{
    auto mapping = project::importDmsTableMappings(
        R"({"rules":[{"rule-type":"selection","rule-id":"1","rule-name":"1",)"
        R"("object-locator":{"schema-name":"main","table-name":"items"},)"
        R"("rule-action":"include"}]})",
        "inline.json");
    return mapping ? *mapping : project::TableMapping {};
}

/// The control tables and the target table as the version before issue #12 left them after
/// a kill: the task running, its table loading, slice 0 (..300] committed with its 300 rows,
/// slices 1 (300..600] and 2 (600..) pending. `q` quotes an identifier, `text` is the
/// dialect's unbounded text type.
std::vector<std::string> oldLayout(const std::string &target, const std::string &control,
                                   const std::string &task, const char *text,
                                   const std::function<std::string(const std::string &)> &q)
{
    const std::string key = "varchar(128)";
    const std::string now = "'2024-05-01T10:00:00.000Z'";
    std::vector<std::string> sql {
        "CREATE TABLE " + q(control) + ".task_status (task_name " + key
            + " NOT NULL, state varchar(32) NOT NULL, migration_type varchar(32), source "
            + text + ", started_at varchar(32), updated_at varchar(32), foreign_keys_done "
            "integer NOT NULL DEFAULT 0, message " + text + ", PRIMARY KEY (task_name))",
        "CREATE TABLE " + q(control) + ".table_status (task_name " + key
            + " NOT NULL, source_schema " + key + " NOT NULL, source_table " + key
            + " NOT NULL, target_schema " + key + ", target_table " + key
            + ", state varchar(32) NOT NULL, started_at varchar(32), ended_at varchar(32), "
              "last_error " + text + ", PRIMARY KEY (task_name, source_schema, source_table))",
        "CREATE TABLE " + q(control) + ".slice_status (task_name " + key
            + " NOT NULL, source_schema " + key + " NOT NULL, source_table " + key
            + " NOT NULL, slice_no integer NOT NULL, lower_key bigint, upper_key bigint, "
              "state varchar(16) NOT NULL, rows_read bigint NOT NULL DEFAULT 0, rows_loaded "
              "bigint NOT NULL DEFAULT 0, error_rows bigint NOT NULL DEFAULT 0, updated_at "
              "varchar(32), PRIMARY KEY (task_name, source_schema, source_table, slice_no))",
        "INSERT INTO " + q(control) + ".task_status VALUES ('" + task
            + "', 'running', 'full-load', 'sqlite://source.db', " + now + ", " + now
            + ", 0, NULL)",
        "INSERT INTO " + q(control) + ".table_status VALUES ('" + task + "', 'main', 'items', '"
            + target + "', 'items', 'loading', " + now + ", NULL, NULL)",
        "INSERT INTO " + q(control) + ".slice_status VALUES ('" + task
            + "', 'main', 'items', 0, NULL, 300, 'completed', 300, 300, 0, " + now + ")",
        "INSERT INTO " + q(control) + ".slice_status VALUES ('" + task
            + "', 'main', 'items', 1, 300, 600, 'pending', 0, 0, 0, NULL)",
        "INSERT INTO " + q(control) + ".slice_status VALUES ('" + task
            + "', 'main', 'items', 2, 600, NULL, 'pending', 0, 0, 0, NULL)",
        "CREATE TABLE " + q(target) + ".items (id bigint NOT NULL PRIMARY KEY, label " + text
            + " NOT NULL)",
    };
    return sql;
}

} // namespace

class TestControlUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("source.db"));
        QFile file(m_source); // an empty file is an empty database
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        test::PlainSql source(sourceSpec());
        OPEN(source);
        EXEC(source, "CREATE TABLE items (id INTEGER PRIMARY KEY, label TEXT NOT NULL)");
        EXEC(source, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                         + std::to_string(Rows) + ") INSERT INTO items SELECT i, 'item ' || i "
                                                  "FROM n");
    }

    void resumesAcrossTheUpgrade_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
        QTest::newRow("mariadb") << QStringLiteral("mariadb");
    }

    void resumesAcrossTheUpgrade()
    {
        QFETCH(QString, engine);
        const bool pg = engine == QLatin1String("postgresql");
        const ConnectionSpec targetSpec = pg ? test::postgresSpec() : test::mysqlSpec();
        test::PlainSql target(targetSpec);
        OPEN(target);
        const std::string schema = test::uniqueName("upg_dst");
        const std::string control = schema + "_ctl";
        const std::string task = test::uniqueName("upgrade");
        const auto q = [&](const std::string &name) { return quoteIdentifier(targetSpec.dialect, name); };
        for (const std::string &name : {schema, control})
            EXEC(target, (pg ? "CREATE SCHEMA " : "CREATE DATABASE ") + q(name));
        for (const std::string &sql : oldLayout(schema, control, task, pg ? "text" : "longtext", q))
            EXEC(target, sql);
        // The rows slice 0 committed, as the source has them.
        EXEC(target, "INSERT INTO " + q(schema) + ".items SELECT id, label FROM ("
                         + (pg ? std::string("SELECT g AS id, 'item ' || g AS label FROM "
                                             "generate_series(1, 300) g")
                               : std::string("SELECT seq AS id, CONCAT('item ', seq) AS label "
                                             "FROM seq_1_to_300"))
                         + ") rows_of_slice_0");

        auto outcome = resume(task, targetSpec, schema, control);
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());

        // Every source row once, slice 0 not loaded again (its rows would be duplicate keys:
        // rejected into exceptions).
        const std::string items = q(schema) + ".items";
        QCOMPARE(single(target, "SELECT count(*) FROM " + items), std::to_string(Rows));
        QCOMPARE(single(target, "SELECT count(DISTINCT id) FROM " + items), std::to_string(Rows));
        QCOMPARE(single(target, "SELECT count(*) FROM " + items + " WHERE label = "
                                    + (pg ? "'item ' || id" : "CONCAT('item ', id)")),
                 std::to_string(Rows));
        QCOMPARE(single(target, "SELECT count(*) FROM " + q(control) + ".exceptions"),
                 std::string("0"));
        // The slices, converted: bounds as text, every slice completed, the old columns gone.
        const test::Rows slices = query(
            target, "SELECT slice_no, lower_bound, upper_bound, state, rows_loaded FROM "
                        + q(control) + ".slice_status WHERE task_name = ? ORDER BY slice_no",
            {task});
        QCOMPARE(slices.size(), size_t(3));
        const std::vector<test::SqlRow> expected {
            {"0", std::nullopt, "[\"300\"]", "completed", "300"},
            {"1", "[\"300\"]", "[\"600\"]", "completed", "300"},
            {"2", "[\"600\"]", std::nullopt, "completed", "300"},
        };
        for (size_t i = 0; i < slices.size(); ++i)
            QCOMPARE(slices[i], expected[i]);
        QCOMPARE(single(target, "SELECT count(*) FROM information_schema.columns WHERE "
                                "table_schema = ? AND table_name = 'slice_status' AND "
                                "column_name IN ('lower_key', 'upper_key')",
                        {control}),
                 std::string("0"));
        QCOMPARE(single(target, "SELECT state FROM " + q(control) + ".task_status WHERE "
                                "task_name = ?",
                        {task}),
                 std::string("load-complete"));

        for (const std::string &name : {schema, control})
            EXEC(target, (pg ? "DROP SCHEMA " + q(name) + " CASCADE" : "DROP DATABASE " + q(name)));
    }

    /// An upgrade interrupted after adding the new columns (MySQL commits each ALTER TABLE on
    /// its own) completes on the next start: the rows are converted again, nothing is lost.
    void anInterruptedUpgradeCompletes()
    {
        const ConnectionSpec targetSpec = test::mysqlSpec();
        test::PlainSql target(targetSpec);
        OPEN(target);
        const std::string schema = test::uniqueName("upg_half");
        const std::string control = schema + "_ctl";
        const std::string task = test::uniqueName("upgrade");
        const auto q = [&](const std::string &name) { return quoteIdentifier(Dialect::MySql, name); };
        for (const std::string &name : {schema, control})
            EXEC(target, "CREATE DATABASE " + q(name));
        for (const std::string &sql : oldLayout(schema, control, task, "longtext", q))
            EXEC(target, sql);
        EXEC(target, "ALTER TABLE " + q(control) + ".slice_status ADD COLUMN lower_bound "
                     "longtext, ADD COLUMN upper_bound longtext");
        EXEC(target, "INSERT INTO " + q(schema) + ".items SELECT seq, CONCAT('item ', seq) "
                     "FROM seq_1_to_300");

        auto outcome = resume(task, targetSpec, schema, control);
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QCOMPARE(single(target, "SELECT count(DISTINCT id) FROM " + q(schema) + ".items"),
                 std::to_string(Rows));
        QCOMPARE(single(target, "SELECT count(*) FROM " + q(schema) + ".items"),
                 std::to_string(Rows));
        QCOMPARE(single(target, "SELECT GROUP_CONCAT(COALESCE(upper_bound, '-') ORDER BY "
                                "slice_no) FROM " + q(control) + ".slice_status"),
                 std::string("[\"300\"],[\"600\"],-"));
        for (const std::string &name : {schema, control})
            EXEC(target, "DROP DATABASE " + q(name));
    }

private:
    /// Resumes the task from the SQLite source into `schema` with control schema `control`.
    Result<task::TaskOutcome> resume(const std::string &task, const ConnectionSpec &target,
                                     const std::string &schema, const std::string &control) const
    {
        task::TaskRequest request;
        request.name = task;
        request.resume = true;
        request.source = sourceSpec();
        request.target = target;
        request.mapping = includeItems();
        request.settings.set("TargetMetadata", "TargetSchema", project::Value::string(schema));
        request.settings.set("ControlTablesSettings", "ControlSchema",
                             project::Value::string(control));
        task::TaskRunner runner(request, {});
        return runner.run();
    }

    ConnectionSpec sourceSpec() const
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::Sqlite;
        spec.path = m_source.toStdString();
        return spec;
    }

    QTemporaryDir m_dir;
    QString m_source;
};

QTEST_GUILESS_MAIN(TestControlUpgrade)
#include "tst_control_upgrade.moc"
