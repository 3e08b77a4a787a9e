// SPDX-License-Identifier: MIT
#include "ui/monitoring/monitoring_view.h"

#include "models/monitoring/chart_scale.h"
#include "ui/dialogs.h"
#include "ui/icons.h"
#include "ui/monitoring/throughput_chart.h"

#include "ui_monitoring_view.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

namespace ferry {

namespace {

using Series = models::ThroughputSeries::Series;
using TableSeries = models::ThroughputSeries::TableSeries;
using Window = models::ThroughputSeries::Window;

QString qualifiedName(const QString &schema, const QString &table)
{
    return schema.isEmpty() ? table : schema + QLatin1Char('.') + table;
}

} // namespace

MonitoringView::MonitoringView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MonitoringView>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("monitoringView"));

    //: Monitoring window choice
    m_ui->windowCombo->addItem(tr("Last minute"), static_cast<int>(Window::OneMinute));
    m_ui->windowCombo->addItem(tr("Last 5 minutes"), static_cast<int>(Window::FiveMinutes));
    m_ui->windowCombo->addItem(tr("Last 15 minutes"), static_cast<int>(Window::FifteenMinutes));
    m_ui->windowCombo->addItem(tr("Whole run"), static_cast<int>(Window::All));
    m_ui->windowCombo->setCurrentIndex(1);
    m_ui->pauseButton->setIcon(icon("pause"));
    m_ui->exportPngButton->setIcon(icon("export"));
    m_ui->exportCsvButton->setIcon(icon("export"));
    m_ui->monitoringStatus->setWordWrap(true);

    const QString read = tr("Read from source");
    const QString written = tr("Written to target");
    m_ui->rowsChart->setup(tr("Rows per second"), tr("rows/s"), tr("%1 rows/s"),
                           {{read, QStringLiteral("rowsReadSeries"), 0},
                            {written, QStringLiteral("rowsWrittenSeries"), 1}});
    m_ui->bandwidthChart->setup(tr("Kilobytes per second"), tr("KB/s"), tr("%1 KB/s"),
                                {{read, QStringLiteral("kilobytesReadSeries"), 0},
                                 {written, QStringLiteral("kilobytesWrittenSeries"), 1}});
    m_ui->tableChart->setup(tr("Rows per second for one table"), tr("rows/s"), tr("%1 rows/s"),
                            {{read, QStringLiteral("tableRowsReadSeries"), 0},
                             {written, QStringLiteral("tableRowsWrittenSeries"), 1}});
    //: Chart title: latency of change data capture
    m_ui->latencyChart->setup(tr("CDC latency"), tr("seconds"), tr("%1 s"),
                              {{tr("Source latency"), QStringLiteral("sourceLatencySeries"), 0},
                               {tr("Target latency"), QStringLiteral("targetLatencySeries"), 1}});
    m_ui->latencyStack->setCurrentWidget(m_ui->latencyNotePage);
    m_ui->pages->setCurrentWidget(m_ui->emptyPage);
    m_ui->exportPngButton->setEnabled(false);
    m_ui->exportCsvButton->setEnabled(false);
    updateTableNote();

    connect(m_ui->windowCombo, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_ui->pauseButton, &QToolButton::toggled, this, &MonitoringView::setPaused);
    connect(m_ui->exportPngButton, &QPushButton::clicked, this,
            &MonitoringView::exportPngInteractive);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this,
            &MonitoringView::exportCsvInteractive);
}

MonitoringView::~MonitoringView() = default;

ThroughputChart *MonitoringView::rowsChart() const { return m_ui->rowsChart; }
ThroughputChart *MonitoringView::bandwidthChart() const { return m_ui->bandwidthChart; }
ThroughputChart *MonitoringView::tableChart() const { return m_ui->tableChart; }
ThroughputChart *MonitoringView::latencyChart() const { return m_ui->latencyChart; }
QWidget *MonitoringView::chartsArea() const { return m_ui->chartsArea; }

Window MonitoringView::window() const
{
    return static_cast<Window>(m_ui->windowCombo->currentData().toInt());
}

