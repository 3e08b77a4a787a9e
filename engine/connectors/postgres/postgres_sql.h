// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ferry::postgres {

/// A one-dimensional text[] literal ({"a","b\"c"}) to bind as a parameter value.
[[nodiscard]] std::string textArrayLiteral(const std::vector<std::string> &items);

/// Parses PostgreSQL's text output of a one-dimensional array ({a,"b c",NULL}); NULL elements
/// become empty strings. Malformed input yields what was parsed up to the error.
[[nodiscard]] std::vector<std::string> parseTextArray(std::string_view text);

/// A SQL string literal ('it''s'), for text that is shown to users as SQL (never executed).
[[nodiscard]] std::string quoteLiteral(std::string_view text);

} // namespace ferry::postgres
