// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/project.h"

#include <cstdio>
#include <functional>
#include <map>
#include <mutex>
#include <string>

namespace ferry::task {

/// DMS log components (§4.6) used by the full load.
enum class LogComponent { SourceUnload, TargetLoad, Transformation, TaskManager, TableManager };
/// DMS severities, most severe first.
enum class LogSeverity { Error, Warning, Info, Debug };

[[nodiscard]] const char *logComponentName(LogComponent component); ///< "SOURCE_UNLOAD", ...
[[nodiscard]] char logSeverityLetter(LogSeverity severity);          ///< 'E', 'W', 'I', 'D'

struct LogLine
{
    int64_t timestampMs = 0;
    LogComponent component = LogComponent::TaskManager;
    LogSeverity severity = LogSeverity::Info;
    std::string message;

    /// DMS's task log format: "<thread>: <ISO time> [<COMPONENT>]<S>: message".
    [[nodiscard]] std::string format() const;
};

/**
 * The task log: filtered per component by the DMS Logging.LogComponents severities (default
 * INFO), written to <run directory>/task.log and handed to a callback (CLI, GUI).
 * Thread: log() from any thread.
 */
class TaskLog
{
public:
    TaskLog(const project::TaskSettings &settings, const std::string &path,
            std::function<void(const LogLine &)> callback);
    ~TaskLog();
    TaskLog(const TaskLog &) = delete;
    TaskLog &operator=(const TaskLog &) = delete;

    void log(LogComponent component, LogSeverity severity, const std::string &message);
    bool enabled(LogComponent component, LogSeverity severity) const;

private:
    std::mutex m_mutex;
    std::FILE *m_file = nullptr;
    std::function<void(const LogLine &)> m_callback;
    std::map<LogComponent, LogSeverity> m_levels;
};

} // namespace ferry::task
