// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/load_session.h"

#include <string>
#include <string_view>

namespace ferry::mysql {

/**
 * The MySQL/MariaDB SourceSession (engine/load/load_session.h), private to the connector;
 * reached through mysql::openSourceSession.
 *
 * A session is one connection with time_zone '+00:00' (TIMESTAMP comes out in UTC), utf8mb4
 * and an sql_mode without NO_ZERO_DATE or PAD_CHAR_TO_FULL_LENGTH, so values come out as
 * stored. A reader streams `SELECT ... FROM db.table [WHERE ...]` through the text protocol
 * unbuffered (mysql_use_result): memory holds one row. Cells are normalized into the canonical
 * text form (engine/load/canonical_text.h) in place:
 * - Boolean (tinyint(1) or bit(1) read as Boolean): "true"/"false"; Bit(n): '0'/'1' text;
 * - FLOAT is selected as `col + 0e0`, the exact double of the stored float, and printed as
 *   the shortest float text ("0.1", where the server would print 6 digits); DOUBLE is printed
 *   again in the shortest round-trip form (the server's notation differs: "1e15", "0.0000001");
 * - ZEROFILL numbers lose their padding;
 * - geometry is read as stored (SRID and WKB) and written as canonical WKT with an EWKT SRID
 *   prefix (engine/load/canonical_geometry.h), numbers exact, whatever ST_AsText would print;
 * - JSON (MySQL's binary JSON, MariaDB's checked text) becomes canonical JSON
 *   (engine/load/canonical_json.h); text that is not JSON stays as it is;
 * - everything else as the server prints it: DECIMAL digits, zero dates, TIME beyond 24h, SET
 *   as a comma list, raw bytes for binary types.
 *
 * Filters and key ranges are bound, never spliced (see detail::startBoundTextQuery: values go
 * through a binary-protocol SET into user variables, and EXECUTE ... USING passes them as
 * parameters, which compare with the column's collation; key bounds are BIGINT so the key's
 * index is used).
 *
 * Thread: one thread, except TableReader::cancel (any thread), which sends KILL QUERY over a
 * second connection. A conversion failure drops that row from the batch and returns a
 * RejectRow error; the next read() continues after it.
 */
[[nodiscard]] Result<std::unique_ptr<load::SourceSession>>
openMySqlSource(const ConnectionSpec &spec);

/// The select-list expression that reads a column (`c`, `c` + 0e0).
[[nodiscard]] std::string selectExpression(const load::ReadColumn &column);

} // namespace ferry::mysql
