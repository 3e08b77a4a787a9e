// SPDX-License-Identifier: MIT
#include "engine/convert/rewrite/query_rewriter.h"

#include "engine/convert/lexer/sqlite_lexer.h"

#include "engine/core/text.h"

#include <algorithm>
#include <set>

namespace ferry::convert {

namespace {

/// Pieces joined (GCC 12 warns falsely on chains of `"(" + std::string`).
std::string cat(std::initializer_list<std::string_view> pieces)
{
    std::string text;
    for (std::string_view piece : pieces)
        text.append(piece);
    return text;
}

std::string quoted(std::string_view name, char quote)
{
    std::string text(1, quote);
    for (char c : name) {
        text += c;
        if (c == quote)
            text += quote;
    }
    return text + quote;
}

/// Functions PostgreSQL has with MySQL's meaning, written the same way.
const std::set<std::string> &sameFunctions()
{
    static const std::set<std::string> names = {
        "count", "sum",   "min",   "max",     "avg",   "coalesce",     "substr",
        "upper", "lower", "round", "abs",     "floor", "octet_length", "concat_ws",
        "trim",  "ltrim", "rtrim", "replace", "now",   "nullif",       "char_length",
    };
    return names;
}

/// Words that may stand before a parenthesis without calling a function.
bool isKeyword(const std::string &name)
{
    static const std::set<std::string> words
        = {"select", "from",   "where",   "on",       "in",      "and",  "or",
           "not",    "exists", "join",    "as",       "when",    "then", "else",
           "case",   "using",  "any",     "all",      "union",   "by",   "having",
           "is",     "like",   "between", "distinct", "lateral", "with", "values"};
    return words.contains(name);
}

bool isAggregate(const std::string &name)
{
    static const std::set<std::string> names
        = {"count", "sum", "min", "max", "avg", "group_concat"};
    return names.contains(name);
}

using Range = std::pair<size_t, size_t>;

class Rewriter
{
public:
    Rewriter(std::string_view query, const std::map<std::string, std::string> &schemas)
        : m_t(tokenizeSql(query)), m_schemas(schemas)
    {
    }

    RewrittenQuery run()
    {
        m_out.sql = block(0, m_t.size());
        // block() reads a select item twice (for GROUP BY and in place): each finding once.
        std::sort(m_out.applied.begin(), m_out.applied.end());
        m_out.applied.erase(std::unique(m_out.applied.begin(), m_out.applied.end()),
                            m_out.applied.end());
        std::vector<std::string> unconverted;
        for (std::string &what : m_out.unconverted) {
            if (std::find(unconverted.begin(), unconverted.end(), what) == unconverted.end())
                unconverted.push_back(std::move(what));
        }
        m_out.unconverted = std::move(unconverted);
        return std::move(m_out);
    }

private:
    void unconverted(const std::string &what) { m_out.unconverted.push_back(what); }
    void applied(const char *rule) { m_out.applied.emplace_back(rule); }

    static void append(std::string &out, const std::string &piece)
    {
        if (piece.empty())
            return;
        const bool tight = out.empty() || out.back() == '(' || out.back() == '.' || piece[0] == ')'
            || piece[0] == ',' || piece[0] == '.';
        if (!tight)
            out += ' ';
        out += piece;
    }

    size_t matching(size_t open) const
    {
        int depth = 0;
        for (size_t i = open; i < m_t.size(); ++i) {
            depth += m_t[i].kind == TokenKind::LeftParen ? 1 : 0;
            if (m_t[i].kind == TokenKind::RightParen && --depth == 0)
                return i;
        }
        return m_t.size();
    }

    /// The ranges between top-level commas of [b, e).
    std::vector<Range> split(size_t b, size_t e) const
    {
        std::vector<Range> parts;
        size_t start = b;
        for (size_t i = b; i < e; ++i) {
            if (m_t[i].kind == TokenKind::LeftParen)
                i = matching(i);
            else if (m_t[i].kind == TokenKind::Comma) {
                parts.emplace_back(start, i);
                start = i + 1;
            }
        }
        if (start < e)
            parts.emplace_back(start, e);
        return parts;
    }

    /// The first top-level keyword of `words` in [b, e), or e.
    size_t find(size_t b, size_t e, std::initializer_list<const char *> words) const
    {
        for (size_t i = b; i < e; ++i) {
            if (m_t[i].kind == TokenKind::LeftParen) {
                i = matching(i);
                continue;
            }
            for (const char *word : words) {
                if (m_t[i].is(word))
                    return i;
            }
        }
        return e;
    }

