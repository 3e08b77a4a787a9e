// SPDX-License-Identifier: MIT
#include "engine/core/text.h"

namespace ferry {

namespace {

char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }
char upperAscii(char c) { return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c; }
bool isAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

} // namespace

std::string asciiLower(std::string_view text)
{
    std::string result(text);
    for (char &c : result)
        c = lowerAscii(c);
    return result;
}

std::string asciiUpper(std::string_view text)
{
    std::string result(text);
    for (char &c : result)
        c = upperAscii(c);
    return result;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (lowerAscii(a[i]) != lowerAscii(b[i]))
            return false;
    }
    return true;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isAsciiSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isAsciiSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

} // namespace ferry
