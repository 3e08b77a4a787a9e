// SPDX-License-Identifier: MIT
// The ODBC source session (engine/load/load_session.h): a prepared SELECT with bound filter
// values, read through a block cursor (column-wise bound buffers, many rows per SQLFetch)
// or, when a column's values have no known bound, row by row with SQLGetData in pieces.
#include "engine/connectors/odbc/odbc_load.h"
#include "engine/load/where_clause.h"

#include "engine/connectors/odbc/odbc_catalog_reader.h"
#include "engine/connectors/odbc/odbc_connection_string.h"
#include "engine/connectors/odbc/odbc_diagnosis.h"
#include "engine/connectors/odbc/odbc_handles.h"
#include "engine/connectors/odbc/odbc_where.h"
#include "engine/core/text.h"
#include "engine/core/tr.h"
#include "engine/load/canonical_text.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstring>

namespace ferry::odbc {

namespace {

/// Rows per SQLFetch in block mode, and the memory the bound buffers may use at most.
constexpr size_t MaxRowsetRows = 1000;
constexpr size_t MaxRowsetBytes = 8u << 20;
/// A column whose values may be longer than this is read with SQLGetData instead of a buffer.
constexpr size_t MaxBoundBytes = 8192;
/// Buffer for a column of a SQLite data source, whose declared sizes bind nothing.
constexpr size_t SqliteBoundBytes = 256;
/// Piece size for SQLGetData.
constexpr size_t PieceBytes = 64 * 1024;

bool hasOption(const ConnectionSpec &spec, std::string_view key)
{
    for (const auto &[name, value] : spec.options) {
        if (asciiLower(name) == asciiLower(key))
            return true;
    }
    return false;
}

/// How a cell's bytes are turned into canonical text.
enum class Normalize {
    None,
    Boolean, ///< 1/0, t/f, ... and the single bytes 0x00/0x01 (MariaDB BIT(1))
    Decimal, ///< exponent forms ("1.0e+20") to plain digits, ".5" to "0.5"
    Money, ///< "$1,234.50" / "-$3.00" to "1234.50" / "-3.00"
    TimestampTz, ///< a trailing UTC offset ("+00", "+00:00", "Z") removed
    BitBytes, ///< big-endian bytes (MariaDB BIT(n)) to '0'/'1' text
    Lowercase, ///< UUIDs: psqlODBC prints them in upper case, the servers in lower case
    Float8, ///< fetched as SQL_C_DOUBLE
    Float4, ///< fetched as SQL_C_FLOAT
    Structured, ///< JSON, interval, array, geometry text -> canonical (appendTextAsCanonical)
};

/// One column of the SELECT list.
struct ColumnPlan
{
    size_t batchColumn = 0; ///< where its cells go in the batch
    std::string name;
    CanonicalType type;
    SQLSMALLINT cType = SQL_C_CHAR;
    Normalize normalize = Normalize::None;
    bool isLong = false; ///< read with SQLGetData, never bound
    size_t width = 0; ///< bound buffer bytes per row (terminator included for SQL_C_CHAR)
    std::vector<char> buffer;
    std::vector<SQLLEN> indicators;
};

/// The bound of a canonical type's text in bytes (terminator included); 0 when unbounded.
size_t boundedWidth(const CanonicalType &type)
{
    const auto characters = [](int64_t length) -> size_t {
        // Four bytes per character in UTF-8 (utf8mb4), plus the terminator.
        return length > 0 ? size_t(length) * 4 + 1 : 0;
    };
    switch (type.family) {
    case TypeFamily::Boolean:
        return 8;
    case TypeFamily::Integer:
    case TypeFamily::Year:
        return 24;
    case TypeFamily::Decimal:
        return type.precision > 0 ? size_t(type.precision) + 4 : 0;
    case TypeFamily::Money:
        return 48;
    case TypeFamily::Char:
    case TypeFamily::String:
        return type.isLob ? 0 : characters(type.length);
    case TypeFamily::Binary:
    case TypeFamily::VarBinary:
        return type.isLob || type.length <= 0 ? 0 : size_t(type.length);
    case TypeFamily::Bit:
        return type.length > 0 ? size_t(type.length) + 1 : 0;
    case TypeFamily::Date:
    case TypeFamily::Time:
        return 40;
    case TypeFamily::Timestamp:
        return 64;
    case TypeFamily::Interval:
        return 128;
    case TypeFamily::Uuid:
        return 48;
    case TypeFamily::Inet:
    case TypeFamily::Cidr:
    case TypeFamily::MacAddr:
        return 64;
    case TypeFamily::Enum:
    case TypeFamily::Set: {
        size_t total = 0;
        for (const auto &label : type.labels)
            total += label.size() + 1;
        return type.labels.empty() ? 0 : total * 4 + 1;
    }
    default:
        return 0; // json, xml, arrays, geometry, unknown: no bound
    }
}

/// Plans how one column is fetched.
ColumnPlan planColumn(const load::ReadColumn &column, SqlDialect sqlDialect)
{
    ColumnPlan plan;
    plan.name = column.name;
    plan.type = column.type;
    const TypeFamily family = column.type.family;
    switch (family) {
    case TypeFamily::Float:
        plan.cType = column.type.byteWidth == 4 ? SQL_C_FLOAT : SQL_C_DOUBLE;
        plan.normalize = column.type.byteWidth == 4 ? Normalize::Float4 : Normalize::Float8;
        plan.width = column.type.byteWidth == 4 ? sizeof(float) : sizeof(double);
        return plan;
    case TypeFamily::Boolean:
        plan.normalize = Normalize::Boolean;
        break;
    case TypeFamily::Decimal:
        plan.normalize = Normalize::Decimal;
        break;
    case TypeFamily::Money:
        plan.normalize = Normalize::Money;
        break;
    case TypeFamily::Timestamp:
    case TypeFamily::Time:
        if (column.type.withTimeZone)
            plan.normalize = Normalize::TimestampTz;
        break;
    case TypeFamily::Binary:
    case TypeFamily::VarBinary:
        plan.cType = SQL_C_BINARY;
        break;
    case TypeFamily::Uuid:
        plan.normalize = Normalize::Lowercase;
        break;
    case TypeFamily::Bit:
        if (isMySqlFamily(sqlDialect)) {
            plan.cType = SQL_C_BINARY;
            plan.normalize = Normalize::BitBytes;
        }
        break;
    default:
        if (load::isNormalizedFromText(column.type))
            plan.normalize = Normalize::Structured;
        break;
    }
    size_t width = boundedWidth(column.type);
    if (plan.normalize == Normalize::BitBytes)
        width = column.type.length > 0 ? size_t(column.type.length + 7) / 8 : 0;
    if (sqlDialect == SqlDialect::Sqlite) {
        // SQLite enforces no declared size: bind a modest buffer, read longer values again
        // with SQLGetData (row-by-row mode).
        width = SqliteBoundBytes;
    }
    if (width == 0 || width > MaxBoundBytes)
        plan.isLong = true;
    else
        plan.width = width;
    return plan;
}

/**
 * How to stop a statement the driver's SQLCancel cannot reach: psqlODBC cancels only while
 * SQLExecute runs, not a FETCH of its server-side cursor blocked inside SQLFetch. Then a
 * second connection asks the server to cancel the session's backend.
 */
struct ServerCancel
{
    ConnectionSpec spec;
    int64_t backendId = 0; ///< pg_backend_pid() of the session
};

/// Runs pg_cancel_backend(backendId) on a connection of its own. Best effort: a cancel that
/// cannot connect leaves the read to end by itself.
void cancelOnServer(const ServerCancel &target)
{
    detail::Connection connection;
    if (!connection.connect(target.spec, nullptr))
        return;
    SQLHSTMT statement = SQL_NULL_HSTMT;
    if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, connection.handle(), &statement)))
        return;
    SQLBIGINT backend = target.backendId;
    char sql[] = "SELECT pg_cancel_backend(?)";
    if (SQL_SUCCEEDED(SQLPrepare(statement, reinterpret_cast<SQLCHAR *>(sql), SQL_NTS))
        && SQL_SUCCEEDED(SQLBindParameter(statement, 1, SQL_PARAM_INPUT, SQL_C_SBIGINT, SQL_INTEGER,
                                          0, 0, &backend, 0, nullptr)))
        SQLExecute(statement);
    SQLFreeHandle(SQL_HANDLE_STMT, statement);
}

