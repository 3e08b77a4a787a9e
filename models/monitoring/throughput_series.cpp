// SPDX-License-Identifier: MIT
#include "models/monitoring/throughput_series.h"

#include <QDateTime>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>

namespace ferry::models {

namespace {

constexpr int SeriesCount = static_cast<int>(ThroughputSeries::Series::Count);
/// The smallest span a chart shows, so the first sample is not a degenerate axis; above it
/// the axis follows the data, so a short run fills the chart.
constexpr int64_t MinimumSpanMs = 1000;

bool isEndState(task::TaskState state)
{
    return state == task::TaskState::LoadComplete || state == task::TaskState::Stopped
           || state == task::TaskState::Failed;
}

/// RFC 4180 quoting: only when the text needs it.
std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string isoUtc(int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toStdString();
}

std::string elapsedSeconds(int64_t ms)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer,
                                      static_cast<double>(ms) / 1000.0, std::chars_format::fixed,
                                      3);
    return std::string(buffer, result.ptr);
}

/// Reduces `points` to the min and max of `maxPoints / 2` index buckets, in time order.
std::vector<SeriesPoint> decimate(const std::vector<SeriesPoint> &points, int maxPoints)
{
    const size_t count = points.size();
    const size_t buckets = static_cast<size_t>(std::max(1, maxPoints / 2));
    std::vector<SeriesPoint> out;
    out.reserve(buckets * 2);
    for (size_t b = 0; b < buckets; ++b) {
        const size_t begin = b * count / buckets;
        const size_t end = (b + 1) * count / buckets;
        if (begin == end)
            continue;
        size_t low = begin;
        size_t high = begin;
        for (size_t i = begin + 1; i < end; ++i) {
            if (points[i].value < points[low].value)
                low = i;
            if (points[i].value > points[high].value)
                high = i;
        }
        out.push_back(points[std::min(low, high)]);
        if (low != high)
            out.push_back(points[std::max(low, high)]);
    }
    return out;
}

} // namespace

struct ThroughputSeries::TableTrack
{
    TableTrack(std::string_view schemaName, std::string_view tableName, const Limits &limits)
        : schema(schemaName)
        , table(tableName)
        , rowsRead(limits.tableRecentPoints, limits.tableHistoryPoints)
        , rowsWritten(limits.tableRecentPoints, limits.tableHistoryPoints)
    {
    }

    std::string schema;
    std::string table;
    BoundedSeries rowsRead;
    BoundedSeries rowsWritten;
    int64_t lastRowsRead = 0;
    int64_t lastRowsWritten = 0;
    int64_t lastTimestampMs = 0;
    bool hasLast = false;
    size_t hint = 0;          ///< where the table was in the last snapshot
    bool requested = false;   ///< asked for (trackTable), as opposed to auto-tracked
    uint64_t requestedAt = 0; ///< request sequence, for dropping the least recent

    const BoundedSeries &series(TableSeries which) const
    {
        return which == TableSeries::RowsRead ? rowsRead : rowsWritten;
    }
};

ThroughputSeries::ThroughputSeries()
    : ThroughputSeries(Limits{})
{
}

ThroughputSeries::ThroughputSeries(const Limits &limits)
    : m_limits(limits)
{
    m_series.reserve(SeriesCount);
    for (int i = 0; i < SeriesCount; ++i)
        m_series.emplace_back(limits.recentPoints, limits.historyPoints);
}

ThroughputSeries::~ThroughputSeries() = default;

std::string ThroughputSeries::makeKey(std::string_view schema, std::string_view table)
{
    std::string key;
    key.reserve(schema.size() + table.size() + 1);
    key.append(schema);
    key.push_back('\0');
    key.append(table);
    return key;
}

void ThroughputSeries::clear()
{
    for (BoundedSeries &series : m_series)
        series.clear();
    m_tables.clear();
    m_tableIndex.clear();
    m_autoTracked = 0;
    m_lastTimestampMs = 0;
    m_lastElapsedMs = 0;
    m_hasData = false;
    m_ended = false;
    m_snapshots = 0;
    m_paused = false;
    m_pausedAtMs = 0;
}

int64_t ThroughputSeries::windowMs(Window window)
{
    switch (window) {
    case Window::OneMinute: return 60'000;
    case Window::FiveMinutes: return 300'000;
    case Window::FifteenMinutes: return 900'000;
    case Window::All: break;
    }
    return 0;
}

std::string ThroughputSeries::formatNumber(double value)
{
    if (!std::isfinite(value))
        return {};
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 3);
    std::string text(buffer, result.ptr);
    if (const auto dot = text.find('.'); dot != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
    }
    if (text == "-0")
        text = "0";
    return text;
}

const BoundedSeries &ThroughputSeries::series(Series which) const
{
    return m_series[static_cast<size_t>(which)];
}

