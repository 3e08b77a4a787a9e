// SPDX-License-Identifier: MIT
#include "models/project/project_tree_model.h"

#include "engine/catalog/catalog.h"
#include "models/engine_client.h"
#include "models/project/endpoint_connection.h"
#include "models/project/project_document.h"
#include "models/project/workbench_error.h"

#include <QLocale>

namespace ferry {

struct ProjectTreeModel::Node
{
    NodeKind kind = NodeKind::Message;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    QString name;
    QString toolTip;
    int schemaIndex = -1; ///< Schema and Table nodes: index into the side's catalog
    int tableIndex = -1;
    bool fetched = false; ///< Schema nodes: tables inserted

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return static_cast<int>(i);
        }
        return 0;
    }
};

struct ProjectTreeModel::CatalogSide
{
    CatalogState state = CatalogState::NotRead;
    CatalogPtr catalog;
    Error error;
    std::string endpointName;
    std::optional<project::Endpoint> endpoint; ///< the value read, to notice edits
    quint64 generation = 0;                     ///< drops replies of superseded reads
    RequestId request = 0;
};

namespace {

std::unique_ptr<ProjectTreeModel::Node> makeNode(ProjectTreeModel::NodeKind kind,
                                                 const QString &name)
{
    auto node = std::make_unique<ProjectTreeModel::Node>();
    node->kind = kind;
    node->name = name;
    return node;
}

/// The same database, whatever the endpoints are called and wherever their passwords come from.
bool sameConnection(project::Endpoint a, const project::Endpoint &b)
{
    a.name = b.name;
    a.passwordSource = b.passwordSource;
    a.passwordEnv = b.passwordEnv;
    return a == b;
}

QString engineLabel(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSql:
        return QStringLiteral("PostgreSQL");
    case Dialect::MySql:
        return QStringLiteral("MySQL/MariaDB");
    case Dialect::Sqlite:
        return QStringLiteral("SQLite");
    case Dialect::Odbc:
        return QStringLiteral("ODBC");
    }
    return {};
}

} // namespace

ProjectTreeModel::ProjectTreeModel(ProjectDocument *document, EngineClient *client,
                                   QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_client(client)
    , m_root(std::make_unique<Node>())
    , m_source(std::make_unique<CatalogSide>())
    , m_target(std::make_unique<CatalogSide>())
{
    for (NodeKind group : {NodeKind::EndpointsGroup, NodeKind::SourceCatalogGroup,
                           NodeKind::TargetCatalogGroup, NodeKind::TasksGroup}) {
        auto node = makeNode(group, {});
        node->parent = m_root.get();
        m_root->children.push_back(std::move(node));
    }
    connect(m_document, &ProjectDocument::projectChanged, this, &ProjectTreeModel::syncProject);
    syncProject();
}

ProjectTreeModel::~ProjectTreeModel() = default;

ProjectTreeModel::Node *ProjectTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ProjectTreeModel::indexOf(Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, node);
}

QModelIndex ProjectTreeModel::groupIndex(NodeKind group) const
{
    for (const auto &child : m_root->children) {
        if (child->kind == group)
            return indexOf(child.get());
    }
    return {};
}

ProjectTreeModel::CatalogSide &ProjectTreeModel::side(EndpointRole role)
{
    return role == EndpointRole::Source ? *m_source : *m_target;
}

const ProjectTreeModel::CatalogSide &ProjectTreeModel::side(EndpointRole role) const
{
    return role == EndpointRole::Source ? *m_source : *m_target;
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    Node *node = nodeOf(parent);
    if (column != 0 || row < 0 || row >= static_cast<int>(node->children.size()))
        return {};
    return createIndex(row, column, node->children[static_cast<size_t>(row)].get());
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool ProjectTreeModel::hasChildren(const QModelIndex &parent) const
{
    Node *node = nodeOf(parent);
    if (!node->children.empty())
        return true;
    switch (node->kind) {
    case NodeKind::SourceCatalogGroup:
    case NodeKind::TargetCatalogGroup: {
        const CatalogSide &s = side(node->kind == NodeKind::SourceCatalogGroup
                                        ? EndpointRole::Source
                                        : EndpointRole::Target);
        return !s.endpointName.empty() && s.state != CatalogState::Read;
    }
    case NodeKind::Schema:
        return !node->fetched;
    default:
        return false;
    }
}

bool ProjectTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (m_updating)
        return false;
    Node *node = nodeOf(parent);
    switch (node->kind) {
    case NodeKind::SourceCatalogGroup:
    case NodeKind::TargetCatalogGroup: {
        const CatalogSide &s = side(node->kind == NodeKind::SourceCatalogGroup
                                        ? EndpointRole::Source
                                        : EndpointRole::Target);
        return !s.endpointName.empty() && s.state == CatalogState::NotRead;
    }
    case NodeKind::Schema:
        return !node->fetched;
    default:
        return false;
    }
}

void ProjectTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    if (node->kind == NodeKind::SourceCatalogGroup) {
        readCatalog(EndpointRole::Source);
        return;
    }
    if (node->kind == NodeKind::TargetCatalogGroup) {
        readCatalog(EndpointRole::Target);
        return;
    }
    if (node->kind != NodeKind::Schema || node->fetched)
        return;
    node->fetched = true;
    const EndpointRole role = node->parent->kind == NodeKind::SourceCatalogGroup
                                  ? EndpointRole::Source
                                  : EndpointRole::Target;
    const CatalogPtr catalog = side(role).catalog;
    if (!catalog || node->schemaIndex >= static_cast<int>(catalog->schemas.size()))
        return;
    const Schema &schema = catalog->schemas[static_cast<size_t>(node->schemaIndex)];
    if (schema.tables.empty())
        return;
    const QLocale locale;
    std::vector<std::unique_ptr<Node>> tables;
    tables.reserve(schema.tables.size());
    for (size_t i = 0; i < schema.tables.size(); ++i) {
        const Table &table = schema.tables[i];
        auto child = makeNode(NodeKind::Table, QString::fromStdString(table.name));
        child->parent = node;
        child->schemaIndex = node->schemaIndex;
        child->tableIndex = static_cast<int>(i);
        QStringList tip;
        tip << tr("%n column(s)", nullptr, static_cast<int>(table.columns.size()));
        if (table.rowEstimate)
            tip << tr("about %1 rows").arg(locale.toString(
                static_cast<qlonglong>(*table.rowEstimate)));
        if (table.sizeBytes)
            tip << locale.formattedDataSize(*table.sizeBytes);
        child->toolTip = tip.join(QStringLiteral(", "));
        tables.push_back(std::move(child));
    }
    beginInsertRows(parent, 0, static_cast<int>(tables.size()) - 1);
    node->children = std::move(tables);
    endInsertRows();
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Node *node = nodeOf(index);
    switch (role) {
    case KindRole:
        return QVariant::fromValue(node->kind);
    case NameRole:
        return node->name;
    case SchemaRole:
        if (node->kind == NodeKind::Table && node->parent)
            return node->parent->name;
        return {};
    case StateRole:
        if (node->kind == NodeKind::SourceCatalogGroup)
            return QVariant::fromValue(m_source->state);
        if (node->kind == NodeKind::TargetCatalogGroup)
            return QVariant::fromValue(m_target->state);
        return {};
    case Qt::ToolTipRole:
        return node->toolTip.isEmpty() ? QVariant() : QVariant(node->toolTip);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (node->kind) {
    case NodeKind::EndpointsGroup:
        return tr("Endpoints");
    case NodeKind::TasksGroup:
        return tr("Tasks");
    case NodeKind::SourceCatalogGroup:
    case NodeKind::TargetCatalogGroup: {
        const bool source = node->kind == NodeKind::SourceCatalogGroup;
        const CatalogSide &s = *(source ? m_source : m_target);
        const QString endpoint = QString::fromStdString(s.endpointName);
        if (endpoint.isEmpty())
            return source ? tr("Source catalog") : tr("Target catalog");
        if (s.state == CatalogState::Reading)
            return source ? tr("Source catalog: %1 (reading...)").arg(endpoint)
                          : tr("Target catalog: %1 (reading...)").arg(endpoint);
        return source ? tr("Source catalog: %1").arg(endpoint)
                      : tr("Target catalog: %1").arg(endpoint);
    }
    case NodeKind::Table: {
        const EndpointRole role = node->parent->parent->kind == NodeKind::SourceCatalogGroup
                                      ? EndpointRole::Source
                                      : EndpointRole::Target;
        const CatalogPtr catalog = side(role).catalog;
        if (catalog) {
            const Table &table = catalog->schemas[static_cast<size_t>(node->schemaIndex)]
                                     .tables[static_cast<size_t>(node->tableIndex)];
            if (table.rowEstimate)
                return tr("%1 (%2 rows)")
                    .arg(node->name, QLocale().toString(static_cast<qlonglong>(*table.rowEstimate)));
        }
        return node->name;
    }
    default:
        return node->name;
    }
}

