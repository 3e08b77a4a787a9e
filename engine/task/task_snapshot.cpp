// SPDX-License-Identifier: MIT
#include "engine/task/task_snapshot.h"

#include "engine/core/enum_names.h"
#include "engine/load/canonical_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ferry::task {

constexpr const char *TaskStateNames[]
    = {"Created", "Starting", "Running", "Load complete", "Stopping", "Stopped", "Failed"};
static_assert(namesEvery(TaskStateNames, TaskState::Failed));

const char *taskStateName(TaskState state) { return nameOf(TaskStateNames, state); }

constexpr const char *TableStateNames[] = {"Before load", "Full load",       "Table completed",
                                           "Table error", "Table suspended", "Table cancelled"};
static_assert(namesEvery(TableStateNames, TableState::Cancelled));

const char *tableStateName(TableState state) { return nameOf(TableStateNames, state); }

double TableStatistics::progressPercent() const
{
    if (state == TableState::Completed)
        return 100.0;
    if (!totalRows || *totalRows <= 0)
        return state == TableState::BeforeLoad ? 0.0 : 50.0 * slicesCompleted / std::max(1, slices);
    return std::min(99.9, 100.0 * static_cast<double>(rowsProcessed())
                              / static_cast<double>(*totalRows));
}

int TaskSnapshot::tablesLoaded() const
{
    return static_cast<int>(std::count_if(tables.begin(), tables.end(), [](const auto &t) {
        return t.state == TableState::Completed;
    }));
}

int TaskSnapshot::tablesLoading() const
{
    return static_cast<int>(std::count_if(tables.begin(), tables.end(), [](const auto &t) {
        return t.state == TableState::FullLoad;
    }));
}

int TaskSnapshot::tablesQueued() const
{
    return static_cast<int>(std::count_if(tables.begin(), tables.end(), [](const auto &t) {
        return t.state == TableState::BeforeLoad;
    }));
}

int TaskSnapshot::objectsFailed() const
{
    int count = 0;
    for (const TableStatistics &table : tables)
        count += static_cast<int>(table.objectErrors.size());
    return count;
}

int TaskSnapshot::tablesErrored() const
{
    return static_cast<int>(std::count_if(tables.begin(), tables.end(), [](const auto &t) {
        return t.state == TableState::Error || t.state == TableState::Suspended;
    }));
}

int64_t TaskSnapshot::truncatedLobs() const
{
    int64_t total = 0;
    for (const TableStatistics &table : tables)
        total += table.fullLoadTruncatedLobs;
    return total;
}

int TaskSnapshot::tablesWithTruncatedLobs() const
{
    return static_cast<int>(std::count_if(tables.begin(), tables.end(), [](const auto &t) {
        return t.fullLoadTruncatedLobs > 0;
    }));
}

bool TaskSnapshot::anyLimitedLobMode() const
{
    return std::any_of(tables.begin(), tables.end(),
                       [](const auto &t) { return t.lobMaxSizeKb > 0; });
}

double TaskSnapshot::fullLoadProgressPercent() const
{
    if (tables.empty())
        return state == TaskState::LoadComplete ? 100.0 : 0.0;
    double total = 0;
    for (const TableStatistics &table : tables)
        total += table.progressPercent();
    return total / static_cast<double>(tables.size());
}

std::optional<int64_t> TaskSnapshot::etaMs() const
{
    const double rate = metrics.fullLoadThroughputRowsTarget;
    if (rate <= 0)
        return std::nullopt;
    double remaining = 0;
    for (const TableStatistics &table : tables) {
        if (table.state == TableState::Completed || table.state == TableState::Error
            || table.state == TableState::Suspended)
            continue;
        if (!table.totalRows)
            return std::nullopt;
        remaining
            += std::max<double>(0, static_cast<double>(*table.totalRows - table.rowsProcessed()));
    }
    return static_cast<int64_t>(remaining / rate * 1000.0);
}

