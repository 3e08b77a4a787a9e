// SPDX-License-Identifier: MIT
#include "engine/connectors/postgres/postgres_load.h"

#include "engine/connectors/postgres/postgres_copy_text.h"
#include "engine/connectors/postgres/postgres_diagnosis.h"
#include "engine/connectors/postgres/postgres_load_sql.h"
#include "engine/connectors/postgres/postgres_session.h"
#include "engine/connectors/postgres/postgres_sql.h"
#include "engine/convert/ddl/postgres_ddl_writer.h"
#include "engine/convert/lexer/postgres_lexer.h"
#include "engine/core/tr.h"
#include "engine/load/where_clause.h"

#include <libpq-fe.h>

#include <algorithm>
#include <cctype>
#include <atomic>
#include <charconv>
#include <cstring>
#include <map>
#include <set>
#include <utility>

namespace ferry::postgres {

namespace {

using load::BatchLimits;
using load::ColumnFilter;
using load::KeyBounds;
using load::KeyRange;
using load::ReadRequest;
using load::RejectedRow;
using load::RowBatch;
using load::TargetTable;
using load::TextRow;
using load::WriteRequest;

constexpr Dialect Pg = Dialect::PostgreSql;

/// Every CREATE, ALTER and DROP this connector sends is written by its DDL writer.
const convert::PostgresDdlWriter &writer() { return convert::postgresDdlWriter(); }

/// COPY FROM data goes to libpq in pieces of about this size (one row may overshoot it).
constexpr size_t CopyChunkBytes = 1u << 20;
/// After this many rejected rows in one batch, the rest of the batch is tried in small
/// segments, so a batch of bad rows costs linear, not quadratic, COPY traffic.
constexpr size_t RejectionsBeforeSmallSegments = 16;
constexpr size_t SmallSegmentRows = 64;

struct ResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

std::string trimmed(const char *text)
{
    std::string value = text ? text : "";
    while (!value.empty() && (value.back() == '\n' || value.back() == ' '))
        value.pop_back();
    return value;
}

std::string field(const PGresult *result, int code)
{
    const char *value = result ? PQresultErrorField(result, code) : nullptr;
    return value ? std::string(value) : std::string();
}

/// What the server (or libpq) said about a failed statement.
struct ServerError
{
    std::string sqlstate;
    std::string message;
    std::string detail;
    std::string hint;
    std::string context;
    std::string column;
    bool connectionLost = false;
};

ServerError readServerError(PGconn *conn, const PGresult *result)
{
    ServerError error;
    error.sqlstate = field(result, PG_DIAG_SQLSTATE);
    error.message = field(result, PG_DIAG_MESSAGE_PRIMARY);
    error.detail = field(result, PG_DIAG_MESSAGE_DETAIL);
    error.hint = field(result, PG_DIAG_MESSAGE_HINT);
    error.context = field(result, PG_DIAG_CONTEXT);
    error.column = field(result, PG_DIAG_COLUMN_NAME);
    if (error.message.empty() && result)
        error.message = trimmed(PQresultErrorMessage(result));
    if (error.message.empty())
        error.message = trimmed(PQerrorMessage(conn));
    error.connectionLost = PQstatus(conn) == CONNECTION_BAD || error.sqlstate.rfind("08", 0) == 0;
    return error;
}

std::string describe(const ServerError &error)
{
    std::string text = error.message;
    if (!error.sqlstate.empty())
        text += " (SQLSTATE " + error.sqlstate + ")";
    if (!error.detail.empty())
        text += ". " + error.detail;
    return text;
}

bool isCancel(const ServerError &error) { return error.sqlstate == "57014"; }

/// Errors that belong to one row (bad value, constraint), so the rest of the batch can load.
bool isRowError(const std::string &sqlstate)
{
    return sqlstate.rfind("22", 0) == 0 || sqlstate.rfind("23", 0) == 0 || sqlstate == "42804"
        || sqlstate == "54000";
}

/// The error for a failed statement, classified once here (STYLE §9).
Error classify(const ServerError &server, std::string message, const std::string &location)
{
    Error error;
    error.message = std::move(message);
    error.detail = describe(server);
    error.location = location;
    if (server.connectionLost || server.sqlstate == "57P01" || server.sqlstate == "57P02"
        || server.sqlstate == "57P03") {
        error.code = ErrorCode::ConnectionFailed;
        error.action = ErrorAction::Retry;
        error.hint
            = EngineTr::tr("The connection to PostgreSQL was lost; the work is retried on a new "
                           "connection.")
                  .toStdString();
    } else if (isCancel(server)) {
        Error cancelled = cancelledError(location);
        cancelled.detail = std::move(error.detail);
        return cancelled;
    } else if (server.sqlstate == "40001" || server.sqlstate == "40P01") {
        error.code = ErrorCode::QueryFailed;
        error.action = ErrorAction::Retry;
        error.hint = EngineTr::tr("A serialization failure or deadlock; the work is retried.")
                         .toStdString();
    } else if (server.sqlstate == "42501") {
        error.code = ErrorCode::MissingPrivilege;
        error.action = ErrorAction::FixConfiguration;
        error.hint = EngineTr::tr("Grant the connecting role the privilege named in the detail.")
                         .toStdString();
    } else {
        error.code = ErrorCode::QueryFailed;
        error.action = ErrorAction::FailTable;
        error.hint = server.hint;
    }
    return error;
}

std::string displayName(const std::string &schema, const std::string &table)
{
    return schema.empty() ? table : schema + "." + table;
}

std::optional<int64_t> parseInt64(const char *text)
{
    int64_t value = 0;
    const char *end = text + std::strlen(text);
    const auto result = std::from_chars(text, end, value);
    if (result.ec != std::errc() || result.ptr != end)
        return std::nullopt;
    return value;
}

void discardNotice(void *, const char *) { }

/**
 * One libpq connection of a data-path session, with the statements every session needs.
 * Thread: the owning session's thread, except cancel() (PQcancel is thread-safe).
 */
class Connection
{
public:
    ~Connection()
    {
        if (m_cancel)
            PQfreeCancel(m_cancel);
    }

    static Result<std::unique_ptr<Connection>> open(const ConnectionSpec &spec)
    {
        ConnectionDiagnosis failure;
        std::unique_ptr<Session> session = Session::open(spec, &failure);
        if (!session) {
            Error error = failure.toError();
            error.location = describeServer(spec);
            return error;
        }
        std::unique_ptr<Connection> connection(new Connection);
        connection->m_session = std::move(session);
        connection->m_conn = connection->m_session->handle();
        connection->m_location = describeServer(spec);
        connection->m_cancel = PQgetCancel(connection->m_conn);
        PQsetNoticeProcessor(connection->m_conn, discardNotice, nullptr);
        // The canonical text forms assume these settings (engine/load/canonical_text.h).
        Result<void> set = connection->command(
            "SET client_encoding = 'UTF8'; SET DateStyle = 'ISO'; "
            "SET IntervalStyle = 'postgres'; SET TimeZone = 'UTC'; "
            "SET extra_float_digits = 3; SET bytea_output = 'hex'",
            EngineTr::tr("Could not prepare the PostgreSQL session.").toStdString());
        if (!set)
            return set.error();
        return connection;
    }

    PGconn *handle() const { return m_conn; }
    const Session &session() const { return *m_session; }
    const std::string &server() const { return m_location; }

    /// Any thread: asks the server to cancel the statement in progress.
    void cancelStatement() const
    {
        char buffer[256];
        if (m_cancel)
            PQcancel(m_cancel, buffer, sizeof buffer);
    }

    /// Runs sql with text parameters (nullopt = NULL). Succeeds on COMMAND_OK or TUPLES_OK.
    Result<ResultPtr> run(const std::string &sql, const TextRow &parameters,
                          const std::string &message, const std::string &location = {})
    {
        std::vector<const char *> values;
        values.reserve(parameters.size());
        for (const std::optional<std::string> &parameter : parameters)
            values.push_back(parameter ? parameter->c_str() : nullptr);
        ResultPtr result(PQexecParams(m_conn, sql.c_str(), int(values.size()), nullptr,
                                      values.data(), nullptr, nullptr, 0));
        return check(std::move(result), message, location);
    }

    /// run() failing with message, whose %1 is location.
    Result<ResultPtr> runAt(const std::string &sql, const TextRow &parameters,
                            const std::string &location, const QString &message)
    {
        return run(sql, parameters, message.arg(qs(location)).toStdString(), location);
    }

