// SPDX-License-Identifier: MIT
#include "engine/project/value.h"
#include "engine/core/enum_names.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace ferry::project {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isOctalDigit(char c) { return c >= '0' && c <= '7'; }
bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

template<typename Predicate>
bool allOf(std::string_view text, Predicate predicate)
{
    if (text.empty())
        return false;
    for (char c : text) {
        if (!predicate(c))
            return false;
    }
    return true;
}

bool isCoreNull(std::string_view text)
{
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

bool isCoreBool(std::string_view text)
{
    return text == "true" || text == "True" || text == "TRUE" || text == "false"
           || text == "False" || text == "FALSE";
}

bool isCoreInteger(std::string_view text)
{
    if (text.size() > 2 && text[0] == '0' && text[1] == 'o')
        return allOf(text.substr(2), isOctalDigit);
    if (text.size() > 2 && text[0] == '0' && text[1] == 'x')
        return allOf(text.substr(2), isHexDigit);
    if (!text.empty() && (text[0] == '-' || text[0] == '+'))
        text.remove_prefix(1);
    return allOf(text, isDigit);
}

// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? | [-+]?\.(inf|Inf|INF) | \.nan|\.NaN|\.NAN
bool isCoreFloat(std::string_view text)
{
    if (text == ".nan" || text == ".NaN" || text == ".NAN")
        return true;
    if (!text.empty() && (text[0] == '-' || text[0] == '+'))
        text.remove_prefix(1);
    if (text == ".inf" || text == ".Inf" || text == ".INF")
        return true;
    size_t i = 0;
    size_t intDigits = 0;
    while (i < text.size() && isDigit(text[i])) {
        ++i;
        ++intDigits;
    }
    size_t fractionDigits = 0;
    bool dot = false;
    if (i < text.size() && text[i] == '.') {
        dot = true;
        ++i;
        while (i < text.size() && isDigit(text[i])) {
            ++i;
            ++fractionDigits;
        }
    }
    if (intDigits == 0 && fractionDigits == 0)
        return false;
    if (!dot && intDigits > 0 && i == text.size())
        return false; // an integer
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '-' || text[i] == '+'))
            ++i;
        size_t exponentDigits = 0;
        while (i < text.size() && isDigit(text[i])) {
            ++i;
            ++exponentDigits;
        }
        if (exponentDigits == 0)
            return false;
    }
    return i == text.size();
}

} // namespace

Value Value::boolean(bool value)
{
    Value result;
    result.m_kind = Kind::Boolean;
    result.m_text = value ? "true" : "false";
    return result;
}

Value Value::integer(long long value)
{
    Value result;
    result.m_kind = Kind::Integer;
    result.m_text = std::to_string(value);
    return result;
}

Value Value::string(std::string text)
{
    Value result;
    result.m_kind = Kind::String;
    result.m_text = std::move(text);
    return result;
}

Value Value::list(List items)
{
    Value result;
    result.m_kind = Kind::List;
    result.m_items = std::move(items);
    return result;
}

Value Value::map(Map entries)
{
    Value result;
    result.m_kind = Kind::Map;
    result.m_entries = std::move(entries);
    return result;
}

Value::Kind Value::resolvePlainScalar(std::string_view text)
{
    if (isCoreNull(text))
        return Kind::Null;
    if (isCoreBool(text))
        return Kind::Boolean;
    if (isCoreInteger(text))
        return Kind::Integer;
    if (isCoreFloat(text))
        return Kind::Float;
    return Kind::String;
}

Value Value::fromPlainScalar(std::string text)
{
    Value result;
    result.m_kind = resolvePlainScalar(text);
    if (result.m_kind != Kind::Null)
        result.m_text = std::move(text);
    return result;
}

std::optional<bool> Value::toBool() const
{
    if (m_kind != Kind::Boolean)
        return std::nullopt;
    return m_text[0] == 't' || m_text[0] == 'T';
}

std::optional<long long> Value::toInteger() const
{
    if (m_kind != Kind::Integer)
        return std::nullopt;
    std::string_view text = m_text;
    int base = 10;
    bool negative = false;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'o' || text[1] == 'x')) {
        base = text[1] == 'o' ? 8 : 16;
        text.remove_prefix(2);
    } else if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
        negative = text[0] == '-';
        text.remove_prefix(1);
    }
    unsigned long long magnitude = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), magnitude,
                                              base);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    constexpr auto max = static_cast<unsigned long long>(std::numeric_limits<long long>::max());
    if (negative) {
        if (magnitude > max + 1)
            return std::nullopt;
        return magnitude == max + 1 ? std::numeric_limits<long long>::min()
                                    : -static_cast<long long>(magnitude);
    }
    if (magnitude > max)
        return std::nullopt;
    return static_cast<long long>(magnitude);
}

std::optional<double> Value::toDouble() const
{
    if (m_kind == Kind::Integer) {
        if (auto value = toInteger())
            return static_cast<double>(*value);
        return std::nullopt;
    }
    if (m_kind != Kind::Float)
        return std::nullopt;
    std::string_view text = m_text;
    bool negative = false;
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
        negative = text[0] == '-';
        text.remove_prefix(1);
    }
    if (text == ".nan" || text == ".NaN" || text == ".NAN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == ".inf" || text == ".Inf" || text == ".INF")
        return negative ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::infinity();
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return negative ? -value : value;
}

const Value *Value::find(std::string_view key) const
{
    for (const auto &[name, value] : m_entries) {
        if (name == key)
            return &value;
    }
    return nullptr;
}

Value *Value::find(std::string_view key)
{
    for (auto &[name, value] : m_entries) {
        if (name == key)
            return &value;
    }
    return nullptr;
}

void Value::set(const std::string &key, Value value)
{
    if (m_kind == Kind::Null)
        m_kind = Kind::Map;
    if (Value *existing = find(key)) {
        *existing = std::move(value);
        return;
    }
    m_entries.emplace_back(key, std::move(value));
}

bool Value::remove(std::string_view key)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->first == key) {
            m_entries.erase(it);
            return true;
        }
    }
    return false;
}

bool Value::operator==(const Value &other) const
{
    return m_kind == other.m_kind && m_text == other.m_text && m_items == other.m_items
           && m_entries == other.m_entries;
}

constexpr const char *ValueKindNames[]
    = {"null", "boolean", "integer", "float", "string", "list", "mapping"};
static_assert(namesEvery(ValueKindNames, Value::Kind::Map));

const char *valueKindName(Value::Kind kind) { return nameOf(ValueKindNames, kind); }

} // namespace ferry::project
