// SPDX-License-Identifier: MIT
// The tables of a run: planned, restored from the control tables or sliced afresh.
#include "engine/task/task_run.h"

#include "engine/load/key_slicing.h"

#include <algorithm>
#include <charconv>
#include <chrono>

namespace ferry::task {

namespace {

/// At most this many slices per table.
constexpr size_t MaxSlices = 1024;

std::vector<SliceWork> toSlices(const std::vector<load::KeySlice> &bounds)
{
    std::vector<SliceWork> slices;
    for (const load::KeySlice &b : bounds) {
        SliceWork slice;
        slice.number = static_cast<int>(slices.size());
        slice.lower = b.lower;
        slice.upper = b.upper;
        slices.push_back(std::move(slice));
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

/// The source columns of the table's primary key, when every one is read from the source and
/// has a type slices can be cut by; empty otherwise.
std::vector<load::ReadColumn> primaryKeyOf(const mapping::TablePlan &plan)
{
    if (!plan.target.primaryKey)
        return {};
    std::vector<load::ReadColumn> key;
    for (const std::string &targetKey : plan.target.primaryKey->columns) {
        const mapping::ColumnPlan *found = nullptr;
        for (const mapping::ColumnPlan &column : plan.columns) {
            if (column.target.name == targetKey && !column.source.name.empty())
                found = &column;
        }
        if (!found || !load::isSliceableKeyType(found->source.type))
            return {};
        key.push_back(found->source);
    }
    return key;
}

/// One integer column that is never NULL and fits in 64 signed bits: its minimum and maximum
/// cut into equal widths (no pass over the keys). Any other key: one ordered pass.
KeySlicing slicingOf(const std::vector<load::ReadColumn> &key)
{
    if (key.empty())
        return KeySlicing::None;
    const CanonicalType &type = key[0].type;
    if (key.size() == 1 && type.family == TypeFamily::Integer && !key[0].nullable
        && !(type.isUnsigned && type.byteWidth == 8))
        return KeySlicing::IntegerSpan;
    return KeySlicing::OrderedPass;
}

/// The key a table's slices are cut by: a parallel-load ranges rule's columns, else the
/// primary key's. Decided from the plan alone, so a resumed run reads stored bounds the same.
void chooseKey(TableWork &table)
{
    const mapping::ParallelLoad &parallel = table.plan.parallelLoad;
    if (parallel.type == mapping::ParallelLoad::Type::Ranges && !parallel.keyColumns.empty()
        && parallel.keyColumns.size() == parallel.columns.size()) {
        table.key = parallel.keyColumns;
        table.rangesRule = true;
        table.slicing = KeySlicing::OrderedPass; // not used: the rule gives the boundaries
        return;
    }
    table.key = primaryKeyOf(table.plan);
    table.slicing = slicingOf(table.key);
}

/// The target's name of a one-column integer key, for deleting a slice's rows by key range.
std::vector<load::ReadColumn> targetKeyOf(const TableWork &table)
{
    if (table.key.size() != 1 || table.key[0].type.family != TypeFamily::Integer)
        return {};
    for (const mapping::ColumnPlan &column : table.plan.columns) {
        if (column.source.name == table.key[0].name) {
            load::ReadColumn key = table.key[0];
            key.name = column.target.name;
            return {key};
        }
    }
    return {};
}

/// Whether stored slices can be read with the table's key: every bound readable and with one
/// value per key column.
bool boundsFit(const ControlTables::TableRow &row, const std::vector<load::ReadColumn> &key)
{
    for (const ControlTables::SliceRow &slice : row.slices) {
        if (!slice.boundsReadable)
            return false;
        for (const auto *bound : {&slice.lower, &slice.upper}) {
            if (*bound && ((*bound)->size() != key.size() || key.empty()))
                return false;
        }
    }
    return true;
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
        chooseKey(*table);
        table->targetKey = targetKeyOf(*table);
        const auto found = stored.find({tablePlan.sourceSchema, tablePlan.sourceTable});
        table->reload = reloadKeys.count({tablePlan.sourceSchema, tablePlan.sourceTable}) > 0;
        bool restorable = !table->reload && found != stored.end()
            && !found->second.slices.empty() && found->second.state != StoredTableState::Queued
            && found->second.state != StoredTableState::Error;
        if (restorable && !boundsFit(found->second, table->key)) {
            restorable = false;
            warn(LogComponent::TaskManager,
                 EngineTr::tr("Table %1: the slices an earlier run recorded do not fit the "
                              "table's key columns now (did the mapping change?); the table is "
                              "loaded again from the start.")
                     .arg(qs(tableLabel(tablePlan)))
                     .toStdString());
        }
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
    for (const SliceWork &slice : table.slices) {
        ControlTables::SliceRow row;
        row.number = slice.number;
        row.lower = slice.lower;
        row.upper = slice.upper;
        rows.push_back(std::move(row));
    }
    return control->addTable(target, request.name, plan.sourceSchema, plan.sourceTable,
                             plan.target.schema, plan.target.name, rows);
}

std::optional<load::KeyRange> TableWork::rangeOf(const SliceWork &slice) const
{
    if (!slice.lower && !slice.upper)
        return std::nullopt;
    // Rows with NULL in a key column: the first slice's when the table is sliced by its key;
    // nobody's with a ranges rule (DMS does not load them).
    return load::KeyRange(key, slice.lower, slice.upper, !rangesRule && !slice.lower);
}

namespace {

/// The boundaries as integers when every key column is an integer and every value one.
std::optional<std::vector<int64_t>> integerBoundaries(const TableWork &table)
{
    const mapping::ParallelLoad &parallel = table.plan.parallelLoad;
    if (table.key.size() != 1 || table.key[0].type.family != TypeFamily::Integer)
        return std::nullopt;
    std::vector<int64_t> bounds;
    for (const std::vector<std::string> &boundary : parallel.boundaries) {
        int64_t value = 0;
        const std::string &text = boundary.at(0);
        const auto parsed = std::from_chars(text.data(), text.data() + text.size(), value);
        if (parsed.ec != std::errc() || parsed.ptr != text.data() + text.size())
            return std::nullopt;
        bounds.push_back(value);
    }
    std::sort(bounds.begin(), bounds.end());
    return bounds;
}

} // namespace

Result<std::optional<std::vector<SliceWork>>>
TaskRun::rangeSlices(load::SourceSession &source, TableWork &table)
{
    const mapping::ParallelLoad &parallel = table.plan.parallelLoad;
    const QString label = qs(tableLabel(table.plan));
    std::vector<std::string> nullable;
    for (const load::ReadColumn &column : table.key) {
        if (column.nullable)
            nullable.push_back(column.name);
    }
    if (!table.rangesRule || parallel.boundaries.empty()) {
        warn(LogComponent::TaskManager,
             EngineTr::tr("Table %1: parallel-load ranges (rule %2) need columns of the table "
                          "and at least one boundary; the table loads as one slice.")
                 .arg(label, qs(parallel.ruleId))
                 .toStdString());
        return std::optional<std::vector<SliceWork>>();
    }
    std::vector<SliceWork> slices;
    if (auto integers = integerBoundaries(table)) {
        slices = toSlices(load::keySlices(load::slicesBetween(*integers)));
    } else {
        // Text, dates, several columns: in the order the rule gives them, which must be the
        // source's. Two slices would read the rows between boundaries out of order: refused.
        std::vector<load::KeyValue> bounds(parallel.boundaries.begin(),
                                           parallel.boundaries.end());
        auto ordered = boundariesAscend(source, table, bounds);
        if (!ordered)
            return ordered.error();
        if (!*ordered)
            return std::optional<std::vector<SliceWork>>();
        slices = toSlices(load::keySlicesBetween(bounds));
    }
    if (!nullable.empty())
        warn(LogComponent::TaskManager,
             EngineTr::tr("Table %1: rows with NULL in column(s) %2 are not loaded: "
                          "parallel-load ranges (rule %3) cannot place them, and DMS leaves "
                          "them out too.")
                 .arg(label, qs(joinNames(nullable)), qs(parallel.ruleId))
                 .toStdString());
    return std::optional(std::move(slices));
}

Result<bool> TaskRun::boundariesAscend(load::SourceSession &source, const TableWork &table,
                                       const std::vector<load::KeyValue> &bounds)
{
    const mapping::ParallelLoad &parallel = table.plan.parallelLoad;
    for (size_t i = 1; i < bounds.size(); ++i) {
        auto overlap = rowsBetween(source, table, bounds[i], bounds[i - 1]);
        if (!overlap)
            return overlap.error();
        if (*overlap) {
            warn(LogComponent::TaskManager,
                 EngineTr::tr("Table %1: the boundaries of parallel-load ranges (rule %2) are "
                              "not in ascending order in the source (boundary %3 is below "
                              "boundary %4); the table loads as one slice.")
                     .arg(qs(tableLabel(table.plan)), qs(parallel.ruleId))
                     .arg(i + 1)
                     .arg(i)
                     .toStdString());
            return false;
        }
    }
    return true;
}

Result<bool> TaskRun::rowsBetween(load::SourceSession &source, const TableWork &table,
                                  const load::KeyValue &lower, const load::KeyValue &upper)
{
    load::ReadRequest request;
    request.schema = table.plan.sourceSchema;
    request.table = table.plan.sourceTable;
    request.columns = table.key;
    request.filters = table.plan.filters;
    request.range = load::KeyRange(table.key, lower, upper);
    auto reader = source.openReader(request);
    if (!reader)
        return reader.error();
    load::RowBatch batch(table.key.size());
    load::BatchLimits one;
    one.maxRows = 1;
    auto read = (*reader)->read(batch, one);
    if (!read)
        return read.error();
    return batch.rowCount() > 0;
}

Result<std::vector<SliceWork>> TaskRun::orderedPassSlices(load::SourceSession &source,
                                                          const TableWork &table, int64_t count)
{
    const auto started = std::chrono::steady_clock::now();
    const int64_t rows = std::max<int64_t>(1, table.totalRows.value_or(1));
    load::BoundaryPicker picker((rows + count - 1) / count, MaxSlices);
    std::vector<std::string> names;
    for (const load::ReadColumn &column : table.key)
        names.push_back(column.name);
    load::ReadRequest request;
    request.schema = table.plan.sourceSchema;
    request.table = table.plan.sourceTable;
    request.columns = table.key;
    request.filters = table.plan.filters;
    request.order = names;
    auto reader = source.openReader(request);
    if (!reader)
        return reader.error();
    {
        const ActiveGuard active = track(reader->get(), nullptr); // stop() cancels the pass
        load::RowBatch batch(table.key.size());
        for (bool more = true; more;) {
            batch.clear();
            auto read = (*reader)->read(batch, load::BatchLimits {});
            if (!read)
                return read.error();
            more = *read;
            picker.add(batch);
        }
    }
    const std::vector<load::KeyValue> bounds = picker.boundaries();
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - started)
                        .count();
    info(LogComponent::TaskManager,
         EngineTr::tr("Table %1: %2 slices by key (%3), their boundaries chosen in one ordered "
                      "pass over %4 keys (%5 ms).")
             .arg(qs(tableLabel(table.plan)))
             .arg(bounds.size() + 1)
             .arg(qs(joinNames(names)))
             .arg(picker.rowsSeen())
             .arg(ms));
    return toSlices(load::keySlicesBetween(bounds));
}

Result<std::vector<SliceWork>> TaskRun::computeSlices(load::SourceSession &source, TableWork &table)
{
    const mapping::ParallelLoad &parallel = table.plan.parallelLoad;
    using Type = mapping::ParallelLoad::Type;
    if (parallel.type == Type::Ranges) {
        auto slices = rangeSlices(source, table);
        if (!slices)
            return slices.error();
        return slices->value_or(toSlices({load::KeySlice {}}));
    }
    if (parallel.type != Type::None) {
        info(LogComponent::TaskManager,
             EngineTr::tr("Table %1: parallel-load by partitions (rule %2) is done with key "
                          "ranges.")
                 .arg(qs(tableLabel(table.plan)), qs(parallel.ruleId)));
    }
    const bool sliceable = table.slicing != KeySlicing::None;
    const bool autoSlice = settings.sliceRows > 0 && sliceable && table.totalRows
        && *table.totalRows > settings.sliceRows;
    const bool byPartitions = parallel.type != Type::None && sliceable;
    if (!autoSlice && !byPartitions)
        return toSlices({load::KeySlice {}});
    const int64_t rows = std::max<int64_t>(1, table.totalRows.value_or(1));
    const int64_t sliceRows = settings.sliceRows > 0 ? settings.sliceRows : rows;
    int64_t count = std::max<int64_t>(
        1, std::min<int64_t>((rows + sliceRows - 1) / sliceRows, int64_t(MaxSlices)));
    if (!autoSlice)
        count = std::max<int64_t>(count, settings.maxFullLoadSubTasks);
    if (table.slicing == KeySlicing::OrderedPass)
        return orderedPassSlices(source, table, count);
    auto bounds = source.keyBounds(table.plan.sourceSchema, table.plan.sourceTable,
                                   table.key[0].name, table.plan.filters);
    if (!bounds)
        return bounds.error();
    if (!bounds->minimum || !bounds->maximum)
        return toSlices({load::KeySlice {}});
    return toSlices(
        load::keySlices(load::splitKeySpace(*bounds->minimum, *bounds->maximum, count)));
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
