// SPDX-License-Identifier: MIT
#include "engine/connectors/postgres/postgres_session.h"

#include <libpq-fe.h>

#include <cerrno>
#include <chrono>
#include <clocale>
#include <locale.h>
#include <poll.h>

namespace ferry::postgres {

namespace {

/// libpq's own messages (and strerror texts) in English on this thread only, so failures are
/// classified the same whatever the user's locale; the server's messages are not affected.
class EnglishMessages
{
public:
    EnglishMessages()
    {
        locale_t base = duplocale(LC_GLOBAL_LOCALE);
        m_locale = base ? newlocale(LC_MESSAGES_MASK, "C", base) : nullptr;
        if (!m_locale && base)
            freelocale(base);
        if (m_locale)
            m_previous = uselocale(m_locale);
    }
    ~EnglishMessages()
    {
        if (m_locale) {
            uselocale(m_previous);
            freelocale(m_locale);
        }
    }
    EnglishMessages(const EnglishMessages &) = delete;
    EnglishMessages &operator=(const EnglishMessages &) = delete;

private:
    locale_t m_locale = nullptr;
    locale_t m_previous = nullptr;
};

struct ConnectOutcome
{
    PGconn *conn = nullptr; ///< open connection on success, null otherwise
    ConnectFailure failure;
};

/// PQconnectStart + PQconnectPoll with verbose errors (so the server's SQLSTATE reaches us)
/// and our own deadline (libpq's connect_timeout only applies to the blocking calls).
ConnectOutcome connectWithDeadline(const std::string &conninfo, int timeoutSeconds)
{
    EnglishMessages english;
    ConnectOutcome outcome;
    PGconn *conn = PQconnectStart(conninfo.c_str());
    if (!conn) {
        outcome.failure.text = "out of memory allocating the connection";
        return outcome;
    }
    PQsetErrorVerbosity(conn, PQERRORS_VERBOSE);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSeconds);
    PostgresPollingStatusType status
        = PQstatus(conn) == CONNECTION_BAD ? PGRES_POLLING_FAILED : PGRES_POLLING_WRITING;
    while (status != PGRES_POLLING_OK && status != PGRES_POLLING_FAILED) {
        const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (remaining.count() <= 0) {
            outcome.failure.timedOut = true;
            break;
        }
        pollfd descriptor {};
        descriptor.fd = PQsocket(conn);
        descriptor.events = status == PGRES_POLLING_READING ? POLLIN : POLLOUT;
        const int ready = ::poll(&descriptor, 1, int(remaining.count()));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0) {
            outcome.failure.timedOut = true;
            break;
        }
        status = PQconnectPoll(conn);
    }
    if (status == PGRES_POLLING_OK && PQstatus(conn) == CONNECTION_OK) {
        PQsetErrorVerbosity(conn, PQERRORS_DEFAULT);
        outcome.conn = conn;
        return outcome;
    }
    if (!outcome.failure.timedOut) {
        const char *message = PQerrorMessage(conn);
        outcome.failure.text = message ? message : "";
        outcome.failure.sqlstate = extractSqlState(outcome.failure.text);
    } else {
        outcome.failure.text
            = "no answer from the server within " + std::to_string(timeoutSeconds) + " seconds";
    }
    PQfinish(conn);
    return outcome;
}

/// Hands an already open libpq connection to libpqxx, once; never reconnects behind our back
/// (a broken connection stays broken and surfaces as pqxx::broken_connection).
class AdoptPolicy final : public pqxx::connectionpolicy
{
public:
    explicit AdoptPolicy(PGconn *conn) : pqxx::connectionpolicy(std::string()), m_conn(conn) { }
    handle do_startconnect(handle orig) override
    {
        if (orig)
            return orig;
        handle adopted = m_conn;
        m_conn = nullptr;
        return adopted;
    }

private:
    handle m_conn;
};

} // namespace

class Session::Adopted final : public pqxx::connection_base
{
public:
    explicit Adopted(PGconn *conn) : pqxx::connection_base(m_policy), m_policy(conn) { init(); }
    ~Adopted() { close(); }

private:
    AdoptPolicy m_policy;
};

Session::~Session() = default;

std::unique_ptr<Session> Session::open(const ConnectionSpec &spec, ConnectionDiagnosis *failure)
{
    std::string conninfo = buildConninfo(spec);
    ConnectOutcome outcome = connectWithDeadline(conninfo, spec.connectTimeoutSeconds());
    // The conninfo holds the password: do not leave it in freed memory.
    for (char &c : conninfo)
        *static_cast<volatile char *>(&c) = 0;
    if (!outcome.conn) {
        if (failure) {
            // A port that answers in another protocol (MySQL's greeting read as the answer to
            // the SSLRequest): find out what it speaks, so the diagnosis can say so.
            if (mayBeAnotherProtocol(outcome.failure) && isProbeableHost(spec.host)) {
                outcome.failure.probe
                    = probeProtocol(spec.host, spec.port > 0 ? spec.port : DefaultPort);
            }
            *failure = describeConnectFailure(spec, outcome.failure);
        }
        return nullptr;
    }
    std::unique_ptr<Session> session(new Session);
    session->m_serverVersion = PQserverVersion(outcome.conn);
    const char *version = PQparameterStatus(outcome.conn, "server_version");
    session->m_serverVersionText
        = version ? version : formatServerVersion(session->m_serverVersion);
    const char *database = PQdb(outcome.conn);
    session->m_database = database ? database : "";
    if (!isSupportedServerVersion(session->m_serverVersion)) {
        // libpqxx refuses very old servers itself; report the version before it gets the chance.
        if (failure) {
            *failure = unsupportedVersionDiagnosis(spec, session->m_serverVersion,
                                                   session->m_serverVersionText);
        }
        PQfinish(outcome.conn);
        return nullptr;
    }
    try {
        session->m_connection = std::make_unique<Adopted>(outcome.conn);
        session->m_handle = outcome.conn;
    } catch (const std::exception &exception) {
        // Only libpqxx's own start-up checks can throw here (the version was checked above);
        // the handle is then already in libpqxx's hands.
        if (failure) {
            ConnectFailure adoptFailure;
            adoptFailure.text = exception.what();
            *failure = describeConnectFailure(spec, adoptFailure);
        }
        return nullptr;
    }
    return session;
}

pqxx::connection_base &Session::connection() { return *m_connection; }

std::string describeException(const std::exception &exception)
{
    std::string text = exception.what();
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    if (const auto *sqlError = dynamic_cast<const pqxx::sql_error *>(&exception)) {
        if (!sqlError->sqlstate().empty())
            text += " (SQLSTATE " + sqlError->sqlstate() + ")";
    }
    return text;
}

} // namespace ferry::postgres
