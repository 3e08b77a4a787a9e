// SPDX-License-Identifier: MIT
// The Monitoring tab driven by synthetic snapshots: point counts and axis ranges per window,
// pause, per-table chart, hover values, PNG/CSV export through the Dialogs seam, and a
// screenshot of a realistic two-minute run (FERRY_SCREENSHOT_DIR).
#include "models/monitoring/throughput_series.h"
#include "ui/dialogs.h"
#include "ui/monitoring/monitoring_view.h"
#include "ui/monitoring/throughput_chart.h"

#include <QCategoryAxis>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

#include <cmath>

using ferry::MonitoringView;
using ferry::ThroughputChart;
using Window = ferry::models::ThroughputSeries::Window;
using Series = ferry::models::ThroughputSeries::Series;

namespace {

constexpr int64_t May1Noon = 1'714'564'800'000; // 2024-05-01T12:00:00.000Z

ferry::task::TaskSnapshot snapshot(int64_t elapsedMs, double rowsRead, double rowsWritten,
                                   double kbRead = 0, double kbWritten = 0)
{
    ferry::task::TaskSnapshot s;
    // Not operator=(const char *): GCC 12 warns falsely (-Wrestrict) on it at -O3.
    s.taskName = std::string("sample");
    s.state = ferry::task::TaskState::Running;
    s.timestampMs = May1Noon + elapsedMs;
    s.elapsedMs = elapsedMs;
    s.metrics.fullLoadThroughputRowsSource = rowsRead;
    s.metrics.fullLoadThroughputRowsTarget = rowsWritten;
    s.metrics.fullLoadThroughputBandwidthSource = kbRead;
    s.metrics.fullLoadThroughputBandwidthTarget = kbWritten;
    return s;
}

ferry::task::TableStatistics loading(const char *name, int64_t rowsRead, int64_t rowsWritten,
                                     int64_t total)
{
    ferry::task::TableStatistics t;
    t.schema = std::string("main");
    t.table = name;
    t.state = rowsWritten >= total ? ferry::task::TableState::Completed
                                   : ferry::task::TableState::FullLoad;
    t.rowsRead = rowsRead;
    t.fullLoadRows = rowsWritten;
    t.totalRows = total;
    return t;
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

/// Moves the mouse over (seconds, value) of the chart's first line and returns the callout
/// text. The chart lays itself out on the event loop, so callers retry with QTRY_*.
QString hoverAt(ThroughputChart *chart, double seconds, double value, int raise = 0)
{
    const QPointF inChart = chart->chart()->mapToPosition(QPointF(seconds, value), chart->line(0));
    const QPoint position = chart->mapFromScene(chart->chart()->mapToScene(inChart));
    QTest::mouseMove(chart->viewport(), position - QPoint(0, raise));
    return chart->hoverText();
}

double axisMin(QAbstractAxis *axis) { return static_cast<QValueAxis *>(axis)->min(); }
double axisMax(QAbstractAxis *axis) { return static_cast<QValueAxis *>(axis)->max(); }

} // namespace

class TestMonitoringView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanup()
    {
        QCOMPARE(ferry::Dialogs::pendingAnswers(), 0);
        ferry::Dialogs::clearAnswers();
    }

