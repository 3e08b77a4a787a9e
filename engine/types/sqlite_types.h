// SPDX-License-Identifier: MIT
#pragma once

#include "engine/types/canonical_type.h"

#include <string_view>

namespace ferry::sqlite {

/// SQLite's column affinities (https://www.sqlite.org/datatype3.html §3).
enum class Affinity { Integer, Text, Blob, Real, Numeric };

[[nodiscard]] const char *affinityName(Affinity affinity); ///< "INTEGER", "TEXT", ...

/**
 * The affinity SQLite itself gives a declared column type, by the five ordered rules of
 * datatype3 §3.1: contains "INT" -> INTEGER; "CHAR"/"CLOB"/"TEXT" -> TEXT; "BLOB" or empty ->
 * BLOB; "REAL"/"FLOA"/"DOUB" -> REAL; otherwise NUMERIC. The order matters: "FLOATING POINT"
 * and "CHARINT" are INTEGER, "STRING" is NUMERIC.
 */
[[nodiscard]] Affinity affinityOf(std::string_view declaredType);

/// A declared type mapped to a canonical type.
struct TypeMapping
{
    CanonicalType type;
    Affinity affinity = Affinity::Blob;
    /// true: a well-known type name refined the type (VARCHAR(20) -> string(20)).
    /// false: the name is not known and the type is the affinity's family (see mapDeclaredType).
    bool refined = false;
};

/**
 * Maps a SQLite declared type (as pragma table_xinfo reports it, e.g. "VARCHAR(20)",
 * "decimal(10, 2)", "UNSIGNED BIG INT", "") to a canonical type.
 *
 * Well-known names are refined into precise types (integer widths from the name, with plain
 * INTEGER and BIGINT 8 bytes; lengths; decimal precision/scale; boolean, date/time, json, uuid),
 * and so are the TEXT-affinity names Ferry's SQLite target declares for values that must stay
 * text: DECIMAL_TEXT(p,s), JSON_TEXT, JSONB_TEXT, XML_TEXT, UUID_TEXT, BIT_TEXT(n), YEAR_TEXT,
 * INTERVAL_TEXT, INET_TEXT, CIDR_TEXT, MACADDR_TEXT(n).
 * Any other name falls back to its affinity's family: INTEGER -> integer(8), TEXT ->
 * string(lob), BLOB -> varbinary(lob), REAL -> float(8), NUMERIC -> decimal (unconstrained).
 * SQLite enforces none of the declared widths or lengths (except in STRICT tables for the
 * storage class), so the refined type states the schema's intent, not a proven bound.
 */
[[nodiscard]] TypeMapping mapDeclaredType(std::string_view declaredType);

/// mapDeclaredType(declaredType).type.
[[nodiscard]] CanonicalType canonicalTypeOf(std::string_view declaredType);

} // namespace ferry::sqlite
