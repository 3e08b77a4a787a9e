// SPDX-License-Identifier: MIT
// Test connections to MariaDB that fail for each reason a user can meet, provoked for real on
// loopback, and the diagnosis each one gets: among them the harness's PostgreSQL port (another
// engine, silent until the client speaks) and a server that greets like SSH. No message,
// detail, hint or warning may contain a password.
#include "engine/connectors/endpoint.h"
#include "tests/integration/mysql/mysql_test_support.h"
#include "tests/support/loopback_server.h"
#include "tests/support/test_support.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace ferry;

class TestMySqlDiagnosis : public QObject
{
    Q_OBJECT

private:
    test::MySqlAdmin m_admin;
    std::string m_database;
    std::string m_otherDatabase;
    std::string m_outsider; ///< granted on another database only
    std::string m_reader; ///< SELECT/INSERT/UPDATE/DELETE on ours, no CREATE, no replication
    std::string m_outsiderPassword;
    std::string m_readerPassword;

    ConnectionSpec spec() const
    {
        ConnectionSpec spec = test::mysqlSpec();
        spec.database = m_database;
        return spec;
    }

    /// Checks that no secret we know of appears anywhere in the diagnosis.
    void verifyNoSecret(const ConnectionDiagnosis &diagnosis)
    {
        std::vector<std::string> secrets { test::env("FERRY_TEST_MY_PASSWORD"),
                                           test::env("FERRY_TEST_MY_ADMIN_PASSWORD"),
                                           m_outsiderPassword, m_readerPassword,
                                           "Wrong-Passw0rd-Here" };
        std::vector<std::string> texts { diagnosis.message, diagnosis.detail, diagnosis.hint };
        texts.insert(texts.end(), diagnosis.warnings.begin(), diagnosis.warnings.end());
        for (const std::string &secret : secrets) {
            if (secret.empty())
                continue;
            for (const std::string &text : texts)
                QVERIFY2(text.find(secret) == std::string::npos, text.c_str());
        }
    }

    ConnectionDiagnosis diagnose(const ConnectionSpec &spec, EndpointRole role)
    {
        ConnectionDiagnosis diagnosis = makeEndpoint(spec)->testConnection(role);
        verifyNoSecret(diagnosis);
        return diagnosis;
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QString why;
        QVERIFY2(m_admin.connect(&why), qPrintable(why));
        m_database = test::uniqueName("ferry_mydiag");
        m_otherDatabase = test::uniqueName("ferry_myother");
        m_outsider = test::uniqueName("ferry_out");
        m_reader = test::uniqueName("ferry_rd");
        m_outsiderPassword = "Outsider-" + std::to_string(::getpid()) + "-pw";
        m_readerPassword = "Reader-" + std::to_string(::getpid()) + "-pw";
        const std::vector<std::string> setup {
            "CREATE DATABASE `" + m_database + "`",
            "CREATE DATABASE `" + m_otherDatabase + "`",
            "CREATE TABLE `" + m_database + "`.t (id INT PRIMARY KEY)",
            "CREATE USER '" + m_outsider + "'@'%' IDENTIFIED BY '" + m_outsiderPassword + "'",
            "GRANT ALL ON `" + m_otherDatabase + "`.* TO '" + m_outsider + "'@'%'",
            "CREATE USER '" + m_reader + "'@'%' IDENTIFIED BY '" + m_readerPassword + "'",
            "GRANT SELECT, INSERT, UPDATE, DELETE ON `" + m_database + "`.* TO '" + m_reader
                + "'@'%'",
        };
        for (const std::string &statement : setup) {
            const std::string error = m_admin.exec(statement);
            QVERIFY2(error.empty(), error.c_str());
        }
    }

    void cleanupTestCase()
    {
        for (const std::string &database : { m_database, m_otherDatabase }) {
            if (!database.empty())
                m_admin.exec("DROP DATABASE IF EXISTS `" + database + "`");
        }
        for (const std::string &user : { m_outsider, m_reader }) {
            if (!user.empty())
                m_admin.exec("DROP USER IF EXISTS '" + user + "'@'%'");
        }
    }

