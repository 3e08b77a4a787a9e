// SPDX-License-Identifier: MIT
#include "engine/convert/ddl/mysql_ddl_writer.h"

#include "engine/convert/ddl/ddl_support.h"
#include "engine/core/enum_names.h"
#include "engine/core/text.h"
#include "engine/core/tr.h"
#include "engine/types/mysql_types.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace ferry::convert {

using detail::text;

namespace {

/// InnoDB's row limit (sum of maximum column lengths, TEXT/BLOB counting a pointer), with room
/// for the length bytes and null flags.
constexpr int64_t RowLimitBytes = 65535 - 512;
/// InnoDB's key limit (DYNAMIC row format) and what it means for utf8mb4 characters.
constexpr int64_t MaxKeyBytes = 3072;
constexpr int64_t MaxKeyCharacters = MaxKeyBytes / 4;
/// The prefix indexed for TEXT/BLOB columns that an index names without one.
constexpr int LobPrefixLength = 255;

/// "varchar(100)" -> {"varchar", 100}; "longtext" -> {"longtext", -1}.
MySqlColumnFacts describeNative(const std::string &name, const std::string &nativeType)
{
    MySqlColumnFacts column;
    column.name = name;
    const size_t open = nativeType.find('(');
    column.dataType = nativeType.substr(0, open);
    if (open != std::string::npos)
        column.maxLength = std::atoll(nativeType.c_str() + open + 1);
    return column;
}

bool isLobDataType(std::string_view type)
{
    return type == "tinytext" || type == "text" || type == "mediumtext" || type == "longtext"
        || type == "tinyblob" || type == "blob" || type == "mediumblob" || type == "longblob";
}

bool isGeometryDataType(std::string_view type)
{
    return type == "geometry" || type == "point" || type == "linestring" || type == "polygon"
        || type == "multipoint" || type == "multilinestring" || type == "multipolygon"
        || type == "geometrycollection" || type == "geomcollection";
}

/// The most bytes a value of the native type takes in a row (TEXT/BLOB: the pointer).
int64_t rowBytes(const MySqlColumnFacts &column)
{
    const std::string &type = column.dataType;
    if (type == "varchar")
        return column.maxLength * 4 + 2;
    if (type == "char")
        return column.maxLength * 4;
    if (type == "varbinary")
        return column.maxLength + 2;
    if (type == "binary")
        return column.maxLength;
    if (type == "decimal")
        return 30;
    if (type == "enum" || type == "set" || isLobDataType(type) || type == "json")
        return 12;
    return 8;
}

bool isIntegerType(std::string_view nativeType)
{
    for (const char *base : {"tinyint", "smallint", "mediumint", "int", "bigint"}) {
        const std::string_view prefix(base);
        if (nativeType.substr(0, prefix.size()) == prefix
            && (nativeType.size() == prefix.size() || nativeType[prefix.size()] == '('
                || nativeType[prefix.size()] == ' '))
            return true;
    }
    return false;
}

/// The auto-increment column (the first one on an integer type), or nullptr.
const ColumnDefinition *autoIncrementColumn(const TableDefinition &table)
{
    for (const ColumnDefinition &column : table.columns) {
        if (column.autoIncrement && !column.generatedExpression
            && isIntegerType(mysql::nativeTypeFor(column.type)))
            return &column;
    }
    return nullptr;
}

std::vector<IndexColumn> indexColumns(const std::vector<std::string> &names)
{
    std::vector<IndexColumn> columns;
    for (const std::string &name : names) {
        IndexColumn column;
        column.name = name;
        columns.push_back(column);
    }
    return columns;
}

} // namespace

std::string MySqlDdlWriter::stringLiteral(std::string_view value) const
{
    return mysql::quoteStringLiteral(value);
}

std::string MySqlDdlWriter::createSchema(const std::string &schema) const
{
    return "CREATE DATABASE IF NOT EXISTS " + quote(schema) + " CHARACTER SET utf8mb4";
}

