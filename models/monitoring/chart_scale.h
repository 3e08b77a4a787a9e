// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace ferry::models {

/// A value axis from 0 to a round maximum, with round steps (1, 2, 2.5 or 5 times 10^n).
struct ValueScale
{
    double max = 10;
    double step = 2;
    int tickCount = 6; ///< including 0 and max
    int decimals = 0;  ///< decimals the step needs in labels
};

/// The smallest round scale from 0 that holds maxValue (plus 2 % headroom, so a line at the
/// maximum does not run along the frame) in at most maxTicks ticks. maxValue <= 0 (no data, or
/// all zero) gives 0..10 in steps of 2.
[[nodiscard]] ValueScale niceValueScale(double maxValue, int maxTicks = 6);

/// Ticks of an elapsed-time axis: the multiples of a round step (1, 2, 5, 10, 15, 30 s,
/// 1, 2, 5, 10, 15, 30 min, 1, 2, 3, 6, 12 h, then whole days) inside [fromMs, toMs], at most
/// maxTicks of them; the smallest step that fits is used.
struct TimeTicks
{
    int64_t stepMs = 0;
    std::vector<int64_t> ticksMs;
    bool withHours = false; ///< labels need an hour field (toMs reaches one hour)
};
[[nodiscard]] TimeTicks niceTimeTicks(int64_t fromMs, int64_t toMs, int maxTicks = 7);

/// Elapsed time as a clock: "m:ss" ("0:05", "12:30") or "h:mm:ss" ("1:02:03", "26:00:00").
/// Negative times are written with a leading minus.
[[nodiscard]] QString formatElapsedClock(int64_t ms, bool withHours);

} // namespace ferry::models
