// SPDX-License-Identifier: MIT
#include "engine/types/sqlite_types.h"
#include "engine/core/enum_names.h"
#include "engine/core/text.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

namespace ferry::sqlite {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

void appendWords(std::string_view text, std::vector<std::string> &words)
{
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSpace(text[i]))
            ++i;
        const size_t start = i;
        while (i < text.size() && !isSpace(text[i]))
            ++i;
        if (i > start)
            words.emplace_back(text.substr(start, i - start));
    }
}

/// A declared type taken apart: "NUMERIC(10, 2) UNSIGNED" -> base "NUMERIC", args {10, 2}.
struct DeclaredType
{
    std::string base; ///< words without modifiers, upper case, single spaces
    std::vector<int64_t> arguments; ///< numeric arguments; empty when none or not numeric
    bool isUnsigned = false;
    bool withTimeZone = false;
};

DeclaredType parseDeclaredType(std::string_view declared)
{
    const std::string upper = asciiUpper(trimmed(declared));
    std::string_view text(upper);
    std::vector<std::string> words;
    DeclaredType result;

    const size_t open = text.find('(');
    if (open == std::string_view::npos) {
        appendWords(text, words);
    } else {
        appendWords(text.substr(0, open), words);
        const size_t close = text.find(')', open);
        const std::string_view inside = text.substr(
            open + 1, (close == std::string_view::npos ? text.size() : close) - open - 1);
        if (close != std::string_view::npos)
            appendWords(text.substr(close + 1), words);
        bool numeric = true;
        size_t start = 0;
        while (start <= inside.size()) {
            size_t comma = inside.find(',', start);
            if (comma == std::string_view::npos)
                comma = inside.size();
            std::string_view argument = trimmed(inside.substr(start, comma - start));
            if (!argument.empty() && argument.front() == '+')
                argument.remove_prefix(1);
            int64_t value = 0;
            const auto [end, error]
                = std::from_chars(argument.data(), argument.data() + argument.size(), value);
            if (argument.empty() || error != std::errc()
                || end != argument.data() + argument.size())
                numeric = false;
            else
                result.arguments.push_back(value);
            start = comma + 1;
        }
        if (!numeric)
            result.arguments.clear();
    }

    std::vector<std::string> kept;
    for (size_t i = 0; i < words.size(); ++i) {
        const std::string &word = words[i];
        if (word == "UNSIGNED") {
            result.isUnsigned = true;
        } else if (word == "SIGNED" || word == "ZEROFILL") {
            // MySQL-style modifiers; SIGNED is the default.
        } else if ((word == "WITH" || word == "WITHOUT") && i + 2 < words.size()
                   && words[i + 1] == "TIME" && words[i + 2] == "ZONE") {
            result.withTimeZone = word == "WITH";
            i += 2;
        } else {
            kept.push_back(word);
        }
    }
    for (const auto &word : kept) {
        if (!result.base.empty())
            result.base += ' ';
        result.base += word;
    }
    return result;
}

template<size_t N> bool isOneOf(const std::string &value, const char *const (&names)[N])
{
    for (const char *name : names) {
        if (value == name)
            return true;
    }
    return false;
}

CanonicalType affinityFamily(Affinity affinity)
{
    CanonicalType type;
    switch (affinity) {
    case Affinity::Integer:
        type.family = TypeFamily::Integer;
        type.byteWidth = 8;
        break;
    case Affinity::Text:
        type.family = TypeFamily::String;
        type.isLob = true;
        break;
    case Affinity::Blob:
        type.family = TypeFamily::VarBinary;
        type.isLob = true;
        break;
    case Affinity::Real:
        type.family = TypeFamily::Float;
        type.byteWidth = 8;
        break;
    case Affinity::Numeric:
        type.family = TypeFamily::Decimal;
        break;
    }
    return type;
}

/**
 * The names Ferry's SQLite target declares for values it must keep as text (sqlite_target.cpp):
 * "<NAME>_TEXT" has TEXT affinity (it contains "TEXT" and no "INT"), so SQLite never turns
 * '0123', '1.50' or a 38-digit decimal into a number, yet the column still reads as its type.
 */