    /// Runs one or more statements without parameters (simple query protocol).
    Result<void> command(const std::string &sql, const std::string &message,
                         const std::string &location = {})
    {
        Result<ResultPtr> result = check(ResultPtr(PQexec(m_conn, sql.c_str())), message, location);
        if (!result)
            return result.error();
        return {};
    }

    /// Reads every remaining result of the statement in progress; the first error, if any.
    std::optional<ServerError> finishResults()
    {
        std::optional<ServerError> error;
        while (PGresult *raw = PQgetResult(m_conn)) {
            ResultPtr result(raw);
            const ExecStatusType status = PQresultStatus(raw);
            if (status == PGRES_COPY_IN) {
                PQputCopyEnd(m_conn, "unexpected COPY FROM STDIN");
            } else if (status == PGRES_COPY_OUT) {
                char *buffer = nullptr;
                while (PQgetCopyData(m_conn, &buffer, 0) > 0)
                    PQfreemem(buffer);
            } else if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && !error) {
                error = readServerError(m_conn, raw);
            }
            if (PQstatus(m_conn) == CONNECTION_BAD)
                break;
        }
        return error;
    }

    bool isOpen() const { return PQstatus(m_conn) == CONNECTION_OK; }

    /// Set while a reader streams COPY data: the connection takes no other statement.
    bool busy = false;

private:
    Connection() = default;

    Result<ResultPtr> check(ResultPtr result, const std::string &message,
                            const std::string &location)
    {
        const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
            return result;
        ServerError error = readServerError(m_conn, result.get());
        if (status == PGRES_COPY_IN || status == PGRES_COPY_OUT) {
            result.reset();
            finishResults();
            error.message = "unexpected COPY statement";
        }
        return classify(error, message, location);
    }

    std::unique_ptr<Session> m_session;
    PGconn *m_conn = nullptr;
    PGcancel *m_cancel = nullptr;
    std::string m_location;
};

/// The columns of table $2 in schema $1 ("": the current schema) with their types (t; domains
/// resolved to their base type) and the types' schemas (tn).
constexpr const char *ColumnTypesFrom
    = "FROM pg_catalog.pg_attribute a "
      "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
      "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
      "JOIN pg_catalog.pg_type t0 ON t0.oid = a.atttypid "
      "JOIN pg_catalog.pg_type t ON t.oid = CASE WHEN t0.typtype = 'd' "
      "    THEN t0.typbasetype ELSE t0.oid END "
      "JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace ";
constexpr const char *ColumnTypesWhere
    = "WHERE n.nspname = coalesce(nullif($1, ''), current_schema()) AND c.relname = $2 "
      "  AND a.attnum > 0 AND NOT a.attisdropped";

/// PostgreSQL's typmod-free types of a table's columns, for casting bound filter values and key
/// bounds: a cast to "varchar(10)" or "numeric(5,2)" would silently cut or round the value, and
/// a cast to "character" or "bit" means length 1. Domains resolve to their base type.
Result<std::map<std::string, std::string>> filterCastTypes(Connection &connection,
                                                           const std::string &schema,
                                                           const std::string &table,
                                                           const std::vector<ColumnFilter> &filters,
                                                           const std::optional<KeyRange> &range)
{
    std::map<std::string, std::string> types;
    std::vector<std::string> names;
    for (const ColumnFilter &filter : filters) {
        if (!filter.anyOf.empty())
            names.push_back(filter.column);
    }
    if (range && (range->lowerExclusive || range->upperInclusive)) {
        for (const load::ReadColumn &column : range->columns)
            names.push_back(column.name);
    }
    if (names.empty())
        return types;
    Result<ResultPtr> result
        = connection.runAt(std::string("SELECT a.attname, tn.nspname, t.typname ") + ColumnTypesFrom
                               + ColumnTypesWhere + " AND a.attname = ANY ($3::text[])",
                           {schema, table, textArrayLiteral(names)}, displayName(schema, table),
                           EngineTr::tr("Could not read the column types of %1 for its filters."));
    if (!result)
        return result.error();
    PGresult *rows = result->get();
    for (int row = 0; row < PQntuples(rows); ++row) {
        types[PQgetvalue(rows, row, 0)]
            = quoteQualified(Pg, PQgetvalue(rows, row, 1), PQgetvalue(rows, row, 2));
    }
    return types;
}

/// How each column of a write request takes canonical text, from its type on the server;
/// empty when none needs a conversion (or the table is missing: COPY then says so).
Result<std::vector<CopyInput>> copyInputs(Connection &connection, const WriteRequest &request)
{
    Result<ResultPtr> result = connection.runAt(
        std::string("SELECT a.attname, tn.nspname, t.typname, t.typcategory = 'A', "
                    "    coalesce(e.typdelim, ','), coalesce(en.nspname, ''), "
                    "    coalesce(e.typname, '') ")
            + ColumnTypesFrom
            + "LEFT JOIN pg_catalog.pg_type e ON e.oid = t.typelem AND t.typcategory = 'A' "
              "LEFT JOIN pg_catalog.pg_namespace en ON en.oid = e.typnamespace "
            + ColumnTypesWhere,
        {request.schema, request.table}, displayName(request.schema, request.table),
        EngineTr::tr("Could not read the column types of %1."));
    if (!result)
        return result.error();
    PGresult *rows = result->get();
    std::map<std::string, CopyInput> byName;
    for (int row = 0; row < PQntuples(rows); ++row) {
        // Only pg_catalog's types are known by name.
        const auto builtin = [&](int schemaField, int nameField) {
            return std::string(PQgetvalue(rows, row, schemaField)) == "pg_catalog"
                ? std::string(PQgetvalue(rows, row, nameField))
                : std::string();
        };
        byName[PQgetvalue(rows, row, 0)]
            = copyInput(builtin(1, 2), PQgetvalue(rows, row, 3)[0] == 't',
                        PQgetvalue(rows, row, 4)[0], builtin(5, 6));
    }
    std::vector<CopyInput> inputs;
    bool any = false;
    for (const load::TargetColumn &column : request.columns) {
        const auto found = byName.find(column.name);
        inputs.push_back(found == byName.end() ? CopyInput {} : found->second);
        any = any || inputs.back().conversion != CopyInputConversion::None;
    }
    if (!any)
        inputs.clear();
    return inputs;
}

/// The WHERE condition for filters and range, or an error naming an unknown filter column.
Result<BoundCondition> condition(Connection &connection, const std::string &schema,
                                 const std::string &table, const std::vector<ColumnFilter> &filters,
                                 const std::optional<KeyRange> &range,
                                 const PlaceholderRenderer &placeholder)
{
    Result<std::map<std::string, std::string>> types
        = filterCastTypes(connection, schema, table, filters, range);
    if (!types)
        return types.error();
    if (range && !load::isWellFormed(*range))
        return Error {ErrorCode::Internal, ErrorAction::FailTask,
                      "postgres: a key bound does not have one value per key column"};
    if (range && (range->lowerExclusive || range->upperInclusive)) {
        for (const load::ReadColumn &column : range->columns) {
            if (!types->count(column.name))
                return Error {ErrorCode::QueryFailed,
                              ErrorAction::FailTable,
                              EngineTr::tr("The key column %1 does not exist in table %2.")
                                  .arg(qs(column.name), qs(displayName(schema, table)))
                                  .toStdString(),
                              {},
                              EngineTr::tr("The table changed since its slices were chosen: "
                                           "reload it (--reload-table).")
                                  .toStdString(),
                              displayName(schema, table)};
        }
    }
    BoundCondition bound;
    std::string missing;
    if (!buildCondition(filters, range, *types, placeholder, &bound, &missing)) {
        Error error {
            ErrorCode::QueryFailed,
            ErrorAction::FixConfiguration,
            EngineTr::tr("The filter column %1 does not exist in table %2.")
                .arg(qs(missing), qs(displayName(schema, table)))
                .toStdString(),
            {},
            EngineTr::tr("Correct the column name in the selection rule's filters.").toStdString(),
            displayName(schema, table)};
        return error;
    }
    return bound;
}

// --- source ---------------------------------------------------------------------------------

/// Streams one `COPY (SELECT ...) TO STDOUT` into batches. Owned by the caller; uses its
/// session's connection, which takes no other statement until the reader ends or is destroyed.
/// The statement is sent when the reader is opened; its errors (a missing table, a bad filter
/// value) arrive with the first read().
class PostgresTableReader final : public load::TableReader
{
public:
    PostgresTableReader(Connection &connection, std::vector<CopyField> kinds,
                        std::vector<std::string> columnNames, std::string location)
        : m_connection(connection)
        , m_kinds(std::move(kinds))
        , m_columnNames(std::move(columnNames))
        , m_location(std::move(location))
    {
        m_connection.busy = true;
    }

