// SPDX-License-Identifier: MIT
#include "engine/types/odbc_types.h"
#include "engine/core/text.h"

#include <sql.h>
#include <sqlext.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace ferry::odbc {

namespace {

/// The type name without parenthesised arguments, lower case, single-spaced:
/// "INT(10) UNSIGNED" -> "int unsigned", "DECIMAL(12,3)" -> "decimal".
std::string baseName(std::string_view text)
{
    std::string result;
    int depth = 0;
    bool pendingSpace = false;
    for (char c : text) {
        if (c == '(') {
            ++depth;
            continue;
        }
        if (c == ')') {
            depth = std::max(0, depth - 1);
            continue;
        }
        if (depth > 0)
            continue;
        if (std::isspace(static_cast<unsigned char>(c))) {
            pendingSpace = !result.empty();
            continue;
        }
        if (pendingSpace)
            result += ' ';
        pendingSpace = false;
        result += char(std::tolower(static_cast<unsigned char>(c)));
    }
    return result;
}

/// The integers inside the first parentheses: "decimal(12, 3)" -> {12, 3}.
std::vector<int64_t> numericArguments(std::string_view text)
{
    std::vector<int64_t> result;
    const size_t open = text.find('(');
    const size_t close = text.find(')', open == std::string_view::npos ? 0 : open);
    if (open == std::string_view::npos || close == std::string_view::npos)
        return result;
    std::string_view inside = text.substr(open + 1, close - open - 1);
    int64_t value = 0;
    bool inNumber = false;
    for (char c : inside) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            value = value * 10 + (c - '0');
            inNumber = true;
        } else if (c == ',') {
            if (!inNumber)
                return {};
            result.push_back(value);
            value = 0;
            inNumber = false;
        } else if (!std::isspace(static_cast<unsigned char>(c))) {
            return {};
        }
    }
    if (inNumber)
        result.push_back(value);
    return result;
}

/// The quoted labels of "enum('a','it''s')" (MySQL spelling); empty when there are none.
std::vector<std::string> quotedLabels(std::string_view text)
{
    std::vector<std::string> labels;
    const size_t open = text.find('(');
    if (open == std::string_view::npos)
        return labels;
    size_t i = open + 1;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == ','))
            ++i;
        if (i >= text.size() || text[i] != '\'')
            break;
        ++i;
        std::string label;
        while (i < text.size()) {
            if (text[i] == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                label += '\'';
                i += 2;
            } else if (text[i] == '\\' && i + 1 < text.size()) {
                label += text[i + 1];
                i += 2;
            } else if (text[i] == '\'') {
                ++i;
                break;
            } else {
                label += text[i++];
            }
        }
        labels.push_back(std::move(label));
    }
    return labels;
}

bool hasWord(std::string_view text, std::string_view word)
{
    size_t position = 0;
    while ((position = text.find(word, position)) != std::string_view::npos) {
        const bool startOk = position == 0 || text[position - 1] == ' ';
        const size_t end = position + word.size();
        const bool endOk = end == text.size() || text[end] == ' ';
        if (startOk && endOk)
            return true;
        position = end;
    }
    return false;
}

std::string firstWord(const std::string &base)
{
    const size_t space = base.find(' ');
    return space == std::string::npos ? base : base.substr(0, space);
}

int fractionalDigits(const OdbcTypeInfo &info)
{
    if (info.decimalDigits && *info.decimalDigits >= 0 && *info.decimalDigits <= 9)
        return *info.decimalDigits;
    return -1;
}

int64_t lengthOf(const OdbcTypeInfo &info)
{
    return info.columnSize && *info.columnSize > 0 ? *info.columnSize : -1;
}

bool isBinaryCode(int code)
{
    return code == SQL_BINARY || code == SQL_VARBINARY || code == SQL_LONGVARBINARY;
}

bool isIntervalCode(int code)
{
    return code >= SQL_INTERVAL_YEAR && code <= SQL_INTERVAL_MINUTE_TO_SECOND;
}

CanonicalType family(TypeFamily typeFamily)
{
    CanonicalType type;
    type.family = typeFamily;
    return type;
}

CanonicalType integer(int width, bool isUnsigned)
{
    CanonicalType type = family(TypeFamily::Integer);
    type.byteWidth = width;
    type.isUnsigned = isUnsigned;
    return type;
}

CanonicalType decimal(std::optional<int64_t> precision, std::optional<int64_t> scale,
                      bool isUnsigned)
{
    CanonicalType type = family(TypeFamily::Decimal);
    if (precision && *precision > 0) {
        type.precision = int(*precision);
        type.scale = scale && *scale >= 0 ? int(*scale) : 0;
    }
    type.isUnsigned = isUnsigned;
    return type;
}

