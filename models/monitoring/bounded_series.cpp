// SPDX-License-Identifier: MIT
#include "models/monitoring/bounded_series.h"

#include <algorithm>

namespace ferry::models {

BoundedSeries::BoundedSeries(int recentCapacity, int historyCapacity)
    : m_recentCapacity(std::max(1, recentCapacity))
    , m_historyCapacity(std::max(2, historyCapacity & ~1))
{
    m_recent.resize(static_cast<size_t>(m_recentCapacity));
    m_history.reserve(static_cast<size_t>(m_historyCapacity / 2));
}

void BoundedSeries::clear()
{
    m_recentHead = 0;
    m_recentCount = 0;
    m_history.clear();
    m_open = {};
    m_bucketSize = 1;
    m_samples = 0;
}

void BoundedSeries::fold(Bucket &bucket, const SeriesPoint &point)
{
    if (bucket.count == 0) {
        bucket.min = point;
        bucket.max = point;
    } else {
        // Ties keep the earlier sample, so a flat stretch folds into a single point.
        if (point.value < bucket.min.value)
            bucket.min = point;
        if (point.value > bucket.max.value)
            bucket.max = point;
    }
    ++bucket.count;
}

void BoundedSeries::merge(Bucket &into, const Bucket &newer)
{
    if (newer.min.value < into.min.value)
        into.min = newer.min;
    if (newer.max.value > into.max.value)
        into.max = newer.max;
    into.count += newer.count;
}

int BoundedSeries::bucketPoints(const Bucket &bucket, SeriesPoint out[2])
{
    if (bucket.count == 0)
        return 0;
    if (bucket.min.timestampMs == bucket.max.timestampMs) {
        out[0] = bucket.min;
        return 1;
    }
    const bool minFirst = bucket.min.timestampMs < bucket.max.timestampMs;
    out[0] = minFirst ? bucket.min : bucket.max;
    out[1] = minFirst ? bucket.max : bucket.min;
    return 2;
}

void BoundedSeries::compactHistory()
{
    size_t write = 0;
    for (size_t read = 0; read < m_history.size(); read += 2) {
        Bucket merged = m_history[read];
        if (read + 1 < m_history.size())
            merge(merged, m_history[read + 1]);
        m_history[write++] = merged;
    }
    m_history.resize(write);
    m_bucketSize *= 2;
}

void BoundedSeries::retire(const SeriesPoint &point)
{
    fold(m_open, point);
    if (m_open.count < m_bucketSize)
        return;
    m_history.push_back(m_open);
    m_open = {};
    if (m_history.size() >= static_cast<size_t>(m_historyCapacity / 2))
        compactHistory();
}

void BoundedSeries::append(const SeriesPoint &point)
{
    const auto capacity = static_cast<size_t>(m_recentCapacity);
    if (m_recentCount == capacity) {
        retire(m_recent[m_recentHead]);
        m_recent[m_recentHead] = point;
        m_recentHead = (m_recentHead + 1) % capacity;
    } else {
        m_recent[(m_recentHead + m_recentCount) % capacity] = point;
        ++m_recentCount;
    }
    ++m_samples;
}

int BoundedSeries::size() const
{
    int count = static_cast<int>(m_recentCount);
    SeriesPoint scratch[2];
    for (const Bucket &bucket : m_history)
        count += bucketPoints(bucket, scratch);
    return count + bucketPoints(m_open, scratch);
}

const SeriesPoint &BoundedSeries::last() const
{
    const auto capacity = static_cast<size_t>(m_recentCapacity);
    return m_recent[(m_recentHead + m_recentCount + capacity - 1) % capacity];
}

SeriesPoint BoundedSeries::first() const
{
    SeriesPoint result{};
    bool found = false;
    forEachPoint([&](const SeriesPoint &point) {
        if (!found) {
            result = point;
            found = true;
        }
        return !found; // stop after the first
    });
    return result;
}

template<typename Visit>
void BoundedSeries::forEachPoint(Visit visit) const
{
    SeriesPoint pair[2];
    for (const Bucket &bucket : m_history) {
        const int count = bucketPoints(bucket, pair);
        for (int i = 0; i < count; ++i) {
            if (!visit(pair[i]))
                return;
        }
    }
    const int open = bucketPoints(m_open, pair);
    for (int i = 0; i < open; ++i) {
        if (!visit(pair[i]))
            return;
    }
    const auto capacity = static_cast<size_t>(m_recentCapacity);
    for (size_t i = 0; i < m_recentCount; ++i) {
        if (!visit(m_recent[(m_recentHead + i) % capacity]))
            return;
    }
}

std::vector<SeriesPoint> BoundedSeries::points() const
{
    std::vector<SeriesPoint> out;
    out.reserve(static_cast<size_t>(size()));
    forEachPoint([&](const SeriesPoint &point) {
        out.push_back(point);
        return true;
    });
    return out;
}

void BoundedSeries::collect(int64_t fromMs, int64_t toMs, std::vector<SeriesPoint> &out) const
{
    const SeriesPoint *before = nullptr;
    SeriesPoint previous{};
    bool started = false;
    forEachPoint([&](const SeriesPoint &point) {
        if (point.elapsedMs < fromMs) {
            previous = point;
            before = &previous;
            return true;
        }
        if (point.elapsedMs > toMs)
            return false;
        if (!started) {
            if (before)
                out.push_back(*before);
            started = true;
        }
        out.push_back(point);
        return true;
    });
}

} // namespace ferry::models
