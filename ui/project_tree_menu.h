// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QMenu;
class QPoint;
class QTreeView;
class QWidget;

namespace ferry {

class ProjectDocument;

/**
 * The project tree's context menu and double-click. On an endpoint: Edit... (the endpoint
 * wizard in edit mode, also on double-click), Test Connection, Duplicate, Delete (asked first;
 * refused while a task uses it). On a task: Run, Resume, Reload Tables... (choose tables of a
 * task that ran to load again; offered while no task runs, see setReloadCheck), Edit Mapping,
 * Duplicate, Delete (asked first). Double-clicking a task edits its mapping. Every change goes
 * through the document, so Edit > Undo takes it back. The menu is named "projectTreeMenu", its
 * actions "tree<Verb>Action" ("treeEditEndpointAction", "treeTestConnectionAction",
 * "treeRunAction", "treeResumeAction", "treeReloadTablesAction", "treeEditMappingAction",
 * "treeDuplicateAction", "treeDeleteAction"). What needs the engine or a dialog of the window
 * is asked for with a signal. Thread: GUI thread; nothing here blocks (questions are
 * window-modal, answered later).
 */
class ProjectTreeMenu : public QObject
{
    Q_OBJECT

public:
    ProjectTreeMenu(QTreeView *tree, ProjectDocument *document, QWidget *window);

    /// Whether Reload Tables is enabled for a task (no task runs, and it may have tables to
    /// reload); without a check it is disabled.
    void setReloadCheck(std::function<bool(const QString &task)> canReload)
    {
        m_canReload = std::move(canReload);
    }

signals:
    void runRequested(const QString &task, bool resume);
    void editMappingRequested(const QString &task);
    void testConnectionRequested(const QString &endpoint);
    void editEndpointRequested(const QString &endpoint);
    void reloadTablesRequested(const QString &task);

private:
    void show(const QPoint &at);
    void addEndpointActions(QMenu &menu, const QString &endpoint);
    void addTaskActions(QMenu &menu, const QString &task);
    void duplicateEndpoint(const QString &endpoint);
    void deleteEndpoint(const QString &endpoint);
    void duplicateTask(const QString &task);
    void deleteTask(const QString &task);
    /// Asks before a deletion (Cancel is the default); remove runs on Delete.
    void confirmDelete(const QString &title, const QString &question, const QString &details,
                       std::function<void()> remove);

    QTreeView *m_tree;
    ProjectDocument *m_document;
    QWidget *m_window;
    std::function<bool(const QString &)> m_canReload;
};

} // namespace ferry
