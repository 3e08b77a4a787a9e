// SPDX-License-Identifier: MIT
#pragma once

#include "engine/convert/ddl/ddl_writer.h"

#include <string>
#include <string_view>
#include <vector>

namespace ferry::convert {

/**
 * SQLite's DDL (https://www.sqlite.org/lang_createtable.html).
 *
 * - SQLite cannot add a primary key, a check or a foreign key to an existing table (ALTER
 *   TABLE has no ADD CONSTRAINT), so CREATE TABLE holds all of them whatever the options say;
 *   addPrimaryKey and addForeignKey write nothing.
 * - A single integer key column becomes the rowid: INTEGER [CONSTRAINT name] PRIMARY KEY,
 *   AUTOINCREMENT when the column is an identity. Other columns: the type of
 *   sqlite::nativeTypeFor, NOT NULL, DEFAULT, GENERATED ALWAYS AS (expression) STORED|VIRTUAL.
 * - SQLite keeps no comments in its catalog, but it keeps the CREATE TABLE text
 *   (sqlite_schema.sql): comments are written into it as block comments, after the table name
 *   and after each column.
 * - Unique keys become unique indexes (named table_columns_key when unnamed); indexes keep
 *   their expressions, DESC and partial-index predicates; methods other than b-tree (and hash,
 *   which a b-tree serves) are skipped with a warning. Index names belong to the schema.
 * - Emptying a table is DELETE without WHERE (SQLite's truncate optimization).
 */
class SqliteDdlWriter final : public DdlWriter
{
public:
    [[nodiscard]] SqlDialect dialect() const override { return SqlDialect::Sqlite; }
    [[nodiscard]] Dialect quoting() const override { return Dialect::Sqlite; }
    [[nodiscard]] std::string nativeType(const CanonicalType &type) const override;
    /// SQLite's rowid: INTEGER PRIMARY KEY without AUTOINCREMENT (numbers may be reused after
    /// the largest row is deleted, as in Ferry's control tables from the start).
    [[nodiscard]] ColumnDefinition numberedKeyColumn(const std::string &name) const override;

    [[nodiscard]] std::string createSchema(const std::string &schema) const override;
    [[nodiscard]] std::vector<std::string>
    createTable(const TableDefinition &table, const CreateTableOptions &options,
                std::vector<std::string> *warnings) const override;
    [[nodiscard]] std::string truncateTable(const std::string &schema,
                                            const std::string &table) const override;
    [[nodiscard]] std::string addColumn(const TableDefinition &table,
                                        const ColumnDefinition &column) const override;
    [[nodiscard]] std::string addPrimaryKey(const TableDefinition &table,
                                            std::vector<std::string> *warnings) const override;
    [[nodiscard]] std::string addUniqueKey(const TableDefinition &table, const KeyConstraint &key,
                                           std::vector<std::string> *warnings) const override;
    [[nodiscard]] std::string createIndex(const TableDefinition &table, const Index &index,
                                          std::vector<std::string> *warnings) const override;
    [[nodiscard]] std::string addForeignKey(const TableDefinition &table, const ForeignKey &key,
                                            std::vector<std::string> *warnings) const override;
    [[nodiscard]] std::string addConstraint(const std::string &schema, const std::string &table,
                                            const std::string &name,
                                            const std::string &definition) const override;
    [[nodiscard]] std::string dropConstraint(const std::string &schema, const std::string &table,
                                             const std::string &name) const override;

    /// True when the column is the table's single integer key column: SQLite's rowid.
    [[nodiscard]] static bool isRowIdKey(const TableDefinition &table,
                                         const ColumnDefinition &column);
    /// A unique key as the unique index that holds it.
    [[nodiscard]] static Index uniqueKeyIndex(const TableDefinition &table,
                                              const KeyConstraint &key);
    /// The name an index is created under (table_idx when it has none).
    [[nodiscard]] static std::string indexName(const TableDefinition &table, const Index &index);
    /// A block comment holding text (a "*/" inside is broken up so it cannot end it).
    [[nodiscard]] static std::string blockComment(std::string_view text);

private:
    [[nodiscard]] std::string columnDefinition(const TableDefinition &table,
                                               const ColumnDefinition &column,
                                               std::vector<std::string> *warnings) const;
};

/// The one SQLite writer.
[[nodiscard]] const SqliteDdlWriter &sqliteDdlWriter();

} // namespace ferry::convert
