// SPDX-License-Identifier: MIT
#include "engine/connectors/mysql/mysql_connector.h"

#include "engine/connectors/mysql/mysql_ddl.h"
#include "engine/connectors/mysql/mysql_endpoint.h"
#include "engine/connectors/mysql/mysql_load.h"

namespace ferry::mysql {

namespace {

class MySqlConnector final : public Connector
{
public:
    Dialect kind() const override { return Dialect::MySql; }
    const char *displayName() const override { return "MySQL/MariaDB"; }
    ConnectorCapabilities capabilities() const override
    {
        return {.source = true, .target = true, .changeCapture = false};
    }

    std::unique_ptr<Endpoint> endpoint(const ConnectionSpec &spec) const override
    {
        return mysql::makeEndpoint(spec);
    }

    Result<std::unique_ptr<load::SourceSession>>
    openSource(const ConnectionSpec &spec) const override
    {
        return mysql::openSourceSession(spec);
    }

    Result<std::unique_ptr<load::TargetSession>>
    openTarget(const ConnectionSpec &spec) const override
    {
        return mysql::openTargetSession(spec);
    }

    std::string nativeType(const CanonicalType &type) const override { return nativeTypeFor(type); }

    IdentifierRules identifierRules() const override
    {
        // 64 characters; index names per table, foreign-key names per database, both
        // compared without case; the primary key is always PRIMARY.
        IdentifierRules rules;
        rules.maxIdentifierLength = 64;
        rules.lengthInCharacters = true;
        rules.caseInsensitive = true;
        rules.foreignKeysPerSchema = true;
        rules.namesPrimaryKey = false;
        return rules;
    }
};

} // namespace

const Connector &connector()
{
    static const MySqlConnector instance;
    return instance;
}

} // namespace ferry::mysql
