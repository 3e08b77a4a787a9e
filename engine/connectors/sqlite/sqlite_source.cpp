// SPDX-License-Identifier: MIT
// The SQLite source session (engine/load/load_session.h): a read-only connection, a prepared
// SELECT per reader, cells normalized straight into the RowBatch buffers.
#include "engine/connectors/sqlite/sqlite_connection.h"
#include "engine/connectors/sqlite/sqlite_load.h"
#include "engine/connectors/sqlite/sqlite_load_common.h"
#include "engine/core/tr.h"
#include "engine/load/canonical_text.h"
#include "engine/load/where_clause.h"

#include <sqlite3.h>

#include <atomic>
#include <charconv>
#include <cmath>
#include <limits>

namespace ferry::sqlite {

namespace {

using detail::BoundValue;

std::string quoted(std::string_view identifier)
{
    return quoteIdentifier(Dialect::Sqlite, identifier);
}

/// How a column's values are normalized beyond the storage class's plain text.
enum class CellKind {
    Plain, ///< INTEGER -> decimal, REAL -> shortest round-trip text, TEXT/BLOB as stored
    Boolean, ///< 0 / nonzero -> false / true (SQLite's own truth), text spellings parsed
    Decimal, ///< like Plain, but REAL without exponent ("1e+20" -> "100000000000000000000")
    Structured, ///< JSON, interval, array, geometry text -> canonical (appendTextAsCanonical)
};

CellKind cellKindFor(const CanonicalType &type)
{
    if (load::isNormalizedFromText(type))
        return CellKind::Structured;
    switch (type.family) {
    case TypeFamily::Boolean:
        return CellKind::Boolean;
    case TypeFamily::Decimal:
    case TypeFamily::Money:
        return CellKind::Decimal;
    default:
        return CellKind::Plain;
    }
}

void appendInteger(std::string &out, int64_t value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

void appendPlainDecimal(std::string &out, double value)
{
    if (!std::isfinite(value)) {
        out += load::formatDouble(value);
        return;
    }
    // Fixed notation, shortest digits that read back to the same double; the smallest
    // subnormal needs 326 characters.
    char buffer[400];
    const auto result
        = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    out.append(buffer, result.ptr);
}

/// A value for an error message: at most 100 bytes, as JSON string text.
std::string shownValue(std::string_view value)
{
    std::string shown;
    load::appendJsonString(shown, value.substr(0, 100));
    if (value.size() > 100)
        shown += "...";
    return shown;
}

/**
 * Reads one table (or one key range of it) with a prepared SELECT. The statement belongs to
 * the session's connection; the reader must be destroyed before its session. cancel() may be
 * called from any thread: it sets a flag and interrupts the running statement.
 */
class SqliteTableReader final : public load::TableReader
{
public:
    SqliteTableReader(sqlite3 *db, Statement statement, const load::ReadRequest &request)
        : m_db(db), m_statement(std::move(statement)), m_location(request.table)
    {
        for (const auto &column : request.columns) {
            m_kinds.push_back(cellKindFor(column.type));
            m_names.push_back(column.name);
            m_types.push_back(column.type);
        }
    }

    Result<bool> read(load::RowBatch &batch, const load::BatchLimits &limits) override
    {
        if (m_failure)
            return *m_failure;
        if (m_finished)
            return false;
        sqlite3_stmt *statement = m_statement.handle();
        const size_t columnCount = m_kinds.size();
        while (true) {
            if (m_cancelled.load(std::memory_order_relaxed))
                return cancelledError(m_location);
            const int rc = sqlite3_step(statement);
            if (rc == SQLITE_DONE) {
                m_finished = true;
                return false;
            }
            if (rc != SQLITE_ROW) {
                // The statement cannot go on after a failure: every later read() repeats it.
                if (m_cancelled.load(std::memory_order_relaxed))
                    m_failure = cancelledError(m_location);
                else
                    m_failure = detail::statementError(
                        m_db, sqlite3_extended_errcode(m_db),
                        EngineTr::tr("Reading the SQLite table %1 failed.").arg(qs(m_location)),
                        m_location);
                if (m_failure->action == ErrorAction::RejectRow)
                    m_failure->action = ErrorAction::FailTable;
                return *m_failure;
            }
            for (size_t i = 0; i < columnCount; ++i) {
                if (auto appended = appendCell(batch, statement, i); !appended) {
                    batch.abandonRow();
                    return appended.error();
                }
            }
            batch.finishRow();
            if (limits.reachedBy(batch))
                return true;
        }
    }

    void cancel() override
    {
        m_cancelled.store(true);
        sqlite3_interrupt(m_db);
    }

private:
    Result<void> appendCell(load::RowBatch &batch, sqlite3_stmt *statement, size_t column)
    {
        const int index = int(column);
        const int storage = sqlite3_column_type(statement, index);
        if (storage == SQLITE_NULL) {
            batch.appendNull(column);
            return {};
        }
        const CellKind kind = m_kinds[column];
        if (kind == CellKind::Boolean)
            return appendBoolean(batch, statement, column, storage);
        std::string &out = batch.beginCell(column);
        switch (storage) {
        case SQLITE_INTEGER:
            appendInteger(out, sqlite3_column_int64(statement, index));
            break;
        case SQLITE_FLOAT:
            if (kind == CellKind::Decimal)
                appendPlainDecimal(out, sqlite3_column_double(statement, index));
            else
                out += load::formatDouble(sqlite3_column_double(statement, index));
            break;
        case SQLITE_TEXT: {
            const auto *text = sqlite3_column_text(statement, index);
            const std::string_view value(reinterpret_cast<const char *>(text),
                                         size_t(sqlite3_column_bytes(statement, index)));
            if (kind == CellKind::Structured)
                load::appendTextAsCanonical(out, value, m_types[column]);
            else
                out.append(value);
            break;
        }
        default: { // SQLITE_BLOB
            const void *blob = sqlite3_column_blob(statement, index);
            const int size = sqlite3_column_bytes(statement, index);
            if (size > 0)
                out.append(static_cast<const char *>(blob), size_t(size));
            break;
        }
        }
        batch.endCell(column);
        return {};
    }

    Result<void> appendBoolean(load::RowBatch &batch, sqlite3_stmt *statement, size_t column,
                               int storage)
    {
        const int index = int(column);
        std::optional<bool> value;
        std::string_view stored;
        switch (storage) {
        case SQLITE_INTEGER:
            value = sqlite3_column_int64(statement, index) != 0;
            break;
        case SQLITE_FLOAT:
            value = sqlite3_column_double(statement, index) != 0.0;
            break;
        default: {
            const auto *text = storage == SQLITE_TEXT
                ? reinterpret_cast<const char *>(sqlite3_column_text(statement, index))
                : static_cast<const char *>(sqlite3_column_blob(statement, index));
            stored = std::string_view(text ? text : "",
                                      size_t(sqlite3_column_bytes(statement, index)));
            if (storage == SQLITE_TEXT)
                value = load::parseBoolean(stored);
            break;
        }
        }
        if (!value) {
            Error error;
            error.code = ErrorCode::QueryFailed;
            error.action = ErrorAction::RejectRow;
            error.message = EngineTr::tr("The value %1 in the boolean column %2 of the SQLite "
                                         "table %3 is not a truth value.")
                                .arg(qs(shownValue(stored)), qs(m_names[column]), qs(m_location))
                                .toStdString();
            error.hint = EngineTr::tr("Booleans are read from 0/1 (any nonzero number is true) "
                                      "and from true/false, t/f, yes/no, y/n, on/off.")
                             .toStdString();
            error.location = m_location + "." + m_names[column];
            return error;
        }
        batch.appendCell(column, *value ? std::string_view("true") : std::string_view("false"));
        return {};
    }

    sqlite3 *m_db;
    Statement m_statement;
    std::string m_location;
    std::vector<CellKind> m_kinds;
    std::vector<std::string> m_names;
    std::vector<CanonicalType> m_types; ///< Structured columns: how their text is normalized
    std::atomic<bool> m_cancelled {false};
    bool m_finished = false;
    std::optional<Error> m_failure;
};

/**
 * A read-only connection to the source file. Thread: one thread at a time (readers it opens
 * included), except a reader's cancel().
 */
class SqliteSourceSession final : public load::SourceSession
{
public:
    explicit SqliteSourceSession(Connection connection) : m_connection(std::move(connection)) { }

    Dialect dialect() const override { return Dialect::Sqlite; }

    Result<std::unique_ptr<load::TableReader>> openReader(const load::ReadRequest &request) override
    {
        std::string sql = "SELECT ";
        for (size_t i = 0; i < request.columns.size(); ++i) {
            if (i > 0)
                sql += ", ";
            sql += quoted(request.columns[i].name);
        }
        if (request.columns.empty())
            sql += "NULL";
        sql += " FROM " + detail::qualifiedName(schemaOf(request.schema), request.table);
        if (request.range && !load::isWellFormed(*request.range))
            return Error {ErrorCode::Internal, ErrorAction::FailTask,
                          "sqlite: a key bound does not have one value per key column"};
        std::vector<BoundValue> values;
        sql += detail::whereClause(request.filters, request.range, request.columns, &values);
        sql += load::orderByClause(request.order, quoted);

        auto statement = Statement::prepare(m_connection, sql);
        if (!statement)
            return prepareError(statement.error(), request.table, sql);
        detail::bindValues(statement->handle(), values);
        return std::unique_ptr<load::TableReader>(
            new SqliteTableReader(m_connection.handle(), std::move(*statement), request));
    }

    Result<load::KeyBounds> keyBounds(const std::string &schema, const std::string &table,
                                      const std::string &column,
                                      const std::vector<load::ColumnFilter> &filters) override
    {
        std::vector<BoundValue> values;
        const std::string from = " FROM " + detail::qualifiedName(schemaOf(schema), table);
        const std::string where = detail::whereClause(filters, std::nullopt, {}, &values);
        const std::string key = quoted(column);

        // Slices are "lower < key <= upper" on integers: a NULL or text key would fall into
        // no slice and be lost, so such a key column cannot be sliced. min() and max() alone
        // use an index on the key; SQLite sorts NULL < numbers < text < blob.
        auto maximum = queryOne("SELECT max(" + key + ")" + from + where, values, table);
        if (!maximum)
            return maximum.error();
        if (maximum->storage == SQLITE_TEXT || maximum->storage == SQLITE_BLOB)
            return notSliceable(table, column, EngineTr::tr("text or blob values"));
        auto hasNull = queryOne("SELECT 1" + from + (where.empty() ? " WHERE " : where + " AND ")
                                    + key + " IS NULL LIMIT 1",
                                values, table);
        if (!hasNull)
            return hasNull.error();
        if (hasNull->storage != SQLITE_NULL)
            return notSliceable(table, column, EngineTr::tr("NULL values"));
        auto minimum = queryOne("SELECT min(" + key + ")" + from + where, values, table);
        if (!minimum)
            return minimum.error();

        load::KeyBounds bounds;
        if (minimum->storage != SQLITE_NULL)
            bounds.minimum
                = clamped(std::floor(minimum->number), minimum->integer, minimum->storage);
        if (maximum->storage != SQLITE_NULL)
            bounds.maximum
                = clamped(std::ceil(maximum->number), maximum->integer, maximum->storage);
        return bounds;
    }

private:
    struct Scalar
    {
        int storage = SQLITE_NULL;
        int64_t integer = 0;
        double number = 0;
    };

    /// SQLite's main database is "main"; an empty schema means the same.
    static std::string schemaOf(const std::string &schema)
    {
        return schema.empty() ? "main" : schema;
    }

    static int64_t clamped(double rounded, int64_t integer, int storage)
    {
        if (storage == SQLITE_INTEGER)
            return integer;
        if (rounded <= double(std::numeric_limits<int64_t>::min()))
            return std::numeric_limits<int64_t>::min();
        if (rounded >= double(std::numeric_limits<int64_t>::max()))
            return std::numeric_limits<int64_t>::max();
        return int64_t(rounded);
    }

    Result<Scalar> queryOne(const std::string &sql, const std::vector<BoundValue> &values,
                            const std::string &table)
    {
        auto statement = Statement::prepare(m_connection, sql);
        if (!statement)
            return prepareError(statement.error(), table, sql);
        detail::bindValues(statement->handle(), values);
        sqlite3_stmt *handle = statement->handle();
        const int rc = sqlite3_step(handle);
        Scalar scalar;
        if (rc == SQLITE_ROW) {
            scalar.storage = sqlite3_column_type(handle, 0);
            scalar.integer = sqlite3_column_int64(handle, 0);
            scalar.number = sqlite3_column_double(handle, 0);
        } else if (rc != SQLITE_DONE) {
            Error error = detail::statementError(
                m_connection.handle(), sqlite3_extended_errcode(m_connection.handle()),
                EngineTr::tr("Reading the key range of the SQLite table %1 failed.").arg(qs(table)),
                table);
            error.detail += "; statement: " + sql;
            return error;
        }
        return scalar;
    }

    static Error notSliceable(const std::string &table, const std::string &column,
                              const QString &what)
    {
        Error error;
        error.code = ErrorCode::QueryFailed;
        error.action = ErrorAction::FailTable;
        error.message = EngineTr::tr("The key column %1 of the SQLite table %2 holds %3, so "
                                     "the table cannot be split into integer key ranges.")
                            .arg(qs(column), qs(table), what)
                            .toStdString();
        error.hint = EngineTr::tr("Load this table in one piece (table-settings parallel-load "
                                  "type none) or choose an integer key column.")
                         .toStdString();
        error.location = table + "." + column;
        return error;
    }

    static Error prepareError(const Error &cause, const std::string &table, const std::string &sql)
    {
        Error error = cause;
        error.action = ErrorAction::FailTable;
        error.message = EngineTr::tr("Could not prepare the query on the SQLite table %1.")
                            .arg(qs(table))
                            .toStdString();
        error.detail += "; statement: " + sql;
        error.hint = EngineTr::tr("Check that the table and its columns exist in the source "
                                  "database (the catalog may be out of date).")
                         .toStdString();
        error.location = table;
        return error;
    }

    Connection m_connection;
};

} // namespace

Result<std::unique_ptr<load::SourceSession>> openSourceSession(const ConnectionSpec &spec)
{
    auto connection = Connection::open(spec, OpenMode::ReadOnly);
    if (!connection)
        return connection.error();
    return std::unique_ptr<load::SourceSession>(new SqliteSourceSession(std::move(*connection)));
}

} // namespace ferry::sqlite