bool isRetryState(const std::string &state)
{
    return state.rfind("08", 0) == 0 || state == "40001" || state == "40P01" || state == "HYT00"
        || state == "HYT01";
}

/**
 * Reads one table through a prepared statement. Owns its statement handle; the session's
 * connection must outlive it. cancel() may be called from any thread (SQLCancel is the one
 * ODBC call meant for that).
 */
class OdbcTableReader final : public load::TableReader
{
public:
    OdbcTableReader(SQLHSTMT statement, std::vector<ColumnPlan> plans, size_t rowsetSize,
                    bool canGetBound, std::string location, const Secret *password,
                    std::shared_ptr<const ServerCancel> serverCancel)
        : m_statement(statement)
        , m_plans(std::move(plans))
        , m_rowsetSize(rowsetSize)
        , m_canGetBound(canGetBound)
        , m_location(std::move(location))
        , m_password(password)
        , m_serverCancel(std::move(serverCancel))
    {
        m_rowStatus.resize(m_rowsetSize);
    }

    ~OdbcTableReader() override
    {
        SQLFreeStmt(m_statement, SQL_CLOSE);
        SQLFreeHandle(SQL_HANDLE_STMT, m_statement);
    }

    OdbcTableReader(const OdbcTableReader &) = delete;
    OdbcTableReader &operator=(const OdbcTableReader &) = delete;

