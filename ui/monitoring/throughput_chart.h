// SPDX-License-Identifier: MIT
#pragma once

#include "models/monitoring/bounded_series.h"

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace ferry {

class HoverCallout;

/// One line chart of the Monitoring tab: time on x (elapsed m:ss), a rate on y.
/**
 * Holds a fixed set of line series. Each update hands the whole visible buffer to
 * QXYSeries::replace() (no per-point append), sets the time axis to the given range with round
 * ticks labelled m:ss or h:mm:ss, and scales the value axis from 0 to a round maximum over what
 * is visible. Animations are off. Colours follow the widget palette (light and dark).
 *
 * Hovering shows a callout with the elapsed time, the wall-clock time and every series' value at
 * the nearest sample.
 * Thread: GUI thread.
 */
class ThroughputChart : public QChartView
{
    Q_OBJECT

public:
    /// One line: its legend text and which colour role it takes (0 = read, 1 = written).
    struct Line
    {
        QString name;
        QString objectName;
        int colorRole = 0;
    };

    explicit ThroughputChart(QWidget *parent = nullptr);
    ~ThroughputChart() override;

    QSize sizeHint() const override;

    /// Sets the title, the unit (value axis title, e.g. "rows/s"), the format of a value with
    /// its unit in the callout ("%1 rows/s") and the lines. Call once.
    void setup(const QString &title, const QString &unit, const QString &valueFormat,
               const QList<Line> &lines);
    void setTitle(const QString &title);

    /// Replaces the points of every line (one vector per line) and sets the time range (ms of
    /// elapsed time).
    void setData(const std::vector<std::vector<models::SeriesPoint>> &lines, int64_t fromMs,
                 int64_t toMs);

    [[nodiscard]] QLineSeries *line(int index) const;
    [[nodiscard]] int lineCount() const { return static_cast<int>(m_lines.size()); }
    [[nodiscard]] QValueAxis *valueAxis() const { return m_valueAxis; }
    [[nodiscard]] QCategoryAxis *timeAxis() const { return m_timeAxis; }
    /// The labels on the time axis, left to right.
    [[nodiscard]] QStringList timeLabels() const;

    /// The callout shown for a position in viewport coordinates (also what hovering shows);
    /// empty when the position is outside the plot or there is no data.
    [[nodiscard]] QString hoverTextAt(const QPoint &viewportPosition) const;
    /// The callout's text while it is shown; empty otherwise.
    [[nodiscard]] QString hoverText() const;

    /// Re-reads colours from the palette (called on palette changes).
    void applyPalette();

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Nearest
    {
        int64_t elapsedMs = 0;
        int64_t timestampMs = 0;
        QList<double> values; ///< per line; NaN when the line has no data
        QList<QPointF> chartPoints;
    };
    bool nearestTo(const QPoint &viewportPosition, Nearest *nearest) const;
    QString calloutText(const Nearest &nearest) const;
    void updateHover();
    QString formatValue(double value) const;

    QCategoryAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QList<QLineSeries *> m_lines;
    QList<int> m_colorRoles;
    QStringList m_names;
    QString m_valueFormat;
    std::vector<std::vector<models::SeriesPoint>> m_points; ///< what each line shows
    int64_t m_fromMs = 0;
    int64_t m_toMs = 0;
    bool m_withHours = false;
    int m_valueLabelWidth = -1;
    HoverCallout *m_callout = nullptr;
    QPoint m_hoverPosition;
    bool m_hovering = false;
};

} // namespace ferry
