// SPDX-License-Identifier: MIT
// The wizards with a working system keyring: run_keyring_test.sh starts this test inside a
// private D-Bus session with a headless GNOME Keyring. A PostgreSQL endpoint created with
// "Remember in the system keyring" stores its password there under the endpoint's URI (the
// account the CLI reads), and the endpoint says "keyring"; the new-project wizard writes
// `password: {from: keyring}` and never the password itself. Editing such an endpoint from the
// project tree without retyping the password tests with the stored one and moves it when the
// connection (the keyring account) changes.
#include "engine/core/keyring.h"
#include "engine/project/project_file.h"
#include "models/engine_client.h"
#include "models/project/project_document.h"
#include "models/project/project_tree_model.h"
#include "tests/support/test_support.h"
#include "tests/ui/main_window_test_support.h"
#include "tests/ui/wizards/wizard_test_support.h"
#include "ui/dialogs.h"
#include "ui/main_window.h"
#include "ui/wizards/endpoint/connection_test_page.h"
#include "ui/wizards/endpoint/endpoint_page_set.h"
#include "ui/wizards/endpoint_wizard.h"
#include "ui/wizards/project_wizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace ferry;
using ferry::test::child;
using ferry::test::press;
using ferry::test::screenshot;
using ferry::test::typeInto;

namespace {

constexpr int TimeoutMs = 60'000;

/// The account the CLI reads for the harness PostgreSQL endpoint: its URI without password,
/// written out by hand.
std::string postgresAccount()
{
    return "postgresql://" + test::env("FERRY_TEST_PG_USER") + "@" + test::env("FERRY_TEST_PG_HOST")
        + ":" + test::env("FERRY_TEST_PG_PORT") + "/" + test::env("FERRY_TEST_PG_DATABASE");
}

} // namespace