    /// True when the word at i stands where a table is named (INSERT INTO t (a, b)).
    bool namesTable(size_t i) const
    {
        return i > 0
            && (m_t[i - 1].is("INTO") || m_t[i - 1].is("TABLE") || m_t[i - 1].is("UPDATE")
                || m_t[i - 1].is("FROM") || m_t[i - 1].is("JOIN"));
    }

    /// Tokens [b, e) rewritten, one at a time; function calls and parentheses as wholes.
    std::string range(size_t b, size_t e)
    {
        std::string out;
        for (size_t i = b; i < e; ++i) {
            const Token &token = m_t[i];
            if (token.kind == TokenKind::Identifier && i + 1 < e
                && m_t[i + 1].kind == TokenKind::LeftParen && !isKeyword(asciiLower(token.value))
                && !namesTable(i)) {
                const size_t close = std::min(matching(i + 1), e);
                append(out, call(asciiLower(token.value), i + 1, close));
                i = close;
            } else if (token.kind == TokenKind::LeftParen) {
                const size_t close = std::min(matching(i), e);
                append(out, cat({"(", block(i + 1, close), ")"}));
                i = close;
            } else {
                append(out, single(i, e));
            }
        }
        return out;
    }

    std::string single(size_t i, size_t e)
    {
        const Token &token = m_t[i];
        switch (token.kind) {
        case TokenKind::QuotedIdentifier: {
            const bool qualifier
                = i + 2 < e && m_t[i + 1].kind == TokenKind::Dot && m_t[i + 2].isName();
            if (const auto renamed = m_schemas.find(token.value);
                qualifier && renamed != m_schemas.end())
                return quoted(renamed->second, '"');
            return quoted(token.value, '"');
        }
        case TokenKind::String:
            if (token.value.find('\\') != std::string::npos)
                unconverted("a string with a backslash (MySQL escape sequences)");
            return quoted(token.value, '\'');
        case TokenKind::Identifier:
            return word(i, e);
        case TokenKind::Operator:
            if (token.value == "||" || token.value == "&&" || token.value == "<=>")
                unconverted("the operator " + token.value);
            return token.value;
        case TokenKind::Variable:
        case TokenKind::Blob:
            unconverted("the value " + token.value);
            return token.value;
        default:
            return token.value;
        }
    }

    std::string word(size_t i, size_t e)
    {
        const Token &token = m_t[i];
        const std::string name = asciiLower(token.value);
        if (name.size() > 1 && name[0] == '_' && i + 1 < e
            && m_t[i + 1].kind == TokenKind::String) {
            applied("character set introducer dropped");
            return {};
        }
        static const std::set<std::string> refused
            = {"div", "xor", "regexp", "rlike", "straight_join", "sounds"};
        if (refused.contains(name))
            unconverted("the operator " + token.value);
        if (name == "limit" && i + 2 < e && m_t[i + 2].kind == TokenKind::Comma)
            unconverted("LIMIT offset, count");
        return token.value;
    }

    /// A function call: name, its parentheses at open and close.
    std::string call(const std::string &name, size_t open, size_t close)
    {
        if (name == "group_concat")
            return groupConcat(open + 1, close);
        std::vector<std::string> args;
        for (const auto &[b, e] : split(open + 1, close))
            args.push_back(range(b, e));
        if (name == "ifnull" && args.size() == 2) {
            applied("IFNULL -> COALESCE");
            return cat({"COALESCE(", args[0], ", ", args[1], ")"});
        }
        if (name == "if" && args.size() == 3) {
            applied("IF -> CASE");
            return cat({"(CASE WHEN (", args[0], ")::int <> 0 THEN ", args[1], " ELSE ", args[2],
                        " END)"});
        }
        if (name == "concat" && !args.empty()) {
            applied("CONCAT -> ||");
            std::string text;
            for (const std::string &arg : args)
                text += cat({text.empty() ? "(" : " || ", "(", arg, ")::text"});
            return text + ")";
        }
        static const std::map<std::string, std::string> renamed
            = {{"ucase", "upper"},
               {"lcase", "lower"},
               {"length", "octet_length"},
               {"character_length", "char_length"},
               {"substring", "substr"}};
        if (name == "curdate" && args.empty()) {
            applied("CURDATE() -> CURRENT_DATE");
            return "CURRENT_DATE";
        }
        std::string target = name;
        if (const auto it = renamed.find(name); it != renamed.end()) {
            applied("function renamed");
            target = it->second;
        } else if (!sameFunctions().contains(name)) {
            unconverted("the function " + name + "()");
        }
        std::string text = target + "(";
        for (size_t a = 0; a < args.size(); ++a)
            text += (a ? ", " : "") + args[a];
        return text + ")";
    }