    void showsANoteUntilTheFirstSnapshot()
    {
        MonitoringView view;
        view.resize(1100, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *pages = child<QStackedWidget>(&view, "pages");
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyPage"));
        QVERIFY(child<QLabel>(&view, "emptyNote")->text().contains(QLatin1String("while a task")));
        QVERIFY(!child<QPushButton>(&view, "exportPngButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&view, "exportCsvButton")->isEnabled());
        view.setSnapshot(snapshot(0, 0, 0));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("chartsArea"));
        QVERIFY(child<QPushButton>(&view, "exportPngButton")->isEnabled());
    }

    /// 40 snapshots 250 ms apart (0 .. 9.75 s), rows read 1000 + 10 i, written 900 + 10 i,
    /// KB/s read 100 + i, written 90 + i. The one minute window holds the whole run: 0..9.75 s.
    /// Rows: max 1390 * 1.02 = 1417.8 -> steps of 100, 200, 250 need 15, 8, 6 intervals,
    /// 500 needs 3 -> 0..1500 in 4 ticks. KB/s: max 139 * 1.02 = 141.78 -> 25 needs 6,
    /// 50 needs 3 -> 0..150.
    void chartsEverySnapshotWithRoundAxes()
    {
        MonitoringView view;
        view.resize(1100, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setWindow(Window::OneMinute);
        for (int i = 0; i < 40; ++i)
            view.setSnapshot(snapshot(i * 250, 1000 + 10 * i, 900 + 10 * i, 100 + i, 90 + i));

        ThroughputChart *rows = view.rowsChart();
        QCOMPARE(rows->line(0)->objectName(), QStringLiteral("rowsReadSeries"));
        QCOMPARE(rows->line(0)->count(), 40);
        QCOMPARE(rows->line(1)->count(), 40);
        QCOMPARE(rows->line(0)->at(0), QPointF(0, 1000));
        QCOMPARE(rows->line(0)->at(39), QPointF(9.75, 1390));
        QCOMPARE(rows->line(1)->at(39), QPointF(9.75, 1290));
        QCOMPARE(rows->line(0)->name(), QStringLiteral("Read from source"));
        QCOMPARE(rows->line(1)->name(), QStringLiteral("Written to target"));
        QCOMPARE(axisMin(rows->timeAxis()), 0.0);
        QCOMPARE(axisMax(rows->timeAxis()), 9.75);
        QCOMPARE(rows->valueAxis()->min(), 0.0);
        QCOMPARE(rows->valueAxis()->max(), 1500.0);
        QCOMPARE(rows->valueAxis()->tickCount(), 4);
        QCOMPARE(rows->valueAxis()->titleText(), QStringLiteral("rows/s"));
        const QStringList labels = rows->timeLabels();
        QVERIFY2(labels.size() >= 3, qPrintable(labels.join(u' ')));
        QCOMPARE(labels.first(), QStringLiteral("0:00"));
        QCOMPARE(labels.last(), QStringLiteral("0:08")); // 2 s ticks up to 9.75 s
        QCOMPARE(rows->timeAxis()->titleText(), QStringLiteral("Elapsed time (m:ss)"));

        ThroughputChart *bandwidth = view.bandwidthChart();
        QCOMPARE(bandwidth->line(0)->count(), 40);
        QCOMPARE(bandwidth->line(0)->at(39), QPointF(9.75, 139));
        QCOMPARE(bandwidth->line(1)->at(39), QPointF(9.75, 129));
        QCOMPARE(bandwidth->valueAxis()->max(), 150.0);
        QCOMPARE(bandwidth->valueAxis()->titleText(), QStringLiteral("KB/s"));

        // No CDC in a full load: a note says so instead of an empty chart.
        auto *latency = child<QStackedWidget>(&view, "latencyStack");
        QCOMPARE(latency->currentWidget()->objectName(), QStringLiteral("latencyNotePage"));
        QVERIFY(child<QLabel>(&view, "latencyNote")->text().contains(QLatin1String("CDC")));
        QVERIFY(child<QLabel>(&view, "monitoringStatus")
                    ->text()
                    .contains(QLatin1String("1,390 rows/s read, 1,290 rows/s written")));
    }

    /// The time axis follows the data from 0: a short run fills the charts while it runs and
    /// once it has ended (no fixed minute or ten seconds it would fill a sliver of), and the
    /// status gives the run's average rates instead of the last two seconds'.
    void shortRunFillsTheTimeAxis()
    {
        MonitoringView view;
        view.resize(1100, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 1; i <= 16; ++i) {
            auto s = snapshot(i * 250, 5000, 4000);
            s.tables = {loading("ticket", i * 1000, i * 800, 20'000)};
            view.setSnapshot(s);
        }
        ThroughputChart *rows = view.rowsChart();
        QCOMPARE(axisMin(rows->timeAxis()), 0.0);
        QCOMPARE(axisMax(rows->timeAxis()), 4.0);
        QCOMPARE(axisMin(view.bandwidthChart()->timeAxis()), 0.0);
        QCOMPARE(axisMax(view.bandwidthChart()->timeAxis()), 4.0);
        auto ended = snapshot(4000, 1000, 2000);
        ended.state = ferry::task::TaskState::LoadComplete;
        ended.tables = {loading("ticket", 20'000, 20'000, 20'000)};
        view.setSnapshot(ended);
        QCOMPARE(axisMin(rows->timeAxis()), 0.0);
        QCOMPARE(axisMax(rows->timeAxis()), 4.0);
        const QString status = child<QLabel>(&view, "monitoringStatus")->text();
        QVERIFY2(status.contains(QLatin1String("5,000 rows/s read, 5,000 rows/s written")),
                 qPrintable(status)); // 20,000 rows in 4 s
        QVERIFY2(status.contains(QLatin1String("0:04")), qPrintable(status));
        // A new run starts over; its first sample still gets a readable axis (a second).
        view.clear();
        view.setSnapshot(snapshot(250, 10, 10));
        QCOMPARE(axisMin(rows->timeAxis()), 0.0);
        QCOMPARE(axisMax(rows->timeAxis()), 1.0);
        QVERIFY(child<QLabel>(&view, "monitoringStatus")->text().startsWith(QLatin1String("Now:")));
    }

    /// 240 snapshots 2 s apart (0 .. 478 s), value = i. 1 min: from 418 s = sample 209 ->
    /// 31 samples + the one before; 5 min: from 178 s = sample 89 -> 151 + 1; whole run: all
    /// 240, 0..478 s.
    void windowChoiceSetsRangeAndPoints()
    {
        MonitoringView view;
        view.resize(1100, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 0; i < 240; ++i)
            view.setSnapshot(snapshot(i * 2000, i, i));
        auto *combo = child<QComboBox>(&view, "windowCombo");
        QCOMPARE(combo->count(), 4);
        ThroughputChart *rows = view.rowsChart();

        combo->setCurrentIndex(combo->findText(QStringLiteral("Last minute")));
        QCOMPARE(view.window(), Window::OneMinute);
        QCOMPARE(rows->line(0)->count(), 32);
        QCOMPARE(rows->line(0)->at(1), QPointF(418, 209));
        QCOMPARE(axisMin(rows->timeAxis()), 418.0);
        QCOMPARE(axisMax(rows->timeAxis()), 478.0);
        // Visible max 239 * 1.02 = 243.78: 50 needs 5 intervals -> 0..250.
        QCOMPARE(rows->valueAxis()->max(), 250.0);

        combo->setCurrentIndex(combo->findText(QStringLiteral("Last 5 minutes")));
        QCOMPARE(rows->line(0)->count(), 152);
        QCOMPARE(axisMin(rows->timeAxis()), 178.0);
        QCOMPARE(axisMax(rows->timeAxis()), 478.0);

        combo->setCurrentIndex(combo->findText(QStringLiteral("Whole run")));
        QCOMPARE(rows->line(0)->count(), 240);
        QCOMPARE(axisMin(rows->timeAxis()), 0.0);
        QCOMPARE(axisMax(rows->timeAxis()), 478.0);
        QCOMPARE(rows->timeLabels().first(), QStringLiteral("0:00"));
    }

    void pauseFreezesTheChartsWhileDataAccrues()
    {
        MonitoringView view;
        view.resize(1100, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setWindow(Window::OneMinute);
        for (int i = 0; i < 20; ++i)
            view.setSnapshot(snapshot(i * 250, 100, 100));
        auto *pause = child<QToolButton>(&view, "pauseButton");
        QCOMPARE(pause->text(), QStringLiteral("&Pause"));
        pause->click();
        QVERIFY(view.isPaused());
        QCOMPARE(pause->text(), QStringLiteral("&Resume"));
        for (int i = 20; i < 60; ++i)
            view.setSnapshot(snapshot(i * 250, 500, 500));
        QCOMPARE(view.rowsChart()->line(0)->count(), 20);
        QCOMPARE(view.rowsChart()->line(0)->at(19), QPointF(4.75, 100));
        QCOMPARE(view.series().series(Series::RowsRead).sampleCount(), 60); // still collecting
        QCOMPARE(child<QLabel>(&view, "monitoringStatus")->text(),
                 QStringLiteral("Paused at 0:04; still collecting (now at 0:14)."));
        // A window change while paused still ends at the pause.
        view.setWindow(Window::All);
        QCOMPARE(view.rowsChart()->line(0)->count(), 20);

        pause->click();
        QVERIFY(!view.isPaused());
        QCOMPARE(view.rowsChart()->line(0)->count(), 60);
        QCOMPARE(view.rowsChart()->line(0)->at(59), QPointF(14.75, 500));
    }

    /// Tables a and b load at 100 and 250 rows per 250 ms: 400 and 1000 rows/s; c starts
    /// later and is charted from the snapshot after it was selected.
    void perTableChartFollowsTheSelectedTable()
    {
        MonitoringView view;
        view.resize(1100, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        int64_t elapsed = 0;
        int64_t cRows = 0;
        const auto tick = [&](int i) {
            ferry::task::TaskSnapshot s = snapshot(elapsed, 1400, 1400);
            s.tables.push_back(loading("a", 100 * i, 100 * i, 1'000'000));
            s.tables.push_back(loading("b", 250 * i, 250 * i, 1'000'000));
            ferry::task::TableStatistics c = loading("c", cRows, cRows, 1'000'000);
            c.state = ferry::task::TableState::BeforeLoad;
            s.tables.push_back(c);
            view.setSnapshot(s);
            elapsed += 250;
        };
        for (int i = 0; i < 10; ++i)
            tick(i);
        auto *stack = child<QStackedWidget>(&view, "tableStack");
        auto *note = child<QLabel>(&view, "tableNote");
        auto *notePage = child<QWidget>(&view, "tableNotePage");
        QCOMPARE(stack->currentWidget(), notePage);
        QVERIFY(note->text().startsWith(QLatin1String("Select a table")));

        view.setSelectedTable(QStringLiteral("main"), QStringLiteral("a"));
        ThroughputChart *table = view.tableChart();
        QCOMPARE(stack->currentWidget(), table);
        QCOMPARE(table->chart()->title(), QStringLiteral("Rows per second: main.a"));
        QCOMPARE(table->line(0)->count(), 9); // rates start with the second snapshot
        for (int i = 0; i < table->line(0)->count(); ++i)
            QCOMPARE(table->line(0)->at(i).y(), 400.0);

        view.setSelectedTable(QStringLiteral("main"), QStringLiteral("b"));
        QCOMPARE(table->chart()->title(), QStringLiteral("Rows per second: main.b"));
        QCOMPARE(table->line(1)->count(), 9);
        QCOMPARE(table->line(1)->at(8), QPointF(2.25, 1000));

        view.setSelectedTable(QStringLiteral("main"), QStringLiteral("c"));
        QCOMPARE(stack->currentWidget(), notePage);
        QCOMPARE(note->text(), QStringLiteral("Collecting rows per second for main.c…"));
        tick(10);
        cRows = 50;
        tick(11); // 50 rows in 0.25 s
        QCOMPARE(stack->currentWidget(), table);
        QCOMPARE(table->line(0)->count(), 1);
        QCOMPARE(table->line(0)->at(0), QPointF(2.75, 200));

        view.setSelectedTable({}, {});
        QCOMPARE(stack->currentWidget(), notePage);
    }

    void hoverShowsTimeAndValues()
    {
        MonitoringView view;
        view.resize(1100, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setWindow(Window::OneMinute);
        for (int i = 0; i <= 40; ++i)
            view.setSnapshot(snapshot(i * 250, 1000 + 10 * i, 900 + 10 * i));
        ThroughputChart *rows = view.rowsChart();
        // The sample at 5 s (i = 20): read 1,200, written 1,100.
        QTRY_VERIFY(hoverAt(rows, 5.0, 1200).startsWith(QLatin1String("0:05 ")));
        const QString text = rows->hoverText();
        QVERIFY2(text.startsWith(QLatin1String("0:05 elapsed, at ")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Read from source: 1,200 rows/s")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Written to target: 1,100 rows/s")),
                 qPrintable(text));
        // Outside the plot area there is nothing to show.
        QVERIFY(rows->hoverTextAt(QPoint(1, 1)).isEmpty());
    }

    void exportsPngAndCsvThroughTheDialogSeam()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        MonitoringView view;
        view.resize(1100, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 0; i < 8; ++i)
            view.setSnapshot(snapshot(i * 250, 100 * i, 90 * i, 10 * i, 9 * i));

        const QString png = directory.filePath(QStringLiteral("charts.png"));
        ferry::Dialogs::queueAnswer(png);
        child<QPushButton>(&view, "exportPngButton")->click();
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), view.chartsArea()->size() * view.devicePixelRatio());

        const QString csvPath = directory.filePath(QStringLiteral("series.csv"));
        ferry::Dialogs::queueAnswer(csvPath);
        child<QPushButton>(&view, "exportCsvButton")->click();
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size(), 1 + 8 + 1); // header, 8 rows, "" after the last line end
        QVERIFY(lines[0].startsWith("Timestamp (UTC),Elapsed (s),Rows read (rows/s),"
                                    "Rows written (rows/s),Read (KB/s),Written (KB/s)"));
        QCOMPARE(lines[1], QByteArray("2024-05-01T12:00:00.000Z,0.000,0,0,0,0,,"));
        QCOMPARE(lines[8], QByteArray("2024-05-01T12:00:01.750Z,1.750,700,630,70,63,,"));
        QCOMPARE(ferry::Dialogs::answeredTitles(),
                 (QStringList{QStringLiteral("Export Charts as PNG"),
                              QStringLiteral("Export Throughput as CSV")}));

        // Cancelling the file picker writes nothing.
        ferry::Dialogs::queueAnswer(QString());
        child<QPushButton>(&view, "exportCsvButton")->click();
        QCOMPARE(QDir(directory.path()).entryList(QDir::Files).size(), 2);

        // A folder that does not exist: the failure is reported, not silently dropped.
        ferry::Dialogs::clearAnswers();
        ferry::Dialogs::queueAnswer(directory.filePath(QStringLiteral("missing/series.csv")));
        ferry::Dialogs::queueAnswer(QVariant()); // acknowledges the warning
        child<QPushButton>(&view, "exportCsvButton")->click();
        QCOMPARE(ferry::Dialogs::answeredTitles(),
                 (QStringList{QStringLiteral("Export Throughput as CSV"),
                              QStringLiteral("Export Throughput as CSV")}));
        QVERIFY(!QFile::exists(directory.filePath(QStringLiteral("missing/series.csv"))));
    }

    void clearStartsOver()
    {
        MonitoringView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSnapshot(snapshot(0, 1, 1));
        view.setSnapshot(snapshot(250, 2, 2));
        view.clear();
        QCOMPARE(child<QStackedWidget>(&view, "pages")->currentWidget()->objectName(),
                 QStringLiteral("emptyPage"));
        QCOMPARE(view.series().snapshotCount(), 0);
        QVERIFY(!child<QPushButton>(&view, "exportCsvButton")->isEnabled());
        // A new task's snapshots start again, even with earlier timestamps.
        view.setSnapshot(snapshot(0, 3, 3));
        QCOMPARE(view.rowsChart()->line(0)->count(), 1);
    }

    void hiddenViewCatchesUpWhenShown()
    {
        MonitoringView view;
        for (int i = 0; i < 12; ++i)
            view.setSnapshot(snapshot(i * 250, 10, 10));
        QCOMPARE(view.rowsChart()->line(0)->count(), 0); // hidden: only collected
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.rowsChart()->line(0)->count(), 12);
    }

    /// Two minutes at 4 Hz of a plausible load: a ramp to ~60,000 rows/s, a dip while the big
    /// table's slices switch, recovery and a tail. Written follows read half a second later.
    void rendersARealisticRun()
    {
        MonitoringView view;
        view.resize(1100, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setWindow(Window::All);
        view.setSelectedTable(QStringLiteral("main"), QStringLiteral("ticket"));
        const auto readRate = [](double t) {
            double rate = t < 15 ? 60'000 * t / 15 : 60'000;
            rate += 3'000 * std::sin(t * 1.7) + 1'500 * std::sin(t * 0.45 + 1);
            if (t > 68 && t < 80)
                rate *= 0.3 + 0.7 * std::abs(t - 74) / 6;
            if (t > 108)
                rate *= std::max(0.0, (120 - t) / 12);
            return std::max(0.0, rate);
        };
        double ticketRead = 0;
        double ticketWritten = 0;
        for (int i = 0; i <= 480; ++i) {
            const double t = i * 0.25;
            const double read = readRate(t);
            const double written = 0.97 * readRate(std::max(0.0, t - 0.5));
            ferry::task::TaskSnapshot s =
                snapshot(i * 250, read, written, read * 0.118, written * 0.131);
            ticketRead += 0.25 * read * 0.8;
            ticketWritten += 0.25 * written * 0.8;
            s.tables.push_back(loading("ticket", static_cast<int64_t>(ticketRead),
                                       static_cast<int64_t>(ticketWritten), 6'000'000));
            s.tables.push_back(loading("customer", 200'000, 200'000, 200'000));
            view.setSnapshot(s);
        }
        ThroughputChart *rows = view.rowsChart();
        QCOMPARE(rows->line(0)->count(), 481);
        QCOMPARE(axisMax(rows->timeAxis()), 120.0);
        QCOMPARE(rows->timeLabels().last(), QStringLiteral("2:00"));
        QCOMPARE(child<QStackedWidget>(&view, "tableStack")->currentWidget(), view.tableChart());
        QCOMPARE(view.tableChart()->line(0)->count(), 480);

        // Hover over the dip so the screenshot shows the callout.
        QTRY_VERIFY(hoverAt(rows, 74.0, 0, 60).startsWith(QLatin1String("1:14 elapsed")));

        const QImage shot = view.grab().toImage();
        QCOMPARE(shot.size(), view.size() * view.devicePixelRatio());
        const QString keep = qEnvironmentVariable("FERRY_SCREENSHOT_DIR");
        if (!keep.isEmpty()) {
            QVERIFY(QDir().mkpath(keep));
            QVERIFY(shot.save(QDir(keep).filePath(QStringLiteral("monitoring.png"))));
        }

        // The same run in a dark palette: the lines switch to their lighter variants.
        const QColor lightRead = rows->line(0)->pen().color();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::ToolTipBase, QColor(0x44, 0x44, 0x44));
        dark.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xf0));
        dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
        view.setPalette(dark);
        QTRY_VERIFY(rows->line(0)->pen().color() != lightRead);
        QVERIFY(rows->line(0)->pen().color().lightness() > lightRead.lightness());
        QCOMPARE(rows->chart()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
        if (!keep.isEmpty()) {
            QVERIFY(view.grab().save(QDir(keep).filePath(QStringLiteral("monitoring-dark.png"))));
        }
    }
};

QTEST_MAIN(TestMonitoringView)
#include "tst_monitoring_view.moc"
