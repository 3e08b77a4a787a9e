// SPDX-License-Identifier: MIT
// GUI event-loop latency while the workbench's live views update (issue #4, "The UI stays
// responsive"). A 1 ms timer on the GUI thread records the gaps between its firings; anything
// that blocks the loop (a slow setSnapshot, a long repaint) shows as a long gap.
//
// Scenarios:
//   statistics  TableStatisticsView gets snapshots of N tables (default 10,000) at 4 Hz whose
//               counters all change, built on a producer thread and queued to the GUI thread
//               as the engine does;
//   monitoring  MonitoringView gets the same snapshots;
//   load        a real max-speed load (the embedded SQLite sports-ticketing sample into an
//               SQLite copy) on the engine thread, both views and the log view following it.
//
// Reports, per scenario, the gap p50/p99/max, the time-weighted input delay p99 (how long an
// event arriving at a random instant waits), gaps over 16 ms and 50 ms, and the time spent in
// each setSnapshot, as text and (--json) JSON. Target: p99 below 50 ms.
#include "engine/sample/ticketing_sample.h"
#include "engine/task/task_snapshot.h"
#include "models/engine_client.h"
#include "ui/log_view.h"
#include "ui/monitoring/monitoring_view.h"
#include "ui/table_statistics_view.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSplitter>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <ctime>
#include <map>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

using namespace std::chrono_literals;

/// CPU time this thread has used, in ms: a long gap with little CPU means the GUI thread was
/// waiting for a core (other threads ran), not busy.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

/// What the GUI thread spent its time on: every top-level event dispatch slower than 2 ms,
/// summed by event type and receiver class.
class InstrumentedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slow
    {
        int count = 0;
        double totalMs = 0;
        double maxMs = 0;
        double cpuMs = 0; ///< GUI-thread CPU time within them
    };

    bool notify(QObject *receiver, QEvent *event) override
    {
        // notify() runs in every thread that dispatches events: only the GUI thread's count.
        if (m_depth > 0 || !m_recording || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = threadCpuMs();
        const int type = event->type();
        // A timer's owner says more than "QTimer".
        const QObject *named = receiver->parent() && qobject_cast<QTimer *>(receiver)
            ? receiver->parent()
            : receiver;
        const QString receiverName = QString::fromLatin1(named->metaObject()->className());
        const bool handled = QApplication::notify(receiver, event);
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        const double cpu = threadCpuMs() - cpuBefore;
        --m_depth;
        if (ms > 2.0) {
            Slow &slow = m_slow[QStringLiteral("%1 -> %2").arg(eventName(type), receiverName)];
            ++slow.count;
            slow.totalMs += ms;
            slow.maxMs = std::max(slow.maxMs, ms);
            slow.cpuMs += cpu;
        }
        return handled;
    }

    /// GUI thread only, like notify's bookkeeping.
    void startRecording()
    {
        m_slow.clear();
        m_recording = true;
    }
    void stopRecording() { m_recording = false; }
    const std::map<QString, Slow> &slow() const { return m_slow; }

private:
    static QString eventName(int type)
    {
        switch (type) {
        case QEvent::MetaCall: return QStringLiteral("queued call");
        case QEvent::Timer: return QStringLiteral("timer");
        case QEvent::UpdateRequest: return QStringLiteral("paint");
        case QEvent::LayoutRequest: return QStringLiteral("layout");
        case QEvent::Paint: return QStringLiteral("paint event");
        case QEvent::DeferredDelete: return QStringLiteral("deferred delete");
        case QEvent::MouseMove: return QStringLiteral("mouse move");
        default: return QStringLiteral("event %1").arg(type);
        }
    }

    int m_depth = 0;                      ///< GUI thread only
    std::atomic<bool> m_recording = false; ///< read by every thread's notify()
    std::map<QString, Slow> m_slow;
};

InstrumentedApplication *instrumented()
{
    return static_cast<InstrumentedApplication *>(QCoreApplication::instance());
}

