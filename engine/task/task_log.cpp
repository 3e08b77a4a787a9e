// SPDX-License-Identifier: MIT
#include "engine/task/task_log.h"

#include "engine/core/enum_names.h"
#include "engine/task/task_clock.h"

#include <cstring>
#include <pthread.h>

namespace ferry::task {

constexpr const char *LogComponentNames[]
    = {"SOURCE_UNLOAD", "TARGET_LOAD", "TRANSFORMATION", "TASK_MANAGER", "TABLES_MANAGER"};
static_assert(namesEvery(LogComponentNames, LogComponent::TableManager));

const char *logComponentName(LogComponent component)
{
    return nameOf(LogComponentNames, component);
}

char logSeverityLetter(LogSeverity severity)
{
    switch (severity) {
    case LogSeverity::Error: return 'E';
    case LogSeverity::Warning: return 'W';
    case LogSeverity::Info: return 'I';
    case LogSeverity::Debug: return 'D';
    }
    return 'I';
}

std::string LogLine::format() const
{
    char thread[16];
    std::snprintf(thread, sizeof thread, "%08lx",
                  static_cast<unsigned long>(pthread_self()) & 0xffffffffUL);
    std::string out = thread;
    out += ": ";
    out += isoTime(timestampMs);
    out += " [";
    out += logComponentName(component);
    out += " ]";
    out += logSeverityLetter(severity);
    out += ": ";
    out += message;
    return out;
}

namespace {

LogSeverity severityFromName(const std::string &name)
{
    if (name == "LOGGER_SEVERITY_ERROR")
        return LogSeverity::Error;
    if (name == "LOGGER_SEVERITY_WARNING")
        return LogSeverity::Warning;
    if (name == "LOGGER_SEVERITY_DEBUG" || name == "LOGGER_SEVERITY_DETAILED_DEBUG")
        return LogSeverity::Debug;
    return LogSeverity::Info;
}

} // namespace

TaskLog::TaskLog(const project::TaskSettings &settings, const std::string &path,
                 std::function<void(const LogLine &)> callback)
    : m_callback(std::move(callback))
{
    for (LogComponent component : {LogComponent::SourceUnload, LogComponent::TargetLoad,
                                   LogComponent::Transformation, LogComponent::TaskManager,
                                   LogComponent::TableManager})
        m_levels[component] = LogSeverity::Info;
    if (const project::Value *components = settings.find("Logging", "LogComponents")) {
        for (const project::Value &entry : components->items()) {
            const project::Value *id = entry.find("Id");
            const project::Value *severity = entry.find("Severity");
            if (!id || !severity)
                continue;
            for (auto &[component, level] : m_levels) {
                if (id->text() == logComponentName(component))
                    level = severityFromName(severity->text());
            }
        }
    }
    if (!path.empty())
        m_file = std::fopen(path.c_str(), "a");
}

TaskLog::~TaskLog()
{
    if (m_file)
        std::fclose(m_file);
}

bool TaskLog::enabled(LogComponent component, LogSeverity severity) const
{
    const auto it = m_levels.find(component);
    return it == m_levels.end() || severity <= it->second;
}

void TaskLog::log(LogComponent component, LogSeverity severity, const std::string &message)
{
    if (!enabled(component, severity))
        return;
    LogLine line{nowMs(), component, severity, message};
    std::lock_guard lock(m_mutex);
    if (m_file) {
        const std::string text = line.format();
        std::fwrite(text.data(), 1, text.size(), m_file);
        std::fputc('\n', m_file);
        std::fflush(m_file);
    }
    if (m_callback)
        m_callback(line);
}

} // namespace ferry::task
