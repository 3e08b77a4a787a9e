// SPDX-License-Identifier: MIT
// The full-load phase: slices on workers, each table finished when its slices are in, then
// the foreign keys.
#include "engine/task/task_phases.h"

#include "engine/connectors/connector.h"
#include "engine/core/thread_priority.h"
#include "engine/load/batch_pump.h"
#include "engine/task/column_expressions.h"
#include "engine/task/task_clock.h"
#include "engine/task/task_run.h"

#include <algorithm>
#include <climits>
#include <exception>
#include <thread>

namespace ferry::task {

namespace {

SliceEnd classify(const Error &error)
{
    if (error.code == ErrorCode::Cancelled)
        return SliceEnd::Stopped;
    return error.action == ErrorAction::Retry ? SliceEnd::Retry : SliceEnd::TableFailed;
}

SliceResult ended(const Error &error) { return {classify(error), error}; }

/// An error of the control tables inside a slice: retried when the server says so.
SliceResult controlFailure(const Error &error)
{
    return {error.action == ErrorAction::Retry ? SliceEnd::Retry : SliceEnd::TableFailed, error};
}

} // namespace

Result<bool> TaskRun::committedBefore(TableWork &table, SliceWork &slice,
                                     load::TargetSession &target)
{
    // The slice's rows, exceptions, LOB truncations and its slice_status row commit in one
    // transaction: the row says whether an earlier attempt committed (then nothing is loaded
    // again) or not (then nothing of it is on the target). Text and composite keys are not
    // deleted by key range: a target that orders text differently from the source could not
    // do it exactly.
    const mapping::TablePlan &plan = table.plan;
    auto stored = control->slice(target, request.name, plan.sourceSchema, plan.sourceTable,
                                 slice.number);
    if (!stored)
        return stored.error();
    slice.mayHaveRows = false;
    if (!*stored || (*stored)->state != StoredSliceState::Completed)
        return false;
    table.committedRead += (*stored)->rowsRead;
    table.committedLoaded += (*stored)->rowsLoaded;
    table.committedErrors += (*stored)->errorRows;
    slice.completed = true;
    log->log(LogComponent::TaskManager, LogSeverity::Info,
             EngineTr::tr("Table %1 slice %2: the commit whose outcome was unknown did happen; "
                          "the slice is not loaded again.")
                 .arg(qs(tableLabel(plan)))
                 .arg(slice.number)
                 .toStdString());
    return true;
}

Result<void> TaskRun::clearSlice(const TableWork &table, const SliceWork &slice,
                                 load::TargetSession &target)
{
    const mapping::TablePlan &plan = table.plan;
    // The slice's own range (and NULL rule) under the target's name of the key column.
    std::optional<load::KeyRange> range = table.rangeOf(slice);
    if (range)
        range->columns = table.targetKey;
    if (auto deleted = target.deleteRows(plan.target.schema, plan.target.name, range); !deleted)
        return deleted;
    if (auto cleared = control->clearSliceExceptions(target, request.name, plan.sourceSchema,
                                                     plan.sourceTable, slice.number);
        !cleared)
        return cleared;
    return control->clearSliceLobTruncations(target, request.name, plan.sourceSchema,
                                             plan.sourceTable, slice.number);
}

/**
 * What the writer side of a slice does with each batch read: limited LOB mode's cuts,
 * add-column expressions, the write, rejected rows and the statistics. One per attempt.
 */
struct SliceWriter
{
    SliceWriter(TaskRun &run, TableWork &table, const SliceWork &slice, load::TargetSession &target,
                load::TableWriter &writer, ColumnExpressions *expressions, size_t releaseAbove)
        : run(run)
        , table(table)
        , slice(slice)
        , target(target)
        , writer(writer)
        , expressions(expressions)
        , releaseAbove(releaseAbove)
    {
    }

    TaskRun &run;
    TableWork &table;
    const SliceWork &slice;
    load::TargetSession &target;
    load::TableWriter &writer;
    ColumnExpressions *expressions;
    size_t releaseAbove;
    SliceCounts counts;
    SliceResult result; ///< why the last batch ended the slice early
    load::RowBatch scratch, computed;
    std::vector<load::RejectedRow> rejected, expressionRejects;
    std::vector<ControlTables::LobTruncationRow> cuts;

    Result<void> stop(SliceResult why)
    {
        result = std::move(why);
        return result.error;
    }

