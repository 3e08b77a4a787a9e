// SPDX-License-Identifier: MIT
#include "ui/main_window.h"

#include "engine/project/project_file.h"
#include "engine/sample/ticketing_sample.h"
#include "engine/task/control_tables.h"
#include "engine/task/load_settings.h"
#include "engine/task/state_text.h"
#include "engine/task/task_request.h"
#include "models/engine_client.h"
#include "models/project/endpoint_connection.h"
#include "models/project/project_document.h"
#include "models/project/project_tree_model.h"
#include "models/project/workbench_error.h"
#include "models/settings.h"
#include "models/table_statistics_model.h"
#include "ui/dialogs.h"
#include "ui/error_banner.h"
#include "ui/exceptions/exceptions_view.h"
#include "ui/icons.h"
#include "ui/log_view.h"
#include "ui/mapping/mapping_dialog.h"
#include "ui/mapping/mapping_editor.h"
#include "ui/monitoring/monitoring_view.h"
#include "ui/preferences_dialog.h"
#include "ui/project_tree_menu.h"
#include "ui/reload_tables_dialog.h"
#include "ui/table_statistics_view.h"
#include "ui/welcome_page.h"
#include "ui/wizards/endpoint_wizard.h"
#include "ui/wizards/project_wizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <memory>

namespace ferry {

namespace {

constexpr int MaxRecentProjects = 8;

/// Adds the icons the project tree shows (the model says what a row is; the ui picks icons).
class ProjectTreeIcons : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DecorationRole)
            return QIdentityProxyModel::data(index, role);
        using Kind = ProjectTreeModel::NodeKind;
        switch (index.data(ProjectTreeModel::KindRole).value<Kind>()) {
        case Kind::EndpointsGroup:
        case Kind::Endpoint:
            return icon("endpoint");
        case Kind::SourceCatalogGroup:
        case Kind::TargetCatalogGroup: {
            using State = ProjectTreeModel::CatalogState;
            const auto state = index.data(ProjectTreeModel::StateRole).value<State>();
            if (state == State::Reading)
                return icon("state-running");
            if (state == State::Failed)
                return icon("state-error");
            return icon("database");
        }
        case Kind::TasksGroup:
        case Kind::Task:
            return icon("task");
        case Kind::Schema:
            return icon("schema");
        case Kind::Table:
            return icon("table");
        case Kind::Message:
            return icon("info");
        }
        return {};
    }
};

/// Errors as the workbench shows them: whole sentences, workbench advice (not the CLI's).
QString errorText(const Error &error) { return workbenchErrorText(error); }

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_client(new EngineClient(this))
    , m_document(new ProjectDocument(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_treeModel = new ProjectTreeModel(m_document, m_client, this);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    m_statistics = new TableStatisticsView;
    m_tabs->addTab(m_statistics, icon("table"), tr("Table statistics"));
    m_monitoring = new MonitoringView;
    m_tabs->addTab(m_monitoring, icon("chart"), tr("Monitoring"));
    m_logs = new LogView;
    m_tabs->addTab(m_logs, icon("log"), tr("Logs"));
    m_exceptions = new ExceptionsView;
    m_tabs->addTab(m_exceptions, tr("Exceptions")); // the warning icon only with rows

    m_welcome = new WelcomePage;
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("centralStack"));
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_tabs);
    // An error that ended a run or a catalog read shows whole above the central area.
    m_errorBanner = new ErrorBanner;
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_errorBanner);
    centralLayout->addWidget(m_central, 1);
    setCentralWidget(central);

    createDocks();
    createActions();
    m_taskStatus = new QLabel(tr("No task running"), this);
    m_taskStatus->setObjectName(QStringLiteral("taskStatus"));
    statusBar()->addWidget(m_taskStatus, 1);

    connect(m_welcome, &WelcomePage::sampleRequested, this,
            [this] { openSampleProject(sample::DefaultTickets, false); });
    connect(m_welcome, &WelcomePage::newProjectRequested, this, &MainWindow::newProject);
    connect(m_welcome, &WelcomePage::openProjectRequested, this,
            &MainWindow::chooseAndOpenProject);
    connect(m_welcome, &WelcomePage::recentProjectRequested, this,
            [this](const QString &path) { openProject(path); });
    connect(m_document, &ProjectDocument::projectChanged, this, [this] {
        updateProjectTree();
        updateActions();
        updateTitle();
    });
    connect(m_document, &ProjectDocument::modifiedChanged, this, [this] {
        updateActions(); // Save follows the undo stack's clean state
        updateTitle();
    });
    connect(m_document, &ProjectDocument::filePathChanged, this, [this] { updateTitle(); });
    // The monitoring tab's per-table chart follows the table selected in the statistics.
    connect(m_statistics->tableView()->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const QAbstractItemModel *model = current.model();
                m_monitoring->setSelectedTable(
                    model->index(current.row(), 0).data().toString(),
                    model->index(current.row(), 1).data().toString());
            });
    connect(m_statistics, &TableStatisticsView::reloadTableRequested, this,
            &MainWindow::reloadTable);
    // A re-apply moved rows from rejected to loaded: the statistics follow the control tables.
    connect(m_exceptions, &ExceptionsView::reapplied, this, [this] { refreshStoredCounts(); });
    // The Exceptions tab warns while the statistics or the exceptions read say rows were
    // rejected (a re-apply can bring them to 0).
    connect(m_statistics, &TableStatisticsView::rejectedRowsChanged, this, [this](qint64 rows) {
        m_statisticsRejected = rows;
        updateExceptionsTab();
    });
    connect(m_exceptions, &ExceptionsView::rejectedRowsChanged, this, [this](qint64 rows) {
        m_exceptionsRejected = rows;
        updateExceptionsTab();
    });
    connect(m_exceptions, &ExceptionsView::editRulesRequested, this,
            [this](const QString &schema, const QString &table, const QString &column) {
                if (MappingDialog *dialog = editMappingOf(m_shownTask); dialog && !table.isEmpty())
                    dialog->editor()->showColumnRule(schema, table, column);
            });
    connect(m_statistics, &TableStatisticsView::showExceptionsRequested, this,
            [this](const QString &schema, const QString &table) {
                m_exceptions->showTable(schema, table);
                m_tabs->setCurrentWidget(m_exceptions);
            });
    connect(m_treeModel, &ProjectTreeModel::passwordNeeded, this,
            [this](const QString &endpoint, EndpointRole side) {
                askPassword(endpoint.toStdString(),
                            [this, side] { m_treeModel->readCatalog(side); });
            });
    connect(m_treeModel, &ProjectTreeModel::catalogError, this, &MainWindow::catalogFailed);

    QSettings settings;
    const QByteArray geometry = Settings::MainWindowGeometry.value(settings);
    if (geometry.isEmpty())
        resize(1100, 700);
    else
        restoreGeometry(geometry);
    // Without a saved layout the dock keeps its share of the window as the window is shown and
    // resized (a window manager or -geometry often sizes it after the first show), until the
    // user drags a separator.
    m_dockFollowsWindow = !restoreState(Settings::MainWindowState.value(settings));
    updateRecentProjects();
    updateProjectTree();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow() = default; // EngineClient stops tasks (resumable) and joins

