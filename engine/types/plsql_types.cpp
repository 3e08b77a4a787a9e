// SPDX-License-Identifier: MIT
#include "engine/types/plsql_types.h"
#include "engine/core/text.h"
#include "engine/types/type_text.h"

#include <algorithm>
#include <optional>
#include <string>

namespace ferry::plsql {

namespace {

using types::leadingNumber;
using types::lob;
using types::ofFamily;
using types::sized;
using types::TypeText;

/// The items of the argument list after the first `words` words; empty when there is none.
const std::vector<std::string> &argumentsAfter(const TypeText &text, size_t words)
{
    static const std::vector<std::string> none;
    const types::TypeArguments *list = text.argumentsAfter(words);
    return list ? list->items : none;
}

std::optional<int64_t> number(const std::vector<std::string> &items, size_t index)
{
    return index < items.size() ? leadingNumber(items[index]) : std::nullopt;
}

/// decimal(p,s) without a negative scale or a scale above the precision (see the header).
CanonicalType decimal(int64_t precision, int64_t scale)
{
    CanonicalType type = ofFamily(TypeFamily::Decimal);
    if (scale < 0) {
        precision -= scale;
        scale = 0;
    }
    type.precision = int(std::max(precision, scale));
    type.scale = int(scale);
    return type;
}

CanonicalType unconstrainedDecimal() { return ofFamily(TypeFamily::Decimal); }

/// NUMBER, DECIMAL, NUMERIC, DEC with their arguments.
CanonicalType numberType(const std::string &name, const std::vector<std::string> &items)
{
    const bool star = !items.empty() && items.front() == "*";
    const std::optional<int64_t> precision = number(items, 0);
    const int64_t scale = number(items, 1).value_or(0);
    if (name == "number" && !precision && (!star || items.size() < 2))
        return unconstrainedDecimal(); // NUMBER, NUMBER(*)
    return decimal(precision.value_or(MaxPrecision), scale);
}

/// Numbers; Unknown when the name is not one.
CanonicalType numericType(const std::string &name, const std::vector<std::string> &items)
{
    if (name == "number" || name == "decimal" || name == "dec" || name == "numeric")
        return numberType(name, items);
    if (name == "integer" || name == "int" || name == "smallint")
        return decimal(MaxPrecision, 0);
    if (name == "float" || name == "real" || name == "double precision")
        return unconstrainedDecimal();
    if (name == "binary_float" || name == "binary_double") {
        CanonicalType type = ofFamily(TypeFamily::Float);
        type.byteWidth = name == "binary_float" ? 4 : 8;
        return type;
    }
    if (name == "pls_integer" || name == "binary_integer" || name == "simple_integer") {
        CanonicalType type = ofFamily(TypeFamily::Integer);
        type.byteWidth = 4;
        return type;
    }
    return ofFamily(TypeFamily::Unknown);
}

/// Character and binary strings; Unknown when the name is not one.
CanonicalType stringType(const std::string &name, const std::vector<std::string> &items)
{
    static const char *const fixed[]
        = {"char", "nchar", "character", "national character", "national char"};
    static const char *const varying[] = {"varchar2",
                                          "varchar",
                                          "nvarchar2",
                                          "character varying",
                                          "char varying",
                                          "national character varying",
                                          "national char varying",
                                          "nchar varying"};
    const auto isOneOf = [&name](const auto &names) {
        return std::find(std::begin(names), std::end(names), name) != std::end(names);
    };
    if (isOneOf(fixed))
        return sized(TypeFamily::Char, number(items, 0).value_or(1));
    if (isOneOf(varying))
        return sized(TypeFamily::String, number(items, 0).value_or(-1));
    if (name == "long" || name == "clob" || name == "nclob")
        return lob(TypeFamily::String);
    if (name == "raw")
        return sized(TypeFamily::VarBinary, number(items, 0).value_or(-1));
    if (name == "long raw" || name == "blob")
        return lob(TypeFamily::VarBinary);
    return ofFamily(TypeFamily::Unknown);
}

CanonicalType temporal(TypeFamily family, int digits)
{
    CanonicalType type = ofFamily(family);
    type.fractionalDigits = digits;
    return type;
}

/// Dates, timestamps and intervals; Unknown when the name is not one.
CanonicalType temporalType(const TypeText &text)
{
    const std::string name = text.name();
    if (name == "date")
        return temporal(TypeFamily::Timestamp, 0);
    const int digits = int(number(argumentsAfter(text, 1), 0).value_or(DefaultFractionalDigits));
    if (name == "timestamp")
        return temporal(TypeFamily::Timestamp, digits);
    if (name == "timestamp with time zone" || name == "timestamp with local time zone") {
        CanonicalType type = temporal(TypeFamily::Timestamp, digits);
        type.withTimeZone = true;
        if (name == "timestamp with time zone")
            type.subtype = "offset";
        return type;
    }
    if (name == "interval year to month") {
        CanonicalType type = ofFamily(TypeFamily::Interval);
        type.subtype = "year to month";
        return type;
    }
    if (name == "interval day to second") {
        const auto seconds = number(argumentsAfter(text, 4), 0);
        CanonicalType type
            = temporal(TypeFamily::Interval, int(seconds.value_or(DefaultFractionalDigits)));
        type.subtype = "day to second";
        return type;
    }
    return ofFamily(TypeFamily::Unknown);
}

/// Everything else Oracle has built in; Unknown when the name is not one.
CanonicalType otherType(const std::string &name)
{
    if (name == "rowid" || name == "urowid") {
        CanonicalType type = ofFamily(TypeFamily::RowId);
        type.name = asciiUpper(name);
        return type;
    }
    if (name == "xmltype" || name == "sys.xmltype")
        return ofFamily(TypeFamily::Xml);
    if (name == "json") {
        CanonicalType type = ofFamily(TypeFamily::Json);
        type.binaryJson = true;
        return type;
    }
    if (name == "sdo_geometry" || name == "mdsys.sdo_geometry") {
        CanonicalType type = ofFamily(TypeFamily::Geometry);
        type.subtype = "geometry";
        return type;
    }
    if (name == "boolean" || name == "bool")
        return ofFamily(TypeFamily::Boolean);
    return ofFamily(TypeFamily::Unknown);
}

std::string unquoted(std::string_view typeText)
{
    std::string name;
    for (const char c : trimmed(typeText)) {
        if (c != '"')
            name += c;
    }
    return name;
}

} // namespace

CanonicalType canonicalType(std::string_view typeText)
{
    const TypeText text = types::parseTypeText(typeText);
    const std::string name = text.name();
    const std::vector<std::string> &items = argumentsAfter(text, text.words.size());
    CanonicalType type = numericType(name, items);
    if (type.family == TypeFamily::Unknown)
        type = stringType(name, items);
    if (type.family == TypeFamily::Unknown)
        type = temporalType(text);
    if (type.family == TypeFamily::Unknown)
        type = otherType(name);
    if (type.family == TypeFamily::Unknown)
        type.name = unquoted(typeText);
    return type;
}

} // namespace ferry::plsql