    ~PostgresTableReader() override
    {
        if (!m_finished) {
            // Stop the server rather than reading the rest of the table.
            m_connection.cancelStatement();
            drain();
        }
    }

    Result<bool> read(RowBatch &batch, const BatchLimits &limits) override
    {
        if (m_cancelled.load(std::memory_order_relaxed)) {
            drain();
            return cancelledError(m_location);
        }
        if (m_finished)
            return false;
        if (batch.columnCount() != m_kinds.size()) {
            return Error {ErrorCode::Internal,
                          ErrorAction::FailTask,
                          "postgres reader: batch column count differs from the request",
                          {},
                          {},
                          m_location};
        }
        PGconn *conn = m_connection.handle();
        if (!m_started) {
            ResultPtr start(PQgetResult(conn));
            if (!start || PQresultStatus(start.get()) != PGRES_COPY_OUT) {
                const ServerError error = readServerError(conn, start.get());
                start.reset();
                m_finished = true;
                m_connection.finishResults();
                m_connection.busy = false;
                if (m_cancelled.load(std::memory_order_relaxed) || isCancel(error))
                    return cancelledError(m_location);
                return classify(error, readFailure(), m_location);
            }
            m_started = true;
        }
        for (;;) {
            char *line = nullptr;
            const int length = PQgetCopyData(conn, &line, 0);
            if (length > 0) {
                CopyLineError lineError;
                const bool decoded
                    = decodeCopyLine(std::string_view(line, size_t(length)), m_kinds.data(),
                                     m_kinds.size(), batch, &lineError);
                PQfreemem(line);
                if (!decoded)
                    return lineFailure(lineError);
                if (m_cancelled.load(std::memory_order_relaxed)) {
                    drain();
                    return cancelledError(m_location);
                }
                if (limits.reachedBy(batch))
                    return true;
                continue;
            }
            // -1: the COPY ended; -2: an error. Either way the statement's result tells.
            m_finished = true;
            m_connection.busy = false;
            const std::optional<ServerError> error = m_connection.finishResults();
            if (m_cancelled.load(std::memory_order_relaxed) || (error && isCancel(*error)))
                return cancelledError(m_location);
            if (length == -2 && !error) {
                ServerError lost = readServerError(conn, nullptr);
                return classify(lost, readFailure(), m_location);
            }
            if (error)
                return classify(*error, readFailure(), m_location);
            return false;
        }
    }

    void cancel() override
    {
        m_cancelled.store(true, std::memory_order_relaxed);
        m_connection.cancelStatement();
    }

private:
    std::string readFailure() const
    {
        return EngineTr::tr("Could not read table %1 from PostgreSQL.")
            .arg(qs(m_location))
            .toStdString();
    }

    Error lineFailure(const CopyLineError &lineError) const
    {
        Error error;
        error.location = m_location;
        if (lineError.column < m_columnNames.size()) {
            error.code = ErrorCode::QueryFailed;
            error.action = ErrorAction::RejectRow;
            error.message = EngineTr::tr("Could not convert a value of column %1 in table %2.")
                                .arg(qs(m_columnNames[lineError.column]), qs(m_location))
                                .toStdString();
            error.location = m_location + "." + m_columnNames[lineError.column];
        } else {
            error.code = ErrorCode::Internal;
            error.action = ErrorAction::FailTable;
            error.message = EngineTr::tr("PostgreSQL sent a malformed COPY row for table %1.")
                                .arg(qs(m_location))
                                .toStdString();
        }
        error.detail = lineError.value.empty() ? lineError.reason
                                               : lineError.reason + ": \"" + lineError.value + "\"";
        return error;
    }

    void drain()
    {
        if (m_finished)
            return;
        m_finished = true;
        PGconn *conn = m_connection.handle();
        char *line = nullptr;
        int length = 0;
        while ((length = PQgetCopyData(conn, &line, 0)) > 0)
            PQfreemem(line);
        m_connection.finishResults();
        m_connection.busy = false;
    }

    Connection &m_connection;
    std::vector<CopyField> m_kinds;
    std::vector<std::string> m_columnNames;
    std::string m_location;
    std::atomic<bool> m_cancelled {false};
    bool m_started = false; ///< the server answered the COPY (PGRES_COPY_OUT)
    bool m_finished = false;
};

class PostgresSourceSession final : public load::SourceSession
{
public:
    explicit PostgresSourceSession(std::unique_ptr<Connection> connection)
        : m_connection(std::move(connection))
    {
    }

    Dialect dialect() const override { return Pg; }

    /// A repeatable-read transaction whose snapshot other sessions import
    /// (pg_export_snapshot); it lives as long as this session.
    Result<load::SnapshotToken> exportSnapshot() override
    {
        if (auto begun = beginSnapshotTransaction(); !begun)
            return begun.error();
        Result<ResultPtr> exported = m_connection->run(
            "SELECT pg_catalog.pg_export_snapshot(), CASE WHEN pg_catalog.pg_is_in_recovery() "
            "THEN pg_catalog.pg_last_wal_replay_lsn() ELSE pg_catalog.pg_current_wal_lsn() "
            "END::text",
            {}, EngineTr::tr("Could not take a consistent snapshot of the PostgreSQL source.")
                    .toStdString());
        if (!exported)
            return exported.error();
        load::SnapshotToken token;
        token.shared = true;
        token.id = PQgetvalue(exported->get(), 0, 0);
        if (!PQgetisnull(exported->get(), 0, 1))
            token.position = PQgetvalue(exported->get(), 0, 1);
        return token;
    }

    Result<void> joinSnapshot(const load::SnapshotToken &token) override
    {
        if (!token.shared || token.id.empty())
            return {};
        m_snapshot = token;
        return importSnapshot();
    }

    Result<std::unique_ptr<load::TableReader>> openReader(const ReadRequest &request) override
    {
        const std::string location = displayName(request.schema, request.table);
        // A read cancelled or failed inside the snapshot's transaction aborted it: the next
        // read starts a new one on the same snapshot (its exporter still holds it).
        if (!m_connection->busy && !m_snapshot.id.empty()
            && PQtransactionStatus(m_connection->handle()) == PQTRANS_INERROR) {
            if (auto rejoined = importSnapshot(); !rejoined)
                return rejoined.error();
        }
        if (m_connection->busy || request.columns.empty()) {
            return Error {ErrorCode::Internal,
                          ErrorAction::FailTask,
                          m_connection->busy ? "postgres source: a reader is already open"
                                             : "postgres source: a read needs columns",
                          {},
                          {},
                          location};
        }
        // COPY takes no bind parameters, and values are never spliced into SQL: each filter
        // and range value is stored in a custom setting (set_config('ferry.pN', $1) with a
        // real bind parameter), and the query reads it back with
        // (SELECT current_setting('ferry.pN')::<column type>), evaluated once per statement.
        Result<BoundCondition> where
            = condition(*m_connection, request.schema, request.table, request.filters,
                        request.range, settingPlaceholder);
        if (!where)
            return where.error();
        if (!where->values.empty()) {
            std::string sql = "SELECT ";
            TextRow values;
            for (size_t i = 0; i < where->values.size(); ++i) {
                sql += (i ? ", " : "") + std::string("pg_catalog.set_config('") + settingName(i + 1)
                    + "', $" + std::to_string(i + 1) + ", false)";
                values.emplace_back(where->values[i]);
            }
            Result<ResultPtr> set = m_connection->runAt(
                sql, values, location,
                EngineTr::tr("Could not bind the filter values for table %1."));
            if (!set)
                return set.error();
        }
        std::string sql = "COPY (SELECT ";
        std::vector<CopyField> kinds;
        std::vector<std::string> names;
        for (size_t i = 0; i < request.columns.size(); ++i) {
            const load::ReadColumn &column = request.columns[i];
            if (i)
                sql += ", ";
            sql += copySelectExpression(quoteIdentifier(Pg, column.name), column.type);
            kinds.push_back(copyField(column.type));
            names.push_back(column.name);
        }
        sql += " FROM " + quoteQualified(Pg, request.schema, request.table);
        if (!where->sql.empty())
            sql += " WHERE " + where->sql;
        sql += load::orderByClause(request.order, [](std::string_view name) {
            return quoteIdentifier(Pg, name);
        });
        sql += ") TO STDOUT";
        // Sent without waiting: the server announces the COPY only with its first rows, and
        // until then the wait must be cancellable, so the reader's first read() waits.
        if (!PQsendQuery(m_connection->handle(), sql.c_str())) {
            ServerError error = readServerError(m_connection->handle(), nullptr);
            return classify(error,
                            EngineTr::tr("Could not start reading table %1 from PostgreSQL.")
                                .arg(qs(location))
                                .toStdString(),
                            location);
        }
        return std::unique_ptr<load::TableReader>(std::make_unique<PostgresTableReader>(
            *m_connection, std::move(kinds), std::move(names), location));
    }

