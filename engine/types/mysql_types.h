// SPDX-License-Identifier: MIT
#pragma once

#include "engine/types/canonical_type.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::mysql {

/**
 * Native MySQL/MariaDB type text -> canonical type. Pure functions, thread-safe.
 *
 * Input is the information_schema COLUMN_TYPE text (also PARAMETERS.DTD_IDENTIFIER), e.g.
 * "int(10) unsigned", "decimal(12,3)", "enum('a','it''s')", "datetime(6)", with the column's
 * CHARACTER_SET_NAME for character types. The rules:
 *
 * - tinyint/smallint/mediumint/int/bigint -> Integer, byteWidth 1/2/3/4/8, isUnsigned.
 *   tinyint(1) stays Integer(1): it is MySQL's BOOLEAN, but it holds -128..127 and many
 *   schemas store small numbers in it; turning it into Boolean is a mapping rule's decision.
 *   Display widths and ZEROFILL do not change the value range and are dropped.
 * - bit(n) -> Bit(n), bit(1) included (not Boolean, for the same reason as tinyint(1)).
 * - decimal(p,s) -> Decimal(p,s), unsigned kept; float -> Float(4); double/real -> Float(8).
 * - char(n)/varchar(n) -> Char(n)/String(n) with the charset; tinytext..longtext -> String lob;
 *   binary(n)/varbinary(n) -> Binary(n)/VarBinary(n); tinyblob..longblob -> VarBinary lob.
 * - date -> Date; time(f) -> Time(f, wideRange); datetime(f) -> Timestamp(f);
 *   timestamp(f) -> Timestamp(f, withTimeZone): MySQL stores TIMESTAMP in UTC and converts
 *   with the session time zone, which is timestamptz semantics. A missing fsp is 0.
 * - year -> Year; enum(...)/set(...) -> Enum/Set with the labels; json -> Json;
 *   geometry kinds -> Geometry with the lower-case subtype ("geomcollection" is spelled
 *   "geometrycollection"); MariaDB uuid -> Uuid, inet4/inet6 -> Inet (subtype ipv4/ipv6).
 * - Anything else -> Unknown (the native text is kept in the catalog).
 *
 * MariaDB's JSON is an alias of longtext with a json_valid() check; the catalog reader sees
 * the check and calls this with "json" (see isMariaDbJsonCheck).
 */
[[nodiscard]] CanonicalType canonicalType(std::string_view columnType,
                                          std::string_view charset = {});

/// The labels of an enum('a','b') or set('a','b') type text, unquoted ('' -> ', \\ -> \).
/// Returns an empty list when the text is not an enum or set.
[[nodiscard]] std::vector<std::string> enumLabels(std::string_view columnType);

/// True when a MariaDB check clause is the json_valid(`column`) check of a JSON column.
[[nodiscard]] bool isMariaDbJsonCheck(std::string_view checkClause, std::string_view column);

/**
 * Turns information_schema COLUMN_DEFAULT into an SQL expression, the same for both servers.
 * MariaDB (10.2.7+) already reports an expression: 'text' quoted, NULL as the word NULL (which
 * becomes nullopt: a nullable column without default), functions as written.
 * MySQL reports the raw value: string literals are quoted here unless EXTRA says
 * DEFAULT_GENERATED (an expression default) or the value is CURRENT_TIMESTAMP[(n)].
 * @param rawDefault  COLUMN_DEFAULT, nullopt when SQL NULL
 * @param dataType    DATA_TYPE (lower case), used to decide whether MySQL's text needs quotes
 */
[[nodiscard]] std::optional<std::string>
defaultExpression(bool mariaDb, const std::optional<std::string> &rawDefault,
                  std::string_view dataType, std::string_view extra);

/// Quotes text as an SQL string literal for MySQL: 'it''s', backslashes doubled.
[[nodiscard]] std::string quoteStringLiteral(std::string_view text);

/**
 * The MySQL/MariaDB type Ferry creates for a canonical type (the other direction of the
 * mapping above; the connector's nativeType), lossless wherever MySQL can hold the values:
 * - boolean -> tinyint(1); integer widths 1/2/3/4/8 -> tinyint/smallint/mediumint/int/bigint,
 *   unsigned kept; float 4/8 -> float/double; money(p,s) -> decimal(p,s), a money without
 *   fixed scale (PostgreSQL's) -> decimal(23,4) (see MoneyDecimalPrecision).
 * - decimal(p,s) -> decimal(p,s) while p <= 65 and s <= 30. Unconstrained (PostgreSQL numeric)
 *   -> decimal(65,30), as AWS DMS does: it holds 35 integer and 30 fraction digits; longer
 *   fractions are rounded by the server. A declared precision or scale beyond MySQL's limits
 *   -> varchar(p + 2): the digits are kept as text rather than rounded.
 * - char(n) -> char(n) up to 255, else like string(n); string(n) -> varchar(n) up to 16383
 *   characters (utf8mb4's 65,535-byte row limit), else and for unbounded/lob -> longtext.
 * - binary(n) -> binary(n) up to 255, else like varbinary; varbinary(n) -> varbinary(n) up to
 *   16383 bytes, else and for unbounded/lob -> longblob.
 * - bit(n) -> bit(n) for 1..64; longer or unbounded bit strings -> varchar(n)/longtext of
 *   '0'/'1' text (bytes would lose the length of a varying bit string).
 * - date -> date; time(p) -> time(p) (-838:59:59..838:59:59); time with time zone ->
 *   varchar(32) (MySQL has no offset type); timestamp(p) with or without time zone ->
 *   datetime(p) (values with time zone are UTC; TIMESTAMP's 1970-2038 range is too small).
 *   A default precision (-1) becomes 6, more than 6 digits become 6.
 * - year -> year; uuid -> char(36); json -> json (MariaDB: longtext with a json_valid check);
 *   xml -> longtext; enum/set -> enum(...)/set(...) with the labels (set beyond 64 labels ->
 *   varchar); interval -> varchar(64); inet/cidr -> varchar(43); macaddr -> varchar(23).
 * - geometry -> longtext holding WKT (kept simple: no SRID and no spatial index);
 *   array/range/composite/row id/unknown -> longtext.
 */
[[nodiscard]] std::string nativeTypeFor(const CanonicalType &type);

} // namespace ferry::mysql
