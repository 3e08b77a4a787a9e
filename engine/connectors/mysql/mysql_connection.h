// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/connection_spec.h"
#include "engine/connectors/mysql/mysql_diagnosis.h"
#include "engine/core/error.h"

#include <QtGlobal>

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct st_mysql; // MYSQL, from <mysql.h>; kept out of this header
struct st_mysql_stmt; // MYSQL_STMT
struct st_mysql_res; // MYSQL_RES

namespace ferry::mysql {

/// One result row as text; nullopt is SQL NULL.
using TextRow = std::vector<std::optional<std::string>>;

/// Appends every row of a stored text-protocol result to rows, the values as text (nullopt for
/// NULL).
void appendTextRows(st_mysql_res *result, std::vector<TextRow> &rows);

/// After a prepared statement with a result set of fieldCount columns ran: appends its rows to
/// rows, every value as text (nullopt for NULL), a value longer than the first buffer fetched
/// again in full. False on a client error (the statement holds it).
[[nodiscard]] bool fetchTextRows(st_mysql_stmt *statement, unsigned int fieldCount,
                                 std::vector<TextRow> &rows);

/// A whole result, every value as text (the client converts numbers for us).
struct TextResult
{
    std::vector<std::string> columns;
    std::vector<TextRow> rows;
};

/// How the connection negotiates TLS (the ssl-mode option, as the mysql CLI spells it).
enum class SslMode { Disabled, Preferred, Required, VerifyCa, VerifyIdentity };

/// Parses ssl-mode (case-insensitive); nullopt for an unknown value. Empty means Preferred.
[[nodiscard]] std::optional<SslMode> parseSslMode(std::string_view text);

/**
 * Watches a connect for a server that stays silent where MySQL sends its greeting at once (a
 * PostgreSQL server, which waits for the client): after `silence` without a byte from the
 * server, onSilence is called once, on the connecting thread; when it returns true the
 * connect gives up at once (the caller knows why), otherwise it waits on as usual.
 */
struct GreetingWatch
{
    std::chrono::milliseconds silence {1000};
    std::function<bool()> onSilence;
};

/**
 * One libmysqlclient (MariaDB Connector/C) connection. Private to the mysql connector.
 *
 * Thread: belongs to one thread at a time, like every connection. Owned by value by whoever
 * opened it; the destructor closes it. Statements with values use server-side prepared
 * statements with bound parameters; identifiers are quoted by the caller.
 */
class Connection
{
public:
    Connection() = default;
    ~Connection();
    Q_DISABLE_COPY(Connection)

    /// Connects with the spec: option files (group [client]), timeouts, utf8mb4, TLS per
    /// ssl-mode, then mysql_real_connect. On failure returns the client's error. With a watch
    /// the connect runs through the client's non-blocking API (the connection is used with
    /// the blocking calls afterwards, which the client allows).
    [[nodiscard]] std::optional<ClientError> open(const ConnectionSpec &spec,
                                                  const GreetingWatch *watch = nullptr);

    [[nodiscard]] bool isOpen() const { return m_mysql != nullptr; }
    [[nodiscard]] std::string serverVersionString() const;
    [[nodiscard]] std::string tlsCipher() const; ///< empty when the session is not encrypted

    /// Runs one statement and returns all rows. With parameters the statement is prepared and
    /// the values are bound (never spliced); without, it goes through the text protocol (so
    /// SHOW statements work). Errors are ErrorCode::QueryFailed with the server's text.
    [[nodiscard]] Result<TextResult> query(std::string_view sql,
                                           const std::vector<std::string> &parameters = {});

    [[nodiscard]] ClientError lastError() const;

    /// Lets the session send LOAD DATA LOCAL INFILE (the client refuses it otherwise). Takes
    /// effect at the next open(). The data comes from a local-infile handler the load code
    /// installs, never from a file named by the server.
    void setLocalInfileAllowed(bool allowed) { m_localInfileAllowed = allowed; }

    /// The client handle, for the connector's load code (mysql_load*.cpp); nullptr when closed.
    [[nodiscard]] st_mysql *handle() const { return m_mysql; }

private:
    [[nodiscard]] Error queryError(std::string_view sql, const ClientError &error) const;
    /// query() without parameters: the text protocol.
    [[nodiscard]] Result<TextResult> queryText(std::string_view sql);
    /// query() with parameters: a prepared statement, the values bound as strings.
    [[nodiscard]] Result<TextResult> queryPrepared(std::string_view sql,
                                                   const std::vector<std::string> &parameters);
    /// The rows of an executed prepared statement; a value longer than the first buffer is
    /// fetched again in full.
    [[nodiscard]] Result<TextResult> fetchPrepared(std::string_view sql, st_mysql_stmt *statement);

    st_mysql *m_mysql = nullptr;
    bool m_localInfileAllowed = false;
};

} // namespace ferry::mysql
