// SPDX-License-Identifier: MIT
#include "ui/main_window.h"

#include "models/settings.h"
#include "engine/sample/ticketing_sample.h"
#include "ui/log_view.h"
#include "ui/table_statistics_view.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QStandardPaths>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>

namespace ferry {

namespace {
QWidget *placeholder(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Ferry Workbench"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    m_statistics = new TableStatisticsView(this);
    m_tabs->addTab(m_statistics, tr("Table statistics"));
    m_tabs->addTab(placeholder(tr("Throughput charts appear here while a task runs."),
                               QStringLiteral("monitoringPlaceholder")),
                   tr("Monitoring"));
    m_logs = new LogView(this);
    m_tabs->addTab(m_logs, tr("Logs"));
    setCentralWidget(m_tabs);

    createDocks();
    createActions();
    m_taskStatus = new QLabel(tr("No task running"), this);
    m_taskStatus->setObjectName(QStringLiteral("taskStatus"));
    statusBar()->addWidget(m_taskStatus, 1);

    QSettings settings;
    restoreGeometry(Settings::MainWindowGeometry.value(settings));
    restoreState(Settings::MainWindowState.value(settings));
    if (Settings::MainWindowGeometry.value(settings).isEmpty())
        resize(1100, 700);
}

MainWindow::~MainWindow()
{
    // The engine thread stops its tasks (resumable) and joins before the window goes.
    m_engine.reset();
}

void MainWindow::connectEngine()
{
    if (m_engine)
        return;
    m_engine = std::make_unique<EngineThread>();
    EngineService *service = m_engine->service();
    connect(service, &EngineService::sampleReady, this, [this](RequestId id, const QString &path) {
        if (id != m_sampleRequest)
            return;
        sample::DemoFiles files;
        files.sample = path.toStdString();
        files.copy = m_sampleTarget.toStdString();
        const task::TaskRequest request = sample::demoTaskRequest(files, "sample");
        m_taskRequest = m_nextRequest++;
        m_taskStatus->setText(tr("Sample: migrating %1 into %2").arg(path, m_sampleTarget));
        QMetaObject::invokeMethod(m_engine->service(), "startTask", Qt::QueuedConnection,
                                  Q_ARG(ferry::RequestId, m_taskRequest),
                                  Q_ARG(ferry::task::TaskRequest, request));
    });
    connect(service, &EngineService::taskSnapshot, this,
            [this](RequestId id, const task::TaskSnapshot &snapshot) {
                if (id != m_taskRequest)
                    return;
                m_statistics->setSnapshot(snapshot);
                const QLocale locale;
                m_taskStatus->setText(
                    tr("%1: %2 - %3 of %4 tables loaded, %5 rows/s")
                        .arg(QString::fromStdString(snapshot.taskName),
                             QString::fromLatin1(task::taskStateName(snapshot.state)))
                        .arg(snapshot.tablesLoaded())
                        .arg(snapshot.tables.size())
                        .arg(locale.toString(static_cast<qlonglong>(
                            snapshot.metrics.fullLoadThroughputRowsTarget))));
            });
    connect(service, &EngineService::taskLog, this,
            [this](RequestId id, const task::LogLine &line) {
                if (id == m_taskRequest)
                    m_logs->append(line);
            });
    connect(service, &EngineService::taskFinished, this,
            [this](RequestId id, const task::TaskOutcome &outcome) {
                if (id != m_taskRequest)
                    return;
                m_statistics->setSnapshot(outcome.finalSnapshot);
                const task::TaskSnapshot &s = outcome.finalSnapshot;
                finishTask(s.tablesErrored() == 0,
                           tr("%1: %2 - %3 of %4 tables loaded, %5 in error")
                               .arg(QString::fromStdString(s.taskName),
                                    QString::fromLatin1(task::taskStateName(s.state)))
                               .arg(s.tablesLoaded())
                               .arg(s.tables.size())
                               .arg(s.tablesErrored()));
            });
    connect(service, &EngineService::requestFailed, this, [this](RequestId id, const Error &error) {
        if (id == m_sampleRequest || id == m_taskRequest)
            finishTask(false, tr("Failed: %1").arg(QString::fromStdString(error.toString())));
    });
    connect(service, &EngineService::requestCancelled, this, [this](RequestId id) {
        if (id == m_taskRequest)
            finishTask(false, tr("Stopped; run it again to resume."));
    });
}

void MainWindow::runSampleMigration(int64_t tickets)
{
    connectEngine();
    const sample::DemoFiles files = sample::demoFiles(tickets);
    const QString sample = QString::fromStdString(files.sample);
    m_sampleTarget = QString::fromStdString(files.copy);
    m_statistics->clear();
    m_logs->clear();
    m_runSampleAction->setEnabled(false);
    m_stopAction->setEnabled(true);
    m_tabs->setCurrentWidget(m_statistics);
    m_taskStatus->setText(tr("Sample: preparing %1 tickets in %2").arg(tickets).arg(sample));
    m_sampleRequest = m_nextRequest++;
    QMetaObject::invokeMethod(m_engine->service(), "prepareSample", Qt::QueuedConnection,
                              Q_ARG(ferry::RequestId, m_sampleRequest), Q_ARG(QString, sample),
                              Q_ARG(qint64, tickets));
}

void MainWindow::stopTask()
{
    if (m_engine && m_taskRequest)
        QMetaObject::invokeMethod(m_engine->service(), "stopTask", Qt::QueuedConnection,
                                  Q_ARG(ferry::RequestId, m_taskRequest));
}

void MainWindow::finishTask(bool ok, const QString &message)
{
    m_taskStatus->setText(message);
    m_runSampleAction->setEnabled(true);
    m_stopAction->setEnabled(false);
    m_sampleRequest = 0;
    emit taskEnded(ok, message);
}

void MainWindow::createDocks()
{
    auto *dock = new QDockWidget(tr("Project"), this);
    dock->setObjectName(QStringLiteral("projectDock"));
    m_projectTree = new QTreeWidget(dock);
    m_projectTree->setObjectName(QStringLiteral("projectTree"));
    m_projectTree->setHeaderHidden(true);
    for (const QString &group : {tr("Endpoints"), tr("Source catalog"), tr("Target catalog"),
                                 tr("Tasks")}) {
        auto *item = new QTreeWidgetItem(m_projectTree, {group});
        item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
    }
    dock->setWidget(m_projectTree);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {190}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_runSampleAction = fileMenu->addAction(tr("Run &sample migration"), this,
                                            [this] { runSampleMigration(sample::DefaultTickets); });
    m_runSampleAction->setObjectName(QStringLiteral("runSampleAction"));
    m_runSampleAction->setToolTip(tr("Generate the sports-ticketing sample (1,000,000 tickets) "
                                     "and migrate it into an SQLite copy, with live statistics"));
    m_stopAction = fileMenu->addAction(tr("S&top task"), this, &MainWindow::stopTask);
    m_stopAction->setObjectName(QStringLiteral("stopTaskAction"));
    m_stopAction->setEnabled(false);
    fileMenu->addSeparator();
    QToolBar *toolBar = addToolBar(tr("Task"));
    toolBar->setObjectName(QStringLiteral("taskToolBar"));
    toolBar->addAction(m_runSampleAction);
    toolBar->addAction(m_stopAction);
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setToolTip(tr("Close Ferry Workbench"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    Settings::MainWindowGeometry.setValue(settings, saveGeometry());
    Settings::MainWindowState.setValue(settings, saveState());
    event->accept();
}

} // namespace ferry
