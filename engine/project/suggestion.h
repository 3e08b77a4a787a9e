// SPDX-License-Identifier: MIT
// Private to engine/project: "did you mean" suggestions for misspelt keys and values.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ferry::project::detail {

/// Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps),
/// comparing ASCII letters case-insensitively.
[[nodiscard]] size_t editDistance(std::string_view a, std::string_view b);

/// The candidate closest to word when it is close enough to be a likely misspelling
/// (distance at most a third of the word's length, at least 1); empty otherwise.
[[nodiscard]] std::string closestMatch(std::string_view word,
                                       const std::vector<std::string> &candidates);

} // namespace ferry::project::detail
