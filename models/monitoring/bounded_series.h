// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ferry::models {

/// One sample of a time series: when it was taken and its value.
struct SeriesPoint
{
    int64_t timestampMs = 0; ///< wall clock, ms since the epoch (UTC)
    int64_t elapsedMs = 0;   ///< since the task started (the charts' x axis)
    double value = 0;

    friend bool operator==(const SeriesPoint &, const SeriesPoint &) = default;
};

/// A time series with a fixed memory bound that keeps the shape of long runs.
/**
 * The newest `recentCapacity` samples are kept as they came (a ring buffer). Samples that fall
 * out of it are folded into buckets of `bucketSize()` samples, each bucket keeping only its
 * minimum and its maximum sample (STYLE §5); when `historyCapacity` points of buckets are
 * reached, neighbouring buckets are merged pairwise and the bucket size doubles. So the stored
 * point count never exceeds capacity(), and a peak or a dip of any age survives (the global
 * minimum and maximum are always among the points).
 *
 * Samples must come in time order (the caller drops older or equal timestamps).
 * Thread: not thread-safe; one owner (the GUI thread).
 */
class BoundedSeries
{
public:
    explicit BoundedSeries(int recentCapacity = 4096, int historyCapacity = 2048);

    void append(const SeriesPoint &point);
    void clear();

    /// Points stored now: recent samples + bucket extremes.
    [[nodiscard]] int size() const;
    /// The most points ever stored: recentCapacity + historyCapacity + 2 (the open bucket).
    [[nodiscard]] int capacity() const { return m_recentCapacity + m_historyCapacity + 2; }
    /// Samples folded into one history bucket (1 until the history first fills).
    [[nodiscard]] int64_t bucketSize() const { return m_bucketSize; }
    /// Samples appended since the last clear().
    [[nodiscard]] int64_t sampleCount() const { return m_samples; }
    [[nodiscard]] bool isEmpty() const { return m_samples == 0; }
    /// The newest sample (undefined when empty).
    [[nodiscard]] const SeriesPoint &last() const;
    /// The oldest point still stored (undefined when empty).
    [[nodiscard]] SeriesPoint first() const;

    /// Every stored point in time order.
    [[nodiscard]] std::vector<SeriesPoint> points() const;
    /// Appends to `out`, in time order, the points with fromMs <= elapsedMs <= toMs, preceded by
    /// the last point before fromMs (if any), so a line drawn from them reaches the window's left
    /// edge.
    void collect(int64_t fromMs, int64_t toMs, std::vector<SeriesPoint> &out) const;

private:
    struct Bucket
    {
        SeriesPoint min;
        SeriesPoint max;
        int64_t count = 0;
    };
    static void fold(Bucket &bucket, const SeriesPoint &point);
    static void merge(Bucket &into, const Bucket &newer);
    /// The bucket's extremes in time order (one point when they are the same sample).
    static int bucketPoints(const Bucket &bucket, SeriesPoint out[2]);
    void retire(const SeriesPoint &point); ///< a sample leaving the recent ring
    void compactHistory();
    template<typename Visit>
    void forEachPoint(Visit visit) const;

    int m_recentCapacity;
    int m_historyCapacity; ///< in points; buckets hold up to two
    std::vector<SeriesPoint> m_recent; ///< ring of m_recentCapacity
    size_t m_recentHead = 0;           ///< index of the oldest recent sample
    size_t m_recentCount = 0;
    std::vector<Bucket> m_history;
    Bucket m_open; ///< the bucket being filled (count < m_bucketSize)
    int64_t m_bucketSize = 1;
    int64_t m_samples = 0;
};

} // namespace ferry::models
