// SPDX-License-Identifier: MIT
// Every connection diagnosis of the PostgreSQL endpoint, each provoked for real on loopback:
// the harness server (right and wrong password, missing database, TLS verified against the
// right and a wrong CA, roles lacking CONNECT or CREATE or REPLICATION), a name under .invalid,
// a closed port, a socket that accepts but never answers, a tiny fake server announcing
// PostgreSQL 9.6 (for the version check) that also declines TLS, the harness's MariaDB port
// (another engine answers) and a server that greets like SSH.
#include "engine/connectors/endpoint.h"
#include "engine/connectors/postgres/postgres_diagnosis.h"
#include "tests/integration/postgres/loopback_listener.h"
#include "tests/support/loopback_server.h"
#include "tests/support/test_support.h"

#include <QElapsedTimer>
#include <QTest>

#include <pqxx/pqxx>

#include <atomic>
#include <cstring>
#include <thread>

using namespace ferry;

namespace {

QString q(const std::string &text) { return QString::fromStdString(text); }

bool contains(const std::string &text, const char *part)
{
    return text.find(part) != std::string::npos;
}

/**
 * A loopback server that speaks just enough of the PostgreSQL protocol to complete a start-up
 * as "PostgreSQL 9.6.24": it refuses TLS/GSS requests ('N'), sends AuthenticationOk, the
 * server_version parameter, BackendKeyData and ReadyForQuery, then waits for the client to go.
 */
class FakeOldServer
{
public:
    FakeOldServer()
    {
        if (m_listener.port() > 0) {
            const int listener = m_listener.fd();
            m_thread = std::thread([this, listener] { serve(listener); });
        }
    }

    ~FakeOldServer()
    {
        m_listener.close(); // wakes a pending accept()
        if (m_thread.joinable())
            m_thread.join();
    }

    int port() const { return m_listener.port(); }
    bool sawStartup() const { return m_sawStartup; }

private:
    static bool readExactly(int fd, char *buffer, size_t size)
    {
        size_t done = 0;
        while (done < size) {
            const ssize_t got = ::read(fd, buffer + done, size - done);
            if (got <= 0)
                return false;
            done += size_t(got);
        }
        return true;
    }

    static void put32(std::string &out, uint32_t value)
    {
        const uint32_t network = htonl(value);
        out.append(reinterpret_cast<const char *>(&network), 4);
    }

    static void message(std::string &out, char type, const std::string &body)
    {
        out += type;
        put32(out, uint32_t(body.size() + 4));
        out += body;
    }

    void serve(int listener)
    {
        const int client = ::accept(listener, nullptr, nullptr);
        if (client < 0)
            return;
        for (;;) {
            char header[8];
            if (!readExactly(client, header, sizeof header))
                break;
            uint32_t length = 0;
            uint32_t code = 0;
            std::memcpy(&length, header, 4);
            std::memcpy(&code, header + 4, 4);
            length = ntohl(length);
            code = ntohl(code);
            std::string rest(length > 8 ? length - 8 : 0, '\0');
            if (!rest.empty() && !readExactly(client, rest.data(), rest.size()))
                break;
            if (code == 80877103 || code == 80877104) { // SSLRequest, GSSENCRequest
                if (::write(client, "N", 1) != 1)
                    break;
                continue;
            }
            m_sawStartup = true;
            std::string reply;
            std::string ok;
            put32(ok, 0);
            message(reply, 'R', ok);
            message(reply, 'S',
                    std::string("server_version\0"
                                "9.6.24\0",
                                22));
            message(reply, 'S',
                    std::string("server_encoding\0"
                                "UTF8\0",
                                21));
            message(reply, 'S',
                    std::string("client_encoding\0"
                                "UTF8\0",
                                21));
            message(reply, 'S',
                    std::string("integer_datetimes\0"
                                "on\0",
                                21));
            std::string key;
            put32(key, 4242);
            put32(key, 1234567);
            message(reply, 'K', key);
            message(reply, 'Z', "I");
            if (::write(client, reply.data(), reply.size()) != ssize_t(reply.size()))
                break;
            char drain[256];
            while (::read(client, drain, sizeof drain) > 0) { }
            break;
        }
        ::close(client);
    }

