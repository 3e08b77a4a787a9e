// SPDX-License-Identifier: MIT
// The engine boundary: commands run off the caller's thread and each gets exactly one terminal
// reply with its own id; cancel replies at once and suppresses the late result.
#include "engine/service/engine_service.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace ferry;

namespace {

/// A typed command: call runs on the service's (engine) thread.
template<typename Call> void send(EngineService *service, Call call)
{
    QMetaObject::invokeMethod(service, std::move(call), Qt::QueuedConnection);
}

/// A SQLite source with `tables` tables (reading_1, ...) of `rows` rows each.
void writeSource(const QString &path, int tables, int rows)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    for (int t = 1; t <= tables; ++t) {
        const std::string table = "reading_" + std::to_string(t);
        const std::string sql = "CREATE TABLE " + table
            + " (id INTEGER PRIMARY KEY, value REAL);"
              "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
              "WHERE i < "
            + std::to_string(rows) + ") INSERT INTO " + table + " SELECT i, i * 0.5 FROM n;";
        QCOMPARE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    }
    sqlite3_close(db);
}

} // namespace

class TestEngineService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("service.db"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(m_database.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "CREATE TABLE fan (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
                              "CREATE TABLE ticket (id INTEGER PRIMARY KEY, fan_id INTEGER "
                              "REFERENCES fan(id));",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    }

    void repliesToEachCommandOnceWithItsId()
    {
        EngineThread engine;
        EngineService *service = engine.service();
        QVERIFY(service->thread() != QThread::currentThread());
        QSignalSpy tested(service, &EngineService::connectionTested);
        QSignalSpy read(service, &EngineService::catalogRead);
        QSignalSpy failed(service, &EngineService::requestFailed);

        ConnectionSpec good;
        good.dialect = Dialect::Sqlite;
        good.path = m_database.toStdString();
        ConnectionSpec missing = good;
        missing.path = m_dir.filePath(QStringLiteral("absent.db")).toStdString();

        send(service, [=] { service->testConnection(1, good, EndpointRole::Source); });
        send(service, [=] { service->readCatalog(2, good, CatalogFilter {}); });
        send(service, [=] { service->readCatalog(3, missing, CatalogFilter {}); });

        QTRY_COMPARE_WITH_TIMEOUT(tested.size() + read.size() + failed.size(), 3, 30000);
        QCOMPARE(tested.size(), 1);
        QCOMPARE(tested.at(0).at(0).value<RequestId>(), RequestId(1));
        QVERIFY(tested.at(0).at(1).value<ConnectionDiagnosis>().ok());

        QCOMPARE(read.size(), 1);
        QCOMPARE(read.at(0).at(0).value<RequestId>(), RequestId(2));
        const CatalogPtr catalog = read.at(0).at(1).value<CatalogPtr>();
        QVERIFY(catalog);
        QCOMPARE(catalog->schemas.size(), size_t(1));
        QCOMPARE(catalog->schemas[0].tables.size(), size_t(2));
        QVERIFY(catalog->schemas[0].table("ticket"));

        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<RequestId>(), RequestId(3));
        QCOMPARE(failed.at(0).at(1).value<Error>().code, ErrorCode::DatabaseNotFound);
    }

    /// A full-load task through the service: snapshots arrive as signals on the way, then one
    /// taskFinished with every table loaded; the caller's thread never runs the load.
    void runsATaskAndStreamsSnapshots()
    {
        sqlite3 *db = nullptr;
        const QString source = m_dir.filePath(QStringLiteral("task-source.db"));
        QCOMPARE(sqlite3_open(source.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "CREATE TABLE reading (id INTEGER PRIMARY KEY, value REAL);"
                              "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                              "WHERE i < 50000) INSERT INTO reading SELECT i, i * 0.5 FROM n;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);

        EngineThread engine;
        EngineService *service = engine.service();
        QSignalSpy snapshots(service, &EngineService::taskSnapshot);
        QSignalSpy finished(service, &EngineService::taskFinished);
        QSignalSpy failed(service, &EngineService::requestFailed);
        task::TaskRequest request;
        request.name = "service-task";
        request.source.dialect = Dialect::Sqlite;
        request.source.path = source.toStdString();
        request.target.dialect = Dialect::Sqlite;
        request.target.path = m_dir.filePath(QStringLiteral("task-target.db")).toStdString();
        request.snapshotIntervalMs = 20;
        send(service, [=] { service->startTask(11, request); });
        QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" :
                 failed.at(0).at(1).value<Error>().toString().c_str());
        QCOMPARE(finished.at(0).at(0).value<RequestId>(), RequestId(11));
        const auto outcome = finished.at(0).at(1).value<TaskOutcomePtr>();
        QCOMPARE(outcome->finalSnapshot.tablesLoaded(), 1);
        QCOMPARE(outcome->finalSnapshot.tables.at(0).fullLoadRows, int64_t(50000));
        QVERIFY(!snapshots.isEmpty());
        QCOMPARE(snapshots.last().at(0).value<RequestId>(), RequestId(11));
        QCOMPARE(snapshots.last().at(1).value<TaskSnapshotPtr>()->state,
                 task::TaskState::LoadComplete);
    }

    void cancelRepliesOnceAndDropsTheLateResult()
    {
        EngineThread engine;
        EngineService *service = engine.service();
        QSignalSpy read(service, &EngineService::catalogRead);
        QSignalSpy cancelled(service, &EngineService::requestCancelled);
        ConnectionSpec good;
        good.dialect = Dialect::Sqlite;
        good.path = m_database.toStdString();
        // Both calls are queued in order on the engine thread: the cancel is handled before
        // the worker's result can be delivered.
        send(service, [=] { service->readCatalog(7, good, CatalogFilter {}); });
        send(service, [=] { service->cancel(7); });
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 30000);
        QCOMPARE(cancelled.at(0).at(0).value<RequestId>(), RequestId(7));
        QCOMPARE(cancelled.at(0).at(1).value<Error>().code, ErrorCode::Cancelled);
        // A second cancel of the same id is ignored; a sentinel request proves the queue drained.
        send(service, [=] { service->cancel(7); });
        send(service, [=] { service->readCatalog(8, good, CatalogFilter {}); });
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 30000);
        QCOMPARE(read.at(0).at(0).value<RequestId>(), RequestId(8));
        QCOMPARE(cancelled.size(), 1);
    }

    /// Log lines travel in batches with the snapshot ticks (never one signal per line): every
    /// line the task logged arrives exactly once, in the order of its task.log, each batch
    /// right before the snapshot of its tick, the rest just before the terminal reply.
    void batchesLogLinesWithTheSnapshots()
    {
        const QString source = m_dir.filePath(QStringLiteral("batch-source.db"));
        writeSource(source, 30, 2000);
        EngineThread engine;
        EngineService *service = engine.service();
        // One record of every stream signal, in arrival order: 'L' batch, 'S' snapshot, 'F' end.
        QString order;
        std::vector<task::LogLine> lines;
        int batches = 0;
        QObject context;
        connect(service, &EngineService::taskLog, &context,
                [&](RequestId id, const LogBatch &batch) {
                    QCOMPARE(id, RequestId(21));
                    QVERIFY(batch && !batch->empty());
                    order += QLatin1Char('L');
                    ++batches;
                    lines.insert(lines.end(), batch->begin(), batch->end());
                });
        connect(service, &EngineService::taskSnapshot, &context,
                [&](RequestId, const TaskSnapshotPtr &) { order += QLatin1Char('S'); });
        connect(service, &EngineService::taskFinished, &context,
                [&](RequestId, const TaskOutcomePtr &) { order += QLatin1Char('F'); });
        connect(service, &EngineService::requestFailed, &context,
                [&](RequestId, const Error &error) {
                    order += QLatin1Char('X');
                    qWarning("%s", error.toString().c_str());
                });
        task::TaskRequest request;
        request.name = "batched-task";
        request.source.dialect = Dialect::Sqlite;
        request.source.path = source.toStdString();
        request.target.dialect = Dialect::Sqlite;
        request.target.path = m_dir.filePath(QStringLiteral("batch-target.db")).toStdString();
        request.runDirectory = m_dir.filePath(QStringLiteral("batch-run")).toStdString();
        request.snapshotIntervalMs = 50;
        send(service, [=] { service->startTask(21, request); });
        QTRY_VERIFY_WITH_TIMEOUT(
            order.endsWith(QLatin1Char('F')) || order.contains(QLatin1Char('X')), 60000);
        QVERIFY2(!order.contains(QLatin1Char('X')), qPrintable(order));

        // Complete and in order: the same lines as the task's own task.log, line for line
        // (format() starts with the id of the thread that formats the line: left out).
        QFile file(m_dir.filePath(QStringLiteral("batch-run/task.log")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList expected = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        QCOMPARE(expected.takeLast(), QString());
        QStringList received;
        for (const task::LogLine &line : lines)
            received << QString::fromStdString(line.format());
        const auto withoutThread = [](QStringList list) {
            for (QString &line : list)
                line = line.mid(line.indexOf(QLatin1Char(' ')) + 1);
            return list;
        };
        QCOMPARE(withoutThread(received), withoutThread(expected));
        QVERIFY(lines.size() >= 3);
        // Batched: fewer batches than lines, each batch followed by its tick's snapshot except
        // the last one, which comes right before the terminal reply.
        QVERIFY2(batches < int(lines.size()), qPrintable(order));
        const QString body = order.left(order.size() - 1);
        QVERIFY2(!body.contains(QStringLiteral("LL")), qPrintable(order));
        QVERIFY2(body.endsWith(QLatin1Char('S')) || body.endsWith(QLatin1Char('L')),
                 qPrintable(order));
        QCOMPARE(order.count(QLatin1Char('L')) <= order.count(QLatin1Char('S')) + 1, true);
    }
};

QTEST_GUILESS_MAIN(TestEngineService)
#include "tst_engine_service.moc"