struct Distribution
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    double mean = 0;
    size_t count = 0;
};

Distribution distribution(std::vector<double> values)
{
    Distribution d;
    d.count = values.size();
    if (values.empty())
        return d;
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        const auto index = static_cast<size_t>(std::ceil(q * static_cast<double>(values.size())));
        return values[std::min(values.size() - 1, index == 0 ? 0 : index - 1)];
    };
    d.p50 = at(0.50);
    d.p99 = at(0.99);
    d.max = values.back();
    double sum = 0;
    for (const double v : values)
        sum += v;
    d.mean = sum / static_cast<double>(values.size());
    return d;
}

/// p99 of the delay seen by an event posted at a uniformly random instant: inside a gap of
/// length g it waits uniformly 0..g, so P(wait > x) = sum(max(0, g - x)) / sum(g).
double timeWeightedP99(const std::vector<double> &gaps)
{
    double total = 0;
    double longest = 0;
    for (const double g : gaps) {
        total += g;
        longest = std::max(longest, g);
    }
    if (total <= 0)
        return 0;
    const auto exceed = [&](double x) {
        double sum = 0;
        for (const double g : gaps)
            sum += std::max(0.0, g - x);
        return sum / total;
    };
    double low = 0;
    double high = longest;
    for (int i = 0; i < 60; ++i) {
        const double mid = (low + high) / 2;
        (exceed(mid) > 0.01 ? low : high) = mid;
    }
    return high;
}

/// Records the gaps between the firings of a 1 ms precise timer on the GUI thread.
class LatencyProbe : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double cpu = threadCpuMs();
            if (m_last >= 0) {
                m_gaps.push_back(static_cast<double>(now - m_last) / 1e6);
                m_cpu.push_back(cpu - m_lastCpu);
            }
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_cpu.clear();
        m_gaps.reserve(200'000);
        m_cpu.reserve(200'000);
        m_last = -1;
        m_clock.start();
        m_timer.start();
        instrumented()->startRecording();
    }
    void stop()
    {
        instrumented()->stopRecording();
        m_timer.stop();
        m_seconds = static_cast<double>(m_clock.nsecsElapsed()) / 1e9;
    }
    const std::vector<double> &gaps() const { return m_gaps; }
    /// GUI-thread CPU ms used during each gap.
    const std::vector<double> &cpu() const { return m_cpu; }
    /// Seconds from start() to stop().
    double elapsedSeconds() const { return m_seconds; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    double m_seconds = 0;
    double m_lastCpu = 0;
    std::vector<double> m_gaps;
    std::vector<double> m_cpu;
};

/// Builds synthetic snapshots of `tables` tables on its own thread at a fixed rate, as the
/// engine's sampler does, and hands them to the GUI thread through a queued call.
class SnapshotProducer : public QObject
{
public:
    SnapshotProducer(int tables, int intervalMs,
                     std::function<void(const ferry::task::TaskSnapshot &)> deliver,
                     QObject *guiContext)
        : m_tables(tables)
        , m_intervalMs(intervalMs)
        , m_deliver(std::move(deliver))
        , m_guiContext(guiContext)
    {
    }

    void start()
    {
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::PreciseTimer);
        m_timer->setInterval(m_intervalMs);
        QObject::connect(m_timer, &QTimer::timeout, this, [this] { produce(); });
        m_timer->start();
    }
    void stop()
    {
        if (m_timer)
            m_timer->stop();
    }
    int produced() const { return m_tick; }

private:
    void produce()
    {
        ferry::task::TaskSnapshot s;
        s.taskName = "ui-latency";
        s.state = ferry::task::TaskState::Running;
        const int64_t elapsed = int64_t{m_tick} * m_intervalMs;
        s.timestampMs = 1'700'000'000'000 + elapsed;
        s.elapsedMs = elapsed;
        s.tables.reserve(static_cast<size_t>(m_tables));
        int64_t read = 0;
        for (int i = 0; i < m_tables; ++i) {
            ferry::task::TableStatistics t;
            t.schema = "schema_" + std::to_string(i / 1000);
            t.table = "table_" + std::to_string(i);
            t.targetSchema = t.schema;
            t.targetTable = t.table;
            const int64_t total = 1000 + (int64_t{i} * 7919) % 100'000;
            const int start = i % 120; // tables start over the first 30 s
            const int64_t perTick = 200 + (i % 50) * 40;
            const int64_t rows = m_tick > start ? std::min(total, (m_tick - start) * perTick) : 0;
            t.rowsRead = rows;
            t.fullLoadRows = rows;
            t.totalRows = total;
            t.bytesRead = rows * 118;
            t.bytesWritten = rows * 131;
            t.state = rows == 0 ? ferry::task::TableState::BeforeLoad
                : rows >= total ? ferry::task::TableState::Completed
                                : ferry::task::TableState::FullLoad;
            t.slicesCompleted = rows >= total ? 1 : 0;
            t.elapsedMs = rows > 0 ? (m_tick - start) * int64_t{m_intervalMs} : 0;
            if (rows > 0)
                t.startTimeMs = s.timestampMs - t.elapsedMs;
            read += rows;
            s.tables.push_back(std::move(t));
        }
        const double seconds = m_intervalMs / 1000.0;
        const double rate = static_cast<double>(read - m_lastRead) / seconds;
        s.metrics.fullLoadThroughputRowsSource = rate;
        s.metrics.fullLoadThroughputRowsTarget = rate;
        s.metrics.fullLoadThroughputBandwidthSource = rate * 118 / 1024;
        s.metrics.fullLoadThroughputBandwidthTarget = rate * 131 / 1024;
        m_lastRead = read;
        ++m_tick;
        // Copied once into the queued call, as EngineService does with its snapshots.
        QMetaObject::invokeMethod(
            m_guiContext, [deliver = m_deliver, s = std::move(s)] { deliver(s); },
            Qt::QueuedConnection);
    }

    int m_tables;
    int m_intervalMs;
    std::function<void(const ferry::task::TaskSnapshot &)> m_deliver;
    QObject *m_guiContext;
    QTimer *m_timer = nullptr;
    int m_tick = 0;
    int64_t m_lastRead = 0;
};

