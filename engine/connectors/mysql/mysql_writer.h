// SPDX-License-Identifier: MIT
#pragma once

// Private to the mysql connector (includes <mysql.h> through mysql_load_support.h).

#include "engine/connectors/mysql/mysql_load_support.h"
#include "engine/load/load_session.h"

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace ferry::mysql::detail {

/// What a target session shares with the writers it opens. Same thread as the session,
/// except the killer (thread-safe) and the warnings (guarded by the mutex).
struct TargetState
{
    MYSQL *mysql = nullptr;
    std::shared_ptr<QueryKiller> killer;
    bool localInfile = true; ///< LOAD DATA LOCAL INFILE works on this server
    mutable std::mutex warningsMutex;
    std::vector<std::string> warnings;

    void addWarning(const std::string &warning);
    /// The warning that local_infile is off and how to turn it on (added once).
    void warnLocalInfileOff(const std::string &serverLocation);
};

/**
 * The MySQL/MariaDB TableWriter.
 *
 * Fast path: the batch is encoded in one pass into a reusable buffer (tab-separated, `\`
 * escapes for tab, newline, backslash and NUL, \N for NULL, booleans as 1/0) and sent with
 * `LOAD DATA LOCAL INFILE` from memory through a local-infile handler. With LOCAL the server
 * turns bad values into warnings and silently truncates, converts or skips, so a batch that
 * leaves any warning other than Notes (or fewer rows than sent) is rolled back to its
 * savepoint and bisected:
 * halves are loaded again, and ranges of a few rows are inserted row by row with a strict
 * prepared INSERT, whose errors name the refused rows (RejectedRow). Bit columns go through a
 * user variable and CAST(CONV(@v, 2, 10) AS UNSIGNED). Binary values are raw bytes: the file's
 * utf8mb4 character set does not apply to binary columns. Columns that are spatial on the
 * server (`spatial`, per request column) take the canonical WKT as two fields, the WKT and
 * the SRID of its EWKT prefix, through ST_GeomFromText(wkt, srid).
 *
 * Without local_infile (the server refuses LOAD DATA LOCAL) rows go in prepared multi-row
 * INSERTs with bound parameters (up to 500 rows each), and the session warns once.
 *
 * Thread: the session's; cancel() from any thread (a flag checked between rows and by the
 * infile handler, plus KILL QUERY).
 */
[[nodiscard]] std::unique_ptr<load::TableWriter>
makeWriter(TargetState &state, const load::WriteRequest &request, const std::vector<bool> &spatial);

/// Installs the writers' local-infile handler with no batch pending, so a LOCAL INFILE request
/// outside a writer's LOAD DATA gets an error instead of a file (the client's default handler
/// would read whatever file the server names).
void refuseLocalInfileRequests(MYSQL *mysql);

/// The column named in a server error message ("... for column 'v' at row 1", "Column 'c'
/// cannot be null", "... for column `db`.`t`.`c` at row 1"); "" when there is none.
[[nodiscard]] std::string columnFromErrorMessage(std::string_view message);

} // namespace ferry::mysql::detail
