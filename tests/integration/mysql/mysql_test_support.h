// SPDX-License-Identifier: MIT
#pragma once

// Helpers for the MySQL/MariaDB integration tests: an administrator session that sets up and
// removes test data (independently of Ferry's connector), and small loopback servers that
// misbehave on purpose (never answer, or greet with an old server version).

#include "tests/support/test_support.h"

#include <mysql.h>

#include <QString>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace ferry::test {

/// A plain libmysqlclient session as the harness administrator (root over TCP).
class MySqlAdmin
{
public:
    MySqlAdmin() = default;
    ~MySqlAdmin()
    {
        if (m_mysql)
            mysql_close(m_mysql);
    }
    MySqlAdmin(const MySqlAdmin &) = delete;
    MySqlAdmin &operator=(const MySqlAdmin &) = delete;

    bool connect(QString *why)
    {
        const ConnectionSpec spec = mysqlSpec(true);
        m_mysql = mysql_init(nullptr);
        if (!mysql_real_connect(m_mysql, spec.host.c_str(), spec.user.c_str(),
                                spec.password.reveal().c_str(), nullptr, unsigned(spec.port),
                                nullptr, 0)) {
            *why = QStringLiteral("admin connection failed: %1")
                       .arg(QString::fromUtf8(mysql_error(m_mysql)));
            return false;
        }
        mysql_set_character_set(m_mysql, "utf8mb4");
        return true;
    }

    /// Runs one statement; returns the server's error text or an empty string.
    std::string exec(const std::string &sql)
    {
        if (mysql_real_query(m_mysql, sql.data(), sql.size()) != 0)
            return std::string(mysql_error(m_mysql)) + " in: " + sql.substr(0, 200);
        if (MYSQL_RES *result = mysql_store_result(m_mysql))
            mysql_free_result(result);
        return {};
    }

    /// All rows of a query as text (nullopt for NULL).
    std::vector<std::vector<std::optional<std::string>>> rows(const std::string &sql)
    {
        std::vector<std::vector<std::optional<std::string>>> result;
        if (mysql_real_query(m_mysql, sql.data(), sql.size()) != 0)
            return result;
        MYSQL_RES *rows = mysql_store_result(m_mysql);
        if (!rows)
            return result;
        const unsigned int fields = mysql_num_fields(rows);
        while (MYSQL_ROW row = mysql_fetch_row(rows)) {
            const unsigned long *lengths = mysql_fetch_lengths(rows);
            std::vector<std::optional<std::string>> values;
            for (unsigned int i = 0; i < fields; ++i) {
                if (row[i])
                    values.emplace_back(std::string(row[i], lengths[i]));
                else
                    values.emplace_back(std::nullopt);
            }
            result.push_back(std::move(values));
        }
        mysql_free_result(rows);
        return result;
    }

    /// First column of the first row, or "" when there is none.
    std::string scalar(const std::string &sql)
    {
        const auto result = rows(sql);
        if (result.empty() || result.front().empty() || !result.front().front())
            return {};
        return *result.front().front();
    }

private:
    MYSQL *m_mysql = nullptr;
};

/// A TCP listener on 127.0.0.1 with a kernel-chosen port.
class LoopbackListener
{
public:
    LoopbackListener()
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        ::bind(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(m_socket, 8);
        socklen_t length = sizeof address;
        ::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
    }
    ~LoopbackListener() { close(); }
    LoopbackListener(const LoopbackListener &) = delete;
    LoopbackListener &operator=(const LoopbackListener &) = delete;

    int port() const { return m_port; }
    int socket() const { return m_socket; }
    void close()
    {
        if (m_socket >= 0)
            ::close(m_socket);
        m_socket = -1;
    }

private:
    int m_socket = -1;
    int m_port = 0;
};

/// A port on 127.0.0.1 where nothing listens: bound once by the kernel, then released.
inline int closedLoopbackPort()
{
    LoopbackListener listener;
    const int port = listener.port();
    listener.close();
    return port;
}

/**
 * Answers one client with a MySQL protocol-10 greeting that announces serverVersion, accepts
 * whatever login follows with an OK packet, then waits for the client to hang up. Enough for
 * a client library to consider itself connected to, say, MySQL 5.0.96.
 */
class FakeMySqlServer
{
public:
    explicit FakeMySqlServer(std::string serverVersion) : m_version(std::move(serverVersion))
    {
        m_thread = std::thread([this] { serve(); });
    }
    ~FakeMySqlServer()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    FakeMySqlServer(const FakeMySqlServer &) = delete;
    FakeMySqlServer &operator=(const FakeMySqlServer &) = delete;

    int port() const { return m_listener.port(); }
    bool greeted() const { return m_greeted; }

private:
    static bool waitReadable(int socket, int milliseconds)
    {
        pollfd descriptor { socket, POLLIN, 0 };
        return ::poll(&descriptor, 1, milliseconds) > 0;
    }

    static void sendPacket(int socket, uint8_t sequence, const std::string &payload)
    {
        std::string packet;
        packet += char(payload.size() & 0xff);
        packet += char((payload.size() >> 8) & 0xff);
        packet += char((payload.size() >> 16) & 0xff);
        packet += char(sequence);
        packet += payload;
        ::send(socket, packet.data(), packet.size(), MSG_NOSIGNAL);
    }

    void serve()
    {
        // Bounded waits throughout, so a test that never connects cannot hang the suite.
        for (int waited = 0; waited < 30000 && !m_stop; waited += 100) {
            if (waitReadable(m_listener.socket(), 100))
                break;
        }
        if (m_stop)
            return;
        const int client = ::accept(m_listener.socket(), nullptr, nullptr);
        if (client < 0)
            return;
        std::string greeting;
        greeting += char(10); // protocol version
        greeting += m_version + '\0'; // server version
        greeting += std::string("\x07\x00\x00\x00", 4); // connection id
        greeting += "abcdefgh"; // scramble, first 8 bytes
        greeting += '\0';
        // LONG_PASSWORD | LONG_FLAG | CONNECT_WITH_DB | PROTOCOL_41 | TRANSACTIONS |
        // SECURE_CONNECTION, as a 5.0 server would announce.
        const unsigned capabilities = 0x0001 | 0x0004 | 0x0008 | 0x0200 | 0x2000 | 0x8000;
        greeting += char(capabilities & 0xff);
        greeting += char((capabilities >> 8) & 0xff);
        greeting += char(33); // utf8_general_ci
        greeting += std::string("\x02\x00", 2); // status: autocommit
        greeting += std::string("\x00\x00", 2); // upper capabilities
        greeting += '\0'; // no plugin data length
        greeting += std::string(10, '\0'); // reserved
        greeting += std::string("ijklmnopqrst", 12) + '\0'; // scramble, last 12 bytes
        sendPacket(client, 0, greeting);
        m_greeted = true;
        char buffer[4096];
        if (waitReadable(client, 10000) && ::recv(client, buffer, sizeof buffer, 0) > 0) {
            // OK packet: header, 0 affected rows, 0 insert id, status autocommit, 0 warnings.
            sendPacket(client, 2, std::string("\x00\x00\x00\x02\x00\x00\x00", 7));
        }
        while (!m_stop && waitReadable(client, 10000)) {
            if (::recv(client, buffer, sizeof buffer, 0) <= 0)
                break;
        }
        ::close(client);
    }

    std::string m_version;
    LoopbackListener m_listener;
    std::atomic<bool> m_stop { false };
    std::atomic<bool> m_greeted { false };
    std::thread m_thread;
};

} // namespace ferry::test