struct Result
{
    QString name;
    double seconds = 0;
    int snapshots = 0;
    int tables = 0;
    std::vector<double> gaps;
    std::vector<double> gapCpu;
    std::vector<double> setSnapshotMs;
    std::map<QString, InstrumentedApplication::Slow> slowEvents;
    QJsonObject extra;

    void take(const LatencyProbe &probe)
    {
        seconds = probe.elapsedSeconds();
        gaps = probe.gaps();
        gapCpu = probe.cpu();
        slowEvents = instrumented()->slow();
    }
};

/// Of the gaps over 16 ms: their wall time and the GUI thread's CPU time within them.
struct LongGaps
{
    double wallMs = 0;
    double cpuMs = 0;
    std::vector<std::pair<double, double>> worst; ///< (wall, cpu), longest first, up to 5
};

LongGaps longGaps(const Result &r)
{
    LongGaps l;
    for (size_t i = 0; i < r.gaps.size(); ++i) {
        if (r.gaps[i] <= 16)
            continue;
        l.wallMs += r.gaps[i];
        l.cpuMs += r.gapCpu[i];
        l.worst.emplace_back(r.gaps[i], r.gapCpu[i]);
    }
    std::sort(l.worst.begin(), l.worst.end(), std::greater<>());
    if (l.worst.size() > 5)
        l.worst.resize(5);
    return l;
}

std::vector<std::pair<QString, InstrumentedApplication::Slow>> slowest(const Result &r)
{
    std::vector<std::pair<QString, InstrumentedApplication::Slow>> list(r.slowEvents.begin(),
                                                                         r.slowEvents.end());
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.second.totalMs > b.second.totalMs;
    });
    if (list.size() > 6)
        list.resize(6);
    return list;
}

