// SPDX-License-Identifier: MIT
#include "engine/types/canonical_type.h"
#include "engine/core/enum_names.h"

#include <algorithm>

namespace ferry {

constexpr const char *TypeFamilyNames[]
    = {"unknown",  "boolean",   "integer", "decimal",   "float", "money",     "char",     "string",
       "binary",   "varbinary", "bit",     "date",      "time",  "timestamp", "interval", "year",
       "uuid",     "json",      "xml",     "enum",      "set",   "inet",      "cidr",     "macaddr",
       "geometry", "array",     "range",   "composite", "rowid"};
static_assert(namesEvery(TypeFamilyNames, TypeFamily::RowId));

const char *typeFamilyName(TypeFamily family) { return nameOf(TypeFamilyNames, family); }

std::string CanonicalType::toString() const
{
    std::string text = typeFamilyName(family);
    std::vector<std::string> args;
    switch (family) {
    case TypeFamily::Money:
        if (precision >= 0) {
            args.push_back(std::to_string(precision));
            args.push_back(std::to_string(scale < 0 ? 0 : scale));
        }
        if (!subtype.empty())
            args.push_back(subtype);
        break;
    case TypeFamily::Integer:
    case TypeFamily::Float:
        args.push_back(std::to_string(byteWidth));
        break;
    case TypeFamily::Decimal:
        if (precision >= 0) {
            args.push_back(std::to_string(precision));
            args.push_back(std::to_string(scale < 0 ? 0 : scale));
        }
        break;
    case TypeFamily::Char:
    case TypeFamily::String:
    case TypeFamily::Binary:
    case TypeFamily::VarBinary:
    case TypeFamily::Bit:
        if (length >= 0)
            args.push_back(std::to_string(length));
        else if (isLob)
            args.push_back("lob");
        if (!charset.empty())
            args.push_back(charset);
        break;
    case TypeFamily::Time:
    case TypeFamily::Timestamp:
    case TypeFamily::Interval:
        if (fractionalDigits >= 0)
            args.push_back(std::to_string(fractionalDigits));
        if (withTimeZone)
            args.push_back("tz");
        if (wideRange)
            args.push_back("wide");
        if (!subtype.empty())
            args.push_back(subtype);
        break;
    case TypeFamily::Json:
        if (binaryJson)
            args.push_back("binary");
        break;
    case TypeFamily::Enum:
    case TypeFamily::Set:
        args = labels;
        break;
    case TypeFamily::Geometry:
        if (!subtype.empty())
            args.push_back(subtype);
        break;
    case TypeFamily::MacAddr:
        if (length > 0)
            args.push_back(std::to_string(length));
        break;
    case TypeFamily::Array:
    case TypeFamily::Range:
        return text + "<" + (element ? element->toString() : std::string("unknown")) + ">";
    default:
        break;
    }
    if (isUnsigned)
        args.push_back("unsigned");
    if (!args.empty()) {
        text += '(';
        for (size_t i = 0; i < args.size(); ++i) {
            if (i)
                text += ',';
            text += args[i];
        }
        text += ')';
    }
    return text;
}

CanonicalType moneyAsDecimal(const CanonicalType &money)
{
    const bool fixed = money.precision > 0;
    CanonicalType decimal;
    decimal.family = TypeFamily::Decimal;
    decimal.precision = fixed ? money.precision : MoneyDecimalPrecision;
    decimal.scale = fixed ? std::max(money.scale, 0) : MoneyDecimalScale;
    return decimal;
}

bool operator==(const CanonicalType &a, const CanonicalType &b)
{
    const bool elementsEqual = (!a.element && !b.element)
                               || (a.element && b.element && *a.element == *b.element);
    return a.family == b.family && a.byteWidth == b.byteWidth && a.isUnsigned == b.isUnsigned
           && a.length == b.length && a.precision == b.precision && a.scale == b.scale
           && a.fractionalDigits == b.fractionalDigits && a.withTimeZone == b.withTimeZone
           && a.wideRange == b.wideRange && a.isLob == b.isLob && a.binaryJson == b.binaryJson
           && a.charset == b.charset && a.subtype == b.subtype && a.name == b.name
           && a.labels == b.labels && elementsEqual;
}

} // namespace ferry