std::vector<std::string> MySqlDdlWriter::tableColumnTypes(const TableDefinition &table,
                                                          std::vector<std::string> *warnings) const
{
    std::vector<std::string> types;
    std::vector<int64_t> bytes;
    int64_t total = 0;
    for (const ColumnDefinition &column : table.columns) {
        types.push_back(nativeType(column.type));
        bytes.push_back(rowBytes(describeNative(column.name, types.back())));
        total += bytes.back();
    }
    while (total > RowLimitBytes) {
        size_t widest = types.size();
        for (size_t i = 0; i < types.size(); ++i) {
            const bool variable
                = types[i].rfind("varchar(", 0) == 0 || types[i].rfind("varbinary(", 0) == 0;
            if (variable && (widest == types.size() || bytes[i] > bytes[widest]))
                widest = i;
        }
        if (widest == types.size())
            break; // nothing left to move out of the row; the server says what is wrong
        const std::string before = types[widest];
        types[widest] = before.rfind("varchar(", 0) == 0 ? "mediumtext" : "mediumblob";
        total -= bytes[widest] - 12;
        bytes[widest] = 12;
        detail::warn(warnings,
                     EngineTr::tr("Column %1 of %2 is created as %3 instead of %4: the table's "
                                  "columns do not fit MySQL's 65,535-byte row limit otherwise.")
                         .arg(text(table.columns[widest].name), text(table.name),
                              text(types[widest]), text(before)));
    }
    return types;
}

bool MySqlDdlWriter::needsPrimaryKeyAtCreate(const TableDefinition &table) const
{
    const ColumnDefinition *autoIncrement = autoIncrementColumn(table);
    return autoIncrement && table.primaryKey && !table.primaryKey->columns.empty()
        && table.primaryKey->columns.front() == autoIncrement->name;
}

MySqlKeyContext MySqlDdlWriter::keyContextOf(const TableDefinition &table) const
{
    MySqlKeyContext context;
    const std::vector<std::string> types = tableColumnTypes(table, nullptr);
    for (size_t i = 0; i < table.columns.size(); ++i)
        context.columns.push_back(describeNative(table.columns[i].name, types[i]));
    return context;
}

std::string MySqlDdlWriter::columnDefinition(const TableDefinition &table,
                                             const ColumnDefinition &column,
                                             const std::string &type, bool autoIncrement,
                                             std::vector<std::string> *warnings) const
{
    std::string sql = quote(column.name) + " " + type;
    if (column.generatedExpression) {
        // MariaDB allows no NOT NULL on a generated column; the expression decides.
        sql += " GENERATED ALWAYS AS (" + *column.generatedExpression + ")"
            + (column.generatedStored ? " STORED" : " VIRTUAL");
    } else if (!column.nullable) {
        sql += " NOT NULL";
    }
    if (column.defaultExpression && !column.generatedExpression && !autoIncrement)
        sql += " DEFAULT " + *column.defaultExpression;
    else if (column.defaultExpression)
        detail::warnDefaultIgnored(warnings, table, column);
    if (autoIncrement) {
        sql += " AUTO_INCREMENT";
    } else if (column.autoIncrement && !column.generatedExpression) {
        detail::warn(warnings,
                     EngineTr::tr("Column %1 of %2 is not created AUTO_INCREMENT: "
                                  "MySQL allows one, on an integer column.")
                         .arg(text(column.name), text(table.name)));
    }
    if (!column.comment.empty())
        sql += " COMMENT " + stringLiteral(column.comment);
    return sql;
}

