// SPDX-License-Identifier: MIT
#include "engine/task/load_settings.h"

#include "engine/mapping/mapping_plan.h"

#include <set>

namespace ferry::task {

namespace {

RecordPolicy recordPolicy(const std::string &text, RecordPolicy fallback)
{
    if (text == "IGNORE_RECORD")
        return RecordPolicy::IgnoreRecord;
    if (text == "LOG_ERROR")
        return RecordPolicy::LogError;
    if (text == "SUSPEND_TABLE")
        return RecordPolicy::SuspendTable;
    if (text == "STOP_TASK")
        return RecordPolicy::StopTask;
    return fallback;
}

TablePolicy tablePolicy(const std::string &text, TablePolicy fallback)
{
    if (text == "SUSPEND_TABLE")
        return TablePolicy::SuspendTable;
    if (text == "STOP_TASK")
        return TablePolicy::StopTask;
    return fallback;
}

} // namespace

const char *tablePrepModeName(TablePrepMode mode)
{
    switch (mode) {
    case TablePrepMode::DropAndCreate: return "DROP_AND_CREATE";
    case TablePrepMode::TruncateBeforeLoad: return "TRUNCATE_BEFORE_LOAD";
    case TablePrepMode::DoNothing: return "DO_NOTHING";
    }
    return "DROP_AND_CREATE";
}

LoadSettings loadSettingsFrom(const project::TaskSettings &settings)
{
    LoadSettings s;
    std::set<std::string> used;
    auto get = [&](const char *group, const char *key) -> const project::Value * {
        const project::Value *value = settings.find(group, key);
        if (value)
            used.insert(std::string(group) + "." + key);
        return value;
    };
    auto getBool = [&](const char *group, const char *key, bool &out) {
        if (const project::Value *v = get(group, key); v && v->toBool())
            out = *v->toBool();
    };
    auto getInt = [&](const char *group, const char *key, auto &out) {
        if (const project::Value *v = get(group, key); v && v->toInteger())
            out = static_cast<std::remove_reference_t<decltype(out)>>(*v->toInteger());
    };
    auto getText = [&](const char *group, const char *key) -> std::string {
        const project::Value *v = get(group, key);
        return v ? v->text() : std::string();
    };

    s.targetSchema = getText("TargetMetadata", "TargetSchema");
    getBool("TargetMetadata", "SupportLobs", s.supportLobs);
    // The LOB mode (docs/data-path.md, "LOBs"): DMS's rules (limited LOB mode with 32 KB
    // unless FullLobMode is true) once the settings name a mode key; full LOB mode when they
    // name none, so that a run without settings never truncates a value.
    bool fullLobMode = false;
    const project::Value *full = get("TargetMetadata", "FullLobMode");
    const project::Value *limited = get("TargetMetadata", "LimitedSizeLobMode");
    const project::Value *maxSize = get("TargetMetadata", "LobMaxSize");
    auto isSet = [](const project::Value *value) { return value && !value->isNull(); };
    s.lobModeExplicit = isSet(full) || isSet(limited) || isSet(maxSize);
    getBool("TargetMetadata", "FullLobMode", fullLobMode);
    getInt("TargetMetadata", "LobChunkSize", s.lobChunkSizeKb);
    getBool("TargetMetadata", "LimitedSizeLobMode", s.limitedSizeLobMode);
    getInt("TargetMetadata", "LobMaxSize", s.lobMaxSizeKb);
    getBool("TargetMetadata", "FailTasksOnLobTruncation", s.failTasksOnLobTruncation);
    s.bothLobModes = fullLobMode && s.limitedSizeLobMode && isSet(limited);
    // Limited LOB mode needs LimitedSizeLobMode and a LobMaxSize above 0 (DMS requires one of
    // the two modes; with neither, or a zero size, nothing is cut).
    s.fullLobMode = !s.lobModeExplicit || fullLobMode || !s.limitedSizeLobMode
                    || s.lobMaxSizeKb <= 0;

    const std::string prep = getText("FullLoadSettings", "TargetTablePrepMode");
    if (prep == "TRUNCATE_BEFORE_LOAD")
        s.prepMode = TablePrepMode::TruncateBeforeLoad;
    else if (prep == "DO_NOTHING")
        s.prepMode = TablePrepMode::DoNothing;
    getBool("FullLoadSettings", "CreatePkAfterFullLoad", s.createPkAfterFullLoad);
    getInt("FullLoadSettings", "MaxFullLoadSubTasks", s.maxFullLoadSubTasks);
    getInt("FullLoadSettings", "CommitRate", s.commitRate);

    getInt("StreamBufferSettings", "StreamBufferCount", s.streamBufferCount);
    getInt("StreamBufferSettings", "StreamBufferSizeInMB", s.streamBufferSizeMb);

    s.dataErrorPolicy = recordPolicy(getText("ErrorBehavior", "DataErrorPolicy"),
                                     s.dataErrorPolicy);
    s.dataTruncationErrorPolicy = recordPolicy(getText("ErrorBehavior",
                                                       "DataTruncationErrorPolicy"),
                                               s.dataTruncationErrorPolicy);
    s.dataErrorEscalationPolicy = tablePolicy(getText("ErrorBehavior",
                                                      "DataErrorEscalationPolicy"),
                                              s.dataErrorEscalationPolicy);
    getInt("ErrorBehavior", "DataErrorEscalationCount", s.dataErrorEscalationCount);
    s.tableErrorPolicy = tablePolicy(getText("ErrorBehavior", "TableErrorPolicy"),
                                     s.tableErrorPolicy);
    get("ErrorBehavior", "TableErrorEscalationPolicy"); // STOP_TASK is the only value
    getInt("ErrorBehavior", "TableErrorEscalationCount", s.tableErrorEscalationCount);
    getInt("ErrorBehavior", "RecoverableErrorCount", s.recoverableErrorCount);
    getInt("ErrorBehavior", "RecoverableErrorInterval", s.recoverableErrorIntervalSeconds);
    getBool("ErrorBehavior", "RecoverableErrorThrottling", s.recoverableErrorThrottling);
    getInt("ErrorBehavior", "RecoverableErrorThrottlingMax",
           s.recoverableErrorThrottlingMaxSeconds);
    getBool("ErrorBehavior", "FailOnNoTablesCaptured", s.failOnNoTablesCaptured);

    getInt("Ferry", "SliceRows", s.sliceRows);

    // Keys that only matter to features not built yet, or to AWS itself, are listed.
    static const std::set<std::string> harmless = {
        "Logging.EnableLogging", "Logging.LogComponents", "Logging.EnableLogContext",
        "Logging.CloudWatchLogGroup", "Logging.CloudWatchLogStream", "Logging.DeleteTaskLogs",
        "ControlTablesSettings.ControlSchema", "ControlTablesSettings.HistoryTableEnabled",
        "ControlTablesSettings.StatusTableEnabled",
        "ControlTablesSettings.SuspendedTablesTableEnabled",
        "ControlTablesSettings.FullLoadExceptionTableEnabled",
        "ControlTablesSettings.HistoryTimeslotInMinutes",
        "StreamBufferSettings.CtrlStreamBufferSizeInMB",
        "FullLoadSettings.TransactionConsistencyTimeout",
    };
    for (const auto &[group, keys] : settings.groups.entries()) {
        if (!keys.isMap()) {
            if (!used.count(group))
                s.notActedOn.push_back(group);
            continue;
        }
        for (const auto &[key, value] : keys.entries()) {
            const std::string name = group + "." + key;
            if (!used.count(name) && !harmless.count(name))
                s.notActedOn.push_back(name);
        }
    }
    if (s.maxFullLoadSubTasks < 1)
        s.maxFullLoadSubTasks = 1;
    if (s.streamBufferCount < 1)
        s.streamBufferCount = 1;
    if (s.streamBufferSizeMb < 1)
        s.streamBufferSizeMb = 1;
    return s;
}

TableLobMode tableLobMode(const LoadSettings &settings, const mapping::LobSettings *rule)
{
    TableLobMode mode;
    const std::string ruleMode = rule ? rule->mode.value_or("limited") : std::string("none");
    if (ruleMode == "limited") {
        mode.maxSizeKb = rule->bulkMaxSizeKb && *rule->bulkMaxSizeKb > 0 ? *rule->bulkMaxSizeKb
                                                                          : settings.lobMaxSizeKb;
        mode.limited = mode.maxSizeKb > 0;
        mode.ruleId = rule->ruleId;
    } else if (ruleMode == "unlimited") {
        mode.ruleId = rule->ruleId;
    } else if (!settings.fullLobMode) {
        mode.limited = true;
        mode.maxSizeKb = settings.lobMaxSizeKb;
    }
    return mode;
}

} // namespace ferry::task
