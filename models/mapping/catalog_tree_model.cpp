// SPDX-License-Identifier: MIT
#include "models/mapping/catalog_tree_model.h"
#include "engine/core/tr.h"

#include <algorithm>
#include <numeric>

namespace ferry::models {

namespace {

/// internalId layout: 0 = schema node; schema + 1 = table node (the id names its parent);
/// ColumnFlag | schema << 31 | table = column node (names its parent table).
constexpr quintptr ColumnFlag = quintptr(1) << 62;
constexpr quintptr TableMask = (quintptr(1) << 31) - 1;

} // namespace

CatalogTreeModel::CatalogTreeModel(QObject *parent) : QAbstractItemModel(parent) { }

CatalogTreeModel::~CatalogTreeModel() = default;

void CatalogTreeModel::setCatalog(const CatalogPtr &catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_checked.clear();
    m_checkedCount.clear();
    m_schemaRows.clear();
    m_schemaBytes.clear();
    m_tableCount = 0;
    if (m_catalog) {
        const size_t schemas = m_catalog->schemas.size();
        m_checked.resize(schemas);
        m_checkedCount.assign(schemas, 0);
        m_schemaRows.assign(schemas, -1);
        m_schemaBytes.assign(schemas, -1);
        for (size_t s = 0; s < schemas; ++s) {
            const Schema &schema = m_catalog->schemas[s];
            m_checked[s].assign(schema.tables.size(), 0);
            m_tableCount += int(schema.tables.size());
            for (const Table &table : schema.tables) {
                if (table.rowEstimate)
                    m_schemaRows[s] = std::max<qint64>(m_schemaRows[s], 0) + *table.rowEstimate;
                if (table.sizeBytes)
                    m_schemaBytes[s] = std::max<qint64>(m_schemaBytes[s], 0) + *table.sizeBytes;
            }
        }
    }
    rebuildRows();
    endResetModel();
    emit checksChanged();
}

void CatalogTreeModel::setShowColumns(bool show)
{
    if (show == m_showColumns)
        return;
    beginResetModel();
    m_showColumns = show;
    endResetModel();
}

void CatalogTreeModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    beginResetModel();
    m_filter = trimmed;
    rebuildRows();
    endResetModel();
}

void CatalogTreeModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
}

void CatalogTreeModel::rebuildRows()
{
    m_rows.clear();
    m_rowOfSchema.clear();
    if (!m_catalog)
        return;
    m_rowOfSchema.assign(m_catalog->schemas.size(), -1);
    for (size_t s = 0; s < m_catalog->schemas.size(); ++s) {
        const Schema &schema = m_catalog->schemas[s];
        SchemaRow row;
        row.schema = int(s);
        const QString schemaName = qs(schema.name);
        const bool qualified = m_filter.contains(QLatin1Char('.'));
        row.tables.reserve(schema.tables.size());
        for (size_t t = 0; t < schema.tables.size(); ++t) {
            if (!m_filter.isEmpty()) {
                const QString name = qs(schema.tables[t].name);
                const bool matches = qualified
                    ? (schemaName + QLatin1Char('.') + name).contains(m_filter, Qt::CaseInsensitive)
                    : name.contains(m_filter, Qt::CaseInsensitive);
                if (!matches)
                    continue;
            }
            row.tables.push_back(int(t));
        }
        // A search for a schema's name shows its tables when none of them matches by name.
        if (!m_filter.isEmpty() && row.tables.empty() && !qualified
            && schemaName.contains(m_filter, Qt::CaseInsensitive)) {
            for (size_t t = 0; t < schema.tables.size(); ++t)
                row.tables.push_back(int(t));
        }
        if (!m_filter.isEmpty() && row.tables.empty())
            continue;
        m_rows.push_back(std::move(row));
    }
    sortRows();
}