    Result<KeyBounds> keyBounds(const std::string &schema, const std::string &table,
                                const std::string &column,
                                const std::vector<ColumnFilter> &filters) override
    {
        const std::string location = displayName(schema, table);
        Result<BoundCondition> where
            = condition(*m_connection, schema, table, filters, std::nullopt, bindPlaceholder);
        if (!where)
            return where.error();
        const std::string quoted = quoteIdentifier(Pg, column);
        std::string sql = "SELECT min(" + quoted + ")::text, max(" + quoted + ")::text FROM "
            + quoteQualified(Pg, schema, table);
        if (!where->sql.empty())
            sql += " WHERE " + where->sql;
        TextRow values(where->values.begin(), where->values.end());
        Result<ResultPtr> result = m_connection->runAt(
            sql, values, location, EngineTr::tr("Could not read the key range of %1."));
        if (!result)
            return result.error();
        KeyBounds bounds;
        PGresult *rows = result->get();
        for (int i = 0; i < 2; ++i) {
            if (PQgetisnull(rows, 0, i))
                continue;
            const std::optional<int64_t> value = parseInt64(PQgetvalue(rows, 0, i));
            if (!value) {
                Error error {ErrorCode::QueryFailed,
                             ErrorAction::FailTable,
                             EngineTr::tr("Column %1 of %2 is not an integer key.")
                                 .arg(qs(column), qs(location))
                                 .toStdString(),
                             PQgetvalue(rows, 0, i),
                             EngineTr::tr("Split tables by an integer column only.").toStdString(),
                             location};
                return error;
            }
            (i == 0 ? bounds.minimum : bounds.maximum) = value;
        }
        return bounds;
    }

private:
    Result<void> beginSnapshotTransaction()
    {
        return m_connection->command(
            "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
            EngineTr::tr("Could not begin a read transaction on the PostgreSQL source.")
                .toStdString());
    }

    /// (Re)starts this session's transaction on m_snapshot. SET TRANSACTION SNAPSHOT takes no
    /// parameters: the name, made by the server, is checked to be hex digits and dashes only.
    Result<void> importSnapshot()
    {
        const std::string &id = m_snapshot.id;
        const bool plain = std::all_of(id.begin(), id.end(), [](char c) {
            return std::isxdigit(static_cast<unsigned char>(c)) || c == '-';
        });
        if (!plain)
            return Error{ErrorCode::Internal, ErrorAction::FailTask,
                         "postgres source: not a snapshot name", id};
        if (PQtransactionStatus(m_connection->handle()) != PQTRANS_IDLE)
            (void)m_connection->command("ROLLBACK", {});
        if (auto begun = beginSnapshotTransaction(); !begun)
            return begun;
        Result<void> set = m_connection->command(
            "SET TRANSACTION SNAPSHOT '" + id + "'",
            EngineTr::tr("Could not read the PostgreSQL source as of the task's snapshot.")
                .toStdString());
        if (!set) {
            (void)m_connection->command("ROLLBACK", {});
            Error error = set.error();
            error.action = ErrorAction::Retry;
            return error;
        }
        return {};
    }

    load::SnapshotToken m_snapshot; ///< joined: every read sees it

    std::unique_ptr<Connection> m_connection;
};

// --- target ---------------------------------------------------------------------------------

/// Finds the one column name of `columns` that follows "line N, <word> " in a COPY error
/// context ("COPY t, line 3, column v: ..."), and the line number. Locale-neutral: it relies
/// on the table name, the number and the known column names only.
struct CopyErrorPosition
{
    size_t line = 0; ///< 1-based; 0 when unknown
    std::string column;
};

CopyErrorPosition copyErrorPosition(const std::string &context, const std::string &table,
                                    const std::vector<std::string> &columns)
{
    CopyErrorPosition position;
    const std::string prefix = "COPY " + table + ", ";
    size_t start = 0;
    while (start < context.size()) {
        size_t end = context.find('\n', start);
        if (end == std::string::npos)
            end = context.size();
        const std::string_view line(context.data() + start, end - start);
        start = end + 1;
        if (line.rfind(prefix, 0) != 0)
            continue;
        size_t i = prefix.size();
        while (i < line.size() && (line[i] < '0' || line[i] > '9'))
            ++i;
        size_t number = 0;
        while (i < line.size() && line[i] >= '0' && line[i] <= '9')
            number = number * 10 + size_t(line[i++] - '0');
        position.line = number;
        if (i < line.size() && line[i] == ',') {
            const size_t space = line.find(' ', i + 2);
            if (space != std::string_view::npos) {
                const std::string_view rest = line.substr(space + 1);
                for (const std::string &column : columns) {
                    if (rest.size() > column.size() && rest.substr(0, column.size()) == column
                        && rest[column.size()] == ':' && column.size() > position.column.size()) {
                        position.column = column;
                    }
                }
            }
        }
        break;
    }
    return position;
}

/// The column of a unique violation's "Key (c)=(v) already exists." when it is one of ours.
std::string keyColumn(const std::string &detail, const std::vector<std::string> &columns)
{
    const size_t open = detail.find('(');
    const size_t close = detail.find(")=(");
    if (open == std::string::npos || close == std::string::npos || close <= open)
        return {};
    const std::string name = detail.substr(open + 1, close - open - 1);
    return std::find(columns.begin(), columns.end(), name) != columns.end() ? name : std::string();
}

/**
 * Writes batches with `COPY ... FROM STDIN` (text format) inside a savepoint per batch; a
 * refused batch is narrowed down to its bad rows by the line numbers PostgreSQL reports (see
 * write()). Owned by the caller; uses its session's connection and transaction.
 */
class PostgresTableWriter final : public load::TableWriter
{
public:
    /// inputs: per column, how its cells are converted for the server (empty: none is).
    PostgresTableWriter(Connection &connection, const WriteRequest &request,
                        std::vector<CopyInput> inputs)
        : m_connection(connection)
        , m_table(request.table)
        , m_location(displayName(request.schema, request.table))
        , m_inputs(std::move(inputs))
    {
        m_copySql = "COPY " + quoteQualified(Pg, request.schema, request.table) + " (";
        for (size_t i = 0; i < request.columns.size(); ++i) {
            m_copySql += (i ? ", " : "") + quoteIdentifier(Pg, request.columns[i].name);
            m_kinds.push_back(copyValueKind(request.columns[i].type));
            m_columnNames.push_back(request.columns[i].name);
        }
        m_copySql += ") FROM STDIN";
    }

