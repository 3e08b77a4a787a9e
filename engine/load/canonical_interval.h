// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ferry::load {

/**
 * The canonical text of intervals (docs/data-path.md, "Canonical text form"): an ISO 8601
 * duration with designators, exactly as PostgreSQL prints it with IntervalStyle iso_8601.
 *
 * An interval is three separate quantities, as PostgreSQL stores it: months, days and
 * microseconds. They are not converted into each other ("1 mon" is not "30 days", "1 day" is
 * not "24 hours": adding them to a timestamp gives different results), so they stay apart:
 * - months print as years and months ("P1Y2M"), days as days ("3D"), microseconds as hours,
 *   minutes and seconds ("T4H5M6.789S"), with up to six fractional digits and no trailing
 *   zeros;
 * - each part that is not zero is printed with its own sign, the hours, minutes and seconds
 *   of the time sharing one ("P-1Y-2M3DT-4H-5M-6S");
 * - zero parts are left out, and the zero interval is "PT0S".
 *
 * Pure functions; thread-safe.
 */
struct IntervalValue
{
    int64_t months = 0;
    int64_t days = 0;
    int64_t microseconds = 0;

    friend bool operator==(const IntervalValue &, const IntervalValue &) = default;
};

/**
 * Reads an interval as engines print it:
 * - ISO 8601 with designators ("P1Y2M3DT4H5M6.5S", signed parts as PostgreSQL writes them,
 *   "P2W");
 * - PostgreSQL's postgres and postgres_verbose styles ("1 year 2 mons -3 days +04:05:06.5",
 *   "@ 1 year 2 mons 3 days 4 hours ago"), units singular, plural or abbreviated, fractions
 *   of any unit as PostgreSQL takes them ("1.5 days" = 1 day 12 hours);
 * - the SQL standard's forms ("1-2" year-month, "3 4:05:06" day-time, "4:05:06",
 *   "+1-2 -3 +4:05:06"). A leading sign on a value without other signs applies to every
 *   field (the SQL standard's rule) when `fields` is given.
 * `fields` is the interval's declared fields in lowercase ("day to second", "year to month",
 * "minute to second", "day"; "" when none): a bare number counts in the last of them
 * (seconds without), and "a:b" is minutes and seconds for "minute to second".
 * nullopt when the text is none of these or overflows.
 */
[[nodiscard]] std::optional<IntervalValue> parseInterval(std::string_view text,
                                                         std::string_view fields = {});

/// Appends the canonical ISO 8601 text of an interval.
void appendInterval(std::string &out, const IntervalValue &value);

/// Appends the canonical text of an interval text; false (out unchanged) when it is not one.
[[nodiscard]] bool appendCanonicalInterval(std::string &out, std::string_view text,
                                           std::string_view fields = {});

} // namespace ferry::load
