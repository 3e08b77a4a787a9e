// SPDX-License-Identifier: MIT
#include "engine/task/full_load_runner.h"

#include "engine/connectors/connector.h"
#include "engine/connectors/endpoint.h"
#include "engine/core/tr.h"
#include "engine/load/batch_queue.h"
#include "engine/load/canonical_text.h"
#include "engine/load/load_session.h"
#include "engine/mapping/mapping_plan.h"
#include "engine/task/column_expressions.h"
#include "engine/task/control_tables.h"
#include "engine/task/exceptions.h"
#include "engine/task/load_settings.h"
#include "engine/task/task_clock.h"

#include <QDir>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <climits>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <tuple>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace ferry::task {

namespace {

QString qs(const std::string &text) { return QString::fromStdString(text); }

/// TaskRequest::workerNiceness for the calling thread. Linux keeps a nice value per thread
/// (setpriority on the thread id); raising it needs no privilege. Best effort: a refusal
/// leaves the thread as it was.
void lowerThreadPriority(int niceness)
{
#ifdef __linux__
    if (niceness > 0) {
        const auto thread = static_cast<id_t>(::syscall(SYS_gettid));
        (void)::setpriority(PRIO_PROCESS, thread, std::min(niceness, 19));
    }
#else
    (void)niceness;
#endif
}

std::string tableLabel(const mapping::TablePlan &plan)
{
    return plan.sourceSchema.empty() ? plan.sourceTable
                                     : plan.sourceSchema + "." + plan.sourceTable;
}

Error taskError(ErrorCode code, const QString &message, const std::string &detail = {},
                const QString &hint = {})
{
    Error error{code, ErrorAction::FailTask, message.toStdString()};
    error.detail = detail;
    error.hint = hint.toStdString();
    return error;
}

/// One slice of a table: the unit of parallel loading, of commit and of resume.
struct SliceWork
{
    int number = 0;
    std::optional<int64_t> lower; ///< exclusive
    std::optional<int64_t> upper; ///< inclusive
    bool completed = false;
    bool mayHaveRows = false; ///< an earlier attempt may have committed nothing or everything:
                              ///< delete its range before loading again
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
    std::string keySourceColumn; ///< single integer key used for ranges; "" when none
    std::string keyTargetColumn;
    TableLobMode lob;                ///< how its LOB values move (task settings + lob-settings)
    std::vector<ReadColumn> lobColumns; ///< its LOB columns
    /// The row key of lob_truncations rows: the primary key's columns, or (no primary key)
    /// every column that is not a LOB, values capped (rowKeyIsPrimary false).
    std::vector<ReadColumn> rowKey;
    bool rowKeyIsPrimary = false;
    std::vector<SliceWork> slices;
    bool prepared = false;   ///< target table prepared by an earlier run
    bool needsFinish = false; ///< all slices loaded earlier, keys/indexes pending
    bool reload = false;      ///< TaskRequest::reloadTables: loaded again from scratch
    /// The table existed and TargetTablePrepMode (TRUNCATE_BEFORE_LOAD, DO_NOTHING) keeps it:
    /// its keys, indexes and foreign keys stay as they are (DMS leaves the metadata of
    /// existing tables alone). Kept across resumes in table_status.state "loading-existing".
    bool keptExisting = false;

    std::atomic<int> state{static_cast<int>(TableState::BeforeLoad)};
    std::atomic<int> slicesRemaining{0};
    std::atomic<int> slicesCompleted{0};
    std::atomic<int64_t> committedRead{0};
    std::atomic<int64_t> committedLoaded{0};
    std::atomic<int64_t> committedErrors{0};
    std::atomic<int64_t> inflightRead{0};
    std::atomic<int64_t> inflightLoaded{0};
    std::atomic<int64_t> inflightErrors{0};
    std::atomic<int64_t> committedTruncated{0};
    std::atomic<int64_t> inflightTruncated{0};
    std::atomic<int64_t> bytesRead{0};
    std::atomic<int64_t> bytesWritten{0};
    std::atomic<int64_t> startMs{0};
    std::atomic<int64_t> endMs{0};
    std::atomic<bool> failed{false};
    std::optional<int64_t> totalRows;
    std::mutex errorMutex;
    std::string lastError;
    /// Indexes, keys and foreign keys the target refused (the rows are loaded): one line each.
    std::vector<std::string> objectErrors;

    TableState currentState() const { return static_cast<TableState>(state.load()); }
    void setState(TableState s) { state.store(static_cast<int>(s)); }
};

/// Counters for the task's throughput metrics; only ever grow.
struct Totals
{
    std::atomic<int64_t> rowsRead{0};
    std::atomic<int64_t> rowsWritten{0};
    std::atomic<int64_t> bytesRead{0};
    std::atomic<int64_t> bytesWritten{0};
};

/// Why a slice attempt ended early.
enum class SliceEnd { Done, Retry, TableFailed, TaskFailed, Stopped };

struct SliceResult
{
    SliceEnd end = SliceEnd::Done;
    Error error;
};

std::string joinNames(const std::vector<std::string> &names)
{
    std::string out;
    for (const std::string &name : names)
        out += (out.empty() ? "" : ", ") + name;
    return out;
}

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

/// Bytes of each value a row key without primary key keeps (a text cut on a UTF-8 boundary).
constexpr size_t MaxRowKeyValueBytes = 256;

/// Cuts text at most maxBytes long on a UTF-8 boundary (binary: exactly maxBytes).
size_t lobCut(std::string_view value, size_t maxBytes, bool text)
{
    if (value.size() <= maxBytes)
        return value.size();
    size_t cut = maxBytes;
    if (text) {
        while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xc0) == 0x80)
            --cut;
    }
    return cut;
}

} // namespace

struct FullLoadRunner::Impl
{
    TaskRequest request;
    TaskCallbacks callbacks;
    LoadSettings settings;
    std::unique_ptr<TaskLog> log;
    std::unique_ptr<ControlTables> control;
    std::vector<std::unique_ptr<TableWork>> tables;
    Totals totals;

    std::atomic<bool> stopRequested{false};
    std::atomic<bool> taskFailed{false};
    std::atomic<int> state{static_cast<int>(TaskState::Created)};
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

    std::atomic<int> tableErrors{0};

    // Reload table (TaskRequest::reloadTables), resolved against the plan: source names.
    std::set<std::pair<std::string, std::string>> reloadKeys;

    void setState(TaskState s) { state.store(static_cast<int>(s)); }

    void warn(LogComponent component, const std::string &message)
    {
        {
            std::lock_guard lock(warningsMutex);
            warnings.push_back(message);
        }
        log->log(component, LogSeverity::Warning, message);
    }

    void failTask(const Error &error)
    {
        {
            std::lock_guard lock(failureMutex);
            if (!taskFailed.load())
                failure = error;
        }
        taskFailed.store(true);
        log->log(LogComponent::TaskManager, LogSeverity::Error, error.toString());
        cancelActive();
    }

    void cancelActive()
    {
        std::lock_guard lock(activeMutex);
        for (load::TableReader *reader : activeReaders)
            reader->cancel();
        for (load::TableWriter *writer : activeWriters)
            writer->cancel();
    }

    bool shouldStop() const { return stopRequested.load() || taskFailed.load(); }

    // Snapshots ---------------------------------------------------------------------------

    TaskSnapshot snapshot()
    {
        TaskSnapshot s;
        s.taskName = request.name;
        s.state = static_cast<TaskState>(state.load());
        s.timestampMs = nowMs();
        s.elapsedMs = startedMs ? s.timestampMs - startedMs : 0;
        for (const auto &table : tables) {
            TableStatistics t;
            t.schema = table->plan.sourceSchema;
            t.table = table->plan.sourceTable;
            t.targetSchema = table->plan.target.schema;
            t.targetTable = table->plan.target.name;
            t.state = table->currentState();
            t.rowsRead = table->committedRead.load() + table->inflightRead.load();
            t.fullLoadRows = table->committedLoaded.load() + table->inflightLoaded.load();
            t.fullLoadErrorRows = table->committedErrors.load() + table->inflightErrors.load();
            t.fullLoadTruncatedLobs = table->committedTruncated.load()
                                      + table->inflightTruncated.load();
            t.lobMaxSizeKb = table->lob.limited ? table->lob.maxSizeKb : 0;
            t.totalRows = table->totalRows;
            t.bytesRead = table->bytesRead.load();
            t.bytesWritten = table->bytesWritten.load();
            t.slices = static_cast<int>(table->slices.size());
            t.slicesCompleted = table->slicesCompleted.load();
            const int64_t start = table->startMs.load();
            const int64_t end = table->endMs.load();
            if (start)
                t.startTimeMs = start;
            if (end)
                t.endTimeMs = end;
            t.elapsedMs = start ? (end ? end : s.timestampMs) - start : 0;
            {
                std::lock_guard lock(table->errorMutex);
                t.lastError = table->lastError;
                t.objectErrors = table->objectErrors;
            }
            s.tables.push_back(std::move(t));
        }
        // Throughput over the last two seconds (from the start while the run is younger: the
        // counters count this run only, so the first snapshot shows a rate, not 0).
        if (samples.empty() && startedMs)
            samples.push_back(Sample{startedMs, 0, 0, 0, 0});
        const Sample now{s.timestampMs, totals.rowsRead.load(), totals.rowsWritten.load(),
                         totals.bytesRead.load(), totals.bytesWritten.load()};
        samples.push_back(now);
        while (samples.size() > 2 && now.ms - samples.front().ms > 2000)
            samples.pop_front();
        const Sample &first = samples.front();
        const double seconds = static_cast<double>(now.ms - first.ms) / 1000.0;
        if (seconds > 0) {
            s.metrics.fullLoadThroughputRowsSource = (now.rowsRead - first.rowsRead) / seconds;
            s.metrics.fullLoadThroughputRowsTarget = (now.rowsWritten - first.rowsWritten)
                                                     / seconds;
            s.metrics.fullLoadThroughputBandwidthSource = (now.bytesRead - first.bytesRead)
                                                          / 1024.0 / seconds;
            s.metrics.fullLoadThroughputBandwidthTarget = (now.bytesWritten - first.bytesWritten)
                                                          / 1024.0 / seconds;
        }
        s.metrics.memoryUsageBytes = residentMemoryBytes();
        if (taskFailed.load()) {
            std::lock_guard lock(failureMutex);
            s.lastFailureMessage = failure.toString();
        }
        return s;
    }

