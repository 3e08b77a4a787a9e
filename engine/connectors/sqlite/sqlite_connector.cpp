// SPDX-License-Identifier: MIT
#include "engine/connectors/sqlite/sqlite_connector.h"

#include "engine/connectors/sqlite/sqlite_endpoint.h"
#include "engine/connectors/sqlite/sqlite_load.h"

namespace ferry::sqlite {

namespace {

class SqliteConnector final : public Connector
{
public:
    Dialect kind() const override { return Dialect::Sqlite; }
    const char *displayName() const override { return "SQLite"; }
    ConnectorCapabilities capabilities() const override
    {
        return {.source = true, .target = true, .changeCapture = false};
    }

    std::unique_ptr<Endpoint> endpoint(const ConnectionSpec &spec) const override
    {
        return sqlite::makeEndpoint(spec);
    }

    Result<std::unique_ptr<load::SourceSession>>
    openSource(const ConnectionSpec &spec) const override
    {
        return sqlite::openSourceSession(spec);
    }

    Result<std::unique_ptr<load::TargetSession>>
    openTarget(const ConnectionSpec &spec) const override
    {
        return sqlite::openTargetSession(spec);
    }

    std::string nativeType(const CanonicalType &type) const override { return nativeTypeFor(type); }

    IdentifierRules identifierRules() const override
    {
        // No length limit; index names share the database's namespace with tables, without
        // case; constraint names inside CREATE TABLE are not checked.
        IdentifierRules rules;
        rules.caseInsensitive = true;
        rules.indexesPerSchema = true;
        rules.namesPrimaryKey = false;
        rules.namesForeignKeys = false;
        return rules;
    }
};

} // namespace

const Connector &connector()
{
    static const SqliteConnector instance;
    return instance;
}

} // namespace ferry::sqlite
