// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/project.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ferry::mapping {
struct LobSettings;
}

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
 *
 * One deliberate difference: when the settings name none of the LOB mode keys
 * (TargetMetadata.FullLobMode, LimitedSizeLobMode, LobMaxSize) the task runs in full LOB mode
 * (nothing is truncated), not in DMS's limited mode with 32 KB; settings that name any of them
 * get DMS's behaviour with DMS's defaults for the others (docs/data-path.md, "LOBs").
 */
struct LoadSettings
{
    // TargetMetadata
    std::string targetSchema;
    bool supportLobs = true;
    /// The task's effective LOB mode: true = full LOB mode (values moved whole), false =
    /// limited LOB mode (values longer than lobMaxSizeKb are truncated).
    bool fullLobMode = true;
    int64_t lobChunkSizeKb = 64;
    /// LimitedSizeLobMode as given (DMS default true); fullLobMode wins when both are true.
    bool limitedSizeLobMode = true;
    int64_t lobMaxSizeKb = 32;
    /// A LOB mode key (FullLobMode, LimitedSizeLobMode, LobMaxSize) was set in the settings.
    bool lobModeExplicit = false;
    /// FullLobMode and LimitedSizeLobMode were both set to true (full LOB mode is used).
    bool bothLobModes = false;
    /// TargetMetadata.FailTasksOnLobTruncation (a DMS PostgreSQL/Oracle source endpoint
    /// setting, taken here for every source): the task fails at the first LOB value limited
    /// LOB mode would truncate, instead of truncating it.
    bool failTasksOnLobTruncation = false;
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
    /// ValidationSettings.EnableValidation / ValidationOnly: the validation phase.
    bool enableValidation = false;
    bool validationOnly = false;
    // Ferry's own (group "Ferry"): rows per slice when a table is split for parallel load and
    // resume; 0 disables automatic slicing.
    int64_t sliceRows = 1'000'000;

    /// Keys present in the settings that this runner does not act on (yet), as
    /// "Group.Key" — shown as one warning so nothing is silently ignored.
    std::vector<std::string> notActedOn;
};

/// Reads the settings (already validated by the project loader); unknown values keep defaults.
[[nodiscard]] LoadSettings loadSettingsFrom(const project::TaskSettings &settings);

/// How one table's LOB values are moved: the task's LOB settings with its table-settings
/// `lob-settings` rule applied.
struct TableLobMode
{
    bool limited = false;  ///< limited LOB mode: values longer than maxBytes are truncated
    int64_t maxSizeKb = 0; ///< limited: the maximum in KB (LobMaxSize or bulk-max-size)
    std::string ruleId;    ///< the lob-settings rule that decided; "" when the task settings did

    [[nodiscard]] size_t maxBytes() const { return static_cast<size_t>(maxSizeKb) * 1024; }
};

/**
 * A table's LOB mode. rule (table-settings `lob-settings`, may be null): mode `limited`
 * (DMS's default mode) truncates at bulk-max-size KB, or at the task's LobMaxSize when the rule
 * gives no size; `unlimited` is full LOB mode whatever bulk-max-size says; `none` (or no rule)
 * leaves the task's settings. SupportLobs=false is not a mode: LOB columns are left out.
 */
[[nodiscard]] TableLobMode tableLobMode(const LoadSettings &settings,
                                        const mapping::LobSettings *rule);

} // namespace ferry::task