    /// Binds the buffers and sets the rowset attributes; false with *error on failure.
    bool bind(Error *error)
    {
        if (m_rowsetSize > 1) {
            if (!succeeded(SQLSetStmtAttr(m_statement, SQL_ATTR_ROW_BIND_TYPE,
                                          reinterpret_cast<SQLPOINTER>(SQL_BIND_BY_COLUMN), 0))
                || !succeeded(SQLSetStmtAttr(m_statement, SQL_ATTR_ROW_ARRAY_SIZE,
                                             reinterpret_cast<SQLPOINTER>(m_rowsetSize), 0))) {
                *error = statementError(EngineTr::tr("The ODBC driver refused a block cursor "
                                                     "for the table %1.")
                                            .arg(qs(m_location)));
                return false;
            }
            // A driver may lower the size (01S02): use what it took.
            SQLULEN taken = 0;
            SQLGetStmtAttr(m_statement, SQL_ATTR_ROW_ARRAY_SIZE, &taken, 0, nullptr);
            if (taken >= 1 && taken < m_rowsetSize)
                m_rowsetSize = taken;
        }
        SQLSetStmtAttr(m_statement, SQL_ATTR_ROW_STATUS_PTR, m_rowStatus.data(), 0);
        SQLSetStmtAttr(m_statement, SQL_ATTR_ROWS_FETCHED_PTR, &m_fetched, 0);
        for (size_t i = 0; i < m_plans.size(); ++i) {
            ColumnPlan &plan = m_plans[i];
            if (plan.isLong)
                continue;
            plan.buffer.resize(plan.width * m_rowsetSize);
            plan.indicators.resize(m_rowsetSize);
            if (!succeeded(SQLBindCol(m_statement, SQLUSMALLINT(i + 1), plan.cType,
                                      plan.buffer.data(), SQLLEN(plan.width),
                                      plan.indicators.data()))) {
                *error = statementError(EngineTr::tr("Binding the column %1 of the table %2 "
                                                     "failed.")
                                            .arg(qs(plan.name), qs(m_location)));
                return false;
            }
        }
        return true;
    }

    Result<bool> read(load::RowBatch &batch, const load::BatchLimits &limits) override
    {
        if (m_failure)
            return *m_failure;
        while (true) {
            if (m_cancelled.load(std::memory_order_relaxed))
                return cancelledError(m_location);
            if (m_position >= m_fetched) {
                if (m_finished)
                    return false;
                const SQLRETURN rc = SQLFetch(m_statement);
                if (rc == SQL_NO_DATA) {
                    m_finished = true;
                    return false;
                }
                if (!SQL_SUCCEEDED(rc)) {
                    m_failure = m_cancelled.load()
                        ? cancelledError(m_location)
                        : statementError(EngineTr::tr("Reading the table %1 through ODBC "
                                                      "failed.")
                                             .arg(qs(m_location)));
                    return *m_failure;
                }
                m_position = 0;
                if (m_rowsetSize == 1 && m_fetched == 0)
                    m_fetched = 1; // drivers that leave the pointer alone for single rows
            }
            while (m_position < m_fetched) {
                const size_t row = m_position++;
                const SQLUSMALLINT status = m_rowStatus[row];
                if (status == SQL_ROW_NOROW || status == SQL_ROW_DELETED)
                    continue;
                if (status == SQL_ROW_ERROR) {
                    Error error = statementError(EngineTr::tr("The ODBC driver could not "
                                                              "convert a row of the table %1.")
                                                     .arg(qs(m_location)));
                    error.action = ErrorAction::RejectRow;
                    return error;
                }
                if (auto appended = appendRow(batch, row); !appended) {
                    batch.abandonRow();
                    if (appended.error().action != ErrorAction::RejectRow)
                        m_failure = appended.error();
                    return appended.error();
                }
                batch.finishRow();
                if (limits.reachedBy(batch))
                    return true;
            }
        }
    }

    void cancel() override
    {
        m_cancelled.store(true);
        SQLCancel(m_statement);
        if (m_serverCancel && !m_finished)
            cancelOnServer(*m_serverCancel);
    }

private:
    static bool succeeded(SQLRETURN rc) { return SQL_SUCCEEDED(rc); }

    Error statementError(const QString &message) const
    {
        const auto records = detail::diagnosticRecords(SQL_HANDLE_STMT, m_statement);
        Error error;
        error.code = ErrorCode::QueryFailed;
        error.action = ErrorAction::FailTable;
        error.message = message.toStdString();
        error.detail = describeRecords(records, *m_password);
        error.location = m_location;
        for (const auto &record : records) {
            if (record.sqlState == "HY008") {
                Error cancelled = cancelledError(m_location);
                cancelled.detail = std::move(error.detail);
                return cancelled;
            }
            if (isRetryState(record.sqlState))
                error.action = ErrorAction::Retry;
        }
        return error;
    }

