// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/load_session.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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

/// A slice's bounds on any key (KeyRange): one canonical text value per key column.
struct KeySlice
{
    std::optional<KeyValue> lower; ///< exclusive; nullopt: open
    std::optional<KeyValue> upper; ///< inclusive; nullopt: open

    friend bool operator==(const KeySlice &a, const KeySlice &b)
    {
        return a.lower == b.lower && a.upper == b.upper;
    }
};

/// Integer bounds as key values ("42").
[[nodiscard]] std::vector<KeySlice> keySlices(const std::vector<SliceBounds> &bounds);

/// The slices between boundaries in ascending key order: (-inf, b0], (b0, b1], ..., (bn, +inf).
[[nodiscard]] std::vector<KeySlice> keySlicesBetween(const std::vector<KeyValue> &ascending);

/**
 * Whether a table can be sliced by a key column of this type: values with a total order every
 * engine compares the same way in SQL and writes back as a literal the engine reads (integers,
 * decimals, text, dates and times, UUIDs, years). Not: binary strings, floating point (DMS
 * refuses them too), booleans, JSON, enums (ordered by their declaration on PostgreSQL) and
 * every other kind.
 */
[[nodiscard]] bool isSliceableKeyType(const CanonicalType &type);

/**
 * Chooses slice boundaries from a table's keys read in key order -- one ordered pass over the
 * key columns (ReadRequest::order), docs/data-path.md "Slices": every n-th key becomes the
 * upper bound of a slice, so slices hold about n rows whatever the keys look like. Keys with a
 * NULL, a NUL byte or text that is not UTF-8 are never chosen (the next key is). When more than
 * maxSlices slices would come out (the row estimate was low), every other boundary is dropped
 * and n doubles. Pure; one thread.
 */
class BoundaryPicker
{
public:
    BoundaryPicker(int64_t every, size_t maxSlices);

    /// Feeds the next rows (one column per key column, in key order).
    void add(const RowBatch &keys);
    /// The boundaries so far, ascending; never the last key read (the last slice is open
    /// above and would be empty).
    [[nodiscard]] std::vector<KeyValue> boundaries() const;
    [[nodiscard]] int64_t rowsSeen() const { return m_rows; }
    /// Rows between two boundaries now (n).
    [[nodiscard]] int64_t every() const { return m_every; }

private:
    void thin();

    int64_t m_every;
    size_t m_maxSlices;
    int64_t m_rows = 0;
    std::vector<KeyValue> m_bounds;
    std::vector<int64_t> m_positions; ///< row number of each boundary (1-based)
};

/// The stored form of a key bound (control table slice_status): a JSON array of the canonical
/// values, ["42","abc"], each as engine/load/canonical_text.h writes a JSON string (bytes that
/// are not UTF-8 as \u00XX escapes, so every value comes back exactly).
[[nodiscard]] std::string keyValueJson(const KeyValue &value);
/// The inverse; nullopt when the text is not such an array.
[[nodiscard]] std::optional<KeyValue> keyValueFromJson(std::string_view json);

} // namespace ferry::load
