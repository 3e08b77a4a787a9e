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