void ThroughputSeries::addSnapshot(const task::TaskSnapshot &snapshot)
{
    m_ended = isEndState(snapshot.state); // also from a final snapshot that adds no sample
    if (m_snapshots > 0 && snapshot.timestampMs <= m_lastTimestampMs)
        return;
    const int64_t ts = snapshot.timestampMs;
    const int64_t elapsed = snapshot.elapsedMs;
    const auto add = [&](Series which, double value) {
        m_series[static_cast<size_t>(which)].append({ts, elapsed, value});
    };
    const task::TaskMetrics &metrics = snapshot.metrics;
    add(Series::RowsRead, metrics.fullLoadThroughputRowsSource);
    add(Series::RowsWritten, metrics.fullLoadThroughputRowsTarget);
    add(Series::KilobytesRead, metrics.fullLoadThroughputBandwidthSource);
    add(Series::KilobytesWritten, metrics.fullLoadThroughputBandwidthTarget);
    // CDC latency is not in TaskMetrics yet: a CDC task feeds it through addCdcLatency().
    noteSample(elapsed);
    m_lastTimestampMs = ts;
    ++m_snapshots;
    updateTables(snapshot);
}

void ThroughputSeries::addCdcLatency(int64_t timestampMs, int64_t elapsedMs, double sourceSeconds,
                                     double targetSeconds)
{
    BoundedSeries &source = m_series[static_cast<size_t>(Series::CdcLatencySource)];
    BoundedSeries &target = m_series[static_cast<size_t>(Series::CdcLatencyTarget)];
    if (!source.isEmpty() && timestampMs <= source.last().timestampMs)
        return;
    source.append({timestampMs, elapsedMs, sourceSeconds});
    target.append({timestampMs, elapsedMs, targetSeconds});
    noteSample(elapsedMs);
}

void ThroughputSeries::noteSample(int64_t elapsedMs)
{
    m_hasData = true;
    m_lastElapsedMs = std::max(m_lastElapsedMs, elapsedMs);
}

ThroughputSeries::TableTrack *ThroughputSeries::addTrack(std::string_view schema,
                                                         std::string_view table, bool requested)
{
    auto track = std::make_unique<TableTrack>(schema, table, m_limits);
    track->requested = requested;
    TableTrack *raw = track.get();
    m_tableIndex.emplace(makeKey(schema, table), m_tables.size());
    m_tables.push_back(std::move(track));
    return raw;
}

void ThroughputSeries::removeTrack(size_t index)
{
    m_tables.erase(m_tables.begin() + static_cast<ptrdiff_t>(index));
    m_tableIndex.clear();
    for (size_t i = 0; i < m_tables.size(); ++i)
        m_tableIndex.emplace(makeKey(m_tables[i]->schema, m_tables[i]->table), i);
}

const ThroughputSeries::TableTrack *ThroughputSeries::findTrack(std::string_view schema,
                                                               std::string_view table) const
{
    const auto it = m_tableIndex.find(std::string_view(makeKey(schema, table)));
    return it == m_tableIndex.end() ? nullptr : m_tables[it->second].get();
}

void ThroughputSeries::trackTable(std::string_view schema, std::string_view table)
{
    if (const auto it = m_tableIndex.find(std::string_view(makeKey(schema, table)));
        it != m_tableIndex.end()) {
        TableTrack &track = *m_tables[it->second];
        if (track.requested)
            track.requestedAt = ++m_requestSequence;
        return;
    }
    int requested = 0;
    for (const auto &track : m_tables)
        requested += track->requested ? 1 : 0;
    if (requested >= std::max(1, m_limits.requestedTables)) {
        size_t oldest = m_tables.size();
        for (size_t i = 0; i < m_tables.size(); ++i) {
            if (m_tables[i]->requested
                && (oldest == m_tables.size()
                    || m_tables[i]->requestedAt < m_tables[oldest]->requestedAt))
                oldest = i;
        }
        removeTrack(oldest);
    }
    addTrack(schema, table, true)->requestedAt = ++m_requestSequence;
}

bool ThroughputSeries::isTracked(std::string_view schema, std::string_view table) const
{
    return findTrack(schema, table) != nullptr;
}

void ThroughputSeries::updateTables(const task::TaskSnapshot &snapshot)
{
    const auto &tables = snapshot.tables;
    const int64_t ts = snapshot.timestampMs;
    for (const auto &trackPointer : m_tables) {
        TableTrack &track = *trackPointer;
        const task::TableStatistics *found = nullptr;
        if (track.hint < tables.size() && tables[track.hint].table == track.table
            && tables[track.hint].schema == track.schema) {
            found = &tables[track.hint];
        } else {
            for (size_t i = 0; i < tables.size(); ++i) {
                if (tables[i].table == track.table && tables[i].schema == track.schema) {
                    found = &tables[i];
                    track.hint = i;
                    break;
                }
            }
        }
        if (!found)
            continue;
        if (track.hasLast && ts > track.lastTimestampMs) {
            const double seconds = static_cast<double>(ts - track.lastTimestampMs) / 1000.0;
            // A table that is reloaded starts its counters again: no negative rates.
            const auto rate = [seconds](int64_t now, int64_t before) {
                return now >= before ? static_cast<double>(now - before) / seconds : 0.0;
            };
            track.rowsRead.append({ts, snapshot.elapsedMs, rate(found->rowsRead,
                                                                track.lastRowsRead)});
            track.rowsWritten.append({ts, snapshot.elapsedMs, rate(found->fullLoadRows,
                                                                   track.lastRowsWritten)});
        }
        track.lastRowsRead = found->rowsRead;
        track.lastRowsWritten = found->fullLoadRows;
        track.lastTimestampMs = ts;
        track.hasLast = true;
    }

    if (m_autoTracked >= m_limits.autoTrackedTables)
        return;
    for (size_t i = 0; i < tables.size() && m_autoTracked < m_limits.autoTrackedTables; ++i) {
        const task::TableStatistics &table = tables[i];
        if (table.state != task::TableState::FullLoad || isTracked(table.schema, table.table))
            continue;
        TableTrack *track = addTrack(table.schema, table.table, false);
        track->hint = i;
        track->lastRowsRead = table.rowsRead;
        track->lastRowsWritten = table.fullLoadRows;
        track->lastTimestampMs = ts;
        track->hasLast = true;
        ++m_autoTracked;
    }
}

