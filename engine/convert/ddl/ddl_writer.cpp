// SPDX-License-Identifier: MIT
#include "engine/convert/ddl/ddl_writer.h"

#include "engine/convert/ddl/ddl_support.h"
#include "engine/convert/ddl/mysql_ddl_writer.h"
#include "engine/convert/ddl/postgres_ddl_writer.h"
#include "engine/convert/ddl/sqlite_ddl_writer.h"
#include "engine/core/text.h"
#include "engine/core/tr.h"

namespace ferry::convert {

namespace detail {

QString text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

std::string displayName(std::string_view schema, std::string_view table)
{
    if (schema.empty())
        return std::string(table);
    std::string name(schema);
    name += '.';
    name += table;
    return name;
}

void warn(std::vector<std::string> *warnings, const QString &sentence)
{
    if (warnings)
        warnings->push_back(sentence.toStdString());
}

void warnDefaultIgnored(std::vector<std::string> *warnings, const TableDefinition &table,
                        const ColumnDefinition &column)
{
    warn(warnings,
         EngineTr::tr("The default of column %1 of %2 is not created: the column is an identity "
                      "or generated column.")
             .arg(text(column.name), text(displayName(table.schema, table.name))));
}

bool isSoleKeyColumn(const TableDefinition &table, const ColumnDefinition &column)
{
    return table.primaryKey && table.primaryKey->columns.size() == 1
        && table.primaryKey->columns.front() == column.name;
}

} // namespace detail

std::string DdlWriter::quote(std::string_view identifier) const
{
    return quoteIdentifier(quoting(), identifier);
}

std::string DdlWriter::qualified(std::string_view schema, std::string_view name) const
{
    return quoteQualified(quoting(), schema, name);
}

std::string DdlWriter::indexColumnList(const Index &index, bool parenthesizeExpressions) const
{
    std::string sql = "(";
    for (const IndexColumn &column : index.columns) {
        if (sql.size() > 1)
            sql += ", ";
        if (column.expression.empty())
            sql += quote(column.name);
        else
            sql += parenthesizeExpressions ? "(" + column.expression + ")" : column.expression;
        if (column.descending)
            sql += " DESC";
    }
    sql += ")";
    if (!index.predicate.empty())
        sql += " WHERE " + index.predicate;
    return sql;
}

std::string DdlWriter::quotedList(const std::vector<std::string> &names) const
{
    std::string out;
    for (const std::string &name : names) {
        if (!out.empty())
            out += ", ";
        out += quote(name);
    }
    return out;
}

std::string DdlWriter::stringLiteral(std::string_view text) const
{
    std::string literal(1, '\'');
    for (char c : text) {
        if (c == '\'')
            literal += c;
        literal += c;
    }
    literal += '\'';
    return literal;
}

std::string DdlWriter::createSchema(const std::string &schema) const
{
    return "CREATE SCHEMA IF NOT EXISTS " + quote(schema);
}

std::string DdlWriter::dropTable(const std::string &schema, const std::string &table) const
{
    return "DROP TABLE IF EXISTS " + qualified(schema, table);
}

std::string DdlWriter::truncateTable(const std::string &schema, const std::string &table) const
{
    return "TRUNCATE TABLE " + qualified(schema, table);
}

std::string DdlWriter::alterColumnType(const std::string &, const std::string &,
                                       const ColumnDefinition &) const
{
    return {};
}

std::string DdlWriter::dropForeignKey(const std::string &schema, const std::string &table,
                                      const std::string &name) const
{
    return dropConstraint(schema, table, name);
}

std::string DdlWriter::dropConstraint(const std::string &schema, const std::string &table,
                                      const std::string &name) const
{
    return "ALTER TABLE " + qualified(schema, table) + " DROP CONSTRAINT IF EXISTS " + quote(name);
}

ColumnDefinition DdlWriter::numberedKeyColumn(const std::string &name) const
{
    ColumnDefinition column;
    column.name = name;
    column.type.family = TypeFamily::Integer;
    column.type.byteWidth = 8;
    column.nullable = false;
    column.autoIncrement = true;
    return column;
}

std::string DdlWriter::addConstraint(const std::string &schema, const std::string &table,
                                     const std::string &name, const std::string &definition) const
{
    return "ALTER TABLE " + qualified(schema, table) + " ADD CONSTRAINT " + quote(name) + " "
        + definition;
}

std::string DdlWriter::dropColumn(const std::string &schema, const std::string &table,
                                  const std::string &column) const
{
    return "ALTER TABLE " + qualified(schema, table) + " DROP COLUMN " + quote(column);
}

std::string DdlWriter::dropIndex(const std::string &schema, const std::string &,
                                 const std::string &name) const
{
    return "DROP INDEX IF EXISTS " + qualified(schema, name);
}

const DdlWriter *ddlWriterFor(SqlDialect dialect)
{
    switch (dialect) {
    case SqlDialect::PostgreSql:
        return &postgresDdlWriter();
    case SqlDialect::MySql:
    case SqlDialect::MariaDb:
        return &mySqlDdlWriter();
    case SqlDialect::Sqlite:
        return &sqliteDdlWriter();
    case SqlDialect::Generic:
    case SqlDialect::TSql:
    case SqlDialect::PlSql:
        break;
    }
    return nullptr;
}

} // namespace ferry::convert
