// SPDX-License-Identifier: MIT
#include "engine/project/suggestion.h"

#include <algorithm>

namespace ferry::project::detail {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

} // namespace

size_t editDistance(std::string_view a, std::string_view b)
{
    const size_t rows = a.size() + 1;
    const size_t columns = b.size() + 1;
    std::vector<size_t> d(rows * columns);
    auto at = [&](size_t i, size_t j) -> size_t & { return d[i * columns + j]; };
    for (size_t i = 0; i < rows; ++i)
        at(i, 0) = i;
    for (size_t j = 0; j < columns; ++j)
        at(0, j) = j;
    for (size_t i = 1; i < rows; ++i) {
        for (size_t j = 1; j < columns; ++j) {
            const size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            size_t best = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2])
                && lower(a[i - 2]) == lower(b[j - 1]))
                best = std::min(best, at(i - 2, j - 2) + 1);
            at(i, j) = best;
        }
    }
    return at(rows - 1, columns - 1);
}

std::string closestMatch(std::string_view word, const std::vector<std::string> &candidates)
{
    if (word.empty() || word.size() > 200)
        return {};
    const size_t limit = std::max<size_t>(1, word.size() / 3);
    std::string best;
    size_t bestDistance = limit + 1;
    for (const std::string &candidate : candidates) {
        const size_t distance = editDistance(word, candidate);
        if (distance < bestDistance && distance < std::max(word.size(), candidate.size())) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace ferry::project::detail
