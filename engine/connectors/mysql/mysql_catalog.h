// SPDX-License-Identifier: MIT
#pragma once

#include "engine/catalog/catalog.h"
#include "engine/core/connection_spec.h"
#include "engine/connectors/mysql/mysql_diagnosis.h"
#include "engine/core/error.h"

#include <string>
#include <vector>

namespace ferry::mysql {

class Connection;

/// Databases the catalog never lists unless asked (CatalogFilter::includeSystemSchemas).
[[nodiscard]] bool isSystemDatabase(std::string_view name);

/**
 * Reads the catalog over an open connection. A MySQL database is a Ferry schema: the filter's
 * schemas, else spec.database, else every non-system database. Per database, one
 * information_schema query per object kind (tables, columns, indexes, constraints, key
 * columns, foreign-key rules, checks, views, routines, parameters, triggers) plus one query
 * for all MariaDB sequences' values; never a query per table or column.
 *
 * Thread: runs on the caller's thread with the caller's connection.
 */
[[nodiscard]] Result<Catalog> readCatalog(Connection &connection, const ServerVersion &version,
                                          const ConnectionSpec &spec, const CatalogFilter &filter);

} // namespace ferry::mysql
