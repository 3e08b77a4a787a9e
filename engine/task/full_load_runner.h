// SPDX-License-Identifier: MIT
#pragma once

// The full-load runner became the TaskRunner (issue #12); this name stays until every caller
// says TaskRunner.
#include "engine/task/task_runner.h"

namespace ferry::task {
using FullLoadRunner = TaskRunner;
} // namespace ferry::task
