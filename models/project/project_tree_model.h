// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"
#include "engine/service/engine_service.h"

#include <QAbstractItemModel>

#include <memory>
#include <string>
#include <vector>

namespace ferry {

class EngineClient;
class ProjectDocument;

/**
 * The project tree (DESIGN §9): Endpoints, Source catalog, Target catalog and Tasks. The two
 * catalogs are those of the current task's source and target endpoints; they are read through
 * the engine only when their node is expanded (canFetchMore/fetchMore), and their schemas'
 * tables are inserted when a schema is expanded, so catalogs of thousands of tables open at once.
 * Project edits update the endpoint and task rows in place (no reset). A catalog follows its
 * endpoint: a rename keeps it; another connection (an edit, an undo, another current task)
 * forgets it, and it is read again when its node is expanded -- at once when it is; refresh()
 * forgets both.
 *
 * Roles: Qt::DisplayRole (name; table rows add the row estimate), Qt::ToolTipRole, KindRole
 * (NodeKind, for icons chosen by the ui), StateRole (CatalogState of a catalog group), NameRole.
 * Thread: GUI thread.
 */
class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind {
        EndpointsGroup,
        SourceCatalogGroup,
        TargetCatalogGroup,
        TasksGroup,
        Endpoint,
        Task,
        Schema,
        Table,
        Message, ///< "no task yet", a catalog read error
    };
    Q_ENUM(NodeKind)
    enum class CatalogState { NotRead, Reading, Read, Failed };
    Q_ENUM(CatalogState)
    enum Role { KindRole = Qt::UserRole + 1, StateRole, NameRole, SchemaRole };

    ProjectTreeModel(ProjectDocument *document, EngineClient *client, QObject *parent = nullptr);
    ~ProjectTreeModel() override;

    /// The task whose endpoints the catalog nodes show (default: the first task).
    void setCurrentTask(const std::string &taskName);
    [[nodiscard]] std::string currentTask() const;
    /// Forgets both catalogs; they are read again when next expanded.
    void refresh();
    /// Starts reading a catalog now (as expanding its node does). side: Source or Target.
    void readCatalog(EndpointRole side);
    [[nodiscard]] CatalogState catalogState(EndpointRole side) const;
    [[nodiscard]] CatalogPtr catalog(EndpointRole side) const;
    [[nodiscard]] QModelIndex groupIndex(NodeKind group) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    /// A catalog read needs a password the user must type (prompt source, or none stored).
    void passwordNeeded(const QString &endpointName, ferry::EndpointRole side);
    /// A catalog read failed (after the failure shows in the tree, before catalogFinished).
    void catalogError(const QString &endpointName, ferry::EndpointRole side,
                      const ferry::Error &error);
    /// A catalog read finished (ok or failed; see catalogState).
    void catalogFinished(ferry::EndpointRole side);

public:
    struct Node; ///< private to the .cpp

private:
    struct CatalogSide;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node) const;
    CatalogSide &side(EndpointRole role);
    const CatalogSide &side(EndpointRole role) const;
    std::string endpointFor(EndpointRole role) const;
    void syncProject();
    /// Follows an edit of the endpoint that a catalog node shows (see syncProject).
    void syncCatalog(EndpointRole role);
    void replaceChildren(Node *group, std::vector<std::unique_ptr<Node>> children);
    void resetCatalog(EndpointRole role, CatalogState state);
    void catalogArrived(EndpointRole role, const CatalogPtr &catalog);
    void catalogFailed(EndpointRole role, const Error &error);

    ProjectDocument *m_document;
    EngineClient *m_client;
    std::unique_ptr<Node> m_root;
    std::unique_ptr<CatalogSide> m_source;
    std::unique_ptr<CatalogSide> m_target;
    std::string m_currentTask;
    bool m_updating = false; ///< rows are being replaced: fetches wait
};

} // namespace ferry
