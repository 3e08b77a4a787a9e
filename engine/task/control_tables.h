// SPDX-License-Identifier: MIT
#pragma once

#include "engine/convert/ddl/ddl_writer.h"
#include "engine/core/error.h"
#include "engine/load/load_session.h"
#include "engine/mapping/mapping_plan.h"
#include "engine/project/project.h"
#include "engine/task/exception_facts.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ferry::task {

/// task_status.state on the target: "running", "stopped", "failed", "load-complete".
enum class StoredTaskState { Running, Stopped, Failed, LoadComplete };
/// table_status.state: "queued", "loading", "indexing", "completed", "error".
enum class StoredTableState { Queued, Loading, Indexing, Completed, Error };
/// slice_status.state: "pending", "completed".
enum class StoredSliceState { Pending, Completed };

[[nodiscard]] const char *storedStateName(StoredTaskState state);
[[nodiscard]] const char *storedStateName(StoredTableState state);
[[nodiscard]] const char *storedStateName(StoredSliceState state);

/**
 * The control schema on the target (DESIGN §4): task status, table status, slice status,
 * full-load exceptions, LOB values limited LOB mode truncated, foreign keys detached for a
 * load, the names of the tables' keys and indexes, and history. PostgreSQL: schema
 * "ferry_control"; MySQL: database "ferry_control"; SQLite (one schema): tables named
 * "ferry_control_<table>".
 *
 * Slice rows (and the slice's exception and LOB truncation rows) are written in the same
 * transaction as the slice's data, so after a kill a slice is either committed with its rows or
 * absent with none of them: that is what makes resume exact. Statements go through the session
 * given to each call (one per worker), values bound.
 *
 * Thread: a ControlTables is an immutable set of names; use it from any thread, with each
 * thread's own session.
 */
class ControlTables
{
public:
    /// controlSchema: ControlTablesSettings.ControlSchema, or "" for "ferry_control".
    ControlTables(Dialect dialect, const std::string &controlSchema);

    /// Creates the control schema and tables when missing (idempotent; a control schema made
    /// by an older Ferry gains the tables it lacks, e.g. lob_truncations). An exceptions table
    /// created by an older Ferry (no "id" key, no "target_row") gets the missing columns
    /// added (SQLite keys exception rows by rowid and only gains "target_row"); a slice_status
    /// table with integer bounds gets text bounds (upgradeSliceStatus).
    [[nodiscard]] Result<void> ensure(load::TargetSession &session) const;
    /// The exceptions-table part of ensure() for a table that exists: adds the columns an
    /// older Ferry did not create (idempotent; one catalog query when nothing is missing).
    [[nodiscard]] Result<void> upgradeExceptions(load::TargetSession &session) const;
    /**
     * The slice_status part of ensure(): a table an older Ferry made keeps a slice's bounds in
     * BIGINT columns lower_key / upper_key. They become the text columns lower_bound /
     * upper_bound (["42"]), row by row, and the old columns are dropped. Every step can run
     * again after an interruption (MySQL commits each ALTER TABLE on its own), so a task
     * stopped under the old layout resumes with the same slices. One catalog query when
     * there is nothing to do.
     */
    [[nodiscard]] Result<void> upgradeSliceStatus(load::TargetSession &session) const;

    // Task status ---------------------------------------------------------------------------
    struct TaskRow
    {
        StoredTaskState state = StoredTaskState::Running;
        bool foreignKeysDone = false;
    };
    [[nodiscard]] Result<std::optional<TaskRow>> task(load::TargetSession &session,
                                                      const std::string &taskName) const;
    /// Deletes every control row of the task (a fresh start), then inserts its status row.
    [[nodiscard]] Result<void> resetTask(load::TargetSession &session, const std::string &taskName,
                                         const std::string &migrationType,
                                         const std::string &source) const;
    [[nodiscard]] Result<void> setTaskState(load::TargetSession &session,
                                            const std::string &taskName, StoredTaskState state,
                                            const std::string &message = {}) const;
    [[nodiscard]] Result<void> setForeignKeysDone(load::TargetSession &session,
                                                  const std::string &taskName) const;