    void publish(const TaskSnapshot &s)
    {
        if (statisticsFile) {
            const std::string line = s.toJsonLine();
            std::fwrite(line.data(), 1, line.size(), statisticsFile);
            std::fputc('\n', statisticsFile);
            std::fflush(statisticsFile);
        }
        if (callbacks.snapshot)
            callbacks.snapshot(s);
    }

    void samplerLoop()
    {
        std::unique_lock lock(samplerMutex);
        while (!samplerDone) {
            samplerWake.wait_for(lock, std::chrono::milliseconds(request.snapshotIntervalMs));
            if (samplerDone)
                break;
            lock.unlock();
            publish(snapshot());
            lock.lock();
        }
    }

    // Planning ----------------------------------------------------------------------------

    Result<void> prepareTables(load::TargetSession &target, load::SourceSession &source,
                               const mapping::MappingPlan &plan, bool resuming);
    Result<std::vector<SliceWork>> computeSlices(load::SourceSession &source, TableWork &table);
    Result<void> resolveReloadTables(const mapping::MappingPlan &plan);
    /// keepAll: the table is kept (TRUNCATE_BEFORE_LOAD, DO_NOTHING): its own keys are added
    /// again as they were too, not from the plan.
    Result<void> detachForeignKeys(load::TargetSession &target, const TableWork &table,
                                   bool keepAll,
                                   const std::set<std::pair<std::string, std::string>> &taskKeys);
    Result<void> dropIndexesForReload(load::TargetSession &target, const TableWork &table);

    // Loading -----------------------------------------------------------------------------

    void workerLoop();
    SliceResult loadSlice(TableWork &table, SliceWork &slice,
                          std::unique_ptr<load::SourceSession> &source,
                          std::unique_ptr<load::TargetSession> &target);
    SliceResult attemptSlice(TableWork &table, SliceWork &slice, load::SourceSession &source,
                             load::TargetSession &target);
    SliceResult handleRejected(TableWork &table, const SliceWork &slice,
                               load::TargetSession &target, const load::RowBatch &batch,
                               const std::vector<load::RejectedRow> &rejected,
                               int64_t &sliceErrors);
    Result<void> finishTable(TableWork &table, load::TargetSession &target);
    /// Logs what building a table's objects came to; failures are kept with the table (its
    /// statistics, the summary, table_status.last_error), they do not fail it.
    void reportObjects(TableWork &table, const load::ObjectsOutcome &outcome);
    void reportObjectFailure(TableWork &table, const Error &error);
    /// The table's object failures as stored in table_status.last_error of a completed table.
    std::string objectErrorText(TableWork &table);
    void createForeignKeys(load::TargetSession &target, bool reloading, bool foreignKeysDone);
    void restoreDetachedKeys(load::TargetSession &target);
    void failTable(TableWork &table, const Error &error, load::TargetSession *target);
    std::string rowImage(const TableWork &table, const load::RowBatch &batch, size_t row) const;
    std::string targetRow(const TableWork &table, const load::RowBatch &batch, size_t row) const;
    /// The JSON key of a row of the batch as read (TableWork::rowKey).
    std::string rowKeyJson(const TableWork &table, const load::RowBatch &batch, size_t row) const;
    /// Limited LOB mode: the batch with its LOB values longer than the table's maximum cut
    /// (into scratch; the batch itself when nothing is cut), each cut value added to cuts. An
    /// Error (LobTruncated) instead, cutting nothing, when FailTasksOnLobTruncation is set and a
    /// value would be cut.
    Result<const load::RowBatch *> applyLobLimits(
        const TableWork &table, const SliceWork &slice, const load::RowBatch &batch,
        load::RowBatch &scratch, std::vector<ControlTables::LobTruncationRow> &cuts) const;
    /// Works out table.lob, lobColumns and rowKey from its plan and the settings.
    void planLobs(TableWork &table) const;
};

// Planning ------------------------------------------------------------------------------------

Result<std::vector<SliceWork>> FullLoadRunner::Impl::computeSlices(load::SourceSession &source,
                                                                   TableWork &table)
{
    std::vector<SliceWork> slices;
    const mapping::ParallelLoad &parallel = table.plan.parallelLoad;
    auto addRange = [&](std::optional<int64_t> lower, std::optional<int64_t> upper) {
        SliceWork slice;
        slice.number = static_cast<int>(slices.size());
        slice.lower = lower;
        slice.upper = upper;
        slices.push_back(slice);
    };

    if (parallel.type == mapping::ParallelLoad::Type::Ranges) {
        std::vector<int64_t> bounds;
        bool numeric = parallel.columns.size() == 1 && !table.keySourceColumn.empty()
                       && parallel.columns[0] == table.keySourceColumn;
        for (const auto &boundary : parallel.boundaries) {
            int64_t value = 0;
            if (boundary.size() != 1
                || std::from_chars(boundary[0].data(), boundary[0].data() + boundary[0].size(),
                                   value)
                           .ec
                       != std::errc()) {
                numeric = false;
                break;
            }
            bounds.push_back(value);
        }
        if (numeric && !bounds.empty()) {
            std::sort(bounds.begin(), bounds.end());
            std::optional<int64_t> lower;
            for (int64_t bound : bounds) {
                addRange(lower, bound);
                lower = bound;
            }
            addRange(lower, std::nullopt);
            return slices;
        }
        warn(LogComponent::TaskManager,
             EngineTr::tr("Table %1: parallel-load ranges (rule %2) need one integer key column "
                          "of the table's primary key; the table loads as one slice.")
                 .arg(qs(tableLabel(table.plan)), qs(parallel.ruleId))
                 .toStdString());
    } else if (parallel.type != mapping::ParallelLoad::Type::None) {
        log->log(LogComponent::TaskManager, LogSeverity::Info,
                 EngineTr::tr("Table %1: parallel-load by partitions (rule %2) is done with "
                              "key ranges.")
                     .arg(qs(tableLabel(table.plan)), qs(parallel.ruleId))
                     .toStdString());
    }

    const bool autoSlice = settings.sliceRows > 0 && !table.keySourceColumn.empty()
                           && table.totalRows && *table.totalRows > settings.sliceRows;
    if (autoSlice || (parallel.type != mapping::ParallelLoad::Type::None
                      && parallel.type != mapping::ParallelLoad::Type::Ranges
                      && !table.keySourceColumn.empty())) {
        auto bounds = source.keyBounds(table.plan.sourceSchema, table.plan.sourceTable,
                                       table.keySourceColumn, table.plan.filters);
        if (!bounds)
            return bounds.error();
        if (bounds->minimum && bounds->maximum) {
            const int64_t rows = std::max<int64_t>(1, table.totalRows.value_or(1));
            const int64_t sliceRows = settings.sliceRows > 0 ? settings.sliceRows : rows;
            int64_t count = std::max<int64_t>(
                1, std::min<int64_t>((rows + sliceRows - 1) / sliceRows, 1024));
            if (!autoSlice)
                count = std::max<int64_t>(count, settings.maxFullLoadSubTasks);
            const int64_t minimum = *bounds->minimum;
            const int64_t maximum = *bounds->maximum;
            // Width of the key space as unsigned so min..max never overflows.
            const uint64_t span = static_cast<uint64_t>(maximum) - static_cast<uint64_t>(minimum);
            const uint64_t step = std::max<uint64_t>(1, span / static_cast<uint64_t>(count) + 1);
            std::optional<int64_t> lower;
            uint64_t offset = step;
            for (int64_t i = 0; i + 1 < count && offset <= span; ++i, offset += step) {
                const int64_t upper = static_cast<int64_t>(static_cast<uint64_t>(minimum)
                                                           + offset - 1);
                addRange(lower, upper);
                lower = upper;
            }
            addRange(lower, std::nullopt);
            return slices;
        }
    }
    addRange(std::nullopt, std::nullopt);
    return slices;
}

