// SPDX-License-Identifier: MIT
#include "engine/task/occupied_targets.h"

#include "engine/connectors/connector.h"
#include "engine/task/load_settings.h"
#include "engine/task/task_phases.h"

namespace ferry::task {

Result<std::vector<OccupiedTable>> occupiedTargetTables(const TaskRequest &request)
{
    std::vector<OccupiedTable> occupied;
    const LoadSettings settings = loadSettingsFrom(request.settings);
    if (settings.prepMode == TablePrepMode::DoNothing)
        return occupied;
    auto target = load::openTargetSession(request.target);
    if (!target)
        return target.error();
    auto plan = planRequest(request, settings, (*target)->defaultSchema());
    if (!plan)
        return plan.error();
    const convert::DdlWriter *ddl = connectorFor(request.target.dialect).ddlWriter();
    if (!ddl)
        return occupied; // not a target: the run says so
    for (const mapping::TablePlan &table : plan->tables) {
        const std::string &schema = table.target.schema;
        const std::string &name = table.target.name;
        auto exists = (*target)->tableExists(schema, name);
        if (!exists)
            return exists.error();
        if (!*exists)
            continue;
        auto rows = (*target)->query("SELECT 1 FROM " + ddl->qualified(schema, name) + " LIMIT 1");
        if (!rows)
            return rows.error();
        if (!rows->empty())
            occupied.push_back({schema, name});
    }
    return occupied;
}

} // namespace ferry::task
