// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/load_session.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ferry::load {

/// A value for one `?` of a WHERE clause built by whereClause(), in placeholder order.
struct WhereValue
{
    std::string column;              ///< the column it is compared with
    std::optional<std::string> text; ///< a filter value (canonical text)
    int64_t integer = 0;             ///< a key-range bound (when text is unset)
};

/**
 * " WHERE ..." (empty when there is nothing to filter) for DMS source filters -- the conditions
 * on one column OR'ed, the filters AND'ed -- and a key range, for engines that bind `?`
 * placeholders (SQLite, ODBC). Values are never spliced: each `?` gets a WhereValue, in order.
 * `quote` quotes a column name for the engine. Pure function; thread-safe.
 */
[[nodiscard]] std::string whereClause(const std::vector<ColumnFilter> &filters,
                                      const std::optional<KeyRange> &range,
                                      const std::function<std::string(const std::string &)> &quote,
                                      std::vector<WhereValue> *values);

} // namespace ferry::load
