// SPDX-License-Identifier: MIT
#include "engine/core/sql_dialect.h"

#include <string>

namespace ferry {

const char *sqlDialectName(SqlDialect dialect)
{
    switch (dialect) {
    case SqlDialect::Generic:
        return "generic";
    case SqlDialect::PostgreSql:
        return "postgresql";
    case SqlDialect::MySql:
        return "mysql";
    case SqlDialect::MariaDb:
        return "mariadb";
    case SqlDialect::Sqlite:
        return "sqlite";
    case SqlDialect::TSql:
        return "tsql";
    case SqlDialect::PlSql:
        return "plsql";
    }
    return "generic";
}

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