    Result<void> consume(const load::RowBatch &batch)
    {
        rejected.clear();
        cuts.clear();
        auto limited = run.applyLobLimits(table, slice, batch, scratch, cuts);
        if (!limited)
            return stop({SliceEnd::TaskFailed, limited.error()});
        const load::RowBatch *next = *limited;
        if (expressions) {
            expressionRejects.clear();
            expressions->apply(*next, computed, &expressionRejects);
            if (!expressionRejects.empty()) {
                SliceResult r = run.handleRejected(table, slice, target, *next, expressionRejects,
                                                   counts.errors);
                if (r.end != SliceEnd::Done)
                    return stop(std::move(r));
            }
            next = &computed;
        }
        if (auto written = writer.write(*next, &rejected); !written)
            return stop(ended(written.error()));
        if (!rejected.empty()) {
            SliceResult r
                = run.handleRejected(table, slice, target, *next, rejected, counts.errors);
            if (r.end != SliceEnd::Done)
                return stop(std::move(r));
        }
        if (auto listed = listCuts(); !listed)
            return listed;
        count(*next);
        return {};
    }

    /// Every value limited LOB mode cut, in the slice's transaction (a row the target refused
    /// keeps its cut value in exceptions and is listed here too).
    Result<void> listCuts()
    {
        for (const ControlTables::LobTruncationRow &cut : cuts) {
            if (auto added = run.control->addLobTruncation(target, run.request.name, cut); !added)
                return stop(controlFailure(added.error()));
            ++counts.truncated;
            ++table.inflightTruncated;
        }
        return {};
    }

