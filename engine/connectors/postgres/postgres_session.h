// SPDX-License-Identifier: MIT
// Private to the postgres connector: includes libpq and libpqxx.
#pragma once

#include "engine/core/connection_spec.h"
#include "engine/connectors/postgres/postgres_diagnosis.h"

#include <QtGlobal>

#include <pqxx/pqxx>

#include <memory>
#include <string>

struct pg_conn; // libpq's PGconn

namespace ferry::postgres {

/**
 * One open PostgreSQL connection: libpq connects (so a failure keeps its SQLSTATE and the exact
 * reason), then libpqxx adopts the handle for queries.
 *
 * Thread: belongs to the thread that uses it; not thread-safe. Owned by its endpoint or a
 * worker. Errors: open() returns a diagnosis; queries throw libpqxx exceptions that the caller
 * catches at the edge of its operation.
 */
class Session
{
public:
    ~Session();
    Q_DISABLE_COPY(Session)

    /// Connects within spec.connectTimeoutSeconds(). On failure returns null and fills
    /// *failure (cause, message, detail, hint); blocks at most the connect timeout (plus DNS).
    [[nodiscard]] static std::unique_ptr<Session> open(const ConnectionSpec &spec,
                                                       ConnectionDiagnosis *failure);

    pqxx::connection_base &connection();
    /// The libpq handle under the libpqxx connection, for the data path (COPY, PQexecParams,
    /// PQgetCancel). Use either this or connection() for a given session, not both at once:
    /// libpqxx does not see what is done on the raw handle.
    pg_conn *handle() const { return m_handle; }
    int serverVersion() const { return m_serverVersion; } ///< PQserverVersion, e.g. 150004
    const std::string &serverVersionText() const { return m_serverVersionText; }
    const std::string &database() const { return m_database; } ///< the connected database

private:
    class Adopted;
    Session() = default;

    std::unique_ptr<Adopted> m_connection;
    pg_conn *m_handle = nullptr;
    int m_serverVersion = 0;
    std::string m_serverVersionText;
    std::string m_database;
};

/// The server's error text for a libpqxx exception, with SQLSTATE when there is one.
[[nodiscard]] std::string describeException(const std::exception &exception);

} // namespace ferry::postgres
