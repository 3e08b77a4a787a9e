// SPDX-License-Identifier: MIT
#include "engine/connectors/postgres/postgres_endpoint.h"

#include "engine/connectors/postgres/postgres_catalog_reader.h"
#include "engine/connectors/postgres/postgres_diagnosis.h"
#include "engine/connectors/postgres/postgres_session.h"
#include "engine/core/tr.h"

namespace ferry::postgres {

namespace {

RoleFacts readRoleFacts(Session &session)
{
    pqxx::read_transaction transaction(session.connection(), "ferry_check");
    const pqxx::row row = transaction.exec1(
        "SELECT r.rolsuper, r.rolreplication, current_setting('wal_level'), "
        "  has_database_privilege(current_database(), 'CREATE'), current_schema(), "
        "  CASE WHEN current_schema() IS NULL THEN false "
        "       ELSE has_schema_privilege(current_schema(), 'CREATE') END, "
        "  current_database(), current_user, "
        "  coalesce((SELECT s.ssl FROM pg_stat_ssl s WHERE s.pid = pg_backend_pid()), false), "
        "  (SELECT s.version FROM pg_stat_ssl s WHERE s.pid = pg_backend_pid()) "
        "FROM pg_roles r WHERE r.rolname = current_user");
    RoleFacts facts;
    facts.superuser = row[0].as<bool>();
    facts.replication = row[1].as<bool>();
    facts.walLevel = row[2].c_str();
    facts.canCreateSchemas = row[3].as<bool>();
    facts.currentSchema = row[4].is_null() ? std::string() : std::string(row[4].c_str());
    facts.canCreateInSchema = row[5].as<bool>();
    facts.database = row[6].c_str();
    facts.user = row[7].c_str();
    facts.tls = row[8].as<bool>();
    facts.tlsVersion = row[9].is_null() ? std::string() : std::string(row[9].c_str());
    transaction.commit();
    return facts;
}

ConnectionDiagnosis checkRole(const ConnectionSpec &spec, Session &session, EndpointRole role)
{
    ConnectionDiagnosis diagnosis;
    diagnosis.product = "PostgreSQL";
    diagnosis.serverVersion = session.serverVersionText();
    const QString where = qs(describeServer(spec));
    RoleFacts facts;
    try {
        facts = readRoleFacts(session);
    } catch (const std::exception &exception) {
        diagnosis.cause = DiagnosisCause::Other;
        diagnosis.message = EngineTr::tr("Connected to PostgreSQL at %1, but could not check the "
                                         "user's privileges.")
                                .arg(where)
                                .toStdString();
        diagnosis.detail = describeException(exception);
        diagnosis.hint = EngineTr::tr("The detail holds the server's reason; the checks read "
                                      "pg_roles, pg_stat_ssl and the current settings.")
                             .toStdString();
        return diagnosis;
    }
    return evaluateRole(spec, facts, role, session.serverVersion(), session.serverVersionText());
}

class PostgresEndpoint final : public BoundEndpoint
{
public:
    explicit PostgresEndpoint(const ConnectionSpec &spec) : BoundEndpoint(spec) { }

    Dialect dialect() const override { return Dialect::PostgreSql; }

    Result<Catalog> fetchCatalog(const CatalogFilter &filter) override
    {
        if (m_session && !m_session->connection().is_open())
            m_session.reset();
        if (!m_session) {
            ConnectionDiagnosis failure;
            m_session = Session::open(m_spec, &failure);
            if (!m_session)
                return failure.toError();
        }
        return postgres::readCatalog(*m_session, filter);
    }

private:
    ConnectionDiagnosis diagnose(EndpointRole role, Clock::time_point) override
    {
        ConnectionDiagnosis diagnosis;
        if (std::unique_ptr<Session> session = Session::open(m_spec, &diagnosis))
            diagnosis = checkRole(m_spec, *session, role);
        return diagnosis;
    }

    std::unique_ptr<Session> m_session;
};

} // namespace

std::unique_ptr<Endpoint> makeEndpoint(const ConnectionSpec &spec)
{
    return std::make_unique<PostgresEndpoint>(spec);
}

} // namespace ferry::postgres
