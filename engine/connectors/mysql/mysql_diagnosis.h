// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/endpoint.h"
#include "engine/connectors/protocol_probe.h"

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::mysql {

/**
 * Pure pieces of the MySQL/MariaDB connector's diagnosis: version parsing and checks, error
 * classification, grant parsing, and the user-facing texts. No client-library types, so they
 * are unit-tested without a server (tests/unit/mysql). Thread-safe.
 */

/// The client's port when the spec names none.
constexpr int DefaultPort = 3306;

/// A server version as reported in the handshake, e.g. "10.11.19-MariaDB-0+deb12u1-log".
struct ServerVersion
{
    bool mariaDb = false;
    int major = 0;
    int minor = 0;
    int patch = 0;
    std::string text; ///< "10.11.19": the numeric part, for messages and the catalog

    [[nodiscard]] const char *product() const { return mariaDb ? "MariaDB" : "MySQL"; }
    [[nodiscard]] bool atLeast(int wantedMajor, int wantedMinor, int wantedPatch = 0) const;
};

/// Parses the handshake version string; a "5.5.5-" replication prefix (MariaDB) is skipped.
[[nodiscard]] ServerVersion parseServerVersion(std::string_view versionString);

/// Oldest supported releases: MySQL 5.7 and MariaDB 10.2.
[[nodiscard]] bool isSupportedServerVersion(const ServerVersion &version);
[[nodiscard]] const char *minimumSupportedVersion(bool mariaDb); ///< "5.7" or "10.2"

/// A failure as the client library reports it (mysql_errno, mysql_sqlstate, mysql_error).
struct ClientError
{
    unsigned int number = 0;
    std::string sqlState;
    std::string message;

    /// "message (MySQL error N, SQLSTATE S)" for Error::detail.
    [[nodiscard]] std::string detail() const;
};

/// The operating-system error inside a client message: "... (111)" or "system error: 110".
/// Returns 0 when there is none.
[[nodiscard]] int systemErrorNumber(std::string_view message);

/**
 * Classifies a failed mysql_real_connect. Refused and timed-out TCP connects share client
 * error 2002/2003, so the system error and the time taken (against connect_timeout) decide.
 */
[[nodiscard]] DiagnosisCause classifyConnectError(const ClientError &error,
                                                  std::chrono::milliseconds elapsed,
                                                  int connectTimeoutSeconds);

/// "127.0.0.1:3306", "the local socket /run/mysqld/mysqld.sock", "localhost" (default socket).
[[nodiscard]] std::string serverLocation(const ConnectionSpec &spec);

/// The full diagnosis (cause, message, detail, hint) of a failed connect. Never holds the
/// password: only the user name, host, port and database from the spec appear.
[[nodiscard]] ConnectionDiagnosis diagnoseConnectError(const ClientError &error,
                                                       const ConnectionSpec &spec,
                                                       std::chrono::milliseconds elapsed);

/**
 * True when a failed connect may have met a server that does not speak MySQL, so that a
 * protocol probe of the port is worth its second: the client lost the connection or gave up
 * while reading the server's greeting (the "initial communication packet"), or found the
 * greeting malformed. A server that stays silent is caught earlier, by a GreetingWatch.
 */
[[nodiscard]] bool mayBeAnotherProtocol(const ClientError &error);

/// True when the spec connects over TCP (a host other than "localhost", which the client
/// takes as its local socket), so that the port can be probed.
[[nodiscard]] bool connectsOverTcp(const ConnectionSpec &spec);

/**
 * The diagnosis when a protocol probe found that host:port speaks another protocol
 * (probe.isForeign(WireProtocol::MySql)): PostgreSQL named as such, anything else by what it
 * sent. `error` is the client's own failure, or null when the connect was given up because
 * of the probe.
 */
[[nodiscard]] ConnectionDiagnosis diagnoseWrongProtocol(const ProtocolProbe &probe,
                                                        const ConnectionSpec &spec,
                                                        const ClientError *error);

/// The diagnosis for a server older than isSupportedServerVersion allows.
[[nodiscard]] ConnectionDiagnosis diagnoseUnsupportedVersion(const ServerVersion &version,
                                                             const ConnectionSpec &spec);

/**
 * Whether the SHOW GRANTS lines give one of the privileges (alternative spellings, e.g.
 * REPLICATION CLIENT or MariaDB's BINLOG MONITOR) on the database: a global grant (*.*), or
 * a database grant whose name pattern (LIKE wildcards, \ escapes) matches. ALL [PRIVILEGES]
 * counts; table, column and routine grants do not. MySQL partial revokes (REVOKE lines)
 * remove a database's privilege. An empty database checks global grants only.
 */
[[nodiscard]] bool grantsAllow(const std::vector<std::string> &grantLines,
                               const std::vector<std::string> &privileges,
                               std::string_view database);

/// True when the grants give the user roles ("GRANT `role` TO `user`"): their privileges may
/// be missing from SHOW GRANTS (MySQL), so a negative answer is not certain.
[[nodiscard]] bool grantsMentionRoles(const std::vector<std::string> &grantLines);

/// Warnings about the binary log for change data capture (role Source): log_bin off,
/// binlog_format other than ROW, binlog_row_image other than FULL. The values are those of
/// SELECT @@GLOBAL.log_bin, @@GLOBAL.binlog_format, @@GLOBAL.binlog_row_image.
[[nodiscard]] std::vector<std::string>
binlogWarnings(std::string_view logBin, std::string_view format, std::string_view rowImage);

/// LIKE matching as MySQL applies it to database names in grants: %, _ and \ escapes.
[[nodiscard]] bool matchesGrantPattern(std::string_view pattern, std::string_view name);

} // namespace ferry::mysql
