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

/// How a table's state weighs, for the mark a view draws or the word a terminal prints.
enum class StateSeverity { Waiting, Active, Ok, Warning, Error, Stopped };

/// A table's state as the workbench and the CLI show it.
struct TableStateLabel
{
    QString text; ///< translated
    StateSeverity severity = StateSeverity::Waiting;
};

/// True for a completed table whose target rejected rows (FullLoadErrorRows > 0) or refused an
/// index, key or foreign key: it is shown "Completed with errors", not as a clean table.
[[nodiscard]] bool completedWithErrors(const TableStatistics &table);
/**
 * The one derivation of the state shown for a table (workbench statistics, CLI live view and
 * summary): DMS's load state (tableStateText), except "Completed with errors" (a warning) for
 * completedWithErrors(). JSON output and the control tables keep DMS's names
 * (tableStateName).
 */
[[nodiscard]] TableStateLabel tableStateLabel(const TableStatistics &table);
/// Tables completedWithErrors() in a snapshot.
[[nodiscard]] int tablesCompletedWithErrors(const TaskSnapshot &snapshot);

} // namespace ferry::task
