// SPDX-License-Identifier: MIT
// The MySQL connector's pure diagnosis pieces: version parsing and the supported-version
// check, client error classification, user-facing texts without secrets, grant parsing.
#include "engine/connectors/mysql/mysql_diagnosis.h"

#include <QTest>

using namespace ferry;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(ferry::DiagnosisCause)

class TestMySqlDiagnosisRules : public QObject
{
    Q_OBJECT

private slots:
    void parsesServerVersions_data()
    {
        QTest::addColumn<QString>("versionString");
        QTest::addColumn<bool>("mariaDb");
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::addColumn<int>("patch");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("supported");

        QTest::newRow("debian mariadb")
            << "10.11.19-MariaDB-0+deb12u1-log" << true << 10 << 11 << 19 << "10.11.19" << true;
        QTest::newRow("replication prefix")
            << "5.5.5-10.6.12-MariaDB" << true << 10 << 6 << 12 << "10.6.12" << true;
        QTest::newRow("mariadb 10.2.0")
            << "10.2.0-MariaDB" << true << 10 << 2 << 0 << "10.2.0" << true;
        QTest::newRow("mariadb 10.1")
            << "10.1.48-MariaDB" << true << 10 << 1 << 48 << "10.1.48" << false;
        QTest::newRow("mariadb 5.5")
            << "5.5.68-MariaDB" << true << 5 << 5 << 68 << "5.5.68" << false;
        QTest::newRow("mysql 8") << "8.0.36" << false << 8 << 0 << 36 << "8.0.36" << true;
        QTest::newRow("mysql 5.7") << "5.7.44-log" << false << 5 << 7 << 44 << "5.7.44" << true;
        QTest::newRow("mysql 5.6") << "5.6.51" << false << 5 << 6 << 51 << "5.6.51" << false;
        QTest::newRow("mysql 5.0") << "5.0.96" << false << 5 << 0 << 96 << "5.0.96" << false;
        QTest::newRow("percona") << "8.0.33-25" << false << 8 << 0 << 33 << "8.0.33" << true;
        QTest::newRow("mysql 9") << "9.1.0" << false << 9 << 1 << 0 << "9.1.0" << true;
    }

    void parsesServerVersions()
    {
        QFETCH(QString, versionString);
        QFETCH(bool, mariaDb);
        QFETCH(int, major);
        QFETCH(int, minor);
        QFETCH(int, patch);
        QFETCH(QString, text);
        QFETCH(bool, supported);
        const mysql::ServerVersion version = mysql::parseServerVersion(versionString.toStdString());
        QCOMPARE(version.mariaDb, mariaDb);
        QCOMPARE(version.major, major);
        QCOMPARE(version.minor, minor);
        QCOMPARE(version.patch, patch);
        QCOMPARE(QString::fromStdString(version.text), text);
        QCOMPARE(QString::fromLatin1(version.product()),
                 mariaDb ? QStringLiteral("MariaDB") : QStringLiteral("MySQL"));
        QCOMPARE(mysql::isSupportedServerVersion(version), supported);
    }

