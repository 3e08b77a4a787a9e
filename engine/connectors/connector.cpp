// SPDX-License-Identifier: MIT
#include "engine/connectors/connector.h"

#include "engine/connectors/mysql/mysql_connector.h"
#include "engine/connectors/odbc/odbc_connector.h"
#include "engine/connectors/postgres/postgres_connector.h"
#include "engine/connectors/sqlite/sqlite_connector.h"
#include "engine/core/tr.h"

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
        return m_parts.nativeType ? m_parts.nativeType(type) : std::string();
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

const Connector &connectorFor(Dialect kind)
{
    // The one switch over engines: the registry.
    switch (kind) {
    case Dialect::PostgreSql:
        return postgres::connector();
    case Dialect::MySql:
        return mysql::connector();
    case Dialect::Sqlite:
        return sqlite::connector();
    case Dialect::Odbc:
        return odbc::connector();
    }
    return odbc::connector(); // unreachable: every Dialect is listed above
}

} // namespace ferry

namespace ferry::load {

Result<std::unique_ptr<SourceSession>> openSourceSession(const ConnectionSpec &spec)
{
    return connectorFor(spec.dialect).openSource(spec);
}

Result<std::unique_ptr<TargetSession>> openTargetSession(const ConnectionSpec &spec)
{
    auto session = connectorFor(spec.dialect).openTarget(spec);
    if (session || !session.error().location.empty())
        return session;
    Error error = session.error();
    error.location = spec.toUri();
    return error;
}

} // namespace ferry::load
