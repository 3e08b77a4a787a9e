// SPDX-License-Identifier: MIT
// The finish phase: the final state on the target and the end message.
#include "engine/task/task_phases.h"

#include "engine/connectors/connector.h"
#include "engine/task/task_run.h"

#include <QString>

#include <algorithm>
#include <chrono>
#include <climits>
#include <thread>

namespace ferry::task {

namespace {

/// Attempts at recording the final state; the waits between them grow (0.5 s, 1 s, 2 s).
constexpr int FinalStateAttempts = 4;

/**
 * Records the task's final state and a history row on the target, on a session of its own
 * (the load's may be gone with the server). Retried, so that a resume never finds a finished
 * task "running"; an Error when it still cannot be recorded.
 */
Result<void> recordFinalState(TaskRun &run, StoredTaskState state, const std::string &message)
{
    Error last;
    auto wait = std::chrono::milliseconds(500);
    for (int attempt = 1; attempt <= FinalStateAttempts; ++attempt) {
        auto session = load::openTargetSession(run.request.target);
        Result<void> recorded = session
            ? committed(**session,
                        [&]() -> Result<void> {
                            if (auto set = run.control->setTaskState(**session, run.request.name,
                                                                     state, message);
                                !set)
                                return set;
                            return run.control->addHistory(**session, run.request.name,
                                                           storedStateName(state), {});
                        })
            : Result<void>(session.error());
        if (recorded)
            return {};
        last = recorded.error();
        if (attempt < FinalStateAttempts) {
            std::this_thread::sleep_for(wait);
            wait *= 2;
        }
    }
    Error error {ErrorCode::QueryFailed, ErrorAction::FailTask,
                 EngineTr::tr("Task %1 ended (%2), but its state could not be recorded in the "
                              "target's control tables: a resume would find it still running.")
                     .arg(qs(run.request.name), QString::fromLatin1(storedStateName(state)))
                     .toStdString()};
    error.detail = last.toString();
    error.hint = EngineTr::tr("Check that the target is reachable, then run the task again with "
                              "--resume: it continues where this run ended.")
                     .toStdString();
    return error;
}

/// The end message; it names the values limited LOB mode truncated (a warning then, so that
/// the command line shows it too).
void logEnd(TaskRun &run, const TaskSnapshot &last, TaskState finalState)
{
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
    message = message.arg(qs(run.request.name), QString::fromLatin1(taskStateName(finalState)))
                  .arg(last.tablesLoaded())
                  .arg(run.tables.size())
                  .arg(last.tablesErrored());
    if (truncatedTables == 1) {
        for (const TableStatistics &table : last.tables) {
            if (table.fullLoadTruncatedLobs > 0)
                message = message.arg(
                    qs(table.schema.empty() ? table.table : table.schema + "." + table.table));
        }
    } else if (truncatedTables > 1) {
        message = message.arg(truncatedTables);
    }
    if (finalState != TaskState::LoadComplete)
        run.log->log(LogComponent::TaskManager, LogSeverity::Error, message.toStdString());
    else if (truncated > 0)
        run.warn(LogComponent::TaskManager, message.toStdString());
    else
        run.log->log(LogComponent::TaskManager, LogSeverity::Info, message.toStdString());
}

/// What run() returns for a task stopped on request.
Error stoppedError(const TaskRun &run)
{
    Error stopped = cancelledError();
    stopped.message = EngineTr::tr("Task %1 was stopped; run it again with --resume to continue.")
                          .arg(qs(run.request.name))
                          .toStdString();
    return stopped;
}

} // namespace

Result<TaskOutcome> finishTask(TaskRun &run)
{
    TaskState finalState = TaskState::LoadComplete;
    StoredTaskState stored = StoredTaskState::LoadComplete;
    if (run.taskFailed.load()) {
        finalState = TaskState::Failed;
        stored = StoredTaskState::Failed;
    } else if (run.stopRequested.load()) {
        finalState = TaskState::Stopped;
        stored = StoredTaskState::Stopped;
    }
    run.setState(finalState);
    if (auto recorded = recordFinalState(
            run, stored, run.taskFailed.load() ? run.failure.toString() : std::string());
        !recorded) {
        run.failTask(recorded.error());
        run.setState(TaskState::Failed);
        finalState = TaskState::Failed;
    }
    TaskOutcome outcome;
    outcome.finalSnapshot = run.snapshot();
    run.publish(outcome.finalSnapshot);
    logEnd(run, outcome.finalSnapshot, finalState);
    {
        std::lock_guard lock(run.warningsMutex);
        outcome.warnings = run.warnings;
    }
    if (run.taskFailed.load())
        return run.failure;
    if (run.stopRequested.load())
        return stoppedError(run);
    return outcome;
}

Error abortTask(TaskRun &run, Error error)
{
    // A stop that interrupted the preparation: stopped, not failed, and resumable.
    const bool stopped = run.stopRequested.load() && error.code == ErrorCode::Cancelled;
    if (stopped)
        error = stoppedError(run);
    run.setState(stopped ? TaskState::Stopped : TaskState::Failed);
    run.log->log(LogComponent::TaskManager, stopped ? LogSeverity::Info : LogSeverity::Error,
                 error.toString());
    if (run.taskRecorded) {
        if (auto recorded
            = recordFinalState(run, stopped ? StoredTaskState::Stopped : StoredTaskState::Failed,
                               stopped ? std::string() : error.toString());
            !recorded)
            run.log->log(LogComponent::TaskManager, LogSeverity::Error,
                         recorded.error().toString());
    }
    TaskSnapshot last = run.snapshot();
    if (!stopped)
        last.lastFailureMessage = error.toString();
    run.publish(last);
    return error;
}

} // namespace ferry::task
