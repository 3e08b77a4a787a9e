// SPDX-License-Identifier: MIT
// TaskRun: what the phases share, its snapshots and its table failures.
#include "engine/task/task_run.h"

#include "engine/task/task_clock.h"

#include <QString>

namespace ferry::task {

std::string tableLabel(const mapping::TablePlan &plan)
{
    return plan.sourceSchema.empty() ? plan.sourceTable
                                     : plan.sourceSchema + "." + plan.sourceTable;
}

Error taskError(ErrorCode code, const QString &message, const std::string &detail,
                const QString &hint)
{
    Error error {code, ErrorAction::FailTask, message.toStdString()};
    error.detail = detail;
    error.hint = hint.toStdString();
    return error;
}

std::string joinNames(const std::vector<std::string> &names)
{
    std::string out;
    for (const std::string &name : names)
        out += (out.empty() ? "" : ", ") + name;
    return out;
}

void TaskRun::warn(LogComponent component, const std::string &message)
{
    {
        std::lock_guard lock(warningsMutex);
        warnings.push_back(message);
    }
    log->log(component, LogSeverity::Warning, message);
}

void TaskRun::info(LogComponent component, const QString &message)
{
    log->log(component, LogSeverity::Info, message.toStdString());
}

void TaskRun::failTask(const Error &error)
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

void TaskRun::cancelActive()
{
    std::lock_guard lock(activeMutex);
    for (load::TableReader *reader : activeReaders)
        reader->cancel();
    for (load::TableWriter *writer : activeWriters)
        writer->cancel();
}

TaskRun::ActiveGuard TaskRun::track(load::TableReader *reader, load::TableWriter *writer)
{
    {
        std::lock_guard lock(activeMutex);
        if (reader)
            activeReaders.insert(reader);
        if (writer)
            activeWriters.insert(writer);
    }
    if (shouldStop()) {
        if (reader)
            reader->cancel();
        if (writer)
            writer->cancel();
    }
    return ActiveGuard {*this, reader, writer};
}

TaskRun::ActiveGuard::~ActiveGuard()
{
    std::lock_guard lock(run.activeMutex);
    run.activeReaders.erase(reader);
    run.activeWriters.erase(writer);
}

// Snapshots -----------------------------------------------------------------------------------

TaskSnapshot TaskRun::snapshot()
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
        t.fullLoadTruncatedLobs
            = table->committedTruncated.load() + table->inflightTruncated.load();
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
        samples.push_back(Sample {startedMs, 0, 0, 0, 0});
    const Sample now {s.timestampMs, totals.rowsRead.load(), totals.rowsWritten.load(),
                      totals.bytesRead.load(), totals.bytesWritten.load()};
    samples.push_back(now);
    while (samples.size() > 2 && now.ms - samples.front().ms > 2000)
        samples.pop_front();
    const Sample &first = samples.front();
    const double seconds = static_cast<double>(now.ms - first.ms) / 1000.0;
    if (seconds > 0) {
        s.metrics.fullLoadThroughputRowsSource = (now.rowsRead - first.rowsRead) / seconds;
        s.metrics.fullLoadThroughputRowsTarget = (now.rowsWritten - first.rowsWritten) / seconds;
        s.metrics.fullLoadThroughputBandwidthSource
            = (now.bytesRead - first.bytesRead) / 1024.0 / seconds;
        s.metrics.fullLoadThroughputBandwidthTarget
            = (now.bytesWritten - first.bytesWritten) / 1024.0 / seconds;
    }
    s.metrics.memoryUsageBytes = residentMemoryBytes();
    if (taskFailed.load()) {
        std::lock_guard lock(failureMutex);
        s.lastFailureMessage = failure.toString();
    }
    return s;
}

void TaskRun::publish(const TaskSnapshot &s)
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

void TaskRun::samplerLoop()
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

// Tables ----------------------------------------------------------------------------------------

void TaskRun::failTable(TableWork &table, const Error &error, load::TargetSession *target)
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
                                          table.plan.sourceTable, StoredTableState::Error,
                                          error.toString(), table.startMs.load());
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

void TaskRun::reportObjectFailure(TableWork &table, const Error &error)
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

void TaskRun::reportObjects(TableWork &table, const load::ObjectsOutcome &outcome)
{
    for (const std::string &warning : outcome.warnings)
        warn(LogComponent::TargetLoad, warning);
    for (const Error &error : outcome.failed)
        reportObjectFailure(table, error);
}

std::string TaskRun::objectErrorText(TableWork &table)
{
    std::lock_guard lock(table.errorMutex);
    std::string text;
    for (const std::string &line : table.objectErrors)
        text += (text.empty() ? "" : "\n") + line;
    return text;
}

} // namespace ferry::task
