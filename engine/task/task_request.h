// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"
#include "engine/project/project.h"
#include "engine/task/task_runner.h"

#include <string>

namespace ferry::task {

/**
 * The TaskRequest for one task of a project: both endpoints' connection specs (relative SQLite
 * paths resolved against projectDirectory), the task's mapping, and the project settings with
 * the task's overrides. Passwords are not resolved: the caller fills them from the endpoint's
 * password source (environment, keyring, prompt) before running.
 *
 * taskName may be empty when the project has exactly one task.
 * Errors (ErrorCode::ProjectInvalid, ErrorCode::Usage for "several tasks, none named",
 * ErrorCode::NotSupported is the runner's, for a task it cannot run yet): one sentence naming
 * the task, with a hint.
 * Plain function; any thread.
 */
[[nodiscard]] Result<TaskRequest> taskRequestFromProject(const project::Project &project,
                                                         const std::string &taskName,
                                                         const std::string &projectDirectory);

/// Where a run keeps task.log and statistics.jsonl by default:
/// <user data>/Ferry/runs/<task>/<UTC timestamp> (not created here).
[[nodiscard]] std::string defaultRunDirectory(const std::string &taskName);

} // namespace ferry::task
