// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace ferry {

/**
 * The SQL a database speaks, which is not the connector that reaches it (engine/core/dialect.h):
 * an ODBC connection to SQL Server speaks T-SQL, one to PostgreSQL PostgreSQL's SQL. Schema
 * conversion, type mapping and DDL writing choose by it.
 */
enum class SqlDialect {
    Generic, ///< unknown: only the SQL standard is assumed
    PostgreSql,
    MySql,
    MariaDb,
    Sqlite,
    TSql, ///< Microsoft SQL Server, Azure SQL, Sybase ASE
    PlSql, ///< Oracle
};

[[nodiscard]] const char *sqlDialectName(SqlDialect dialect); ///< "postgresql", "tsql", ...

/**
 * The dialect of a product as servers and drivers name it ("PostgreSQL", "MariaDB",
 * "10.11.6-MariaDB", "MySQL", "SQLite", "Microsoft SQL Server", "Oracle", ODBC's
 * SQL_DBMS_NAME); Generic when unknown. Case-insensitive.
 */
[[nodiscard]] SqlDialect sqlDialectOfProduct(std::string_view product);

/// MySQL and MariaDB: one family of SQL, identifiers and catalogs.
[[nodiscard]] constexpr bool isMySqlFamily(SqlDialect dialect)
{
    return dialect == SqlDialect::MySql || dialect == SqlDialect::MariaDb;
}

} // namespace ferry
