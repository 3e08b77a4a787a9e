// SPDX-License-Identifier: MIT
#pragma once

#include "engine/catalog/catalog.h"
#include "engine/catalog/table_definition.h"
#include "engine/core/connection_spec.h"
#include "engine/core/error.h"
#include "engine/load/row_batch.h"
#include "engine/types/canonical_type.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ferry::load {

/**
 * The data-path interfaces every connector implements (DESIGN §3): a SourceSession opens
 * TableReaders, a TargetSession creates tables and opens TableWriters. One session is one
 * connection: a worker thread opens its own pair of sessions per slice it loads.
 *
 * Thread: a session and what it opens belong to one thread, except cancel(), which any thread
 * may call. Errors are Result values carrying ErrorCode and ErrorAction (Retry for a dropped
 * connection, RejectRow for a bad value, FailTable/FailTask otherwise); nothing throws.
 *
 * Values are bound or streamed, never spliced into SQL; every identifier is quoted for the
 * dialect. Cells are in canonical text form (engine/load/canonical_text.h).
 */

/// One nullable text value per column, as control-table queries return them.
using TextRow = std::vector<std::optional<std::string>>;

/// A column to read: its source name and types (from the source catalog).
struct ReadColumn
{
    std::string name;
    std::string nativeType;
    CanonicalType type;
    /// The source allows NULL in it: a key range over it says where such rows go (KeyRange).
    bool nullable = false;
};

/// DMS filter-operator names: ste, gte, eq, noteq, between, notbetween, null, notnull.
enum class FilterOperator { Ste, Gte, Eq, NotEq, Between, NotBetween, Null, NotNull };

struct FilterCondition
{
    FilterOperator op = FilterOperator::Eq;
    std::string value; ///< ste, gte, eq, noteq
    std::string start; ///< between, notbetween (inclusive bounds)
    std::string end;
};

/// A DMS source filter: the conditions on one column are OR'ed; filters are AND'ed.
struct ColumnFilter
{
    std::string column;
    std::vector<FilterCondition> anyOf;
};

/// One value per key column, each in canonical text form (engine/load/canonical_text.h).
using KeyValue = std::vector<std::string>;

/**
 * A slice of a table by its key columns, compared as a row value -- lexicographically, the
 * first column first, as SQL's `(a, b) > (x, y)` and DMS parallel-load `ranges` do:
 * lowerExclusive < key <= upperInclusive, either bound open when absent. The comparison is the
 * source's own (its collation for text), so slices of one table never overlap and together
 * cover every key whatever the bound values are (docs/data-path.md, "Slices").
 *
 * Rows with NULL in a nullable key column compare to nothing: they belong to the one slice
 * with nullsHere set (the first slice of a table sliced by its key), or to none (DMS ranges:
 * DMS does not load them either). Used to split a table across workers, to resume a table in
 * flight and to read a table in parts.
 */
struct KeyRange
{
    std::vector<ReadColumn> columns; ///< the key columns in comparison order
    std::optional<KeyValue> lowerExclusive; ///< one value per column; absent: open below
    std::optional<KeyValue> upperInclusive; ///< one value per column; absent: open above
    bool nullsHere = false; ///< rows with NULL in a nullable key column belong to this range

    KeyRange() = default;
    KeyRange(std::vector<ReadColumn> keyColumns, std::optional<KeyValue> lower,
             std::optional<KeyValue> upper, bool withNulls = false)
        : columns(std::move(keyColumns))
        , lowerExclusive(std::move(lower))
        , upperInclusive(std::move(upper))
        , nullsHere(withNulls)
    {
    }
    /// One 64-bit integer column (not nullable): lower < column <= upper.
    KeyRange(std::string column, std::optional<int64_t> lower, std::optional<int64_t> upper);
};

struct ReadRequest
{
    std::string schema; ///< source schema as in the catalog ("main" for SQLite)
    std::string table;
    std::vector<ReadColumn> columns; ///< in the order cells are produced
    std::vector<ColumnFilter> filters;
    std::optional<KeyRange> range;
    /// Columns to order the rows by, ascending in the source's own order (its collation);
    /// empty: any order. Slicing reads a table's keys in order (engine/load/key_slicing.h).
    std::vector<std::string> order;
};