std::vector<std::string> MySqlDdlWriter::createTable(const TableDefinition &table,
                                                     const CreateTableOptions &options,
                                                     std::vector<std::string> *warnings) const
{
    const std::vector<std::string> types = tableColumnTypes(table, warnings);
    const ColumnDefinition *autoIncrement = autoIncrementColumn(table);
    MySqlKeyContext described;
    std::string sql = std::string("CREATE TABLE ") + (options.ifNotExists ? "IF NOT EXISTS " : "")
        + qualified(table.schema, table.name) + " (";
    for (size_t i = 0; i < table.columns.size(); ++i) {
        const ColumnDefinition &column = table.columns[i];
        described.columns.push_back(describeNative(column.name, types[i]));
        sql += (i == 0 ? "\n  " : ",\n  ")
            + columnDefinition(table, column, types[i], &column == autoIncrement, warnings);
    }
    const bool primaryKeyNow = table.primaryKey && !table.primaryKey->columns.empty()
        && (options.withPrimaryKey || needsPrimaryKeyAtCreate(table));
    if (primaryKeyNow) {
        sql += ",\n  PRIMARY KEY ("
            + keyColumns(indexColumns(table.primaryKey->columns), described, false,
                         "the primary key of " + table.name, warnings)
            + ")";
    }
    // AUTO_INCREMENT needs a key that starts with the column; without the primary key (now)
    // that is a plain index of its own.
    const bool keyedByPrimary = primaryKeyNow && autoIncrement
        && table.primaryKey->columns.front() == autoIncrement->name;
    if (autoIncrement && !keyedByPrimary) {
        sql += ",\n  KEY " + quote("ferry_auto_increment") + " (" + quote(autoIncrement->name)
            + ")";
    }
    for (const CheckConstraint &check : table.checks) {
        sql += ",\n  "
            + (check.name.empty() ? std::string() : "CONSTRAINT " + quote(check.name) + " ")
            + "CHECK (" + check.expression + ")";
    }
    sql += "\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
    if (!table.comment.empty())
        sql += " COMMENT=" + stringLiteral(table.comment);
    return {sql};
}

std::string MySqlDdlWriter::addColumn(const TableDefinition &table,
                                      const ColumnDefinition &column) const
{
    const std::string type = nativeType(column.type);
    const bool key = detail::isSoleKeyColumn(table, column);
    const bool autoIncrement = key && column.autoIncrement && isIntegerType(type);
    return "ALTER TABLE " + qualified(table.schema, table.name) + " ADD COLUMN "
        + columnDefinition(table, column, type, autoIncrement, nullptr)
        + (key ? " PRIMARY KEY" : "");
}

std::string MySqlDdlWriter::alterColumnType(const std::string &schema, const std::string &table,
                                            const ColumnDefinition &column) const
{
    std::string sql = "ALTER TABLE " + qualified(schema, table) + " MODIFY COLUMN "
        + quote(column.name) + " " + nativeType(column.type)
        + (column.nullable ? " NULL" : " NOT NULL");
    if (column.defaultExpression)
        sql += " DEFAULT " + *column.defaultExpression;
    if (column.autoIncrement)
        sql += " AUTO_INCREMENT";
    if (!column.comment.empty())
        sql += " COMMENT " + stringLiteral(column.comment);
    return sql;
}

std::string MySqlDdlWriter::keyColumns(const std::vector<IndexColumn> &columns,
                                       const MySqlKeyContext &context, bool unique,
                                       const std::string &what,
                                       std::vector<std::string> *warnings) const
{
    const bool allowLongUnique = unique && context.longUniqueKeys;
    std::string sql;
    for (size_t i = 0; i < columns.size(); ++i) {
        const IndexColumn &column = columns[i];
        sql += (i == 0 ? "" : ", ") + quote(column.name);
        const auto found
            = std::find_if(context.columns.begin(), context.columns.end(),
                           [&](const MySqlColumnFacts &c) { return c.name == column.name; });
        int64_t prefix = 0;
        if (found != context.columns.end()) {
            const std::string &type = found->dataType;
            const bool characters = type == "varchar" || type == "char";
            const bool binary = type == "varbinary" || type == "binary";
            if (isLobDataType(type)) {
                if (column.prefixLength > 0) {
                    prefix = column.prefixLength;
                } else if (!allowLongUnique) {
                    prefix = LobPrefixLength;
                    detail::warn(warnings,
                                 EngineTr::tr("In %1, column %2 is a %3 column: only its first %4 "
                                              "characters are indexed (MySQL needs a prefix "
                                              "length).")
                                     .arg(text(what), text(column.name), text(type))
                                     .arg(LobPrefixLength));
                }
            } else if ((characters || binary) && column.prefixLength > 0) {
                prefix = column.prefixLength;
            } else if (!allowLongUnique
                       && ((characters && found->maxLength > MaxKeyCharacters)
                           || (binary && found->maxLength > MaxKeyBytes))) {
                prefix = characters ? MaxKeyCharacters : MaxKeyBytes;
                detail::warn(warnings,
                             EngineTr::tr("In %1, only the first %2 characters of column %3 are "
                                          "indexed (InnoDB keys hold %4 bytes).")
                                 .arg(text(what))
                                 .arg(prefix)
                                 .arg(text(column.name))
                                 .arg(MaxKeyBytes));
            }
        } else if (column.prefixLength > 0) {
            prefix = column.prefixLength;
        }
        if (prefix > 0) {
            sql += '(';
            sql += std::to_string(prefix);
            sql += ')';
        }
        if (column.descending)
            sql += " DESC";
    }
    return sql;
}

