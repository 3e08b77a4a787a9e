// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/endpoint.h"
#include "engine/connectors/protocol_probe.h"

#include <optional>
#include <string>
#include <string_view>

namespace ferry::postgres {

/**
 * Pure pieces of the PostgreSQL connector: the libpq conninfo, the classification of connection
 * failures into DiagnosisCause with message/detail/hint, and the server version policy.
 * No libpq types here, so unit tests can exercise them without a server. Thread-safe.
 */

/// libpq's port when the spec names none.
constexpr int DefaultPort = 5432;

/// The oldest server Ferry supports, as a PQserverVersion number (10.0).
constexpr int MinimumServerVersion = 100000;

/// True for server version numbers (PQserverVersion: 90624 = 9.6.24, 150004 = 15.4) that Ferry
/// supports. 0 (unknown) is not supported.
[[nodiscard]] bool isSupportedServerVersion(int versionNumber);

/// "9.6.24" for 90624, "15.4" for 150004, "9.6" for 90600 (minor 0 of a 9.x release omitted).
[[nodiscard]] std::string formatServerVersion(int versionNumber);

/// Quotes a conninfo value: 'value' with backslash and single quote escaped by backslashes.
[[nodiscard]] std::string quoteConninfoValue(std::string_view value);

/// The libpq conninfo for spec: host, port, dbname, user, password, the TLS and other libpq
/// options from spec.options, connect_timeout and application_name=ferry. Empty host, port 0,
/// empty database or user are left to libpq's defaults. Contains the password: hand it to
/// libpq only, never log it.
[[nodiscard]] std::string buildConninfo(const ConnectionSpec &spec);

/// The SQLSTATE in a verbose libpq/server message ("FATAL:  28P01: password ..."); empty when
/// there is none.
[[nodiscard]] std::string extractSqlState(std::string_view message);

/// The driver text for a diagnosis' detail: LOCATION lines and repeated lines dropped, lines
/// trimmed, every occurrence of secret replaced by "***".
[[nodiscard]] std::string cleanDriverText(std::string_view message, std::string_view secret = {});

/// What a failed connection attempt reported.
struct ConnectFailure
{
    std::string sqlstate; ///< from the server's error, when it sent one
    std::string text; ///< libpq's message (verbose, English)
    bool timedOut = false; ///< no answer within connect_timeout
    /// What the port turned out to speak, when the failure called for a look (see
    /// mayBeAnotherProtocol); a foreign protocol makes the cause WrongProtocol.
    std::optional<ProtocolProbe> probe;
};

[[nodiscard]] DiagnosisCause classifyConnectFailure(const ConnectFailure &failure);

/**
 * True when the failure may come from a server that does not speak PostgreSQL, so that a
 * protocol probe of the port is worth its second: libpq received something that is no answer
 * to its SSLRequest or startup packet, a TLS failure that is not about certificates (a
 * greeting starting with 'S' or 'N' reads as a TLS answer), or an unclassified failure
 * without a SQLSTATE. Not for timeouts, refusals, or anything the server said in PostgreSQL.
 */
[[nodiscard]] bool mayBeAnotherProtocol(const ConnectFailure &failure);

/// The full diagnosis of a failed connection (cause, message naming host:port, detail with the
/// driver's text and SQLSTATE, hint). Never contains the password.
[[nodiscard]] ConnectionDiagnosis describeConnectFailure(const ConnectionSpec &spec,
                                                         const ConnectFailure &failure);

/// The diagnosis for a server older than MinimumServerVersion.
[[nodiscard]] ConnectionDiagnosis unsupportedVersionDiagnosis(const ConnectionSpec &spec,
                                                              int versionNumber,
                                                              const std::string &versionText);

/// What the server says about the connected role (one query after connecting).
struct RoleFacts
{
    bool superuser = false;
    bool replication = false;
    std::string walLevel;
    bool canCreateSchemas = false; ///< CREATE on the database
    std::string currentSchema; ///< empty: no existing schema on the search_path
    bool canCreateInSchema = false; ///< CREATE on currentSchema
    std::string database;
    std::string user;
    bool tls = false;
    std::string tlsVersion;
};

/// The diagnosis of a working connection for a role: Ok with warnings (Source: REPLICATION,
/// wal_level; Target: one of the CREATE privileges missing), or MissingPrivilege for a Target
/// that can neither create schemas nor create tables in its current schema.
[[nodiscard]] ConnectionDiagnosis evaluateRole(const ConnectionSpec &spec, const RoleFacts &facts,
                                               EndpointRole role, int serverVersion,
                                               const std::string &serverVersionText);

/// "host:port" (or "the local socket") for messages.
[[nodiscard]] std::string describeServer(const ConnectionSpec &spec);

} // namespace ferry::postgres