    /// GROUP_CONCAT([DISTINCT] x[, y...] [ORDER BY ...] [SEPARATOR 's']) -> string_agg.
    std::string groupConcat(size_t b, size_t e)
    {
        applied("GROUP_CONCAT -> string_agg");
        const bool distinct = b < e && m_t[b].is("DISTINCT");
        const size_t start = distinct ? b + 1 : b;
        const size_t separator = find(start, e, {"SEPARATOR"});
        const size_t order = find(start, separator, {"ORDER"});
        std::string value;
        for (const auto &[vb, ve] : split(start, order))
            value += cat({value.empty() ? "" : " || ", "(", range(vb, ve), ")::text"});
        std::string separatorText = "','";
        if (separator < e) {
            if (separator + 1 < e && m_t[separator + 1].kind == TokenKind::String)
                separatorText = quoted(m_t[separator + 1].value, '\'');
            else
                unconverted("GROUP_CONCAT with a SEPARATOR that is not a string");
        }
        std::string orderText;
        if (order < separator && order + 1 < separator && m_t[order + 1].is("BY")) {
            orderText = range(order + 2, separator);
            if (distinct) {
                // PostgreSQL orders a DISTINCT aggregate only by its argument.
                const size_t direction = find(order + 2, separator, {"ASC", "DESC"});
                if (split(start, order).size() != 1
                    || range(order + 2, direction) != range(start, order))
                    unconverted("GROUP_CONCAT(DISTINCT ...) ordered by another expression");
                orderText = cat({value, direction < separator ? " " : "",
                                 direction < separator ? m_t[direction].value : ""});
            }
        }
        return cat({"string_agg(", distinct ? "DISTINCT " : "", value, ", ", separatorText,
                    orderText.empty() ? "" : " ORDER BY ", orderText, ")"});
    }

    /// A query block or any other parenthesized range; a SELECT gets its implicit GROUP BY
    /// columns made explicit.
    std::string block(size_t b, size_t e)
    {
        if (b >= e || !m_t[b].is("SELECT"))
            return range(b, e);
        const size_t group = find(b, e, {"GROUP"});
        if (group + 1 >= e || !m_t[group + 1].is("BY"))
            return range(b, e);
        const size_t from = find(b, e, {"FROM"});
        const size_t listEnd = find(group + 2, e, {"HAVING", "ORDER", "LIMIT", "WINDOW"});
        std::set<std::string> grouped;
        for (const auto &[gb, ge] : split(group + 2, listEnd))
            grouped.insert(range(gb, ge));
        std::vector<Range> candidates;
        for (const auto &item : split(b + 1, from))
            candidates.emplace_back(item.first, find(item.first, item.second, {"AS"}));
        if (const size_t order = find(listEnd, e, {"ORDER"}); order + 1 < e) {
            const size_t orderEnd = find(order + 2, e, {"LIMIT"});
            for (const auto &item : split(order + 2, orderEnd))
                candidates.emplace_back(item.first, find(item.first, item.second, {"ASC", "DESC"}));
        }
        std::string extra;
        for (const auto &[cb, ce] : candidates) {
            if (!plainColumns(cb, ce))
                continue;
            const std::string text = range(cb, ce);
            if (grouped.insert(text).second) {
                extra += cat({", ", text});
                applied("implicit GROUP BY column made explicit");
            }
        }
        std::string out = range(b, listEnd);
        out += extra;
        append(out, range(listEnd, e));
        return out;
    }

    /// True when [b, e) names columns and uses no aggregate and no subquery.
    bool plainColumns(size_t b, size_t e) const
    {
        bool column = false;
        for (size_t i = b; i < e; ++i) {
            const Token &token = m_t[i];
            if (token.is("SELECT"))
                return false;
            if (token.kind == TokenKind::Identifier && i + 1 < e
                && m_t[i + 1].kind == TokenKind::LeftParen && isAggregate(asciiLower(token.value)))
                return false;
            column = column || token.kind == TokenKind::QuotedIdentifier;
        }
        return column;
    }

    std::vector<Token> m_t;
    const std::map<std::string, std::string> &m_schemas;
    RewrittenQuery m_out;
};

} // namespace

RewrittenQuery rewriteMySqlQueryForPostgres(std::string_view query,
                                            const std::map<std::string, std::string> &schemas)
{
    return Rewriter(query, schemas).run();
}

} // namespace ferry::convert
