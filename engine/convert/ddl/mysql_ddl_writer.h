// SPDX-License-Identifier: MIT
#pragma once

#include "engine/convert/ddl/ddl_writer.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::convert {

/// A column of an existing table, as information_schema.COLUMNS describes it.
struct MySqlColumnFacts
{
    std::string name;
    std::string dataType; ///< DATA_TYPE, lower case ("varchar", "longtext")
    int64_t maxLength = -1; ///< CHARACTER_MAXIMUM_LENGTH (characters or bytes)
};

/// What key and index clauses need beyond the definition: the table as the server has it.
struct MySqlKeyContext
{
    std::vector<MySqlColumnFacts> columns;
    /// MariaDB 10.4+: unique keys too long for an index are backed by a hash, so their columns
    /// keep their whole value.
    bool longUniqueKeys = false;
};

/**
 * MySQL's and MariaDB's DDL (https://dev.mysql.com/doc/refman/8.0/en/create-table.html,
 * https://mariadb.com/kb/en/create-table/).
 *
 * - Tables are InnoDB, utf8mb4. Column types are mysql::nativeTypeFor's; while the columns'
 *   maximum byte lengths pass InnoDB's 65,535-byte row limit, the widest varchar/varbinary
 *   columns become mediumtext/mediumblob (a warning each).
 * - Columns: [GENERATED ALWAYS AS (expression) STORED|VIRTUAL] (no NOT NULL there: MariaDB
 *   has none for generated columns), NOT NULL, DEFAULT, AUTO_INCREMENT, COMMENT. One
 *   AUTO_INCREMENT column, on an integer type (others get a warning); MySQL wants it first in
 *   a key, so a table whose primary key starts with it gets the key at create time even when
 *   the load adds keys afterwards, and otherwise the column gets an index of its own
 *   (ferry_auto_increment). Checks are CONSTRAINT name CHECK (expression); the table comment is
 *   COMMENT='...'.
 * - Keys and indexes are clauses of one ALTER TABLE (InnoDB reads the table once for all of
 *   them). TEXT/BLOB columns get a 255-character prefix (a warning says so) unless the index
 *   gives one; long varchar/varbinary columns the longest prefix a 3,072-byte key allows;
 *   MariaDB 10.4+ unique keys keep whole values. Expression and partial indexes, spatial
 *   indexes and indexes on JSON or geometry columns are skipped with a warning. FULLTEXT
 *   indexes are FULLTEXT KEY.
 * - Foreign keys: SET DEFAULT (not in InnoDB) becomes NO ACTION with a warning. String
 *   literals double quotes and backslashes (Ferry's sessions do not set NO_BACKSLASH_ESCAPES).
 */
class MySqlDdlWriter final : public DdlWriter
{
public:
    [[nodiscard]] SqlDialect dialect() const override { return SqlDialect::MySql; }
    [[nodiscard]] Dialect quoting() const override { return Dialect::MySql; }
    [[nodiscard]] std::string stringLiteral(std::string_view text) const override;
    [[nodiscard]] std::string nativeType(const CanonicalType &type) const override;

    [[nodiscard]] std::string createSchema(const std::string &schema) const override;
    [[nodiscard]] std::vector<std::string>
    createTable(const TableDefinition &table, const CreateTableOptions &options,
                std::vector<std::string> *warnings) const override;
    [[nodiscard]] std::string addColumn(const TableDefinition &table,
                                        const ColumnDefinition &column) const override;
    /// MODIFY COLUMN restates the whole column: its nullability, default, AUTO_INCREMENT and
    /// comment as column gives them.
    [[nodiscard]] std::string alterColumnType(const std::string &schema, const std::string &table,
                                              const ColumnDefinition &column) const override;
    [[nodiscard]] std::string addPrimaryKey(const TableDefinition &table,
                                            std::vector<std::string> *warnings) const override;
    [[nodiscard]] std::string addUniqueKey(const TableDefinition &table, const KeyConstraint &key,
                                           std::vector<std::string> *warnings) const override;
    [[nodiscard]] std::string createIndex(const TableDefinition &table, const Index &index,
                                          std::vector<std::string> *warnings) const override;
    [[nodiscard]] std::string addForeignKey(const TableDefinition &table, const ForeignKey &key,
                                            std::vector<std::string> *warnings) const override;
    [[nodiscard]] std::string dropForeignKey(const std::string &schema, const std::string &table,
                                             const std::string &name) const override;
    [[nodiscard]] std::string dropConstraint(const std::string &schema, const std::string &table,
                                             const std::string &name) const override;
    [[nodiscard]] std::string dropIndex(const std::string &schema, const std::string &table,
                                        const std::string &name) const override;

