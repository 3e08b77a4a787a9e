// SPDX-License-Identifier: MIT
#include "engine/connectors/protocol_probe.h"

#include "engine/core/tr.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ferry {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

/// PostgreSQL's SSLRequest: Int32 length (8), Int32 code 80877103 (1234 << 16 | 5679).
constexpr unsigned char SslRequest[8] = {0x00, 0x00, 0x00, 0x08, 0x04, 0xd2, 0x16, 0x2f};
/// More bytes than any greeting we classify needs.
constexpr size_t MaxAnswer = 1024;
/// After the first bytes, how long to wait for the rest of a greeting sent in pieces.
constexpr milliseconds Settle {100};

bool isPrintable(unsigned char c) { return c >= 0x20 && c < 0x7f; }

/// The first line of text, printable characters only.
std::string firstLine(std::string_view bytes)
{
    const size_t end = bytes.find_first_of("\r\n");
    return printableExcerpt(bytes.substr(0, end), 120);
}

/// Closes a socket when it goes out of scope.
class Socket
{
public:
    Socket() = default;
    explicit Socket(int fd) : m_fd(fd) { }
    ~Socket() { reset(); }
    Socket(const Socket &) = delete;
    Socket &operator=(const Socket &) = delete;

    int fd() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }

private:
    int m_fd = -1;
};

int millisecondsUntil(Clock::time_point deadline)
{
    const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now()).count();
    return int(std::clamp<long long>(left, 0, 60000));
}

/// poll() for events until the deadline; true when the socket is ready.
bool waitFor(int fd, short events, Clock::time_point deadline)
{
    for (;;) {
        pollfd descriptor {};
        descriptor.fd = fd;
        descriptor.events = events;
        const int ready = ::poll(&descriptor, 1, millisecondsUntil(deadline));
        if (ready > 0)
            return true;
        if (ready == 0)
            return false;
        if (errno != EINTR)
            return false;
    }
}

std::string numericAddress(const sockaddr *address, socklen_t length)
{
    char host[NI_MAXHOST] = {};
    char service[NI_MAXSERV] = {};
    if (::getnameinfo(address, length, host, sizeof host, service, sizeof service,
                      NI_NUMERICHOST | NI_NUMERICSERV)
        != 0) {
        return {};
    }
    const bool ipv6 = address->sa_family == AF_INET6;
    std::string text;
    text.append(ipv6 ? "[" : "").append(host).append(ipv6 ? "]:" : ":").append(service);
    return text;
}

/// Connects to the first address of host:port that accepts within the budget; every address
/// gets an equal share of what is left. Returns -1 (and the last error in `failure`) when none
/// does.
int connectAny(const std::string &host, int port, milliseconds budget, std::string &address,
               std::string &failure)
{
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_protocol = IPPROTO_TCP;
    addrinfo *addresses = nullptr;
    const std::string service = std::to_string(port);
    const int resolved = ::getaddrinfo(host.c_str(), service.c_str(), &hints, &addresses);
    if (resolved != 0 || !addresses) {
        failure = ::gai_strerror(resolved);
        return -1;
    }
    const auto deadline = Clock::now() + budget;
    int left = 0;
    for (const addrinfo *at = addresses; at; at = at->ai_next)
        ++left;
    int connected = -1;
    for (const addrinfo *at = addresses; at && connected < 0; at = at->ai_next, --left) {
        const auto share = (deadline - Clock::now()) / std::max(left, 1);
        if (share <= Clock::duration::zero()) {
            failure = "connect timed out";
            break;
        }
        Socket socket(::socket(at->ai_family, at->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                               at->ai_protocol));
        if (socket.fd() < 0) {
            failure = std::strerror(errno);
            continue;
        }
        int error = 0;
        if (::connect(socket.fd(), at->ai_addr, at->ai_addrlen) != 0) {
            error = errno;
            if (error == EINPROGRESS) {
                error = ETIMEDOUT;
                if (waitFor(socket.fd(), POLLOUT, Clock::now() + share)) {
                    socklen_t length = sizeof error;
                    if (::getsockopt(socket.fd(), SOL_SOCKET, SO_ERROR, &error, &length) != 0)
                        error = errno;
                }
            }
        }
        if (error != 0) {
            failure = std::strerror(error);
            continue;
        }
        address = numericAddress(at->ai_addr, at->ai_addrlen);
        connected = socket.release();
    }
    ::freeaddrinfo(addresses);
    return connected;
}

/// True when the bytes hold a whole MySQL packet or a whole line: no need to wait for more.
bool looksComplete(std::string_view bytes)
{
    if (bytes.find('\n') != std::string_view::npos)
        return true;
    if (bytes.size() < 4)
        return false;
    const size_t length = size_t(static_cast<unsigned char>(bytes[0]))
        | size_t(static_cast<unsigned char>(bytes[1])) << 8
        | size_t(static_cast<unsigned char>(bytes[2])) << 16;
    return bytes[3] == 0 && bytes.size() >= length + 4;
}

