// SPDX-License-Identifier: MIT
// Helpers shared by the ODBC integration tests: fixtures are created with the servers' own
// command-line clients (psql, mariadb) and the sqlite3 C API, never through the code under test.
#pragma once

#include "engine/core/connection_spec.h"
#include "tests/support/test_support.h"

#include <QProcess>
#include <QString>

#include <sqlite3.h>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ferry::test::odbc {

/// Runs SQL through psql as the ordinary user on the harness PostgreSQL. Returns stderr on
/// failure, an empty string on success.
inline QString runPsql(const QString &sql)
{
    QProcess psql;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"),
                       QString::fromStdString(env("FERRY_TEST_PG_PASSWORD")));
    environment.insert(QStringLiteral("PGCLIENTENCODING"), QStringLiteral("UTF8"));
    psql.setProcessEnvironment(environment);
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                QString::fromStdString(env("FERRY_TEST_PG_HOST")), QStringLiteral("-p"),
                QString::fromStdString(env("FERRY_TEST_PG_PORT")), QStringLiteral("-U"),
                QString::fromStdString(env("FERRY_TEST_PG_USER")), QStringLiteral("-d"),
                QString::fromStdString(env("FERRY_TEST_PG_DATABASE")), QStringLiteral("-c"), sql});
    if (!psql.waitForFinished(60000))
        return QStringLiteral("psql did not finish");
    if (psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0)
        return QString::fromUtf8(psql.readAllStandardError());
    return {};
}

/// Runs SQL through the mariadb client as the ordinary user. Empty string on success.
inline QString runMariaDb(const QString &sql)
{
    QProcess client;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MYSQL_PWD"),
                       QString::fromStdString(env("FERRY_TEST_MY_PASSWORD")));
    client.setProcessEnvironment(environment);
    client.start(QStringLiteral("mariadb"),
                 {QStringLiteral("--no-defaults"),
                  QStringLiteral("--default-character-set=utf8mb4"), QStringLiteral("-h"),
                  QString::fromStdString(env("FERRY_TEST_MY_HOST")), QStringLiteral("-P"),
                  QString::fromStdString(env("FERRY_TEST_MY_PORT")), QStringLiteral("-u"),
                  QString::fromStdString(env("FERRY_TEST_MY_USER")), QStringLiteral("-e"), sql});
    if (!client.waitForFinished(60000))
        return QStringLiteral("mariadb did not finish");
    if (client.exitStatus() != QProcess::NormalExit || client.exitCode() != 0)
        return QString::fromUtf8(client.readAllStandardError());
    return {};
}

/// Runs SQL on the SQLite file behind the ferry_sqlite DSN, creating the file if needed.
inline QString runSqlite(const std::string &sql)
{
    sqlite3 *db = nullptr;
    const std::string path = env("FERRY_TEST_ODBC_SQLITE_FILE");
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return message;
    }
    sqlite3_busy_timeout(db, 30000); // other tests may write the same file concurrently
    char *error = nullptr;
    QString message;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        message = QString::fromUtf8(error ? error : "sqlite3_exec failed");
        sqlite3_free(error);
    }
    sqlite3_close(db);
    return message;
}

/// The spec of a harness DSN with the matching password ("pg", "mariadb" or none).
inline ConnectionSpec dsnSpec(const char *dsn)
{
    auto spec = parseConnectionUri(std::string("odbc://") + dsn);
    const std::string name(dsn);
    if (name == "ferry_pg")
        spec->password = Secret(env("FERRY_TEST_PG_PASSWORD"));
    else if (name == "ferry_mariadb")
        spec->password = Secret(env("FERRY_TEST_MY_PASSWORD"));
    return *spec;
}

/// A loopback TCP port nothing listens on (bound once, then released).
inline int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

/// A loopback listening socket that accepts connections (kernel backlog) but never answers.
class SilentListener
{
public:
    SilentListener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(m_fd, 8);
        socklen_t length = sizeof address;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
    }
    ~SilentListener() { ::close(m_fd); }
    SilentListener(const SilentListener &) = delete;
    SilentListener &operator=(const SilentListener &) = delete;
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace ferry::test::odbc
