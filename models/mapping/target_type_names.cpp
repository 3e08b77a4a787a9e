// SPDX-License-Identifier: MIT
#include "models/mapping/target_type_names.h"

#include "engine/connectors/connection_spec.h"
#include "engine/connectors/mysql/mysql_ddl.h"
#include "engine/connectors/postgres/postgres_load_sql.h"
#include "engine/connectors/sqlite/sqlite_load.h"

#include <QDir>
#include <QTemporaryDir>

#include <memory>

namespace ferry::models {

namespace {

/// An SQLite target session on a scratch file, opened once: SQLite's canonical -> native type
/// mapping is a member of its target session, and a session needs a database file. Members
/// are destroyed in reverse order: the session closes before its folder is removed.
struct SqliteTypeSession
{
    QTemporaryDir directory {QDir::tempPath() + QStringLiteral("/ferry-types-XXXXXX")};
    std::unique_ptr<load::TargetSession> session;

    SqliteTypeSession()
    {
        if (!directory.isValid())
            return;
        ConnectionSpec spec;
        spec.dialect = Dialect::Sqlite;
        spec.path = directory.filePath(QStringLiteral("types.db")).toStdString();
        auto opened = sqlite::openTargetSession(spec);
        if (opened)
            session = std::move(*opened);
    }
};

} // namespace

std::string targetTypeName(Dialect dialect, const CanonicalType &type)
{
    switch (dialect) {
    case Dialect::PostgreSql:
        return postgres::nativeTypeFor(type);
    case Dialect::MySql:
        return mysql::nativeTypeFor(type);
    case Dialect::Sqlite: {
        static SqliteTypeSession scratch;
        if (scratch.session)
            return scratch.session->nativeType(type);
        break;
    }
    default:
        break;
    }
    return type.toString();
}

} // namespace ferry::models
