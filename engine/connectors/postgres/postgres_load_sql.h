// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/load_session.h"

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::postgres {

/**
 * The SQL text the PostgreSQL data path sends besides DDL (engine/convert/ddl/): source filters
 * with their values bound. Pure functions on values (no libpq); thread-safe. Identifiers are
 * quoted with quoteIdentifier(); values never appear in the text.
 */

/// A WHERE clause (without the keyword; empty when there is nothing to filter) and the values
/// it references, in placeholder order.
struct BoundCondition
{
    std::string sql;
    std::vector<std::string> values;
};

/// Renders the parameter with 1-based number n, of PostgreSQL type `castType`, in the SQL.
using PlaceholderRenderer = std::function<std::string(size_t n, const std::string &castType)>;

/**
 * The conditions of DMS filters (AND of filters, OR of each filter's conditions) and of a
 * key range (row values, `("a", "b") > ($1::int4, $2::text)`), written by the one WHERE
 * builder (engine/load/where_clause.h) with PostgreSQL's policy: every value is cast to its
 * column's type, so comparisons use the column's operators, collation and index. castTypes
 * maps each column to the (quoted, typmod-free) type its values are cast to; a key column
 * missing from it is cast to bigint (integer keys) or text. Returns false and names the column
 * in *missingColumn when a filter column has no cast type, or a key bound does not have one
 * value per key column.
 */
[[nodiscard]] bool buildCondition(const std::vector<load::ColumnFilter> &filters,
                                  const std::optional<load::KeyRange> &range,
                                  const std::map<std::string, std::string> &castTypes,
                                  const PlaceholderRenderer &placeholder, BoundCondition *out,
                                  std::string *missingColumn);

/// "$n::type" for statements with real bind parameters.
[[nodiscard]] std::string bindPlaceholder(size_t n, const std::string &castType);
/// The placeholder for COPY, which takes no bind parameters: the value was stored beforehand
/// with set_config('ferry.pN', value) and is read back once per statement as an InitPlan.
[[nodiscard]] std::string settingPlaceholder(size_t n, const std::string &castType);
/// The name of the custom setting that holds value n for settingPlaceholder().
[[nodiscard]] std::string settingName(size_t n);

} // namespace ferry::postgres