QJsonObject toJson(const Distribution &d)
{
    return {{QStringLiteral("p50"), d.p50}, {QStringLiteral("p99"), d.p99},
            {QStringLiteral("max"), d.max}, {QStringLiteral("mean"), d.mean},
            {QStringLiteral("count"), static_cast<qint64>(d.count)}};
}

constexpr double TargetP99Ms = 50.0;

void printResult(const Result &r)
{
    const Distribution gaps = distribution(r.gaps);
    const Distribution update = distribution(r.setSnapshotMs);
    const double delayP99 = timeWeightedP99(r.gaps);
    const auto over = [&](double ms) {
        return std::count_if(r.gaps.begin(), r.gaps.end(), [ms](double g) { return g > ms; });
    };
    std::printf("%-11s %6.1f s  %5d snapshots  %6d tables\n", qPrintable(r.name), r.seconds,
                r.snapshots, r.tables);
    std::printf("  event-loop gap   p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  (%zu gaps, "
                "%td > 16 ms, %td > 50 ms)\n",
                gaps.p50, gaps.p99, gaps.max, gaps.count, over(16), over(50));
    std::printf("  input delay p99  %7.2f ms (time-weighted)\n", delayP99);
    std::printf("  setSnapshot      p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  mean %6.2f ms\n",
                update.p50, update.p99, update.max, update.mean);
    const LongGaps longOnes = longGaps(r);
    if (longOnes.wallMs > 0) {
        std::printf("  gaps > 16 ms: %.0f ms in all, GUI thread on a CPU for %.0f ms of it "
                    "(%.0f %%); longest (wall/cpu ms):",
                    longOnes.wallMs, longOnes.cpuMs, 100 * longOnes.cpuMs / longOnes.wallMs);
        for (const auto &[wall, cpu] : longOnes.worst)
            std::printf(" %.0f/%.0f", wall, cpu);
        std::printf("\n");
    }
    for (const auto &[key, slow] : slowest(r))
        std::printf("  slow dispatch  %-40s %4d x, %7.1f ms (cpu %6.1f), max %6.1f ms\n",
                    qPrintable(key), slow.count, slow.totalMs, slow.cpuMs, slow.maxMs);
    const bool pass = gaps.p99 < TargetP99Ms && delayP99 < TargetP99Ms;
    std::printf("  target p99 < %.0f ms: %s\n", TargetP99Ms, pass ? "met" : "NOT MET");
    for (auto it = r.extra.begin(); it != r.extra.end(); ++it)
        std::printf("  %s: %s\n", qPrintable(it.key()),
                    QJsonDocument(QJsonArray{it.value()})
                        .toJson(QJsonDocument::Compact)
                        .constData());
    std::fflush(stdout);
}