    Error rejectError(const ColumnPlan &plan, std::string_view value) const
    {
        std::string shown;
        load::appendJsonString(shown, value.substr(0, 100));
        Error error;
        error.code = ErrorCode::QueryFailed;
        error.action = ErrorAction::RejectRow;
        error.message = EngineTr::tr("The value %1 in the column %2 of the table %3 cannot be "
                                     "read as %4.")
                            .arg(qs(shown), qs(plan.name), qs(m_location), qs(plan.type.toString()))
                            .toStdString();
        error.location = m_location + "." + plan.name;
        return error;
    }

    Result<void> appendRow(load::RowBatch &batch, size_t row)
    {
        for (size_t i = 0; i < m_plans.size(); ++i) {
            ColumnPlan &plan = m_plans[i];
            if (plan.isLong) {
                if (auto read = getData(SQLUSMALLINT(i + 1), plan); !read)
                    return read.error();
                if (!m_pieceIsNull) {
                    if (!appendNormalized(batch, plan, m_piece))
                        return rejectError(plan, m_piece);
                } else {
                    batch.appendNull(plan.batchColumn);
                }
                continue;
            }
            const SQLLEN indicator = plan.indicators[row];
            if (indicator == SQL_NULL_DATA) {
                batch.appendNull(plan.batchColumn);
                continue;
            }
            const char *data = plan.buffer.data() + row * plan.width;
            if (plan.cType == SQL_C_DOUBLE || plan.cType == SQL_C_FLOAT) {
                std::string text;
                if (plan.cType == SQL_C_DOUBLE) {
                    double value = 0;
                    std::memcpy(&value, data, sizeof value);
                    text = load::formatDouble(value);
                } else {
                    float value = 0;
                    std::memcpy(&value, data, sizeof value);
                    text = load::formatFloat(value);
                }
                batch.appendCell(plan.batchColumn, text);
                continue;
            }
            const size_t capacity = plan.cType == SQL_C_CHAR ? plan.width - 1 : plan.width;
            if (indicator == SQL_NO_TOTAL || size_t(indicator) > capacity) {
                // Longer than its declared size (SQLite) or than the driver said: read it
                // again whole, where the driver allows SQLGetData on a bound column.
                if (m_rowsetSize != 1 || !m_canGetBound) {
                    Error error;
                    error.code = ErrorCode::QueryFailed;
                    error.action = ErrorAction::FailTable;
                    error.message = EngineTr::tr("A value in the column %1 of the table %2 is "
                                                 "longer than the column's declared size.")
                                        .arg(qs(plan.name), qs(m_location))
                                        .toStdString();
                    error.hint = EngineTr::tr("Load the table with a driver that enforces "
                                              "column sizes, or widen the column's type in "
                                              "the source.")
                                     .toStdString();
                    error.location = m_location + "." + plan.name;
                    return error;
                }
                if (auto read = getData(SQLUSMALLINT(i + 1), plan); !read)
                    return read.error();
                if (m_pieceIsNull)
                    batch.appendNull(plan.batchColumn);
                else if (!appendNormalized(batch, plan, m_piece))
                    return rejectError(plan, m_piece);
                continue;
            }
            const std::string_view value(data, size_t(indicator));
            if (!appendNormalized(batch, plan, value))
                return rejectError(plan, value);
        }
        return {};
    }

    /// Reads a whole value with SQLGetData into m_piece (m_pieceIsNull for NULL).
    Result<void> getData(SQLUSMALLINT column, const ColumnPlan &plan)
    {
        m_piece.clear();
        m_pieceIsNull = false;
        m_chunk.resize(PieceBytes);
        const SQLSMALLINT cType = plan.cType == SQL_C_BINARY ? SQL_C_BINARY : SQL_C_CHAR;
        const size_t terminator = cType == SQL_C_CHAR ? 1 : 0;
        while (true) {
            SQLLEN indicator = 0;
            const SQLRETURN rc = SQLGetData(m_statement, column, cType, m_chunk.data(),
                                            SQLLEN(m_chunk.size()), &indicator);
            if (rc == SQL_NO_DATA)
                return {};
            if (!SQL_SUCCEEDED(rc)) {
                if (m_cancelled.load())
                    return cancelledError(m_location);
                return statementError(EngineTr::tr("Reading the column %1 of the table %2 "
                                                   "through ODBC failed.")
                                          .arg(qs(plan.name), qs(m_location)));
            }
            if (indicator == SQL_NULL_DATA) {
                m_pieceIsNull = true;
                return {};
            }
            const size_t room = m_chunk.size() - terminator;
            const bool more = rc == SQL_SUCCESS_WITH_INFO
                && (indicator == SQL_NO_TOTAL || size_t(indicator) > room);
            if (!more) {
                m_piece.append(m_chunk.data(), size_t(indicator));
                return {};
            }
            m_piece.append(m_chunk.data(), room);
        }
    }