    /**
     * The fast path is one COPY of the whole batch. When PostgreSQL refuses it for a row-level
     * reason (SQLSTATE class 22/23, 42804, 54000), the batch savepoint is rolled back and the
     * rows are loaded in segments, each in its own savepoint: the error context names the
     * failing line, so that row is rejected, the rows before it (already accepted once) are
     * loaded, and the rest is tried again. Where no line is known the segment is halved down
     * to single rows. A text value with a NUL byte is rejected before it is sent.
     */
    Result<void> write(const RowBatch &batch, std::vector<RejectedRow> *rejected) override
    {
        if (m_cancelled.load(std::memory_order_relaxed))
            return cancelledError(m_location);
        if (batch.columnCount() != m_kinds.size()) {
            return Error {ErrorCode::Internal,
                          ErrorAction::FailTask,
                          "postgres writer: batch column count differs from the request",
                          {},
                          {},
                          m_location};
        }
        if (batch.empty())
            return {};
        const PGTransactionStatusType status = PQtransactionStatus(m_connection.handle());
        if (status == PQTRANS_INERROR) {
            return Error {ErrorCode::QueryFailed,
                          ErrorAction::FailTable,
                          EngineTr::tr("Could not write to %1: the transaction is already "
                                       "aborted by an earlier error.")
                              .arg(qs(m_location))
                              .toStdString(),
                          {},
                          EngineTr::tr("Roll the transaction back before writing.").toStdString(),
                          m_location};
        }
        const bool ownTransaction = status == PQTRANS_IDLE;
        if (Result<void> begin = m_connection.command(
                ownTransaction ? "BEGIN; SAVEPOINT ferry_batch" : "SAVEPOINT ferry_batch",
                writeFailure());
            !begin) {
            return begin.error();
        }
        std::vector<RejectedRow> found;
        Result<void> written = writeBatch(m_inputs.empty() ? batch : converted(batch), &found);
        if (!written) {
            // Nothing of the batch stays.
            if (m_connection.isOpen()) {
                (void)m_connection.command(ownTransaction ? "ROLLBACK"
                                                          : "ROLLBACK TO SAVEPOINT ferry_batch; "
                                                            "RELEASE SAVEPOINT ferry_batch",
                                           writeFailure());
            }
            return written;
        }
        if (Result<void> end = m_connection.command(
                ownTransaction ? "COMMIT" : "RELEASE SAVEPOINT ferry_batch", writeFailure());
            !end) {
            return end.error();
        }
        if (rejected) {
            std::sort(found.begin(), found.end(),
                      [](const RejectedRow &a, const RejectedRow &b) { return a.row < b.row; });
            for (RejectedRow &row : found)
                rejected->push_back(std::move(row));
        }
        return {};
    }

    void cancel() override
    {
        m_cancelled.store(true, std::memory_order_relaxed);
        m_connection.cancelStatement();
    }

private:
    std::string writeFailure() const
    {
        return EngineTr::tr("Could not write rows to %1 on PostgreSQL.")
            .arg(qs(m_location))
            .toStdString();
    }

    /// The batch with the cells of converted columns in the server's input form
    /// (appendCopyInput); row numbers stay those of the batch.
    const RowBatch &converted(const RowBatch &batch)
    {
        m_converted.reset(batch.columnCount());
        for (size_t row = 0; row < batch.rowCount(); ++row) {
            for (size_t column = 0; column < batch.columnCount(); ++column) {
                if (batch.isNull(column, row)) {
                    m_converted.appendNull(column);
                    continue;
                }
                appendCopyInput(m_converted.beginCell(column), batch.cell(column, row),
                                m_inputs[column]);
                m_converted.endCell(column);
            }
            m_converted.finishRow();
        }
        return m_converted;
    }

    struct Attempt
    {
        bool ok = false;
        std::optional<ServerError> error; ///< set when PostgreSQL refused the COPY
        std::optional<Error> fatal; ///< set when the batch cannot be written at all
    };

    Result<void> writeBatch(const RowBatch &batch, std::vector<RejectedRow> *found)
    {
        m_rows.resize(batch.rowCount());
        for (size_t row = 0; row < m_rows.size(); ++row)
            m_rows[row] = row;
        Attempt first = copyRows(batch, 0, m_rows.size(), found);
        if (first.fatal)
            return *first.fatal;
        if (first.ok)
            return {};
        if (Result<void> undo
            = m_connection.command("ROLLBACK TO SAVEPOINT ferry_batch", writeFailure());
            !undo) {
            return undo.error();
        }
        // The rows the first attempt sent (those with NUL bytes are already rejected).
        std::vector<size_t> pending = m_sent;
        m_rows = pending;
        std::vector<std::pair<size_t, size_t>> segments;
        size_t failures = 0;
        const auto narrow = [&](size_t begin, size_t end, const ServerError &error) {
            const CopyErrorPosition position
                = copyErrorPosition(error.context, m_table, m_columnNames);
            // A foreign key is checked at the end of the statement, not at its line.
            const bool lineKnown
                = position.line >= 1 && position.line <= end - begin && error.sqlstate != "23503";
            if (!lineKnown && end - begin > 1) {
                const size_t middle = begin + (end - begin) / 2;
                segments.emplace_back(middle, end);
                segments.emplace_back(begin, middle);
                return;
            }
            const size_t bad = lineKnown ? begin + position.line - 1 : begin;
            found->push_back(rejection(m_rows[bad], error, position.column));
            ++failures;
            if (failures > RejectionsBeforeSmallSegments) {
                for (size_t from = bad + 1; from < end; from += SmallSegmentRows)
                    segments.emplace_back(from, std::min(end, from + SmallSegmentRows));
            } else if (bad + 1 < end) {
                segments.emplace_back(bad + 1, end);
            }
            if (bad > begin)
                segments.emplace_back(begin, bad); // accepted before: loads first
        };
        narrow(0, m_rows.size(), *first.error);
        while (!segments.empty()) {
            const auto [begin, end] = segments.back();
            segments.pop_back();
            if (begin >= end)
                continue;
            if (Result<void> mark = m_connection.command("SAVEPOINT ferry_rows", writeFailure());
                !mark) {
                return mark.error();
            }
            Attempt attempt = copyRows(batch, begin, end, nullptr);
            if (attempt.fatal)
                return *attempt.fatal;
            const char *next = attempt.ok ? "RELEASE SAVEPOINT ferry_rows"
                                          : "ROLLBACK TO SAVEPOINT ferry_rows; "
                                            "RELEASE SAVEPOINT ferry_rows";
            if (Result<void> done = m_connection.command(next, writeFailure()); !done)
                return done.error();
            if (!attempt.ok)
                narrow(begin, end, *attempt.error);
        }
        return {};
    }

    /**
     * One COPY of m_rows[begin, end). With nulRejections set (the first attempt), rows holding
     * a NUL byte in a text column are rejected there and not sent; m_sent lists the rows sent,
     * in order, so an error's line number maps back to a batch row.
     */
    Attempt copyRows(const RowBatch &batch, size_t begin, size_t end,
                     std::vector<RejectedRow> *nulRejections)
    {
        Attempt attempt;
        PGconn *conn = m_connection.handle();
        ResultPtr start(PQexec(conn, m_copySql.c_str()));
        if (!start || PQresultStatus(start.get()) != PGRES_COPY_IN) {
            ServerError error = readServerError(conn, start.get());
            start.reset();
            m_connection.finishResults();
            attempt.fatal = classify(error, writeFailure(), m_location);
            return attempt;
        }
        start.reset();
        m_sent.clear();
        m_buffer.clear();
        bool sendFailed = false;
        // A row over a chunk (a large LOB) is encoded and sent piece by piece: neither this
        // buffer nor libpq's grows to twice the value.
        const CopyFlush send = [&](CopyBuffer &buffer) {
            const bool sent = PQputCopyData(conn, buffer.data(), int(buffer.size())) == 1;
            buffer.clear();
            return sent && !m_cancelled.load(std::memory_order_relaxed);
        };
        for (size_t i = begin; i < end && !sendFailed; ++i) {
            const size_t row = m_rows[i];
            size_t rowBytes = 0;
            for (size_t column = 0; column < batch.columnCount(); ++column)
                rowBytes += batch.cell(column, row).size();
            size_t nulColumn = CopyRowEncoded;
            if (rowBytes > CopyChunkBytes / 2) {
                if (m_buffer.size() > 0 && !send(m_buffer)) {
                    sendFailed = !m_cancelled.load(std::memory_order_relaxed);
                    break;
                }
                nulColumn = encodeLargeCopyRow(batch, row, m_kinds.data(), m_buffer,
                                               CopyChunkBytes, send);
                if (nulColumn == CopyRowFlushFailed) {
                    sendFailed = !m_cancelled.load(std::memory_order_relaxed);
                    break;
                }
            } else {
                nulColumn = encodeCopyRow(batch, row, m_kinds.data(), m_buffer);
            }
            if (nulColumn != CopyRowEncoded) {
                if (nulRejections)
                    nulRejections->push_back(nulRejection(row, nulColumn));
                continue;
            }
            m_sent.push_back(row);
            if (m_buffer.size() >= CopyChunkBytes) {
                sendFailed = PQputCopyData(conn, m_buffer.data(), int(m_buffer.size())) != 1;
                m_buffer.clear();
                if (m_cancelled.load(std::memory_order_relaxed))
                    break;
            }
        }
        if (!sendFailed && m_buffer.size() > 0)
            sendFailed = PQputCopyData(conn, m_buffer.data(), int(m_buffer.size())) != 1;
        m_buffer.clear();
        const bool cancelled = m_cancelled.load(std::memory_order_relaxed);
        if (!sendFailed)
            PQputCopyEnd(conn, cancelled ? "cancelled by Ferry" : nullptr);
        const std::optional<ServerError> error = m_connection.finishResults();
        if (cancelled || (error && isCancel(*error))) {
            attempt.fatal = cancelledError(m_location);
        } else if (!m_connection.isOpen() || (sendFailed && !error)) {
            ServerError lost = error ? *error : readServerError(conn, nullptr);
            lost.connectionLost = true;
            attempt.fatal = classify(lost, writeFailure(), m_location);
        } else if (error && !isRowError(error->sqlstate)) {
            attempt.fatal = classify(*error, writeFailure(), m_location);
        } else if (error) {
            attempt.error = error;
        } else {
            attempt.ok = true;
        }
        return attempt;
    }

