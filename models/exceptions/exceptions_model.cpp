// SPDX-License-Identifier: MIT
#include "models/exceptions/exceptions_model.h"
#include "engine/core/tr.h"

#include <QLocale>

#include <algorithm>
#include <set>

namespace ferry::models {

namespace {

QString qualified(const std::string &schema, const std::string &table)
{
    return schema.empty() ? qs(table) : qs(schema) + QLatin1Char('.') + qs(table);
}

bool sameRecord(const task::ExceptionRecord &a, const task::ExceptionRecord &b)
{
    auto cells = [](const task::RowImage &image) {
        std::vector<std::pair<std::string, std::optional<std::string>>> out;
        for (const task::ImageCell &cell : image)
            out.emplace_back(cell.column, cell.value);
        return out;
    };
    return a.column == b.column && a.error == b.error && a.detail == b.detail
        && a.errorTime == b.errorTime && a.slice == b.slice
        && cells(a.targetImage) == cells(b.targetImage)
        && cells(a.sourceImage) == cells(b.sourceImage);
}

const task::ImageCell *cellOf(const task::ExceptionRecord &record, const std::string &column)
{
    for (const task::ImageCell &cell : record.image()) {
        if (cell.column == column)
            return &cell;
    }
    return nullptr;
}

} // namespace

QString exceptionErrorText(const task::ExceptionRecord &record)
{
    const QString error = qs(record.error).simplified();
    if (record.detail.empty())
        return error;
    //: A rejected row's reason: %1 the sentence, %2 the database's own message
    return ExceptionsModel::tr("%1 %2").arg(error, qs(record.detail).simplified());
}

ExceptionsModel::ExceptionsModel(QObject *parent) : QAbstractTableModel(parent) { }

ExceptionsModel::~ExceptionsModel() = default;

int ExceptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ExceptionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant ExceptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (static_cast<Column>(section)) {
    case Column::Table:
        return tip ? tr("The source table of the rejected row, and where it was to go")
                   : tr("Table");
    case Column::Slice:
        //: Column header: the slice (part of a table loaded in one transaction)
        return tip ? tr("The slice of the table the row was loaded with") : tr("Slice");
    case Column::OffendingColumn:
        return tip ? tr("The column whose value the target refused, when it said which")
                   : tr("Column");
    case Column::Error:
        return tip ? tr("Why the target refused the row") : tr("Error");
    case Column::State:
        //: Column header: state of a rejected row (edited, re-applied, rejected again)
        return tip ? tr("Unsaved fixes, or the outcome of the last re-apply") : tr("State");
    case Column::Count:
        break;
    }
    return {};
}

QString ExceptionsModel::stateText(const task::ExceptionRecord &record) const
{
    if (hasEdits(record.id))
        //: State of a rejected row: the user changed values that are not re-applied yet
        return tr("Edited");
    const auto found = m_results.find(record.id);
    if (found == m_results.end())
        return {};
    switch (found->second.outcome) {
    case task::ReapplyOutcome::Applied:
        return tr("Re-applied");
    case task::ReapplyOutcome::RejectedAgain:
        return tr("Rejected again");
    case task::ReapplyOutcome::Failed:
        return tr("Not re-applied");
    case task::ReapplyOutcome::NotFound:
        return tr("No longer in the exceptions table");
    }
    return {};
}

QString ExceptionsModel::searchText(const task::ExceptionRecord &record) const
{
    QStringList parts {qualified(record.sourceSchema, record.sourceTable),
                       qualified(record.targetSchema, record.targetTable), qs(record.column),
                       qs(record.error), qs(record.detail)};
    for (const task::ImageCell &cell : record.image()) {
        if (cell.value)
            parts << qs(*cell.value);
    }
    return parts.join(QLatin1Char('\n'));
}

ExceptionsModel::Outcome ExceptionsModel::outcomeOf(const task::ReapplyRowResult &result)
{
    switch (result.outcome) {
    case task::ReapplyOutcome::Applied:
        return Outcome::Applied;
    case task::ReapplyOutcome::RejectedAgain:
        return Outcome::RejectedAgain;
    case task::ReapplyOutcome::Failed:
        return Outcome::Failed;
    case task::ReapplyOutcome::NotFound:
        return Outcome::NotFound;
    }
    return Outcome::None;
}

