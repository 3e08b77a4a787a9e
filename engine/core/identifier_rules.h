// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

namespace ferry {

/**
 * How a database engine limits and scopes names (each Connector declares its own), so that the
 * mapping planner can decide every target name before any DDL runs
 * (engine/mapping/target_names.h).
 */
struct IdentifierRules
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
    /// Where unqualified names go on a new connection when nothing else says so ("public" on
    /// PostgreSQL); empty when it depends on the connection (MySQL: its database) or the engine
    /// has no schemas (SQLite). A live target session says for sure (defaultSchema()).
    const char *defaultSchema = "";
};

} // namespace ferry