/// How much one read() may put into a batch before returning.
struct BatchLimits
{
    size_t maxRows = 10'000;
    size_t maxBytes = 8u << 20;

    /// Whether the batch holds as much as one read() may return (at least one row).
    [[nodiscard]] bool reachedBy(const RowBatch &batch) const
    {
        return batch.rowCount() >= std::max<size_t>(maxRows, 1) || batch.byteSize() >= maxBytes;
    }
};

class TableReader
{
public:
    virtual ~TableReader() = default;

    /// Appends rows to batch (whose column count equals the request's) until a limit is
    /// reached or the table ends. Returns true while more rows may follow, false at the end
    /// (the batch may still hold the last rows). A value the reader cannot convert to its
    /// canonical form is an Error with ErrorAction::RejectRow naming table, column and value.
    [[nodiscard]] virtual Result<bool> read(RowBatch &batch, const BatchLimits &limits) = 0;

    /// Any thread: makes a blocked or later read() return ErrorCode::Cancelled promptly.
    virtual void cancel() = 0;
};

/// Lowest and highest value of an integer key column; nullopt bounds for an empty table.
struct KeyBounds
{
    std::optional<int64_t> minimum;
    std::optional<int64_t> maximum;
};

/**
 * A consistent view of the source for one task (docs/data-path.md, "Consistent reads"): what
 * SourceSession::exportSnapshot hands out and other sessions join.
 */
struct SnapshotToken
{
    /// Sessions that join see exactly the exporter's moment (PostgreSQL: an exported snapshot).
    /// False: each reader reads at its own moment (MySQL/MariaDB, SQLite, ODBC).
    bool shared = false;
    /// The exported snapshot's name (PostgreSQL pg_export_snapshot()); "" when not shared.
    std::string id;
    /// Where the source's change stream stood at the snapshot (PostgreSQL WAL LSN, MariaDB
    /// binlog file:position): change capture starts there. "" when unknown.
    std::string position;
};

class SourceSession
{
public:
    virtual ~SourceSession() = default;

    /**
     * Takes a consistent snapshot on this session and says how others can join it. Reads of
     * this session (keyBounds, estimateRows, readers) see the snapshot until it is closed, so
     * keep the session open while others join. Default: an unshared token (no snapshot).
     */
    [[nodiscard]] virtual Result<SnapshotToken> exportSnapshot() { return SnapshotToken{}; }

    /**
     * Makes this session's reads see the token's snapshot (before its first read). Errors:
     * ErrorCode::QueryFailed with ErrorAction::Retry when the snapshot is gone (its exporter
     * disconnected: a server restart). Default: nothing to join.
     */
    [[nodiscard]] virtual Result<void> joinSnapshot(const SnapshotToken &token)
    {
        (void)token;
        return {};
    }

    virtual Dialect dialect() const = 0;

    /// Starts a read; one open reader per session at a time. The session's time zone is UTC
    /// so timestamps with time zone come out in UTC.
    [[nodiscard]] virtual Result<std::unique_ptr<TableReader>> openReader(
        const ReadRequest &request) = 0;

    /// min/max of an integer column (for slicing). Filters apply.
    [[nodiscard]] virtual Result<KeyBounds> keyBounds(const std::string &schema,
                                                      const std::string &table,
                                                      const std::string &column,
                                                      const std::vector<ColumnFilter> &filters)
        = 0;

    /// Row count estimate for progress when the catalog has none (SQLite keeps no statistics:
    /// it counts). nullopt when unknown. Default: unknown.
    [[nodiscard]] virtual Result<std::optional<int64_t>> estimateRows(const std::string &schema,
                                                                      const std::string &table)
    {
        (void)schema;
        (void)table;
        return std::optional<int64_t>();
    }
};

/// A table (and a column) as it will exist on the target, after mapping rules: the
/// target-definition model of engine/catalog/table_definition.h, under the names the data path
/// has always used. Names are target names; foreign keys reference target names too.
using TargetColumn = ColumnDefinition;
using TargetTable = TableDefinition;

