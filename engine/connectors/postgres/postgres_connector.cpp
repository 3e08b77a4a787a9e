// SPDX-License-Identifier: MIT
#include "engine/connectors/postgres/postgres_connector.h"

#include "engine/connectors/postgres/postgres_endpoint.h"
#include "engine/connectors/postgres/postgres_load.h"
#include "engine/convert/ddl/postgres_ddl_writer.h"
#include "engine/types/postgres_types.h"

namespace ferry::postgres {

namespace {

ConnectorParts parts()
{
    ConnectorParts parts;
    parts.kind = Dialect::PostgreSql;
    parts.displayName = "PostgreSQL";
    parts.endpoint = &postgres::makeEndpoint;
    parts.openSource = &postgres::openSourceSession;
    parts.openTarget = &postgres::openTargetSession;
    parts.nativeType = &postgres::nativeTypeFor;
    parts.ddlWriter = &convert::postgresDdlWriter();
    // 63 bytes (NAMEDATALEN - 1); tables, indexes and the indexes of primary-key and unique
    // constraints share one namespace per schema; constraint names are per table.
    parts.identifierRules.maxIdentifierLength = 63;
    parts.identifierRules.indexesPerSchema = true;
    parts.identifierRules.defaultSchema = "public";
    parts.checksForeignKeysWhileLoading = true;
    return parts;
}

} // namespace

const Connector &connector()
{
    static const std::unique_ptr<Connector> instance = makeConnector(parts());
    return *instance;
}

} // namespace ferry::postgres
