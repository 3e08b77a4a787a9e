// SPDX-License-Identifier: MIT
#include "models/table_statistics_model.h"

#include "engine/task/state_text.h"

#include <QStringList>

#include <algorithm>
#include <bit>
#include <cmath>
#include <unordered_set>
#include <utility>

namespace ferry::models {

namespace {

using task::TableState;
using task::TableStatistics;

constexpr int ColumnCount = static_cast<int>(TableStatisticsModel::Column::Count);
static_assert(ColumnCount <= 32, "changed-column masks are 32 bits");

constexpr uint32_t bit(TableStatisticsModel::Column column)
{
    return uint32_t{1} << static_cast<int>(column);
}

bool isNumeric(TableStatisticsModel::Column column)
{
    using C = TableStatisticsModel::Column;
    switch (column) {
    case C::ElapsedLoadTime:
    case C::Inserts:
    case C::Deletes:
    case C::Updates:
    case C::Ddls:
    case C::FullLoadRows:
    case C::ErrorRows:
    case C::TotalRows:
    case C::Progress:
    case C::TimeLeft:
    case C::TruncatedLobs:
        return true;
    case C::Schema:
    case C::Table:
    case C::LoadState:
    case C::ValidationState:
    case C::Details:
    case C::Count:
        break;
    }
    return false;
}

/// What detailsText() shows of a table differs between a and b (without building the text).
bool detailsDiffer(const TableStatistics &a, const TableStatistics &b)
{
    const auto failed = [](const TableStatistics &t) {
        return t.state == TableState::Error || t.state == TableState::Suspended
            || t.state == TableState::Cancelled;
    };
    const auto rejected = [](const TableStatistics &t) {
        return t.state == TableState::Completed ? t.fullLoadErrorRows : int64_t {0};
    };
    const std::string none;
    return (failed(a) ? a.lastError : none) != (failed(b) ? b.lastError : none)
        || rejected(a) != rejected(b) || a.objectErrors != b.objectErrors;
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

TableStatisticsModel::TableStatisticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TableStatisticsModel::~TableStatisticsModel() = default;

int TableStatisticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TableStatisticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TableStatisticsModel::formatElapsed(int64_t ms)
{
    if (ms < 1000)
        return tr("< 1 s");
    const int64_t seconds = ms / 1000;
    const int64_t h = seconds / 3600;
    const int64_t m = (seconds % 3600) / 60;
    const int64_t s = seconds % 60;
    if (h > 0)
        return tr("%1 h %2 m %3 s").arg(h).arg(m).arg(s);
    if (m > 0)
        return tr("%1 m %2 s").arg(m).arg(s);
    return tr("%1 s").arg(s);
}

int64_t TableStatisticsModel::totalRowsOf(const TableStatistics &table)
{
    return table.inserts + table.deletes + table.updates + table.ddls + table.fullLoadRows;
}

QString TableStatisticsModel::stateText(task::TableState state)
{
    return task::tableStateText(state);
}

bool TableStatisticsModel::hasDetails(const TableStatistics &table)
{
    const bool failed = table.state == TableState::Error || table.state == TableState::Suspended
        || table.state == TableState::Cancelled;
    return (failed && !table.lastError.empty())
        || (table.state == TableState::Completed && table.fullLoadErrorRows > 0)
        || !table.objectErrors.empty();
}

QString TableStatisticsModel::detailsText(const TableStatistics &table)
{
    QStringList parts;
    if (table.state == TableState::Error || table.state == TableState::Suspended
        || table.state == TableState::Cancelled) {
        if (!table.lastError.empty())
            parts << fromStd(table.lastError);
    }
    if (table.state == TableState::Completed && table.fullLoadErrorRows > 0)
        //: Details of a table completed with errors
        parts << tr("%n row(s) rejected: see the Exceptions tab.", nullptr,
                    static_cast<int>(std::min<int64_t>(table.fullLoadErrorRows, INT32_MAX)));
    if (!table.objectErrors.empty()) {
        QStringList objects;
        for (const std::string &error : table.objectErrors)
            objects << fromStd(error);
        //: Details of a completed table: %1 lists the indexes/keys the target refused
        parts << tr("Not created: %1").arg(objects.join(QStringLiteral("; ")));
    }
    return parts.join(QLatin1Char(' '));
}

task::TaskSnapshot TableStatisticsModel::withStoredCounts(const task::TaskSnapshot &shown,
                                                          const task::TaskSnapshot &stored)
{
    task::TaskSnapshot merged = shown;
    for (const TableStatistics &fresh : stored.tables) {
        auto found = std::find_if(
            merged.tables.begin(), merged.tables.end(), [&](const TableStatistics &table) {
                return table.schema == fresh.schema && table.table == fresh.table;
            });
        if (found == merged.tables.end()) {
            merged.tables.push_back(fresh);
            continue;
        }
        found->fullLoadRows = fresh.fullLoadRows;
        found->fullLoadErrorRows = fresh.fullLoadErrorRows;
    }
    return merged;
}

QVariant TableStatisticsModel::displayValue(const TableStatistics &table, Column column) const
{
    switch (column) {
    case Column::Schema: return fromStd(table.schema);
    case Column::Table: return fromStd(table.table);
    case Column::LoadState:
        return task::tableStateLabel(table).text;
    case Column::ElapsedLoadTime:
        if (table.state == TableState::BeforeLoad && table.elapsedMs == 0)
            return QString();
        return formatElapsed(table.elapsedMs);
    case Column::Inserts: return m_locale.toString(qint64{table.inserts});
    case Column::Deletes: return m_locale.toString(qint64{table.deletes});
    case Column::Updates: return m_locale.toString(qint64{table.updates});
    case Column::Ddls: return m_locale.toString(qint64{table.ddls});
    case Column::FullLoadRows: return m_locale.toString(qint64{table.fullLoadRows});
    case Column::ErrorRows: return m_locale.toString(qint64{table.fullLoadErrorRows});
    case Column::TotalRows: return m_locale.toString(qint64{totalRowsOf(table)});
    case Column::Progress:
        //: Progress percent, e.g. "42.5 %"
        return tr("%1 %").arg(m_locale.toString(table.progressPercent(), 'f', 1));
    case Column::ValidationState:
        if (table.validationState == "Not enabled")
            return tr("Not enabled");
        if (table.validationState == "Validated")
            return tr("Validated");
        return fromStd(table.validationState);
    case Column::TimeLeft:
        if (const auto left = timeLeftMs(table))
            return formatElapsed(*left);
        return QString();
    case Column::TruncatedLobs: return m_locale.toString(qint64{table.fullLoadTruncatedLobs});
    case Column::Details:
        return detailsText(table);
    case Column::Count: break;
    }
    return {};
}

std::optional<int64_t> TableStatisticsModel::timeLeftMs(const TableStatistics &table)
{
    // The first seconds of a table are a burst (buffers filling): no estimate from them.
    constexpr int64_t MinimumElapsedMs = 2000;
    const int64_t processed = table.rowsProcessed();
    if (table.state != TableState::FullLoad || !table.totalRows || processed <= 0
        || table.elapsedMs < MinimumElapsedMs)
        return std::nullopt;
    const int64_t remaining = std::max<int64_t>(0, *table.totalRows - processed);
    return static_cast<int64_t>(static_cast<double>(remaining)
                                * static_cast<double>(table.elapsedMs)
                                / static_cast<double>(processed));
}

QVariant TableStatisticsModel::sortValue(const TableStatistics &table, Column column)
{
    switch (column) {
    case Column::Schema: return fromStd(table.schema);
    case Column::Table: return fromStd(table.table);
    case Column::LoadState: return static_cast<int>(table.state);
    case Column::ElapsedLoadTime: return qint64{table.elapsedMs};
    case Column::Inserts: return qint64{table.inserts};
    case Column::Deletes: return qint64{table.deletes};
    case Column::Updates: return qint64{table.updates};
    case Column::Ddls: return qint64{table.ddls};
    case Column::FullLoadRows: return qint64{table.fullLoadRows};
    case Column::ErrorRows: return qint64{table.fullLoadErrorRows};
    case Column::TotalRows: return qint64{totalRowsOf(table)};
    case Column::Progress: return table.progressPercent();
    case Column::ValidationState: return fromStd(table.validationState);
    case Column::TimeLeft: return qint64{timeLeftMs(table).value_or(-1)};
    case Column::TruncatedLobs: return qint64{table.fullLoadTruncatedLobs};
    case Column::Details:
        return detailsText(table);
    case Column::Count: break;
    }
    return {};
}

QVariant TableStatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() < 0
        || index.row() >= rowCount() || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const TableStatistics &table = *m_rows[static_cast<size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(table, column);
    case Qt::EditRole:
    case SortRole:
        return sortValue(table, column);
    case Qt::TextAlignmentRole:
        return static_cast<int>((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft)
                                | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Column::LoadState && !table.objectErrors.empty()) {
            QStringList lines;
            for (const std::string &error : table.objectErrors)
                lines << fromStd(error);
            //: Tooltip of a completed table: %1 lists indexes/keys the target refused.
            return tr("Every row is loaded, but the target could not build:\n%1")
                .arg(lines.join(QLatin1Char('\n')));
        }
        if (column == Column::LoadState && !table.lastError.empty())
            return fromStd(table.lastError);
        if ((column == Column::LoadState || column == Column::Details)
            && !detailsText(table).isEmpty())
            return detailsText(table);
        if (column == Column::TruncatedLobs)
            return table.lobMaxSizeKb > 0
                       ? tr("Limited LOB mode: LOB values longer than %1 KB are truncated.")
                             .arg(m_locale.toString(qint64{table.lobMaxSizeKb}))
                       : tr("Full LOB mode: LOB values are moved whole.");
        if (column == Column::Progress && table.totalRows)
            return tr("%1 of about %2 rows loaded or rejected, %3 read")
                .arg(m_locale.toString(qint64{table.rowsProcessed()}),
                     m_locale.toString(qint64{*table.totalRows}),
                     m_locale.toString(qint64{table.rowsRead}));
        return {};
    case StateRole:
        return static_cast<int>(table.state);
    case ProgressRole:
        return static_cast<int>(std::lround(table.progressPercent() * 10.0));
    case SeverityRole:
        return static_cast<int>(task::tableStateLabel(table).severity);
    default:
        return {};
    }
}

QVariant TableStatisticsModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = static_cast<Column>(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Schema: return tr("Schema name");
        case Column::Table: return tr("Table");
        case Column::LoadState: return tr("Load state");
        case Column::ElapsedLoadTime: return tr("Elapsed load time");
        case Column::Inserts: return tr("Inserts");
        case Column::Deletes: return tr("Deletes");
        case Column::Updates: return tr("Updates");
        case Column::Ddls: return tr("DDLs");
        case Column::FullLoadRows: return tr("Full load rows");
        case Column::ErrorRows: return tr("Error rows");
        case Column::TotalRows: return tr("Total rows");
        case Column::Progress: return tr("Progress");
        case Column::ValidationState: return tr("Validation state");
        //: Estimated time until a table is loaded
        case Column::TimeLeft: return tr("Time left");
        //: LOB values (BLOB, TEXT, bytea...) cut to the limited LOB mode's maximum size
        case Column::TruncatedLobs: return tr("Truncated LOBs");
        //: Column header: why a table failed or what its load left behind
        case Column::Details:
            return tr("Details");
        case Column::Count: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::ErrorRows:
            return tr("Rows the target rejected during the full load; they are kept as "
                      "exceptions.");
        case Column::TotalRows:
            return tr("Total rows include loaded source table rows from Inserts, Deletes, "
                      "Updates, DDLs, and Full load rows.");
        case Column::Progress:
            return tr("Rows read against the source's row estimate.");
        case Column::TimeLeft:
            return tr("Estimated from the table's own rate so far and the source's row "
                      "estimate.");
        case Column::TruncatedLobs:
            return tr("LOB values cut to the maximum size of limited LOB mode; the target's "
                      "control table lob_truncations lists each one.");
        case Column::Details:
            return tr("Why a table was suspended, or what a table completed with errors left "
                      "behind: rejected rows, indexes or keys the target refused.");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return static_cast<int>((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft)
                                | Qt::AlignVCenter);
    return {};
}

void TableStatisticsModel::makeKey(std::string &out, std::string_view schema,
                                   std::string_view table)
{
    out.assign(schema);
    out.push_back('\0');
    out.append(table);
}

uint32_t TableStatisticsModel::changedColumns(const TableStatistics &a, const TableStatistics &b)
{
    uint32_t mask = 0;
    if (a.schema != b.schema)
        mask |= bit(Column::Schema);
    if (a.table != b.table)
        mask |= bit(Column::Table);
    if (a.state != b.state || a.lastError != b.lastError || a.objectErrors != b.objectErrors
        || task::completedWithErrors(a) != task::completedWithErrors(b))
        mask |= bit(Column::LoadState);
    if (detailsDiffer(a, b))
        mask |= bit(Column::Details);
    if (a.elapsedMs != b.elapsedMs || (a.state == TableState::BeforeLoad)
            != (b.state == TableState::BeforeLoad))
        mask |= bit(Column::ElapsedLoadTime);
    if (a.inserts != b.inserts)
        mask |= bit(Column::Inserts);
    if (a.deletes != b.deletes)
        mask |= bit(Column::Deletes);
    if (a.updates != b.updates)
        mask |= bit(Column::Updates);
    if (a.ddls != b.ddls)
        mask |= bit(Column::Ddls);
    if (a.fullLoadRows != b.fullLoadRows)
        mask |= bit(Column::FullLoadRows);
    if (a.fullLoadErrorRows != b.fullLoadErrorRows)
        mask |= bit(Column::ErrorRows);
    if (totalRowsOf(a) != totalRowsOf(b))
        mask |= bit(Column::TotalRows);
    // The progress tooltip counts rows processed and read against the estimate.
    if (a.progressPercent() != b.progressPercent() || a.totalRows != b.totalRows
        || (a.totalRows && (a.rowsProcessed() != b.rowsProcessed() || a.rowsRead != b.rowsRead)))
        mask |= bit(Column::Progress);
    if (a.validationState != b.validationState)
        mask |= bit(Column::ValidationState);
    if (timeLeftMs(a) != timeLeftMs(b))
        mask |= bit(Column::TimeLeft);
    if (a.fullLoadTruncatedLobs != b.fullLoadTruncatedLobs || a.lobMaxSizeKb != b.lobMaxSizeKb)
        mask |= bit(Column::TruncatedLobs);
    return mask;
}

void TableStatisticsModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (size_t row = 0; row < m_rows.size(); ++row) {
        makeKey(m_key, m_rows[row]->schema, m_rows[row]->table);
        m_index.emplace(m_key, static_cast<int>(row));
    }
}

void TableStatisticsModel::setSnapshot(const task::TaskSnapshot &snapshot)
{
    setSnapshot(std::make_shared<const task::TaskSnapshot>(snapshot));
}

void TableStatisticsModel::setSnapshot(const std::shared_ptr<const task::TaskSnapshot> &snapshot)
{
    constexpr int NewTable = -1;
    constexpr int Duplicate = -2;
    // The rows point into the snapshot they came from: the previous one stays alive until every
    // row points into the new one.
    const auto previous = std::exchange(m_snapshot, snapshot);
    const auto &tables = snapshot->tables;
    const size_t oldCount = m_rows.size();

    // Pass 1: match every snapshot table to its current row.
    m_seen.assign(oldCount, 0);
    m_snapshotRow.assign(tables.size(), NewTable);
    std::unordered_set<std::string, KeyHash, std::equal_to<>> newKeys;
    size_t newCount = 0;
    for (size_t i = 0; i < tables.size(); ++i) {
        makeKey(m_key, tables[i].schema, tables[i].table);
        if (const auto it = m_index.find(std::string_view(m_key)); it != m_index.end()) {
            const auto row = static_cast<size_t>(it->second);
            if (m_seen[row]) {
                m_snapshotRow[i] = Duplicate;
            } else {
                m_seen[row] = 1;
                m_snapshotRow[i] = it->second;
            }
        } else if (newKeys.insert(m_key).second) {
            ++newCount;
        } else {
            m_snapshotRow[i] = Duplicate;
        }
    }

    // Pass 2: remove the rows whose tables are gone, back to front, one signal per range.
    const auto removedCount =
        static_cast<size_t>(std::count(m_seen.begin(), m_seen.end(), char{0}));
    if (removedCount > 0) {
        std::vector<int> newRowOf(oldCount);
        int shift = 0;
        for (size_t row = 0; row < oldCount; ++row) {
            newRowOf[row] = static_cast<int>(row) - shift;
            if (!m_seen[row])
                ++shift;
        }
        for (auto &row : m_snapshotRow) {
            if (row >= 0)
                row = newRowOf[static_cast<size_t>(row)];
        }
        size_t end = oldCount;
        while (end > 0) {
            if (m_seen[end - 1]) {
                --end;
                continue;
            }
            size_t first = end - 1;
            while (first > 0 && !m_seen[first - 1])
                --first;
            beginRemoveRows({}, static_cast<int>(first), static_cast<int>(end - 1));
            m_rows.erase(m_rows.begin() + static_cast<ptrdiff_t>(first),
                         m_rows.begin() + static_cast<ptrdiff_t>(end));
            endRemoveRows();
            end = first;
        }
        rebuildIndex();
    }

    // Pass 3: update the remaining rows in place and signal contiguous changed ranges.
    m_changed.assign(m_rows.size(), 0);
    bool anyChanged = false;
    for (size_t i = 0; i < tables.size(); ++i) {
        const int row = m_snapshotRow[i];
        if (row < 0)
            continue;
        const TableStatistics *&current = m_rows[static_cast<size_t>(row)];
        const uint32_t mask = changedColumns(*current, tables[i]);
        current = &tables[i]; // also refreshes fields no column shows (bytes, times, ...)
        if (mask != 0) {
            m_changed[static_cast<size_t>(row)] = mask;
            anyChanged = true;
        }
    }
    if (anyChanged) {
        const size_t count = m_changed.size();
        size_t row = 0;
        while (row < count) {
            if (m_changed[row] == 0) {
                ++row;
                continue;
            }
            const size_t first = row;
            uint32_t mask = 0;
            while (row < count && m_changed[row] != 0)
                mask |= m_changed[row++];
            const int firstColumn = std::countr_zero(mask);
            const int lastColumn = 31 - std::countl_zero(mask);
            emit dataChanged(index(static_cast<int>(first), firstColumn),
                             index(static_cast<int>(row - 1), lastColumn));
        }
    }

    // Pass 4: append new tables in snapshot order, one signal.
    if (newCount > 0) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(newCount) - 1);
        m_rows.reserve(m_rows.size() + newCount);
        m_index.reserve(m_rows.size() + newCount);
        for (size_t i = 0; i < tables.size(); ++i) {
            if (m_snapshotRow[i] != NewTable)
                continue;
            makeKey(m_key, tables[i].schema, tables[i].table);
            m_index.emplace(m_key, static_cast<int>(m_rows.size()));
            m_rows.push_back(&tables[i]);
        }
        endInsertRows();
    }
}

void TableStatisticsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_snapshot.reset();
    endResetModel();
}

void TableStatisticsModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

const TableStatistics &TableStatisticsModel::tableAt(int row) const
{
    Q_ASSERT(row >= 0 && row < rowCount());
    return *m_rows[static_cast<size_t>(row)];
}

int TableStatisticsModel::rowOf(std::string_view schema, std::string_view table) const
{
    std::string key;
    makeKey(key, schema, table);
    const auto it = m_index.find(std::string_view(key));
    return it == m_index.end() ? -1 : it->second;
}

TableStatistics TableStatisticsModel::totals() const
{
    TableStatistics sum;
    sum.slices = 0;
    sum.validationState.clear();
    for (const TableStatistics *row : m_rows) {
        const TableStatistics &t = *row;
        sum.inserts += t.inserts;
        sum.updates += t.updates;
        sum.deletes += t.deletes;
        sum.ddls += t.ddls;
        sum.fullLoadRows += t.fullLoadRows;
        sum.fullLoadErrorRows += t.fullLoadErrorRows;
        sum.fullLoadTruncatedLobs += t.fullLoadTruncatedLobs;
        sum.lobMaxSizeKb = std::max(sum.lobMaxSizeKb, t.lobMaxSizeKb);
        sum.rowsRead += t.rowsRead;
        sum.bytesRead += t.bytesRead;
        sum.bytesWritten += t.bytesWritten;
        sum.slices += t.slices;
        sum.slicesCompleted += t.slicesCompleted;
        sum.elapsedMs = std::max(sum.elapsedMs, t.elapsedMs);
        if (t.totalRows)
            sum.totalRows = sum.totalRows.value_or(0) + *t.totalRows;
    }
    return sum;
}

} // namespace ferry::models
