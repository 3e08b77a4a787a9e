// SPDX-License-Identifier: MIT
#include "engine/load/key_slicing.h"

#include "engine/load/canonical_text.h"

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

std::vector<KeySlice> keySlices(const std::vector<SliceBounds> &bounds)
{
    std::vector<KeySlice> slices;
    for (const SliceBounds &b : bounds) {
        KeySlice slice;
        if (b.lower)
            slice.lower = KeyValue {std::to_string(*b.lower)};
        if (b.upper)
            slice.upper = KeyValue {std::to_string(*b.upper)};
        slices.push_back(std::move(slice));
    }
    return slices;
}

std::vector<KeySlice> keySlicesBetween(const std::vector<KeyValue> &ascending)
{
    std::vector<KeySlice> slices;
    std::optional<KeyValue> lower;
    for (const KeyValue &bound : ascending) {
        slices.push_back({lower, bound});
        lower = bound;
    }
    slices.push_back({lower, std::nullopt});
    return slices;
}

bool isSliceableKeyType(const CanonicalType &type)
{
    switch (type.family) {
    case TypeFamily::Integer:
    case TypeFamily::Decimal:
    case TypeFamily::Char:
    case TypeFamily::String:
    case TypeFamily::Date:
    case TypeFamily::Time:
    case TypeFamily::Timestamp:
    case TypeFamily::Uuid:
    case TypeFamily::Year:
        return true;
    default:
        return false;
    }
}

BoundaryPicker::BoundaryPicker(int64_t every, size_t maxSlices)
    : m_every(std::max<int64_t>(1, every))
    , m_maxSlices(std::max<size_t>(2, maxSlices))
{
}

namespace {

/// A key that can bound a slice: no NULL, and values every engine takes as a bound literal.
bool usableBound(const RowBatch &keys, size_t row)
{
    for (size_t column = 0; column < keys.columnCount(); ++column) {
        if (keys.isNull(column, row))
            return false;
        const std::string_view cell = keys.cell(column, row);
        if (cell.find('\0') != std::string_view::npos || !isValidUtf8(cell))
            return false;
    }
    return true;
}

} // namespace

void BoundaryPicker::add(const RowBatch &keys)
{
    for (size_t row = 0; row < keys.rowCount(); ++row) {
        ++m_rows;
        const int64_t since = m_positions.empty() ? m_rows : m_rows - m_positions.back();
        if (since < m_every || !usableBound(keys, row))
            continue;
        KeyValue bound;
        for (size_t column = 0; column < keys.columnCount(); ++column)
            bound.emplace_back(keys.cell(column, row));
        m_bounds.push_back(std::move(bound));
        m_positions.push_back(m_rows);
        if (m_bounds.size() + 1 > m_maxSlices)
            thin();
    }
}

void BoundaryPicker::thin()
{
    std::vector<KeyValue> bounds;
    std::vector<int64_t> positions;
    for (size_t i = 1; i < m_bounds.size(); i += 2) {
        bounds.push_back(std::move(m_bounds[i]));
        positions.push_back(m_positions[i]);
    }
    m_bounds = std::move(bounds);
    m_positions = std::move(positions);
    m_every *= 2;
}

std::vector<KeyValue> BoundaryPicker::boundaries() const
{
    std::vector<KeyValue> bounds = m_bounds;
    if (!m_positions.empty() && m_positions.back() == m_rows)
        bounds.pop_back();
    return bounds;
}

std::string keyValueJson(const KeyValue &value)
{
    std::string json(1, '[');
    for (size_t i = 0; i < value.size(); ++i) {
        if (i)
            json.push_back(',');
        appendJsonString(json, value[i]);
    }
    json.push_back(']');
    return json;
}

std::optional<KeyValue> keyValueFromJson(std::string_view json)
{
    size_t pos = 0;
    const auto skipSpace = [&] {
        while (pos < json.size() && (json[pos] == ' ' || json[pos] == '\n' || json[pos] == '\t'
                                     || json[pos] == '\r'))
            ++pos;
    };
    skipSpace();
    if (pos >= json.size() || json[pos++] != '[')
        return std::nullopt;
    KeyValue value;
    skipSpace();
    if (pos < json.size() && json[pos] == ']') {
        ++pos;
    } else {
        for (;;) {
            skipSpace();
            std::string text;
            if (!readJsonString(json, pos, text))
                return std::nullopt;
            value.push_back(std::move(text));
            skipSpace();
            if (pos >= json.size())
                return std::nullopt;
            const char next = json[pos++];
            if (next == ']')
                break;
            if (next != ',')
                return std::nullopt;
        }
    }
    skipSpace();
    if (pos != json.size())
        return std::nullopt;
    return value;
}

} // namespace ferry::load