void MainWindow::createDocks()
{
    auto *dock = new QDockWidget(tr("Project"), this);
    m_projectDock = dock;
    dock->setObjectName(QStringLiteral("projectDock"));
    m_projectTree = new QTreeView(dock);
    m_projectTree->setObjectName(QStringLiteral("projectTree"));
    m_projectTree->setHeaderHidden(true);
    m_projectTree->setUniformRowHeights(true);
    auto *icons = new ProjectTreeIcons(m_projectTree);
    icons->setSourceModel(m_treeModel);
    m_projectTree->setModel(icons);
    m_projectTree->expand(icons->mapFromSource(
        m_treeModel->groupIndex(ProjectTreeModel::NodeKind::EndpointsGroup)));
    m_projectTree->expand(icons->mapFromSource(
        m_treeModel->groupIndex(ProjectTreeModel::NodeKind::TasksGroup)));
    connect(m_projectTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>()
                    == ProjectTreeModel::NodeKind::Task)
                    m_treeModel->setCurrentTask(
                        current.data(ProjectTreeModel::NameRole).toString().toStdString());
            });
    auto *menu = new ProjectTreeMenu(m_projectTree, m_document, this);
    connect(menu, &ProjectTreeMenu::runRequested, this,
            [this](const QString &task, bool resume) { runTask(task.toStdString(), resume); });
    connect(menu, &ProjectTreeMenu::editMappingRequested, this,
            [this](const QString &task) { editMappingOf(task.toStdString()); });
    connect(menu, &ProjectTreeMenu::testConnectionRequested, this,
            [this](const QString &endpoint) { testEndpoint(endpoint.toStdString()); });
    connect(menu, &ProjectTreeMenu::editEndpointRequested, this,
            [this](const QString &endpoint) { editEndpoint(endpoint.toStdString()); });
    connect(menu, &ProjectTreeMenu::reloadTablesRequested, this,
            [this](const QString &task) { reloadTablesOf(task.toStdString()); });
    menu->setReloadCheck(
        [this](const QString &task) { return canReloadTables(task.toStdString()); });
    dock->setWidget(m_projectTree);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    fitProjectDock();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitProjectDock();
}

bool MainWindow::event(QEvent *event)
{
    // Presses that reach the window itself are on a separator: the user sizes the dock now.
    if (event->type() == QEvent::MouseButtonPress)
        m_dockFollowsWindow = false;
    return QMainWindow::event(event);
}

