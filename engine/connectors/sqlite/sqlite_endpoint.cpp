// SPDX-License-Identifier: MIT
#include "engine/connectors/sqlite/sqlite_endpoint.h"

#include "engine/connectors/sqlite/sqlite_catalog.h"
#include "engine/connectors/sqlite/sqlite_connection.h"
#include "engine/core/tr.h"

#include <sqlite3.h>

namespace ferry::sqlite {

namespace {

/**
 * The sqlite endpoint: a database file. Every call opens its own connection and closes it.
 * A source is always opened read-only; a target read-write; neither ever creates the file.
 */
class SqliteEndpoint final : public BoundEndpoint
{
public:
    explicit SqliteEndpoint(const ConnectionSpec &spec) : BoundEndpoint(spec) { }

    Dialect dialect() const override { return Dialect::Sqlite; }

    Result<Catalog> fetchCatalog(const CatalogFilter &filter) override
    {
        if (auto mode = checkedModeOption(); !mode)
            return mode.error();
        auto connection = Connection::open(m_spec, OpenMode::ReadOnly);
        if (!connection)
            return connection.error();
        return sqlite::readCatalog(*connection, m_spec, filter);
    }

private:
    ConnectionDiagnosis diagnose(EndpointRole role, Clock::time_point) override
    {
        ConnectionDiagnosis diagnosis;
        diagnosis.product = "SQLite";
        diagnosis.serverVersion = sqlite3_libversion();
        auto mode = openModeFor(role);
        if (!mode) {
            fill(diagnosis, mode.error());
            return diagnosis;
        }
        auto connection = Connection::open(m_spec, *mode);
        if (!connection) {
            fill(diagnosis, connection.error());
            return diagnosis;
        }
        diagnosis.cause = DiagnosisCause::Ok;
        diagnosis.message = (role == EndpointRole::Source
                                 ? EngineTr::tr("Opened the SQLite database file %1 read-only.")
                                 : EngineTr::tr("Opened the SQLite database file %1 for writing."))
                                .arg(qs(m_spec.path))
                                .toStdString();
        return diagnosis;
    }

    static void fill(ConnectionDiagnosis &diagnosis, const Error &error)
    {
        diagnosis.cause = causeForOpenError(error.code);
        diagnosis.message = error.message;
        diagnosis.detail = error.detail;
        diagnosis.hint = error.hint;
    }

    Error specError(const QString &message, const QString &hint) const
    {
        Error error;
        error.code = ErrorCode::InvalidUri;
        error.action = ErrorAction::FixConfiguration;
        error.message = message.toStdString();
        error.detail = m_spec.toUri();
        error.hint = hint.toStdString();
        error.location = m_spec.path;
        return error;
    }

    /// The mode option: empty, "ro" or "rw".
    Result<std::string> checkedModeOption() const
    {
        const std::string mode = m_spec.option("mode");
        if (mode.empty() || mode == "ro" || mode == "rw")
            return mode;
        return specError(EngineTr::tr("The SQLite option mode=%1 is not supported.").arg(qs(mode)),
                         EngineTr::tr("Use mode=ro (never write) or mode=rw. Ferry does not "
                                      "create database files."));
    }

    /// Sources are never written to, whatever the mode option says; targets need mode rw.
    Result<OpenMode> openModeFor(EndpointRole role) const
    {
        auto mode = checkedModeOption();
        if (!mode)
            return mode.error();
        if (role == EndpointRole::Source)
            return OpenMode::ReadOnly;
        if (*mode == "ro") {
            return specError(EngineTr::tr("The target SQLite database %1 is set to read-only "
                                          "(mode=ro).")
                                 .arg(qs(m_spec.path)),
                             EngineTr::tr("Remove mode=ro from the target's connection URI."));
        }
        return OpenMode::ReadWrite;
    }
};

} // namespace

std::unique_ptr<Endpoint> makeEndpoint(const ConnectionSpec &spec)
{
    return std::make_unique<SqliteEndpoint>(spec);
}

} // namespace ferry::sqlite