class TestWizardKeyring : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineClient> m_client;

    /// Fills the PostgreSQL page (engine page first) with the harness details and password.
    static bool fillPostgres(QWizard *wizard, EndpointPageSet *pages, const std::string &password)
    {
        auto *radio = child<QRadioButton>(wizard->page(pages->ids().engine), "postgresqlRadio");
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
        if (!press(wizard, QWizard::NextButton))
            return false;
        QWizardPage *server = wizard->page(pages->ids().server);
        if (wizard->currentPage() != server)
            return false;
        typeInto(child<QLineEdit>(server, "hostEdit"), test::env("FERRY_TEST_PG_HOST"));
        typeInto(child<QLineEdit>(server, "portEdit"), test::env("FERRY_TEST_PG_PORT"));
        typeInto(child<QLineEdit>(server, "databaseEdit"), test::env("FERRY_TEST_PG_DATABASE"));
        typeInto(child<QLineEdit>(server, "userEdit"), test::env("FERRY_TEST_PG_USER"));
        typeInto(child<QLineEdit>(server, "passwordEdit"), password);
        // The keyring answers: the box stays ticked and enabled, no banner.
        if (!QTest::qWaitFor(
                [pages] { return pages->keyring() != EndpointPageSet::Keyring::Unknown; },
                TimeoutMs))
            return false;
        return pages->keyring() == EndpointPageSet::Keyring::Available
            && child<QCheckBox>(server, "rememberPasswordCheck")->isChecked()
            && child<QCheckBox>(server, "rememberPasswordCheck")->isEnabled()
            && child<QWidget>(server, "keyringBanner")->isHidden();
    }

    static bool runTest(QWizard *wizard, EndpointPageSet *pages)
    {
        auto *test = static_cast<ConnectionTestPage *>(wizard->page(pages->ids().test));
        if (wizard->currentPage() != test)
            return false;
        QTest::mouseClick(child<QPushButton>(test, "testConnectionButton"), Qt::LeftButton);
        return QTest::qWaitFor([test] { return !test->isTesting(); }, TimeoutMs)
            && test->lastDiagnosis().has_value();
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through run_keyring_test.sh (a private session bus with a keyring)");
        qunsetenv("PGPASSWORD");
        m_client = std::make_unique<EngineClient>();
        auto removed = deleteKeyringPassword(postgresAccount()); // from an earlier run, if any
        Q_UNUSED(removed);
    }

    void init() { Dialogs::clearAnswers(); }

    void cleanupTestCase() { m_client.reset(); }

    void rememberedPasswordGoesToTheKeyring()
    {
        EndpointWizard wizard(m_client.get(), EndpointRole::Source);
        wizard.resize(860, 660);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        EndpointPageSet *pages = wizard.pageSet();
        const std::string password = test::env("FERRY_TEST_PG_PASSWORD");

        // A wrong password first: the diagnosis in plain words.
        QVERIFY(fillPostgres(&wizard, pages, "not-the-password"));
        QVERIFY(press(&wizard, QWizard::NextButton));
        QCOMPARE(child<QLabel>(wizard.currentPage(), "passwordSummary")->text(),
                 QStringLiteral("Stored in the system keyring when you continue; never in the "
                                "project file."));
        QVERIFY(runTest(&wizard, pages));
        QCOMPARE(child<QLabel>(wizard.currentPage(), "resultHeadline")->text(),
                 QStringLiteral("Login rejected: wrong user name or password"));
        QVERIFY(screenshot(&wizard, QStringLiteral("wizard-endpoint-test-failed.png")));

        // The right one.
        QVERIFY(press(&wizard, QWizard::BackButton));
        QWizardPage *server = wizard.page(pages->ids().server);
        typeInto(child<QLineEdit>(server, "passwordEdit"), password);
        QVERIFY(screenshot(&wizard, QStringLiteral("wizard-endpoint-postgresql.png")));
        QVERIFY(press(&wizard, QWizard::NextButton));
        QVERIFY(runTest(&wizard, pages));
        QCOMPARE(child<QLabel>(wizard.currentPage(), "resultHeadline")->text(),
                 QStringLiteral("Connection succeeded"));
        QVERIFY(screenshot(&wizard, QStringLiteral("wizard-endpoint-test-ok.png")));

        // Finish stores the password (on a worker), then closes the wizard.
        QVERIFY(press(&wizard, QWizard::FinishButton));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.result(), int(QDialog::Accepted), TimeoutMs);
        const project::Endpoint endpoint = wizard.endpoint();
        QCOMPARE(endpoint.passwordSource, PasswordSource::Keyring);
        QCOMPARE(endpoint.connectionSpec({})->toUri(), postgresAccount());
        const Result<Secret> stored = readKeyringPassword(postgresAccount());
        QVERIFY2(stored, stored ? "" : stored.error().toString().c_str());
        QCOMPARE(stored->reveal(), password);
    }

    void projectFileSaysKeyringAndHoldsNoPassword()
    {
        QVERIFY(deleteKeyringPassword(postgresAccount()));
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        ProjectWizard wizard(m_client.get());
        wizard.resize(960, 680);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.setDefaultFolder(folder.path());
        typeInto(child<QLineEdit>(wizard.currentPage(), "projectNameEdit"),
                 QStringLiteral("Keyring check"));
        QVERIFY(press(&wizard, QWizard::NextButton));

        // Source: PostgreSQL with the remembered password; leaving the test page stores it.
        EndpointPageSet *source = wizard.endpointPages(EndpointRole::Source);
        const std::string password = test::env("FERRY_TEST_PG_PASSWORD");
        QVERIFY(fillPostgres(&wizard, source, password));
        QVERIFY(press(&wizard, QWizard::NextButton));
        QVERIFY(runTest(&wizard, source));
        QVERIFY(press(&wizard, QWizard::NextButton));
        EndpointPageSet *target = wizard.endpointPages(EndpointRole::Target);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentPage(), wizard.page(target->ids().engine),
                                  TimeoutMs);
        const Result<Secret> stored = readKeyringPassword(postgresAccount());
        QVERIFY2(stored, stored ? "" : stored.error().toString().c_str());
        QCOMPARE(stored->reveal(), password);

        // Target: a new SQLite file.
        auto *sqlite = child<QRadioButton>(wizard.currentPage(), "sqliteRadio");
        QTest::mouseClick(sqlite, Qt::LeftButton, {}, QPoint(8, sqlite->height() / 2));
        QVERIFY(press(&wizard, QWizard::NextButton));
        const QString targetFile = folder.filePath(QStringLiteral("copy.db"));
        typeInto(child<QLineEdit>(wizard.currentPage(), "pathEdit"), targetFile);
        QVERIFY(press(&wizard, QWizard::NextButton));
        QVERIFY(runTest(&wizard, target));
        QVERIFY(press(&wizard, QWizard::NextButton)); // migration type
        QVERIFY(press(&wizard, QWizard::NextButton)); // mapping: the default one
        QVERIFY(press(&wizard, QWizard::NextButton)); // summary
        QVERIFY(press(&wizard, QWizard::FinishButton));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.result(), int(QDialog::Accepted), TimeoutMs);

        const QString path = folder.filePath(QStringLiteral("keyring-check.ferry.yaml"));
        QCOMPARE(wizard.projectFilePath(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("from: keyring"));
        QVERIFY(!text.contains(QByteArray::fromStdString(password)));
        auto loaded = project::loadProjectFile(path.toStdString());
        QVERIFY2(loaded, loaded ? "" : loaded.error().toString().c_str());
        const project::Endpoint *written = loaded->findEndpoint("source");
        QVERIFY(written);
        QCOMPARE(written->passwordSource, PasswordSource::Keyring);
        QCOMPARE(written->connectionSpec({})->toUri(), postgresAccount());
        const project::Endpoint *copy = loaded->findEndpoint("target");
        QVERIFY(copy);
        QCOMPARE(copy->path, targetFile.toStdString());
        QCOMPARE(copy->passwordSource, PasswordSource::None);
    }

    /// Project tree > Edit on an endpoint whose password the keyring keeps, the password not
    /// retyped: the connection test logs in with the stored password; a new TLS mode changes
    /// the connection, so Finish stores the password under the new account; the endpoint
    /// still says keyring and the saved file holds no password.
    void editedEndpointKeepsItsKeyringPassword()
    {
        const std::string password = test::env("FERRY_TEST_PG_PASSWORD");
        QVERIFY(storeKeyringPassword(postgresAccount(), Secret(password)));
        const std::string moved = postgresAccount() + "?sslmode=require";
        (void)deleteKeyringPassword(moved);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("edit.ferry.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(("ferry: 1\nname: edit\nendpoints:\n  source:\n    engine: postgresql\n"
                    "    host: "
                    + test::env("FERRY_TEST_PG_HOST")
                    + "\n    port: " + test::env("FERRY_TEST_PG_PORT")
                    + "\n    database: " + test::env("FERRY_TEST_PG_DATABASE")
                    + "\n    user: " + test::env("FERRY_TEST_PG_USER")
                    + "\n    password: {from: keyring}\n"
                      "  copy: {engine: sqlite, path: copy.db}\n"
                      "tasks:\n  load: {source: source, target: copy, migration-type: full-load}\n")
                       .c_str());
        file.close();

        MainWindow window;
        QVERIFY(test::showWithProject(window, path));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));
        const QModelIndex endpoints = tree->model()->index(0, 0);
        QCOMPARE(endpoints.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>(),
                 ProjectTreeModel::NodeKind::EndpointsGroup);
        emit tree->doubleClicked(tree->model()->index(0, 0, endpoints)); // "source"
        EndpointWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<EndpointWizard *>()) && wizard->isVisible());
        EndpointPageSet *pages = wizard->pageSet();
        QVERIFY(press(wizard, QWizard::NextButton));
        QWizardPage *server = wizard->currentPage();
        QVERIFY(child<QLineEdit>(server, "passwordEdit")->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(pages->keyring() != EndpointPageSet::Keyring::Unknown, TimeoutMs);
        QVERIFY(child<QCheckBox>(server, "rememberPasswordCheck")->isChecked());
        auto *modes = child<QComboBox>(server, "tlsModeCombo");
        modes->setCurrentIndex(modes->findData(QStringLiteral("require")));
        QVERIFY(press(wizard, QWizard::NextButton));
        QTRY_VERIFY_WITH_TIMEOUT(!pages->connectionSpec()->password.isEmpty(), TimeoutMs);
        QVERIFY(runTest(wizard, pages));
        QCOMPARE(child<QLabel>(wizard->currentPage(), "resultHeadline")->text(),
                 QStringLiteral("Connection succeeded"));
        QCOMPARE(child<QLabel>(wizard->currentPage(), "passwordSummary")->text(),
                 QStringLiteral("Stored in the system keyring when you continue; never in the "
                                "project file."));
        QVERIFY(press(wizard, QWizard::FinishButton));
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<EndpointWizard *>(), TimeoutMs);

        const Result<Secret> stored = readKeyringPassword(moved);
        QVERIFY2(stored, stored ? "" : stored.error().toString().c_str());
        QCOMPARE(stored->reveal(), password);
        const project::Endpoint *edited = window.document()->project().findEndpoint("source");
        QVERIFY(edited);
        QCOMPARE(edited->passwordSource, PasswordSource::Keyring);
        QCOMPARE(edited->connectionSpec({})->toUri(), moved);
        QVERIFY(window.document()->save());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("from: keyring"));
        QVERIFY(!text.contains(QByteArray::fromStdString(password)));
    }
};

QTEST_MAIN(TestWizardKeyring)
#include "tst_wizard_keyring.moc"
