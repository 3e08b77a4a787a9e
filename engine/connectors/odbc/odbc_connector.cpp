// SPDX-License-Identifier: MIT
#include "engine/connectors/odbc/odbc_connector.h"

#include "engine/connectors/odbc/odbc_endpoint.h"
#include "engine/connectors/odbc/odbc_load.h"

namespace ferry::odbc {

namespace {

ConnectorParts parts()
{
    ConnectorParts parts;
    parts.kind = Dialect::Odbc;
    parts.displayName = "ODBC";
    parts.endpoint = &odbc::makeEndpoint;
    parts.openSource = &odbc::openSourceSession;
    // A source only; the common limits of the servers behind it (SQL Server: 128 characters,
    // constraint names per schema).
    parts.identifierRules.maxIdentifierLength = 128;
    parts.identifierRules.lengthInCharacters = true;
    parts.identifierRules.caseInsensitive = true;
    parts.identifierRules.foreignKeysPerSchema = true;
    return parts;
}

} // namespace

const Connector &connector()
{
    static const std::unique_ptr<Connector> instance = makeConnector(parts());
    return *instance;
}

} // namespace ferry::odbc