/// Waits up to `wait` for the server's first bytes, then collects what follows within the
/// settle time. Empty when the server said nothing; `closed` when it closed the connection.
std::string readAnswer(int fd, milliseconds wait, bool &closed)
{
    std::string bytes;
    closed = false;
    auto deadline = Clock::now() + wait;
    while (bytes.size() < MaxAnswer) {
        if (!waitFor(fd, POLLIN, deadline))
            break;
        char buffer[512];
        const ssize_t got
            = ::recv(fd, buffer, std::min(sizeof buffer, MaxAnswer - bytes.size()), MSG_DONTWAIT);
        if (got == 0) {
            closed = true;
            break;
        }
        if (got < 0) {
            if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)
                continue;
            closed = true;
            break;
        }
        bytes.append(buffer, size_t(got));
        if (looksComplete(bytes))
            break;
        deadline = Clock::now() + Settle;
    }
    return bytes;
}

/// A MySQL packet at the start of bytes: the server's handshake or an error packet.
bool classifyMySql(std::string_view bytes, ProtocolProbe &probe)
{
    if (bytes.size() < 5 || bytes[3] != 0)
        return false;
    const auto byte = [bytes](size_t i) { return static_cast<unsigned char>(bytes[i]); };
    const size_t length = size_t(byte(0)) | size_t(byte(1)) << 8 | size_t(byte(2)) << 16;
    if (length < 2)
        return false;
    const std::string_view payload = bytes.substr(4, length);
    if (byte(4) == 0x0a) {
        // Protocol 10: the version string, NUL-terminated ("5.5.5-10.11.6-MariaDB-...").
        const size_t end = payload.find('\0', 1);
        if (end == std::string_view::npos || end < 2)
            return false;
        const std::string_view version = payload.substr(1, end - 1);
        const bool plausible = version.front() >= '0' && version.front() <= '9'
            && std::all_of(version.begin(), version.end(),
                           [](char c) { return isPrintable(static_cast<unsigned char>(c)); });
        if (!plausible)
            return false;
        probe.protocol = WireProtocol::MySql;
        probe.serverVersion = std::string(version);
        // MariaDB prefixes its version with "5.5.5-" for the sake of old MySQL clients.
        if (probe.isMariaDb() && probe.serverVersion.starts_with("5.5.5-"))
            probe.serverVersion.erase(0, 6);
        probe.banner = probe.serverVersion;
        return true;
    }
    if (byte(4) == 0xff && payload.size() >= 4) {
        // An error packet instead of the handshake ("Host ... is blocked", "Too many
        // connections"): 0xff, the error number, an optional "#SQLSTATE", the message.
        const unsigned number = unsigned(byte(5)) | unsigned(byte(6)) << 8;
        if (number < 1000 || number >= 10000)
            return false;
        std::string_view message = payload.substr(3);
        if (!message.empty() && message.front() == '#' && message.size() >= 6)
            message.remove_prefix(6);
        probe.protocol = WireProtocol::MySql;
        probe.banner = printableExcerpt(message, 200);
        return true;
    }
    return false;
}

/// PostgreSQL's answer to an SSLRequest: 'S' or 'N' alone, or an ErrorResponse ('E', Int32
/// length, fields such as 'S'everity, 'C'ode, 'M'essage) from a server that refuses it.
bool classifyPostgreSql(std::string_view bytes, ProtocolProbe &probe)
{
    if (bytes == "S" || bytes == "N") {
        probe.protocol = WireProtocol::PostgreSql;
        probe.banner = std::string(bytes);
        return true;
    }
    if (bytes.size() < 6 || bytes[0] != 'E')
        return false;
    const auto byte = [bytes](size_t i) { return static_cast<unsigned char>(bytes[i]); };
    const uint32_t length = uint32_t(byte(1)) << 24 | uint32_t(byte(2)) << 16
        | uint32_t(byte(3)) << 8 | uint32_t(byte(4));
    if (length < 5 || length > 30000
        || std::string_view("SVCM").find(bytes[5]) == std::string_view::npos)
        return false;
    probe.protocol = WireProtocol::PostgreSql;
    const size_t message = bytes.find(std::string_view("\0M", 2));
    if (message != std::string_view::npos) {
        const std::string_view text = bytes.substr(message + 2);
        probe.banner = printableExcerpt(text.substr(0, text.find('\0')), 200);
    }
    return true;
}

} // namespace

bool ProtocolProbe::isMariaDb() const
{
    std::string lower = serverVersion;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return lower.find("mariadb") != std::string::npos;
}

std::string printableExcerpt(std::string_view bytes, size_t limit)
{
    static const char hex[] = "0123456789abcdef";
    std::string text;
    for (const char c : bytes) {
        if (text.size() >= limit) {
            text += "...";
            break;
        }
        const auto u = static_cast<unsigned char>(c);
        if (isPrintable(u) && u != '\\') {
            text += c;
        } else {
            text += "\\x";
            text += hex[u >> 4];
            text += hex[u & 0x0f];
        }
    }
    return text;
}

