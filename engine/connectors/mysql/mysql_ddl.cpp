// SPDX-License-Identifier: MIT
#include "engine/connectors/mysql/mysql_ddl.h"

#include "engine/core/dialect.h"
#include "engine/core/tr.h"
#include "engine/types/mysql_types.h"

#include <algorithm>
#include <cstdlib>

namespace ferry::mysql {

namespace {

/// The widest varchar/varbinary before longtext/longblob (utf8mb4: 4 bytes per character,
/// within the 65,535-byte row limit).
constexpr int64_t MaxVarcharCharacters = 16383;
constexpr int64_t MaxVarbinaryBytes = 16383;
/// InnoDB's row limit (sum of maximum column lengths, TEXT/BLOB counting a pointer), with room
/// for the length bytes and null flags.
constexpr int64_t RowLimitBytes = 65535 - 512;
/// InnoDB's key limit (DYNAMIC row format) and what it means for utf8mb4 characters.
constexpr int64_t MaxKeyBytes = 3072;
constexpr int64_t MaxKeyCharacters = MaxKeyBytes / 4;
/// The prefix indexed for TEXT/BLOB columns that an index names without one.
constexpr int LobPrefixLength = 255;
constexpr int DefaultFractionalDigits = 6;

QString q(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

std::string number(int64_t value) { return std::to_string(value); }

std::string stringType(int64_t length)
{
    if (length < 0 || length > MaxVarcharCharacters)
        return "longtext";
    return "varchar(" + number(length) + ")";
}

std::string varbinaryType(int64_t length)
{
    if (length < 0 || length > MaxVarbinaryBytes)
        return "longblob";
    return "varbinary(" + number(length) + ")";
}

int fractionalDigits(const CanonicalType &type)
{
    if (type.fractionalDigits < 0)
        return DefaultFractionalDigits;
    return std::min(type.fractionalDigits, DefaultFractionalDigits);
}

std::string withPrecision(const char *base, int digits)
{
    return digits == 0 ? std::string(base) : std::string(base) + "(" + number(digits) + ")";
}

std::string labelList(const std::vector<std::string> &labels)
{
    std::string text;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (i > 0)
            text += ',';
        text += quoteStringLiteral(labels[i]);
    }
    return text;
}

/// "varchar(100)" -> {"varchar", 100}; "longtext" -> {"longtext", -1}.
ExistingColumn describeNative(const std::string &name, const std::string &nativeType)
{
    ExistingColumn column;
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
int64_t rowBytes(const ExistingColumn &column)
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
const load::TargetColumn *autoIncrementColumn(const load::TargetTable &table)
{
    for (const load::TargetColumn &column : table.columns) {
        if (column.autoIncrement && isIntegerType(nativeTypeFor(column.type)))
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

std::string nativeTypeFor(const CanonicalType &type)
{
    switch (type.family) {
    case TypeFamily::Boolean:
        return "tinyint(1)";
    case TypeFamily::Integer: {
        const char *base = "bigint";
        switch (type.byteWidth) {
        case 1:
            base = "tinyint";
            break;
        case 2:
            base = "smallint";
            break;
        case 3:
            base = "mediumint";
            break;
        case 4:
            base = "int";
            break;
        default:
            break;
        }
        return std::string(base) + (type.isUnsigned ? " unsigned" : "");
    }
    case TypeFamily::Decimal: {
        if (type.precision < 0)
            return "decimal(65,30)";
        const int scale = std::max(type.scale, 0);
        const int precision = std::max({type.precision, scale, 1});
        if (precision <= 65 && scale <= 30)
            return "decimal(" + number(precision) + "," + number(scale) + ")";
        return "varchar(" + number(precision + 2) + ")";
    }
    case TypeFamily::Float:
        return type.byteWidth == 4 ? "float" : "double";
    case TypeFamily::Money:
        return "decimal(19,4)";
    case TypeFamily::Char:
        if (type.length >= 0 && type.length <= 255)
            return "char(" + number(type.length) + ")";
        return stringType(type.length);
    case TypeFamily::String:
        return type.isLob ? "longtext" : stringType(type.length);
    case TypeFamily::Binary:
        if (type.length >= 0 && type.length <= 255)
            return "binary(" + number(type.length) + ")";
        return varbinaryType(type.length);
    case TypeFamily::VarBinary:
        return type.isLob ? "longblob" : varbinaryType(type.length);
    case TypeFamily::Bit:
        // MySQL's BIT(n) is fixed-length: a varying bit string (PostgreSQL bit varying, where
        // '101' and '' differ from '000000000101') is kept as its '0'/'1' text instead.
        if (type.length >= 1 && type.length <= 64 && type.subtype != "varying")
            return "bit(" + number(type.length) + ")";
        return stringType(type.length);
    case TypeFamily::Date:
        return "date";
    case TypeFamily::Time:
        if (type.withTimeZone)
            return "varchar(32)";
        return withPrecision("time", fractionalDigits(type));
    case TypeFamily::Timestamp:
        return withPrecision("datetime", fractionalDigits(type));
    case TypeFamily::Interval:
        return "varchar(64)";
    case TypeFamily::Year:
        return "year";
    case TypeFamily::Uuid:
        return "char(36)";
    case TypeFamily::Json:
        return "json";
    case TypeFamily::Enum:
        if (type.labels.empty())
            return "varchar(255)";
        return "enum(" + labelList(type.labels) + ")";
    case TypeFamily::Set:
        if (type.labels.empty() || type.labels.size() > 64)
            return "varchar(4096)";
        return "set(" + labelList(type.labels) + ")";
    case TypeFamily::Inet:
    case TypeFamily::Cidr:
        return "varchar(43)";
    case TypeFamily::MacAddr:
        return "varchar(23)";
    case TypeFamily::Xml:
    case TypeFamily::Geometry:
    case TypeFamily::Array:
    case TypeFamily::Range:
    case TypeFamily::Composite:
    case TypeFamily::RowId:
    case TypeFamily::Unknown:
        return "longtext";
    }
    return "longtext";
}

std::vector<std::string> tableColumnTypes(const load::TargetTable &table,
                                          std::vector<std::string> *warnings)
{
    std::vector<std::string> types;
    std::vector<int64_t> bytes;
    int64_t total = 0;
    for (const load::TargetColumn &column : table.columns) {
        types.push_back(nativeTypeFor(column.type));
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
        if (warnings) {
            warnings->push_back(
                EngineTr::tr("Column %1 of %2 is created as %3 instead of %4: the table's "
                             "columns do not fit MySQL's 65,535-byte row limit otherwise.")
                    .arg(q(table.columns[widest].name), q(table.name), q(types[widest]), q(before))
                    .toStdString());
        }
    }
    return types;
}

bool needsPrimaryKeyAtCreate(const load::TargetTable &table)
{
    const load::TargetColumn *autoIncrement = autoIncrementColumn(table);
    return autoIncrement && table.primaryKey && !table.primaryKey->columns.empty()
        && table.primaryKey->columns.front() == autoIncrement->name;
}

std::string createTableSql(const load::TargetTable &table, bool withPrimaryKey,
                           std::vector<std::string> *warnings)
{
    const std::vector<std::string> types = tableColumnTypes(table, warnings);
    const load::TargetColumn *autoIncrement = autoIncrementColumn(table);
    std::vector<ExistingColumn> described;
    std::string sql
        = "CREATE TABLE " + quoteQualified(Dialect::MySql, table.schema, table.name) + " (";
    for (size_t i = 0; i < table.columns.size(); ++i) {
        const load::TargetColumn &column = table.columns[i];
        described.push_back(describeNative(column.name, types[i]));
        sql += (i == 0 ? "\n  " : ",\n  ") + quoteIdentifier(Dialect::MySql, column.name) + " "
            + types[i];
        if (!column.nullable)
            sql += " NOT NULL";
        if (&column == autoIncrement)
            sql += " AUTO_INCREMENT";
        else if (column.autoIncrement && warnings) {
            warnings->push_back(EngineTr::tr("Column %1 of %2 is not created AUTO_INCREMENT: "
                                             "MySQL allows one, on an integer column.")
                                    .arg(q(column.name), q(table.name))
                                    .toStdString());
        }
    }
    const bool primaryKeyNow = table.primaryKey && !table.primaryKey->columns.empty()
        && (withPrimaryKey || needsPrimaryKeyAtCreate(table));
    if (primaryKeyNow) {
        sql += ",\n  PRIMARY KEY ("
            + keyColumnsSql(indexColumns(table.primaryKey->columns), described, false,
                            "the primary key of " + table.name, warnings)
            + ")";
    }
    // AUTO_INCREMENT needs a key that starts with the column; without the primary key (now)
    // that is a plain index of its own.
    const bool keyedByPrimary = primaryKeyNow
        && table.primaryKey->columns.front()
            == (autoIncrement ? autoIncrement->name : std::string());
    if (autoIncrement && !keyedByPrimary) {
        sql += ",\n  KEY " + quoteIdentifier(Dialect::MySql, "ferry_auto_increment") + " ("
            + quoteIdentifier(Dialect::MySql, autoIncrement->name) + ")";
    }
    sql += "\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
    return sql;
}

std::string keyColumnsSql(const std::vector<IndexColumn> &columns,
                          const std::vector<ExistingColumn> &existing, bool allowLongUnique,
                          const std::string &what, std::vector<std::string> *warnings)
{
    std::string sql;
    for (size_t i = 0; i < columns.size(); ++i) {
        const IndexColumn &column = columns[i];
        sql += (i == 0 ? "" : ", ") + quoteIdentifier(Dialect::MySql, column.name);
        const auto found
            = std::find_if(existing.begin(), existing.end(),
                           [&](const ExistingColumn &c) { return c.name == column.name; });
        int64_t prefix = 0;
        if (found != existing.end()) {
            const std::string &type = found->dataType;
            const bool text = type == "varchar" || type == "char";
            const bool binary = type == "varbinary" || type == "binary";
            if (isLobDataType(type)) {
                if (column.prefixLength > 0) {
                    prefix = column.prefixLength;
                } else if (!allowLongUnique) {
                    prefix = LobPrefixLength;
                    if (warnings) {
                        warnings->push_back(
                            EngineTr::tr("In %1, column %2 is a %3 column: only its first %4 "
                                         "characters are indexed (MySQL needs a prefix length).")
                                .arg(q(what), q(column.name), q(type))
                                .arg(LobPrefixLength)
                                .toStdString());
                    }
                }
            } else if ((text || binary) && column.prefixLength > 0) {
                prefix = column.prefixLength;
            } else if (!allowLongUnique
                       && ((text && found->maxLength > MaxKeyCharacters)
                           || (binary && found->maxLength > MaxKeyBytes))) {
                prefix = text ? MaxKeyCharacters : MaxKeyBytes;
                if (warnings) {
                    warnings->push_back(
                        EngineTr::tr("In %1, only the first %2 characters of column %3 are "
                                     "indexed (InnoDB keys hold %4 bytes).")
                            .arg(q(what))
                            .arg(prefix)
                            .arg(q(column.name))
                            .arg(MaxKeyBytes)
                            .toStdString());
                }
            }
        } else if (column.prefixLength > 0) {
            prefix = column.prefixLength;
        }
        if (prefix > 0) {
            sql += '(';
            sql += number(prefix);
            sql += ')';
        }
        if (column.descending)
            sql += " DESC";
    }
    return sql;
}

bool isIndexable(const ExistingColumn &column)
{
    return column.dataType != "json" && !isGeometryDataType(column.dataType);
}

const char *referentialActionSql(ReferentialAction action)
{
    switch (action) {
    case ReferentialAction::NoAction:
        return "NO ACTION";
    case ReferentialAction::Restrict:
        return "RESTRICT";
    case ReferentialAction::Cascade:
        return "CASCADE";
    case ReferentialAction::SetNull:
        return "SET NULL";
    case ReferentialAction::SetDefault:
        return "NO ACTION";
    }
    return "NO ACTION";
}

} // namespace ferry::mysql
