// SPDX-License-Identifier: MIT
#include "engine/types/mysql_types.h"
#include "engine/core/text.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace ferry::mysql {

namespace {

/// "decimal(12,3) unsigned zerofill" split into base name, argument text and modifier words.
struct ParsedType
{
    std::string base; ///< lower case, e.g. "decimal", "double precision"
    std::string arguments; ///< text between the parentheses, verbatim
    bool hasArguments = false;
    bool isUnsigned = false;
};

ParsedType parse(std::string_view text)
{
    ParsedType parsed;
    text = trimmed(text);
    const size_t open = text.find('(');
    std::string_view head = text;
    std::string_view tail;
    if (open != std::string_view::npos) {
        // The argument list may hold quoted labels with parentheses: find the matching ')'
        // outside quotes.
        bool inQuote = false;
        size_t close = std::string_view::npos;
        for (size_t i = open + 1; i < text.size(); ++i) {
            const char c = text[i];
            if (inQuote) {
                if (c == '\\' && i + 1 < text.size()) {
                    ++i;
                } else if (c == '\'') {
                    if (i + 1 < text.size() && text[i + 1] == '\'')
                        ++i;
                    else
                        inQuote = false;
                }
            } else if (c == '\'') {
                inQuote = true;
            } else if (c == ')') {
                close = i;
                break;
            }
        }
        if (close != std::string_view::npos) {
            head = text.substr(0, open);
            parsed.arguments = std::string(text.substr(open + 1, close - open - 1));
            parsed.hasArguments = true;
            tail = text.substr(close + 1);
        }
    }
    // Modifier words may follow the base name without parentheses ("double precision
    // unsigned") or after them ("int(10) unsigned zerofill").
    std::string words = asciiLower(head) + " " + asciiLower(tail);
    std::string base;
    size_t position = 0;
    while (position < words.size()) {
        while (position < words.size() && std::isspace(static_cast<unsigned char>(words[position])))
            ++position;
        size_t end = position;
        while (end < words.size() && !std::isspace(static_cast<unsigned char>(words[end])))
            ++end;
        if (end == position)
            break;
        const std::string word = words.substr(position, end - position);
        position = end;
        if (word == "unsigned") {
            parsed.isUnsigned = true;
        } else if (word == "signed" || word == "zerofill") {
            // no effect on the value range we describe
        } else if (word == "character" || word == "charset" || word == "collate"
                   || (word == "binary" && !base.empty())) {
            break; // "varchar(10) character set latin1" in a DTD: the charset comes separately
        } else {
            if (!base.empty())
                base += ' ';
            base += word;
        }
    }
    parsed.base = base;
    return parsed;
}

std::vector<int64_t> numbers(const std::string &arguments)
{
    std::vector<int64_t> result;
    const char *begin = arguments.data();
    const char *end = begin + arguments.size();
    while (begin < end) {
        while (begin < end && (*begin == ' ' || *begin == ','))
            ++begin;
        int64_t value = 0;
        const auto [next, error] = std::from_chars(begin, end, value);
        if (error != std::errc())
            break;
        result.push_back(value);
        begin = next;
    }
    return result;
}

CanonicalType integer(int byteWidth, bool isUnsigned)
{
    return CanonicalType { .family = TypeFamily::Integer,
                           .byteWidth = byteWidth,
                           .isUnsigned = isUnsigned };
}

} // namespace

std::vector<std::string> enumLabels(std::string_view columnType)
{
    const ParsedType parsed = parse(columnType);
    if ((parsed.base != "enum" && parsed.base != "set") || !parsed.hasArguments)
        return {};
    std::vector<std::string> labels;
    const std::string &text = parsed.arguments;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] != '\'')
            ++i;
        if (i >= text.size())
            break;
        ++i; // opening quote
        std::string label;
        while (i < text.size()) {
            const char c = text[i];
            if (c == '\\' && i + 1 < text.size()) {
                const char escaped = text[i + 1];
                switch (escaped) {
                case 'n':
                    label += '\n';
                    break;
                case 'r':
                    label += '\r';
                    break;
                case 't':
                    label += '\t';
                    break;
                case '0':
                    label += '\0';
                    break;
                case 'Z':
                    label += '\x1a';
                    break;
                default:
                    label += escaped;
                    break;
                }
                i += 2;
            } else if (c == '\'') {
                if (i + 1 < text.size() && text[i + 1] == '\'') {
                    label += '\'';
                    i += 2;
                } else {
                    ++i; // closing quote
                    break;
                }
            } else {
                label += c;
                ++i;
            }
        }
        labels.push_back(std::move(label));
    }
    return labels;
}

