// SPDX-License-Identifier: MIT
// The Monitoring tab's data: bounded series with min/max downsampling, windows, pause, per-table
// rates from counters, CSV export and the axis arithmetic. Expected values are worked out by
// hand in the comments.
#include "models/monitoring/bounded_series.h"
#include "models/monitoring/chart_scale.h"
#include "models/monitoring/throughput_series.h"

#include <QLocale>
#include <QTest>

#include <cmath>

using ferry::models::BoundedSeries;
using ferry::models::SeriesPoint;
using ferry::models::ThroughputSeries;
using Series = ThroughputSeries::Series;
using TableSeries = ThroughputSeries::TableSeries;
using Window = ThroughputSeries::Window;

namespace {

constexpr int64_t May1Noon = 1'714'564'800'000; // 2024-05-01T12:00:00.000Z

ferry::task::TableStatistics table(const char *schema, const char *name,
                                   ferry::task::TableState state, int64_t rowsRead,
                                   int64_t rowsWritten)
{
    ferry::task::TableStatistics t;
    t.schema = schema;
    t.table = name;
    t.state = state;
    t.rowsRead = rowsRead;
    t.fullLoadRows = rowsWritten;
    return t;
}

ferry::task::TaskSnapshot snapshot(int64_t elapsedMs, double rowsRead, double rowsWritten = 0,
                                   double kbRead = 0, double kbWritten = 0)
{
    ferry::task::TaskSnapshot s;
    // Not operator=(const char *): GCC 12 warns falsely (-Wrestrict) on it at -O3.
    s.taskName = std::string("t");
    s.state = ferry::task::TaskState::Running;
    s.timestampMs = May1Noon + elapsedMs;
    s.elapsedMs = elapsedMs;
    s.metrics.fullLoadThroughputRowsSource = rowsRead;
    s.metrics.fullLoadThroughputRowsTarget = rowsWritten;
    s.metrics.fullLoadThroughputBandwidthSource = kbRead;
    s.metrics.fullLoadThroughputBandwidthTarget = kbWritten;
    return s;
}

SeriesPoint at(int64_t elapsedMs, double value)
{
    return {May1Noon + elapsedMs, elapsedMs, value};
}

QString describe(const std::vector<SeriesPoint> &points)
{
    QStringList parts;
    for (const SeriesPoint &p : points)
        parts << QStringLiteral("(%1 ms, %2)").arg(p.elapsedMs).arg(p.value);
    return parts.join(QLatin1Char(' '));
}

bool contains(const std::vector<SeriesPoint> &points, const SeriesPoint &wanted)
{
    return std::find(points.begin(), points.end(), wanted) != points.end();
}

} // namespace

class TestThroughputSeries : public QObject
{
    Q_OBJECT

private slots:
    void keepsEachSnapshotsMetricsAsOnePointPerSeries()
    {
        ThroughputSeries data;
        data.addSnapshot(snapshot(0, 0, 0, 0, 0));
        data.addSnapshot(snapshot(250, 4000, 3500, 512, 448));
        data.addSnapshot(snapshot(500, 4400, 4100, 550.5, 500.25));
        QCOMPARE(data.snapshotCount(), 3);
        const std::vector<SeriesPoint> read = data.series(Series::RowsRead).points();
        const std::vector<SeriesPoint> expectedRead = {at(0, 0), at(250, 4000), at(500, 4400)};
        QCOMPARE(describe(read), describe(expectedRead));
        QVERIFY(read == expectedRead);
        QVERIFY((data.series(Series::RowsWritten).points()
                 == std::vector<SeriesPoint>{at(0, 0), at(250, 3500), at(500, 4100)}));
        QVERIFY((data.series(Series::KilobytesRead).points()
                 == std::vector<SeriesPoint>{at(0, 0), at(250, 512), at(500, 550.5)}));
        QVERIFY((data.series(Series::KilobytesWritten).points()
                 == std::vector<SeriesPoint>{at(0, 0), at(250, 448), at(500, 500.25)}));
        // No CDC in a full load: the latency series exist and are empty.
        QVERIFY(data.series(Series::CdcLatencySource).isEmpty());
        QVERIFY(data.series(Series::CdcLatencyTarget).isEmpty());
    }