    /// Appends value in canonical form; false when it cannot be converted.
    bool appendNormalized(load::RowBatch &batch, const ColumnPlan &plan, std::string_view value)
    {
        const size_t column = plan.batchColumn;
        switch (plan.normalize) {
        case Normalize::None:
        case Normalize::Float4:
        case Normalize::Float8:
            batch.appendCell(column, value);
            return true;
        case Normalize::Boolean: {
            std::optional<bool> flag;
            if (value.size() == 1 && (value[0] == '\0' || value[0] == '\1'))
                flag = value[0] == '\1';
            else
                flag = load::parseBoolean(value);
            if (!flag)
                return false;
            batch.appendCell(column, *flag ? "true" : "false");
            return true;
        }
        case Normalize::Decimal:
            return appendDecimal(batch, column, value);
        case Normalize::Money: {
            std::string &out = batch.beginCell(column);
            const size_t start = out.size();
            bool negative = false;
            for (char c : value) {
                if ((c >= '0' && c <= '9') || c == '.')
                    out += c;
                else if (c == '-' || c == '(')
                    negative = true;
            }
            if (negative)
                out.insert(out.begin() + std::ptrdiff_t(start), '-');
            batch.endCell(column);
            return out.size() > start;
        }
        case Normalize::TimestampTz: {
            for (std::string_view suffix : {"+00:00", "+00", "Z"}) {
                if (value.size() > suffix.size()
                    && value.substr(value.size() - suffix.size()) == suffix) {
                    value.remove_suffix(suffix.size());
                    break;
                }
            }
            batch.appendCell(column, value);
            return true;
        }
        case Normalize::Lowercase: {
            std::string &out = batch.beginCell(column);
            for (char c : value)
                out += c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
            batch.endCell(column);
            return true;
        }
        case Normalize::BitBytes: {
            const int bits = plan.type.length > 0 ? int(plan.type.length) : int(value.size() * 8);
            batch.appendCell(column, load::bitsFromBytes(value, bits));
            return true;
        }
        case Normalize::Structured:
            load::appendTextAsCanonical(batch.beginCell(column), value, plan.type);
            batch.endCell(column);
            return true;
        }
        return false;
    }

    static bool appendDecimal(load::RowBatch &batch, size_t column, std::string_view value)
    {
        if (value.find_first_of("eE") != std::string_view::npos) {
            double number = 0;
            const auto [end, error]
                = std::from_chars(value.data(), value.data() + value.size(), number);
            if (error != std::errc() || end != value.data() + value.size())
                return false;
            std::string &out = batch.beginCell(column);
            if (!std::isfinite(number)) {
                out += load::formatDouble(number);
            } else {
                char buffer[400];
                const auto result = std::to_chars(buffer, buffer + sizeof buffer, number,
                                                  std::chars_format::fixed);
                out.append(buffer, result.ptr);
            }
            batch.endCell(column);
            return true;
        }
        std::string &out = batch.beginCell(column);
        if (!value.empty() && value.front() == '+')
            value.remove_prefix(1);
        if (!value.empty() && value.front() == '-') {
            out += '-';
            value.remove_prefix(1);
        }
        if (!value.empty() && value.front() == '.')
            out += '0';
        out.append(value);
        batch.endCell(column);
        return true;
    }

    SQLHSTMT m_statement;
    std::vector<ColumnPlan> m_plans;
    size_t m_rowsetSize;
    bool m_canGetBound;
    std::string m_location;
    const Secret *m_password;
    std::shared_ptr<const ServerCancel> m_serverCancel;
    std::vector<SQLUSMALLINT> m_rowStatus;
    SQLULEN m_fetched = 0;
    size_t m_position = 0;
    std::atomic<bool> m_finished {false}; ///< read by cancel()
    std::optional<Error> m_failure;
    std::atomic<bool> m_cancelled {false};
    std::string m_piece;
    bool m_pieceIsNull = false;
    std::vector<char> m_chunk;
};

/// A value bound to a `?`: text (SQL_C_CHAR) or a 64-bit integer.
struct Parameter
{
    std::string text;
    SQLBIGINT integer = 0;
    bool isInteger = false;
    SQLLEN length = 0;
};

/**
 * An ODBC connection used as a migration source. Thread: one thread at a time, except a
 * reader's cancel().
 */
class OdbcSourceSession final : public load::SourceSession
{
public:
    OdbcSourceSession(std::unique_ptr<detail::Connection> connection, ConnectionSpec spec)
        : m_connection(std::move(connection)), m_spec(std::move(spec))
    {
        m_sqlDialect = sqlDialectOfProduct(m_connection->infoString(SQL_DBMS_NAME));
        const std::string quote = m_connection->infoString(SQL_IDENTIFIER_QUOTE_CHAR);
        m_quote = quote.empty() || quote == " " ? std::string() : quote.substr(0, 1);
        m_usesSchemas = m_connection->infoNumber(SQL_SCHEMA_USAGE).value_or(0) != 0;
        m_usesCatalogs = m_connection->infoNumber(SQL_CATALOG_USAGE).value_or(0) != 0;
        m_catalogSeparator = m_connection->infoString(SQL_CATALOG_NAME_SEPARATOR);
        if (m_catalogSeparator.empty())
            m_catalogSeparator = ".";
        const SQLUINTEGER extensions = m_connection->infoNumber(SQL_GETDATA_EXTENSIONS).value_or(0);
        m_canGetBound = (extensions & SQL_GD_BOUND) != 0;
    }

