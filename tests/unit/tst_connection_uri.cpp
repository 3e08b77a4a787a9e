// SPDX-License-Identifier: MIT
#include "engine/core/connection_spec.h"
#include "engine/core/dialect.h"

#include <QDir>
#include <QTest>

#include <sstream>

using namespace ferry;

class TestConnectionUri : public QObject
{
    Q_OBJECT

private slots:
    void parsesPostgresUri()
    {
        auto spec = parseConnectionUri("postgresql://alice@db.example.com:6543/sales?sslmode=verify-full&sslrootcert=/etc/ca.pem");
        QVERIFY(spec.ok());
        QCOMPARE(spec->dialect, Dialect::PostgreSql);
        QCOMPARE(spec->host, std::string("db.example.com"));
        QCOMPARE(spec->port, 6543);
        QCOMPARE(spec->user, std::string("alice"));
        QCOMPARE(spec->database, std::string("sales"));
        QCOMPARE(spec->option("sslmode"), std::string("verify-full"));
        QCOMPARE(spec->option("sslrootcert"), std::string("/etc/ca.pem"));
        QVERIFY(spec->password.isEmpty());
        QVERIFY(!spec->passwordFromUri);
    }

    void parsesMysqlAndMariadbSchemes()
    {
        auto mysql = parseConnectionUri("mysql://bob@127.0.0.1/shop?ssl-mode=REQUIRED");
        QVERIFY(mysql.ok());
        QCOMPARE(mysql->dialect, Dialect::MySql);
        QCOMPARE(mysql->port, 0);
        QCOMPARE(mysql->database, std::string("shop"));
        QCOMPARE(mysql->option("ssl-mode"), std::string("REQUIRED"));
        auto mariadb = parseConnectionUri("mariadb://bob@[::1]:3307/");
        QVERIFY(mariadb.ok());
        QCOMPARE(mariadb->dialect, Dialect::MySql);
        QCOMPARE(mariadb->host, std::string("::1"));
        QCOMPARE(mariadb->port, 3307);
        QVERIFY(mariadb->database.empty());
    }

    void decodesPercentEscapes()
    {
        auto spec = parseConnectionUri("postgresql://us%40er:p%2Fw@host/my%20db");
        QVERIFY(spec.ok());
        QCOMPARE(spec->user, std::string("us@er"));
        QCOMPARE(spec->password.reveal(), std::string("p/w"));
        QCOMPARE(spec->database, std::string("my db"));
        QVERIFY(spec->passwordFromUri);
    }

    void parsesSqliteAbsoluteAndRelative()
    {
        auto absolute = parseConnectionUri("sqlite:///var/data/app.db");
        QVERIFY(absolute.ok());
        QCOMPARE(absolute->dialect, Dialect::Sqlite);
        QCOMPARE(absolute->path, std::string("/var/data/app.db"));
        auto relative = parseConnectionUri("sqlite:data/app.db?mode=ro");
        QVERIFY(relative.ok());
        QCOMPARE(relative->path, QDir::current().absoluteFilePath(QStringLiteral("data/app.db")).toStdString());
        QCOMPARE(relative->option("mode"), std::string("ro"));
    }

    void parsesOdbcDsnAndDriverForms()
    {
        auto dsn = parseConnectionUri("odbc://ferry_pg");
        QVERIFY(dsn.ok());
        QCOMPARE(dsn->dialect, Dialect::Odbc);
        QCOMPARE(dsn->dsn, std::string("ferry_pg"));
        auto driver = parseConnectionUri("odbc:///?driver=SQLite3&database=/tmp/x.db");
        QVERIFY(driver.ok());
        QVERIFY(driver->dsn.empty());
        QCOMPARE(driver->option("driver"), std::string("SQLite3"));
        QCOMPARE(driver->option("database"), std::string("/tmp/x.db"));
        auto spaced = parseConnectionUri("odbc:///?driver=PostgreSQL Unicode&servername=127.0.0.1");
        QVERIFY(spaced.ok());
        QCOMPARE(spaced->option("driver"), std::string("PostgreSQL Unicode"));
        auto mixedCase = parseConnectionUri("odbc://alice:pw@Sales_DSN");
        QVERIFY(mixedCase.ok());
        QCOMPARE(mixedCase->dsn, std::string("Sales_DSN"));
        QCOMPARE(mixedCase->user, std::string("alice"));
        QCOMPARE(mixedCase->password.reveal(), std::string("pw"));
        QVERIFY(mixedCase->passwordFromUri);
    }