    test::LoopbackListener m_listener;
    std::thread m_thread;
    std::atomic<bool> m_sawStartup {false};
};

} // namespace

class TestPostgresDiagnosis : public QObject
{
    Q_OBJECT

private:
    std::string m_noConnectRole;
    std::string m_noConnectDatabase;
    std::string m_noCreateRole;
    std::string m_rolePassword;
    std::unique_ptr<pqxx::connection> m_admin;

    static ConnectionDiagnosis diagnose(const ConnectionSpec &spec,
                                        EndpointRole role = EndpointRole::Source)
    {
        auto endpoint = makeEndpoint(spec);
        return endpoint->testConnection(role);
    }

    static void verifyNoSecret(const ConnectionDiagnosis &diagnosis, const std::string &secret)
    {
        for (const std::string &text : {diagnosis.message, diagnosis.detail, diagnosis.hint})
            QVERIFY2(!contains(text, secret.c_str()), text.c_str());
        for (const std::string &warning : diagnosis.warnings)
            QVERIFY2(!contains(warning, secret.c_str()), warning.c_str());
    }

    static QByteArray describe(const ConnectionDiagnosis &diagnosis)
    {
        return QByteArray(diagnosisCauseName(diagnosis.cause)) + ": " + diagnosis.message.c_str()
            + " | " + diagnosis.detail.c_str() + " | " + diagnosis.hint.c_str();
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_noConnectRole = test::uniqueName("ferry_noconnect");
        m_noConnectDatabase = test::uniqueName("ferry_noconnect_db");
        m_noCreateRole = test::uniqueName("ferry_nocreate");
        m_rolePassword = "Rp-" + test::uniqueName("pw");
        m_admin
            = std::make_unique<pqxx::connection>(postgres::buildConninfo(test::postgresSpec(true)));
        pqxx::nontransaction admin(*m_admin);
        const std::string password = admin.quote(m_rolePassword);
        admin.exec("CREATE ROLE " + quoteIdentifier(Dialect::PostgreSql, m_noConnectRole)
                   + " LOGIN PASSWORD " + password);
        admin.exec("CREATE ROLE " + quoteIdentifier(Dialect::PostgreSql, m_noCreateRole)
                   + " LOGIN PASSWORD " + password);
        admin.exec("CREATE DATABASE " + quoteIdentifier(Dialect::PostgreSql, m_noConnectDatabase));
        admin.exec("REVOKE CONNECT ON DATABASE "
                   + quoteIdentifier(Dialect::PostgreSql, m_noConnectDatabase) + " FROM PUBLIC");
    }

    void cleanupTestCase()
    {
        if (!m_admin)
            return;
        pqxx::nontransaction admin(*m_admin);
        admin.exec("DROP DATABASE IF EXISTS "
                   + quoteIdentifier(Dialect::PostgreSql, m_noConnectDatabase));
        admin.exec("DROP ROLE IF EXISTS " + quoteIdentifier(Dialect::PostgreSql, m_noConnectRole));
        admin.exec("DROP ROLE IF EXISTS " + quoteIdentifier(Dialect::PostgreSql, m_noCreateRole));
    }

    void connectsAndReportsTheVersion()
    {
        const ConnectionSpec spec = test::postgresSpec();
        const ConnectionDiagnosis diagnosis = diagnose(spec);
        QVERIFY2(diagnosis.ok(), describe(diagnosis).constData());
        QCOMPARE(q(diagnosis.product), QStringLiteral("PostgreSQL"));
        QVERIFY2(diagnosis.serverVersion.rfind("15.", 0) == 0, diagnosis.serverVersion.c_str());
        QVERIFY(contains(diagnosis.message, "Connected to PostgreSQL 15."));
        QVERIFY(contains(diagnosis.message, spec.host.c_str()));
        QVERIFY(diagnosis.elapsed.count() >= 0);
        verifyNoSecret(diagnosis, spec.password.reveal());
    }

