// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QTabWidget;
class QTreeWidget;

namespace ferry {

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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();

    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_projectTree = nullptr;
};

} // namespace ferry