    Dialect dialect() const override { return Dialect::Odbc; }

    /// Puts the session in UTC where the DBMS is known, so zoned timestamps read in UTC, and
    /// notes the PostgreSQL backend for cancel().
    Result<void> prepareSession()
    {
        if (auto zone = setTimeZone(); !zone)
            return zone;
        if (m_sqlDialect != SqlDialect::PostgreSql)
            return {};
        std::vector<Parameter> none;
        SQLHSTMT statement = SQL_NULL_HSTMT;
        if (auto executed = execute("SELECT pg_backend_pid()", none, {}, &statement); !executed)
            return executed.error();
        SQLBIGINT backend = 0;
        SQLLEN indicator = 0;
        if (SQL_SUCCEEDED(SQLFetch(statement))
            && SQL_SUCCEEDED(SQLGetData(statement, 1, SQL_C_SBIGINT, &backend, 0, &indicator))
            && indicator != SQL_NULL_DATA) {
            auto target = std::make_shared<ServerCancel>();
            target->spec = m_spec;
            target->backendId = int64_t(backend);
            m_serverCancel = std::move(target);
        }
        SQLFreeStmt(statement, SQL_CLOSE);
        SQLFreeHandle(SQL_HANDLE_STMT, statement);
        return {};
    }

private:
    Result<void> setTimeZone()
    {
        const char *sql = m_sqlDialect == SqlDialect::PostgreSql ? "SET TIME ZONE 'UTC'"
            : isMySqlFamily(m_sqlDialect)                  ? "SET time_zone = '+00:00'"
                                                         : nullptr;
        if (!sql)
            return {};
        SQLHSTMT statement = SQL_NULL_HSTMT;
        if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, m_connection->handle(), &statement)))
            return connectionError(EngineTr::tr("Could not allocate an ODBC statement."));
        const SQLRETURN rc = SQLExecDirect(
            statement, reinterpret_cast<SQLCHAR *>(const_cast<char *>(sql)), SQL_NTS);
        Error error;
        if (!SQL_SUCCEEDED(rc))
            error = makeError(statement,
                              EngineTr::tr("Setting the session time zone to UTC "
                                           "on the %1 failed.")
                                  .arg(qs(targetLabel(m_spec))),
                              {});
        SQLFreeHandle(SQL_HANDLE_STMT, statement);
        if (!SQL_SUCCEEDED(rc))
            return error;
        return {};
    }

public:
    Result<std::unique_ptr<load::TableReader>> openReader(const load::ReadRequest &request) override
    {
        // Bounded columns first, then the long ones (read with SQLGetData in ascending
        // column order, which every driver allows after the last bound column).
        std::vector<ColumnPlan> plans;
        for (size_t i = 0; i < request.columns.size(); ++i) {
            ColumnPlan plan = planColumn(request.columns[i], m_sqlDialect);
            plan.batchColumn = i;
            plans.push_back(std::move(plan));
        }
        std::stable_partition(plans.begin(), plans.end(),
                              [](const ColumnPlan &plan) { return !plan.isLong; });
        const bool anyLong = std::any_of(plans.begin(), plans.end(),
                                         [](const ColumnPlan &plan) { return plan.isLong; });
        size_t rowWidth = 1;
        for (const auto &plan : plans)
            rowWidth += plan.width + sizeof(SQLLEN);
        // SQLite via ODBC enforces no size, so any value may need SQLGetData: row by row.
        const size_t rowsetSize = anyLong || m_sqlDialect == SqlDialect::Sqlite
            ? 1
            : std::clamp<size_t>(MaxRowsetBytes / rowWidth, 1, MaxRowsetRows);

        std::string sql = "SELECT ";
        for (size_t i = 0; i < plans.size(); ++i)
            sql += (i ? ", " : "") + selectExpression(plans[i]);
        if (plans.empty())
            sql += "1";
        sql += " FROM " + qualified(request.schema, request.table);
        if (request.range && !load::isWellFormed(*request.range))
            return Error {ErrorCode::Internal, ErrorAction::FailTask,
                          "odbc: a key bound does not have one value per key column"};
        std::vector<Parameter> parameters;
        sql += whereClause(request.filters, request.range, &parameters);
        sql += load::orderByClause(request.order,
                                   [this](std::string_view name) { return quoted(name); });

        SQLHSTMT statement = SQL_NULL_HSTMT;
        auto executed = execute(sql, parameters, request.table, &statement);
        if (!executed)
            return executed.error();
        auto reader = std::make_unique<OdbcTableReader>(statement, std::move(plans), rowsetSize,
                                                        m_canGetBound, request.table,
                                                        &m_spec.password, m_serverCancel);
        Error error;
        if (!reader->bind(&error))
            return error;
        return std::unique_ptr<load::TableReader>(std::move(reader));
    }

    Result<load::KeyBounds> keyBounds(const std::string &schema, const std::string &table,
                                      const std::string &column,
                                      const std::vector<load::ColumnFilter> &filters) override
    {
        std::vector<Parameter> parameters;
        const std::string key = quoted(column);
        const std::string sql = "SELECT MIN(" + key + "), MAX(" + key + ") FROM "
            + qualified(schema, table) + whereClause(filters, std::nullopt, &parameters);
        SQLHSTMT statement = SQL_NULL_HSTMT;
        auto executed = execute(sql, parameters, table, &statement);
        if (!executed)
            return executed.error();
        load::KeyBounds bounds;
        Result<void> result;
        const SQLRETURN rc = SQLFetch(statement);
        if (SQL_SUCCEEDED(rc)) {
            for (SQLUSMALLINT i = 1; i <= 2 && result.ok(); ++i) {
                SQLBIGINT value = 0;
                SQLLEN indicator = 0;
                if (!SQL_SUCCEEDED(
                        SQLGetData(statement, i, SQL_C_SBIGINT, &value, 0, &indicator))) {
                    result = makeError(statement,
                                       EngineTr::tr("The key column %1 of the table %2 does "
                                                    "not hold integers, so the table cannot be "
                                                    "split into key ranges.")
                                           .arg(qs(column), qs(table)),
                                       table);
                } else if (indicator != SQL_NULL_DATA) {
                    (i == 1 ? bounds.minimum : bounds.maximum) = int64_t(value);
                }
            }
        } else if (rc != SQL_NO_DATA) {
            result = makeError(statement,
                               EngineTr::tr("Reading the key range of the table %1 through "
                                            "ODBC failed.")
                                   .arg(qs(table)),
                               table);
        }
        SQLFreeStmt(statement, SQL_CLOSE);
        SQLFreeHandle(SQL_HANDLE_STMT, statement);
        if (!result)
            return result.error();
        return bounds;
    }

