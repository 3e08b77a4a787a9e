// SPDX-License-Identifier: MIT
#pragma once

// The phases of a task run (DESIGN §4): prepare, full load, change capture, validation,
// finish. Internal to engine/task; TaskRunner::run() strings them together.

#include "engine/core/error.h"
#include "engine/load/load_session.h"
#include "engine/mapping/mapping_plan.h"
#include "engine/project/project.h"
#include "engine/task/task_runner.h"

#include <memory>

namespace ferry::task {

struct TaskRun;
struct LoadSettings;

/// Which phases a task runs, from DMS's migration type and ValidationSettings.
struct TaskPhases
{
    bool fullLoad = false; ///< full-load, full-load-and-cdc (not ValidationOnly)
    bool changeCapture = false; ///< cdc, full-load-and-cdc
    bool validation = false; ///< ValidationSettings.EnableValidation or ValidationOnly
};

[[nodiscard]] TaskPhases phasesOf(project::MigrationType type, const LoadSettings &settings);

/// The source catalog (read in the snapshot, when one is named) and the request's mapping plan
/// for a target whose default schema is given. The plan's warnings and notes are the caller's.
[[nodiscard]] Result<mapping::MappingPlan> planRequest(const TaskRequest &request,
                                                       const LoadSettings &settings,
                                                       const std::string &targetDefaultSchema,
                                                       const std::string &snapshot = {});

/// What the prepare phase hands to the full load.
struct PreparedTask
{
    std::unique_ptr<load::TargetSession> target; ///< the session that prepared the tables
    /// The session that took the source snapshot: open until every reader is done.
    std::unique_ptr<load::SourceSession> source;
    bool resuming = false; ///< an earlier run's control rows are continued
    bool reloading = false; ///< TaskRequest::reloadTables
    bool foreignKeysDone = false; ///< an earlier run built the task's foreign keys
};

/**
 * Prepare (prepare_phase.cpp): the phases this build can run (an Error naming what is missing
 * otherwise), the source catalog and the mapping plan, the control tables and the task's row,
 * each table restored from an earlier run or sliced afresh, and each table not prepared by an
 * earlier run prepared on the target (TargetTablePrepMode), foreign keys in the way detached.
 */
[[nodiscard]] Result<PreparedTask> prepareTask(TaskRun &run, const TaskPhases &phases);

/// Full load (full_load_phase.cpp): every pending slice on MaxFullLoadSubTasks workers, each
/// table's keys and indexes when its last slice is in, foreign keys once every table is in.
void runFullLoad(TaskRun &run, PreparedTask &prepared);

/// Finish (finish_phase.cpp): the final state recorded on the target (retried; an Error says
/// so when it cannot be), the end message, the outcome.
[[nodiscard]] Result<TaskOutcome> finishTask(TaskRun &run);

/// A run that cannot go on (before or instead of finishTask): state Failed, the error logged
/// and published, recorded on the target when the task's row exists.
[[nodiscard]] Error abortTask(TaskRun &run, Error error);

} // namespace ferry::task
