// SPDX-License-Identifier: MIT
#include "engine/task/task_clock.h"

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace ferry::task {

std::string isoTime(int64_t ms)
{
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char buffer[80];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                  tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                  tm.tm_sec, static_cast<int>(ms % 1000));
    return buffer;
}

std::optional<int64_t> parseIsoTime(std::string_view text)
{
    if (text.size() != 24 || text[23] != 'Z')
        return std::nullopt;
    const std::string copy(text);
    std::tm tm{};
    int milliseconds = 0;
    int consumed = 0;
    if (std::sscanf(copy.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d.%3dZ%n", &tm.tm_year, &tm.tm_mon,
                    &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &milliseconds, &consumed)
            != 7
        || consumed != 24)
        return std::nullopt;
    if (tm.tm_mon < 1 || tm.tm_mon > 12 || tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23
        || tm.tm_min > 59 || tm.tm_sec > 60 || milliseconds < 0)
        return std::nullopt;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    const std::time_t seconds = timegm(&tm);
    return static_cast<int64_t>(seconds) * 1000 + milliseconds;
}

int64_t residentMemoryBytes()
{
    std::FILE *file = std::fopen("/proc/self/statm", "r");
    if (!file)
        return 0;
    long pages = 0;
    long resident = 0;
    const int read = std::fscanf(file, "%ld %ld", &pages, &resident);
    std::fclose(file);
    if (read != 2)
        return 0;
    return static_cast<int64_t>(resident) * sysconf(_SC_PAGESIZE);
}

} // namespace ferry::task