CanonicalType lob(TypeFamily typeFamily)
{
    CanonicalType type = family(typeFamily);
    type.isLob = true;
    return type;
}

std::string intervalFields(int code)
{
    switch (code) {
    case SQL_INTERVAL_YEAR:
        return "year";
    case SQL_INTERVAL_MONTH:
        return "month";
    case SQL_INTERVAL_DAY:
        return "day";
    case SQL_INTERVAL_HOUR:
        return "hour";
    case SQL_INTERVAL_MINUTE:
        return "minute";
    case SQL_INTERVAL_SECOND:
        return "second";
    case SQL_INTERVAL_YEAR_TO_MONTH:
        return "year to month";
    case SQL_INTERVAL_DAY_TO_HOUR:
        return "day to hour";
    case SQL_INTERVAL_DAY_TO_MINUTE:
        return "day to minute";
    case SQL_INTERVAL_DAY_TO_SECOND:
        return "day to second";
    case SQL_INTERVAL_HOUR_TO_MINUTE:
        return "hour to minute";
    case SQL_INTERVAL_HOUR_TO_SECOND:
        return "hour to second";
    case SQL_INTERVAL_MINUTE_TO_SECOND:
        return "minute to second";
    default:
        return {};
    }
}

/// The well-known TYPE_NAMEs that refine a code that lost their meaning (see the header).
std::optional<CanonicalType> fromWellKnownName(const OdbcTypeInfo &info, const std::string &text)
{
    const std::string base = baseName(text);
    const std::string word = firstWord(base);
    const bool isUnsigned = info.isUnsigned || hasWord(base, "unsigned");

    if (word == "bool" || word == "boolean")
        return family(TypeFamily::Boolean);
    if (word == "uuid" || word == "uniqueidentifier")
        return family(TypeFamily::Uuid);
    if (word == "json")
        return family(TypeFamily::Json);
    if (word == "jsonb") {
        CanonicalType type = family(TypeFamily::Json);
        type.binaryJson = true;
        return type;
    }
    if (word == "xml")
        return family(TypeFamily::Xml);
    if (word == "interval" && !isIntervalCode(info.dataType)) {
        CanonicalType type = family(TypeFamily::Interval);
        type.subtype = base.size() > 9 ? base.substr(9) : std::string();
        return type;
    }
    if (word == "timestamptz" || base == "timestamp with time zone" || word == "datetimeoffset") {
        CanonicalType type = family(TypeFamily::Timestamp);
        type.fractionalDigits = fractionalDigits(info);
        type.withTimeZone = true;
        return type;
    }
    if (word == "timetz" || base == "time with time zone") {
        CanonicalType type = family(TypeFamily::Time);
        type.fractionalDigits = fractionalDigits(info);
        type.withTimeZone = true;
        return type;
    }
    if (word == "year")
        return family(TypeFamily::Year);
    if (word == "mediumint")
        return integer(3, isUnsigned);
    if (word == "bit" && info.dataType != SQL_BIT) {
        // MariaDB reports BIT(n) as SQL_BINARY with COLUMN_SIZE in bytes.
        CanonicalType type = family(TypeFamily::Bit);
        const auto arguments = numericArguments(text);
        if (!arguments.empty())
            type.length = arguments.front();
        else if (info.columnSize && *info.columnSize > 0)
            type.length = isBinaryCode(info.dataType) ? *info.columnSize * 8 : *info.columnSize;
        return type;
    }
    if (word == "enum" || word == "set") {
        CanonicalType type = family(word == "enum" ? TypeFamily::Enum : TypeFamily::Set);
        type.labels = quotedLabels(text);
        return type;
    }
    if (word == "bytea" || word == "blob" || word == "tinyblob" || word == "mediumblob"
        || word == "longblob" || word == "image")
        return lob(TypeFamily::VarBinary);
    if (word == "text" || word == "tinytext" || word == "mediumtext" || word == "longtext"
        || word == "clob" || word == "ntext")
        return lob(TypeFamily::String);
    if (word == "money" || word == "smallmoney")
        return family(TypeFamily::Money);
    if (word == "inet")
        return family(TypeFamily::Inet);
    if (word == "cidr")
        return family(TypeFamily::Cidr);
    if (word == "macaddr" || word == "macaddr8") {
        CanonicalType type = family(TypeFamily::MacAddr);
        type.length = word == "macaddr" ? 6 : 8;
        return type;
    }
    static const std::array<std::string_view, 8> geometryKinds {
        "geometry",   "point",           "linestring",   "polygon",
        "multipoint", "multilinestring", "multipolygon", "geometrycollection"};
    if (std::find(geometryKinds.begin(), geometryKinds.end(), word) != geometryKinds.end()) {
        CanonicalType type = family(TypeFamily::Geometry);
        type.subtype = word;
        return type;
    }
    if ((word == "decimal" || word == "numeric" || word == "dec") && info.dataType != SQL_DECIMAL
        && info.dataType != SQL_NUMERIC) {
        // SQLite ODBC reports DECIMAL(12,3) as SQL_VARCHAR; the declared text is the truth.
        const auto arguments = numericArguments(text);
        std::optional<int64_t> precision;
        std::optional<int64_t> scale;
        if (!arguments.empty())
            precision = arguments[0];
        if (arguments.size() > 1)
            scale = arguments[1];
        return decimal(precision, scale, isUnsigned);
    }
    return std::nullopt;
}

