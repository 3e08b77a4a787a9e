// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"
#include "engine/service/engine_service.h"

#include <QMainWindow>

#include <cstdint>
#include <memory>

class QAction;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace ferry {

class LogView;
class TableStatisticsView;

/**
 * The workbench's main window: project tree dock, central tabs (table statistics, monitoring,
 * logs), menus, toolbar and status bar. Thread: GUI thread.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Generates the embedded sports-ticketing sample (once, under the user's data directory)
    /// and migrates it into an SQLite copy on the engine thread; the Table statistics tab
    /// follows it live. The "Run sample migration" action calls it with the default size.
    void runSampleMigration(int64_t tickets);
    /// Stops the running task (resumable).
    void stopTask();

    TableStatisticsView *tableStatistics() const { return m_statistics; }
    LogView *logs() const { return m_logs; }

signals:
    /// The running task ended: completed, failed or stopped (text as in the status bar).
    void taskEnded(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void connectEngine();
    void finishTask(bool ok, const QString &message);

    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_projectTree = nullptr;
    TableStatisticsView *m_statistics = nullptr;
    LogView *m_logs = nullptr;
    QAction *m_runSampleAction = nullptr;
    QAction *m_stopAction = nullptr;
    QLabel *m_taskStatus = nullptr;
    std::unique_ptr<EngineThread> m_engine;
    RequestId m_nextRequest = 1;
    RequestId m_sampleRequest = 0;
    RequestId m_taskRequest = 0;
    QString m_sampleTarget;
};

} // namespace ferry
