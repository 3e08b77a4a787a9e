// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/load_session.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::load {

/// A value of a condition built by buildCondition(), for one placeholder, in order.
struct ConditionValue
{
    std::string column; ///< the column it is compared with
    std::string text;   ///< canonical text: a filter value as the rule gives it, or a key bound
    bool isKey = false; ///< a key-range bound (its column's type in keyType); else a filter value
    CanonicalType keyType;
};

/**
 * How one SQL dialect writes a condition -- the per-dialect policy of the one WHERE builder:
 * identifier quoting, the text of each placeholder (PostgreSQL "$n::type" or a setting read
 * back inside COPY; "?" elsewhere), and whether keys compare as row values. How the values are
 * then bound (text, typed) is the connector's business, value by value.
 */
struct ConditionStyle
{
    std::function<std::string(std::string_view)> quote;
    /// The placeholder of value number n (1-based); "?" when not set.
    std::function<std::string(size_t n, const ConditionValue &value)> placeholder;
    /// Compare keys as row values, `a >= ? AND (a, b) > (?, ?)` (PostgreSQL, SQLite >= 3.15).
    /// Otherwise expanded, `a >= ? AND (a > ? OR (a = ? AND b > ?))` (MySQL/MariaDB, whose
    /// range optimizer ignores row-value inequalities; T-SQL, which has none). Either way the
    /// leading column is bounded on its own too, so every planner sees and estimates an index
    /// range.
    bool rowValues = true;
};

/// A condition and the values of its placeholders.
struct SqlCondition
{
    std::string sql; ///< without the WHERE keyword; empty when there is nothing to filter
    std::vector<ConditionValue> values;
    /// Not empty when the key range is malformed (a bound with another number of values than
    /// the range has columns): a programmer error, the condition must not be used.
    std::string error;

    /// " WHERE <sql>", or "" when there is no condition.
    [[nodiscard]] std::string where() const { return sql.empty() ? sql : " WHERE " + sql; }
};

/**
 * The one WHERE builder of the data path: DMS source filters -- the conditions on one column
 * OR'ed, the filters AND'ed -- and a key range (engine/load/load_session.h: lexicographic over
 * its columns, lower exclusive, upper inclusive, either open; rows with NULL in a nullable key
 * column only where the range says), written for one dialect. Values are never spliced: each
 * placeholder gets a ConditionValue, in order. Pure function; thread-safe.
 */
[[nodiscard]] SqlCondition buildCondition(const std::vector<ColumnFilter> &filters,
                                          const std::optional<KeyRange> &range,
                                          const ConditionStyle &style);

/// True when each bound of the range has one value per key column (buildCondition's
/// precondition; SqlCondition::error says when it is not met).
[[nodiscard]] bool isWellFormed(const KeyRange &range);

/// " ORDER BY a, b" for ReadRequest::order (each name quoted), or "" for no order.
[[nodiscard]] std::string orderByClause(
    const std::vector<std::string> &columns,
    const std::function<std::string(std::string_view)> &quote);

} // namespace ferry::load