private:
    std::string quoted(std::string_view identifier) const
    {
        if (m_quote.empty())
            return std::string(identifier);
        std::string out = m_quote;
        for (char c : identifier) {
            if (c == m_quote.front())
                out += c;
            out += c;
        }
        return out + m_quote;
    }

    /**
     * The column as selected. psqlODBC converts dates and timestamps to text itself and turns
     * 'infinity' into "9999-12-31 23:59:59", '-infinity' into "0000-00-00" and drops "BC";
     * money comes as "-$1,234.50". Selected as text (numeric for money), the server's own
     * spelling arrives. MySQL/MariaDB geometry is stored binary: selected as its WKT with the
     * SRID as an EWKT prefix.
     */
    std::string selectExpression(const ColumnPlan &plan) const
    {
        const std::string column = quoted(plan.name);
        if (isMySqlFamily(m_sqlDialect) && plan.type.family == TypeFamily::Geometry)
            return "CONCAT('SRID=', ST_SRID(" + column + "), ';', ST_AsText(" + column + "))";
        if (m_sqlDialect != SqlDialect::PostgreSql)
            return column;
        switch (plan.type.family) {
        case TypeFamily::Date:
        case TypeFamily::Time:
        case TypeFamily::Timestamp:
            return "CAST(" + column + " AS text)";
        case TypeFamily::Money:
            return "CAST(" + column + " AS numeric)";
        default:
            return column;
        }
    }

    /// The table as the driver names it: schema.table (PostgreSQL), catalog.table (MySQL's
    /// databases are ODBC catalogs) or just the table (SQLite's "main").
    std::string qualified(const std::string &schema, const std::string &table) const
    {
        if (schema.empty() || (!m_usesSchemas && !m_usesCatalogs))
            return quoted(table);
        if (m_usesSchemas)
            return quoted(schema) + "." + quoted(table);
        return quoted(schema) + m_catalogSeparator + quoted(table);
    }

    /// " WHERE ..." for the filters (conditions on a column OR'ed, filters AND'ed) and the
    /// key range (engine/connectors/odbc/odbc_where.h); every value a `?` appended to
    /// *parameters.
    std::string whereClause(const std::vector<load::ColumnFilter> &filters,
                            const std::optional<load::KeyRange> &range,
                            std::vector<Parameter> *parameters) const
    {
        const load::SqlCondition condition = whereCondition(
            filters, range, m_sqlDialect, [this](std::string_view name) { return quoted(name); });
        for (WhereParameter &value : whereParameters(condition)) {
            if (value.isInteger) {
                parameters->push_back(Parameter {{}, SQLBIGINT(value.integer), true, 0});
            } else {
                const auto length = SQLLEN(value.text.size());
                parameters->push_back(Parameter {std::move(value.text), 0, false, length});
            }
        }
        return condition.where();
    }

    /// Prepares sql, binds parameters (which must stay alive until the call returns) and
    /// executes it; the caller owns *statement afterwards.
    Result<void> execute(const std::string &sql, std::vector<Parameter> &parameters,
                         const std::string &table, SQLHSTMT *statement)
    {
        if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, m_connection->handle(), statement)))
            return connectionError(EngineTr::tr("Could not allocate an ODBC statement."));
        SQLHSTMT handle = *statement;
        SQLRETURN rc
            = SQLPrepare(handle, reinterpret_cast<SQLCHAR *>(const_cast<char *>(sql.c_str())),
                         SQLINTEGER(sql.size()));
        for (size_t i = 0; SQL_SUCCEEDED(rc) && i < parameters.size(); ++i) {
            Parameter &parameter = parameters[i];
            if (parameter.isInteger) {
                rc = SQLBindParameter(handle, SQLUSMALLINT(i + 1), SQL_PARAM_INPUT, SQL_C_SBIGINT,
                                      SQL_BIGINT, 0, 0, &parameter.integer, 0, nullptr);
            } else {
                rc = SQLBindParameter(handle, SQLUSMALLINT(i + 1), SQL_PARAM_INPUT, SQL_C_CHAR,
                                      SQL_VARCHAR, std::max<SQLULEN>(parameter.text.size(), 1), 0,
                                      parameter.text.data(), SQLLEN(parameter.text.size()),
                                      &parameter.length);
            }
        }
        if (SQL_SUCCEEDED(rc))
            rc = SQLExecute(handle);
        if (SQL_SUCCEEDED(rc) || rc == SQL_NO_DATA)
            return {};
        Error error = makeError(handle,
                                EngineTr::tr("The query on the table %1 through the %2 failed.")
                                    .arg(qs(table), qs(targetLabel(m_spec))),
                                table);
        error.detail += "; statement: " + sql;
        SQLFreeHandle(SQL_HANDLE_STMT, handle);
        *statement = SQL_NULL_HSTMT;
        return error;
    }

    Error makeError(SQLHSTMT statement, const QString &message, const std::string &location) const
    {
        const auto records = detail::diagnosticRecords(SQL_HANDLE_STMT, statement);
        Error error;
        error.code = ErrorCode::QueryFailed;
        error.action = ErrorAction::FailTable;
        error.message = message.toStdString();
        error.detail = describeRecords(records, m_spec.password);
        error.location = location;
        for (const auto &record : records) {
            if (isRetryState(record.sqlState))
                error.action = ErrorAction::Retry;
        }
        return error;
    }

    Error connectionError(const QString &message) const
    {
        Error error;
        error.code = ErrorCode::ConnectionFailed;
        error.action = ErrorAction::Retry;
        error.message = message.toStdString();
        error.detail = describeRecords(
            detail::diagnosticRecords(SQL_HANDLE_DBC, m_connection->handle()), m_spec.password);
        return error;
    }

    std::unique_ptr<detail::Connection> m_connection;
    ConnectionSpec m_spec;
    SqlDialect m_sqlDialect = SqlDialect::Generic;
    std::string m_quote;
    bool m_usesSchemas = false;
    bool m_usesCatalogs = false;
    std::string m_catalogSeparator;
    bool m_canGetBound = false;
    std::shared_ptr<const ServerCancel> m_serverCancel;
};

