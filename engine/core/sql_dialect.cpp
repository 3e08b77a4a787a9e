// SPDX-License-Identifier: MIT
#include "engine/core/sql_dialect.h"
#include "engine/core/enum_names.h"

#include <string>

namespace ferry {

constexpr const char *SqlDialectNames[]
    = {"generic", "postgresql", "mysql", "mariadb", "sqlite", "tsql", "plsql"};
static_assert(namesEvery(SqlDialectNames, SqlDialect::PlSql));

const char *sqlDialectName(SqlDialect dialect) { return nameOf(SqlDialectNames, dialect); }

SqlDialect sqlDialectOfProduct(std::string_view product)
{
    std::string name(product);
    for (char &c : name) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    const auto has = [&](const char *word) { return name.find(word) != std::string::npos; };
    if (has("postgres"))
        return SqlDialect::PostgreSql;
    if (has("mariadb")) // before mysql: MariaDB drivers often say both
        return SqlDialect::MariaDb;
    if (has("mysql"))
        return SqlDialect::MySql;
    if (has("sqlite"))
        return SqlDialect::Sqlite;
    if (has("sql server") || has("sqlserver") || has("azure sql") || has("sybase")
        || has("adaptive server"))
        return SqlDialect::TSql;
    if (has("oracle"))
        return SqlDialect::PlSql;
    return SqlDialect::Generic;
}

} // namespace ferry
