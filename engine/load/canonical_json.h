// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::load {

/**
 * The canonical text of JSON values (docs/data-path.md, "Canonical text form"): one text for
 * equal JSON values, whichever engine printed them.
 * - No insignificant whitespace.
 * - Object members ordered by key, compared as UTF-8 bytes (that is, by code point); of
 *   duplicate keys the last one wins, as PostgreSQL jsonb and MySQL JSON keep it.
 * - Strings: `"` and `\` escaped, U+0008/09/0A/0C/0D as \b \t \n \f \r, other control
 *   characters below U+0020 as \u00xx (lowercase hex), everything else as UTF-8 (also "/",
 *   U+007F and U+2028); an unpaired surrogate escape stays an escape (\udxxx).
 * - Numbers: the exact decimal value, without trailing zeros: "1.0", "1.00" and "1e0" are "1",
 *   "1e2" is "100", "-0" is "0". Plain notation while the decimal point lies within the
 *   digits, or at most 21 places after the first digit, or at most 6 zeros before it (as
 *   ECMAScript prints numbers); exponent notation otherwise ("1e+400", "1.5e-7").
 * - Literals true, false, null.
 *
 * Pure functions; thread-safe.
 */

/// Nesting deeper than this is not normalized (MySQL allows 100 levels).
constexpr int MaxJsonDepth = 1000;

/// A parsed JSON value in canonical order: numbers in canonical text, strings decoded (an
/// unpaired surrogate as its three-byte WTF-8 sequence), object members sorted by key with
/// duplicates removed.
struct JsonValue
{
    enum class Kind : uint8_t { Null, False, True, Number, String, Array, Object };
    Kind kind = Kind::Null;
    std::string text; ///< Number: canonical number text; String: the decoded string
    std::vector<JsonValue> items; ///< Array: the elements; Object: the member values
    std::vector<std::string> keys; ///< Object: the member keys, parallel to items
};

/// Parses strict JSON (RFC 8259, UTF-8, one value with optional whitespace around it);
/// nullopt for anything else or nesting deeper than MaxJsonDepth.
[[nodiscard]] std::optional<JsonValue> parseJson(std::string_view text);

/// Appends the canonical text of a parsed value.
void appendJson(std::string &out, const JsonValue &value);

/// Appends the canonical text of JSON text; false (out unchanged) when text is not JSON.
[[nodiscard]] bool appendCanonicalJson(std::string &out, std::string_view text);

/// Appends the canonical text of a JSON number (RFC 8259 grammar, e.g. "-12.50e+3"); false
/// (out unchanged) for anything else.
[[nodiscard]] bool appendCanonicalJsonNumber(std::string &out, std::string_view number);

/// Appends a JSON string literal with the canonical escapes for UTF-8 (or WTF-8) text.
void appendCanonicalJsonString(std::string &out, std::string_view text);

} // namespace ferry::load
