// SPDX-License-Identifier: MIT
#include "ui/project_tree_menu.h"

#include "models/project/project_document.h"
#include "models/project/project_tree_model.h"
#include "ui/dialogs.h"
#include "ui/icons.h"

#include <QMenu>
#include <QTreeView>

namespace ferry {

namespace {

using NodeKind = ProjectTreeModel::NodeKind;

NodeKind kindOf(const QModelIndex &index)
{
    return index.data(ProjectTreeModel::KindRole).value<NodeKind>();
}

/// "name copy", else "name copy 2", "name copy 3", ... : the first name taken by nothing.
template<typename Taken> std::string copyName(const std::string &name, Taken taken)
{
    std::string candidate = name + " copy";
    for (int n = 2; taken(candidate); ++n)
        candidate = name + " copy " + std::to_string(n);
    return candidate;
}

QString q(const std::string &text) { return QString::fromStdString(text); }

} // namespace

ProjectTreeMenu::ProjectTreeMenu(QTreeView *tree, ProjectDocument *document, QWidget *window)
    : QObject(tree), m_tree(tree), m_document(document), m_window(window)
{
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ProjectTreeMenu::show);
    connect(m_tree, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString name = index.data(ProjectTreeModel::NameRole).toString();
        if (kindOf(index) == NodeKind::Task)
            emit editMappingRequested(name);
        else if (kindOf(index) == NodeKind::Endpoint)
            emit editEndpointRequested(name);
    });
}

void ProjectTreeMenu::show(const QPoint &at)
{
    const QModelIndex index = m_tree->indexAt(at);
    const NodeKind kind = kindOf(index);
    if (!index.isValid() || (kind != NodeKind::Endpoint && kind != NodeKind::Task))
        return;
    m_tree->setCurrentIndex(index);
    auto *menu = new QMenu(m_tree);
    menu->setObjectName(QStringLiteral("projectTreeMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = index.data(ProjectTreeModel::NameRole).toString();
    if (kind == NodeKind::Endpoint)
        addEndpointActions(*menu, name);
    else
        addTaskActions(*menu, name);
    menu->popup(m_tree->viewport()->mapToGlobal(at));
}

void ProjectTreeMenu::addEndpointActions(QMenu &menu, const QString &endpoint)
{
    QAction *edit = menu.addAction(icon("endpoint"), tr("&Edit..."), this,
                                   [this, endpoint] { emit editEndpointRequested(endpoint); });
    edit->setObjectName(QStringLiteral("treeEditEndpointAction"));
    edit->setToolTip(tr("Change the endpoint's name, engine and connection settings"));
    menu.setDefaultAction(edit); // as a double-click does
    menu.addAction(tr("&Test Connection"), this,
                   [this, endpoint] { emit testConnectionRequested(endpoint); })
        ->setObjectName(QStringLiteral("treeTestConnectionAction"));
    menu.addSeparator();
    menu.addAction(tr("D&uplicate"), this, [this, endpoint] { duplicateEndpoint(endpoint); })
        ->setObjectName(QStringLiteral("treeDuplicateAction"));
    menu.addAction(tr("&Delete..."), this, [this, endpoint] { deleteEndpoint(endpoint); })
        ->setObjectName(QStringLiteral("treeDeleteAction"));
}

void ProjectTreeMenu::addTaskActions(QMenu &menu, const QString &task)
{
    QAction *run = menu.addAction(icon("run"), tr("&Run"), this,
                                  [this, task] { emit runRequested(task, false); });
    run->setObjectName(QStringLiteral("treeRunAction"));
    menu.addAction(icon("state-running"), tr("Re&sume"), this,
                   [this, task] { emit runRequested(task, true); })
        ->setObjectName(QStringLiteral("treeResumeAction"));
    QAction *reload = menu.addAction(tr("Re&load Tables..."), this,
                                     [this, task] { emit reloadTablesRequested(task); });
    reload->setObjectName(QStringLiteral("treeReloadTablesAction"));
    reload->setToolTip(tr("Choose tables of the task's last run to load again from the source; "
                          "the other tables stay as they are"));
    reload->setEnabled(m_canReload && m_canReload(task));
    menu.addAction(tr("Edit &Mapping..."), this, [this, task] { emit editMappingRequested(task); })
        ->setObjectName(QStringLiteral("treeEditMappingAction"));
    menu.addSeparator();
    menu.addAction(tr("D&uplicate"), this, [this, task] { duplicateTask(task); })
        ->setObjectName(QStringLiteral("treeDuplicateAction"));
    menu.addAction(tr("&Delete..."), this, [this, task] { deleteTask(task); })
        ->setObjectName(QStringLiteral("treeDeleteAction"));
    menu.setDefaultAction(run);
}

void ProjectTreeMenu::confirmDelete(const QString &title, const QString &question,
                                    const QString &details, std::function<void()> remove)
{
    Dialogs::choose(m_window, title, question, details, {tr("&Delete")}, -1,
                    [remove = std::move(remove)](int choice) {
                        if (choice == 0)
                            remove();
                    });
}

void ProjectTreeMenu::duplicateEndpoint(const QString &endpoint)
{
    const project::Project &project = m_document->project();
    const project::Endpoint *original = project.findEndpoint(endpoint.toStdString());
    if (!original)
        return;
    project::Endpoint copy = *original;
    copy.name = copyName(original->name,
                         [&](const std::string &name) { return project.findEndpoint(name); });
    m_document->addEndpoint(copy);
}

void ProjectTreeMenu::deleteEndpoint(const QString &endpoint)
{
    QStringList users;
    for (const project::Task &task : m_document->project().tasks) {
        if (q(task.source) == endpoint || q(task.target) == endpoint)
            users << q(task.name);
    }
    if (!users.isEmpty()) {
        Dialogs::information(m_window, tr("Delete Endpoint"),
                             tr("Endpoint %1 is used by %n task(s): %2. Delete them or choose "
                                "other endpoints for them first.",
                                nullptr, int(users.size()))
                                 .arg(endpoint, users.join(QStringLiteral(", "))));
        return;
    }
    confirmDelete(tr("Delete Endpoint"), tr("Delete endpoint %1 from the project?").arg(endpoint),
                  tr("The database itself is not touched. Edit > Undo brings the endpoint back."),
                  [this, endpoint] { m_document->removeEndpoint(endpoint.toStdString()); });
}

void ProjectTreeMenu::duplicateTask(const QString &task)
{
    const project::Project &project = m_document->project();
    const project::Task *original = project.findTask(task.toStdString());
    if (!original)
        return;
    project::Task copy = *original;
    copy.name
        = copyName(original->name, [&](const std::string &name) { return project.findTask(name); });
    m_document->addTask(copy);
}

void ProjectTreeMenu::deleteTask(const QString &task)
{
    confirmDelete(tr("Delete Task"), tr("Delete task %1 from the project?").arg(task),
                  tr("Its tables and control tables on the target stay as they are. Edit > "
                     "Undo brings the task back."),
                  [this, task] { m_document->removeTask(task.toStdString()); });
}

} // namespace ferry
