// SPDX-License-Identifier: MIT
// The new-project wizard driven by its widgets: a PostgreSQL source and a MariaDB target created
// inline and tested against the harness servers, the migration type page, the mapping page over
// the source catalog read through the engine thread, the summary, and the written YAML file
// loaded back and compared with a hand-written project (and searched for the passwords). Also:
// reusing the open project's endpoints with the default mapping (the embedded SQLite sample as
// source), and the question before an existing project file is replaced. This process has no
// keyring service, so passwords are "asked each time".
#include "engine/connectors/connector.h"
#include "engine/connectors/postgres/postgres_diagnosis.h"
#include "engine/load/load_session.h"
#include "engine/project/project_file.h"
#include "engine/sample/ticketing_sample.h"
#include "models/engine_client.h"
#include "models/mapping/catalog_tree_model.h"
#include "models/table_statistics_model.h"
#include "tests/support/test_support.h"
#include "tests/ui/wizards/wizard_test_support.h"
#include "ui/dialogs.h"
#include "ui/main_window.h"
#include "ui/table_statistics_view.h"
#include "ui/mapping/mapping_editor.h"
#include "ui/wizards/endpoint/connection_test_page.h"
#include "ui/wizards/project/mapping_page.h"
#include "ui/wizards/project_wizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTest>

#include <pqxx/pqxx>

#include <memory>

using namespace ferry;
using ferry::test::child;
using ferry::test::press;
using ferry::test::screenshot;
using ferry::test::typeInto;
using Page = ProjectWizard::Page;
using project::MappingRule;
using project::Value;

namespace {

constexpr int TimeoutMs = 60'000;

QString q(const std::string &text) { return QString::fromStdString(text); }

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The harness server of an engine as a project endpoint (password asked each time).
project::Endpoint harnessEndpoint(const std::string &name, Dialect engine)
{
    const std::string prefix = engine == Dialect::MySql ? "FERRY_TEST_MY_" : "FERRY_TEST_PG_";
    const auto value = [&prefix](const char *key) { return test::env((prefix + key).c_str()); };
    project::Endpoint endpoint;
    endpoint.name = name;
    endpoint.engine = engine;
    endpoint.host = value("HOST");
    endpoint.port = std::stoi(value("PORT"));
    endpoint.database = value("DATABASE");
    endpoint.user = value("USER");
    endpoint.passwordSource = PasswordSource::Prompt;
    return endpoint;
}

MappingRule includeSchema(const std::string &schema)
{
    MappingRule rule;
    rule.fields.set("rule-type", Value::string("selection"));
    rule.fields.set("rule-id", Value::string("1"));
    rule.fields.set("rule-name", Value::string("include-tickets"));
    Value locator = Value::map();
    locator.set("schema-name", Value::string(schema));
    locator.set("table-name", Value::string("%"));
    rule.fields.set("object-locator", locator);
    rule.fields.set("rule-action", Value::string("include"));
    return rule;
}

} // namespace

class TestProjectWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_runtime;
    std::unique_ptr<EngineClient> m_client;
    std::string m_schema;

    std::unique_ptr<ProjectWizard> openWizard()
    {
        auto wizard = std::make_unique<ProjectWizard>(m_client.get());
        wizard->resize(960, 680);
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard.get()))
            qWarning("the wizard was not exposed");
        return wizard;
    }

    static QWizardPage *page(QWizard *wizard, Page id) { return wizard->page(int(id)); }

    /// Name, description and folder (through the Browse button and the Dialogs seam).
    static bool fillLocation(QWizard *wizard, const QString &name, const QString &folder)
    {
        QWizardPage *location = page(wizard, Page::Location);
        if (wizard->currentPage() != location)
            return false;
        typeInto(child<QLineEdit>(location, "projectNameEdit"), name);
        typeInto(child<QLineEdit>(location, "descriptionEdit"),
                 QStringLiteral("Nightly copy of the ticket sales"));
        Dialogs::queueAnswer(folder);
        QTest::mouseClick(child<QPushButton>(location, "browseFolderButton"), Qt::LeftButton);
        return Dialogs::pendingAnswers() == 0;
    }

    /// Engine, server fields and a successful connection test for one endpoint set.
    static bool createServerEndpoint(QWizard *wizard, Page enginePage, const char *radio,
                                     Page serverPage, Page testPage,
                                     const project::Endpoint &fields, const std::string &password,
                                     const char *shotPrefix)
    {
        if (wizard->currentPage() != page(wizard, enginePage))
            return false;
        auto *choice = child<QRadioButton>(page(wizard, enginePage), radio);
        QTest::mouseClick(choice, Qt::LeftButton, {}, QPoint(8, choice->height() / 2));
        if (!press(wizard, QWizard::NextButton))
            return false;
        QWizardPage *server = page(wizard, serverPage);
        if (wizard->currentPage() != server)
            return false;
        if (child<QLineEdit>(server, "nameEdit")->text() != q(fields.name))
            return false; // "source" and "target" are proposed
        typeInto(child<QLineEdit>(server, "hostEdit"), fields.host);
        typeInto(child<QLineEdit>(server, "portEdit"), QString::number(fields.port));
        typeInto(child<QLineEdit>(server, "databaseEdit"), fields.database);
        typeInto(child<QLineEdit>(server, "userEdit"), fields.user);
        typeInto(child<QLineEdit>(server, "passwordEdit"), password);
        // No keyring here: the remember box is off. Issue #13: the note saying the password is
        // asked each time is shown once, on the source's password page only.
        auto *remember = child<QCheckBox>(server, "rememberPasswordCheck");
        if (!QTest::qWaitFor([remember] { return !remember->isEnabled(); }, TimeoutMs))
            return false;
        const bool noted = !child<QWidget>(server, "keyringBanner")->isHidden();
        if (noted != (serverPage == Page::SourceServer)) {
            qWarning("keyring note %s on the %s password page", noted ? "shown" : "missing",
                     shotPrefix);
            return false;
        }
        if (!screenshot(wizard, QStringLiteral("%1-server.png").arg(QLatin1String(shotPrefix))))
            return false;
        if (!press(wizard, QWizard::NextButton))
            return false;
        auto *test = static_cast<ConnectionTestPage *>(page(wizard, testPage));
        if (wizard->currentPage() != test)
            return false;
        if (!child<QWidget>(test, "keyringBanner")->isHidden())
            return false; // said once already, where the password was typed
        QTest::mouseClick(child<QPushButton>(test, "testConnectionButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([test] { return !test->isTesting(); }, TimeoutMs))
            return false;
        if (!test->lastDiagnosis() || !test->lastDiagnosis()->ok()) {
            qWarning("test failed: %s",
                     test->lastDiagnosis() ? test->lastDiagnosis()->message.c_str() : "-");
            return false;
        }
        return press(wizard, QWizard::NextButton);
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QVERIFY(m_home.isValid() && m_runtime.isValid());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qunsetenv("PGPASSWORD");
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        m_client = std::make_unique<EngineClient>();

        // A schema of the source with one table, for the mapping page.
        m_schema = test::uniqueName("wizard_tickets");
        pqxx::connection connection(postgres::buildConninfo(test::postgresSpec()));
        pqxx::work work(connection);
        work.exec0("CREATE SCHEMA " + work.quote_name(m_schema));
        work.exec0("CREATE TABLE " + work.quote_name(m_schema)
                   + ".ticket (id integer PRIMARY "
                     "KEY, seat text NOT NULL, price numeric(8,2))");
        work.exec0("INSERT INTO " + work.quote_name(m_schema)
                   + ".ticket SELECT i, 'R' || i, i * 1.5 FROM generate_series(1, 2500) AS i");
        work.commit();
    }

    void init() { Dialogs::clearAnswers(); }

    void cleanup() { QCOMPARE(Dialogs::pendingAnswers(), 0); }

    void cleanupTestCase()
    {
        m_client.reset();
        if (m_schema.empty())
            return;
        pqxx::connection connection(postgres::buildConninfo(test::postgresSpec()));
        pqxx::work work(connection);
        work.exec0("DROP SCHEMA IF EXISTS " + work.quote_name(m_schema) + " CASCADE");
        work.commit();
    }

    void createsAPostgresToMariadbProject()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString expectedPath
            = folder.filePath(QStringLiteral("ticket-sales-to-mariadb.ferry.yaml"));
        auto wizard = openWizard();

        // Name and location: the file name follows the project name.
        QVERIFY(
            fillLocation(wizard.get(), QStringLiteral("Ticket sales to MariaDB"), folder.path()));
        QWizardPage *location = page(wizard.get(), Page::Location);
        QCOMPARE(child<QLabel>(location, "projectFileLabel")->text(), expectedPath);
        QVERIFY(child<QWidget>(location, "overwriteBanner")->isHidden());
        QVERIFY(screenshot(wizard.get(), QStringLiteral("wizard-project-location.png")));
        QVERIFY(press(wizard.get(), QWizard::NextButton));

        // No open project: straight to the source's engine, then the target's.
        const project::Endpoint source = harnessEndpoint("source", Dialect::PostgreSql);
        const project::Endpoint target = harnessEndpoint("target", Dialect::MySql);
        QVERIFY(createServerEndpoint(wizard.get(), Page::SourceEngine, "postgresqlRadio",
                                     Page::SourceServer, Page::SourceTest, source,
                                     test::env("FERRY_TEST_PG_PASSWORD"), "wizard-project-source"));
        QVERIFY(createServerEndpoint(wizard.get(), Page::TargetEngine, "mysqlRadio",
                                     Page::TargetServer, Page::TargetTest, target,
                                     test::env("FERRY_TEST_MY_PASSWORD"), "wizard-project-target"));

        // Migration type: full load only, the others are shown as coming.
        QWizardPage *type = page(wizard.get(), Page::MigrationType);
        QCOMPARE(wizard->currentPage(), type);
        QVERIFY(child<QRadioButton>(type, "fullLoadRadio")->isChecked());
        QVERIFY(child<QRadioButton>(type, "fullLoadRadio")->isEnabled());
        QVERIFY(!child<QRadioButton>(type, "fullLoadCdcRadio")->isEnabled());
        QVERIFY(!child<QRadioButton>(type, "cdcRadio")->isEnabled());
        QVERIFY(child<QLabel>(type, "fullLoadCdcDescription")
                    ->text()
                    .startsWith(QStringLiteral("Coming in a later version:")));
        QVERIFY(child<QLabel>(type, "cdcDescription")
                    ->text()
                    .startsWith(QStringLiteral("Coming in a later version:")));
        QCOMPARE(child<QLineEdit>(type, "taskNameEdit")->text(), QStringLiteral("full-load"));
        typeInto(child<QLineEdit>(type, "taskNameEdit"), QStringLiteral("nightly"));
        QVERIFY(screenshot(wizard.get(), QStringLiteral("wizard-project-migration-type.png")));
        QVERIFY(press(wizard.get(), QWizard::NextButton));

        // Mapping: the source catalog is read through the engine thread, then edited.
        auto *mapping = static_cast<MappingPage *>(page(wizard.get(), Page::Mapping));
        QCOMPARE(wizard->currentPage(), mapping);
        QTRY_VERIFY_WITH_TIMEOUT(mapping->catalog() != nullptr, TimeoutMs);
        const Schema *schema = mapping->catalog()->schema(m_schema);
        QVERIFY(schema);
        QCOMPARE(schema->tables.size(), size_t(1));
        QCOMPARE(schema->tables.front().name, std::string("ticket"));
        QVERIFY(mapping->editor()->catalogModel()->rowCount() > 0);
        mapping->editor()->setTableMapping({{includeSchema(m_schema)}});
        QVERIFY(screenshot(wizard.get(), QStringLiteral("wizard-project-mapping.png")));
        QVERIFY(press(wizard.get(), QWizard::NextButton));

        // Summary: what will be written.
        QWizardPage *summary = page(wizard.get(), Page::Summary);
        QCOMPARE(wizard->currentPage(), summary);
        QCOMPARE(child<QLabel>(summary, "summaryFile")->text(), expectedPath);
        QCOMPARE(child<QLabel>(summary, "summaryTask")->text(),
                 QStringLiteral("nightly: full load"));
        // What Run does to target tables that already exist (the default prep mode).
        QCOMPARE(child<QLabel>(summary, "summaryPrepMode")->text(),
                 QStringLiteral("DROP_AND_CREATE: a target table that already exists is dropped "
                                "and created again when the task runs from the start."));
        const QString yaml = child<QPlainTextEdit>(summary, "yamlPreview")->toPlainText();
        QVERIFY2(yaml.startsWith(QStringLiteral("ferry: 1\nname: Ticket sales to MariaDB\n")),
                 qPrintable(yaml));
        QVERIFY(!yaml.contains(q(test::env("FERRY_TEST_PG_PASSWORD"))));
        QVERIFY(screenshot(wizard.get(), QStringLiteral("wizard-project-summary.png")));
        QVERIFY(press(wizard.get(), QWizard::FinishButton));
        QTRY_COMPARE_WITH_TIMEOUT(wizard->result(), int(QDialog::Accepted), TimeoutMs);
        QCOMPARE(wizard->projectFilePath(), expectedPath);

        project::Project expected;
        expected.name = "Ticket sales to MariaDB";
        expected.description = "Nightly copy of the ticket sales";
        expected.endpoints = {source, target};
        expected.mappings = {{"nightly", {{includeSchema(m_schema)}}}};
        project::Task task;
        task.name = "nightly";
        task.source = "source";
        task.target = "target";
        task.migrationType = project::MigrationType::FullLoad;
        task.mappingName = "nightly";
        expected.tasks = {task};
        auto loaded = project::loadProjectFile(expectedPath.toStdString());
        QVERIFY2(loaded, loaded ? "" : loaded.error().toString().c_str());
        QVERIFY(*loaded == expected);
        QVERIFY(wizard->project() == expected);

        const QByteArray text = readFile(expectedPath);
        QVERIFY(text.contains("from: prompt"));
        QVERIFY(!text.contains(QByteArray::fromStdString(test::env("FERRY_TEST_PG_PASSWORD"))));
        QVERIFY(!text.contains(QByteArray::fromStdString(test::env("FERRY_TEST_MY_PASSWORD"))));
    }

    /// What a new user does, end to end in the workbench: File > New Project, two server
    /// endpoints with their connections tested, the table ticked in the catalog, Finish; the
    /// project opens, Run (no second password prompt: the wizard's passwords serve the
    /// session) copies every row into MariaDB, and the table statistics say so.
    void newProjectRunsToCompletionInTheWorkbench()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        MainWindow window;
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        QSignalSpy ended(&window, &MainWindow::taskEnded);

        window.findChild<QAction *>(QStringLiteral("newProjectAction"))->trigger();
        auto *wizard = window.findChild<ProjectWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QVERIFY(fillLocation(wizard, QStringLiteral("First copy"), folder.path()));
        QVERIFY(press(wizard, QWizard::NextButton));
        QVERIFY(createServerEndpoint(wizard, Page::SourceEngine, "postgresqlRadio",
                                     Page::SourceServer, Page::SourceTest,
                                     harnessEndpoint("source", Dialect::PostgreSql),
                                     test::env("FERRY_TEST_PG_PASSWORD"), "e2e-source"));
        QVERIFY(createServerEndpoint(wizard, Page::TargetEngine, "mysqlRadio", Page::TargetServer,
                                     Page::TargetTest, harnessEndpoint("target", Dialect::MySql),
                                     test::env("FERRY_TEST_MY_PASSWORD"), "e2e-target"));
        QVERIFY(press(wizard, QWizard::NextButton)); // full load

        // Pick the table: tick it in the catalog tree.
        auto *mapping = static_cast<MappingPage *>(page(wizard, Page::Mapping));
        QCOMPARE(wizard->currentPage(), mapping);
        QTRY_VERIFY_WITH_TIMEOUT(mapping->catalog() != nullptr, TimeoutMs);
        auto *tree = child<QTreeView>(mapping, "catalogTree");
        QAbstractItemModel *model = tree->model();
        QModelIndex ticket;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex schema = model->index(row, 0);
            const bool ours = schema.data().toString() == q(m_schema);
            model->setData(schema, ours ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
            if (!ours)
                continue;
            while (model->canFetchMore(schema))
                model->fetchMore(schema);
            for (int t = 0; t < model->rowCount(schema); ++t) {
                if (model->index(t, 0, schema).data().toString() == QLatin1String("ticket"))
                    ticket = model->index(t, 0, schema);
            }
        }
        QVERIFY(ticket.isValid());
        QCOMPARE(ticket.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(mapping->editor()->catalogModel()->checkedTableCount(), 1);
        QVERIFY(press(wizard, QWizard::NextButton));
        QVERIFY(press(wizard, QWizard::FinishButton));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, TimeoutMs);
        QCOMPARE(opened.at(0).at(0).toString(),
                 folder.filePath(QStringLiteral("first-copy.ferry.yaml")));

        // Run: no password is asked (none is queued: a prompt would fail the test's cleanup).
        const QStringList dialogsBefore = Dialogs::answeredTitles(); // the folder picker
        auto *run = window.findChild<QAction *>(QStringLiteral("runTaskAction"));
        QVERIFY(run->isEnabled());
        run->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 120'000);
        QVERIFY2(ended.at(0).at(0).toBool(), qPrintable(ended.at(0).at(1).toString()));
        QCOMPARE(Dialogs::answeredTitles(), dialogsBefore);

        // The table statistics show the table completed with every row.
        models::TableStatisticsModel *statistics = window.tableStatistics()->model();
        const int row = statistics->rowOf(m_schema, "ticket");
        QVERIFY(row >= 0);
        using Column = models::TableStatisticsModel::Column;
        QCOMPARE(statistics->index(row, int(Column::LoadState)).data().toString(),
                 QStringLiteral("Table completed"));
        QCOMPARE(statistics->index(row, int(Column::FullLoadRows))
                     .data(models::TableStatisticsModel::SortRole)
                     .toLongLong(),
                 2500LL);
        auto target = load::openTargetSession(test::mysqlSpec());
        QVERIFY2(target, target ? "" : target.error().toString().c_str());
        auto rows = (*target)->query("SELECT COUNT(*), SUM(price) FROM `" + m_schema + "`.ticket");
        QVERIFY2(rows, rows ? "" : rows.error().toString().c_str());
        QCOMPARE((*rows)[0][0].value_or(""), std::string("2500"));
        QCOMPARE((*rows)[0][1].value_or(""), std::string("4689375.00"));
        (void)(*target)->execute("DROP DATABASE IF EXISTS `" + m_schema + "`");
    }

    void reusesOpenProjectEndpointsWithTheDefaultMapping()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const sample::DemoFiles files = sample::demoFiles(1000, data.path().toStdString());
        QVERIFY(sample::generateTicketingSample(files.sample, 1000));
        const project::Project open = sample::sampleProject(files);
        QCOMPARE(open.endpoints.size(), size_t(2));

        QTemporaryDir folder;
        const QString expectedPath = folder.filePath(QStringLiteral("sample-copy.ferry.yaml"));
        auto wizard = openWizard();
        wizard->setExistingProject(open, q(files.project));
        wizard->setDefaultFolder(folder.path());
        // The proposed folder and task name are taken as they are.
        QWizardPage *location = page(wizard.get(), Page::Location);
        QCOMPARE(child<QLineEdit>(location, "folderEdit")->text(), folder.path());
        typeInto(child<QLineEdit>(location, "projectNameEdit"), QStringLiteral("Sample copy"));
        QVERIFY(press(wizard.get(), QWizard::NextButton));

        // The open project's endpoints are offered, the first for the source.
        QWizardPage *sourceChoice = page(wizard.get(), Page::SourceChoice);
        QCOMPARE(wizard->currentPage(), sourceChoice);
        auto *existing = child<QRadioButton>(sourceChoice, "existingRadio");
        QTest::mouseClick(existing, Qt::LeftButton, {}, QPoint(8, existing->height() / 2));
        auto *sources = child<QComboBox>(sourceChoice, "existingCombo");
        QCOMPARE(sources->count(), 2);
        QCOMPARE(sources->currentData().toString(), QStringLiteral("ticketing-sample"));
        QVERIFY(screenshot(wizard.get(), QStringLiteral("wizard-project-source-choice.png")));
        QVERIFY(press(wizard.get(), QWizard::NextButton));
        QWizardPage *targetChoice = page(wizard.get(), Page::TargetChoice);
        QCOMPARE(wizard->currentPage(), targetChoice);
        existing = child<QRadioButton>(targetChoice, "existingRadio");
        QTest::mouseClick(existing, Qt::LeftButton, {}, QPoint(8, existing->height() / 2));
        QCOMPARE(child<QComboBox>(targetChoice, "existingCombo")->currentData().toString(),
                 QStringLiteral("ticketing-copy"));
        QVERIFY(press(wizard.get(), QWizard::NextButton));
        QCOMPARE(wizard->currentPage(), page(wizard.get(), Page::MigrationType));
        QVERIFY(press(wizard.get(), QWizard::NextButton));

        // The sample's tables are read; nothing is ticked, so the default mapping applies.
        auto *mapping = static_cast<MappingPage *>(page(wizard.get(), Page::Mapping));
        QCOMPARE(wizard->currentPage(), mapping);
        QTRY_VERIFY_WITH_TIMEOUT(mapping->catalog() != nullptr, TimeoutMs);
        const Schema *main = mapping->catalog()->schema("main");
        QVERIFY(main);
        QStringList tables;
        for (const Table &table : main->tables)
            tables << q(table.name);
        tables.sort();
        QCOMPARE(tables,
                 QStringList({QStringLiteral("customer"), QStringLiteral("event"),
                              QStringLiteral("sample_info"), QStringLiteral("sport"),
                              QStringLiteral("team"), QStringLiteral("ticket"),
                              QStringLiteral("venue")}));
        QVERIFY(screenshot(wizard.get(), QStringLiteral("wizard-project-mapping-sample.png")));
        QVERIFY(press(wizard.get(), QWizard::NextButton));
        QCOMPARE(child<QLabel>(page(wizard.get(), Page::Summary), "summaryMapping")->text(),
                 QStringLiteral("The default mapping: every table of every non-system schema."));
        QVERIFY(press(wizard.get(), QWizard::FinishButton));
        QTRY_COMPARE_WITH_TIMEOUT(wizard->result(), int(QDialog::Accepted), TimeoutMs);

        project::Project expected;
        expected.name = "Sample copy";
        project::Endpoint sampleSource;
        sampleSource.name = "ticketing-sample";
        sampleSource.engine = Dialect::Sqlite;
        sampleSource.path = files.sample;
        project::Endpoint sampleTarget;
        sampleTarget.name = "ticketing-copy";
        sampleTarget.engine = Dialect::Sqlite;
        sampleTarget.path = files.copy;
        expected.endpoints = {sampleSource, sampleTarget};
        project::Task task;
        task.name = "full-load";
        task.source = "ticketing-sample";
        task.target = "ticketing-copy";
        expected.tasks = {task};
        auto loaded = project::loadProjectFile(expectedPath.toStdString());
        QVERIFY2(loaded, loaded ? "" : loaded.error().toString().c_str());
        QVERIFY(*loaded == expected);
        QVERIFY(!readFile(expectedPath).contains("mapping"));
    }

    void asksBeforeReplacingAnExistingFile()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("inventory.ferry.yaml"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("ferry: 1\nname: old\n");
        existing.close();

        auto wizard = openWizard();
        QVERIFY(fillLocation(wizard.get(), QStringLiteral("Inventory"), folder.path()));
        QWizardPage *location = page(wizard.get(), Page::Location);
        QVERIFY(!child<QWidget>(location, "overwriteBanner")->isHidden());
        QCOMPARE(child<QLabel>(location, "overwriteBannerText")->text(),
                 QStringLiteral("A file named inventory.ferry.yaml already exists in this "
                                "folder. Finishing the wizard replaces it."));
        QVERIFY(screenshot(wizard.get(), QStringLiteral("wizard-project-overwrite.png")));

        Dialogs::queueAnswer(int(QMessageBox::No));
        QVERIFY(press(wizard.get(), QWizard::NextButton));
        QCOMPARE(wizard->currentPage(), location);
        QCOMPARE(Dialogs::answeredTitles().last(), QStringLiteral("Replace the project file?"));

        Dialogs::queueAnswer(int(QMessageBox::Yes));
        QVERIFY(press(wizard.get(), QWizard::NextButton));
        QCOMPARE(wizard->currentPage(), page(wizard.get(), Page::SourceEngine));
        QCOMPARE(readFile(path), QByteArray("ferry: 1\nname: old\n")); // untouched until Finish

        // A name without a file yet: no banner, no question.
        QVERIFY(press(wizard.get(), QWizard::BackButton));
        typeInto(child<QLineEdit>(location, "projectNameEdit"), QStringLiteral("Inventory 2"));
        QVERIFY(child<QWidget>(location, "overwriteBanner")->isHidden());
        QVERIFY(press(wizard.get(), QWizard::NextButton));
        QCOMPARE(wizard->currentPage(), page(wizard.get(), Page::SourceEngine));
    }
};

QTEST_MAIN(TestProjectWizard)
#include "tst_project_wizard.moc"
