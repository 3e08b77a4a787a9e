// SPDX-License-Identifier: MIT
#pragma once

#include "engine/catalog/table_definition.h"
#include "engine/core/dialect.h"
#include "engine/core/sql_dialect.h"

#include <string>
#include <string_view>
#include <vector>

namespace ferry::convert {

/**
 * DDL writers: the SQL text that creates, changes and drops tables and their keys, indexes,
 * checks and foreign keys, for one SQL dialect (DESIGN §1 convert/). Every CREATE, ALTER and
 * DROP statement Ferry sends is written here; the target sessions, the control tables and
 * (later) schema conversion only run what a writer wrote. docs/architecture.md, "DDL writers".
 *
 * Writers are pure: no connection, no state; one immutable instance per dialect, usable from
 * any thread. Every identifier goes through quote(); comments are string literals written by
 * stringLiteral() (DDL takes no bind parameters); expressions from the definition (defaults,
 * generated columns, checks, index expressions and predicates) are written as they are.
 *
 * What a dialect cannot express is left out or written differently with a sentence for the
 * log in *warnings (may be null): a spatial index on PostgreSQL (geometry travels as text), a
 * SET DEFAULT foreign key on InnoDB, a virtual generated column on PostgreSQL.
 */

/// How CREATE TABLE is written.
struct CreateTableOptions
{
    /// The primary key inside CREATE TABLE. false: it is added after the load (addPrimaryKey);
    /// a dialect that can only declare it in CREATE TABLE (SQLite) or needs it at once (MySQL,
    /// for an AUTO_INCREMENT key) declares it anyway.
    bool withPrimaryKey = true;
    bool ifNotExists = false; ///< CREATE TABLE IF NOT EXISTS
};

class DdlWriter
{
public:
    /// The dialect's canonical -> native type mapping (engine/types/<dialect>_types.h).
    using NativeTypeFunction = std::string (*)(const CanonicalType &type);

    DdlWriter(SqlDialect dialect, Dialect quoting, NativeTypeFunction nativeType)
        : m_dialect(dialect), m_quoting(quoting), m_nativeType(nativeType)
    {
    }
    virtual ~DdlWriter() = default;

    [[nodiscard]] SqlDialect dialect() const { return m_dialect; }
    /// The connector kind whose quoting rules apply (engine/core/dialect.h).
    [[nodiscard]] Dialect quoting() const { return m_quoting; }

    /// An identifier quoted for the dialect ("x", `x`), embedded quotes doubled.
    [[nodiscard]] std::string quote(std::string_view identifier) const;
    /// schema.name quoted; the schema part left out when empty.
    [[nodiscard]] std::string qualified(std::string_view schema, std::string_view name) const;
    /// "a", "b" quoted and joined with ", ".
    [[nodiscard]] std::string quotedList(const std::vector<std::string> &names) const;
    /// An index's columns, "(a, expression DESC)", and " WHERE predicate" when it is partial;
    /// expressions in parentheses of their own where the dialect wants them (PostgreSQL).
    [[nodiscard]] std::string indexColumnList(const Index &index,
                                              bool parenthesizeExpressions) const;
    /// Text as an SQL string literal of the dialect (for comments; never for values).
    /// Default: standard SQL, quotes doubled.
    [[nodiscard]] virtual std::string stringLiteral(std::string_view text) const;
    /// The native type for a canonical type (engine/types/<dialect>_types.h).
    [[nodiscard]] std::string nativeType(const CanonicalType &type) const
    {
        return m_nativeType(type);
    }

    /// A column for the tables Ferry keeps for itself (control tables): a 64-bit key the
    /// target numbers by itself (PostgreSQL identity, MySQL AUTO_INCREMENT, SQLite's rowid).
    [[nodiscard]] virtual ColumnDefinition numberedKeyColumn(const std::string &name) const;

