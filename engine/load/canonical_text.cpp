// SPDX-License-Identifier: MIT
#include "engine/load/canonical_text.h"

#include "engine/load/canonical_array.h"
#include "engine/load/canonical_geometry.h"
#include "engine/load/canonical_interval.h"
#include "engine/load/canonical_json.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>

namespace ferry::load {

namespace {

template<typename T>
std::string formatShortest(T value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "Infinity" : "-Infinity";
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

int hexValueOf(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        if (x >= 'A' && x <= 'Z')
            x = static_cast<char>(x - 'A' + 'a');
        if (x != b[i])
            return false;
    }
    return true;
}

} // namespace

int hexDigitValue(char c) { return hexValueOf(c); }

std::string formatDouble(double value) { return formatShortest(value); }
std::string formatFloat(float value) { return formatShortest(value); }

void appendHex(std::string &out, std::string_view bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    const size_t start = out.size();
    out.resize(start + bytes.size() * 2);
    char *p = out.data() + start;
    for (unsigned char byte : bytes) {
        *p++ = digits[byte >> 4];
        *p++ = digits[byte & 0x0f];
    }
}

bool appendUnhex(std::string &out, std::string_view hex)
{
    if (hex.size() % 2 != 0)
        return false;
    const size_t start = out.size();
    out.resize(start + hex.size() / 2);
    char *p = out.data() + start;
    for (size_t i = 0; i < hex.size(); i += 2) {
        const int high = hexValueOf(hex[i]);
        const int low = hexValueOf(hex[i + 1]);
        if (high < 0 || low < 0) {
            out.resize(start);
            return false;
        }
        *p++ = static_cast<char>((high << 4) | low);
    }
    return true;
}

bool isZeroDate(std::string_view value)
{
    if (value.size() < 10 || value.substr(0, 10) != "0000-00-00")
        return false;
    for (char c : value.substr(10)) {
        if (c != '0' && c != ' ' && c != ':' && c != '.')
            return false;
    }
    return true;
}

std::optional<bool> parseBoolean(std::string_view value)
{
    for (std::string_view word : {"1", "t", "true", "y", "yes", "on"}) {
        if (equalsIgnoringCase(value, word))
            return true;
    }
    for (std::string_view word : {"0", "f", "false", "n", "no", "off"}) {
        if (equalsIgnoringCase(value, word))
            return false;
    }
    return std::nullopt;
}

std::string bitsFromBytes(std::string_view bytes, int bits)
{
    std::string all;
    all.reserve(bytes.size() * 8);
    for (unsigned char byte : bytes) {
        for (int bit = 7; bit >= 0; --bit)
            all.push_back((byte >> bit) & 1 ? '1' : '0');
    }
    if (bits >= 0 && static_cast<size_t>(bits) < all.size())
        return all.substr(all.size() - static_cast<size_t>(bits));
    return all;
}

std::optional<std::string> bytesFromBits(std::string_view bits)
{
    const size_t byteCount = (bits.size() + 7) / 8;
    std::string bytes(byteCount, '\0');
    const size_t pad = byteCount * 8 - bits.size();
    for (size_t i = 0; i < bits.size(); ++i) {
        if (bits[i] != '0' && bits[i] != '1')
            return std::nullopt;
        if (bits[i] == '1') {
            const size_t position = pad + i;
            bytes[position / 8] = static_cast<char>(
                static_cast<unsigned char>(bytes[position / 8]) | (0x80u >> (position % 8)));
        }
    }
    return bytes;
}

size_t utf8SequenceLength(std::string_view bytes, size_t pos)
{
    const auto lead = static_cast<unsigned char>(bytes[pos]);
    if (lead < 0x80)
        return 1;
    size_t length = 0;
    uint32_t codePoint = 0;
    if ((lead & 0xe0) == 0xc0) {
        length = 2;
        codePoint = lead & 0x1f;
    } else if ((lead & 0xf0) == 0xe0) {
        length = 3;
        codePoint = lead & 0x0f;
    } else if ((lead & 0xf8) == 0xf0) {
        length = 4;
        codePoint = lead & 0x07;
    } else {
        return 0;
    }
    if (pos + length > bytes.size())
        return 0;
    for (size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(bytes[pos + k]);
        if ((next & 0xc0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (next & 0x3f);
    }
    static constexpr uint32_t Minimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (codePoint < Minimum[length] || codePoint > 0x10ffff
        || (codePoint >= 0xd800 && codePoint <= 0xdfff))
        return 0;
    return length;
}

bool isValidUtf8(std::string_view bytes)
{
    for (size_t i = 0; i < bytes.size();) {
        const size_t length = utf8SequenceLength(bytes, i);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

void appendJsonString(std::string &out, std::string_view bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    const bool utf8 = isValidUtf8(bytes);
    out.push_back('"');
    for (unsigned char c : bytes) {
        switch (c) {
        case '"': out += "\\\""; continue;
        case '\\': out += "\\\\"; continue;
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        case '\t': out += "\\t"; continue;
        default: break;
        }
        if (c < 0x20 || (!utf8 && c >= 0x80)) {
            out += "\\u00";
            out.push_back(digits[c >> 4]);
            out.push_back(digits[c & 0x0f]);
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    out.push_back('"');
}

std::optional<uint32_t> readHex4(std::string_view text, size_t &pos)
{
    if (pos + 4 > text.size())
        return std::nullopt;
    uint32_t value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexDigitValue(text[pos++]);
        if (digit < 0)
            return std::nullopt;
        value = value * 16 + static_cast<uint32_t>(digit);
    }
    return value;
}

void appendUtf8(std::string &out, uint32_t code)
{
    if (code < 0x80) {
        out.push_back(static_cast<char>(code));
    } else if (code < 0x800) {
        out.push_back(static_cast<char>(0xc0 | (code >> 6)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3f)));
    } else if (code < 0x10000) {
        out.push_back(static_cast<char>(0xe0 | (code >> 12)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3f)));
    } else {
        out.push_back(static_cast<char>(0xf0 | (code >> 18)));
        out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3f)));
    }
}

bool readJsonString(std::string_view text, size_t &pos, std::string &out)
{
    if (pos >= text.size() || text[pos] != '"')
        return false;
    ++pos;
    for (;;) {
        if (pos >= text.size())
            return false;
        const char c = text[pos++];
        if (c == '"')
            return true;
        if (c != '\\') {
            out.push_back(c);
            continue;
        }
        if (pos >= text.size())
            return false;
        switch (text[pos++]) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
            auto code = readHex4(text, pos);
            if (!code)
                return false;
            if (*code <= 0xff) {
                // A byte: control characters of text, or a byte of non-UTF-8 data.
                out.push_back(static_cast<char>(*code));
            } else if (*code >= 0xd800 && *code <= 0xdbff && text.substr(pos, 2) == "\\u") {
                pos += 2;
                auto low = readHex4(text, pos);
                if (!low || *low < 0xdc00 || *low > 0xdfff)
                    return false;
                appendUtf8(out, 0x10000 + ((*code - 0xd800) << 10) + (*low - 0xdc00));
            } else {
                appendUtf8(out, *code);
            }
            break;
        }
        default:
            return false;
        }
    }
}

bool isNormalizedFromText(const CanonicalType &type)
{
    switch (type.family) {
    case TypeFamily::Json:
    case TypeFamily::Interval:
    case TypeFamily::Geometry:
        return true;
    case TypeFamily::Array:
        return type.element != nullptr;
    default:
        return false;
    }
}

void appendTextAsCanonical(std::string &out, std::string_view text, const CanonicalType &type)
{
    bool normalized = false;
    switch (type.family) {
    case TypeFamily::Json:
        normalized = appendCanonicalJson(out, text);
        break;
    case TypeFamily::Interval:
        normalized = appendCanonicalInterval(out, text, type.subtype);
        break;
    case TypeFamily::Geometry:
        normalized = appendCanonicalWkt(out, text)
            || (isPostgresGeometricType(type.subtype)
                && appendGeometryFromPostgres(out, text, type.subtype));
        break;
    case TypeFamily::Array:
        normalized = type.element && appendCanonicalArray(out, text, *type.element);
        break;
    default:
        break;
    }
    if (!normalized)
        out.append(text);
}

} // namespace ferry::load
