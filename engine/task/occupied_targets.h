// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"
#include "engine/task/task_runner.h"

#include <string>
#include <vector>

namespace ferry::task {

/// A target table of a task that exists and holds rows.
struct OccupiedTable
{
    std::string schema; ///< "" for SQLite targets
    std::string table;
};

/**
 * The target tables a run of the task would empty -- TargetTablePrepMode DROP_AND_CREATE or
 * TRUNCATE_BEFORE_LOAD -- that exist and hold at least one row: before a first run the
 * workbench asks whether to replace data no run of the task loaded. Empty under DO_NOTHING
 * (rows are added, none lost). Reads the source catalog and plans the mapping as a run would,
 * then asks the target one "SELECT 1 ... LIMIT 1" per existing planned table; writes nothing.
 *
 * Thread: plain function, blocking; opens its own connections. Errors: Result values (a
 * failed login carries ErrorSide).
 */
[[nodiscard]] Result<std::vector<OccupiedTable>> occupiedTargetTables(const TaskRequest &request);

} // namespace ferry::task
