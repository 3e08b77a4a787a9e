// SPDX-License-Identifier: MIT
// The endpoint wizard driven by its widgets against the harness's real servers: engine chooser,
// PostgreSQL and MariaDB pages (success with the server version, wrong password, refused port,
// TLS verified against the right and a wrong CA), the SQLite file picker through the Dialogs
// seam, the ODBC data source list from the driver manager, Cancel of a running test, the
// "save anyway" choice, and the fallback when no keyring service runs: this process has no
// session bus, so the password is asked each time, a banner says so, and nothing reaches disk.
#include "models/engine_client.h"
#include "tests/integration/postgres/loopback_listener.h"
#include "tests/support/test_support.h"
#include "tests/ui/wizards/wizard_test_support.h"
#include "ui/dialogs.h"
#include "ui/wizards/endpoint/connection_test_page.h"
#include "ui/wizards/endpoint_wizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace ferry;
using ferry::test::child;
using ferry::test::press;
using ferry::test::screenshot;
using ferry::test::typeInto;
using Page = EndpointWizard::Page;

namespace {

constexpr int TestTimeoutMs = 60'000;

QString q(const std::string &text) { return QString::fromStdString(text); }

/// What a server page is filled with.
struct ServerFields
{
    QString name;
    std::string host;
    std::string port;
    std::string database;
    std::string user;
    std::string password;
};

ServerFields harness(Dialect engine, const std::string &password = {})
{
    const std::string prefix = engine == Dialect::MySql ? "FERRY_TEST_MY_" : "FERRY_TEST_PG_";
    const auto value = [&prefix](const char *name) { return test::env((prefix + name).c_str()); };
    return {engine == Dialect::MySql ? QStringLiteral("mariadb") : QStringLiteral("postgres"),
            value("HOST"),
            value("PORT"),
            value("DATABASE"),
            value("USER"),
            password.empty() ? value("PASSWORD") : password};
}

/// A TCP port on 127.0.0.1 that nothing listens on (bound once, then released).
int closedPort()
{
    test::LoopbackListener listener;
    const int port = listener.port();
    listener.close();
    return port;
}

} // namespace

class TestEndpointWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_runtime;
    QTemporaryDir m_files;
    std::unique_ptr<EngineClient> m_client;

    std::unique_ptr<EndpointWizard> openWizard(EndpointRole role)
    {
        auto wizard = std::make_unique<EndpointWizard>(m_client.get(), role);
        wizard->resize(860, 660);
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard.get()))
            qWarning("the wizard was not exposed");
        return wizard;
    }

    static QWizardPage *page(QWizard *wizard, Page id) { return wizard->page(int(id)); }

    static ConnectionTestPage *testPage(QWizard *wizard)
    {
        return static_cast<ConnectionTestPage *>(page(wizard, Page::Test));
    }

    /// Picks the engine on the first page and goes to its details page.
    static bool chooseEngine(QWizard *wizard, const char *radioName)
    {
        auto *radio = child<QRadioButton>(page(wizard, Page::Engine), radioName);
        if (!radio)
            return false;
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
        return radio->isChecked() && press(wizard, QWizard::NextButton);
    }

    static bool fillServer(QWizard *wizard, const ServerFields &fields)
    {
        QWizardPage *server = page(wizard, Page::Server);
        if (wizard->currentPage() != server)
            return false;
        auto *name = child<QLineEdit>(server, "nameEdit");
        auto *host = child<QLineEdit>(server, "hostEdit");
        auto *port = child<QLineEdit>(server, "portEdit");
        auto *database = child<QLineEdit>(server, "databaseEdit");
        auto *user = child<QLineEdit>(server, "userEdit");
        auto *password = child<QLineEdit>(server, "passwordEdit");
        if (!name || !host || !port || !database || !user || !password)
            return false;
        typeInto(name, fields.name);
        typeInto(host, fields.host);
        typeInto(port, fields.port);
        typeInto(database, fields.database);
        typeInto(user, fields.user);
        typeInto(password, fields.password);
        // This process has no keyring: wait for the probe to say so, as a user would see it.
        auto *banner = child<QWidget>(server, "keyringBanner");
        return QTest::qWaitFor([banner] { return !banner->isHidden(); }, TestTimeoutMs);
    }

    static bool chooseTlsMode(QWizard *wizard, const char *mode)
    {
        auto *combo = child<QComboBox>(page(wizard, Page::Server), "tlsModeCombo");
        const int index = combo ? combo->findData(QString::fromLatin1(mode)) : -1;
        if (index < 0)
            return false;
        combo->setCurrentIndex(index);
        return true;
    }

    /// Picks the CA file through the Browse button, answered through the Dialogs seam.
    static bool chooseCaFile(QWizard *wizard, const std::string &path)
    {
        auto *browse = child<QPushButton>(page(wizard, Page::Server), "caFileBrowseButton");
        if (!browse)
            return false;
        Dialogs::queueAnswer(q(path));
        QTest::mouseClick(browse, Qt::LeftButton);
        return Dialogs::pendingAnswers() == 0
            && child<QLineEdit>(page(wizard, Page::Server), "caFileEdit")->text() == q(path);
    }

    /// Clicks Test connection on the test page and waits for the diagnosis.
    static bool runTest(QWizard *wizard)
    {
        ConnectionTestPage *test = testPage(wizard);
        if (wizard->currentPage() != test)
            return false;
        QTest::mouseClick(child<QPushButton>(test, "testConnectionButton"), Qt::LeftButton);
        return QTest::qWaitFor([test] { return !test->isTesting(); }, TestTimeoutMs)
            && test->lastDiagnosis().has_value();
    }

    static QString headline(QWizard *wizard)
    {
        return child<QLabel>(testPage(wizard), "resultHeadline")->text();
    }
    static QString message(QWizard *wizard)
    {
        return child<QLabel>(testPage(wizard), "resultMessage")->text();
    }

    /// Fills a server endpoint from the harness and runs its test.
    bool testServer(QWizard *wizard, Dialect engine, const ServerFields &fields,
                    const char *tlsMode = nullptr, const std::string &ca = {})
    {
        if (!chooseEngine(wizard, engine == Dialect::MySql ? "mysqlRadio" : "postgresqlRadio"))
            return false;
        if (!fillServer(wizard, fields))
            return false;
        if (tlsMode && !chooseTlsMode(wizard, tlsMode))
            return false;
        if (!ca.empty() && !chooseCaFile(wizard, ca))
            return false;
        return press(wizard, QWizard::NextButton) && runTest(wizard);
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QVERIFY(m_home.isValid() && m_runtime.isValid() && m_files.isValid());
        // No keyring service is reachable from this process: no session bus address, an empty
        // runtime directory and no display to autolaunch one. HOME is a fresh directory, so
        // the test can prove afterwards that no password was written anywhere under it, and
        // no ~/.pgpass or ~/.my.cnf can supply one.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qunsetenv("PGPASSWORD");
        qunsetenv("PGPASSFILE");
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".local"))));
        m_client = std::make_unique<EngineClient>();
    }

    void init() { Dialogs::clearAnswers(); }

    void cleanup() { QCOMPARE(Dialogs::pendingAnswers(), 0); }

    void cleanupTestCase() { m_client.reset(); }

    void engineChooserOffersFourEngines()
    {
        auto wizard = openWizard(EndpointRole::Source);
        QWizardPage *engine = page(wizard.get(), Page::Engine);
        QCOMPARE(wizard->currentPage(), engine);
        QCOMPARE(engine->title(), QStringLiteral("Source database"));
        QCOMPARE(child<QRadioButton>(engine, "postgresqlRadio")->text(),
                 QStringLiteral("&PostgreSQL"));
        QCOMPARE(child<QRadioButton>(engine, "mysqlRadio")->text(),
                 QStringLiteral("&MySQL or MariaDB"));
        QCOMPARE(child<QRadioButton>(engine, "sqliteRadio")->text(), QStringLiteral("S&QLite"));
        QCOMPARE(child<QRadioButton>(engine, "odbcRadio")->text(),
                 QStringLiteral("&ODBC data source"));
        QCOMPARE(child<QLabel>(engine, "sqliteDescription")->text(),
                 QStringLiteral("A SQLite database file on this computer."));
        QVERIFY(child<QRadioButton>(engine, "postgresqlRadio")->isChecked());
        QVERIFY(screenshot(wizard.get(), QStringLiteral("wizard-endpoint-engine.png")));

        // Each engine leads to its own page, with the engine's defaults.
        QVERIFY(chooseEngine(wizard.get(), "mysqlRadio"));
        QWizardPage *server = page(wizard.get(), Page::Server);
        QCOMPARE(wizard->currentPage(), server);
        QCOMPARE(server->title(), QStringLiteral("MySQL or MariaDB server"));
        QCOMPARE(child<QLineEdit>(server, "portEdit")->placeholderText(), QStringLiteral("3306"));
        auto *modes = child<QComboBox>(server, "tlsModeCombo");
        QStringList values;
        for (int i = 0; i < modes->count(); ++i)
            values << modes->itemData(i).toString();
        QCOMPARE(values,
                 QStringList({QStringLiteral("DISABLED"), QStringLiteral("PREFERRED"),
                              QStringLiteral("REQUIRED"), QStringLiteral("VERIFY_CA"),
                              QStringLiteral("VERIFY_IDENTITY")}));
        QCOMPARE(modes->currentData().toString(), QStringLiteral("PREFERRED"));
        QVERIFY(fillServer(wizard.get(), harness(Dialect::MySql)));
        QVERIFY(screenshot(wizard.get(), QStringLiteral("wizard-endpoint-mysql.png")));

        QVERIFY(press(wizard.get(), QWizard::BackButton));
        QVERIFY(chooseEngine(wizard.get(), "postgresqlRadio"));
        QCOMPARE(server->title(), QStringLiteral("PostgreSQL server"));
        QCOMPARE(child<QLineEdit>(server, "portEdit")->placeholderText(), QStringLiteral("5432"));
        values.clear();
        for (int i = 0; i < modes->count(); ++i)
            values << modes->itemData(i).toString();
        QCOMPARE(values,
                 QStringList({QStringLiteral("disable"), QStringLiteral("allow"),
                              QStringLiteral("prefer"), QStringLiteral("require"),
                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")}));
        QCOMPARE(modes->currentData().toString(), QStringLiteral("prefer"));

        QVERIFY(press(wizard.get(), QWizard::BackButton));
        QVERIFY(chooseEngine(wizard.get(), "sqliteRadio"));
        QCOMPARE(wizard->currentPage(), page(wizard.get(), Page::Sqlite));
        QVERIFY(press(wizard.get(), QWizard::BackButton));
        QVERIFY(chooseEngine(wizard.get(), "odbcRadio"));
        QCOMPARE(wizard->currentPage(), page(wizard.get(), Page::Odbc));
    }

    void postgresTestShowsServerVersionAndFinishes()
    {
        auto wizard = openWizard(EndpointRole::Source);
        QVERIFY(chooseEngine(wizard.get(), "postgresqlRadio"));
        const ServerFields fields = harness(Dialect::PostgreSql);
        QVERIFY(fillServer(wizard.get(), fields));
        QVERIFY(press(wizard.get(), QWizard::NextButton));

        // Not tested yet: Finish waits for a successful test or an explicit choice.
        QCOMPARE(headline(wizard.get()), QStringLiteral("Not tested yet"));
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(runTest(wizard.get()));
        QCOMPARE(headline(wizard.get()), QStringLiteral("Connection succeeded"));
        QVERIFY2(message(wizard.get()).startsWith(QStringLiteral("Connected to PostgreSQL 15.")),
                 qPrintable(message(wizard.get())));
        const QString server = child<QLabel>(testPage(wizard.get()), "resultServer")->text();
        QVERIFY2(server.startsWith(QStringLiteral("PostgreSQL 15.")), qPrintable(server));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());

        QVERIFY(press(wizard.get(), QWizard::FinishButton));
        QTRY_COMPARE(wizard->result(), int(QDialog::Accepted));
        project::Endpoint expected;
        expected.name = "postgres";
        expected.engine = Dialect::PostgreSql;
        expected.host = fields.host;
        expected.port = std::stoi(fields.port);
        expected.database = fields.database;
        expected.user = fields.user;
        expected.passwordSource = PasswordSource::Prompt; // no keyring in this process
        const project::Endpoint endpoint = wizard->endpoint();
        QCOMPARE(endpoint, expected);
        QCOMPARE(endpoint.options.size(), size_t(0));
        QCOMPARE(endpoint.password.reveal(), fields.password); // for this session only
    }

    void wrongPasswordShowsAuthenticationDiagnosis_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("postgresql")
            << int(Dialect::PostgreSql) << QStringLiteral("rejected the login of user ferry.");
        QTest::newRow("mariadb") << int(Dialect::MySql)
                                 << QStringLiteral("rejected the login of user 'ferry'.");
    }

    void wrongPasswordShowsAuthenticationDiagnosis()
    {
        QFETCH(int, engine);
        QFETCH(QString, expectedMessage);
        auto wizard = openWizard(EndpointRole::Source);
        QVERIFY(testServer(wizard.get(), Dialect(engine),
                           harness(Dialect(engine), "not-the-password")));
        QCOMPARE(headline(wizard.get()),
                 QStringLiteral("Login rejected: wrong user name or password"));
        QVERIFY2(message(wizard.get()).endsWith(expectedMessage),
                 qPrintable(message(wizard.get())));
        // The advice fits the wizard: back to the password just typed, not the CLI's sources.
        const QString hint = child<QLabel>(testPage(wizard.get()), "resultHint")->text();
        QVERIFY2(hint.startsWith(QLatin1String("Go Back and check the user name and the password")),
                 qPrintable(hint));
        QVERIFY2(!hint.contains(QLatin1String("FERRY_")), qPrintable(hint));
        QVERIFY(!message(wizard.get()).contains(QStringLiteral("not-the-password")));

        // The driver's own text is there, collapsed until asked for.
        auto *details = child<QToolButton>(testPage(wizard.get()), "detailsButton");
        auto *detail = child<QLabel>(testPage(wizard.get()), "detailText");
        QVERIFY(!details->isHidden());
        QVERIFY(detail->isHidden());
        QTest::mouseClick(details, Qt::LeftButton);
        QVERIFY(!detail->isHidden());
        QVERIFY(!detail->text().isEmpty());
        QVERIFY(!detail->text().contains(QStringLiteral("not-the-password")));

        // Finish only after the explicit choice to save anyway.
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        auto *saveAnyway = child<QCheckBox>(testPage(wizard.get()), "saveAnywayCheck");
        QTest::mouseClick(saveAnyway, Qt::LeftButton, {}, QPoint(8, saveAnyway->height() / 2));
        QVERIFY(saveAnyway->isChecked());
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(press(wizard.get(), QWizard::FinishButton));
        QTRY_COMPARE(wizard->result(), int(QDialog::Accepted));
        QCOMPARE(wizard->endpoint().passwordSource, PasswordSource::Prompt);
    }

    void mariadbTestShowsServerVersion()
    {
        auto wizard = openWizard(EndpointRole::Target);
        QVERIFY(testServer(wizard.get(), Dialect::MySql, harness(Dialect::MySql)));
        QCOMPARE(headline(wizard.get()), QStringLiteral("Connection succeeded"));
        const QString server = child<QLabel>(testPage(wizard.get()), "resultServer")->text();
        QVERIFY2(server.startsWith(QStringLiteral("MariaDB 10.11.")), qPrintable(server));
        QVERIFY(press(wizard.get(), QWizard::FinishButton));
        QTRY_COMPARE(wizard->result(), int(QDialog::Accepted));
        QCOMPARE(wizard->endpoint().engine, Dialect::MySql);
        QCOMPARE(wizard->endpoint().name, std::string("mariadb"));
    }

    void refusedPortShowsConnectionRefused_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("postgresql")
            << int(Dialect::PostgreSql) << QStringLiteral(": the connection was refused.");
        QTest::newRow("mariadb") << int(Dialect::MySql)
                                 << QStringLiteral("Nothing accepted the connection at 127.0.0.1:");
    }

    void refusedPortShowsConnectionRefused()
    {
        QFETCH(int, engine);
        QFETCH(QString, expectedMessage);
        const int port = closedPort();
        QVERIFY(port > 0);
        ServerFields fields = harness(Dialect(engine));
        fields.port = std::to_string(port);
        auto wizard = openWizard(EndpointRole::Source);
        QVERIFY(testServer(wizard.get(), Dialect(engine), fields));
        QCOMPARE(headline(wizard.get()), QStringLiteral("Connection refused"));
        QVERIFY2(message(wizard.get()).contains(expectedMessage),
                 qPrintable(message(wizard.get())));
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    }

    void tlsVerificationFollowsTheCa_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("rightCa");
        QTest::newRow("postgresql right CA")
            << int(Dialect::PostgreSql) << QStringLiteral("verify-full") << true;
        QTest::newRow("postgresql wrong CA")
            << int(Dialect::PostgreSql) << QStringLiteral("verify-full") << false;
        QTest::newRow("mariadb right CA")
            << int(Dialect::MySql) << QStringLiteral("VERIFY_IDENTITY") << true;
        QTest::newRow("mariadb wrong CA")
            << int(Dialect::MySql) << QStringLiteral("VERIFY_IDENTITY") << false;
    }

    void tlsVerificationFollowsTheCa()
    {
        QFETCH(int, engine);
        QFETCH(QString, mode);
        QFETCH(bool, rightCa);
        const std::string ca = test::env(rightCa ? "FERRY_TEST_TLS_CA" : "FERRY_TEST_TLS_WRONG_CA");
        QVERIFY(!ca.empty());
        auto wizard = openWizard(EndpointRole::Source);
        QVERIFY(testServer(wizard.get(), Dialect(engine), harness(Dialect(engine)),
                           qPrintable(mode), ca));
        if (!rightCa) {
            QCOMPARE(headline(wizard.get()), QStringLiteral("Secure connection (TLS) failed"));
            QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
            return;
        }
        QCOMPARE(headline(wizard.get()), QStringLiteral("Connection succeeded"));
        QVERIFY(press(wizard.get(), QWizard::FinishButton));
        QTRY_COMPARE(wizard->result(), int(QDialog::Accepted));
        const bool mysql = Dialect(engine) == Dialect::MySql;
        const std::map<std::string, std::string> expected
            = {{mysql ? "ssl-mode" : "sslmode", mode.toStdString()},
               {mysql ? "ssl-ca" : "sslrootcert", ca}};
        QCOMPARE(wizard->endpoint().options, expected);
    }

    void sqliteTargetFileIsPickedAndCreated()
    {
        const QString path = m_files.filePath(QStringLiteral("warehouse.db"));
        auto wizard = openWizard(EndpointRole::Target);
        QVERIFY(chooseEngine(wizard.get(), "sqliteRadio"));
        QWizardPage *sqlite = page(wizard.get(), Page::Sqlite);
        auto *create = child<QCheckBox>(sqlite, "createFileCheck");
        QVERIFY(!create->isHidden());
        QVERIFY(create->isChecked());
        Dialogs::queueAnswer(path);
        QTest::mouseClick(child<QPushButton>(sqlite, "browseButton"), Qt::LeftButton);
        QCOMPARE(Dialogs::answeredTitles(),
                 QStringList {QStringLiteral("Choose the target database file")});
        QCOMPARE(child<QLineEdit>(sqlite, "pathEdit")->text(), path);
        QCOMPARE(child<QLabel>(sqlite, "fileStatus")->text(),
                 QStringLiteral("The file does not exist yet: testing the connection creates an "
                                "empty database there."));
        QCOMPARE(child<QLineEdit>(sqlite, "nameEdit")->text(), QStringLiteral("target"));
        QVERIFY(screenshot(wizard.get(), QStringLiteral("wizard-endpoint-sqlite.png")));
        QVERIFY(press(wizard.get(), QWizard::NextButton));
        QVERIFY(runTest(wizard.get()));
        QCOMPARE(headline(wizard.get()), QStringLiteral("Connection succeeded"));
        QVERIFY(QFile::exists(path));
        QVERIFY(press(wizard.get(), QWizard::FinishButton));
        QTRY_COMPARE(wizard->result(), int(QDialog::Accepted));
        project::Endpoint expected;
        expected.name = "target";
        expected.engine = Dialect::Sqlite;
        expected.path = path.toStdString();
        QCOMPARE(wizard->endpoint(), expected);
        QVERIFY(QFile::exists(path)); // kept: the wizard finished
    }

    void sqliteFileMadeForATestGoesWithCancel()
    {
        const QString path = m_files.filePath(QStringLiteral("abandoned.db"));
        auto wizard = openWizard(EndpointRole::Target);
        QVERIFY(chooseEngine(wizard.get(), "sqliteRadio"));
        typeInto(child<QLineEdit>(page(wizard.get(), Page::Sqlite), "pathEdit"), path);
        QVERIFY(press(wizard.get(), QWizard::NextButton));
        QVERIFY(runTest(wizard.get()));
        QCOMPARE(headline(wizard.get()), QStringLiteral("Connection succeeded"));
        QVERIFY(QFile::exists(path));
        QVERIFY(press(wizard.get(), QWizard::CancelButton));
        QCOMPARE(wizard->result(), int(QDialog::Rejected));
        QVERIFY(!QFile::exists(path));
    }

    void sqliteSourceMustExist()
    {
        const QString path = m_files.filePath(QStringLiteral("missing.db"));
        auto wizard = openWizard(EndpointRole::Source);
        QVERIFY(chooseEngine(wizard.get(), "sqliteRadio"));
        QWizardPage *sqlite = page(wizard.get(), Page::Sqlite);
        QVERIFY(child<QCheckBox>(sqlite, "createFileCheck")->isHidden());
        Dialogs::queueAnswer(path);
        QTest::mouseClick(child<QPushButton>(sqlite, "browseButton"), Qt::LeftButton);
        QCOMPARE(Dialogs::answeredTitles(),
                 QStringList {QStringLiteral("Choose the source database file")});
        QCOMPARE(child<QLabel>(sqlite, "fileStatus")->text(),
                 QStringLiteral("There is no file at this path."));
        QVERIFY(press(wizard.get(), QWizard::NextButton));
        QVERIFY(runTest(wizard.get()));
        QCOMPARE(headline(wizard.get()), QStringLiteral("Database not found"));
        QCOMPARE(message(wizard.get()),
                 QStringLiteral("The SQLite database file %1 does not exist.").arg(path));
        QVERIFY(!QFile::exists(path));
    }

    void odbcListsTheDriverManagersDataSources()
    {
        auto wizard = openWizard(EndpointRole::Source);
        QVERIFY(chooseEngine(wizard.get(), "odbcRadio"));
        QWizardPage *odbc = page(wizard.get(), Page::Odbc);
        auto *list = child<QTreeWidget>(odbc, "dsnList");
        auto *status = child<QLabel>(odbc, "dsnStatus");
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 3, TestTimeoutMs);
        QVERIFY2(status->text().endsWith(QStringLiteral(" found.")), qPrintable(status->text()));
        QMap<QString, QString> drivers;
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            drivers.insert(list->topLevelItem(row)->text(0), list->topLevelItem(row)->text(1));
        const QMap<QString, QString> expectedDrivers {
            {QStringLiteral("ferry_pg"), QStringLiteral("PostgreSQL Unicode")},
            {QStringLiteral("ferry_mariadb"), QStringLiteral("MariaDB Unicode")},
            {QStringLiteral("ferry_sqlite"), QStringLiteral("SQLite3")},
        };
        QCOMPARE(drivers, expectedDrivers);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no data source picked

        // The PostgreSQL data source with the harness user's password.
        const QList<QTreeWidgetItem *> pg
            = list->findItems(QStringLiteral("ferry_pg"), Qt::MatchExactly);
        QCOMPARE(pg.size(), 1);
        list->setCurrentItem(pg.first());
        typeInto(child<QLineEdit>(odbc, "nameEdit"), QStringLiteral("reporting"));
        typeInto(child<QLineEdit>(odbc, "userEdit"), test::env("FERRY_TEST_PG_USER"));
        typeInto(child<QLineEdit>(odbc, "passwordEdit"), test::env("FERRY_TEST_PG_PASSWORD"));
        QVERIFY(screenshot(wizard.get(), QStringLiteral("wizard-endpoint-odbc.png")));
        QVERIFY(press(wizard.get(), QWizard::NextButton));
        QVERIFY(runTest(wizard.get()));
        QCOMPARE(headline(wizard.get()), QStringLiteral("Connection succeeded"));
        QVERIFY(press(wizard.get(), QWizard::FinishButton));
        QTRY_COMPARE(wizard->result(), int(QDialog::Accepted));
        project::Endpoint expected;
        expected.name = "reporting";
        expected.engine = Dialect::Odbc;
        expected.dsn = "ferry_pg";
        expected.user = test::env("FERRY_TEST_PG_USER");
        expected.passwordSource = PasswordSource::Prompt;
        QCOMPARE(wizard->endpoint(), expected);
    }

    void odbcSqliteDataSourceNeedsNoPassword()
    {
        auto wizard = openWizard(EndpointRole::Source);
        QVERIFY(chooseEngine(wizard.get(), "odbcRadio"));
        QWizardPage *odbc = page(wizard.get(), Page::Odbc);
        auto *list = child<QTreeWidget>(odbc, "dsnList");
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 3, TestTimeoutMs);
        list->setCurrentItem(
            list->findItems(QStringLiteral("ferry_sqlite"), Qt::MatchExactly).value(0));
        QVERIFY(press(wizard.get(), QWizard::NextButton));
        QVERIFY(runTest(wizard.get()));
        QCOMPARE(headline(wizard.get()), QStringLiteral("Connection succeeded"));
        QVERIFY(press(wizard.get(), QWizard::FinishButton));
        QTRY_COMPARE(wizard->result(), int(QDialog::Accepted));
        project::Endpoint expected;
        expected.name = "source";
        expected.engine = Dialect::Odbc;
        expected.dsn = "ferry_sqlite";
        expected.passwordSource = PasswordSource::None;
        QCOMPARE(wizard->endpoint(), expected);
    }

    void odbcShowsDescriptionsAndScopes()
    {
        // A user odbc.ini of its own next to the harness's system one: the user DSN comes
        // first with its Description; the harness DSNs become system DSNs.
        const QString userIni = m_files.filePath(QStringLiteral("user-odbc.ini"));
        QFile ini(userIni);
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[sales_archive]\nDriver = SQLite3\nDescription = Sales archive 2019-2023\n"
                  "Database = /nonexistent/archive.db\n");
        ini.close();
        const QByteArray harnessIni = qgetenv("ODBCINI");
        qputenv("ODBCINI", QFile::encodeName(userIni));
        auto restore = qScopeGuard([harnessIni] { qputenv("ODBCINI", harnessIni); });

        auto wizard = openWizard(EndpointRole::Source);
        QVERIFY(chooseEngine(wizard.get(), "odbcRadio"));
        auto *list = child<QTreeWidget>(page(wizard.get(), Page::Odbc), "dsnList");
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 4, TestTimeoutMs);
        QStringList rows;
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = list->topLevelItem(row);
            rows << QStringList {item->text(0), item->text(1), item->text(2), item->text(3)}.join(
                QLatin1Char('|'));
        }
        rows.sort(); // the driver manager's order within a scope is its own
        QCOMPARE(rows,
                 QStringList({
                     QStringLiteral("ferry_mariadb|MariaDB Unicode||System"),
                     QStringLiteral("ferry_pg|PostgreSQL Unicode||System"),
                     QStringLiteral("ferry_sqlite|SQLite3||System"),
                     QStringLiteral("sales_archive|SQLite3|Sales archive 2019-2023|User"),
                 }));
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("sales_archive"));
    }

    void cancelStopsARunningTest()
    {
        // A server that accepts connections and never answers: the test would wait for the
        // connect timeout; Cancel ends it at once.
        test::LoopbackListener silent;
        QVERIFY(silent.port() > 0);
        ServerFields fields = harness(Dialect::PostgreSql);
        fields.port = std::to_string(silent.port());
        auto wizard = openWizard(EndpointRole::Source);
        QVERIFY(chooseEngine(wizard.get(), "postgresqlRadio"));
        QVERIFY(fillServer(wizard.get(), fields));
        QVERIFY(press(wizard.get(), QWizard::NextButton));
        ConnectionTestPage *test = testPage(wizard.get());
        QTest::mouseClick(child<QPushButton>(test, "testConnectionButton"), Qt::LeftButton);
        QVERIFY(test->isTesting());
        auto *cancel = child<QPushButton>(test, "cancelTestButton");
        QVERIFY(!cancel->isHidden());
        QVERIFY(!child<QWidget>(test, "testProgress")->isHidden());
        QVERIFY(!child<QPushButton>(test, "testConnectionButton")->isEnabled());
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!test->isTesting());
        QCOMPARE(headline(wizard.get()), QStringLiteral("Test cancelled"));
        QVERIFY(cancel->isHidden());
        QVERIFY(child<QPushButton>(test, "testConnectionButton")->isEnabled());
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    }

    void editingAfterATestAsksForANewOne()
    {
        auto wizard = openWizard(EndpointRole::Source);
        QVERIFY(testServer(wizard.get(), Dialect::PostgreSql, harness(Dialect::PostgreSql)));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(press(wizard.get(), QWizard::BackButton));
        typeInto(child<QLineEdit>(page(wizard.get(), Page::Server), "databaseEdit"),
                 QStringLiteral("postgres"));
        QVERIFY(press(wizard.get(), QWizard::NextButton));
        QCOMPARE(headline(wizard.get()), QStringLiteral("Not tested yet"));
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    }

    void takenNamesAreRefused()
    {
        auto wizard = openWizard(EndpointRole::Source);
        wizard->setTakenNames({QStringLiteral("source"), QStringLiteral("archive")});
        QVERIFY(chooseEngine(wizard.get(), "postgresqlRadio"));
        QWizardPage *server = page(wizard.get(), Page::Server);
        auto *name = child<QLineEdit>(server, "nameEdit");
        QCOMPARE(name->text(), QStringLiteral("source-2"));
        QVERIFY(fillServer(wizard.get(), harness(Dialect::PostgreSql)));
        typeInto(name, QStringLiteral("archive"));
        auto *error = child<QLabel>(server, "nameError");
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(),
                 QStringLiteral("The project already has an endpoint named "
                                "archive; choose another name."));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        typeInto(name, QStringLiteral("archive-pg"));
        QVERIFY(error->isHidden());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    }

    /// No keyring service in this process: the remember box is off and disabled, a note on
    /// the password page (only there) says the password will be asked each time, the endpoint's
    /// password source is Prompt, and the password is in no file under HOME.
    void withoutKeyringThePasswordIsAskedEachTime()
    {
        auto wizard = openWizard(EndpointRole::Source);
        QVERIFY(chooseEngine(wizard.get(), "postgresqlRadio"));
        QWizardPage *server = page(wizard.get(), Page::Server);
        auto *banner = child<QWidget>(server, "keyringBanner");
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), TestTimeoutMs);
        // The note names the keyring's own problem below, word-wrapped (not in a tooltip).
        const QString note = child<QLabel>(server, "keyringBannerText")->text();
        QVERIFY2(note.startsWith(
                     QStringLiteral("No system keyring is available, so Ferry cannot remember "
                                    "this password: it will ask for it each time it connects. "
                                    "The password is never written to the project file.\n\n")),
                 qPrintable(note));
        QVERIFY(child<QLabel>(server, "keyringBannerText")->wordWrap());
        auto *remember = child<QCheckBox>(server, "rememberPasswordCheck");
        QVERIFY(!remember->isChecked());
        QVERIFY(!remember->isEnabled());
        const ServerFields fields = harness(Dialect::PostgreSql);
        QVERIFY(fillServer(wizard.get(), fields));
        QVERIFY(screenshot(wizard.get(), QStringLiteral("wizard-endpoint-no-keyring.png")));
        QVERIFY(press(wizard.get(), QWizard::NextButton));
        // Said once, where the password is typed: the test page does not say it again.
        QVERIFY(child<QWidget>(testPage(wizard.get()), "keyringBanner")->isHidden());
        QCOMPARE(child<QLabel>(testPage(wizard.get()), "passwordSummary")->text(),
                 QStringLiteral("Asked each time Ferry connects; never saved."));
        QVERIFY(runTest(wizard.get()));
        QCOMPARE(headline(wizard.get()), QStringLiteral("Connection succeeded"));
        QVERIFY(press(wizard.get(), QWizard::FinishButton));
        QTRY_COMPARE(wizard->result(), int(QDialog::Accepted));
        QCOMPARE(wizard->endpoint().passwordSource, PasswordSource::Prompt);

        const QByteArray password = QByteArray::fromStdString(fields.password);
        for (const QString &root : {m_home.path(), m_runtime.path(), m_files.path()}) {
            QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(password), qPrintable(file.fileName()));
            }
        }
    }
};

QTEST_MAIN(TestEndpointWizard)
#include "tst_endpoint_wizard.moc"