Result<void> FullLoadRunner::Impl::prepareTables(load::TargetSession &target,
                                                 load::SourceSession &source,
                                                 const mapping::MappingPlan &plan, bool resuming)
{
    std::map<std::pair<std::string, std::string>, ControlTables::TableRow> stored;
    // Truncated LOB values of the slices an earlier run committed (their statistics).
    std::map<std::tuple<std::string, std::string, int>, int64_t> truncatedBySlice;
    if (resuming) {
        auto rows = control->tables(target, request.name);
        if (!rows)
            return rows.error();
        for (ControlTables::TableRow &row : *rows)
            stored[{row.sourceSchema, row.sourceTable}] = std::move(row);
        auto counts = control->lobTruncationCounts(target, request.name);
        if (!counts)
            return counts.error();
        for (const ControlTables::LobTruncationCount &count : *counts)
            truncatedBySlice[{count.sourceSchema, count.sourceTable, count.slice}] = count.values;
    }

    for (const mapping::TablePlan &tablePlan : plan.tables) {
        auto table = std::make_unique<TableWork>();
        table->plan = tablePlan;
        if (!settings.supportLobs) {
            // SupportLobs=false: LOB columns are not migrated (DMS).
            std::vector<mapping::ColumnPlan> kept;
            std::vector<load::TargetColumn> keptTarget;
            for (const mapping::ColumnPlan &column : table->plan.columns) {
                if (column.source.type.isLob)
                    continue;
                kept.push_back(column);
                keptTarget.push_back(column.target);
            }
            table->plan.columns = std::move(kept);
            table->plan.target.columns = std::move(keptTarget);
        }
        planLobs(*table);
        if (!table->lob.ruleId.empty()) {
            log->log(LogComponent::TaskManager, LogSeverity::Info,
                     (table->lob.limited
                          ? EngineTr::tr("Table %1: limited LOB mode, LOB values longer than "
                                         "%3 KB are truncated (lob-settings of table-settings "
                                         "rule %2).")
                                .arg(qs(tableLabel(tablePlan)), qs(table->lob.ruleId))
                                .arg(table->lob.maxSizeKb)
                          : EngineTr::tr("Table %1: full LOB mode, LOB values are moved whole "
                                         "(lob-settings of table-settings rule %2).")
                                .arg(qs(tableLabel(tablePlan)), qs(table->lob.ruleId)))
                         .toStdString());
        }
        table->totalRows = tablePlan.rowEstimate;
        if (!table->totalRows) {
            auto estimate = source.estimateRows(tablePlan.sourceSchema, tablePlan.sourceTable);
            if (estimate)
                table->totalRows = *estimate;
        }
        // A single integer primary key column allows key ranges.
        if (tablePlan.target.primaryKey && tablePlan.target.primaryKey->columns.size() == 1) {
            const std::string &targetKey = tablePlan.target.primaryKey->columns[0];
            for (const mapping::ColumnPlan &column : tablePlan.columns) {
                if (column.target.name == targetKey && !column.source.name.empty()
                    && column.source.type.family == TypeFamily::Integer
                    && !(column.source.type.isUnsigned && column.source.type.byteWidth == 8)) {
                    table->keySourceColumn = column.source.name;
                    table->keyTargetColumn = targetKey;
                }
            }
        }
        const auto found = stored.find({tablePlan.sourceSchema, tablePlan.sourceTable});
        table->reload = reloadKeys.count({tablePlan.sourceSchema, tablePlan.sourceTable}) > 0;
        if (!table->reload && found != stored.end() && !found->second.slices.empty()
            && found->second.state != "queued" && found->second.state != "error") {
            const ControlTables::TableRow &row = found->second;
            table->prepared = true;
            for (const ControlTables::SliceRow &sliceRow : row.slices) {
                SliceWork slice;
                slice.number = sliceRow.number;
                slice.lower = sliceRow.lower;
                slice.upper = sliceRow.upper;
                slice.completed = sliceRow.state == "completed";
                slice.mayHaveRows = !slice.completed;
                if (slice.completed) {
                    table->committedRead += sliceRow.rowsRead;
                    table->committedLoaded += sliceRow.rowsLoaded;
                    table->committedErrors += sliceRow.errorRows;
                    const auto cut = truncatedBySlice.find(
                        {tablePlan.sourceSchema, tablePlan.sourceTable, sliceRow.number});
                    if (cut != truncatedBySlice.end())
                        table->committedTruncated += cut->second;
                    ++table->slicesCompleted;
                }
                table->slices.push_back(slice);
            }
            table->keptExisting = row.state == "loading-existing";
            if (row.state == "completed") {
                table->setState(TableState::Completed);
                // Objects the target refused when the table was finished (objectErrorText).
                for (size_t start = 0; start < row.lastError.size();) {
                    size_t end = row.lastError.find('\n', start);
                    if (end == std::string::npos)
                        end = row.lastError.size();
                    table->objectErrors.push_back(row.lastError.substr(start, end - start));
                    start = end + 1;
                }
                // Loaded by an earlier run: its statistics keep that run's load time.
                if (row.startedMs && row.endedMs && *row.endedMs >= *row.startedMs) {
                    table->startMs = *row.startedMs;
                    table->endMs = *row.endedMs;
                }
            } else if (table->slicesCompleted.load()
                       == static_cast<int>(table->slices.size())) {
                table->needsFinish = true;
            }
            log->log(LogComponent::TaskManager, LogSeverity::Info,
                     EngineTr::tr("Resuming table %1: %2 of %3 slices already loaded.")
                         .arg(qs(tableLabel(tablePlan)))
                         .arg(table->slicesCompleted.load())
                         .arg(table->slices.size())
                         .toStdString());
        } else {
            auto slices = computeSlices(source, *table);
            if (!slices)
                return slices.error();
            table->slices = std::move(*slices);
            if (table->reload) {
                // DO_NOTHING keeps the target table: its rows go, slice by slice, in the
                // transaction that loads the slice again (the slices cover every key).
                if (settings.prepMode == TablePrepMode::DoNothing) {
                    for (SliceWork &slice : table->slices)
                        slice.mayHaveRows = true;
                }
                log->log(LogComponent::TaskManager, LogSeverity::Info,
                         EngineTr::tr("Reloading table %1 from scratch (%2 slices, %3).")
                             .arg(qs(tableLabel(tablePlan)))
                             .arg(table->slices.size())
                             .arg(QString::fromLatin1(tablePrepModeName(settings.prepMode)))
                             .toStdString());
            }
            if (found != stored.end()) {
                // Queued or failed in an earlier run, or reloaded: start the table over.
                for (const char *t :
                     {"table_status", "slice_status", "exceptions", "lob_truncations"}) {
                    if (auto done = target.execute(
                            "DELETE FROM " + control->name(t)
                                + " WHERE task_name = ? AND source_schema = ? AND source_table = ?",
                            {request.name, tablePlan.sourceSchema, tablePlan.sourceTable});
                        !done)
                        return done;
                }
            }
            std::vector<ControlTables::SliceRow> rows;
            for (const SliceWork &slice : table->slices)
                rows.push_back({slice.number, slice.lower, slice.upper, "pending", 0, 0, 0});
            if (auto added = control->addTable(target, request.name, tablePlan.sourceSchema,
                                               tablePlan.sourceTable, tablePlan.target.schema,
                                               tablePlan.target.name, rows);
                !added)
                return added;
        }
        int remaining = 0;
        for (const SliceWork &slice : table->slices)
            remaining += slice.completed ? 0 : 1;
        table->slicesRemaining = remaining;
        tables.push_back(std::move(table));
    }
    return {};
}

Result<void> FullLoadRunner::Impl::resolveReloadTables(const mapping::MappingPlan &plan)
{
    for (const auto &[schema, table] : request.reloadTables) {
        std::vector<const mapping::TablePlan *> matches;
        for (const mapping::TablePlan &candidate : plan.tables) {
            if (candidate.sourceTable == table
                && (schema.empty() || candidate.sourceSchema == schema))
                matches.push_back(&candidate);
        }
        const std::string label = schema.empty() ? table : schema + "." + table;
        if (matches.size() == 1) {
            reloadKeys.insert({matches[0]->sourceSchema, matches[0]->sourceTable});
            continue;
        }
        std::vector<std::string> names;
        for (const mapping::TablePlan &candidate : plan.tables) {
            if (names.size() == 10) {
                names.push_back("...");
                break;
            }
            names.push_back(tableLabel(candidate));
        }
        if (matches.empty()) {
            return taskError(ErrorCode::Usage,
                             EngineTr::tr("Table %1 cannot be reloaded: the table mapping of "
                                          "task %2 does not select it from the source.")
                                 .arg(qs(label), qs(request.name)),
                             "selected tables: " + joinNames(names),
                             EngineTr::tr("Give the source schema and table exactly as the "
                                          "source catalog names them (names are "
                                          "case-sensitive), or add a selection rule for the "
                                          "table and run the task with --resume."));
        }
        std::vector<std::string> found;
        for (const mapping::TablePlan *match : matches)
            found.push_back(tableLabel(*match));
        return taskError(ErrorCode::Usage,
                         EngineTr::tr("Table %1 cannot be reloaded: the task selects a table of "
                                      "that name in more than one schema.")
                             .arg(qs(label)),
                         "matching tables: " + joinNames(found),
                         EngineTr::tr("Name the table with its schema (SCHEMA.TABLE)."));
    }
    return {};
}

Result<void> FullLoadRunner::Impl::detachForeignKeys(
    load::TargetSession &target, const TableWork &table, bool keepAll,
    const std::set<std::pair<std::string, std::string>> &taskKeys)
{
    // The keys in the way of emptying and loading the table (TargetSession::
    // foreignKeysInTheWay) are dropped. The table's own keys are created again from the plan
    // after the load, as in a normal load; other tables' keys -- and every key of a kept
    // table -- are added again as they were. Those are recorded in the control table
    // detached_keys in the transaction that drops them, so that a killed run's resume still
    // adds them.
    const load::TargetTable &t = table.plan.target;
    auto keys = target.foreignKeysInTheWay(t.schema, t.name);
    if (!keys)
        return keys.error();
    for (const load::ExistingForeignKey &key : *keys) {
        const bool restore
            = keepAll || (!key.ownedByTable && !taskKeys.count({key.schema, key.table}));
        if (auto dropped = committed(target, [&] {
                if (restore) {
                    if (auto kept = control->addDetachedKey(
                            target, request.name,
                            {key.schema, key.table, key.name, key.definition});
                        !kept)
                        return kept;
                }
                return target.dropForeignKey(key);
            });
            !dropped)
            return dropped;
    }
    return {};
}

Result<void> FullLoadRunner::Impl::dropIndexesForReload(load::TargetSession &target,
                                                        const TableWork &table)
{
    // TRUNCATE_BEFORE_LOAD and DO_NOTHING keep the table and so its indexes and unique keys
    // (and the primary key Ferry adds after the load with CreatePkAfterFullLoad): they go, so
    // that the load is as fast as a normal one and finishTable() builds them as a normal load
    // does.
    const load::TargetTable &t = table.plan.target;
    const bool primaryToo = settings.createPkAfterFullLoad && t.primaryKey.has_value();
    return target.dropIndexesAndKeys(t.schema, t.name, primaryToo);
}

