// SPDX-License-Identifier: MIT
#pragma once

#include "engine/task/task_snapshot.h"

#include <QString>

namespace ferry::task {

/// The task's state in the DMS console's words ("Running", "Load complete", ...), translated;
/// taskStateName() gives the untranslated name for JSON and control tables.
[[nodiscard]] QString taskStateText(TaskState state);
/// A table's load state in the DMS console's words ("Before load", "Table completed", ...),
/// translated; tableStateName() gives the untranslated name.
[[nodiscard]] QString tableStateText(TableState state);

} // namespace ferry::task
