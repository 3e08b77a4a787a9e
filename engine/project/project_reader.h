// SPDX-License-Identifier: MIT
// Private to engine/project: turns a parsed YAML tree into a validated Project.
#pragma once

#include "engine/project/project.h"
#include "engine/project/project_schema.h"
#include "engine/project/yaml_document.h"

#include <optional>
#include <vector>

namespace ferry::project::detail {

/// The top-level keys in their canonical (saved) order.
[[nodiscard]] const std::vector<std::string> &topLevelKeys();

/// Validates root completely and builds the project; nullopt when sink received any error.
[[nodiscard]] std::optional<Project> readProject(const SourceNode &root, IssueSink &sink);

} // namespace ferry::project::detail
