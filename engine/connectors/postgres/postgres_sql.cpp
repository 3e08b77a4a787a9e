// SPDX-License-Identifier: MIT
#include "engine/connectors/postgres/postgres_sql.h"

namespace ferry::postgres {

std::string textArrayLiteral(const std::vector<std::string> &items)
{
    std::string literal = "{";
    for (size_t i = 0; i < items.size(); ++i) {
        if (i)
            literal += ',';
        literal += '"';
        for (char c : items[i]) {
            if (c == '"' || c == '\\')
                literal += '\\';
            literal += c;
        }
        literal += '"';
    }
    literal += '}';
    return literal;
}

std::vector<std::string> parseTextArray(std::string_view text)
{
    std::vector<std::string> items;
    // Optional dimension decoration "[0:2]={...}" for arrays not starting at 1.
    const size_t equals = text.find("={");
    if (!text.empty() && text.front() == '[' && equals != std::string_view::npos)
        text.remove_prefix(equals + 1);
    if (text.size() < 2 || text.front() != '{' || text.back() != '}')
        return items;
    text = text.substr(1, text.size() - 2);
    size_t at = 0;
    while (at < text.size()) {
        std::string item;
        if (text[at] == '"') {
            ++at;
            while (at < text.size() && text[at] != '"') {
                if (text[at] == '\\' && at + 1 < text.size())
                    ++at;
                item += text[at++];
            }
            ++at; // closing quote
        } else {
            const size_t end = text.find(',', at);
            const std::string_view raw = text.substr(
                at, end == std::string_view::npos ? std::string_view::npos : end - at);
            if (raw != "NULL")
                item = std::string(raw);
            at += raw.size();
        }
        items.push_back(std::move(item));
        if (at < text.size() && text[at] == ',')
            ++at;
        else
            break;
    }
    return items;
}

std::string quoteLiteral(std::string_view text)
{
    std::string quoted = "'";
    for (char c : text) {
        if (c == '\'')
            quoted += '\'';
        quoted += c;
    }
    quoted += '\'';
    return quoted;
}

} // namespace ferry::postgres
