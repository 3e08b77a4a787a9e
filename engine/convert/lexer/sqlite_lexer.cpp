// SPDX-License-Identifier: MIT
#include "engine/convert/lexer/sqlite_lexer.h"
#include "engine/core/text.h"

namespace ferry::convert {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool isIdentifierStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
        || static_cast<unsigned char>(c) >= 0x80;
}

bool isIdentifierPart(char c) { return isIdentifierStart(c) || isDigit(c) || c == '$'; }

/// Reads a quoted token starting at sql[start] (the opening quote). A doubled closing quote
/// stands for itself, unless doubling is false ([x] identifiers).
size_t readQuoted(std::string_view sql, size_t start, char close, bool doubling, Token &token)
{
    size_t i = start + 1;
    while (i < sql.size()) {
        if (sql[i] == close) {
            if (doubling && i + 1 < sql.size() && sql[i + 1] == close) {
                token.value += close;
                i += 2;
                continue;
            }
            return i + 1;
        }
        token.value += sql[i];
        ++i;
    }
    token.unterminated = true;
    return sql.size();
}

size_t readNumber(std::string_view sql, size_t i)
{
    if (sql[i] == '0' && i + 1 < sql.size() && (sql[i + 1] == 'x' || sql[i + 1] == 'X')) {
        i += 2;
        while (i < sql.size() && (isIdentifierPart(sql[i])))
            ++i;
        return i;
    }
    while (i < sql.size() && (isDigit(sql[i]) || sql[i] == '_'))
        ++i;
    if (i < sql.size() && sql[i] == '.') {
        ++i;
        while (i < sql.size() && (isDigit(sql[i]) || sql[i] == '_'))
            ++i;
    }
    if (i < sql.size() && (sql[i] == 'e' || sql[i] == 'E')) {
        size_t j = i + 1;
        if (j < sql.size() && (sql[j] == '+' || sql[j] == '-'))
            ++j;
        if (j < sql.size() && isDigit(sql[j])) {
            i = j;
            while (i < sql.size() && isDigit(sql[i]))
                ++i;
        }
    }
    return i;
}

} // namespace

bool Token::is(std::string_view keyword) const
{
    return kind == TokenKind::Identifier && sameIdentifier(value, keyword);
}

bool Token::isName() const
{
    return kind == TokenKind::Identifier || kind == TokenKind::QuotedIdentifier
        || kind == TokenKind::String;
}

bool sameIdentifier(std::string_view a, std::string_view b) { return equalsIgnoringCase(a, b); }

std::vector<Token> tokenizeSql(std::string_view sql)
{
    std::vector<Token> tokens;
    size_t i = 0;
    const size_t n = sql.size();
    while (i < n) {
        const char c = sql[i];
        const char following = i + 1 < n ? sql[i + 1] : '\0';
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == '-' && following == '-') {
            while (i < n && sql[i] != '\n')
                ++i;
            continue;
        }
        if (c == '/' && following == '*') {
            const size_t close = sql.find("*/", i + 2);
            i = close == std::string_view::npos ? n : close + 2;
            continue;
        }
        Token token;
        token.begin = i;
        if (c == '\'') {
            token.kind = TokenKind::String;
            i = readQuoted(sql, i, '\'', true, token);
        } else if (c == '"' || c == '`') {
            token.kind = TokenKind::QuotedIdentifier;
            i = readQuoted(sql, i, c, true, token);
        } else if (c == '[') {
            token.kind = TokenKind::QuotedIdentifier;
            i = readQuoted(sql, i, ']', false, token);
        } else if ((c == 'x' || c == 'X') && following == '\'') {
            token.kind = TokenKind::Blob;
            Token inner;
            i = readQuoted(sql, i + 1, '\'', false, inner);
            token.unterminated = inner.unterminated;
            token.value = std::string(sql.substr(token.begin, i - token.begin));
        } else if (isIdentifierStart(c)) {
            token.kind = TokenKind::Identifier;
            while (i < n && isIdentifierPart(sql[i]))
                ++i;
            token.value = std::string(sql.substr(token.begin, i - token.begin));
        } else if (isDigit(c) || (c == '.' && isDigit(following))) {
            token.kind = TokenKind::Number;
            i = readNumber(sql, i);
            token.value = std::string(sql.substr(token.begin, i - token.begin));
        } else if (c == '?'
                   || ((c == ':' || c == '@' || c == '$') && isIdentifierPart(following))) {
            token.kind = TokenKind::Variable;
            ++i;
            while (i < n && isIdentifierPart(sql[i]))
                ++i;
            token.value = std::string(sql.substr(token.begin, i - token.begin));
        } else {
            ++i;
            switch (c) {
            case '(':
                token.kind = TokenKind::LeftParen;
                break;
            case ')':
                token.kind = TokenKind::RightParen;
                break;
            case ',':
                token.kind = TokenKind::Comma;
                break;
            case ';':
                token.kind = TokenKind::Semicolon;
                break;
            case '.':
                token.kind = TokenKind::Dot;
                break;
            default: {
                token.kind = TokenKind::Operator;
                static const std::string_view Operators[]
                    = {"->>", "||", "<=", ">=", "!=", "<>", "==", "<<", ">>", "->"};
                for (std::string_view op : Operators) {
                    if (sql.substr(token.begin, op.size()) == op) {
                        i = token.begin + op.size();
                        break;
                    }
                }
                break;
            }
            }
            token.value = std::string(sql.substr(token.begin, i - token.begin));
        }
        token.end = i;
        tokens.push_back(std::move(token));
    }
    return tokens;
}

} // namespace ferry::convert
