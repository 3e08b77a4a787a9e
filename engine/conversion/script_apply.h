// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"
#include "engine/core/sql_dialect.h"
#include "engine/load/load_session.h"

#include <functional>
#include <string>
#include <vector>

namespace ferry::conversion {

/**
 * Applying a conversion's SQL files to a target (`ferry apply`, issue #14): the files of a
 * directory in file-name order, each split into statements as the target's own client splits
 * them (convert::splitStatements), each statement run on its own so that one failure is
 * reported with its file, line and the server's error while the rest still applies. What a
 * statement does is read from its first words, so a plan can be shown first and destructive
 * statements (DROP, TRUNCATE, DELETE, ALTER ... DROP) are refused unless the user allows them.
 * docs/conversion.md, "Applying".
 */

/// Which files to apply: by the "-pre-data-" / "-post-data-" in their names.
enum class ScriptPart { All, PreData, PostData };

/// An SQL file: its name (for ordering and messages) and its text.
struct ScriptFile
{
    std::string name;
    std::string text;
};

/// One statement to run and what it does.
struct ScriptStep
{
    std::string file;
    int line = 1;
    std::string sql;
    std::string verb; ///< upper case: CREATE, ALTER, DROP, INSERT, ...
    std::string objectKind; ///< upper case: TABLE, INDEX, VIEW, ... ("" when not named)
    std::string objectName; ///< as written, unquoted, "schema.name" ("" when not found)
    std::string change; ///< ALTER: what changes, "ADD CONSTRAINT fk_x", "DROP COLUMN c"
    bool destructive = false; ///< drops or empties something

    /// "CREATE TABLE sakila.actor", "ALTER TABLE s.t ADD CONSTRAINT fk" (the statement's first
    /// line when it names no object).
    [[nodiscard]] std::string summary() const;
};

/// The files of `part` in file-name order, split into steps for the target's dialect.
[[nodiscard]] std::vector<ScriptStep> scriptSteps(std::vector<ScriptFile> files, SqlDialect dialect,
                                                  ScriptPart part);

struct StepFailure
{
    ScriptStep step;
    Error error;
};

struct ApplyOutcome
{
    int applied = 0;
    std::vector<StepFailure> failures; ///< in order; refused destructive steps included
};

/**
 * Runs the steps one by one on the target, each committed on its own (autocommit); a failed
 * step is recorded and the next one runs. Destructive steps run only with allowDestructive;
 * otherwise each is a failure saying so, and nothing of it runs. progress (may be empty) is
 * called after each step with its outcome.
 */
[[nodiscard]] ApplyOutcome
applyScriptSteps(load::TargetSession &target, const std::vector<ScriptStep> &steps,
                 bool allowDestructive,
                 const std::function<void(const ScriptStep &, const Result<void> &)> &progress);

} // namespace ferry::conversion
