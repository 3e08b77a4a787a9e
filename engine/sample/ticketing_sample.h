// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"
#include "engine/project/project.h"
#include "engine/task/task_runner.h"

#include <cstdint>
#include <string>

namespace ferry::sample {

/// The default number of tickets (the fact table) of the embedded sample (`ferry demo`).
constexpr int64_t DefaultTickets = 1'000'000;

/**
 * Writes Ferry's embedded sample, a sports-ticketing SQLite database, to path: sports, venues,
 * teams, events, customers and tickets with primary, unique and foreign keys, a secondary index,
 * a view, an AUTOINCREMENT key, dates, timestamps, decimals, booleans and text.
 *
 * Deterministic: the same ticket count always gives byte-for-byte the same rows (no random
 * numbers, no current time). Dimension tables scale with the tickets (events = tickets / 500,
 * customers = tickets / 10, at least a few of each). The file is written next to path and
 * renamed into place, so a half-written sample never exists. Blocks; any thread.
 */
[[nodiscard]] Result<void> generateTicketingSample(const std::string &path, int64_t tickets);

/// The ticket count recorded in an existing sample (nullopt-like 0 when not a Ferry sample).
[[nodiscard]] int64_t sampleTicketCount(const std::string &path);

/// Where the demo keeps its files (the folders are created): <data>/sample/ticketing-N.db and
/// <data>/demo/ticketing-copy.db, <data> being dataDirectory or, when empty, Ferry's folder in
/// the user's data directory (~/.local/share/Ferry).
struct DemoFiles
{
    std::string sample;
    std::string copy;
    std::string project; ///< <data>/demo/ticketing-sample.ferry.yaml (sampleProject)
};
[[nodiscard]] DemoFiles demoFiles(int64_t tickets, const std::string &dataDirectory = {});

/// The demo task: the sample (SQLite) into its copy (SQLite), default settings.
[[nodiscard]] task::TaskRequest demoTaskRequest(const DemoFiles &files,
                                                const std::string &taskName = "demo");

/// The demo as a project (what the workbench's welcome page opens): endpoints
/// "ticketing-sample" and "ticketing-copy" (SQLite files), one full-load task "sample".
[[nodiscard]] project::Project sampleProject(const DemoFiles &files);

} // namespace ferry::sample