    void ignoresSnapshotsThatAreNotNewer()
    {
        ThroughputSeries data;
        data.addSnapshot(snapshot(1000, 10));
        data.addSnapshot(snapshot(1000, 99)); // the final snapshot repeats the last one
        data.addSnapshot(snapshot(750, 98));  // out of order
        data.addSnapshot(snapshot(1250, 20));
        QVERIFY((data.series(Series::RowsRead).points()
                 == std::vector<SeriesPoint>{at(1000, 10), at(1250, 20)}));
    }

    void cdcLatencyIsKeptWhenFed()
    {
        ThroughputSeries data;
        data.addCdcLatency(May1Noon + 500, 500, 1.5, 2.25);
        data.addCdcLatency(May1Noon + 750, 750, 0.5, 0.75);
        QVERIFY((data.series(Series::CdcLatencySource).points()
                 == std::vector<SeriesPoint>{at(500, 1.5), at(750, 0.5)}));
        QVERIFY((data.series(Series::CdcLatencyTarget).points()
                 == std::vector<SeriesPoint>{at(500, 2.25), at(750, 0.75)}));
    }

    /// Ring of 4, history of 4 points (2 buckets). Values 5 1 9 3 7 2 8 6 4 0 at 0..9 s:
    /// s0 and s1 retire as 1-sample buckets, which fill the history: merged into {min s1=1,
    /// max s0=5}, bucket size 2. s2, s3 close {min s3=3, max s2=9}: history full again, merged
    /// into {min s1=1, max s2=9}, bucket size 4. s4, s5 sit in the open bucket {s4=7, s5=2}.
    /// Recent: s6..s9. s0=5 and s3=3 are gone; the global min (s9=0) and max (s2=9) stay.
    void foldsOldSamplesIntoMinMaxBuckets()
    {
        BoundedSeries series(4, 4);
        const double values[] = {5, 1, 9, 3, 7, 2, 8, 6, 4, 0};
        for (int i = 0; i < 10; ++i)
            series.append(at(i * 1000, values[i]));
        const std::vector<SeriesPoint> expected = {at(1000, 1), at(2000, 9), at(4000, 7),
                                                   at(5000, 2), at(6000, 8), at(7000, 6),
                                                   at(8000, 4), at(9000, 0)};
        QCOMPARE(describe(series.points()), describe(expected));
        QCOMPARE(series.size(), 8);
        QCOMPARE(series.capacity(), 10);
        QCOMPARE(series.bucketSize(), 4);
        QCOMPARE(series.sampleCount(), 10);
        QCOMPARE(series.last(), at(9000, 0));
        QCOMPARE(series.first(), at(1000, 1));
    }

    void flatStretchesFoldToOnePointPerBucket()
    {
        BoundedSeries series(2, 4);
        for (int i = 0; i < 6; ++i)
            series.append(at(i * 1000, 7));
        // s0, s1 -> merged bucket {s0} (ties keep the earlier), s2, s3 -> {s2}, merged with
        // {s0} when the history fills again -> {s0}; recent s4, s5.
        QVERIFY((series.points() == std::vector<SeriesPoint>{at(0, 7), at(4000, 7), at(5000, 7)}));
    }

