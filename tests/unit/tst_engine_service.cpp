// SPDX-License-Identifier: MIT
// The engine boundary: commands run off the caller's thread and each gets exactly one terminal
// reply with its own id; cancel replies at once and suppresses the late result.
#include "engine/service/engine_service.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace ferry;

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

        QMetaObject::invokeMethod(service, "testConnection", Qt::QueuedConnection,
                                  Q_ARG(ferry::RequestId, 1), Q_ARG(ferry::ConnectionSpec, good),
                                  Q_ARG(ferry::EndpointRole, EndpointRole::Source));
        QMetaObject::invokeMethod(service, "readCatalog", Qt::QueuedConnection,
                                  Q_ARG(ferry::RequestId, 2), Q_ARG(ferry::ConnectionSpec, good),
                                  Q_ARG(ferry::CatalogFilter, CatalogFilter{}));
        QMetaObject::invokeMethod(service, "readCatalog", Qt::QueuedConnection,
                                  Q_ARG(ferry::RequestId, 3), Q_ARG(ferry::ConnectionSpec, missing),
                                  Q_ARG(ferry::CatalogFilter, CatalogFilter{}));

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
        QMetaObject::invokeMethod(service, "startTask", Qt::QueuedConnection,
                                  Q_ARG(ferry::RequestId, 11),
                                  Q_ARG(ferry::task::TaskRequest, request));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" :
                 failed.at(0).at(1).value<Error>().toString().c_str());
        QCOMPARE(finished.at(0).at(0).value<RequestId>(), RequestId(11));
        const auto outcome = finished.at(0).at(1).value<task::TaskOutcome>();
        QCOMPARE(outcome.finalSnapshot.tablesLoaded(), 1);
        QCOMPARE(outcome.finalSnapshot.tables.at(0).fullLoadRows, int64_t(50000));
        QVERIFY(!snapshots.isEmpty());
        QCOMPARE(snapshots.last().at(0).value<RequestId>(), RequestId(11));
        QCOMPARE(snapshots.last().at(1).value<task::TaskSnapshot>().state,
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
        QMetaObject::invokeMethod(service, "readCatalog", Qt::QueuedConnection,
                                  Q_ARG(ferry::RequestId, 7), Q_ARG(ferry::ConnectionSpec, good),
                                  Q_ARG(ferry::CatalogFilter, CatalogFilter{}));
        QMetaObject::invokeMethod(service, "cancel", Qt::QueuedConnection,
                                  Q_ARG(ferry::RequestId, 7));
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 30000);
        QCOMPARE(cancelled.at(0).at(0).value<RequestId>(), RequestId(7));
        // A second cancel of the same id is ignored; a sentinel request proves the queue drained.
        QMetaObject::invokeMethod(service, "cancel", Qt::QueuedConnection,
                                  Q_ARG(ferry::RequestId, 7));
        QMetaObject::invokeMethod(service, "readCatalog", Qt::QueuedConnection,
                                  Q_ARG(ferry::RequestId, 8), Q_ARG(ferry::ConnectionSpec, good),
                                  Q_ARG(ferry::CatalogFilter, CatalogFilter{}));
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 30000);
        QCOMPARE(read.at(0).at(0).value<RequestId>(), RequestId(8));
        QCOMPARE(cancelled.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEngineService)
#include "tst_engine_service.moc"
