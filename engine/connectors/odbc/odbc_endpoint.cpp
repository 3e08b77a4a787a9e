// SPDX-License-Identifier: MIT
#include "engine/connectors/odbc/odbc_endpoint.h"

#include "engine/connectors/odbc/odbc_catalog_reader.h"
#include "engine/connectors/odbc/odbc_connection_string.h"
#include "engine/connectors/odbc/odbc_diagnosis.h"
#include "engine/connectors/odbc/odbc_handles.h"
#include "engine/core/tr.h"

#include <exception>

namespace ferry::odbc {

namespace {

/**
 * The ODBC endpoint: unixODBC with the ANSI (UTF-8) entry points throughout.
 *
 * Thread: one thread at a time (see Endpoint). Owns at most one open connection, kept between
 * readCatalog() calls; testConnection() always uses a fresh one.
 */
class OdbcEndpoint final : public BoundEndpoint
{
public:
    explicit OdbcEndpoint(const ConnectionSpec &spec) : BoundEndpoint(spec) { }

    Dialect dialect() const override { return m_spec.dialect; }

    Result<Catalog> fetchCatalog(const CatalogFilter &filter) override
    {
        if (!m_connection || !m_connection->isConnected()) {
            auto connection = std::make_unique<detail::Connection>();
            std::vector<DiagnosticRecord> records;
            if (!connection->connect(m_spec, &records))
                return diagnoseConnectFailure(m_spec, records, connection->inventory()).toError();
            m_connection = std::move(connection);
        }
        detail::CatalogReader reader(*m_connection, m_spec);
        return reader.read(filter);
    }

private:
    std::string unexpectedFailure(Operation operation) const override
    {
        const QString message = operation == Operation::TestConnection
            ? EngineTr::tr("Testing the connection to the %1 failed unexpectedly.")
            : EngineTr::tr("Reading the catalog of the %1 failed unexpectedly.");
        return message.arg(qs(targetLabel(m_spec))).toStdString();
    }

    ConnectionDiagnosis diagnose(EndpointRole role, Clock::time_point) override
    {
        if (std::optional<ConnectionDiagnosis> invalid = diagnoseMissingSource(m_spec))
            return *invalid;
        detail::Connection connection;
        std::vector<DiagnosticRecord> records;
        if (!connection.connect(m_spec, &records))
            return diagnoseConnectFailure(m_spec, records, connection.inventory());

        ConnectionDiagnosis diagnosis;
        diagnosis.cause = DiagnosisCause::Ok;
        diagnosis.product = connection.infoString(SQL_DBMS_NAME);
        diagnosis.serverVersion = connection.infoString(SQL_DBMS_VER);
        const std::string driver = connection.infoString(SQL_DRIVER_NAME);
        const std::string driverVersion = connection.infoString(SQL_DRIVER_VER);
        const std::string odbcVersion = connection.infoString(SQL_DRIVER_ODBC_VER);
        diagnosis.message
            = EngineTr::tr("Connected to %1 %2 through the %3.")
                  .arg(qs(diagnosis.product), qs(diagnosis.serverVersion), qs(targetLabel(m_spec)))
                  .toStdString();
        diagnosis.detail = EngineTr::tr("ODBC driver %1 %2 (ODBC %3), database %4")
                               .arg(qs(driver), qs(driverVersion), qs(odbcVersion),
                                    qs(connection.infoString(SQL_DATABASE_NAME)))
                               .toStdString();
        // Informational records of the connect (01xxx) are worth a look, never fatal.
        for (const auto &record : records) {
            diagnosis.warnings.push_back(EngineTr::tr("The driver reported: %1")
                                             .arg(qs(describeRecords({record}, m_spec.password)))
                                             .toStdString());
        }
        if (role == EndpointRole::Target
            && connection.infoString(SQL_DATA_SOURCE_READ_ONLY) == "Y") {
            diagnosis.cause = DiagnosisCause::MissingPrivilege;
            diagnosis.message = EngineTr::tr("The %1 is read-only, so it cannot be a target.")
                                    .arg(qs(targetLabel(m_spec)))
                                    .toStdString();
            diagnosis.hint = EngineTr::tr("Use a data source that allows writing (check its "
                                          "read-only option).")
                                 .toStdString();
        }
        connection.disconnect();
        return diagnosis;
    }

    std::unique_ptr<detail::Connection> m_connection;
};

} // namespace

std::unique_ptr<Endpoint> makeEndpoint(const ConnectionSpec &spec)
{
    return std::make_unique<OdbcEndpoint>(spec);
}

} // namespace ferry::odbc