    void warnsSourceWithoutReplication()
    {
        // "ferry" has CREATEDB and CREATEROLE but not REPLICATION; wal_level is logical.
        const ConnectionDiagnosis diagnosis = diagnose(test::postgresSpec());
        QVERIFY2(diagnosis.ok(), describe(diagnosis).constData());
        QCOMPARE(diagnosis.warnings.size(), size_t(1));
        QVERIFY(contains(diagnosis.warnings[0], "REPLICATION"));
        QVERIFY(contains(diagnosis.warnings[0], "ALTER ROLE \"ferry\" REPLICATION"));

        // The superuser may replicate: no warning.
        const ConnectionDiagnosis admin = diagnose(test::postgresSpec(true));
        QVERIFY2(admin.ok(), describe(admin).constData());
        QVERIFY(admin.warnings.empty());
    }

    void acceptsTargetWithCreatePrivilege()
    {
        const ConnectionDiagnosis diagnosis = diagnose(test::postgresSpec(), EndpointRole::Target);
        QVERIFY2(diagnosis.ok(), describe(diagnosis).constData());
        QVERIFY(diagnosis.warnings.empty());
    }

    void reportsUnknownHost()
    {
        ConnectionSpec spec = test::postgresSpec();
        spec.host = "ferry-no-such-host.invalid";
        const ConnectionDiagnosis diagnosis = diagnose(spec);
        QCOMPARE(diagnosis.cause, DiagnosisCause::UnknownHost);
        QVERIFY(contains(diagnosis.message, "ferry-no-such-host.invalid"));
        QVERIFY(contains(diagnosis.message, "could not be resolved"));
        QVERIFY(contains(diagnosis.detail, "could not translate host name"));
        QVERIFY(contains(diagnosis.hint, "host name"));
        verifyNoSecret(diagnosis, spec.password.reveal());
    }

    void reportsRefusedConnection()
    {
        const int closedPort = test::closedLoopbackPort();
        QVERIFY(closedPort > 0);
        ConnectionSpec spec = test::postgresSpec();
        spec.port = closedPort;
        const ConnectionDiagnosis diagnosis = diagnose(spec);
        QCOMPARE(diagnosis.cause, DiagnosisCause::ConnectionRefused);
        QVERIFY(contains(diagnosis.message, ("127.0.0.1:" + std::to_string(closedPort)).c_str()));
        QVERIFY(contains(diagnosis.message, "refused"));
        QVERIFY(contains(diagnosis.detail, "Connection refused"));
        QVERIFY(contains(diagnosis.hint, "running"));
        verifyNoSecret(diagnosis, spec.password.reveal());
    }

    void reportsTimeoutWhenNobodyAnswers()
    {
        // The kernel accepts the TCP connection into the backlog; nothing ever answers.
        test::LoopbackListener silent;
        QVERIFY(silent.port() > 0);
        ConnectionSpec spec = test::postgresSpec();
        spec.port = silent.port();
        spec.options["connect_timeout"] = "2";
        QElapsedTimer timer;
        timer.start();
        const ConnectionDiagnosis diagnosis = diagnose(spec);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(diagnosis.cause, DiagnosisCause::Timeout);
        QVERIFY(contains(diagnosis.message, "no answer within 2 seconds"));
        QVERIFY(contains(diagnosis.hint, "connect_timeout"));
        QVERIFY2(elapsed >= 1900 && elapsed < 8000, QByteArray::number(elapsed).constData());
        verifyNoSecret(diagnosis, spec.password.reveal());
    }

