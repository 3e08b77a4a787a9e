// SPDX-License-Identifier: MIT
// The SQLite target session (engine/load/load_session.h): a read-write connection tuned for
// loading, DDL for the tables it creates, and a TableWriter that inserts with prepared
// multi-row INSERTs inside a savepoint per batch.
#include "engine/catalog/catalog.h"
#include "engine/connectors/sqlite/sqlite_connection.h"
#include "engine/connectors/sqlite/sqlite_load.h"
#include "engine/connectors/sqlite/sqlite_load_common.h"
#include "engine/convert/ddl/sqlite_ddl_writer.h"
#include "engine/core/text.h"
#include "engine/core/tr.h"
#include "engine/load/canonical_text.h"
#include "engine/load/where_clause.h"
#include "engine/types/sqlite_types.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <map>

namespace ferry::sqlite {

namespace {

/// Every CREATE, ALTER and DROP this connector sends is written by its DDL writer.
const convert::SqliteDdlWriter &writer() { return convert::sqliteDdlWriter(); }

std::string quoted(std::string_view identifier)
{
    return quoteIdentifier(Dialect::Sqlite, identifier);
}

/// Cache for loading (KiB, as a negative cache_size means): big enough to keep the b-tree's
/// upper pages and a batch's dirty pages in memory, small enough for several parallel writers
/// within the task's memory budget.
constexpr int LoadCacheKiB = 32 * 1024;
/// Rows per execution of the writer's multi-row INSERT.
constexpr size_t ChunkRows = 64;
/// Writers to the same file wait for each other's transactions (one writer at a time).
constexpr int MinimumBusyTimeoutMs = 60 * 1000;

/**
 * How the writer binds a column's canonical text.
 */
enum class BindKind {
    Integer, ///< sqlite3_bind_int64 when the text is an int64, else the text as is
    Float, ///< sqlite3_bind_double; NaN as the text "NaN" (SQLite would store NULL)
    Boolean, ///< 0 / 1
    Blob, ///< the raw bytes
    Text, ///< the text as is (the column's affinity decides what is stored)
};

BindKind bindKindFor(const CanonicalType &type)
{
    switch (type.family) {
    case TypeFamily::Integer:
        // Unsigned 64-bit columns are declared with TEXT affinity (nativeType).
        return type.isUnsigned && type.byteWidth >= 8 ? BindKind::Text : BindKind::Integer;
    case TypeFamily::Float:
        return BindKind::Float;
    case TypeFamily::Boolean:
        return BindKind::Boolean;
    case TypeFamily::Binary:
    case TypeFamily::VarBinary:
        return BindKind::Blob;
    default:
        return BindKind::Text;
    }
}

/// The column SQLite names in a constraint message ("NOT NULL constraint failed: t.c"); empty
/// when it names several ("t.a, t.b") or a constraint rather than a column.
std::string columnInMessage(std::string_view message)
{
    const size_t colon = message.rfind(": ");
    if (colon == std::string_view::npos)
        return {};
    const std::string_view names = message.substr(colon + 2);
    if (names.find(", ") != std::string_view::npos)
        return {};
    const size_t dot = names.rfind('.');
    if (dot == std::string_view::npos)
        return {};
    return std::string(names.substr(dot + 1));
}

/**
 * Writes batches into one table with prepared INSERTs reused across batches: one that inserts
 * ChunkRows rows per execution (`VALUES (...), (...), ...`) and one for a single row. Rows go
 * in chunks; a chunk SQLite refuses is written again row by row, so only the bad rows are
 * rejected. Chunks matter: each execution of an INSERT has a fixed cost, and in an
 * AUTOINCREMENT table it also reads and writes sqlite_sequence (measured: ~40% of the time
 * with one row per execution).
 *
 * The statements belong to the session's connection; the writer must be destroyed before
 * its session. cancel() may be called from any thread.
 */
class SqliteTableWriter final : public load::TableWriter
{
public:
    SqliteTableWriter(sqlite3 *db, Statement single, Statement chunk, size_t chunkRows,
                      const load::WriteRequest &request, std::string rowIdColumn)
        : m_db(db)
        , m_single(std::move(single))
        , m_chunk(std::move(chunk))
        , m_chunkRows(chunkRows)
        , m_location(request.table)
        , m_rowIdColumn(std::move(rowIdColumn))
    {
        for (const auto &column : request.columns) {
            m_kinds.push_back(bindKindFor(column.type));
            m_names.push_back(column.name);
        }
    }