    RejectedRow rejection(size_t row, const ServerError &error, const std::string &contextColumn)
    {
        RejectedRow rejected;
        rejected.row = row;
        rejected.column = !error.column.empty() ? error.column : contextColumn;
        if (rejected.column.empty())
            rejected.column = keyColumn(error.detail, m_columnNames);
        rejected.truncation = error.sqlstate == "22001";
        rejected.error.code = ErrorCode::QueryFailed;
        rejected.error.action = ErrorAction::RejectRow;
        rejected.error.message = rejected.column.empty()
            ? EngineTr::tr("PostgreSQL rejected a row for table %1.")
                  .arg(qs(m_location))
                  .toStdString()
            : EngineTr::tr("PostgreSQL rejected the value of column %1 in table %2.")
                  .arg(qs(rejected.column), qs(m_location))
                  .toStdString();
        rejected.error.detail = describe(error);
        rejected.error.hint = error.hint;
        rejected.error.location
            = rejected.column.empty() ? m_location : m_location + "." + rejected.column;
        return rejected;
    }

    RejectedRow nulRejection(size_t row, size_t column) const
    {
        RejectedRow rejected;
        rejected.row = row;
        rejected.column = m_columnNames[column];
        rejected.error.code = ErrorCode::QueryFailed;
        rejected.error.action = ErrorAction::RejectRow;
        rejected.error.message
            = EngineTr::tr("The value of column %1 in table %2 contains a NUL byte, which "
                           "PostgreSQL cannot store in text.")
                  .arg(qs(rejected.column), qs(m_location))
                  .toStdString();
        rejected.error.hint = EngineTr::tr("Remove the NUL bytes from the source value, or map the "
                                           "column to a binary type.")
                                  .toStdString();
        rejected.error.location = m_location + "." + rejected.column;
        return rejected;
    }

    Connection &m_connection;
    std::string m_table;
    std::string m_location;
    std::string m_copySql;
    std::vector<CopyValueKind> m_kinds;
    std::vector<CopyInput> m_inputs;
    RowBatch m_converted; ///< the batch being written, converted (when m_inputs is not empty)
    std::vector<std::string> m_columnNames;
    std::atomic<bool> m_cancelled {false};
    CopyBuffer m_buffer;
    std::vector<size_t> m_rows;
    std::vector<size_t> m_sent;
};

class PostgresTargetSession final : public load::TargetSession
{
public:
    explicit PostgresTargetSession(std::unique_ptr<Connection> connection)
        : m_connection(std::move(connection))
    {
    }

    Result<void> init()
    {
        Result<ResultPtr> result = m_connection->run(
            "SELECT current_schema()", {},
            EngineTr::tr("Could not read the default schema of the PostgreSQL target.")
                .toStdString());
        if (!result)
            return result.error();
        if (PQntuples(result->get()) == 1 && !PQgetisnull(result->get(), 0, 0))
            m_defaultSchema = PQgetvalue(result->get(), 0, 0);
        return {};
    }

    Dialect dialect() const override { return Pg; }
    std::string defaultSchema() const override { return m_defaultSchema; }
    std::vector<std::string> warnings() const override { return m_warnings; }
    std::string serverDescription() const override
    {
        return "PostgreSQL " + formatServerVersion(m_connection->session().serverVersion());
    }

    Result<void> execute(const std::string &sql, const TextRow &parameters) override
    {
        Result<ResultPtr> result = runWithPlaceholders(sql, parameters);
        if (!result)
            return result.error();
        return {};
    }

    Result<std::vector<TextRow>> query(const std::string &sql, const TextRow &parameters) override
    {
        Result<ResultPtr> result = runWithPlaceholders(sql, parameters);
        if (!result)
            return result.error();
        PGresult *raw = result->get();
        std::vector<TextRow> rows(size_t(PQntuples(raw)));
        const int columns = PQnfields(raw);
        for (int row = 0; row < int(rows.size()); ++row) {
            rows[size_t(row)].reserve(size_t(columns));
            for (int column = 0; column < columns; ++column) {
                if (PQgetisnull(raw, row, column))
                    rows[size_t(row)].emplace_back(std::nullopt);
                else
                    rows[size_t(row)].emplace_back(std::string(
                        PQgetvalue(raw, row, column), size_t(PQgetlength(raw, row, column))));
            }
        }
        return rows;
    }

    Result<void> begin() override
    {
        return m_connection->command(
            "BEGIN", EngineTr::tr("Could not begin a transaction on PostgreSQL.").toStdString());
    }

    Result<void> commit() override
    {
        Result<ResultPtr> result = m_connection->run(
            "COMMIT", {},
            EngineTr::tr("Could not commit the transaction on PostgreSQL.").toStdString());
        if (!result)
            return result.error();
        // COMMIT of a transaction an error aborted answers ROLLBACK, without an error.
        if (std::strcmp(PQcmdStatus(result->get()), "ROLLBACK") == 0) {
            return Error {
                ErrorCode::QueryFailed,
                ErrorAction::FailTable,
                EngineTr::tr("The PostgreSQL transaction was rolled back instead of committed.")
                    .toStdString(),
                EngineTr::tr("an earlier statement in the transaction failed").toStdString(),
                EngineTr::tr("See the earlier error; nothing of the transaction was written.")
                    .toStdString(),
                m_connection->server()};
        }
        return {};
    }

    Result<void> rollback() override
    {
        return m_connection->command(
            "ROLLBACK",
            EngineTr::tr("Could not roll back the transaction on PostgreSQL.").toStdString());
    }


    Result<bool> tableExists(const std::string &schema, const std::string &table) override
    {
        Result<ResultPtr> result = m_connection->runAt(
            "SELECT 1 FROM pg_catalog.pg_class c "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = coalesce(nullif($1, ''), current_schema()) AND c.relname = $2 "
            "  AND c.relkind IN ('r', 'p', 'f', 'v', 'm')",
            {schema, table}, displayName(schema, table),
            EngineTr::tr("Could not check whether table %1 exists."));
        if (!result)
            return result.error();
        return PQntuples(result->get()) > 0;
    }

    Result<void> createSchema(const std::string &schema) override
    {
        if (schema.empty())
            return {};
        const std::string message
            = EngineTr::tr("Could not create schema %1.").arg(qs(schema)).toStdString();
        // CREATE SCHEMA IF NOT EXISTS needs CREATE on the database even when the schema
        // exists, so look first.
        Result<ResultPtr> exists = m_connection->run(
            "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = $1", {schema}, message, schema);
        if (!exists)
            return exists.error();
        if (PQntuples(exists->get()) > 0)
            return {};
        return ddl(writer().createSchema(schema), message, schema);
    }

    Result<void> createTable(const TargetTable &table, bool withPrimaryKey) override
    {
        const std::string location = displayName(table.schema, table.name);
        convert::CreateTableOptions options;
        options.withPrimaryKey = withPrimaryKey;
        const std::string message
            = EngineTr::tr("Could not create table %1.").arg(qs(location)).toStdString();
        for (const std::string &sql : writer().createTable(table, options, &m_warnings)) {
            if (Result<void> done = ddl(sql, message, location); !done)
                return done;
        }
        return {};
    }

