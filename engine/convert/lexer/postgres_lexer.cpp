// SPDX-License-Identifier: MIT
#include "engine/convert/lexer/postgres_lexer.h"

#include <algorithm>

namespace ferry::convert {

namespace {

bool isIdentifierChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || u >= 0x80;
}

} // namespace

std::string numberPlaceholders(std::string_view sql, size_t *count)
{
    std::string out;
    out.reserve(sql.size() + 16);
    size_t number = 0;
    const size_t n = sql.size();
    size_t i = 0;
    const auto copyThrough = [&](size_t end) {
        out.append(sql.substr(i, end - i));
        i = end;
    };
    while (i < n) {
        const char c = sql[i];
        if (c == '\'') {
            const bool backslashes = i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e')
                && (i < 2 || !isIdentifierChar(sql[i - 2]));
            size_t j = i + 1;
            while (j < n) {
                if (backslashes && sql[j] == '\\') {
                    j += 2;
                } else if (sql[j] == '\'') {
                    if (j + 1 < n && sql[j + 1] == '\'') {
                        j += 2;
                    } else {
                        ++j;
                        break;
                    }
                } else {
                    ++j;
                }
            }
            copyThrough(std::min(j, n));
        } else if (c == '"') {
            const size_t close = sql.find('"', i + 1);
            copyThrough(close == std::string_view::npos ? n : close + 1);
        } else if (c == '-' && i + 1 < n && sql[i + 1] == '-') {
            const size_t newline = sql.find('\n', i);
            copyThrough(newline == std::string_view::npos ? n : newline + 1);
        } else if (c == '/' && i + 1 < n && sql[i + 1] == '*') {
            size_t j = i + 2;
            int depth = 1;
            while (j < n && depth > 0) {
                if (sql[j] == '/' && j + 1 < n && sql[j + 1] == '*') {
                    ++depth;
                    j += 2;
                } else if (sql[j] == '*' && j + 1 < n && sql[j + 1] == '/') {
                    --depth;
                    j += 2;
                } else {
                    ++j;
                }
            }
            copyThrough(j);
        } else if (c == '$' && !(i > 0 && isIdentifierChar(sql[i - 1]))
                   && !(i + 1 < n && sql[i + 1] >= '0' && sql[i + 1] <= '9')) {
            size_t j = i + 1;
            while (j < n && isIdentifierChar(sql[j]))
                ++j;
            if (j < n && sql[j] == '$') {
                const std::string_view tag = sql.substr(i, j - i + 1);
                const size_t close = sql.find(tag, j + 1);
                copyThrough(close == std::string_view::npos ? n : close + tag.size());
            } else {
                copyThrough(j);
            }
        } else if (c == '?') {
            out += '$';
            out += std::to_string(++number);
            ++i;
        } else {
            out += c;
            ++i;
        }
    }
    if (count)
        *count = number;
    return out;
}

} // namespace ferry::convert
