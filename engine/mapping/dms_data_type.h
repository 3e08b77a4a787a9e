// SPDX-License-Identifier: MIT
#pragma once

#include "engine/types/canonical_type.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::mapping {

/**
 * AWS DMS data-type names (the `data-type` of add-column and change-data-type rules and the
 * `data-type` object-locator filter; ../shared/reference/dms-sct-behaviour.md §2.6) to and from
 * canonical types. Pure functions; thread-safe.
 */

/// The `data-type` object of a rule: {type, precision, scale, length}; absent numbers are -1.
struct DmsDataType
{
    std::string type;
    int64_t precision = -1;
    int64_t scale = -1;
    int64_t length = -1;
};

/**
 * The canonical type for a DMS type: string/wstring -> String(length), bytes -> VarBinary(length),
 * int1..int8 -> Integer(1..8), uint1..uint8 -> unsigned Integer, numeric -> Decimal(precision,
 * scale), real4/real8 -> Float(4/8), date -> Date, time -> Time, datetime -> Timestamp
 * (fractional digits from precision, else scale), blob -> VarBinary LOB, clob/nclob -> String
 * LOB, boolean -> Boolean. nullopt for the non-relational types (set, list, map, tuple) and
 * unknown names.
 */
[[nodiscard]] std::optional<CanonicalType> canonicalTypeForDms(const DmsDataType &dataType);

/// The DMS type names a column of this canonical type has ("int4", "string" and "wstring", ...);
/// empty when DMS has no equivalent. Used to match the object-locator `data-type` filter.
[[nodiscard]] std::vector<std::string> dmsTypeNames(const CanonicalType &type);

} // namespace ferry::mapping