std::string ProjectTreeModel::endpointFor(EndpointRole role) const
{
    const project::Task *task = m_document->project().findTask(m_currentTask);
    if (!task)
        return {};
    return role == EndpointRole::Source ? task->source : task->target;
}

void ProjectTreeModel::setCurrentTask(const std::string &taskName)
{
    m_currentTask = taskName;
    syncProject();
}

std::string ProjectTreeModel::currentTask() const
{
    return m_currentTask;
}

void ProjectTreeModel::replaceChildren(Node *group, std::vector<std::unique_ptr<Node>> children)
{
    const QModelIndex parent = indexOf(group);
    bool same = children.size() == group->children.size();
    for (size_t i = 0; same && i < children.size(); ++i)
        same = children[i]->name == group->children[i]->name
               && children[i]->kind == group->children[i]->kind;
    if (same) {
        for (size_t i = 0; i < children.size(); ++i)
            group->children[i]->toolTip = children[i]->toolTip;
        if (!children.empty())
            emit dataChanged(index(0, 0, parent),
                             index(static_cast<int>(children.size()) - 1, 0, parent));
        return;
    }
    // Views and testers may call fetchMore from the signals below; that waits (m_updating).
    const bool outer = !m_updating;
    m_updating = true;
    if (!group->children.empty()) {
        beginRemoveRows(parent, 0, static_cast<int>(group->children.size()) - 1);
        group->children.clear();
        endRemoveRows();
    }
    if (!children.empty()) {
        beginInsertRows(parent, 0, static_cast<int>(children.size()) - 1);
        for (auto &child : children)
            child->parent = group;
        group->children = std::move(children);
        endInsertRows();
    }
    if (outer)
        m_updating = false;
}

void ProjectTreeModel::syncProject()
{
    const project::Project &project = m_document->project();
    if (!project.findTask(m_currentTask))
        m_currentTask = project.tasks.empty() ? std::string() : project.tasks.front().name;

    std::vector<std::unique_ptr<Node>> endpoints;
    for (const project::Endpoint &endpoint : project.endpoints) {
        auto node = makeNode(NodeKind::Endpoint, QString::fromStdString(endpoint.name));
        auto spec = endpoint.connectionSpec(m_document->directory());
        node->toolTip = tr("%1: %2").arg(engineLabel(endpoint.engine),
                                         spec ? QString::fromStdString(spec->toUri())
                                              : QString::fromStdString(spec.error().message));
        endpoints.push_back(std::move(node));
    }
    replaceChildren(nodeOf(groupIndex(NodeKind::EndpointsGroup)), std::move(endpoints));

    std::vector<std::unique_ptr<Node>> tasks;
    for (const project::Task &task : project.tasks) {
        auto node = makeNode(NodeKind::Task, QString::fromStdString(task.name));
        node->toolTip = tr("%1 -> %2 (%3)")
                            .arg(QString::fromStdString(task.source),
                                 QString::fromStdString(task.target),
                                 QString::fromLatin1(
                                     project::migrationTypeName(task.migrationType)));
        tasks.push_back(std::move(node));
    }
    replaceChildren(nodeOf(groupIndex(NodeKind::TasksGroup)), std::move(tasks));

    for (EndpointRole role : {EndpointRole::Source, EndpointRole::Target})
        syncCatalog(role);
}

void ProjectTreeModel::syncCatalog(EndpointRole role)
{
    CatalogSide &s = side(role);
    const std::string name = endpointFor(role);
    const project::Endpoint *endpoint = m_document->project().findEndpoint(name);
    if (endpoint && s.endpoint && sameConnection(*endpoint, *s.endpoint)) {
        const bool renamed = name != s.endpointName;
        s.endpointName = name;
        s.endpoint = *endpoint;
        if (!renamed)
            return;
        // Renamed, or another endpoint of the same database: the catalog stays.
        const QModelIndex group
            = groupIndex(role == EndpointRole::Source ? NodeKind::SourceCatalogGroup
                                                      : NodeKind::TargetCatalogGroup);
        emit dataChanged(group, group);
        return;
    }
    // Another database: the catalog is forgotten; an expanded node reads it again at once
    // (the view fetches more), a collapsed one when it is expanded.
    s.endpointName = endpoint ? name : std::string();
    s.endpoint = endpoint ? std::optional<project::Endpoint>(*endpoint) : std::nullopt;
    resetCatalog(role, CatalogState::NotRead);
}

