// SPDX-License-Identifier: MIT
#include "engine/load/canonical_json.h"

#include "engine/core/text_cursor.h"
#include "engine/load/canonical_text.h"

#include <algorithm>
#include <numeric>

namespace ferry::load {

namespace {

/// Exponents beyond this are not normalized (no engine stores such numbers).
constexpr int64_t MaxExponent = 1'000'000'000;
/// Plain notation up to this many places between the first digit and the decimal point.
constexpr int64_t PlainDigits = 21;
/// Plain notation with up to this many zeros after "0." (ECMAScript: 6).
constexpr int64_t PlainLeadingZeros = 6;

/// JSON's two-character escapes: the letter after the backslash, and the character.
constexpr std::string_view EscapeLetters = "\"\\/bfnrt";
constexpr std::string_view EscapedCharacters = "\"\\/\b\f\n\r\t";

bool isDigit(char c) { return c >= '0' && c <= '9'; }

/// The number's value as significant digits (no leading or trailing zeros; "" for zero)
/// times ten to the exponent.
struct DecimalDigits
{
    bool negative = false;
    std::string digits;
    int64_t exponent = 0;
};

std::optional<DecimalDigits> readNumber(std::string_view s)
{
    DecimalDigits number;
    size_t i = 0;
    if (i < s.size() && s[i] == '-') {
        number.negative = true;
        ++i;
    }
    if (i >= s.size() || !isDigit(s[i]))
        return std::nullopt;
    const size_t integerStart = i;
    if (s[i] == '0')
        ++i;
    else
        while (i < s.size() && isDigit(s[i]))
            ++i;
    number.digits.assign(s.substr(integerStart, i - integerStart));
    int64_t fraction = 0;
    if (i < s.size() && s[i] == '.') {
        const size_t start = ++i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == start)
            return std::nullopt;
        fraction = int64_t(i - start);
        number.digits.append(s.substr(start, i - start));
    }
    int64_t exponent = 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        const bool negativeExponent = i < s.size() && s[i] == '-';
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        const size_t start = i;
        for (; i < s.size() && isDigit(s[i]); ++i) {
            exponent = exponent * 10 + (s[i] - '0');
            if (exponent > MaxExponent)
                return std::nullopt;
        }
        if (i == start)
            return std::nullopt;
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != s.size())
        return std::nullopt;
    const size_t first = number.digits.find_first_not_of('0');
    if (first == std::string::npos) {
        number.digits.clear();
        number.negative = false;
        return number;
    }
    const size_t last = number.digits.find_last_not_of('0');
    number.exponent = exponent - fraction + int64_t(number.digits.size() - 1 - last);
    number.digits = number.digits.substr(first, last + 1 - first);
    return number;
}

void appendDecimal(std::string &out, const DecimalDigits &number)
{
    if (number.digits.empty()) {
        out.push_back('0');
        return;
    }
    if (number.negative)
        out.push_back('-');
    const std::string &d = number.digits;
    const auto count = int64_t(d.size());
    const int64_t point = count + number.exponent; // value = 0.d x 10^point
    if (point >= count && point <= std::max(PlainDigits, count)) {
        out += d;
        out.append(size_t(point - count), '0');
    } else if (point > 0 && point < count) {
        out.append(d, 0, size_t(point));
        out.push_back('.');
        out.append(d, size_t(point), std::string::npos);
    } else if (point <= 0 && point > -PlainLeadingZeros) {
        out += "0.";
        out.append(size_t(-point), '0');
        out += d;
    } else {
        out.push_back(d[0]);
        if (count > 1) {
            out.push_back('.');
            out.append(d, 1, std::string::npos);
        }
        const int64_t exponent = point - 1;
        out += exponent < 0 ? "e-" : "e+";
        out += std::to_string(exponent < 0 ? -exponent : exponent);
    }
}

class Parser : TextCursor
{
public:
    using TextCursor::TextCursor;

