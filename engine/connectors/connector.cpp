// SPDX-License-Identifier: MIT
#include "engine/connectors/connector.h"

#include "engine/connectors/mysql/mysql_endpoint.h"
#include "engine/connectors/mysql/mysql_load.h"
#include "engine/connectors/odbc/odbc_endpoint.h"
#include "engine/connectors/odbc/odbc_load.h"
#include "engine/connectors/postgres/postgres_endpoint.h"
#include "engine/connectors/postgres/postgres_load.h"
#include "engine/connectors/sqlite/sqlite_endpoint.h"
#include "engine/connectors/sqlite/sqlite_load.h"
#include "engine/convert/ddl/mysql_ddl_writer.h"
#include "engine/convert/ddl/postgres_ddl_writer.h"
#include "engine/convert/ddl/sqlite_ddl_writer.h"
#include "engine/core/tr.h"

#include <array>
#include <vector>

namespace ferry {

Result<std::unique_ptr<load::TargetSession>> Connector::openTarget(const ConnectionSpec &spec) const
{
    (void)spec;
    Error error {ErrorCode::NotSupported, ErrorAction::FixConfiguration,
                 EngineTr::tr("%1 data sources cannot be migration targets.")
                     .arg(QString::fromLatin1(displayName()))
                     .toStdString()};
    error.hint = EngineTr::tr("Use a PostgreSQL, MySQL/MariaDB or SQLite endpoint as the target.")
                     .toStdString();
    return error;
}

std::string Connector::nativeType(const CanonicalType &type) const
{
    (void)type;
    return {};
}

const convert::DdlWriter *Connector::ddlWriter() const { return nullptr; }

namespace {

class PartsConnector final : public Connector
{
public:
    explicit PartsConnector(const ConnectorParts &parts) : m_parts(parts) { }

    Dialect kind() const override { return m_parts.kind; }
    const char *displayName() const override { return m_parts.displayName; }
    ConnectorCapabilities capabilities() const override
    {
        ConnectorCapabilities capabilities;
        capabilities.source = m_parts.openSource != nullptr;
        capabilities.target = m_parts.openTarget != nullptr;
        capabilities.checksForeignKeysWhileLoading = m_parts.checksForeignKeysWhileLoading;
        capabilities.oneWriterAtATime = m_parts.oneWriterAtATime;
        return capabilities;
    }
    std::unique_ptr<Endpoint> endpoint(const ConnectionSpec &spec) const override
    {
        return m_parts.endpoint(spec);
    }
    Result<std::unique_ptr<load::SourceSession>>
    openSource(const ConnectionSpec &spec) const override
    {
        return m_parts.openSource(spec);
    }
    Result<std::unique_ptr<load::TargetSession>>
    openTarget(const ConnectionSpec &spec) const override
    {
        return m_parts.openTarget ? m_parts.openTarget(spec) : Connector::openTarget(spec);
    }
    std::string nativeType(const CanonicalType &type) const override
    {
        return m_parts.ddlWriter ? m_parts.ddlWriter->nativeType(type) : std::string();
    }

    const convert::DdlWriter *ddlWriter() const override { return m_parts.ddlWriter; }
    IdentifierRules identifierRules() const override { return m_parts.identifierRules; }

private:
    ConnectorParts m_parts;
};

} // namespace

std::unique_ptr<Connector> makeConnector(const ConnectorParts &parts)
{
    return std::make_unique<PartsConnector>(parts);
}

namespace {

/// Every engine's connector, described by its parts: the one place that lists the engines.
std::array<ConnectorParts, 4> engineParts()
{
    return {{
        // 63 bytes (NAMEDATALEN - 1); tables, indexes and the indexes of primary-key and unique
        // constraints share one namespace per schema; constraint names are per table.
        {.kind = Dialect::PostgreSql,
         .displayName = "PostgreSQL",
         .identifierRules
         = {.maxIdentifierLength = 63, .indexesPerSchema = true, .defaultSchema = "public"},
         .checksForeignKeysWhileLoading = true,
         .endpoint = &postgres::makeEndpoint,
         .openSource = &postgres::openSourceSession,
         .openTarget = &postgres::openTargetSession,
         .ddlWriter = &convert::postgresDdlWriter()},
        // 64 characters; index names per table, foreign-key names per database, both compared
        // without case; the primary key is always PRIMARY.
        {.kind = Dialect::MySql,
         .displayName = "MySQL/MariaDB",
         .identifierRules = {.maxIdentifierLength = 64,
                             .lengthInCharacters = true,
                             .caseInsensitive = true,
                             .foreignKeysPerSchema = true,
                             .namesPrimaryKey = false},
         .endpoint = &mysql::makeEndpoint,
         .openSource = &mysql::openSourceSession,
         .openTarget = &mysql::openTargetSession,
         .ddlWriter = &convert::mySqlDdlWriter()},
        // No length limit; index names share the database's namespace with tables, without case;
        // constraint names inside CREATE TABLE are not checked.
        {.kind = Dialect::Sqlite,
         .displayName = "SQLite",
         .identifierRules = {.caseInsensitive = true,
                             .indexesPerSchema = true,
                             .namesPrimaryKey = false,
                             .namesForeignKeys = false},
         .oneWriterAtATime = true,
         .endpoint = &sqlite::makeEndpoint,
         .openSource = &sqlite::openSourceSession,
         .openTarget = &sqlite::openTargetSession,
         .ddlWriter = &convert::sqliteDdlWriter()},
        // A source only; the common limits of the servers behind it (SQL Server: 128 characters,
        // constraint names per schema).
        {.kind = Dialect::Odbc,
         .displayName = "ODBC",
         .identifierRules = {.maxIdentifierLength = 128,
                             .lengthInCharacters = true,
                             .caseInsensitive = true,
                             .foreignKeysPerSchema = true},
         .endpoint = &odbc::makeEndpoint,
         .openSource = &odbc::openSourceSession},
    }};
}

} // namespace

const Connector &connectorFor(Dialect kind)
{
    static const auto connectors = [] {
        std::vector<std::unique_ptr<Connector>> made;
        for (const ConnectorParts &parts : engineParts())
            made.push_back(makeConnector(parts));
        return made;
    }();
    for (const auto &connector : connectors) {
        if (connector->kind() == kind)
            return *connector;
    }
    return *connectors.back(); // unreachable: every Dialect has its parts above
}

} // namespace ferry

namespace ferry::load {

Result<std::unique_ptr<SourceSession>> openSourceSession(const ConnectionSpec &spec)
{
    auto session = connectorFor(spec.dialect).openSource(spec);
    if (session)
        return session;
    Error error = session.error();
    error.side = ErrorSide::Source;
    return error;
}

Result<std::unique_ptr<TargetSession>> openTargetSession(const ConnectionSpec &spec)
{
    auto session = connectorFor(spec.dialect).openTarget(spec);
    if (session)
        return session;
    Error error = session.error();
    error.side = ErrorSide::Target;
    if (error.location.empty())
        error.location = spec.toUri();
    return error;
}

} // namespace ferry::load
