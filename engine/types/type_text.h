// SPDX-License-Identifier: MIT
#pragma once

#include "engine/types/canonical_type.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::types {

/// One parenthesised argument list of a type text: "(10 CHAR)" -> {"10 char"}, "(*, -2)" ->
/// {"*", "-2"}, "(max)" -> {"max"}; items trimmed and lower-case.
struct TypeArguments
{
    size_t wordsBefore = 0; ///< how many words of the type name precede the '('
    std::vector<std::string> items;
};

/**
 * A type as written in a column definition, taken apart for the hand-written native ->
 * canonical parsers of the SQL dialects that have no catalog typmods (T-SQL, PL/SQL, a
 * PostgreSQL type text). Pure, thread-safe.
 *
 * "TIMESTAMP(6) WITH LOCAL TIME ZONE" -> words {"timestamp", "with", "local", "time", "zone"},
 * arguments {{1, {"6"}}}; "INTERVAL DAY(2) TO SECOND(6)" -> words {"interval", "day", "to",
 * "second"}, arguments {{2, {"2"}}, {4, {"6"}}}; "[dbo].[Phone]" -> words {"dbo.phone"}.
 * Words are lower-case; T-SQL brackets and double quotes around names are removed (the name
 * inside is kept whole, spaces included). Reading stops at the first word that starts a
 * column clause rather than the type (COLLATE, NOT, NULL, IDENTITY, DEFAULT, CONSTRAINT,
 * PRIMARY, UNIQUE, REFERENCES, CHECK, GENERATED, SPARSE, ...), so "varchar(10) COLLATE x NOT
 * NULL" is read as "varchar(10)".
 */
struct TypeText
{
    std::vector<std::string> words;
    std::vector<TypeArguments> arguments;

    /// The words joined by single spaces: "double precision", "timestamp with time zone".
    [[nodiscard]] std::string name() const;
    /// The arguments that follow word number `wordsBefore` (1 = after the first word); null
    /// when there are none.
    [[nodiscard]] const TypeArguments *argumentsAfter(size_t wordsBefore) const;
};

[[nodiscard]] TypeText parseTypeText(std::string_view text);

/// The leading integer of an argument item ("10 char" -> 10, "-2" -> -2); nullopt for "max",
/// "*" or anything else that does not start with a number.
[[nodiscard]] std::optional<int64_t> leadingNumber(std::string_view item);

/// The word after the number in an argument item ("10 char" -> "char", "10" -> "").
[[nodiscard]] std::string trailingWord(std::string_view item);

/// Canonical types the type-text parsers build: of a family, with a length, a LOB kind.
[[nodiscard]] CanonicalType ofFamily(TypeFamily family);
[[nodiscard]] CanonicalType sized(TypeFamily family, int64_t length);
[[nodiscard]] CanonicalType lob(TypeFamily family);

} // namespace ferry::types
