// SPDX-License-Identifier: MIT
#include "engine/convert/ddl/ddl_writer.h"

#include "engine/convert/ddl/ddl_support.h"
#include "engine/convert/ddl/mysql_ddl_writer.h"
#include "engine/convert/ddl/postgres_ddl_writer.h"
#include "engine/convert/ddl/sqlite_ddl_writer.h"
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

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = char(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
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
