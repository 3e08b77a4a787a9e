// SPDX-License-Identifier: MIT
#pragma once

// Private to the odbc connector: ODBC's policy for the one WHERE builder
// (engine/load/where_clause.h). Pure: no <sql.h>, so unit tests check it without a driver.

#include "engine/core/sql_dialect.h"
#include "engine/load/where_clause.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::odbc {

/// A value for one `?`: key bounds of integer columns as SQL_BIGINT (a text parameter compared
/// with an integer column fails on PostgreSQL's driver), everything else as text.
struct WhereParameter
{
    std::string text;
    int64_t integer = 0;
    bool isInteger = false;
};

/**
 * DMS filters and a key range for an ODBC source speaking `dialect`, identifiers quoted with
 * `quote` (the driver's quote character): `?` placeholders; keys as row values where the SQL
 * spoken has them and plans them as index ranges (PostgreSQL), expanded everywhere else
 * (T-SQL has no row values; MySQL/MariaDB ignore them for ranges; generic drivers are not
 * trusted with them).
 */
[[nodiscard]] load::SqlCondition whereCondition(
    const std::vector<load::ColumnFilter> &filters, const std::optional<load::KeyRange> &range,
    SqlDialect dialect, const std::function<std::string(std::string_view)> &quote);

/// The parameters of the condition, in order.
[[nodiscard]] std::vector<WhereParameter> whereParameters(const load::SqlCondition &condition);

} // namespace ferry::odbc