    void connectsAndNamesTheServer()
    {
        const auto diagnosis = diagnose(spec(), EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::Ok);
        QCOMPARE(diagnosis.product, std::string("MariaDB"));
        const QString version = QString::fromStdString(m_admin.scalar("SELECT VERSION()"));
        const auto match
            = QRegularExpression(QStringLiteral("^(\\d+\\.\\d+\\.\\d+)")).match(version);
        QVERIFY(match.hasMatch());
        QCOMPARE(QString::fromStdString(diagnosis.serverVersion), match.captured(1));
        const std::string port = test::env("FERRY_TEST_MY_PORT");
        QCOMPARE(diagnosis.message,
                 "Connected to MariaDB " + match.captured(1).toStdString() + " at 127.0.0.1:" + port
                     + ".");
        // The harness user has every privilege and the server logs ROW binlogs: no warnings.
        QVERIFY2(diagnosis.warnings.empty(),
                 diagnosis.warnings.empty() ? "" : diagnosis.warnings.front().c_str());
        QVERIFY(diagnosis.elapsed.count() >= 0);
        QCOMPARE(diagnose(spec(), EndpointRole::Target).cause, DiagnosisCause::Ok);
    }

    void unknownHost()
    {
        ConnectionSpec unknown = spec();
        unknown.host = "ferry-no-such-host.invalid";
        const auto diagnosis = diagnose(unknown, EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::UnknownHost);
        QCOMPARE(diagnosis.message,
                 std::string("The host name 'ferry-no-such-host.invalid' could not be resolved."));
        QVERIFY(diagnosis.detail.find("2005") != std::string::npos);
        QVERIFY(!diagnosis.hint.empty());
        QCOMPARE(diagnosis.toError().code, ErrorCode::UnknownHost);
    }

    void connectionRefused()
    {
        ConnectionSpec refused = spec();
        refused.port = test::closedLoopbackPort();
        const auto diagnosis = diagnose(refused, EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::ConnectionRefused);
        QCOMPARE(diagnosis.message,
                 "Nothing accepted the connection at 127.0.0.1:" + std::to_string(refused.port)
                     + ".");
        QVERIFY(diagnosis.hint.find(std::to_string(refused.port)) != std::string::npos);
        QVERIFY(diagnosis.elapsed.count() < 5000);
    }

    void timeoutWhenTheServerNeverAnswers()
    {
        test::LoopbackListener silent; // accepts TCP (backlog) but never speaks
        ConnectionSpec slow = spec();
        slow.port = silent.port();
        slow.options["connect_timeout"] = "2";
        const auto diagnosis = diagnose(slow, EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::Timeout);
        QCOMPARE(diagnosis.message,
                 "The server at 127.0.0.1:" + std::to_string(slow.port)
                     + " did not answer within 2 second(s).");
        QVERIFY(diagnosis.elapsed.count() >= 1500);
        QVERIFY(diagnosis.elapsed.count() < 10000);
        QCOMPARE(diagnosis.toError().code, ErrorCode::ConnectionTimeout);
    }