    Result<void> write(const load::RowBatch &batch,
                       std::vector<load::RejectedRow> *rejected) override
    {
        if (m_cancelled.load(std::memory_order_relaxed))
            return cancelledError(m_location);
        if (batch.columnCount() != m_kinds.size()) {
            return Error {ErrorCode::Internal,
                          ErrorAction::FailTable,
                          "batch column count does not match the writer's",
                          {},
                          {},
                          m_location};
        }
        // The savepoint makes a batch all-or-nothing when the write as a whole fails (disk
        // full, lock timeout, cancel); a row SQLite refuses aborts only its own INSERT.
        if (auto begun = run("SAVEPOINT ferry_batch"); !begun)
            return begun.error();
        const size_t rowCount = batch.rowCount();
        size_t row = 0;
        sqlite3_stmt *chunk = m_chunk.handle();
        while (chunk && row + m_chunkRows <= rowCount) {
            if (m_cancelled.load(std::memory_order_relaxed))
                return abandonBatch(cancelledError(m_location));
            bool bound = true;
            for (size_t k = 0; k < m_chunkRows && bound; ++k)
                bound = bindRow(chunk, int(k * m_kinds.size()), batch, row + k, nullptr);
            int rc = SQLITE_DONE;
            if (bound) {
                rc = sqlite3_step(chunk);
                sqlite3_reset(chunk);
            }
            if (!bound || rc != SQLITE_DONE) {
                const int code = bound ? sqlite3_extended_errcode(m_db) : SQLITE_CONSTRAINT;
                if (bound && rowActionOf(code) != ErrorAction::RejectRow)
                    return abandonBatch(batchError(code));
                // Row by row, to write the good rows and reject the bad ones.
                for (size_t k = 0; k < m_chunkRows; ++k) {
                    if (auto single = writeSingle(batch, row + k, rejected); !single)
                        return abandonBatch(single.error());
                }
            }
            row += m_chunkRows;
        }
        for (; row < rowCount; ++row) {
            if ((row & 255) == 0 && m_cancelled.load(std::memory_order_relaxed))
                return abandonBatch(cancelledError(m_location));
            if (auto single = writeSingle(batch, row, rejected); !single)
                return abandonBatch(single.error());
        }
        clearBindings();
        return run("RELEASE ferry_batch");
    }

    void cancel() override
    {
        m_cancelled.store(true);
        sqlite3_interrupt(m_db);
    }

private:
    static ErrorAction rowActionOf(int code)
    {
        switch (code & 0xFF) {
        case SQLITE_CONSTRAINT:
        case SQLITE_MISMATCH:
        case SQLITE_TOOBIG:
            return ErrorAction::RejectRow;
        default:
            return ErrorAction::FailTable;
        }
    }

    Error batchError(int code) const
    {
        if (m_cancelled.load(std::memory_order_relaxed))
            return cancelledError(m_location);
        return detail::statementError(
            m_db, code,
            EngineTr::tr("Writing a batch into the SQLite table %1 failed.").arg(qs(m_location)),
            m_location);
    }

    /// Inserts one row with the single-row statement; a refused row goes to *rejected. An
    /// Error only when the batch as a whole cannot go on.
    Result<void> writeSingle(const load::RowBatch &batch, size_t row,
                             std::vector<load::RejectedRow> *rejected)
    {
        sqlite3_stmt *statement = m_single.handle();
        if (!bindRow(statement, 0, batch, row, rejected))
            return {};
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_DONE) {
            sqlite3_reset(statement);
            return {};
        }
        const int code = sqlite3_extended_errcode(m_db);
        if (rowActionOf(code) != ErrorAction::RejectRow) {
            sqlite3_reset(statement);
            return batchError(code);
        }
        load::RejectedRow reject;
        reject.row = row;
        reject.column = (code & 0xFF) == SQLITE_MISMATCH ? m_rowIdColumn
                                                         : columnInMessage(sqlite3_errmsg(m_db));
        reject.truncation = (code & 0xFF) == SQLITE_TOOBIG;
        reject.error = detail::statementError(
            m_db, code, EngineTr::tr("The SQLite table %1 refused a row.").arg(qs(m_location)),
            reject.column.empty() ? m_location : m_location + "." + reject.column);
        sqlite3_reset(statement);
        rejected->push_back(std::move(reject));
        return {};
    }