namespace {

void appendKey(std::string &out, const char *key)
{
    out += '"';
    out += key;
    out += "\":";
}

void appendNumber(std::string &out, const char *key, int64_t value)
{
    appendKey(out, key);
    out += std::to_string(value);
    out += ',';
}

void appendReal(std::string &out, const char *key, double value)
{
    appendKey(out, key);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", std::isfinite(value) ? value : 0.0);
    out += buffer;
    out += ',';
}

void appendText(std::string &out, const char *key, const std::string &value)
{
    appendKey(out, key);
    load::appendJsonString(out, value);
    out += ',';
}

void appendOptional(std::string &out, const char *key, const std::optional<int64_t> &value)
{
    appendKey(out, key);
    out += value ? std::to_string(*value) : std::string("null");
    out += ',';
}

void closeObject(std::string &out)
{
    if (!out.empty() && out.back() == ',')
        out.back() = '}';
    else
        out += '}';
}

} // namespace

std::string TaskSnapshot::toJsonLine() const
{
    std::string out = "{";
    appendText(out, "TaskName", taskName);
    appendText(out, "Status", taskStateName(state));
    appendNumber(out, "Timestamp", timestampMs);
    appendNumber(out, "ElapsedTimeMillis", elapsedMs);
    appendReal(out, "FullLoadProgressPercent", fullLoadProgressPercent());
    appendNumber(out, "TablesLoaded", tablesLoaded());
    appendNumber(out, "TablesLoading", tablesLoading());
    appendNumber(out, "TablesQueued", tablesQueued());
    appendNumber(out, "TablesErrored", tablesErrored());
    appendNumber(out, "FailedObjects", objectsFailed());
    appendOptional(out, "EtaMillis", etaMs());
    if (!lastFailureMessage.empty())
        appendText(out, "LastFailureMessage", lastFailureMessage);
    appendKey(out, "Metrics");
    out += '{';
    appendReal(out, "FullLoadThroughputRowsSource", metrics.fullLoadThroughputRowsSource);
    appendReal(out, "FullLoadThroughputRowsTarget", metrics.fullLoadThroughputRowsTarget);
    appendReal(out, "FullLoadThroughputBandwidthSource",
               metrics.fullLoadThroughputBandwidthSource);
    appendReal(out, "FullLoadThroughputBandwidthTarget",
               metrics.fullLoadThroughputBandwidthTarget);
    appendNumber(out, "MemoryUsage", metrics.memoryUsageBytes);
    closeObject(out);
    out += ',';
    appendKey(out, "TableStatistics");
    out += '[';
    for (size_t i = 0; i < tables.size(); ++i) {
        const TableStatistics &t = tables[i];
        if (i > 0)
            out += ',';
        out += '{';
        appendText(out, "SchemaName", t.schema);
        appendText(out, "TableName", t.table);
        appendText(out, "TargetSchemaName", t.targetSchema);
        appendText(out, "TargetTableName", t.targetTable);
        appendText(out, "TableState", tableStateName(t.state));
        appendNumber(out, "Inserts", t.inserts);
        appendNumber(out, "Updates", t.updates);
        appendNumber(out, "Deletes", t.deletes);
        appendNumber(out, "Ddls", t.ddls);
        appendNumber(out, "FullLoadRows", t.fullLoadRows);
        appendNumber(out, "FullLoadErrorRows", t.fullLoadErrorRows);
        appendNumber(out, "FullLoadTruncatedLobs", t.fullLoadTruncatedLobs);
        appendText(out, "LobMode", t.lobMaxSizeKb > 0 ? "limited" : "full");
        if (t.lobMaxSizeKb > 0)
            appendNumber(out, "LobMaxSize", t.lobMaxSizeKb);
        appendNumber(out, "RowsRead", t.rowsRead);
        appendOptional(out, "TotalRows", t.totalRows);
        appendReal(out, "ProgressPercent", t.progressPercent());
        appendNumber(out, "BytesRead", t.bytesRead);
        appendNumber(out, "BytesWritten", t.bytesWritten);
        appendOptional(out, "FullLoadStartTime", t.startTimeMs);
        appendOptional(out, "FullLoadEndTime", t.endTimeMs);
        appendNumber(out, "ElapsedLoadTimeMillis", t.elapsedMs);
        appendText(out, "ValidationState", t.validationState);
        if (!t.lastError.empty())
            appendText(out, "LastError", t.lastError);
        if (!t.objectErrors.empty()) {
            appendKey(out, "FailedObjects");
            out += '[';
            for (size_t e = 0; e < t.objectErrors.size(); ++e) {
                if (e > 0)
                    out += ',';
                load::appendJsonString(out, t.objectErrors[e]);
            }
            out += "],";
        }
        closeObject(out);
    }
    out += ']';
    out += '}';
    return out;
}

} // namespace ferry::task