    void reportsWrongPasswordWithoutRevealingIt()
    {
        ConnectionSpec spec = test::postgresSpec();
        const std::string wrong = "Wrong-" + test::uniqueName("secret");
        spec.password = Secret(wrong);
        const ConnectionDiagnosis diagnosis = diagnose(spec);
        QCOMPARE(diagnosis.cause, DiagnosisCause::AuthenticationFailed);
        QVERIFY(contains(diagnosis.message, "rejected the login of user ferry"));
        QVERIFY2(contains(diagnosis.detail, "28P01"), diagnosis.detail.c_str());
        QVERIFY(contains(diagnosis.detail, "password authentication failed"));
        QVERIFY(contains(diagnosis.hint, "password"));
        QVERIFY(diagnosis.credentialsHint);
        verifyNoSecret(diagnosis, wrong);
        verifyNoSecret(diagnosis, test::postgresSpec().password.reveal());
    }

    void reportsMissingPassword()
    {
        ConnectionSpec spec = test::postgresSpec();
        spec.password = Secret();
        ::unsetenv("PGPASSWORD");
        const ConnectionDiagnosis diagnosis = diagnose(spec);
        QCOMPARE(diagnosis.cause, DiagnosisCause::AuthenticationFailed);
        QVERIFY(contains(diagnosis.hint, "none was given"));
        QVERIFY(diagnosis.credentialsHint);
    }

    void reportsMissingDatabase()
    {
        ConnectionSpec spec = test::postgresSpec();
        spec.database = test::uniqueName("ferry_missing_db");
        const ConnectionDiagnosis diagnosis = diagnose(spec);
        QCOMPARE(diagnosis.cause, DiagnosisCause::DatabaseNotFound);
        QVERIFY(contains(diagnosis.message, spec.database.c_str()));
        QVERIFY(contains(diagnosis.message, "does not exist"));
        QVERIFY(contains(diagnosis.detail, "3D000"));
        QVERIFY(contains(diagnosis.hint, "database name"));
        verifyNoSecret(diagnosis, spec.password.reveal());
    }

    void reportsTlsVerificationFailure()
    {
        ConnectionSpec spec = test::postgresSpec();
        spec.options["sslmode"] = "verify-full";
        spec.options["sslrootcert"] = test::env("FERRY_TEST_TLS_WRONG_CA");
        const ConnectionDiagnosis diagnosis = diagnose(spec);
        QCOMPARE(diagnosis.cause, DiagnosisCause::TlsFailure);
        QVERIFY(contains(diagnosis.message, "TLS"));
        QVERIFY(contains(diagnosis.detail, "certificate verify failed"));
        QVERIFY(contains(diagnosis.hint, "sslrootcert"));
        verifyNoSecret(diagnosis, spec.password.reveal());
    }

    void reportsMissingRootCertificate()
    {
        ConnectionSpec spec = test::postgresSpec();
        spec.options["sslmode"] = "verify-ca";
        spec.options["sslrootcert"] = "/nonexistent/ferry-ca.pem";
        const ConnectionDiagnosis diagnosis = diagnose(spec);
        QCOMPARE(diagnosis.cause, DiagnosisCause::TlsFailure);
        QVERIFY(contains(diagnosis.detail, "/nonexistent/ferry-ca.pem"));
        QVERIFY(contains(diagnosis.hint, "CA certificate file"));
    }

    void connectsWithVerifiedTls()
    {
        ConnectionSpec spec = test::postgresSpec();
        spec.options["sslmode"] = "verify-full";
        spec.options["sslrootcert"] = test::env("FERRY_TEST_TLS_CA");
        const ConnectionDiagnosis diagnosis = diagnose(spec);
        QVERIFY2(diagnosis.ok(), describe(diagnosis).constData());
        QVERIFY2(contains(diagnosis.detail, "TLS on (TLSv1."), diagnosis.detail.c_str());
    }

