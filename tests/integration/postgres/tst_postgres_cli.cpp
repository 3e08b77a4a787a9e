// SPDX-License-Identifier: MIT
// The built `ferry` CLI against the harness PostgreSQL server: `catalog --json` and
// `test-connection` with the password from FERRY_SOURCE_PASSWORD, exit codes 0 and 3, JSON
// fields, and the password never in the output.
#include "engine/connectors/postgres/postgres_diagnosis.h"
#include "tests/integration/postgres/loopback_listener.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <pqxx/pqxx>

using namespace ferry;

class TestPostgresCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    std::string m_schema;

    static QString uri(int port = 0, const std::string &database = {})
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(QString::fromStdString(test::env("FERRY_TEST_PG_USER")),
                 QString::fromStdString(test::env("FERRY_TEST_PG_HOST")),
                 port ? QString::number(port)
                      : QString::fromStdString(test::env("FERRY_TEST_PG_PORT")),
                 QString::fromStdString(database.empty() ? test::env("FERRY_TEST_PG_DATABASE")
                                                         : database));
    }

    static Run ferry(const QStringList &arguments, const std::string &password)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FERRY_SOURCE_PASSWORD"),
                           QString::fromStdString(password));
        environment.remove(QStringLiteral("PGPASSWORD"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(test::binary(QStringLiteral("ferry")), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    static std::string password() { return test::env("FERRY_TEST_PG_PASSWORD"); }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_schema = test::uniqueName("ferry_pgcli");
        pqxx::connection connection(postgres::buildConninfo(test::postgresSpec()));
        pqxx::work work(connection);
        const std::string s = quoteIdentifier(Dialect::PostgreSql, m_schema);
        work.exec("CREATE SCHEMA " + s + "; CREATE TABLE " + s
                  + ".items (id bigint PRIMARY KEY, label varchar(30) NOT NULL, "
                    "tags text[])");
        work.commit();
    }

    void cleanupTestCase()
    {
        if (m_schema.empty())
            return;
        pqxx::connection connection(postgres::buildConninfo(test::postgresSpec()));
        pqxx::work work(connection);
        work.exec("DROP SCHEMA IF EXISTS " + quoteIdentifier(Dialect::PostgreSql, m_schema)
                  + " CASCADE");
        work.commit();
    }

    void catalogJsonListsTheSchema()
    {
        const Run run = ferry({QStringLiteral("catalog"), uri(), QStringLiteral("--json"),
                               QStringLiteral("--schema"), QString::fromStdString(m_schema)},
                              password());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!run.out.contains(QByteArray::fromStdString(password())));
        QJsonParseError error;
        const QJsonObject catalog = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(catalog.value(QStringLiteral("dialect")).toString(), QStringLiteral("postgresql"));
        QCOMPARE(catalog.value(QStringLiteral("sqlDialect")).toString(),
                 QStringLiteral("postgresql"));
        QCOMPARE(catalog.value(QStringLiteral("product")).toString(), QStringLiteral("PostgreSQL"));
        QCOMPARE(catalog.value(QStringLiteral("database")).toString(),
                 QString::fromStdString(test::env("FERRY_TEST_PG_DATABASE")));
        const QJsonArray schemas = catalog.value(QStringLiteral("schemas")).toArray();
        QCOMPARE(schemas.size(), 1);
        const QJsonObject schema = schemas.at(0).toObject();
        QCOMPARE(schema.value(QStringLiteral("name")).toString(), QString::fromStdString(m_schema));
        const QJsonArray tables = schema.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(), 1);
        const QJsonObject items = tables.at(0).toObject();
        QCOMPARE(items.value(QStringLiteral("name")).toString(), QStringLiteral("items"));
        const QJsonArray columns = items.value(QStringLiteral("columns")).toArray();
        QCOMPARE(columns.size(), 3);
        const QJsonObject label = columns.at(1).toObject();
        QCOMPARE(label.value(QStringLiteral("name")).toString(), QStringLiteral("label"));
        QCOMPARE(label.value(QStringLiteral("nativeType")).toString(),
                 QStringLiteral("character varying(30)"));
        QCOMPARE(label.value(QStringLiteral("canonicalType")).toString(),
                 QStringLiteral("string(30)"));
        QCOMPARE(label.value(QStringLiteral("nullable")).toBool(), false);
        QCOMPARE(columns.at(2).toObject().value(QStringLiteral("canonicalType")).toString(),
                 QStringLiteral("array<string(lob)>"));
        const QJsonArray key = items.value(QStringLiteral("primaryKey"))
                                   .toObject()
                                   .value(QStringLiteral("columns"))
                                   .toArray();
        QCOMPARE(key, QJsonArray {QStringLiteral("id")});
    }

    void testConnectionSucceedsWithZero()
    {
        const Run run = ferry({QStringLiteral("test-connection"), uri(), QStringLiteral("--json")},
                              password());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("cause")).toString(), QStringLiteral("ok"));
        QCOMPARE(result.value(QStringLiteral("product")).toString(), QStringLiteral("PostgreSQL"));
        QVERIFY(result.value(QStringLiteral("serverVersion"))
                    .toString()
                    .startsWith(QStringLiteral("15.")));
        QCOMPARE(result.value(QStringLiteral("warnings")).toArray().size(), 1);
        QVERIFY(!run.out.contains(QByteArray::fromStdString(password())));
    }

    void wrongPasswordExitsWithThree()
    {
        const std::string wrong = "Wrong-" + test::uniqueName("cli");
        const Run run
            = ferry({QStringLiteral("test-connection"), uri(), QStringLiteral("--json")}, wrong);
        QCOMPARE(run.exitCode, 3);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(result.value(QStringLiteral("cause")).toString(),
                 QStringLiteral("authentication-failed"));
        QVERIFY(
            result.value(QStringLiteral("detail")).toString().contains(QStringLiteral("28P01")));
        QVERIFY(!run.out.contains(QByteArray::fromStdString(wrong)));
        QVERIFY(!run.err.contains(QByteArray::fromStdString(wrong)));
    }

    void refusedConnectionExitsWithThreeInText()
    {
        const int closedPort = test::closedLoopbackPort();
        QVERIFY(closedPort > 0);
        const Run run = ferry({QStringLiteral("test-connection"), uri(closedPort)}, password());
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("connection was refused"), run.err.constData());
        QVERIFY(run.err.contains("Connection refused"));
    }

    void testConnectionToTheMariaDbPortSaysSo()
    {
        const QString mariaDb
            = QStringLiteral("postgresql://%1@%2:%3/%4")
                  .arg(QString::fromStdString(test::env("FERRY_TEST_PG_USER")),
                       QString::fromStdString(test::env("FERRY_TEST_MY_HOST")),
                       QString::fromStdString(test::env("FERRY_TEST_MY_PORT")),
                       QString::fromStdString(test::env("FERRY_TEST_PG_DATABASE")));
        const Run run = ferry(
            {QStringLiteral("test-connection"), mariaDb, QStringLiteral("--json")}, password());
        QCOMPARE(run.exitCode, 3);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(result.value(QStringLiteral("cause")).toString(),
                 QStringLiteral("wrong-protocol"));
        const QString message = result.value(QStringLiteral("message")).toString();
        QVERIFY2(message.endsWith(
                     QStringLiteral(" is not a PostgreSQL server: it answers like MySQL/MariaDB.")),
                 qPrintable(message));
        QCOMPARE(result.value(QStringLiteral("product")).toString(), QStringLiteral("MariaDB"));
        QVERIFY(!result.value(QStringLiteral("hint"))
                     .toString()
                     .contains(QStringLiteral("sslrootcert")));
        QVERIFY2(result.value(QStringLiteral("elapsedMs")).toInteger() < 5000, run.out.constData());
        QVERIFY(!run.out.contains(QByteArray::fromStdString(password())));
    }

    void catalogOfMissingDatabaseExitsWithThree()
    {
        const std::string database = test::uniqueName("ferry_cli_missing");
        const Run run = ferry(
            {QStringLiteral("catalog"), uri(0, database), QStringLiteral("--json")}, password());
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QByteArray::fromStdString(database)), run.err.constData());
        QVERIFY(run.err.contains("does not exist"));
        QVERIFY(!run.err.contains(QByteArray::fromStdString(password())));
    }
};

QTEST_GUILESS_MAIN(TestPostgresCli)
#include "tst_postgres_cli.moc"
