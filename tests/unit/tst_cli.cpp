// SPDX-License-Identifier: MIT
// The CLI's usage surface: help, version, usage errors and their exit codes.
#include "tests/support/test_support.h"

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
