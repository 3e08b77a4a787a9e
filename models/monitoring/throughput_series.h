// SPDX-License-Identifier: MIT
#pragma once

#include "engine/task/task_snapshot.h"
#include "models/monitoring/bounded_series.h"

#include <QByteArray>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ferry::models {

/// The data behind the Monitoring tab: a task's throughput over time, in bounded memory.
/**
 * Fed with every `TaskSnapshot` (4 Hz by default), it keeps one BoundedSeries per metric:
 * rows/s and KB/s read from the source and written to the target (the snapshot's
 * FullLoadThroughput* metrics), CDC latency at the source and at the target (empty until a CDC
 * task feeds addCdcLatency()), and rows/s read and written per table, derived from successive
 * per-table row counters. Per-table series exist for the tables asked for with trackTable()
 * and, automatically, for the first `autoTrackedTables` tables seen loading.
 *
 * With the default limits a task series holds at most 6,146 points: the last 4,096 samples
 * as they came (17 minutes at 4 Hz, so the 1, 5 and 15 minute windows are exact) and older
 * data as min/max buckets, so a 10-hour run keeps its peaks and dips.
 *
 * Pause freezes what the charts show (pointsInWindow() keeps answering for the instant of the
 * pause) while snapshots keep being collected.
 *
 * Thread: GUI thread (a plain value owned by the view). Errors: none; snapshots that are not
 * newer than the last one are ignored.
 */
class ThroughputSeries
{
public:
    enum class Series {
        RowsRead,         ///< rows/s read from the source
        RowsWritten,      ///< rows/s written to the target
        KilobytesRead,    ///< KB/s read from the source
        KilobytesWritten, ///< KB/s written to the target
        CdcLatencySource, ///< seconds
        CdcLatencyTarget, ///< seconds
        Count
    };
    enum class TableSeries { RowsRead, RowsWritten, Count };
    enum class Window { OneMinute, FiveMinutes, FifteenMinutes, All };

    struct Limits
    {
        int recentPoints = 4096;      ///< full-resolution samples per task series
        int historyPoints = 2048;     ///< min/max bucket points per task series
        int tableRecentPoints = 1200; ///< per table series (5 minutes at 4 Hz)
        int tableHistoryPoints = 600;
        int autoTrackedTables = 32;   ///< tables tracked without being asked for
        int requestedTables = 16;     ///< tables tracked on request (least recent dropped)
    };

    /// A span of elapsed time, in ms since the task started.
    struct TimeRange
    {
        int64_t fromMs = 0;
        int64_t toMs = 0;
        friend bool operator==(const TimeRange &, const TimeRange &) = default;
    };

    ThroughputSeries();
    explicit ThroughputSeries(const Limits &limits);
    ~ThroughputSeries();
    ThroughputSeries(const ThroughputSeries &) = delete;
    ThroughputSeries &operator=(const ThroughputSeries &) = delete;

    /// Adds one sample to every task series and to the tracked tables' series. Snapshots with a
    /// timestamp not after the last one's are ignored (the final snapshot repeats the last).
    void addSnapshot(const task::TaskSnapshot &snapshot);
    /// Adds a CDC latency sample (seconds) for both latency series.
    void addCdcLatency(int64_t timestampMs, int64_t elapsedMs, double sourceSeconds,
                       double targetSeconds);
    /// Forgets everything (a new task); keeps the limits, un-pauses.
    void clear();

    /// Collects per-table rates for this table from the next snapshot on. Beyond
    /// Limits::requestedTables, the table asked for least recently is dropped.
    void trackTable(std::string_view schema, std::string_view table);
    [[nodiscard]] bool isTracked(std::string_view schema, std::string_view table) const;
    [[nodiscard]] int trackedTableCount() const { return static_cast<int>(m_tables.size()); }

    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return m_paused; }
    /// The last snapshot said the task has ended (load complete, stopped or failed).
    [[nodiscard]] bool hasEnded() const { return m_ended; }

    [[nodiscard]] const Limits &limits() const { return m_limits; }
    /// Snapshots taken into account since clear().
    [[nodiscard]] int64_t snapshotCount() const { return m_snapshots; }
    [[nodiscard]] const BoundedSeries &series(Series which) const;
    /// The series of a tracked table, or nullptr.
    [[nodiscard]] const BoundedSeries *tableSeries(std::string_view schema, std::string_view table,
                                                   TableSeries which) const;

    /// The newest elapsed time the charts show: the last sample's, or the pause instant's.
    [[nodiscard]] int64_t viewEndMs() const;
    /// The x range a chart shows for `window`: [end - window, end]; for All, and while the
    /// run is shorter than the window, [0, end] (at least a second): the axis follows the data,
    /// so a short run fills the chart while it runs and once it has ended. Empty data:
    /// [0, window] (All: [0, 1 s]).
    [[nodiscard]] TimeRange visibleRange(Window window) const;
    /// The points a chart shows for `window` (see BoundedSeries::collect). With maxPoints > 0 and
    /// more points than that in the window, they are reduced to the min and max of
    /// maxPoints / 2 equal buckets, in time order.
    [[nodiscard]] std::vector<SeriesPoint> pointsInWindow(Series which, Window window,
                                                          int maxPoints = 0) const;
    [[nodiscard]] std::vector<SeriesPoint> tablePointsInWindow(std::string_view schema,
                                                               std::string_view table,
                                                               TableSeries which, Window window,
                                                               int maxPoints = 0) const;

    /// Every stored point of every series as CSV (UTF-8, "\n" line ends): one row per distinct
    /// timestamp, oldest first; columns "Timestamp (UTC)" (ISO-8601 with ms), "Elapsed (s)",
    /// then each task series, then rows read/written per tracked table, each header naming its
    /// unit. Numbers use '.' and at most three decimals whatever the locale; a series without a
    /// point at that timestamp leaves its cell empty.
    [[nodiscard]] QByteArray toCsv() const;

    /// 60,000 / 300,000 / 900,000 ms; 0 for All.
    [[nodiscard]] static int64_t windowMs(Window window);
    /// `value` with at most three decimals, '.' as separator, no trailing zeros ("12.5", "3").
    [[nodiscard]] static std::string formatNumber(double value);

private:
    struct TableTrack;
    struct KeyHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view key) const noexcept
        {
            return std::hash<std::string_view>{}(key);
        }
    };
    static std::string makeKey(std::string_view schema, std::string_view table);
    void noteSample(int64_t elapsedMs);
    TableTrack *addTrack(std::string_view schema, std::string_view table, bool requested);
    void removeTrack(size_t index);
    void updateTables(const task::TaskSnapshot &snapshot);
    const TableTrack *findTrack(std::string_view schema, std::string_view table) const;
    std::vector<SeriesPoint> windowPoints(const BoundedSeries &series, Window window,
                                          int maxPoints) const;

    Limits m_limits;
    std::vector<BoundedSeries> m_series; ///< indexed by Series
    std::vector<std::unique_ptr<TableTrack>> m_tables;
    std::unordered_map<std::string, size_t, KeyHash, std::equal_to<>> m_tableIndex;
    int m_autoTracked = 0;
    uint64_t m_requestSequence = 0;
    int64_t m_lastTimestampMs = 0;
    int64_t m_lastElapsedMs = 0;
    bool m_hasData = false;
    bool m_ended = false;
    int64_t m_snapshots = 0;
    bool m_paused = false;
    int64_t m_pausedAtMs = 0;
};

} // namespace ferry::models
