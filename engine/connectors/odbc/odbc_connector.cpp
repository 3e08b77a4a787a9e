// SPDX-License-Identifier: MIT
#include "engine/connectors/odbc/odbc_connector.h"

#include "engine/connectors/odbc/odbc_endpoint.h"
#include "engine/connectors/odbc/odbc_load.h"

namespace ferry::odbc {

namespace {

class OdbcConnector final : public Connector
{
public:
    Dialect kind() const override { return Dialect::Odbc; }
    const char *displayName() const override { return "ODBC"; }
    ConnectorCapabilities capabilities() const override
    {
        return {.source = true, .target = false, .changeCapture = false};
    }

    std::unique_ptr<Endpoint> endpoint(const ConnectionSpec &spec) const override
    {
        return odbc::makeEndpoint(spec);
    }

    Result<std::unique_ptr<load::SourceSession>>
    openSource(const ConnectionSpec &spec) const override
    {
        return odbc::openSourceSession(spec);
    }

    IdentifierRules identifierRules() const override
    {
        // A source only; the common limits of the servers behind it (SQL Server: 128
        // characters, constraint names per schema).
        IdentifierRules rules;
        rules.maxIdentifierLength = 128;
        rules.lengthInCharacters = true;
        rules.caseInsensitive = true;
        rules.foreignKeysPerSchema = true;
        return rules;
    }
};

} // namespace

const Connector &connector()
{
    static const OdbcConnector instance;
    return instance;
}

} // namespace ferry::odbc
