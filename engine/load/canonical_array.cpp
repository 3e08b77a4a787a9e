// SPDX-License-Identifier: MIT
#include "engine/load/canonical_array.h"

#include "engine/core/text.h"
#include "engine/core/text_cursor.h"
#include "engine/load/canonical_geometry.h"
#include "engine/load/canonical_interval.h"
#include "engine/load/canonical_json.h"

namespace ferry::load {

namespace {

/// PostgreSQL's limit (MAXDIM).
constexpr int MaxDimensions = 6;

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v'; }

bool isNumberFamily(TypeFamily family)
{
    switch (family) {
    case TypeFamily::Integer:
    case TypeFamily::Decimal:
    case TypeFamily::Float:
    case TypeFamily::Money:
    case TypeFamily::Year:
        return true;
    default:
        return false;
    }
}

JsonValue stringValue(std::string text)
{
    JsonValue value;
    value.kind = JsonValue::Kind::String;
    value.text = std::move(text);
    return value;
}

/// The canonical text of one element's PostgreSQL text, for string elements.
std::string elementText(std::string_view text, const CanonicalType &element)
{
    std::string out;
    switch (element.family) {
    case TypeFamily::Timestamp:
        // The session runs in UTC: the offset is always +00 (before " BC" for BC dates).
        if (element.withTimeZone && text.size() > 3 && text.substr(text.size() - 3) == "+00")
            return std::string(text.substr(0, text.size() - 3));
        if (element.withTimeZone && text.size() > 6 && text.substr(text.size() - 6) == "+00 BC")
            return std::string(text.substr(0, text.size() - 6)) + " BC";
        break;
    case TypeFamily::Interval:
        if (appendCanonicalInterval(out, text, element.subtype))
            return out;
        break;
    case TypeFamily::Json:
        if (appendCanonicalJson(out, text))
            return out;
        break;
    case TypeFamily::Geometry:
        if (appendGeometryFromPostgres(out, text, element.subtype) || appendCanonicalWkt(out, text))
            return out;
        break;
    default:
        break;
    }
    return std::string(text);
}

/// One element as a JSON value.
JsonValue elementValue(std::string_view text, const CanonicalType &element)
{
    JsonValue value;
    if (isNumberFamily(element.family)) {
        value.kind = JsonValue::Kind::Number;
        if (appendCanonicalJsonNumber(value.text, text))
            return value;
        return stringValue(std::string(text)); // NaN, Infinity
    }
    if (element.family == TypeFamily::Boolean && (text == "t" || text == "f")) {
        value.kind = text == "t" ? JsonValue::Kind::True : JsonValue::Kind::False;
        return value;
    }
    return stringValue(elementText(text, element));
}

/// Reads PostgreSQL array output (elements quoted where needed, backslash escapes).
class LiteralReader : TextCursor
{
public:
    LiteralReader(std::string_view text, char delimiter, const CanonicalType &element)
        : TextCursor(text), m_delimiter(delimiter), m_element(element)
    {
    }

    bool read(JsonValue &array)
    {
        skipSpace();
        if (!readArray(array, 1))
            return false;
        skipSpace();
        return m_pos == m_text.size();
    }

private:
    /// PostgreSQL's array_in takes vertical tab for space too.
    void skipSpace() { TextCursor::skipSpace(&isSpace); }

    bool readArray(JsonValue &array, int dimension)
    {
        if (dimension > MaxDimensions || m_pos >= m_text.size() || m_text[m_pos] != '{')
            return false;
        ++m_pos;
        array.kind = JsonValue::Kind::Array;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            array.items.emplace_back();
            const bool ok = m_pos < m_text.size() && m_text[m_pos] == '{'
                ? readArray(array.items.back(), dimension + 1)
                : readElement(array.items.back());
            if (!ok)
                return false;
            skipSpace();
            if (m_pos >= m_text.size())
                return false;
            const char c = m_text[m_pos++];
            if (c == '}')
                return true;
            if (c != m_delimiter)
                return false;
        }
    }

