// SPDX-License-Identifier: MIT
// The GUI's engine client (models/engine_client.h): every request answers exactly once, a
// cancel answers at once with ErrorCode::Cancelled and drops the late result, tasks stream
// snapshots and log batches, and no worker outlives the client.
#include "models/engine_client.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sqlite3.h>

using namespace ferry;

namespace {

bool writeDatabase(const QString &path, int rows)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    const std::string sql = "CREATE TABLE reading (id INTEGER PRIMARY KEY, value REAL);"
                            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                            "WHERE i < "
        + std::to_string(rows) + ") INSERT INTO reading SELECT i, i * 0.5 FROM n;";
    const bool ok = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

ConnectionSpec sqlite(const QString &path)
{
    ConnectionSpec spec;
    spec.dialect = Dialect::Sqlite;
    spec.path = path.toStdString();
    return spec;
}

} // namespace

class TestEngineClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_small;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_small = m_dir.filePath(QStringLiteral("small.db"));
        QVERIFY(writeDatabase(m_small, 100));
    }

    /// An engine command cancelled right after it was sent: one callback, Cancelled, at once;
    /// the catalog the engine reads anyway never reaches the caller.
    void cancelledCommandAnswersOnceWithCancelled()
    {
        EngineClient client;
        int done = 0;
        QList<ErrorCode> failures;
        const RequestId id = client.readCatalog(
            sqlite(m_small), {}, this, [&](const CatalogPtr &) { ++done; },
            [&](const Error &error) { failures << error.code; });
        client.cancel(id);
        QCOMPARE(failures, QList<ErrorCode> {ErrorCode::Cancelled}); // at once
        client.cancel(id); // a second cancel is ignored
        // A later request on the same engine thread proves the cancelled one has been answered.
        bool sentinel = false;
        client.readCatalog(sqlite(m_small), {}, this, [&](const CatalogPtr &) { sentinel = true; });
        QTRY_VERIFY_WITH_TIMEOUT(sentinel, 30000);
        QTest::qWait(50);
        QCOMPARE(done, 0);
        QCOMPARE(failures.size(), 1);
    }

    /// Work on the client's workers (keyring, ODBC, project files) has request ids too: a
    /// cancel answers once with Cancelled, and the result that comes later is dropped.
    void cancelledWorkAnswersOnceWithCancelled()
    {
        EngineClient client;
        QSemaphore release;
        std::atomic<bool> finished {false};
        QList<Result<int>> answers;
        const RequestId id = client.runOffThread<int>(
            this,
            [&]() -> Result<int> {
                release.acquire();
                finished = true;
                return 42;
            },
            [&](const Result<int> &result) { answers << result; });
        client.cancel(id);
        QCOMPARE(answers.size(), 1);
        QVERIFY(!answers[0].ok());
        QCOMPARE(answers[0].error().code, ErrorCode::Cancelled);
        release.release();
        QTRY_VERIFY(finished.load());
        QTest::qWait(100); // the dropped result would have been delivered by now
        QCOMPARE(answers.size(), 1);

        // Not cancelled: the value arrives, once.
        QList<int> values;
        client.runOffThread<int>(
            this, []() -> Result<int> { return 7; },
            [&](const Result<int> &result) { values << (result ? *result : -1); });
        QTRY_COMPARE(values, QList<int> {7});
    }

    /// A callback whose context is gone is not called.
    void deadContextGetsNoCallback()
    {
        EngineClient client;
        bool called = false;
        auto context = std::make_unique<QObject>();
        client.runOffThread<int>(
            context.get(), []() -> Result<int> { return 1; },
            [&](const Result<int> &) { called = true; });
        context.reset();
        bool sentinel = false;
        client.runOffThread<int>(
            this, []() -> Result<int> { return 2; }, [&](const Result<int> &) { sentinel = true; });
        QTRY_VERIFY(sentinel);
        QTest::qWait(50);
        QVERIFY(!called);
    }

    /// Destroying the client waits for its workers: nothing runs after it is gone, and no
    /// callback is called.
    void destructionWaitsForRunningWork()
    {
        std::atomic<bool> started {false};
        std::atomic<bool> finished {false};
        bool called = false;
        {
            EngineClient client;
            client.runOffThread<int>(
                this,
                [&]() -> Result<int> {
                    started = true;
                    QThread::msleep(300);
                    finished = true;
                    return 1;
                },
                [&](const Result<int> &) { called = true; });
            QTRY_VERIFY(started.load());
        }
        QVERIFY(finished.load());
        QTest::qWait(50);
        QVERIFY(!called);
    }

    /// A task through the client: snapshots and log batches while it runs, then onDone once.
    void runsATaskWithStreams()
    {
        const QString source = m_dir.filePath(QStringLiteral("task-source.db"));
        QVERIFY(writeDatabase(source, 20000));
        EngineClient client;
        task::TaskRequest request;
        request.name = "client-task";
        request.source = sqlite(source);
        request.target = sqlite(m_dir.filePath(QStringLiteral("task-target.db")));
        request.snapshotIntervalMs = 20;
        int snapshots = 0;
        size_t lines = 0;
        QList<TaskOutcomePtr> outcomes;
        QList<Error> failures;
        EngineClient::TaskCallbacks callbacks;
        callbacks.onSnapshot = [&](const TaskSnapshotPtr &snapshot) {
            QVERIFY(snapshot);
            ++snapshots;
        };
        callbacks.onLog = [&](const LogBatch &batch) { lines += batch->size(); };
        callbacks.onDone = [&](const TaskOutcomePtr &outcome) { outcomes << outcome; };
        callbacks.onFailed = [&](const Error &error) { failures << error; };
        client.startTask(request, this, std::move(callbacks));
        QTRY_VERIFY_WITH_TIMEOUT(!outcomes.isEmpty() || !failures.isEmpty(), 60000);
        QVERIFY2(failures.isEmpty(), failures.isEmpty() ? "" : failures[0].toString().c_str());
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes[0]->finalSnapshot.tables.at(0).fullLoadRows, int64_t(20000));
        QVERIFY(snapshots >= 1);
        QVERIFY(lines >= 2);
    }

    /// stopTask: the task stops (resumable) and answers once with Cancelled, without onDone.
    void stoppedTaskAnswersOnceWithCancelled()
    {
        const QString source = m_dir.filePath(QStringLiteral("big-source.db"));
        QVERIFY(writeDatabase(source, 3'000'000));
        EngineClient client;
        task::TaskRequest request;
        request.name = "stopped-task";
        request.source = sqlite(source);
        request.target = sqlite(m_dir.filePath(QStringLiteral("big-target.db")));
        request.snapshotIntervalMs = 20;
        RequestId id = 0;
        bool stopAsked = false;
        int done = 0;
        QList<ErrorCode> failures;
        EngineClient::TaskCallbacks callbacks;
        callbacks.onSnapshot = [&](const TaskSnapshotPtr &) {
            if (!stopAsked) {
                stopAsked = true;
                client.stopTask(id);
            }
        };
        callbacks.onDone = [&](const TaskOutcomePtr &) { ++done; };
        callbacks.onFailed = [&](const Error &error) { failures << error.code; };
        id = client.startTask(request, this, std::move(callbacks));
        QTRY_VERIFY_WITH_TIMEOUT(done + failures.size() > 0, 120000);
        QTest::qWait(100);
        QCOMPARE(done, 0);
        QCOMPARE(failures, QList<ErrorCode> {ErrorCode::Cancelled});
    }
};

QTEST_GUILESS_MAIN(TestEngineClient)
#include "tst_engine_client.moc"