void CatalogTreeModel::sortRows()
{
    if (m_catalog && m_sortColumn >= 0) {
        const auto column = Column(m_sortColumn);
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        const auto less = [&](const QVariant &a, const QVariant &b) {
            if (a.typeId() == QMetaType::QString)
                return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
            return a.toLongLong() < b.toLongLong();
        };
        const auto ordered = [&](const QVariant &a, const QVariant &b) {
            return descending ? less(b, a) : less(a, b);
        };
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](const SchemaRow &a, const SchemaRow &b) {
            return ordered(sortValue({NodeKind::Schema, a.schema, -1, -1}, column),
                           sortValue({NodeKind::Schema, b.schema, -1, -1}, column));
        });
        for (SchemaRow &row : m_rows) {
            std::vector<QVariant> keys(m_catalog->schemas[size_t(row.schema)].tables.size());
            for (int t : row.tables)
                keys[size_t(t)] = sortValue({NodeKind::Table, row.schema, t, -1}, column);
            std::stable_sort(row.tables.begin(), row.tables.end(), [&](int a, int b) {
                return ordered(keys[size_t(a)], keys[size_t(b)]);
            });
        }
    }
    for (size_t r = 0; r < m_rows.size(); ++r) {
        SchemaRow &row = m_rows[r];
        m_rowOfSchema[size_t(row.schema)] = int(r);
        row.rowOfTable.assign(m_catalog->schemas[size_t(row.schema)].tables.size(), -1);
        for (size_t i = 0; i < row.tables.size(); ++i)
            row.rowOfTable[size_t(row.tables[i])] = int(i);
    }
}

void CatalogTreeModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(Column::Count))
        return;
    if (!m_catalog) {
        // Remembered for the catalog to come (a view sorts when it gets the model).
        m_sortColumn = column;
        m_sortOrder = order;
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<Node> nodes;
    nodes.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        nodes.push_back(nodeOf(index));

    m_sortColumn = column;
    m_sortOrder = order;
    std::fill(m_rowOfSchema.begin(), m_rowOfSchema.end(), -1);
    sortRows();

    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const Node &node = nodes[size_t(i)];
        const int schemaRow = node.schema >= 0 ? m_rowOfSchema[size_t(node.schema)] : -1;
        QModelIndex moved;
        if (schemaRow >= 0) {
            const SchemaRow &row = m_rows[size_t(schemaRow)];
            const int tableRow = node.table >= 0 ? row.rowOfTable[size_t(node.table)] : -1;
            switch (node.kind) {
            case NodeKind::Schema:
                moved = createIndex(schemaRow, before[i].column(), quintptr(0));
                break;
            case NodeKind::Table:
                if (tableRow >= 0 && tableRow < row.fetched)
                    moved = createIndex(tableRow, before[i].column(), quintptr(node.schema + 1));
                break;
            case NodeKind::Column:
                if (tableRow >= 0 && tableRow < row.fetched)
                    moved = before[i];
                break;
            }
        }
        after.push_back(moved);
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

CatalogTreeModel::Node CatalogTreeModel::nodeOf(const QModelIndex &index) const
{
    Node node;
    if (!index.isValid())
        return node;
    const quintptr id = index.internalId();
    if (id == 0) {
        node.kind = NodeKind::Schema;
        node.schema = m_rows[size_t(index.row())].schema;
    } else if (id & ColumnFlag) {
        node.kind = NodeKind::Column;
        node.schema = int((id & ~ColumnFlag) >> 31);
        node.table = int(id & TableMask);
        node.column = index.row();
    } else {
        node.kind = NodeKind::Table;
        node.schema = int(id - 1);
        const SchemaRow *row = rowOfSchema(node.schema);
        node.table = row ? row->tables[size_t(index.row())] : -1;
    }
    return node;
}

const CatalogTreeModel::SchemaRow *CatalogTreeModel::rowOfSchema(int schema) const
{
    if (schema < 0 || size_t(schema) >= m_rowOfSchema.size() || m_rowOfSchema[size_t(schema)] < 0)
        return nullptr;
    return &m_rows[size_t(m_rowOfSchema[size_t(schema)])];
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= int(Column::Count))
        return {};
    if (!parent.isValid()) {
        if (size_t(row) >= m_rows.size())
            return {};
        return createIndex(row, column, quintptr(0));
    }
    if (parent.column() != 0)
        return {};
    const Node node = nodeOf(parent);
    switch (node.kind) {
    case NodeKind::Schema: {
        const SchemaRow &schemaRow = m_rows[size_t(parent.row())];
        if (row >= schemaRow.fetched)
            return {};
        return createIndex(row, column, quintptr(schemaRow.schema + 1));
    }
    case NodeKind::Table: {
        if (!m_showColumns || node.table < 0)
            return {};
        const Table &table = m_catalog->schemas[size_t(node.schema)].tables[size_t(node.table)];
        if (size_t(row) >= table.columns.size())
            return {};
        return createIndex(row, column,
                           ColumnFlag | (quintptr(node.schema) << 31) | quintptr(node.table));
    }
    case NodeKind::Column:
        break;
    }
    return {};
}