    /// Binds one row straight from the batch buffers (SQLITE_STATIC: no copies) to the
    /// parameters after `offset`. false when a value cannot be bound (a boolean that is no
    /// truth value); the row is then appended to *rejected when rejected is not null.
    bool bindRow(sqlite3_stmt *statement, int offset, const load::RowBatch &batch, size_t row,
                 std::vector<load::RejectedRow> *rejected)
    {
        for (size_t column = 0; column < m_kinds.size(); ++column) {
            const int index = offset + int(column) + 1;
            if (batch.isNull(column, row)) {
                sqlite3_bind_null(statement, index);
                continue;
            }
            const std::string_view cell = batch.cell(column, row);
            // A zero-length cell still needs a non-null pointer, or SQLite binds NULL.
            const char *data = cell.empty() ? "" : cell.data();
            switch (m_kinds[column]) {
            case BindKind::Integer: {
                int64_t value = 0;
                const auto [end, error] = std::from_chars(data, data + cell.size(), value);
                if (error == std::errc() && end == data + cell.size()) {
                    sqlite3_bind_int64(statement, index, value);
                    continue;
                }
                break;
            }
            case BindKind::Float: {
                double value = 0;
                const auto [end, error] = std::from_chars(data, data + cell.size(), value);
                // SQLite turns a bound NaN into NULL; the text "NaN" stays text in a REAL
                // column and reads back as NaN.
                if (error == std::errc() && end == data + cell.size() && !std::isnan(value)) {
                    sqlite3_bind_double(statement, index, value);
                    continue;
                }
                break;
            }
            case BindKind::Boolean: {
                const auto value = load::parseBoolean(cell);
                if (!value) {
                    if (rejected)
                        rejectBoolean(row, column, cell, rejected);
                    return false;
                }
                sqlite3_bind_int(statement, index, *value ? 1 : 0);
                continue;
            }
            case BindKind::Blob:
                sqlite3_bind_blob(statement, index, data, int(cell.size()), SQLITE_STATIC);
                continue;
            case BindKind::Text:
                break;
            }
            sqlite3_bind_text(statement, index, data, int(cell.size()), SQLITE_STATIC);
        }
        return true;
    }

    void rejectBoolean(size_t row, size_t column, std::string_view cell,
                       std::vector<load::RejectedRow> *rejected) const
    {
        std::string shown;
        load::appendJsonString(shown, cell.substr(0, 100));
        load::RejectedRow reject;
        reject.row = row;
        reject.column = m_names[column];
        reject.error.code = ErrorCode::QueryFailed;
        reject.error.action = ErrorAction::RejectRow;
        reject.error.message = EngineTr::tr("The value %1 for the boolean column %2 of the "
                                            "SQLite table %3 is not a truth value.")
                                   .arg(qs(shown), qs(m_names[column]), qs(m_location))
                                   .toStdString();
        reject.error.location = m_location + "." + m_names[column];
        rejected->push_back(std::move(reject));
    }

    Result<void> run(const char *sql)
    {
        char *message = nullptr;
        const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
        sqlite3_free(message);
        if (rc == SQLITE_OK)
            return {};
        return batchError(sqlite3_extended_errcode(m_db));
    }

    /// The bindings point into the batch, which the caller may reuse once write() returns.
    void clearBindings()
    {
        sqlite3_clear_bindings(m_single.handle());
        if (m_chunk.handle())
            sqlite3_clear_bindings(m_chunk.handle());
    }

    /// Undoes the batch's rows and returns error. An interrupt, I/O error or full disk may
    /// already have rolled back the whole transaction; the savepoint is then gone too.
    Error abandonBatch(Error error)
    {
        clearBindings();
        if (!sqlite3_get_autocommit(m_db)) {
            sqlite3_exec(m_db, "ROLLBACK TO ferry_batch", nullptr, nullptr, nullptr);
            sqlite3_exec(m_db, "RELEASE ferry_batch", nullptr, nullptr, nullptr);
        }
        return error;
    }