// Target preparation for one table (DDL), before its first slice. True: an existing table was
// kept (TRUNCATE_BEFORE_LOAD, DO_NOTHING); false: the table was created.
static Result<bool> prepareTarget(load::TargetSession &target, const mapping::TablePlan &plan,
                                  const LoadSettings &settings)
{
    const load::TargetTable &t = plan.target;
    const bool withPk = !settings.createPkAfterFullLoad;
    auto create = [&]() -> Result<bool> {
        if (auto created = target.createTable(t, withPk); !created)
            return created.error();
        return false;
    };
    switch (settings.prepMode) {
    case TablePrepMode::DropAndCreate:
        if (auto dropped = target.dropTable(t.schema, t.name); !dropped)
            return dropped.error();
        return create();
    case TablePrepMode::TruncateBeforeLoad: {
        auto exists = target.tableExists(t.schema, t.name);
        if (!exists)
            return exists.error();
        if (!*exists)
            return create();
        if (auto truncated = target.truncateTable(t.schema, t.name); !truncated)
            return truncated.error();
        return true;
    }
    case TablePrepMode::DoNothing: {
        auto exists = target.tableExists(t.schema, t.name);
        if (!exists)
            return exists.error();
        if (!*exists)
            return create();
        return true;
    }
    }
    return false;
}

// Loading -------------------------------------------------------------------------------------

std::string FullLoadRunner::Impl::rowImage(const TableWork &table, const load::RowBatch &batch,
                                           size_t row) const
{
    // The batch's first columns are the source columns (added columns follow them).
    std::vector<std::string> names;
    for (const mapping::ColumnPlan &plan : table.plan.columns) {
        if (!plan.source.name.empty())
            names.push_back(plan.source.name);
    }
    // Whole values (up to MaxImageValueBytes): re-applying with changed mapping rules derives
    // the row from this image again.
    return rowImageJson(names, batch, row, MaxImageValueBytes, false);
}

std::string FullLoadRunner::Impl::targetRow(const TableWork &table, const load::RowBatch &batch,
                                            size_t row) const
{
    // The batch as written (every target column), or as read when an add-column expression
    // refused the row (the source columns only, under their target names).
    const bool complete = batch.columnCount() == table.plan.columns.size();
    std::vector<std::string> names;
    for (const mapping::ColumnPlan &plan : table.plan.columns) {
        if (complete || !plan.source.name.empty())
            names.push_back(plan.target.name);
    }
    return rowImageJson(names, batch, row, MaxImageValueBytes, false);
}

void FullLoadRunner::Impl::planLobs(TableWork &table) const
{
    const mapping::TablePlan &plan = table.plan;
    table.lob = tableLobMode(settings, plan.lobSettings ? &*plan.lobSettings : nullptr);
    table.lobColumns.clear();
    table.rowKey.clear();
    std::map<std::string, ReadColumn> byTargetName;
    std::vector<ReadColumn> nonLob;
    size_t index = 0;
    for (const mapping::ColumnPlan &column : plan.columns) {
        if (column.source.name.empty())
            continue;
        const TypeFamily family = column.source.type.family;
        const ReadColumn read{column.source.name, index++,
                              family != TypeFamily::VarBinary && family != TypeFamily::Binary};
        byTargetName[column.target.name] = read;
        if (column.source.type.isLob)
            table.lobColumns.push_back(read);
        else
            nonLob.push_back(read);
    }
    table.rowKeyIsPrimary = plan.target.primaryKey && !plan.target.primaryKey->columns.empty();
    if (table.rowKeyIsPrimary) {
        for (const std::string &key : plan.target.primaryKey->columns) {
            const auto found = byTargetName.find(key);
            if (found == byTargetName.end()) {
                table.rowKeyIsPrimary = false; // a key column an add-column rule computes
                table.rowKey.clear();
                break;
            }
            table.rowKey.push_back(found->second);
        }
    }
    if (!table.rowKeyIsPrimary)
        table.rowKey = std::move(nonLob);
}

std::string FullLoadRunner::Impl::rowKeyJson(const TableWork &table, const load::RowBatch &batch,
                                             size_t row) const
{
    std::string out = "{";
    for (const ReadColumn &key : table.rowKey) {
        if (out.size() > 1)
            out += ',';
        load::appendJsonString(out, key.name);
        out += ':';
        if (batch.isNull(key.index, row)) {
            out += "null";
            continue;
        }
        std::string_view value = batch.cell(key.index, row);
        if (!table.rowKeyIsPrimary)
            value = value.substr(0, lobCut(value, MaxRowKeyValueBytes, true));
        load::appendJsonString(out, value);
    }
    out += '}';
    return out;
}

Result<const load::RowBatch *> FullLoadRunner::Impl::applyLobLimits(
    const TableWork &table, const SliceWork &slice, const load::RowBatch &batch,
    load::RowBatch &scratch, std::vector<ControlTables::LobTruncationRow> &cuts) const
{
    if (!table.lob.limited || table.lobColumns.empty())
        return &batch;
    const size_t maxBytes = table.lob.maxBytes();
    auto tooLong = [&](const ReadColumn &column, size_t row) {
        return !batch.isNull(column.index, row) && batch.cell(column.index, row).size() > maxBytes;
    };
    bool needed = false;
    for (size_t row = 0; row < batch.rowCount() && !needed; ++row) {
        for (const ReadColumn &column : table.lobColumns)
            needed = needed || tooLong(column, row);
    }
    if (!needed)
        return &batch;
    if (settings.failTasksOnLobTruncation) {
        for (size_t row = 0; row < batch.rowCount(); ++row) {
            for (const ReadColumn &column : table.lobColumns) {
                if (!tooLong(column, row))
                    continue;
                Error error{ErrorCode::LobTruncated, ErrorAction::FailTask,
                            EngineTr::tr("Table %1: the value of column %2 in the row %3 is %4 "
                                         "bytes long, more than the %5 KB of limited LOB mode, "
                                         "and FailTasksOnLobTruncation stops the task instead of "
                                         "truncating it.")
                                .arg(qs(tableLabel(table.plan)), qs(column.name),
                                     qs(rowKeyJson(table, batch, row)))
                                .arg(batch.cell(column.index, row).size())
                                .arg(table.lob.maxSizeKb)
                                .toStdString()};
                error.detail = (table.lob.ruleId.empty()
                                    ? std::string("TargetMetadata.LobMaxSize")
                                    : "bulk-max-size of the lob-settings of table-settings rule "
                                          + table.lob.ruleId)
                               + " = " + std::to_string(table.lob.maxSizeKb) + " KB";
                error.hint = EngineTr::tr("Raise the maximum above the largest value, use full "
                                          "LOB mode (TargetMetadata.FullLobMode true, or "
                                          "lob-settings mode unlimited), or set "
                                          "FailTasksOnLobTruncation to false to truncate the "
                                          "values and list them in lob_truncations.")
                                 .toStdString();
                error.location = tableLabel(table.plan) + "." + column.name;
                return error;
            }
        }
    }
    // Copies the batch with the long values cut (a limited batch is small: at most
    // StreamBufferSizeInMB of cells, each LOB at most the maximum).
    std::vector<const ReadColumn *> lobOf(batch.columnCount(), nullptr);
    for (const ReadColumn &column : table.lobColumns)
        lobOf[column.index] = &column;
    scratch.reset(batch.columnCount());
    for (size_t row = 0; row < batch.rowCount(); ++row) {
        std::string key;
        for (size_t column = 0; column < batch.columnCount(); ++column) {
            if (batch.isNull(column, row)) {
                scratch.appendNull(column);
                continue;
            }
            std::string_view value = batch.cell(column, row);
            if (const ReadColumn *lob = lobOf[column]; lob && value.size() > maxBytes) {
                const size_t kept = lobCut(value, maxBytes, lob->text);
                if (key.empty())
                    key = rowKeyJson(table, batch, row);
                cuts.push_back({table.plan.sourceSchema, table.plan.sourceTable, slice.number,
                                lob->name, key, static_cast<int64_t>(value.size()),
                                static_cast<int64_t>(kept)});
                value = value.substr(0, kept);
            }
            scratch.appendCell(column, value);
        }
        scratch.finishRow();
    }
    return &scratch;
}

void FullLoadRunner::Impl::failTable(TableWork &table, const Error &error,
                                     load::TargetSession *target)
{
    table.failed = true;
    table.setState(settings.tableErrorPolicy == TablePolicy::SuspendTable ? TableState::Suspended
                                                                          : TableState::Error);
    table.endMs = nowMs();
    {
        std::lock_guard lock(table.errorMutex);
        table.lastError = error.toString();
    }
    log->log(LogComponent::TableManager, LogSeverity::Error,
             EngineTr::tr("Table %1 failed and is suspended: %2")
                 .arg(qs(tableLabel(table.plan)), qs(error.toString()))
                 .toStdString());
    if (target) {
        (void)committed(*target, [&] {
            return control->setTableState(*target, request.name, table.plan.sourceSchema,
                                          table.plan.sourceTable, "error", error.toString(),
                                          table.startMs.load());
        });
    }
    const int errors = ++tableErrors;
    if (settings.tableErrorPolicy == TablePolicy::StopTask
        || (settings.tableErrorEscalationCount > 0
            && errors >= settings.tableErrorEscalationCount)) {
        Error stop = error;
        stop.message = EngineTr::tr("The task stopped because table %1 failed (TableErrorPolicy).")
                           .arg(qs(tableLabel(table.plan)))
                           .toStdString();
        stop.detail = error.toString();
        failTask(stop);
    }
}

