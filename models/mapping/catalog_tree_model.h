// SPDX-License-Identifier: MIT
#pragma once

#include "engine/service/engine_service.h"
#include "models/mapping/selection_rules.h"

#include <QAbstractItemModel>
#include <QList>
#include <QLocale>
#include <QString>

#include <vector>

namespace ferry::models {

/**
 * The source catalog as a checkable tree for picking tables: schema > table > column, with
 * each table's row estimate and size (Table::rowEstimate, sizeBytes; schemas show the sums).
 *
 * Tables and schemas carry check states (schemas are tri-state: all, some or none of their
 * tables). The states live in the model for every table, loaded or not: the tables of a schema
 * are handed to views in batches of FetchBatch through canFetchMore/fetchMore, so a catalog of
 * 10,000 tables opens at once and checking a schema checks all of its tables without loading
 * them. Column rows (optional, setShowColumns) are informational and not checkable.
 *
 * A check made through setData (a user in a view) emits checksEdited with the schemas it
 * changed; setSelection (the editor evaluating rules) does not. Both emit checksChanged.
 * sort() reorders tables (and schemas) by name, rows or size, keeping lazily loaded rows lazy;
 * setFilterText shows only matching tables. Qt Gui-free: the view picks icons.
 * Thread: GUI thread.
 */
class CatalogTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Column { Name, Rows, Size, Count };
    enum class NodeKind { Schema, Table, Column };

    enum Role {
        /// Raw value for sorting: QString for names, qint64 for rows and bytes (-1 unknown).
        SortRole = Qt::UserRole + 1,
        NodeKindRole, ///< a NodeKind as int
        SchemaIndexRole, ///< the catalog index of the schema (every node)
        TableIndexRole, ///< the catalog index of the table (tables and columns), else -1
    };

    /// Tables handed to a view per fetchMore.
    static constexpr int FetchBatch = 256;

    explicit CatalogTreeModel(QObject *parent = nullptr);
    ~CatalogTreeModel() override;

    /// Replaces the catalog (a model reset); every table starts unchecked.
    void setCatalog(const CatalogPtr &catalog);
    [[nodiscard]] CatalogPtr catalog() const { return m_catalog; }

    void setShowColumns(bool show);
    [[nodiscard]] bool showColumns() const { return m_showColumns; }

    /// Shows only the tables whose name contains text (case-insensitive), or, when text has a
    /// dot, whose "schema.table" does; a schema whose name contains text and none of whose
    /// tables match shows all its tables. Empty shows all. A model reset.
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_filter; }

    /// The check state of every table (catalog order).
    [[nodiscard]] const TableSelection &selection() const { return m_checked; }
    /// Sets every check state; missing entries are unchecked. Does not emit checksEdited.
    void setSelection(const TableSelection &selection);
    [[nodiscard]] bool isTableChecked(int schema, int table) const;
    [[nodiscard]] Qt::CheckState schemaCheckState(int schema) const;
    [[nodiscard]] int checkedTableCount() const;
    [[nodiscard]] int tableCount() const { return m_tableCount; }
    /// Sums over the checked tables of the known row estimates and sizes.
    [[nodiscard]] qint64 checkedRowEstimate() const;
    [[nodiscard]] qint64 checkedSizeBytes() const;

    /// The index of a schema / table (catalog indexes), fetching the schema's tables up to it;
    /// invalid when filtered out.
    [[nodiscard]] QModelIndex schemaIndex(int schema) const;
    [[nodiscard]] QModelIndex tableIndex(int schema, int table);

    [[nodiscard]] QLocale locale() const { return m_locale; }
    void setLocale(const QLocale &locale);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// The user changed check states through setData; the catalog indexes of the schemas.
    void checksEdited(const QList<int> &schemas);
    /// Any check state changed (setData or setSelection).
    void checksChanged();

private:
    /// A visible schema: its visible tables in display order, how many a view has fetched.
    struct SchemaRow
    {
        int schema = 0;
        std::vector<int> tables;
        std::vector<int> rowOfTable; ///< catalog table index -> row in tables, or -1
        int fetched = 0;
    };

    struct Node
    {
        NodeKind kind = NodeKind::Schema;
        int schema = -1; ///< catalog indexes
        int table = -1;
        int column = -1;
    };

    [[nodiscard]] Node nodeOf(const QModelIndex &index) const;
    [[nodiscard]] const SchemaRow *rowOfSchema(int schema) const;
    [[nodiscard]] QVariant displayValue(const Node &node, Column column) const;
    [[nodiscard]] QVariant sortValue(const Node &node, Column column) const;
    [[nodiscard]] QString toolTip(const Node &node) const;
    void rebuildRows();
    void sortRows();
    void setSchemaChecked(int schema, bool checked);
    void setTableCheckedInternal(int schema, int table, bool checked);
    void emitSchemaChanged(int schema, bool withTables);

    CatalogPtr m_catalog;
    QLocale m_locale;
    bool m_showColumns = true;
    QString m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<SchemaRow> m_rows;
    std::vector<int> m_rowOfSchema; ///< catalog schema index -> row, or -1
    TableSelection m_checked;
    std::vector<int> m_checkedCount; ///< per catalog schema
    std::vector<qint64> m_schemaRows; ///< per catalog schema: summed row estimates, -1 none
    std::vector<qint64> m_schemaBytes;
    int m_tableCount = 0;
};

} // namespace ferry::models
