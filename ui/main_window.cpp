// SPDX-License-Identifier: MIT
#include "ui/main_window.h"

#include "models/settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
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
    m_tabs->addTab(placeholder(tr("Start a task to see per-table statistics here."),
                               QStringLiteral("tableStatisticsPlaceholder")),
                   tr("Table statistics"));
    m_tabs->addTab(placeholder(tr("Throughput charts appear here while a task runs."),
                               QStringLiteral("monitoringPlaceholder")),
                   tr("Monitoring"));
    m_tabs->addTab(placeholder(tr("Task and engine logs appear here."),
                               QStringLiteral("logsPlaceholder")),
                   tr("Logs"));
    setCentralWidget(m_tabs);

    createDocks();
    createActions();
    statusBar()->showMessage(tr("No task running"));

    QSettings settings;
    restoreGeometry(Settings::MainWindowGeometry.value(settings));
    restoreState(Settings::MainWindowState.value(settings));
    if (Settings::MainWindowGeometry.value(settings).isEmpty())
        resize(1100, 700);
}

MainWindow::~MainWindow() = default;

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
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
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