    // Table and slice status -----------------------------------------------------------------
    struct SliceRow
    {
        int number = 0;
        std::optional<load::KeyValue> lower; ///< exclusive; stored as a JSON array of values
        std::optional<load::KeyValue> upper; ///< inclusive
        StoredSliceState state = StoredSliceState::Pending;
        int64_t rowsRead = 0;
        int64_t rowsLoaded = 0;
        int64_t errorRows = 0;
        /// The stored bounds were readable (a JSON array of strings, or NULL when open).
        bool boundsReadable = true;
    };
    struct TableRow
    {
        std::string sourceSchema;
        std::string sourceTable;
        StoredTableState state = StoredTableState::Queued;
        /// The table existed and TargetTablePrepMode keeps it (its keys stay as they are).
        bool keptExisting = false;
        std::vector<SliceRow> slices;
        std::string lastError;
        std::optional<int64_t> startedMs; ///< when its load started (first run), ms since epoch
        std::optional<int64_t> endedMs;   ///< when it completed or failed
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
    /// Sets a table's state; Loading records the first start, Completed and Error the end,
    /// and startedMs (with them) when this run's load of the table really began.
    [[nodiscard]] Result<void> setTableState(load::TargetSession &session,
                                             const std::string &taskName,
                                             const std::string &sourceSchema,
                                             const std::string &sourceTable,
                                             StoredTableState state,
                                             const std::string &lastError = {},
                                             std::optional<int64_t> startedMs = {}) const;
    /// The table is prepared and loading; keptExisting: an existing table kept as it is.
    [[nodiscard]] Result<void> setTableLoading(load::TargetSession &session,
                                               const std::string &taskName,
                                               const std::string &sourceSchema,
                                               const std::string &sourceTable,
                                               bool keptExisting) const;
    /// Deletes a table's rows in table_status, slice_status, exceptions and lob_truncations
    /// (it starts over).
    [[nodiscard]] Result<void> forgetTable(load::TargetSession &session,
                                           const std::string &taskName,
                                           const std::string &sourceSchema,
                                           const std::string &sourceTable) const;
    /// One slice's row as stored (nullopt when there is none): whether an attempt whose
    /// commit outcome was unknown committed (its data and this row commit together).
    [[nodiscard]] Result<std::optional<SliceRow>> slice(load::TargetSession &session,
                                                        const std::string &taskName,
                                                        const std::string &sourceSchema,
                                                        const std::string &sourceTable,
                                                        int number) const;
    /// Marks a slice completed with its counts (inside the slice's data transaction).
    [[nodiscard]] Result<void> completeSlice(load::TargetSession &session,
                                             const std::string &taskName,
                                             const std::string &sourceSchema,
                                             const std::string &sourceTable,
                                             const SliceRow &slice) const;

    // Exceptions -----------------------------------------------------------------------------
    struct ExceptionRow : ExceptionCause
    {
        std::string rowImage; ///< JSON object: source column -> value
        /// JSON object: target column -> value as written (engine/task/exceptions.h,
        /// rowImageJson); "" when unknown. Re-applying a row writes these values.
        std::string targetRow;
    };
    /// An exception row as stored, with its key (the "id" column; SQLite: the rowid).
    struct StoredException : ExceptionRow
    {
        int64_t id = 0;
        std::string errorTime;
    };
    /// Which exception rows to read: all of a task, one source table, given ids, a page.
    struct ExceptionSelection
    {
        std::string sourceSchema; ///< with sourceTable: only this source table
        std::string sourceTable;
        std::vector<int64_t> ids; ///< not empty: only these rows
        int64_t afterId = 0;      ///< rows with a larger key only (paging)
        int64_t limit = 0;        ///< at most this many rows; 0: no limit
    };
    /// Exception rows by key, ascending. Values bound; the limit too.
    [[nodiscard]] Result<std::vector<StoredException>> exceptions(
        load::TargetSession &session, const std::string &taskName,
        const ExceptionSelection &selection) const;
    /// Rows per source table of a task (source and target names), by source name.
    [[nodiscard]] Result<std::vector<ExceptionTable>>
    exceptionCounts(load::TargetSession &session, const std::string &taskName) const;
    /// Re-apply: the row is now in its target table. Deletes the exception row and moves one
    /// row from error_rows to rows_loaded in its slice_status row (same transaction as the
    /// data, so source rows = loaded + rejected still holds).
    [[nodiscard]] Result<void> resolveException(load::TargetSession &session,
                                                const std::string &taskName,
                                                const StoredException &row) const;
    /// Re-apply: the row was refused again; records the new reason and the row as written.
    [[nodiscard]] Result<void> updateException(load::TargetSession &session,
                                               const std::string &taskName,
                                               const StoredException &row) const;
    [[nodiscard]] Result<void> addException(load::TargetSession &session,
                                            const std::string &taskName,
                                            const ExceptionRow &row) const;
    /// Removes the exceptions of one slice (it is about to be loaded again).
    [[nodiscard]] Result<void> clearSliceExceptions(load::TargetSession &session,
                                                    const std::string &taskName,
                                                    const std::string &sourceSchema,
                                                    const std::string &sourceTable,
                                                    int slice) const;

    // LOB values truncated in limited LOB mode --------------------------------------------------