/**
 * What creating a table's indexes, keys or foreign keys came to. The table's rows are loaded
 * either way: an object the target cannot build is reported, it does not fail the table.
 */
struct ObjectsOutcome
{
    /// Objects the target refused; each Error names the object (message) and gives the
    /// server's reason (detail).
    std::vector<Error> failed;
    /// Objects not created on purpose (the target has no such kind of index) or created
    /// differently (a prefix index for a column MySQL cannot index whole), each a sentence
    /// for the log.
    std::vector<std::string> warnings;
};

/// A foreign key that exists on the target, as the server states it.
struct ExistingForeignKey
{
    std::string schema; ///< the table that owns the key
    std::string table;
    std::string name;
    /// The key as the server writes it ("FOREIGN KEY (a) REFERENCES s.t(b) ON DELETE ...");
    /// restoreForeignKey adds it again from this. Empty where the target does not say.
    std::string definition;
    bool ownedByTable = false; ///< owned by the table asked about; otherwise it references it
};

/// What a writer writes into: target names, with the canonical type of each cell.
struct WriteRequest
{
    std::string schema;
    std::string table;
    std::vector<TargetColumn> columns; ///< in the batch's column order
};

/// A row the target refused, with the reason; the writer wrote every other row of the batch.
struct RejectedRow
{
    size_t row = 0;       ///< index in the batch
    std::string column;   ///< the offending column when the target says which; else empty
    bool truncation = false; ///< the value did not fit (DataTruncationErrorPolicy applies)
    Error error;
};

class TableWriter
{
public:
    virtual ~TableWriter() = default;

    /**
     * Writes every row of the batch inside the session's open transaction, using the bulk
     * path (COPY, LOAD DATA LOCAL INFILE, prepared INSERT). When the target refuses part of
     * the batch, the writer isolates the bad rows (savepoint, then row by row), writes the
     * good ones and appends the bad ones to *rejected. Returns an Error only when the batch as
     * a whole could not be written (connection lost: ErrorAction::Retry; anything else:
     * FailTable) -- then nothing of the batch is written.
     */
    [[nodiscard]] virtual Result<void> write(const RowBatch &batch,
                                             std::vector<RejectedRow> *rejected) = 0;

    /// Any thread: aborts a blocked write() with ErrorCode::Cancelled.
    virtual void cancel() = 0;
};

class TargetSession
{
public:
    virtual ~TargetSession() = default;

    virtual Dialect dialect() const = 0;
    /// Where unqualified tables go: PostgreSQL current_schema(), MySQL the connected
    /// database, SQLite "".
    virtual std::string defaultSchema() const = 0;
    /// Server-side details for logs: "PostgreSQL 15.4", "MariaDB 10.11.6", "SQLite 3.40.1".
    virtual std::string serverDescription() const = 0;

    /// Runs one statement. Placeholders are `?` in every dialect (the PostgreSQL session
    /// numbers them); parameters are bound as text, nullopt as NULL. Never splice values.
    [[nodiscard]] virtual Result<void> execute(const std::string &sql,
                                               const TextRow &parameters = {}) = 0;
    [[nodiscard]] virtual Result<std::vector<TextRow>> query(const std::string &sql,
                                                             const TextRow &parameters = {})
        = 0;

    [[nodiscard]] virtual Result<void> begin() = 0;
    [[nodiscard]] virtual Result<void> commit() = 0;
    [[nodiscard]] virtual Result<void> rollback() = 0;

