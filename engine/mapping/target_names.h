// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/dialect.h"
#include "engine/mapping/mapping_plan.h"

#include <string>
#include <string_view>
#include <vector>

namespace ferry::mapping {

/**
 * How a target engine scopes and limits names, so that the planner can decide every target
 * name before any DDL runs (parallel workers then never race for a name, and every run of a
 * task names every object the same way).
 *
 * - PostgreSQL: identifiers hold 63 bytes (NAMEDATALEN - 1; longer ones are cut silently by
 *   the server). Tables, indexes and the indexes behind primary-key and unique constraints
 *   share one namespace per schema; foreign-key and check constraint names are per table.
 *   Names are case-sensitive (Ferry quotes them).
 * - MySQL/MariaDB: identifiers hold 64 characters. Index names (PRIMARY, unique keys) are per
 *   table, foreign-key names per schema (database); both compare case-insensitively. The
 *   primary key is always named PRIMARY.
 * - SQLite: no length limit. Index names share one namespace per database with tables and
 *   views, case-insensitively; constraint names inside CREATE TABLE are not checked.
 */
struct NamingRules
{
    size_t maxIdentifierLength = 0; ///< 0: no limit
    bool lengthInCharacters = false; ///< MySQL counts characters, PostgreSQL bytes
    bool caseInsensitive = false; ///< names equal but for ASCII case collide
    /// Index, unique-key and primary-key names share the schema's namespace with tables;
    /// otherwise they are per table.
    bool indexesPerSchema = false;
    bool foreignKeysPerSchema = false; ///< otherwise per table
    bool namesPrimaryKey = true; ///< false: the engine names the primary key itself (MySQL)
    bool namesForeignKeys = true; ///< false: names inside CREATE TABLE are not checked (SQLite)
};

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
