// SPDX-License-Identifier: MIT
#include "engine/types/tsql_types.h"
#include "engine/core/text.h"
#include "engine/types/type_text.h"

#include <string>

namespace ferry::tsql {

namespace {

using types::leadingNumber;
using types::lob;
using types::ofFamily;
using types::sized;
using types::TypeText;

/// The first argument list's items; empty when the type has none.
const std::vector<std::string> &firstArguments(const TypeText &text)
{
    static const std::vector<std::string> none;
    return text.arguments.empty() ? none : text.arguments.front().items;
}

/// The n-th argument as a number; fallback when missing or not a number.
int64_t argument(const TypeText &text, size_t index, int64_t fallback)
{
    const auto &items = firstArguments(text);
    if (index >= items.size())
        return fallback;
    return leadingNumber(items[index]).value_or(fallback);
}

bool isMax(const TypeText &text)
{
    const auto &items = firstArguments(text);
    return !items.empty() && items.front() == "max";
}

/// The built-in name a T-SQL synonym stands for ("character varying" -> "varchar").
std::string canonicalName(std::string name)
{
    if (name.rfind("sys.", 0) == 0)
        name.erase(0, 4);
    static const std::pair<std::string_view, std::string_view> synonyms[] = {
        {"integer", "int"},
        {"dec", "decimal"},
        {"character", "char"},
        {"char varying", "varchar"},
        {"character varying", "varchar"},
        {"national character", "nchar"},
        {"national char", "nchar"},
        {"national character varying", "nvarchar"},
        {"national char varying", "nvarchar"},
        {"nchar varying", "nvarchar"},
        {"national text", "ntext"},
        {"binary varying", "varbinary"},
        {"timestamp", "rowversion"},
    };
    for (const auto &[synonym, builtin] : synonyms) {
        if (name == synonym)
            return std::string(builtin);
    }
    return name;
}

CanonicalType integer(int width, bool isUnsigned = false)
{
    CanonicalType type = ofFamily(TypeFamily::Integer);
    type.byteWidth = width;
    type.isUnsigned = isUnsigned;
    return type;
}

CanonicalType fixedPoint(TypeFamily family, int precision, int scale)
{
    CanonicalType type = ofFamily(family);
    type.precision = precision;
    type.scale = scale;
    return type;
}

CanonicalType floating(int width)
{
    CanonicalType type = ofFamily(TypeFamily::Float);
    type.byteWidth = width;
    return type;
}

/// Exact and approximate numbers; Unknown when the name is not one.
CanonicalType numericType(const std::string &name, const TypeText &text)
{
    if (name == "bit")
        return ofFamily(TypeFamily::Boolean);
    if (name == "tinyint")
        return integer(1, true);
    if (name == "smallint")
        return integer(2);
    if (name == "int")
        return integer(4);
    if (name == "bigint")
        return integer(8);
    if (name == "decimal" || name == "numeric") {
        const int precision = int(argument(text, 0, 18));
        return fixedPoint(TypeFamily::Decimal, precision, int(argument(text, 1, 0)));
    }
    if (name == "money")
        return fixedPoint(TypeFamily::Money, 19, 4);
    if (name == "smallmoney")
        return fixedPoint(TypeFamily::Money, 10, 4);
    if (name == "float")
        return floating(argument(text, 0, 53) <= 24 ? 4 : 8);
    if (name == "real")
        return floating(4);
    if (name == "double precision")
        return floating(8);
    return ofFamily(TypeFamily::Unknown);
}

/// Character and binary strings; Unknown when the name is not one.
CanonicalType stringType(const std::string &name, const TypeText &text)
{
    const int64_t length = argument(text, 0, 1);
    if (name == "char" || name == "nchar")
        return sized(TypeFamily::Char, length);
    if (name == "varchar" || name == "nvarchar")
        return isMax(text) ? lob(TypeFamily::String) : sized(TypeFamily::String, length);
    if (name == "text" || name == "ntext")
        return lob(TypeFamily::String);
    if (name == "sysname")
        return sized(TypeFamily::String, 128);
    if (name == "binary")
        return sized(TypeFamily::Binary, length);
    if (name == "varbinary")
        return isMax(text) ? lob(TypeFamily::VarBinary) : sized(TypeFamily::VarBinary, length);
    if (name == "image")
        return lob(TypeFamily::VarBinary);
    if (name == "rowversion") {
        CanonicalType type = sized(TypeFamily::Binary, 8);
        type.name = "rowversion";
        return type;
    }
    return ofFamily(TypeFamily::Unknown);
}

CanonicalType temporal(TypeFamily family, int digits)
{
    CanonicalType type = ofFamily(family);
    type.fractionalDigits = digits;
    return type;
}

/// Dates and times; Unknown when the name is not one.
CanonicalType temporalType(const std::string &name, const TypeText &text)
{
    const int digits = int(argument(text, 0, DefaultFractionalDigits));
    if (name == "date")
        return ofFamily(TypeFamily::Date);
    if (name == "time")
        return temporal(TypeFamily::Time, digits);
    if (name == "datetime")
        return temporal(TypeFamily::Timestamp, 3);
    if (name == "smalldatetime")
        return temporal(TypeFamily::Timestamp, 0);
    if (name == "datetime2")
        return temporal(TypeFamily::Timestamp, digits);
    if (name == "datetimeoffset") {
        CanonicalType type = temporal(TypeFamily::Timestamp, digits);
        type.withTimeZone = true;
        type.subtype = "offset";
        return type;
    }
    return ofFamily(TypeFamily::Unknown);
}

CanonicalType builtinType(const TypeText &text)
{
    const std::string name = canonicalName(text.name());
    for (const auto mapper : {numericType, stringType, temporalType}) {
        CanonicalType type = mapper(name, text);
        if (type.family != TypeFamily::Unknown)
            return type;
    }
    if (name == "uniqueidentifier")
        return ofFamily(TypeFamily::Uuid);
    if (name == "xml")
        return ofFamily(TypeFamily::Xml);
    if (name == "geometry" || name == "geography") {
        CanonicalType type = ofFamily(TypeFamily::Geometry);
        type.subtype = name;
        return type;
    }
    return ofFamily(TypeFamily::Unknown);
}

/// The alias's base type text: by the name as written ("dbo.phone") or without its schema.
const std::string *aliasBase(const std::string &name, const AliasTypes &aliases)
{
    if (auto found = aliases.find(name); found != aliases.end())
        return &found->second;
    const size_t dot = name.rfind('.');
    if (dot != std::string::npos) {
        if (auto found = aliases.find(std::string_view(name).substr(dot + 1));
            found != aliases.end())
            return &found->second;
    }
    return nullptr;
}

/// The type text as written, without brackets and double quotes: "[dbo].[Phone]" -> "dbo.Phone".
std::string unquoted(std::string_view typeText)
{
    std::string name;
    for (const char c : trimmed(typeText)) {
        if (c != '[' && c != ']' && c != '"')
            name += c;
    }
    return name;
}

} // namespace

CanonicalType canonicalType(std::string_view typeText, const AliasTypes &aliases)
{
    const TypeText text = types::parseTypeText(typeText);
    CanonicalType type = builtinType(text);
    if (type.family != TypeFamily::Unknown)
        return type;
    const std::string name = text.name();
    if (const std::string *base = aliasBase(name, aliases); base && text.arguments.empty()) {
        // An alias cannot be based on another alias: the base is read without aliases.
        type = builtinType(types::parseTypeText(*base));
    }
    type.name = unquoted(typeText);
    return type;
}

} // namespace ferry::tsql
