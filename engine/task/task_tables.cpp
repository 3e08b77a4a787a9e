// SPDX-License-Identifier: MIT
// The tables of a run: planned, restored from the control tables or sliced afresh.
#include "engine/task/task_run.h"

#include "engine/load/key_slicing.h"

#include <algorithm>
#include <charconv>

namespace ferry::task {

namespace {

std::vector<SliceWork> toSlices(const std::vector<load::SliceBounds> &bounds)
{
    std::vector<SliceWork> slices;
    for (const load::SliceBounds &b : bounds) {
        SliceWork slice;
        slice.number = static_cast<int>(slices.size());
        slice.lower = b.lower;
        slice.upper = b.upper;
        slices.push_back(slice);
    }
    return slices;
}

/// SupportLobs=false: LOB columns are not migrated (DMS).
void dropLobColumns(mapping::TablePlan &plan)
{
    std::vector<mapping::ColumnPlan> kept;
    std::vector<load::TargetColumn> keptTarget;
    for (const mapping::ColumnPlan &column : plan.columns) {
        if (column.source.type.isLob)
            continue;
        kept.push_back(column);
        keptTarget.push_back(column.target);
    }
    plan.columns = std::move(kept);
    plan.target.columns = std::move(keptTarget);
}

/// A single integer primary key column allows key ranges: (source, target) names.
std::pair<std::string, std::string> rangeKeyOf(const mapping::TablePlan &plan)
{
    if (!plan.target.primaryKey || plan.target.primaryKey->columns.size() != 1)
        return {};
    const std::string &targetKey = plan.target.primaryKey->columns[0];
    std::pair<std::string, std::string> key;
    for (const mapping::ColumnPlan &column : plan.columns) {
        if (column.target.name == targetKey && !column.source.name.empty()
            && column.source.type.family == TypeFamily::Integer
            && !(column.source.type.isUnsigned && column.source.type.byteWidth == 8))
            key = {column.source.name, targetKey};
    }
    return key;
}

/// Object failures stored in table_status.last_error of a completed table, one per line.
std::vector<std::string> linesOf(const std::string &text)
{
    std::vector<std::string> lines;
    for (size_t start = 0; start < text.size();) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

} // namespace

Result<void> TaskRun::prepareTables(load::TargetSession &target, load::SourceSession &source,
                                    const mapping::MappingPlan &plan, bool resuming)
{
    std::map<std::pair<std::string, std::string>, ControlTables::TableRow> stored;
    // Truncated LOB values of the slices an earlier run committed (their statistics).
    std::map<std::tuple<std::string, std::string, int>, int64_t> truncatedBySlice;
    if (resuming) {
        auto rows = control->tables(target, request.name);
        if (!rows)
            return rows.error();
        for (ControlTables::TableRow &row : *rows)
            stored[{row.sourceSchema, row.sourceTable}] = std::move(row);
        auto counts = control->lobTruncationCounts(target, request.name);
        if (!counts)
            return counts.error();
        for (const ControlTables::LobTruncationCount &count : *counts)
            truncatedBySlice[{count.sourceSchema, count.sourceTable, count.slice}] = count.values;
    }

    for (const mapping::TablePlan &tablePlan : plan.tables) {
        auto table = std::make_unique<TableWork>();
        table->plan = tablePlan;
        if (!settings.supportLobs)
            dropLobColumns(table->plan);
        planLobs(*table);
        if (!table->lob.ruleId.empty()) {
            info(LogComponent::TaskManager,
                 table->lob.limited
                     ? EngineTr::tr("Table %1: limited LOB mode, LOB values longer than %3 KB "
                                    "are truncated (lob-settings of table-settings rule %2).")
                           .arg(qs(tableLabel(tablePlan)), qs(table->lob.ruleId))
                           .arg(table->lob.maxSizeKb)
                     : EngineTr::tr("Table %1: full LOB mode, LOB values are moved whole "
                                    "(lob-settings of table-settings rule %2).")
                           .arg(qs(tableLabel(tablePlan)), qs(table->lob.ruleId)));
        }
        table->totalRows = tablePlan.rowEstimate;
        if (!table->totalRows) {
            auto estimate = source.estimateRows(tablePlan.sourceSchema, tablePlan.sourceTable);
            if (estimate)
                table->totalRows = *estimate;
        }
        std::tie(table->keySourceColumn, table->keyTargetColumn) = rangeKeyOf(tablePlan);
        const auto found = stored.find({tablePlan.sourceSchema, tablePlan.sourceTable});
        table->reload = reloadKeys.count({tablePlan.sourceSchema, tablePlan.sourceTable}) > 0;
        const bool restorable = !table->reload && found != stored.end()
            && !found->second.slices.empty() && found->second.state != StoredTableState::Queued
            && found->second.state != StoredTableState::Error;
        Result<void> ready = restorable ? restoreTable(*table, found->second, truncatedBySlice)
                                        : startTable(*table, target, source, found != stored.end());
        if (!ready)
            return ready;
        int remaining = 0;
        for (const SliceWork &slice : table->slices)
            remaining += slice.completed ? 0 : 1;
        table->slicesRemaining = remaining;
        tables.push_back(std::move(table));
    }
    return {};
}

Result<void> TaskRun::restoreTable(
    TableWork &table, const ControlTables::TableRow &row,
    const std::map<std::tuple<std::string, std::string, int>, int64_t> &truncatedBySlice)
{
    const mapping::TablePlan &plan = table.plan;
    table.prepared = true;
    for (const ControlTables::SliceRow &sliceRow : row.slices) {
        SliceWork slice;
        slice.number = sliceRow.number;
        slice.lower = sliceRow.lower;
        slice.upper = sliceRow.upper;
        slice.completed = sliceRow.state == StoredSliceState::Completed;
        slice.mayHaveRows = !slice.completed;
        if (slice.completed) {
            table.committedRead += sliceRow.rowsRead;
            table.committedLoaded += sliceRow.rowsLoaded;
            table.committedErrors += sliceRow.errorRows;
            const auto cut
                = truncatedBySlice.find({plan.sourceSchema, plan.sourceTable, sliceRow.number});
            if (cut != truncatedBySlice.end())
                table.committedTruncated += cut->second;
            ++table.slicesCompleted;
        }
        table.slices.push_back(slice);
    }
    table.keptExisting = row.keptExisting;
    if (row.state == StoredTableState::Completed) {
        table.setState(TableState::Completed);
        // Objects the target refused when the table was finished (objectErrorText).
        table.objectErrors = linesOf(row.lastError);
        // Loaded by an earlier run: its statistics keep that run's load time.
        if (row.startedMs && row.endedMs && *row.endedMs >= *row.startedMs) {
            table.startMs = *row.startedMs;
            table.endMs = *row.endedMs;
        }
    } else if (table.slicesCompleted.load() == static_cast<int>(table.slices.size())) {
        table.needsFinish = true;
    }
    info(LogComponent::TaskManager,
         EngineTr::tr("Resuming table %1: %2 of %3 slices already "
                      "loaded.")
             .arg(qs(tableLabel(plan)))
             .arg(table.slicesCompleted.load())
             .arg(table.slices.size()));
    return {};
}

Result<void> TaskRun::startTable(TableWork &table, load::TargetSession &target,
                                 load::SourceSession &source, bool knownBefore)
{
    const mapping::TablePlan &plan = table.plan;
    auto slices = computeSlices(source, table);
    if (!slices)
        return slices.error();
    table.slices = std::move(*slices);
    if (table.reload) {
        // DO_NOTHING keeps the target table: its rows go, slice by slice, in the transaction
        // that loads the slice again (the slices cover every key).
        if (settings.prepMode == TablePrepMode::DoNothing) {
            for (SliceWork &slice : table.slices)
                slice.mayHaveRows = true;
        }
        info(LogComponent::TaskManager,
             EngineTr::tr("Reloading table %1 from scratch (%2 slices, %3).")
                 .arg(qs(tableLabel(plan)))
                 .arg(table.slices.size())
                 .arg(QString::fromLatin1(tablePrepModeName(settings.prepMode))));
    }
    // Queued or failed in an earlier run, or reloaded: start the table over.
    if (knownBefore) {
        if (auto forgotten
            = control->forgetTable(target, request.name, plan.sourceSchema, plan.sourceTable);
            !forgotten)
            return forgotten;
    }
    std::vector<ControlTables::SliceRow> rows;
    for (const SliceWork &slice : table.slices)
        rows.push_back(
            {slice.number, slice.lower, slice.upper, StoredSliceState::Pending, 0, 0, 0});
    return control->addTable(target, request.name, plan.sourceSchema, plan.sourceTable,
                             plan.target.schema, plan.target.name, rows);
}

std::optional<std::vector<SliceWork>> TaskRun::rangeSlices(const TableWork &table)
{
    const mapping::ParallelLoad &parallel = table.plan.parallelLoad;
    std::vector<int64_t> bounds;
    bool numeric = parallel.columns.size() == 1 && !table.keySourceColumn.empty()
        && parallel.columns[0] == table.keySourceColumn;
    for (const auto &boundary : parallel.boundaries) {
        int64_t value = 0;
        const char *end = boundary.empty() ? nullptr : boundary[0].data() + boundary[0].size();
        if (boundary.size() != 1
            || std::from_chars(boundary[0].data(), end, value).ec != std::errc()) {
            numeric = false;
            break;
        }
        bounds.push_back(value);
    }
    if (numeric && !bounds.empty()) {
        std::sort(bounds.begin(), bounds.end());
        return toSlices(load::slicesBetween(bounds));
    }
    warn(LogComponent::TaskManager,
         EngineTr::tr("Table %1: parallel-load ranges (rule %2) need one integer key column of "
                      "the table's primary key; the table loads as one slice.")
             .arg(qs(tableLabel(table.plan)), qs(parallel.ruleId))
             .toStdString());
    return std::nullopt;
}

Result<std::vector<SliceWork>> TaskRun::computeSlices(load::SourceSession &source, TableWork &table)
{
    const mapping::ParallelLoad &parallel = table.plan.parallelLoad;
    using Type = mapping::ParallelLoad::Type;
    if (parallel.type == Type::Ranges) {
        if (auto slices = rangeSlices(table))
            return std::move(*slices);
    } else if (parallel.type != Type::None) {
        info(LogComponent::TaskManager,
             EngineTr::tr("Table %1: parallel-load by partitions (rule %2) is done with key "
                          "ranges.")
                 .arg(qs(tableLabel(table.plan)), qs(parallel.ruleId)));
    }

    const bool autoSlice = settings.sliceRows > 0 && !table.keySourceColumn.empty()
        && table.totalRows && *table.totalRows > settings.sliceRows;
    const bool byPartitions = parallel.type != Type::None && parallel.type != Type::Ranges
        && !table.keySourceColumn.empty();
    if (autoSlice || byPartitions) {
        auto bounds = source.keyBounds(table.plan.sourceSchema, table.plan.sourceTable,
                                       table.keySourceColumn, table.plan.filters);
        if (!bounds)
            return bounds.error();
        if (bounds->minimum && bounds->maximum) {
            const int64_t rows = std::max<int64_t>(1, table.totalRows.value_or(1));
            const int64_t sliceRows = settings.sliceRows > 0 ? settings.sliceRows : rows;
            int64_t count
                = std::max<int64_t>(1, std::min<int64_t>((rows + sliceRows - 1) / sliceRows, 1024));
            if (!autoSlice)
                count = std::max<int64_t>(count, settings.maxFullLoadSubTasks);
            return toSlices(load::splitKeySpace(*bounds->minimum, *bounds->maximum, count));
        }
    }
    return toSlices({load::SliceBounds {}});
}

Result<void> TaskRun::resolveReloadTables(const mapping::MappingPlan &plan)
{
    for (const auto &[schema, table] : request.reloadTables) {
        std::vector<const mapping::TablePlan *> matches;
        for (const mapping::TablePlan &candidate : plan.tables) {
            if (candidate.sourceTable == table
                && (schema.empty() || candidate.sourceSchema == schema))
                matches.push_back(&candidate);
        }
        const std::string label = schema.empty() ? table : schema + "." + table;
        if (matches.size() == 1) {
            reloadKeys.insert({matches[0]->sourceSchema, matches[0]->sourceTable});
            continue;
        }
        std::vector<std::string> names;
        for (const mapping::TablePlan &candidate : plan.tables) {
            if (names.size() == 10) {
                names.push_back("...");
                break;
            }
            names.push_back(tableLabel(candidate));
        }
        if (matches.empty()) {
            return taskError(ErrorCode::Usage,
                             EngineTr::tr("Table %1 cannot be reloaded: the table mapping of "
                                          "task %2 does not select it from the source.")
                                 .arg(qs(label), qs(request.name)),
                             "selected tables: " + joinNames(names),
                             EngineTr::tr("Give the source schema and table exactly as the "
                                          "source catalog names them (names are "
                                          "case-sensitive), or add a selection rule for the "
                                          "table and run the task with --resume."));
        }
        std::vector<std::string> found;
        for (const mapping::TablePlan *match : matches)
            found.push_back(tableLabel(*match));
        return taskError(ErrorCode::Usage,
                         EngineTr::tr("Table %1 cannot be reloaded: the task selects a table of "
                                      "that name in more than one schema.")
                             .arg(qs(label)),
                         "matching tables: " + joinNames(found),
                         EngineTr::tr("Name the table with its schema (SCHEMA.TABLE)."));
    }
    return {};
}

} // namespace ferry::task
