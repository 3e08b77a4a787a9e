// SPDX-License-Identifier: MIT
// The built `ferry` CLI against MariaDB: catalog --json and test-connection, their exit codes
// (0 ok, 3 connection failed) and JSON fields; the password comes from FERRY_SOURCE_PASSWORD
// and never appears in any output.
#include "tests/integration/mysql/mysql_test_support.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace ferry;

class TestMySqlCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    test::MySqlAdmin m_admin;
    std::string m_database;

    static QString uri(const std::string &database, const QString &query = {})
    {
        QString text = QStringLiteral("mysql://ferry@127.0.0.1:%1/%2")
                           .arg(QString::fromStdString(test::env("FERRY_TEST_MY_PORT")),
                                QString::fromStdString(database));
        if (!query.isEmpty())
            text += QLatin1Char('?') + query;
        return text;
    }

    static Run ferry(const QStringList &arguments, const QString &password)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FERRY_SOURCE_PASSWORD"), password);
        environment.remove(QStringLiteral("FERRY_TARGET_PASSWORD"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(test::binary(QStringLiteral("ferry")), arguments);
        process.closeWriteChannel(); // not a terminal: the CLI must not prompt
        if (!process.waitForFinished(60000))
            return {};
        return { process.exitCode(), process.readAllStandardOutput(),
                 process.readAllStandardError() };
    }

    static QString realPassword()
    {
        return QString::fromStdString(test::env("FERRY_TEST_MY_PASSWORD"));
    }

    static void verifyNoPassword(const Run &run, const QString &password)
    {
        QVERIFY(!password.isEmpty());
        QVERIFY2(!run.out.contains(password.toUtf8()), run.out.constData());
        QVERIFY2(!run.err.contains(password.toUtf8()), run.err.constData());
    }

    static QJsonObject findByName(const QJsonArray &array, const QString &name)
    {
        for (const QJsonValue &value : array) {
            if (value.toObject().value(QStringLiteral("name")).toString() == name)
                return value.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QString why;
        QVERIFY2(m_admin.connect(&why), qPrintable(why));
        m_database = test::uniqueName("ferry_mycli");
        for (const std::string &statement :
             { "CREATE DATABASE `" + m_database + "`",
               "CREATE TABLE `" + m_database
                   + "`.items (id INT UNSIGNED NOT NULL AUTO_INCREMENT "
                     "PRIMARY KEY, label VARCHAR(40) NOT NULL DEFAULT 'new', price DECIMAL(8,2), "
                     "seen TIMESTAMP(3) NULL, KEY ix_label (label))",
               "CREATE VIEW `" + m_database + "`.v_items AS SELECT id, label FROM `" + m_database
                   + "`.items" }) {
            const std::string error = m_admin.exec(statement);
            QVERIFY2(error.empty(), error.c_str());
        }
    }

    void cleanupTestCase()
    {
        if (!m_database.empty())
            m_admin.exec("DROP DATABASE IF EXISTS `" + m_database + "`");
    }

    void catalogJsonDescribesTheDatabase()
    {
        const Run run
            = ferry({ QStringLiteral("catalog"), uri(m_database), QStringLiteral("--json") },
                    realPassword());
        QCOMPARE(run.exitCode, 0);
        verifyNoPassword(run, realPassword());
        QJsonParseError error;
        const QJsonObject catalog = QJsonDocument::fromJson(run.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(catalog.value(QStringLiteral("dialect")).toString(), QStringLiteral("mysql"));
        QCOMPARE(catalog.value(QStringLiteral("sqlDialect")).toString(), QStringLiteral("mariadb"));
        QCOMPARE(catalog.value(QStringLiteral("product")).toString(), QStringLiteral("MariaDB"));
        QCOMPARE(catalog.value(QStringLiteral("database")).toString(),
                 QString::fromStdString(m_database));
        const QJsonArray schemas = catalog.value(QStringLiteral("schemas")).toArray();
        QCOMPARE(schemas.size(), 1);
        const QJsonObject schema = schemas.at(0).toObject();
        QCOMPARE(schema.value(QStringLiteral("name")).toString(),
                 QString::fromStdString(m_database));

        const QJsonArray tables = schema.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(), 1);
        const QJsonObject items = tables.at(0).toObject();
        QCOMPARE(items.value(QStringLiteral("name")).toString(), QStringLiteral("items"));
        const QJsonArray columns = items.value(QStringLiteral("columns")).toArray();
        QCOMPARE(columns.size(), 4);

        const QJsonObject id = findByName(columns, QStringLiteral("id"));
        QCOMPARE(id.value(QStringLiteral("nativeType")).toString(),
                 QStringLiteral("int(10) unsigned"));
        QCOMPARE(id.value(QStringLiteral("canonicalType")).toString(),
                 QStringLiteral("integer(4,unsigned)"));
        QCOMPARE(id.value(QStringLiteral("autoIncrement")).toBool(), true);
        QCOMPARE(id.value(QStringLiteral("nullable")).toBool(), false);
        const QJsonObject idType = id.value(QStringLiteral("type")).toObject();
        QCOMPARE(idType.value(QStringLiteral("family")).toString(), QStringLiteral("integer"));
        QCOMPARE(idType.value(QStringLiteral("byteWidth")).toInt(), 4);
        QCOMPARE(idType.value(QStringLiteral("unsigned")).toBool(), true);

        const QJsonObject label = findByName(columns, QStringLiteral("label"));
        QCOMPARE(label.value(QStringLiteral("canonicalType")).toString(),
                 QStringLiteral("string(40,utf8mb4)"));
        QCOMPARE(label.value(QStringLiteral("default")).toString(), QStringLiteral("'new'"));
        const QJsonObject seen = findByName(columns, QStringLiteral("seen"));
        QCOMPARE(seen.value(QStringLiteral("canonicalType")).toString(),
                 QStringLiteral("timestamp(3,tz)"));
        QVERIFY(seen.value(QStringLiteral("default")).isNull());

        QCOMPARE(items.value(QStringLiteral("primaryKey"))
                     .toObject()
                     .value(QStringLiteral("columns"))
                     .toArray(),
                 (QJsonArray { QStringLiteral("id") }));
        const QJsonObject index = findByName(items.value(QStringLiteral("indexes")).toArray(),
                                             QStringLiteral("ix_label"));
        QCOMPARE(index.value(QStringLiteral("method")).toString(), QStringLiteral("btree"));
        QCOMPARE(schema.value(QStringLiteral("views")).toArray().size(), 1);
        QCOMPARE(schema.value(QStringLiteral("views"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("v_items"));
    }

    void catalogWithWrongPasswordExitsWithThree()
    {
        const QString wrong = QStringLiteral("Not-The-Password-42");
        const Run run = ferry(
            { QStringLiteral("catalog"), uri(m_database), QStringLiteral("--json") }, wrong);
        QCOMPARE(run.exitCode, 3);
        verifyNoPassword(run, wrong);
        verifyNoPassword(run, realPassword());
        QVERIFY2(run.err.contains("rejected the login of user 'ferry'"), run.err.constData());
    }

    void testConnectionJsonReportsOk()
    {
        const Run run = ferry(
            { QStringLiteral("test-connection"), uri(m_database), QStringLiteral("--json") },
            realPassword());
        QCOMPARE(run.exitCode, 0);
        verifyNoPassword(run, realPassword());
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("cause")).toString(), QStringLiteral("ok"));
        QCOMPARE(result.value(QStringLiteral("product")).toString(), QStringLiteral("MariaDB"));
        QVERIFY(result.value(QStringLiteral("serverVersion"))
                    .toString()
                    .startsWith(QStringLiteral("10.")));
        QCOMPARE(result.value(QStringLiteral("warnings")).toArray().size(), 0);
        QCOMPARE(result.value(QStringLiteral("uri")).toString(), uri(m_database));
    }

    void testConnectionFailuresExitWithThree_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("cause");

        QTest::newRow("wrong password")
            << QString() << QString() << QStringLiteral("Not-The-Password-42")
            << QStringLiteral("authentication-failed");
        QTest::newRow("unknown database") << QStringLiteral("ferry_cli_no_such_db") << QString()
                                          << QString() << QStringLiteral("database-not-found");
        QTest::newRow("wrong CA") << QString()
                                  << QStringLiteral("ssl-mode=VERIFY_CA&ssl-ca=")
                + QString::fromStdString(test::env("FERRY_TEST_TLS_WRONG_CA"))
                                  << QString() << QStringLiteral("tls-failure");
    }

    void testConnectionFailuresExitWithThree()
    {
        QFETCH(QString, database);
        QFETCH(QString, query);
        QFETCH(QString, password);
        QFETCH(QString, cause);
        const std::string name = database.isEmpty() ? m_database : database.toStdString();
        const QString secret = password.isEmpty() ? realPassword() : password;
        const Run run = ferry(
            { QStringLiteral("test-connection"), uri(name, query), QStringLiteral("--json") },
            secret);
        QCOMPARE(run.exitCode, 3);
        verifyNoPassword(run, secret);
        verifyNoPassword(run, realPassword());
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(result.value(QStringLiteral("cause")).toString(), cause);
        QVERIFY(!result.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!result.value(QStringLiteral("hint")).toString().isEmpty());
    }

    void testConnectionToThePostgreSqlPortSaysSo()
    {
        const QString postgres = QStringLiteral("mysql://ferry@%1:%2/%3")
                                     .arg(QString::fromStdString(test::env("FERRY_TEST_PG_HOST")),
                                          QString::fromStdString(test::env("FERRY_TEST_PG_PORT")),
                                          QString::fromStdString(m_database));
        const Run run
            = ferry({QStringLiteral("test-connection"), postgres, QStringLiteral("--json")},
                    realPassword());
        QCOMPARE(run.exitCode, 3);
        verifyNoPassword(run, realPassword());
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("cause")).toString(),
                 QStringLiteral("wrong-protocol"));
        const QString message = result.value(QStringLiteral("message")).toString();
        QVERIFY2(message.endsWith(
                     QStringLiteral(" is not a MySQL/MariaDB server: it is a PostgreSQL server.")),
                 qPrintable(message));
        QCOMPARE(result.value(QStringLiteral("product")).toString(), QStringLiteral("PostgreSQL"));
        QVERIFY2(result.value(QStringLiteral("elapsedMs")).toInteger() < 5000, run.out.constData());
    }

    void testConnectionTextOutput()
    {
        const Run run
            = ferry({ QStringLiteral("test-connection"), uri(m_database) }, realPassword());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Connected to MariaDB 10."), run.out.constData());
        verifyNoPassword(run, realPassword());
    }
};

QTEST_GUILESS_MAIN(TestMySqlCli)
#include "tst_mysql_cli.moc"
