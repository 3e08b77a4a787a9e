// SPDX-License-Identifier: MIT
#pragma once

#include "engine/catalog/catalog.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::sqlite {

/**
 * A small SQLite tokenizer and parsers for the CREATE statements stored in sqlite_schema.
 *
 * The catalog reader takes everything SQLite reports through pragmas from the pragmas; these
 * parsers add what only the statement text holds: constraint names, CHECK and generated-column
 * expressions, collations, AUTOINCREMENT, WITHOUT ROWID/STRICT, index expressions and
 * predicates, view definitions and trigger parts. Expressions are returned as written (a
 * substring of the input), never re-rendered.
 *
 * Pure functions on strings; thread-safe. A statement that cannot be parsed yields nullopt.
 */

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

struct ParsedColumn
{
    std::string name;
    std::string collation; ///< COLLATE name; empty when none
    bool autoIncrement = false; ///< PRIMARY KEY ... AUTOINCREMENT
    std::optional<std::string> generatedExpression; ///< AS (expr), as written
    bool generatedStored = false;
};

enum class ConstraintKind { PrimaryKey, Unique, Check, ForeignKey };

/// A column or table constraint, in the order it appears in the statement.
struct ParsedConstraint
{
    ConstraintKind kind = ConstraintKind::Check;
    std::string name; ///< CONSTRAINT name; empty when none
    std::vector<std::string> columns; ///< key / referencing columns
    std::string expression; ///< CHECK expression, as written
    std::string referencedTable; ///< FOREIGN KEY / REFERENCES
    std::vector<std::string> referencedColumns;
};

struct ParsedTable
{
    std::string name;
    bool isVirtual = false;
    std::string module; ///< virtual table module (fts5, rtree, ...)
    bool withoutRowId = false;
    bool strict = false;
    std::vector<ParsedColumn> columns;
    std::vector<ParsedConstraint> constraints;

    [[nodiscard]] const ParsedColumn *column(std::string_view columnName) const;
};

struct ParsedIndexColumn
{
    std::string expression; ///< the indexed expression or column name, as written
    std::string collation;
    bool descending = false;
};

struct ParsedIndex
{
    std::string name;
    std::string table;
    bool unique = false;
    std::vector<ParsedIndexColumn> columns;
    std::string predicate; ///< WHERE of a partial index, as written; empty when none
};

struct ParsedView
{
    std::string name;
    std::vector<std::string> columnNames; ///< CREATE VIEW v(a, b) ...; usually empty
    std::string select; ///< everything after AS, as written
};

struct ParsedTrigger
{
    std::string name;
    std::string table;
    TriggerTiming timing = TriggerTiming::Before; ///< SQLite's default when none is given
    std::string event; ///< INSERT, UPDATE or DELETE
    std::vector<std::string> updateColumns; ///< UPDATE OF a, b
    bool forEachRow = true; ///< SQLite has row triggers only
    std::string condition; ///< WHEN expression, as written
    std::string body; ///< BEGIN ... END, as written
};

[[nodiscard]] std::optional<ParsedTable> parseCreateTable(std::string_view sql);
[[nodiscard]] std::optional<ParsedIndex> parseCreateIndex(std::string_view sql);
[[nodiscard]] std::optional<ParsedView> parseCreateView(std::string_view sql);
[[nodiscard]] std::optional<ParsedTrigger> parseCreateTrigger(std::string_view sql);

} // namespace ferry::sqlite
