// SPDX-License-Identifier: MIT
// Issue #13, "Passwords and diagnoses", driven through the real main window against the
// harness's MariaDB (source, password asked at Run) and PostgreSQL (target): a wrong password
// typed at Run is refused by the server, shown whole in the window's error banner (workbench
// advice, no ".:"), forgotten and asked again; the right one then runs the task. The same for
// a catalog read.
#include "engine/core/error.h"
#include "models/project/project_document.h"
#include "models/project/project_tree_model.h"
#include "models/project/workbench_error.h"
#include "ui/dialogs.h"
#include "ui/error_banner.h"
#include "ui/main_window.h"

#include "tests/support/plain_sql.h"
#include "tests/support/test_support.h"

#include <QAction>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

namespace {

QString q(const std::string &text) { return QString::fromStdString(text); }

} // namespace

class TestPasswords : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_bothAskedProject;
    std::string m_table;
    std::string m_targetSchema;

    static QString bannerText(MainWindow &window)
    {
        auto *banner = window.findChild<ErrorBanner *>(QStringLiteral("errorBanner"));
        return banner && banner->isVisible() ? banner->text() : QString();
    }

    void writeProject()
    {
        const ConnectionSpec my = test::mysqlSpec();
        const ConnectionSpec pg = test::postgresSpec();
        const std::string yaml = "ferry: 1\nname: passwords\nendpoints:\n"
                                 "  source:\n    engine: mysql\n    host: "
            + my.host + "\n    port: " + std::to_string(my.port) + "\n    database: " + my.database
            + "\n    user: " + my.user + "\n    password: {from: prompt}\n"
            + "  target:\n    engine: postgresql\n    host: " + pg.host
            + "\n    port: " + std::to_string(pg.port) + "\n    database: " + pg.database
            + "\n    user: " + pg.user + "\n    password: {from: env:FERRY_TEST_PG_PASSWORD}\n"
            + "tasks:\n  load:\n    source: source\n    target: target\n"
              "    migration-type: full-load\n    mapping:\n      rules:\n"
              "        - {rule-type: selection, rule-id: 1, rule-name: \"1\", "
              "object-locator: {schema-name: "
            + my.database + ", table-name: " + m_table
            + "}, rule-action: include}\n"
              "    settings:\n      TargetMetadata:\n        TargetSchema: "
            + m_targetSchema + "\n      ControlTablesSettings:\n        ControlSchema: "
            + m_targetSchema + "_control\n";
        m_project = m_dir.filePath(QStringLiteral("passwords.ferry.yaml"));
        QFile file(m_project);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(yaml.c_str());
        // The same project with both passwords asked at Run.
        const std::string fromEnv = "{from: env:FERRY_TEST_PG_PASSWORD}";
        std::string bothAsked = yaml;
        bothAsked.replace(bothAsked.find(fromEnv), fromEnv.size(), "{from: prompt}");
        m_bothAskedProject = m_dir.filePath(QStringLiteral("both-asked.ferry.yaml"));
        QFile both(m_bothAskedProject);
        QVERIFY(both.open(QIODevice::WriteOnly));
        both.write(bothAsked.c_str());
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QCoreApplication::setOrganizationName(QStringLiteral("FerryTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_passwords"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keyring: the source is asked for
        m_table = test::uniqueName("pw_rows");
        m_targetSchema = test::uniqueName("pw_target");
        test::PlainSql my(test::mysqlSpec());
        QVERIFY2(my.isOpen(), my.lastError().c_str());
        QVERIFY(my.execute("CREATE TABLE `" + m_table
                           + "` (id INT PRIMARY KEY, name "
                             "VARCHAR(20))"));
        QVERIFY(my.execute("INSERT INTO `" + m_table + "` VALUES (1, 'one'), (2, 'two')"));
        writeProject();
    }

    void init() { Dialogs::clearAnswers(); }

    void cleanup()
    {
        QCOMPARE(Dialogs::pendingAnswers(), 0);
        Dialogs::clearAnswers();
    }

    void cleanupTestCase()
    {
        test::PlainSql my(test::mysqlSpec());
        if (my.isOpen())
            (void)my.execute("DROP TABLE IF EXISTS `" + m_table + "`");
        test::PlainSql pg(test::postgresSpec());
        if (pg.isOpen()) {
            (void)pg.execute("DROP SCHEMA IF EXISTS " + m_targetSchema + " CASCADE");
            (void)pg.execute("DROP SCHEMA IF EXISTS " + m_targetSchema + "_control CASCADE");
        }
    }

    /// The engine's login hint speaks to the CLI; the workbench's text does not, and joins
    /// message and detail without ".:".
    void errorTextGivesWorkbenchAdvice()
    {
        Error error;
        error.code = ErrorCode::AuthenticationFailed;
        error.message = "The server refused the login.";
        error.detail = "Access denied for user 'x'";
        error.hint = "Check the user name and the password (FERRY_SOURCE_PASSWORD or "
                     "FERRY_TARGET_PASSWORD, the keyring, or ~/.my.cnf).";
        const QString text = workbenchErrorText(error);
        QVERIFY2(!text.contains(QStringLiteral(".:")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("FERRY_")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("my.cnf")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Access denied")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("password again")), qPrintable(text));
        error.code = ErrorCode::ConnectionRefused;
        error.hint = "Start the server, or set FERRY_SOURCE_PASSWORD.";
        QVERIFY(workbenchErrorText(error).contains(QStringLiteral("edit the endpoint")));
        error.hint = "Start the server.";
        QVERIFY(workbenchErrorText(error).endsWith(QStringLiteral("Start the server.")));
    }

    /// The banner keeps the refused login's error (whole, no ".:", no CLI advice) while the
    /// password is asked again in a real window-modal prompt that does not block; Cancel there
    /// leaves the task not started and the refused password forgotten.
    void refusedLoginShowsInTheBanner()
    {
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(window.openProject(m_project));
        QSignalSpy ended(&window, &MainWindow::taskEnded);
        Dialogs::queueAnswer(QStringLiteral("not-the-password"));
        window.findChild<QAction *>(QStringLiteral("runTaskAction"))->trigger();
        QInputDialog *again = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (again = window.findChild<QInputDialog *>(QStringLiteral("textInputDialog")))
                && again->isVisible(),
            60'000);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.at(0).at(0).toBool(), false);
        QVERIFY(again->labelText().contains(QStringLiteral("source")));
        QCOMPARE(again->textEchoMode(), QLineEdit::Password);
        const QString text = bannerText(window);
        QVERIFY2(!text.isEmpty(), "no error banner");
        QVERIFY2(!text.contains(QStringLiteral(".:")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("FERRY_")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("my.cnf")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("password again")), qPrintable(text));
        // The refused password is not kept while the prompt is open.
        QCOMPARE(window.document()->password("source"), nullptr);
        if (const QString keep = qEnvironmentVariable("FERRY_SCREENSHOT_DIR"); !keep.isEmpty()) {
            QTest::qWait(300);
            QScreen *screen = window.screen();
            QVERIFY(screen->grabWindow(0).save(keep + QStringLiteral("/wrong-password.png")));
        }
        again->reject();
        QTRY_VERIFY(!window.findChild<QInputDialog *>(QStringLiteral("textInputDialog")));
        QCOMPARE(window.document()->password("source"), nullptr);
        QCOMPARE(ended.size(), 1);
    }

    /// Run: a wrong password is refused, shown in the banner, forgotten and asked again; the
    /// right one runs the task.
    void wrongPasswordAtRunIsAskedAgain()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_project));
        QSignalSpy ended(&window, &MainWindow::taskEnded);
        Dialogs::queueAnswer(QStringLiteral("not-the-password")); // first prompt
        Dialogs::queueAnswer(q(test::mysqlSpec().password.reveal())); // asked again
        window.findChild<QAction *>(QStringLiteral("runTaskAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 120'000);
        // The first run failed on the login; the error is shown whole, with workbench advice.
        QCOMPARE(ended.at(0).at(0).toBool(), false);
        QCOMPARE(Dialogs::answeredTitles(),
                 QStringList({QStringLiteral("Password"), QStringLiteral("Password")}));
        QVERIFY2(ended.at(1).at(0).toBool(), qPrintable(ended.at(1).at(1).toString()));
        QCOMPARE(window.document()->password("source")->reveal(),
                 test::mysqlSpec().password.reveal());
    }

    /// Both passwords typed at Run, only the source's wrong: the run fails when it opens the
    /// source, the engine says so, and only the source's password is forgotten and asked
    /// again (not the target's, typed at the same time and never used before).
    void onlyTheRefusedEndpointIsAskedAgain()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_bothAskedProject));
        QSignalSpy ended(&window, &MainWindow::taskEnded);
        const QString sourcePassword = q(test::mysqlSpec().password.reveal());
        const QString targetPassword = q(test::postgresSpec().password.reveal());
        Dialogs::queueAnswer(QStringLiteral("not-the-password"));
        Dialogs::queueAnswer(targetPassword);
        Dialogs::queueAnswer(1); // ran before (wrongPasswordAtRunIsAskedAgain): Restart
        Dialogs::queueAnswer(sourcePassword); // asked again: the source only
        Dialogs::queueAnswer(1);
        window.findChild<QAction *>(QStringLiteral("runTaskAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 120'000);
        QCOMPARE(ended.at(0).at(0).toBool(), false);
        QVERIFY2(ended.at(1).at(0).toBool(), qPrintable(ended.at(1).at(1).toString()));
        const QString password = QStringLiteral("Password");
        const QString question = QStringLiteral("Resume or Restart");
        QCOMPARE(Dialogs::answeredTitles(),
                 QStringList({password, password, question, password, question}));
        QCOMPARE(q(window.document()->password("source")->reveal()), sourcePassword);
        QCOMPARE(q(window.document()->password("target")->reveal()), targetPassword);
    }

    /// The target's password comes from the environment and the server refuses it: the
    /// workbench asks for the target's password (only), and the typed one stands in for the
    /// environment's this session.
    void refusedEnvironmentPasswordIsAskedFor()
    {
        const QByteArray right = qgetenv("FERRY_TEST_PG_PASSWORD");
        const QString sourcePassword = q(test::mysqlSpec().password.reveal());
        const QString targetPassword = q(test::postgresSpec().password.reveal());
        qputenv("FERRY_TEST_PG_PASSWORD", "not-the-password");
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_project));
        QSignalSpy ended(&window, &MainWindow::taskEnded);
        Dialogs::queueAnswer(sourcePassword);
        Dialogs::queueAnswer(targetPassword); // the environment's was refused
        Dialogs::queueAnswer(1); // ran before: Restart
        window.findChild<QAction *>(QStringLiteral("runTaskAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 120'000);
        qputenv("FERRY_TEST_PG_PASSWORD", right);
        QCOMPARE(ended.at(0).at(0).toBool(), false);
        QVERIFY2(ended.at(1).at(0).toBool(), qPrintable(ended.at(1).at(1).toString()));
        const QString password = QStringLiteral("Password");
        QCOMPARE(Dialogs::answeredTitles(),
                 QStringList({password, password, QStringLiteral("Resume or Restart")}));
        QCOMPARE(q(window.document()->password("target")->reveal()), targetPassword);
    }

    /// Refresh of the source catalog: a refused login is shown and asked again.
    void wrongPasswordAtCatalogIsAskedAgain()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_project));
        window.document()->setPassword("source", Secret("not-the-password"));
        ProjectTreeModel *tree = window.projectModel();
        QSignalSpy finished(tree, &ProjectTreeModel::catalogFinished);
        Dialogs::queueAnswer(q(test::mysqlSpec().password.reveal()));
        tree->readCatalog(EndpointRole::Source);
        QTRY_VERIFY_WITH_TIMEOUT(tree->catalogState(EndpointRole::Source)
                                     == ProjectTreeModel::CatalogState::Read,
                                 60'000);
        QCOMPARE(Dialogs::answeredTitles(), QStringList({QStringLiteral("Password")}));
        QVERIFY2(bannerText(window).contains(QStringLiteral("password again")),
                 qPrintable(bannerText(window)));
    }
};

QTEST_MAIN(TestPasswords)
#include "tst_passwords.moc"