    void reportsPostgreSqlOnThePort()
    {
        // PostgreSQL never speaks first: the client would wait its whole connect_timeout
        // (10 s) for a greeting. After a second of silence the port is probed instead.
        ConnectionSpec wrong = spec();
        wrong.host = test::postgresSpec().host;
        wrong.port = test::postgresSpec().port;
        QElapsedTimer timer;
        timer.start();
        const auto diagnosis = diagnose(wrong, EndpointRole::Source);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(diagnosis.cause == DiagnosisCause::WrongProtocol,
                 (diagnosis.message + " | " + diagnosis.detail).c_str());
        const std::string where = wrong.host + ':' + std::to_string(wrong.port);
        QCOMPARE(diagnosis.message,
                 where + " is not a MySQL/MariaDB server: it is a PostgreSQL server.");
        QCOMPARE(diagnosis.product, std::string("PostgreSQL"));
        // The harness's PostgreSQL has TLS on: it answers the SSLRequest with 'S'.
        QVERIFY2(diagnosis.detail.find("answered a PostgreSQL SSLRequest with: S")
                     != std::string::npos,
                 diagnosis.detail.c_str());
        QVERIFY(diagnosis.hint.find("postgresql://") != std::string::npos);
        QVERIFY(diagnosis.hint.find("5432") != std::string::npos);
        QCOMPARE(diagnosis.toError().code, ErrorCode::WrongProtocol);
        // About a second of silence and the probe: nowhere near the 10-second timeout.
        QVERIFY2(elapsed >= 900 && elapsed < 5000, QByteArray::number(elapsed).constData());
        QVERIFY(diagnosis.elapsed.count() < 5000);

        // The catalog read gives up as quickly, with the same cause.
        QElapsedTimer catalogTimer;
        catalogTimer.start();
        const auto catalog = makeEndpoint(wrong)->readCatalog(CatalogFilter {});
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, ErrorCode::WrongProtocol);
        QVERIFY2(catalogTimer.elapsed() < 5000,
                 QByteArray::number(catalogTimer.elapsed()).constData());
    }

    void reportsSshOnThePort()
    {
        // A server that greets first, but not in MySQL's protocol.
        test::LoopbackServer ssh(test::sendBanner("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n"));
        QVERIFY(ssh.port() > 0);
        ConnectionSpec wrong = spec();
        wrong.port = ssh.port();
        wrong.options["connect_timeout"] = "3";
        const auto diagnosis = diagnose(wrong, EndpointRole::Source);
        QVERIFY2(diagnosis.cause == DiagnosisCause::WrongProtocol,
                 (diagnosis.message + " | " + diagnosis.detail).c_str());
        QCOMPARE(diagnosis.message,
                 "127.0.0.1:" + std::to_string(ssh.port())
                     + " is not a MySQL/MariaDB server: it answers with another protocol (SSH).");
        QVERIFY2(diagnosis.detail.find("spoke first: SSH-2.0-OpenSSH_9.2p1") != std::string::npos,
                 diagnosis.detail.c_str());
    }

    void wrongPassword()
    {
        ConnectionSpec wrong = spec();
        wrong.password = Secret("Wrong-Passw0rd-Here");
        const auto diagnosis = diagnose(wrong, EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::AuthenticationFailed);
        QCOMPARE(diagnosis.message,
                 "The server at 127.0.0.1:" + test::env("FERRY_TEST_MY_PORT")
                     + " rejected the login of user 'ferry'.");
        QVERIFY(diagnosis.detail.find("1045") != std::string::npos);
        QVERIFY(diagnosis.credentialsHint);
        QCOMPARE(diagnosis.toError().code, ErrorCode::AuthenticationFailed);
    }

    void unknownDatabase()
    {
        ConnectionSpec missing = spec();
        missing.database = m_database + "_missing";
        const auto diagnosis = diagnose(missing, EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::DatabaseNotFound);
        QCOMPARE(diagnosis.message,
                 "The database '" + missing.database
                     + "' does not exist on "
                       "127.0.0.1:"
                     + test::env("FERRY_TEST_MY_PORT") + ".");
        QVERIFY(diagnosis.detail.find("1049") != std::string::npos);
    }

    void tlsVerificationFailsWithWrongCa()
    {
        ConnectionSpec tls = spec();
        tls.options["ssl-mode"] = "VERIFY_CA";
        tls.options["ssl-ca"] = test::env("FERRY_TEST_TLS_WRONG_CA");
        const auto diagnosis = diagnose(tls, EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::TlsFailure);
        QCOMPARE(diagnosis.message,
                 "The TLS connection to 127.0.0.1:" + test::env("FERRY_TEST_MY_PORT") + " failed.");
        QVERIFY(diagnosis.detail.find("2026") != std::string::npos);
        QCOMPARE(diagnosis.toError().code, ErrorCode::TlsFailure);
    }

    void tlsVerifiesIdentityWithRightCa()
    {
        ConnectionSpec tls = spec();
        tls.options["ssl-mode"] = "VERIFY_IDENTITY";
        tls.options["ssl-ca"] = test::env("FERRY_TEST_TLS_CA");
        const auto diagnosis = diagnose(tls, EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::Ok);
        QVERIFY2(diagnosis.detail.find("TLS cipher") != std::string::npos,
                 diagnosis.detail.c_str());

        ConnectionSpec plain = spec();
        plain.options["ssl-mode"] = "DISABLED";
        const auto unencrypted = diagnose(plain, EndpointRole::Source);
        QCOMPARE(unencrypted.cause, DiagnosisCause::Ok);
        QVERIFY2(unencrypted.detail.find("not encrypted") != std::string::npos,
                 unencrypted.detail.c_str());
    }

    void tlsRequiredButNotOffered()
    {
        // The fake server does not announce TLS, so ssl-mode=REQUIRED must fail.
        test::FakeMySqlServer plainServer("10.11.6-MariaDB");
        ConnectionSpec required = spec();
        required.port = plainServer.port();
        required.options["ssl-mode"] = "REQUIRED";
        const auto diagnosis = diagnose(required, EndpointRole::Source);
        QVERIFY(plainServer.greeted());
        QCOMPARE(diagnosis.cause, DiagnosisCause::TlsFailure);
        QVERIFY2(diagnosis.detail.find("does not offer TLS") != std::string::npos,
                 diagnosis.detail.c_str());
    }

    void rejectsUnknownSslMode()
    {
        ConnectionSpec odd = spec();
        odd.options["ssl-mode"] = "SOMETIMES";
        const auto diagnosis = diagnose(odd, EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::InvalidSpec);
        QCOMPARE(diagnosis.message, std::string("The ssl-mode 'SOMETIMES' is not known."));
    }

    void databaseAccessDenied()
    {
        ConnectionSpec outsider = spec();
        outsider.user = m_outsider;
        outsider.password = Secret(m_outsiderPassword);
        const auto diagnosis = diagnose(outsider, EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::MissingPrivilege);
        QCOMPARE(diagnosis.message,
                 "User '" + m_outsider + "' may not use the database '" + m_database
                     + "' on 127.0.0.1:" + test::env("FERRY_TEST_MY_PORT") + ".");
        QVERIFY(diagnosis.detail.find("1044") != std::string::npos);
        QCOMPARE(diagnosis.toError().code, ErrorCode::MissingPrivilege);
    }

    void targetWithoutCreatePrivilege()
    {
        ConnectionSpec reader = spec();
        reader.user = m_reader;
        reader.password = Secret(m_readerPassword);
        const auto diagnosis = diagnose(reader, EndpointRole::Target);
        QCOMPARE(diagnosis.cause, DiagnosisCause::MissingPrivilege);
        QCOMPARE(diagnosis.message,
                 "User '" + m_reader
                     + "' may not create tables in the "
                       "database '"
                     + m_database + "' on 127.0.0.1:" + test::env("FERRY_TEST_MY_PORT") + ".");
        QVERIFY(diagnosis.hint.find("GRANT CREATE") != std::string::npos);
        QCOMPARE(diagnosis.product, std::string("MariaDB"));
    }

    void sourceWithoutReplicationPrivilegesWarns()
    {
        ConnectionSpec reader = spec();
        reader.user = m_reader;
        reader.password = Secret(m_readerPassword);
        const auto diagnosis = diagnose(reader, EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::Ok);
        QCOMPARE(diagnosis.warnings.size(), size_t(2));
        QVERIFY2(diagnosis.warnings[0].find("REPLICATION CLIENT") != std::string::npos,
                 diagnosis.warnings[0].c_str());
        QVERIFY2(diagnosis.warnings[1].find("REPLICATION SLAVE") != std::string::npos,
                 diagnosis.warnings[1].c_str());
        QVERIFY(diagnosis.warnings[0].find(m_reader) != std::string::npos);

        // Granting them removes the warnings.
        QCOMPARE(m_admin.exec("GRANT REPLICATION CLIENT, REPLICATION SLAVE ON *.* TO '" + m_reader
                              + "'@'%'"),
                 std::string());
        const auto granted = diagnose(reader, EndpointRole::Source);
        QCOMPARE(granted.cause, DiagnosisCause::Ok);
        QVERIFY2(granted.warnings.empty(),
                 granted.warnings.empty() ? "" : granted.warnings.front().c_str());
    }

    void unsupportedServerVersion()
    {
        // A loopback server that greets as MySQL 5.0.96 and accepts the login.
        test::FakeMySqlServer old("5.0.96-community");
        ConnectionSpec ancient = spec();
        ancient.port = old.port();
        ancient.options["ssl-mode"] = "DISABLED";
        const auto diagnosis = diagnose(ancient, EndpointRole::Source);
        QVERIFY(old.greeted());
        QCOMPARE(diagnosis.cause, DiagnosisCause::UnsupportedServerVersion);
        QCOMPARE(diagnosis.product, std::string("MySQL"));
        QCOMPARE(diagnosis.serverVersion, std::string("5.0.96"));
        QCOMPARE(diagnosis.message,
                 "The server at 127.0.0.1:" + std::to_string(old.port())
                     + " runs MySQL 5.0.96, which is older than Ferry "
                       "supports (MySQL 5.7 or newer).");
        QCOMPARE(diagnosis.toError().code, ErrorCode::UnsupportedServerVersion);
    }
};

QTEST_GUILESS_MAIN(TestMySqlDiagnosis)
#include "tst_mysql_diagnosis.moc"
