// SPDX-License-Identifier: MIT
#include "models/monitoring/chart_scale.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ferry::models {

ValueScale niceValueScale(double maxValue, int maxTicks)
{
    maxTicks = std::max(2, maxTicks);
    if (!(maxValue > 0) || !std::isfinite(maxValue))
        return {};
    const double target = maxValue * 1.02;
    const int intervals = maxTicks - 1;
    int exponent = static_cast<int>(std::floor(std::log10(target / intervals)));
    constexpr std::array<double, 4> Mantissas = {1.0, 2.0, 2.5, 5.0};
    for (;; ++exponent) {
        const double magnitude = std::pow(10.0, exponent);
        for (const double mantissa : Mantissas) {
            const double step = mantissa * magnitude;
            // A tiny tolerance keeps 0.1 * 3 from needing a fourth interval.
            const double needed = std::ceil(target / step - 1e-9);
            if (needed <= intervals) {
                ValueScale scale;
                scale.step = step;
                scale.tickCount = static_cast<int>(needed) + 1;
                scale.max = step * needed;
                scale.decimals = std::max(0, -exponent + (mantissa == 2.5 ? 1 : 0));
                return scale;
            }
        }
    }
}

TimeTicks niceTimeTicks(int64_t fromMs, int64_t toMs, int maxTicks)
{
    TimeTicks result;
    if (toMs < fromMs)
        std::swap(fromMs, toMs);
    maxTicks = std::max(2, maxTicks);
    constexpr int64_t Second = 1000;
    constexpr int64_t Minute = 60 * Second;
    constexpr int64_t Hour = 60 * Minute;
    constexpr std::array<int64_t, 17> Steps = {
        Second,     2 * Second,  5 * Second,  10 * Second, 15 * Second, 30 * Second,
        Minute,     2 * Minute,  5 * Minute,  10 * Minute, 15 * Minute, 30 * Minute,
        Hour,       2 * Hour,    3 * Hour,    6 * Hour,    12 * Hour};
    const auto floorDiv = [](int64_t a, int64_t b) {
        return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
    };
    const auto count = [&](int64_t step) {
        const int64_t first = -floorDiv(-fromMs, step); // ceil
        const int64_t last = floorDiv(toMs, step);
        return last - first + 1;
    };
    int64_t step = 0;
    for (const int64_t candidate : Steps) {
        if (count(candidate) <= maxTicks) {
            step = candidate;
            break;
        }
    }
    if (step == 0) {
        step = 24 * Hour;
        while (count(step) > maxTicks)
            step *= 2;
    }
    result.stepMs = step;
    for (int64_t tick = -floorDiv(-fromMs, step) * step; tick <= toMs; tick += step)
        result.ticksMs.push_back(tick);
    result.withHours = toMs >= Hour;
    return result;
}

QString formatElapsedClock(int64_t ms, bool withHours)
{
    const bool negative = ms < 0;
    const int64_t totalSeconds = (negative ? -ms : ms) / 1000;
    const int64_t seconds = totalSeconds % 60;
    const QLatin1Char zero('0');
    QString text;
    if (withHours) {
        text = QStringLiteral("%1:%2:%3")
                   .arg(totalSeconds / 3600)
                   .arg((totalSeconds / 60) % 60, 2, 10, zero)
                   .arg(seconds, 2, 10, zero);
    } else {
        text = QStringLiteral("%1:%2").arg(totalSeconds / 60).arg(seconds, 2, 10, zero);
    }
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace ferry::models
