// SPDX-License-Identifier: MIT
#include "engine/types/postgres_types.h"
#include "engine/core/text.h"
#include "engine/types/type_text.h"

#include <algorithm>
#include <array>
#include <memory>
#include <string>

namespace ferry::postgres {

namespace {

constexpr int32_t VarHeaderSize = 4; // VARHDRSZ: char/varchar/numeric typmods include it

// Interval range bits (PostgreSQL's datetime.h: INTERVAL_MASK of each field).
constexpr int32_t IntervalMonth = 1 << 1;
constexpr int32_t IntervalYear = 1 << 2;
constexpr int32_t IntervalDay = 1 << 3;
constexpr int32_t IntervalHour = 1 << 10;
constexpr int32_t IntervalMinute = 1 << 11;
constexpr int32_t IntervalSecond = 1 << 12;
constexpr int32_t IntervalFullRange = 0x7FFF;
constexpr int32_t IntervalFullPrecision = 0xFFFF;

/// The interval field lists a typmod can hold and their spelling.
struct IntervalFieldNames
{
    int32_t mask;
    const char *text;
};
constexpr std::array<IntervalFieldNames, 13> KnownIntervalFields {{
    {IntervalYear, "year"},
    {IntervalMonth, "month"},
    {IntervalDay, "day"},
    {IntervalHour, "hour"},
    {IntervalMinute, "minute"},
    {IntervalSecond, "second"},
    {IntervalYear | IntervalMonth, "year to month"},
    {IntervalDay | IntervalHour, "day to hour"},
    {IntervalDay | IntervalHour | IntervalMinute, "day to minute"},
    {IntervalDay | IntervalHour | IntervalMinute | IntervalSecond, "day to second"},
    {IntervalHour | IntervalMinute, "hour to minute"},
    {IntervalHour | IntervalMinute | IntervalSecond, "hour to second"},
    {IntervalMinute | IntervalSecond, "minute to second"},
}};

constexpr int MaxTypeDepth = 16; // domains of arrays of domains...: far more than real schemas

CanonicalType ofFamily(TypeFamily family)
{
    CanonicalType type;
    type.family = family;
    return type;
}

CanonicalType integerType(int width)
{
    CanonicalType type = ofFamily(TypeFamily::Integer);
    type.byteWidth = width;
    return type;
}

CanonicalType floatType(int width)
{
    CanonicalType type = ofFamily(TypeFamily::Float);
    type.byteWidth = width;
    return type;
}

CanonicalType temporalType(TypeFamily family, int32_t typmod, bool withTimeZone)
{
    CanonicalType type = ofFamily(family);
    const int precision = timePrecision(typmod);
    type.fractionalDigits = precision >= 0 ? precision : DefaultFractionalDigits;
    type.withTimeZone = withTimeZone;
    return type;
}

/// numeric(p,s). PostgreSQL 15 allows scales below 0 and above the precision: numeric(5,-2)
/// holds 9999900 and becomes decimal(7,0); numeric(2,5) holds at most 0.00099 and becomes
/// decimal(5,5) (canonical decimals have 0 <= scale <= precision).
CanonicalType numericType(int32_t typmod)
{
    CanonicalType type = ofFamily(TypeFamily::Decimal);
    const int precision = numericPrecision(typmod);
    if (precision >= 0) {
        const int scale = numericScale(typmod);
        type.precision = std::max(precision - std::min(scale, 0), scale);
        type.scale = std::max(scale, 0);
    }
    return type;
}

CanonicalType namedType(TypeFamily family, std::string_view name)
{
    CanonicalType type = ofFamily(family);
    type.name = std::string(name);
    return type;
}

bool isOneOf(std::string_view name, std::initializer_list<std::string_view> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

} // namespace

int64_t characterLength(int32_t typmod)
{
    return typmod >= VarHeaderSize ? int64_t(typmod - VarHeaderSize) : -1;
}

int numericPrecision(int32_t typmod)
{
    if (typmod < VarHeaderSize)
        return -1;
    return ((typmod - VarHeaderSize) >> 16) & 0xFFFF;
}

int numericScale(int32_t typmod)
{
    if (typmod < VarHeaderSize)
        return -1;
    // Since PostgreSQL 15 the scale is an 11-bit signed field (-1000..1000).
    return (((typmod - VarHeaderSize) & 0x7FF) ^ 1024) - 1024;
}

int timePrecision(int32_t typmod) { return typmod >= 0 ? typmod : -1; }

int intervalPrecision(int32_t typmod)
{
    if (typmod < 0)
        return -1;
    const int precision = typmod & 0xFFFF;
    return precision == IntervalFullPrecision ? -1 : precision;
}

std::string intervalFields(int32_t typmod)
{
    if (typmod < 0)
        return {};
    const int32_t range = (typmod >> 16) & 0x7FFF;
    if (range == IntervalFullRange)
        return {};
    for (const IntervalFieldNames &fields : KnownIntervalFields) {
        if (fields.mask == range)
            return fields.text;
    }
    return {};
}

CanonicalType builtinCanonicalType(std::string_view name, int32_t typmod)
{
    if (name == "int2")
        return integerType(2);
    if (name == "int4")
        return integerType(4);
    if (name == "int8")
        return integerType(8);
    if (name == "numeric")
        return numericType(typmod);
    if (name == "float4")
        return floatType(4);
    if (name == "float8")
        return floatType(8);
    if (name == "money")
        return ofFamily(TypeFamily::Money);
    if (name == "bool")
        return ofFamily(TypeFamily::Boolean);
    if (name == "bpchar") {
        CanonicalType type = ofFamily(TypeFamily::Char);
        type.length = characterLength(typmod);
        return type;
    }
    if (name == "char") { // the one-byte internal "char"
        CanonicalType type = ofFamily(TypeFamily::Char);
        type.length = 1;
        return type;
    }
    if (name == "varchar") {
        CanonicalType type = ofFamily(TypeFamily::String);
        type.length = characterLength(typmod);
        return type;
    }
    if (name == "text") {
        CanonicalType type = ofFamily(TypeFamily::String);
        type.isLob = true;
        return type;
    }
    if (name == "name") {
        CanonicalType type = ofFamily(TypeFamily::String);
        type.length = 63; // NAMEDATALEN - 1 bytes
        return type;
    }
    if (name == "bytea") {
        CanonicalType type = ofFamily(TypeFamily::VarBinary);
        type.isLob = true;
        return type;
    }
    if (name == "date")
        return ofFamily(TypeFamily::Date);
    if (name == "time")
        return temporalType(TypeFamily::Time, typmod, false);
    if (name == "timetz")
        return temporalType(TypeFamily::Time, typmod, true);
    if (name == "timestamp")
        return temporalType(TypeFamily::Timestamp, typmod, false);
    if (name == "timestamptz")
        return temporalType(TypeFamily::Timestamp, typmod, true);
    if (name == "interval") {
        CanonicalType type = ofFamily(TypeFamily::Interval);
        const int precision = intervalPrecision(typmod);
        type.fractionalDigits = precision >= 0 ? precision : DefaultFractionalDigits;
        type.subtype = intervalFields(typmod);
        return type;
    }
    if (name == "uuid")
        return ofFamily(TypeFamily::Uuid);
    if (name == "json")
        return ofFamily(TypeFamily::Json);
    if (name == "jsonb") {
        CanonicalType type = ofFamily(TypeFamily::Json);
        type.binaryJson = true;
        return type;
    }
    if (name == "xml")
        return ofFamily(TypeFamily::Xml);
    if (name == "inet")
        return ofFamily(TypeFamily::Inet);
    if (name == "cidr")
        return ofFamily(TypeFamily::Cidr);
    if (name == "macaddr" || name == "macaddr8") {
        CanonicalType type = ofFamily(TypeFamily::MacAddr);
        type.length = name == "macaddr" ? 6 : 8;
        return type;
    }
    if (name == "bit" || name == "varbit") {
        CanonicalType type = ofFamily(TypeFamily::Bit);
        type.length = typmod >= 0 ? typmod : -1;
        if (name == "varbit")
            type.subtype = "varying"; // bit varying(n): at most n bits
        return type;
    }
    if (isOneOf(name, {"point", "line", "lseg", "box", "path", "polygon", "circle"})) {
        CanonicalType type = ofFamily(TypeFamily::Geometry);
        type.subtype = std::string(name);
        return type;
    }
    if (isOneOf(name,
                {"oid", "tid", "xid", "xid8", "cid", "regclass", "regproc", "regprocedure",
                 "regoper", "regoperator", "regtype", "regconfig", "regdictionary", "regnamespace",
                 "regrole", "regcollation"})) {
        return namedType(TypeFamily::RowId, name);
    }
    return namedType(TypeFamily::Unknown, name);
}

void PgTypeRegistry::add(PgTypeInfo type)
{
    const uint32_t oid = type.oid;
    m_types.insert_or_assign(oid, std::move(type));
}

const PgTypeInfo *PgTypeRegistry::find(uint32_t oid) const
{
    auto it = m_types.find(oid);
    return it == m_types.end() ? nullptr : &it->second;
}

CanonicalType PgTypeRegistry::canonicalType(uint32_t oid, int32_t typmod) const
{
    return canonicalType(oid, typmod, 0);
}

CanonicalType PgTypeRegistry::canonicalType(uint32_t oid, int32_t typmod, int depth) const
{
    const PgTypeInfo *info = find(oid);
    if (!info || depth > MaxTypeDepth)
        return ofFamily(TypeFamily::Unknown);

    if (info->category == 'A' && info->element != 0) {
        CanonicalType type = ofFamily(TypeFamily::Array);
        type.element = std::make_shared<const CanonicalType>(
            canonicalType(info->element, typmod, depth + 1));
        return type;
    }
    switch (info->kind) {
    case 'd': {
        CanonicalType type = canonicalType(info->baseType, info->baseTypmod, depth + 1);
        type.name = info->name;
        return type;
    }
    case 'e': {
        CanonicalType type = namedType(TypeFamily::Enum, info->name);
        type.labels = info->labels;
        return type;
    }
    case 'r': {
        CanonicalType type = namedType(TypeFamily::Range, info->name);
        type.element = std::make_shared<const CanonicalType>(
            canonicalType(info->rangeSubtype, -1, depth + 1));
        return type;
    }
    case 'c':
        return namedType(TypeFamily::Composite, info->name);
    case 'b':
        if (info->schema == "pg_catalog")
            return builtinCanonicalType(info->name, typmod);
        // Extension base types (citext, hstore, ...): text-like ones travel as strings.
        if (info->category == 'S') {
            CanonicalType type = namedType(TypeFamily::String, info->name);
            type.isLob = true;
            return type;
        }
        if (info->category == 'B')
            return namedType(TypeFamily::Boolean, info->name);
        return namedType(TypeFamily::Unknown, info->name);
    default: // pseudo-types, multiranges
        return namedType(TypeFamily::Unknown, info->name);
    }
}

namespace {

std::string nativeWithPrecision(const char *base, int digits)
{
    if (digits < 0)
        return base;
    return std::string(base) + "(" + std::to_string(std::min(digits, 6)) + ")";
}

/// time(p) / timestamp(p) [with time zone]
std::string nativeTemporal(const char *base, const CanonicalType &type)
{
    std::string text = nativeWithPrecision(base, type.fractionalDigits);
    if (type.withTimeZone)
        text += " with time zone";
    return text;
}

bool isBuiltinRange(std::string_view name)
{
    for (std::string_view range :
         {"int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange"}) {
        if (name == range)
            return true;
    }
    return false;
}

} // namespace

std::string nativeTypeFor(const CanonicalType &type)
{
    switch (type.family) {
    case TypeFamily::Boolean:
        return "boolean";
    case TypeFamily::Integer:
        switch (type.byteWidth) {
        case 1:
            return "smallint";
        case 2:
            return type.isUnsigned ? "integer" : "smallint";
        case 3:
            return "integer";
        case 4:
            return type.isUnsigned ? "bigint" : "integer";
        default:
            return type.isUnsigned ? "numeric(20,0)" : "bigint";
        }
    case TypeFamily::Decimal:
        if (type.precision <= 0 || type.precision > 1000)
            return "numeric";
        if (type.scale <= 0)
            return "numeric(" + std::to_string(type.precision) + ")";
        return "numeric(" + std::to_string(type.precision) + ","
            + std::to_string(std::min(type.scale, 1000)) + ")";
    case TypeFamily::Float:
        return type.byteWidth == 4 ? "real" : "double precision";
    case TypeFamily::Money:
        return nativeTypeFor(moneyAsDecimal(type));
    case TypeFamily::Char:
        if (type.length <= 0 || type.length > MaxCharacterLength)
            return "text";
        return "char(" + std::to_string(type.length) + ")";
    case TypeFamily::String:
        if (type.isLob || type.length <= 0 || type.length > MaxCharacterLength)
            return "text";
        return "varchar(" + std::to_string(type.length) + ")";
    case TypeFamily::Binary:
    case TypeFamily::VarBinary:
        return "bytea";
    case TypeFamily::Bit:
        if (type.length <= 0)
            return "bit varying";
        if (type.subtype == "varying" || type.length > 83'886'080)
            return "bit varying(" + std::to_string(std::min<int64_t>(type.length, 83'886'080))
                + ")";
        return "bit(" + std::to_string(type.length) + ")";
    case TypeFamily::Date:
        return "date";
    case TypeFamily::Time:
        if (type.wideRange)
            return "interval";
        return nativeTemporal("time", type);
    case TypeFamily::Timestamp:
        return nativeTemporal("timestamp", type);
    case TypeFamily::Interval:
        return "interval";
    case TypeFamily::Year:
        return "smallint";
    case TypeFamily::Uuid:
        return "uuid";
    case TypeFamily::Json:
        return type.binaryJson ? "jsonb" : "json";
    case TypeFamily::Xml:
        return "xml";
    case TypeFamily::Enum:
    case TypeFamily::Set:
        return "text";
    case TypeFamily::Inet:
        return "inet";
    case TypeFamily::Cidr:
        return "cidr";
    case TypeFamily::MacAddr:
        return type.length == 8 ? "macaddr8" : "macaddr";
    case TypeFamily::Geometry:
        return "text";
    case TypeFamily::Array:
        if (type.element) {
            switch (type.element->family) {
            case TypeFamily::Unknown:
            case TypeFamily::Array:
            case TypeFamily::Range:
            case TypeFamily::Composite:
            case TypeFamily::RowId:
                break;
            default:
                return nativeTypeFor(*type.element) + "[]";
            }
        }
        return "text";
    case TypeFamily::Range:
        return isBuiltinRange(type.name) ? type.name : "text";
    case TypeFamily::Composite:
    case TypeFamily::RowId:
    case TypeFamily::Unknown:
        return "text";
    }
    return "text";
}

namespace {

/// typname of a built-in type spelled as format_type() or DDL spells it; the name itself
/// when it is not a known spelling (it may already be a typname: "uuid", "point").
std::string typeNameOf(const std::string &spelling, int64_t firstArgument)
{
    static const std::pair<std::string_view, std::string_view> spellings[] = {
        {"smallint", "int2"},
        {"smallserial", "int2"},
        {"serial2", "int2"},
        {"integer", "int4"},
        {"int", "int4"},
        {"serial", "int4"},
        {"serial4", "int4"},
        {"bigint", "int8"},
        {"bigserial", "int8"},
        {"serial8", "int8"},
        {"decimal", "numeric"},
        {"real", "float4"},
        {"double precision", "float8"},
        {"boolean", "bool"},
        {"character", "bpchar"},
        {"char", "bpchar"},
        {"character varying", "varchar"},
        {"bit varying", "varbit"},
        {"time without time zone", "time"},
        {"time with time zone", "timetz"},
        {"timestamp without time zone", "timestamp"},
        {"timestamp with time zone", "timestamptz"},
    };
    if (spelling == "float")
        return firstArgument >= 1 && firstArgument <= 24 ? "float4" : "float8";
    for (const auto &[written, typeName] : spellings) {
        if (spelling == written)
            return std::string(typeName);
    }
    return spelling;
}

/// The typmod PostgreSQL stores for typname with the written arguments (-1: none).
int32_t typmodOf(const std::string &typeName, const types::TypeText &text)
{
    const std::vector<std::string> none;
    const auto &items = text.arguments.empty() ? none : text.arguments.back().items;
    const auto argument = [&items](size_t index) -> int64_t {
        return index < items.size() ? types::leadingNumber(items[index]).value_or(-1) : -1;
    };
    const int64_t first = argument(0);
    if (typeName == "numeric" && first > 0) {
        const int64_t scale = std::max<int64_t>(argument(1), items.size() > 1 ? -1000 : 0);
        return int32_t(((first << 16) | (scale & 0x7FF)) + VarHeaderSize);
    }
    if (typeName == "bpchar" || typeName == "varchar") {
        const bool plainCharacter = typeName == "bpchar" && text.words.front() != "bpchar";
        const int64_t length = first > 0 ? first : (plainCharacter ? 1 : -1);
        return length > 0 ? int32_t(length + VarHeaderSize) : -1;
    }
    if (typeName == "bit" || typeName == "varbit")
        return first > 0 ? int32_t(first) : (typeName == "bit" ? 1 : -1);
    if (typeName == "time" || typeName == "timetz" || typeName == "timestamp"
        || typeName == "timestamptz")
        return first >= 0 ? int32_t(first) : -1;
    return -1;
}

/// interval [fields] [(p)]: the typmod of the fields and precision, -1 for a plain interval.
int32_t intervalTypmod(const types::TypeText &text)
{
    std::string fields;
    for (size_t i = 1; i < text.words.size(); ++i)
        fields += (fields.empty() ? "" : " ") + text.words[i];
    int32_t range = IntervalFullRange;
    for (const IntervalFieldNames &known : KnownIntervalFields) {
        if (fields == known.text)
            range = known.mask;
    }
    int32_t precision = IntervalFullPrecision;
    if (!text.arguments.empty() && !text.arguments.back().items.empty())
        precision = int32_t(
            types::leadingNumber(text.arguments.back().items.front()).value_or(precision));
    if (range == IntervalFullRange && precision == IntervalFullPrecision)
        return -1;
    return (range << 16) | precision;
}

} // namespace

CanonicalType canonicalTypeOfText(std::string_view text)
{
    std::string_view written = trimmed(text);
    if (written.size() > 2 && written.back() == ']') {
        // integer[] and integer[3][3] are one array type of integers, as in pg_type.
        const size_t open = written.find('[');
        CanonicalType type = ofFamily(TypeFamily::Array);
        type.element
            = std::make_shared<const CanonicalType>(canonicalTypeOfText(written.substr(0, open)));
        return type;
    }
    const types::TypeText parsed = types::parseTypeText(written);
    if (parsed.words.empty())
        return namedType(TypeFamily::Unknown, written);
    std::string spelling = parsed.name();
    if (spelling.rfind("pg_catalog.", 0) == 0)
        spelling.erase(0, 11);
    if (spelling.rfind("interval", 0) == 0)
        return builtinCanonicalType("interval", intervalTypmod(parsed));
    const auto &items
        = parsed.arguments.empty() ? std::vector<std::string>() : parsed.arguments.front().items;
    const int64_t first = items.empty() ? -1 : types::leadingNumber(items.front()).value_or(-1);
    const std::string typeName = typeNameOf(spelling, first);
    static const std::pair<std::string_view, std::string_view> ranges[] = {
        {"int4range", "int4"},    {"int8range", "int8"},        {"numrange", "numeric"},
        {"tsrange", "timestamp"}, {"tstzrange", "timestamptz"}, {"daterange", "date"},
    };
    for (const auto &[range, subtype] : ranges) {
        if (typeName == range) {
            CanonicalType type = namedType(TypeFamily::Range, range);
            type.element = std::make_shared<const CanonicalType>(builtinCanonicalType(subtype, -1));
            return type;
        }
    }
    CanonicalType type = builtinCanonicalType(typeName, typmodOf(typeName, parsed));
    if (type.family == TypeFamily::Unknown)
        type.name = std::string(written);
    return type;
}

} // namespace ferry::postgres
