// SPDX-License-Identifier: MIT
#include "models/mapping/mapping_preview_model.h"

#include "engine/core/tr.h"
#include "engine/mapping/mapping_plan.h"
#include "models/latest_job.h"
#include "models/mapping/target_type_names.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace ferry::models {

namespace {

QString qualified(const std::string &schema, const std::string &name)
{
    return schema.empty() ? qs(name) : qs(schema) + QLatin1Char('.') + qs(name);
}

QString sourceTypeText(const ferry::Column &column)
{
    return qs(column.nativeType.empty() ? column.type.toString() : column.nativeType);
}

} // namespace

MappingPreviewModel::MappingPreviewModel(QObject *parent)
    : QAbstractItemModel(parent), m_planner(new LatestJob(this))
{
}

MappingPreviewModel::~MappingPreviewModel() = default;

void MappingPreviewModel::setCatalog(const CatalogPtr &catalog, Dialect targetDialect,
                                     const std::string &targetDefaultSchema)
{
    m_planner->cancel(); // a plan of the previous catalog must not arrive
    beginResetModel();
    m_catalog = catalog;
    m_targetDialect = targetDialect;
    m_targetDefaultSchema = targetDefaultSchema;
    m_all.clear();
    m_visible.clear();
    m_error.clear();
    m_warnings.clear();
    m_included = 0;
    m_hasPlan = false;
    endResetModel();
    emit planChanged();
}

void MappingPreviewModel::setShowExcluded(bool show)
{
    if (show == m_showExcluded)
        return;
    m_showExcluded = show;
    std::vector<TableRow> rows = m_all;
    applyRows(std::move(rows));
}

bool MappingPreviewModel::isPlanning() const { return m_planner->isBusy(); }

void MappingPreviewModel::setMapping(const project::TableMapping &mapping)
{
    if (!m_catalog) {
        m_planner->cancel();
        m_error.clear();
        m_warnings.clear();
        emit planChanged();
        return;
    }
    // The catalog is immutable and shared; the worker gets its own copies of the rest.
    m_planner->run<Plan>(
        [catalog = m_catalog, mapping, dialect = m_targetDialect, schema = m_targetDefaultSchema] {
            return evaluate(*catalog, mapping, dialect, schema);
        },
        [this](Plan plan) { applyPlan(std::move(plan)); });
}

MappingPreviewModel::Plan MappingPreviewModel::evaluate(const Catalog &catalog,
                                                        const project::TableMapping &mapping,
                                                        Dialect targetDialect,
                                                        const std::string &targetDefaultSchema)
{
    mapping::PlanOptions options;
    options.targetDialect = targetDialect;
    options.targetDefaultSchema = targetDefaultSchema;
    auto plan = mapping::planMapping(catalog, mapping.rules.empty() ? nullptr : &mapping, options);
    Plan result;
    if (!plan) {
        const Error &error = plan.error();
        //: The engine rejected the mapping: where (e.g. "rule 3"), what, how to fix it.
        result.error
            = tr("%1: %2 %3").arg(qs(error.location), qs(error.message), qs(error.hint)).trimmed();
        return result;
    }
    result.planned = true;
    for (const std::string &warning : plan->warnings)
        result.warnings << qs(warning);

    std::map<std::pair<std::string_view, std::string_view>, const mapping::TablePlan *> planned;
    for (const mapping::TablePlan &table : plan->tables)
        planned.emplace(
            std::pair<std::string_view, std::string_view>(table.sourceSchema, table.sourceTable),
            &table);
    for (const Schema &schema : catalog.schemas) {
        for (const Table &table : schema.tables) {
            const auto found = planned.find({schema.name, table.name});
            if (found == planned.end()) {
                result.rows.push_back(excludedRow(schema, table));
                continue;
            }
            ++result.included;
            result.rows.push_back(includedRow(schema, table, *found->second, targetDialect));
        }
    }
    return result;
}

