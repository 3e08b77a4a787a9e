// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"
#include "engine/load/load_session.h"
#include "engine/mapping/mapping_plan.h"
#include "engine/project/project.h"
#include "engine/types/canonical_type.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace ferry::mapping::detail {

/**
 * The rules of a DMS table mapping, checked and decoded once, independent of any catalog
 * (mapping_plan.cpp applies them). Private to engine/mapping; pure values.
 */

enum class RuleType { Selection, Transformation, TableSettings };

enum class RuleTarget { None, Schema, Table, Column };

enum class RuleAction {
    None, ///< table-settings
    Include,
    Exclude,
    Explicit,
    Rename,
    ConvertLowercase,
    ConvertUppercase,
    AddPrefix,
    RemovePrefix,
    ReplacePrefix,
    AddSuffix,
    RemoveSuffix,
    ReplaceSuffix,
    RemoveColumn,
    IncludeColumn,
    AddColumn,
    ChangeDataType,
    DefinePrimaryKey,
};

/// rename, convert-*, add/remove/replace-prefix/suffix: actions that compute a new name.
[[nodiscard]] bool isNamingAction(RuleAction action);

struct Locator
{
    std::string schemaName;
    std::optional<std::string> tableName;
    std::optional<std::string> columnName;
    std::optional<std::string> dataType; ///< filter on the column's type (DMS or native name)
    std::string tableType = "table"; ///< selection: table, view or all
};

struct PrimaryKeyDefinition
{
    std::string name;
    bool uniqueIndex = false; ///< origin: unique-index
    std::vector<std::string> columns;
};

struct Rule
{
    size_t position = 0; ///< index in the document
    std::string id;
    RuleType type = RuleType::Selection;
    RuleAction action = RuleAction::None;
    RuleTarget target = RuleTarget::None;
    Locator locator;

    // selection
    std::vector<load::ColumnFilter> filters;
    std::optional<int64_t> loadOrder;

    // transformation
    std::string value; ///< new name, prefix, suffix; add-column: the column name
    std::string oldValue; ///< replace-prefix / replace-suffix
    std::string expression;
    std::optional<CanonicalType> dataType;
    PrimaryKeyDefinition primaryKey;

    // table-settings
    std::optional<ParallelLoad> parallelLoad;
    std::optional<LobSettings> lobSettings;
};

struct ParsedRules
{
    std::vector<Rule> rules; ///< in application order: numeric rule-id, then document order
    std::vector<std::string> warnings; ///< accepted but ignored rules, each naming its rule id
};

/// Checks and decodes every rule. Errors: ProjectInvalid, location "rule <id>".
[[nodiscard]] Result<ParsedRules> parseRules(const project::TableMapping &mapping);

/// An Error for a rule: ProjectInvalid, FixConfiguration, location "rule <id>".
[[nodiscard]] Error ruleError(const std::string &ruleId, const QString &message,
                              const QString &hint = {});

/// "Rule <id>: <text>".
[[nodiscard]] std::string ruleWarning(const std::string &ruleId, const QString &text);

/// Replaces ${schema-name}, ${table-name} and ${column-name} in a rename value.
[[nodiscard]] std::string substituteVariables(const std::string &value,
                                              const std::string &schemaName,
                                              const std::string &tableName,
                                              const std::string &columnName);

} // namespace ferry::mapping::detail
