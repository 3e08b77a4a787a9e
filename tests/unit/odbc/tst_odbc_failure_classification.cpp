// SPDX-License-Identifier: MIT
// Why SQLDriverConnect failed, decided from diagnostic records. The records are the ones the
// driver manager and drivers really return (unixODBC 2.3.11, psqlODBC 13.02, MariaDB
// Connector/ODBC 3.1.15, SQLite ODBC 0.9998), copied by hand from their output.
#include "engine/connectors/odbc/odbc_diagnosis.h"

#include <QTest>

using namespace ferry;
using ferry::odbc::DiagnosticRecord;

Q_DECLARE_METATYPE(ferry::DiagnosisCause)
Q_DECLARE_METATYPE(std::vector<ferry::odbc::DiagnosticRecord>)

class TestOdbcFailureClassification : public QObject
{
    Q_OBJECT

private slots:
    void classifiesDriverRecords_data()
    {
        using Records = std::vector<DiagnosticRecord>;
        QTest::addColumn<Records>("records");
        QTest::addColumn<DiagnosisCause>("expected");

        QTest::newRow("unknown dsn")
            << Records {{"IM002", 0,
                         "[unixODBC][Driver Manager]Data source name not found and no default "
                         "driver specified"}}
            << DiagnosisCause::DriverNotFound;
        QTest::newRow("unknown driver name")
            << Records {{"01000", 0,
                         "[unixODBC][Driver Manager]Can't open lib 'No Such Driver' : file not "
                         "found"}}
            << DiagnosisCause::DriverNotFound;
        QTest::newRow("driver library cannot load")
            << Records {{"IM003", 0,
                         "[unixODBC][Driver Manager]Specified driver could not be "
                         "loaded"}}
            << DiagnosisCause::DriverNotFound;
        QTest::newRow("psql wrong password")
            << Records {{"08001", 101,
                         "connection to server at \"127.0.0.1\", port 36958 failed: FATAL:  "
                         "password authentication failed for user \"ferry\"\n"}}
            << DiagnosisCause::AuthenticationFailed;
        QTest::newRow("psql no hba entry")
            << Records {{"08001", 101,
                         "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  no "
                         "pg_hba.conf entry for host \"127.0.0.1\", user \"x\", database \"y\", "
                         "SSL off\n"}}
            << DiagnosisCause::AuthenticationFailed;
        QTest::newRow("maria wrong password")
            << Records {{"28000", 1045,
                         "[ma-3.1.15]Access denied for user 'ferry'@'127.0.0.1' (using "
                         "password: YES)"}}
            << DiagnosisCause::AuthenticationFailed;
        QTest::newRow("sqlstate 28000 alone")
            << Records {{"28000", 18456, "[Microsoft][ODBC Driver 18]Login failed for user 'sa'."}}
            << DiagnosisCause::AuthenticationFailed;
        QTest::newRow("psql refused")
            << Records {{"08001", 101,
                         "connection to server at \"127.0.0.1\", port 1 failed: Connection "
                         "refused\n\tIs the server running on that host and accepting TCP/IP "
                         "connections?\n"}}
            << DiagnosisCause::ConnectionRefused;
        QTest::newRow("maria refused")
            << Records {{"HY000", 2002, "[ma-3.1.15]Can't connect to server on '127.0.0.1' (115)"}}
            << DiagnosisCause::ConnectionRefused;
        QTest::newRow("psql unknown host")
            << Records {{"08001", 101,
                         "could not translate host name \"nohost.invalid\" to address: Name or "
                         "service not known\n"}}
            << DiagnosisCause::UnknownHost;
        QTest::newRow("maria unknown host")
            << Records {{"HY000", 2005, "[ma-3.1.15]Unknown server host 'nohost.invalid' (-2)"}}
            << DiagnosisCause::UnknownHost;
        QTest::newRow("psql timeout")
            << Records {{"08001", 101,
                         "connection to server at \"127.0.0.1\", port 52441 failed: timeout "
                         "expired\n"}}
            << DiagnosisCause::Timeout;
        QTest::newRow("sqlstate HYT00")
            << Records {{"HYT00", 0, "[vendor]Login timeout expired"}} << DiagnosisCause::Timeout;
        QTest::newRow("psql database missing")
            << Records {{"08001", 101,
                         "connection to server at \"127.0.0.1\", port 36958 failed: FATAL:  "
                         "database \"nosuch\" does not exist\n"}}
            << DiagnosisCause::DatabaseNotFound;
        QTest::newRow("maria database missing")
            << Records {{"42000", 1049, "[ma-3.1.15]Unknown database 'nosuch'"}}
            << DiagnosisCause::DatabaseNotFound;
        QTest::newRow("sqlite file cannot be opened")
            << Records {{"HY000", 14, "[SQLite]connect failed"}}
            << DiagnosisCause::DatabaseNotFound;
        QTest::newRow("sqlstate 3D000") << Records {{"3D000", 0, "[vendor]Invalid catalog name"}}
                                        << DiagnosisCause::DatabaseNotFound;
        QTest::newRow("psql certificate verify failed")
            << Records {{"08001", 101,
                         "connection to server at \"127.0.0.1\", port 36958 failed: SSL error: "
                         "certificate verify failed\n"}}
            << DiagnosisCause::TlsFailure;
        QTest::newRow("psql root certificate missing is tls, not a missing database")
            << Records {{"08001", 101,
                         "connection to server at \"127.0.0.1\", port 5432 failed: root "
                         "certificate file \"/nope/ca.pem\" does not exist\n"}}
            << DiagnosisCause::TlsFailure;
        QTest::newRow("maria tls")
            << Records {{"HY000", 2026,
                         "[ma-3.1.15]TLS/SSL error: self-signed certificate in certificate chain"}}
            << DiagnosisCause::TlsFailure;
        QTest::newRow("maria no access to database")
            << Records {{"42000", 1044,
                         "[ma-3.1.15]Access denied for user 'ferry'@'%' to database 'secret'"}}
            << DiagnosisCause::MissingPrivilege;
        QTest::newRow("something else")
            << Records {{"HY000", 0, "[vendor]The moon is in the wrong phase"}}
            << DiagnosisCause::Other;
        QTest::newRow("no records") << Records {} << DiagnosisCause::Other;
    }

