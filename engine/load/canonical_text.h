// SPDX-License-Identifier: MIT
#pragma once

#include "engine/types/canonical_type.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ferry::load {

/**
 * Helpers for the canonical text form of cell values (docs/data-path.md), shared by every
 * reader and writer. Pure functions; thread-safe.
 *
 * The forms, by canonical type family:
 * - Boolean: "true" / "false".
 * - Integer, Year: decimal digits with an optional leading '-'.
 * - Decimal, Money: plain decimal with '.' and no exponent or grouping ("-12.50");
 *   PostgreSQL numeric specials as "NaN", "Infinity", "-Infinity".
 * - Float: the shortest text that reads back to the same double/float; "NaN", "Infinity",
 *   "-Infinity".
 * - Json: canonical JSON (canonical_json.h): no insignificant whitespace, keys in code point
 *   order, the last of duplicate keys, one string escaping, numbers by exact value.
 * - Interval: ISO 8601 as PostgreSQL's IntervalStyle iso_8601 prints it ("P1Y2M-3DT4H5M6.5S",
 *   canonical_interval.h).
 * - Array: a JSON array of the elements' canonical forms ("[[1,null],[3,4]]",
 *   canonical_array.h).
 * - Geometry: WKT written one way with an EWKT "SRID=n;" prefix when the SRID is not 0
 *   ("POINT(1 2)", canonical_geometry.h); PostgreSQL's line and circle in their own text.
 * - Char, String, Xml, Enum, Uuid, Inet, Cidr, MacAddr, Range, Composite, Unknown: UTF-8 text
 *   as the source prints it.
 * - Set: labels joined by ',' (MySQL's form).
 * - Binary, VarBinary: the raw bytes.
 * - Bit: '0'/'1' characters, most significant first.
 * - Date: "YYYY-MM-DD"; MySQL's zero date stays "0000-00-00" (writers that cannot store it
 *   write NULL, as DMS does).
 * - Time: "[-]HH:MM:SS[.ffffff]", hours may exceed 24 when the type is wideRange.
 * - Timestamp: "YYYY-MM-DD HH:MM:SS[.ffffff]"; with time zone the value is in UTC and carries
 *   no offset (readers set their session time zone to UTC; writers do the same).
 *   "0000-00-00 00:00:00" as for dates; PostgreSQL's "infinity"/"-infinity" as is.
 */

/// Shortest round-trip text of a double ("0.1", "1e+300", "NaN", "Infinity", "-Infinity").
[[nodiscard]] std::string formatDouble(double value);
/// Same for a 32-bit float, so 0.1f prints "0.1" rather than "0.10000000149011612".
[[nodiscard]] std::string formatFloat(float value);

/// The value of one hex digit (either case), -1 for any other character.
[[nodiscard]] int hexDigitValue(char c);

/// Lowercase hex of bytes, appended to out ("\x00\xff" -> "00ff").
void appendHex(std::string &out, std::string_view bytes);
/// Decodes hex digits (either case) appended to out; false on an odd length or a bad digit.
[[nodiscard]] bool appendUnhex(std::string &out, std::string_view hex);

/// True for MySQL zero dates/timestamps: "0000-00-00", "0000-00-00 00:00:00[.000000]".
[[nodiscard]] bool isZeroDate(std::string_view value);

/// Canonical boolean from the spellings engines print: 1/0, t/f, true/false, y/n, yes/no,
/// on/off (any case). nullopt for anything else.
[[nodiscard]] std::optional<bool> parseBoolean(std::string_view value);

/// Bit string from big-endian bytes, most significant bit first, keeping the last `bits` bits
/// (MySQL BIT(n) arrives as ceil(n/8) bytes).
[[nodiscard]] std::string bitsFromBytes(std::string_view bytes, int bits);
/// The inverse: '0'/'1' text to ceil(n/8) big-endian bytes; nullopt on other characters.
[[nodiscard]] std::optional<std::string> bytesFromBits(std::string_view bits);

/// True when the bytes are valid UTF-8 (used to decide whether a value can be text).
[[nodiscard]] bool isValidUtf8(std::string_view bytes);
/// Length of the valid UTF-8 sequence starting at bytes[pos] (1 for ASCII); 0 when it is
/// not one (a stray byte, truncated, overlong, a surrogate, beyond U+10FFFF).
[[nodiscard]] size_t utf8SequenceLength(std::string_view bytes, size_t pos);
/// Appends the UTF-8 of a code point (a surrogate as its three-byte form, WTF-8).
void appendUtf8(std::string &out, uint32_t codePoint);
/// Reads four hex digits at text[pos] (either case); nullopt when there are not four.
[[nodiscard]] std::optional<uint32_t> readHex4(std::string_view text, size_t &pos);

/// A JSON string literal for arbitrary bytes (invalid UTF-8 as \uFFFD-free \u00XX escapes of
/// each byte), used for row images in the exceptions table.
void appendJsonString(std::string &out, std::string_view bytes);

/// The inverse of appendJsonString: reads the JSON string literal at text[pos] and appends its
/// bytes to out (\u0000-\u00ff escapes are single bytes, so the bytes of text that is not UTF-8
/// come back exactly; other escapes and surrogate pairs become UTF-8). pos ends after the
/// closing quote. False (pos and out undefined) when text[pos] starts no valid literal.
[[nodiscard]] bool readJsonString(std::string_view text, size_t &pos, std::string &out);

/**
 * Appends the canonical text of a value a source holds as text in one of the forms engines
 * print (SQLite, ODBC, a text column written by another tool): JSON, interval, array and
 * geometry (WKT) text of those types is normalized; text that is not of its type's form, and
 * the values of every other type, are appended as they are.
 */
void appendTextAsCanonical(std::string &out, std::string_view text, const CanonicalType &type);

/// True when appendTextAsCanonical() may change values of this type.
[[nodiscard]] bool isNormalizedFromText(const CanonicalType &type);

} // namespace ferry::load