    void rejectsBadUris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no scheme") << QStringLiteral("localhost/db") << QStringLiteral("no scheme");
        QTest::newRow("unknown scheme") << QStringLiteral("oracle://x/y") << QStringLiteral("'oracle' is not supported");
        QTest::newRow("sqlite host") << QStringLiteral("sqlite://file.db") << QStringLiteral("not a host");
        QTest::newRow("sqlite empty") << QStringLiteral("sqlite:") << QStringLiteral("names no file");
        QTest::newRow("odbc empty") << QStringLiteral("odbc:///") << QStringLiteral("neither a DSN nor a driver");
        QTest::newRow("bad port") << QStringLiteral("postgresql://h:notaport/db") << QStringLiteral("malformed");
    }

    void rejectsBadUris()
    {
        QFETCH(QString, uri);
        QFETCH(QString, messagePart);
        auto spec = parseConnectionUri(uri.toStdString());
        QVERIFY(!spec.ok());
        QCOMPARE(spec.error().code, ErrorCode::InvalidUri);
        QVERIFY2(QString::fromStdString(spec.error().message).contains(messagePart),
                 spec.error().message.c_str());
        QVERIFY(!spec.error().hint.empty());
    }

    void redactsPasswords()
    {
        QCOMPARE(redactUri("postgresql://alice:s3cret@host/db"),
                 std::string("postgresql://alice:***@host/db"));
        QCOMPARE(redactUri("odbc:///?driver=X&PWD=s3cret&uid=a"),
                 std::string("odbc:///?driver=X&PWD=***&uid=a"));
        QCOMPARE(redactUri("mysql://bob@host/db"), std::string("mysql://bob@host/db"));
    }

    void toUriNeverContainsPassword()
    {
        auto spec = parseConnectionUri("postgresql://alice:topsecret@host:5432/db?sslmode=require");
        QVERIFY(spec.ok());
        const std::string uri = spec->toUri();
        QVERIFY(uri.find("topsecret") == std::string::npos);
        QCOMPARE(uri, std::string("postgresql://alice@host:5432/db?sslmode=require"));
        std::ostringstream printed;
        printed << spec->password;
        QCOMPARE(printed.str(), std::string("***"));
    }

    void takesPasswordFromEnvironmentByRole()
    {
        qputenv("FERRY_TARGET_PASSWORD", "from-env");
        auto spec = parseConnectionUri("postgresql://alice@host/db");
        QVERIFY(spec.ok());
        QVERIFY(!applyPasswordFromEnvironment(*spec, "source") || spec->password.reveal() != "from-env");
        QVERIFY(applyPasswordFromEnvironment(*spec, "target"));
        QCOMPARE(spec->password.reveal(), std::string("from-env"));
        QCOMPARE(spec->passwordSource, PasswordSource::Env);
        qunsetenv("FERRY_TARGET_PASSWORD");
    }

    void quotesIdentifiersPerDialect()
    {
        QCOMPARE(quoteIdentifier(Dialect::PostgreSql, "we\"ird"), std::string("\"we\"\"ird\""));
        QCOMPARE(quoteIdentifier(Dialect::MySql, "we`ird"), std::string("`we``ird`"));
        QCOMPARE(quoteIdentifier(Dialect::Sqlite, "select"), std::string("\"select\""));
        QCOMPARE(quoteQualified(Dialect::MySql, "db", "t"), std::string("`db`.`t`"));
        QCOMPARE(quoteQualified(Dialect::PostgreSql, "", "t"), std::string("\"t\""));
    }
};

QTEST_GUILESS_MAIN(TestConnectionUri)
#include "tst_connection_uri.moc"