    void classifiesDriverRecords()
    {
        QFETCH(std::vector<DiagnosticRecord>, records);
        QFETCH(DiagnosisCause, expected);
        QCOMPARE(odbc::classifyConnectFailure(records), expected);
    }

    void describesAllRecordsWithoutThePassword()
    {
        const std::vector<DiagnosticRecord> records {
            {"01S00", 0, "Invalid connection string attribute PWD=Tr0ub4dor"},
            {"08001", 101, "connection to server\n\tfailed:  timeout expired\n"}};
        QCOMPARE(odbc::describeRecords(records, Secret("Tr0ub4dor")),
                 std::string("SQLSTATE 01S00 (native 0): Invalid connection string attribute "
                             "PWD=***; SQLSTATE 08001 (native 101): connection to server "
                             "failed: timeout expired"));
    }

    void buildsTheDriverNotFoundHintFromTheInventory()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::Odbc;
        spec.dsn = "nope";
        spec.user = "ferry";
        spec.password = Secret("hunter2");
        odbc::DriverInventory inventory;
        inventory.dataSources = {"ferry_pg", "ferry_sqlite"};
        inventory.drivers = {"PostgreSQL Unicode", "SQLite3"};
        inventory.odbcIni = "/tmp/odbc/odbc.ini";
        inventory.odbcSysIni = "/tmp/odbc";
        const ConnectionDiagnosis diagnosis = odbc::diagnoseConnectFailure(
            spec,
            {{"IM002", 0,
              "[unixODBC][Driver Manager]Data source name not found and no default driver "
              "specified"}},
            inventory);
        QCOMPARE(diagnosis.cause, DiagnosisCause::DriverNotFound);
        QCOMPARE(diagnosis.message,
                 std::string("The ODBC driver manager does not know the data source nope."));
        QCOMPARE(diagnosis.hint,
                 std::string("Known data sources: ferry_pg, ferry_sqlite. Installed drivers: "
                             "PostgreSQL Unicode, SQLite3. unixODBC reads data sources from "
                             "/tmp/odbc/odbc.ini (ODBCINI) and drivers from "
                             "/tmp/odbc/odbcinst.ini (ODBCSYSINI); check the name or register "
                             "it there."));
        QCOMPARE(diagnosis.detail,
                 std::string("SQLSTATE IM002 (native 0): [unixODBC][Driver Manager]Data source "
                             "name not found and no default driver specified; connection "
                             "string: DSN=nope;UID=ferry;PWD=***;"));
    }

    void namesTheCauseInTheMessage()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::Odbc;
        spec.options["driver"] = "PostgreSQL Unicode";
        spec.options.emplace("connect_timeout", "4");
        const auto timeout
            = odbc::diagnoseConnectFailure(spec, {{"08001", 101, "failed: timeout expired"}}, {});
        QCOMPARE(timeout.cause, DiagnosisCause::Timeout);
        QCOMPARE(timeout.message,
                 std::string("Could not connect to the driver PostgreSQL Unicode: the server did "
                             "not answer within 4 seconds."));
        const auto auth = odbc::diagnoseConnectFailure(
            spec, {{"28000", 1045, "Access denied for user 'x'"}}, {});
        QCOMPARE(auth.message,
                 std::string("Could not log in to the driver PostgreSQL Unicode: the user name "
                             "or password was rejected."));
        QCOMPARE(auth.toError().code, ErrorCode::AuthenticationFailed);
    }
};

QTEST_GUILESS_MAIN(TestOdbcFailureClassification)
#include "tst_odbc_failure_classification.moc"
