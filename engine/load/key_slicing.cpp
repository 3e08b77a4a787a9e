// SPDX-License-Identifier: MIT
#include "engine/load/key_slicing.h"

#include <algorithm>

namespace ferry::load {

std::vector<SliceBounds> splitKeySpace(int64_t minimum, int64_t maximum, int64_t count)
{
    std::vector<SliceBounds> slices;
    count = std::max<int64_t>(1, count);
    // Width of the key space as unsigned so min..max never overflows.
    const uint64_t span = static_cast<uint64_t>(maximum) - static_cast<uint64_t>(minimum);
    const uint64_t step = std::max<uint64_t>(1, span / static_cast<uint64_t>(count) + 1);
    std::optional<int64_t> lower;
    uint64_t offset = step;
    for (int64_t i = 0; i + 1 < count && offset <= span; ++i, offset += step) {
        const auto upper = static_cast<int64_t>(static_cast<uint64_t>(minimum) + offset - 1);
        slices.push_back({lower, upper});
        lower = upper;
    }
    slices.push_back({lower, std::nullopt});
    return slices;
}

std::vector<SliceBounds> slicesBetween(const std::vector<int64_t> &sortedBounds)
{
    std::vector<SliceBounds> slices;
    std::optional<int64_t> lower;
    for (int64_t bound : sortedBounds) {
        slices.push_back({lower, bound});
        lower = bound;
    }
    slices.push_back({lower, std::nullopt});
    return slices;
}

} // namespace ferry::load