void MappingPreviewModel::applyPlan(Plan plan)
{
    m_warnings = std::move(plan.warnings);
    m_error = std::move(plan.error);
    m_hasPlan = true;
    if (plan.planned) {
        m_included = plan.included;
        applyRows(std::move(plan.rows));
    }
    emit planChanged();
}

MappingPreviewModel::TableRow MappingPreviewModel::excludedRow(const Schema &schema,
                                                               const Table &table)
{
    TableRow row;
    row.cells.source = qualified(schema.name, table.name);
    row.cells.status = Status::Excluded;
    //: Preview: the table is not migrated.
    row.cells.note = tr("Not selected");
    row.cells.toolTip
        = tr("No selection rule selects %1, or an exclude rule excludes it.").arg(row.cells.source);
    for (const ferry::Column &column : table.columns) {
        Cells cells;
        cells.source = qs(column.name);
        cells.sourceType = sourceTypeText(column);
        cells.status = Status::Excluded;
        row.columns.push_back(std::move(cells));
    }
    return row;
}

MappingPreviewModel::TableRow MappingPreviewModel::includedRow(const Schema &schema,
                                                               const Table &table,
                                                               const mapping::TablePlan &plan,
                                                               Dialect targetDialect)
{
    TableRow row;
    row.cells.source = qualified(schema.name, table.name);
    const load::TargetTable &target = plan.target;
    row.cells.target = qualified(target.schema, target.name);
    const bool renamed
        = target.name != table.name || (!target.schema.empty() && target.schema != schema.name);
    row.cells.status = renamed ? Status::Changed : Status::Kept;
    QStringList notes;
    if (!plan.selectionRuleId.empty())
        //: Preview: which selection rule selects the table.
        notes << tr("Rule %1").arg(qs(plan.selectionRuleId));
    if (!plan.filters.empty())
        //: Preview: how many source filters choose the table's rows.
        notes << tr("source filters: %1").arg(plan.filters.size());
    if (plan.loadOrder != 0)
        notes << tr("load order %1").arg(plan.loadOrder);
    row.cells.note = notes.join(QStringLiteral(", "));
    row.cells.toolTip = tr("%1 is loaded into %2.").arg(row.cells.source, row.cells.target);

    std::unordered_map<std::string_view, const mapping::ColumnPlan *> bySource;
    for (const mapping::ColumnPlan &column : plan.columns) {
        if (!column.source.name.empty())
            bySource.emplace(column.source.name, &column);
    }
    for (const ferry::Column &column : table.columns) {
        const auto planColumn = bySource.find(column.name);
        row.columns.push_back(columnCells(
            column, planColumn == bySource.end() ? nullptr : planColumn->second, targetDialect));
    }
    for (const mapping::ColumnPlan &columnPlan : plan.columns) {
        if (!columnPlan.source.name.empty())
            continue;
        Cells cells;
        cells.target = qs(columnPlan.target.name);
        cells.targetType = qs(targetTypeName(targetDialect, columnPlan.target.type));
        cells.status = Status::Added;
        cells.ruleId = qs(columnPlan.ruleId);
        cells.note = columnPlan.expression.empty()
            ? tr("Added (rule %1)").arg(qs(columnPlan.ruleId))
            : tr("Added (rule %1): %2").arg(qs(columnPlan.ruleId), qs(columnPlan.expression));
        cells.toolTip = cells.note;
        row.columns.push_back(std::move(cells));
    }
    if (plan.nameShortened)
        row.cells.note += (row.cells.note.isEmpty() ? QString() : QStringLiteral(", "))
            + tr("Shortened to the target's name limit");
    appendRenamedObjects(row, plan);
    return row;
}

