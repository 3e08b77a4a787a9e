// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/connection_spec.h"

#include <string>
#include <string_view>

namespace ferry::odbc {

/**
 * Builds the SQLDriverConnect connection string of a spec (private to the ODBC connector).
 *
 * "DSN=<dsn>" or "DRIVER={<driver>}", then host/port/database when the spec has them and the
 * options do not, then every other option key=value in key order (driver, dsn and
 * connect_timeout are Ferry's own), then UID from spec.user and PWD from spec.password.
 * Values containing ';', '{', '}' or surrounding spaces are wrapped in braces with '}' doubled
 * (ODBC's attribute-value rule).
 *
 * The password is included only when withPassword is true, which only the SQLDriverConnect
 * call site does; everything printed uses withPassword = false, where PWD reads "***".
 */
[[nodiscard]] std::string connectionString(const ConnectionSpec &spec, bool withPassword);

/// One attribute value escaped for a connection string (see connectionString()).
[[nodiscard]] std::string escapeAttributeValue(std::string_view value);

/// Where the spec points, for messages: "data source ferry_pg" or "driver PostgreSQL Unicode".
[[nodiscard]] std::string targetLabel(const ConnectionSpec &spec);

} // namespace ferry::odbc