bool MySqlDdlWriter::isIndexable(const MySqlColumnFacts &column)
{
    return column.dataType != "json" && !isGeometryDataType(column.dataType);
}

constexpr const char *MySqlReferentialActions[]
    = {"NO ACTION", "RESTRICT", "CASCADE", "SET NULL", "NO ACTION"};
static_assert(namesEvery(MySqlReferentialActions, ReferentialAction::SetDefault));

const char *MySqlDdlWriter::referentialAction(ReferentialAction action)
{
    return nameOf(MySqlReferentialActions, action);
}

std::string MySqlDdlWriter::addPrimaryKey(const TableDefinition &table,
                                          const MySqlKeyContext &context,
                                          std::vector<std::string> *warnings) const
{
    if (!table.primaryKey || table.primaryKey->columns.empty())
        return {};
    return alterTable(table.schema, table.name,
                      {"ADD PRIMARY KEY ("
                       + keyColumns(indexColumns(table.primaryKey->columns), context, false,
                                    "the primary key of " + table.name, warnings)
                       + ")"});
}

std::string MySqlDdlWriter::addPrimaryKey(const TableDefinition &table,
                                          std::vector<std::string> *warnings) const
{
    return addPrimaryKey(table, keyContextOf(table), warnings);
}

bool MySqlDdlWriter::indexable(const TableDefinition &table, const std::string &name,
                               const std::vector<IndexColumn> &columns,
                               const MySqlKeyContext &context,
                               std::vector<std::string> *warnings) const
{
    for (const IndexColumn &column : columns) {
        const auto found
            = std::find_if(context.columns.begin(), context.columns.end(),
                           [&](const MySqlColumnFacts &c) { return c.name == column.name; });
        if (!column.expression.empty() || column.name.empty()) {
            detail::warn(warnings,
                         EngineTr::tr("Index %1 of %2 is not created: it indexes an expression "
                                      "(%3), which is not carried over.")
                             .arg(text(name), text(table.name), text(column.expression)));
            return false;
        }
        if (found != context.columns.end() && !isIndexable(*found)) {
            detail::warn(
                warnings,
                EngineTr::tr("Index %1 of %2 is not created: column %3 is "
                             "of type %4, which MySQL cannot index this "
                             "way.")
                    .arg(text(name), text(table.name), text(column.name), text(found->dataType)));
            return false;
        }
    }
    return true;
}

std::string MySqlDdlWriter::uniqueKeyClause(const TableDefinition &table, const KeyConstraint &key,
                                            const MySqlKeyContext &context,
                                            std::vector<std::string> *warnings) const
{
    const std::vector<IndexColumn> columns = indexColumns(key.columns);
    if (!indexable(table, key.name, columns, context, warnings))
        return {};
    return "ADD UNIQUE KEY " + (key.name.empty() ? std::string() : quote(key.name) + " ") + "("
        + keyColumns(columns, context, true, "unique key " + key.name + " of " + table.name,
                     warnings)
        + ")";
}

