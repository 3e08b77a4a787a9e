// SPDX-License-Identifier: MIT
#pragma once

#include "engine/task/task_snapshot.h"
#include "models/monitoring/throughput_series.h"

#include <QString>
#include <QWidget>

#include <memory>

namespace Ui {
class MonitoringView;
}

namespace ferry {

class ThroughputChart;

/// The "Monitoring" tab: throughput of the running task over time.
/**
 * Four charts fed by every TaskSnapshot: rows/s read from the source vs written to the target,
 * KB/s read vs written, the rows/s of the table selected with setSelectedTable(), and CDC
 * latency (a note explains its absence for full-load tasks). A window of 1, 5 or 15 minutes or
 * the whole run; Pause freezes the charts while data keeps being collected; hovering shows the
 * values; the charts export as PNG and every series as CSV (through Dialogs::saveFileName).
 *
 * The data lives in a models::ThroughputSeries (bounded memory, min/max downsampling); each
 * snapshot hands every chart its visible points in one QXYSeries::replace(). While the tab is
 * hidden, snapshots are only collected and the charts catch up when it is shown again.
 * Thread: GUI thread. Errors: export failures are shown with Dialogs::warning.
 */
class MonitoringView : public QWidget
{
    Q_OBJECT

public:
    explicit MonitoringView(QWidget *parent = nullptr);
    ~MonitoringView() override;

    /// Adds a snapshot to the series and, unless paused or hidden, redraws the charts.
    void setSnapshot(const task::TaskSnapshot &snapshot);
    /// Forgets the run (a new task starts); keeps the window, the selected table and un-pauses.
    void clear();

    [[nodiscard]] const models::ThroughputSeries &series() const { return m_series; }
    [[nodiscard]] models::ThroughputSeries::Window window() const;
    void setWindow(models::ThroughputSeries::Window window);
    [[nodiscard]] bool isPaused() const;
    void setPaused(bool paused);

    ThroughputChart *rowsChart() const;
    ThroughputChart *bandwidthChart() const;
    ThroughputChart *tableChart() const;
    ThroughputChart *latencyChart() const;
    /// The widget holding the four charts (what Export PNG saves).
    QWidget *chartsArea() const;

    /// Writes the charts as PNG / every series as CSV; false (and why in *error) on failure.
    bool exportPng(const QString &path, QString *error = nullptr);
    bool exportCsv(const QString &path, QString *error = nullptr) const;

public slots:
    /// Charts this table in the per-table chart (empty names: none). Rates start with the
    /// next snapshots unless the table is already tracked (tables that are loading are).
    void setSelectedTable(const QString &schema, const QString &table);
    /// Asks for a file name (Dialogs::saveFileName) and exports.
    void exportPngInteractive();
    void exportCsvInteractive();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void updateStatus();
    void updateTableNote();
    [[nodiscard]] int maxPointsFor(const ThroughputChart *chart) const;
    [[nodiscard]] QString defaultExportPath(const QString &suffix) const;

    std::unique_ptr<Ui::MonitoringView> m_ui;
    models::ThroughputSeries m_series;
    QString m_taskName;
    int64_t m_elapsedMs = 0; ///< the last snapshot's: the run's duration and rows so far
    int64_t m_rowsRead = 0;
    int64_t m_rowsWritten = 0;
    QString m_selectedSchema;
    QString m_selectedTable;
    task::TaskState m_state = task::TaskState::Created;
    bool m_dirty = false;
};

} // namespace ferry