    void explainsUnsupportedVersion()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::MySql;
        spec.host = "db.example";
        spec.port = 3307;
        const auto diagnosis
            = mysql::diagnoseUnsupportedVersion(mysql::parseServerVersion("5.6.51-log"), spec);
        QCOMPARE(diagnosis.cause, DiagnosisCause::UnsupportedServerVersion);
        QCOMPARE(diagnosis.product, std::string("MySQL"));
        QCOMPARE(diagnosis.serverVersion, std::string("5.6.51"));
        QCOMPARE(diagnosis.message,
                 std::string("The server at db.example:3307 runs MySQL 5.6.51, which is older "
                             "than Ferry supports (MySQL 5.7 or newer)."));
        QVERIFY(!diagnosis.hint.empty());
    }

    void findsSystemErrorNumbers()
    {
        QCOMPARE(mysql::systemErrorNumber("Can't connect to server on '127.0.0.1' (111)"), 111);
        QCOMPARE(mysql::systemErrorNumber("Lost connection to server at 'handshake: reading "
                                          "initial communication packet', system error: 110"),
                 110);
        QCOMPARE(mysql::systemErrorNumber("Unknown server host 'x.invalid' (-2)"), -2);
        QCOMPARE(mysql::systemErrorNumber("Access denied for user 'a'@'b' (using password: YES)"),
                 0);
    }

    void classifiesConnectErrors_data()
    {
        QTest::addColumn<uint>("number");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("elapsedMs");
        QTest::addColumn<DiagnosisCause>("cause");

        QTest::newRow("unknown host")
            << 2005u << "Unknown server host 'x.invalid' (-2)" << 20 << DiagnosisCause::UnknownHost;
        QTest::newRow("refused 111") << 2003u << "Can't connect to server on 'h' (111)" << 3
                                     << DiagnosisCause::ConnectionRefused;
        QTest::newRow("refused 115 fast") << 2002u << "Can't connect to server on 'h' (115)" << 2
                                          << DiagnosisCause::ConnectionRefused;
        QTest::newRow("connect took timeout")
            << 2002u << "Can't connect to server on 'h' (115)" << 2001 << DiagnosisCause::Timeout;
        QTest::newRow("connect 110")
            << 2003u << "Can't connect to server on 'h' (110)" << 500 << DiagnosisCause::Timeout;
        QTest::newRow("handshake timeout")
            << 2013u
            << "Lost connection to server at 'handshake: reading initial communication packet', "
               "system error: 110"
            << 2002 << DiagnosisCause::Timeout;
        QTest::newRow("handshake dropped")
            << 2013u
            << "Lost connection to server at 'handshake: reading initial communication packet', "
               "system error: 0"
            << 10 << DiagnosisCause::Other;
        QTest::newRow("access denied") << 1045u << "Access denied for user 'u'@'h'" << 5
                                       << DiagnosisCause::AuthenticationFailed;
        QTest::newRow("no password") << 1698u << "Access denied for user 'u'@'localhost'" << 5
                                     << DiagnosisCause::AuthenticationFailed;
        QTest::newRow("host not allowed") << 1130u << "Host 'h' is not allowed to connect" << 5
                                          << DiagnosisCause::AuthenticationFailed;
        QTest::newRow("tls") << 2026u << "TLS/SSL error: self-signed certificate" << 5
                             << DiagnosisCause::TlsFailure;
        QTest::newRow("unknown database")
            << 1049u << "Unknown database 'x'" << 5 << DiagnosisCause::DatabaseNotFound;
        QTest::newRow("database denied") << 1044u << "Access denied for user 'u'@'%' to database"
                                         << 5 << DiagnosisCause::MissingPrivilege;
        QTest::newRow("too many connections")
            << 1040u << "Too many connections" << 5 << DiagnosisCause::Other;
    }

    void classifiesConnectErrors()
    {
        QFETCH(uint, number);
        QFETCH(QString, message);
        QFETCH(int, elapsedMs);
        QFETCH(DiagnosisCause, cause);
        const mysql::ClientError error { number, "HY000", message.toStdString() };
        QCOMPARE(mysql::classifyConnectError(error, std::chrono::milliseconds(elapsedMs), 2),
                 cause);
    }

    void diagnosisNamesPlaceButNeverPassword()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::MySql;
        spec.host = "127.0.0.1";
        spec.port = 3306;
        spec.user = "ferry";
        spec.database = "shop";
        spec.password = Secret("s3cret-Pa55");
        const mysql::ClientError error {
            1045, "28000", "Access denied for user 'ferry'@'127.0.0.1' (using password: YES)"
        };
        const auto diagnosis = mysql::diagnoseConnectError(error, spec, 12ms);
        QCOMPARE(diagnosis.cause, DiagnosisCause::AuthenticationFailed);
        QCOMPARE(diagnosis.message,
                 std::string("The server at 127.0.0.1:3306 rejected the login of user 'ferry'."));
        QCOMPARE(diagnosis.detail,
                 std::string("Access denied for user 'ferry'@'127.0.0.1' (using password: YES) "
                             "(MySQL error 1045, SQLSTATE 28000)"));
        for (const std::string &text : { diagnosis.message, diagnosis.detail, diagnosis.hint })
            QVERIFY(text.find("s3cret-Pa55") == std::string::npos);
        QCOMPARE(diagnosis.toError().code, ErrorCode::AuthenticationFailed);
    }

    void describesServerLocation()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::MySql;
        spec.host = "db.example";
        QCOMPARE(mysql::serverLocation(spec), std::string("db.example:3306"));
        spec.port = 3307;
        QCOMPARE(mysql::serverLocation(spec), std::string("db.example:3307"));
        spec.host = "::1";
        QCOMPARE(mysql::serverLocation(spec), std::string("[::1]:3307"));
        spec.host.clear();
        spec.options["socket"] = "/run/mysqld/mysqld.sock";
        QCOMPARE(mysql::serverLocation(spec),
                 std::string("the local socket /run/mysqld/mysqld.sock"));
    }

    void readsGrants()
    {
        const std::vector<std::string> grants {
            "GRANT USAGE ON *.* TO `u`@`%` IDENTIFIED BY PASSWORD '*D7BA60075BE341BCC875C5FC'",
            "GRANT SELECT, INSERT, UPDATE (`a`, `b`) ON `shop`.* TO `u`@`%`",
            "GRANT CREATE, DROP ON `ferry\\_%`.* TO `u`@`%`",
            "GRANT CREATE ON `other`.`only_table` TO `u`@`%`",
            "GRANT EXECUTE ON PROCEDURE `shop`.`p` TO `u`@`%`",
            "GRANT REPLICATION SLAVE ON *.* TO `r`",
        };
        QVERIFY(mysql::grantsAllow(grants, { "SELECT" }, "shop"));
        QVERIFY(mysql::grantsAllow(grants, { "UPDATE" }, "shop"));
        QVERIFY(!mysql::grantsAllow(grants, { "CREATE" }, "shop"));
        QVERIFY(mysql::grantsAllow(grants, { "CREATE" }, "ferry_test"));
        // `ferry\_%` escapes the underscore: "ferryXtest" does not match.
        QVERIFY(!mysql::grantsAllow(grants, { "CREATE" }, "ferryXtest"));
        // A table-level CREATE is no database privilege.
        QVERIFY(!mysql::grantsAllow(grants, { "CREATE" }, "other"));
        QVERIFY(!mysql::grantsAllow(grants, { "EXECUTE" }, "shop"));
        QVERIFY(mysql::grantsAllow(grants, { "REPLICATION SLAVE" }, {}));
        QVERIFY(!mysql::grantsAllow(grants, { "REPLICATION CLIENT", "BINLOG MONITOR" }, {}));
        QVERIFY(!mysql::grantsMentionRoles(grants));
    }

    void readsAllPrivilegesRolesAndPartialRevokes()
    {
        const std::vector<std::string> grants {
            "GRANT ALL PRIVILEGES ON *.* TO `admin`@`%` WITH GRANT OPTION",
            "REVOKE CREATE ON `locked`.* FROM `admin`@`%`",
            "GRANT `app_role`@`%` TO `admin`@`%`",
            "GRANT BINLOG MONITOR ON *.* TO `admin`@`%`",
        };
        QVERIFY(mysql::grantsAllow(grants, { "CREATE" }, "anything"));
        QVERIFY(mysql::grantsAllow(grants, { "CREATE" }, {}));
        QVERIFY(!mysql::grantsAllow(grants, { "CREATE" }, "locked"));
        QVERIFY(mysql::grantsAllow(grants, { "REPLICATION CLIENT", "BINLOG MONITOR" }, {}));
        QVERIFY(mysql::grantsMentionRoles(grants));
    }

    void warnsAboutBinlogSettingsForChangeCapture()
    {
        QVERIFY(mysql::binlogWarnings("1", "ROW", "FULL").empty());
        QVERIFY(mysql::binlogWarnings("ON", "row", "full").empty());
        const auto off = mysql::binlogWarnings("0", "ROW", "FULL");
        QCOMPARE(off.size(), size_t(1));
        QCOMPARE(off[0], std::string("Binary logging is off on the server (log_bin), so changes "
                                     "made during and after the full load cannot be captured."));
        const auto mixed = mysql::binlogWarnings("1", "MIXED", "MINIMAL");
        QCOMPARE(mixed.size(), size_t(2));
        QCOMPARE(mixed[0], std::string("binlog_format is MIXED, not ROW; change data capture needs "
                                       "row-based logging (binlog_format = ROW)."));
        QCOMPARE(mixed[1], std::string("binlog_row_image is MINIMAL, not FULL; change data capture "
                                       "needs full row images (binlog_row_image = FULL)."));
    }

    void matchesGrantPatterns()
    {
        QVERIFY(mysql::matchesGrantPattern("shop", "shop"));
        QVERIFY(!mysql::matchesGrantPattern("shop", "Shop"));
        QVERIFY(mysql::matchesGrantPattern("shop%", "shop_2024"));
        QVERIFY(mysql::matchesGrantPattern("sh_p", "ship"));
        QVERIFY(!mysql::matchesGrantPattern("sh\\_p", "ship"));
        QVERIFY(mysql::matchesGrantPattern("sh\\_p", "sh_p"));
        QVERIFY(!mysql::matchesGrantPattern("shop", "shop2"));
    }

    void probesOnlyGreetingFailures_data()
    {
        QTest::addColumn<uint>("number");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("probe");
        QTest::newRow("no greeting")
            << 2013u
            << "Lost connection to server at 'handshake: reading initial communication packet', "
               "system error: 110"
            << true;
        QTest::newRow("malformed greeting") << 2027u << "Malformed packet" << true;
        QTest::newRow("protocol mismatch")
            << 2007u << "Protocol mismatch; server version = 83, client version = 10" << true;
        QTest::newRow("lost later")
            << 2013u
            << "Lost connection to server at 'reading authorization packet', system "
               "error: 0"
            << false;
        QTest::newRow("refused") << 2002u << "Can't connect to server on '127.0.0.1' (111)"
                                 << false;
        QTest::newRow("wrong password") << 1045u << "Access denied for user 'u'@'h'" << false;
    }

    void probesOnlyGreetingFailures()
    {
        QFETCH(uint, number);
        QFETCH(QString, message);
        QFETCH(bool, probe);
        QCOMPARE(mysql::mayBeAnotherProtocol(
                     mysql::ClientError {number, "HY000", message.toStdString()}),
                 probe);
    }

    void probesTcpConnectionsOnly()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::MySql;
        spec.host = "127.0.0.1";
        QVERIFY(mysql::connectsOverTcp(spec));
        spec.host = "localhost"; // the client's local socket
        QVERIFY(!mysql::connectsOverTcp(spec));
        spec.host.clear();
        QVERIFY(!mysql::connectsOverTcp(spec));
    }

    void describesPostgreSqlOnThePort()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::MySql;
        spec.host = "127.0.0.1";
        spec.port = 5432;
        spec.user = "bob";
        spec.password = Secret("Sup3rSecret");
        ProtocolProbe probe;
        probe.protocol = WireProtocol::PostgreSql;
        probe.banner = std::string(1, 'S');
        probe.excerpt = std::string(1, 'S');
        probe.address = "127.0.0.1:5432";
        probe.greetingWait = 250ms;
        const ConnectionDiagnosis diagnosis = mysql::diagnoseWrongProtocol(probe, spec, nullptr);
        QCOMPARE(diagnosis.cause, DiagnosisCause::WrongProtocol);
        QCOMPARE(diagnosis.message,
                 std::string("127.0.0.1:5432 is not a MySQL/MariaDB server: it is a PostgreSQL "
                             "server."));
        QCOMPARE(diagnosis.detail,
                 std::string("The server at 127.0.0.1:5432 sent no greeting within 250 ms and "
                             "answered a PostgreSQL SSLRequest with: S"));
        QVERIFY(diagnosis.hint.find("postgresql://") != std::string::npos);
        QVERIFY(diagnosis.hint.find("5432") != std::string::npos);
        QCOMPARE(diagnosis.product, std::string("PostgreSQL"));
        QCOMPARE(diagnosis.toError().code, ErrorCode::WrongProtocol);

        const mysql::ClientError lost {2013, "HY000",
                                       "Lost connection to server at 'handshake: "
                                       "reading initial communication packet'"};
        const ConnectionDiagnosis withError = mysql::diagnoseWrongProtocol(probe, spec, &lost);
        QVERIFY2(withError.detail.find("\nLost connection") != std::string::npos,
                 withError.detail.c_str());
        for (const std::string &text : {withError.message, withError.detail, withError.hint})
            QVERIFY(text.find("Sup3rSecret") == std::string::npos);
    }

    void describesOtherProtocolsByWhatTheySent()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::MySql;
        spec.host = "db.example.com";
        spec.port = 8080;
        ProtocolProbe probe;
        probe.protocol = WireProtocol::Http;
        probe.banner = "HTTP/1.1 400 Bad Request";
        probe.address = "192.0.2.7:8080";
        const ConnectionDiagnosis diagnosis = mysql::diagnoseWrongProtocol(probe, spec, nullptr);
        QCOMPARE(diagnosis.message,
                 std::string("db.example.com:8080 is not a MySQL/MariaDB server: it answers with "
                             "another protocol (HTTP)."));
        QVERIFY(diagnosis.hint.find("3306") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestMySqlDiagnosisRules)
#include "tst_mysql_diagnosis_rules.moc"