Result<std::unique_ptr<detail::Connection>> connect(const ConnectionSpec &spec)
{
    auto connection = std::make_unique<detail::Connection>();
    std::vector<DiagnosticRecord> records;
    if (!connection->connect(spec, &records))
        return diagnoseConnectFailure(spec, records, connection->inventory()).toError();
    return connection;
}

} // namespace

Result<std::unique_ptr<load::SourceSession>> openSourceSession(const ConnectionSpec &spec)
{
    if (std::optional<ConnectionDiagnosis> invalid = diagnoseMissingSource(spec))
        return invalid->toError();
    auto connection = connect(spec);
    if (!connection)
        return connection.error();

    // Drivers that fetch a whole result into memory by default stream when asked to: the
    // PostgreSQL driver through a server-side cursor (UseDeclareFetch), the SQLite driver
    // with sqlite3_step instead of sqlite3_get_table (StepAPI). Reconnect with the option
    // unless the connection sets it already.
    ConnectionSpec streaming = spec;
    const SqlDialect sqlDialect = sqlDialectOfProduct((*connection)->infoString(SQL_DBMS_NAME));
    if (sqlDialect == SqlDialect::PostgreSql && !hasOption(spec, "UseDeclareFetch")) {
        streaming.options["UseDeclareFetch"] = "1";
        if (!hasOption(spec, "Fetch"))
            streaming.options["Fetch"] = std::to_string(MaxRowsetRows);
    } else if (sqlDialect == SqlDialect::Sqlite && !hasOption(spec, "StepAPI")) {
        streaming.options["StepAPI"] = "1";
    }
    if (streaming.options != spec.options) {
        (*connection)->disconnect();
        connection = connect(streaming);
        if (!connection)
            return connection.error();
    }
    auto session = std::make_unique<OdbcSourceSession>(std::move(*connection), streaming);
    if (auto prepared = session->prepareSession(); !prepared)
        return prepared.error();
    return std::unique_ptr<load::SourceSession>(std::move(session));
}

} // namespace ferry::odbc
