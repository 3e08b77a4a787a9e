// SPDX-License-Identifier: MIT
// The PostgreSQL connector's pure parts: conninfo quoting, failure classification from the
// texts libpq 15 really prints, the server version policy and the array text helpers.
#include "engine/connectors/postgres/postgres_diagnosis.h"
#include "engine/connectors/postgres/postgres_sql.h"

#include <QTest>

using namespace ferry;
using namespace ferry::postgres;

Q_DECLARE_METATYPE(ferry::DiagnosisCause)

class TestPostgresConnection : public QObject
{
    Q_OBJECT

private slots:
    void quotesConninfoValues()
    {
        QCOMPARE(quoteConninfoValue("plain"), std::string("'plain'"));
        QCOMPARE(quoteConninfoValue(""), std::string("''"));
        QCOMPARE(quoteConninfoValue("it's"), std::string("'it\\'s'"));
        QCOMPARE(quoteConninfoValue("back\\slash"), std::string("'back\\\\slash'"));
        QCOMPARE(quoteConninfoValue("a b=c"), std::string("'a b=c'"));
    }

    void buildsConninfoFromSpec()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::PostgreSql;
        spec.host = "db.example.invalid";
        spec.port = 5433;
        spec.database = "sales db";
        spec.user = "o'neil";
        spec.password = Secret("p'w\\x");
        spec.options = {{"sslmode", "verify-full"},
                        {"sslrootcert", "/etc/ca.pem"},
                        {"connect_timeout", "7"},
                        {"schema", "not-for-libpq"}};
        QCOMPARE(buildConninfo(spec),
                 std::string("host='db.example.invalid' port='5433' dbname='sales db' "
                             "user='o\\'neil' password='p\\'w\\\\x' sslmode='verify-full' "
                             "sslrootcert='/etc/ca.pem' connect_timeout='7' "
                             "application_name='ferry'"));
    }

    void leavesDefaultsToLibpq()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::PostgreSql;
        QCOMPARE(buildConninfo(spec), std::string("connect_timeout='10' application_name='ferry'"));
    }

    void extractsSqlState()
    {
        QCOMPARE(extractSqlState("connection to server at \"127.0.0.1\", port 5432 failed: "
                                 "FATAL:  28P01: password authentication failed for user \"x\"\n"
                                 "LOCATION:  auth_failed, auth.c:335\n"),
                 std::string("28P01"));
        QCOMPARE(extractSqlState("FATAL:  3D000: database \"nodb\" does not exist"),
                 std::string("3D000"));
        QCOMPARE(extractSqlState("could not translate host name \"x.invalid\" to address: Name "
                                 "or service not known"),
                 std::string());
        QCOMPARE(extractSqlState("connection to server at \"127.0.0.1\", port 1 failed: "
                                 "Connection refused"),
                 std::string());
    }

    void cleansDriverText()
    {
        const std::string verbose
            = "connection to server at \"h\", port 1 failed: FATAL:  28P01: password "
              "authentication failed for user \"u\"\nLOCATION:  auth_failed, auth.c:335\n"
              "connection to server at \"h\", port 1 failed: FATAL:  28P01: password "
              "authentication failed for user \"u\"\nLOCATION:  auth_failed, auth.c:335\n";
        QCOMPARE(cleanDriverText(verbose),
                 std::string("connection to server at \"h\", port 1 failed: FATAL:  28P01: "
                             "password authentication failed for user \"u\""));
        QCOMPARE(cleanDriverText("bad value s3cret here s3cret", "s3cret"),
                 std::string("bad value *** here ***"));
    }

    void classifiesFailures_data()
    {
        QTest::addColumn<QString>("sqlstate");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<DiagnosisCause>("cause");
        auto row = [](const char *tag, const char *state, const char *text, bool timedOut,
                      DiagnosisCause cause) {
            QTest::newRow(tag) << QString::fromLatin1(state) << QString::fromLatin1(text)
                               << timedOut << cause;
        };
        row("unknown host", "",
            "could not translate host name \"nohost.invalid\" to address: Name or service not "
            "known",
            false, DiagnosisCause::UnknownHost);
        row("refused", "",
            "connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n\tIs the "
            "server running on that host and accepting TCP/IP connections?",
            false, DiagnosisCause::ConnectionRefused);
        row("no socket", "",
            "connection to server on socket \"/run/postgresql/.s.PGSQL.5432\" failed: No such "
            "file or directory",
            false, DiagnosisCause::ConnectionRefused);
        row("deadline", "", "", true, DiagnosisCause::Timeout);
        row("libpq timeout", "", "timeout expired", false, DiagnosisCause::Timeout);
        row("wrong password", "28P01",
            "FATAL:  28P01: password authentication failed for user \"ferry\"", false,
            DiagnosisCause::AuthenticationFailed);
        row("no hba entry", "28000",
            "FATAL:  28000: no pg_hba.conf entry for host \"127.0.0.1\", user \"u\", database "
            "\"d\", no encryption",
            false, DiagnosisCause::AuthenticationFailed);
        row("no password", "", "fe_sendauth: no password supplied", false,
            DiagnosisCause::AuthenticationFailed);
        row("verify failed", "", "SSL error: certificate verify failed", false,
            DiagnosisCause::TlsFailure);
        row("root cert missing", "",
            "root certificate file \"/nonexist\" does not exist\nEither provide the file or "
            "change sslmode to disable server certificate verification.",
            false, DiagnosisCause::TlsFailure);
        row("no ssl on server", "", "server does not support SSL, but SSL was required", false,
            DiagnosisCause::TlsFailure);
        row("host name mismatch", "",
            "server certificate for \"localhost\" does not match host name \"127.0.0.2\"", false,
            DiagnosisCause::TlsFailure);
        row("database missing", "3D000", "FATAL:  3D000: database \"nodb\" does not exist", false,
            DiagnosisCause::DatabaseNotFound);
        row("no connect privilege", "42501",
            "FATAL:  42501: permission denied for database \"d\"\nDETAIL:  User does not have "
            "CONNECT privilege.",
            false, DiagnosisCause::MissingPrivilege);
        row("bad option", "", "invalid sslmode value: \"sometimes\"", false,
            DiagnosisCause::InvalidSpec);
        row("too many connections", "53300", "FATAL:  53300: sorry, too many clients already",
            false, DiagnosisCause::Other);
        // MariaDB's greeting (its first byte, the packet length) read by libpq as the answer to
        // the SSLRequest (sslmode prefer and up) or to the startup packet (sslmode=disable).
        row("greeting as TLS answer", "",
            "connection to server at \"127.0.0.1\", port 3306 failed: received invalid response "
            "to SSL negotiation: J",
            false, DiagnosisCause::WrongProtocol);
        row("greeting as GSS answer", "",
            "connection to server at \"127.0.0.1\", port 3306 failed: received invalid response "
            "to GSSAPI negotiation: J",
            false, DiagnosisCause::WrongProtocol);
        row("greeting as auth request", "",
            "connection to server at \"127.0.0.1\", port 3306 failed: expected authentication "
            "request from server, but received J",
            false, DiagnosisCause::WrongProtocol);
    }

    void classifiesFailures()
    {
        QFETCH(QString, sqlstate);
        QFETCH(QString, text);
        QFETCH(bool, timedOut);
        QFETCH(DiagnosisCause, cause);
        ConnectFailure failure;
        failure.sqlstate = sqlstate.toStdString();
        failure.text = text.toStdString();
        failure.timedOut = timedOut;
        QCOMPARE(classifyConnectFailure(failure), cause);
    }

    void probesOnlyWhatMayBeAnotherProtocol_data()
    {
        QTest::addColumn<QString>("sqlstate");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<bool>("probe");
        QTest::newRow("invalid TLS answer")
            << QString() << "received invalid response to SSL negotiation: J" << false << true;
        QTest::newRow("TLS cut short")
            << QString() << "SSL SYSCALL error: EOF detected" << false << true;
        QTest::newRow("TLS refused")
            << QString() << "server does not support SSL, but SSL was required" << false << true;
        QTest::newRow("closed") << QString()
                                << "server closed the connection unexpectedly\n\tThis probably "
                                   "means the server terminated abnormally"
                                << false << true;
        QTest::newRow("certificate")
            << QString() << "SSL error: certificate verify failed" << false << false;
        QTest::newRow("root certificate")
            << QString() << "root certificate file \"/x\" does not exist" << false << false;
        QTest::newRow("refused") << QString()
                                 << "connection to server at \"127.0.0.1\", port 1 "
                                    "failed: Connection refused"
                                 << false << false;
        QTest::newRow("timeout") << QString() << QString() << true << false;
        QTest::newRow("server error")
            << QStringLiteral("28P01") << "FATAL:  28P01: password authentication failed" << false
            << false;
        QTest::newRow("unknown host")
            << QString() << "could not translate host name \"x.invalid\" to address" << false
            << false;
    }

    void probesOnlyWhatMayBeAnotherProtocol()
    {
        QFETCH(QString, sqlstate);
        QFETCH(QString, text);
        QFETCH(bool, timedOut);
        QFETCH(bool, probe);
        ConnectFailure failure;
        failure.sqlstate = sqlstate.toStdString();
        failure.text = text.toStdString();
        failure.timedOut = timedOut;
        QCOMPARE(mayBeAnotherProtocol(failure), probe);
    }

    void describesMySqlAnsweringOnThePort()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::PostgreSql;
        spec.host = "127.0.0.1";
        spec.port = 3306;
        spec.user = "alice";
        spec.password = Secret("Sup3rSecret");
        ConnectFailure failure;
        failure.text = "connection to server at \"127.0.0.1\", port 3306 failed: received "
                       "invalid response to SSL negotiation: J";
        ProtocolProbe probe;
        probe.protocol = WireProtocol::MySql;
        probe.spokeFirst = true;
        probe.serverVersion = "10.11.6-MariaDB-0+deb12u1";
        probe.address = "127.0.0.1:3306";
        failure.probe = probe;
        const ConnectionDiagnosis diagnosis = describeConnectFailure(spec, failure);
        QCOMPARE(diagnosis.cause, DiagnosisCause::WrongProtocol);
        QCOMPARE(diagnosis.message,
                 std::string("127.0.0.1:3306 is not a PostgreSQL server: it answers like "
                             "MySQL/MariaDB."));
        QCOMPARE(diagnosis.detail,
                 std::string("The server at 127.0.0.1:3306 spoke first, with a MySQL handshake "
                             "(protocol 10) for server version 10.11.6-MariaDB-0+deb12u1.\n"
                             "connection to server at \"127.0.0.1\", port 3306 failed: received "
                             "invalid response to SSL negotiation: J"));
        QVERIFY(diagnosis.hint.find("3306") != std::string::npos);
        QVERIFY(diagnosis.hint.find("mysql://") != std::string::npos);
        for (const char *tls : {"TLS", "ssl", "certificate"})
            QVERIFY2(diagnosis.hint.find(tls) == std::string::npos, diagnosis.hint.c_str());
        QCOMPARE(diagnosis.product, std::string("MariaDB"));
        QCOMPARE(diagnosis.serverVersion, std::string("10.11.6"));
        QCOMPARE(diagnosis.toError().code, ErrorCode::WrongProtocol);
        QCOMPARE(diagnosis.toError().action, ErrorAction::FixConfiguration);
        QCOMPARE(std::string(diagnosisCauseName(diagnosis.cause)), std::string("wrong-protocol"));
    }

    void foreignProbeOverridesATlsFailure()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::PostgreSql;
        spec.host = "db.example.com";
        spec.port = 22;
        ConnectFailure failure;
        failure.text = "SSL SYSCALL error: EOF detected"; // an SSH banner starts with 'S'
        QCOMPARE(classifyConnectFailure(failure), DiagnosisCause::TlsFailure);
        ProtocolProbe ssh;
        ssh.protocol = WireProtocol::Ssh;
        ssh.spokeFirst = true;
        ssh.banner = "SSH-2.0-OpenSSH_9.2p1";
        ssh.address = "192.0.2.7:22";
        failure.probe = ssh;
        const ConnectionDiagnosis diagnosis = describeConnectFailure(spec, failure);
        QCOMPARE(diagnosis.cause, DiagnosisCause::WrongProtocol);
        QCOMPARE(diagnosis.message,
                 std::string("db.example.com:22 is not a PostgreSQL server: it answers with "
                             "another protocol (SSH)."));
        QVERIFY(diagnosis.detail.rfind("The server at 192.0.2.7:22 spoke first: "
                                       "SSH-2.0-OpenSSH_9.2p1\n",
                                       0)
                == 0);

        // A probe that finds PostgreSQL leaves the TLS failure as it is.
        ProtocolProbe postgres;
        postgres.protocol = WireProtocol::PostgreSql;
        postgres.banner = "S";
        failure.probe = postgres;
        QCOMPARE(describeConnectFailure(spec, failure).cause, DiagnosisCause::TlsFailure);
    }

    void describesAForeignAnswerWithoutAProbe()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::PostgreSql;
        spec.host = "127.0.0.1";
        spec.port = 3306;
        ConnectFailure failure;
        failure.text = "connection to server at \"127.0.0.1\", port 3306 failed: expected "
                       "authentication request from server, but received J";
        const ConnectionDiagnosis diagnosis = describeConnectFailure(spec, failure);
        QCOMPARE(diagnosis.cause, DiagnosisCause::WrongProtocol);
        QCOMPARE(diagnosis.message,
                 std::string("127.0.0.1:3306 is not a PostgreSQL server: it answers with another "
                             "protocol ('J')."));
        QVERIFY(diagnosis.hint.find("5432") != std::string::npos);
    }

    void describesFailuresWithoutThePassword()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::PostgreSql;
        spec.host = "127.0.0.1";
        spec.port = 5999;
        spec.user = "alice";
        spec.database = "shop";
        spec.password = Secret("Sup3rSecret");
        ConnectFailure failure;
        failure.sqlstate = "28P01";
        failure.text = "FATAL:  28P01: password authentication failed for user \"alice\" "
                       "(tried Sup3rSecret)";
        const ConnectionDiagnosis diagnosis = describeConnectFailure(spec, failure);
        QCOMPARE(diagnosis.cause, DiagnosisCause::AuthenticationFailed);
        QCOMPARE(diagnosis.message,
                 std::string("PostgreSQL at 127.0.0.1:5999 rejected the login of user alice."));
        QVERIFY(diagnosis.detail.find("28P01") != std::string::npos);
        QVERIFY(diagnosis.hint.find("password") != std::string::npos);
        for (const std::string &text : {diagnosis.message, diagnosis.detail, diagnosis.hint})
            QVERIFY2(text.find("Sup3rSecret") == std::string::npos, text.c_str());
    }

    void describesMissingConnectPrivilegeWithGrant()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::PostgreSql;
        spec.host = "127.0.0.1";
        spec.user = "bob";
        spec.database = "Sales";
        ConnectFailure failure;
        failure.sqlstate = "42501";
        failure.text = "FATAL:  42501: permission denied for database \"Sales\"";
        const ConnectionDiagnosis diagnosis = describeConnectFailure(spec, failure);
        QCOMPARE(diagnosis.cause, DiagnosisCause::MissingPrivilege);
        QCOMPARE(diagnosis.message,
                 std::string("User bob may not connect to database Sales on "
                             "PostgreSQL at 127.0.0.1:5432."));
        QCOMPARE(diagnosis.hint,
                 std::string("Ask the database owner or a superuser to run GRANT "
                             "CONNECT ON DATABASE \"Sales\" TO \"bob\"."));
    }

    void supportsVersionTenAndLater_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("supported");
        QTest::addColumn<QString>("text");
        QTest::newRow("8.4.22") << 80422 << false << QStringLiteral("8.4.22");
        QTest::newRow("9.6.24") << 90624 << false << QStringLiteral("9.6.24");
        QTest::newRow("9.6.0") << 90600 << false << QStringLiteral("9.6");
        QTest::newRow("10.0") << 100000 << true << QStringLiteral("10.0");
        QTest::newRow("12.17") << 120017 << true << QStringLiteral("12.17");
        QTest::newRow("15.18") << 150018 << true << QStringLiteral("15.18");
        QTest::newRow("17.2") << 170002 << true << QStringLiteral("17.2");
        QTest::newRow("unknown") << 0 << false << QStringLiteral("?");
    }

    void supportsVersionTenAndLater()
    {
        QFETCH(int, version);
        QFETCH(bool, supported);
        QFETCH(QString, text);
        QCOMPARE(isSupportedServerVersion(version), supported);
        QCOMPARE(QString::fromStdString(formatServerVersion(version)), text);
    }

    void explainsUnsupportedVersion()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::PostgreSql;
        spec.host = "old.example.invalid";
        spec.port = 5432;
        const ConnectionDiagnosis diagnosis = unsupportedVersionDiagnosis(spec, 90624, "9.6.24");
        QCOMPARE(diagnosis.cause, DiagnosisCause::UnsupportedServerVersion);
        QCOMPARE(diagnosis.serverVersion, std::string("9.6.24"));
        QCOMPARE(diagnosis.message,
                 std::string("PostgreSQL 9.6.24 at old.example.invalid:5432 is "
                             "older than version 10.0, the oldest Ferry "
                             "supports."));
        QVERIFY(diagnosis.hint.find("Upgrade") != std::string::npos);
    }

    void evaluatesSourceRoles()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::PostgreSql;
        spec.host = "127.0.0.1";
        spec.port = 5432;
        RoleFacts facts;
        facts.user = "reader";
        facts.database = "shop";
        facts.walLevel = "replica";
        facts.tls = true;
        facts.tlsVersion = "TLSv1.3";
        ConnectionDiagnosis diagnosis
            = evaluateRole(spec, facts, EndpointRole::Source, 150004, "15.4 (Debian)");
        QCOMPARE(diagnosis.cause, DiagnosisCause::Ok);
        QCOMPARE(diagnosis.serverVersion, std::string("15.4 (Debian)"));
        QCOMPARE(diagnosis.message,
                 std::string("Connected to PostgreSQL 15.4 at 127.0.0.1:5432 "
                             "as reader, database shop."));
        QCOMPARE(diagnosis.detail, std::string("TLS on (TLSv1.3)"));
        QCOMPARE(diagnosis.warnings.size(), size_t(2));
        QVERIFY(diagnosis.warnings[0].find("ALTER ROLE \"reader\" REPLICATION")
                != std::string::npos);
        QVERIFY(diagnosis.warnings[1].find("wal_level is 'replica'") != std::string::npos);
        QVERIFY(diagnosis.warnings[1].find("wal_level = logical") != std::string::npos);

        facts.walLevel = "logical";
        facts.superuser = true; // a superuser may replicate without the attribute
        diagnosis = evaluateRole(spec, facts, EndpointRole::Source, 150004, "15.4");
        QCOMPARE(diagnosis.cause, DiagnosisCause::Ok);
        QVERIFY(diagnosis.warnings.empty());
    }

    void evaluatesTargetRoles()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::PostgreSql;
        spec.host = "db.invalid";
        RoleFacts facts;
        facts.user = "loader";
        facts.database = "dwh";
        facts.walLevel = "replica"; // irrelevant for a target
        facts.currentSchema = "public";
        ConnectionDiagnosis diagnosis
            = evaluateRole(spec, facts, EndpointRole::Target, 120010, "12.10");
        QCOMPARE(diagnosis.cause, DiagnosisCause::MissingPrivilege);
        QCOMPARE(diagnosis.message,
                 std::string("User loader can neither create schemas in "
                             "database dwh nor create tables in schema public "
                             "on PostgreSQL at db.invalid:5432."));
        QCOMPARE(diagnosis.hint,
                 std::string("Ask the database owner to run GRANT CREATE ON "
                             "DATABASE \"dwh\" TO \"loader\", or GRANT CREATE ON "
                             "SCHEMA \"public\" TO \"loader\"."));

        facts.canCreateInSchema = true;
        diagnosis = evaluateRole(spec, facts, EndpointRole::Target, 120010, "12.10");
        QCOMPARE(diagnosis.cause, DiagnosisCause::Ok);
        QCOMPARE(diagnosis.warnings.size(), size_t(1));
        QVERIFY(diagnosis.warnings[0].find("cannot create schemas") != std::string::npos);

        facts.canCreateInSchema = false;
        facts.canCreateSchemas = true;
        diagnosis = evaluateRole(spec, facts, EndpointRole::Target, 120010, "12.10");
        QCOMPARE(diagnosis.cause, DiagnosisCause::Ok);
        QCOMPARE(diagnosis.warnings.size(), size_t(1));
        QVERIFY(diagnosis.warnings[0].find("cannot create tables in schema public")
                != std::string::npos);
        QCOMPARE(diagnosis.detail, std::string("TLS off"));
    }

    void writesAndParsesTextArrays()
    {
        QCOMPARE(textArrayLiteral({}), std::string("{}"));
        QCOMPARE(textArrayLiteral({"a", "b\"c", "d\\e", "x,y"}),
                 std::string("{\"a\",\"b\\\"c\",\"d\\\\e\",\"x,y\"}"));
        using List = std::vector<std::string>;
        QCOMPARE(parseTextArray("{}"), List {});
        QCOMPARE(parseTextArray("{id}"), List {"id"});
        QCOMPARE(parseTextArray("{\"\",customer_id}"), (List {"", "customer_id"}));
        QCOMPARE(parseTextArray("{\"lower(status)\",\"\"}"), (List {"lower(status)", ""}));
        QCOMPARE(parseTextArray("{\"a \\\"quoted\\\", name\",NULL,t}"),
                 (List {"a \"quoted\", name", "", "t"}));
        QCOMPARE(parseTextArray("[0:1]={x,y}"), (List {"x", "y"}));
        QCOMPARE(parseTextArray(textArrayLiteral({"r\"t", "s\\u", "with space"})),
                 (List {"r\"t", "s\\u", "with space"}));
    }
};

QTEST_GUILESS_MAIN(TestPostgresConnection)
#include "tst_postgres_connection.moc"