SliceResult FullLoadRunner::Impl::handleRejected(TableWork &table, const SliceWork &slice,
                                                 load::TargetSession &target,
                                                 const load::RowBatch &batch,
                                                 const std::vector<load::RejectedRow> &rejected,
                                                 int64_t &sliceErrors)
{
    for (const load::RejectedRow &bad : rejected) {
        const RecordPolicy policy = bad.truncation ? settings.dataTruncationErrorPolicy
                                                   : settings.dataErrorPolicy;
        if (policy == RecordPolicy::StopTask) {
            Error error = bad.error;
            error.message = EngineTr::tr("Table %1: a row was rejected and DataErrorPolicy is "
                                         "STOP_TASK: %2")
                                .arg(qs(tableLabel(table.plan)), qs(bad.error.message))
                                .toStdString();
            return {SliceEnd::TaskFailed, error};
        }
        if (policy == RecordPolicy::SuspendTable)
            return {SliceEnd::TableFailed, bad.error};
        ++sliceErrors;
        ++table.inflightErrors;
        if (policy == RecordPolicy::LogError) {
            ControlTables::ExceptionRow row;
            row.sourceSchema = table.plan.sourceSchema;
            row.sourceTable = table.plan.sourceTable;
            row.targetSchema = table.plan.target.schema;
            row.targetTable = table.plan.target.name;
            row.slice = slice.number;
            row.column = bad.column;
            row.error = bad.error.message;
            row.detail = bad.error.detail;
            row.rowImage = rowImage(table, batch, bad.row);
            row.targetRow = targetRow(table, batch, bad.row);
            if (auto added = control->addException(target, request.name, row); !added)
                return {added.error().action == ErrorAction::Retry ? SliceEnd::Retry
                                                                   : SliceEnd::TableFailed,
                        added.error()};
        }
        const int64_t tableErrorCount = table.committedErrors.load() + table.inflightErrors.load();
        if (settings.dataErrorEscalationCount > 0
            && tableErrorCount >= settings.dataErrorEscalationCount) {
            Error error = bad.error;
            error.message = EngineTr::tr("Table %1 reached DataErrorEscalationCount (%2 rejected "
                                         "rows).")
                                .arg(qs(tableLabel(table.plan)))
                                .arg(tableErrorCount)
                                .toStdString();
            return {settings.dataErrorEscalationPolicy == TablePolicy::StopTask
                        ? SliceEnd::TaskFailed
                        : SliceEnd::TableFailed,
                    error};
        }
    }
    return {};
}

SliceResult FullLoadRunner::Impl::attemptSlice(TableWork &table, SliceWork &slice,
                                               load::SourceSession &source,
                                               load::TargetSession &target)
{
    auto classify = [](const Error &error) {
        if (error.code == ErrorCode::Cancelled)
            return SliceEnd::Stopped;
        return error.action == ErrorAction::Retry ? SliceEnd::Retry : SliceEnd::TableFailed;
    };

    if (auto begun = target.begin(); !begun)
        return {classify(begun.error()), begun.error()};
    auto rollback = [&] { (void)target.rollback(); };

    std::optional<load::KeyRange> sourceRange;
    std::optional<load::KeyRange> targetRange;
    if (slice.lower || slice.upper) {
        sourceRange = load::KeyRange{table.keySourceColumn, slice.lower, slice.upper};
        targetRange = load::KeyRange{table.keyTargetColumn, slice.lower, slice.upper};
    }
    if (slice.mayHaveRows) {
        if (auto deleted = target.deleteRows(table.plan.target.schema, table.plan.target.name,
                                             targetRange);
            !deleted) {
            rollback();
            return {classify(deleted.error()), deleted.error()};
        }
        if (auto cleared = control->clearSliceExceptions(target, request.name,
                                                         table.plan.sourceSchema,
                                                         table.plan.sourceTable, slice.number);
            !cleared) {
            rollback();
            return {classify(cleared.error()), cleared.error()};
        }
        if (auto cleared = control->clearSliceLobTruncations(target, request.name,
                                                             table.plan.sourceSchema,
                                                             table.plan.sourceTable, slice.number);
            !cleared) {
            rollback();
            return {classify(cleared.error()), cleared.error()};
        }
    }

    auto expressions = ColumnExpressions::create(table.plan);
    if (!expressions) {
        rollback();
        return {SliceEnd::TableFailed, expressions.error()};
    }
    load::RowBatch computed;
    std::vector<load::RejectedRow> expressionRejects;

    load::ReadRequest readRequest = table.plan.readRequest();
    readRequest.range = sourceRange;
    auto writer = target.openWriter(table.plan.writeRequest());
    if (!writer) {
        rollback();
        return {classify(writer.error()), writer.error()};
    }
    auto reader = source.openReader(readRequest);
    if (!reader) {
        rollback();
        return {classify(reader.error()), reader.error()};
    }
    {
        std::lock_guard lock(activeMutex);
        activeReaders.insert(reader->get());
        activeWriters.insert(writer->get());
    }
    if (shouldStop()) {
        (*reader)->cancel();
        (*writer)->cancel();
    }

    const size_t columnCount = readRequest.columns.size();
    load::BatchLimits limits;
    limits.maxRows = static_cast<size_t>(std::max<int64_t>(1, settings.commitRate));
    limits.maxBytes = static_cast<size_t>(settings.streamBufferSizeMb) << 20;
    // Memory by bytes (docs/data-path.md, "Memory"): StreamBufferCount x StreamBufferSizeInMB
    // in flight, and a batch that grew past twice its limit (around a huge value) frees its
    // buffers once written.
    const size_t releaseAbove = 2 * limits.maxBytes;
    load::BatchQueue queue(static_cast<size_t>(settings.streamBufferCount),
                           static_cast<size_t>(settings.streamBufferCount) * limits.maxBytes,
                           releaseAbove);

    std::optional<Error> readError;
    int64_t sliceRead = 0;
    std::thread readerThread([&] {
        lowerThreadPriority(request.workerNiceness);
        for (;;) {
            std::unique_ptr<load::RowBatch> batch = queue.take(columnCount);
            if (!batch)
                break;
            auto more = (*reader)->read(*batch, limits);
            if (!more) {
                readError = more.error();
                queue.abort();
                break;
            }
            const auto rows = static_cast<int64_t>(batch->rowCount());
            const auto bytes = static_cast<int64_t>(batch->byteSize());
            totals.rowsRead += rows;
            totals.bytesRead += bytes;
            table.bytesRead += bytes;
            table.inflightRead += rows;
            sliceRead += rows;
            if (!queue.push(std::move(batch)))
                break;
            if (!*more)
                break;
        }
        queue.close();
    });

    SliceResult result;
    int64_t sliceLoaded = 0;
    int64_t sliceErrors = 0;
    int64_t sliceTruncated = 0;
    std::vector<load::RejectedRow> rejected;
    std::vector<ControlTables::LobTruncationRow> cuts;
    load::RowBatch scratch;
    while (std::unique_ptr<load::RowBatch> batch = queue.pop()) {
        if (shouldStop()) {
            result = {SliceEnd::Stopped, Error{ErrorCode::Cancelled, ErrorAction::FailTask,
                                               "stopped"}};
            break;
        }
        rejected.clear();
        cuts.clear();
        auto limited = applyLobLimits(table, slice, *batch, scratch, cuts);
        if (!limited) {
            result = {SliceEnd::TaskFailed, limited.error()};
            break;
        }
        const load::RowBatch *next = *limited;
        if (*expressions) {
            expressionRejects.clear();
            (*expressions)->apply(*next, computed, &expressionRejects);
            if (!expressionRejects.empty()) {
                result = handleRejected(table, slice, target, *next, expressionRejects,
                                        sliceErrors);
                if (result.end != SliceEnd::Done)
                    break;
            }
            next = &computed;
        }
        const load::RowBatch &out = *next;
        if (auto written = (*writer)->write(out, &rejected); !written) {
            result = {classify(written.error()), written.error()};
            break;
        }
        if (!rejected.empty()) {
            result = handleRejected(table, slice, target, out, rejected, sliceErrors);
            if (result.end != SliceEnd::Done)
                break;
        }
        // Every value limited LOB mode cut, in the slice's transaction (a row the target
        // refused keeps its cut value in exceptions and is listed here too).
        for (const ControlTables::LobTruncationRow &cut : cuts) {
            if (auto added = control->addLobTruncation(target, request.name, cut); !added) {
                result = {added.error().action == ErrorAction::Retry ? SliceEnd::Retry
                                                                     : SliceEnd::TableFailed,
                          added.error()};
                break;
            }
            ++sliceTruncated;
            ++table.inflightTruncated;
        }
        if (result.end != SliceEnd::Done)
            break;
        const auto loaded = static_cast<int64_t>(out.rowCount() - rejected.size());
        const auto bytes = static_cast<int64_t>(out.byteSize());
        for (load::RowBatch *copy : {&scratch, &computed}) {
            if (copy->capacityBytes() > releaseAbove)
                copy->releaseMemory();
        }
        sliceLoaded += loaded;
        table.inflightLoaded += loaded;
        table.bytesWritten += bytes;
        totals.rowsWritten += loaded;
        totals.bytesWritten += bytes;
        queue.recycle(std::move(batch));
    }
    if (result.end != SliceEnd::Done) {
        queue.abort();
        (*reader)->cancel();
    }
    readerThread.join();
    {
        std::lock_guard lock(activeMutex);
        activeReaders.erase(reader->get());
        activeWriters.erase(writer->get());
    }
    if (result.end == SliceEnd::Done && readError)
        result = {classify(*readError), *readError};
    if (result.end == SliceEnd::Done && shouldStop())
        result = {SliceEnd::Stopped, Error{ErrorCode::Cancelled, ErrorAction::FailTask, "stopped"}};

    auto undoInflight = [&] {
        table.inflightRead -= sliceRead;
        table.inflightLoaded -= sliceLoaded;
        table.inflightErrors -= sliceErrors;
        table.inflightTruncated -= sliceTruncated;
    };
    if (result.end != SliceEnd::Done) {
        rollback();
        undoInflight();
        return result;
    }

    ControlTables::SliceRow row{slice.number, slice.lower, slice.upper, "completed",
                                sliceRead, sliceLoaded, sliceErrors};
    if (auto done = control->completeSlice(target, request.name, table.plan.sourceSchema,
                                           table.plan.sourceTable, row);
        !done) {
        rollback();
        undoInflight();
        return {classify(done.error()), done.error()};
    }
    if (auto committed = target.commit(); !committed) {
        undoInflight();
        // The commit may or may not have happened: the next attempt deletes the range first.
        slice.mayHaveRows = true;
        return {classify(committed.error()), committed.error()};
    }
    undoInflight();
    table.committedRead += sliceRead;
    table.committedLoaded += sliceLoaded;
    table.committedErrors += sliceErrors;
    table.committedTruncated += sliceTruncated;
    if (sliceTruncated > 0) {
        const int count = static_cast<int>(std::min<int64_t>(sliceTruncated, INT_MAX));
        warn(LogComponent::Transformation,
             (table.lob.ruleId.empty()
                  ? EngineTr::tr("Table %1: %n LOB value(s) longer than LobMaxSize (%2 KB) "
                                 "truncated (limited LOB mode); the control table "
                                 "lob_truncations lists each one.",
                                 nullptr, count)
                        .arg(qs(tableLabel(table.plan)))
                        .arg(table.lob.maxSizeKb)
                  : EngineTr::tr("Table %1: %n LOB value(s) longer than bulk-max-size (%2 KB) of "
                                 "table-settings rule %3 truncated (limited LOB mode); the "
                                 "control table lob_truncations lists each one.",
                                 nullptr, count)
                        .arg(qs(tableLabel(table.plan)))
                        .arg(table.lob.maxSizeKb)
                        .arg(qs(table.lob.ruleId)))
                 .toStdString());
    }
    if (sliceRead != sliceLoaded + sliceErrors && settings.dataErrorPolicy != RecordPolicy::IgnoreRecord) {
        log->log(LogComponent::TargetLoad, LogSeverity::Warning,
                 EngineTr::tr("Table %1 slice %2: %3 rows read, %4 loaded, %5 rejected.")
                     .arg(qs(tableLabel(table.plan)))
                     .arg(slice.number)
                     .arg(sliceRead)
                     .arg(sliceLoaded)
                     .arg(sliceErrors)
                     .toStdString());
    }
    slice.completed = true;
    return {};
}