    std::optional<JsonValue> parseDocument()
    {
        JsonValue value;
        skipSpace();
        if (!parseValue(value, 0))
            return std::nullopt;
        skipSpace();
        if (m_pos != m_text.size())
            return std::nullopt;
        return value;
    }

private:
    bool parseValue(JsonValue &value, int depth)
    {
        if (m_pos >= m_text.size())
            return false;
        switch (m_text[m_pos]) {
        case '{':
            value.kind = JsonValue::Kind::Object;
            return depth < MaxJsonDepth && parseObject(value, depth + 1);
        case '[':
            value.kind = JsonValue::Kind::Array;
            return depth < MaxJsonDepth && parseArray(value, depth + 1);
        case '"':
            value.kind = JsonValue::Kind::String;
            return parseString(value.text);
        case 't':
            value.kind = JsonValue::Kind::True;
            return takeWord("true");
        case 'f':
            value.kind = JsonValue::Kind::False;
            return takeWord("false");
        case 'n':
            value.kind = JsonValue::Kind::Null;
            return takeWord("null");
        default:
            value.kind = JsonValue::Kind::Number;
            return parseNumber(value.text);
        }
    }

    bool parseNumber(std::string &out)
    {
        const size_t start = m_pos;
        while (m_pos < m_text.size()
               && (isDigit(m_text[m_pos]) || m_text[m_pos] == '-' || m_text[m_pos] == '+'
                   || m_text[m_pos] == '.' || m_text[m_pos] == 'e' || m_text[m_pos] == 'E'))
            ++m_pos;
        return appendCanonicalJsonNumber(out, m_text.substr(start, m_pos - start));
    }

    bool parseArray(JsonValue &value, int depth)
    {
        ++m_pos; // [
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            value.items.emplace_back();
            if (!parseValue(value.items.back(), depth))
                return false;
            const AfterItem next = afterItem(']');
            if (next != AfterItem::Next)
                return next == AfterItem::Closed;
        }
    }

    bool parseObject(JsonValue &value, int depth)
    {
        ++m_pos; // {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            value.keys.emplace_back();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"' || !parseString(value.keys.back()))
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos++] != ':')
                return false;
            skipSpace();
            value.items.emplace_back();
            if (!parseValue(value.items.back(), depth))
                return false;
            const AfterItem next = afterItem('}');
            if (next == AfterItem::Bad)
                return false;
            if (next == AfterItem::Closed)
                break;
        }
        sortMembers(value);
        return true;
    }

    /// Members by key (bytes), the last of duplicate keys kept.
    static void sortMembers(JsonValue &value)
    {
        std::vector<size_t> order(value.keys.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return value.keys[a] < value.keys[b]; });
        std::vector<std::string> keys;
        std::vector<JsonValue> items;
        keys.reserve(order.size());
        items.reserve(order.size());
        for (size_t i = 0; i < order.size(); ++i) {
            if (i + 1 < order.size() && value.keys[order[i]] == value.keys[order[i + 1]])
                continue; // a later duplicate follows
            keys.push_back(std::move(value.keys[order[i]]));
            items.push_back(std::move(value.items[order[i]]));
        }
        value.keys = std::move(keys);
        value.items = std::move(items);
    }

    bool unicodeEscape(std::string &out)
    {
        std::optional<uint32_t> code = readHex4(m_text, m_pos);
        if (!code)
            return false;
        if (*code >= 0xd800 && *code <= 0xdbff && m_text.substr(m_pos, 2) == "\\u") {
            const size_t back = m_pos;
            m_pos += 2;
            const std::optional<uint32_t> low = readHex4(m_text, m_pos);
            if (!low)
                return false;
            if (*low >= 0xdc00 && *low <= 0xdfff) {
                appendUtf8(out, 0x10000 + ((*code - 0xd800) << 10) + (*low - 0xdc00));
                return true;
            }
            m_pos = back; // an unpaired high surrogate, then another escape
        }
        appendUtf8(out, *code);
        return true;
    }

    bool escape(std::string &out)
    {
        if (m_pos >= m_text.size())
            return false;
        const char letter = m_text[m_pos++];
        if (letter == 'u')
            return unicodeEscape(out);
        const size_t found = EscapeLetters.find(letter);
        if (found == std::string_view::npos)
            return false;
        out.push_back(EscapedCharacters[found]);
        return true;
    }

    bool parseString(std::string &out)
    {
        ++m_pos; // "
        for (;;) {
            const size_t start = m_pos;
            while (m_pos < m_text.size()) {
                const auto c = static_cast<unsigned char>(m_text[m_pos]);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                    break;
                ++m_pos;
            }
            out.append(m_text, start, m_pos - start);
            if (m_pos >= m_text.size())
                return false;
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                ++m_pos;
                if (!escape(out))
                    return false;
                continue;
            }
            const size_t length = utf8SequenceLength(m_text, m_pos);
            if (length == 0)
                return false;
            out.append(m_text, m_pos, length);
            m_pos += length;
        }
    }
};

} // namespace

