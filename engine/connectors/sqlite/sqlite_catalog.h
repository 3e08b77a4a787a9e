// SPDX-License-Identifier: MIT
#pragma once

#include "engine/catalog/catalog.h"
#include "engine/core/connection_spec.h"
#include "engine/core/error.h"

namespace ferry::sqlite {

class Connection;

/**
 * Reads the catalog of an open SQLite database (schema "main") inside one read transaction.
 *
 * A handful of whole-database queries: sqlite_schema for every object and its CREATE text,
 * then pragma_table_xinfo, pragma_index_list + pragma_index_xinfo and pragma_foreign_key_list
 * joined against sqlite_schema (one query each for all tables), sqlite_stat1 for row
 * estimates, sqlite_sequence for AUTOINCREMENT values and dbstat for sizes of small files.
 * The CREATE statements are parsed (sqlite_ddl.h) for what no pragma reports.
 *
 * Mapping: INTEGER PRIMARY KEY rowid aliases get identity ByDefault (SQLite assigns a value
 * when none is given); AUTOINCREMENT adds autoIncrement and a Sequence named after the table
 * holding sqlite_sequence's value. Indexes SQLite creates for PRIMARY KEY/UNIQUE constraints
 * (sqlite_autoindex_*) are not listed as indexes: primaryKey and uniqueKeys describe them.
 * Constraint names are those the statement declares, empty otherwise.
 *
 * Thread: the caller's (the connection's) thread. Errors: CatalogReadFailed, with the SQLite
 * message and the failing query in detail.
 */
[[nodiscard]] Result<Catalog> readCatalog(const Connection &connection, const ConnectionSpec &spec,
                                          const CatalogFilter &filter);

/// Files up to this size get table sizes from dbstat (which reads every page).
constexpr int64_t DbstatSizeLimitBytes = 256LL * 1024 * 1024;

} // namespace ferry::sqlite