CanonicalType canonicalType(std::string_view columnType, std::string_view charset)
{
    const ParsedType parsed = parse(columnType);
    const std::string &base = parsed.base;
    const std::vector<int64_t> args = numbers(parsed.arguments);
    const auto arg = [&](size_t index, int64_t fallback) {
        return index < args.size() ? args[index] : fallback;
    };
    const bool isUnsigned = parsed.isUnsigned;

    if (base == "tinyint" || base == "int1" || base == "bool" || base == "boolean")
        return integer(1, isUnsigned);
    if (base == "smallint" || base == "int2")
        return integer(2, isUnsigned);
    if (base == "mediumint" || base == "int3" || base == "middleint")
        return integer(3, isUnsigned);
    if (base == "int" || base == "integer" || base == "int4")
        return integer(4, isUnsigned);
    if (base == "bigint" || base == "int8")
        return integer(8, isUnsigned);
    if (base == "serial")
        return integer(8, true);

    if (base == "bit")
        return CanonicalType { .family = TypeFamily::Bit, .length = arg(0, 1) };

    if (base == "decimal" || base == "numeric" || base == "dec" || base == "fixed") {
        return CanonicalType { .family = TypeFamily::Decimal,
                               .isUnsigned = isUnsigned,
                               .precision = int(arg(0, 10)),
                               .scale = int(arg(1, 0)) };
    }
    if (base == "float" || base == "float4") {
        // float(p) with p > 24 is a double; float(M,D) keeps single precision.
        const int width = args.size() == 1 && args[0] > 24 ? 8 : 4;
        return CanonicalType { .family = TypeFamily::Float,
                               .byteWidth = width,
                               .isUnsigned = isUnsigned };
    }
    if (base == "double" || base == "double precision" || base == "real" || base == "float8") {
        return CanonicalType { .family = TypeFamily::Float,
                               .byteWidth = 8,
                               .isUnsigned = isUnsigned };
    }

    const std::string charsetText(charset);
    if (base == "char" || base == "character" || base == "nchar" || base == "national char") {
        return CanonicalType { .family = TypeFamily::Char,
                               .length = arg(0, 1),
                               .charset = charsetText };
    }
    if (base == "varchar" || base == "character varying" || base == "nvarchar"
        || base == "national varchar" || base == "varchar2") {
        return CanonicalType { .family = TypeFamily::String,
                               .length = arg(0, -1),
                               .charset = charsetText };
    }
    if (base == "tinytext" || base == "text" || base == "mediumtext" || base == "longtext"
        || base == "long" || base == "long varchar") {
        return CanonicalType { .family = TypeFamily::String,
                               .isLob = true,
                               .charset = charsetText };
    }
    if (base == "binary")
        return CanonicalType { .family = TypeFamily::Binary, .length = arg(0, 1) };
    if (base == "varbinary")
        return CanonicalType { .family = TypeFamily::VarBinary, .length = arg(0, -1) };
    if (base == "tinyblob" || base == "blob" || base == "mediumblob" || base == "longblob"
        || base == "long varbinary")
        return CanonicalType { .family = TypeFamily::VarBinary, .isLob = true };

    if (base == "date")
        return CanonicalType { .family = TypeFamily::Date };
    if (base == "time") {
        return CanonicalType { .family = TypeFamily::Time,
                               .fractionalDigits = int(arg(0, 0)),
                               .wideRange = true };
    }
    if (base == "datetime")
        return CanonicalType { .family = TypeFamily::Timestamp,
                               .fractionalDigits = int(arg(0, 0)) };
    if (base == "timestamp") {
        return CanonicalType { .family = TypeFamily::Timestamp,
                               .fractionalDigits = int(arg(0, 0)),
                               .withTimeZone = true };
    }
    if (base == "year")
        return CanonicalType { .family = TypeFamily::Year };

    if (base == "enum")
        return CanonicalType { .family = TypeFamily::Enum, .labels = enumLabels(columnType) };
    if (base == "set")
        return CanonicalType { .family = TypeFamily::Set, .labels = enumLabels(columnType) };
    if (base == "json")
        return CanonicalType { .family = TypeFamily::Json };

    static constexpr std::string_view geometryKinds[] = {
        "geometry",   "point",           "linestring",   "polygon",
        "multipoint", "multilinestring", "multipolygon", "geometrycollection",
    };
    for (const std::string_view kind : geometryKinds) {
        if (base == kind)
            return CanonicalType { .family = TypeFamily::Geometry, .subtype = std::string(kind) };
    }
    if (base == "geomcollection")
        return CanonicalType { .family = TypeFamily::Geometry, .subtype = "geometrycollection" };

    if (base == "uuid")
        return CanonicalType { .family = TypeFamily::Uuid };
    if (base == "inet4")
        return CanonicalType { .family = TypeFamily::Inet, .subtype = "ipv4" };
    if (base == "inet6")
        return CanonicalType { .family = TypeFamily::Inet, .subtype = "ipv6" };

    return CanonicalType { .family = TypeFamily::Unknown };
}

