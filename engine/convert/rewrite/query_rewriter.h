// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/sql_dialect.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::convert {

/// A query rewritten for another dialect, or what stood in the way.
struct RewrittenQuery
{
    std::string sql; ///< the query in the target's SQL (meaningful when complete())
    /// Constructs not translated with certainty, one sentence each ("function FIELD()", ...):
    /// the caller keeps the source text and makes an action item of them.
    std::vector<std::string> unconverted;
    /// Rewrites applied, by rule name ("IF -> CASE", "GROUP_CONCAT -> string_agg", ...).
    std::vector<std::string> applied;

    [[nodiscard]] bool complete() const { return unconverted.empty(); }
};

/**
 * Rewrites a SELECT (a view's definition) from MySQL/MariaDB to PostgreSQL by rules, each one
 * small and tested alone (tests/unit/convert/tst_query_rewriter.cpp, expectations by hand):
 *
 * - quoting: `x` -> "x"; character set introducers (_utf8mb4'x') dropped; a schema qualifier
 *   renamed by `schemas` (source schema -> target schema);
 * - functions: IFNULL -> COALESCE; IF(c, a, b) -> CASE WHEN (c)::int <> 0 THEN a ELSE b END
 *   (MySQL's truth: non-zero); CONCAT(a, b) -> (a)::text || (b)::text (NULL in, NULL out, as
 *   MySQL's); GROUP_CONCAT([DISTINCT] x [ORDER BY ...] [SEPARATOR s]) -> string_agg with the
 *   same order and separator (',' by default); UCASE/LCASE -> upper/lower; CHAR_LENGTH ->
 *   char_length, LENGTH -> octet_length (MySQL's LENGTH counts bytes); CURDATE() ->
 *   CURRENT_DATE; NOW(), SUBSTR, OCTET_LENGTH, COALESCE, aggregates, ROUND, ABS as they are;
 * - implicit GROUP BY columns MySQL allows: the plain columns of the select list that are not
 *   grouped by are added to GROUP BY (same groups when they depend on the grouped key).
 *
 * Anything else - an unknown function, `||` (OR in MySQL), DIV, XOR, LIMIT a, b, a string with
 * a backslash, DISTINCT with an ORDER BY on another expression inside GROUP_CONCAT - is listed
 * in unconverted: never guessed. Pure; thread-safe.
 */
[[nodiscard]] RewrittenQuery
rewriteMySqlQueryForPostgres(std::string_view query,
                             const std::map<std::string, std::string> &schemas);

} // namespace ferry::convert