QVariant ExceptionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const task::ExceptionRecord &record = m_rows[static_cast<size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case IdRole:
        return QVariant::fromValue<qint64>(record.id);
    case EditedRole:
        return hasEdits(record.id);
    case OutcomeRole: {
        const auto found = m_results.find(record.id);
        return static_cast<int>(found == m_results.end() ? Outcome::None
                                                         : outcomeOf(found->second));
    }
    case SearchTextRole:
        return searchText(record);
    case SortRole:
        if (column == Column::Slice)
            return record.slice;
        if (column == Column::Table)
            return qualified(record.sourceSchema, record.sourceTable)
                + QString::number(record.id).rightJustified(20, QLatin1Char('0'));
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (column) {
        case Column::Table:
            return qualified(record.sourceSchema, record.sourceTable);
        case Column::Slice:
            return QLocale().toString(record.slice);
        case Column::OffendingColumn:
            return qs(record.column);
        case Column::Error:
            return exceptionErrorText(record);
        case Column::State:
            return stateText(record);
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Table:
            return tr("%1 into %2")
                .arg(qualified(record.sourceSchema, record.sourceTable),
                     qualified(record.targetSchema, record.targetTable));
        case Column::Error:
            return record.detail.empty() ? qs(record.error)
                                         : tr("%1\n%2").arg(qs(record.error), qs(record.detail));
        case Column::State:
            if (hasEdits(record.id))
                return tr("Edited: the new values are not re-applied yet.");
            if (const auto found = m_results.find(record.id);
                found != m_results.end() && !found->second.error.message.empty())
                return qs(found->second.error.toString());
            return stateText(record);
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

void ExceptionsModel::setPage(const task::ExceptionPage &page)
{
    m_tables = page.tables;
    m_matching = page.matching;
    m_more = page.more;
    const std::vector<task::ExceptionRecord> &incoming = page.rows;
    std::set<int64_t> ids;
    for (const task::ExceptionRecord &record : incoming)
        ids.insert(record.id);
    auto hasId = [&](int64_t id) { return ids.count(id) > 0; };
    // Removals, back to front in contiguous ranges.
    for (int last = rowCount() - 1; last >= 0;) {
        if (hasId(m_rows[static_cast<size_t>(last)].id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !hasId(m_rows[static_cast<size_t>(first - 1)].id))
            --first;
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row) {
            const int64_t id = m_rows[static_cast<size_t>(row)].id;
            m_edits.erase(id);
        }
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
        last = first - 1;
    }
    // Merge: both are in id order now, and every remaining row is in incoming.
    size_t row = 0;
    for (size_t i = 0; i < incoming.size();) {
        if (row < m_rows.size() && m_rows[row].id == incoming[i].id) {
            if (!sameRecord(m_rows[row], incoming[i])) {
                m_rows[row] = incoming[i];
                rowChanged(static_cast<int>(row));
            }
            ++row;
            ++i;
            continue;
        }
        // A run of new rows before m_rows[row].
        size_t end = i;
        while (end < incoming.size() && (row >= m_rows.size() || incoming[end].id < m_rows[row].id))
            ++end;
        beginInsertRows({}, static_cast<int>(row), static_cast<int>(row + (end - i) - 1));
        m_rows.insert(m_rows.begin() + static_cast<std::ptrdiff_t>(row),
                      incoming.begin() + static_cast<std::ptrdiff_t>(i),
                      incoming.begin() + static_cast<std::ptrdiff_t>(end));
        endInsertRows();
        row += end - i;
        i = end;
    }
    // Outcomes of rows that are gone are of no use any more.
    for (auto it = m_results.begin(); it != m_results.end();) {
        if (rowOfId(it->first) < 0)
            it = m_results.erase(it);
        else
            ++it;
    }
}

void ExceptionsModel::appendPage(const task::ExceptionPage &page)
{
    m_tables = page.tables;
    m_matching = page.matching;
    m_more = page.more;
    std::vector<task::ExceptionRecord> fresh;
    for (const task::ExceptionRecord &record : page.rows) {
        if (record.id > lastId())
            fresh.push_back(record);
    }
    if (fresh.empty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + static_cast<int>(fresh.size()) - 1);
    m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
    endInsertRows();
}

void ExceptionsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_tables.clear();
    m_matching = 0;
    m_more = false;
    m_edits.clear();
    m_results.clear();
    endResetModel();
}

const task::ExceptionRecord *ExceptionsModel::record(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<size_t>(row)];
}

