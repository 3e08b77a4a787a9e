// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/connection_spec.h"
#include "engine/core/error.h"
#include "engine/project/project.h"
#include "engine/task/task_log.h"
#include "engine/task/task_snapshot.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ferry::task {

/// Everything a task needs; a plain value (copy it to the thread that runs it).
struct TaskRequest
{
    std::string name = "ferry-task"; ///< the task's identity in the target's control tables
    ConnectionSpec source;
    ConnectionSpec target;
    /// DMS MigrationType: which phases run (TaskRunner). Only full-load runs today.
    project::MigrationType migrationType = project::MigrationType::FullLoad;
    std::optional<project::TableMapping> mapping; ///< nullopt: every table (DMS default)
    project::TaskSettings settings;
    bool resume = false; ///< continue the task's last run from the control tables
    /// "Reload table data" (DMS ReloadTables): (source schema, source table) of tables to load
    /// again from scratch while the task's other tables stay as they are. Not empty: implies
    /// resume; the task must have run before on this target (control rows), and every table
    /// must be selected by the mapping. An empty schema matches the table in any schema when
    /// exactly one selected table has that name. docs/data-path.md, "Reloading tables".
    std::vector<std::pair<std::string, std::string>> reloadTables;
    std::string runDirectory; ///< task.log and statistics.jsonl go here; "" for none
    int snapshotIntervalMs = 250; ///< 4 Hz (DESIGN §2)
    /// The nice value of the task's reader and writer threads (Linux; 0: as the caller's). On
    /// idle cores a load runs as fast as without it; when other processes compete it yields
    /// to them. The workbench leaves it at 0: bench/ui_latency measured a small gain in GUI
    /// latency for a large loss of throughput.
    int workerNiceness = 0;
};

struct TaskCallbacks
{
    /// Called on the runner's sampler thread at the snapshot rate, and once at the end.
    std::function<void(const TaskSnapshot &)> snapshot;
    /// Called on whichever thread logs; keep it cheap.
    std::function<void(const LogLine &)> log;
};

struct TaskOutcome
{
    TaskSnapshot finalSnapshot;
    std::vector<std::string> warnings;
};

struct TaskRun; // engine/task/task_run.h

/**
 * Runs one task (DESIGN §4) as a sequence of phases chosen by its migration type and its
 * validation settings (DMS): prepare, full load, change capture, validation, finish
 * (engine/task/task_phases.h). The full load (DESIGN §3): reads the source catalog, applies
 * the mapping, prepares target tables per TargetTablePrepMode, loads every table slice by
 * slice on MaxFullLoadSubTasks workers (each a reader thread and a writer thread joined by a
 * bounded BatchQueue: load::BatchPump), builds keys and indexes after the data, foreign keys
 * last, and keeps its state in the target's control tables so that a killed run resumes
 * exactly (no row lost, none duplicated). Tasks that need change capture, or only validate,
 * are refused with ErrorCode::NotSupported until those phases exist; EnableValidation is
 * warned about and the load runs.
 *
 * Thread: run() blocks the calling thread until the task ends; stop() may be called from any
 * thread and makes run() return promptly with the task Stopped (resumable).
 * Errors: run() returns an Error when the task could not run at all or failed (STOP_TASK
 * policies, unrecoverable errors); table errors under SUSPEND_TABLE leave the task
 * "Load complete" with those tables in error (see the snapshot).
 */
class TaskRunner
{
public:
    TaskRunner(TaskRequest request, TaskCallbacks callbacks);
    ~TaskRunner();
    TaskRunner(const TaskRunner &) = delete;
    TaskRunner &operator=(const TaskRunner &) = delete;

    [[nodiscard]] Result<TaskOutcome> run();
    void stop();

private:
    std::unique_ptr<TaskRun> d;
};

} // namespace ferry::task
