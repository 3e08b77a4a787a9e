// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace ferry {

/**
 * Locale-independent text helpers for SQL keywords, type names, URIs and server messages: only
 * ASCII letters change case and only ASCII white space is trimmed, so UTF-8 bytes above 0x7f
 * pass unchanged. Pure functions; any thread.
 */

[[nodiscard]] std::string asciiLower(std::string_view text);
[[nodiscard]] std::string asciiUpper(std::string_view text);
/// a == b ignoring the case of ASCII letters.
[[nodiscard]] bool equalsIgnoringCase(std::string_view a, std::string_view b);
/// text without leading and trailing ASCII white space (space, \t, \n, \v, \f, \r).
[[nodiscard]] std::string_view trimmed(std::string_view text);

} // namespace ferry
