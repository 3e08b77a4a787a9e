// SPDX-License-Identifier: MIT
#pragma once

// Private to the mysql connector's load code (mysql_source.cpp, mysql_target.cpp,
// mysql_writer.cpp): bound statements, error classification, cancellation and session set-up.
// Includes <mysql.h>; never include it from a public engine header.

#include "engine/core/connection_spec.h"
#include "engine/connectors/mysql/mysql_connection.h"
#include "engine/connectors/mysql/mysql_diagnosis.h"
#include "engine/connectors/mysql/mysql_where.h"
#include "engine/core/error.h"
#include "engine/load/load_session.h"

#include <QString>
#include <QtGlobal>

#include <mysql.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::mysql::detail {

/**
 * A server-side prepared statement (binary protocol) with bound parameters; the parameter
 * buffers are reused across executions. Results, when wanted, are fetched as text.
 * Thread: that of its connection. Errors: false plus error().
 */
class PreparedStatement
{
public:
    PreparedStatement() = default;
    ~PreparedStatement();
    Q_DISABLE_COPY(PreparedStatement)

    [[nodiscard]] bool prepare(MYSQL *mysql, std::string_view sql);
    [[nodiscard]] bool isPrepared() const { return m_statement != nullptr; }
    void close();

    [[nodiscard]] unsigned long parameterCount() const;
    /// Binds values (as many as the statement has placeholders) and executes.
    [[nodiscard]] bool execute(const BoundValue *values, size_t count);
    [[nodiscard]] bool execute(const std::vector<BoundValue> &values)
    {
        return execute(values.data(), values.size());
    }
    /// After execute: every row of the result as text (nullopt for NULL); none without one.
    [[nodiscard]] bool fetchAll(std::vector<load::TextRow> *rows);

    [[nodiscard]] uint64_t affectedRows() const;
    [[nodiscard]] ClientError error() const;

private:
    MYSQL *m_mysql = nullptr;
    MYSQL_STMT *m_statement = nullptr;
    std::vector<MYSQL_BIND> m_binds;
    std::vector<unsigned long> m_lengths;
    std::optional<ClientError> m_ownError; ///< failures found before reaching the client
};

/// The client error of a connection.
[[nodiscard]] ClientError clientError(MYSQL *mysql);

/// True for errors that mean an open connection is gone (2006, 2013, 2055, 2026 under TLS,
/// killed connection).
[[nodiscard]] bool isConnectionLost(unsigned int number);
/// True for errors worth retrying on a new connection or transaction: lost connection,
/// deadlock (1213), lock wait timeout (1205).
[[nodiscard]] bool isTransient(unsigned int number);
/// True for "the statement was interrupted" (KILL QUERY, which cancel() sends: 1317).
[[nodiscard]] bool isInterrupted(unsigned int number);
/// True for errors that say the connecting user lacks a privilege (1044, 1045, 1142, 1143,
/// 1227, 1370, 1095).
[[nodiscard]] bool isMissingPrivilege(unsigned int number);

/**
 * An Error for a failed statement, classified once here as PostgreSQL's are (STYLE §9): an
 * interrupted statement is the engine's one cancellation error; a lost connection is
 * ConnectionFailed and a deadlock or lock wait timeout QueryFailed, both Retry; a missing
 * privilege is MissingPrivilege, and a read-only server or an unknown database
 * (DatabaseNotFound) FixConfiguration, each with a hint; anything else QueryFailed with
 * `otherwise`. The statement text holds placeholders only, so it can be shown.
 */
[[nodiscard]] Error statementError(const std::string &message, const ClientError &error,
                                   std::string_view statement, ErrorAction otherwise,
                                   const std::string &location);

/// Runs one statement through the text protocol and discards any result.
[[nodiscard]] std::optional<ClientError> runText(MYSQL *mysql, std::string_view sql);

/**
 * Starts a statement with `?` placeholders whose result comes through the text protocol
 * (so mysql_use_result can stream it): the values are bound into user variables by a
 * binary-protocol `SET @ferry_p1 = ?, ...`, the text is bound into @ferry_sql, then
 * `PREPARE ferry_statement FROM @ferry_sql` and `EXECUTE ferry_statement USING @ferry_p1, ...`.
 * An EXECUTE parameter compares like a literal, with the column's collation, which a user
 * variable used directly in the query would not ("Illegal mix of collations"). Without values
 * the statement is sent as is. The caller then calls mysql_use_result or mysql_store_result.
 */
[[nodiscard]] std::optional<ClientError> startBoundTextQuery(MYSQL *mysql, std::string_view sql,
                                                             const std::vector<BoundValue> &values);

/// Like startBoundTextQuery, but the statement itself is only sent (mysql_send_query): the
/// caller waits for it with mysql_read_query_result, where a cancel can reach it.
[[nodiscard]] std::optional<ClientError> sendBoundTextQuery(MYSQL *mysql, std::string_view sql,
                                                            const std::vector<BoundValue> &values);

/**
 * Interrupts the statement running on one session's connection from any thread, by opening a
 * second connection with the same spec and sending KILL QUERY for the session's connection id.
 * Shared (shared_ptr) by a session and the readers/writers it opened. Thread-safe.
 */
class QueryKiller
{
public:
    QueryKiller(ConnectionSpec spec, uint64_t connectionId)
        : m_spec(std::move(spec)), m_connectionId(connectionId)
    {
    }
    /// Blocks for one connect and one statement; failures are ignored (nothing else to do).
    void killQuery();

private:
    const ConnectionSpec m_spec;
    const uint64_t m_connectionId;
    std::mutex m_mutex;
};

/// Which end of the data path a session is; decides timeouts and session variables.
enum class SessionRole { Source, Target };

/// An opened, configured session connection.
struct SessionConnection
{
    std::unique_ptr<Connection> connection;
    ServerVersion version;
    uint64_t connectionId = 0;
    std::string database; ///< DATABASE(), "" when none is selected
};

/**
 * Opens and configures a session: utf8mb4, time_zone '+00:00', sql_mode, and for a Source a
 * long net_write_timeout (a reader may wait on a full queue); for a Target foreign_key_checks
 * off and LOAD DATA LOCAL allowed. Connect failures come back diagnosed
 * (ConnectionDiagnosis::toError); an unsupported server version is refused.
 */
[[nodiscard]] Result<SessionConnection> openSessionConnection(const ConnectionSpec &spec,
                                                              SessionRole role);

/// True while the connection is inside a transaction (the server's status flag, so it also
/// knows about the implicit commit of DDL statements).
[[nodiscard]] bool inTransaction(MYSQL *mysql);

/// A batch whose column count (columns) is not the one a reader makes or a writer takes
/// (expected): Internal, FailTable; message's %1 is location, %2 columns and %3 expected.
[[nodiscard]] Error columnCountError(const QString &message, const std::string &location,
                                     size_t columns, size_t expected);

/// "`db`.`table`" for messages' location fields.
[[nodiscard]] std::string tableLocation(std::string_view schema, std::string_view table);

} // namespace ferry::mysql::detail