    sqlite3 *m_db;
    Statement m_single;
    Statement m_chunk; ///< empty when a chunk would exceed SQLite's parameter limit
    size_t m_chunkRows;
    std::string m_location;
    std::string m_rowIdColumn; ///< the INTEGER PRIMARY KEY column (datatype mismatch), if any
    std::vector<BindKind> m_kinds;
    std::vector<std::string> m_names;
    std::atomic<bool> m_cancelled {false};
};

/**
 * A read-write connection to the target file, tuned for loading. Thread: one thread at a time
 * (writers it opens included), except a writer's cancel().
 */
class SqliteTargetSession final : public load::TargetSession
{
public:
    SqliteTargetSession(Connection connection, std::vector<std::string> warnings)
        : m_connection(std::move(connection)), m_warnings(std::move(warnings))
    {
    }

    Dialect dialect() const override { return Dialect::Sqlite; }
    std::string defaultSchema() const override { return {}; }
    std::string serverDescription() const override
    {
        return std::string("SQLite ") + sqlite3_libversion();
    }
    std::vector<std::string> warnings() const override { return m_warnings; }

    Result<void> execute(const std::string &sql, const load::TextRow &parameters) override
    {
        auto statement = prepared(sql, parameters);
        if (!statement)
            return statement.error();
        auto stepped = step(*statement, sql);
        if (!stepped)
            return stepped.error();
        return {};
    }

    Result<std::vector<load::TextRow>> query(const std::string &sql,
                                             const load::TextRow &parameters) override
    {
        auto statement = prepared(sql, parameters);
        if (!statement)
            return statement.error();
        std::vector<load::TextRow> rows;
        sqlite3_stmt *handle = statement->handle();
        const int columns = sqlite3_column_count(handle);
        while (true) {
            auto stepped = step(*statement, sql);
            if (!stepped)
                return stepped.error();
            if (!*stepped)
                break;
            load::TextRow row(static_cast<size_t>(columns));
            for (int i = 0; i < columns; ++i)
                row[size_t(i)] = statement->optionalText(i);
            rows.push_back(std::move(row));
        }
        return rows;
    }

    Result<void> begin() override { return execute("BEGIN IMMEDIATE", {}); }
    Result<void> commit() override { return execute("COMMIT", {}); }
    Result<void> rollback() override
    {
        // An interrupt or I/O error may have rolled back already.
        if (sqlite3_get_autocommit(m_connection.handle()))
            return {};
        return execute("ROLLBACK", {});
    }

    Result<bool> tableExists(const std::string &schema, const std::string &table) override
    {
        // SQLite compares identifiers case-insensitively (ASCII), so "T" exists when "t" does.
        auto rows = query("SELECT 1 FROM " + quoted(schemaOf(schema))
                              + ".sqlite_master WHERE type IN ('table', 'view') "
                                "AND name = ? COLLATE NOCASE",
                          {table});
        if (!rows)
            return rows.error();
        return !rows->empty();
    }

    /// SQLite has no schemas (attached databases are other files): nothing to create.
    Result<void> createSchema(const std::string &) override { return {}; }

    /**
     * SQLite cannot add a primary key or a foreign key to an existing table (ALTER TABLE has
     * no ADD CONSTRAINT), so the writer puts both into CREATE TABLE whatever withPrimaryKey
     * says, and addPrimaryKey/createForeignKeys do nothing. A single integer key column becomes
     * the rowid (INTEGER PRIMARY KEY, AUTOINCREMENT when the column is an identity), which is
     * also the fastest layout to load. Foreign keys are not checked while loading: the session
     * runs with foreign_keys=OFF, and a connection that turns them on gets them enforced.
     */
    Result<void> createTable(const load::TargetTable &table, bool withPrimaryKey) override
    {
        convert::CreateTableOptions options;
        options.withPrimaryKey = withPrimaryKey;
        for (const std::string &sql : writer().createTable(table, options, &m_warnings)) {
            if (auto created = ddl(
                    sql, EngineTr::tr("Could not create the SQLite table %1.").arg(qs(table.name)),
                    table.name);
                !created)
                return created;
        }
        return {};
    }

    Result<void> dropTable(const std::string &schema, const std::string &table) override
    {
        return ddl(writer().dropTable(schema, table),
                   EngineTr::tr("Could not drop the SQLite table %1.").arg(qs(table)), table);
    }

    /// DELETE without WHERE: SQLite's truncate optimization drops the pages at once.
    Result<void> truncateTable(const std::string &schema, const std::string &table) override
    {
        return ddl(writer().truncateTable(schema, table),
                   EngineTr::tr("Could not empty the SQLite table %1.").arg(qs(table)), table);
    }