QModelIndex CatalogTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    if (id == 0)
        return {};
    if (id & ColumnFlag) {
        const int schema = int((id & ~ColumnFlag) >> 31);
        const int table = int(id & TableMask);
        const SchemaRow *row = rowOfSchema(schema);
        if (!row || row->rowOfTable[size_t(table)] < 0)
            return {};
        return createIndex(row->rowOfTable[size_t(table)], 0, quintptr(schema + 1));
    }
    const int schema = int(id - 1);
    if (size_t(schema) >= m_rowOfSchema.size() || m_rowOfSchema[size_t(schema)] < 0)
        return {};
    return createIndex(m_rowOfSchema[size_t(schema)], 0, quintptr(0));
}

int CatalogTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() != 0)
        return 0;
    const Node node = nodeOf(parent);
    switch (node.kind) {
    case NodeKind::Schema:
        return m_rows[size_t(parent.row())].fetched;
    case NodeKind::Table:
        if (!m_showColumns || node.table < 0)
            return 0;
        return int(
            m_catalog->schemas[size_t(node.schema)].tables[size_t(node.table)].columns.size());
    case NodeKind::Column:
        break;
    }
    return 0;
}

int CatalogTreeModel::columnCount(const QModelIndex &) const { return int(Column::Count); }

bool CatalogTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_rows.empty();
    if (parent.column() != 0)
        return false;
    const Node node = nodeOf(parent);
    switch (node.kind) {
    case NodeKind::Schema:
        return !m_rows[size_t(parent.row())].tables.empty();
    case NodeKind::Table:
        return m_showColumns && node.table >= 0
            && !m_catalog->schemas[size_t(node.schema)].tables[size_t(node.table)].columns.empty();
    case NodeKind::Column:
        break;
    }
    return false;
}

bool CatalogTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.internalId() != 0 || parent.column() != 0)
        return false;
    const SchemaRow &row = m_rows[size_t(parent.row())];
    return size_t(row.fetched) < row.tables.size();
}

void CatalogTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    SchemaRow &row = m_rows[size_t(parent.row())];
    const int count = std::min(FetchBatch, int(row.tables.size()) - row.fetched);
    beginInsertRows(parent, row.fetched, row.fetched + count - 1);
    row.fetched += count;
    endInsertRows();
}

QModelIndex CatalogTreeModel::schemaIndex(int schema) const
{
    if (schema < 0 || size_t(schema) >= m_rowOfSchema.size() || m_rowOfSchema[size_t(schema)] < 0)
        return {};
    return createIndex(m_rowOfSchema[size_t(schema)], 0, quintptr(0));
}

QModelIndex CatalogTreeModel::tableIndex(int schema, int table)
{
    const QModelIndex parent = schemaIndex(schema);
    const SchemaRow *row = rowOfSchema(schema);
    if (!parent.isValid() || table < 0 || size_t(table) >= row->rowOfTable.size())
        return {};
    const int tableRow = row->rowOfTable[size_t(table)];
    if (tableRow < 0)
        return {};
    while (row->fetched <= tableRow)
        fetchMore(parent);
    return createIndex(tableRow, 0, quintptr(schema + 1));
}

QVariant CatalogTreeModel::displayValue(const Node &node, Column column) const
{
    const Schema &schema = m_catalog->schemas[size_t(node.schema)];
    const auto number
        = [&](qint64 value) { return value < 0 ? QVariant() : QVariant(m_locale.toString(value)); };
    const auto size = [&](qint64 value) {
        return value < 0 ? QVariant() : QVariant(m_locale.formattedDataSize(value));
    };
    switch (node.kind) {
    case NodeKind::Schema:
        switch (column) {
        case Column::Name:
            return qs(schema.name);
        case Column::Rows:
            return number(m_schemaRows[size_t(node.schema)]);
        case Column::Size:
            return size(m_schemaBytes[size_t(node.schema)]);
        case Column::Count:
            break;
        }
        break;
    case NodeKind::Table: {
        const Table &table = schema.tables[size_t(node.table)];
        switch (column) {
        case Column::Name:
            return qs(table.name);
        case Column::Rows:
            return number(table.rowEstimate.value_or(-1));
        case Column::Size:
            return size(table.sizeBytes.value_or(-1));
        case Column::Count:
            break;
        }
        break;
    }
    case NodeKind::Column: {
        const ferry::Column &source
            = schema.tables[size_t(node.table)].columns[size_t(node.column)];
        if (column == Column::Name)
            //: A column in the catalog tree: its name and its type.
            return tr("%1 : %2").arg(
                qs(source.name),
                qs(source.nativeType.empty() ? source.type.toString() : source.nativeType));
        break;
    }
    }
    return {};
}

