// SPDX-License-Identifier: MIT
// `ferry migrate` runs its task through the engine service (the workbench's path, DESIGN §2):
// its output and exit codes, and Ctrl-C / SIGTERM, which stop the task through the service
// (self-pipe) so that --resume finishes it. SQLite only: no servers.
#include "tests/support/test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sqlite3.h>

namespace {

/// A SQLite database with table `reading` of `rows` rows (and a text column, for volume).
bool writeSource(const QString &path, int rows)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    const std::string sql
        = "CREATE TABLE reading (id INTEGER PRIMARY KEY, value REAL, note TEXT);"
          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
        + std::to_string(rows)
        + ") INSERT INTO reading SELECT i, i * 0.5, printf('reading number %d of the test', i) "
          "FROM n;";
    const bool ok = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

/// count(*) of a table, read with SQLite's own library (-1 on failure).
qint64 countRows(const QString &path, const char *table)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return -1;
    sqlite3_stmt *statement = nullptr;
    const std::string sql = std::string("SELECT count(*) FROM ") + table;
    qint64 count = -1;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        count = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return count;
}

} // namespace

class TestCliTask : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;
    static constexpr int SourceRows = 3'000'000;

    QStringList migrateArguments(const QString &target, const QString &name) const
    {
        return {QStringLiteral("migrate"),
                QStringLiteral("sqlite://") + m_source,
                QStringLiteral("sqlite://") + target,
                QStringLiteral("--task-name"),
                name,
                QStringLiteral("--run-dir"),
                m_dir.filePath(name + QStringLiteral("-run"))};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("source.db"));
        QVERIFY(writeSource(m_source, SourceRows));
    }

    /// Plain output: one line per table state change, then the summary; exit 0.
    void migrateReportsTheLoadAndExitsWithZero()
    {
        const QString small = m_dir.filePath(QStringLiteral("small.db"));
        QVERIFY(writeSource(small, 1000));
        const QString target = m_dir.filePath(QStringLiteral("small-copy.db"));
        QProcess ferry;
        ferry.start(ferry::test::binary(QStringLiteral("ferry")),
                    {QStringLiteral("migrate"), QStringLiteral("sqlite://") + small,
                     QStringLiteral("sqlite://") + target, QStringLiteral("--task-name"),
                     QStringLiteral("small"), QStringLiteral("--run-dir"),
                     m_dir.filePath(QStringLiteral("small-run"))});
        ferry.closeWriteChannel();
        QVERIFY(ferry.waitForFinished(120'000));
        const QString errors = QString::fromUtf8(ferry.readAllStandardError());
        QCOMPARE(ferry.exitCode(), 0);
        QVERIFY2(errors.contains(QStringLiteral("main.reading: Table completed (1,000 rows)")),
                 qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("Load complete: 1 tables loaded, 0 in error; "
                                                "1,000 rows in")),
                 qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("Log and statistics: ")
                                 + m_dir.filePath(QStringLiteral("small-run"))),
                 qPrintable(errors));
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("small-run/task.log"))));
        QCOMPARE(countRows(target, "main.reading"), qint64(1000));
    }

    /// A table whose target rejected rows: the plain output and the summary say "Completed with
    /// errors"; --json keeps DMS's state name ("Table completed") and the error rows.
    void rejectedRowsReadCompletedWithErrors()
    {
        const QString source = m_dir.filePath(QStringLiteral("rejects.db"));
        const QString target = m_dir.filePath(QStringLiteral("rejects-copy.db"));
        for (const auto &[path, sql] :
             {std::pair {source,
                         "CREATE TABLE reading (id INTEGER PRIMARY KEY, value INTEGER);"
                         "INSERT INTO reading VALUES (1, 1), (2, -2), (3, 3);"},
              std::pair {target,
                         "CREATE TABLE reading (id INTEGER PRIMARY KEY, value INTEGER "
                         "CHECK (value >= 0));"}}) {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        const QString project = m_dir.filePath(QStringLiteral("rejects.ferry.yaml"));
        QFile file(project);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ferry: 1\nname: rejects\nendpoints:\n"
                   "  source: {engine: sqlite, path: rejects.db}\n"
                   "  target: {engine: sqlite, path: rejects-copy.db}\n"
                   "tasks:\n  rejects:\n    source: source\n    target: target\n"
                   "    settings: {FullLoadSettings: {TargetTablePrepMode: DO_NOTHING}}\n");
        file.close();
        const auto run = [&](const QStringList &extra, QString *out) {
            QProcess ferry;
            ferry.start(ferry::test::binary(QStringLiteral("ferry")),
                        QStringList {QStringLiteral("run"), project, QStringLiteral("--run-dir"),
                                     m_dir.filePath(QStringLiteral("rejects-run"))}
                            + extra);
            ferry.closeWriteChannel();
            if (!ferry.waitForFinished(120'000))
                return QString();
            *out = QString::fromUtf8(ferry.readAllStandardOutput());
            return QString::fromUtf8(ferry.readAllStandardError());
        };
        QString out;
        const QString errors = run({}, &out);
        QVERIFY2(errors.contains(QStringLiteral("main.reading: Completed with errors (2 rows, 1 "
                                                "rejected)")),
                 qPrintable(errors));
        QVERIFY2(errors.contains(QRegularExpression(
                     QStringLiteral("main\\.reading +Completed with errors +2 +1 "))),
                 qPrintable(errors));
        QVERIFY(!errors.contains(QLatin1String("Table completed")));

        QVERIFY(QFile::remove(target));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(target.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "CREATE TABLE reading (id INTEGER PRIMARY KEY, value INTEGER "
                              "CHECK (value >= 0));",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        run({QStringLiteral("--json")}, &out);
        const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
        QVERIFY(!lines.isEmpty());
        const QJsonObject last = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        const QJsonObject table
            = last.value(QLatin1String("TableStatistics")).toArray().at(0).toObject();
        QCOMPARE(table.value(QLatin1String("TableState")).toString(),
                 QStringLiteral("Table completed"));
        QCOMPARE(table.value(QLatin1String("FullLoadErrorRows")).toInteger(), 1);
        QVERIFY(!out.contains(QLatin1String("Completed with errors")));
    }

    void interruptStopsTheTaskAndResumeFinishesIt_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGINT (Ctrl-C)") << SIGINT;
        QTest::newRow("SIGTERM") << SIGTERM;
    }

    /// A signal while the task runs stops it through the engine service: exit 130 with the
    /// stop message; --resume then loads the rest, and the target holds every row once.
    void interruptStopsTheTaskAndResumeFinishesIt()
    {
        QFETCH(int, signalNumber);
        const QString name = QStringLiteral("interrupted-%1").arg(signalNumber);
        const QString target = m_dir.filePath(name + QStringLiteral(".db"));
        QProcess ferry;
        QStringList arguments = migrateArguments(target, name);
        arguments << QStringLiteral("--json");
        ferry.start(ferry::test::binary(QStringLiteral("ferry")), arguments);
        ferry.closeWriteChannel();
        QVERIFY(ferry.waitForStarted());
        // The first snapshot line (4 Hz) says the task runs: then the signal.
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += ferry.readAllStandardOutput()).contains("\n")
                                     || ferry.state() == QProcess::NotRunning,
                                 60'000);
        QVERIFY2(ferry.state() == QProcess::Running, "the load ended before the signal");
        QCOMPARE(::kill(pid_t(ferry.processId()), signalNumber), 0);
        QVERIFY(ferry.waitForFinished(120'000));
        out += ferry.readAllStandardOutput();
        const QString errors = QString::fromUtf8(ferry.readAllStandardError());
        QCOMPARE(ferry.exitStatus(), QProcess::NormalExit);
        QCOMPARE(ferry.exitCode(), 130);
        QVERIFY2(errors.contains(QStringLiteral("ferry: Task ") + name
                                 + QStringLiteral(" was stopped; run it again with --resume to "
                                                  "continue.")),
                 qPrintable(errors));
        // --json: every stdout line is one snapshot; the last one says the task stopped.
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QVERIFY(!lines.isEmpty());
        const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
        QVERIFY2(!last.isEmpty(), lines.last().constData());
        const qint64 loaded = countRows(target, "main.reading");
        QVERIFY2(loaded < SourceRows, qPrintable(QString::number(loaded)));

        QProcess resumed;
        arguments = migrateArguments(target, name);
        arguments << QStringLiteral("--resume");
        resumed.start(ferry::test::binary(QStringLiteral("ferry")), arguments);
        resumed.closeWriteChannel();
        QVERIFY(resumed.waitForFinished(300'000));
        QVERIFY2(resumed.exitCode() == 0, resumed.readAllStandardError().constData());
        QCOMPARE(countRows(target, "main.reading"), qint64(SourceRows));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(target.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr),
                 SQLITE_OK);
        sqlite3_stmt *statement = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT count(DISTINCT id), min(id), max(id) FROM reading",
                                    -1, &statement, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int64(statement, 0), qint64(SourceRows));
        QCOMPARE(sqlite3_column_int64(statement, 1), qint64(1));
        QCOMPARE(sqlite3_column_int64(statement, 2), qint64(SourceRows));
        sqlite3_finalize(statement);
        sqlite3_close(db);
    }
};

QTEST_GUILESS_MAIN(TestCliTask)
#include "tst_cli_task.moc"
