// SPDX-License-Identifier: MIT
#include "engine/task/load_settings.h"

#include "engine/core/enum_names.h"
#include "engine/mapping/mapping_plan.h"

#include <set>

namespace ferry::task {

namespace {

constexpr const char *RecordPolicyNames[]
    = {"IGNORE_RECORD", "LOG_ERROR", "SUSPEND_TABLE", "STOP_TASK"};
static_assert(namesEvery(RecordPolicyNames, RecordPolicy::StopTask));
constexpr const char *TablePolicyNames[] = {"SUSPEND_TABLE", "STOP_TASK"};
static_assert(namesEvery(TablePolicyNames, TablePolicy::StopTask));

RecordPolicy recordPolicy(const std::string &text, RecordPolicy fallback)
{
    return valueNamed<RecordPolicy>(RecordPolicyNames, text).value_or(fallback);
}

TablePolicy tablePolicy(const std::string &text, TablePolicy fallback)
{
    return valueNamed<TablePolicy>(TablePolicyNames, text).value_or(fallback);
}

} // namespace

constexpr const char *TablePrepModeNames[]
    = {"DROP_AND_CREATE", "TRUNCATE_BEFORE_LOAD", "DO_NOTHING"};
static_assert(namesEvery(TablePrepModeNames, TablePrepMode::DoNothing));

const char *tablePrepModeName(TablePrepMode mode) { return nameOf(TablePrepModeNames, mode); }

namespace {

/// Reads settings keys and remembers which it read (the others are reported as not acted on).
struct SettingsReader
{
    const project::TaskSettings &settings;
    std::set<std::string> used;

