// SPDX-License-Identifier: MIT
#pragma once

#include "engine/task/task_snapshot.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <optional>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ferry::models {

/// The table statistics of a task, one row per source table, with the columns of the DMS
/// console's "Table statistics" tab (reference §4.3) plus Ferry's error rows and progress.
///
/// Fed by whole `TaskSnapshot`s (at the sampler rate, 4 Hz by default). Each snapshot is applied
/// as a diff keyed by (schema, table): changed rows get one `dataChanged` per contiguous range
/// (bounded to the changed columns), new tables are appended with `rowsInserted`, vanished tables
/// are removed with `rowsRemoved`. The model is never reset by a snapshot, so selection, current
/// index, sort and scroll position survive every tick. O(n) per snapshot.
///
/// The model is Qt Gui-free: states are exposed as `StateRole` (a `task::TableState` as int)
/// and progress as `ProgressRole` (0..1000); the view picks colours, icons and bars.
/// Thread: GUI thread (like every model).
class TableStatisticsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Schema,
        Table,
        LoadState,
        ElapsedLoadTime,
        Inserts,
        Deletes,
        Updates,
        Ddls,
        FullLoadRows,
        ErrorRows,
        TotalRows,
        Progress,
        ValidationState,
        TimeLeft, ///< Ferry's estimate for a loading table (not a DMS column)
        /// LOB values limited LOB mode truncated (FullLoadTruncatedLobs; not a console column)
        TruncatedLobs,
        /// Why a table was suspended (its last error), or what a table completed with errors
        /// left behind (rejected rows, objects the target refused); not a DMS column
        Details,
        Count
    };

    enum Role {
        /// Raw value for sorting: QString for text columns, qint64 for counters and elapsed
        /// milliseconds, double for progress percent, int for the load state. Qt::EditRole
        /// answers the same.
        SortRole = Qt::UserRole + 1,
        /// The row's `task::TableState` as int (any column).
        StateRole,
        /// Progress in per mille, 0..1000 (any column), for a progress-bar delegate.
        ProgressRole,
        /// The shown state's `task::StateSeverity` as int (any column): Warning for a table
        /// "Completed with errors" (task::tableStateLabel), for the state mark's colour.
        SeverityRole,
    };

    explicit TableStatisticsModel(QObject *parent = nullptr);
    ~TableStatisticsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Applies a snapshot as a diff (see the class comment). Tables with the same
    /// (schema, table) appearing twice in one snapshot: the first one wins. The model keeps the
    /// shared snapshot (the engine's, not a copy) until the next one.
    void setSnapshot(const std::shared_ptr<const task::TaskSnapshot> &snapshot);
    /// The same for a snapshot value (copied once).
    void setSnapshot(const task::TaskSnapshot &snapshot);
    /// Removes every row with a model reset: for switching to another task or project only.
    void clear();

    /// The locale used for numbers in Qt::DisplayRole (the default locale at construction).
    [[nodiscard]] QLocale locale() const { return m_locale; }
    void setLocale(const QLocale &locale);

    /// The snapshot the rows come from (null when empty).
    [[nodiscard]] std::shared_ptr<const task::TaskSnapshot> snapshot() const { return m_snapshot; }
    /// The statistics behind row `row` (0 <= row < rowCount()).
    [[nodiscard]] const task::TableStatistics &tableAt(int row) const;
    /// The row of (schema, table), or -1.
    [[nodiscard]] int rowOf(std::string_view schema, std::string_view table) const;

    /// The counters summed over all rows (inserts, deletes, updates, DDLs, full-load rows, error
    /// rows, truncated LOB values, rows read, bytes, slices; totalRows is the sum of the known estimates, empty when no
    /// row has one; elapsedMs is the longest table elapsed time; lobMaxSizeKb the largest, nonzero
    /// when some table loads in limited LOB mode). Names are empty; the state is
    /// BeforeLoad. For a totals line under the view.
    [[nodiscard]] task::TableStatistics totals() const;

    /// "14 h 3 m 12 s", "2 m 56 s", "7 s", "< 1 s" as the DMS console writes elapsed times.
    [[nodiscard]] static QString formatElapsed(int64_t ms);
    /// The load state as the DMS console writes it ("Table completed", "Before load", ...).
    [[nodiscard]] static QString stateText(task::TableState state);
    /// The Details column's text: a suspended or failed table's last error; for a table
    /// completed with errors its rejected rows and the objects the target refused; else empty.
    [[nodiscard]] static QString detailsText(const task::TableStatistics &table);
    /// detailsText() is not empty (without building it).
    [[nodiscard]] static bool hasDetails(const task::TableStatistics &table);
    /**
     * The snapshot shown, with the rows loaded and rejected (and the states they imply) as
     * the control tables now say (`stored`, task::readStoredStatistics): after a re-apply the
     * statistics show the new counts without a new run. Tables only in `stored` are added;
     * everything else (times, bytes, estimates) stays as shown.
     */
    [[nodiscard]] static task::TaskSnapshot withStoredCounts(const task::TaskSnapshot &shown,
                                                             const task::TaskSnapshot &stored);
    /// Time left for a loading table at its own average rate so far (rows processed / elapsed),
    /// from its row estimate; nullopt when not loading, nothing to estimate from, or in its
    /// first two seconds.
    [[nodiscard]] static std::optional<int64_t> timeLeftMs(const task::TableStatistics &table);
    /// DMS "Total rows": Inserts + Deletes + Updates + DDLs + Full load rows.
    [[nodiscard]] static int64_t totalRowsOf(const task::TableStatistics &table);

private:
    struct KeyHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view key) const noexcept
        {
            return std::hash<std::string_view>{}(key);
        }
    };

    /// Bit per Column whose displayed or sort value differs between `a` and `b`.
    static uint32_t changedColumns(const task::TableStatistics &a,
                                   const task::TableStatistics &b);
    static void makeKey(std::string &out, std::string_view schema, std::string_view table);
    QVariant displayValue(const task::TableStatistics &table, Column column) const;
    static QVariant sortValue(const task::TableStatistics &table, Column column);
    void rebuildIndex();

    std::shared_ptr<const task::TaskSnapshot> m_snapshot; ///< the rows point into it
    std::vector<const task::TableStatistics *> m_rows;
    std::unordered_map<std::string, int, KeyHash, std::equal_to<>> m_index;
    QLocale m_locale;
    // Scratch buffers reused across snapshots.
    std::string m_key;
    std::vector<int> m_snapshotRow;
    std::vector<uint32_t> m_changed;
    std::vector<char> m_seen;
};

} // namespace ferry::models
