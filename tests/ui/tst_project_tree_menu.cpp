// SPDX-License-Identifier: MIT
// Issue #13, "Safer editing": endpoints and tasks in the project tree have a context menu
// (edit, test connection, duplicate, delete with a question, and for tasks run / resume /
// reload tables / edit mapping); an endpoint opens its wizard and a task its mapping on
// double-click. Driven through the real main window on SQLite projects (no servers).
#include "engine/connectors/connector.h"
#include "engine/project/project_file.h"
#include "models/project/project_document.h"
#include "models/project/project_tree_model.h"
#include "ui/dialogs.h"
#include "ui/error_banner.h"
#include "ui/main_window.h"
#include "ui/mapping/mapping_dialog.h"
#include "ui/reload_tables_dialog.h"
#include "ui/wizards/endpoint/endpoint_page_set.h"
#include "ui/wizards/endpoint_wizard.h"

#include "tests/support/plain_sql.h"
#include "tests/support/test_support.h"
#include "tests/ui/main_window_test_support.h"
#include "tests/ui/wizards/wizard_test_support.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace ferry;
using NodeKind = ProjectTreeModel::NodeKind;
using test::child;
using test::press;
using test::typeInto;

namespace {

QString q(const std::string &text) { return QString::fromStdString(text); }

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

/// Runs SQL on an SQLite file with the sqlite3 library itself (not Ferry's sessions); a
/// missing file is made first (an empty file is an empty database).
bool sqlite(const QString &path, const std::string &sql)
{
    if (!QFile::exists(path) && !writeFile(path, {}))
        return false;
    test::PlainSql plain(test::sqliteSpec(path));
    return plain.isOpen() && plain.execute(sql);
}

/// The ids in a table of an SQLite file, in order, as "1,2,3".
std::string ids(const QString &path, const std::string &table)
{
    test::PlainSql plain(test::sqliteSpec(path));
    const auto rows = plain.rows("SELECT id FROM " + table + " ORDER BY id");
    if (!rows)
        return plain.lastError();
    QStringList joined;
    for (const test::SqlRow &row : *rows)
        joined << q(row.at(0).value_or("NULL"));
    return joined.join(QLatin1Char(',')).toStdString();
}

} // namespace

