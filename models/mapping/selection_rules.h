// SPDX-License-Identifier: MIT
#pragma once

#include "engine/catalog/catalog.h"
#include "engine/core/error.h"
#include "engine/project/project.h"

#include <string>
#include <vector>

namespace ferry::models {

/**
 * Selection rules <-> checked tables, for the mapping editor's catalog tree (reference §2.3,
 * §2.4). Which tables a set of rules selects is always the engine's own answer
 * (mapping::planMapping); this file only writes rules and keeps their numbering.
 * Pure functions on values; thread-safe.
 */

/// Per schema, per table, in catalog order: 1 when the table is selected.
using TableSelection = std::vector<std::vector<char>>;

/// The tables the selection rules select, evaluated by planMapping with the filters left out
/// (filters choose rows, not tables). No rules at all is DMS's default mapping: every table of
/// every non-system schema. Errors: the engine's, for a rule it rejects.
[[nodiscard]] Result<TableSelection>
evaluateSelection(const Catalog &catalog, const std::vector<project::MappingRule> &selectionRules);

/// The narrowest DMS pattern for `name` that matches no other of `others`: the name itself
/// when that is exact enough, else with `_`, `[` and `%` written as `[_]`, `[[]`, `[%]`.
[[nodiscard]] std::string exactPattern(const std::string &name,
                                       const std::vector<std::string> &others);

/// A selection rule {rule-type, rule-id, rule-name, object-locator, rule-action[, filters]}
/// with empty id and name (numberedMapping gives them). Include rules get "filters": [] as the
/// DMS console writes them.
[[nodiscard]] project::MappingRule selectionRule(const std::string &action,
                                                 const std::string &schemaPattern,
                                                 const std::string &tablePattern);

/**
 * Selection rules for the checked tables (none when no table is checked), per schema with the
 * fewest rules:
 * every table checked -> include `schema.%`; otherwise one include per checked table, or
 * include `schema.%` plus one exclude per unchecked table when that is shorter. Names are
 * written with exactPattern. Tables that had source filters in `previous` keep them (and their
 * load-order) in an include rule of their own while they stay checked.
 *
 * With `changedSchemas` (catalog schema indexes) and `previous` rules (at least one) that each
 * name exactly one schema, only the rules of those schemas are rewritten (in place of their first
 * rule) and every other rule is kept as written; otherwise all rules are rewritten.
 */
[[nodiscard]] std::vector<project::MappingRule>
selectionRulesFor(const Catalog &catalog, const TableSelection &checked,
                  const std::vector<project::MappingRule> &previous,
                  const std::vector<int> &changedSchemas = {});

/// The catalog schema index a selection rule's schema-name names exactly (a name equal to one
/// schema and matching no other); -1 for patterns and unknown names.
[[nodiscard]] int exactSchemaIndex(const Catalog &catalog, const project::MappingRule &rule);

/**
 * The rules as one mapping with rule-id "1".."n" (strings) in the given order. A rule-name
 * that is empty or only digits (as DMS generates them) becomes the new id; descriptive names
 * are kept. A rule without rule-id or rule-name gets them after rule-type.
 */
[[nodiscard]] project::TableMapping numberedMapping(const std::vector<project::MappingRule> &rules);

} // namespace ferry::models
