// SPDX-License-Identifier: MIT
#pragma once

#include "engine/catalog/catalog.h"
#include "engine/core/connection_spec.h"
#include "engine/core/error.h"

#include <QString>

#include <chrono>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace ferry {

/// Why a test connection failed (or Ok). Stable names: see diagnosisCauseName().
enum class DiagnosisCause {
    Ok,
    InvalidSpec,              ///< the connection details themselves are incomplete or wrong
    UnknownHost,              ///< DNS could not resolve the host
    ConnectionRefused,        ///< nothing listens on host:port
    Timeout,                  ///< no answer within connect_timeout
    AuthenticationFailed,     ///< wrong user or password, or no matching auth rule
    TlsFailure,               ///< TLS required/verified but failed (certificate, not offered)
    DatabaseNotFound,         ///< the database (or SQLite file) does not exist
    MissingPrivilege,         ///< connected, but a privilege needed for the role is missing
    UnsupportedServerVersion, ///< server older than Ferry supports
    DriverNotFound,           ///< ODBC driver or DSN unknown to the driver manager
    NotADatabase,             ///< SQLite: the file is not a database (or encrypted)
    WrongProtocol,            ///< the port answers, but with another protocol (another engine)
    Other,
};

[[nodiscard]] const char *diagnosisCauseName(DiagnosisCause cause); ///< "unknown-host", ...
[[nodiscard]] ErrorCode errorCodeForCause(DiagnosisCause cause);

/**
 * The result of a test connection, in plain words: what happened, why, and how to fix it.
 * Warnings list non-fatal findings (a privilege needed later for CDC, an old TLS version...).
 */
struct ConnectionDiagnosis
{
    DiagnosisCause cause = DiagnosisCause::Other;
    std::string message;      ///< one sentence: what failed, where
    std::string detail;       ///< the driver's own text (no secrets)
    std::string hint;         ///< how to fix it
    /// The hint only says to check the user name and password (and where the CLI takes them
    /// from): a wizard, where the user just typed them, says it in its own words.
    bool credentialsHint = false;
    std::string product;      ///< "PostgreSQL", "MariaDB", ...
    std::string serverVersion;
    std::vector<std::string> warnings;
    std::chrono::milliseconds elapsed{0};

    bool ok() const { return cause == DiagnosisCause::Ok; }
    [[nodiscard]] Error toError() const;
};

/**
 * A connector's words for one cause of a failed connection, a row of the table of the causes
 * whose message names only the server: the message (%1: where the server is; for Timeout, %2:
 * the connect timeout in seconds) and the hint, source texts of the EngineTr context marked
 * with QT_TRANSLATE_NOOP.
 */
struct CauseWords
{
    DiagnosisCause cause = DiagnosisCause::Other;
    const char *message = "";
    const char *hint = "";
    bool credentialsHint = false; ///< see ConnectionDiagnosis::credentialsHint
};

/// Sets the diagnosis' message, hint and credentialsHint from the words for its cause in words,
/// or else from the words for DiagnosisCause::Other; false when words has neither.
bool describeCause(ConnectionDiagnosis &diagnosis, std::span<const CauseWords> words,
                   const QString &where, int timeoutSeconds);

/// What a connection will be used for; decides which privileges a test connection checks.
enum class EndpointRole { Source, Target };

/**
 * One database endpoint: a connector bound to a ConnectionSpec.
 *
 * Thread: an Endpoint and its connection belong to one thread at a time; use one Endpoint per
 * worker. Errors are returned as Result/ConnectionDiagnosis values; nothing throws out of it.
 */
class Endpoint
{
public:
    virtual ~Endpoint() = default;

    virtual Dialect dialect() const = 0;
    virtual const ConnectionSpec &spec() const = 0;

    /// Opens a fresh connection, checks version and privileges for the role, closes it.
    /// Blocks for at most the spec's connect timeout (plus the checks' own queries).
    [[nodiscard]] virtual ConnectionDiagnosis testConnection(EndpointRole role) = 0;

    /// Reads the catalog (connecting first if needed). No query per column: whole-database
    /// queries per object kind, so 2,000 tables read in seconds.
    [[nodiscard]] virtual Result<Catalog> readCatalog(const CatalogFilter &filter) = 0;
};

/**
 * What every connector's Endpoint shares: the spec it is bound to, a test connection timed
 * around the connector's own diagnosis, and exceptions escaping the connector turned into
 * results where the connector names the failure. Thread and ownership: as Endpoint.
 */
class BoundEndpoint : public Endpoint
{
public:
    explicit BoundEndpoint(const ConnectionSpec &spec) : m_spec(spec) { }

    const ConnectionSpec &spec() const final { return m_spec; }
    /// diagnose() with the time it took as the diagnosis' elapsed time.
    [[nodiscard]] ConnectionDiagnosis testConnection(EndpointRole role) final;
    /// fetchCatalog().
    [[nodiscard]] Result<Catalog> readCatalog(const CatalogFilter &filter) final;

protected:
    using Clock = std::chrono::steady_clock;
    enum class Operation { TestConnection, ReadCatalog };

    /// The test connection itself; started is when testConnection began.
    [[nodiscard]] virtual ConnectionDiagnosis diagnose(EndpointRole role,
                                                       Clock::time_point started) = 0;
    /// The catalog read itself.
    [[nodiscard]] virtual Result<Catalog> fetchCatalog(const CatalogFilter &filter) = 0;
    /// The message of an operation that threw: a test connection says cause Other, a catalog
    /// read ErrorCode::Internal, with this and the exception's text as the detail. Empty (the
    /// default): the exception passes on.
    [[nodiscard]] virtual std::string unexpectedFailure(Operation operation) const
    {
        (void)operation;
        return {};
    }

    ConnectionSpec m_spec;
};

/// Creates the endpoint for spec.dialect. Never null.
[[nodiscard]] std::unique_ptr<Endpoint> makeEndpoint(const ConnectionSpec &spec);

} // namespace ferry
