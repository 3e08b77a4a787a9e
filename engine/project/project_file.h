// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"
#include "engine/project/project.h"

#include <string>
#include <string_view>
#include <vector>

namespace ferry::project {

/**
 * One problem found in a project file: where (file, 1-based line and column, key path such as
 * `endpoints.source.port`), what is wrong, and how to fix it. Never contains a password.
 */
struct ProjectIssue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    std::string file;
    int line = 0;   ///< 1-based; 0 when unknown
    int column = 0; ///< 1-based; 0 when unknown
    std::string path;    ///< key path, e.g. "tasks.nightly.source"; empty for the whole file
    std::string message; ///< one sentence: what is wrong
    std::string hint;    ///< how to fix it ("Did you mean 'endpoints'?"); may be empty
    std::string detail;  ///< technical detail (the YAML parser's text); may be empty

    /// "file:line:column"
    [[nodiscard]] std::string location() const;
    /// "file:line:column: error: path: message hint" — compiler style, one line.
    [[nodiscard]] std::string toString() const;
};

/// Everything a load found: all errors (the load failed when not empty) and warnings.
struct LoadReport
{
    std::vector<ProjectIssue> errors;
    std::vector<ProjectIssue> warnings;
};

/**
 * Reads and validates a project file. On any error nothing is returned but an Error
 * (ErrorCode::ProjectInvalid, or FileNotFound/Io) describing the first problem precisely
 * (location "file:line:column", key path in detail, hint); *report receives every error and
 * warning. On success the project remembers the file's text (Project::origin) so that saving
 * keeps comments of untouched sections. Blocking file I/O; any thread.
 */
[[nodiscard]] Result<Project> loadProjectFile(const std::string &path,
                                              LoadReport *report = nullptr);

/// Like loadProjectFile for text already in memory; fileName is used in locations only.
[[nodiscard]] Result<Project> parseProject(std::string_view text, const std::string &fileName,
                                           LoadReport *report = nullptr);

/**
 * The project as YAML in Ferry's canonical layout (docs/project-files.md): block style, stable
 * key order, no comments, never a password. Ignores Project::origin.
 */
[[nodiscard]] std::string formatProject(const Project &project);

/**
 * The text to save: when the project came from a file (origin set), untouched sections and
 * entries are copied byte-for-byte from the original (comments included) and only changed ones
 * are re-emitted; otherwise formatProject(). The result is re-read before it is returned, so
 * it always loads back equal to project; an invalid project (e.g. a task naming a missing
 * endpoint) gives ErrorCode::ProjectInvalid.
 */
[[nodiscard]] Result<std::string> projectToYaml(const Project &project);

/**
 * Writes projectToYaml(project) to path atomically (temporary file + rename). Returns the
 * project as written, with its origin updated, to replace the caller's copy.
 */
[[nodiscard]] Result<Project> saveProjectFile(const Project &project, const std::string &path);

/// All errors, then all warnings, one ProjectIssue::toString() per line (for the CLI).
[[nodiscard]] std::string formatIssues(const LoadReport &report);

/// One Error (ErrorCode::ProjectInvalid) for a non-empty list of issues: the first issue's
/// message, location and hint, with the key path and the count of further errors as detail.
[[nodiscard]] Error issuesToError(const std::vector<ProjectIssue> &errors);

} // namespace ferry::project
