// SPDX-License-Identifier: MIT
#include "engine/sample/ticketing_sample.h"
#include "models/project/project_document.h"
#include "ui/dialogs.h"
#include "ui/exceptions/exceptions_view.h"
#include "ui/main_window.h"
#include "ui/table_statistics_view.h"

#include "tests/support/test_support.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

/// The main window's layout and controls (issue #13): what stays put, what is enabled, what
/// shows, on a project opened from a file (nothing runs).
class TestMainWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(ferry::test::useEnglish(m_english)); // "1 ticket", "2 tickets"
        QCoreApplication::setOrganizationName(QStringLiteral("FerryTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window_layout"));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        ferry::ProjectDocument document;
        document.reset(ferry::sample::sampleProject(
                           ferry::sample::demoFiles(1000, m_dir.path().toStdString())),
                       {});
        m_projectPath = m_dir.filePath(QStringLiteral("layout.ferry.yaml"));
        QVERIFY(document.saveAs(m_projectPath));
    }

    void init()
    {
        QSettings().clear(); // no saved geometry, state or recent projects
        ferry::Dialogs::clearAnswers();
    }

    void cleanup()
    {
        QCOMPARE(ferry::Dialogs::pendingAnswers(), 0);
        ferry::Dialogs::clearAnswers();
    }

    /// An undoable edit names itself in Edit > Undo, but the toolbar's Undo and Redo keep a
    /// short text and their width, so Run stays where the pointer is; the tooltip has it all.
    void runStaysPutAfterAnUndoableEdit()
    {
        ferry::MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_projectPath));
        auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar);
        auto *run = window.findChild<QAction *>(QStringLiteral("runTaskAction"));
        QWidget *runButton = toolBar->widgetForAction(run);
        QVERIFY(runButton);
        QApplication::processEvents();
        const int runX = runButton->mapTo(&window, QPoint(0, 0)).x();

        ferry::project::Project edited = window.document()->project();
        edited.name += "-edited";
        window.document()->edit(QStringLiteral("Edit mapping of task full-load"), edited);
        QApplication::processEvents();
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Edit mapping of task full-load"));
        QCOMPARE(runButton->mapTo(&window, QPoint(0, 0)).x(), runX);
        auto *undoButton = qobject_cast<QToolButton *>(toolBar->widgetForAction(
            window.findChild<QAction *>(QStringLiteral("undoActionTool"))));
        QVERIFY(undoButton);
        QCOMPARE(undoButton->text(), QStringLiteral("Undo"));
        QVERIFY(undoButton->isEnabled());
        QCOMPARE(undoButton->toolTip(), QStringLiteral("Undo Edit mapping of task full-load"));

        undoButton->click();
        QApplication::processEvents();
        QVERIFY(!window.document()->isModified());
        QCOMPARE(runButton->mapTo(&window, QPoint(0, 0)).x(), runX);
        QVERIFY(!undoButton->isEnabled());
    }

    /// The Exceptions tab wears the warning icon only while some table has rejected rows.
    void exceptionsTabWarnsOnlyWithRejectedRows()
    {
        ferry::MainWindow window;
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
        const int exceptions = tabs->indexOf(window.exceptions());
        QVERIFY(exceptions >= 0);
        QVERIFY(tabs->tabIcon(exceptions).isNull());
        QCOMPARE(tabs->tabText(exceptions), QStringLiteral("Exceptions"));

        ferry::task::TaskSnapshot snapshot;
        snapshot.taskName = std::string("sample");
        snapshot.state = ferry::task::TaskState::LoadComplete;
        ferry::task::TableStatistics clean;
        clean.schema = std::string("main");
        clean.table = std::string("venue");
        clean.state = ferry::task::TableState::Completed;
        clean.fullLoadRows = 40;
        snapshot.tables = {clean};
        window.tableStatistics()->setSnapshot(snapshot);
        QVERIFY(tabs->tabIcon(exceptions).isNull());

        ferry::task::TableStatistics rejected = clean;
        rejected.table = std::string("ticket");
        rejected.fullLoadErrorRows = 3;
        snapshot.tables.push_back(rejected);
        window.tableStatistics()->setSnapshot(snapshot);
        QVERIFY(!tabs->tabIcon(exceptions).isNull());

        window.tableStatistics()->clear();
        QVERIFY(tabs->tabIcon(exceptions).isNull());
    }

    /// Save is for changes: disabled on a project just opened, enabled by an edit, disabled
    /// again when undo returns to the saved state. Save As stays available.
    void saveIsEnabledOnlyWithChanges()
    {
        ferry::MainWindow window;
        auto *save = window.findChild<QAction *>(QStringLiteral("saveAction"));
        auto *saveAs = window.findChild<QAction *>(QStringLiteral("saveAsAction"));
        QVERIFY(!save->isEnabled());
        QVERIFY(window.openProject(m_projectPath));
        QVERIFY(!save->isEnabled());
        QVERIFY(saveAs->isEnabled());

        ferry::project::Project edited = window.document()->project();
        edited.name += "-edited";
        window.document()->edit(QStringLiteral("Rename"), edited);
        QVERIFY(save->isEnabled());
        window.document()->undoStack()->undo();
        QVERIFY(!save->isEnabled());
        window.document()->undoStack()->redo();
        QVERIFY(save->isEnabled());
        window.document()->undoStack()->undo(); // nothing to ask when the window closes
    }

    /// Without a project the tree shows no Endpoints / catalogs / Tasks groups (there is
    /// nothing in them); they come with a project and go when it is closed.
    void projectTreeIsEmptyWithoutAProject()
    {
        ferry::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));
        QVERIFY(tree);
        const auto shownGroups = [tree] {
            int shown = 0;
            for (int row = 0; row < tree->model()->rowCount(); ++row)
                shown += tree->isRowHidden(row, {}) ? 0 : 1;
            return shown;
        };
        QCOMPARE(shownGroups(), 0);
        QVERIFY(window.openProject(m_projectPath));
        QCOMPARE(shownGroups(), 4);
        window.closeProject();
        QCOMPARE(shownGroups(), 0);
    }

    /// Numbers in the status bar have group separators ("12,345 tickets").
    void statusBarNumbersHaveGroupSeparators()
    {
        ferry::MainWindow window;
        window.openSampleProject(12'345, false);
        auto *status = window.findChild<QLabel *>(QStringLiteral("taskStatus"));
        QVERIFY2(status->text().startsWith(QLatin1String("Sample: preparing 12,345 tickets")),
                 qPrintable(status->text()));
        // Let the sample be written before the window (and its engine) goes.
        QSignalSpy opened(&window, &ferry::MainWindow::projectOpened);
        QVERIFY(opened.wait(120'000));
    }

    /// At 1600 x 1000 the project dock is wide enough for "Source catalog: <endpoint>": a
    /// fifth of the window or more, not the 220 px it used to start with.
    void projectDockTakesAShareOfAWideWindow()
    {
        ferry::MainWindow window;
        window.show(); // at its first-start size; then made 1600 wide, as a window manager does
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_projectPath));
        window.resize(1600, 1000);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("projectDock"));
        QVERIFY(dock);
        QTRY_VERIFY2(dock->width() >= 1600 / 5, qPrintable(QString::number(dock->width())));
        QVERIFY2(dock->width() <= 1600 / 3, qPrintable(QString::number(dock->width())));
    }

private:
    QTranslator m_english;
    QTemporaryDir m_dir;
    QString m_projectPath;
};

QTEST_MAIN(TestMainWindowLayout)
#include "tst_main_window_layout.moc"