    Result<void> deleteRows(const std::string &schema, const std::string &table,
                            const std::optional<load::KeyRange> &range) override
    {
        if (range && !load::isWellFormed(*range))
            return Error {ErrorCode::Internal, ErrorAction::FailTask,
                          "sqlite: a key bound does not have one value per key column"};
        std::vector<detail::BoundValue> values;
        const std::string sql = "DELETE FROM " + detail::qualifiedName(schema, table)
            + detail::whereClause({}, range, {}, &values);
        auto statement = Statement::prepare(m_connection, sql);
        if (!statement)
            return withStatement(statement.error(), sql, table);
        detail::bindValues(statement->handle(), values);
        if (sqlite3_step(statement->handle()) != SQLITE_DONE) {
            return withStatement(
                detail::statementError(m_connection.handle(),
                                       sqlite3_extended_errcode(m_connection.handle()),
                                       EngineTr::tr("Could not delete rows of the SQLite table "
                                                    "%1.")
                                           .arg(qs(table)),
                                       table),
                sql, table);
        }
        return {};
    }

    /// The primary key was created with the table (see createTable).
    Result<void> addPrimaryKey(const load::TargetTable &) override { return {}; }

    /**
     * Unique keys as unique indexes, then secondary indexes, with expressions and partial-index
     * predicates as the source wrote them (they are valid SQLite when the source was SQLite),
     * under the names the plan gives them (unique per database: the planner saw to it). An
     * index of that name already on this table (a resumed task) is kept. Methods SQLite lacks
     * (fulltext, spatial, gin, gist, ...) are skipped with a warning. Every index is
     * attempted; those SQLite refuses are listed with its reason.
     */
    Result<load::ObjectsOutcome> createIndexes(const load::TargetTable &table) override
    {
        auto existing = query("SELECT name, tbl_name FROM " + quoted(schemaOf(table.schema))
                                  + ".sqlite_master WHERE type = 'index'",
                              {});
        if (!existing)
            return existing.error();
        std::map<std::string, std::string> indexTables; // lower-case name -> table
        for (const auto &row : *existing)
            indexTables[asciiLower(row[0].value_or(""))] = row[1].value_or("");

        std::vector<Index> indexes;
        for (const auto &key : table.uniqueKeys)
            indexes.push_back(convert::SqliteDdlWriter::uniqueKeyIndex(table, key));
        for (const auto &index : table.indexes) {
            if (!index.primary)
                indexes.push_back(index);
        }

        load::ObjectsOutcome outcome;
        for (const Index &index : indexes) {
            // Empty for a method SQLite lacks: the warning says so.
            const std::string sql = writer().createIndex(table, index, &outcome.warnings);
            if (sql.empty())
                continue;
            const std::string name = convert::SqliteDdlWriter::indexName(table, index);
            const auto found = indexTables.find(asciiLower(name));
            if (found != indexTables.end() && asciiLower(found->second) == asciiLower(table.name))
                continue; // already there: a resumed task
            auto created = ddl(sql,
                               EngineTr::tr("Could not create index %1 on the SQLite table %2.")
                                   .arg(qs(name), qs(table.name)),
                               table.name);
            if (!created) {
                Error error = created.error();
                if (error.action == ErrorAction::Retry || error.code == ErrorCode::Cancelled)
                    return error;
                error.hint = EngineTr::tr("Index expressions and predicates are copied as the "
                                          "source wrote them; rewrite those SQLite does not "
                                          "understand.")
                                 .toStdString();
                outcome.failed.push_back(std::move(error));
            }
        }
        return outcome;
    }

    /// Foreign keys were created with the table (see createTable).
    Result<load::ObjectsOutcome> createForeignKeys(const load::TargetTable &) override
    {
        return load::ObjectsOutcome {};
    }

