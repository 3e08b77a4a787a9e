// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/project.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ferry::task {

/// DMS ErrorBehavior record policies.
enum class RecordPolicy { IgnoreRecord, LogError, SuspendTable, StopTask };
/// DMS table-level policies.
enum class TablePolicy { SuspendTable, StopTask };
/// DMS FullLoadSettings.TargetTablePrepMode.
enum class TablePrepMode { DropAndCreate, TruncateBeforeLoad, DoNothing };

[[nodiscard]] const char *tablePrepModeName(TablePrepMode mode);

/**
 * The task settings the full-load runner acts on, read from DMS-named task settings with DMS's
 * defaults (../shared/reference/dms-sct-behaviour.md §3). A plain value.
 */
struct LoadSettings
{
    // TargetMetadata
    std::string targetSchema;
    bool supportLobs = true;
    bool fullLobMode = false;
    int64_t lobChunkSizeKb = 64;
    bool limitedSizeLobMode = true;
    int64_t lobMaxSizeKb = 32;
    // FullLoadSettings
    TablePrepMode prepMode = TablePrepMode::DropAndCreate;
    bool createPkAfterFullLoad = false;
    int maxFullLoadSubTasks = 8;
    int64_t commitRate = 10'000;
    // StreamBufferSettings
    int streamBufferCount = 3;
    int64_t streamBufferSizeMb = 8;
    // ErrorBehavior
    RecordPolicy dataErrorPolicy = RecordPolicy::LogError;
    RecordPolicy dataTruncationErrorPolicy = RecordPolicy::LogError;
    TablePolicy dataErrorEscalationPolicy = TablePolicy::SuspendTable;
    int64_t dataErrorEscalationCount = 0; ///< 0: no escalation
    TablePolicy tableErrorPolicy = TablePolicy::SuspendTable;
    int64_t tableErrorEscalationCount = 0; ///< 0: no escalation (then STOP_TASK)
    int64_t recoverableErrorCount = -1;   ///< -1: retry forever; 0: never
    int64_t recoverableErrorIntervalSeconds = 5;
    bool recoverableErrorThrottling = true;
    int64_t recoverableErrorThrottlingMaxSeconds = 1800;
    bool failOnNoTablesCaptured = true;
    // Ferry's own (group "Ferry"): rows per slice when a table is split for parallel load and
    // resume; 0 disables automatic slicing.
    int64_t sliceRows = 1'000'000;

    /// Keys present in the settings that this runner does not act on (yet), as
    /// "Group.Key" — shown as one warning so nothing is silently ignored.
    std::vector<std::string> notActedOn;
};

/// Reads the settings (already validated by the project loader); unknown values keep defaults.
[[nodiscard]] LoadSettings loadSettingsFrom(const project::TaskSettings &settings);

} // namespace ferry::task
