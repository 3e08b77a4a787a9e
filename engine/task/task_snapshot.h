// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ferry::task {

/// DMS task statuses (§4.1) as Ferry uses them.
enum class TaskState { Created, Starting, Running, LoadComplete, Stopping, Stopped, Failed };
/// DMS table load states (§4.2).
enum class TableState { BeforeLoad, FullLoad, Completed, Error, Suspended, Cancelled };

[[nodiscard]] const char *taskStateName(TaskState state);   ///< "Running", "Load complete", ...
[[nodiscard]] const char *tableStateName(TableState state); ///< "Before load", "Full load", ...

/// One table's statistics, with the DMS table-statistics field names in JSON (§4.3).
struct TableStatistics
{
    std::string schema;       ///< SchemaName (source)
    std::string table;        ///< TableName (source)
    std::string targetSchema;
    std::string targetTable;
    TableState state = TableState::BeforeLoad;
    int64_t inserts = 0;      ///< CDC counters: 0 for full load
    int64_t updates = 0;
    int64_t deletes = 0;
    int64_t ddls = 0;
    int64_t fullLoadRows = 0;      ///< rows written to the target
    int64_t fullLoadErrorRows = 0; ///< rows rejected (exceptions)
    /// LOB values limited LOB mode truncated (control table lob_truncations); their rows are
    /// loaded (or rejected) as usual.
    int64_t fullLoadTruncatedLobs = 0;
    /// The table loads in limited LOB mode: LOB values longer than this many KB are
    /// truncated. 0: full LOB mode (nothing is truncated).
    int64_t lobMaxSizeKb = 0;
    int64_t rowsRead = 0;          ///< rows read from the source (= loaded + rejected at end)
    std::optional<int64_t> totalRows; ///< estimate from source statistics
    int64_t bytesRead = 0;
    int64_t bytesWritten = 0;
    int slices = 1;
    int slicesCompleted = 0;
    std::optional<int64_t> startTimeMs;  ///< FullLoadStartTime, ms since the epoch (UTC)
    std::optional<int64_t> endTimeMs;    ///< FullLoadEndTime
    int64_t elapsedMs = 0;
    std::string validationState = "Not enabled";
    std::string lastError;
    /// Indexes, keys and foreign keys the target refused, each with the server's reason. The
    /// table's rows are loaded: its state stays Completed (JSON "FailedObjects").
    std::vector<std::string> objectErrors;

    /// Rows done with: written to the target or rejected. Rows read but still queued are not.
    [[nodiscard]] int64_t rowsProcessed() const { return fullLoadRows + fullLoadErrorRows; }
    /// 0..100 from the rows processed and the estimate; 100 when completed.
    [[nodiscard]] double progressPercent() const;
};

/// Task metrics at one instant (§4.5 names).
struct TaskMetrics
{
    double fullLoadThroughputRowsSource = 0;      ///< rows/s read
    double fullLoadThroughputRowsTarget = 0;      ///< rows/s written
    double fullLoadThroughputBandwidthSource = 0; ///< KB/s read
    double fullLoadThroughputBandwidthTarget = 0; ///< KB/s written
    int64_t memoryUsageBytes = 0;                 ///< resident set size of the process
};

/// An immutable picture of a running task, produced at a fixed rate (DESIGN §2).
struct TaskSnapshot
{
    std::string taskName;
    TaskState state = TaskState::Created;
    int64_t timestampMs = 0;   ///< when taken, ms since the epoch (UTC)
    int64_t elapsedMs = 0;     ///< since the task started
    std::vector<TableStatistics> tables;
    TaskMetrics metrics;
    std::string lastFailureMessage;

    int tablesLoaded() const;
    int tablesLoading() const;
    int tablesQueued() const;
    int tablesErrored() const;
    /// Indexes, keys and foreign keys the target refused, over every table.
    int objectsFailed() const;
    /// LOB values truncated, over every table.
    [[nodiscard]] int64_t truncatedLobs() const;
    /// Tables with at least one truncated LOB value.
    [[nodiscard]] int tablesWithTruncatedLobs() const;
    /// Some table loads in limited LOB mode.
    [[nodiscard]] bool anyLimitedLobMode() const;
    [[nodiscard]] double fullLoadProgressPercent() const;
    /// Remaining time estimate from rows left to process and the current target throughput.
    [[nodiscard]] std::optional<int64_t> etaMs() const;

    /// One JSON object on one line (no newline): DMS field names, for statistics.jsonl and
    /// `ferry run --json`.
    [[nodiscard]] std::string toJsonLine() const;
};

} // namespace ferry::task

Q_DECLARE_METATYPE(ferry::task::TaskSnapshot)