    bool readElement(JsonValue &value)
    {
        std::string text;
        const bool quoted = m_text[m_pos] == '"';
        if (quoted)
            ++m_pos;
        size_t lastSignificant = 0; // unquoted: the length without trailing spaces
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (quoted ? c == '"' : (c == m_delimiter || c == '}'))
                break;
            if (!quoted && (c == '{' || c == '"'))
                return false;
            ++m_pos;
            if (c == '\\') {
                if (m_pos >= m_text.size())
                    return false;
                text.push_back(m_text[m_pos++]);
                lastSignificant = text.size();
                continue;
            }
            text.push_back(c);
            if (!isSpace(c))
                lastSignificant = text.size();
        }
        if (quoted) {
            if (m_pos >= m_text.size())
                return false;
            ++m_pos; // closing quote
        } else {
            text.resize(lastSignificant);
            if (text.empty())
                return false;
            if (equalsIgnoringCase(text, "null")) {
                value.kind = JsonValue::Kind::Null;
                return true;
            }
        }
        value = elementValue(text, m_element);
        return true;
    }

    char m_delimiter;
    const CanonicalType &m_element;
};

void appendQuoted(std::string &out, std::string_view text)
{
    out.push_back('"');
    for (char c : text) {
        if (c == '"' || c == '\\')
            out.push_back('\\');
        out.push_back(c);
    }
    out.push_back('"');
}

/// How elements are written: the delimiter and, for geometric elements, their type.
struct LiteralStyle
{
    char delimiter = ',';
    std::string_view geometricElement;
};

void appendLiteral(std::string &out, const JsonValue &value, const LiteralStyle &style)
{
    switch (value.kind) {
    case JsonValue::Kind::Null:
        out += "NULL";
        return;
    case JsonValue::Kind::False:
    case JsonValue::Kind::True:
    case JsonValue::Kind::Number:
        appendJson(out, value); // PostgreSQL reads JSON's true, false and numbers
        return;
    case JsonValue::Kind::String:
        if (!style.geometricElement.empty()) {
            if (const std::optional<std::string> literal
                = postgresGeometricLiteral(value.text, style.geometricElement)) {
                appendQuoted(out, *literal);
                return;
            }
        }
        appendQuoted(out, value.text);
        return;
    case JsonValue::Kind::Object: {
        std::string json;
        appendJson(json, value);
        appendQuoted(out, json);
        return;
    }
    case JsonValue::Kind::Array:
        out.push_back('{');
        for (size_t i = 0; i < value.items.size(); ++i) {
            if (i)
                out.push_back(style.delimiter);
            appendLiteral(out, value.items[i], style);
        }
        out.push_back('}');
        return;
    }
}

} // namespace

char postgresArrayDelimiter(const CanonicalType &element)
{
    return element.family == TypeFamily::Geometry && element.subtype == "box" ? ';' : ',';
}

bool appendArrayFromPostgres(std::string &out, std::string_view literal,
                             const CanonicalType &element)
{
    JsonValue array;
    if (!LiteralReader(literal, postgresArrayDelimiter(element), element).read(array))
        return false;
    appendJson(out, array);
    return true;
}

bool appendPostgresArrayLiteral(std::string &out, std::string_view text, char delimiter,
                                std::string_view geometricElement)
{
    const std::optional<JsonValue> value = parseJson(text);
    if (!value || value->kind != JsonValue::Kind::Array)
        return false;
    appendLiteral(out, *value, LiteralStyle {delimiter, geometricElement});
    return true;
}

bool appendCanonicalArray(std::string &out, std::string_view text, const CanonicalType &element)
{
    const std::optional<JsonValue> value = parseJson(text);
    if (value && value->kind == JsonValue::Kind::Array) {
        appendJson(out, *value);
        return true;
    }
    return appendArrayFromPostgres(out, text, element);
}

} // namespace ferry::load
