// SPDX-License-Identifier: MIT
// Issue #13, "Safer editing": endpoints and tasks in the project tree have a context menu
// (duplicate, delete with a question, and for tasks run / resume / edit mapping) and a task
// opens its mapping on double-click. Driven through the real main window on an SQLite project.
#include "engine/connectors/connector.h"
#include "models/project/project_document.h"
#include "models/project/project_tree_model.h"
#include "ui/dialogs.h"
#include "ui/error_banner.h"
#include "ui/main_window.h"
#include "ui/mapping/mapping_dialog.h"

#include "tests/support/test_support.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace ferry;
using NodeKind = ProjectTreeModel::NodeKind;

class TestProjectTreeMenu : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
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

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FerryTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_project_tree_menu"));
        QStandardPaths::setTestModeEnabled(true);
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
};

QTEST_MAIN(TestProjectTreeMenu)
#include "tst_project_tree_menu.moc"
