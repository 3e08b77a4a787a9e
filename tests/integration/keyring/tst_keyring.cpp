// SPDX-License-Identifier: MIT
// The system keyring against a private, headless GNOME Keyring (run_keyring_test.sh starts it):
// store/read/replace/delete through the engine API, `ferry keyring store` followed by
// `ferry test-connection` against the harness PostgreSQL with no password in the environment,
// and the clear error plus the fallback to the authentication diagnosis when no keyring
// service is reachable. The password never appears in any output.
#include "engine/core/keyring.h"
#include "tests/support/test_support.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace ferry;

class TestKeyring : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    enum class Bus { Private, None };

    QTemporaryDir m_emptyRuntimeDir;

    static QString uri()
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(QString::fromStdString(test::env("FERRY_TEST_PG_USER")),
                 QString::fromStdString(test::env("FERRY_TEST_PG_HOST")),
                 QString::fromStdString(test::env("FERRY_TEST_PG_PORT")),
                 QString::fromStdString(test::env("FERRY_TEST_PG_DATABASE")));
    }

    /// The account `ferry` uses for uri(): the redacted URI as ConnectionSpec::toUri() prints it.
    static std::string account()
    {
        return "postgresql://" + test::env("FERRY_TEST_PG_USER") + "@"
            + test::env("FERRY_TEST_PG_HOST") + ":" + test::env("FERRY_TEST_PG_PORT") + "/"
            + test::env("FERRY_TEST_PG_DATABASE");
    }

    static QByteArray password()
    {
        return QByteArray::fromStdString(test::env("FERRY_TEST_PG_PASSWORD"));
    }

    /// Runs the CLI. FERRY_SOURCE_PASSWORD is set only when `envPassword` is non-empty; PGPASSWORD
    /// is always removed and HOME is the wrapper's empty one, so no ~/.pgpass can help.
    Run ferry(const QStringList &arguments, const QByteArray &envPassword = {},
              Bus bus = Bus::Private)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("FERRY_SOURCE_PASSWORD"));
        environment.remove(QStringLiteral("PGPASSWORD"));
        if (!envPassword.isEmpty())
            environment.insert(QStringLiteral("FERRY_SOURCE_PASSWORD"),
                               QString::fromUtf8(envPassword));
        if (bus == Bus::None) {
            environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
            environment.remove(QStringLiteral("DISPLAY"));
            environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
            environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_emptyRuntimeDir.path());
        }
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(test::binary(QStringLiteral("ferry")), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    /// ErrorCode of reading `name`, or nothing when a password is stored.
    static std::optional<ErrorCode> readError(const std::string &name)
    {
        const auto read = readKeyringPassword(name);
        if (read.ok())
            return std::nullopt;
        return read.error().code;
    }

    static void verifyNoPassword(const Run &run)
    {
        QVERIFY(!password().isEmpty());
        QVERIFY(!run.out.contains(password()));
        QVERIFY(!run.err.contains(password()));
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/integration/keyring/run_keyring_test.sh");
        QVERIFY(m_emptyRuntimeDir.isValid());
    }

    // Each function starts without a stored password for the harness account, so one failure
    // does not cascade into the next.
    void init() { (void)deleteKeyringPassword(account()); }

    void cleanupTestCase() { (void)deleteKeyringPassword(account()); }

    void storeThenReadReturnsThePassword()
    {
        const std::string name = "postgresql://" + test::uniqueName("keyring") + "@127.0.0.1/db";
        QVERIFY2(storeKeyringPassword(name, Secret("first pässword")).ok(), "store failed");
        auto read = readKeyringPassword(name);
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().toString().c_str());
        QCOMPARE(read->reveal(), std::string("first pässword"));

        QVERIFY(storeKeyringPassword(name, Secret("second")).ok());
        read = readKeyringPassword(name);
        QVERIFY(read.ok());
        QCOMPARE(read->reveal(), std::string("second"));

        const auto removed = deleteKeyringPassword(name);
        QVERIFY(removed.ok());
        read = readKeyringPassword(name);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::SecretNotFound);
        const auto removedAgain = deleteKeyringPassword(name);
        QVERIFY(!removedAgain.ok());
        QCOMPARE(removedAgain.error().code, ErrorCode::SecretNotFound);
    }

    void accountsAreKeptApart()
    {
        const std::string first = "postgresql://" + test::uniqueName("a") + "@127.0.0.1/db";
        const std::string second = "postgresql://" + test::uniqueName("b") + "@127.0.0.1/db";
        QVERIFY(storeKeyringPassword(first, Secret("one")).ok());
        QVERIFY(storeKeyringPassword(second, Secret("two")).ok());
        const auto readFirst = readKeyringPassword(first);
        const auto readSecond = readKeyringPassword(second);
        QVERIFY(readFirst.ok() && readSecond.ok());
        QCOMPARE(readFirst->reveal(), std::string("one"));
        QCOMPARE(readSecond->reveal(), std::string("two"));
        QVERIFY(deleteKeyringPassword(first).ok());
        QVERIFY(deleteKeyringPassword(second).ok());
    }

    void readOfUnknownAccountIsSecretNotFound()
    {
        const auto read = readKeyringPassword("postgresql://nobody@127.0.0.1/none");
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::SecretNotFound);
        QCOMPARE(read.error().message,
                 std::string("The system keyring holds no password for "
                             "postgresql://nobody@127.0.0.1/none."));
    }

    void emptyPasswordIsRefused()
    {
        const auto stored = storeKeyringPassword("postgresql://x@127.0.0.1/db", Secret());
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().code, ErrorCode::Usage);
    }

    void cliStoreThenTestConnectionUsesTheKeyring()
    {
        // Without any password source the server refuses: proves the next success is the keyring.
        Run run = ferry({QStringLiteral("test-connection"), uri(), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 3);

        run = ferry({QStringLiteral("keyring"), QStringLiteral("store"), uri()}, password());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out,
                 QByteArray("Stored the password for " + QByteArray::fromStdString(account())
                            + " in the system keyring.\n"));
        verifyNoPassword(run);
        const auto stored = readKeyringPassword(account());
        QVERIFY(stored.ok());
        QCOMPARE(QByteArray::fromStdString(stored->reveal()), password());

        run = ferry({QStringLiteral("test-connection"), uri(), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("product")).toString(), QStringLiteral("PostgreSQL"));
        verifyNoPassword(run);

        run = ferry({QStringLiteral("test-connection"), uri(), QStringLiteral("--password-from"),
                     QStringLiteral("keyring")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.startsWith("Connected to PostgreSQL 15."));
        verifyNoPassword(run);

        run = ferry({QStringLiteral("catalog"), uri(), QStringLiteral("--json"),
                     QStringLiteral("--schema"), QStringLiteral("pg_catalog_none")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        verifyNoPassword(run);

        // --password-from env ignores the keyring.
        run = ferry({QStringLiteral("test-connection"), uri(), QStringLiteral("--json"),
                     QStringLiteral("--password-from"), QStringLiteral("env")});
        QCOMPARE(run.exitCode, 3);
        result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("cause")).toString(),
                 QStringLiteral("authentication-failed"));

        run = ferry({QStringLiteral("keyring"), QStringLiteral("forget"), uri()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out,
                 QByteArray("Removed the password for " + QByteArray::fromStdString(account())
                            + " from the system keyring.\n"));
        QCOMPARE(readError(account()), std::optional(ErrorCode::SecretNotFound));

        run = ferry({QStringLiteral("test-connection"), uri(), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 3);
    }

    void cliKeyringStoreRefusesPasswordInUriAndEmptyInput()
    {
        QString withPassword = uri();
        withPassword.replace(QStringLiteral("@"), QStringLiteral(":inline-secret@"));
        Run run = ferry({QStringLiteral("keyring"), QStringLiteral("store"), withPassword});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.contains("inline-secret"));
        QCOMPARE(readError(account()), std::optional(ErrorCode::SecretNotFound));

        run = ferry({QStringLiteral("keyring"), QStringLiteral("store"), uri()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("no password to store"));
    }

    void withoutKeyringServiceCliFallsBackToAuthDiagnosis()
    {
        // Stored in the private keyring, but invisible to a process without a session bus.
        QVERIFY(storeKeyringPassword(account(), Secret(password().toStdString())).ok());

        Run run = ferry({QStringLiteral("test-connection"), uri(), QStringLiteral("--json"),
                         QStringLiteral("--password-from"), QStringLiteral("keyring")},
                        {}, Bus::None);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("ferry: warning: Could not use the system keyring for "
                                  + QByteArray::fromStdString(account())
                                  + ": no keyring service is running."),
                 run.err.constData());
        QVERIFY(run.err.contains("FERRY_SOURCE_PASSWORD"));
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("cause")).toString(),
                 QStringLiteral("authentication-failed"));
        verifyNoPassword(run);

        // The default chain skips the missing keyring silently.
        run = ferry({QStringLiteral("test-connection"), uri(), QStringLiteral("--json")}, {},
                    Bus::None);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(!run.err.contains("no keyring service"), run.err.constData());
        QCOMPARE(
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("cause")).toString(),
            QStringLiteral("authentication-failed"));

        // The environment still works without a keyring.
        run = ferry({QStringLiteral("test-connection"), uri(), QStringLiteral("--json")},
                    password(), Bus::None);
        QVERIFY2(run.exitCode == 0, run.err.constData());

        run = ferry({QStringLiteral("keyring"), QStringLiteral("store"), uri()}, password(),
                    Bus::None);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.startsWith("ferry: Could not use the system keyring for "
                                    + QByteArray::fromStdString(account())
                                    + ": no keyring service is running."),
                 run.err.constData());
        verifyNoPassword(run);

        QVERIFY(deleteKeyringPassword(account()).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeyring)
#include "tst_keyring.moc"
