// SPDX-License-Identifier: MIT
#pragma once

#include "engine/types/canonical_type.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ferry::postgres {

/// One row of pg_type, as much of it as the canonical mapping needs.
struct PgTypeInfo
{
    uint32_t oid = 0;
    std::string schema; ///< pg_namespace.nspname of the type
    std::string name; ///< pg_type.typname (arrays: "_int4", ...)
    char kind = 'b'; ///< typtype: b base, c composite, d domain, e enum, p pseudo,
                     ///< r range, m multirange
    char category = 'U'; ///< typcategory: A array, S string, N numeric, ...
    uint32_t element = 0; ///< typelem (meaningful for arrays, category 'A')
    uint32_t baseType = 0; ///< typbasetype (domains)
    int32_t baseTypmod = -1; ///< typtypmod (domains)
    uint32_t rangeSubtype = 0; ///< pg_range.rngsubtype (ranges)
    std::vector<std::string> labels; ///< pg_enum labels in enumsortorder (enums)
};

/**
 * The types of one PostgreSQL database by oid, and their mapping to canonical types.
 *
 * Filled from one whole-database pg_type query (plus one pg_enum query) by the catalog reader,
 * or by hand in tests. A plain value: not thread-safe for concurrent writes, fine to share
 * read-only. Mapping never fails: what it does not understand becomes TypeFamily::Unknown with
 * the type's name.
 */
class PgTypeRegistry
{
public:
    void add(PgTypeInfo type);
    [[nodiscard]] const PgTypeInfo *find(uint32_t oid) const;
    [[nodiscard]] size_t size() const { return m_types.size(); }

    /// The canonical type of a value of type `oid` with type modifier `typmod` (atttypmod;
    /// -1 when none). For arrays the typmod applies to the element; domains use their own
    /// typmod for the base type; enums carry their labels.
    [[nodiscard]] CanonicalType canonicalType(uint32_t oid, int32_t typmod) const;

private:
    [[nodiscard]] CanonicalType canonicalType(uint32_t oid, int32_t typmod, int depth) const;

    std::unordered_map<uint32_t, PgTypeInfo> m_types;
};

/// The canonical type of a built-in pg_catalog base type, by typname ("int4", "varchar",
/// "timestamptz", ...) and typmod. Unknown names map to TypeFamily::Unknown named after them.
[[nodiscard]] CanonicalType builtinCanonicalType(std::string_view typeName, int32_t typmod);

/**
 * The canonical type of a built-in type written as format_type() and DDL write it:
 * "integer", "character varying(20)", "numeric(12,3)", "timestamp(3) with time zone",
 * "interval day to second(3)", "bit varying(8)", "integer[]"; typnames ("int4", "timestamptz")
 * and serial kinds too. Case-insensitive. It computes the typmod and uses builtinCanonicalType,
 * so both give the same type. For type texts without a catalog (the type-mapping documents,
 * DDL scripts); a catalog read resolves domains, enums, ranges and composites through
 * PgTypeRegistry. Other names -> Unknown named after the text.
 */
[[nodiscard]] CanonicalType canonicalTypeOfText(std::string_view text);

/// Decoders of PostgreSQL type modifiers (atttypmod); each returns -1 where the typmod says
/// "unspecified".
[[nodiscard]] int64_t characterLength(int32_t typmod); ///< char(n), varchar(n): n
[[nodiscard]] int numericPrecision(int32_t typmod); ///< numeric(p,s): p
[[nodiscard]] int numericScale(int32_t typmod); ///< numeric(p,s): s (may be negative)
[[nodiscard]] int timePrecision(int32_t typmod); ///< time/timestamp(p): p
[[nodiscard]] int intervalPrecision(int32_t typmod); ///< interval(p) / ... second(p): p
/// The fields of an interval typmod in lowercase ("day to second", "year"); empty for none.
[[nodiscard]] std::string intervalFields(int32_t typmod);

/// PostgreSQL's default fractional seconds precision (microseconds).
constexpr int DefaultFractionalDigits = 6;

/**
 * The PostgreSQL type Ferry creates for a canonical type (the other direction of the mapping
 * above; the connector's nativeType): lossless wherever PostgreSQL can hold the values.
 * - integers by width, an unsigned one in the next wider type (unsigned 64-bit: numeric(20,0));
 *   decimal(p,s) -> numeric(p,s) (unconstrained or beyond 1000 digits: numeric); money(p,s)
 *   -> numeric(p,s), a money without fixed scale (PostgreSQL's) -> numeric(23,4) (see
 *   MoneyDecimalPrecision); float 4/8 -> real / double precision; boolean -> boolean.
 * - char(n)/string(n) -> char(n)/varchar(n) up to MaxCharacterLength, else and for LOBs text;
 *   binary kinds -> bytea; bit(n) -> bit(n), varying ones bit varying(n).
 * - date; time(p) -> time(p) [with time zone], a MySQL TIME beyond 24 h (wideRange) ->
 *   interval; timestamp(p) -> timestamp(p) [with time zone]; at most 6 fractional digits.
 * - interval, uuid, json/jsonb, xml, inet, cidr, macaddr/macaddr8 as themselves; year ->
 *   smallint; arrays of mappable elements -> element[]; the built-in ranges as themselves.
 * - enum/set labels, geometry (WKT), composites, row ids and unknown types -> text.
 */
[[nodiscard]] std::string nativeTypeFor(const CanonicalType &type);

/// Longest char(n)/varchar(n) PostgreSQL accepts.
constexpr int64_t MaxCharacterLength = 10'485'760;

} // namespace ferry::postgres
