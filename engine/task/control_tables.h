// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"
#include "engine/load/load_session.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ferry::task {

/**
 * The control schema on the target (DESIGN §4): task status, table status, slice status,
 * full-load exceptions and history. PostgreSQL: schema "ferry_control"; MySQL: database
 * "ferry_control"; SQLite (one schema): tables named "ferry_control_<table>".
 *
 * Slice rows are written in the same transaction as the slice's data, so after a kill a slice
 * is either committed with its rows or absent with none of them: that is what makes resume
 * exact. Statements go through the session given to each call (one per worker), values bound.
 *
 * Thread: a ControlTables is an immutable set of names; use it from any thread, with each
 * thread's own session.
 */
class ControlTables
{
public:
    /// controlSchema: ControlTablesSettings.ControlSchema, or "" for "ferry_control".
    ControlTables(Dialect dialect, const std::string &controlSchema);

    /// Creates the control schema and tables when missing (idempotent).
    [[nodiscard]] Result<void> ensure(load::TargetSession &session) const;

    // Task status ---------------------------------------------------------------------------
    struct TaskRow
    {
        std::string state; ///< "running", "stopped", "failed", "load-complete"
        bool foreignKeysDone = false;
    };
    [[nodiscard]] Result<std::optional<TaskRow>> task(load::TargetSession &session,
                                                      const std::string &taskName) const;
    /// Deletes every control row of the task (a fresh start), then inserts its status row.
    [[nodiscard]] Result<void> resetTask(load::TargetSession &session, const std::string &taskName,
                                         const std::string &migrationType,
                                         const std::string &source) const;
    [[nodiscard]] Result<void> setTaskState(load::TargetSession &session,
                                            const std::string &taskName, const std::string &state,
                                            const std::string &message = {}) const;
    [[nodiscard]] Result<void> setForeignKeysDone(load::TargetSession &session,
                                                  const std::string &taskName) const;

    // Table and slice status -----------------------------------------------------------------
    struct SliceRow
    {
        int number = 0;
        std::optional<int64_t> lower; ///< exclusive
        std::optional<int64_t> upper; ///< inclusive
        std::string state;            ///< "pending", "completed"
        int64_t rowsRead = 0;
        int64_t rowsLoaded = 0;
        int64_t errorRows = 0;
    };
    struct TableRow
    {
        std::string sourceSchema;
        std::string sourceTable;
        std::string state; ///< "queued", "prepared", "loading", "indexing", "completed", "error"
        std::vector<SliceRow> slices;
        std::string lastError;
    };
    /// Registers a table with its slices (state "queued").
    [[nodiscard]] Result<void> addTable(load::TargetSession &session, const std::string &taskName,
                                        const std::string &sourceSchema,
                                        const std::string &sourceTable,
                                        const std::string &targetSchema,
                                        const std::string &targetTable,
                                        const std::vector<SliceRow> &slices) const;
    [[nodiscard]] Result<std::vector<TableRow>> tables(load::TargetSession &session,
                                                       const std::string &taskName) const;
    [[nodiscard]] Result<void> setTableState(load::TargetSession &session,
                                             const std::string &taskName,
                                             const std::string &sourceSchema,
                                             const std::string &sourceTable,
                                             const std::string &state,
                                             const std::string &lastError = {}) const;
    /// Marks a slice completed with its counts (inside the slice's data transaction).
    [[nodiscard]] Result<void> completeSlice(load::TargetSession &session,
                                             const std::string &taskName,
                                             const std::string &sourceSchema,
                                             const std::string &sourceTable,
                                             const SliceRow &slice) const;

    // Exceptions -----------------------------------------------------------------------------
    struct ExceptionRow
    {
        std::string sourceSchema;
        std::string sourceTable;
        std::string targetSchema;
        std::string targetTable;
        int slice = 0;
        std::string column;
        std::string error;
        std::string detail;
        std::string rowImage; ///< JSON object: source column -> value
    };
    [[nodiscard]] Result<void> addException(load::TargetSession &session,
                                            const std::string &taskName,
                                            const ExceptionRow &row) const;
    /// Removes the exceptions of one slice (it is about to be loaded again).
    [[nodiscard]] Result<void> clearSliceExceptions(load::TargetSession &session,
                                                    const std::string &taskName,
                                                    const std::string &sourceSchema,
                                                    const std::string &sourceTable,
                                                    int slice) const;

    [[nodiscard]] Result<void> addHistory(load::TargetSession &session,
                                          const std::string &taskName, const std::string &event,
                                          const std::string &detail) const;

    /// Quoted, qualified name of a control table ("task_status", "exceptions", ...).
    [[nodiscard]] std::string name(const char *table) const;
    /// The control schema ("" for SQLite).
    const std::string &schema() const { return m_schema; }
    /// Name of a control table as it appears in the target's catalog (for users and tests).
    [[nodiscard]] std::string tableName(const char *table) const;

private:
    Dialect m_dialect;
    std::string m_schema;
};

} // namespace ferry::task