QVariant CatalogTreeModel::sortValue(const Node &node, Column column) const
{
    const Schema &schema = m_catalog->schemas[size_t(node.schema)];
    if (node.kind == NodeKind::Schema) {
        switch (column) {
        case Column::Name:
            return qs(schema.name);
        case Column::Rows:
            return m_schemaRows[size_t(node.schema)];
        case Column::Size:
            return m_schemaBytes[size_t(node.schema)];
        case Column::Count:
            break;
        }
        return {};
    }
    const Table &table = schema.tables[size_t(node.table)];
    if (node.kind == NodeKind::Column)
        return column == Column::Name ? QVariant(qs(table.columns[size_t(node.column)].name))
                                      : QVariant(qint64(node.column));
    switch (column) {
    case Column::Name:
        return qs(table.name);
    case Column::Rows:
        return qint64(table.rowEstimate.value_or(-1));
    case Column::Size:
        return qint64(table.sizeBytes.value_or(-1));
    case Column::Count:
        break;
    }
    return {};
}

QString CatalogTreeModel::toolTip(const Node &node) const
{
    const Schema &schema = m_catalog->schemas[size_t(node.schema)];
    switch (node.kind) {
    case NodeKind::Schema:
        return tr("Schema %1: %2 of %n table(s) selected", nullptr, int(schema.tables.size()))
            .arg(qs(schema.name))
            .arg(m_locale.toString(m_checkedCount[size_t(node.schema)]));
    case NodeKind::Table: {
        const Table &table = schema.tables[size_t(node.table)];
        const QString rows
            = table.rowEstimate ? m_locale.toString(qint64(*table.rowEstimate)) : tr("unknown");
        const QString size
            = table.sizeBytes ? m_locale.formattedDataSize(*table.sizeBytes) : tr("unknown");
        return tr("%1.%2: about %3 rows, %4, %n column(s)", nullptr, int(table.columns.size()))
            .arg(qs(schema.name), qs(table.name), rows, size);
    }
    case NodeKind::Column: {
        const ferry::Column &column
            = schema.tables[size_t(node.table)].columns[size_t(node.column)];
        return column.nullable
            ? tr("Column %1, %2, nullable").arg(qs(column.name), qs(column.nativeType))
            : tr("Column %1, %2, not null").arg(qs(column.name), qs(column.nativeType));
    }
    }
    return {};
}

QVariant CatalogTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_catalog)
        return {};
    const Node node = nodeOf(index);
    if (node.table < 0 && node.kind != NodeKind::Schema)
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(node, column);
    case Qt::EditRole:
    case SortRole:
        return sortValue(node, column);
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::TextAlignmentRole:
        if (column != Column::Name)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::CheckStateRole:
        if (column != Column::Name)
            return {};
        if (node.kind == NodeKind::Schema)
            return schemaCheckState(node.schema);
        if (node.kind == NodeKind::Table)
            return isTableChecked(node.schema, node.table) ? Qt::Checked : Qt::Unchecked;
        return {};
    case NodeKindRole:
        return int(node.kind);
    case SchemaIndexRole:
        return node.schema;
    case TableIndexRole:
        return node.table;
    default:
        break;
    }
    return {};
}

bool CatalogTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != 0 || !m_catalog)
        return false;
    const Node node = nodeOf(index);
    const bool checked = Qt::CheckState(value.toInt()) != Qt::Unchecked;
    if (node.kind == NodeKind::Schema) {
        setSchemaChecked(node.schema, checked);
    } else if (node.kind == NodeKind::Table) {
        if (isTableChecked(node.schema, node.table) == checked)
            return true;
        setTableCheckedInternal(node.schema, node.table, checked);
        emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(0), {Qt::CheckStateRole});
        emitSchemaChanged(node.schema, false);
    } else {
        return false;
    }
    emit checksEdited({node.schema});
    emit checksChanged();
    return true;
}

