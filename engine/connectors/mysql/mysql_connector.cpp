// SPDX-License-Identifier: MIT
#include "engine/connectors/mysql/mysql_connector.h"

#include "engine/connectors/mysql/mysql_endpoint.h"
#include "engine/connectors/mysql/mysql_load.h"
#include "engine/convert/ddl/mysql_ddl_writer.h"
#include "engine/types/mysql_types.h"

namespace ferry::mysql {

namespace {

ConnectorParts parts()
{
    ConnectorParts parts;
    parts.kind = Dialect::MySql;
    parts.displayName = "MySQL/MariaDB";
    parts.endpoint = &mysql::makeEndpoint;
    parts.openSource = &mysql::openSourceSession;
    parts.openTarget = &mysql::openTargetSession;
    parts.nativeType = &mysql::nativeTypeFor;
    parts.ddlWriter = &convert::mySqlDdlWriter();
    // 64 characters; index names per table, foreign-key names per database, both compared
    // without case; the primary key is always PRIMARY.
    parts.identifierRules.maxIdentifierLength = 64;
    parts.identifierRules.lengthInCharacters = true;
    parts.identifierRules.caseInsensitive = true;
    parts.identifierRules.foreignKeysPerSchema = true;
    parts.identifierRules.namesPrimaryKey = false;
    return parts;
}

} // namespace

const Connector &connector()
{
    static const std::unique_ptr<Connector> instance = makeConnector(parts());
    return *instance;
}

} // namespace ferry::mysql
