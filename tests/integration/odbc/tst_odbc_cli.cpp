// SPDX-License-Identifier: MIT
// The ferry CLI with ODBC URIs: `ferry catalog odbc://ferry_sqlite --json` and
// `ferry test-connection` exit codes and output, run as a separate process.
#include "tests/integration/odbc/odbc_test_util.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ferry::test::odbc;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runFerry(const QStringList &arguments, const QString &password = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FERRY_SOURCE_PASSWORD"));
    if (!password.isEmpty())
        environment.insert(QStringLiteral("FERRY_SOURCE_PASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.start(ferry::test::binary(QStringLiteral("ferry")), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestOdbcCli : public QObject
{
    Q_OBJECT

private:
    std::string m_table;

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_table = ferry::test::uniqueName("odbc_cli");
        const QString failure = runSqlite("CREATE TABLE " + m_table
                                          + " (id INTEGER PRIMARY KEY, name VARCHAR(30) NOT "
                                            "NULL, price DECIMAL(8,2));");
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void cleanupTestCase()
    {
        if (!m_table.empty())
            runSqlite("DROP TABLE IF EXISTS " + m_table + ";");
    }

    void printsTheSqliteCatalogAsJson()
    {
        const Run run = runFerry({QStringLiteral("catalog"), QStringLiteral("odbc://ferry_sqlite"),
                                  QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject catalog = document.object();
        QCOMPARE(catalog.value(QStringLiteral("dialect")).toString(), QStringLiteral("odbc"));
        // The connector is ODBC; the SQL behind it is the DBMS's own.
        QVERIFY(catalog.value(QStringLiteral("sqlDialect")).toString() != QStringLiteral("generic"));
        QCOMPARE(catalog.value(QStringLiteral("product")).toString(), QStringLiteral("SQLite"));
        const QJsonArray schemas = catalog.value(QStringLiteral("schemas")).toArray();
        QCOMPARE(schemas.size(), 1);
        const QJsonObject schema = schemas.at(0).toObject();
        QCOMPARE(schema.value(QStringLiteral("name")).toString(), QStringLiteral("main"));
        QJsonObject table;
        for (const QJsonValue &value : schema.value(QStringLiteral("tables")).toArray()) {
            if (value.toObject().value(QStringLiteral("name")).toString()
                == QString::fromStdString(m_table))
                table = value.toObject();
        }
        QVERIFY2(!table.isEmpty(), run.out.constData());
        const QJsonArray columns = table.value(QStringLiteral("columns")).toArray();
        QCOMPARE(columns.size(), 3);
        const QJsonObject name = columns.at(1).toObject();
        QCOMPARE(name.value(QStringLiteral("name")).toString(), QStringLiteral("name"));
        QCOMPARE(name.value(QStringLiteral("nativeType")).toString(),
                 QStringLiteral("VARCHAR(30)"));
        QCOMPARE(name.value(QStringLiteral("canonicalType")).toString(),
                 QStringLiteral("string(30)"));
        QCOMPARE(name.value(QStringLiteral("nullable")).toBool(), false);
        const QJsonObject price = columns.at(2).toObject();
        QCOMPARE(price.value(QStringLiteral("canonicalType")).toString(),
                 QStringLiteral("decimal(8,2)"));
        const QJsonObject key = table.value(QStringLiteral("primaryKey")).toObject();
        QCOMPARE(key.value(QStringLiteral("columns")).toArray(), QJsonArray {QStringLiteral("id")});
    }

    void exitsWithThreeForAnUnknownDataSource()
    {
        const Run run
            = runFerry({QStringLiteral("test-connection"), QStringLiteral("odbc://nope")});
        QCOMPARE(run.exitCode, 3);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(
                     QStringLiteral("The ODBC driver manager does not know the data source nope.")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("ferry_pg")), qPrintable(err)); // the hint
    }

    void reportsTheDiagnosisAsJson()
    {
        const QString password = QString::fromStdString(ferry::test::env("FERRY_TEST_PG_PASSWORD"));
        const Run run = runFerry({QStringLiteral("test-connection"),
                                  QStringLiteral("odbc://ferry_pg"), QStringLiteral("--json")},
                                 password);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject diagnosis = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(diagnosis.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(diagnosis.value(QStringLiteral("cause")).toString(), QStringLiteral("ok"));
        QCOMPARE(diagnosis.value(QStringLiteral("product")).toString(),
                 QStringLiteral("PostgreSQL"));
        QVERIFY(!run.out.contains(password.toUtf8()));
        QVERIFY(!run.err.contains(password.toUtf8()));
    }

    void exitsWithThreeForAWrongPasswordWithoutPrintingIt()
    {
        const QString password = QStringLiteral("Cli-Wr0ng-Secret");
        const Run run = runFerry(
            {QStringLiteral("test-connection"), QStringLiteral("odbc://ferry_mariadb")}, password);
        QCOMPARE(run.exitCode, 3);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QStringLiteral("Could not log in to the data source ferry_mariadb")),
                 qPrintable(err));
        QVERIFY(!run.out.contains(password.toUtf8()));
        QVERIFY(!run.err.contains(password.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestOdbcCli)
#include "tst_odbc_cli.moc"