MappingPreviewModel::Cells MappingPreviewModel::columnCells(const ferry::Column &column,
                                                            const mapping::ColumnPlan *plan,
                                                            Dialect targetDialect)
{
    Cells cells;
    cells.source = qs(column.name);
    cells.sourceType = sourceTypeText(column);
    if (!plan) {
        cells.status = Status::Removed;
        //: Preview: a column a remove-column (or include-column) rule drops.
        cells.note = tr("Removed");
        cells.toolTip = tr("A rule removes column %1 from the target.").arg(cells.source);
        return cells;
    }
    cells.target = qs(plan->target.name);
    cells.targetType = qs(targetTypeName(targetDialect, plan->target.type));
    const bool columnRenamed = plan->target.name != column.name;
    const bool retyped = !(plan->target.type == column.type);
    const QString rule = qs(plan->ruleId);
    cells.ruleId = rule;
    if (plan->nameShortened && !retyped) {
        cells.status = Status::Changed;
        //: Preview: a name cut to the target's identifier limit, with a hash suffix.
        cells.note = tr("Shortened to the target's name limit");
    } else if (columnRenamed || retyped) {
        cells.status = Status::Changed;
        if (columnRenamed && retyped)
            cells.note = rule.isEmpty() ? tr("Renamed, type changed")
                                        : tr("Renamed, type changed (rule %1)").arg(rule);
        else if (columnRenamed)
            cells.note = rule.isEmpty() ? tr("Renamed") : tr("Renamed (rule %1)").arg(rule);
        else
            cells.note
                = rule.isEmpty() ? tr("Type changed") : tr("Type changed (rule %1)").arg(rule);
    }
    cells.toolTip
        = tr("%1 %2 -> %3 %4").arg(cells.source, cells.sourceType, cells.target, cells.targetType);
    return cells;
}

void MappingPreviewModel::appendRenamedObjects(TableRow &row, const mapping::TablePlan &plan)
{
    for (const mapping::ObjectName &object : plan.objectNames) {
        if (object.sourceName.empty() || object.sourceName == object.targetName
            || object.origin == mapping::NameOrigin::Generated)
            continue;
        Cells cells;
        cells.source = qs(object.sourceName);
        cells.target = qs(object.targetName);
        cells.sourceType = cells.targetType = objectKindText(object.kind);
        cells.status = Status::Changed;
        if (object.origin == mapping::NameOrigin::Source)
            cells.note = tr("Shortened to the target's name limit");
        else if (object.kind == mapping::ObjectName::Kind::ForeignKey)
            //: Preview: a foreign key renamed because its name is taken on the target.
            cells.note = tr("Renamed: another foreign key in the target schema has this name");
        else
            //: Preview: an index or key renamed because its name is taken on the target.
            cells.note = tr("Renamed: another table, index or key in the target has this name");
        cells.toolTip = tr("%1 %2 is created as %3.")
                            .arg(cells.sourceType, cells.source, cells.target);
        row.columns.push_back(std::move(cells));
    }
}

QString MappingPreviewModel::objectKindText(mapping::ObjectName::Kind kind)
{
    switch (kind) {
    case mapping::ObjectName::Kind::PrimaryKey: return tr("primary key");
    case mapping::ObjectName::Kind::UniqueKey: return tr("unique key");
    case mapping::ObjectName::Kind::Index: return tr("index");
    case mapping::ObjectName::Kind::ForeignKey: return tr("foreign key");
    }
    return {};
}

void MappingPreviewModel::applyRows(std::vector<TableRow> rows)
{
    std::vector<int> visible;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (m_showExcluded || rows[i].cells.status != Status::Excluded)
            visible.push_back(int(i));
    }
    if (rows.size() != m_all.size()) {
        beginResetModel();
        m_all = std::move(rows);
        m_visible = std::move(visible);
        endResetModel();
        return;
    }

    // 1. Rows that stop being shown, back to front in contiguous runs.
    std::vector<char> shownNext(rows.size(), 0);
    for (int i : visible)
        shownNext[size_t(i)] = 1;
    for (int end = int(m_visible.size()) - 1; end >= 0;) {
        if (shownNext[size_t(m_visible[size_t(end)])]) {
            --end;
            continue;
        }
        int begin = end;
        while (begin > 0 && !shownNext[size_t(m_visible[size_t(begin - 1)])])
            --begin;
        beginRemoveRows({}, begin, end);
        m_visible.erase(m_visible.begin() + begin, m_visible.begin() + end + 1);
        endRemoveRows();
        end = begin - 1;
    }

    // 2. Rows shown before and after: children added or removed at the end, then changes.
    updateShownRows(rows);

    // 3. Rows shown from now on, in order.
    for (size_t position = 0; position < visible.size(); ++position) {
        if (position < m_visible.size() && m_visible[position] == visible[position])
            continue;
        const int i = visible[position];
        beginInsertRows({}, int(position), int(position));
        m_visible.insert(m_visible.begin() + qsizetype(position), i);
        endInsertRows();
    }
}