bool isMariaDbJsonCheck(std::string_view checkClause, std::string_view column)
{
    std::string expected = "json_valid(`";
    for (const char c : column) {
        expected += c;
        if (c == '`')
            expected += '`';
    }
    expected += "`)";
    return asciiLower(trimmed(checkClause)) == asciiLower(expected);
}

std::string quoteStringLiteral(std::string_view text)
{
    std::string result = "'";
    for (const char c : text) {
        switch (c) {
        case '\'':
            result += "''";
            break;
        case '\\':
            result += "\\\\";
            break;
        case '\0':
            result += "\\0";
            break;
        case '\n':
            result += "\\n";
            break;
        case '\r':
            result += "\\r";
            break;
        case '\x1a':
            result += "\\Z";
            break;
        default:
            result += c;
            break;
        }
    }
    result += '\'';
    return result;
}

std::optional<std::string> defaultExpression(bool mariaDb,
                                             const std::optional<std::string> &rawDefault,
                                             std::string_view dataType, std::string_view extra)
{
    if (!rawDefault)
        return std::nullopt;
    const std::string &raw = *rawDefault;
    if (mariaDb) {
        // 10.2.7+ reports expressions; the word NULL means DEFAULT NULL.
        if (raw == "NULL")
            return std::nullopt;
        return raw;
    }
    const std::string extraLower = asciiLower(extra);
    if (extraLower.find("default_generated") != std::string::npos)
        return raw; // MySQL 8.0.13+ expression default, e.g. (rand() * 10) or now()
    const std::string upper = [&] {
        std::string text = raw;
        std::transform(text.begin(), text.end(), text.begin(),
                       [](unsigned char c) { return char(std::toupper(c)); });
        return text;
    }();
    if (upper.rfind("CURRENT_TIMESTAMP", 0) == 0)
        return raw;
    const std::string type = asciiLower(dataType);
    static constexpr std::string_view unquoted[] = {
        "tinyint", "smallint", "mediumint", "int",  "integer", "bigint", "decimal",
        "numeric", "float",    "double",    "real", "bit",     "year",
    };
    for (const std::string_view kind : unquoted) {
        if (type == kind)
            return raw; // numbers and b'101' bit literals are expressions already
    }
    return quoteStringLiteral(raw);
}

namespace {

/// The widest varchar/varbinary before longtext/longblob (utf8mb4: 4 bytes per character,
/// within the 65,535-byte row limit).
constexpr int64_t MaxVarcharCharacters = 16383;
constexpr int64_t MaxVarbinaryBytes = 16383;
constexpr int DefaultFractionalDigits = 6;

std::string decimalText(int64_t value) { return std::to_string(value); }

std::string stringType(int64_t length)
{
    if (length < 0 || length > MaxVarcharCharacters)
        return "longtext";
    return "varchar(" + decimalText(length) + ")";
}

std::string varbinaryType(int64_t length)
{
    if (length < 0 || length > MaxVarbinaryBytes)
        return "longblob";
    return "varbinary(" + decimalText(length) + ")";
}

int fractionalDigits(const CanonicalType &type)
{
    if (type.fractionalDigits < 0)
        return DefaultFractionalDigits;
    return std::min(type.fractionalDigits, DefaultFractionalDigits);
}

std::string nativeWithPrecision(const char *base, int digits)
{
    return digits == 0 ? std::string(base)
                       : std::string(base) + "(" + decimalText(digits) + ")";
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
            return "decimal(" + decimalText(precision) + "," + decimalText(scale) + ")";
        return "varchar(" + decimalText(precision + 2) + ")";
    }
    case TypeFamily::Float:
        return type.byteWidth == 4 ? "float" : "double";
    case TypeFamily::Money:
        return nativeTypeFor(moneyAsDecimal(type));
    case TypeFamily::Char:
        if (type.length >= 0 && type.length <= 255)
            return "char(" + decimalText(type.length) + ")";
        return stringType(type.length);
    case TypeFamily::String:
        return type.isLob ? "longtext" : stringType(type.length);
    case TypeFamily::Binary:
        if (type.length >= 0 && type.length <= 255)
            return "binary(" + decimalText(type.length) + ")";
        return varbinaryType(type.length);
    case TypeFamily::VarBinary:
        return type.isLob ? "longblob" : varbinaryType(type.length);
    case TypeFamily::Bit:
        // MySQL's BIT(n) is fixed-length: a varying bit string (PostgreSQL bit varying, where
        // '101' and '' differ from '000000000101') is kept as its '0'/'1' text instead.
        if (type.length >= 1 && type.length <= 64 && type.subtype != "varying")
            return "bit(" + decimalText(type.length) + ")";
        return stringType(type.length);
    case TypeFamily::Date:
        return "date";
    case TypeFamily::Time:
        if (type.withTimeZone)
            return "varchar(32)";
        return nativeWithPrecision("time", fractionalDigits(type));
    case TypeFamily::Timestamp:
        return nativeWithPrecision("datetime", fractionalDigits(type));
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

} // namespace ferry::mysql
