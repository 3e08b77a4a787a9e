// SPDX-License-Identifier: MIT
#pragma once

#include "engine/types/canonical_type.h"

#include <string>
#include <string_view>

namespace ferry::load {

/**
 * The canonical text of arrays (docs/data-path.md, "Canonical text form"): a JSON array in
 * canonical JSON (canonical_json.h), so that a PostgreSQL array and a MySQL JSON array of equal
 * values have one text.
 * - A multi-dimensional array nests: {{1,2},{3,4}} is [[1,2],[3,4]]; NULL elements are null;
 *   the empty array is [].
 * - Elements of number types (integer, decimal, float, money, year) are JSON numbers in the
 *   canonical number form ("1.50" is 1.5; NaN and Infinity are strings); booleans are
 *   true/false; every other element is a JSON string of its own canonical text (timestamps
 *   with time zone in UTC without offset, intervals in ISO 8601, JSON as canonical JSON text,
 *   geometry as WKT), bytea as PostgreSQL's "\x..." hex text.
 * - A PostgreSQL array whose lower bounds are not 1 ("[0:1]={1,2}") has no JSON form and keeps
 *   PostgreSQL's text with its bounds; only PostgreSQL can store it.
 *
 * Pure functions; thread-safe.
 */

/// The element delimiter PostgreSQL uses in arrays of this element type (';' for box).
[[nodiscard]] char postgresArrayDelimiter(const CanonicalType &element);

/**
 * Appends the canonical text of an array as PostgreSQL prints it ("{1,NULL,\"a b\"}"), each
 * element normalized for its canonical type. False (out unchanged) when the text is not an
 * array literal or has explicit bounds.
 */
[[nodiscard]] bool appendArrayFromPostgres(std::string &out, std::string_view literal,
                                           const CanonicalType &element);

/**
 * Appends PostgreSQL array input for a JSON array ("[[1,null],[\"a\",2]]" ->
 * {{1,NULL},{"a",2}}): strings quoted, numbers and true/false as they are, null as NULL,
 * objects as their canonical JSON text, quoted; elements separated by `delimiter`. With
 * `geometricElement` (a PostgreSQL geometric type's name) string elements in canonical WKT
 * become that type's text (postgresGeometricLiteral). False (out unchanged) when text is not
 * a JSON array.
 */
[[nodiscard]] bool appendPostgresArrayLiteral(std::string &out, std::string_view text,
                                              char delimiter = ',',
                                              std::string_view geometricElement = {});

/// Appends the canonical text of an array held as text: canonical JSON of a JSON array, or
/// the JSON form of a PostgreSQL array literal. False (out unchanged) for other text.
[[nodiscard]] bool appendCanonicalArray(std::string &out, std::string_view text,
                                        const CanonicalType &element);

} // namespace ferry::load
