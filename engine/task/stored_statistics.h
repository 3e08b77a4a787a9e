// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/connection_spec.h"
#include "engine/core/error.h"
#include "engine/load/load_session.h"
#include "engine/project/project.h"
#include "engine/task/task_snapshot.h"

#include <optional>
#include <string>

namespace ferry::task {

/**
 * The statistics of a task's last run as the control tables on its target keep them: each
 * table's state, rows loaded and rejected (summed over its slices, so a re-apply's moves from
 * rejected to loaded show), truncated LOB values, load times and last error. For the workbench
 * when a project is reopened, after a re-apply, and before a run (has the task run before?).
 *
 * nullopt when the task has no row in task_status (never ran on this target, or the control
 * tables do not exist: nothing is created). A run recorded as still running (killed, or
 * running elsewhere) reads as Stopped and its loading tables as cancelled. A table stored as
 * "error" is Suspended under TableErrorPolicy SUSPEND_TABLE (the default), else Error. Row
 * estimates, bytes and metrics are not stored: totalRows is empty, the rest 0.
 *
 * Thread: a plain function; the first form opens its own connection (blocking). Errors:
 * Result values.
 */
[[nodiscard]] Result<std::optional<TaskSnapshot>>
readStoredStatistics(const ConnectionSpec &target, const std::string &taskName,
                     const project::TaskSettings &settings);
[[nodiscard]] Result<std::optional<TaskSnapshot>>
readStoredStatistics(load::TargetSession &session, const std::string &taskName,
                     const project::TaskSettings &settings);

} // namespace ferry::task
