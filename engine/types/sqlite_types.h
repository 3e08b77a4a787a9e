// SPDX-License-Identifier: MIT
#pragma once

#include "engine/types/canonical_type.h"

#include <string>
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

/**
 * The declared type Ferry creates for a canonical type (the other direction of the mapping
 * above; the connector's nativeType). Declared types keep the canonical type readable
 * (mapDeclaredType maps each back) and the value lossless under SQLite's type affinity
 * (https://www.sqlite.org/datatype3.html §3):
 * a NUMERIC-affinity column turns text that looks like a number into INTEGER or REAL, so
 * '0123' would read back as 123, '1.50' as 1.5 and a 38-digit decimal as a rounded REAL.
 *
 * - Integers: INTEGER-affinity names by width (TINYINT .. BIGINT, "... UNSIGNED").
 *   Unsigned 64-bit values above INT64_MAX fit no SQLite integer: DECIMAL_TEXT(20,0).
 * - Decimals up to 15 digits: DECIMAL(p,s), NUMERIC affinity; such a value survives the
 *   conversion to REAL (it reads back as the same number, trailing zeros dropped) and
 *   compares numerically. Longer or unconstrained decimals and money: DECIMAL_TEXT(p,s)
 *   (DECIMAL_TEXT when unconstrained), TEXT affinity, exact digits.
 * - Floats: REAL (FLOAT for 4 bytes); NaN is stored as the text 'NaN' because SQLite
 *   stores a bound NaN as NULL; -0 reads back as 0 (SQLite keeps integral REALs as
 *   integers). Booleans: BOOLEAN, written as 0/1.
 * - Character types: CHAR(n) / VARCHAR(n) / TEXT, all TEXT affinity.
 * - Binary types: BINARY(n) / VARBINARY(n) / BLOB; written as blobs, which no affinity
 *   converts.
 * - DATE, TIME, DATETIME (TIMESTAMPTZ): NUMERIC affinity, but their canonical text
 *   ("2024-01-31", "25:00:00", "infinity") is never a number, so it stays text.
 * - Everything whose text could look like a number gets a "<NAME>_TEXT" type with TEXT
 *   affinity: JSON_TEXT ('123', '1.0' are JSON), XML_TEXT, UUID_TEXT, BIT_TEXT(n) ('0101'),
 *   YEAR_TEXT ('0000'), INTERVAL_TEXT, INET_TEXT, CIDR_TEXT, MACADDR_TEXT.
 * - Enum and set labels, geometry (WKT), arrays, ranges, composites and unknown types:
 *   TEXT (SQLite has none of these types).
 */
[[nodiscard]] std::string nativeTypeFor(const CanonicalType &type);

/// Decimals with at most this many digits survive NUMERIC affinity's conversion to REAL: any
/// decimal with 15 significant digits reads back from the double it became.
constexpr int MaxNumericAffinityPrecision = 15;

} // namespace ferry::sqlite
