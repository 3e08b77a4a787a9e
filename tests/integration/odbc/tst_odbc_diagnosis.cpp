// SPDX-License-Identifier: MIT
// Test connections through the real ODBC driver manager and drivers: success per driver with
// product and version, and every failure a user can reach classified with a message that
// names the data source or driver, a detail with the driver's text, a hint, and no password.
#include "engine/connectors/endpoint.h"
#include "tests/integration/odbc/odbc_test_util.h"

#include <QTest>
#include <QUrl>

#include <chrono>

using namespace ferry;
using namespace ferry::test::odbc;

namespace {

/// A password that must never show up in any output.
constexpr const char *WrongPassword = "Wr0ng-Pa55word-Never-Shown";

/// Parses a test URI; the test fails (and returns) when it does not parse.
#define PARSE_SPEC(variable, uri)                                                                  \
    auto variable##Parsed = parseConnectionUri(uri);                                               \
    QVERIFY2(variable##Parsed.ok(),                                                                \
             variable##Parsed.ok() ? "" : variable##Parsed.error().toString().c_str());            \
    ConnectionSpec variable = *variable##Parsed

/// A driver name for a URI query ("PostgreSQL Unicode" -> "PostgreSQL%20Unicode").
QString encoded(const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); }

QString passwordLeak(const ConnectionDiagnosis &diagnosis, const std::string &password)
{
    for (const std::string *text : {&diagnosis.message, &diagnosis.detail, &diagnosis.hint}) {
        if (!password.empty() && text->find(password) != std::string::npos)
            return QString::fromStdString(*text);
    }
    for (const std::string &warning : diagnosis.warnings) {
        if (!password.empty() && warning.find(password) != std::string::npos)
            return QString::fromStdString(warning);
    }
    return {};
}

QString describe(const ConnectionDiagnosis &diagnosis)
{
    return QStringLiteral("%1: %2 | %3 | %4")
        .arg(QLatin1String(diagnosisCauseName(diagnosis.cause)),
             QString::fromStdString(diagnosis.message), QString::fromStdString(diagnosis.detail),
             QString::fromStdString(diagnosis.hint));
}

} // namespace

class TestOdbcDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { FERRY_REQUIRE_SERVERS(); }

    void connectsThroughEachDriver_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("versionPrefix");
        QTest::addColumn<QString>("driverLibrary");
        QTest::newRow("psqlODBC") << "ferry_pg"
                                  << "PostgreSQL"
                                  << "15."
                                  << "psqlodbcw.so";
        QTest::newRow("MariaDB ODBC") << "ferry_mariadb"
                                      << "MariaDB"
                                      << "10.11."
                                      << "libmaodbc.so";
        QTest::newRow("SQLite ODBC") << "ferry_sqlite"
                                     << "SQLite"
                                     << "3."
                                     << "sqlite3odbc.so";
    }

    void connectsThroughEachDriver()
    {
        QFETCH(QString, dsn);
        QFETCH(QString, product);
        QFETCH(QString, versionPrefix);
        QFETCH(QString, driverLibrary);
        const ConnectionSpec spec = dsnSpec(dsn.toUtf8().constData());
        auto endpoint = makeEndpoint(spec);
        const ConnectionDiagnosis diagnosis = endpoint->testConnection(EndpointRole::Source);
        QVERIFY2(diagnosis.ok(), qPrintable(describe(diagnosis)));
        QCOMPARE(QString::fromStdString(diagnosis.product), product);
        QVERIFY2(QString::fromStdString(diagnosis.serverVersion).startsWith(versionPrefix),
                 diagnosis.serverVersion.c_str());
        QVERIFY2(QString::fromStdString(diagnosis.detail)
                     .startsWith(QStringLiteral("ODBC driver ") + driverLibrary),
                 diagnosis.detail.c_str());
        QCOMPARE(QString::fromStdString(diagnosis.message),
                 QStringLiteral("Connected to %1 %2 through the data source %3.")
                     .arg(product, QString::fromStdString(diagnosis.serverVersion), dsn));
        QVERIFY(diagnosis.elapsed.count() >= 0);
        QVERIFY(passwordLeak(diagnosis, spec.password.reveal()).isEmpty());
    }

    void passesDriverOptionsThrough()
    {
        // psqlODBC: verify the server certificate against the harness CA over TLS.
        PARSE_SPEC(spec,
                   "odbc://ferry_pg?sslmode=verify-full&pqopt=sslrootcert%3D"
                       + ferry::test::env("FERRY_TEST_TLS_CA"));
        spec.password = Secret(ferry::test::env("FERRY_TEST_PG_PASSWORD"));
        const ConnectionDiagnosis diagnosis
            = makeEndpoint(spec)->testConnection(EndpointRole::Source);
        QVERIFY2(diagnosis.ok(), qPrintable(describe(diagnosis)));
    }

    void reportsAnUnknownDataSource()
    {
        PARSE_SPEC(spec, "odbc://nope");
        spec.password = Secret(WrongPassword);
        const ConnectionDiagnosis diagnosis
            = makeEndpoint(spec)->testConnection(EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::DriverNotFound);
        QCOMPARE(diagnosis.message,
                 std::string("The ODBC driver manager does not know the data source nope."));
        const QString hint = QString::fromStdString(diagnosis.hint);
        QVERIFY2(hint.startsWith(QStringLiteral("Known data sources: ")), qPrintable(hint));
        for (const char *expected : {"ferry_pg", "ferry_mariadb", "ferry_sqlite",
                                     "PostgreSQL Unicode", "MariaDB Unicode", "SQLite3"})
            QVERIFY2(hint.contains(QLatin1String(expected)), qPrintable(hint));
        QVERIFY2(hint.contains(QString::fromStdString(ferry::test::env("ODBCINI"))),
                 qPrintable(hint));
        QVERIFY2(
            hint.contains(QString::fromStdString(ferry::test::env("ODBCSYSINI") + "/odbcinst.ini")),
            qPrintable(hint));
        QVERIFY2(QString::fromStdString(diagnosis.detail).contains(QStringLiteral("IM002")),
                 diagnosis.detail.c_str());
        QVERIFY2(QString::fromStdString(diagnosis.detail)
                     .endsWith(QStringLiteral("connection string: DSN=nope;PWD=***;")),
                 diagnosis.detail.c_str());
        QCOMPARE(passwordLeak(diagnosis, WrongPassword), QString());
        QCOMPARE(diagnosis.toError().code, ErrorCode::DriverNotFound);
    }

    void reportsAnUnknownDriver()
    {
        PARSE_SPEC(spec, "odbc:///?driver=No%20Such%20Driver");
        const ConnectionDiagnosis diagnosis
            = makeEndpoint(spec)->testConnection(EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::DriverNotFound);
        QCOMPARE(diagnosis.message,
                 std::string("The ODBC driver manager does not know the driver No Such "
                             "Driver."));
    }

    void reportsAWrongPassword_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::newRow("psqlODBC") << "ferry_pg";
        QTest::newRow("MariaDB ODBC") << "ferry_mariadb";
    }

    void reportsAWrongPassword()
    {
        QFETCH(QString, dsn);
        ConnectionSpec spec = dsnSpec(dsn.toUtf8().constData());
        spec.password = Secret(WrongPassword);
        const ConnectionDiagnosis diagnosis
            = makeEndpoint(spec)->testConnection(EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::AuthenticationFailed);
        QCOMPARE(QString::fromStdString(diagnosis.message),
                 QStringLiteral("Could not log in to the data source %1: the user name or "
                                "password was rejected.")
                     .arg(dsn));
        QVERIFY(!diagnosis.hint.empty());
        QVERIFY(diagnosis.credentialsHint);
        QVERIFY2(QString::fromStdString(diagnosis.detail).contains(QStringLiteral("PWD=***")),
                 diagnosis.detail.c_str());
        QCOMPARE(passwordLeak(diagnosis, WrongPassword), QString());
        QCOMPARE(diagnosis.toError().code, ErrorCode::AuthenticationFailed);
    }

    void reportsARefusedConnection_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("serverKey");
        QTest::newRow("psqlODBC") << "PostgreSQL Unicode"
                                  << "servername";
        QTest::newRow("MariaDB ODBC") << "MariaDB Unicode"
                                      << "server";
    }

    void reportsARefusedConnection()
    {
        QFETCH(QString, driver);
        QFETCH(QString, serverKey);
        const int port = closedPort();
        PARSE_SPEC(spec,
                   QStringLiteral("odbc:///?driver=%1&%2=127.0.0.1&port=%3")
                       .arg(encoded(driver), serverKey)
                       .arg(port)
                       .toStdString());
        spec.user = "ferry";
        spec.password = Secret(WrongPassword);
        const ConnectionDiagnosis diagnosis
            = makeEndpoint(spec)->testConnection(EndpointRole::Source);
        QVERIFY2(diagnosis.cause == DiagnosisCause::ConnectionRefused,
                 qPrintable(describe(diagnosis)));
        QCOMPARE(QString::fromStdString(diagnosis.message),
                 QStringLiteral("Could not connect to the driver %1: the server refused the "
                                "connection.")
                     .arg(driver));
        QCOMPARE(passwordLeak(diagnosis, WrongPassword), QString());
        QCOMPARE(diagnosis.toError().code, ErrorCode::ConnectionRefused);
    }

    void reportsAnUnknownHost_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("serverKey");
        QTest::newRow("psqlODBC") << "PostgreSQL Unicode"
                                  << "servername";
        QTest::newRow("MariaDB ODBC") << "MariaDB Unicode"
                                      << "server";
    }

    void reportsAnUnknownHost()
    {
        QFETCH(QString, driver);
        QFETCH(QString, serverKey);
        PARSE_SPEC(spec,
                   QStringLiteral("odbc:///?driver=%1&%2=ferry-no-such-host.invalid&port=5432")
                       .arg(encoded(driver), serverKey)
                       .toStdString());
        spec.user = "ferry";
        spec.password = Secret(WrongPassword);
        const ConnectionDiagnosis diagnosis
            = makeEndpoint(spec)->testConnection(EndpointRole::Source);
        QVERIFY2(diagnosis.cause == DiagnosisCause::UnknownHost, qPrintable(describe(diagnosis)));
        QCOMPARE(QString::fromStdString(diagnosis.message),
                 QStringLiteral("Could not connect to the driver %1: the server's host name "
                                "could not be resolved.")
                     .arg(driver));
        QVERIFY2(QString::fromStdString(diagnosis.detail)
                     .contains(QStringLiteral("ferry-no-such-host.invalid")),
                 diagnosis.detail.c_str());
        QCOMPARE(passwordLeak(diagnosis, WrongPassword), QString());
    }

    void reportsATimeout()
    {
        SilentListener listener;
        PARSE_SPEC(spec,
                   QStringLiteral("odbc:///?driver=PostgreSQL%20Unicode&servername=127.0.0.1"
                                  "&port=%1&sslmode=disable&connect_timeout=2")
                       .arg(listener.port())
                       .toStdString());
        spec.user = "ferry";
        spec.password = Secret(WrongPassword);
        const auto started = std::chrono::steady_clock::now();
        const ConnectionDiagnosis diagnosis
            = makeEndpoint(spec)->testConnection(EndpointRole::Source);
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::steady_clock::now() - started)
                                 .count();
        QVERIFY2(diagnosis.cause == DiagnosisCause::Timeout, qPrintable(describe(diagnosis)));
        QCOMPARE(diagnosis.message,
                 std::string("Could not connect to the driver PostgreSQL Unicode: the server "
                             "did not answer within 2 seconds."));
        QVERIFY2(seconds < 10, qPrintable(QString::number(seconds)));
        QCOMPARE(diagnosis.toError().action, ErrorAction::Retry);
        QCOMPARE(passwordLeak(diagnosis, WrongPassword), QString());
    }

    void reportsAMissingDatabase_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::newRow("psqlODBC") << "ferry_pg";
        QTest::newRow("MariaDB ODBC") << "ferry_mariadb";
    }

    void reportsAMissingDatabase()
    {
        QFETCH(QString, dsn);
        const std::string database = ferry::test::uniqueName("ferry_missing");
        ConnectionSpec spec = dsnSpec(dsn.toUtf8().constData());
        spec.options["database"] = database;
        const ConnectionDiagnosis diagnosis
            = makeEndpoint(spec)->testConnection(EndpointRole::Source);
        QVERIFY2(diagnosis.cause == DiagnosisCause::DatabaseNotFound,
                 qPrintable(describe(diagnosis)));
        QCOMPARE(QString::fromStdString(diagnosis.message),
                 QStringLiteral("Could not connect to the data source %1: the database does not "
                                "exist.")
                     .arg(dsn));
        QVERIFY2(
            QString::fromStdString(diagnosis.detail).contains(QString::fromStdString(database)),
            diagnosis.detail.c_str());
        QCOMPARE(passwordLeak(diagnosis, spec.password.reveal()), QString());
        QCOMPARE(diagnosis.toError().code, ErrorCode::DatabaseNotFound);
    }

    void reportsAMissingSqliteDirectory()
    {
        ConnectionSpec spec = dsnSpec("ferry_sqlite");
        spec.options["Database"] = "/nonexistent-ferry-dir/missing.sqlite";
        const ConnectionDiagnosis diagnosis
            = makeEndpoint(spec)->testConnection(EndpointRole::Source);
        QVERIFY2(diagnosis.cause == DiagnosisCause::DatabaseNotFound,
                 qPrintable(describe(diagnosis)));
    }

    void reportsTlsFailures_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("dsn");
        const QString wrongCa = QString::fromStdString(ferry::test::env("FERRY_TEST_TLS_WRONG_CA"));
        QTest::newRow("psqlODBC, unknown CA")
            << QStringLiteral("odbc://ferry_pg?sslmode=verify-full&pqopt=sslrootcert%3D") + wrongCa
            << "ferry_pg";
        QTest::newRow("MariaDB ODBC, unknown CA")
            << QStringLiteral("odbc://ferry_mariadb?SSLVERIFY=1&SSLCA=") + wrongCa
            << "ferry_mariadb";
    }

    void reportsTlsFailures()
    {
        QFETCH(QString, uri);
        QFETCH(QString, dsn);
        PARSE_SPEC(spec, uri.toStdString());
        spec.password = dsnSpec(dsn.toUtf8().constData()).password;
        const ConnectionDiagnosis diagnosis
            = makeEndpoint(spec)->testConnection(EndpointRole::Source);
        QVERIFY2(diagnosis.cause == DiagnosisCause::TlsFailure, qPrintable(describe(diagnosis)));
        QCOMPARE(QString::fromStdString(diagnosis.message),
                 QStringLiteral("Could not connect to the data source %1: the TLS (SSL) "
                                "handshake or certificate check failed.")
                     .arg(dsn));
        QCOMPARE(passwordLeak(diagnosis, spec.password.reveal()), QString());
        QCOMPARE(diagnosis.toError().code, ErrorCode::TlsFailure);
    }

    void refusesAReadOnlyTarget()
    {
        ConnectionSpec spec = dsnSpec("ferry_pg");
        spec.options.emplace("ReadOnly", "1");
        auto endpoint = makeEndpoint(spec);
        QVERIFY2(endpoint->testConnection(EndpointRole::Source).ok(), "source should be fine");
        const ConnectionDiagnosis diagnosis = endpoint->testConnection(EndpointRole::Target);
        QCOMPARE(diagnosis.cause, DiagnosisCause::MissingPrivilege);
        QCOMPARE(diagnosis.message,
                 std::string("The data source ferry_pg is read-only, so it cannot be a target."));
    }
};

QTEST_GUILESS_MAIN(TestOdbcDiagnosis)
#include "tst_odbc_diagnosis.moc"
