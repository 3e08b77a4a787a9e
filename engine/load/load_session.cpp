// SPDX-License-Identifier: MIT
#include "engine/load/load_session.h"

#include "engine/connectors/mysql/mysql_load.h"
#include "engine/connectors/odbc/odbc_load.h"
#include "engine/connectors/postgres/postgres_load.h"
#include "engine/connectors/sqlite/sqlite_load.h"
#include "engine/core/tr.h"

namespace ferry::load {

Result<std::unique_ptr<SourceSession>> openSourceSession(const ConnectionSpec &spec)
{
    switch (spec.dialect) {
    case Dialect::PostgreSql: return postgres::openSourceSession(spec);
    case Dialect::MySql: return mysql::openSourceSession(spec);
    case Dialect::Sqlite: return sqlite::openSourceSession(spec);
    case Dialect::Odbc: return odbc::openSourceSession(spec);
    }
    return Error{ErrorCode::Internal, ErrorAction::FailTask, "unknown dialect"};
}

Result<std::unique_ptr<TargetSession>> openTargetSession(const ConnectionSpec &spec)
{
    switch (spec.dialect) {
    case Dialect::PostgreSql: return postgres::openTargetSession(spec);
    case Dialect::MySql: return mysql::openTargetSession(spec);
    case Dialect::Sqlite: return sqlite::openTargetSession(spec);
    case Dialect::Odbc: break;
    }
    Error error{ErrorCode::NotSupported, ErrorAction::FixConfiguration,
                EngineTr::tr("An ODBC data source cannot be a migration target.").toStdString()};
    error.hint = EngineTr::tr("Use a PostgreSQL, MySQL/MariaDB or SQLite endpoint as the target.")
                     .toStdString();
    error.location = spec.toUri();
    return error;
}

Result<void> TargetSession::alterColumnType(const std::string &schema, const std::string &table,
                                            const TargetColumn &column)
{
    const std::string location = schema.empty() ? table : schema + "." + table;
    Error error {ErrorCode::NotSupported, ErrorAction::FailTable,
                 EngineTr::tr("This target cannot change the type of column %1 of table %2 in "
                              "place.")
                     .arg(QString::fromStdString(column.name), QString::fromStdString(location))
                     .toStdString()};
    error.hint = EngineTr::tr("Reload the table (Task > Reload table) to create it again with "
                              "the mapping's types.")
                     .toStdString();
    error.location = location;
    return error;
}

} // namespace ferry::load