    const project::Value *get(const char *group, const char *key)
    {
        const project::Value *value = settings.find(group, key);
        if (value)
            used.insert(std::string(group) + "." + key);
        return value;
    }
    void boolean(const char *group, const char *key, bool &out)
    {
        if (const project::Value *v = get(group, key); v && v->toBool())
            out = *v->toBool();
    }
    template<typename Int>
    void integer(const char *group, const char *key, Int &out)
    {
        if (const project::Value *v = get(group, key); v && v->toInteger())
            out = static_cast<Int>(*v->toInteger());
    }
    std::string text(const char *group, const char *key)
    {
        const project::Value *v = get(group, key);
        return v ? v->text() : std::string();
    }
};

void readTargetMetadata(SettingsReader &r, LoadSettings &s)
{
    s.targetSchema = r.text("TargetMetadata", "TargetSchema");
    r.boolean("TargetMetadata", "SupportLobs", s.supportLobs);
    // The LOB mode (docs/data-path.md, "LOBs"): DMS's rules (limited LOB mode with 32 KB
    // unless FullLobMode is true) once the settings name a mode key; full LOB mode when they
    // name none, so that a run without settings never truncates a value.
    bool fullLobMode = false;
    const project::Value *full = r.get("TargetMetadata", "FullLobMode");
    const project::Value *limited = r.get("TargetMetadata", "LimitedSizeLobMode");
    const project::Value *maxSize = r.get("TargetMetadata", "LobMaxSize");
    auto isSet = [](const project::Value *value) { return value && !value->isNull(); };
    s.lobModeExplicit = isSet(full) || isSet(limited) || isSet(maxSize);
    r.boolean("TargetMetadata", "FullLobMode", fullLobMode);
    r.integer("TargetMetadata", "LobChunkSize", s.lobChunkSizeKb);
    r.boolean("TargetMetadata", "LimitedSizeLobMode", s.limitedSizeLobMode);
    r.integer("TargetMetadata", "LobMaxSize", s.lobMaxSizeKb);
    r.boolean("TargetMetadata", "FailTasksOnLobTruncation", s.failTasksOnLobTruncation);
    s.bothLobModes = fullLobMode && s.limitedSizeLobMode && isSet(limited);
    // Limited LOB mode needs LimitedSizeLobMode and a LobMaxSize above 0 (DMS requires one of
    // the two modes; with neither, or a zero size, nothing is cut).
    s.fullLobMode = !s.lobModeExplicit || fullLobMode || !s.limitedSizeLobMode
                    || s.lobMaxSizeKb <= 0;
}

void readFullLoad(SettingsReader &r, LoadSettings &s)
{
    s.prepMode = valueNamed<TablePrepMode>(TablePrepModeNames,
                                           r.text("FullLoadSettings", "TargetTablePrepMode"))
                     .value_or(s.prepMode);
    r.boolean("FullLoadSettings", "CreatePkAfterFullLoad", s.createPkAfterFullLoad);
    r.integer("FullLoadSettings", "MaxFullLoadSubTasks", s.maxFullLoadSubTasks);
    r.integer("FullLoadSettings", "CommitRate", s.commitRate);

    r.integer("StreamBufferSettings", "StreamBufferCount", s.streamBufferCount);
    r.integer("StreamBufferSettings", "StreamBufferSizeInMB", s.streamBufferSizeMb);
}

void readErrorBehavior(SettingsReader &r, LoadSettings &s)
{
    s.dataErrorPolicy = recordPolicy(r.text("ErrorBehavior", "DataErrorPolicy"),
                                     s.dataErrorPolicy);
    s.dataTruncationErrorPolicy = recordPolicy(r.text("ErrorBehavior",
                                                       "DataTruncationErrorPolicy"),
                                               s.dataTruncationErrorPolicy);
    s.dataErrorEscalationPolicy = tablePolicy(r.text("ErrorBehavior",
                                                      "DataErrorEscalationPolicy"),
                                              s.dataErrorEscalationPolicy);
    r.integer("ErrorBehavior", "DataErrorEscalationCount", s.dataErrorEscalationCount);
    s.tableErrorPolicy = tablePolicy(r.text("ErrorBehavior", "TableErrorPolicy"),
                                     s.tableErrorPolicy);
    r.get("ErrorBehavior", "TableErrorEscalationPolicy"); // STOP_TASK is the only value
    r.integer("ErrorBehavior", "TableErrorEscalationCount", s.tableErrorEscalationCount);
    r.integer("ErrorBehavior", "RecoverableErrorCount", s.recoverableErrorCount);
    r.integer("ErrorBehavior", "RecoverableErrorInterval", s.recoverableErrorIntervalSeconds);
    r.boolean("ErrorBehavior", "RecoverableErrorThrottling", s.recoverableErrorThrottling);
    r.integer("ErrorBehavior", "RecoverableErrorThrottlingMax",
           s.recoverableErrorThrottlingMaxSeconds);
    r.boolean("ErrorBehavior", "FailOnNoTablesCaptured", s.failOnNoTablesCaptured);
}

/// Keys set but not read: listed, except those that only matter to AWS itself.
std::vector<std::string> notActedOn(const SettingsReader &r)
{
    std::vector<std::string> unread;
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
    for (const auto &[group, keys] : r.settings.groups.entries()) {
        if (!keys.isMap()) {
            if (!r.used.count(group))
                unread.push_back(group);
            continue;
        }
        for (const auto &[key, value] : keys.entries()) {
            const std::string name = group + "." + key;
            if (!r.used.count(name) && !harmless.count(name))
                unread.push_back(name);
        }
    }
    return unread;
}

} // namespace

LoadSettings loadSettingsFrom(const project::TaskSettings &settings)
{
    LoadSettings s;
    SettingsReader r{settings, {}};
    readTargetMetadata(r, s);
    readFullLoad(r, s);
    readErrorBehavior(r, s);
    r.boolean("ValidationSettings", "EnableValidation", s.enableValidation);
    r.boolean("ValidationSettings", "ValidationOnly", s.validationOnly);
    r.integer("Ferry", "SliceRows", s.sliceRows);
    s.notActedOn = notActedOn(r);
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
