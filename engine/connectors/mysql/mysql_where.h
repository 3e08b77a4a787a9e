// SPDX-License-Identifier: MIT
#pragma once

// Private to the mysql connector: MySQL's policy for the one WHERE builder
// (engine/load/where_clause.h) and how its values are bound. Pure: no <mysql.h>, so unit tests
// can check the SQL and the binding without a server.

#include "engine/load/where_clause.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::mysql::detail {

/// One parameter of a bound statement. Text travels in the connection's character set
/// (utf8mb4) and compares like a literal (with the column's collation); Binary travels as a
/// BLOB, so the server converts nothing; Int64 as a BIGINT and Decimal as a DECIMAL, so key
/// comparisons are exact and use the index (text compared with a DECIMAL column would be
/// compared as a double).
struct BoundValue
{
    enum class Kind { Null, Text, Binary, Int64, Decimal };
    Kind kind = Kind::Null;
    std::string_view text;
    int64_t integer = 0;

    static BoundValue null() { return {}; }
    static BoundValue ofText(std::string_view value) { return {Kind::Text, value, 0}; }
    static BoundValue ofBinary(std::string_view value) { return {Kind::Binary, value, 0}; }
    static BoundValue ofInt64(int64_t value) { return {Kind::Int64, {}, value}; }
    static BoundValue ofDecimal(std::string_view value) { return {Kind::Decimal, value, 0}; }
};

/**
 * DMS filters and a key range for MySQL/MariaDB: `?` placeholders, backquoted identifiers, and
 * keys compared in the expanded form (`a >= ? AND (a > ? OR (a = ? AND b > ?))`), which the
 * range optimizer turns into an index range where it ignores row-value inequalities.
 */
[[nodiscard]] load::SqlCondition whereCondition(const std::vector<load::ColumnFilter> &filters,
                                                const std::optional<load::KeyRange> &range);

/**
 * How each value of the condition is bound: filter values as text (compared like a literal);
 * key bounds typed by their column -- integers as BIGINT, decimals as DECIMAL, everything else
 * as text. The values are views into the condition, which must outlive them.
 */
[[nodiscard]] std::vector<BoundValue> boundValues(const load::SqlCondition &condition);

/// " ORDER BY `a`, `b`" for ReadRequest::order, or "".
[[nodiscard]] std::string orderBy(const std::vector<std::string> &columns);

} // namespace ferry::mysql::detail