/// The SQL type code a standard type name stands for; 0 when the name is not one.
int codeOfStandardName(const std::string &base)
{
    static const std::vector<std::pair<std::string_view, int>> names {
        {"date", SQL_TYPE_DATE},
        {"time", SQL_TYPE_TIME},
        {"timestamp", SQL_TYPE_TIMESTAMP},
        {"datetime", SQL_TYPE_TIMESTAMP},
        {"datetime2", SQL_TYPE_TIMESTAMP},
        {"smalldatetime", SQL_TYPE_TIMESTAMP},
        {"tinyint", SQL_TINYINT},
        {"smallint", SQL_SMALLINT},
        {"int", SQL_INTEGER},
        {"integer", SQL_INTEGER},
        {"bigint", SQL_BIGINT},
        {"decimal", SQL_DECIMAL},
        {"numeric", SQL_NUMERIC},
        {"real", SQL_REAL},
        {"float", SQL_FLOAT},
        {"double", SQL_DOUBLE},
        {"double precision", SQL_DOUBLE},
        {"char", SQL_CHAR},
        {"character", SQL_CHAR},
        {"nchar", SQL_WCHAR},
        {"varchar", SQL_VARCHAR},
        {"character varying", SQL_VARCHAR},
        {"nvarchar", SQL_WVARCHAR},
        {"varchar2", SQL_VARCHAR},
        {"nvarchar2", SQL_WVARCHAR},
        {"binary", SQL_BINARY},
        {"varbinary", SQL_VARBINARY},
    };
    for (const auto &[name, code] : names) {
        if (base == name || firstWord(base) == name)
            return code;
    }
    return 0;
}

} // namespace

