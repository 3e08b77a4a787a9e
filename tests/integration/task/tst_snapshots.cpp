// SPDX-License-Identifier: MIT
// Consistent reads (issue #12, docs/data-path.md "Consistent reads"): a PostgreSQL source is
// read as of one exported snapshot by every slice and by the catalog read, whatever is written
// to it while the task runs; MariaDB sources record the binlog position before the load. The
// writes during the task come from the task's own log callback (which runs on the task's
// thread right after the snapshot is taken), so the timing is deterministic. Everything is
// checked with plain SQL written here.
#include "engine/connectors/connector.h"
#include "engine/project/dms_json.h"
#include "engine/task/task_runner.h"
#include "tests/integration/task/migrate_support.h"

#include <QtTest>

#include <atomic>

using namespace ferry;
using test::query;
using test::single;

namespace {

/// A task from `source` into a fresh PostgreSQL schema; small slices, one worker, so the slices
/// are read one after the other, long after the snapshot.
task::TaskRequest request(const ConnectionSpec &source, const std::string &sourceSchema,
                          const std::string &sourceTable, const std::string &targetSchema,
                          const std::string &name)
{
    task::TaskRequest request;
    request.name = name;
    request.source = source;
    request.target = test::postgresSpec();
    request.mapping = test::includeOnly(sourceSchema, sourceTable);
    request.settings.set("TargetMetadata", "TargetSchema", project::Value::string(targetSchema));
    request.settings.set("ControlTablesSettings", "ControlSchema",
                         project::Value::string(targetSchema + "_control"));
    request.settings.set("Ferry", "SliceRows", project::Value::integer(100));
    request.settings.set("FullLoadSettings", "MaxFullLoadSubTasks", project::Value::integer(1));
    return request;
}

} // namespace

class TestSnapshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { FERRY_REQUIRE_SERVERS(); }

    /// Rows inserted, updated and deleted (and a table created) after the snapshot do not
    /// reach the target; the snapshot is recorded in the control history.
    void postgresSourceIsReadAsOfOneMoment()
    {
        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        const std::string schema = test::uniqueName("snap_src");
        const std::string target = test::uniqueName("snap_dst");
        EXEC(pg, "CREATE SCHEMA " + schema);
        EXEC(pg, "CREATE TABLE " + schema
                     + ".items (id integer PRIMARY KEY, label text NOT NULL)");
        EXEC(pg, "INSERT INTO " + schema
                     + ".items SELECT g, 'before ' || g FROM generate_series(1, 1000) g");
        EXEC(pg, "ANALYZE " + schema + ".items"); // the row estimate that slices it
        const std::string before = single(
            pg, "SELECT md5(string_agg(id || ':' || label, ',' ORDER BY id)) FROM " + schema
                    + ".items");

        std::atomic<bool> wrote{false};
        std::string writeError;
        task::TaskCallbacks callbacks;
        callbacks.log = [&](const task::LogLine &line) {
            if (wrote.load() || line.message.find("Source snapshot") == std::string::npos)
                return;
            wrote = true;
            // Every later slice would see these without the snapshot.
            for (const std::string &sql :
                 {"INSERT INTO " + schema
                      + ".items SELECT g, 'after ' || g FROM generate_series(1001, 1500) g",
                  "UPDATE " + schema + ".items SET label = 'changed' WHERE id % 7 = 0",
                  "DELETE FROM " + schema + ".items WHERE id BETWEEN 900 AND 950",
                  "CREATE TABLE " + schema + ".late (id integer PRIMARY KEY)"}) {
                if (!pg.execute(sql))
                    writeError = pg.lastError();
            }
        };
        task::TaskRunner runner(request(test::postgresSpec(), schema, "%", target, target),
                                callbacks);
        auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QVERIFY(wrote.load());
        QVERIFY2(writeError.empty(), writeError.c_str());

        // The source moved on; the target has the rows as they were at the snapshot.
        QCOMPARE(single(pg, "SELECT count(*) FROM " + schema + ".items"), std::string("1449"));
        QCOMPARE(single(pg, "SELECT count(*) FROM " + target + ".items"), std::string("1000"));
        QCOMPARE(single(pg, "SELECT md5(string_agg(id || ':' || label, ',' ORDER BY id)) FROM "
                                + target + ".items"),
                 before);
        // Several slices read it (one after the other), all at the snapshot.
        QVERIFY(std::stoi(single(pg, "SELECT count(*) FROM " + target
                                         + "_control.slice_status WHERE task_name = ?",
                                 {target}))
                > 1);
        // The table created after the snapshot was not in the catalog the task read.
        QCOMPARE(single(pg, "SELECT count(*) FROM information_schema.tables WHERE "
                            "table_schema = ? AND table_name = 'late'",
                        {target}),
                 std::string("0"));
        const std::string history = single(
            pg, "SELECT detail FROM " + target
                    + "_control.history WHERE task_name = ? AND event = 'snapshot'",
            {target});
        QVERIFY2(history.rfind("snapshot ", 0) == 0 && history.find("position ") != std::string::npos
                     && history.find("position -") == std::string::npos,
                 history.c_str());
    }

    /// MariaDB cannot share a snapshot: the binlog position before the load is recorded.
    void mariadbSourceRecordsItsBinlogPosition()
    {
        test::PlainSql my(test::mysqlSpec());
        OPEN(my);
        const std::string database = test::env("FERRY_TEST_MY_DATABASE");
        const std::string table = test::uniqueName("snap_my");
        EXEC(my, "CREATE TABLE `" + database + "`.`" + table
                       + "` (id INT PRIMARY KEY, label VARCHAR(20))");
        EXEC(my, "INSERT INTO `" + database + "`.`" + table + "` VALUES (1, 'one'), (2, 'two')");
        test::PlainSql admin(test::mysqlSpec(true));
        OPEN(admin);
        const test::Rows status = query(admin, "SHOW MASTER STATUS");
        QVERIFY2(!status.empty(), "the harness's MariaDB writes a binlog");

        const std::string target = test::uniqueName("snap_from_my");
        task::TaskRunner runner(request(test::mysqlSpec(), database, table, target, target), {});
        auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());

        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        QCOMPARE(single(pg, "SELECT count(*) FROM " + target + ".\"" + table + "\""),
                 std::string("2"));
        const std::string history = single(
            pg, "SELECT detail FROM " + target
                      + "_control.history WHERE task_name = ? AND event = 'snapshot'",
            {target});
        // "snapshot -, position <binlog file>:<offset>", the file the server names.
        QVERIFY2(history.find("position " + status[0][0].value_or("?") + ":")
                     != std::string::npos,
                 history.c_str());
    }
};

QTEST_GUILESS_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
