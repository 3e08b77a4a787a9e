// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/sql_dialect.h"

#include <string>
#include <string_view>
#include <vector>

namespace ferry::convert {

/// One statement of a script: its text (comments kept, the terminator and the blank space
/// around it left out) and the 1-based line it starts on.
struct SqlStatement
{
    std::string text;
    int line = 1;
};

/**
 * Splits an SQL script into statements the way the dialect's own client does, so a script
 * Ferry wrote and a user edited applies statement by statement with the line of each:
 *
 * - every dialect: `;` ends a statement outside strings, quoted identifiers and comments
 *   (-- to the end of the line, block comments; PostgreSQL's nest);
 * - PostgreSQL: 'strings' ('' inside), E'strings' (backslash escapes), "identifiers",
 *   $tag$ dollar-quoted bodies $tag$ (a function body is one statement);
 * - MySQL and MariaDB: backslash escapes in '...' and "...", `identifiers`, # comments, and the
 *   mysql client's `DELIMITER xx` lines, which change the terminator (stored programs);
 * - SQLite: `identifiers`, [identifiers], and CREATE TRIGGER ... BEGIN ... END as one
 *   statement (the semicolons of its body included; CASE ... END counted);
 * - T-SQL: a line holding only GO ends a batch, which is sent whole (semicolons inside it are
 *   statement terminators of the batch, as sqlcmd sends them); [identifiers];
 * - PL/SQL: CREATE [OR REPLACE] FUNCTION/PROCEDURE/PACKAGE/TRIGGER/TYPE BODY and anonymous
 *   DECLARE/BEGIN blocks end at a line holding only `/` (as SQL*Plus), other statements at `;`.
 *
 * Statements holding only comments are dropped. Never fails: an unterminated string or comment
 * runs to the end of the script. Pure; thread-safe.
 */
[[nodiscard]] std::vector<SqlStatement> splitStatements(std::string_view script,
                                                        SqlDialect dialect);

} // namespace ferry::convert