void CatalogTreeModel::setSchemaChecked(int schema, bool checked)
{
    const SchemaRow *row = rowOfSchema(schema);
    if (!row)
        return;
    // A filtered view checks what it shows; unfiltered, that is every table of the schema.
    for (int table : row->tables)
        setTableCheckedInternal(schema, table, checked);
    emitSchemaChanged(schema, true);
}

void CatalogTreeModel::setTableCheckedInternal(int schema, int table, bool checked)
{
    char &state = m_checked[size_t(schema)][size_t(table)];
    if (bool(state) == checked)
        return;
    state = checked ? 1 : 0;
    m_checkedCount[size_t(schema)] += checked ? 1 : -1;
}

void CatalogTreeModel::emitSchemaChanged(int schema, bool withTables)
{
    const QModelIndex parent = schemaIndex(schema);
    if (!parent.isValid())
        return;
    emit dataChanged(parent, parent, {Qt::CheckStateRole, Qt::ToolTipRole});
    const SchemaRow *row = rowOfSchema(schema);
    if (withTables && row->fetched > 0)
        emit dataChanged(index(0, 0, parent), index(row->fetched - 1, 0, parent),
                         {Qt::CheckStateRole});
}

void CatalogTreeModel::setSelection(const TableSelection &selection)
{
    if (!m_catalog)
        return;
    for (size_t s = 0; s < m_checked.size(); ++s) {
        int count = 0;
        for (size_t t = 0; t < m_checked[s].size(); ++t) {
            const bool on = s < selection.size() && t < selection[s].size() && selection[s][t];
            m_checked[s][t] = on ? 1 : 0;
            count += on ? 1 : 0;
        }
        m_checkedCount[s] = count;
    }
    for (const SchemaRow &row : m_rows)
        emitSchemaChanged(row.schema, true);
    emit checksChanged();
}

bool CatalogTreeModel::isTableChecked(int schema, int table) const
{
    if (schema < 0 || size_t(schema) >= m_checked.size() || table < 0
        || size_t(table) >= m_checked[size_t(schema)].size())
        return false;
    return m_checked[size_t(schema)][size_t(table)] != 0;
}

Qt::CheckState CatalogTreeModel::schemaCheckState(int schema) const
{
    if (schema < 0 || size_t(schema) >= m_checked.size())
        return Qt::Unchecked;
    const int count = m_checkedCount[size_t(schema)];
    if (count == 0)
        return Qt::Unchecked;
    return size_t(count) == m_checked[size_t(schema)].size() ? Qt::Checked : Qt::PartiallyChecked;
}

int CatalogTreeModel::checkedTableCount() const
{
    return std::accumulate(m_checkedCount.begin(), m_checkedCount.end(), 0);
}

qint64 CatalogTreeModel::checkedRowEstimate() const
{
    qint64 sum = 0;
    for (size_t s = 0; s < m_checked.size(); ++s) {
        if (m_checkedCount[s] == 0)
            continue;
        const Schema &schema = m_catalog->schemas[s];
        for (size_t t = 0; t < m_checked[s].size(); ++t) {
            if (m_checked[s][t])
                sum += schema.tables[t].rowEstimate.value_or(0);
        }
    }
    return sum;
}

qint64 CatalogTreeModel::checkedSizeBytes() const
{
    qint64 sum = 0;
    for (size_t s = 0; s < m_checked.size(); ++s) {
        if (m_checkedCount[s] == 0)
            continue;
        const Schema &schema = m_catalog->schemas[s];
        for (size_t t = 0; t < m_checked[s].size(); ++t) {
            if (m_checked[s][t])
                sum += schema.tables[t].sizeBytes.value_or(0);
        }
    }
    return sum;
}

Qt::ItemFlags CatalogTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == 0 && !(index.internalId() & ColumnFlag))
        result |= Qt::ItemIsUserCheckable;
    if (index.internalId() & ColumnFlag || (index.internalId() != 0 && !m_showColumns))
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QVariant CatalogTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section != int(Column::Name))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        //: Catalog tree header: schema, table or column name.
        return role == Qt::DisplayRole ? tr("Name") : tr("Schemas, tables and their columns");
    case Column::Rows:
        return role == Qt::DisplayRole ? tr("Rows")
                                       : tr("Estimated row count, from the source's statistics");
    case Column::Size:
        //: Catalog tree header: the table's size on disk.
        return role == Qt::DisplayRole ? tr("Size") : tr("Table size on the source");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace ferry::models
