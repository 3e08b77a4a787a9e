// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ferry {

/// The database engines Ferry speaks. Always passed explicitly; there is no "current" dialect.
enum class Dialect {
    PostgreSql,
    MySql, ///< MySQL and MariaDB
    Sqlite,
    Odbc, ///< generic ODBC source; the driver's own dialect is refined at connect time
};

[[nodiscard]] const char *dialectName(Dialect dialect); ///< "postgresql", "mysql", "sqlite", "odbc"
[[nodiscard]] std::optional<Dialect> dialectFromName(std::string_view name);

/// Quotes an identifier for the dialect, doubling embedded quote characters.
/// PostgreSQL, SQLite and ODBC use "x", MySQL uses `x`.
[[nodiscard]] std::string quoteIdentifier(Dialect dialect, std::string_view identifier);

/// Quotes "schema"."name" (the schema part omitted when empty).
[[nodiscard]] std::string quoteQualified(Dialect dialect, std::string_view schema,
                                         std::string_view name);

} // namespace ferry