void MainWindow::fitProjectDock()
{
    if (!m_dockFollowsWindow || !isVisible() || m_projectDock->isFloating())
        return;
    // A fifth of the window (room for "Source catalog: <endpoint>" and table names with their
    // row counts), at least about 28 characters, at most a third of the window.
    const int characters = m_projectTree->fontMetrics().averageCharWidth() * 28;
    const int share = std::clamp(width() / 5, std::min(characters, width() / 3), width() / 3);
    resizeDocks({m_projectDock}, {share}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    ToolBarActions shared;
    createFileMenu(shared);
    createEditMenu(shared);
    createTaskMenu();
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        viewMenu->addAction(dock->toggleViewAction());
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Ferry"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    createToolBar(shared);
}

void MainWindow::createFileMenu(ToolBarActions &shared)
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(icon("new-project"), tr("&New Project..."), this,
                                             &MainWindow::newProject);
    newAction->setObjectName(QStringLiteral("newProjectAction"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setToolTip(tr("Create a project: source and target endpoints, tables to copy"));
    QAction *openAction = fileMenu->addAction(icon("open"), tr("&Open Project..."), this,
                                              &MainWindow::chooseAndOpenProject);
    openAction->setObjectName(QStringLiteral("openProjectAction"));
    openAction->setShortcut(QKeySequence::Open);
    openAction->setToolTip(tr("Open a Ferry project file"));
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_saveAction = fileMenu->addAction(icon("save"), tr("&Save"), this, [this] { save(); });
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save the project file"));
    m_saveAsAction = fileMenu->addAction(tr("Save &As..."), this, [this] { saveAs(); });
    m_saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setToolTip(tr("Save the project under a new name"));
    m_closeAction = fileMenu->addAction(tr("&Close Project"), this, [this] {
        if (maybeSave())
            closeProject();
    });
    m_closeAction->setObjectName(QStringLiteral("closeProjectAction"));
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setToolTip(tr("Close the project and show the welcome page"));
    fileMenu->addSeparator();
    m_runSampleAction = fileMenu->addAction(icon("sample"), tr("Run sa&mple migration"), this,
                                            [this] { runSampleMigration(sample::DefaultTickets); });
    m_runSampleAction->setObjectName(QStringLiteral("runSampleAction"));
    m_runSampleAction->setToolTip(tr("Generate the sports-ticketing sample (1,000,000 tickets) "
                                     "and migrate it into an SQLite copy, with live statistics"));
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setToolTip(tr("Close Ferry Workbench"));
    shared.newProject = newAction;
    shared.openProject = openAction;
}

void MainWindow::createEditMenu(ToolBarActions &shared)
{
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setIcon(icon("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setIcon(icon("redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    m_newEndpointAction = editMenu->addAction(icon("endpoint"), tr("New &Endpoint..."), this,
                                              &MainWindow::newEndpoint);
    m_newEndpointAction->setObjectName(QStringLiteral("newEndpointAction"));
    m_newEndpointAction->setToolTip(tr("Add a database endpoint to the project"));
    m_editMappingAction = editMenu->addAction(icon("filter"), tr("Edit &Mapping..."), this,
                                              &MainWindow::editMapping);
    m_editMappingAction->setObjectName(QStringLiteral("editMappingAction"));
    m_editMappingAction->setShortcut(Qt::CTRL | Qt::Key_M);
    m_editMappingAction->setToolTip(tr("Choose the tables of the selected task and how they "
                                       "are renamed or changed"));
    editMenu->addSeparator();
    QAction *preferences = editMenu->addAction(icon("settings"), tr("&Preferences..."), this,
                                               &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setToolTip(tr("Language and colours"));
    shared.undo = undo;
    shared.redo = redo;
}

void MainWindow::createTaskMenu()
{
    QMenu *taskMenu = menuBar()->addMenu(tr("&Task"));
    m_runAction = taskMenu->addAction(icon("run"), tr("&Run"), this, [this] { runTask(); });
    m_runAction->setObjectName(QStringLiteral("runTaskAction"));
    m_runAction->setShortcut(Qt::Key_F5);
    m_runAction->setToolTip(tr("Run the selected task; when it ran before, asks whether to "
                               "resume it or restart it (F5)"));
    m_resumeAction = taskMenu->addAction(icon("state-running"), tr("R&esume"), this,
                                         [this] { runTask({}, true); });
    m_resumeAction->setObjectName(QStringLiteral("resumeTaskAction"));
    m_resumeAction->setShortcut(Qt::CTRL | Qt::Key_F5);
    m_resumeAction->setToolTip(tr("Continue the selected task's last run where it stopped"));
    m_stopAction = taskMenu->addAction(icon("stop"), tr("S&top"), this, &MainWindow::stopTask);
    m_stopAction->setObjectName(QStringLiteral("stopTaskAction"));
    m_stopAction->setShortcut(Qt::SHIFT | Qt::Key_F5);
    m_stopAction->setToolTip(tr("Stop the running task; it can be resumed (Shift+F5)"));
    taskMenu->addSeparator();
    QAction *refresh = taskMenu->addAction(icon("refresh"), tr("Re&fresh Catalogs"), this,
                                           [this] { m_treeModel->refresh(); });
    refresh->setObjectName(QStringLiteral("refreshCatalogsAction"));
    refresh->setToolTip(tr("Read the source and target catalogs again"));
}

void MainWindow::createToolBar(const ToolBarActions &shared)
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(shared.newProject);
    toolBar->addAction(shared.openProject);
    toolBar->addAction(m_saveAction);
    toolBar->addSeparator();
    // The undo stack names the edit in its actions' texts ("Undo Edit mapping of task ..."):
    // on the toolbar that text would change the button's width at every edit and move Run
    // under the pointer. The toolbar has short-text stand-ins of one width; the full text is
    // their tooltip and stays in the Edit menu.
    QList<QToolButton *> undoRedoButtons;
    for (QAction *full : {shared.undo, shared.redo}) {
        auto *shortAction
            = new QAction(full->icon(), full == shared.undo ? tr("Undo") : tr("Redo"), this);
        shortAction->setObjectName(full->objectName() + QStringLiteral("Tool"));
        connect(shortAction, &QAction::triggered, full, &QAction::trigger);
        const auto follow = [shortAction, full] {
            shortAction->setEnabled(full->isEnabled());
            shortAction->setToolTip(full->toolTip());
        };
        connect(full, &QAction::changed, shortAction, follow);
        follow();
        toolBar->addAction(shortAction);
        if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(shortAction)))
            undoRedoButtons << button;
    }
    int undoRedoWidth = 0;
    for (QToolButton *button : undoRedoButtons)
        undoRedoWidth = std::max(undoRedoWidth, button->sizeHint().width());
    for (QToolButton *button : undoRedoButtons)
        button->setFixedWidth(undoRedoWidth);
    toolBar->addSeparator();
    toolBar->addAction(m_runAction);
    toolBar->addAction(m_resumeAction);
    toolBar->addAction(m_stopAction);
    toolBar->addSeparator();
    toolBar->addAction(m_runSampleAction);
}

void MainWindow::showSnapshot(const TaskSnapshotPtr &snapshot)
{
    m_statistics->setSnapshot(snapshot);
    m_monitoring->setSnapshot(*snapshot);
    if (snapshot->state == task::TaskState::LoadComplete
        || snapshot->state == task::TaskState::Stopped
        || snapshot->state == task::TaskState::Failed) {
        m_taskStatus->setText(summaryText(*snapshot));
        return;
    }
    const QLocale locale;
    //: Status bar while a task runs: task, state, "3 of 4 tables loaded", rows per second
    m_taskStatus->setText(
        tr("%1: %2 - %3, %4 rows/s")
            .arg(QString::fromStdString(snapshot->taskName), task::taskStateText(snapshot->state),
                 tablesLoadedText(*snapshot),
                 locale.toString(
                     static_cast<qlonglong>(snapshot->metrics.fullLoadThroughputRowsTarget))));
}

void MainWindow::taskDone(const TaskOutcomePtr &outcome)
{
    m_untriedPasswords.clear(); // the run logged in with them
    // The final snapshot lives as long as the outcome that holds it.
    const TaskSnapshotPtr last(outcome, &outcome->finalSnapshot);
    m_statistics->setSnapshot(last);
    m_monitoring->setSnapshot(*last);
    finishTask(last->tablesErrored() == 0, summaryText(*last));
}

QString MainWindow::summaryText(const task::TaskSnapshot &snapshot)
{
    //: Status bar after a run: task, state, "3 of 4 tables loaded", tables in error;
    //: %n: tables loaded whose target rejected rows (or refused an index or key)
    return tr("%1: %2 - %3, %4 in error, %Ln completed with errors", nullptr,
              task::tablesCompletedWithErrors(snapshot))
        .arg(QString::fromStdString(snapshot.taskName), task::taskStateText(snapshot.state),
             tablesLoadedText(snapshot), QLocale().toString(snapshot.tablesErrored()));
}

QString MainWindow::tablesLoadedText(const task::TaskSnapshot &snapshot)
{
    //: Status bar: %1 tables loaded of %Ln tables
    return tr("%1 of %Ln table(s) loaded", nullptr, static_cast<int>(snapshot.tables.size()))
        .arg(QLocale().toString(snapshot.tablesLoaded()));
}

void MainWindow::taskFailed(const Error &error)
{
    if (error.code == ErrorCode::Cancelled) {
        finishTask(false, tr("Stopped; run it again to resume."));
        return;
    }
    const QString name = QString::fromStdString(m_runAsked.task);
    showError(tr("Task %1 failed: %2").arg(name, QString::fromStdString(error.message)), error);
    finishTask(false, m_taskStatus->text());
    if (error.code != ErrorCode::AuthenticationFailed)
        return;
    const project::Task *task = m_document->project().findTask(m_runAsked.task);
    if (!task)
        return;
    // The engine names the endpoint whose login failed when it opened the session; otherwise
    // the passwords typed for this run and not used before are the suspects, else every
    // password typed this session for the task's endpoints.
    std::vector<std::string> suspects;
    if (error.side == ErrorSide::Source)
        suspects = {task->source};
    else if (error.side == ErrorSide::Target)
        suspects = {task->target};
    if (error.side == ErrorSide::Unknown) {
        for (const std::string &endpoint : {task->source, task->target}) {
            if (m_untriedPasswords.count(endpoint))
                suspects.push_back(endpoint);
        }
    }
    if (suspects.empty())
        suspects = {task->source, task->target};
    const RunAsked run = m_runAsked;
    loginRefused(suspects, [this, run] { runTask(run.task, run.resume, run.reloadTables); });
}

void MainWindow::showError(const QString &status, const Error &error)
{
    m_errorBanner->showError(errorText(error));
    m_taskStatus->setText(status);
    m_taskStatus->setToolTip(errorText(error));
}

void MainWindow::loginRefused(const std::vector<std::string> &endpoints,
                              std::function<void()> retry)
{
    // A password typed this session is forgotten and asked again. One from the keyring or the
    // environment is asked for too when the refused endpoint is known (one suspect): the typed
    // password then stands in for it this session. With several suspects and nothing typed,
    // nothing is asked: the banner says why.
    std::vector<std::string> asked;
    for (const std::string &endpoint : endpoints) {
        const bool typed = m_document->password(endpoint) != nullptr;
        if (endpoint.empty() || (!typed && endpoints.size() > 1))
            continue;
        m_document->forgetPassword(endpoint);
        m_untriedPasswords.erase(endpoint);
        asked.push_back(endpoint);
    }
    if (asked.empty())
        return;
    // One prompt per forgotten password, then the retry.
    auto askFrom = std::make_shared<std::function<void(size_t)>>();
    *askFrom = [this, asked, retry, weak = std::weak_ptr(askFrom)](size_t i) {
        if (i == asked.size()) {
            retry();
            return;
        }
        askPassword(asked[i], [strong = weak.lock(), i] { (*strong)(i + 1); });
    };
    (*askFrom)(0);
}

void MainWindow::catalogFailed(const QString &endpointName, EndpointRole side, const Error &error)
{
    showError(tr("The catalog of %1 could not be read: %2")
                  .arg(endpointName, QString::fromStdString(error.message)),
              error);
    if (error.code == ErrorCode::AuthenticationFailed)
        loginRefused({endpointName.toStdString()},
                     [this, side] { m_treeModel->readCatalog(side); });
}

void MainWindow::sampleFailed(const Error &error)
{
    m_sampleRequest = 0;
    m_runSampleWhenReady = false;
    m_welcome->setSampleBusy(false);
    m_welcome->setSampleStatus(tr("The sample could not be written: %1").arg(errorText(error)));
    finishTask(false, tr("Failed: %1").arg(errorText(error)));
}

void MainWindow::runSampleMigration(int64_t tickets)
{
    openSampleProject(tickets, true);
}

void MainWindow::openSampleProject(int64_t tickets, bool run)
{
    if (m_sampleRequest || m_taskRequest || !maybeSave())
        return;
    const sample::DemoFiles files = sample::demoFiles(tickets);
    m_runSampleWhenReady = run;
    m_welcome->setSampleBusy(true);
    const QString ticketCount = QLocale().toString(static_cast<qlonglong>(tickets));
    const int plural = static_cast<int>(std::min<int64_t>(tickets, INT_MAX));
    m_welcome->setSampleStatus(
        tr("Writing the sample database (%1 ticket(s))...", nullptr, plural).arg(ticketCount));
    m_taskStatus->setText(tr("Sample: preparing %1 ticket(s) in %2", nullptr, plural)
                              .arg(ticketCount, QString::fromStdString(files.sample)));
    updateActions();
    m_sampleRequest = m_client->prepareSample(
        QString::fromStdString(files.sample), tickets, this,
        [this, files](const QString &) {
            // The sample project file is written off the GUI thread; busy until it is.
            m_client->saveProject(sample::sampleProject(files),
                                  QString::fromStdString(files.project), this,
                                  [this, files](const Result<project::Project> &saved) {
                                      sampleProjectSaved(files, saved);
                                  });
        },
        [this](const Error &error) { sampleFailed(error); });
}

void MainWindow::sampleProjectSaved(const sample::DemoFiles &files,
                                    const Result<project::Project> &saved)
{
    m_sampleRequest = 0;
    m_welcome->setSampleBusy(false);
    m_welcome->setSampleStatus({});
    const bool run = m_runSampleWhenReady;
    m_runSampleWhenReady = false;
    if (!saved) {
        m_welcome->setSampleStatus(
            tr("The sample project could not be written: %1").arg(errorText(saved.error())));
        updateActions();
        return;
    }
    if (!openProject(QString::fromStdString(files.project)))
        return;
    if (run)
        runTask("sample");
    else
        m_taskStatus->setText(tr("Sample project ready: press Run (F5) to migrate it."));
}

bool MainWindow::openProject(const QString &path)
{
    if (!maybeSave())
        return false;
    project::LoadReport report;
    auto opened = m_document->open(path, &report);
    if (!opened) {
        QString text = errorText(opened.error());
        if (!report.errors.empty())
            text = QString::fromStdString(project::formatIssues(report));
        m_taskStatus->setText(tr("Could not open %1").arg(QDir::toNativeSeparators(path)));
        Dialogs::warning(this, tr("Open Project"),
                         tr("%1 could not be opened.\n\n%2")
                             .arg(QDir::toNativeSeparators(path), text));
        return false;
    }
    addRecentProject(m_document->filePath());
    m_shownTask.clear();
    m_shownTarget = {};
    m_shownSettings = {};
    m_statistics->clear();
    m_logs->clear();
    m_central->setCurrentWidget(m_tabs);
    m_taskStatus->setText(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    showLastRun(selectedTaskName().toStdString());
    emit projectOpened(m_document->filePath());
    return true;
}

void MainWindow::chooseAndOpenProject()
{
    const QString directory = m_document->filePath().isEmpty()
                                  ? QDir::homePath()
                                  : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = Dialogs::openFileName(this, tr("Open Project"), directory,
                                               tr("Ferry projects (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

QString MainWindow::selectedTaskName() const
{
    const QModelIndex current = m_projectTree->currentIndex();
    if (current.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>()
        == ProjectTreeModel::NodeKind::Task)
        return current.data(ProjectTreeModel::NameRole).toString();
    return QString::fromStdString(m_treeModel->currentTask());
}

void MainWindow::reloadTable(const QString &schema, const QString &table)
{
    if (m_shownTask.empty())
        return;
    const auto answer = Dialogs::question(
        this, tr("Reload Table"),
        tr("Load %1.%2 again from the source? Its rows in the target are replaced; the "
           "other tables of task %3 stay as they are.")
            .arg(schema, table, QString::fromStdString(m_shownTask)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    runTask(m_shownTask, true, {{schema.toStdString(), table.toStdString()}});
}

bool MainWindow::canReloadTables(const std::string &taskName) const
{
    if (m_taskRequest || m_taskStarting || m_sampleRequest
        || !m_document->project().findTask(taskName))
        return false;
    if (taskName != m_shownTask)
        return true; // its target's control tables tell, when asked
    const TaskSnapshotPtr shown = m_statistics->model()->snapshot();
    return shown && !shown->tables.empty();
}

void MainWindow::reloadTablesOf(const std::string &taskName)
{
    if (!canReloadTables(taskName))
        return;
    if (taskName == m_shownTask) {
        chooseReloadTables(taskName, m_statistics->model()->snapshot());
        return;
    }
    // Another task: its last run as its target's control tables keep it.
    const project::Task *task = m_document->project().findTask(taskName);
    auto built
        = task::taskRequestFromProject(m_document->project(), taskName, m_document->directory());
    if (!built) {
        m_taskStatus->setText(errorText(built.error()));
        return;
    }
    const QString name = QString::fromStdString(taskName);
    connectionSpecWithPassword(
        *m_document, *m_client, task->target, this,
        [this, taskName, name, endpoint = task->target,
         request = std::move(*built)](const Result<ConnectionSpec> &spec) mutable {
            if (!spec && spec.error().code == ErrorCode::SecretNotFound) {
                askPassword(endpoint, [this, taskName] { reloadTablesOf(taskName); });
                return;
            }
            if (!spec) {
                showError(tr("%1: %2").arg(name, QString::fromStdString(spec.error().message)),
                          spec.error());
                return;
            }
            request.target.password = spec->password;
            m_client->readStoredStatistics(
                request.target, taskName, request.settings, this,
                [this, taskName, name](const TaskSnapshotPtr &last) {
                    if (last && !last->tables.empty())
                        chooseReloadTables(taskName, last);
                    else
                        m_taskStatus->setText(tr("%1 has not run on its target yet: there are "
                                                 "no tables to reload.")
                                                  .arg(name));
                },
                [this, name](const Error &error) {
                    showError(tr("The last run of %1 could not be read: %2")
                                  .arg(name, QString::fromStdString(error.message)),
                              error);
                });
        });
}

void MainWindow::chooseReloadTables(const std::string &taskName, const TaskSnapshotPtr &last)
{
    if (!last)
        return;
    auto *dialog = new ReloadTablesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTables(QString::fromStdString(taskName), last->tables);
    connect(dialog, &QDialog::accepted, this, [this, dialog, taskName] {
        // As Reload table does for one table: a resume that loads these again from scratch.
        runTask(taskName, true, dialog->checkedTables());
    });
    dialog->open();
}

void MainWindow::runTask(const std::string &taskName, bool resume,
                         const std::vector<std::pair<std::string, std::string>> &reloadTables)
{
    if (m_taskRequest || m_taskStarting || !m_document->isOpen())
        return;
    const std::string name = taskName.empty() ? selectedTaskName().toStdString() : taskName;
    auto built = task::taskRequestFromProject(m_document->project(), name,
                                              m_document->directory());
    if (!built) {
        m_taskStatus->setText(errorText(built.error()));
        Dialogs::warning(this, tr("Run Task"), errorText(built.error()));
        return;
    }
    built->resume = resume || !reloadTables.empty();
    built->reloadTables = reloadTables;
    built->runDirectory = task::defaultRunDirectory(built->name);
    const project::Task *task = m_document->project().findTask(built->name);
    m_runAsked = {built->name, resume, reloadTables};
    m_errorBanner->hide();
    m_taskStatus->setToolTip({});
    m_taskStarting = true;
    updateActions();
    m_taskStatus->setText(tr("%1: connecting...").arg(QString::fromStdString(built->name)));
    resolvePasswords(std::move(*built), task->source, task->target);
}

void MainWindow::resolvePasswords(task::TaskRequest request, std::string sourceEndpoint,
                                  std::string targetEndpoint)
{
    // Source first, then target; each may ask for a password and then try again.
    const bool needSource = request.source.password.isEmpty() && !sourceEndpoint.empty();
    const std::string endpoint = needSource ? sourceEndpoint : targetEndpoint;
    if (endpoint.empty()) {
        confirmRunMode(std::move(request));
        return;
    }
    connectionSpecWithPassword(
        *m_document, *m_client, endpoint, this,
        [this, request, sourceEndpoint, targetEndpoint, needSource,
         endpoint](const Result<ConnectionSpec> &spec) mutable {
            if (!spec && spec.error().code == ErrorCode::SecretNotFound) {
                askPassword(
                    endpoint,
                    [this, request, sourceEndpoint, targetEndpoint]() mutable {
                        resolvePasswords(std::move(request), sourceEndpoint, targetEndpoint);
                    },
                    [this, endpoint] {
                        finishTask(false,
                                   tr("Not started: no password for %1.")
                                       .arg(QString::fromStdString(endpoint)));
                    });
                return;
            }
            if (!spec) {
                showError(tr("%1 not started: %2")
                              .arg(QString::fromStdString(request.name),
                                   QString::fromStdString(spec.error().message)),
                          spec.error());
                finishTask(false, m_taskStatus->text());
                return;
            }
            if (needSource) {
                request.source.password = spec->password;
                sourceEndpoint.clear();
            } else {
                request.target.password = spec->password;
                targetEndpoint.clear();
            }
            resolvePasswords(std::move(request), sourceEndpoint, targetEndpoint);
        });
}

void MainWindow::askPassword(const std::string &endpointName, std::function<void()> then,
                             std::function<void()> cancelled)
{
    Dialogs::askText(this, tr("Password"),
                     tr("Password for endpoint %1 (kept for this session only):")
                         .arg(QString::fromStdString(endpointName)),
                     true, [this, endpointName, then, cancelled](bool ok, const QString &password) {
                         if (!ok || password.isEmpty()) {
                             if (cancelled)
                                 cancelled();
                             return;
                         }
                         m_document->setPassword(endpointName, Secret(password.toStdString()));
                         m_untriedPasswords.insert(endpointName);
                         then();
                     });
}

void MainWindow::startTask(task::TaskRequest request)
{
    m_taskStarting = false;
    m_statistics->clear();
    m_monitoring->clear();
    m_logs->clear();
    m_central->setCurrentWidget(m_tabs);
    m_tabs->setCurrentWidget(m_statistics);
    showTask(request);
    EngineClient::TaskCallbacks callbacks;
    callbacks.onSnapshot = [this](const TaskSnapshotPtr &snapshot) { showSnapshot(snapshot); };
    callbacks.onLog = [this](const LogBatch &lines) { m_logs->append(*lines); };
    callbacks.onDone = [this](const TaskOutcomePtr &outcome) { taskDone(outcome); };
    callbacks.onFailed = [this](const Error &error) { taskFailed(error); };
    m_taskStatus->setText(tr("%1: starting").arg(QString::fromStdString(request.name)));
    m_taskRequest = m_client->startTask(request, this, std::move(callbacks));
    updateActions();
}

void MainWindow::showTask(const task::TaskRequest &request)
{
    m_shownTask = request.name;
    m_shownTarget = request.target;
    m_shownSettings = request.settings;
    m_exceptions->setTask(m_client, request.target, request.name,
                          task::controlSchemaOf(request.settings));
    // Re-applying with changed rules plans the task's mapping as the project has it then, on
    // the source this run used (its password included).
    m_exceptions->setMappingProvider([this, source = request.source, name = request.name]()
                                         -> Result<task::ReapplyMapping> {
        auto current = task::taskRequestFromProject(m_document->project(), name,
                                                    m_document->directory());
        if (!current)
            return current.error();
        task::ReapplyMapping mapping;
        mapping.source = source;
        mapping.rules = current->mapping;
        mapping.targetSchema = task::loadSettingsFrom(current->settings).targetSchema;
        return mapping;
    });
}

void MainWindow::confirmRunMode(task::TaskRequest request)
{
    if (request.resume) {
        startTask(std::move(request));
        return;
    }
    // Whether the task ran before is read from its target's control tables, off this thread.
    const ConnectionSpec target = request.target;
    const std::string name = request.name;
    const project::TaskSettings settings = request.settings;
    m_client->readStoredStatistics(
        target, name, settings, this,
        [this, request = std::move(request)](const TaskSnapshotPtr &last) mutable {
            if (last)
                askResumeOrRestart(std::move(request), last);
            else
                confirmReplacing(std::move(request));
        },
        [this, name](const Error &error) {
            notStarted(name,
                       tr("its earlier runs could not be read from the target's control tables"),
                       error);
        });
}

void MainWindow::notStarted(const std::string &taskName, const QString &why, const Error &error)
{
    showError(
        tr("%1 not started: %2: %3")
            .arg(QString::fromStdString(taskName), why, QString::fromStdString(error.message)),
        error);
    finishTask(false, m_taskStatus->text());
    const project::Task *task = m_document->project().findTask(taskName);
    if (error.code != ErrorCode::AuthenticationFailed || !task)
        return;
    const RunAsked run = m_runAsked;
    loginRefused({error.side == ErrorSide::Source ? task->source : task->target},
                 [this, run] { runTask(run.task, run.resume, run.reloadTables); });
}

void MainWindow::confirmReplacing(task::TaskRequest request)
{
    // A first run on tables that already hold rows (loaded by hand, by another tool, by a task
    // of another name): asked before they are dropped or emptied.
    const std::string name = request.name;
    const task::TaskRequest asked = request;
    m_client->readOccupiedTables(
        asked, this,
        [this, request = std::move(request)](const QStringList &tables) mutable {
            if (tables.isEmpty())
                startTask(std::move(request));
            else
                askReplace(std::move(request), tables);
        },
        [this, name](const Error &error) {
            notStarted(name, tr("its target tables could not be checked"), error);
        });
}

void MainWindow::askReplace(task::TaskRequest request, const QStringList &tables)
{
    const task::TablePrepMode mode = task::loadSettingsFrom(request.settings).prepMode;
    const QString modeName = QString::fromLatin1(task::tablePrepModeName(mode));
    const QString what = mode == task::TablePrepMode::DropAndCreate
        ? tr("A run drops these tables and creates them again (TargetTablePrepMode %1).")
        : tr("A run empties these tables before loading them (TargetTablePrepMode %1).");
    constexpr qsizetype Listed = 10;
    QStringList shown = tables.mid(0, Listed);
    if (tables.size() > Listed)
        shown.append(tr("and %n more", nullptr, int(tables.size() - Listed)));
    const QString name = QString::fromStdString(request.name);
    //: %1: the prep mode, e.g. DROP_AND_CREATE
    const QStringList choices {tr("&Replace their rows (%1)").arg(modeName)};
    Dialogs::choose(
        this, tr("Replace existing rows"),
        tr("Task %1 has not run on this target, but %n of its target tables already hold rows.",
           nullptr, int(tables.size()))
            .arg(name),
        what.arg(modeName) + QStringLiteral("\n\n") + shown.join(QLatin1Char('\n')), choices, -1,
        [this, request = std::move(request)](int choice) mutable {
            if (choice < 0) {
                runDeclined(request.name);
                return;
            }
            startTask(std::move(request));
        });
}

void MainWindow::askResumeOrRestart(task::TaskRequest request, const TaskSnapshotPtr &last)
{
    const task::TablePrepMode mode = task::loadSettingsFrom(request.settings).prepMode;
    const QString modeName = QString::fromLatin1(task::tablePrepModeName(mode));
    QString restart;
    switch (mode) {
    case task::TablePrepMode::DropAndCreate:
        restart = tr("Restart drops the target tables, creates them again and loads every table "
                     "from the start (TargetTablePrepMode %1).")
                      .arg(modeName);
        break;
    case task::TablePrepMode::TruncateBeforeLoad:
        restart = tr("Restart empties the target tables and loads every table from the start "
                     "(TargetTablePrepMode %1).")
                      .arg(modeName);
        break;
    case task::TablePrepMode::DoNothing:
        restart = tr("Restart loads every table again into the target tables as they are: the "
                     "rows already there stay, so rows can be doubled (TargetTablePrepMode %1).")
                      .arg(modeName);
        break;
    }
    const QString name = QString::fromStdString(request.name);
    const QString details = tr("Last run: %1\n\nResume continues that run: the tables it "
                               "finished keep their rows. %2")
                                .arg(summaryText(*last), restart);
    //: Buttons of the Resume or Restart question; %1 is the prep mode, e.g. DROP_AND_CREATE
    const QStringList choices {tr("&Resume"), tr("Re&start (%1)").arg(modeName)};
    Dialogs::choose(this, tr("Resume or Restart"),
                    tr("Task %1 ran before on this target. Resume it, or restart it from the "
                       "beginning?")
                        .arg(name),
                    details, choices, 0, [this, request = std::move(request)](int choice) mutable {
                        if (choice < 0) {
                            runDeclined(request.name);
                            return;
                        }
                        request.resume = choice == 0;
                        startTask(std::move(request));
                    });
}

void MainWindow::runDeclined(const std::string &taskName)
{
    m_taskStarting = false;
    m_taskStatus->setText(tr("%1: not started.").arg(QString::fromStdString(taskName)));
    updateActions();
}

void MainWindow::showLastRun(const std::string &taskName)
{
    const project::Task *task = m_document->project().findTask(taskName);
    auto built
        = task::taskRequestFromProject(m_document->project(), taskName, m_document->directory());
    if (!task || !built)
        return;
    // Only a password at hand (typed this session, environment, keyring): nothing is asked
    // when a project opens.
    const QString path = m_document->filePath();
    connectionSpecWithPassword(
        *m_document, *m_client, task->target, this,
        [this, path, request = std::move(*built)](const Result<ConnectionSpec> &spec) mutable {
            if (!spec || path != m_document->filePath())
                return;
            request.target.password = spec->password;
            m_client->readStoredStatistics(
                request.target, request.name, request.settings, this,
                [this, path, request](const TaskSnapshotPtr &last) {
                    if (!last || path != m_document->filePath() || m_taskRequest || m_taskStarting
                        || !m_shownTask.empty())
                        return;
                    showTask(request);
                    m_statistics->setSnapshot(last);
                    m_taskStatus->setText(tr("Last run: %1").arg(summaryText(*last)));
                    updateActions();
                },
                [this, name = request.name](const Error &error) {
                    if (!m_taskRequest && !m_taskStarting)
                        m_taskStatus->setText(
                            tr("The last run of %1 could not be read: %2")
                                .arg(QString::fromStdString(name), errorText(error)));
                });
        });
}

void MainWindow::refreshStoredCounts()
{
    if (m_shownTask.empty() || m_taskRequest || m_taskStarting)
        return;
    m_client->readStoredStatistics(
        m_shownTarget, m_shownTask, m_shownSettings, this,
        [this, name = m_shownTask](const TaskSnapshotPtr &stored) {
            if (!stored || name != m_shownTask || m_taskRequest || m_taskStarting)
                return;
            const auto shown = m_statistics->model()->snapshot();
            m_statistics->setSnapshot(
                shown ? std::make_shared<const task::TaskSnapshot>(
                    models::TableStatisticsModel::withStoredCounts(*shown, *stored))
                      : stored);
        });
}

void MainWindow::stopTask()
{
    if (m_taskRequest)
        m_client->stopTask(m_taskRequest);
}

void MainWindow::finishTask(bool ok, const QString &message)
{
    m_taskStatus->setText(message);
    if (m_taskRequest)
        m_exceptions->refresh();
    m_taskRequest = 0;
    m_sampleRequest = 0;
    m_taskStarting = false;
    m_welcome->setSampleBusy(false);
    updateActions();
    emit taskEnded(ok, message);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = Dialogs::question(
        this, tr("Unsaved Changes"),
        tr("The project %1 has changes that are not saved. Save them first?")
            .arg(QString::fromStdString(m_document->project().name)),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (auto saved = m_document->save(); !saved) {
        Dialogs::warning(this, tr("Save Project"), errorText(saved.error()));
        return false;
    }
    m_taskStatus->setText(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

bool MainWindow::saveAs()
{
    const QString suggested = m_document->filePath().isEmpty()
                                  ? QDir::homePath() + QLatin1Char('/')
                                        + QString::fromStdString(m_document->project().name)
                                        + QStringLiteral(".ferry.yaml")
                                  : m_document->filePath();
    const QString path = Dialogs::saveFileName(this, tr("Save Project As"), suggested,
                                               tr("Ferry projects (*.ferry.yaml *.yaml)"));
    if (path.isEmpty())
        return false;
    if (auto saved = m_document->saveAs(path); !saved) {
        Dialogs::warning(this, tr("Save Project"), errorText(saved.error()));
        return false;
    }
    addRecentProject(m_document->filePath());
    return true;
}

void MainWindow::closeProject()
{
    m_shownTask.clear();
    m_shownTarget = {};
    m_shownSettings = {};
    m_document->close();
    m_statistics->clear();
    m_logs->clear();
    m_central->setCurrentWidget(m_welcome);
    updateRecentProjects();
}

void MainWindow::addRecentProject(const QString &path)
{
    QSettings settings;
    QStringList recent = Settings::RecentProjects.value(settings);
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentProjects)
        recent.removeLast();
    Settings::RecentProjects.setValue(settings, recent);
    updateRecentProjects();
}

void MainWindow::updateRecentProjects()
{
    QSettings settings;
    const QStringList recent = Settings::RecentProjects.value(settings);
    m_welcome->setRecentProjects(recent);
    m_recentMenu->clear();
    int number = 1;
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(number++).arg(QDir::toNativeSeparators(path)), this,
            [this, path] { openProject(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (!m_document->isOpen())
        m_central->setCurrentWidget(m_welcome);
}

void MainWindow::updateActions()
{
    const bool open = m_document->isOpen();
    const bool busy = m_taskRequest || m_taskStarting || m_sampleRequest;
    m_saveAction->setEnabled(open && m_document->isModified());
    m_saveAsAction->setEnabled(open);
    m_closeAction->setEnabled(open && !busy);
    m_runAction->setEnabled(open && !busy && !m_document->project().tasks.empty());
    // Resume continues a stopped or failed run of the task shown; a finished run has nothing to
    // continue (Run asks what to do then).
    const TaskSnapshotPtr shown = m_statistics->model()->snapshot();
    const bool resumable = shown
        && (shown->state == task::TaskState::Stopped || shown->state == task::TaskState::Failed);
    m_resumeAction->setEnabled(m_runAction->isEnabled() && resumable);
    m_stopAction->setEnabled(m_taskRequest != 0);
    m_runSampleAction->setEnabled(!busy);
    m_newEndpointAction->setEnabled(open);
    m_statistics->setReloadEnabled(open && !busy && !m_shownTask.empty());
    m_editMappingAction->setEnabled(open && !m_document->project().tasks.empty());
}

void MainWindow::updateExceptionsTab()
{
    const bool rejected = m_statisticsRejected > 0 || m_exceptionsRejected > 0;
    m_tabs->setTabIcon(m_tabs->indexOf(m_exceptions), rejected ? icon("warning") : QIcon());
}

void MainWindow::updateProjectTree()
{
    // Without a project the groups (Endpoints, the catalogs, Tasks) would be empty headings:
    // the tree shows nothing until a project is open.
    const bool open = m_document->isOpen();
    QAbstractItemModel *model = m_projectTree->model();
    for (int row = 0; row < model->rowCount(); ++row)
        m_projectTree->setRowHidden(row, {}, !open);
}

void MainWindow::updateTitle()
{
    if (!m_document->isOpen()) {
        setWindowTitle(tr("Ferry Workbench"));
        setWindowModified(false);
        return;
    }
    const QString name = m_document->filePath().isEmpty()
                             ? QString::fromStdString(m_document->project().name)
                             : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(tr("%1[*] - Ferry Workbench").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::newProject()
{
    auto *wizard = new ProjectWizard(m_client, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (m_document->isOpen())
        wizard->setExistingProject(m_document->project(), m_document->filePath());
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        if (!openProject(wizard->projectFilePath()))
            return;
        // The passwords typed in the wizard (not written anywhere) serve this session's runs:
        // the user is not asked again right after testing the connections.
        for (const EndpointRole role : {EndpointRole::Source, EndpointRole::Target}) {
            const project::Endpoint endpoint = wizard->endpoint(role);
            if (!endpoint.password.isEmpty())
                m_document->setPassword(endpoint.name, endpoint.password);
        }
    });
    wizard->open();
}

void MainWindow::newEndpoint()
{
    if (!m_document->isOpen())
        return;
    auto *wizard = new EndpointWizard(m_client, EndpointRole::Source, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QStringList taken;
    for (const project::Endpoint &endpoint : m_document->project().endpoints)
        taken << QString::fromStdString(endpoint.name);
    wizard->setTakenNames(taken);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        project::Endpoint endpoint = wizard->endpoint();
        if (!endpoint.password.isEmpty())
            m_document->setPassword(endpoint.name, endpoint.password); // this session only
        endpoint.password = Secret();
        m_document->addEndpoint(endpoint);
    });
    wizard->open();
}

void MainWindow::editEndpoint(const std::string &endpointName)
{
    const project::Project &project = m_document->project();
    const project::Endpoint *endpoint = project.findEndpoint(endpointName);
    if (!endpoint)
        return;
    QStringList taken;
    for (const project::Endpoint &other : project.endpoints) {
        if (other.name != endpointName)
            taken << QString::fromStdString(other.name);
    }
    // Tested in the role its tasks give it, as Test Connection does.
    QStringList users;
    EndpointRole role = EndpointRole::Source;
    for (const project::Task &task : project.tasks) {
        if (task.source == endpointName || task.target == endpointName)
            users << QString::fromStdString(task.name);
        if (task.target == endpointName)
            role = EndpointRole::Target;
    }
    auto *wizard = new EndpointWizard(m_client, role, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setTakenNames(taken);
    wizard->setEditedEndpoint(*endpoint, m_document->directory(), users);
    // The password in use now, found without asking: the wizard tests with it and keeps it.
    connectionSpecWithPassword(*m_document, *m_client, endpointName, wizard,
                               [wizard](const Result<ConnectionSpec> &spec) {
                                   if (spec && !spec->password.isEmpty())
                                       wizard->setKeptPassword(spec->password);
                               });
    connect(wizard, &QDialog::accepted, this,
            [this, wizard, endpointName] { endpointEdited(endpointName, *wizard); });
    wizard->open();
}

void MainWindow::endpointEdited(const std::string &oldName, const EndpointWizard &wizard)
{
    project::Endpoint edited = wizard.endpoint();
    // A password typed this session follows the endpoint (the old name keeps its own for an
    // undo); a new one replaces it. Neither goes into the project.
    if (wizard.isPasswordTyped())
        m_document->setPassword(edited.name, edited.password);
    else if (const Secret *typed = m_document->password(oldName); typed && edited.name != oldName)
        m_document->setPassword(edited.name, Secret(*typed));
    edited.password = Secret();
    m_document->replaceEndpoint(oldName, edited);
}

void MainWindow::testEndpoint(const std::string &endpointName)
{
    // The role decides which privileges are checked: a target of any task is tested as one.
    EndpointRole role = EndpointRole::Source;
    for (const project::Task &task : m_document->project().tasks) {
        if (task.target == endpointName)
            role = EndpointRole::Target;
    }
    const QString name = QString::fromStdString(endpointName);
    m_taskStatus->setText(tr("Testing the connection of %1...").arg(name));
    connectionSpecWithPassword(
        *m_document, *m_client, endpointName, this,
        [this, endpointName, name, role](const Result<ConnectionSpec> &spec) {
            if (!spec && spec.error().code == ErrorCode::SecretNotFound) {
                askPassword(endpointName, [this, endpointName] { testEndpoint(endpointName); });
                return;
            }
            if (!spec) {
                showError(tr("%1: %2").arg(name, QString::fromStdString(spec.error().message)),
                          spec.error());
                return;
            }
            m_client->testConnection(
                *spec, role, this,
                [this, endpointName, name](const ConnectionDiagnosis &diagnosis) {
                    if (diagnosis.ok()) {
                        m_errorBanner->hide();
                        m_taskStatus->setText(
                            tr("%1: connection succeeded (%2 %3).")
                                .arg(name, QString::fromStdString(diagnosis.product),
                                     QString::fromStdString(diagnosis.serverVersion)));
                        return;
                    }
                    const Error error = diagnosis.toError();
                    showError(tr("%1: %2").arg(name, QString::fromStdString(error.message)), error);
                    if (diagnosis.cause == DiagnosisCause::AuthenticationFailed)
                        loginRefused({endpointName},
                                     [this, endpointName] { testEndpoint(endpointName); });
                },
                [this, name](const Error &error) {
                    showError(tr("%1: %2").arg(name, QString::fromStdString(error.message)), error);
                });
        });
}

void MainWindow::editMapping() { editMappingOf(selectedTaskName().toStdString()); }

MappingDialog *MainWindow::editMappingOf(const std::string &taskName)
{
    const project::Task *task = m_document->project().findTask(taskName);
    if (!task)
        return nullptr;
    auto *dialog = new MappingDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTaskName(QString::fromStdString(taskName));
    const project::Endpoint *target = m_document->project().findEndpoint(task->target);
    const Dialect targetDialect = target ? target->engine : Dialect::Sqlite;
    if (const project::TableMapping *mapping = m_document->project().mappingFor(*task))
        dialog->setTableMapping(*mapping);
    QPointer<MappingDialog> guard(dialog);
    auto giveCatalog = [this, guard, targetDialect] {
        if (guard && m_treeModel->catalogState(EndpointRole::Source)
                         == ProjectTreeModel::CatalogState::Read)
            guard->setCatalog(m_treeModel->catalog(EndpointRole::Source), targetDialect);
    };
    m_treeModel->setCurrentTask(taskName);
    if (m_treeModel->catalogState(EndpointRole::Source) == ProjectTreeModel::CatalogState::Read) {
        giveCatalog();
    } else {
        connect(m_treeModel, &ProjectTreeModel::catalogFinished, dialog,
                [giveCatalog](EndpointRole side) {
                    if (side == EndpointRole::Source)
                        giveCatalog();
                });
        m_treeModel->readCatalog(EndpointRole::Source);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, taskName] {
        m_document->setTaskMapping(taskName, dialog->tableMapping());
        if (taskName == m_shownTask)
            m_exceptions->rulesChanged();
    });
    dialog->open();
    return dialog;
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    Dialogs::information(this, tr("About Ferry"),
                         tr("Ferry Workbench %1\n\nA database migration workbench: PostgreSQL, "
                            "MySQL/MariaDB, SQLite and ODBC sources; full load with live "
                            "statistics.")
                             .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    Settings::MainWindowGeometry.setValue(settings, saveGeometry());
    Settings::MainWindowState.setValue(settings, saveState());
    event->accept();
}

} // namespace ferry