    [[nodiscard]] virtual Result<bool> tableExists(const std::string &schema,
                                                   const std::string &table) = 0;
    /// CREATE SCHEMA / DATABASE IF NOT EXISTS; no-op for "" and SQLite.
    [[nodiscard]] virtual Result<void> createSchema(const std::string &schema) = 0;
    /// Creates the table with its columns (types via nativeType, NOT NULL, identity, default,
    /// generated expression, comment), its checks and, when withPrimaryKey, its primary key, as
    /// the connector's DDL writer writes them (engine/convert/ddl/). No secondary index, no
    /// foreign key (except where the target declares them only in CREATE TABLE: SQLite).
    [[nodiscard]] virtual Result<void> createTable(const TargetTable &table,
                                                   bool withPrimaryKey) = 0;
    [[nodiscard]] virtual Result<void> dropTable(const std::string &schema,
                                                 const std::string &table) = 0;
    [[nodiscard]] virtual Result<void> truncateTable(const std::string &schema,
                                                     const std::string &table) = 0;
    /// Deletes the rows of one key range (resuming a slice); all rows without a range.
    [[nodiscard]] virtual Result<void> deleteRows(const std::string &schema,
                                                  const std::string &table,
                                                  const std::optional<KeyRange> &range) = 0;
    /**
     * After the data: primary key (when created after load), unique keys and secondary
     * indexes, then (separately, once every table is loaded) foreign keys; identity /
     * sequence / AUTO_INCREMENT set past the loaded maximum.
     *
     * Objects are created under the names the table gives them (decided for the whole task
     * by the mapping planner); one that already exists on this table under its name (an
     * interrupted run of the task created it) is kept. createIndexes and createForeignKeys try
     * every object: those the target refuses are listed in ObjectsOutcome::failed with the
     * server's reason, and the Result is an Error only when the session itself failed
     * (connection lost: ErrorAction::Retry; cancelled).
     */
    [[nodiscard]] virtual Result<void> addPrimaryKey(const TargetTable &table) = 0;
    [[nodiscard]] virtual Result<ObjectsOutcome> createIndexes(const TargetTable &table) = 0;
    [[nodiscard]] virtual Result<ObjectsOutcome> createForeignKeys(const TargetTable &table) = 0;
    [[nodiscard]] virtual Result<void> resetIdentity(const TargetTable &table) = 0;
    /**
     * Changes the type of an existing column to column.type (re-applying rejected rows after
     * a change-data-type rule). column.nullable and column.autoIncrement describe the column
     * as it is, so that engines which restate the whole column (MySQL MODIFY) keep them.
     * Values are converted by the engine (PostgreSQL USING col::type); a value that does not
     * convert fails the statement. Default: ErrorCode::NotSupported (SQLite cannot change a
     * column's type in place; ODBC targets have no common syntax).
     */
    [[nodiscard]] virtual Result<void> alterColumnType(const std::string &schema,
                                                       const std::string &table,
                                                       const TargetColumn &column);

    /**
     * The foreign keys in the way of emptying and loading a table again: its own and, on a
     * target that checks keys while rows go in and refuses to TRUNCATE a referenced table
     * (PostgreSQL), those of other tables that reference it. Default: none (SQLite keeps keys
     * inside CREATE TABLE and does not check them while loading).
     */
    [[nodiscard]] virtual Result<std::vector<ExistingForeignKey>>
    foreignKeysInTheWay(const std::string &schema, const std::string &table);
    /// Drops one of them (no error when it is gone already).
    [[nodiscard]] virtual Result<void> dropForeignKey(const ExistingForeignKey &key);
    /// Adds a key again as foreignKeysInTheWay described it.
    [[nodiscard]] virtual Result<void> restoreForeignKey(const ExistingForeignKey &key);
    /**
     * Drops a kept table's indexes and unique keys -- and its primary key when primaryKeyToo
     * and the target allows it -- so that reloading it is as fast as a normal load and the
     * keys are built after the data. Default: nothing (SQLite keeps its keys in CREATE TABLE;
     * createIndexes keeps indexes that exist).
     */
    [[nodiscard]] virtual Result<void> dropIndexesAndKeys(const std::string &schema,
                                                          const std::string &table,
                                                          bool primaryKeyToo);

    /// Opens a writer for one table; it writes inside this session's transactions.
    [[nodiscard]] virtual Result<std::unique_ptr<TableWriter>> openWriter(
        const WriteRequest &request) = 0;

    /// Warnings found while opening (local_infile off -> INSERT fallback, ...), for the log.
    virtual std::vector<std::string> warnings() const { return {}; }
};

} // namespace ferry::load