class TestProjectTreeMenu : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTranslator m_english;
    QString m_project;

    /// The tree row of the endpoint or task named name.
    static QModelIndex rowOf(QTreeView *tree, NodeKind kind, const char *name)
    {
        QAbstractItemModel *model = tree->model();
        for (int group = 0; group < model->rowCount(); ++group) {
            const QModelIndex parent = model->index(group, 0);
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                if (index.data(ProjectTreeModel::KindRole).value<NodeKind>() == kind
                    && index.data(ProjectTreeModel::NameRole).toString() == QLatin1String(name))
                    return index;
            }
        }
        return {};
    }

    /// Opens the context menu on the row and returns its action named actionName.
    static QAction *menuAction(QTreeView *tree, const QModelIndex &index, const char *actionName)
    {
        if (!index.isValid())
            return nullptr;
        tree->scrollTo(index);
        emit tree->customContextMenuRequested(tree->visualRect(index).center());
        auto *menu = tree->findChild<QMenu *>(QStringLiteral("projectTreeMenu"));
        return menu ? menu->findChild<QAction *>(QLatin1String(actionName)) : nullptr;
    }

    static void closeMenus(QTreeView *tree)
    {
        for (QMenu *menu : tree->findChildren<QMenu *>(QStringLiteral("projectTreeMenu")))
            menu->close();
        QTRY_VERIFY(tree->findChildren<QMenu *>(QStringLiteral("projectTreeMenu")).isEmpty());
    }

    /// The endpoint wizard the window opened (window-modal), once it is shown.
    static EndpointWizard *openedWizard(MainWindow &window)
    {
        EndpointWizard *wizard = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            wizard = window.findChild<EndpointWizard *>();
            return wizard && wizard->isVisible();
        });
        return shown ? wizard : nullptr;
    }

    /// From the test page: keeps the endpoint without testing it, and finishes.
    static bool finishUntested(EndpointWizard *wizard)
    {
        auto *saveAnyway = child<QCheckBox>(wizard->currentPage(), "saveAnywayCheck");
        if (!saveAnyway)
            return false;
        QTest::mouseClick(saveAnyway, Qt::LeftButton);
        return press(wizard, QWizard::FinishButton);
    }

    /// Project tree > Reload Tables on task "load": the dialog, once shown.
    static ReloadTablesDialog *openReloadDialog(MainWindow &window)
    {
        QTreeView *tree = projectTree(window);
        QAction *reload
            = menuAction(tree, rowOf(tree, NodeKind::Task, "load"), "treeReloadTablesAction");
        if (!reload || !reload->isEnabled())
            return nullptr;
        reload->trigger();
        closeMenus(tree);
        ReloadTablesDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            dialog = window.findChild<ReloadTablesDialog *>();
            return dialog && dialog->isVisible();
        });
        return shown ? dialog : nullptr;
    }

    /// Checks (or unchecks) a row as the keyboard does: current row, Space.
    static void checkWithSpace(QTreeView *view, int row)
    {
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, 0));
        QTest::keyClick(view, Qt::Key_Space);
    }

    static QTreeView *projectTree(MainWindow &window)
    {
        return window.findChild<QTreeView *>(QStringLiteral("projectTree"));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FerryTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_project_tree_menu"));
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keyring: passwords are typed or in the env
        QVERIFY(test::useEnglish(m_english)); // "Reload 2 Tables", not "Table(s)"
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("tree.ferry.yaml"));
        QFile file(m_project);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ferry: 1\n"
                   "name: tree\n"
                   "endpoints:\n"
                   "  source: {engine: sqlite, path: source.db}\n"
                   "  target: {engine: sqlite, path: target.db}\n"
                   "  spare: {engine: sqlite, path: spare.db}\n"
                   "tasks:\n"
                   "  load:\n"
                   "    source: source\n"
                   "    target: target\n"
                   "    migration-type: full-load\n");
    }

    void init() { Dialogs::clearAnswers(); }

    void cleanup()
    {
        QCOMPARE(Dialogs::pendingAnswers(), 0);
        Dialogs::clearAnswers();
    }

    /// Duplicate makes "spare copy", then "spare copy 2"; Delete asks (Cancel keeps it),
    /// Delete on the answer removes it, Undo brings it back.
    void endpointDuplicateAndDelete()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_project));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));
        const project::Project &project = window.document()->project();

        QAction *duplicate
            = menuAction(tree, rowOf(tree, NodeKind::Endpoint, "spare"), "treeDuplicateAction");
        QVERIFY(duplicate);
        QVERIFY(!menuAction(tree, rowOf(tree, NodeKind::Endpoint, "spare"), "treeRunAction"));
        duplicate->trigger();
        closeMenus(tree);
        QVERIFY(project.findEndpoint("spare copy"));
        QCOMPARE(project.findEndpoint("spare copy")->path, project.findEndpoint("spare")->path);
        menuAction(tree, rowOf(tree, NodeKind::Endpoint, "spare"), "treeDuplicateAction")
            ->trigger();
        closeMenus(tree);
        QVERIFY(project.findEndpoint("spare copy 2"));

        Dialogs::queueAnswer(-1); // Cancel
        menuAction(tree, rowOf(tree, NodeKind::Endpoint, "spare copy"), "treeDeleteAction")
            ->trigger();
        closeMenus(tree);
        QTRY_COMPARE(Dialogs::pendingAnswers(), 0);
        QTest::qWait(50);
        QVERIFY(project.findEndpoint("spare copy"));
        Dialogs::queueAnswer(0); // Delete
        menuAction(tree, rowOf(tree, NodeKind::Endpoint, "spare copy"), "treeDeleteAction")
            ->trigger();
        closeMenus(tree);
        QTRY_VERIFY(!project.findEndpoint("spare copy"));
        QCOMPARE(
            Dialogs::answeredTitles(),
            QStringList({QStringLiteral("Delete Endpoint"), QStringLiteral("Delete Endpoint")}));
        window.document()->undoStack()->undo();
        QVERIFY(project.findEndpoint("spare copy"));
    }

    /// An endpoint a task uses is not deleted: the user is told which task uses it.
    void endpointInUseIsNotDeleted()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_project));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));
        Dialogs::queueAnswer(QMessageBox::Ok);
        menuAction(tree, rowOf(tree, NodeKind::Endpoint, "source"), "treeDeleteAction")->trigger();
        closeMenus(tree);
        QCOMPARE(Dialogs::answeredTitles(), QStringList({QStringLiteral("Delete Endpoint")}));
        QVERIFY(window.document()->project().findEndpoint("source"));
        QVERIFY(!window.document()->isModified());
    }

    /// Test Connection: an SQLite endpoint whose file exists connects (the status bar says
    /// so); one whose file is missing fails, shown in the error banner.
    void endpointTestConnection()
    {
        {
            // The source file, made through a target session (it creates the file).
            auto made = load::openTargetSession(
                test::sqliteSpec(m_dir.filePath(QStringLiteral("source.db"))));
            QVERIFY(made);
            QVERIFY((*made)->execute("CREATE TABLE IF NOT EXISTS t (id INTEGER)").ok());
        }
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_project));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("taskStatus"));
        menuAction(tree, rowOf(tree, NodeKind::Endpoint, "source"), "treeTestConnectionAction")
            ->trigger();
        closeMenus(tree);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("connection succeeded")),
                                 10'000);
        QVERIFY2(status->text().startsWith(QLatin1String("source:")), qPrintable(status->text()));

        // "spare" is nobody's target, so it is tested as a source: a missing file fails.
        menuAction(tree, rowOf(tree, NodeKind::Endpoint, "spare"), "treeTestConnectionAction")
            ->trigger();
        closeMenus(tree);
        auto *banner = window.findChild<ErrorBanner *>(QStringLiteral("errorBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10'000);
        QVERIFY2(status->text().startsWith(QLatin1String("spare:")), qPrintable(status->text()));
        QVERIFY(!status->text().contains(QLatin1String("succeeded")));
    }

    /// Task: Duplicate, Delete (asked), Edit Mapping and a double-click open the mapping.
    void taskActions()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_project));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));
        const project::Project &project = window.document()->project();
        const QModelIndex task = rowOf(tree, NodeKind::Task, "load");
        QVERIFY(menuAction(tree, task, "treeRunAction"));
        QVERIFY(menuAction(tree, task, "treeResumeAction"));
        menuAction(tree, task, "treeDuplicateAction")->trigger();
        closeMenus(tree);
        QVERIFY(project.findTask("load copy"));
        QCOMPARE(project.findTask("load copy")->target, std::string("target"));

        Dialogs::queueAnswer(0);
        menuAction(tree, rowOf(tree, NodeKind::Task, "load copy"), "treeDeleteAction")->trigger();
        closeMenus(tree);
        QTRY_VERIFY(!project.findTask("load copy"));
        QCOMPARE(Dialogs::answeredTitles(), QStringList({QStringLiteral("Delete Task")}));

        menuAction(tree, rowOf(tree, NodeKind::Task, "load"), "treeEditMappingAction")->trigger();
        closeMenus(tree);
        QTRY_VERIFY(window.findChild<MappingDialog *>());
        window.findChild<MappingDialog *>()->reject();
        QTRY_VERIFY(!window.findChild<MappingDialog *>());

        const QModelIndex again = rowOf(tree, NodeKind::Task, "load");
        emit tree->doubleClicked(again);
        QTRY_VERIFY(window.findChild<MappingDialog *>());
        window.findChild<MappingDialog *>()->reject();
    }

    /// Double-click on an endpoint: the wizard in edit mode, prefilled; another endpoint's
    /// name is taken, its own is not; a new name and file replace the endpoint in one undoable
    /// edit and the task follows the rename; Edit > Undo brings the old one back. The menu's
    /// Edit does the same; a rename alone keeps the file's own (relative) path.
    void endpointEditedFromTheTree()
    {
        MainWindow window;
        QVERIFY(test::showWithProject(window, m_project));
        QTreeView *tree = projectTree(window);
        const project::Project &project = window.document()->project();

        emit tree->doubleClicked(rowOf(tree, NodeKind::Endpoint, "source"));
        EndpointWizard *wizard = openedWizard(window);
        QVERIFY(wizard);
        QCOMPARE(wizard->windowTitle(), QStringLiteral("Edit endpoint source"));
        QVERIFY(child<QRadioButton>(wizard->currentPage(), "sqliteRadio")->isChecked());
        QVERIFY(press(wizard, QWizard::NextButton));
        QWizardPage *page = wizard->currentPage();
        auto *name = child<QLineEdit>(page, "nameEdit");
        auto *path = child<QLineEdit>(page, "pathEdit");
        QVERIFY(name && path);
        QCOMPARE(name->text(), QStringLiteral("source"));
        QCOMPARE(path->text(),
                 QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("source.db"))));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        typeInto(name, QStringLiteral("spare"));
        QVERIFY(child<QLabel>(page, "nameError")->isVisible());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        typeInto(name, QStringLiteral("origin"));
        const QString origin = m_dir.filePath(QStringLiteral("origin.db"));
        typeInto(path, origin);
        QVERIFY(press(wizard, QWizard::NextButton));
        QVERIFY(finishUntested(wizard));
        QTRY_VERIFY(!window.findChild<EndpointWizard *>());

        QVERIFY(!project.findEndpoint("source"));
        QVERIFY(project.findEndpoint("origin"));
        QCOMPARE(q(project.findEndpoint("origin")->path), origin);
        QCOMPARE(project.findTask("load")->source, std::string("origin"));
        QCOMPARE(window.document()->undoStack()->count(), 1);
        QCOMPARE(window.document()->undoStack()->undoText(),
                 QStringLiteral("Edit endpoint origin"));
        QVERIFY(rowOf(tree, NodeKind::Endpoint, "origin").isValid());

        window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        QVERIFY(!project.findEndpoint("origin"));
        QCOMPARE(project.findEndpoint("source")->path, std::string("source.db"));
        QCOMPARE(project.findTask("load")->source, std::string("source"));
        QVERIFY(!window.document()->isModified());

        QAction *edit
            = menuAction(tree, rowOf(tree, NodeKind::Endpoint, "target"), "treeEditEndpointAction");
        QVERIFY(edit);
        QVERIFY(edit->isEnabled());
        edit->trigger();
        closeMenus(tree);
        wizard = openedWizard(window);
        QVERIFY(wizard);
        QVERIFY(press(wizard, QWizard::NextButton));
        typeInto(child<QLineEdit>(wizard->currentPage(), "nameEdit"),
                 QStringLiteral("destination"));
        QVERIFY(press(wizard, QWizard::NextButton));
        QVERIFY(finishUntested(wizard));
        QTRY_VERIFY(!window.findChild<EndpointWizard *>());
        QVERIFY(project.findEndpoint("destination"));
        QCOMPARE(project.findEndpoint("destination")->path, std::string("target.db"));
        QCOMPARE(project.findTask("load")->target, std::string("destination"));
    }

    /// The catalog the tree shows follows its endpoint: a new file is read again at once
    /// (the node stays open), a rename keeps the catalog read, Undo reads the old file again.
    void editedEndpointCatalogIsReadAgain()
    {
        const QString left = m_dir.filePath(QStringLiteral("left.db"));
        const QString right = m_dir.filePath(QStringLiteral("right.db"));
        QVERIFY(sqlite(left, "CREATE TABLE apples (id INTEGER PRIMARY KEY)"));
        QVERIFY(sqlite(right, "CREATE TABLE pears (id INTEGER PRIMARY KEY)"));
        const QString projectPath = m_dir.filePath(QStringLiteral("catalog.ferry.yaml"));
        QVERIFY(writeFile(projectPath,
                          "ferry: 1\nname: catalog\nendpoints:\n"
                          "  fruit: {engine: sqlite, path: left.db}\n"
                          "  out: {engine: sqlite, path: out.db}\n"
                          "tasks:\n  copy: {source: fruit, target: out, "
                          "migration-type: full-load}\n"));
        MainWindow window;
        QVERIFY(test::showWithProject(window, projectPath));
        QTreeView *tree = projectTree(window);
        ProjectTreeModel *model = window.projectModel();
        const auto tableNames = [model] {
            QStringList names;
            if (const CatalogPtr catalog = model->catalog(EndpointRole::Source)) {
                for (const Schema &schema : catalog->schemas)
                    for (const Table &table : schema.tables)
                        names << q(table.name);
            }
            return names.join(QLatin1Char(','));
        };
        QPersistentModelIndex group;
        for (int row = 0; row < tree->model()->rowCount(); ++row) {
            const QModelIndex index = tree->model()->index(row, 0);
            if (index.data(ProjectTreeModel::KindRole).value<NodeKind>()
                == NodeKind::SourceCatalogGroup)
                group = index;
        }
        QVERIFY(group.isValid());
        tree->expand(group);
        QTRY_COMPARE_WITH_TIMEOUT(tableNames(), QStringLiteral("apples"), 10'000);

        emit tree->doubleClicked(rowOf(tree, NodeKind::Endpoint, "fruit"));
        EndpointWizard *wizard = openedWizard(window);
        QVERIFY(wizard);
        QVERIFY(press(wizard, QWizard::NextButton));
        typeInto(child<QLineEdit>(wizard->currentPage(), "pathEdit"), right);
        QVERIFY(press(wizard, QWizard::NextButton));
        QVERIFY(finishUntested(wizard));
        QTRY_COMPARE_WITH_TIMEOUT(tableNames(), QStringLiteral("pears"), 10'000);
        QVERIFY(tree->isExpanded(group));

        const CatalogPtr pears = model->catalog(EndpointRole::Source);
        emit tree->doubleClicked(rowOf(tree, NodeKind::Endpoint, "fruit"));
        wizard = openedWizard(window);
        QVERIFY(wizard);
        QVERIFY(press(wizard, QWizard::NextButton));
        typeInto(child<QLineEdit>(wizard->currentPage(), "nameEdit"), QStringLiteral("pear"));
        QVERIFY(press(wizard, QWizard::NextButton));
        QVERIFY(finishUntested(wizard));
        QTRY_VERIFY(window.document()->project().findEndpoint("pear"));
        QCOMPARE(model->catalogState(EndpointRole::Source), ProjectTreeModel::CatalogState::Read);
        QCOMPARE(model->catalog(EndpointRole::Source), pears); // not read again
        QVERIFY(group.data().toString().endsWith(QLatin1String(": pear")));

        window.document()->undoStack()->undo(); // the name
        window.document()->undoStack()->undo(); // the file
        QTRY_COMPARE_WITH_TIMEOUT(tableNames(), QStringLiteral("apples"), 10'000);
    }

    /// Editing without retyping the password keeps it: a password typed this session (asked
    /// each time) follows a rename and is what the wizard tests with; a password from an
    /// environment variable keeps its variable. Choosing another engine for an endpoint a task
    /// uses says that the task's mapping is kept. The project file never holds a password.
    void editKeepsThePasswordNotRetyped()
    {
        qputenv("FERRY_TEST_EDIT_PASSWORD", "from-the-environment");
        const QString projectPath = m_dir.filePath(QStringLiteral("servers.ferry.yaml"));
        QVERIFY(writeFile(projectPath,
                          "ferry: 1\nname: servers\nendpoints:\n"
                          "  asked:\n    engine: postgresql\n    host: db.invalid\n"
                          "    port: 5432\n    database: app\n    user: app\n"
                          "    password: {from: prompt}\n"
                          "  fromenv:\n    engine: postgresql\n    host: db.invalid\n"
                          "    database: app\n    user: app\n"
                          "    password: {from: env:FERRY_TEST_EDIT_PASSWORD}\n"
                          "tasks:\n  sync: {source: asked, target: fromenv, "
                          "migration-type: full-load}\n"));
        MainWindow window;
        QVERIFY(test::showWithProject(window, projectPath));
        QTreeView *tree = projectTree(window);
        ProjectDocument *document = window.document();
        const project::Project &project = document->project();
        document->setPassword("asked", Secret("typed-at-a-prompt")); // as Run asks it

        emit tree->doubleClicked(rowOf(tree, NodeKind::Endpoint, "asked"));
        EndpointWizard *wizard = openedWizard(window);
        QVERIFY(wizard);
        QVERIFY(child<QRadioButton>(wizard->currentPage(), "postgresqlRadio")->isChecked());
        QVERIFY(press(wizard, QWizard::NextButton));
        QWizardPage *server = wizard->currentPage();
        QCOMPARE(child<QLineEdit>(server, "hostEdit")->text(), QStringLiteral("db.invalid"));
        QCOMPARE(child<QLineEdit>(server, "portEdit")->text(), QStringLiteral("5432"));
        QCOMPARE(child<QLineEdit>(server, "databaseEdit")->text(), QStringLiteral("app"));
        QCOMPARE(child<QLineEdit>(server, "userEdit")->text(), QStringLiteral("app"));
        auto *password = child<QLineEdit>(server, "passwordEdit");
        QVERIFY(password->text().isEmpty());
        QVERIFY(!password->placeholderText().isEmpty());
        typeInto(child<QLineEdit>(server, "nameEdit"), QStringLiteral("asked2"));
        typeInto(child<QLineEdit>(server, "portEdit"), QStringLiteral("5433"));
        QVERIFY(press(wizard, QWizard::NextButton));
        // The connection test would log in with the kept password.
        QTRY_COMPARE(wizard->pageSet()->connectionSpec()->password.reveal(),
                     std::string("typed-at-a-prompt"));
        QCOMPARE(child<QLabel>(wizard->currentPage(), "passwordSummary")->text(),
                 QStringLiteral("Asked each time Ferry connects; never saved."));
        QVERIFY(finishUntested(wizard));
        QTRY_VERIFY(!window.findChild<EndpointWizard *>());
        const project::Endpoint *asked = project.findEndpoint("asked2");
        QVERIFY(asked);
        QCOMPARE(asked->port, 5433);
        QCOMPARE(asked->passwordSource, PasswordSource::Prompt);
        QVERIFY(asked->password.isEmpty());
        QVERIFY(document->password("asked2"));
        QCOMPARE(document->password("asked2")->reveal(), std::string("typed-at-a-prompt"));
        QCOMPARE(project.findTask("sync")->source, std::string("asked2"));

        menuAction(tree, rowOf(tree, NodeKind::Endpoint, "fromenv"), "treeEditEndpointAction")
            ->trigger();
        closeMenus(tree);
        wizard = openedWizard(window);
        QVERIFY(wizard);
        auto *note = child<QLabel>(wizard->currentPage(), "engineChangeNote");
        QVERIFY(note && note->isHidden());
        auto *mysql = child<QRadioButton>(wizard->currentPage(), "mysqlRadio");
        QTest::mouseClick(mysql, Qt::LeftButton, {}, QPoint(8, mysql->height() / 2));
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(),
                 QStringLiteral("1 task uses this endpoint: sync. Its table mapping is kept as it "
                                "is when the engine changes; check it with Edit Mapping "
                                "afterwards."));
        QVERIFY(test::screenshot(wizard, QStringLiteral("wizard-endpoint-edit-engine.png")));
        auto *postgres = child<QRadioButton>(wizard->currentPage(), "postgresqlRadio");
        QTest::mouseClick(postgres, Qt::LeftButton, {}, QPoint(8, postgres->height() / 2));
        QVERIFY(note->isHidden());
        QVERIFY(press(wizard, QWizard::NextButton));
        typeInto(child<QLineEdit>(wizard->currentPage(), "databaseEdit"), QStringLiteral("app2"));
        QVERIFY(test::screenshot(wizard, QStringLiteral("wizard-endpoint-edit.png")));
        QVERIFY(press(wizard, QWizard::NextButton));
        QTRY_COMPARE(wizard->pageSet()->connectionSpec()->password.reveal(),
                     std::string("from-the-environment"));
        QVERIFY(finishUntested(wizard));
        QTRY_VERIFY(!window.findChild<EndpointWizard *>());
        const project::Endpoint *fromEnv = project.findEndpoint("fromenv");
        QVERIFY(fromEnv);
        QCOMPARE(fromEnv->database, std::string("app2"));
        QCOMPARE(fromEnv->passwordSource, PasswordSource::Env);
        QCOMPARE(fromEnv->passwordEnv, std::string("FERRY_TEST_EDIT_PASSWORD"));
        QVERIFY(!document->password("fromenv"));

        QVERIFY(document->save());
        QFile file(projectPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("typed-at-a-prompt"));
        QVERIFY(!text.contains("from-the-environment"));
        auto saved = project::loadProjectFile(projectPath.toStdString());
        QVERIFY2(saved, saved ? "" : saved.error().toString().c_str());
        QCOMPARE(saved->findEndpoint("asked2")->passwordSource, PasswordSource::Prompt);
        QCOMPARE(saved->findEndpoint("fromenv")->passwordEnv,
                 std::string("FERRY_TEST_EDIT_PASSWORD"));
    }

    /// An ODBC endpoint that names a driver and its options instead of a data source: the
    /// page says they are kept and lets it go on without a data source; a new user name is
    /// written, the driver options stay.
    void odbcDriverEndpointKeepsItsOptions()
    {
        const QString projectPath = m_dir.filePath(QStringLiteral("odbc.ferry.yaml"));
        QVERIFY(writeFile(projectPath,
                          "ferry: 1\nname: odbc\nendpoints:\n"
                          "  legacy:\n    engine: odbc\n    user: old\n"
                          "    options: {driver: Legacy Driver, server: legacy.invalid}\n"));
        MainWindow window;
        QVERIFY(test::showWithProject(window, projectPath));
        emit projectTree(window)->doubleClicked(
            rowOf(projectTree(window), NodeKind::Endpoint, "legacy"));
        EndpointWizard *wizard = openedWizard(window);
        QVERIFY(wizard);
        QVERIFY(child<QRadioButton>(wizard->currentPage(), "odbcRadio")->isChecked());
        QVERIFY(press(wizard, QWizard::NextButton));
        QWizardPage *page = wizard->currentPage();
        auto *status = child<QLabel>(page, "dsnStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Legacy Driver")), 10'000);
        QCOMPARE(child<QLineEdit>(page, "userEdit")->text(), QStringLiteral("old"));
        typeInto(child<QLineEdit>(page, "userEdit"), QStringLiteral("new"));
        QVERIFY(press(wizard, QWizard::NextButton));
        QVERIFY(finishUntested(wizard));
        QTRY_VERIFY(!window.findChild<EndpointWizard *>());
        const project::Endpoint *legacy = window.document()->project().findEndpoint("legacy");
        QVERIFY(legacy);
        QCOMPARE(legacy->user, std::string("new"));
        QVERIFY(legacy->dsn.empty());
        QCOMPARE(legacy->options,
                 (std::map<std::string, std::string> {{"driver", "Legacy Driver"},
                                                      {"server", "legacy.invalid"}}));
    }

    /// Reload Tables: not offered while a run starts; for a task that never ran it says so;
    /// after a run its dialog lists the task's tables, Cancel starts nothing, and two tables
    /// checked (one by the keyboard, one through the filter and Select All) are loaded again:
    /// a row deleted on the target comes back in those two tables only.
    void reloadTablesFromTheTree()
    {
        const QString source = m_dir.filePath(QStringLiteral("shop.db"));
        const QString target = m_dir.filePath(QStringLiteral("shop-copy.db"));
        for (const char *table : {"customers", "orders", "products"}) {
            QVERIFY(sqlite(source,
                           "CREATE TABLE " + std::string(table)
                               + " (id INTEGER PRIMARY KEY, name VARCHAR(20))"));
            QVERIFY(sqlite(source,
                           "INSERT INTO " + std::string(table)
                               + " VALUES (1, 'one'), (2, 'two'), (3, 'three')"));
        }
        const QString projectPath = m_dir.filePath(QStringLiteral("shop.ferry.yaml"));
        QVERIFY(writeFile(projectPath,
                          "ferry: 1\nname: shop\nendpoints:\n"
                          "  shop: {engine: sqlite, path: shop.db}\n"
                          "  copy: {engine: sqlite, path: shop-copy.db}\n"
                          "tasks:\n  load: {source: shop, target: copy, "
                          "migration-type: full-load}\n"));
        MainWindow window;
        QVERIFY(test::showWithProject(window, projectPath));
        QTreeView *tree = projectTree(window);
        auto *status = window.findChild<QLabel *>(QStringLiteral("taskStatus"));

        QAction *reload
            = menuAction(tree, rowOf(tree, NodeKind::Task, "load"), "treeReloadTablesAction");
        QVERIFY(reload && reload->isEnabled());
        reload->trigger();
        closeMenus(tree);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("has not run")), 10'000);
        QVERIFY(!window.findChild<ReloadTablesDialog *>());

        QSignalSpy ended(&window, &MainWindow::taskEnded);
        window.findChild<QAction *>(QStringLiteral("runTaskAction"))->trigger();
        QVERIFY(!menuAction(tree, rowOf(tree, NodeKind::Task, "load"), "treeReloadTablesAction")
                     ->isEnabled());
        closeMenus(tree);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 60'000);
        QVERIFY2(ended.at(0).at(0).toBool(), qPrintable(ended.at(0).at(1).toString()));
        for (const char *table : {"customers", "orders", "products"}) {
            QCOMPARE(ids(target, table), std::string("1,2,3"));
            QVERIFY(sqlite(target, "DELETE FROM " + std::string(table) + " WHERE id = 2"));
        }

        ReloadTablesDialog *dialog = openReloadDialog(window);
        QVERIFY(dialog);
        QTreeView *tables = child<QTreeView>(dialog, "tablesView");
        QCOMPARE(tables->model()->rowCount(), 3);
        QStringList listed;
        for (int row = 0; row < 3; ++row)
            listed << tables->model()->index(row, 0).data().toString();
        QCOMPARE(listed,
                 QStringList({QStringLiteral("main.customers"), QStringLiteral("main.orders"),
                              QStringLiteral("main.products")}));
        QPushButton *ok
            = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        checkWithSpace(tables, 1); // orders
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel),
            Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<ReloadTablesDialog *>());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("runTaskAction"))->isEnabled());
        QCOMPARE(ended.size(), 1);

        dialog = openReloadDialog(window);
        QVERIFY(dialog);
        tables = child<QTreeView>(dialog, "tablesView");
        checkWithSpace(tables, 1); // orders
        typeInto(child<QLineEdit>(dialog, "filterEdit"), QStringLiteral("CUST"));
        QTRY_COMPARE(tables->model()->rowCount(), 1);
        QTest::mouseClick(child<QPushButton>(dialog, "selectAllButton"), Qt::LeftButton);
        typeInto(child<QLineEdit>(dialog, "filterEdit"), QString());
        QTRY_COMPARE(tables->model()->rowCount(), 3);
        ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QCOMPARE(ok->text(), QStringLiteral("&Reload 2 Tables"));
        QVERIFY(test::screenshot(dialog, QStringLiteral("reload-tables.png")));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 60'000);
        QVERIFY2(ended.at(1).at(0).toBool(), qPrintable(ended.at(1).at(1).toString()));
        QCOMPARE(ids(target, "customers"), std::string("1,2,3"));
        QCOMPARE(ids(target, "orders"), std::string("1,2,3"));
        QCOMPARE(ids(target, "products"), std::string("1,3"));
    }

    /// Reload Tables on a task that ran (in reloadTablesFromTheTree) but is not the one the
    /// window shows (it shows the first task, which never ran): the tables and their states
    /// come from the target's control tables.
    void reloadTablesOfATaskNotShown()
    {
        const QString projectPath = m_dir.filePath(QStringLiteral("shop-two.ferry.yaml"));
        QVERIFY(writeFile(projectPath,
                          "ferry: 1\nname: shop\nendpoints:\n"
                          "  shop: {engine: sqlite, path: shop.db}\n"
                          "  copy: {engine: sqlite, path: shop-copy.db}\n"
                          "tasks:\n  first: {source: shop, target: copy, "
                          "migration-type: full-load}\n"
                          "  load: {source: shop, target: copy, migration-type: full-load}\n"));
        MainWindow window;
        QVERIFY(test::showWithProject(window, projectPath));
        QCOMPARE(window.projectModel()->currentTask(), std::string("first"));
        ReloadTablesDialog *dialog = openReloadDialog(window); // task "load"
        QVERIFY(dialog);
        QTreeView *tables = child<QTreeView>(dialog, "tablesView");
        QCOMPARE(tables->model()->rowCount(), 3);
        QCOMPARE(tables->model()->index(2, 0).data().toString(), QStringLiteral("main.products"));
        QCOMPARE(tables->model()->index(2, 2).data().toString(), QStringLiteral("Table completed"));
        QVERIFY(tables->isColumnHidden(1)); // the control tables keep no target names
        dialog->reject();
        QTRY_VERIFY(!window.findChild<ReloadTablesDialog *>());
    }
};

QTEST_MAIN(TestProjectTreeMenu)
#include "tst_project_tree_menu.moc"