bool appendCanonicalJsonNumber(std::string &out, std::string_view number)
{
    const std::optional<DecimalDigits> decimal = readNumber(number);
    if (!decimal)
        return false;
    appendDecimal(out, *decimal);
    return true;
}

void appendCanonicalJsonString(std::string &out, std::string_view text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out.push_back('"');
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        // One escaping: the short escapes (but "/" as itself), \u00xx for other controls.
        const size_t shortEscape = c == '/' ? std::string_view::npos : EscapedCharacters.find(char(c));
        if (shortEscape != std::string_view::npos) {
            out.push_back('\\');
            out.push_back(EscapeLetters[shortEscape]);
        } else if (c < 0x20) {
            out += "\\u00";
            out.push_back(Hex[c >> 4]);
            out.push_back(Hex[c & 0x0f]);
        } else if (c == 0xed && i + 2 < text.size()
                   && (static_cast<unsigned char>(text[i + 1]) & 0xe0) == 0xa0) {
            // A surrogate (WTF-8): only an unpaired \uXXXX escape produces one.
            const uint32_t code = 0xd000 | ((uint32_t(text[i + 1]) & 0x3f) << 6)
                | (uint32_t(text[i + 2]) & 0x3f);
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                out.push_back(Hex[(code >> shift) & 0x0f]);
            i += 2;
        } else {
            out.push_back(char(c));
        }
    }
    out.push_back('"');
}

std::optional<JsonValue> parseJson(std::string_view text) { return Parser(text).parseDocument(); }

void appendJson(std::string &out, const JsonValue &value)
{
    switch (value.kind) {
    case JsonValue::Kind::Null:
        out += "null";
        return;
    case JsonValue::Kind::False:
        out += "false";
        return;
    case JsonValue::Kind::True:
        out += "true";
        return;
    case JsonValue::Kind::Number:
        out += value.text;
        return;
    case JsonValue::Kind::String:
        appendCanonicalJsonString(out, value.text);
        return;
    case JsonValue::Kind::Array:
    case JsonValue::Kind::Object: {
        const bool object = value.kind == JsonValue::Kind::Object;
        out.push_back(object ? '{' : '[');
        for (size_t i = 0; i < value.items.size(); ++i) {
            if (i)
                out.push_back(',');
            if (object) {
                appendCanonicalJsonString(out, value.keys[i]);
                out.push_back(':');
            }
            appendJson(out, value.items[i]);
        }
        out.push_back(object ? '}' : ']');
        return;
    }
    }
}

bool appendCanonicalJson(std::string &out, std::string_view text)
{
    const std::optional<JsonValue> value = parseJson(text);
    if (!value)
        return false;
    appendJson(out, *value);
    return true;
}

} // namespace ferry::load