SliceResult FullLoadRunner::Impl::loadSlice(TableWork &table, SliceWork &slice,
                                            std::unique_ptr<load::SourceSession> &source,
                                            std::unique_ptr<load::TargetSession> &target)
{
    int64_t retries = 0;
    int64_t interval = std::max<int64_t>(0, settings.recoverableErrorIntervalSeconds);
    for (;;) {
        if (shouldStop())
            return {SliceEnd::Stopped, {}};
        SliceResult result;
        // A connection that cannot be opened now may open after a wait (server restarting);
        // anything else (authentication, a missing database) fails the task.
        auto openFailure = [](const Error &error) {
            const bool transient = error.action == ErrorAction::Retry
                                   || error.code == ErrorCode::ConnectionFailed
                                   || error.code == ErrorCode::ConnectionRefused
                                   || error.code == ErrorCode::ConnectionTimeout;
            return SliceResult{transient ? SliceEnd::Retry : SliceEnd::TaskFailed, error};
        };
        if (!source) {
            auto opened = load::openSourceSession(request.source);
            if (opened)
                source = std::move(*opened);
            else
                result = openFailure(opened.error());
        }
        if (result.end == SliceEnd::Done && !target) {
            auto opened = load::openTargetSession(request.target);
            if (opened)
                target = std::move(*opened);
            else
                result = openFailure(opened.error());
        }
        if (result.end == SliceEnd::Done)
            result = attemptSlice(table, slice, *source, *target);
        if (result.end != SliceEnd::Retry)
            return result;

        // Recoverable: drop both connections, wait, try the slice again.
        source.reset();
        target.reset();
        slice.mayHaveRows = true;
        if (settings.recoverableErrorCount >= 0 && retries >= settings.recoverableErrorCount)
            return {SliceEnd::TableFailed, result.error};
        ++retries;
        log->log(LogComponent::TaskManager, LogSeverity::Warning,
                 EngineTr::tr("Table %1 slice %2: recoverable error, retry %3 in %4 s: %5")
                     .arg(qs(tableLabel(table.plan)))
                     .arg(slice.number)
                     .arg(retries)
                     .arg(interval)
                     .arg(qs(result.error.toString()))
                     .toStdString());
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(interval);
        while (std::chrono::steady_clock::now() < until && !shouldStop())
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (settings.recoverableErrorThrottling)
            interval = std::min<int64_t>(std::max<int64_t>(1, interval * 2),
                                         settings.recoverableErrorThrottlingMaxSeconds);
    }
}

Result<void> FullLoadRunner::Impl::finishTable(TableWork &table, load::TargetSession &target)
{
    const std::string label = tableLabel(table.plan);
    if (table.keptExisting) {
        log->log(LogComponent::TargetLoad, LogSeverity::Info,
                 EngineTr::tr("Table %1 existed on the target: its keys, indexes and foreign "
                              "keys are kept as they are (TargetTablePrepMode %2).")
                     .arg(qs(label), QString::fromLatin1(tablePrepModeName(settings.prepMode)))
                     .toStdString());
    } else {
        if (auto s = committed(target, [&] {
                return control->setTableState(target, request.name, table.plan.sourceSchema,
                                              table.plan.sourceTable, "indexing");
            });
            !s)
            return s;
        if (settings.createPkAfterFullLoad && table.plan.target.primaryKey) {
            if (auto pk = target.addPrimaryKey(table.plan.target); !pk) {
                if (pk.error().action == ErrorAction::Retry
                    || pk.error().code == ErrorCode::Cancelled)
                    return pk;
                reportObjectFailure(table, pk.error());
            }
        }
        auto indexes = target.createIndexes(table.plan.target);
        if (!indexes)
            return indexes.error();
        reportObjects(table, *indexes);
    }
    if (auto identity = target.resetIdentity(table.plan.target); !identity)
        return identity;
    if (auto s = committed(target, [&] {
            return control->setTableState(target, request.name, table.plan.sourceSchema,
                                          table.plan.sourceTable, "completed",
                                          objectErrorText(table), table.startMs.load());
        });
        !s)
        return s;
    table.setState(TableState::Completed);
    table.endMs = nowMs();
    log->log(LogComponent::TableManager, LogSeverity::Info,
             EngineTr::tr("Table %1 loaded: %2 rows, %3 rejected.")
                 .arg(qs(label))
                 .arg(table.committedLoaded.load())
                 .arg(table.committedErrors.load())
                 .toStdString());
    return {};
}

void FullLoadRunner::Impl::reportObjectFailure(TableWork &table, const Error &error)
{
    {
        std::lock_guard lock(table.errorMutex);
        table.objectErrors.push_back(error.toString());
    }
    warn(LogComponent::TargetLoad,
         EngineTr::tr("Table %1: %2 Its rows are loaded; the table stays completed.")
             .arg(qs(tableLabel(table.plan)), qs(error.toString()))
             .toStdString());
}

void FullLoadRunner::Impl::reportObjects(TableWork &table, const load::ObjectsOutcome &outcome)
{
    for (const std::string &warning : outcome.warnings)
        warn(LogComponent::TargetLoad, warning);
    for (const Error &error : outcome.failed)
        reportObjectFailure(table, error);
}

std::string FullLoadRunner::Impl::objectErrorText(TableWork &table)
{
    std::lock_guard lock(table.errorMutex);
    std::string text;
    for (const std::string &line : table.objectErrors)
        text += (text.empty() ? "" : "\n") + line;
    return text;
}

void FullLoadRunner::Impl::workerLoop()
{
    std::unique_ptr<load::SourceSession> source;
    std::unique_ptr<load::TargetSession> target;
    for (;;) {
        if (shouldStop())
            return;
        std::pair<size_t, size_t> item;
        {
            std::lock_guard lock(workMutex);
            if (work.empty())
                return;
            item = work.front();
            work.pop_front();
        }
        TableWork &table = *tables[item.first];
        SliceWork &slice = table.slices[item.second];
        if (table.failed.load())
            continue;
        int64_t expected = 0;
        if (table.startMs.compare_exchange_strong(expected, nowMs()))
            table.setState(TableState::FullLoad);

        const SliceResult result = loadSlice(table, slice, source, target);
        switch (result.end) {
        case SliceEnd::Done:
            ++table.slicesCompleted;
            if (--table.slicesRemaining == 0 && !table.failed.load()) {
                if (auto finished = finishTable(table, *target); !finished)
                    failTable(table, finished.error(), target.get());
            }
            break;
        case SliceEnd::Stopped:
            return;
        case SliceEnd::TaskFailed:
            failTask(result.error);
            return;
        case SliceEnd::Retry:
        case SliceEnd::TableFailed:
            if (!target) {
                if (auto opened = load::openTargetSession(request.target))
                    target = std::move(*opened);
            }
            failTable(table, result.error, target.get());
            break;
        }
    }
}

// Foreign keys -------------------------------------------------------------------------------

