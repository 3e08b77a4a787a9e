// SPDX-License-Identifier: MIT
#pragma once

#include "engine/task/exceptions.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ferry::models {

/// The reason of a rejected row in one line: the error sentence and the driver's detail.
[[nodiscard]] QString exceptionErrorText(const task::ExceptionRecord &record);

/**
 * The rejected rows of a task (engine/task/exceptions.h), one model row per exception row, with
 * the user's unsaved value fixes per row and the outcome of the last re-apply.
 *
 * Pages from the engine are applied as a diff keyed by the exception id (rows are kept in id
 * order): vanished rows are removed back to front, new ones inserted where their id belongs,
 * changed ones get dataChanged; the model is reset only by clear(). So a refresh after a
 * re-apply keeps the selection, the current index and the scroll position of the rows that
 * remain. Fixes are kept per id while the row exists; re-applied rows take theirs with them.
 *
 * Qt Gui-free: the outcome is OutcomeRole (an int, see Outcome) and "edited" is EditedRole; the
 * view chooses icons and colours. Thread: GUI thread.
 */
class ExceptionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Table, Slice, OffendingColumn, Error, State, Count };

    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 exception id (any column)
        SortRole, ///< raw value for sorting (text, or the slice / id number)
        EditedRole, ///< bool: the row has fixes not re-applied yet
        OutcomeRole, ///< int: Outcome of the last re-apply (any column)
        SearchTextRole, ///< table, column, error, detail and values, for searching
    };

    /// What the State column shows, besides "edited".
    enum class Outcome { None = -1, Applied, RejectedAgain, Failed, NotFound };

    explicit ExceptionsModel(QObject *parent = nullptr);
    ~ExceptionsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The first page of a (new or repeated) read: rows not in it go, new ones come (diff).
    void setPage(const task::ExceptionPage &page);
    /// A following page (filter.afterId = lastId()): its rows are added.
    void appendPage(const task::ExceptionPage &page);
    /// Forgets every row, fix and outcome (model reset): another task.
    void clear();

    [[nodiscard]] const task::ExceptionRecord *record(int row) const;
    [[nodiscard]] const task::ExceptionRecord *recordById(int64_t id) const;
    /// Model row of an id; -1 when not loaded.
    [[nodiscard]] int rowOfId(int64_t id) const;
    [[nodiscard]] int64_t lastId() const;
    /// Of the last page read: tables with exceptions, rows matching the filter, more pages.
    [[nodiscard]] const std::vector<task::ExceptionTable> &tables() const { return m_tables; }
    [[nodiscard]] int64_t matching() const { return m_matching; }
    [[nodiscard]] bool hasMore() const { return m_more; }

    // Fixes -------------------------------------------------------------------------------
    /// The fix of one cell: nullopt when the cell is not edited; else the new value (whose
    /// own nullopt means NULL).
    [[nodiscard]] std::optional<std::optional<std::string>> edit(int64_t id,
                                                                 const std::string &column) const;
    /// Sets a cell's new value (nullopt: NULL). A value equal to the stored one removes the fix.
    void setEdit(int64_t id, const std::string &column, const std::optional<std::string> &value);
    /// Removes one cell's fix, or all of a row's.
    void revertEdit(int64_t id, const std::string &column);
    void revertEdits(int64_t id);
    [[nodiscard]] bool hasEdits(int64_t id) const;
    /// The fix to send for one row (its edited cells; none: re-apply as stored).
    [[nodiscard]] task::ExceptionFix fixFor(int64_t id) const;
    /// Fixes of every loaded row of one source table that has edits.
    [[nodiscard]] std::vector<task::ExceptionFix>
    editedFixesOf(const std::string &sourceSchema, const std::string &sourceTable) const;

    // Outcomes ----------------------------------------------------------------------------
    /// Records the outcome of each row of a re-apply (shown until the next one); rows that
    /// were applied lose their fixes (they are gone from the table once refreshed).
    void setResult(const task::ReapplyResult &result);
    [[nodiscard]] const task::ReapplyRowResult *resultFor(int64_t id) const;

signals:
    /// A row's fixes changed (the row image view listens).
    void editsChanged(qint64 id);

private:
    void rowChanged(int row);
    [[nodiscard]] QString stateText(const task::ExceptionRecord &record) const;
    [[nodiscard]] QString searchText(const task::ExceptionRecord &record) const;
    [[nodiscard]] static Outcome outcomeOf(const task::ReapplyRowResult &result);

    std::vector<task::ExceptionRecord> m_rows; ///< by id
    std::vector<task::ExceptionTable> m_tables;
    int64_t m_matching = 0;
    bool m_more = false;
    std::map<int64_t, std::map<std::string, std::optional<std::string>>> m_edits;
    std::map<int64_t, task::ReapplyRowResult> m_results;
};

} // namespace ferry::models