    void count(const load::RowBatch &out)
    {
        const auto loaded = static_cast<int64_t>(out.rowCount() - rejected.size());
        const auto bytes = static_cast<int64_t>(out.byteSize());
        for (load::RowBatch *copy : {&scratch, &computed}) {
            if (copy->capacityBytes() > releaseAbove)
                copy->releaseMemory();
        }
        counts.loaded += loaded;
        table.inflightLoaded += loaded;
        table.bytesWritten += bytes;
        run.totals.rowsWritten += loaded;
        run.totals.bytesWritten += bytes;
    }
};

SliceResult TaskRun::attemptSlice(TableWork &table, SliceWork &slice, load::SourceSession &source,
                                  load::TargetSession &target)
{
    if (auto begun = target.begin(); !begun)
        return ended(begun.error());
    auto failed = [&](SliceResult result) {
        (void)target.rollback();
        return result;
    };
    if (slice.mayHaveRows && !table.targetKey.empty()) {
        if (auto cleared = clearSlice(table, slice, target); !cleared)
            return failed(ended(cleared.error()));
    } else if (slice.mayHaveRows) {
        auto done = committedBefore(table, slice, target);
        if (!done)
            return failed(ended(done.error()));
        if (*done) {
            (void)target.rollback();
            return {};
        }
    }
    auto expressions = ColumnExpressions::create(table.plan);
    if (!expressions)
        return failed({SliceEnd::TableFailed, expressions.error()});
    load::ReadRequest readRequest = table.plan.readRequest();
    readRequest.range = table.rangeOf(slice);
    auto writer = target.openWriter(table.plan.writeRequest());
    if (!writer)
        return failed(ended(writer.error()));
    auto reader = source.openReader(readRequest);
    if (!reader)
        return failed(ended(reader.error()));

    load::PumpLimits limits;
    limits.batch.maxRows = static_cast<size_t>(std::max<int64_t>(1, settings.commitRate));
    limits.batch.maxBytes = static_cast<size_t>(settings.streamBufferSizeMb) << 20;
    limits.queueSlots = static_cast<size_t>(settings.streamBufferCount);
    SliceWriter sink(*this, table, slice, target, **writer, expressions->get(),
                     limits.releaseAbove());
    load::BatchPump pump;
    pump.readerSetup = [this] { lowerThreadPriority(request.workerNiceness); };
    pump.stopRequested = [this] { return shouldStop(); };
    pump.onRead = [&](const load::RowBatch &batch) {
        const auto rows = static_cast<int64_t>(batch.rowCount());
        const auto bytes = static_cast<int64_t>(batch.byteSize());
        totals.rowsRead += rows;
        totals.bytesRead += bytes;
        table.bytesRead += bytes;
        table.inflightRead += rows;
    };
    load::PumpCounts read;
    Result<void> pumped;
    {
        const ActiveGuard active = track(reader->get(), writer->get());
        pumped = pump.run(
            **reader, readRequest.columns.size(), limits,
            [&](const load::RowBatch &batch) { return sink.consume(batch); }, read);
    }
    sink.counts.read = read.rows;
    if (!pumped) {
        undoInflight(table, sink.counts);
        return failed(sink.result.end != SliceEnd::Done ? sink.result : ended(pumped.error()));
    }
    return commitSlice(table, slice, target, sink.counts);
}

SliceResult TaskRun::commitSlice(TableWork &table, SliceWork &slice, load::TargetSession &target,
                                 const SliceCounts &counts)
{
    ControlTables::SliceRow row {
        slice.number, slice.lower,   slice.upper,  StoredSliceState::Completed,
        counts.read,  counts.loaded, counts.errors};
    if (auto done = control->completeSlice(target, request.name, table.plan.sourceSchema,
                                           table.plan.sourceTable, row);
        !done) {
        (void)target.rollback();
        undoInflight(table, counts);
        return ended(done.error());
    }
    if (auto committed = target.commit(); !committed) {
        undoInflight(table, counts);
        // The commit may or may not have happened: the next attempt finds out (clearSlice,
        // committedBefore).
        slice.mayHaveRows = true;
        return ended(committed.error());
    }
    undoInflight(table, counts);
    table.committedRead += counts.read;
    table.committedLoaded += counts.loaded;
    table.committedErrors += counts.errors;
    table.committedTruncated += counts.truncated;
    reportSlice(table, slice, counts);
    slice.completed = true;
    return {};
}

void TaskRun::undoInflight(TableWork &table, const SliceCounts &counts)
{
    table.inflightRead -= counts.read;
    table.inflightLoaded -= counts.loaded;
    table.inflightErrors -= counts.errors;
    table.inflightTruncated -= counts.truncated;
}

void TaskRun::reportSlice(const TableWork &table, const SliceWork &slice, const SliceCounts &counts)
{
    if (counts.truncated > 0) {
        const int count = static_cast<int>(std::min<int64_t>(counts.truncated, INT_MAX));
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
    if (counts.read != counts.loaded + counts.errors
        && settings.dataErrorPolicy != RecordPolicy::IgnoreRecord) {
        log->log(
            LogComponent::TargetLoad, LogSeverity::Warning,
            EngineTr::tr("Table %1 slice %2: %3 row(s) read, %4 loaded, %5 rejected.", nullptr,
                         pluralOf(counts.read))
                .arg(qs(tableLabel(table.plan)))
                .arg(slice.number)
                .arg(numberText(counts.read), numberText(counts.loaded), numberText(counts.errors))
                .toStdString());
    }
}

SliceResult TaskRun::handleRejected(TableWork &table, const SliceWork &slice,
                                    load::TargetSession &target, const load::RowBatch &batch,
                                    const std::vector<load::RejectedRow> &rejected,
                                    int64_t &sliceErrors)
{
    for (const load::RejectedRow &bad : rejected) {
        const RecordPolicy policy
            = bad.truncation ? settings.dataTruncationErrorPolicy : settings.dataErrorPolicy;
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

SliceResult TaskRun::loadSlice(TableWork &table, SliceWork &slice,
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
            return SliceResult {transient ? SliceEnd::Retry : SliceEnd::TaskFailed, error};
        };
        if (!source) {
            auto opened = openSource();
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

Result<void> TaskRun::finishTable(TableWork &table, load::TargetSession &target)
{
    const std::string label = tableLabel(table.plan);
    if (table.keptExisting) {
        log->log(LogComponent::TargetLoad, LogSeverity::Info,
                 EngineTr::tr("Table %1 existed on the target: its keys, indexes and foreign "
                              "keys are kept as they are (TargetTablePrepMode %2).")
                     .arg(qs(label), QString::fromLatin1(tablePrepModeName(settings.prepMode)))
                     .toStdString());
    } else {
        if (auto s = committed(target,
                               [&] {
                                   return control->setTableState(
                                       target, request.name, table.plan.sourceSchema,
                                       table.plan.sourceTable, StoredTableState::Indexing);
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
    if (auto s = committed(target,
                           [&] {
                               return control->setTableState(
                                   target, request.name, table.plan.sourceSchema,
                                   table.plan.sourceTable, StoredTableState::Completed,
                                   objectErrorText(table), table.startMs.load());
                           });
        !s)
        return s;
    table.setState(TableState::Completed);
    table.endMs = nowMs();
    // Rejected rows are a warning: the Logs tab's warnings filter and the CLI show them.
    log->log(LogComponent::TableManager,
             table.committedErrors.load() > 0 ? LogSeverity::Warning : LogSeverity::Info,
             EngineTr::tr("Table %1 loaded: %2 row(s), %3 rejected.", nullptr,
                          pluralOf(table.committedLoaded.load()))
                 .arg(qs(label), numberText(table.committedLoaded.load()),
                      numberText(table.committedErrors.load()))
                 .toStdString());
    return {};
}

void TaskRun::workerLoop()
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

Result<std::unique_ptr<load::SourceSession>> TaskRun::openSource()
{
    auto opened = load::openSourceSession(request.source);
    if (!opened || !sourceSnapshot.shared || snapshotLost.load())
        return opened;
    if (auto joined = (*opened)->joinSnapshot(sourceSnapshot); !joined) {
        // Its exporter is gone (the source restarted): reading on is still correct for the
        // rows, only no longer one moment across tables (docs/data-path.md).
        if (!snapshotLost.exchange(true))
            warn(LogComponent::SourceUnload,
                 EngineTr::tr("The source snapshot %1 is gone: the remaining slices read the "
                              "source as it is now. %2")
                     .arg(qs(sourceSnapshot.id), qs(joined.error().toString()))
                     .toStdString());
        return load::openSourceSession(request.source);
    }
    return opened;
}

namespace {

/// Work: slices of tables in load order; larger tables first within the same order so the
/// longest work starts early. Tables whose slices were all loaded by an earlier run are
/// finished here.
void queueWork(TaskRun &run, load::TargetSession &target)
{
    std::vector<size_t> order(run.tables.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const TableWork &ta = *run.tables[a];
        const TableWork &tb = *run.tables[b];
        if (ta.plan.loadOrder != tb.plan.loadOrder)
            return ta.plan.loadOrder > tb.plan.loadOrder;
        return ta.totalRows.value_or(0) > tb.totalRows.value_or(0);
    });
    for (size_t index : order) {
        TableWork &table = *run.tables[index];
        if (table.currentState() == TableState::Completed || table.failed.load())
            continue;
        if (table.needsFinish) {
            if (auto finished = run.finishTable(table, target); !finished)
                run.failTable(table, finished.error(), &target);
            continue;
        }
        for (size_t slice = 0; slice < table.slices.size(); ++slice) {
            if (!table.slices[slice].completed)
                run.work.emplace_back(index, slice);
        }
    }
}

size_t workerCount(TaskRun &run)
{
    size_t count = std::max<size_t>(
        1,
        std::min<size_t>(static_cast<size_t>(run.settings.maxFullLoadSubTasks), run.work.size()));
    if (connectorFor(run.request.target.dialect).capabilities().oneWriterAtATime && count > 1) {
        // SQLite has one writer at a time: parallel slices would only queue on its lock.
        run.info(LogComponent::TaskManager,
                 EngineTr::tr("SQLite targets take one writer at a time: loading one slice at a "
                              "time instead of %1.")
                     .arg(count));
        count = 1;
    }
    return count;
}

/// A worker thread's body: no exception leaves it (one fails the task with its message).
void runWorker(TaskRun &run)
{
    try {
        lowerThreadPriority(run.request.workerNiceness);
        run.workerLoop();
    } catch (const std::exception &e) {
        run.failTask(Error {ErrorCode::Internal, ErrorAction::FailTask,
                            EngineTr::tr("A load worker failed unexpectedly: %1")
                                .arg(QString::fromUtf8(e.what()))
                                .toStdString()});
    } catch (...) {
        run.failTask(Error {ErrorCode::Internal, ErrorAction::FailTask,
                            EngineTr::tr("A load worker failed unexpectedly: %1")
                                .arg(QStringLiteral("unknown exception"))
                                .toStdString()});
    }
}

} // namespace

void runFullLoad(TaskRun &run, PreparedTask &prepared)
{
    queueWork(run, *prepared.target);
    std::vector<std::thread> workers;
    const size_t count = workerCount(run);
    for (size_t i = 0; i < count; ++i)
        workers.emplace_back([&run] { runWorker(run); });
    for (std::thread &worker : workers)
        worker.join();

    // Foreign keys once every table is in (DESIGN §3).
    if (run.shouldStop())
        return;
    auto target = load::openTargetSession(run.request.target);
    if (!target) {
        run.failTask(target.error());
        return;
    }
    run.createForeignKeys(**target, prepared.reloading, prepared.foreignKeysDone);
    run.restoreDetachedKeys(**target);
    if (auto done = committed(
            **target, [&] { return run.control->setForeignKeysDone(**target, run.request.name); });
        !done)
        run.warn(LogComponent::TaskManager,
                 EngineTr::tr("Could not record in the control tables that the foreign keys "
                              "are built: %1")
                     .arg(qs(done.error().toString()))
                     .toStdString());
}

} // namespace ferry::task
