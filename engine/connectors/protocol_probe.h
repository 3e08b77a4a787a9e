// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace ferry {

/**
 * Which protocol a TCP port speaks, found out by a short conversation that never sends a user
 * name or password: connect (each resolved address in turn), wait for a greeting the server
 * sends unprompted (MySQL/MariaDB, SSH, SMTP...), and when none comes send a PostgreSQL
 * SSLRequest (8 bytes: length 8, code 80877103) and read the answer ('S' or 'N' from
 * PostgreSQL). The connectors' diagnosis uses it when a server answers with the wrong protocol,
 * or stays silent where their own protocol expects it to speak first.
 *
 * Plain POSIX sockets, no client library. Blocking, bounded by ProbeTimings. Thread-safe.
 */
enum class WireProtocol {
    Unknown, ///< no conclusion: no connection, the server closed it, or stayed silent
    PostgreSql, ///< answered the SSLRequest with 'S', 'N' or an ErrorResponse
    MySql, ///< greeted with a MySQL handshake (protocol 10) or a MySQL error packet
    Ssh, ///< greeted with "SSH-2.0-..."
    Http, ///< sent an HTTP response
    Tls, ///< sent a TLS record (a TLS-only service)
    Other, ///< sent something else: see ProtocolProbe::excerpt
};

/// What a probe found.
struct ProtocolProbe
{
    WireProtocol protocol = WireProtocol::Unknown;
    bool spokeFirst = false; ///< the server sent its bytes before the probe sent anything
    /// MySQL: the handshake's version string ("10.11.6-MariaDB-0+deb12u1", without MariaDB's
    /// "5.5.5-" prefix), empty for an error packet; SSH: the software part of the banner
    /// ("OpenSSH_9.2p1 Debian-2").
    std::string serverVersion;
    std::string banner; ///< first line, MySQL error message or PostgreSQL error, printable
    std::string excerpt; ///< the first bytes, non-printable ones as \xNN (at most 48)
    std::string address; ///< "127.0.0.1:3306", "[::1]:5432": the address that answered
    std::string failure; ///< why there is no conclusion (connect error, silence, closed)
    std::chrono::milliseconds greetingWait {0}; ///< how long the probe waited for a greeting

    [[nodiscard]] bool isMariaDb() const;
    /// Something answered, and it is not `expected`.
    [[nodiscard]] bool isForeign(WireProtocol expected) const
    {
        return protocol != WireProtocol::Unknown && protocol != expected;
    }
};

/// Time limits of one probe (about two seconds in all with the defaults).
struct ProbeTimings
{
    std::chrono::milliseconds connect {500}; ///< TCP connect, all addresses together
    std::chrono::milliseconds greeting {900}; ///< silence before the SSLRequest is sent
    std::chrono::milliseconds answer {500}; ///< for the answer to the SSLRequest
};

/// Classifies what a server sent: unprompted (`afterSslRequest` false) or as the answer to
/// the probe's SSLRequest. Pure; the unit tests feed it recorded greetings.
[[nodiscard]] ProtocolProbe classifyServerBytes(std::string_view bytes, bool afterSslRequest);

/// Probes host:port as described above. Never throws; a failure to connect gives Unknown
/// with the reason in `failure`.
[[nodiscard]] ProtocolProbe probeProtocol(const std::string &host, int port,
                                          const ProbeTimings &timings = {});

/// True when host names a TCP host the probe can reach: not empty, not a socket directory
/// (a leading '/'), not a list of hosts (libpq's "a,b").
[[nodiscard]] bool isProbeableHost(const std::string &host);

/// Bytes as text for messages: printable ASCII as is, anything else as \xNN; cut at `limit`
/// characters with "...".
[[nodiscard]] std::string printableExcerpt(std::string_view bytes, size_t limit = 48);

/// The name of what answered, for messages (not translated: protocol names and the server's
/// own bytes): "MySQL/MariaDB", "PostgreSQL", "SSH", "HTTP", "TLS", or the quoted first line.
[[nodiscard]] std::string describeAnswer(const ProtocolProbe &probe);

/// The evidence for a diagnosis' detail, one translated sentence: what the server at the
/// probed address sent, and when (unprompted, or in answer to the SSLRequest).
[[nodiscard]] std::string describeProbeEvidence(const ProtocolProbe &probe);

} // namespace ferry