void FullLoadRunner::Impl::createForeignKeys(load::TargetSession &target, bool reloading,
                                             bool foreignKeysDone)
{
    std::set<std::pair<std::string, std::string>> failedTargets;
    std::set<std::pair<std::string, std::string>> reloadedTargets;
    for (const auto &table : tables) {
        if (table->currentState() != TableState::Completed)
            failedTargets.insert({table->plan.target.schema, table->plan.target.name});
        if (table->reload)
            reloadedTargets.insert({table->plan.target.schema, table->plan.target.name});
    }
    // Reloading after the task built its keys: only the reloaded tables' keys, and on
    // PostgreSQL the keys of other tables that referenced them (dropped before).
    const bool onlyReloaded = reloading && foreignKeysDone;
    for (const auto &table : tables) {
        if (table->currentState() != TableState::Completed
            || table->plan.target.foreignKeys.empty() || table->keptExisting)
            continue;
        if (onlyReloaded && !table->reload
            && !connectorFor(request.target.dialect).capabilities().checksForeignKeysWhileLoading)
            continue;
        load::TargetTable withKeys = table->plan.target;
        std::vector<ForeignKey> keys;
        for (const ForeignKey &key : withKeys.foreignKeys) {
            const std::string &schema
                = key.referencedSchema.empty() ? withKeys.schema : key.referencedSchema;
            if (onlyReloaded && !table->reload
                && !reloadedTargets.count({schema, key.referencedTable}))
                continue;
            if (failedTargets.count({schema, key.referencedTable})) {
                warn(LogComponent::TargetLoad,
                     EngineTr::tr("Foreign key %1 of %2 was not created: the table it "
                                  "references (%3) did not load.")
                         .arg(qs(key.name.empty() ? "(" + joinNames(key.columns) + ")"
                                                  : key.name),
                              qs(tableLabel(table->plan)), qs(key.referencedTable))
                         .toStdString());
                continue;
            }
            keys.push_back(key);
        }
        if (keys.empty())
            continue;
        withKeys.foreignKeys = keys;
        auto created = target.createForeignKeys(withKeys);
        if (!created) {
            warn(LogComponent::TargetLoad,
                 EngineTr::tr("Foreign keys of %1 could not be created: %2")
                     .arg(qs(tableLabel(table->plan)), qs(created.error().toString()))
                     .toStdString());
            continue;
        }
        reportObjects(*table, *created);
        if (!created->failed.empty()) {
            (void)committed(target, [&] {
                return control->setTableState(target, request.name, table->plan.sourceSchema,
                                              table->plan.sourceTable, "completed",
                                              objectErrorText(*table), table->startMs.load());
            });
        }
    }
}

void FullLoadRunner::Impl::restoreDetachedKeys(load::TargetSession &target)
{
    // Keys detached for kept and reloaded tables (by this run or a killed earlier one), as
    // they were.
    auto detached = control->detachedKeys(target, request.name);
    if (!detached) {
        warn(LogComponent::TargetLoad, detached.error().toString());
        return;
    }
    for (const ControlTables::DetachedKey &key : *detached) {
        const std::string owner = key.schema.empty() ? key.table : key.schema + "." + key.table;
        auto added = committed(target, [&] {
            return target.restoreForeignKey(
                {key.schema, key.table, key.name, key.definition, false});
        });
        if (!added)
            warn(LogComponent::TargetLoad,
                 EngineTr::tr("Foreign key %1 of %2, dropped to load the tables, could "
                              "not be added again: %3. Its definition: %4")
                     .arg(qs(key.name), qs(owner), qs(added.error().toString()),
                          qs(key.definition))
                     .toStdString());
        (void)committed(target, [&] {
            return control->removeDetachedKey(target, request.name, key);
        });
    }
}

// FullLoadRunner ------------------------------------------------------------------------------

FullLoadRunner::FullLoadRunner(TaskRequest request, TaskCallbacks callbacks)
    : d(std::make_unique<Impl>())
{
    d->request = std::move(request);
    d->callbacks = std::move(callbacks);
}

FullLoadRunner::~FullLoadRunner() = default;

void FullLoadRunner::stop()
{
    d->stopRequested = true;
    d->cancelActive();
}

