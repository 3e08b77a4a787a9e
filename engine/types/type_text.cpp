// SPDX-License-Identifier: MIT
#include "engine/types/type_text.h"
#include "engine/core/text.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace ferry::types {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// Words that begin a column clause after the type (T-SQL, PL/SQL, PostgreSQL).
bool isClauseWord(std::string_view word)
{
    static constexpr std::array<std::string_view, 21> words {
        "collate", "not",        "null",      "identity",  "default", "constraint", "primary",
        "unique",  "references", "check",     "generated", "sparse",  "filestream", "rowguidcol",
        "as",      "masked",     "encrypted", "enable",    "disable", "visible",    "invisible"};
    return std::find(words.begin(), words.end(), word) != words.end();
}

/// The items of the argument list that starts after text[open] == '('; sets *end to the
/// position of the matching ')' (or the end of the text).
std::vector<std::string> argumentItems(std::string_view text, size_t open, size_t *end)
{
    std::vector<std::string> items;
    int depth = 1;
    size_t start = open + 1;
    size_t i = open + 1;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            break;
        } else if (c == ',' && depth == 1) {
            items.push_back(asciiLower(trimmed(text.substr(start, i - start))));
            start = i + 1;
        }
    }
    const std::string_view last = trimmed(text.substr(start, i - start));
    if (!last.empty() || !items.empty())
        items.push_back(asciiLower(last));
    *end = i;
    return items;
}

} // namespace

std::string TypeText::name() const
{
    std::string text;
    for (const std::string &word : words) {
        if (!text.empty())
            text += ' ';
        text += word;
    }
    return text;
}

const TypeArguments *TypeText::argumentsAfter(size_t wordsBefore) const
{
    for (const TypeArguments &list : arguments) {
        if (list.wordsBefore == wordsBefore)
            return &list;
    }
    return nullptr;
}

TypeText parseTypeText(std::string_view text)
{
    TypeText result;
    std::string word;
    bool stopped = false;
    const auto finishWord = [&] {
        if (word.empty())
            return;
        if (isClauseWord(word))
            stopped = true;
        else
            result.words.push_back(word);
        word.clear();
    };
    for (size_t i = 0; i < text.size() && !stopped; ++i) {
        const char c = text[i];
        if (c == '[' || c == '"') {
            // A quoted name (part): taken whole, spaces included.
            const size_t close = text.find(c == '[' ? ']' : '"', i + 1);
            const size_t end = close == std::string_view::npos ? text.size() : close;
            word += asciiLower(text.substr(i + 1, end - i - 1));
            i = end;
        } else if (isSpace(c)) {
            finishWord();
        } else if (c == '(') {
            finishWord();
            if (stopped)
                break;
            size_t end = i;
            std::vector<std::string> items = argumentItems(text, i, &end);
            result.arguments.push_back(TypeArguments {result.words.size(), std::move(items)});
            i = end;
        } else if (c == ')' || c == ',') {
            break; // the end of an enclosing list: not part of this type
        } else {
            word += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
    }
    finishWord();
    return result;
}

std::optional<int64_t> leadingNumber(std::string_view item)
{
    item = trimmed(item);
    if (!item.empty() && item.front() == '+')
        item.remove_prefix(1);
    int64_t value = 0;
    const auto [end, error] = std::from_chars(item.data(), item.data() + item.size(), value);
    if (error != std::errc() || end == item.data())
        return std::nullopt;
    return value;
}

std::string trailingWord(std::string_view item)
{
    item = trimmed(item);
    size_t i = 0;
    if (i < item.size() && (item[i] == '-' || item[i] == '+'))
        ++i;
    while (i < item.size() && item[i] >= '0' && item[i] <= '9')
        ++i;
    return std::string(trimmed(item.substr(i)));
}

CanonicalType ofFamily(TypeFamily family)
{
    CanonicalType type;
    type.family = family;
    return type;
}

CanonicalType sized(TypeFamily family, int64_t length)
{
    CanonicalType type = ofFamily(family);
    type.length = length;
    return type;
}

CanonicalType lob(TypeFamily family)
{
    CanonicalType type = ofFamily(family);
    type.isLob = true;
    return type;
}

} // namespace ferry::types
