// SPDX-License-Identifier: MIT
#include "models/mapping/target_type_names.h"

#include "engine/connectors/mysql/mysql_ddl.h"
#include "engine/connectors/postgres/postgres_load_sql.h"
#include "engine/connectors/sqlite/sqlite_load.h"

namespace ferry::models {

std::string targetTypeName(Dialect dialect, const CanonicalType &type)
{
    switch (dialect) {
    case Dialect::PostgreSql:
        return postgres::nativeTypeFor(type);
    case Dialect::MySql:
        return mysql::nativeTypeFor(type);
    case Dialect::Sqlite:
        return sqlite::nativeTypeFor(type);
    case Dialect::Odbc:
        break;
    }
    return type.toString();
}

} // namespace ferry::models
