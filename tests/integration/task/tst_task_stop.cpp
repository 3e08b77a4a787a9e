// SPDX-License-Identifier: MIT
// Stopping a task (issue #12): a stop asked for while the task prepares its target tables ends
// it "stopped", not "failed" -- in the snapshot, in the control table task_status and in the
// error run() returns -- and a resume loads every table once. Checked with plain SQL on the
// PostgreSQL harness server.
#include "engine/task/task_runner.h"
#include "tests/integration/task/migrate_support.h"

#include <QtTest>

#include <atomic>
#include <mutex>

using namespace ferry;
using test::single;

namespace {

constexpr int RowsPerTable = 120;

} // namespace

class TestTaskStop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { FERRY_REQUIRE_SERVERS(); }

    /// The stop comes when the first of two tables has been prepared on the target: the task
    /// ends Stopped (no failure message), task_status says 'stopped', the second table was
    /// never created, and --resume loads both tables with every row once.
    void stopWhilePreparingIsResumable()
    {
        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        const std::string source = test::uniqueName("stop_src");
        const std::string target = test::uniqueName("stop_dst");
        const std::string control = target + "_ctl";
        EXEC(pg, "CREATE SCHEMA " + source);
        for (const char *table : {"alpha", "beta"}) {
            EXEC(pg,
                 "CREATE TABLE " + source + "." + table
                     + " (id integer PRIMARY KEY, label text NOT NULL)");
            EXEC(pg,
                 "INSERT INTO " + source + "." + table
                     + " SELECT g, 'row ' || g FROM generate_series(1, "
                     + std::to_string(RowsPerTable) + ") g");
        }

        task::TaskRequest request;
        request.name = target;
        request.source = test::postgresSpec();
        request.target = test::postgresSpec();
        request.mapping = test::includeOnly(source, "%");
        request.settings.set("TargetMetadata", "TargetSchema", project::Value::string(target));
        request.settings.set("ControlTablesSettings", "ControlSchema",
                             project::Value::string(control));

        task::TaskRunner *running = nullptr;
        std::atomic<int> prepared {0};
        std::mutex snapshotMutex;
        task::TaskSnapshot last;
        task::TaskCallbacks callbacks;
        callbacks.log = [&](const task::LogLine &line) {
            // Called on the runner's thread, between the preparation of two tables.
            if (line.message.find("prepared on the target as") != std::string::npos
                && prepared++ == 0)
                running->stop();
        };
        callbacks.snapshot = [&](const task::TaskSnapshot &snapshot) {
            std::lock_guard lock(snapshotMutex);
            last = snapshot;
        };
        task::TaskRunner runner(request, callbacks);
        running = &runner;
        const auto outcome = runner.run();
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, ErrorCode::Cancelled);
        QVERIFY2(outcome.error().message.find("run it again with --resume") != std::string::npos,
                 outcome.error().message.c_str());
        QCOMPARE(prepared.load(), 1);
        {
            std::lock_guard lock(snapshotMutex);
            QCOMPARE(last.state, task::TaskState::Stopped);
            QVERIFY2(last.lastFailureMessage.empty(), last.lastFailureMessage.c_str());
        }
        QCOMPARE(single(pg, "SELECT state FROM " + control + ".task_status WHERE task_name = ?",
                        {target}),
                 std::string("stopped"));
        QCOMPARE(single(pg,
                        "SELECT count(*) FROM information_schema.tables WHERE "
                        "table_schema = ?",
                        {target}),
                 std::string("1"));

        request.resume = true;
        task::TaskRunner again(request, {});
        const auto resumed = again.run();
        QVERIFY2(resumed, resumed ? "" : resumed.error().toString().c_str());
        QCOMPARE(resumed->finalSnapshot.tablesLoaded(), 2);
        for (const char *table : {"alpha", "beta"}) {
            const std::string counts
                = "SELECT count(*), count(DISTINCT id), sum(id) FROM " + target + "." + table;
            const test::Rows rows = test::query(pg, counts);
            QCOMPARE(rows.size(), size_t(1));
            QCOMPARE(rows[0][0].value_or(""), std::to_string(RowsPerTable));
            QCOMPARE(rows[0][1].value_or(""), std::to_string(RowsPerTable));
            QCOMPARE(rows[0][2].value_or(""),
                     std::to_string(RowsPerTable * (RowsPerTable + 1) / 2));
        }
        QCOMPARE(single(pg, "SELECT state FROM " + control + ".task_status WHERE task_name = ?",
                        {target}),
                 std::string("load-complete"));
        EXEC(pg, "DROP SCHEMA " + source + " CASCADE");
        EXEC(pg, "DROP SCHEMA " + target + " CASCADE");
        EXEC(pg, "DROP SCHEMA " + control + " CASCADE");
    }
};

QTEST_GUILESS_MAIN(TestTaskStop)
#include "tst_task_stop.moc"