    /**
     * SQLite keeps sqlite_sequence at the largest rowid ever inserted into an AUTOINCREMENT
     * table, explicit values included; this only repairs a sequence row that lags behind
     * (rows written by a connection that bypassed it). Other rowid tables need nothing: a new
     * row gets max(rowid) + 1.
     */
    Result<void> resetIdentity(const load::TargetTable &table) override
    {
        const load::TargetColumn *key = nullptr;
        for (const auto &column : table.columns) {
            if (column.autoIncrement && convert::SqliteDdlWriter::isRowIdKey(table, column))
                key = &column;
        }
        if (!key)
            return {};
        const std::string schema = quoted(schemaOf(table.schema));
        auto hasSequence = query(
            "SELECT 1 FROM " + schema + ".sqlite_master WHERE name = 'sqlite_sequence'", {});
        if (!hasSequence)
            return hasSequence.error();
        if (hasSequence->empty())
            return {};
        const std::string maximum = "(SELECT max(" + quoted(key->name) + ") FROM "
            + detail::qualifiedName(table.schema, table.name) + ")";
        return execute("UPDATE " + schema + ".sqlite_sequence SET seq = " + maximum
                           + " WHERE name = ? AND seq < " + maximum,
                       {table.name});
    }

    Result<std::unique_ptr<load::TableWriter>>
    openWriter(const load::WriteRequest &request) override
    {
        std::string sql
            = "INSERT INTO " + detail::qualifiedName(request.schema, request.table) + " (";
        std::string values = "(";
        for (size_t i = 0; i < request.columns.size(); ++i) {
            if (i > 0) {
                sql += ", ";
                values += ", ";
            }
            sql += quoted(request.columns[i].name);
            values += '?';
        }
        sql += ") VALUES ";
        values += ")";
        auto single = Statement::prepare(m_connection, sql + values);
        if (!single)
            return writerError(single.error(), sql + values, request.table);
        // As many rows per execution as SQLite's parameter limit allows, up to ChunkRows.
        const int parameterLimit
            = sqlite3_limit(m_connection.handle(), SQLITE_LIMIT_VARIABLE_NUMBER, -1);
        const size_t chunkRows = request.columns.empty()
            ? 0
            : std::min<size_t>(ChunkRows, size_t(parameterLimit) / request.columns.size());
        Statement chunk;
        if (chunkRows > 1) {
            std::string chunkSql = sql;
            for (size_t k = 0; k < chunkRows; ++k)
                chunkSql += (k ? ", " : "") + values;
            auto prepared = Statement::prepare(m_connection, chunkSql);
            if (!prepared)
                return writerError(prepared.error(), sql + values, request.table);
            chunk = std::move(*prepared);
        }
        // The rowid column, named when SQLite refuses a non-integer for it (datatype mismatch).
        auto rowId = query(
            "SELECT name FROM pragma_table_info(?, ?) WHERE pk = 1 "
            "AND upper(type) = 'INTEGER' "
            "AND (SELECT count(*) FROM pragma_table_info(?, ?) WHERE pk > 0) = 1",
            {request.table, schemaOf(request.schema), request.table, schemaOf(request.schema)});
        std::string rowIdColumn;
        if (rowId && !rowId->empty())
            rowIdColumn = rowId->front()[0].value_or("");
        return std::unique_ptr<load::TableWriter>(
            new SqliteTableWriter(m_connection.handle(), std::move(*single), std::move(chunk),
                                  chunkRows > 1 ? chunkRows : 0, request, std::move(rowIdColumn)));
    }

private:
    static std::string schemaOf(const std::string &schema)
    {
        return schema.empty() ? "main" : schema;
    }

    static Error writerError(const Error &cause, const std::string &sql, const std::string &table)
    {
        Error error = withStatement(cause, sql, table);
        error.action = ErrorAction::FailTable;
        error.message = EngineTr::tr("Could not prepare the INSERT into the SQLite table %1.")
                            .arg(qs(table))
                            .toStdString();
        return error;
    }

    static Error withStatement(Error error, const std::string &sql, const std::string &location)
    {
        error.detail += "; statement: " + sql;
        if (error.location.empty())
            error.location = location;
        return error;
    }

    Result<Statement> prepared(const std::string &sql, const load::TextRow &parameters)
    {
        auto statement = Statement::prepare(m_connection, sql);
        if (!statement) {
            Error error = statement.error();
            error.action = ErrorAction::FailTable;
            return withStatement(error, sql, {});
        }
        sqlite3_stmt *handle = statement->handle();
        for (size_t i = 0; i < parameters.size(); ++i) {
            if (parameters[i])
                sqlite3_bind_text(handle, int(i) + 1, parameters[i]->data(),
                                  int(parameters[i]->size()), SQLITE_TRANSIENT);
            else
                sqlite3_bind_null(handle, int(i) + 1);
        }
        return statement;
    }

