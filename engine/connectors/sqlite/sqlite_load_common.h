// SPDX-License-Identifier: MIT
// Private to the sqlite connector: shared by its source and target sessions.
#pragma once

#include "engine/core/error.h"
#include "engine/load/load_session.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ferry::sqlite::detail {

/// "main"."table", or just "table" for schema "" (SQLite's main database).
[[nodiscard]] std::string qualifiedName(std::string_view schema, std::string_view table);

/**
 * An Error for a failed SQLite call (result code `code`, extended codes accepted) on db:
 * SQLite's message and code in detail, the action decided from the code once, here:
 * SQLITE_INTERRUPT -> Cancelled; SQLITE_BUSY/LOCKED -> Retry; constraint, mismatch, too big
 * and range errors -> RejectRow; disk full, I/O, corruption, out of memory -> FailTask;
 * anything else -> FailTable.
 */
[[nodiscard]] Error statementError(sqlite3 *db, int code, const QString &message,
                                   const std::string &location);

/// A value bound to a `?` of a statement built by whereClause.
struct BoundValue
{
    std::optional<std::string> text; ///< set: bound as text
    int64_t integer = 0; ///< otherwise bound as an integer
};

/**
 * " WHERE ..." for DMS filters (conditions on one column OR'ed, filters AND'ed) and a key
 * range (lexicographic, lower < key <= upper, as row values), empty when there is nothing to
 * filter: the one WHERE builder (engine/load/where_clause.h) with SQLite's policy. Values
 * become `?` and are appended to *values in order; identifiers are quoted.
 *
 * Values are bound as text, which SQLite converts to the column's affinity when it compares;
 * a filter value for a column of `columns` with canonical type Integer or Boolean, and a key
 * bound of an Integer key column, that parses is bound as an integer instead, so it also
 * matches in columns without affinity. Call only with a well-formed range
 * (load::isWellFormed).
 */
[[nodiscard]] std::string whereClause(const std::vector<load::ColumnFilter> &filters,
                                      const std::optional<load::KeyRange> &range,
                                      const std::vector<load::ReadColumn> &columns,
                                      std::vector<BoundValue> *values);

/// Binds values to the statement's parameters 1..n (SQLITE_TRANSIENT: copied).
void bindValues(sqlite3_stmt *statement, const std::vector<BoundValue> &values);

} // namespace ferry::sqlite::detail