    void reportsMissingConnectPrivilege()
    {
        ConnectionSpec spec = test::postgresSpec();
        spec.user = m_noConnectRole;
        spec.password = Secret(m_rolePassword);
        spec.database = m_noConnectDatabase;
        const ConnectionDiagnosis diagnosis = diagnose(spec);
        QCOMPARE(diagnosis.cause, DiagnosisCause::MissingPrivilege);
        QVERIFY(contains(diagnosis.message, "may not connect"));
        QVERIFY(contains(diagnosis.message, m_noConnectDatabase.c_str()));
        QVERIFY(contains(diagnosis.detail, "42501"));
        QVERIFY(contains(diagnosis.hint, "GRANT CONNECT ON DATABASE"));
        verifyNoSecret(diagnosis, m_rolePassword);
    }

    void reportsTargetWithoutCreatePrivilege()
    {
        ConnectionSpec spec = test::postgresSpec();
        spec.user = m_noCreateRole;
        spec.password = Secret(m_rolePassword);
        // As a source the same role is fine (with the replication warning).
        const ConnectionDiagnosis source = diagnose(spec, EndpointRole::Source);
        QVERIFY2(source.ok(), describe(source).constData());

        const ConnectionDiagnosis target = diagnose(spec, EndpointRole::Target);
        QCOMPARE(target.cause, DiagnosisCause::MissingPrivilege);
        QVERIFY(contains(target.message, "can neither create schemas"));
        QVERIFY(contains(target.message, "public"));
        QVERIFY(contains(target.hint, "GRANT CREATE ON DATABASE"));
        QVERIFY(contains(target.hint, "GRANT CREATE ON SCHEMA \"public\""));
        QCOMPARE(q(target.serverVersion).left(3), QStringLiteral("15."));
        verifyNoSecret(target, m_rolePassword);
    }

    void reportsUnsupportedServerVersion()
    {
        FakeOldServer server;
        QVERIFY(server.port() > 0);
        ConnectionSpec spec;
        spec.dialect = Dialect::PostgreSql;
        spec.host = "127.0.0.1";
        spec.port = server.port();
        spec.user = "old";
        spec.database = "old";
        spec.options["sslmode"] = "disable";
        spec.options["gssencmode"] = "disable";
        spec.options["connect_timeout"] = "5";
        const ConnectionDiagnosis diagnosis = diagnose(spec);
        QVERIFY(server.sawStartup());
        QCOMPARE(diagnosis.cause, DiagnosisCause::UnsupportedServerVersion);
        QCOMPARE(q(diagnosis.serverVersion), QStringLiteral("9.6.24"));
        QVERIFY(contains(diagnosis.message, "PostgreSQL 9.6.24"));
        QVERIFY(contains(diagnosis.message, "older than version 10.0"));
        QVERIFY(contains(diagnosis.hint, "Upgrade"));
    }

    void reportsServerWithoutTls()
    {
        // The fake server declines TLS ('N'), which sslmode=require does not accept.
        FakeOldServer server;
        QVERIFY(server.port() > 0);
        ConnectionSpec spec;
        spec.dialect = Dialect::PostgreSql;
        spec.host = "127.0.0.1";
        spec.port = server.port();
        spec.user = "old";
        spec.options["sslmode"] = "require";
        spec.options["gssencmode"] = "disable";
        spec.options["connect_timeout"] = "5";
        const ConnectionDiagnosis diagnosis = diagnose(spec);
        QCOMPARE(diagnosis.cause, DiagnosisCause::TlsFailure);
        QVERIFY(contains(diagnosis.detail, "server does not support SSL"));
        QVERIFY(contains(diagnosis.hint, "does not offer TLS"));
        QVERIFY(!server.sawStartup());
    }

    void reportsMySqlOnThePort_data()
    {
        QTest::addColumn<QString>("sslmode");
        QTest::newRow("default") << QString(); // prefer: the greeting is read as TLS answer
        QTest::newRow("disable") << QStringLiteral("disable"); // ... as the auth request
        QTest::newRow("verify-full") << QStringLiteral("verify-full");
    }