CanonicalType refineTextStored(const DeclaredType &declared)
{
    const std::string &base = declared.base;
    const int64_t firstArgument = declared.arguments.empty() ? -1 : declared.arguments[0];
    CanonicalType type;
    if (base == "DECIMAL_TEXT") {
        type.family = TypeFamily::Decimal;
        if (firstArgument > 0) {
            type.precision = int(firstArgument);
            type.scale = declared.arguments.size() > 1 ? int(declared.arguments[1]) : 0;
        }
    } else if (base == "JSON_TEXT" || base == "JSONB_TEXT") {
        type.family = TypeFamily::Json;
        type.binaryJson = base == "JSONB_TEXT";
    } else if (base == "XML_TEXT") {
        type.family = TypeFamily::Xml;
    } else if (base == "UUID_TEXT") {
        type.family = TypeFamily::Uuid;
    } else if (base == "BIT_TEXT") {
        type.family = TypeFamily::Bit;
        type.length = firstArgument > 0 ? firstArgument : -1;
    } else if (base == "YEAR_TEXT") {
        type.family = TypeFamily::Year;
    } else if (base == "INTERVAL_TEXT") {
        type.family = TypeFamily::Interval;
    } else if (base == "INET_TEXT") {
        type.family = TypeFamily::Inet;
    } else if (base == "CIDR_TEXT") {
        type.family = TypeFamily::Cidr;
    } else if (base == "MACADDR_TEXT") {
        type.family = TypeFamily::MacAddr;
        type.length = firstArgument == 8 ? 8 : 6;
    }
    return type;
}