QJsonObject resultJson(const Result &r)
{
    const Distribution gaps = distribution(r.gaps);
    const double delayP99 = timeWeightedP99(r.gaps);
    QJsonObject o{{QStringLiteral("scenario"), r.name},
                  {QStringLiteral("seconds"), r.seconds},
                  {QStringLiteral("snapshots"), r.snapshots},
                  {QStringLiteral("tables"), r.tables},
                  {QStringLiteral("gapMs"), toJson(gaps)},
                  {QStringLiteral("inputDelayP99Ms"), delayP99},
                  {QStringLiteral("gapsOver16Ms"),
                   static_cast<qint64>(std::count_if(r.gaps.begin(), r.gaps.end(),
                                                     [](double g) { return g > 16; }))},
                  {QStringLiteral("gapsOver50Ms"),
                   static_cast<qint64>(std::count_if(r.gaps.begin(), r.gaps.end(),
                                                     [](double g) { return g > 50; }))},
                  {QStringLiteral("setSnapshotMs"), toJson(distribution(r.setSnapshotMs))},
                  {QStringLiteral("targetP99Ms"), TargetP99Ms},
                  {QStringLiteral("targetMet"),
                   gaps.p99 < TargetP99Ms && delayP99 < TargetP99Ms}};
    const LongGaps longOnes = longGaps(r);
    o.insert(QStringLiteral("longGapsWallMs"), longOnes.wallMs);
    o.insert(QStringLiteral("longGapsGuiCpuMs"), longOnes.cpuMs);
    QJsonArray slow;
    for (const auto &[key, event] : slowest(r))
        slow.append(QJsonObject{{QStringLiteral("dispatch"), key},
                                {QStringLiteral("count"), event.count},
                                {QStringLiteral("totalMs"), event.totalMs},
                                {QStringLiteral("cpuMs"), event.cpuMs},
                                {QStringLiteral("maxMs"), event.maxMs}});
    o.insert(QStringLiteral("slowDispatches"), slow);
    for (auto it = r.extra.begin(); it != r.extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

/// Runs `body` inside the event loop until `done` is called; the probe records meanwhile.
void runLoop(const std::function<void(std::function<void()> done)> &body)
{
    QEventLoop loop;
    bool finished = false;
    body([&] {
        if (!finished) {
            finished = true;
            QTimer::singleShot(0, &loop, &QEventLoop::quit);
        }
    });
    if (!finished)
        loop.exec();
}

/// Shows a window of 1100 x 700 (the size the workbench's screenshots use) holding `view`.
std::unique_ptr<QWidget> showWindow(QWidget *view)
{
    auto window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(window.get());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    window->resize(1100, 700);
    window->show();
    return window;
}

Result runSynthetic(const QString &name, int tables, int seconds, int intervalMs,
                    const std::function<void(const ferry::task::TaskSnapshot &)> &apply)
{
    Result result;
    result.name = name;
    result.tables = tables;
    LatencyProbe probe;
    QThread producerThread;
    producerThread.setObjectName(QStringLiteral("ui-latency-producer"));
    QObject guiContext;
    int delivered = 0;
    // Controller/worker: the producer lives on its thread and is deleted when it finishes.
    auto *producer = new SnapshotProducer(
        tables, intervalMs,
        [&](const ferry::task::TaskSnapshot &snapshot) {
            QElapsedTimer timer;
            timer.start();
            apply(snapshot);
            result.setSnapshotMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            ++delivered;
        },
        &guiContext);
    producer->moveToThread(&producerThread);
    QObject::connect(&producerThread, &QThread::finished, producer, &QObject::deleteLater);
    producerThread.start();
    probe.start();
    QMetaObject::invokeMethod(producer, [producer] { producer->start(); }, Qt::QueuedConnection);
    runLoop([&](std::function<void()> done) {
        QTimer::singleShot(std::chrono::seconds(seconds), &guiContext, done);
    });
    probe.stop();
    QMetaObject::invokeMethod(
        producer,
        [producer] {
            producer->stop();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    producerThread.wait();
    // Snapshots still queued would be delivered to a dead context: drop them.
    QCoreApplication::removePostedEvents(&guiContext);
    result.take(probe);
    result.snapshots = delivered;
    return result;
}

Result runLoad(int64_t tickets, const QString &dataDirectory, int workerNice)
{
    Result result;
    result.name = QStringLiteral("load");
    auto *splitter = new QSplitter(Qt::Vertical);
    auto *statistics = new ferry::TableStatisticsView(splitter);
    auto *monitoring = new ferry::MonitoringView(splitter);
    auto *logs = new ferry::LogView(splitter);
    splitter->setSizes({250, 350, 100});
    const std::unique_ptr<QWidget> window = showWindow(splitter);

    ferry::EngineClient engine; // the workbench's own path to the engine thread
    const ferry::sample::DemoFiles files =
        ferry::sample::demoFiles(tickets, dataDirectory.toStdString());
    QElapsedTimer preparing;
    preparing.start();
    bool prepared = false;
    QString failure;
    // Each phase's callbacks die with its context, so no late reply reaches a finished loop.
    auto phase = std::make_unique<QObject>();
    runLoop([&](std::function<void()> done) {
        engine.prepareSample(
            QString::fromStdString(files.sample), tickets, phase.get(),
            [&, done](const QString &) {
                prepared = true;
                done();
            },
            [&, done](const ferry::Error &error) {
                failure = QString::fromStdString(error.toString());
                done();
            });
    });
    phase = std::make_unique<QObject>();
    if (!prepared) {
        std::fprintf(stderr, "ui_latency: the sample could not be prepared: %s\n",
                     qPrintable(failure));
        result.extra.insert(QStringLiteral("error"), failure);
        return result;
    }
    std::printf("sample ready in %.1f s: %s\n", preparing.nsecsElapsed() / 1e9,
                files.sample.c_str());
    std::fflush(stdout);

    LatencyProbe probe;
    int64_t rowsLoaded = 0;
    bool ok = false;
    runLoop([&](std::function<void()> done) {
        ferry::EngineClient::TaskCallbacks callbacks;
        callbacks.onSnapshot = [&](const ferry::TaskSnapshotPtr &snapshot) {
            QElapsedTimer timer;
            timer.start();
            statistics->setSnapshot(snapshot);
            monitoring->setSnapshot(*snapshot);
            result.setSnapshotMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            result.tables = static_cast<int>(snapshot->tables.size());
            ++result.snapshots;
        };
        callbacks.onLog = [&](const ferry::LogBatch &lines) { logs->append(*lines); };
        callbacks.onDone = [&, done](const ferry::TaskOutcomePtr &outcome) {
            probe.stop();
            statistics->setSnapshot(outcome->finalSnapshot);
            monitoring->setSnapshot(outcome->finalSnapshot);
            for (const auto &table : outcome->finalSnapshot.tables)
                rowsLoaded += table.fullLoadRows;
            ok = outcome->finalSnapshot.tablesErrored() == 0;
            done();
        };
        callbacks.onFailed = [&, done](const ferry::Error &error) {
            probe.stop();
            failure = QString::fromStdString(error.toString());
            done();
        };
        probe.start();
        ferry::task::TaskRequest request = ferry::sample::demoTaskRequest(files, "ui-latency");
        request.workerNiceness = workerNice;
        engine.startTask(request, phase.get(), std::move(callbacks));
    });
    phase.reset();
    result.take(probe);
    result.extra.insert(QStringLiteral("tickets"), static_cast<qint64>(tickets));
    result.extra.insert(QStringLiteral("rowsLoaded"), static_cast<qint64>(rowsLoaded));
    result.extra.insert(QStringLiteral("rowsPerSecond"),
                        result.seconds > 0 ? static_cast<double>(rowsLoaded) / result.seconds
                                           : 0.0);
    result.extra.insert(QStringLiteral("completed"), ok);
    if (!failure.isEmpty())
        result.extra.insert(QStringLiteral("error"), failure);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    InstrumentedApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ferry-ui-latency"));
    ferry::EngineService::registerMetaTypes();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures GUI event-loop latency while Ferry's live views update."));
    parser.addHelpOption();
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QStringLiteral("statistics, monitoring, load or all (default all)."),
        QStringLiteral("name"), QStringLiteral("all"));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"),
        QStringLiteral("Seconds per synthetic scenario (default 60)."), QStringLiteral("s"),
        QStringLiteral("60"));
    const QCommandLineOption tablesOption(
        QStringLiteral("tables"), QStringLiteral("Tables per synthetic snapshot (default 10000)."),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption intervalOption(
        QStringLiteral("interval"),
        QStringLiteral("Milliseconds between synthetic snapshots (default 250, 4 Hz)."),
        QStringLiteral("ms"), QStringLiteral("250"));
    const QCommandLineOption ticketsOption(
        QStringLiteral("tickets"),
        QStringLiteral("Tickets of the sample the load scenario migrates (default 2000000)."),
        QStringLiteral("n"), QStringLiteral("2000000"));
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"),
        QStringLiteral("Where the load scenario keeps its sample and copy (default: a "
                       "ferry-ui-latency folder in the temporary directory)."),
        QStringLiteral("path"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Also write the results as JSON here."),
                                        QStringLiteral("file"));
    const QCommandLineOption niceOption(
        QStringLiteral("worker-nice"),
        QStringLiteral("The load's reader and writer threads' nice value "
                       "(TaskRequest::workerNiceness; default 0: as the GUI thread, as the "
                       "workbench runs tasks)."),
        QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({scenarioOption, durationOption, tablesOption, intervalOption,
                       ticketsOption, dataOption, jsonOption, niceOption});
    parser.process(app);

    const QString scenario = parser.value(scenarioOption);
    const int seconds = std::max(1, parser.value(durationOption).toInt());
    const int tables = std::max(1, parser.value(tablesOption).toInt());
    const int interval = std::max(10, parser.value(intervalOption).toInt());
    const qint64 tickets = std::max<qint64>(1000, parser.value(ticketsOption).toLongLong());
    QString dataDirectory = parser.value(dataOption);
    if (dataDirectory.isEmpty())
        dataDirectory = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("ferry-ui-latency"));
    const bool all = scenario == QLatin1String("all");
    if (!all && scenario != QLatin1String("statistics") && scenario != QLatin1String("monitoring")
        && scenario != QLatin1String("load")) {
        std::fprintf(stderr, "ui_latency: unknown scenario %s\n", qPrintable(scenario));
        return 2;
    }

    const int workerNice = std::clamp(parser.value(niceOption).toInt(), 0, 19);
    double load[3] = {0, 0, 0};
    getloadavg(load, 3);
    std::printf("ferry ui latency: Qt %s, platform %s, %d CPUs, load average %.2f, load workers "
                "at nice %d\n",
                qVersion(), qPrintable(QGuiApplication::platformName()),
                QThread::idealThreadCount(), load[0], workerNice);
    std::fflush(stdout);
    std::vector<Result> results;
    if (all || scenario == QLatin1String("statistics")) {
        auto *view = new ferry::TableStatisticsView;
        const std::unique_ptr<QWidget> window = showWindow(view);
        results.push_back(runSynthetic(
            QStringLiteral("statistics"), tables, seconds, interval,
            [view](const ferry::task::TaskSnapshot &s) { view->setSnapshot(s); }));
        printResult(results.back());
    }
    if (all || scenario == QLatin1String("monitoring")) {
        auto *view = new ferry::MonitoringView;
        const std::unique_ptr<QWidget> window = showWindow(view);
        results.push_back(runSynthetic(
            QStringLiteral("monitoring"), tables, seconds, interval,
            [view](const ferry::task::TaskSnapshot &s) { view->setSnapshot(s); }));
        printResult(results.back());
    }
    if (all || scenario == QLatin1String("load")) {
        results.push_back(runLoad(tickets, dataDirectory, workerNice));
        printResult(results.back());
    }

    bool met = true;
    QJsonArray array;
    for (const Result &r : results) {
        const QJsonObject o = resultJson(r);
        met = met && o.value(QStringLiteral("targetMet")).toBool()
            && !o.contains(QStringLiteral("error"));
        array.append(o);
    }
    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "ui_latency: cannot write %s\n",
                         qPrintable(parser.value(jsonOption)));
            return 2;
        }
        const QJsonObject root{
            {QStringLiteral("benchmark"), QStringLiteral("ui_latency")},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("platform"), QGuiApplication::platformName()},
            {QStringLiteral("cpus"), QThread::idealThreadCount()},
            {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
            {QStringLiteral("loadAverageAtStart"), load[0]},
            {QStringLiteral("workersNice"), workerNice},
            {QStringLiteral("results"), array}};
        file.write(QJsonDocument(root).toJson());
    }
    return met ? 0 : 1;
}
