// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ferry::convert {

/// PostgreSQL's lexical rules where Ferry needs them (https://www.postgresql.org/docs/current/
/// sql-syntax-lexical.html): the conversion issue grows this into a full tokenizer. Pure
/// functions on strings; thread-safe.

/// Rewrites `?` placeholders to $1..$n, leaving alone '?' inside '...' / E'...' strings,
/// "..." identifiers, $tag$...$tag$ bodies and -- or nested block comments. *count gets n.
[[nodiscard]] std::string numberPlaceholders(std::string_view sql, size_t *count);

} // namespace ferry::convert
