// SPDX-License-Identifier: MIT
#include "engine/task/state_text.h"

#include "engine/core/tr.h"

namespace ferry::task {

QString taskStateText(TaskState state)
{
    switch (state) {
    //: Task state
    case TaskState::Created: return EngineTr::tr("Created");
    //: Task state
    case TaskState::Starting: return EngineTr::tr("Starting");
    //: Task state
    case TaskState::Running: return EngineTr::tr("Running");
    //: Task state: every table is loaded
    case TaskState::LoadComplete: return EngineTr::tr("Load complete");
    //: Task state
    case TaskState::Stopping: return EngineTr::tr("Stopping");
    //: Task state
    case TaskState::Stopped: return EngineTr::tr("Stopped");
    //: Task state
    case TaskState::Failed: return EngineTr::tr("Failed");
    }
    return {};
}

QString tableStateText(TableState state)
{
    switch (state) {
    case TableState::BeforeLoad: return EngineTr::tr("Before load");
    case TableState::FullLoad: return EngineTr::tr("Full load");
    case TableState::Completed: return EngineTr::tr("Table completed");
    case TableState::Error: return EngineTr::tr("Table error");
    case TableState::Suspended: return EngineTr::tr("Table suspended");
    case TableState::Cancelled: return EngineTr::tr("Table cancelled");
    }
    return {};
}

bool completedWithErrors(const TableStatistics &table)
{
    return table.state == TableState::Completed
        && (table.fullLoadErrorRows > 0 || !table.objectErrors.empty());
}

TableStateLabel tableStateLabel(const TableStatistics &table)
{
    switch (table.state) {
    case TableState::BeforeLoad:
        return {tableStateText(table.state), StateSeverity::Waiting};
    case TableState::FullLoad:
        return {tableStateText(table.state), StateSeverity::Active};
    case TableState::Completed:
        if (completedWithErrors(table))
            //: Table load state: every row was read, but the target rejected some rows (or
            //: refused an index or key). Shown instead of "Table completed".
            return {EngineTr::tr("Completed with errors"), StateSeverity::Warning};
        return {tableStateText(table.state), StateSeverity::Ok};
    case TableState::Error:
    case TableState::Suspended:
        return {tableStateText(table.state), StateSeverity::Error};
    case TableState::Cancelled:
        return {tableStateText(table.state), StateSeverity::Stopped};
    }
    return {tableStateText(table.state), StateSeverity::Waiting};
}

int tablesCompletedWithErrors(const TaskSnapshot &snapshot)
{
    int count = 0;
    for (const TableStatistics &table : snapshot.tables)
        count += completedWithErrors(table) ? 1 : 0;
    return count;
}

} // namespace ferry::task