void MonitoringView::setWindow(Window window)
{
    m_ui->windowCombo->setCurrentIndex(m_ui->windowCombo->findData(static_cast<int>(window)));
}

bool MonitoringView::isPaused() const
{
    return m_series.isPaused();
}

void MonitoringView::setPaused(bool paused)
{
    if (m_ui->pauseButton->isChecked() != paused) {
        m_ui->pauseButton->setChecked(paused); // comes back here through toggled
        return;
    }
    m_series.setPaused(paused);
    m_ui->pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_ui->pauseButton->setIcon(icon(paused ? "run" : "pause"));
    refresh();
}

void MonitoringView::setSnapshot(const task::TaskSnapshot &snapshot)
{
    m_series.addSnapshot(snapshot);
    m_taskName = QString::fromStdString(snapshot.taskName);
    m_state = snapshot.state;
    m_elapsedMs = snapshot.elapsedMs;
    m_rowsRead = 0;
    m_rowsWritten = 0;
    for (const task::TableStatistics &table : snapshot.tables) {
        m_rowsRead += table.rowsRead;
        m_rowsWritten += table.fullLoadRows;
    }
    if (!isVisible()) {
        m_dirty = true; // charts catch up in showEvent
        return;
    }
    if (m_series.isPaused() && m_ui->pages->currentWidget() == m_ui->chartsArea) {
        updateStatus();
        return;
    }
    refresh();
}

void MonitoringView::clear()
{
    const bool paused = m_series.isPaused();
    m_series.clear();
    m_taskName.clear();
    m_state = task::TaskState::Created;
    m_elapsedMs = m_rowsRead = m_rowsWritten = 0;
    if (paused)
        setPaused(false); // also refreshes
    else
        refresh();
    if (!m_selectedTable.isEmpty())
        m_series.trackTable(m_selectedSchema.toStdString(), m_selectedTable.toStdString());
}

void MonitoringView::setSelectedTable(const QString &schema, const QString &table)
{
    if (schema == m_selectedSchema && table == m_selectedTable)
        return;
    m_selectedSchema = schema;
    m_selectedTable = table;
    if (!table.isEmpty())
        m_series.trackTable(schema.toStdString(), table.toStdString());
    refresh();
}

void MonitoringView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

int MonitoringView::maxPointsFor(const ThroughputChart *chart) const
{
    // Two points (a bucket's min and max) per pixel column keep every peak visible.
    return std::max(400, 2 * static_cast<int>(chart->chart()->plotArea().width()));
}

void MonitoringView::refresh()
{
    m_dirty = false;
    const bool hasData = m_series.snapshotCount() > 0
        || !m_series.series(Series::CdcLatencySource).isEmpty();
    m_ui->exportPngButton->setEnabled(hasData);
    m_ui->exportCsvButton->setEnabled(hasData);
    m_ui->pages->setCurrentWidget(hasData ? m_ui->chartsArea : m_ui->emptyPage);
    updateStatus();
    if (!hasData)
        return;

    const Window shown = window();
    const models::ThroughputSeries::TimeRange range = m_series.visibleRange(shown);
    const auto pair = [&](ThroughputChart *chart, Series first, Series second) {
        const int maxPoints = maxPointsFor(chart);
        chart->setData({m_series.pointsInWindow(first, shown, maxPoints),
                        m_series.pointsInWindow(second, shown, maxPoints)},
                       range.fromMs, range.toMs);
    };
    pair(m_ui->rowsChart, Series::RowsRead, Series::RowsWritten);
    pair(m_ui->bandwidthChart, Series::KilobytesRead, Series::KilobytesWritten);

    if (m_series.series(Series::CdcLatencySource).isEmpty()) {
        m_ui->latencyStack->setCurrentWidget(m_ui->latencyNotePage);
    } else {
        m_ui->latencyStack->setCurrentWidget(m_ui->latencyChart);
        pair(m_ui->latencyChart, Series::CdcLatencySource, Series::CdcLatencyTarget);
    }

    const std::string schema = m_selectedSchema.toStdString();
    const std::string table = m_selectedTable.toStdString();
    const models::BoundedSeries *tableRead =
        table.empty() ? nullptr : m_series.tableSeries(schema, table, TableSeries::RowsRead);
    if (!tableRead || tableRead->isEmpty()) {
        m_ui->tableStack->setCurrentWidget(m_ui->tableNotePage);
        updateTableNote();
    } else {
        m_ui->tableStack->setCurrentWidget(m_ui->tableChart);
        //: Chart title; %1 is a table name such as main.ticket
        m_ui->tableChart->setTitle(tr("Rows per second: %1")
                                       .arg(qualifiedName(m_selectedSchema, m_selectedTable)));
        const int maxPoints = maxPointsFor(m_ui->tableChart);
        m_ui->tableChart->setData(
            {m_series.tablePointsInWindow(schema, table, TableSeries::RowsRead, shown, maxPoints),
             m_series.tablePointsInWindow(schema, table, TableSeries::RowsWritten, shown,
                                          maxPoints)},
            range.fromMs, range.toMs);
    }
}

