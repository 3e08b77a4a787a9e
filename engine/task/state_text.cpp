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

} // namespace ferry::task
