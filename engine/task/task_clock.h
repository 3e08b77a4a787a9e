// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ferry::task {

/// Milliseconds since the Unix epoch (wall clock, UTC).
inline int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

/// "2026-11-23T14:05:09.123Z" for a time in ms since the epoch.
[[nodiscard]] std::string isoTime(int64_t ms);
/// The inverse of isoTime: ms since the epoch, or nullopt for any other text.
[[nodiscard]] std::optional<int64_t> parseIsoTime(std::string_view text);

/// Resident set size of this process in bytes (0 when unknown).
[[nodiscard]] int64_t residentMemoryBytes();

} // namespace ferry::task
