// SPDX-License-Identifier: MIT
#include "engine/connectors/sqlite/sqlite_connector.h"

#include "engine/connectors/sqlite/sqlite_endpoint.h"
#include "engine/connectors/sqlite/sqlite_load.h"
#include "engine/convert/ddl/sqlite_ddl_writer.h"
#include "engine/types/sqlite_types.h"

namespace ferry::sqlite {

namespace {

ConnectorParts parts()
{
    ConnectorParts parts;
    parts.kind = Dialect::Sqlite;
    parts.displayName = "SQLite";
    parts.endpoint = &sqlite::makeEndpoint;
    parts.openSource = &sqlite::openSourceSession;
    parts.openTarget = &sqlite::openTargetSession;
    parts.nativeType = &sqlite::nativeTypeFor;
    parts.ddlWriter = &convert::sqliteDdlWriter();
    // No length limit; index names share the database's namespace with tables, without case;
    // constraint names inside CREATE TABLE are not checked.
    parts.identifierRules.caseInsensitive = true;
    parts.identifierRules.indexesPerSchema = true;
    parts.identifierRules.namesPrimaryKey = false;
    parts.identifierRules.namesForeignKeys = false;
    parts.oneWriterAtATime = true;
    return parts;
}

} // namespace

const Connector &connector()
{
    static const std::unique_ptr<Connector> instance = makeConnector(parts());
    return *instance;
}

} // namespace ferry::sqlite