/// The refined type for a well-known name; nullopt-like (family Unknown) when not known.
CanonicalType refine(const DeclaredType &declared)
{
    const std::string &base = declared.base;
    const int64_t firstArgument = declared.arguments.empty() ? -1 : declared.arguments[0];
    CanonicalType type;

    static const char *const Int8Names[] = {"INTEGER", "BIGINT", "INT8", "BIG INT"};
    static const char *const Int4Names[] = {"INT", "INT4"};
    static const char *const Int2Names[] = {"SMALLINT", "INT2"};
    static const char *const CharNames[]
        = {"CHAR", "CHARACTER", "NCHAR", "NATIVE CHARACTER", "NATIONAL CHARACTER", "NATIONAL CHAR"};
    static const char *const VarcharNames[] = {"VARCHAR",
                                               "NVARCHAR",
                                               "VARCHAR2",
                                               "NVARCHAR2",
                                               "CHARACTER VARYING",
                                               "CHAR VARYING",
                                               "VARYING CHARACTER",
                                               "NATIONAL CHARACTER VARYING",
                                               "NATIONAL CHAR VARYING",
                                               "NCHAR VARYING"};
    static const char *const TextNames[]
        = {"TEXT", "CLOB", "NCLOB", "NTEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT"};
    static const char *const BlobNames[] = {"BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB", "BYTEA"};
    static const char *const FloatNames[]
        = {"REAL", "DOUBLE", "DOUBLE PRECISION", "FLOAT", "FLOAT8", "FLOATING POINT"};
    static const char *const DecimalNames[] = {"NUMERIC", "DECIMAL", "DEC", "NUMBER"};
    static const char *const TimestampNames[] = {"DATETIME", "TIMESTAMP", "DATETIME2"};
    static const char *const TimestampTzNames[] = {"TIMESTAMPTZ", "DATETIMEOFFSET"};
    static const char *const UuidNames[] = {"UUID", "GUID", "UNIQUEIDENTIFIER"};

    if (isOneOf(base, Int8Names) || isOneOf(base, Int4Names) || isOneOf(base, Int2Names)
        || base == "MEDIUMINT" || base == "TINYINT") {
        type.family = TypeFamily::Integer;
        type.byteWidth = isOneOf(base, Int8Names) ? 8
            : isOneOf(base, Int4Names)            ? 4
            : base == "MEDIUMINT"                 ? 3
            : base == "TINYINT"                   ? 1
                                                  : 2;
        type.isUnsigned = declared.isUnsigned;
    } else if (base == "BOOLEAN" || base == "BOOL") {
        type.family = TypeFamily::Boolean;
    } else if (isOneOf(base, CharNames)) {
        // CHAR without a length is not CHAR(1) here: SQLite neither pads nor limits it.
        type.family = firstArgument > 0 ? TypeFamily::Char : TypeFamily::String;
        type.length = firstArgument > 0 ? firstArgument : -1;
    } else if (isOneOf(base, VarcharNames)) {
        type.family = TypeFamily::String;
        type.length = firstArgument > 0 ? firstArgument : -1;
    } else if (isOneOf(base, TextNames)) {
        type.family = TypeFamily::String;
        type.isLob = true;
    } else if (isOneOf(base, BlobNames)) {
        type.family = TypeFamily::VarBinary;
        type.isLob = true;
    } else if (base == "BINARY" || base == "VARBINARY") {
        type.family
            = base == "BINARY" && firstArgument > 0 ? TypeFamily::Binary : TypeFamily::VarBinary;
        type.length = firstArgument > 0 ? firstArgument : -1;
        type.isLob = firstArgument <= 0;
    } else if (isOneOf(base, FloatNames)) {
        // SQLite stores every REAL as an 8-byte IEEE double, whatever the declared name.
        type.family = TypeFamily::Float;
        type.byteWidth = 8;
    } else if (isOneOf(base, DecimalNames)) {
        type.family = TypeFamily::Decimal;
        if (firstArgument > 0) {
            type.precision = int(firstArgument);
            type.scale = declared.arguments.size() > 1 ? int(declared.arguments[1]) : 0;
        }
    } else if (base == "DATE") {
        type.family = TypeFamily::Date;
    } else if (isOneOf(base, TimestampNames) || isOneOf(base, TimestampTzNames)) {
        type.family = TypeFamily::Timestamp;
        type.fractionalDigits = firstArgument >= 0 ? int(firstArgument) : -1;
        type.withTimeZone = declared.withTimeZone || isOneOf(base, TimestampTzNames);
    } else if (base == "TIME" || base == "TIMETZ") {
        type.family = TypeFamily::Time;
        type.fractionalDigits = firstArgument >= 0 ? int(firstArgument) : -1;
        type.withTimeZone = declared.withTimeZone || base == "TIMETZ";
    } else if (base == "JSON") {
        type.family = TypeFamily::Json;
    } else if (isOneOf(base, UuidNames)) {
        type.family = TypeFamily::Uuid;
    } else {
        type = refineTextStored(declared);
    }
    return type;
}

} // namespace

constexpr const char *AffinityNames[] = {"INTEGER", "TEXT", "BLOB", "REAL", "NUMERIC"};
static_assert(namesEvery(AffinityNames, Affinity::Numeric));

const char *affinityName(Affinity affinity) { return nameOf(AffinityNames, affinity); }

Affinity affinityOf(std::string_view declaredType)
{
    const std::string upper = asciiUpper(declaredType);
    const auto contains
        = [&upper](const char *part) { return upper.find(part) != std::string::npos; };
    if (contains("INT"))
        return Affinity::Integer;
    if (contains("CHAR") || contains("CLOB") || contains("TEXT"))
        return Affinity::Text;
    if (contains("BLOB") || trimmed(upper).empty())
        return Affinity::Blob;
    if (contains("REAL") || contains("FLOA") || contains("DOUB"))
        return Affinity::Real;
    return Affinity::Numeric;
}

TypeMapping mapDeclaredType(std::string_view declaredType)
{
    TypeMapping mapping;
    mapping.affinity = affinityOf(declaredType);
    mapping.type = refine(parseDeclaredType(declaredType));
    mapping.refined = mapping.type.family != TypeFamily::Unknown;
    if (!mapping.refined)
        mapping.type = affinityFamily(mapping.affinity);
    return mapping;
}

