// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"
#include "engine/service/engine_service.h"

#include <QMainWindow>

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace ferry {

class EndpointWizard;
class EngineClient;
class ErrorBanner;
class ExceptionsView;
class LogView;
class MappingDialog;
class MonitoringView;
class ProjectDocument;
class ProjectTreeModel;
class TableStatisticsView;
class WelcomePage;
namespace task {
struct TaskRequest;
}
namespace sample {
struct DemoFiles;
}

/**
 * The workbench's main window: the welcome page when no project is open, else the project tree
 * dock and the central tabs (table statistics, monitoring, logs); menus, toolbar and status bar
 * with the running task's state. Owns the EngineClient (the one engine thread) and the
 * ProjectDocument (undoable edits, unsaved-changes prompt, recent projects).
 * Thread: GUI thread; nothing here waits for the engine.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file (asks about unsaved changes first). False when refused or invalid
    /// (the reason is shown inline and in a message).
    bool openProject(const QString &path);
    /// Generates the embedded sports-ticketing sample (once, under the user's data directory),
    /// writes the sample project next to it and opens it; with run, starts its task at once.
    void openSampleProject(int64_t tickets, bool run);
    /// openSampleProject(tickets, true): what File > Run sample migration does.
    void runSampleMigration(int64_t tickets);
    /// Runs a task of the open project (empty: the task selected in the tree, else the first),
    /// asking for passwords the endpoints need; the tabs follow it live.
    void runTask(const std::string &taskName = {}, bool resume = false,
                 const std::vector<std::pair<std::string, std::string>> &reloadTables = {});
    /// Table statistics > Reload table: resumes the task shown, loading that table again from
    /// scratch (DMS "Reload table data"); the other tables stay as they are.
    void reloadTable(const QString &schema, const QString &table);
    /// Stops the running task (resumable).
    void stopTask();
    /// Closes the project (without asking) and shows the welcome page.
    void closeProject();
    /// File > New Project: the project wizard (window-modal); its project opens when it finishes.
    void newProject();
    /// Edit > New Endpoint: the endpoint wizard; the endpoint is added as an undoable edit.
    void newEndpoint();
    /// Task > Edit Mapping: the mapping dialog for the selected task, over its source catalog.
    void editMapping();
    /// The mapping dialog for one task (the exceptions view's "Edit rules...").
    /// The dialog (open, deleted on close), or null when there is no such task.
    MappingDialog *editMappingOf(const std::string &taskName);

    TableStatisticsView *tableStatistics() const { return m_statistics; }
    LogView *logs() const { return m_logs; }
    MonitoringView *monitoring() const { return m_monitoring; }
    ExceptionsView *exceptions() const { return m_exceptions; }
    ProjectDocument *document() const { return m_document; }
    ProjectTreeModel *projectModel() const { return m_treeModel; }
    EngineClient *engine() const { return m_client; }

signals:
    /// The running task ended: completed, failed or stopped (text as in the status bar).
    void taskEnded(bool ok, const QString &message);
    /// A project was opened (or the sample project was written and opened).
    void projectOpened(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    /// The actions the toolbar shows besides the members (Save, Run, Resume, Stop, sample).
    struct ToolBarActions
    {
        QAction *newProject = nullptr;
        QAction *openProject = nullptr;
        QAction *undo = nullptr;
        QAction *redo = nullptr;
    };
    void createActions();
    void createFileMenu(ToolBarActions &shared);
    void createEditMenu(ToolBarActions &shared);
    void createTaskMenu();
    void createToolBar(const ToolBarActions &shared);
    void createDocks();
    void showSnapshot(const TaskSnapshotPtr &snapshot);
    /// "Load complete - 3 of 4 tables loaded, 1 in error, 2 completed with errors" (status bar).
    [[nodiscard]] static QString summaryText(const task::TaskSnapshot &snapshot);
    /// "3 of 4 tables loaded" ("1 of 1 table loaded").
    [[nodiscard]] static QString tablesLoadedText(const task::TaskSnapshot &snapshot);
    void taskDone(const TaskOutcomePtr &outcome);
    void taskFailed(const Error &error);
    void sampleFailed(const Error &error);
    void sampleProjectSaved(const sample::DemoFiles &files, const Result<project::Project> &saved);
    void startTask(task::TaskRequest request);
    void finishTask(bool ok, const QString &message);
    void resolvePasswords(task::TaskRequest request, std::string sourceEndpoint,
                          std::string targetEndpoint);
    /// A run that is not a resume: when the task ran before on its target (control tables),
    /// asks Resume / Restart (naming TargetTablePrepMode) / Cancel, then starts.
    void confirmRunMode(task::TaskRequest request);
    void askResumeOrRestart(task::TaskRequest request, const TaskSnapshotPtr &last);
    /// Before a first run: asks when target tables the run would empty hold rows.
    void confirmReplacing(task::TaskRequest request);
    void askReplace(task::TaskRequest request, const QStringList &tables);
    /// Project tree > Test Connection: the diagnosis in the status bar, a failure in the
    /// banner; a refused password is asked again.
    void testEndpoint(const std::string &endpointName);
    /// Project tree > Edit (or a double-click): the endpoint wizard in edit mode; accepting
    /// replaces the endpoint as one undoable edit (tasks follow a rename).
    void editEndpoint(const std::string &endpointName);
    void endpointEdited(const std::string &oldName, const EndpointWizard &wizard);
    /// Project tree > Reload Tables: the tables of the task's last run (shown, else read from
    /// its target's control tables) to choose from; OK resumes the task reloading them.
    void reloadTablesOf(const std::string &taskName);
    void chooseReloadTables(const std::string &taskName, const TaskSnapshotPtr &last);
    /// Whether Reload Tables is offered for a task: no task runs, and the task is not the one
    /// shown or the shown run has tables.
    bool canReloadTables(const std::string &taskName) const;
    /// The user cancelled a Run question: nothing started.
    void runDeclined(const std::string &taskName);
    /// A run that could not start (its checks failed): banner, status, password asked again.
    void notStarted(const std::string &taskName, const QString &why, const Error &error);
    /// Reopened project: the last run of a task (the one the tree selects) from its target's
    /// control tables, when its password is at hand without asking.
    void showLastRun(const std::string &taskName);
    /// The tabs show `taskName` on `target` (its statistics, its exceptions).
    void showTask(const task::TaskRequest &request);
    /// After a re-apply: the rows loaded and rejected as the control tables now say.
    void refreshStoredCounts();
    /// Asks for an endpoint's password without blocking; typed: kept for the session, then
    /// `then` runs; cancelled: `cancelled` runs (if given).
    void askPassword(const std::string &endpointName, std::function<void()> then,
                     std::function<void()> cancelled = {});
    /// A login was refused (the caller shows the error): the passwords of `endpoints` typed
    /// this session are forgotten, asked again, and `retry` runs with them.
    void loginRefused(const std::vector<std::string> &endpoints, std::function<void()> retry);
    /// An error that ended an operation: in the banner (whole) and the status bar.
    void showError(const QString &status, const Error &error);
    void catalogFailed(const QString &endpointName, EndpointRole side, const Error &error);
    bool maybeSave();
    bool save();
    bool saveAs();
    void chooseAndOpenProject();
    void addRecentProject(const QString &path);
    void updateRecentProjects();
    void updateActions();
    void updateProjectTree();
    void fitProjectDock();
    void updateExceptionsTab();
    void updateTitle();
    void showPreferences();
    void showAbout();
    QString selectedTaskName() const;

    EngineClient *m_client = nullptr;
    ProjectDocument *m_document = nullptr;
    ProjectTreeModel *m_treeModel = nullptr;
    QStackedWidget *m_central = nullptr;
    WelcomePage *m_welcome = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_projectTree = nullptr;
    QDockWidget *m_projectDock = nullptr;
    /// No saved window state and no separator dragged yet: the dock keeps a share of the width.
    bool m_dockFollowsWindow = false;
    TableStatisticsView *m_statistics = nullptr;
    LogView *m_logs = nullptr;
    MonitoringView *m_monitoring = nullptr;
    ExceptionsView *m_exceptions = nullptr;
    QAction *m_newEndpointAction = nullptr;
    QAction *m_editMappingAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_runSampleAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_stopAction = nullptr;
    QLabel *m_taskStatus = nullptr;
    ErrorBanner *m_errorBanner = nullptr;
    qint64 m_statisticsRejected = 0; ///< rows the shown statistics say were rejected
    qint64 m_exceptionsRejected = 0; ///< rows the exceptions view read
    RequestId m_sampleRequest = 0;
    RequestId m_taskRequest = 0;
    bool m_runSampleWhenReady = false;
    bool m_taskStarting = false;
    std::string m_shownTask; ///< the task whose statistics the tabs show
    ConnectionSpec m_shownTarget; ///< its target (password included), for re-reading counts
    project::TaskSettings m_shownSettings;
    /// The last Run asked for (run again once a refused password is typed again).
    struct RunAsked
    {
        std::string task;
        bool resume = false;
        std::vector<std::pair<std::string, std::string>> reloadTables;
    } m_runAsked;
    /// Endpoints whose password was typed at a prompt and no run has used yet.
    std::set<std::string> m_untriedPasswords;
};

} // namespace ferry
