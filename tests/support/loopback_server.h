// SPDX-License-Identifier: MIT
// A tiny TCP server on 127.0.0.1 for tests that need a port speaking some protocol (or none):
// each accepted connection is handed to a function on the server's thread, one at a time.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <functional>
#include <string>
#include <thread>

namespace ferry::test {

/// 127.0.0.1 listener whose accepted connections are handed to `serve` on a thread.
class LoopbackServer
{
public:
    explicit LoopbackServer(std::function<void(int)> serve) : m_serve(std::move(serve))
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) == 0
            && ::listen(m_listener, 8) == 0
            && ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) == 0) {
            m_port = ntohs(address.sin_port);
        }
        m_thread = std::thread([this] { run(); });
    }
    ~LoopbackServer()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_listener);
    }
    LoopbackServer(const LoopbackServer &) = delete;
    LoopbackServer &operator=(const LoopbackServer &) = delete;

    int port() const { return m_port; }
    int connections() const { return m_connections; }

    static bool waitReadable(int fd, int milliseconds)
    {
        pollfd descriptor {fd, POLLIN, 0};
        return ::poll(&descriptor, 1, milliseconds) > 0;
    }

    /// Reads what arrives within `milliseconds` of silence, until the peer closes.
    static std::string drain(int fd, int milliseconds)
    {
        std::string bytes;
        char buffer[256];
        while (waitReadable(fd, milliseconds)) {
            const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
            if (got <= 0)
                break;
            bytes.append(buffer, size_t(got));
        }
        return bytes;
    }

private:
    void run()
    {
        while (!m_stop) {
            if (!waitReadable(m_listener, 50))
                continue;
            const int client = ::accept(m_listener, nullptr, nullptr);
            if (client < 0)
                continue;
            ++m_connections;
            m_serve(client);
            ::close(client);
        }
    }

    std::function<void(int)> m_serve;
    int m_listener = -1;
    int m_port = 0;
    std::atomic<bool> m_stop {false};
    std::atomic<int> m_connections {0};
    std::thread m_thread;
};

/// A server that greets every connection with `banner` and then reads until the client goes,
/// or, as OpenSSH's sshd does, hangs up at once on a line that is not text (a NUL byte: the
/// binary request of another protocol, such as a TLS ClientHello).
inline std::function<void(int)> sendBanner(std::string banner)
{
    return [banner = std::move(banner)](int client) {
        ::send(client, banner.data(), banner.size(), MSG_NOSIGNAL);
        char buffer[512];
        while (LoopbackServer::waitReadable(client, 5000)) {
            const ssize_t got = ::recv(client, buffer, sizeof buffer, 0);
            if (got <= 0 || std::string(buffer, size_t(got)).find('\0') != std::string::npos)
                break;
        }
    };
}

} // namespace ferry::test
