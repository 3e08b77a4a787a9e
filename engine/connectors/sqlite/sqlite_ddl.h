// SPDX-License-Identifier: MIT
#pragma once

#include "engine/catalog/catalog.h"
#include "engine/convert/lexer/sqlite_lexer.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::sqlite {

using convert::sameIdentifier;
using convert::Token;
using convert::TokenKind;
using convert::tokenizeSql;

/**
 * Parsers for the CREATE statements stored in sqlite_schema, on the SQLite tokenizer of
 * engine/convert/lexer/sqlite_lexer.h.
 *
 * The catalog reader takes everything SQLite reports through pragmas from the pragmas; these
 * parsers add what only the statement text holds: constraint names, CHECK and generated-column
 * expressions, collations, AUTOINCREMENT, WITHOUT ROWID/STRICT, index expressions and
 * predicates, view definitions and trigger parts. Expressions are returned as written (a
 * substring of the input), never re-rendered.
 *
 * Pure functions on strings; thread-safe. A statement that cannot be parsed yields nullopt.
 */

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
