// SPDX-License-Identifier: MIT
#pragma once

#include "engine/types/canonical_type.h"

#include <string_view>

namespace ferry::plsql {

/**
 * Native Oracle type text -> canonical type. Pure function, thread-safe.
 *
 * Input is a type as written in a column definition or as ALL_TAB_COLUMNS describes it with its
 * arguments: "NUMBER(10,2)", "VARCHAR2(20 CHAR)", "TIMESTAMP(3) WITH LOCAL TIME ZONE",
 * "INTERVAL DAY(2) TO SECOND(6)", "MDSYS.SDO_GEOMETRY". Case-insensitive, white space and
 * double quotes tolerated; clauses after the type (NOT NULL, DEFAULT ...) are ignored. The
 * rules:
 *
 * - NUMBER without precision (and NUMBER(*)) -> decimal unconstrained: Oracle keeps up to 38
 *   significant digits at any scale. NUMBER(p) -> decimal(p,0); NUMBER(p,s) -> decimal(p,s);
 *   NUMBER(*,s) -> decimal(38,s). A negative scale (NUMBER(5,-2) rounds to hundreds) ->
 *   decimal(p-s,0), the digits its largest value has (9999900: 7); a scale above the
 *   precision (NUMBER(2,5) holds 0.00099 at most) -> decimal(s,s). Canonical decimals never
 *   have a negative scale or a scale above their precision.
 * - DECIMAL/DEC/NUMERIC[(p,s)] -> as NUMBER(p,s) with precision 38 and scale 0 by default;
 *   INTEGER/INT/SMALLINT -> decimal(38,0) (they are NUMBER(38) in Oracle, not binary integers).
 * - FLOAT[(b)], REAL (FLOAT(63)) and DOUBLE PRECISION (FLOAT(126)) -> decimal unconstrained:
 *   Oracle's FLOAT is a decimal NUMBER whose precision is given in bits, not an IEEE float.
 *   BINARY_FLOAT -> float(4); BINARY_DOUBLE -> float(8); PL/SQL's PLS_INTEGER,
 *   BINARY_INTEGER, SIMPLE_INTEGER -> integer(4).
 * - CHAR/NCHAR[(n [BYTE|CHAR])] -> char(n), default 1; VARCHAR2/VARCHAR/NVARCHAR2(n [BYTE|CHAR])
 *   -> string(n). A length in bytes becomes the same number of characters, which holds every
 *   value. LONG, CLOB, NCLOB -> string lob.
 * - RAW(n) -> varbinary(n); LONG RAW, BLOB -> varbinary lob.
 * - DATE -> timestamp(0): an Oracle DATE holds a time of day to the second.
 *   TIMESTAMP[(n)] -> timestamp(n), n defaults to 6; ... WITH TIME ZONE -> timestamp(n, tz)
 *   with subtype "offset" (the value keeps its offset or region); ... WITH LOCAL TIME ZONE ->
 *   timestamp(n, tz) (stored in the database time zone, shown in the session's).
 * - INTERVAL YEAR[(p)] TO MONTH -> interval "year to month"; INTERVAL DAY[(p)] TO SECOND[(s)]
 *   -> interval(s) "day to second", s defaults to 6.
 * - ROWID, UROWID[(n)] -> rowid named "ROWID"/"UROWID"; XMLTYPE -> xml; JSON (21c) -> json
 *   (binary, like jsonb); SDO_GEOMETRY -> geometry; BOOLEAN (23c) -> boolean.
 * - BFILE (a pointer to a file outside the database), object and collection types and
 *   anything else -> unknown, named after the type text (the text is kept).
 */
[[nodiscard]] CanonicalType canonicalType(std::string_view typeText);

/// Oracle's default fractional seconds precision for TIMESTAMP and INTERVAL DAY TO SECOND.
constexpr int DefaultFractionalDigits = 6;

/// Oracle's largest NUMBER precision.
constexpr int MaxPrecision = 38;

} // namespace ferry::plsql
