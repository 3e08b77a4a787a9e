// SPDX-License-Identifier: MIT
#include "engine/convert/ddl/sqlite_ddl_writer.h"

#include "engine/convert/ddl/ddl_support.h"
#include "engine/core/tr.h"
#include "engine/types/sqlite_types.h"

namespace ferry::convert {

using detail::text;

ColumnDefinition SqliteDdlWriter::numberedKeyColumn(const std::string &name) const
{
    // The rowid numbers it anyway; "INTEGER PRIMARY KEY" exactly, as the control tables have
    // always declared it.
    ColumnDefinition column = DdlWriter::numberedKeyColumn(name);
    column.autoIncrement = false;
    column.nullable = true;
    return column;
}

std::string SqliteDdlWriter::createSchema(const std::string &) const
{
    return {}; // attached databases are files of their own
}

bool SqliteDdlWriter::isRowIdKey(const TableDefinition &table, const ColumnDefinition &column)
{
    return detail::isSoleKeyColumn(table, column) && !column.generatedExpression
        && column.type.family == TypeFamily::Integer
        && !(column.type.isUnsigned && column.type.byteWidth >= 8);
}

std::string SqliteDdlWriter::blockComment(std::string_view value)
{
    std::string comment = "/* ";
    for (size_t i = 0; i < value.size(); ++i) {
        comment += value[i];
        if (value[i] == '*' && i + 1 < value.size() && value[i + 1] == '/')
            comment += ' ';
    }
    if (!value.empty() && value.back() == '*')
        comment += ' ';
    comment += " */";
    return comment;
}

std::string SqliteDdlWriter::columnDefinition(const TableDefinition &table,
                                              const ColumnDefinition &column,
                                              std::vector<std::string> *warnings) const
{
    std::string sql = quote(column.name);
    const bool rowId = isRowIdKey(table, column);
    if (rowId) {
        sql += " INTEGER";
        if (!table.primaryKey->name.empty()) {
            sql += " CONSTRAINT ";
            sql += quote(table.primaryKey->name);
        }
        sql += " PRIMARY KEY";
        if (column.autoIncrement)
            sql += " AUTOINCREMENT";
    } else {
        sql += ' ';
        sql += nativeType(column.type);
    }
    if (!column.nullable)
        sql += " NOT NULL";
    if (column.generatedExpression) {
        sql += " GENERATED ALWAYS AS (" + *column.generatedExpression + ")"
            + (column.generatedStored ? " STORED" : " VIRTUAL");
    }
    if (column.defaultExpression && !column.generatedExpression
        && !(rowId && column.autoIncrement)) {
        sql += " DEFAULT " + *column.defaultExpression;
    } else if (column.defaultExpression) {
        detail::warnDefaultIgnored(warnings, table, column);
    }
    if (!column.comment.empty()) {
        sql += ' ';
        sql += blockComment(column.comment);
    }
    return sql;
}

std::vector<std::string> SqliteDdlWriter::createTable(const TableDefinition &table,
                                                      const CreateTableOptions &options,
                                                      std::vector<std::string> *warnings) const
{
    std::string sql = std::string("CREATE TABLE ") + (options.ifNotExists ? "IF NOT EXISTS " : "")
        + qualified(table.schema, table.name);
    if (!table.comment.empty()) {
        sql += ' ';
        sql += blockComment(table.comment);
    }
    sql += " (";
    bool rowIdKey = false;
    for (size_t i = 0; i < table.columns.size(); ++i) {
        if (i > 0)
            sql += ", ";
        sql += columnDefinition(table, table.columns[i], warnings);
        rowIdKey = rowIdKey || isRowIdKey(table, table.columns[i]);
    }
    // The primary key whatever options.withPrimaryKey says: it cannot be added later.
    if (table.primaryKey && !rowIdKey && !table.primaryKey->columns.empty()) {
        sql += ", ";
        if (!table.primaryKey->name.empty())
            sql += "CONSTRAINT " + quote(table.primaryKey->name) + " ";
        sql += "PRIMARY KEY (" + quotedList(table.primaryKey->columns) + ")";
    }
    for (const ForeignKey &key : table.foreignKeys) {
        sql += ", ";
        if (!key.name.empty())
            sql += "CONSTRAINT " + quote(key.name) + " ";
        sql += "FOREIGN KEY (" + quotedList(key.columns) + ") REFERENCES "
            + quote(key.referencedTable);
        if (!key.referencedColumns.empty())
            sql += " (" + quotedList(key.referencedColumns) + ")";
        if (key.onDelete != ReferentialAction::NoAction)
            sql += std::string(" ON DELETE ") + referentialActionName(key.onDelete);
        if (key.onUpdate != ReferentialAction::NoAction)
            sql += std::string(" ON UPDATE ") + referentialActionName(key.onUpdate);
    }
    for (const CheckConstraint &check : table.checks) {
        sql += ", ";
        if (!check.name.empty())
            sql += "CONSTRAINT " + quote(check.name) + " ";
        sql += "CHECK (" + check.expression + ")";
    }
    sql += ")";
    return {sql};
}

std::string SqliteDdlWriter::truncateTable(const std::string &schema,
                                           const std::string &table) const
{
    return "DELETE FROM " + qualified(schema, table);
}

std::string SqliteDdlWriter::addColumn(const TableDefinition &table,
                                       const ColumnDefinition &column) const
{
    // SQLite adds no key columns; the definition is the column's own.
    TableDefinition alone = table;
    alone.primaryKey.reset();
    return "ALTER TABLE " + qualified(table.schema, table.name) + " ADD COLUMN "
        + columnDefinition(alone, column, nullptr);
}

std::string SqliteDdlWriter::addPrimaryKey(const TableDefinition &,
                                           std::vector<std::string> *) const
{
    return {}; // declared in CREATE TABLE
}

Index SqliteDdlWriter::uniqueKeyIndex(const TableDefinition &table, const KeyConstraint &key)
{
    Index index;
    index.name = key.name;
    if (index.name.empty()) {
        index.name = table.name;
        for (const std::string &column : key.columns)
            index.name += "_" + column;
        index.name += "_key";
    }
    index.unique = true;
    for (const std::string &column : key.columns)
        index.columns.push_back(IndexColumn {column, {}, false, 0});
    return index;
}

std::string SqliteDdlWriter::addUniqueKey(const TableDefinition &table, const KeyConstraint &key,
                                          std::vector<std::string> *warnings) const
{
    return createIndex(table, uniqueKeyIndex(table, key), warnings);
}

std::string SqliteDdlWriter::indexName(const TableDefinition &table, const Index &index)
{
    return index.name.empty() ? table.name + "_idx" : index.name;
}

std::string SqliteDdlWriter::createIndex(const TableDefinition &table, const Index &index,
                                         std::vector<std::string> *warnings) const
{
    if (!index.method.empty() && index.method != "btree" && index.method != "hash") {
        detail::warn(warnings,
                     EngineTr::tr("The %1 index %2 of table %3 was not created: "
                                  "SQLite has b-tree indexes only.")
                         .arg(text(index.method), text(index.name), text(table.name)));
        return {};
    }
    std::string sql = std::string("CREATE ") + (index.unique ? "UNIQUE " : "") + "INDEX "
        + qualified(table.schema, indexName(table, index)) + " ON " + quote(table.name) + " ";
    return sql + indexColumnList(index, false);
}

std::string SqliteDdlWriter::addForeignKey(const TableDefinition &, const ForeignKey &,
                                           std::vector<std::string> *) const
{
    return {}; // declared in CREATE TABLE
}

std::string SqliteDdlWriter::addConstraint(const std::string &, const std::string &,
                                           const std::string &, const std::string &) const
{
    return {}; // SQLite has no ADD CONSTRAINT
}

std::string SqliteDdlWriter::dropConstraint(const std::string &, const std::string &,
                                            const std::string &) const
{
    return {};
}

const SqliteDdlWriter &sqliteDdlWriter()
{
    static const SqliteDdlWriter writer;
    return writer;
}

} // namespace ferry::convert
