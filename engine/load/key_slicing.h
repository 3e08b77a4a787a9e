// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace ferry::load {

/// A slice's bounds on an integer key: (lower, upper]; nullopt is open.
struct SliceBounds
{
    std::optional<int64_t> lower; ///< exclusive
    std::optional<int64_t> upper; ///< inclusive
};

/**
 * Splits the keys minimum..maximum into at most `count` slices of about equal width that
 * together cover every key (the first is open below, the last open above, so keys outside
 * minimum..maximum written later still belong to a slice). Pure; any thread.
 */
[[nodiscard]] std::vector<SliceBounds> splitKeySpace(int64_t minimum, int64_t maximum,
                                                     int64_t count);

/// The slices between sorted boundaries: (-inf, b0], (b0, b1], ..., (bn, +inf).
[[nodiscard]] std::vector<SliceBounds> slicesBetween(const std::vector<int64_t> &sortedBounds);

} // namespace ferry::load