CanonicalType canonicalType(const OdbcTypeInfo &info)
{
    const std::string &text = info.nativeText.empty() ? info.typeName : info.nativeText;
    if (auto refined = fromWellKnownName(info, text))
        return *refined;

    const bool isUnsigned = info.isUnsigned || hasWord(baseName(text), "unsigned");
    const int code = info.dataType;
    switch (code) {
    case SQL_BIT:
        if (info.columnSize && *info.columnSize > 1) {
            CanonicalType type = family(TypeFamily::Bit);
            type.length = *info.columnSize;
            return type;
        }
        return family(TypeFamily::Boolean);
    case SQL_TINYINT:
        return integer(1, isUnsigned);
    case SQL_SMALLINT:
        return integer(2, isUnsigned);
    case SQL_INTEGER:
        return integer(4, isUnsigned);
    case SQL_BIGINT:
        return integer(8, isUnsigned);
    case SQL_DECIMAL:
    case SQL_NUMERIC:
        return decimal(info.columnSize,
                       info.decimalDigits ? std::optional<int64_t>(*info.decimalDigits)
                                          : std::nullopt,
                       isUnsigned);
    case SQL_REAL: {
        CanonicalType type = family(TypeFamily::Float);
        type.byteWidth = 4;
        return type;
    }
    case SQL_FLOAT: {
        CanonicalType type = family(TypeFamily::Float);
        type.byteWidth = 8;
        if (info.columnSize && *info.columnSize > 0 && info.precisionRadix) {
            if ((*info.precisionRadix == 2 && *info.columnSize <= 24)
                || (*info.precisionRadix == 10 && *info.columnSize <= 7))
                type.byteWidth = 4;
        }
        return type;
    }
    case SQL_DOUBLE: {
        CanonicalType type = family(TypeFamily::Float);
        type.byteWidth = 8;
        return type;
    }
    case SQL_CHAR:
    case SQL_WCHAR: {
        CanonicalType type = family(TypeFamily::Char);
        type.length = lengthOf(info);
        return type;
    }
    case SQL_VARCHAR:
    case SQL_WVARCHAR: {
        CanonicalType type = family(TypeFamily::String);
        type.length = lengthOf(info);
        return type;
    }
    case SQL_LONGVARCHAR:
    case SQL_WLONGVARCHAR:
        return lob(TypeFamily::String);
    case SQL_BINARY: {
        CanonicalType type = family(TypeFamily::Binary);
        type.length = lengthOf(info);
        return type;
    }
    case SQL_VARBINARY: {
        CanonicalType type = family(TypeFamily::VarBinary);
        type.length = lengthOf(info);
        return type;
    }
    case SQL_LONGVARBINARY:
        return lob(TypeFamily::VarBinary);
    case SQL_TYPE_DATE:
    case SQL_DATE:
        return family(TypeFamily::Date);
    case SQL_TYPE_TIME:
    case SQL_TIME: {
        CanonicalType type = family(TypeFamily::Time);
        type.fractionalDigits = fractionalDigits(info);
        return type;
    }
    case SQL_TYPE_TIMESTAMP:
    case SQL_TIMESTAMP: {
        CanonicalType type = family(TypeFamily::Timestamp);
        type.fractionalDigits = fractionalDigits(info);
        return type;
    }
    case SQL_GUID:
        return family(TypeFamily::Uuid);
    default:
        break;
    }
    if (isIntervalCode(code)) {
        CanonicalType type = family(TypeFamily::Interval);
        type.subtype = intervalFields(code);
        if (type.subtype.find("second") != std::string::npos)
            type.fractionalDigits = fractionalDigits(info);
        return type;
    }
    // A driver-specific code (SQL Server's -154 time, -155 datetimeoffset, ...): the type name
    // may still be a standard one.
    if (const int standard = codeOfStandardName(baseName(text)); standard != 0) {
        OdbcTypeInfo byName = info;
        byName.dataType = standard;
        return canonicalType(byName);
    }
    CanonicalType unknown = family(TypeFamily::Unknown);
    unknown.name = info.typeName;
    return unknown;
}

std::string sqlTypeName(int dataType)
{
    switch (dataType) {
    case SQL_BIT:
        return "SQL_BIT";
    case SQL_TINYINT:
        return "SQL_TINYINT";
    case SQL_SMALLINT:
        return "SQL_SMALLINT";
    case SQL_INTEGER:
        return "SQL_INTEGER";
    case SQL_BIGINT:
        return "SQL_BIGINT";
    case SQL_DECIMAL:
        return "SQL_DECIMAL";
    case SQL_NUMERIC:
        return "SQL_NUMERIC";
    case SQL_REAL:
        return "SQL_REAL";
    case SQL_FLOAT:
        return "SQL_FLOAT";
    case SQL_DOUBLE:
        return "SQL_DOUBLE";
    case SQL_CHAR:
        return "SQL_CHAR";
    case SQL_VARCHAR:
        return "SQL_VARCHAR";
    case SQL_LONGVARCHAR:
        return "SQL_LONGVARCHAR";
    case SQL_WCHAR:
        return "SQL_WCHAR";
    case SQL_WVARCHAR:
        return "SQL_WVARCHAR";
    case SQL_WLONGVARCHAR:
        return "SQL_WLONGVARCHAR";
    case SQL_BINARY:
        return "SQL_BINARY";
    case SQL_VARBINARY:
        return "SQL_VARBINARY";
    case SQL_LONGVARBINARY:
        return "SQL_LONGVARBINARY";
    case SQL_DATE:
        return "SQL_DATE";
    case SQL_TIME:
        return "SQL_TIME";
    case SQL_TIMESTAMP:
        return "SQL_TIMESTAMP";
    case SQL_TYPE_DATE:
        return "SQL_TYPE_DATE";
    case SQL_TYPE_TIME:
        return "SQL_TYPE_TIME";
    case SQL_TYPE_TIMESTAMP:
        return "SQL_TYPE_TIMESTAMP";
    case SQL_GUID:
        return "SQL_GUID";
    default:
        break;
    }
    if (isIntervalCode(dataType)) {
        std::string fields = asciiLower(intervalFields(dataType));
        std::string name = "SQL_INTERVAL_";
        for (char c : fields)
            name += c == ' ' ? '_' : char(std::toupper(static_cast<unsigned char>(c)));
        return name;
    }
    return "SQL type " + std::to_string(dataType);
}

} // namespace ferry::odbc
