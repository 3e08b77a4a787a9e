// SPDX-License-Identifier: MIT
#include "engine/connectors/mysql/mysql_connection.h"

#include "engine/core/tr.h"

#include <mysql.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <memory>
#include <mutex>

#include <poll.h>

namespace ferry::mysql {

namespace {

/// The system CA directory, used for VERIFY_CA/VERIFY_IDENTITY when no ssl-ca is given.
constexpr const char *SystemCaDirectory = "/etc/ssl/certs";
constexpr unsigned int DefaultReadWriteTimeoutSeconds = 300;
/// Initial result buffer per column; longer values are fetched again at their full length.
constexpr unsigned long InitialColumnBuffer = 256;

void initializeLibrary()
{
    // mysql_init() would do this lazily, but not thread-safely.
    static std::once_flag once;
    std::call_once(once, [] { mysql_library_init(0, nullptr, nullptr); });
}

unsigned int secondsOption(const ConnectionSpec &spec, const std::string &key,
                           unsigned int fallback)
{
    const std::string text = spec.option(key);
    const int value = text.empty() ? 0 : std::atoi(text.c_str());
    return value > 0 ? unsigned(value) : fallback;
}

const char *nullIfEmpty(const std::string &text) { return text.empty() ? nullptr : text.c_str(); }

ClientError errorOf(MYSQL *mysql)
{
    return ClientError { mysql_errno(mysql), mysql_sqlstate(mysql), mysql_error(mysql) };
}

ClientError errorOf(MYSQL_STMT *statement)
{
    return ClientError { mysql_stmt_errno(statement), mysql_stmt_sqlstate(statement),
                         mysql_stmt_error(statement) };
}

/// Stack of the client's non-blocking context: generous, the TLS handshake runs on it (the
/// library's default of 60 KiB is tight for OpenSSL 3).
constexpr size_t NonBlockingStackSize = 1024 * 1024;

/// mysql_real_connect through the non-blocking API: the same connect, but this thread does
/// the waiting, so it can ask the watch about a server that has not said a word for
/// watch.silence, and give the connect up (as a timeout) when the watch says so.
MYSQL *connectWatched(MYSQL *mysql, const ConnectionSpec &spec, const char *password,
                      const char *socket, const GreetingWatch &watch)
{
    using Clock = std::chrono::steady_clock;
    MYSQL *connected = nullptr;
    int status = mysql_real_connect_start(
        &connected, mysql, nullIfEmpty(spec.host), nullIfEmpty(spec.user), password,
        nullIfEmpty(spec.database), unsigned(std::max(spec.port, 0)), socket, 0);
    std::optional<Clock::time_point> silentSince; // waiting for the server's first byte
    bool heard = false;
    bool watched = false;
    while (status != 0) {
        const Clock::time_point waitStart = Clock::now();
        std::optional<Clock::time_point> deadline;
        if (status & MYSQL_WAIT_TIMEOUT)
            deadline = waitStart + std::chrono::milliseconds(mysql_get_timeout_value_ms(mysql));
        const bool awaitingGreeting = (status & MYSQL_WAIT_READ) && !heard;
        if (awaitingGreeting && !silentSince)
            silentSince = waitStart;
        int ready = 0;
        while (ready == 0) {
            const bool watching = awaitingGreeting && !watched && watch.onSilence;
            std::optional<Clock::time_point> wakeAt = deadline;
            if (watching && (!wakeAt || *silentSince + watch.silence < *wakeAt))
                wakeAt = *silentSince + watch.silence;
            int timeout = -1;
            if (wakeAt) {
                const auto left
                    = std::chrono::ceil<std::chrono::milliseconds>(*wakeAt - Clock::now());
                timeout = int(std::clamp<long long>(left.count(), 0, 24 * 3600 * 1000));
            }
            pollfd descriptor {};
            descriptor.fd = mysql_get_socket(mysql);
            descriptor.events = short(((status & MYSQL_WAIT_READ) ? POLLIN : 0)
                                      | ((status & MYSQL_WAIT_WRITE) ? POLLOUT : 0)
                                      | ((status & MYSQL_WAIT_EXCEPT) ? POLLPRI : 0));
            const int polled = ::poll(&descriptor, 1, timeout);
            if (polled < 0) {
                if (errno == EINTR)
                    continue;
                ready = MYSQL_WAIT_TIMEOUT; // cannot wait: give up as a timeout
                break;
            }
            if (polled > 0) {
                if (descriptor.revents & (POLLIN | POLLHUP | POLLERR))
                    ready |= MYSQL_WAIT_READ;
                if (descriptor.revents & (POLLOUT | POLLHUP | POLLERR))
                    ready |= MYSQL_WAIT_WRITE;
                if (descriptor.revents & POLLPRI)
                    ready |= MYSQL_WAIT_EXCEPT;
                ready &= status;
                if (ready == 0) // POLLNVAL and the like: let the library find out
                    ready = status & (MYSQL_WAIT_READ | MYSQL_WAIT_WRITE | MYSQL_WAIT_EXCEPT);
                if (ready & MYSQL_WAIT_READ)
                    heard = true;
                if (ready == 0)
                    ready = MYSQL_WAIT_TIMEOUT;
                break;
            }
            const Clock::time_point now = Clock::now();
            if (deadline && now >= *deadline) {
                ready = MYSQL_WAIT_TIMEOUT;
                break;
            }
            if (watching && now >= *silentSince + watch.silence) {
                watched = true;
                if (watch.onSilence()) {
                    ready = MYSQL_WAIT_TIMEOUT;
                    break;
                }
            }
        }
        status = mysql_real_connect_cont(&connected, mysql, ready);
    }
    return connected;
}

struct StatementCloser
{
    void operator()(MYSQL_STMT *statement) const { mysql_stmt_close(statement); }
};
struct ResultFreer
{
    void operator()(MYSQL_RES *result) const { mysql_free_result(result); }
};

} // namespace

std::optional<SslMode> parseSslMode(std::string_view text)
{
    std::string mode(text);
    std::transform(mode.begin(), mode.end(), mode.begin(),
                   [](unsigned char c) { return c == '-' ? '_' : char(std::toupper(c)); });
    if (mode.empty() || mode == "PREFERRED")
        return SslMode::Preferred;
    if (mode == "DISABLED")
        return SslMode::Disabled;
    if (mode == "REQUIRED")
        return SslMode::Required;
    if (mode == "VERIFY_CA")
        return SslMode::VerifyCa;
    if (mode == "VERIFY_IDENTITY")
        return SslMode::VerifyIdentity;
    return std::nullopt;
}

Connection::~Connection()
{
    if (m_mysql)
        mysql_close(m_mysql);
}

std::optional<ClientError> Connection::open(const ConnectionSpec &spec, const GreetingWatch *watch)
{
    initializeLibrary();
    if (m_mysql) {
        mysql_close(m_mysql);
        m_mysql = nullptr;
    }
    const std::optional<SslMode> sslMode = parseSslMode(spec.option("ssl-mode"));
    if (!sslMode) {
        return ClientError { 0,
                             {},
                             EngineTr::tr("Unknown ssl-mode '%1'.")
                                 .arg(QString::fromStdString(spec.option("ssl-mode")))
                                 .toStdString() };
    }
    MYSQL *mysql = mysql_init(nullptr);
    if (!mysql)
        return ClientError { 2008, "HY000", "MySQL client ran out of memory" };

    // Option files first: Connector/C applies them at connect time, like the mysql CLI does.
    mysql_optionsv(mysql, MYSQL_READ_DEFAULT_GROUP, "client");
    const unsigned int connectTimeout = unsigned(spec.connectTimeoutSeconds());
    const unsigned int readTimeout
        = secondsOption(spec, "read_timeout", DefaultReadWriteTimeoutSeconds);
    const unsigned int writeTimeout
        = secondsOption(spec, "write_timeout", DefaultReadWriteTimeoutSeconds);
    mysql_optionsv(mysql, MYSQL_OPT_CONNECT_TIMEOUT, &connectTimeout);
    mysql_optionsv(mysql, MYSQL_OPT_READ_TIMEOUT, &readTimeout);
    mysql_optionsv(mysql, MYSQL_OPT_WRITE_TIMEOUT, &writeTimeout);
    mysql_optionsv(mysql, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    if (m_localInfileAllowed) {
        const unsigned int on = 1;
        mysql_optionsv(mysql, MYSQL_OPT_LOCAL_INFILE, &on);
    }

    // TLS. Connector/C 3.3: use_ssl (MYSQL_OPT_SSL_ENFORCE) asks for TLS when the server
    // offers it; a CA makes it verify the chain; VERIFY_SERVER_CERT adds the host name check.
    // Whether TLS was really negotiated is checked after connecting (REQUIRED and up).
    const std::string sslCa = spec.option("ssl-ca");
    const std::string sslCaPath = spec.option("ssl-capath");
    const std::string sslCert = spec.option("ssl-cert");
    const std::string sslKey = spec.option("ssl-key");
    if (*sslMode != SslMode::Disabled) {
        my_bool on = 1;
        mysql_optionsv(mysql, MYSQL_OPT_SSL_ENFORCE, &on);
        if (!sslCert.empty())
            mysql_optionsv(mysql, MYSQL_OPT_SSL_CERT, sslCert.c_str());
        if (!sslKey.empty())
            mysql_optionsv(mysql, MYSQL_OPT_SSL_KEY, sslKey.c_str());
        const bool verify = *sslMode == SslMode::VerifyCa || *sslMode == SslMode::VerifyIdentity;
        if (verify || !sslCa.empty() || !sslCaPath.empty()) {
            if (!sslCa.empty())
                mysql_optionsv(mysql, MYSQL_OPT_SSL_CA, sslCa.c_str());
            if (!sslCaPath.empty())
                mysql_optionsv(mysql, MYSQL_OPT_SSL_CAPATH, sslCaPath.c_str());
            else if (sslCa.empty())
                mysql_optionsv(mysql, MYSQL_OPT_SSL_CAPATH, SystemCaDirectory);
        }
        if (*sslMode == SslMode::VerifyIdentity)
            mysql_optionsv(mysql, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &on);
    }

    const std::string socket = spec.option("socket");
    const char *password = spec.password.isEmpty() ? nullptr : spec.password.reveal().c_str();
    size_t stackSize = NonBlockingStackSize;
    const bool nonBlocking = watch && mysql_optionsv(mysql, MYSQL_OPT_NONBLOCK, &stackSize) == 0;
    MYSQL *connected = nonBlocking
        ? connectWatched(mysql, spec, password, nullIfEmpty(socket), *watch)
        : mysql_real_connect(mysql, nullIfEmpty(spec.host), nullIfEmpty(spec.user), password,
                             nullIfEmpty(spec.database), unsigned(std::max(spec.port, 0)),
                             nullIfEmpty(socket), 0);
    if (!connected) {
        ClientError error = errorOf(mysql);
        mysql_close(mysql);
        return error;
    }
    if (*sslMode != SslMode::Disabled && *sslMode != SslMode::Preferred
        && !mysql_get_ssl_cipher(mysql)) {
        mysql_close(mysql);
        return ClientError {
            2026, "HY000", "TLS/SSL error: the server does not offer TLS, but ssl-mode requires it"
        };
    }
    m_mysql = mysql;
    return std::nullopt;
}

std::string Connection::serverVersionString() const
{
    if (!m_mysql)
        return {};
    const char *text = mysql_get_server_info(m_mysql);
    return text ? std::string(text) : std::string();
}

std::string Connection::tlsCipher() const
{
    if (!m_mysql)
        return {};
    const char *cipher = mysql_get_ssl_cipher(m_mysql);
    return cipher ? std::string(cipher) : std::string();
}

ClientError Connection::lastError() const { return m_mysql ? errorOf(m_mysql) : ClientError {}; }

Error Connection::queryError(std::string_view sql, const ClientError &error) const
{
    Error result;
    result.code = ErrorCode::QueryFailed;
    // Lost connections and deadlocks are worth another try; anything else fails the task.
    const bool transient = error.number == 2006 || error.number == 2013 || error.number == 1213
        || error.number == 1205;
    result.action = transient ? ErrorAction::Retry : ErrorAction::FailTask;
    result.message = EngineTr::tr("A query on the MySQL/MariaDB server failed.").toStdString();
    // Values are bound, so the statement text holds no data, only '?' placeholders.
    result.detail = error.detail() + "; statement: " + std::string(sql.substr(0, 400));
    result.hint = EngineTr::tr("Read the server's message above; a lost connection can be "
                               "retried.")
                      .toStdString();
    return result;
}

Result<TextResult> Connection::query(std::string_view sql,
                                     const std::vector<std::string> &parameters)
{
    if (!m_mysql) {
        return queryError(sql, ClientError { 2006, "HY000", "not connected" });
    }
    return parameters.empty() ? queryText(sql) : queryPrepared(sql, parameters);
}

Result<TextResult> Connection::queryText(std::string_view sql)
{
    TextResult result;
    if (mysql_real_query(m_mysql, sql.data(), sql.size()) != 0)
        return queryError(sql, errorOf(m_mysql));
    std::unique_ptr<MYSQL_RES, ResultFreer> rows(mysql_store_result(m_mysql));
    if (!rows) {
        if (mysql_field_count(m_mysql) != 0)
            return queryError(sql, errorOf(m_mysql));
        return result;
    }
    const unsigned int fieldCount = mysql_num_fields(rows.get());
    const MYSQL_FIELD *fields = mysql_fetch_fields(rows.get());
    for (unsigned int i = 0; i < fieldCount; ++i)
        result.columns.emplace_back(fields[i].name, fields[i].name_length);
    appendTextRows(rows.get(), result.rows);
    return result;
}

Result<TextResult> Connection::queryPrepared(std::string_view sql,
                                             const std::vector<std::string> &parameters)
{
    std::unique_ptr<MYSQL_STMT, StatementCloser> statement(mysql_stmt_init(m_mysql));
    if (!statement)
        return queryError(sql, errorOf(m_mysql));
    if (mysql_stmt_prepare(statement.get(), sql.data(), sql.size()) != 0)
        return queryError(sql, errorOf(statement.get()));
    if (mysql_stmt_param_count(statement.get()) != parameters.size()) {
        return queryError(
            sql, ClientError { 2034, "HY000", "parameter count does not match the statement" });
    }
    std::vector<MYSQL_BIND> parameterBinds(parameters.size());
    std::vector<unsigned long> parameterLengths(parameters.size());
    for (size_t i = 0; i < parameters.size(); ++i) {
        MYSQL_BIND &bind = parameterBinds[i];
        bind = MYSQL_BIND {};
        parameterLengths[i] = parameters[i].size();
        bind.buffer_type = MYSQL_TYPE_STRING;
        bind.buffer = const_cast<char *>(parameters[i].data());
        bind.buffer_length = parameters[i].size();
        bind.length = &parameterLengths[i];
    }
    if (mysql_stmt_bind_param(statement.get(), parameterBinds.data()) != 0)
        return queryError(sql, errorOf(statement.get()));
    if (mysql_stmt_execute(statement.get()) != 0)
        return queryError(sql, errorOf(statement.get()));
    return fetchPrepared(sql, statement.get());
}

Result<TextResult> Connection::fetchPrepared(std::string_view sql, MYSQL_STMT *statement)
{
    TextResult result;
    std::unique_ptr<MYSQL_RES, ResultFreer> metadata(mysql_stmt_result_metadata(statement));
    if (!metadata)
        return result; // no result set
    const unsigned int fieldCount = mysql_num_fields(metadata.get());
    const MYSQL_FIELD *fields = mysql_fetch_fields(metadata.get());
    for (unsigned int i = 0; i < fieldCount; ++i)
        result.columns.emplace_back(fields[i].name, fields[i].name_length);

    if (!fetchTextRows(statement, fieldCount, result.rows))
        return queryError(sql, errorOf(statement));
    return result;
}

void appendTextRows(MYSQL_RES *result, std::vector<TextRow> &rows)
{
    const unsigned int fieldCount = mysql_num_fields(result);
    while (MYSQL_ROW row = mysql_fetch_row(result)) {
        const unsigned long *lengths = mysql_fetch_lengths(result);
        TextRow textRow;
        textRow.reserve(fieldCount);
        for (unsigned int i = 0; i < fieldCount; ++i) {
            if (row[i])
                textRow.emplace_back(std::string(row[i], lengths[i]));
            else
                textRow.emplace_back(std::nullopt);
        }
        rows.push_back(std::move(textRow));
    }
}

bool fetchTextRows(MYSQL_STMT *statement, unsigned int fieldCount, std::vector<TextRow> &rows)
{
    std::vector<MYSQL_BIND> binds(fieldCount);
    std::vector<std::vector<char>> buffers(fieldCount, std::vector<char>(InitialColumnBuffer));
    std::vector<unsigned long> lengths(fieldCount);
    std::vector<my_bool> nulls(fieldCount);
    std::vector<my_bool> truncated(fieldCount);
    for (unsigned int i = 0; i < fieldCount; ++i) {
        MYSQL_BIND &bind = binds[i];
        bind = MYSQL_BIND {};
        bind.buffer_type = MYSQL_TYPE_STRING;
        bind.buffer = buffers[i].data();
        bind.buffer_length = buffers[i].size();
        bind.length = &lengths[i];
        bind.is_null = &nulls[i];
        bind.error = &truncated[i];
    }
    if (mysql_stmt_bind_result(statement, binds.data()) != 0
        || mysql_stmt_store_result(statement) != 0)
        return false;
    for (;;) {
        const int status = mysql_stmt_fetch(statement);
        if (status == MYSQL_NO_DATA)
            return true;
        if (status == 1)
            return false;
        TextRow row;
        row.reserve(fieldCount);
        for (unsigned int i = 0; i < fieldCount; ++i) {
            if (nulls[i]) {
                row.emplace_back(std::nullopt);
                continue;
            }
            if (lengths[i] <= buffers[i].size()) {
                row.emplace_back(std::string(buffers[i].data(), lengths[i]));
                continue;
            }
            // Longer than the buffer (MYSQL_DATA_TRUNCATED): fetch this column again in full.
            std::string value(lengths[i], '\0');
            unsigned long fullLength = 0;
            MYSQL_BIND bind {};
            bind.buffer_type = MYSQL_TYPE_STRING;
            bind.buffer = value.data();
            bind.buffer_length = value.size();
            bind.length = &fullLength;
            if (mysql_stmt_fetch_column(statement, &bind, i, 0) != 0)
                return false;
            value.resize(std::min<unsigned long>(fullLength, value.size()));
            row.emplace_back(std::move(value));
        }
        rows.push_back(std::move(row));
    }
}

} // namespace ferry::mysql
