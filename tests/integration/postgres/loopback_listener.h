// SPDX-License-Identifier: MIT
// A plain listening TCP socket on 127.0.0.1 for the postgres integration tests: it accepts
// connections into the kernel's backlog and never answers (a "silent" server), or, once closed,
// leaves a port nothing listens on.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ferry::test {

class LoopbackListener
{
public:
    LoopbackListener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) != 0
            || ::listen(m_fd, 16) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
            return;
        }
        m_port = ntohs(address.sin_port);
    }
    ~LoopbackListener() { close(); }
    LoopbackListener(const LoopbackListener &) = delete;
    LoopbackListener &operator=(const LoopbackListener &) = delete;

    int fd() const { return m_fd; }
    int port() const { return m_port; } ///< 0 when the socket could not be set up

    void close()
    {
        if (m_fd >= 0) {
            ::shutdown(m_fd, SHUT_RDWR);
            ::close(m_fd);
            m_fd = -1;
        }
    }

private:
    int m_fd = -1;
    int m_port = 0;
};

/// A loopback port that nothing listens on (bound once to get a free number, then closed).
inline int closedLoopbackPort()
{
    LoopbackListener listener;
    return listener.port();
}

} // namespace ferry::test