const task::ExceptionRecord *ExceptionsModel::recordById(int64_t id) const
{
    return record(rowOfId(id));
}

int ExceptionsModel::rowOfId(int64_t id) const
{
    const auto found = std::lower_bound(
        m_rows.begin(), m_rows.end(), id,
        [](const task::ExceptionRecord &record, int64_t value) { return record.id < value; });
    if (found == m_rows.end() || found->id != id)
        return -1;
    return static_cast<int>(found - m_rows.begin());
}

int64_t ExceptionsModel::lastId() const { return m_rows.empty() ? 0 : m_rows.back().id; }

void ExceptionsModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

std::optional<std::optional<std::string>> ExceptionsModel::edit(int64_t id,
                                                                const std::string &column) const
{
    const auto row = m_edits.find(id);
    if (row == m_edits.end())
        return std::nullopt;
    const auto cell = row->second.find(column);
    if (cell == row->second.end())
        return std::nullopt;
    return cell->second;
}

void ExceptionsModel::setEdit(int64_t id, const std::string &column,
                              const std::optional<std::string> &value)
{
    const task::ExceptionRecord *found = recordById(id);
    if (!found)
        return;
    const task::ImageCell *cell = cellOf(*found, column);
    const bool same = cell && !cell->omittedBytes && !cell->missing && cell->value == value;
    if (same) {
        revertEdit(id, column);
        return;
    }
    auto &edits = m_edits[id];
    const auto existing = edits.find(column);
    if (existing != edits.end() && existing->second == value)
        return;
    edits[column] = value;
    rowChanged(rowOfId(id));
    emit editsChanged(id);
}

void ExceptionsModel::revertEdit(int64_t id, const std::string &column)
{
    const auto row = m_edits.find(id);
    if (row == m_edits.end() || !row->second.erase(column))
        return;
    if (row->second.empty())
        m_edits.erase(row);
    if (const int model = rowOfId(id); model >= 0)
        rowChanged(model);
    emit editsChanged(id);
}

void ExceptionsModel::revertEdits(int64_t id)
{
    if (!m_edits.erase(id))
        return;
    if (const int row = rowOfId(id); row >= 0)
        rowChanged(row);
    emit editsChanged(id);
}

bool ExceptionsModel::hasEdits(int64_t id) const { return m_edits.count(id) > 0; }

task::ExceptionFix ExceptionsModel::fixFor(int64_t id) const
{
    task::ExceptionFix fix;
    fix.id = id;
    if (const auto row = m_edits.find(id); row != m_edits.end())
        fix.values = row->second;
    return fix;
}

std::vector<task::ExceptionFix> ExceptionsModel::editedFixesOf(const std::string &sourceSchema,
                                                               const std::string &sourceTable) const
{
    std::vector<task::ExceptionFix> fixes;
    for (const auto &[id, values] : m_edits) {
        const task::ExceptionRecord *found = recordById(id);
        if (found && found->sourceSchema == sourceSchema && found->sourceTable == sourceTable)
            fixes.push_back(fixFor(id));
    }
    return fixes;
}

void ExceptionsModel::setResult(const task::ReapplyResult &result)
{
    m_results.clear();
    for (const task::ReapplyRowResult &row : result.rows) {
        m_results[row.id] = row;
        // A fix that was tried is spent: applied rows are done, refused ones now store the
        // values tried (shown as their values after the refresh).
        if (row.outcome == task::ReapplyOutcome::Applied
            || row.outcome == task::ReapplyOutcome::RejectedAgain)
            m_edits.erase(row.id);
    }
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    for (const task::ReapplyRowResult &row : result.rows)
        emit editsChanged(row.id);
}

const task::ReapplyRowResult *ExceptionsModel::resultFor(int64_t id) const
{
    const auto found = m_results.find(id);
    return found == m_results.end() ? nullptr : &found->second;
}

} // namespace ferry::models
