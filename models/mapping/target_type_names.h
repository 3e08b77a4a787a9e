// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/dialect.h"
#include "engine/types/canonical_type.h"

#include <string>

namespace ferry::models {

/**
 * The native type a target of this dialect creates for a canonical type ("bigint",
 * "varchar(60)", "INT"), as the target connector's TargetSession::nativeType() would answer:
 * PostgreSQL and MySQL through their pure type mappings, SQLite through a target session on a
 * private scratch file (its mapping lives on the session). For a dialect that is no target
 * (ODBC) or when the scratch session cannot open: the canonical text ("integer(8)").
 * Thread: GUI thread (the SQLite session is shared and not locked).
 */
[[nodiscard]] std::string targetTypeName(Dialect dialect, const CanonicalType &type);

} // namespace ferry::models