CanonicalType canonicalTypeOf(std::string_view declaredType)
{
    return mapDeclaredType(declaredType).type;
}

std::string nativeTypeFor(const CanonicalType &type)
{
    const auto sized = [](const char *name, int64_t length) {
        return std::string(name) + "(" + std::to_string(length) + ")";
    };
    switch (type.family) {
    case TypeFamily::Boolean:
        return "BOOLEAN";
    case TypeFamily::Integer: {
        if (type.isUnsigned && type.byteWidth >= 8)
            return "DECIMAL_TEXT(20,0)";
        const char *name = type.byteWidth == 1 ? "TINYINT"
            : type.byteWidth == 2              ? "SMALLINT"
            : type.byteWidth == 3              ? "MEDIUMINT"
            : type.byteWidth == 4              ? "INT"
                                               : "BIGINT";
        return type.isUnsigned ? std::string(name) + " UNSIGNED" : std::string(name);
    }
    case TypeFamily::Decimal: {
        if (type.precision <= 0)
            return "DECIMAL_TEXT";
        std::string arguments(1, '(');
        arguments += std::to_string(type.precision);
        arguments += ',';
        arguments += std::to_string(std::max(type.scale, 0));
        arguments += ')';
        return (type.precision <= MaxNumericAffinityPrecision ? "DECIMAL" : "DECIMAL_TEXT")
            + arguments;
    }
    case TypeFamily::Money:
        if (type.precision > 0)
            return "DECIMAL_TEXT(" + std::to_string(type.precision) + ","
                + std::to_string(std::max(type.scale, 0)) + ")";
        return "DECIMAL_TEXT";
    case TypeFamily::Float:
        return type.byteWidth == 4 ? "FLOAT" : "REAL";
    case TypeFamily::Char:
        return type.length > 0 ? sized("CHAR", type.length) : "TEXT";
    case TypeFamily::String:
        return type.length > 0 && !type.isLob ? sized("VARCHAR", type.length) : "TEXT";
    case TypeFamily::Binary:
        return type.length > 0 ? sized("BINARY", type.length) : "BLOB";
    case TypeFamily::VarBinary:
        return type.length > 0 && !type.isLob ? sized("VARBINARY", type.length) : "BLOB";
    case TypeFamily::Bit:
        return type.length > 0 ? sized("BIT_TEXT", type.length) : "BIT_TEXT";
    case TypeFamily::Date:
        return "DATE";
    case TypeFamily::Time: {
        const char *name = type.withTimeZone ? "TIMETZ" : "TIME";
        return type.fractionalDigits >= 0 ? sized(name, type.fractionalDigits) : name;
    }
    case TypeFamily::Timestamp: {
        const char *name = type.withTimeZone ? "TIMESTAMPTZ" : "DATETIME";
        return type.fractionalDigits >= 0 ? sized(name, type.fractionalDigits) : name;
    }
    case TypeFamily::Interval:
        return "INTERVAL_TEXT";
    case TypeFamily::Year:
        return "YEAR_TEXT";
    case TypeFamily::Uuid:
        return "UUID_TEXT";
    case TypeFamily::Json:
        return type.binaryJson ? "JSONB_TEXT" : "JSON_TEXT";
    case TypeFamily::Xml:
        return "XML_TEXT";
    case TypeFamily::Inet:
        return "INET_TEXT";
    case TypeFamily::Cidr:
        return "CIDR_TEXT";
    case TypeFamily::MacAddr:
        return type.length == 8 ? "MACADDR_TEXT(8)" : "MACADDR_TEXT";
    case TypeFamily::Enum:
    case TypeFamily::Set:
    case TypeFamily::Geometry:
    case TypeFamily::Array:
    case TypeFamily::Range:
    case TypeFamily::Composite:
    case TypeFamily::RowId:
    case TypeFamily::Unknown:
        return "TEXT";
    }
    return "TEXT";
}

} // namespace ferry::sqlite