    /// One LOB value that limited LOB mode cut (never a rejected row: those are exceptions).
    struct LobTruncationRow
    {
        std::string sourceSchema;
        std::string sourceTable;
        int slice = 0;
        std::string column;       ///< source column
        std::string rowKey;       ///< JSON object: the row's key columns (source names) -> value
        int64_t originalBytes = 0; ///< the value's length as read from the source
        int64_t keptBytes = 0;     ///< the length written to the target
    };
    /// Records a truncated value (inside the slice's data transaction).
    [[nodiscard]] Result<void> addLobTruncation(load::TargetSession &session,
                                                const std::string &taskName,
                                                const LobTruncationRow &row) const;
    /// Removes the truncation rows of one slice (it is about to be loaded again).
    [[nodiscard]] Result<void> clearSliceLobTruncations(load::TargetSession &session,
                                                        const std::string &taskName,
                                                        const std::string &sourceSchema,
                                                        const std::string &sourceTable,
                                                        int slice) const;
    /// Truncated values per slice of a task, for the statistics of a resumed run.
    struct LobTruncationCount
    {
        std::string sourceSchema;
        std::string sourceTable;
        int slice = 0;
        int64_t values = 0;
    };
    [[nodiscard]] Result<std::vector<LobTruncationCount>> lobTruncationCounts(
        load::TargetSession &session, const std::string &taskName) const;

    // Foreign keys detached for a load ----------------------------------------------------------

    /// A foreign key Ferry dropped so that a kept or reloaded table can be emptied and loaded
    /// in any order (PostgreSQL), to be added again as it was once the tables are in. Kept
    /// here, not only in memory, so that a killed or stopped run's resume (or the task's next
    /// run: resetTask leaves these rows) still restores it.
    struct DetachedKey
    {
        std::string schema; ///< the table that owns the key
        std::string table;
        std::string name;
        std::string definition; ///< pg_get_constraintdef(): "FOREIGN KEY (a) REFERENCES ..."
    };
    /// Records a key (replacing a row of the same table and name).
    [[nodiscard]] Result<void> addDetachedKey(load::TargetSession &session,
                                              const std::string &taskName,
                                              const DetachedKey &key) const;
    [[nodiscard]] Result<std::vector<DetachedKey>> detachedKeys(load::TargetSession &session,
                                                                const std::string &taskName) const;
    [[nodiscard]] Result<void> removeDetachedKey(load::TargetSession &session,
                                                 const std::string &taskName,
                                                 const DetachedKey &key) const;

    // Object names ----------------------------------------------------------------------------

    /// Records the name every key, index and foreign key of the task's tables gets on the
    /// target (mapping::TablePlan::objectNames), replacing the task's earlier rows: table
    /// object_names (object_type "index", "unique key", ...; origin "source", "generated",
    /// "table-prefixed" or "numbered", with ",shortened" when cut to the identifier limit).
    [[nodiscard]] Result<void> recordObjectNames(load::TargetSession &session,
                                                 const std::string &taskName,
                                                 const std::vector<mapping::TablePlan> &tables)
        const;

    [[nodiscard]] Result<void> addHistory(load::TargetSession &session,
                                          const std::string &taskName, const std::string &event,
                                          const std::string &detail) const;

    /// Quoted, qualified name of a control table ("task_status", "exceptions",
    /// "lob_truncations", ...).
    [[nodiscard]] std::string name(const char *table) const;
    /// The control schema ("" for SQLite).
    const std::string &schema() const { return m_schema; }
    /// Name of a control table as it appears in the target's catalog (for users and tests).
    [[nodiscard]] std::string tableName(const char *table) const;
    /// The key column of exception rows in SQL: "id" (PostgreSQL, MySQL) or "rowid" (SQLite,
    /// where it is the same as "id" in tables Ferry created and exists in older ones too).
    [[nodiscard]] std::string exceptionKey() const;

private:
    /// Deletes one slice's rows of a control table keyed by task, table and slice.
    [[nodiscard]] Result<void> clearSliceRows(load::TargetSession &session, const char *table,
                                              const std::string &taskName,
                                              const std::string &sourceSchema,
                                              const std::string &sourceTable, int slice) const;
    /// The DDL writer of the target's dialect (engine/convert/ddl/); null for no target.
    [[nodiscard]] const convert::DdlWriter *writer() const;
    /// A control table's definition placed in the control schema, under tableName().
    [[nodiscard]] TableDefinition placed(TableDefinition table) const;
    /// A control table ("exceptions") as it is created.
    [[nodiscard]] TableDefinition definition(const char *table) const;
    /// The column names of a control table on the target (its catalog).
    [[nodiscard]] Result<std::set<std::string>> columnsOf(load::TargetSession &session,
                                                          const char *table) const;
    /// upgradeSliceStatus: the integer bounds of every row copied into the text columns.
    [[nodiscard]] Result<void> convertIntegerBounds(load::TargetSession &session) const;

    Dialect m_dialect;
    std::string m_schema;
};

/// ControlTablesSettings.ControlSchema of task settings ("" when not set: the default).
[[nodiscard]] std::string controlSchemaOf(const project::TaskSettings &settings);

} // namespace ferry::task
