// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/dialect.h"
#include "engine/types/canonical_type.h"

#include <string>

namespace ferry::models {

/**
 * The native type a target of this dialect creates for a canonical type ("bigint",
 * "varchar(60)", "INT"), as the target connector's TargetSession::nativeType() answers (the
 * connectors' pure type mappings). For a dialect that is no target (ODBC): the canonical text
 * ("integer(8)"). Thread: any.
 */
[[nodiscard]] std::string targetTypeName(Dialect dialect, const CanonicalType &type);

} // namespace ferry::models