    // MySQL's own parts, for the target session -------------------------------------------

    /// The column types CREATE TABLE uses (row limit applied; see the class comment).
    [[nodiscard]] std::vector<std::string>
    tableColumnTypes(const TableDefinition &table, std::vector<std::string> *warnings) const;
    /// True when the primary key must be created with the table: it starts with the
    /// AUTO_INCREMENT column.
    [[nodiscard]] bool needsPrimaryKeyAtCreate(const TableDefinition &table) const;
    /// The table's columns as CREATE TABLE makes them (for keys on a table just created).
    [[nodiscard]] MySqlKeyContext keyContextOf(const TableDefinition &table) const;
    /// The column list of a key or index: `a`, `b`(255) DESC, ... (see the class comment);
    /// what names the key in warnings.
    [[nodiscard]] std::string keyColumns(const std::vector<IndexColumn> &columns,
                                         const MySqlKeyContext &context, bool unique,
                                         const std::string &what,
                                         std::vector<std::string> *warnings) const;
    /// ALTER TABLE ... ADD PRIMARY KEY on a table as context describes it.
    [[nodiscard]] std::string addPrimaryKey(const TableDefinition &table,
                                            const MySqlKeyContext &context,
                                            std::vector<std::string> *warnings) const;
    /// "ADD UNIQUE KEY `name` (...)"; empty (with a warning) when a column cannot be indexed.
    [[nodiscard]] std::string uniqueKeyClause(const TableDefinition &table,
                                              const KeyConstraint &key,
                                              const MySqlKeyContext &context,
                                              std::vector<std::string> *warnings) const;
    /// "ADD [UNIQUE|FULLTEXT] KEY `name` (...)"; empty (with a warning) for an index MySQL
    /// cannot build (partial, spatial, on an expression, on a JSON or geometry column).
    [[nodiscard]] std::string indexClause(const TableDefinition &table, const Index &index,
                                          const MySqlKeyContext &context,
                                          std::vector<std::string> *warnings) const;
    /// "ADD [CONSTRAINT `name`] FOREIGN KEY ...": named false leaves the name out (foreign-key
    /// names are per database in MySQL: a fallback when the name is taken).
    [[nodiscard]] std::string foreignKeyClause(const TableDefinition &table, const ForeignKey &key,
                                               bool named,
                                               std::vector<std::string> *warnings) const;
    /// ALTER TABLE `schema`.`table` clause, clause, ...
    [[nodiscard]] std::string alterTable(const std::string &schema, const std::string &table,
                                         const std::vector<std::string> &clauses) const;
    /// False for columns no ordinary index can hold: MySQL's native JSON and geometry types.
    [[nodiscard]] static bool isIndexable(const MySqlColumnFacts &column);
    /// "CASCADE"-style action text; SET DEFAULT (not in InnoDB) becomes NO ACTION.
    [[nodiscard]] static const char *referentialAction(ReferentialAction action);

private:
    [[nodiscard]] std::string columnDefinition(const TableDefinition &table,
                                               const ColumnDefinition &column,
                                               const std::string &type, bool autoIncrement,
                                               std::vector<std::string> *warnings) const;
    [[nodiscard]] bool indexable(const TableDefinition &table, const std::string &name,
                                 const std::vector<IndexColumn> &columns,
                                 const MySqlKeyContext &context,
                                 std::vector<std::string> *warnings) const;
};

/// The one MySQL/MariaDB writer.
[[nodiscard]] const MySqlDdlWriter &mySqlDdlWriter();

} // namespace ferry::convert