void ProjectTreeModel::resetCatalog(EndpointRole role, CatalogState state)
{
    CatalogSide &s = side(role);
    ++s.generation;
    if (s.request)
        m_client->cancel(s.request);
    s.request = 0;
    s.state = state;
    s.catalog.reset();
    Node *group = nodeOf(groupIndex(role == EndpointRole::Source ? NodeKind::SourceCatalogGroup
                                                                 : NodeKind::TargetCatalogGroup));
    replaceChildren(group, {});
    const QModelIndex index = indexOf(group);
    emit dataChanged(index, index);
}

void ProjectTreeModel::refresh()
{
    resetCatalog(EndpointRole::Source, CatalogState::NotRead);
    resetCatalog(EndpointRole::Target, CatalogState::NotRead);
}

ProjectTreeModel::CatalogState ProjectTreeModel::catalogState(EndpointRole role) const
{
    return side(role).state;
}

CatalogPtr ProjectTreeModel::catalog(EndpointRole role) const
{
    return side(role).catalog;
}

void ProjectTreeModel::readCatalog(EndpointRole role)
{
    if (m_updating) {
        QMetaObject::invokeMethod(this, [this, role] { readCatalog(role); }, Qt::QueuedConnection);
        return;
    }
    CatalogSide &s = side(role);
    if (s.endpointName.empty() || s.state == CatalogState::Reading)
        return;
    resetCatalog(role, CatalogState::Reading);
    const quint64 generation = s.generation;
    connectionSpecWithPassword(
        *m_document, *m_client, s.endpointName, this,
        [this, role, generation](const Result<ConnectionSpec> &spec) {
            CatalogSide &current = side(role);
            if (current.generation != generation)
                return;
            if (!spec) {
                if (spec.error().code == ErrorCode::SecretNotFound) {
                    resetCatalog(role, CatalogState::NotRead);
                    emit passwordNeeded(QString::fromStdString(current.endpointName), role);
                    emit catalogFinished(role);
                    return;
                }
                catalogFailed(role, spec.error());
                return;
            }
            current.request = m_client->readCatalog(
                *spec, CatalogFilter{}, this,
                [this, role, generation](const CatalogPtr &catalog) {
                    if (side(role).generation == generation)
                        catalogArrived(role, catalog);
                },
                [this, role, generation](const Error &error) {
                    if (side(role).generation == generation)
                        catalogFailed(role, error);
                });
        });
}

void ProjectTreeModel::catalogArrived(EndpointRole role, const CatalogPtr &catalog)
{
    CatalogSide &s = side(role);
    s.request = 0;
    s.state = CatalogState::Read;
    s.catalog = catalog;
    Node *group = nodeOf(groupIndex(role == EndpointRole::Source ? NodeKind::SourceCatalogGroup
                                                                 : NodeKind::TargetCatalogGroup));
    std::vector<std::unique_ptr<Node>> schemas;
    for (size_t i = 0; i < catalog->schemas.size(); ++i) {
        const Schema &schema = catalog->schemas[i];
        auto node = makeNode(NodeKind::Schema, QString::fromStdString(schema.name));
        node->schemaIndex = static_cast<int>(i);
        node->toolTip = tr("%n table(s)", nullptr, static_cast<int>(schema.tables.size()));
        node->fetched = schema.tables.empty();
        schemas.push_back(std::move(node));
    }
    if (schemas.empty())
        schemas.push_back(makeNode(NodeKind::Message, tr("(no tables)")));
    replaceChildren(group, std::move(schemas));
    const QModelIndex index = indexOf(group);
    emit dataChanged(index, index);
    emit catalogFinished(role);
}

void ProjectTreeModel::catalogFailed(EndpointRole role, const Error &error)
{
    CatalogSide &s = side(role);
    s.request = 0;
    s.state = CatalogState::Failed;
    s.error = error;
    Node *group = nodeOf(groupIndex(role == EndpointRole::Source ? NodeKind::SourceCatalogGroup
                                                                 : NodeKind::TargetCatalogGroup));
    auto message = makeNode(NodeKind::Message,
                            tr("Could not read the catalog: %1")
                                .arg(QString::fromStdString(error.message)));
    message->toolTip = workbenchErrorText(error);
    std::vector<std::unique_ptr<Node>> children;
    children.push_back(std::move(message));
    replaceChildren(group, std::move(children));
    const QModelIndex index = indexOf(group);
    emit dataChanged(index, index);
    emit catalogError(QString::fromStdString(s.endpointName), role, error);
    emit catalogFinished(role);
}

} // namespace ferry