Result<TaskOutcome> FullLoadRunner::run()
{
    Impl &s = *d;
    s.startedMs = nowMs();
    s.settings = loadSettingsFrom(s.request.settings);
    std::string logPath;
    if (!s.request.runDirectory.empty()) {
        QDir().mkpath(qs(s.request.runDirectory));
        logPath = s.request.runDirectory + "/task.log";
        s.statisticsFile = std::fopen((s.request.runDirectory + "/statistics.jsonl").c_str(), "a");
    }
    s.log = std::make_unique<TaskLog>(s.request.settings, logPath, s.callbacks.log);
    struct CloseFile
    {
        std::FILE *&file;
        ~CloseFile()
        {
            if (file)
                std::fclose(file);
        }
    } closeStatistics{s.statisticsFile};

    s.setState(TaskState::Starting);
    s.log->log(LogComponent::TaskManager, LogSeverity::Info,
               EngineTr::tr("Task %1 starting%2: %3 -> %4")
                   .arg(qs(s.request.name),
                        s.request.resume ? EngineTr::tr(" (resume)") : QString(),
                        qs(s.request.source.toUri()), qs(s.request.target.toUri()))
                   .toStdString());
    if (!s.settings.notActedOn.empty()) {
        std::string keys;
        for (const std::string &key : s.settings.notActedOn)
            keys += (keys.empty() ? "" : ", ") + key;
        s.warn(LogComponent::TaskManager,
               EngineTr::tr("These task settings are not acted on by Ferry's full load yet: %1")
                   .arg(qs(keys))
                   .toStdString());
    }

    // The LOB mode, said once: a run without LOB settings moves every value whole.
    if (s.settings.bothLobModes)
        s.log->log(LogComponent::TaskManager, LogSeverity::Info,
                   EngineTr::tr("TargetMetadata sets both FullLobMode and LimitedSizeLobMode: "
                                "full LOB mode wins and no LOB value is truncated.")
                       .toStdString());
    if (s.settings.fullLobMode)
        s.log->log(LogComponent::TaskManager, LogSeverity::Info,
                   (s.settings.lobModeExplicit
                        ? EngineTr::tr("Full LOB mode: LOB values are moved whole.")
                        : EngineTr::tr("Full LOB mode (TargetMetadata sets no LOB mode): LOB "
                                       "values are moved whole."))
                       .toStdString());
    else
        s.log->log(LogComponent::TaskManager, LogSeverity::Info,
                   (s.settings.failTasksOnLobTruncation
                        ? EngineTr::tr("Limited LOB mode: a LOB value longer than %1 KB "
                                       "(TargetMetadata.LobMaxSize) stops the task "
                                       "(FailTasksOnLobTruncation).")
                        : EngineTr::tr("Limited LOB mode: LOB values longer than %1 KB "
                                       "(TargetMetadata.LobMaxSize) are truncated and listed in "
                                       "the control table lob_truncations."))
                       .arg(s.settings.lobMaxSizeKb)
                       .toStdString());

    auto fail = [&](Error error) -> Result<TaskOutcome> {
        s.setState(TaskState::Failed);
        s.log->log(LogComponent::TaskManager, LogSeverity::Error, error.toString());
        TaskSnapshot last = s.snapshot();
        last.lastFailureMessage = error.toString();
        s.publish(last);
        return error;
    };

    // Source catalog and the plan.
    auto endpoint = makeEndpoint(s.request.source);
    auto catalog = endpoint->readCatalog(CatalogFilter{});
    if (!catalog)
        return fail(catalog.error());
    auto target = load::openTargetSession(s.request.target);
    if (!target)
        return fail(target.error());
    for (const std::string &warning : (*target)->warnings())
        s.warn(LogComponent::TargetLoad, warning);
    auto source = load::openSourceSession(s.request.source);
    if (!source)
        return fail(source.error());

    mapping::PlanOptions options;
    options.targetDialect = s.request.target.dialect;
    options.targetDefaultSchema = (*target)->defaultSchema();
    options.targetSchema = s.settings.targetSchema;
    const project::TableMapping *rules = s.request.mapping ? &*s.request.mapping : nullptr;
    auto plan = mapping::planMapping(*catalog, rules, options);
    if (!plan)
        return fail(plan.error());
    for (const std::string &warning : plan->warnings)
        s.warn(LogComponent::TaskManager, warning);
    for (const std::string &note : plan->notes)
        s.log->log(LogComponent::TaskManager, LogSeverity::Info, note);
    if (plan->tables.empty() && s.settings.failOnNoTablesCaptured) {
        return fail(taskError(ErrorCode::ProjectInvalid,
                              EngineTr::tr("The table mapping selects no table of the source."),
                              s.request.source.toUri(),
                              EngineTr::tr("Check the selection rules' schema and table names "
                                           "(names are case-sensitive), or set ErrorBehavior."
                                           "FailOnNoTablesCaptured to false.")));
    }

    const bool reloading = !s.request.reloadTables.empty();
    if (reloading) {
        if (auto resolved = s.resolveReloadTables(*plan); !resolved)
            return fail(resolved.error());
    }

    // Control tables and the task's state.
    s.control = std::make_unique<ControlTables>(s.request.target.dialect,
                                                controlSchemaOf(s.request.settings));
    if (auto ensured = committed(**target, [&] { return s.control->ensure(**target); });
        !ensured)
        return fail(ensured.error());
    bool resuming = false;
    bool foreignKeysDone = false;
    if (s.request.resume || reloading) {
        auto existing = s.control->task(**target, s.request.name);
        if (!existing)
            return fail(existing.error());
        (void)(*target)->commit();
        if (*existing) {
            resuming = true;
            foreignKeysDone = (*existing)->foreignKeysDone;
        } else if (reloading) {
            return fail(taskError(
                ErrorCode::Usage,
                EngineTr::tr("Task %1 has no table to reload: it never ran on this target.")
                    .arg(qs(s.request.name)),
                "no row for the task in " + s.control->name("task_status"),
                EngineTr::tr("Run the task once without --reload-table first, or check the task "
                             "name and ControlTablesSettings.ControlSchema.")));
        } else {
            s.log->log(LogComponent::TaskManager, LogSeverity::Info,
                       EngineTr::tr("Nothing to resume for task %1 on the target: starting a "
                                    "fresh load.")
                           .arg(qs(s.request.name))
                           .toStdString());
        }
    }
    if (auto begun = (*target)->begin(); !begun)
        return fail(begun.error());
    if (!resuming) {
        if (auto reset = s.control->resetTask(**target, s.request.name, "full-load",
                                              s.request.source.toUri());
            !reset)
            return fail(reset.error());
    } else {
        if (auto set = s.control->setTaskState(**target, s.request.name, "running"); !set)
            return fail(set.error());
    }
    if (auto prepared = s.prepareTables(**target, **source, *plan, resuming); !prepared) {
        (void)(*target)->rollback();
        return fail(prepared.error());
    }
    if (auto recorded = s.control->recordObjectNames(**target, s.request.name, plan->tables);
        !recorded) {
        (void)(*target)->rollback();
        return fail(recorded.error());
    }
    (void)s.control->addHistory(**target, s.request.name, resuming ? "resume" : "start",
                                s.request.source.toUri());
    for (const auto &[schema, table] : s.reloadKeys)
        (void)s.control->addHistory(**target, s.request.name, "reload-table",
                                    schema.empty() ? table : schema + "." + table);
    if (auto committed = (*target)->commit(); !committed)
        return fail(committed.error());

    // Reloaded tables: foreign keys that would stop or outlive preparing them again.
    std::set<std::pair<std::string, std::string>> taskTargets;
    for (const auto &table : s.tables)
        taskTargets.insert({table->plan.target.schema, table->plan.target.name});
    for (const auto &table : s.tables) {
        if (!table->reload)
            continue;
        if (auto detached = s.detachForeignKeys(**target, *table, false, taskTargets); !detached)
            return fail(detached.error());
        if (s.settings.prepMode != TablePrepMode::DropAndCreate) {
            if (auto dropped = s.dropIndexesForReload(**target, *table); !dropped)
                return fail(dropped.error());
        }
    }

    // Target tables: schemas, then each table that an earlier run did not prepare.
    std::set<std::string> schemas;
    for (const auto &table : s.tables) {
        if (table->prepared)
            continue;
        if (schemas.insert(table->plan.target.schema).second) {
            if (auto created = (*target)->createSchema(table->plan.target.schema); !created)
                return fail(created.error());
        }
        // A PostgreSQL table kept by TRUNCATE_BEFORE_LOAD / DO_NOTHING: its foreign keys (and
        // those referencing it) would refuse the TRUNCATE and rows loaded before the rows they
        // reference; they are detached and added again as they were after the load.
        if (connectorFor(s.request.target.dialect).capabilities().checksForeignKeysWhileLoading
            && !table->reload
            && s.settings.prepMode != TablePrepMode::DropAndCreate) {
            auto exists
                = (*target)->tableExists(table->plan.target.schema, table->plan.target.name);
            if (!exists)
                return fail(exists.error());
            if (*exists) {
                if (auto detached = s.detachForeignKeys(**target, *table, true, taskTargets);
                    !detached) {
                    s.failTable(*table, detached.error(), target->get());
                    if (s.taskFailed.load())
                        return fail(s.failure);
                    continue;
                }
            }
        }
        auto prepared = prepareTarget(**target, table->plan, s.settings);
        if (!prepared) {
            s.failTable(*table, prepared.error(), target->get());
            if (s.taskFailed.load())
                return fail(s.failure);
            continue;
        }
        // A reloaded table had its keys dropped to be built again (dropIndexesForReload).
        table->keptExisting = *prepared && !table->reload;
        if (auto set = committed(**target, [&] {
                return s.control->setTableState(
                    **target, s.request.name, table->plan.sourceSchema, table->plan.sourceTable,
                    table->keptExisting ? "loading-existing" : "loading");
            });
            !set)
            return fail(set.error());
        s.log->log(LogComponent::TargetLoad, LogSeverity::Info,
                   EngineTr::tr("Table %1 prepared on the target as %2 (%3).")
                       .arg(qs(tableLabel(table->plan)),
                            qs(quoteQualified(s.request.target.dialect,
                                              table->plan.target.schema,
                                              table->plan.target.name)),
                            QString::fromLatin1(tablePrepModeName(s.settings.prepMode)))
                       .toStdString());
    }
    source->reset();

    // Work: slices of tables in load order; larger tables first within the same order so the
    // longest work starts early.
    std::vector<size_t> order(s.tables.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const auto &ta = *s.tables[a];
        const auto &tb = *s.tables[b];
        if (ta.plan.loadOrder != tb.plan.loadOrder)
            return ta.plan.loadOrder > tb.plan.loadOrder;
        return ta.totalRows.value_or(0) > tb.totalRows.value_or(0);
    });
    for (size_t index : order) {
        TableWork &table = *s.tables[index];
        if (table.currentState() == TableState::Completed || table.failed.load())
            continue;
        if (table.needsFinish) {
            if (auto finished = s.finishTable(table, **target); !finished)
                s.failTable(table, finished.error(), target->get());
            continue;
        }
        for (size_t slice = 0; slice < table.slices.size(); ++slice) {
            if (!table.slices[slice].completed)
                s.work.emplace_back(index, slice);
        }
    }

    s.setState(TaskState::Running);
    std::thread sampler([&] { s.samplerLoop(); });
    size_t workerCount = std::max<size_t>(
        1, std::min<size_t>(static_cast<size_t>(s.settings.maxFullLoadSubTasks), s.work.size()));
    if (connectorFor(s.request.target.dialect).capabilities().oneWriterAtATime
        && workerCount > 1) {
        // SQLite has one writer at a time: parallel slices would only queue on its lock.
        s.log->log(LogComponent::TaskManager, LogSeverity::Info,
                   EngineTr::tr("SQLite targets take one writer at a time: loading one slice at "
                                "a time instead of %1.")
                       .arg(workerCount)
                       .toStdString());
        workerCount = 1;
    }
    std::vector<std::thread> workers;
    for (size_t i = 0; i < workerCount; ++i)
        workers.emplace_back([&] {
            lowerThreadPriority(s.request.workerNiceness);
            s.workerLoop();
        });
    for (std::thread &worker : workers)
        worker.join();

    // Foreign keys once every table is in (DESIGN §3).
    if (!s.shouldStop()) {
        auto fkTarget = load::openTargetSession(s.request.target);
        if (!fkTarget) {
            s.failTask(fkTarget.error());
        } else {
            s.createForeignKeys(**fkTarget, reloading, foreignKeysDone);
            s.restoreDetachedKeys(**fkTarget);
            (void)committed(**fkTarget, [&] {
                return s.control->setForeignKeysDone(**fkTarget, s.request.name);
            });
        }
    }

    {
        std::lock_guard lock(s.samplerMutex);
        s.samplerDone = true;
    }
    s.samplerWake.notify_all();
    sampler.join();

    // Final state, recorded on the target.
    TaskState finalState = TaskState::LoadComplete;
    std::string stateText = "load-complete";
    if (s.taskFailed.load()) {
        finalState = TaskState::Failed;
        stateText = "failed";
    } else if (s.stopRequested.load()) {
        finalState = TaskState::Stopped;
        stateText = "stopped";
    }
    s.setState(finalState);
    if (auto session = load::openTargetSession(s.request.target)) {
        (void)(*session)->begin();
        (void)s.control->setTaskState(**session, s.request.name, stateText,
                                      s.taskFailed.load() ? s.failure.toString() : std::string());
        (void)s.control->addHistory(**session, s.request.name, stateText, {});
        (void)(*session)->commit();
    }
    TaskOutcome outcome;
    outcome.finalSnapshot = s.snapshot();
    s.publish(outcome.finalSnapshot);
    {
        // The end message names the values limited LOB mode truncated (a warning then, so
        // that the command line shows it too).
        const TaskSnapshot &last = outcome.finalSnapshot;
        const int64_t truncated = last.truncatedLobs();
        const int truncatedTables = last.tablesWithTruncatedLobs();
        const int count = static_cast<int>(std::min<int64_t>(truncated, INT_MAX));
        QString message;
        if (truncated == 0) {
            message = EngineTr::tr("Task %1: %2 (%3 of %4 tables loaded, %5 in error).");
        } else if (truncatedTables == 1) {
            message = EngineTr::tr("Task %1: %2 (%3 of %4 tables loaded, %5 in error; %n LOB "
                                   "value(s) truncated in table %6: limited LOB mode, see the "
                                   "control table lob_truncations).",
                                   nullptr, count);
        } else {
            message = EngineTr::tr("Task %1: %2 (%3 of %4 tables loaded, %5 in error; %n LOB "
                                   "value(s) truncated in %6 tables: limited LOB mode, see the "
                                   "control table lob_truncations).",
                                   nullptr, count);
        }
        message = message.arg(qs(s.request.name), QString::fromLatin1(taskStateName(finalState)))
                      .arg(last.tablesLoaded())
                      .arg(s.tables.size())
                      .arg(last.tablesErrored());
        if (truncatedTables == 1) {
            for (const TableStatistics &table : last.tables) {
                if (table.fullLoadTruncatedLobs > 0)
                    message = message.arg(qs(table.schema.empty()
                                                 ? table.table
                                                 : table.schema + "." + table.table));
            }
        } else if (truncatedTables > 1) {
            message = message.arg(truncatedTables);
        }
        if (finalState != TaskState::LoadComplete)
            s.log->log(LogComponent::TaskManager, LogSeverity::Error, message.toStdString());
        else if (truncated > 0)
            s.warn(LogComponent::TaskManager, message.toStdString());
        else
            s.log->log(LogComponent::TaskManager, LogSeverity::Info, message.toStdString());
    }
    {
        std::lock_guard lock(s.warningsMutex);
        outcome.warnings = s.warnings;
    }
    if (s.taskFailed.load())
        return s.failure;
    if (s.stopRequested.load())
        return Error{ErrorCode::Cancelled, ErrorAction::FailTask,
                     EngineTr::tr("Task %1 was stopped; run it again with --resume to continue.")
                         .arg(qs(s.request.name))
                         .toStdString()};
    return outcome;
}

} // namespace ferry::task