    void reportsMySqlOnThePort()
    {
        // The harness's MariaDB: it greets first, and libpq reads its greeting as the answer
        // to the SSLRequest or the startup packet. Not a TLS problem: another engine.
        QFETCH(QString, sslmode);
        ConnectionSpec spec = test::postgresSpec();
        spec.host = test::mysqlSpec().host;
        spec.port = test::mysqlSpec().port;
        if (!sslmode.isEmpty()) {
            spec.options["sslmode"] = sslmode.toStdString();
            spec.options["sslrootcert"] = test::env("FERRY_TEST_TLS_CA");
        }
        QElapsedTimer timer;
        timer.start();
        const ConnectionDiagnosis diagnosis = diagnose(spec);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(diagnosis.cause == DiagnosisCause::WrongProtocol, describe(diagnosis).constData());
        const std::string where = spec.host + ':' + std::to_string(spec.port);
        QCOMPARE(diagnosis.message,
                 where + " is not a PostgreSQL server: it answers like MySQL/MariaDB.");
        QCOMPARE(q(diagnosis.product), QStringLiteral("MariaDB"));
        // The version the harness's MariaDB announces, as the MySQL connector reports it.
        QVERIFY2(diagnosis.serverVersion.rfind("10.11.", 0) == 0, diagnosis.serverVersion.c_str());
        QVERIFY2(contains(diagnosis.detail,
                          ("MySQL handshake (protocol 10) for server version "
                           + diagnosis.serverVersion + "-MariaDB")
                              .c_str()),
                 diagnosis.detail.c_str());
        QVERIFY(contains(diagnosis.hint, "3306"));
        QVERIFY(contains(diagnosis.hint, "mysql://"));
        for (const char *tlsAdvice : {"sslrootcert", "sslmode", "sslcert", "TLS"})
            QVERIFY2(!contains(diagnosis.hint, tlsAdvice), diagnosis.hint.c_str());
        QCOMPARE(diagnosis.toError().code, ErrorCode::WrongProtocol);
        // At once: nowhere near the 10-second connect timeout.
        QVERIFY2(elapsed < 5000, QByteArray::number(elapsed).constData());
        verifyNoSecret(diagnosis, spec.password.reveal());
    }

    void reportsSshOnThePort()
    {
        // "SSH-..." starts with 'S', which libpq takes for "TLS accepted"; the TLS handshake
        // then fails on the banner. The probe tells what really answers.
        test::LoopbackServer ssh(test::sendBanner("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n"));
        QVERIFY(ssh.port() > 0);
        ConnectionSpec spec = test::postgresSpec();
        spec.host = "127.0.0.1";
        spec.port = ssh.port();
        QElapsedTimer timer;
        timer.start();
        const ConnectionDiagnosis diagnosis = diagnose(spec);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(diagnosis.cause == DiagnosisCause::WrongProtocol, describe(diagnosis).constData());
        QCOMPARE(diagnosis.message,
                 "127.0.0.1:" + std::to_string(ssh.port())
                     + " is not a PostgreSQL server: it answers with another protocol (SSH).");
        QVERIFY2(contains(diagnosis.detail, "spoke first: SSH-2.0-OpenSSH_9.2p1"),
                 diagnosis.detail.c_str());
        QVERIFY(!contains(diagnosis.hint, "sslrootcert"));
        QVERIFY2(elapsed < 5000, QByteArray::number(elapsed).constData());
    }

    void catalogReadFailsWithTheConnectionCause()
    {
        ConnectionSpec spec = test::postgresSpec();
        spec.password = Secret("Wrong-" + test::uniqueName("again"));
        auto endpoint = makeEndpoint(spec);
        const auto catalog = endpoint->readCatalog(CatalogFilter {});
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, ErrorCode::AuthenticationFailed);
        QCOMPARE(catalog.error().action, ErrorAction::FixConfiguration);
        QVERIFY(!contains(catalog.error().toString(), spec.password.reveal().c_str()));
    }
};

QTEST_GUILESS_MAIN(TestPostgresDiagnosis)
#include "tst_postgres_diagnosis.moc"
