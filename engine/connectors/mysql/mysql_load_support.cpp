// SPDX-License-Identifier: MIT
#include "engine/connectors/mysql/mysql_load_support.h"

#include "engine/core/dialect.h"
#include "engine/core/tr.h"

#include <algorithm>
#include <chrono>
#include <memory>

namespace ferry::mysql::detail {

namespace {

/// A reader may wait on a full queue for a long time while the server waits to send more;
/// cancellation goes through KILL QUERY, so a long server-side write timeout costs nothing.
constexpr const char *SourceNetWriteTimeoutSeconds = "86400";
/// Client read timeouts unless the spec sets read_timeout: index builds after a big load and
/// long scans before a filtered read's first row must not look like a dead server.
constexpr const char *SourceReadTimeoutSeconds = "3600";
constexpr const char *TargetReadTimeoutSeconds = "86400";

struct ResultFreer
{
    void operator()(MYSQL_RES *result) const { mysql_free_result(result); }
};

} // namespace

// --- PreparedStatement -------------------------------------------------------------------------

PreparedStatement::~PreparedStatement() { close(); }

void PreparedStatement::close()
{
    if (m_statement)
        mysql_stmt_close(m_statement);
    m_statement = nullptr;
}

bool PreparedStatement::prepare(MYSQL *mysql, std::string_view sql)
{
    close();
    m_ownError.reset();
    m_mysql = mysql;
    m_statement = mysql_stmt_init(mysql);
    if (!m_statement) {
        m_ownError = clientError(mysql);
        return false;
    }
    if (mysql_stmt_prepare(m_statement, sql.data(), sql.size()) != 0) {
        m_ownError = error();
        close();
        return false;
    }
    return true;
}

unsigned long PreparedStatement::parameterCount() const
{
    return m_statement ? mysql_stmt_param_count(m_statement) : 0;
}

bool PreparedStatement::execute(const BoundValue *values, size_t count)
{
    m_ownError.reset();
    if (!m_statement) {
        m_ownError = ClientError {2030, "HY000", "statement not prepared"};
        return false;
    }
    if (count != mysql_stmt_param_count(m_statement)) {
        m_ownError = ClientError {2034, "HY000", "parameter count does not match the statement"};
        return false;
    }
    m_binds.resize(count);
    m_lengths.resize(count);
    for (size_t i = 0; i < count; ++i) {
        const BoundValue &value = values[i];
        MYSQL_BIND &bind = m_binds[i];
        bind = MYSQL_BIND {};
        switch (value.kind) {
        case BoundValue::Kind::Null:
            bind.buffer_type = MYSQL_TYPE_NULL;
            break;
        case BoundValue::Kind::Text:
        case BoundValue::Kind::Binary:
        case BoundValue::Kind::Decimal:
            bind.buffer_type = value.kind == BoundValue::Kind::Text ? MYSQL_TYPE_STRING
                : value.kind == BoundValue::Kind::Binary             ? MYSQL_TYPE_BLOB
                                                                     : MYSQL_TYPE_NEWDECIMAL;
            bind.buffer = const_cast<char *>(value.text.data());
            bind.buffer_length = static_cast<unsigned long>(value.text.size());
            m_lengths[i] = bind.buffer_length;
            bind.length = &m_lengths[i];
            break;
        case BoundValue::Kind::Int64:
            bind.buffer_type = MYSQL_TYPE_LONGLONG;
            bind.buffer = const_cast<int64_t *>(&value.integer);
            break;
        }
    }
    if (count > 0 && mysql_stmt_bind_param(m_statement, m_binds.data()) != 0)
        return false;
    return mysql_stmt_execute(m_statement) == 0;
}

bool PreparedStatement::fetchAll(std::vector<load::TextRow> *rows)
{
    std::unique_ptr<MYSQL_RES, ResultFreer> metadata(mysql_stmt_result_metadata(m_statement));
    if (!metadata)
        return true; // no result set
    const unsigned int fieldCount = mysql_num_fields(metadata.get());
    if (!fetchTextRows(m_statement, fieldCount, *rows))
        return false;
    mysql_stmt_free_result(m_statement);
    return true;
}

uint64_t PreparedStatement::affectedRows() const
{
    return m_statement ? mysql_stmt_affected_rows(m_statement) : 0;
}

ClientError PreparedStatement::error() const
{
    if (m_ownError)
        return *m_ownError;
    if (!m_statement)
        return m_mysql ? clientError(m_mysql) : ClientError {2006, "HY000", "not connected"};
    return ClientError {mysql_stmt_errno(m_statement), mysql_stmt_sqlstate(m_statement),
                        mysql_stmt_error(m_statement)};
}

// --- errors ------------------------------------------------------------------------------------

ClientError clientError(MYSQL *mysql)
{
    return ClientError {mysql_errno(mysql), mysql_sqlstate(mysql), mysql_error(mysql)};
}

bool isConnectionLost(unsigned int number)
{
    // CR_SERVER_GONE_ERROR, CR_SERVER_LOST, CR_SERVER_LOST_EXTENDED, ER_SERVER_SHUTDOWN,
    // MariaDB ER_CONNECTION_KILLED, MySQL ER_CLIENT_INTERACTION_TIMEOUT, and
    // CR_SSL_CONNECTION_ERROR, which is how a connection that drops under TLS reports itself
    // (sessions classify errors only after connecting; at connect time 2026 is a TLS set-up
    // failure).
    return number == 2006 || number == 2013 || number == 2055 || number == 1053 || number == 1927
        || number == 4031 || number == 2026;
}

bool isTransient(unsigned int number)
{
    return isConnectionLost(number) || number == 1213 || number == 1205;
}

bool isInterrupted(unsigned int number) { return number == 1317; }

bool isMissingPrivilege(unsigned int number)
{
    // ER_DBACCESS_DENIED_ERROR, ER_ACCESS_DENIED_ERROR, ER_TABLEACCESS_DENIED_ERROR,
    // ER_COLUMNACCESS_DENIED_ERROR, ER_SPECIFIC_ACCESS_DENIED_ERROR, ER_PROCACCESS_DENIED_ERROR,
    // ER_KILL_DENIED_ERROR.
    return number == 1044 || number == 1045 || number == 1142 || number == 1143 || number == 1227
        || number == 1370 || number == 1095;
}

bool isReadOnlyServer(unsigned int number)
{
    // ER_OPTION_PREVENTS_STATEMENT (--read-only), ER_READ_ONLY_MODE.
    return number == 1290 || number == 1836;
}

Error statementError(const std::string &message, const ClientError &error,
                     std::string_view statement, ErrorAction otherwise, const std::string &location)
{
    Error result;
    result.code = ErrorCode::QueryFailed;
    result.action = otherwise;
    result.message = message;
    result.detail = error.detail();
    if (!statement.empty())
        result.detail += "; statement: " + std::string(statement.substr(0, 400));
    result.location = location;
    if (isInterrupted(error.number)) {
        Error cancelled = cancelledError(location);
        cancelled.detail = std::move(result.detail);
        return cancelled;
    }
    if (isConnectionLost(error.number)) {
        result.code = ErrorCode::ConnectionFailed;
        result.action = ErrorAction::Retry;
        result.hint = EngineTr::tr("The connection to the server was lost; the work is retried "
                                   "on a new connection.")
                          .toStdString();
    } else if (isTransient(error.number)) {
        result.action = ErrorAction::Retry;
        result.hint
            = EngineTr::tr("A deadlock or lock wait timeout; the work is retried.").toStdString();
    } else if (isMissingPrivilege(error.number)) {
        result.code = ErrorCode::MissingPrivilege;
        result.action = ErrorAction::FixConfiguration;
        result.hint = EngineTr::tr("Grant the connecting user the privilege named in the detail.")
                          .toStdString();
    } else if (isReadOnlyServer(error.number)) {
        result.action = ErrorAction::FixConfiguration;
        result.hint = EngineTr::tr("The server is read-only; connect to a writable server or "
                                   "turn read_only off.")
                          .toStdString();
    } else if (error.number == 1049) {
        result.code = ErrorCode::DatabaseNotFound;
        result.action = ErrorAction::FixConfiguration;
        result.hint = EngineTr::tr("Create the database or correct its name in the endpoint.")
                          .toStdString();
    } else {
        result.hint = EngineTr::tr("Read the server's message above.").toStdString();
    }
    return result;
}

std::optional<ClientError> runText(MYSQL *mysql, std::string_view sql)
{
    if (mysql_real_query(mysql, sql.data(), static_cast<unsigned long>(sql.size())) != 0)
        return clientError(mysql);
    // Drain any result so the connection is ready for the next statement.
    if (MYSQL_RES *result = mysql_store_result(mysql))
        mysql_free_result(result);
    else if (mysql_field_count(mysql) != 0)
        return clientError(mysql);
    return std::nullopt;
}

namespace {

std::optional<ClientError> boundTextQuery(MYSQL *mysql, std::string_view sql,
                                          const std::vector<BoundValue> &values, bool sendOnly)
{
    auto issue = [&](std::string_view statement) -> std::optional<ClientError> {
        const auto length = static_cast<unsigned long>(statement.size());
        const int status = sendOnly ? mysql_send_query(mysql, statement.data(), length)
                                    : mysql_real_query(mysql, statement.data(), length);
        if (status != 0)
            return clientError(mysql);
        return std::nullopt;
    };
    if (values.empty())
        return issue(sql);
    std::string set = "SET @ferry_sql = ?";
    std::string execute = "EXECUTE ferry_statement USING ";
    std::vector<BoundValue> bound;
    bound.reserve(values.size() + 1);
    bound.push_back(BoundValue::ofText(sql));
    for (size_t i = 0; i < values.size(); ++i) {
        const std::string variable = "@ferry_p" + std::to_string(i + 1);
        set += ", " + variable + " = ?";
        execute += (i == 0 ? "" : ", ") + variable;
        bound.push_back(values[i]);
    }
    PreparedStatement statement;
    if (!statement.prepare(mysql, set) || !statement.execute(bound))
        return statement.error();
    statement.close();
    if (auto error = runText(mysql, "PREPARE ferry_statement FROM @ferry_sql"))
        return error;
    return issue(execute);
}

} // namespace

std::optional<ClientError> startBoundTextQuery(MYSQL *mysql, std::string_view sql,
                                               const std::vector<BoundValue> &values)
{
    return boundTextQuery(mysql, sql, values, false);
}

std::optional<ClientError> sendBoundTextQuery(MYSQL *mysql, std::string_view sql,
                                              const std::vector<BoundValue> &values)
{
    return boundTextQuery(mysql, sql, values, true);
}

// --- QueryKiller -------------------------------------------------------------------------------

void QueryKiller::killQuery()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    Connection connection;
    if (connection.open(m_spec))
        return;
    // The id is our own integer from CONNECTION_ID(), not user data; KILL takes no parameter.
    const std::string sql = "KILL QUERY " + std::to_string(m_connectionId);
    (void)runText(connection.handle(), sql);
}

