// SPDX-License-Identifier: MIT
// The harness itself: both servers are up on loopback, reachable with the credentials handed
// over, TLS is on, and the ODBC configuration is private to the run.
#include "tests/support/test_support.h"

#include <QProcess>
#include <QTest>

class TestHarness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { FERRY_REQUIRE_SERVERS(); }

    void serversListenOnLoopbackWithPasswords()
    {
        QCOMPARE(ferry::test::env("FERRY_TEST_PG_HOST"), std::string("127.0.0.1"));
        QCOMPARE(ferry::test::env("FERRY_TEST_MY_HOST"), std::string("127.0.0.1"));
        QVERIFY(!ferry::test::env("FERRY_TEST_PG_PASSWORD").empty());
        QVERIFY(!ferry::test::env("FERRY_TEST_MY_PASSWORD").empty());
        QVERIFY(std::atoi(ferry::test::env("FERRY_TEST_PG_PORT").c_str()) > 1024);
        QVERIFY(std::atoi(ferry::test::env("FERRY_TEST_MY_PORT").c_str()) > 1024);
    }

    void postgresAnswersOverTls()
    {
        QProcess psql;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"),
                           QString::fromStdString(ferry::test::env("FERRY_TEST_PG_PASSWORD")));
        psql.setProcessEnvironment(environment);
        const QString conninfo
            = QStringLiteral("host=127.0.0.1 port=%1 user=ferry dbname=ferry_test "
                             "sslmode=verify-full sslrootcert=%2")
                  .arg(QString::fromStdString(ferry::test::env("FERRY_TEST_PG_PORT")),
                       QString::fromStdString(ferry::test::env("FERRY_TEST_TLS_CA")));
        psql.start(QStringLiteral("psql"),
                   {QStringLiteral("-XAt"), conninfo, QStringLiteral("-c"),
                    QStringLiteral("select ssl from pg_stat_ssl where pid = pg_backend_pid()")});
        QVERIFY(psql.waitForFinished(30000));
        QCOMPARE(psql.exitCode(), 0);
        QCOMPARE(psql.readAllStandardOutput().trimmed(), QByteArray("t"));
    }

    void odbcConfigurationIsPrivate()
    {
        const std::string ini = ferry::test::env("ODBCINI");
        QVERIFY(ini.rfind("/tmp/ferry-servers.", 0) == 0);
        QFile file(QString::fromStdString(ini));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("[ferry_pg]"));
        QVERIFY(text.contains("[ferry_mariadb]"));
        QVERIFY(text.contains("[ferry_sqlite]"));
    }
};

QTEST_GUILESS_MAIN(TestHarness)
#include "tst_harness.moc"
