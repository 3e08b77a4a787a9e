// SPDX-License-Identifier: MIT
#include "engine/task/stored_statistics.h"

#include "engine/connectors/connector.h"
#include "engine/task/control_tables.h"
#include "engine/task/load_settings.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>

namespace ferry::task {

namespace {

TaskState taskStateOf(StoredTaskState state)
{
    switch (state) {
    case StoredTaskState::LoadComplete:
        return TaskState::LoadComplete;
    case StoredTaskState::Failed:
        return TaskState::Failed;
    case StoredTaskState::Running: // no run of this process: killed, or running elsewhere
    case StoredTaskState::Stopped:
        return TaskState::Stopped;
    }
    return TaskState::Stopped;
}

TableState tableStateOf(StoredTableState state, bool suspend)
{
    switch (state) {
    case StoredTableState::Queued:
        return TableState::BeforeLoad;
    case StoredTableState::Loading:
    case StoredTableState::Indexing:
        return TableState::Cancelled; // the run did not finish it
    case StoredTableState::Completed:
        return TableState::Completed;
    case StoredTableState::Error:
        return suspend ? TableState::Suspended : TableState::Error;
    }
    return TableState::BeforeLoad;
}

std::vector<std::string> linesOf(const std::string &text)
{
    std::vector<std::string> lines;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        if (end > start)
            lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

using SliceKey = std::tuple<std::string, std::string, int>;

TableStatistics statisticsOf(const ControlTables::TableRow &row, bool suspend,
                             const std::map<SliceKey, int64_t> &truncated)
{
    TableStatistics table;
    table.schema = row.sourceSchema;
    table.table = row.sourceTable;
    table.state = tableStateOf(row.state, suspend);
    table.slices = static_cast<int>(std::max<size_t>(1, row.slices.size()));
    for (const ControlTables::SliceRow &slice : row.slices) {
        table.rowsRead += slice.rowsRead;
        table.fullLoadRows += slice.rowsLoaded;
        table.fullLoadErrorRows += slice.errorRows;
        if (slice.state == StoredSliceState::Completed)
            ++table.slicesCompleted;
        if (const auto cut = truncated.find({row.sourceSchema, row.sourceTable, slice.number});
            cut != truncated.end())
            table.fullLoadTruncatedLobs += cut->second;
    }
    table.startTimeMs = row.startedMs;
    table.endTimeMs = row.endedMs;
    if (row.startedMs && row.endedMs && *row.endedMs >= *row.startedMs)
        table.elapsedMs = *row.endedMs - *row.startedMs;
    // A completed table's last_error lists the objects the target refused, one per line.
    if (table.state == TableState::Completed)
        table.objectErrors = linesOf(row.lastError);
    else
        table.lastError = row.lastError;
    return table;
}

} // namespace

Result<std::optional<TaskSnapshot>> readStoredStatistics(const ConnectionSpec &target,
                                                         const std::string &taskName,
                                                         const project::TaskSettings &settings)
{
    // Opening a SQLite target creates its file: a target that was never written has no run.
    std::error_code ignored;
    if (target.dialect == Dialect::Sqlite && !std::filesystem::exists(target.path, ignored))
        return std::optional<TaskSnapshot>();
    auto session = load::openTargetSession(target);
    if (!session)
        return session.error();
    return readStoredStatistics(**session, taskName, settings);
}

Result<std::optional<TaskSnapshot>> readStoredStatistics(load::TargetSession &session,
                                                         const std::string &taskName,
                                                         const project::TaskSettings &settings)
{
    const ControlTables control(session.dialect(), controlSchemaOf(settings));
    auto exists = session.tableExists(control.schema(), control.tableName("task_status"));
    if (!exists)
        return exists.error();
    if (!*exists)
        return std::optional<TaskSnapshot>();
    auto task = control.task(session, taskName);
    if (!task)
        return task.error();
    if (!*task)
        return std::optional<TaskSnapshot>();
    auto rows = control.tables(session, taskName);
    if (!rows)
        return rows.error();
    auto counts = control.lobTruncationCounts(session, taskName);
    if (!counts)
        return counts.error();
    std::map<SliceKey, int64_t> truncated;
    for (const ControlTables::LobTruncationCount &count : *counts)
        truncated[{count.sourceSchema, count.sourceTable, count.slice}] = count.values;

    const bool suspend = loadSettingsFrom(settings).tableErrorPolicy == TablePolicy::SuspendTable;
    TaskSnapshot snapshot;
    snapshot.taskName = taskName;
    snapshot.state = taskStateOf((*task)->state);
    for (const ControlTables::TableRow &row : *rows)
        snapshot.tables.push_back(statisticsOf(row, suspend, truncated));
    std::sort(snapshot.tables.begin(), snapshot.tables.end(),
              [](const TableStatistics &a, const TableStatistics &b) {
                  return std::tie(a.schema, a.table) < std::tie(b.schema, b.table);
              });
    for (const TableStatistics &table : snapshot.tables)
        snapshot.elapsedMs = std::max(snapshot.elapsedMs, table.elapsedMs);
    return std::optional<TaskSnapshot>(std::move(snapshot));
}

} // namespace ferry::task
