// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"
#include "engine/project/project.h"
#include "engine/project/project_file.h"

#include <string>
#include <string_view>
#include <vector>

namespace ferry::project {

/**
 * AWS DMS JSON documents (table-mappings.json, task-settings.json) to and from the project
 * model (docs/project-files.md, "AWS DMS JSON").
 *
 * Import parses strict JSON (RFC 8259; duplicate keys are rejected), keeps key order, value
 * types and number text as written, and validates with the same checks as project files. On
 * any error nothing is returned but an Error (ErrorCode::ProjectInvalid, location
 * "file:line:column", the rule-id in the message) describing the first problem; *report
 * receives every error and warning. Export writes indented JSON; import(export(x)) == x for
 * everything JSON can hold (YAML-only number forms such as 0x10 are written in decimal).
 * Free functions on plain values: any thread.
 */

/// A DMS table-mapping document `{"rules": [...]}` as a project TableMapping.
[[nodiscard]] Result<TableMapping> importDmsTableMappings(std::string_view jsonText,
                                                          const std::string &fileName,
                                                          LoadReport *report = nullptr);

/// The result of importing a DMS task-settings.json.
struct DmsTaskSettingsImport
{
    TaskSettings settings; ///< everything in the file, as written (lossless)
    TaskSettings knownSettings; ///< without the keys Ferry does not know (what a project holds)
    std::vector<ProjectIssue> warnings; ///< one per key Ferry does not know, and the like
    /// Key paths of the keys missing from knownSettings ("ControlTablesSettings.x").
    std::vector<std::string> unknownKeys;
};

/**
 * A DMS ReplicationTaskSettings document. Lenient about what DMS has and Ferry does not know:
 * unknown groups and keys are warnings naming them (and are kept in `settings`), while a
 * known key with a wrong type or range is an error.
 */
[[nodiscard]] Result<DmsTaskSettingsImport> importDmsTaskSettings(std::string_view jsonText,
                                                                  const std::string &fileName,
                                                                  LoadReport *report = nullptr);

/// The mapping as a DMS table-mapping JSON document, indented, ending with a newline.
[[nodiscard]] std::string exportDmsTableMappings(const TableMapping &mapping);

/// The settings as a DMS task-settings JSON document, indented, ending with a newline.
[[nodiscard]] std::string exportDmsTaskSettings(const TaskSettings &settings);

} // namespace ferry::project
