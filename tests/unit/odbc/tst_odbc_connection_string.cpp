// SPDX-License-Identifier: MIT
// The SQLDriverConnect connection string built from a ConnectionSpec: DSN or DRIVER, options,
// UID/PWD, ODBC brace escaping, and the redacted form used in messages.
#include "engine/connectors/odbc/odbc_connection_string.h"

#include <QTest>

using namespace ferry;

class TestOdbcConnectionString : public QObject
{
    Q_OBJECT

private slots:
    void buildsDsnStringWithCredentials()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::Odbc;
        spec.dsn = "ferry_pg";
        spec.user = "ferry";
        spec.password = Secret("s3cret");
        QCOMPARE(odbc::connectionString(spec, true),
                 std::string("DSN=ferry_pg;UID=ferry;PWD=s3cret;"));
        QCOMPARE(odbc::connectionString(spec, false),
                 std::string("DSN=ferry_pg;UID=ferry;PWD=***;"));
    }

    void buildsDriverStringWithOptionsInKeyOrder()
    {
        auto spec = parseConnectionUri(
            "odbc:///?driver=PostgreSQL%20Unicode&servername=127.0.0.1&port=5432"
            "&database=shop&connect_timeout=3");
        QVERIFY(spec.ok());
        QCOMPARE(odbc::connectionString(*spec, false),
                 std::string("DRIVER={PostgreSQL Unicode};database=shop;port=5432;"
                             "servername=127.0.0.1;"));
    }

    void addsHostPortAndDatabaseOfTheSpecUnlessOptionsHaveThem()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::Odbc;
        spec.options["driver"] = "MariaDB Unicode";
        spec.host = "db.example.org";
        spec.port = 3307;
        spec.database = "sales";
        QCOMPARE(odbc::connectionString(spec, false),
                 std::string("DRIVER={MariaDB Unicode};SERVER=db.example.org;PORT=3307;"
                             "DATABASE=sales;"));
        spec.options["Server"] = "other.example.org";
        spec.options["DB"] = "archive";
        QCOMPARE(odbc::connectionString(spec, false),
                 std::string("DRIVER={MariaDB Unicode};PORT=3307;DB=archive;"
                             "Server=other.example.org;"));
    }

    void escapesValuesWithBraces()
    {
        QCOMPARE(odbc::escapeAttributeValue("plain value"), std::string("plain value"));
        QCOMPARE(odbc::escapeAttributeValue("a;b"), std::string("{a;b}"));
        QCOMPARE(odbc::escapeAttributeValue("x}y"), std::string("{x}}y}"));
        QCOMPARE(odbc::escapeAttributeValue("{z"), std::string("{{z}"));
        QCOMPARE(odbc::escapeAttributeValue(" padded"), std::string("{ padded}"));
        QCOMPARE(odbc::escapeAttributeValue(""), std::string(""));

        ConnectionSpec spec;
        spec.dialect = Dialect::Odbc;
        spec.dsn = "ferry_pg";
        spec.options["pqopt"] = "sslrootcert=/tmp/ca.pem";
        spec.password = Secret("pa;ss}word");
        QCOMPARE(odbc::connectionString(spec, true),
                 std::string("DSN=ferry_pg;pqopt=sslrootcert=/tmp/ca.pem;PWD={pa;ss}}word};"));
        QCOMPARE(odbc::connectionString(spec, false),
                 std::string("DSN=ferry_pg;pqopt=sslrootcert=/tmp/ca.pem;PWD=***;"));
    }

    void bracesDriverNamesAlways()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::Odbc;
        spec.options["driver"] = "SQLite3";
        QCOMPARE(odbc::connectionString(spec, false), std::string("DRIVER={SQLite3};"));
        spec.options["driver"] = "Odd}Driver";
        QCOMPARE(odbc::connectionString(spec, false), std::string("DRIVER={Odd}}Driver};"));
    }

    void treatsPasswordOptionsAsSecrets()
    {
        auto spec = parseConnectionUri("odbc://ferry_pg?PWD=fromquery&UID=query_user");
        QVERIFY(spec.ok());
        QCOMPARE(odbc::connectionString(*spec, false),
                 std::string("DSN=ferry_pg;PWD=***;UID=query_user;"));
        QCOMPARE(odbc::connectionString(*spec, true),
                 std::string("DSN=ferry_pg;PWD=fromquery;UID=query_user;"));
        // The spec's own user and password win over the options.
        spec->user = "ferry";
        spec->password = Secret("real");
        QCOMPARE(odbc::connectionString(*spec, true),
                 std::string("DSN=ferry_pg;UID=ferry;PWD=real;"));
    }

    void takesUserAndPasswordFromTheUri()
    {
        auto spec = parseConnectionUri("odbc://alice:wonder@ferry_mariadb");
        QVERIFY(spec.ok());
        QCOMPARE(odbc::connectionString(*spec, false),
                 std::string("DSN=ferry_mariadb;UID=alice;PWD=***;"));
        QCOMPARE(odbc::connectionString(*spec, true),
                 std::string("DSN=ferry_mariadb;UID=alice;PWD=wonder;"));
    }

    void labelsTheTarget()
    {
        ConnectionSpec spec;
        spec.dialect = Dialect::Odbc;
        spec.dsn = "ferry_pg";
        QCOMPARE(odbc::targetLabel(spec), std::string("data source ferry_pg"));
        spec.dsn.clear();
        spec.options["driver"] = "SQLite3";
        QCOMPARE(odbc::targetLabel(spec), std::string("driver SQLite3"));
    }
};

QTEST_GUILESS_MAIN(TestOdbcConnectionString)
#include "tst_odbc_connection_string.moc"
