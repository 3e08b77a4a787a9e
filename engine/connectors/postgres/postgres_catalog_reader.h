// SPDX-License-Identifier: MIT
// Private to the postgres connector.
#pragma once

#include "engine/catalog/catalog.h"
#include "engine/core/error.h"

namespace ferry::postgres {

class Session;

/**
 * Reads the catalog of the session's database with a fixed number of whole-database queries on
 * pg_catalog (one per object kind, never one per table or column), inside one read-only
 * repeatable-read transaction so all kinds describe the same moment.
 *
 * Blocks on the network; runs on the session's thread. Errors: CatalogReadFailed with the
 * server's text and SQLSTATE in detail; nothing throws out.
 */
[[nodiscard]] Result<Catalog> readCatalog(Session &session, const CatalogFilter &filter);

} // namespace ferry::postgres
