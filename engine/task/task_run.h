// SPDX-License-Identifier: MIT
#pragma once

// The state of one running task, shared by its phases (engine/task/task_phases.h). Internal to
// engine/task: callers use TaskRunner (task_runner.h).

#include "engine/core/tr.h"
#include "engine/load/load_session.h"
#include "engine/mapping/mapping_plan.h"
#include "engine/task/control_tables.h"
#include "engine/task/load_settings.h"
#include "engine/task/task_log.h"
#include "engine/task/task_runner.h"
#include "engine/task/task_snapshot.h"

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace ferry::task {

struct SliceWork
{
    int number = 0;
    std::optional<load::KeyValue> lower; ///< exclusive, one value per key column
    std::optional<load::KeyValue> upper; ///< inclusive
    bool completed = false;
    /// An earlier attempt (this run's, or a run before a resume) may have committed: integer
    /// keys delete the slice's range on the target first; any other key asks the slice's row
    /// in slice_status, which commits with its data, whether it did.
    bool mayHaveRows = false;
};

/// How a table is split into slices (docs/data-path.md, "Slices").
enum class KeySlicing {
    None, ///< one slice: no usable key
    IntegerSpan, ///< one integer key column: minimum..maximum cut into equal widths
    OrderedPass, ///< any other usable key: every n-th key of one ordered pass over the keys
};

/// A column of the batch as read (source columns in plan order; added columns follow them).
struct ReadColumn
{
    std::string name; ///< source column
    size_t index = 0; ///< in the batch as read
    bool text = true; ///< not binary: cut on a UTF-8 boundary
};

struct TableWork
{
    mapping::TablePlan plan;
    /// The source columns its slices are cut by (the primary key, or a parallel-load ranges
    /// rule's columns), in comparison order; empty when it is not sliced by key.
    std::vector<load::ReadColumn> key;
    KeySlicing slicing = KeySlicing::None;
    /// Sliced by a parallel-load ranges rule: rows with NULL in a key column are not loaded
    /// (as in DMS); otherwise the first slice takes them.
    bool rangesRule = false;
    /// The key as the target names it when a slice's rows can be deleted there by key range:
    /// one integer column (integers compare alike on every engine). Empty for text and
    /// composite keys, which the target may order differently from the source.
    std::vector<load::ReadColumn> targetKey;
    TableLobMode lob; ///< how its LOB values move (task settings + lob-settings)
    std::vector<ReadColumn> lobColumns; ///< its LOB columns
    /// The row key of lob_truncations rows: the primary key's columns, or (no primary key)
    /// every column that is not a LOB, values capped (rowKeyIsPrimary false).
    std::vector<ReadColumn> rowKey;
    bool rowKeyIsPrimary = false;
    std::vector<SliceWork> slices;
    bool prepared = false; ///< target table prepared by an earlier run
    bool needsFinish = false; ///< all slices loaded earlier, keys/indexes pending
    bool reload = false; ///< TaskRequest::reloadTables: loaded again from scratch
    /// The table existed and TargetTablePrepMode (TRUNCATE_BEFORE_LOAD, DO_NOTHING) keeps it:
    /// its keys, indexes and foreign keys stay as they are (DMS leaves the metadata of
    /// existing tables alone). Kept across resumes in table_status.state "loading-existing".
    bool keptExisting = false;

    std::atomic<int> state {static_cast<int>(TableState::BeforeLoad)};
    std::atomic<int> slicesRemaining {0};
    std::atomic<int> slicesCompleted {0};
    std::atomic<int64_t> committedRead {0};
    std::atomic<int64_t> committedLoaded {0};
    std::atomic<int64_t> committedErrors {0};
    std::atomic<int64_t> inflightRead {0};
    std::atomic<int64_t> inflightLoaded {0};
    std::atomic<int64_t> inflightErrors {0};
    std::atomic<int64_t> committedTruncated {0};
    std::atomic<int64_t> inflightTruncated {0};
    std::atomic<int64_t> bytesRead {0};
    std::atomic<int64_t> bytesWritten {0};
    std::atomic<int64_t> startMs {0};
    std::atomic<int64_t> endMs {0};
    std::atomic<bool> failed {false};
    std::optional<int64_t> totalRows;
    std::mutex errorMutex;
    std::string lastError;
    /// Indexes, keys and foreign keys the target refused (the rows are loaded): one line each.
    std::vector<std::string> objectErrors;

    TableState currentState() const { return static_cast<TableState>(state.load()); }
    /// The key range a slice reads; nullopt when the slice has no bounds (the whole table).
    std::optional<load::KeyRange> rangeOf(const SliceWork &slice) const;
    void setState(TableState s) { state.store(static_cast<int>(s)); }
};

/// Counters for the task's throughput metrics; only ever grow.
struct Totals
{
    std::atomic<int64_t> rowsRead {0};
    std::atomic<int64_t> rowsWritten {0};
    std::atomic<int64_t> bytesRead {0};
    std::atomic<int64_t> bytesWritten {0};
};

/// Why a slice attempt ended early.
enum class SliceEnd { Done, Retry, TableFailed, TaskFailed, Stopped };

struct SliceResult
{
    SliceEnd end = SliceEnd::Done;
    Error error;
};

/// What one slice attempt counted (rows read, loaded, rejected; LOB values cut).
struct SliceCounts
{
    int64_t read = 0;
    int64_t loaded = 0;
    int64_t errors = 0;
    int64_t truncated = 0;
};

/// "schema.table" of the table's source (the table alone without a schema).
[[nodiscard]] std::string tableLabel(const mapping::TablePlan &plan);
/// An Error that fails the task, with its detail and hint.
[[nodiscard]] Error taskError(ErrorCode code, const QString &message,
                              const std::string &detail = {}, const QString &hint = {});
[[nodiscard]] std::string joinNames(const std::vector<std::string> &names);

/// Runs control-table writes in their own committed transaction: sessions may run with
/// autocommit off (MySQL), and a statement left uncommitted would hold its row locks.
template<typename Function>
Result<void> committed(load::TargetSession &session, Function &&function)
{
    if (auto begun = session.begin(); !begun)
        return begun;
    Result<void> result = function();
    if (!result) {
        (void)session.rollback();
        return result;
    }
    return session.commit();
}

/**
 * One task run: its request, settings, log, control tables, tables and counters, and what
 * stops it. The phases (task_phases.h) work on it; the sampler publishes its snapshots.
 * Thread: the phase functions run on run()'s thread; the full-load workers, the sampler and
 * stop() share the atomics and the mutex-guarded members.
 */
struct TaskRun
{
    TaskRequest request;
    TaskCallbacks callbacks;
    LoadSettings settings;
    std::unique_ptr<TaskLog> log;
    std::unique_ptr<ControlTables> control;
    std::vector<std::unique_ptr<TableWork>> tables;
    Totals totals;

    std::atomic<bool> stopRequested {false};
    std::atomic<bool> taskFailed {false};
    std::atomic<int> state {static_cast<int>(TaskState::Created)};
    int64_t startedMs = 0;
    std::mutex failureMutex;
    Error failure;
    std::vector<std::string> warnings;
    std::mutex warningsMutex;

    // Work queue of (table, slice) in load order.
    std::mutex workMutex;
    std::deque<std::pair<size_t, size_t>> work;

    // Readers and writers in flight, for stop().
    std::mutex activeMutex;
    std::set<load::TableReader *> activeReaders;
    std::set<load::TableWriter *> activeWriters;

    // Sampler
    std::mutex samplerMutex;
    std::condition_variable samplerWake;
    bool samplerDone = false;
    std::FILE *statisticsFile = nullptr;
    struct Sample
    {
        int64_t ms;
        int64_t rowsRead, rowsWritten, bytesRead, bytesWritten;
    };
    std::deque<Sample> samples;

    std::atomic<int> tableErrors {0};
    /// The task's row is in task_status (prepare got that far): its final state is recorded.
    bool taskRecorded = false;
    /// The source snapshot every reader joins (prepare takes it; docs/data-path.md).
    load::SnapshotToken sourceSnapshot;
    /// The snapshot could not be joined (its exporter is gone): readers read current data.
    std::atomic<bool> snapshotLost{false};
    /// A new source session for a worker, joined to the snapshot.
    Result<std::unique_ptr<load::SourceSession>> openSource();

    // Reload table (TaskRequest::reloadTables), resolved against the plan: source names.
    std::set<std::pair<std::string, std::string>> reloadKeys;

    void setState(TaskState s) { state.store(static_cast<int>(s)); }
    bool shouldStop() const { return stopRequested.load() || taskFailed.load(); }
    void warn(LogComponent component, const std::string &message);
    void info(LogComponent component, const QString &message);
    /// The first failure wins; every reader and writer in flight is cancelled.
    void failTask(const Error &error);
    void cancelActive();
    /// Registers a reader and writer in flight (stop() cancels them) until the guard goes;
    /// either may be null.
    struct ActiveGuard
    {
        TaskRun &run;
        load::TableReader *reader;
        load::TableWriter *writer;
        ~ActiveGuard();
    };
    [[nodiscard]] ActiveGuard track(load::TableReader *reader, load::TableWriter *writer);

    // Snapshots (task_run.cpp) ------------------------------------------------------------
    TaskSnapshot snapshot();
    void publish(const TaskSnapshot &s);
    void samplerLoop();

    // Tables (task_tables.cpp) ------------------------------------------------------------
    void failTable(TableWork &table, const Error &error, load::TargetSession *target);
    /// Logs what building a table's objects came to; failures are kept with the table (its
    /// statistics, the summary, table_status.last_error), they do not fail it.
    void reportObjects(TableWork &table, const load::ObjectsOutcome &outcome);
    void reportObjectFailure(TableWork &table, const Error &error);
    /// The table's object failures as stored in table_status.last_error of a completed table.
    std::string objectErrorText(TableWork &table);

    // Tables and slices (task_tables.cpp) -------------------------------------------------
    /// Sets up a TableWork per planned table: restored from the control tables when resuming,
    /// else sliced afresh and recorded.
    Result<void> prepareTables(load::TargetSession &target, load::SourceSession &source,
                               const mapping::MappingPlan &plan, bool resuming);
    Result<void> restoreTable(
        TableWork &table, const ControlTables::TableRow &row,
        const std::map<std::tuple<std::string, std::string, int>, int64_t> &truncatedBySlice);
    Result<void> startTable(TableWork &table, load::TargetSession &target,
                            load::SourceSession &source, bool knownBefore);
    Result<std::vector<SliceWork>> computeSlices(load::SourceSession &source, TableWork &table);
    /// Slices by the table-settings rule's parallel-load ranges; nullopt when they do not fit
    /// (the table's key is then left as the primary key's).
    Result<std::optional<std::vector<SliceWork>>> rangeSlices(load::SourceSession &source,
                                                              TableWork &table);
    /// Boundaries every n-th key by one ordered pass over the table's key columns.
    Result<std::vector<SliceWork>> orderedPassSlices(load::SourceSession &source,
                                                     const TableWork &table, int64_t count);
    /// Whether a ranges rule's boundaries ascend in the source's order: no row lies between
    /// two neighbours given the wrong way round (it would be read by two slices).
    Result<bool> boundariesAscend(load::SourceSession &source, const TableWork &table,
                                  const std::vector<load::KeyValue> &bounds);
    /// Whether the source has a row with lower < key <= upper.
    Result<bool> rowsBetween(load::SourceSession &source, const TableWork &table,
                             const load::KeyValue &lower, const load::KeyValue &upper);
    Result<void> resolveReloadTables(const mapping::MappingPlan &plan);

    // Foreign keys and indexes around a load (task_keys.cpp) --------------------------------
    /// keepAll: the table is kept (TRUNCATE_BEFORE_LOAD, DO_NOTHING): its own keys are added
    /// again as they were too, not from the plan.
    Result<void> detachForeignKeys(load::TargetSession &target, const TableWork &table,
                                   bool keepAll,
                                   const std::set<std::pair<std::string, std::string>> &taskKeys);
    Result<void> dropIndexesForReload(load::TargetSession &target, const TableWork &table);
    void createForeignKeys(load::TargetSession &target, bool reloading, bool foreignKeysDone);
    void restoreDetachedKeys(load::TargetSession &target);

    // Loading (full_load_phase.cpp) -------------------------------------------------------
    void workerLoop();
    SliceResult loadSlice(TableWork &table, SliceWork &slice,
                          std::unique_ptr<load::SourceSession> &source,
                          std::unique_ptr<load::TargetSession> &target);
    SliceResult attemptSlice(TableWork &table, SliceWork &slice, load::SourceSession &source,
                             load::TargetSession &target);
    /// A slice an earlier attempt may have committed, keyed by text or several columns: true
    /// (and the slice and its counts taken as committed) when its slice_status row says so.
    Result<bool> committedBefore(TableWork &table, SliceWork &slice, load::TargetSession &target);
    /// A slice an earlier attempt may have committed, keyed by one integer column: empties its
    /// key range on the target, its exceptions and LOB truncations, in the slice's transaction.
    Result<void> clearSlice(const TableWork &table, const SliceWork &slice,
                            load::TargetSession &target);
    /// Records the slice as completed and commits its transaction.
    SliceResult commitSlice(TableWork &table, SliceWork &slice, load::TargetSession &target,
                            const SliceCounts &counts);
    void undoInflight(TableWork &table, const SliceCounts &counts);
    void reportSlice(const TableWork &table, const SliceWork &slice, const SliceCounts &counts);
    SliceResult handleRejected(TableWork &table, const SliceWork &slice,
                               load::TargetSession &target, const load::RowBatch &batch,
                               const std::vector<load::RejectedRow> &rejected,
                               int64_t &sliceErrors);
    Result<void> finishTable(TableWork &table, load::TargetSession &target);

    // LOBs and row images (task_rows.cpp) --------------------------------------------------
    std::string rowImage(const TableWork &table, const load::RowBatch &batch, size_t row) const;
    std::string targetRow(const TableWork &table, const load::RowBatch &batch, size_t row) const;
    /// The JSON key of a row of the batch as read (TableWork::rowKey).
    std::string rowKeyJson(const TableWork &table, const load::RowBatch &batch, size_t row) const;
    /// Limited LOB mode: the batch with its LOB values longer than the table's maximum cut
    /// (into scratch; the batch itself when nothing is cut), each cut value added to cuts. An
    /// Error (LobTruncated) instead, cutting nothing, when FailTasksOnLobTruncation is set and a
    /// value would be cut.
    Result<const load::RowBatch *>
    applyLobLimits(const TableWork &table, const SliceWork &slice, const load::RowBatch &batch,
                   load::RowBatch &scratch,
                   std::vector<ControlTables::LobTruncationRow> &cuts) const;
    /// Works out table.lob, lobColumns and rowKey from its plan and the settings.
    void planLobs(TableWork &table) const;
};

} // namespace ferry::task