void MappingPreviewModel::updateShownRows(std::vector<TableRow> &rows)
{
    std::vector<char> shownNow(rows.size(), 0);
    for (int i : m_visible)
        shownNow[size_t(i)] = 1;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!shownNow[i])
            m_all[i] = std::move(rows[i]);
    }
    const int lastColumn = int(Column::Count) - 1;
    // Changed table rows are signalled as contiguous ranges (a rule that renames 10,000 tables
    // is one dataChanged, not 10,000).
    int changedFrom = -1;
    const auto flushChanged = [&](int end) {
        if (changedFrom >= 0)
            emit dataChanged(createIndex(changedFrom, 0, quintptr(0)),
                             createIndex(end - 1, lastColumn, quintptr(0)));
        changedFrom = -1;
    };
    for (int row = 0; row < int(m_visible.size()); ++row) {
        TableRow &current = m_all[size_t(m_visible[size_t(row)])];
        TableRow &next = rows[size_t(m_visible[size_t(row)])];
        const QModelIndex parent = createIndex(row, 0, quintptr(0));
        const int before = int(current.columns.size());
        const int after = int(next.columns.size());
        if (after != before)
            flushChanged(row);
        if (after < before) {
            beginRemoveRows(parent, after, before - 1);
            current.columns.resize(size_t(after));
            endRemoveRows();
        } else if (after > before) {
            beginInsertRows(parent, before, after - 1);
            for (int c = before; c < after; ++c)
                current.columns.push_back(next.columns[size_t(c)]);
            endInsertRows();
        }
        if (!(current.cells == next.cells)) {
            current.cells = std::move(next.cells);
            if (changedFrom < 0)
                changedFrom = row;
        } else {
            flushChanged(row);
        }
        int first = -1;
        int last = -1;
        for (int c = 0; c < after; ++c) {
            if (current.columns[size_t(c)] == next.columns[size_t(c)])
                continue;
            current.columns[size_t(c)] = next.columns[size_t(c)];
            if (first < 0)
                first = c;
            last = c;
        }
        if (first >= 0) {
            const quintptr id = quintptr(m_visible[size_t(row)]) + 1;
            emit dataChanged(createIndex(first, 0, id), createIndex(last, lastColumn, id));
        }
    }
    flushChanged(int(m_visible.size()));
}

MappingPreviewModel::ColumnMatch MappingPreviewModel::findColumn(const std::string &schema,
                                                                 const std::string &table,
                                                                 const QString &column) const
{
    ColumnMatch match;
    const int row = rowOfTable(schema, table);
    if (row < 0)
        return match;
    match.table = index(row, 0);
    const std::vector<Cells> &columns = m_all[size_t(m_visible[size_t(row)])].columns;
    auto found = std::find_if(columns.begin(), columns.end(),
                              [&](const Cells &cells) { return cells.target == column; });
    if (found == columns.end())
        found = std::find_if(columns.begin(), columns.end(),
                             [&](const Cells &cells) { return cells.source == column; });
    if (column.isEmpty() || found == columns.end())
        return match;
    match.column = index(int(found - columns.begin()), 0, match.table);
    match.ruleId = found->ruleId;
    match.targetType = found->targetType;
    return match;
}