    /// Steps once; true when a row is available.
    Result<bool> step(Statement &statement, const std::string &sql)
    {
        const int rc = sqlite3_step(statement.handle());
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        return withStatement(
            detail::statementError(m_connection.handle(),
                                   sqlite3_extended_errcode(m_connection.handle()),
                                   EngineTr::tr("A statement on the SQLite target failed."), {}),
            sql, {});
    }

    Result<void> ddl(const std::string &sql, const QString &message, const std::string &table)
    {
        char *text = nullptr;
        const int rc = sqlite3_exec(m_connection.handle(), sql.c_str(), nullptr, nullptr, &text);
        sqlite3_free(text);
        if (rc == SQLITE_OK)
            return {};
        Error error = detail::statementError(
            m_connection.handle(), sqlite3_extended_errcode(m_connection.handle()),
            message.isEmpty() ? EngineTr::tr("A statement on the SQLite target failed.") : message,
            table);
        if (error.action == ErrorAction::RejectRow)
            error.action = ErrorAction::FailTable;
        return withStatement(std::move(error), sql, table);
    }

    Connection m_connection;
    std::vector<std::string> m_warnings;
};

/// Applies the loading pragmas; problems become warnings (the load still works without them).
std::vector<std::string> tuneForLoading(sqlite3 *db, const ConnectionSpec &spec)
{
    std::vector<std::string> warnings;
    sqlite3_busy_timeout(db, std::max(spec.connectTimeoutSeconds() * 1000, MinimumBusyTimeoutMs));

    // WAL: readers (a validation, the user's tools) do not block the load and commits append
    // to the log instead of rewriting pages twice; synchronous=NORMAL syncs at checkpoints
    // only, which in WAL mode keeps the database consistent after a crash (the last commits
    // may be lost; the task's control tables are in the same transactions, so a resumed task
    // reloads exactly those).
    sqlite3_stmt *statement = nullptr;
    std::string mode;
    if (sqlite3_prepare_v2(db, "PRAGMA journal_mode = WAL", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        mode = text ? text : "";
    }
    sqlite3_finalize(statement);
    if (asciiLower(mode) != "wal") {
        warnings.push_back(EngineTr::tr("The SQLite target %1 stays in journal mode %2 instead "
                                        "of WAL (another connection may hold it open); the load "
                                        "is slower.")
                               .arg(qs(spec.path), qs(mode.empty() ? "unknown" : mode))
                               .toStdString());
    }
    // Foreign keys are declared in CREATE TABLE but not checked during the load: tables load
    // in any order and in parallel, so a child row may arrive before its parent, and checking
    // every insert would cost time. (OFF is SQLite's default; stated so it cannot be on.)
    // Checkpoints (copying the log into the database, with an fsync) every 10,000 pages
    // rather than 1,000: measured 20-30% more rows/s on a bulk load; the last connection to
    // close checkpoints and removes the log.
    const std::string pragmas = "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; "
                                "PRAGMA wal_autocheckpoint = 10000; PRAGMA cache_size = -"
        + std::to_string(LoadCacheKiB) + ";";
    if (sqlite3_exec(db, pragmas.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        warnings.push_back(EngineTr::tr("Setting the loading pragmas on the SQLite target %1 "
                                        "failed: %2.")
                               .arg(qs(spec.path), QString::fromUtf8(sqlite3_errmsg(db)))
                               .toStdString());
    }
    return warnings;
}

} // namespace

Result<std::unique_ptr<load::TargetSession>> openTargetSession(const ConnectionSpec &spec)
{
    if (spec.option("mode") == "ro") {
        Error error;
        error.code = ErrorCode::InvalidUri;
        error.action = ErrorAction::FixConfiguration;
        error.message = EngineTr::tr("The target SQLite database %1 is set to read-only (mode=ro).")
                            .arg(qs(spec.path))
                            .toStdString();
        error.hint = EngineTr::tr("Remove mode=ro from the target's connection URI.").toStdString();
        error.location = spec.path;
        return error;
    }
    auto connection = Connection::open(spec, OpenMode::ReadWriteCreate);
    if (!connection)
        return connection.error();
    auto warnings = tuneForLoading(connection->handle(), spec);
    return std::unique_ptr<load::TargetSession>(
        new SqliteTargetSession(std::move(*connection), std::move(warnings)));
}

} // namespace ferry::sqlite