ProtocolProbe classifyServerBytes(std::string_view bytes, bool afterSslRequest)
{
    ProtocolProbe probe;
    probe.spokeFirst = !afterSslRequest && !bytes.empty();
    probe.excerpt = printableExcerpt(bytes);
    if (bytes.empty())
        return probe;
    if (classifyMySql(bytes, probe))
        return probe;
    if (afterSslRequest && classifyPostgreSql(bytes, probe))
        return probe;
    if (bytes.starts_with("SSH-")) {
        probe.protocol = WireProtocol::Ssh;
        probe.banner = firstLine(bytes);
        // "SSH-2.0-OpenSSH_9.2p1 Debian-2": protocol version, then the software.
        const size_t software = probe.banner.find('-', 4);
        if (software != std::string::npos)
            probe.serverVersion = probe.banner.substr(software + 1);
        return probe;
    }
    if (bytes.starts_with("HTTP/")) {
        probe.protocol = WireProtocol::Http;
        probe.banner = firstLine(bytes);
        return probe;
    }
    const auto first = static_cast<unsigned char>(bytes[0]);
    if (bytes.size() >= 3 && (first == 0x15 || first == 0x16) && bytes[1] == 0x03) {
        probe.protocol = WireProtocol::Tls; // an alert or a handshake record
        return probe;
    }
    probe.protocol = WireProtocol::Other;
    if (std::all_of(bytes.begin(), bytes.begin() + std::min<size_t>(bytes.size(), 4),
                    [](char c) { return isPrintable(static_cast<unsigned char>(c)); })) {
        probe.banner = firstLine(bytes);
    }
    return probe;
}

ProtocolProbe probeProtocol(const std::string &host, int port, const ProbeTimings &timings)
{
    ProtocolProbe probe;
    std::string address;
    std::string failure;
    Socket socket(connectAny(host, port, timings.connect, address, failure));
    if (socket.fd() < 0) {
        probe.failure = failure;
        return probe;
    }
    bool closed = false;
    const std::string greeting = readAnswer(socket.fd(), timings.greeting, closed);
    if (!greeting.empty()) {
        probe = classifyServerBytes(greeting, false);
    } else if (closed) {
        probe.failure = "the server closed the connection without a word";
    } else {
        // Silent, as a PostgreSQL server is until the client speaks: ask it for TLS.
        const ssize_t sent = ::send(socket.fd(), SslRequest, sizeof SslRequest, MSG_NOSIGNAL);
        if (sent != ssize_t(sizeof SslRequest)) {
            probe.failure = std::strerror(errno);
        } else {
            const std::string answer = readAnswer(socket.fd(), timings.answer, closed);
            probe = classifyServerBytes(answer, true);
            if (answer.empty()) {
                probe.failure = closed ? "the server closed the connection after the SSLRequest"
                                       : "no greeting, and no answer to an SSLRequest";
            }
        }
    }
    probe.address = address;
    probe.greetingWait = timings.greeting;
    return probe;
}

bool isProbeableHost(const std::string &host)
{
    return !host.empty() && host.front() != '/' && host.find(',') == std::string::npos;
}

std::string describeAnswer(const ProtocolProbe &probe)
{
    switch (probe.protocol) {
    case WireProtocol::MySql:
        return "MySQL/MariaDB";
    case WireProtocol::PostgreSql:
        return "PostgreSQL";
    case WireProtocol::Ssh:
        return "SSH";
    case WireProtocol::Http:
        return "HTTP";
    case WireProtocol::Tls:
        return "TLS";
    case WireProtocol::Other:
        return '"' + (probe.banner.empty() ? probe.excerpt : probe.banner) + '"';
    case WireProtocol::Unknown:
        break;
    }
    return {};
}

std::string describeProbeEvidence(const ProtocolProbe &probe)
{
    const QString where = qs(probe.address);
    const QString shown = qs(probe.banner.empty() ? probe.excerpt : probe.banner);
    if (probe.protocol == WireProtocol::MySql && probe.spokeFirst) {
        if (!probe.serverVersion.empty()) {
            return EngineTr::tr("The server at %1 spoke first, with a MySQL handshake "
                                "(protocol 10) for server version %2.")
                .arg(where, qs(probe.serverVersion))
                .toStdString();
        }
        return EngineTr::tr("The server at %1 spoke first, with a MySQL error packet: %2")
            .arg(where, shown)
            .toStdString();
    }
    if (probe.spokeFirst) {
        return EngineTr::tr("The server at %1 spoke first: %2").arg(where, shown).toStdString();
    }
    //: %2 is a number of milliseconds; %3 the server's answer as text ('S', 'N', ...)
    return EngineTr::tr("The server at %1 sent no greeting within %2 ms and answered a "
                        "PostgreSQL SSLRequest with: %3")
        .arg(where)
        .arg(qint64(probe.greetingWait.count()))
        .arg(qs(probe.excerpt))
        .toStdString();
}

} // namespace ferry