void MonitoringView::updateTableNote()
{
    if (m_selectedTable.isEmpty()) {
        m_ui->tableNote->setText(
            tr("Select a table in Table statistics to chart its rows per second here."));
    } else {
        m_ui->tableNote->setText(tr("Collecting rows per second for %1…")
                                     .arg(qualifiedName(m_selectedSchema, m_selectedTable)));
    }
}

void MonitoringView::updateStatus()
{
    const models::BoundedSeries &read = m_series.series(Series::RowsRead);
    if (read.isEmpty()) {
        m_ui->monitoringStatus->clear();
        return;
    }
    const QLocale locale;
    const auto rate = [&](Series which) {
        return locale.toString(m_series.series(which).last().value, 'f', 0);
    };
    const int64_t latest = read.last().elapsedMs;
    const bool withHours = latest >= 3'600'000;
    if (m_series.isPaused()) {
        m_ui->monitoringStatus->setText(
            tr("Paused at %1; still collecting (now at %2).")
                .arg(models::formatElapsedClock(m_series.viewEndMs(), withHours),
                     models::formatElapsedClock(latest, withHours)));
        return;
    }
    if (m_series.hasEnded() && m_elapsedMs > 0) {
        const double seconds = static_cast<double>(m_elapsedMs) / 1000.0;
        m_ui->monitoringStatus->setText(
            //: After the task: %1 and %2 are rows per second over the whole run, %3 its duration
            tr("Ended: on average %1 rows/s read, %2 rows/s written over %3")
                .arg(locale.toString(static_cast<double>(m_rowsRead) / seconds, 'f', 0),
                     locale.toString(static_cast<double>(m_rowsWritten) / seconds, 'f', 0),
                     models::formatElapsedClock(m_elapsedMs, m_elapsedMs >= 3'600'000)));
        return;
    }
    m_ui->monitoringStatus->setText(tr("Now: %1 rows/s read, %2 rows/s written")
                                        .arg(rate(Series::RowsRead), rate(Series::RowsWritten)));
}

QString MonitoringView::defaultExportPath(const QString &suffix) const
{
    QString name = m_taskName.isEmpty() ? QStringLiteral("ferry") : m_taskName;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(directory).filePath(name + QStringLiteral("-throughput.") + suffix);
}

bool MonitoringView::exportPng(const QString &path, QString *error)
{
    if (m_dirty)
        refresh();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !m_ui->chartsArea->grab().save(&file, "PNG")
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool MonitoringView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray csv = m_series.toCsv();
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void MonitoringView::exportPngInteractive()
{
    const QString path = Dialogs::saveFileName(this, tr("Export Charts as PNG"),
                                               defaultExportPath(QStringLiteral("png")),
                                               tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPng(path, &error))
        Dialogs::warning(this, tr("Export Charts as PNG"),
                         tr("The charts could not be saved to %1: %2").arg(path, error));
}

void MonitoringView::exportCsvInteractive()
{
    const QString path = Dialogs::saveFileName(this, tr("Export Throughput as CSV"),
                                               defaultExportPath(QStringLiteral("csv")),
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        Dialogs::warning(this, tr("Export Throughput as CSV"),
                         tr("The series could not be saved to %1: %2").arg(path, error));
}

} // namespace ferry