    /// CREATE SCHEMA / DATABASE IF NOT EXISTS; empty where there are no schemas (SQLite).
    /// Default: CREATE SCHEMA IF NOT EXISTS.
    [[nodiscard]] virtual std::string createSchema(const std::string &schema) const;
    /**
     * CREATE TABLE with every column (type, identity, default, generated expression, NOT
     * NULL, comment), the checks, the primary key (see options) and, where the dialect can
     * declare them only there, the foreign keys (SQLite); then the statements that belong to
     * it (PostgreSQL's COMMENT ON). Run in order.
     */
    [[nodiscard]] virtual std::vector<std::string>
    createTable(const TableDefinition &table, const CreateTableOptions &options,
                std::vector<std::string> *warnings) const = 0;
    /// DROP TABLE IF EXISTS (PostgreSQL: CASCADE, which drops the views on it too).
    [[nodiscard]] virtual std::string dropTable(const std::string &schema,
                                                const std::string &table) const;
    /// Empties a table the fastest way the dialect has (TRUNCATE TABLE; SQLite: DELETE).
    [[nodiscard]] virtual std::string truncateTable(const std::string &schema,
                                                    const std::string &table) const;
    /// ALTER TABLE ... ADD COLUMN, the column as the table defines it (a PRIMARY KEY when it
    /// is the table's one-column primary key).
    [[nodiscard]] virtual std::string addColumn(const TableDefinition &table,
                                                const ColumnDefinition &column) const = 0;
    /// ALTER TABLE ... DROP COLUMN (SQLite: 3.35 and later), the same in every dialect here.
    [[nodiscard]] virtual std::string dropColumn(const std::string &schema,
                                                 const std::string &table,
                                                 const std::string &column) const;
    /// Changes a column's type to column.type, converting the values; empty (the default)
    /// where the dialect cannot (SQLite).
    [[nodiscard]] virtual std::string alterColumnType(const std::string &schema,
                                                      const std::string &table,
                                                      const ColumnDefinition &column) const;
    /// ALTER TABLE ... ADD PRIMARY KEY; empty where it exists only in CREATE TABLE (SQLite).
    [[nodiscard]] virtual std::string addPrimaryKey(const TableDefinition &table,
                                                    std::vector<std::string> *warnings) const = 0;
    /// A unique key: a UNIQUE constraint (SQLite: a unique index).
    [[nodiscard]] virtual std::string addUniqueKey(const TableDefinition &table,
                                                   const KeyConstraint &key,
                                                   std::vector<std::string> *warnings) const = 0;
    /// A secondary index; empty (and a warning) for an index the dialect cannot build.
    [[nodiscard]] virtual std::string createIndex(const TableDefinition &table, const Index &index,
                                                  std::vector<std::string> *warnings) const = 0;
    /// ALTER TABLE ... ADD [CONSTRAINT name] FOREIGN KEY; empty on SQLite (CREATE TABLE).
    [[nodiscard]] virtual std::string addForeignKey(const TableDefinition &table,
                                                    const ForeignKey &key,
                                                    std::vector<std::string> *warnings) const = 0;
    /// ALTER TABLE ... ADD CONSTRAINT name definition, the definition as the server stated it
    /// (pg_get_constraintdef): a key Ferry dropped, added again.
    [[nodiscard]] virtual std::string addConstraint(const std::string &schema,
                                                    const std::string &table,
                                                    const std::string &name,
                                                    const std::string &definition) const;
    /// Drops a foreign key (IF EXISTS where the dialect has it); empty on SQLite. Default:
    /// dropConstraint.
    [[nodiscard]] virtual std::string dropForeignKey(const std::string &schema,
                                                     const std::string &table,
                                                     const std::string &name) const;
    /// Drops a key or check constraint (IF EXISTS where the dialect has it); empty on SQLite.
    /// Default: ALTER TABLE ... DROP CONSTRAINT IF EXISTS.
    [[nodiscard]] virtual std::string dropConstraint(const std::string &schema,
                                                     const std::string &table,
                                                     const std::string &name) const;
    /// Drops an index. Default: DROP INDEX IF EXISTS schema.name (index names belong to the
    /// schema, as in PostgreSQL and SQLite).
    [[nodiscard]] virtual std::string dropIndex(const std::string &schema, const std::string &table,
                                                const std::string &name) const;

private:
    SqlDialect m_dialect;
    Dialect m_quoting;
    NativeTypeFunction m_nativeType;
};

/// The writer of a SQL dialect: PostgreSQL, MySQL and MariaDB (one writer), SQLite. nullptr
/// for a dialect Ferry does not write yet (T-SQL, PL/SQL, generic).
[[nodiscard]] const DdlWriter *ddlWriterFor(SqlDialect dialect);

} // namespace ferry::convert