// --- sessions ----------------------------------------------------------------------------------

Result<SessionConnection> openSessionConnection(const ConnectionSpec &original, SessionRole role)
{
    ConnectionSpec spec = original;
    if (spec.option("read_timeout").empty()) {
        spec.options["read_timeout"]
            = role == SessionRole::Source ? SourceReadTimeoutSeconds : TargetReadTimeoutSeconds;
    }
    SessionConnection session;
    session.connection = std::make_unique<Connection>();
    session.connection->setLocalInfileAllowed(role == SessionRole::Target);
    const auto start = std::chrono::steady_clock::now();
    if (auto error = session.connection->open(spec)) {
        return diagnoseConnectError(*error, spec,
                                    std::chrono::duration_cast<std::chrono::milliseconds>(
                                        std::chrono::steady_clock::now() - start))
            .toError();
    }
    session.version = parseServerVersion(session.connection->serverVersionString());
    if (!isSupportedServerVersion(session.version))
        return diagnoseUnsupportedVersion(session.version, spec).toError();

    MYSQL *mysql = session.connection->handle();
    std::string setup = "SET time_zone = '+00:00'";
    if (role == SessionRole::Source) {
        // No NO_ZERO_DATE and no PAD_CHAR_TO_FULL_LENGTH: values come out as stored.
        setup += ", sql_mode = 'NO_ENGINE_SUBSTITUTION', net_write_timeout = ";
        setup += SourceNetWriteTimeoutSeconds;
        // A server-wide statement time limit would cut a long read short.
        if (session.version.mariaDb && session.version.atLeast(10, 1))
            setup += ", max_statement_time = 0";
        else if (!session.version.mariaDb && session.version.atLeast(5, 7, 8))
            setup += ", max_execution_time = 0";
    } else {
        // Zero dates are allowed on a MySQL target (a MySQL source's '0000-00-00' stays);
        // STRICT_ALL_TABLES turns bad values into errors for INSERT (LOAD DATA LOCAL still
        // downgrades them to warnings, which the writer checks). Foreign keys are created after
        // the load, and checking them row by row while loading in any order would fail.
        // max_error_count: SHOW WARNINGS lists all of a batch's warnings (see the writer).
        setup += ", sql_mode = 'STRICT_ALL_TABLES,NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION'"
                 ", foreign_key_checks = 0, max_error_count = 65535";
    }
    const std::string location = serverLocation(original);
    const std::string message
        = EngineTr::tr("Setting up the session on %1 failed.").arg(qs(location)).toStdString();
    if (auto error = runText(mysql, setup))
        return statementError(message, *error, setup, ErrorAction::FailTask, location);
    const std::string identify = "SELECT CONNECTION_ID(), DATABASE()";
    if (mysql_real_query(mysql, identify.data(), static_cast<unsigned long>(identify.size()))
        != 0) {
        return statementError(message, clientError(mysql), identify, ErrorAction::FailTask,
                              location);
    }
    std::unique_ptr<MYSQL_RES, ResultFreer> result(mysql_store_result(mysql));
    if (MYSQL_ROW row = result ? mysql_fetch_row(result.get()) : nullptr) {
        session.connectionId = row[0] ? std::stoull(row[0]) : 0;
        session.database = row[1] ? row[1] : "";
    }
    return session;
}

bool inTransaction(MYSQL *mysql)
{
    unsigned int status = 0;
    if (mariadb_get_infov(mysql, MARIADB_CONNECTION_SERVER_STATUS, &status) != 0)
        return false;
    return (status & SERVER_STATUS_IN_TRANS) != 0;
}

Error columnCountError(const QString &message, const std::string &location, size_t columns,
                       size_t expected)
{
    Error error;
    error.code = ErrorCode::Internal;
    error.action = ErrorAction::FailTable;
    error.message = message.arg(qs(location)).arg(columns).arg(expected).toStdString();
    error.location = location;
    return error;
}

std::string tableLocation(std::string_view schema, std::string_view table)
{
    return schema.empty() ? std::string(table) : std::string(schema) + "." + std::string(table);
}

} // namespace ferry::mysql::detail