    Result<void> dropTable(const std::string &schema, const std::string &table) override
    {
        const std::string location = displayName(schema, table);
        return ddl(writer().dropTable(schema, table),
                   EngineTr::tr("Could not drop table %1.").arg(qs(location)).toStdString(),
                   location);
    }

    Result<void> truncateTable(const std::string &schema, const std::string &table) override
    {
        const std::string location = displayName(schema, table);
        return ddl(writer().truncateTable(schema, table),
                   EngineTr::tr("Could not truncate table %1.").arg(qs(location)).toStdString(),
                   location);
    }

    Result<void> deleteRows(const std::string &schema, const std::string &table,
                            const std::optional<KeyRange> &range) override
    {
        const std::string location = displayName(schema, table);
        Result<BoundCondition> where
            = condition(*m_connection, schema, table, {}, range, bindPlaceholder);
        if (!where)
            return where.error();
        std::string sql = "DELETE FROM " + quoteQualified(Pg, schema, table);
        if (!where->sql.empty())
            sql += " WHERE " + where->sql;
        Result<ResultPtr> result
            = m_connection->runAt(sql, TextRow(where->values.begin(), where->values.end()),
                                  location, EngineTr::tr("Could not delete rows from %1."));
        if (!result)
            return result.error();
        return {};
    }

    Result<void> addPrimaryKey(const TargetTable &table) override
    {
        if (!table.primaryKey || table.primaryKey->columns.empty())
            return {};
        const std::string location = displayName(table.schema, table.name);
        Result<std::set<std::string>> existing = constraintNames(table, "p");
        if (!existing)
            return existing.error();
        if (!existing->empty())
            return {}; // an interrupted run of the task added it
        return ddl(
            writer().addPrimaryKey(table, nullptr),
            EngineTr::tr("Could not add the primary key of %1.").arg(qs(location)).toStdString(),
            location);
    }

    Result<load::ObjectsOutcome> createIndexes(const TargetTable &table) override
    {
        const std::string location = displayName(table.schema, table.name);
        Result<std::set<std::string>> existing = indexNames(table);
        if (!existing)
            return existing.error();
        load::ObjectsOutcome outcome;
        std::vector<std::pair<std::string, std::string>> statements; // sql, failure message
        auto failure = [&](const std::string &name) {
            return EngineTr::tr("Could not create index %1 on %2.")
                .arg(qs(name.empty() ? std::string("(unnamed)") : name), qs(location))
                .toStdString();
        };
        for (const KeyConstraint &key : table.uniqueKeys) {
            if (!existing->count(key.name))
                statements.emplace_back(writer().addUniqueKey(table, key, nullptr),
                                        failure(key.name));
        }
        for (const Index &index : table.indexes) {
            if (index.primary || index.columns.empty() || duplicatesUniqueKey(table, index)
                || existing->count(index.name))
                continue;
            // Empty for an index PostgreSQL cannot build (spatial): the warning says so.
            std::string sql = writer().createIndex(table, index, &outcome.warnings);
            if (!sql.empty())
                statements.emplace_back(std::move(sql), failure(index.name));
        }
        if (Result<void> run = ddlList(statements, location, outcome); !run)
            return run.error();
        return outcome;
    }

    Result<load::ObjectsOutcome> createForeignKeys(const TargetTable &table) override
    {
        const std::string location = displayName(table.schema, table.name);
        Result<std::set<std::string>> existing = constraintNames(table, "f");
        if (!existing)
            return existing.error();
        load::ObjectsOutcome outcome;
        std::vector<std::pair<std::string, std::string>> statements;
        for (const ForeignKey &key : table.foreignKeys) {
            if (!key.name.empty() && existing->count(key.name))
                continue;
            statements.emplace_back(
                writer().addForeignKey(table, key, &outcome.warnings),
                EngineTr::tr("Could not create foreign key %1 on %2.")
                    .arg(qs(key.name.empty() ? std::string("(unnamed)") : key.name), qs(location))
                    .toStdString());
        }
        if (Result<void> run = ddlList(statements, location, outcome); !run)
            return run.error();
        return outcome;
    }

    Result<void> resetIdentity(const TargetTable &table) override
    {
        const std::string location = displayName(table.schema, table.name);
        const std::string qualified = quoteQualified(Pg, table.schema, table.name);
        for (const load::TargetColumn &column : table.columns) {
            if (!convert::PostgresDdlWriter::hasIdentity(column))
                continue; // no identity was created
            // setval(sequence, max, true) continues after the loaded maximum; an empty table
            // (or one below the sequence's minimum) starts again at the minimum with
            // is_called false, so the next value is the minimum itself. No sequence: no row.
            const std::string sql
                = "WITH s AS (SELECT pg_catalog.pg_get_serial_sequence($1, $2)::regclass AS seq), "
                  "m AS (SELECT max("
                + quoteIdentifier(Pg, column.name) + ")::bigint AS v FROM " + qualified
                + ") "
                  "SELECT pg_catalog.setval(s.seq, CASE WHEN m.v >= p.seqmin THEN m.v "
                  "  ELSE p.seqmin END, coalesce(m.v >= p.seqmin, false)) "
                  "FROM s JOIN pg_catalog.pg_sequence p ON p.seqrelid = s.seq CROSS JOIN m";
            Result<ResultPtr> result = m_connection->run(
                sql, {qualified, column.name},
                EngineTr::tr("Could not set the identity of %1.%2 past its maximum.")
                    .arg(qs(location), qs(column.name))
                    .toStdString(),
                location);
            if (!result)
                return result.error();
        }
        return {};
    }

    Result<std::vector<load::ExistingForeignKey>>
    foreignKeysInTheWay(const std::string &schema, const std::string &table) override
    {
        // PostgreSQL checks keys while rows go in and refuses to TRUNCATE a table other tables
        // reference (DROP ... CASCADE would drop their keys silently): the table's own keys
        // and those referencing it.
        const std::string location = displayName(schema, table);
        Result<ResultPtr> result = m_connection->runAt(
            "SELECT n.nspname, c.relname, con.conname, pg_catalog.pg_get_constraintdef(con.oid), "
            "con.conrelid = r.oid "
            "FROM pg_catalog.pg_constraint con "
            "JOIN pg_catalog.pg_class c ON c.oid = con.conrelid "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_catalog.pg_class r ON r.oid = con.conrelid OR r.oid = con.confrelid "
            "JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace "
            "WHERE con.contype = 'f' AND rn.nspname = coalesce(nullif($1, ''), current_schema()) "
            "  AND r.relname = $2",
            {schema, table}, location,
            EngineTr::tr("Could not read the foreign keys of and to table %1."));
        if (!result)
            return result.error();
        std::vector<load::ExistingForeignKey> keys;
        for (int row = 0; row < PQntuples(result->get()); ++row) {
            load::ExistingForeignKey key;
            key.schema = PQgetvalue(result->get(), row, 0);
            key.table = PQgetvalue(result->get(), row, 1);
            key.name = PQgetvalue(result->get(), row, 2);
            key.definition = PQgetvalue(result->get(), row, 3);
            key.ownedByTable = std::string_view(PQgetvalue(result->get(), row, 4)) == "t";
            keys.push_back(std::move(key));
        }
        return keys;
    }

    Result<void> dropForeignKey(const load::ExistingForeignKey &key) override
    {
        const std::string location = displayName(key.schema, key.table);
        return ddl(writer().dropForeignKey(key.schema, key.table, key.name),
                   EngineTr::tr("Could not drop foreign key %1 of %2.")
                       .arg(qs(key.name), qs(location))
                       .toStdString(),
                   location);
    }

    Result<void> restoreForeignKey(const load::ExistingForeignKey &key) override
    {
        const std::string location = displayName(key.schema, key.table);
        return ddl(writer().addConstraint(key.schema, key.table, key.name, key.definition),
                   EngineTr::tr("Could not add foreign key %1 of %2 again.")
                       .arg(qs(key.name), qs(location))
                       .toStdString(),
                   location);
    }

