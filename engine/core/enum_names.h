// SPDX-License-Identifier: MIT
#pragma once
// The names of an enum's values as one array in the enum's order: the name of a value and the
// value of a name come from the same array, and an array that does not name every value fails
// to compile (namesEvery). For enums numbered from 0 without gaps.
//
//   enum class Colour { Red, Blue };
//   constexpr const char *ColourNames[] = {"red", "blue"};
//   static_assert(namesEvery(ColourNames, Colour::Blue));
//   const char *colourName(Colour c) { return nameOf(ColourNames, c); }

#include "engine/core/text.h"

#include <cstddef>
#include <optional>
#include <string_view>

namespace ferry {

/// Whether `names` has one name for each value up to `last`, the enum's last value.
template<typename Enum, std::size_t N>
constexpr bool namesEvery(const char *const (&)[N], Enum last)
{
    return N == static_cast<std::size_t>(last) + 1;
}

/// The name of `value` (the first name for a value outside the enum).
template<typename Enum, std::size_t N>
constexpr const char *nameOf(const char *const (&names)[N], Enum value)
{
    const auto index = static_cast<std::size_t>(value);
    return index < N ? names[index] : names[0];
}

enum class NameCase { Exact, Ignored };

/// The value named `name` (the first of values with that name); std::nullopt for a name not
/// in the array.
template<typename Enum, std::size_t N>
std::optional<Enum> valueNamed(const char *const (&names)[N], std::string_view name,
                               NameCase nameCase = NameCase::Exact)
{
    for (std::size_t index = 0; index < N; ++index) {
        if (nameCase == NameCase::Exact ? name == names[index]
                                        : equalsIgnoringCase(name, names[index]))
            return static_cast<Enum>(index);
    }
    return std::nullopt;
}

} // namespace ferry