    /// 100,000 samples at 4 Hz (almost 7 hours) with one spike and one dip in the old part: the
    /// point count stays within the default bound and both extremes are still there.
    void staysBoundedAndKeepsExtremesOverALongRun()
    {
        ThroughputSeries data;
        for (int i = 0; i < 100'000; ++i) {
            double value = 5000 + 1000 * std::sin(i / 500.0);
            if (i == 12'345)
                value = 250'000; // spike
            if (i == 54'321)
                value = 3;       // dip
            data.addSnapshot(snapshot(int64_t{i} * 250, value));
        }
        const BoundedSeries &read = data.series(Series::RowsRead);
        QCOMPARE(read.sampleCount(), 100'000);
        QCOMPARE(read.capacity(), 4096 + 2048 + 2);
        QVERIFY2(read.size() <= 6146, qPrintable(QString::number(read.size())));
        QVERIFY2(read.size() >= 4096 + 1024, qPrintable(QString::number(read.size())));
        const std::vector<SeriesPoint> points = read.points();
        QVERIFY(contains(points, at(12'345 * 250, 250'000)));
        QVERIFY(contains(points, at(54'321 * 250, 3)));
        // The last 4,096 samples are untouched (the 15-minute window is exact).
        QCOMPARE(points.back(), at(99'999 * 250, 5000 + 1000 * std::sin(99'999 / 500.0)));
        QCOMPARE(points[points.size() - 4096].elapsedMs, (100'000 - 4096) * 250);
        for (size_t i = 1; i < points.size(); ++i)
            QVERIFY(points[i - 1].timestampMs < points[i].timestampMs);
        // "All" on a chart 800 px wide: at most 1,600 points, extremes still there.
        const std::vector<SeriesPoint> all = data.pointsInWindow(Series::RowsRead, Window::All,
                                                                 1600);
        QVERIFY(all.size() <= 1600);
        QVERIFY(contains(all, at(12'345 * 250, 250'000)));
        QVERIFY(contains(all, at(54'321 * 250, 3)));
    }

    /// 20 minutes at 4 Hz: samples at i * 250 ms, i = 0..4799, value = i. The newest is
    /// 1,199,750 ms; a window shows the samples in [end - window, end] plus the one before.
    void windowsCutAtTheirStart_data()
    {
        QTest::addColumn<Window>("window");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("firstValue");
        // 1 min: from 1,139,750 = sample 4559 -> 4559..4799 (241) + sample 4558.
        QTest::newRow("1 min") << Window::OneMinute << qint64{1'139'750} << 242 << 4558.0;
        // 5 min: from 899,750 = sample 3599 -> 1,201 + 1.
        QTest::newRow("5 min") << Window::FiveMinutes << qint64{899'750} << 1202 << 3598.0;
        // 15 min: from 299,750 = sample 1199 -> 3,601 + 1.
        QTest::newRow("15 min") << Window::FifteenMinutes << qint64{299'750} << 3602 << 1198.0;
    }

    void windowsCutAtTheirStart()
    {
        QFETCH(Window, window);
        QFETCH(qint64, from);
        QFETCH(int, count);
        QFETCH(double, firstValue);
        ThroughputSeries data;
        for (int i = 0; i < 4800; ++i)
            data.addSnapshot(snapshot(int64_t{i} * 250, i));
        QCOMPARE(data.visibleRange(window), (ThroughputSeries::TimeRange{from, 1'199'750}));
        const std::vector<SeriesPoint> points = data.pointsInWindow(Series::RowsRead, window);
        QCOMPARE(int(points.size()), count);
        QCOMPARE(points.front().value, firstValue);
        QCOMPARE(points[1].elapsedMs, from);
        QCOMPARE(points.back().value, 4799.0);
    }

    void allWindowShowsEverythingStored()
    {
        ThroughputSeries data;
        for (int i = 0; i < 4800; ++i)
            data.addSnapshot(snapshot(int64_t{i} * 250, i));
        QCOMPARE(data.visibleRange(Window::All), (ThroughputSeries::TimeRange{0, 1'199'750}));
        const std::vector<SeriesPoint> all = data.pointsInWindow(Series::RowsRead, Window::All);
        QCOMPARE(int(all.size()), data.series(Series::RowsRead).size());
        QCOMPARE(all.front(), at(0, 0));
    }

    /// Less than a window of data: the chart shows the run from 0 to its newest sample, as
    /// "All" does, so a short run fills the chart instead of a sliver of a minute's axis.
    void shortRunsFillTheChart()
    {
        ThroughputSeries data;
        QCOMPARE(data.visibleRange(Window::OneMinute), (ThroughputSeries::TimeRange{0, 60'000}));
        QCOMPARE(data.visibleRange(Window::All), (ThroughputSeries::TimeRange {0, 1000}));
        data.addSnapshot(snapshot(250, 1)); // the first sample: still a second's axis
        QCOMPARE(data.visibleRange(Window::All), (ThroughputSeries::TimeRange {0, 1000}));
        data.addSnapshot(snapshot(2000, 1));
        data.addSnapshot(snapshot(20'000, 2));
        QCOMPARE(data.visibleRange(Window::OneMinute), (ThroughputSeries::TimeRange {0, 20'000}));
        QCOMPARE(data.visibleRange(Window::FiveMinutes), (ThroughputSeries::TimeRange {0, 20'000}));
        QCOMPARE(data.visibleRange(Window::All), (ThroughputSeries::TimeRange {0, 20'000}));
        QCOMPARE(int(data.pointsInWindow(Series::RowsRead, Window::OneMinute).size()), 3);
        // Two minutes in: the five-minute window grows with the run (0 .. 122 s).
        data.addSnapshot(snapshot(122'000, 3));
        QCOMPARE(data.visibleRange(Window::FiveMinutes),
                 (ThroughputSeries::TimeRange {0, 122'000}));
        QCOMPARE(data.visibleRange(Window::OneMinute),
                 (ThroughputSeries::TimeRange{62'000, 122'000}));
    }

    /// An ended task (also told by a final snapshot that adds no sample) keeps the range of
    /// its data: nothing widens the axis when the run ends.
    void endedRunsKeepTheirRange()
    {
        ThroughputSeries data;
        data.addSnapshot(snapshot(2000, 1));
        data.addSnapshot(snapshot(5000, 2));
        QCOMPARE(data.visibleRange(Window::All), (ThroughputSeries::TimeRange {0, 5000}));
        QVERIFY(!data.hasEnded());
        auto last = snapshot(5000, 2);
        last.state = ferry::task::TaskState::Stopped;
        data.addSnapshot(last); // same time: no sample, but the task has ended
        QVERIFY(data.hasEnded());
        QCOMPARE(data.series(Series::RowsRead).size(), 2);
        QCOMPARE(data.visibleRange(Window::All), (ThroughputSeries::TimeRange {0, 5000}));
        QCOMPARE(data.visibleRange(Window::FiveMinutes), (ThroughputSeries::TimeRange {0, 5000}));
        data.clear();
        QVERIFY(!data.hasEnded());
        for (int i = 0; i <= 30; ++i)
            data.addSnapshot(snapshot(int64_t{i} * 1000, i));
        auto failed = snapshot(31'000, 0);
        failed.state = ferry::task::TaskState::Failed;
        data.addSnapshot(failed);
        QCOMPARE(data.visibleRange(Window::OneMinute), (ThroughputSeries::TimeRange{0, 31'000}));
        QCOMPARE(data.visibleRange(Window::All), (ThroughputSeries::TimeRange{0, 31'000}));
    }

    void pauseFreezesTheViewWhileCollecting()
    {
        ThroughputSeries data;
        for (int i = 0; i < 8; ++i)
            data.addSnapshot(snapshot(int64_t{i} * 250, i));
        data.setPaused(true);
        const auto frozen = data.pointsInWindow(Series::RowsRead, Window::OneMinute);
        QCOMPARE(int(frozen.size()), 8);
        for (int i = 8; i < 20; ++i)
            data.addSnapshot(snapshot(int64_t{i} * 250, i));
        QCOMPARE(data.series(Series::RowsRead).sampleCount(), 20); // still collecting
        QCOMPARE(data.viewEndMs(), 1750);
        QVERIFY(data.pointsInWindow(Series::RowsRead, Window::OneMinute) == frozen);
        QVERIFY(data.pointsInWindow(Series::RowsRead, Window::All) == frozen);
        data.setPaused(false);
        QCOMPARE(data.viewEndMs(), 4750);
        const auto live = data.pointsInWindow(Series::RowsRead, Window::OneMinute);
        QCOMPARE(int(live.size()), 20);
        QCOMPARE(live.back(), at(4750, 19));
    }

    /// Values 3 1 4 1 5 9 2 6 5 3 into 4 points: 2 buckets of 5 samples; bucket 1 (3 1 4 1 5):
    /// min 1 at 1 s (the first 1), max 5 at 4 s; bucket 2 (9 2 6 5 3): max 9 at 5 s, min 2 at
    /// 6 s.
    void reducesWindowsToMinMaxBucketsForTheChart()
    {
        ThroughputSeries data;
        const double values[] = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
        for (int i = 0; i < 10; ++i)
            data.addSnapshot(snapshot(i * 1000, values[i]));
        const auto points = data.pointsInWindow(Series::RowsRead, Window::OneMinute, 4);
        QVERIFY2((points
                  == std::vector<SeriesPoint>{at(1000, 1), at(4000, 5), at(5000, 9),
                                              at(6000, 2)}),
                 qPrintable(describe(points)));
        QCOMPARE(int(data.pointsInWindow(Series::RowsRead, Window::OneMinute, 10).size()), 10);
    }

    /// main.ticket: rows read 0 -> 500 -> 1500 -> 100 (reloaded) at 1.0, 1.25, 1.75, 2.25 s;
    /// rows written 0 -> 400 -> 1400 -> 50. Rates: 500 / 0.25 = 2000, 400 / 0.25 = 1600;
    /// 1000 / 0.5 = 2000 both; a counter that went back gives 0.
    void derivesPerTableRatesFromCounters()
    {
        ThroughputSeries data;
        const auto step = [&](int64_t elapsed, int64_t read, int64_t written) {
            ferry::task::TaskSnapshot s = snapshot(elapsed, 0);
            s.tables.push_back(table("main", "sport", ferry::task::TableState::Completed, 7, 7));
            s.tables.push_back(
                table("main", "ticket", ferry::task::TableState::FullLoad, read, written));
            data.addSnapshot(s);
        };
        step(1000, 0, 0);
        QVERIFY(data.isTracked("main", "ticket")); // loading: tracked automatically
        QVERIFY(!data.isTracked("main", "sport"));  // completed before: only on request
        step(1250, 500, 400);
        step(1750, 1500, 1400);
        step(2250, 100, 50);
        const BoundedSeries *read = data.tableSeries("main", "ticket", TableSeries::RowsRead);
        const BoundedSeries *written =
            data.tableSeries("main", "ticket", TableSeries::RowsWritten);
        QVERIFY(read && written);
        QCOMPARE(describe(read->points()),
                 describe({at(1250, 2000), at(1750, 2000), at(2250, 0)}));
        QCOMPARE(describe(written->points()),
                 describe({at(1250, 1600), at(1750, 2000), at(2250, 0)}));
        QCOMPARE(describe(data.tablePointsInWindow("main", "ticket", TableSeries::RowsRead,
                                                   Window::OneMinute)),
                 describe({at(1250, 2000), at(1750, 2000), at(2250, 0)}));
        QVERIFY(data.tablePointsInWindow("main", "nothing", TableSeries::RowsRead,
                                         Window::All).empty());
    }

    void tracksATableOnRequestFromTheNextSnapshot()
    {
        ThroughputSeries data;
        const auto step = [&](int64_t elapsed, int64_t read) {
            ferry::task::TaskSnapshot s = snapshot(elapsed, 0);
            s.tables.push_back(table("s", "a", ferry::task::TableState::BeforeLoad, read, read));
            data.addSnapshot(s);
        };
        step(0, 0);
        QVERIFY(!data.isTracked("s", "a"));
        data.trackTable("s", "a");
        QVERIFY(data.isTracked("s", "a"));
        step(500, 100);  // the first counters: no rate yet
        step(1000, 300); // 200 rows in 0.5 s
        QVERIFY((data.tableSeries("s", "a", TableSeries::RowsRead)->points()
                 == std::vector<SeriesPoint>{at(1000, 400)}));
    }

    void boundsTheNumberOfTrackedTables()
    {
        ThroughputSeries::Limits limits;
        limits.autoTrackedTables = 2;
        limits.requestedTables = 2;
        ThroughputSeries data(limits);
        ferry::task::TaskSnapshot s = snapshot(0, 0);
        for (const char *name : {"t1", "t2", "t3"})
            s.tables.push_back(table("s", name, ferry::task::TableState::FullLoad, 0, 0));
        data.addSnapshot(s);
        QCOMPARE(data.trackedTableCount(), 2);
        QVERIFY(data.isTracked("s", "t1") && data.isTracked("s", "t2"));
        QVERIFY(!data.isTracked("s", "t3"));
        data.trackTable("s", "r1");
        data.trackTable("s", "r2");
        data.trackTable("s", "r1"); // asked again: now the most recent
        data.trackTable("s", "r3"); // drops r2, the least recently asked for
        QCOMPARE(data.trackedTableCount(), 4);
        QVERIFY(data.isTracked("s", "r1") && data.isTracked("s", "r3"));
        QVERIFY(!data.isTracked("s", "r2"));
        QVERIFY(data.isTracked("s", "t1") && data.isTracked("s", "t2"));
    }

    /// Three snapshots 250 ms apart; main.ticket starts loading in the first one (so its rates
    /// begin with the second). 1000 / 3 rows/s is written with three decimals, 0.1 + 0.2 as
    /// 0.3; a German default locale changes nothing.
    void exportsEverySeriesAsCsv()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        ThroughputSeries data;
        ferry::task::TaskSnapshot s1 = snapshot(0, 0, 0, 0, 0);
        s1.tables.push_back(table("main", "ticket", ferry::task::TableState::FullLoad, 0, 0));
        ferry::task::TaskSnapshot s2 = snapshot(250, 1234.5, 1000, 2048.25, 1536.125);
        s2.tables.push_back(table("main", "ticket", ferry::task::TableState::FullLoad, 500, 250));
        ferry::task::TaskSnapshot s3 = snapshot(500, 1000.0 / 3.0, 0.1 + 0.2, 2000, 0);
        s3.tables.push_back(table("main", "ticket", ferry::task::TableState::FullLoad, 750, 500));
        data.addSnapshot(s1);
        data.addSnapshot(s2);
        data.addSnapshot(s3);
        const QByteArray expected =
            "Timestamp (UTC),Elapsed (s),Rows read (rows/s),Rows written (rows/s),Read (KB/s),"
            "Written (KB/s),CDC source latency (s),CDC target latency (s),"
            "main.ticket rows read (rows/s),main.ticket rows written (rows/s)\n"
            "2024-05-01T12:00:00.000Z,0.000,0,0,0,0,,,,\n"
            "2024-05-01T12:00:00.250Z,0.250,1234.5,1000,2048.25,1536.125,,,2000,1000\n"
            "2024-05-01T12:00:00.500Z,0.500,333.333,0.3,2000,0,,,1000,1000\n";
        const QByteArray csv = data.toCsv();
        QLocale::setDefault(QLocale::c());
        QCOMPARE(csv, expected);
    }

    void quotesCsvHeadersThatNeedIt()
    {
        ThroughputSeries data;
        data.trackTable("odd", "a,\"b\"");
        const QByteArray csv = data.toCsv();
        QVERIFY2(csv.endsWith(",\"odd.a,\"\"b\"\" rows read (rows/s)\","
                              "\"odd.a,\"\"b\"\" rows written (rows/s)\"\n"),
                 csv.constData());
    }

    void formatsNumbersWithoutTheLocale()
    {
        QCOMPARE(ThroughputSeries::formatNumber(12.5), std::string("12.5"));
        QCOMPARE(ThroughputSeries::formatNumber(1e9), std::string("1000000000"));
        QCOMPARE(ThroughputSeries::formatNumber(-0.0), std::string("0"));
        QCOMPARE(ThroughputSeries::formatNumber(0.0004), std::string("0"));
        QCOMPARE(ThroughputSeries::formatNumber(2.25), std::string("2.25"));
        QCOMPARE(ThroughputSeries::formatNumber(std::nan("")), std::string());
    }

    void clearForgetsEverything()
    {
        ThroughputSeries data;
        ferry::task::TaskSnapshot s = snapshot(5000, 10);
        s.tables.push_back(table("s", "t", ferry::task::TableState::FullLoad, 1, 1));
        data.addSnapshot(s);
        data.setPaused(true);
        data.clear();
        QCOMPARE(data.snapshotCount(), 0);
        QVERIFY(data.series(Series::RowsRead).isEmpty());
        QCOMPARE(data.trackedTableCount(), 0);
        QVERIFY(!data.isPaused());
        // The next task's snapshots are accepted even when older than the last one seen.
        data.addSnapshot(snapshot(1000, 3));
        QCOMPARE(data.series(Series::RowsRead).sampleCount(), 1);
    }

    // Axis arithmetic --------------------------------------------------------------------

    /// 12,345 * 1.02 = 12,591.9 in at most 5 intervals: 1,000, 2,000 and 2,500 need 13, 7
    /// and 6; 5,000 needs 3 -> 0..15,000. 100 -> 102: 20 needs 6, 25 needs 5 -> 0..125.
    /// 0.7 -> 0.714: 0.1 needs 8, 0.2 needs 4 -> 0..0.8. 9.9 -> 10.098: 2 needs 6, 2.5 needs
    /// 5 -> 0..12.5 with one decimal.
    void picksRoundValueScales_data()
    {
        QTest::addColumn<double>("maxValue");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("step");
        QTest::addColumn<int>("ticks");
        QTest::addColumn<int>("decimals");
        QTest::newRow("12345") << 12345.0 << 15000.0 << 5000.0 << 4 << 0;
        QTest::newRow("100") << 100.0 << 125.0 << 25.0 << 6 << 0;
        QTest::newRow("0.7") << 0.7 << 0.8 << 0.2 << 5 << 1;
        QTest::newRow("9.9") << 9.9 << 12.5 << 2.5 << 6 << 1;
        QTest::newRow("no data") << 0.0 << 10.0 << 2.0 << 6 << 0;
    }

    void picksRoundValueScales()
    {
        QFETCH(double, maxValue);
        QFETCH(double, max);
        QFETCH(double, step);
        QFETCH(int, ticks);
        QFETCH(int, decimals);
        const ferry::models::ValueScale scale = ferry::models::niceValueScale(maxValue, 6);
        QVERIFY(qFuzzyCompare(scale.max, max));
        QVERIFY(qFuzzyCompare(scale.step, step));
        QCOMPARE(scale.tickCount, ticks);
        QCOMPARE(scale.decimals, decimals);
    }

    /// 0..60 s in 7 ticks: 1, 2, 5 s give 61, 31, 13 ticks; 10 s gives 7. The 1-minute window
    /// ending at 1,199.75 s: 10 s steps from 1,140 to 1,190 s (6 ticks). Ten hours: 1 h gives
    /// 11 ticks, 2 h gives 6.
    void picksRoundTimeTicks()
    {
        using ferry::models::niceTimeTicks;
        auto ticks = niceTimeTicks(0, 60'000, 7);
        QCOMPARE(ticks.stepMs, 10'000);
        QCOMPARE(ticks.ticksMs, (std::vector<int64_t>{0, 10'000, 20'000, 30'000, 40'000, 50'000,
                                                      60'000}));
        QVERIFY(!ticks.withHours);
        ticks = niceTimeTicks(1'139'750, 1'199'750, 7);
        QCOMPARE(ticks.stepMs, 10'000);
        QCOMPARE(ticks.ticksMs, (std::vector<int64_t>{1'140'000, 1'150'000, 1'160'000, 1'170'000,
                                                      1'180'000, 1'190'000}));
        ticks = niceTimeTicks(0, 36'000'000, 7);
        QCOMPARE(ticks.stepMs, 7'200'000);
        QCOMPARE(int(ticks.ticksMs.size()), 6);
        QVERIFY(ticks.withHours);
    }

    void formatsElapsedTimeAsAClock()
    {
        using ferry::models::formatElapsedClock;
        QCOMPARE(formatElapsedClock(0, false), QStringLiteral("0:00"));
        QCOMPARE(formatElapsedClock(65'000, false), QStringLiteral("1:05"));
        QCOMPARE(formatElapsedClock(754'999, false), QStringLiteral("12:34"));
        QCOMPARE(formatElapsedClock(3'723'000, true), QStringLiteral("1:02:03"));
        QCOMPARE(formatElapsedClock(93'600'000, true), QStringLiteral("26:00:00"));
        QCOMPARE(formatElapsedClock(-5000, false), QStringLiteral("-0:05"));
    }
};

QTEST_GUILESS_MAIN(TestThroughputSeries)
#include "tst_throughput_series.moc"