std::string MySqlDdlWriter::indexClause(const TableDefinition &table, const Index &index,
                                        const MySqlKeyContext &context,
                                        std::vector<std::string> *warnings) const
{
    const std::string method = asciiLower(index.method);
    if (!index.predicate.empty() || method == "spatial") {
        detail::warn(warnings,
                     EngineTr::tr("Index %1 of %2 is not created: MySQL has no %3 "
                                  "indexes on these columns.")
                         .arg(text(index.name), text(table.name),
                              text(index.predicate.empty() ? "spatial" : "partial")));
        return {};
    }
    if (!indexable(table, index.name, index.columns, context, warnings))
        return {};
    const std::string name = index.name.empty() ? std::string() : quote(index.name) + " ";
    if (method == "fulltext") {
        std::string list;
        for (const IndexColumn &column : index.columns)
            list += (list.empty() ? "" : ", ") + quote(column.name);
        return "ADD FULLTEXT KEY " + name + "(" + list + ")";
    }
    return std::string(index.unique ? "ADD UNIQUE KEY " : "ADD KEY ") + name + "("
        + keyColumns(index.columns, context, index.unique,
                     "index " + index.name + " of " + table.name, warnings)
        + ")";
}

std::string MySqlDdlWriter::foreignKeyClause(const TableDefinition &table, const ForeignKey &key,
                                             bool named, std::vector<std::string> *warnings) const
{
    if (key.onDelete == ReferentialAction::SetDefault
        || key.onUpdate == ReferentialAction::SetDefault) {
        detail::warn(warnings,
                     EngineTr::tr("Foreign key %1 of %2 is created with NO ACTION "
                                  "instead of SET DEFAULT, which InnoDB does not "
                                  "support.")
                         .arg(text(key.name), text(table.name)));
    }
    const std::string &schema = key.referencedSchema.empty() ? table.schema : key.referencedSchema;
    const std::string body = "FOREIGN KEY (" + quotedList(key.columns) + ") REFERENCES "
        + qualified(schema, key.referencedTable) + " (" + quotedList(key.referencedColumns)
        + ") ON DELETE " + referentialAction(key.onDelete) + " ON UPDATE "
        + referentialAction(key.onUpdate);
    if (!named || key.name.empty())
        return "ADD " + body;
    return "ADD CONSTRAINT " + quote(key.name) + " " + body;
}

std::string MySqlDdlWriter::alterTable(const std::string &schema, const std::string &table,
                                       const std::vector<std::string> &clauses) const
{
    std::string sql = "ALTER TABLE " + qualified(schema, table) + " ";
    for (size_t i = 0; i < clauses.size(); ++i)
        sql += (i == 0 ? "" : ", ") + clauses[i];
    return sql;
}

std::string MySqlDdlWriter::addUniqueKey(const TableDefinition &table, const KeyConstraint &key,
                                         std::vector<std::string> *warnings) const
{
    const std::string clause = uniqueKeyClause(table, key, keyContextOf(table), warnings);
    return clause.empty() ? std::string() : alterTable(table.schema, table.name, {clause});
}

std::string MySqlDdlWriter::createIndex(const TableDefinition &table, const Index &index,
                                        std::vector<std::string> *warnings) const
{
    const std::string clause = indexClause(table, index, keyContextOf(table), warnings);
    return clause.empty() ? std::string() : alterTable(table.schema, table.name, {clause});
}

std::string MySqlDdlWriter::addForeignKey(const TableDefinition &table, const ForeignKey &key,
                                          std::vector<std::string> *warnings) const
{
    return alterTable(table.schema, table.name, {foreignKeyClause(table, key, true, warnings)});
}

std::string MySqlDdlWriter::dropForeignKey(const std::string &schema, const std::string &table,
                                           const std::string &name) const
{
    return alterTable(schema, table, {"DROP FOREIGN KEY " + quote(name)});
}

std::string MySqlDdlWriter::dropConstraint(const std::string &schema, const std::string &table,
                                           const std::string &name) const
{
    return alterTable(schema, table, {"DROP CONSTRAINT " + quote(name)});
}

std::string MySqlDdlWriter::dropIndex(const std::string &schema, const std::string &table,
                                      const std::string &name) const
{
    return alterTable(schema, table, {"DROP INDEX " + quote(name)});
}

const MySqlDdlWriter &mySqlDdlWriter()
{
    static const MySqlDdlWriter writer;
    return writer;
}

} // namespace ferry::convert