int MappingPreviewModel::rowOfTable(const std::string &schema, const std::string &table) const
{
    if (!m_catalog)
        return -1;
    int flat = 0;
    for (const Schema &candidate : m_catalog->schemas) {
        if (candidate.name != schema) {
            flat += int(candidate.tables.size());
            continue;
        }
        for (const Table &t : candidate.tables) {
            if (t.name == table) {
                const auto it = std::lower_bound(m_visible.begin(), m_visible.end(), flat);
                return it != m_visible.end() && *it == flat ? int(it - m_visible.begin()) : -1;
            }
            ++flat;
        }
        return -1;
    }
    return -1;
}

QString MappingPreviewModel::text(int tableRow, Column column, int columnRow) const
{
    if (tableRow < 0 || size_t(tableRow) >= m_visible.size())
        return {};
    const TableRow &row = m_all[size_t(m_visible[size_t(tableRow)])];
    if (columnRow < 0)
        return cellText(row.cells, column);
    if (size_t(columnRow) >= row.columns.size())
        return {};
    return cellText(row.columns[size_t(columnRow)], column);
}

QString MappingPreviewModel::cellText(const Cells &cells, Column column)
{
    switch (column) {
    case Column::Source:
        return cells.source;
    case Column::SourceType:
        return cells.sourceType;
    case Column::Target:
        return cells.target;
    case Column::TargetType:
        return cells.targetType;
    case Column::Note:
        return cells.note;
    case Column::Count:
        break;
    }
    return {};
}

QModelIndex MappingPreviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= int(Column::Count))
        return {};
    if (!parent.isValid()) {
        if (size_t(row) >= m_visible.size())
            return {};
        return createIndex(row, column, quintptr(0));
    }
    if (parent.internalId() != 0 || parent.column() != 0
        || size_t(parent.row()) >= m_visible.size())
        return {};
    const int all = m_visible[size_t(parent.row())];
    if (size_t(row) >= m_all[size_t(all)].columns.size())
        return {};
    return createIndex(row, column, quintptr(all) + 1);
}

QModelIndex MappingPreviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int all = int(child.internalId() - 1);
    const auto it = std::lower_bound(m_visible.begin(), m_visible.end(), all);
    if (it == m_visible.end() || *it != all)
        return {};
    return createIndex(int(it - m_visible.begin()), 0, quintptr(0));
}

int MappingPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_visible.size());
    if (parent.internalId() != 0 || parent.column() != 0
        || size_t(parent.row()) >= m_visible.size())
        return 0;
    return int(m_all[size_t(m_visible[size_t(parent.row())])].columns.size());
}

int MappingPreviewModel::columnCount(const QModelIndex &) const { return int(Column::Count); }

const MappingPreviewModel::Cells *MappingPreviewModel::cellsOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == 0) {
        if (size_t(index.row()) >= m_visible.size())
            return nullptr;
        return &m_all[size_t(m_visible[size_t(index.row())])].cells;
    }
    const size_t all = size_t(index.internalId() - 1);
    if (all >= m_all.size() || size_t(index.row()) >= m_all[all].columns.size())
        return nullptr;
    return &m_all[all].columns[size_t(index.row())];
}

QVariant MappingPreviewModel::data(const QModelIndex &index, int role) const
{
    const Cells *cells = cellsOf(index);
    if (!cells)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        return cellText(*cells, Column(index.column()));
    case Qt::ToolTipRole:
        return cells->toolTip.isEmpty() ? QVariant() : QVariant(cells->toolTip);
    case StatusRole:
        return int(cells->status);
    default:
        break;
    }
    return {};
}

QVariant MappingPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Source:
        //: Mapping preview header: the source table or column.
        return tr("Source");
    case Column::SourceType:
        return tr("Source type");
    case Column::Target:
        //: Mapping preview header: the target table or column.
        return tr("Target");
    case Column::TargetType:
        return tr("Target type");
    case Column::Note:
        //: Mapping preview header: what the rules do to the object.
        return tr("Rules");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags MappingPreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

} // namespace ferry::models
