// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/connection_spec.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ferry::test {

/// One row as the server prints it: text per cell, std::nullopt for NULL.
using SqlRow = std::vector<std::optional<std::string>>;
using SqlRows = std::vector<SqlRow>;

/**
 * A connection through the engine's own client library (libpq, the MariaDB client library,
 * the sqlite3 C API) that never goes through Ferry's connectors, sessions, readers or catalog
 * readers. Tests check what Ferry wrote with SQL they write themselves, so a bug shared by one
 * of Ferry's writers and the matching reader cannot make a check pass.
 *
 * - `?` marks a parameter on every engine. PostgreSQL gets real bind parameters ($1, $2, ...
 *   outside quotes and comments); SQLite binds them natively; MySQL/MariaDB gets them as
 *   string literals escaped by mysql_real_escape_string, so results come back in the text
 *   protocol, printed by the server. A std::nullopt parameter is NULL.
 * - Values are the server's text: PostgreSQL's and MariaDB's text output, with PostgreSQL's
 *   session time zone set to UTC and MariaDB's to +00:00. SQLite values by storage class:
 *   INTEGER in decimal, REAL as the shortest text that reads back as the same double, TEXT and
 *   BLOB as their bytes.
 * - Dialect::PostgreSql, MySql and Sqlite only (an ODBC test reads its server natively).
 */
class PlainSql
{
public:
    explicit PlainSql(const ConnectionSpec &spec);
    ~PlainSql();
    PlainSql(const PlainSql &) = delete;
    PlainSql &operator=(const PlainSql &) = delete;

    [[nodiscard]] bool isOpen() const;
    /// The client library's message for the last failure (connect or statement).
    [[nodiscard]] const std::string &lastError() const;
    [[nodiscard]] Dialect dialect() const;

    /// Runs one statement (several without parameters, on PostgreSQL and SQLite).
    [[nodiscard]] bool execute(const std::string &sql, const SqlRow &parameters = {});
    /// Every row of a query; std::nullopt (and lastError()) when it fails.
    [[nodiscard]] std::optional<SqlRows> rows(const std::string &sql,
                                              const SqlRow &parameters = {});
    /// Streams the rows of a query to `row` without holding them all; false when it fails.
    /// `row` must not use this connection.
    [[nodiscard]] bool forEachRow(const std::string &sql, const SqlRow &parameters,
                                  const std::function<void(const SqlRow &)> &row);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ferry::test
