// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ferry::convert {

/// A tokenizer for SQLite's SQL (https://www.sqlite.org/lang_keywords.html and SQLite's own
/// tokenize.c): identifiers bare or quoted as "x", `x` or [x], 'strings', X'blobs', numbers,
/// ?/:name/@name/$name variables and punctuation; whitespace, line comments and block comments
/// are skipped. It reads the superset SQLite accepts, so MySQL's backquotes and SQL Server's
/// brackets come out as quoted identifiers too. The conversion issue grows this folder into one
/// lexer per dialect.
///
/// Pure functions on strings; thread-safe. Never fails: an unterminated quote runs to the end
/// of the input and is marked.

enum class TokenKind {
    Identifier, ///< bare word (keywords too): value is the word
    QuotedIdentifier, ///< "x", `x` or [x]: value is unquoted
    String, ///< 'x': value is unquoted
    Blob, ///< X'00ff'
    Number,
    Variable, ///< ?, ?1, :name, @name, $name
    LeftParen,
    RightParen,
    Comma,
    Semicolon,
    Dot,
    Operator, ///< any other punctuation (one or more characters)
};

struct Token
{
    TokenKind kind = TokenKind::Operator;
    std::string value; ///< unquoted text for identifiers and strings, the raw text otherwise
    size_t begin = 0; ///< byte offset of the token in the input
    size_t end = 0; ///< one past the last byte
    bool unterminated = false; ///< a quote or comment ran to the end of the input

    /// True for a bare identifier equal to keyword (ASCII case-insensitive).
    [[nodiscard]] bool is(std::string_view keyword) const;
    /// True for anything that can name an object: identifiers (bare or quoted) and strings.
    [[nodiscard]] bool isName() const;
};

/// Splits SQL into tokens, skipping whitespace and -- and /* */ comments.
[[nodiscard]] std::vector<Token> tokenizeSql(std::string_view sql);

/// ASCII case-insensitive comparison, as SQLite compares identifiers.
[[nodiscard]] bool sameIdentifier(std::string_view a, std::string_view b);

} // namespace ferry::convert
