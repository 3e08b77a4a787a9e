// SPDX-License-Identifier: MIT
// The CLI's usage surface: help, version, usage errors and their exit codes.
#include "tests/support/test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run ferry(const QStringList &arguments, const QProcessEnvironment &environment
                                                   = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(ferry::test::binary(QStringLiteral("ferry")), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void helpListsCommandsAndExitCodes()
    {
        const Run run = ferry({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("test-connection URI")));
        QVERIFY(run.out.contains(QStringLiteral("catalog URI")));
        QVERIFY(run.out.contains(QStringLiteral("3 connection failed")));
    }

    void versionPrintsProjectVersion()
    {
        const Run run = ferry({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("ferry " FERRY_VERSION));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("Usage:");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("missing uri") << QStringList{QStringLiteral("catalog")}
                                     << QStringLiteral("exactly one connection URI");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("sqlite:x.db"),
                           QStringLiteral("--colour")}
            << QStringLiteral("unknown option --colour");
        QTest::newRow("bad role")
            << QStringList{QStringLiteral("test-connection"), QStringLiteral("sqlite:x.db"),
                           QStringLiteral("--role"), QStringLiteral("sideways")}
            << QStringLiteral("--role must be");
        QTest::newRow("reload-table without a table")
            << QStringList{QStringLiteral("migrate"), QStringLiteral("sqlite:a.db"),
                           QStringLiteral("sqlite:b.db"), QStringLiteral("--reload-table"),
                           QStringLiteral("shop.")}
            << QStringLiteral("--reload-table needs SCHEMA.TABLE, got 'shop.'");
        QTest::newRow("types without source")
            << QStringList {QStringLiteral("types"), QStringLiteral("int")}
            << QStringLiteral("types needs native type names and --source ENGINE");
        QTest::newRow("types unknown engine")
            << QStringList {QStringLiteral("types"), QStringLiteral("int"),
                            QStringLiteral("--source"), QStringLiteral("db2")}
            << QStringLiteral("--source must be one of mysql, mariadb");
        QTest::newRow("types markdown half a pair")
            << QStringList {QStringLiteral("types"), QStringLiteral("--markdown"),
                            QStringLiteral("--source"), QStringLiteral("oracle")}
            << QStringLiteral("needs both --source and --target");
        QTest::newRow("reload-table empty schema")
            << QStringList{QStringLiteral("run"), QStringLiteral("p.ferry.yaml"),
                           QStringLiteral("--reload-table"), QStringLiteral(".orders")}
            << QStringLiteral("--reload-table needs SCHEMA.TABLE, got '.orders'");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const Run run = ferry(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
    }

    /// `ferry types`: the canonical type, the target type, its fidelity and the notes.
    void typesMapsNativeTypes()
    {
        const Run run = ferry({QStringLiteral("types"), QStringLiteral("datetime2(7)"),
                               QStringLiteral("--source"), QStringLiteral("sqlserver"),
                               QStringLiteral("--target"), QStringLiteral("postgresql")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("datetime2(7) -> timestamp(7)\n"
                                                   "  PostgreSQL: timestamp(6) (lossy)\n"
                                                   "    TYPE-FRACTION-DIGITS ")),
                 qPrintable(run.out));

        const Run json
            = ferry({QStringLiteral("types"), QStringLiteral("tinyint"), QStringLiteral("--source"),
                     QStringLiteral("sqlserver"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray mappings = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(mappings.size(), 4); // every target
        const QJsonObject postgres = mappings.at(0).toObject();
        QCOMPARE(postgres.value(QStringLiteral("canonical")).toString(),
                 QStringLiteral("integer(1,unsigned)"));
        QCOMPARE(postgres.value(QStringLiteral("targetType")).toString(),
                 QStringLiteral("smallint"));
        QCOMPARE(postgres.value(QStringLiteral("fidelity")).toString(), QStringLiteral("widened"));
        QCOMPARE(postgres.value(QStringLiteral("notes"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("TYPE-UNSIGNED-RANGE"));
        const QJsonObject mysql = mappings.at(1).toObject();
        QCOMPARE(mysql.value(QStringLiteral("targetType")).toString(),
                 QStringLiteral("tinyint unsigned"));
        QVERIFY(mysql.value(QStringLiteral("notes")).toArray().isEmpty());
    }

    /// `ferry types --write-docs DIR` writes the index and one table per pair (6 x 4).
    void typesWritesDocuments()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const Run run
            = ferry({QStringLiteral("types"), QStringLiteral("--write-docs"), directory.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(directory.filePath(QStringLiteral("type-mapping.md"))));
        const QStringList pairs = QDir(directory.filePath(QStringLiteral("type-mapping")))
                                      .entryList({QStringLiteral("*-to-*.md")}, QDir::Files);
        QCOMPARE(pairs.size(), 24);
        QVERIFY(pairs.contains(QStringLiteral("oracle-to-postgresql.md")));
    }

    void malformedUriExitsWithFiveAndExplains()
    {
        const Run run = ferry({QStringLiteral("catalog"), QStringLiteral("oracle://h/db")});
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(QStringLiteral("scheme 'oracle' is not supported")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("fix:")));
    }

    void passwordInUriWarnsAndIsNeverPrinted()
    {
        const Run run = ferry({QStringLiteral("test-connection"),
                               QStringLiteral("postgresql://u:Sup3rS3cret@127.0.0.1:1/db?connect_timeout=2")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("password in the connection URI")), qPrintable(run.err));
        QVERIFY(!run.out.contains(QStringLiteral("Sup3rS3cret")));
        QVERIFY(!run.err.contains(QStringLiteral("Sup3rS3cret")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