const BoundedSeries *ThroughputSeries::tableSeries(std::string_view schema,
                                                   std::string_view table,
                                                   TableSeries which) const
{
    const TableTrack *track = findTrack(schema, table);
    return track ? &track->series(which) : nullptr;
}

void ThroughputSeries::setPaused(bool paused)
{
    if (paused && !m_paused)
        m_pausedAtMs = m_lastElapsedMs;
    m_paused = paused;
}

int64_t ThroughputSeries::viewEndMs() const
{
    return m_paused ? m_pausedAtMs : m_lastElapsedMs;
}

ThroughputSeries::TimeRange ThroughputSeries::visibleRange(Window window) const
{
    const int64_t span = windowMs(window);
    if (!m_hasData)
        return {0, span > 0 ? span : MinimumSpanMs};
    const int64_t end = viewEndMs();
    if (span == 0 || end <= span) // the whole run fits: from its start to its newest sample
        return {0, std::max(end, MinimumSpanMs)};
    return {end - span, end};
}

std::vector<SeriesPoint> ThroughputSeries::windowPoints(const BoundedSeries &series,
                                                        Window window, int maxPoints) const
{
    const TimeRange range = visibleRange(window);
    std::vector<SeriesPoint> points;
    // While paused, nothing after the pause instant is shown, whatever the range.
    series.collect(range.fromMs, std::min(range.toMs, viewEndMs()), points);
    if (maxPoints > 0 && points.size() > static_cast<size_t>(maxPoints))
        return decimate(points, maxPoints);
    return points;
}

std::vector<SeriesPoint> ThroughputSeries::pointsInWindow(Series which, Window window,
                                                          int maxPoints) const
{
    return windowPoints(series(which), window, maxPoints);
}

std::vector<SeriesPoint> ThroughputSeries::tablePointsInWindow(std::string_view schema,
                                                               std::string_view table,
                                                               TableSeries which, Window window,
                                                               int maxPoints) const
{
    const TableTrack *track = findTrack(schema, table);
    if (!track)
        return {};
    return windowPoints(track->series(which), window, maxPoints);
}

QByteArray ThroughputSeries::toCsv() const
{
    std::vector<std::string> headers = {"Timestamp (UTC)",       "Elapsed (s)",
                                        "Rows read (rows/s)",    "Rows written (rows/s)",
                                        "Read (KB/s)",           "Written (KB/s)",
                                        "CDC source latency (s)", "CDC target latency (s)"};
    std::vector<const BoundedSeries *> columns;
    for (const BoundedSeries &series : m_series)
        columns.push_back(&series);
    for (const auto &track : m_tables) {
        const std::string name = track->schema.empty() ? track->table
                                                       : track->schema + '.' + track->table;
        headers.push_back(name + " rows read (rows/s)");
        headers.push_back(name + " rows written (rows/s)");
        columns.push_back(&track->rowsRead);
        columns.push_back(&track->rowsWritten);
    }

    struct Row
    {
        int64_t elapsedMs = 0;
        std::vector<std::optional<double>> values;
    };
    std::map<int64_t, Row> rows;
    for (size_t column = 0; column < columns.size(); ++column) {
        for (const SeriesPoint &point : columns[column]->points()) {
            Row &row = rows[point.timestampMs];
            if (row.values.empty()) {
                row.elapsedMs = point.elapsedMs;
                row.values.resize(columns.size());
            }
            row.values[column] = point.value;
        }
    }

    std::string out;
    for (size_t i = 0; i < headers.size(); ++i) {
        if (i > 0)
            out += ',';
        out += csvField(headers[i]);
    }
    out += '\n';
    for (const auto &[timestampMs, row] : rows) {
        out += isoUtc(timestampMs);
        out += ',';
        out += elapsedSeconds(row.elapsedMs);
        for (const auto &value : row.values) {
            out += ',';
            if (value)
                out += formatNumber(*value);
        }
        out += '\n';
    }
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

} // namespace ferry::models