    Result<void> dropIndexesAndKeys(const std::string &schema, const std::string &table,
                                    bool primaryKeyToo) override
    {
        const std::string location = displayName(schema, table);
        Result<ResultPtr> result = m_connection->runAt(
            "SELECT ci.relname, con.conname, con.contype "
            "FROM pg_catalog.pg_index i "
            "JOIN pg_catalog.pg_class ci ON ci.oid = i.indexrelid "
            "JOIN pg_catalog.pg_class c ON c.oid = i.indrelid "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = i.indexrelid "
            "AND con.conrelid = i.indrelid "
            "WHERE n.nspname = coalesce(nullif($1, ''), current_schema()) AND c.relname = $2",
            {schema, table}, location,
            EngineTr::tr("Could not read the indexes and keys of table %1."));
        if (!result)
            return result.error();
        const std::string message = EngineTr::tr("Could not drop the indexes and keys of %1.")
                                        .arg(qs(location))
                                        .toStdString();
        for (int row = 0; row < PQntuples(result->get()); ++row) {
            const bool constraint = !PQgetisnull(result->get(), row, 1);
            if (std::string_view(PQgetvalue(result->get(), row, 2)) == "p" && !primaryKeyToo)
                continue;
            const std::string sql = constraint
                ? writer().dropConstraint(schema, table, PQgetvalue(result->get(), row, 1))
                : writer().dropIndex(schema, table, PQgetvalue(result->get(), row, 0));
            if (Result<void> dropped = ddl(sql, message, location); !dropped)
                return dropped;
        }
        return {};
    }

    Result<void> alterColumnType(const std::string &schema, const std::string &table,
                                 const load::TargetColumn &column) override
    {
        const std::string location = displayName(schema, table);
        const std::string type = writer().nativeType(column.type);
        return ddl(writer().alterColumnType(schema, table, column),
                   EngineTr::tr("Could not change column %1 of %2 to %3.")
                       .arg(qs(column.name), qs(location), qs(type))
                       .toStdString(),
                   location);
    }

    Result<std::unique_ptr<load::TableWriter>> openWriter(const WriteRequest &request) override
    {
        if (request.columns.empty()) {
            return Error {ErrorCode::Internal,
                          ErrorAction::FailTask,
                          "postgres target: a writer needs columns",
                          {},
                          {},
                          displayName(request.schema, request.table)};
        }
        Result<std::vector<CopyInput>> inputs = copyInputs(*m_connection, request);
        if (!inputs)
            return inputs.error();
        return std::unique_ptr<load::TableWriter>(
            std::make_unique<PostgresTableWriter>(*m_connection, request, std::move(*inputs)));
    }

private:
    /// `?` placeholders numbered $1..$n for the parameters; without parameters the statement
    /// is sent as written (a script's `?` may be jsonb's operator, as psql sends it).
    Result<ResultPtr> runWithPlaceholders(const std::string &sql, const TextRow &parameters)
    {
        if (parameters.empty())
            return m_connection->run(
                sql, {}, EngineTr::tr("A statement failed on the PostgreSQL target.").toStdString(),
                m_connection->server());
        size_t count = 0;
        const std::string numbered = convert::numberPlaceholders(sql, &count);
        if (count != parameters.size()) {
            return Error {ErrorCode::Usage,
                          ErrorAction::FailTask,
                          EngineTr::tr("The statement has %1 placeholders but %2 parameters were "
                                       "given.")
                              .arg(count)
                              .arg(parameters.size())
                              .toStdString(),
                          sql,
                          {},
                          m_connection->server()};
        }
        return m_connection->run(
            numbered, parameters,
            EngineTr::tr("A statement failed on the PostgreSQL target.").toStdString(),
            m_connection->server());
    }

    Result<void> ddl(const std::string &sql, const std::string &message,
                     const std::string &location)
    {
        Result<ResultPtr> result = m_connection->run(sql, {}, message, location);
        if (!result)
            return result.error();
        return {};
    }

    /// Runs each statement (in a savepoint when a transaction is open, so one failure does
    /// not abort the others); a statement the server refuses goes to outcome.failed with its
    /// message. An Error only for a lost connection or a cancel.
    Result<void> ddlList(const std::vector<std::pair<std::string, std::string>> &statements,
                         const std::string &location, load::ObjectsOutcome &outcome)
    {
        const std::string savepointFailed
            = EngineTr::tr("Could not create the indexes and keys of %1.")
                  .arg(qs(location))
                  .toStdString();
        for (const auto &[sql, message] : statements) {
            const bool inTransaction
                = PQtransactionStatus(m_connection->handle()) == PQTRANS_INTRANS;
            if (inTransaction) {
                if (Result<void> mark
                    = m_connection->command("SAVEPOINT ferry_ddl", savepointFailed);
                    !mark) {
                    return mark.error();
                }
            }
            Result<ResultPtr> result = m_connection->run(sql, {}, message, location);
            if (inTransaction) {
                if (Result<void> done = m_connection->command(
                        result ? "RELEASE SAVEPOINT ferry_ddl"
                               : "ROLLBACK TO SAVEPOINT ferry_ddl; RELEASE SAVEPOINT ferry_ddl",
                        savepointFailed);
                    !done) {
                    return done.error();
                }
            }
            if (!result) {
                if (result.error().action == ErrorAction::Retry
                    || result.error().code == ErrorCode::Cancelled) {
                    return result.error();
                }
                outcome.failed.push_back(result.error());
            }
        }
        return {};
    }

    static bool duplicatesUniqueKey(const TargetTable &table, const Index &index)
    {
        if (!index.unique || !index.predicate.empty())
            return false;
        for (const KeyConstraint &key : table.uniqueKeys) {
            if (!index.name.empty() && index.name == key.name)
                return true;
            if (key.columns.size() != index.columns.size())
                continue;
            bool same = true;
            for (size_t i = 0; i < key.columns.size() && same; ++i) {
                same = index.columns[i].expression.empty()
                    && index.columns[i].name == key.columns[i];
            }
            if (same)
                return true;
        }
        return false;
    }

    /// Names of the indexes of the table (those of its keys included).
    Result<std::set<std::string>> indexNames(const TargetTable &table)
    {
        return names("SELECT ci.relname FROM pg_catalog.pg_index i "
                     "JOIN pg_catalog.pg_class ci ON ci.oid = i.indexrelid "
                     "JOIN pg_catalog.pg_class c ON c.oid = i.indrelid "
                     "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                     "WHERE n.nspname = coalesce(nullif($1, ''), current_schema()) "
                     "  AND c.relname = $2",
                     table, {});
    }

    /// Names of the table's constraints of one kind ("p" primary key, "f" foreign key).
    Result<std::set<std::string>> constraintNames(const TargetTable &table,
                                                  const std::string &kind)
    {
        return names("SELECT con.conname FROM pg_catalog.pg_constraint con "
                     "JOIN pg_catalog.pg_class c ON c.oid = con.conrelid "
                     "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                     "WHERE n.nspname = coalesce(nullif($1, ''), current_schema()) "
                     "  AND c.relname = $2 AND con.contype = $3",
                     table, kind);
    }

    Result<std::set<std::string>> names(const char *sql, const TargetTable &table,
                                        const std::string &kind)
    {
        TextRow parameters{table.schema, table.name};
        if (!kind.empty())
            parameters.push_back(kind);
        Result<ResultPtr> result
            = m_connection->runAt(sql, parameters, displayName(table.schema, table.name),
                                  EngineTr::tr("Could not read the indexes and keys of table %1."));
        if (!result)
            return result.error();
        std::set<std::string> out;
        for (int row = 0; row < PQntuples(result->get()); ++row)
            out.insert(PQgetvalue(result->get(), row, 0));
        return out;
    }

    std::unique_ptr<Connection> m_connection;
    std::string m_defaultSchema;
    std::vector<std::string> m_warnings; ///< what the DDL writer could not express
};

} // namespace

Result<std::unique_ptr<load::SourceSession>> openSourceSession(const ConnectionSpec &spec)
{
    Result<std::unique_ptr<Connection>> connection = Connection::open(spec);
    if (!connection)
        return connection.error();
    return std::unique_ptr<load::SourceSession>(
        std::make_unique<PostgresSourceSession>(std::move(*connection)));
}

Result<std::unique_ptr<load::TargetSession>> openTargetSession(const ConnectionSpec &spec)
{
    Result<std::unique_ptr<Connection>> connection = Connection::open(spec);
    if (!connection)
        return connection.error();
    auto session = std::make_unique<PostgresTargetSession>(std::move(*connection));
    if (Result<void> ready = session->init(); !ready)
        return ready.error();
    return std::unique_ptr<load::TargetSession>(std::move(session));
}

} // namespace ferry::postgres
