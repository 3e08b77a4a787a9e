// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/dialect.h"
#include "engine/core/identifier_rules.h"
#include "engine/mapping/mapping_plan.h"

#include <string>
#include <string_view>
#include <vector>

namespace ferry::mapping {

/// How a target engine limits and scopes names: its connector's identifier rules.
using NamingRules = IdentifierRules;

/// The identifier rules of the target engine (connectorFor(dialect).identifierRules()).
[[nodiscard]] NamingRules namingRulesFor(Dialect dialect);

/// Whether name is within the target's identifier limit.
[[nodiscard]] bool fitsIdentifier(std::string_view name, const NamingRules &rules);

/**
 * name when it fits; otherwise its longest prefix that leaves room for "_" and 6 hex digits of
 * a hash of the whole name (cut on a UTF-8 character boundary), then that suffix. The same
 * name always gives the same result, and two long names sharing their first 63 bytes differ.
 */
[[nodiscard]] std::string fitIdentifier(std::string_view name, const NamingRules &rules);

/**
 * Names every primary key, unique key, index and foreign key of the planned tables for the
 * target: the source name when it is unique in its target scope, otherwise prefixed with the
 * target table's name (rental_idx_fk_customer_id), shortened to the identifier limit, and
 * numbered (_2, _3) in the rare case a name is still taken. Unnamed objects get the names
 * PostgreSQL would give them (table_column_key / _idx / _fkey, table_pkey). Rewrites the names
 * inside each TablePlan::target and records every decision in TablePlan::objectNames; a
 * note for each renamed object is appended to notes. Deterministic: depends only on the
 * plan, never on what the target holds.
 */
void assignObjectNames(std::vector<TablePlan> &tables, const NamingRules &rules,
                       std::vector<std::string> &notes);

} // namespace ferry::mapping
