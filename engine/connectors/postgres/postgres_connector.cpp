// SPDX-License-Identifier: MIT
#include "engine/connectors/postgres/postgres_connector.h"

#include "engine/connectors/postgres/postgres_endpoint.h"
#include "engine/connectors/postgres/postgres_load.h"
#include "engine/connectors/postgres/postgres_load_sql.h"

namespace ferry::postgres {

namespace {

class PostgresConnector final : public Connector
{
public:
    Dialect kind() const override { return Dialect::PostgreSql; }
    const char *displayName() const override { return "PostgreSQL"; }
    ConnectorCapabilities capabilities() const override
    {
        return {.source = true, .target = true, .changeCapture = false};
    }

    std::unique_ptr<Endpoint> endpoint(const ConnectionSpec &spec) const override
    {
        return postgres::makeEndpoint(spec);
    }

    Result<std::unique_ptr<load::SourceSession>>
    openSource(const ConnectionSpec &spec) const override
    {
        return postgres::openSourceSession(spec);
    }

    Result<std::unique_ptr<load::TargetSession>>
    openTarget(const ConnectionSpec &spec) const override
    {
        return postgres::openTargetSession(spec);
    }

    std::string nativeType(const CanonicalType &type) const override { return nativeTypeFor(type); }

    IdentifierRules identifierRules() const override
    {
        // 63 bytes (NAMEDATALEN - 1); tables, indexes and the indexes of primary-key and
        // unique constraints share one namespace per schema; constraint names are per table.
        IdentifierRules rules;
        rules.maxIdentifierLength = 63;
        rules.indexesPerSchema = true;
        return rules;
    }
};

} // namespace

const Connector &connector()
{
    static const PostgresConnector instance;
    return instance;
}

} // namespace ferry::postgres
