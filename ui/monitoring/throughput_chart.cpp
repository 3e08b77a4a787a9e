// SPDX-License-Identifier: MIT
#include "ui/monitoring/throughput_chart.h"

#include "models/monitoring/chart_scale.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QGraphicsItem>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ferry {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

QColor blend(const QColor &a, const QColor &b, qreal towardsB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * towardsB,
                            a.greenF() + (b.greenF() - a.greenF()) * towardsB,
                            a.blueF() + (b.blueF() - a.blueF()) * towardsB);
}

/// Read is blue, written is orange: distinct for the common colour-vision deficiencies, and
/// the legend names them, so the colour is never the only clue. Lighter variants on dark
/// backgrounds keep the contrast.
QColor lineColor(int role, bool dark)
{
    if (role == 0)
        return dark ? QColor(0x6a, 0xa8, 0xff) : QColor(0x1f, 0x64, 0xc8);
    return dark ? QColor(0xff, 0xa2, 0x4d) : QColor(0xc2, 0x55, 0x00);
}

/// Index of the point whose elapsed time is nearest to ms (points in time order, not empty).
size_t nearestIndex(const std::vector<models::SeriesPoint> &points, int64_t ms)
{
    const auto it = std::lower_bound(points.begin(), points.end(), ms,
                                     [](const models::SeriesPoint &p, int64_t value) {
                                         return p.elapsedMs < value;
                                     });
    if (it == points.begin())
        return 0;
    if (it == points.end())
        return points.size() - 1;
    const auto after = static_cast<size_t>(it - points.begin());
    return (ms - points[after - 1].elapsedMs) <= (points[after].elapsedMs - ms) ? after - 1
                                                                                : after;
}

/// Pixels a time-axis label needs, so ticks do not crowd.
constexpr int PixelsPerTimeTick = 56;

} // namespace

/// The hover marker: a vertical line at the hovered time, a dot on each line, and a box with
/// the values, drawn in the palette's tooltip colours.
class HoverCallout : public QGraphicsItem
{
public:
    HoverCallout() { setZValue(1000); }

    void setContent(const QRectF &plotArea, qreal x, const QList<QPointF> &dots,
                    const QList<QColor> &colors, const QString &text, const QPalette &palette,
                    const QFont &font)
    {
        prepareGeometryChange();
        m_plotArea = plotArea;
        m_x = x;
        m_dots = dots;
        m_colors = colors;
        m_lines = text.split(QLatin1Char('\n'));
        m_palette = palette;
        m_font = font;
        const QFontMetricsF metrics(m_font);
        qreal width = 0;
        for (const QString &line : m_lines)
            width = std::max(width, metrics.horizontalAdvance(line));
        const qreal swatch = metrics.height() * 0.7;
        const qreal padding = metrics.height() * 0.4;
        const QSizeF size(width + swatch + 3 * padding,
                          metrics.height() * m_lines.size() + 2 * padding);
        qreal left = x + padding * 2;
        if (left + size.width() > m_plotArea.right())
            left = x - padding * 2 - size.width();
        left = std::max(left, m_plotArea.left());
        m_box = QRectF(QPointF(left, m_plotArea.top() + padding), size);
        update();
    }

    QRectF boundingRect() const override
    {
        return m_plotArea.united(m_box).adjusted(-6, -6, 6, 6);
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QPen guide(m_palette.color(QPalette::Text));
        QColor guideColor = guide.color();
        guideColor.setAlpha(110);
        guide.setColor(guideColor);
        guide.setStyle(Qt::DashLine);
        painter->setPen(guide);
        painter->drawLine(QPointF(m_x, m_plotArea.top()), QPointF(m_x, m_plotArea.bottom()));
        for (int i = 0; i < m_dots.size(); ++i) {
            painter->setPen(QPen(m_palette.color(QPalette::Base), 1.5));
            painter->setBrush(m_colors.value(i));
            painter->drawEllipse(m_dots[i], 4.5, 4.5);
        }
        painter->setPen(m_palette.color(QPalette::Mid));
        painter->setBrush(m_palette.color(QPalette::ToolTipBase));
        painter->drawRoundedRect(m_box, 4, 4);
        const QFontMetricsF metrics(m_font);
        const qreal padding = metrics.height() * 0.4;
        const qreal swatch = metrics.height() * 0.7;
        painter->setFont(m_font);
        qreal y = m_box.top() + padding;
        for (int i = 0; i < m_lines.size(); ++i) {
            qreal x = m_box.left() + padding;
            // The first line is the time; the others belong to line i - 1 and get its colour.
            if (i > 0 && i - 1 < m_colors.size()) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(m_colors[i - 1]);
                painter->drawRect(QRectF(x, y + (metrics.height() - swatch) / 2, swatch, swatch));
            }
            x += swatch + padding;
            painter->setPen(m_palette.color(QPalette::ToolTipText));
            painter->drawText(QPointF(x, y + metrics.ascent()), m_lines[i]);
            y += metrics.height();
        }
        painter->restore();
    }

private:
    QRectF m_plotArea;
    QRectF m_box;
    qreal m_x = 0;
    QList<QPointF> m_dots;
    QList<QColor> m_colors;
    QStringList m_lines;
    QPalette m_palette;
    QFont m_font;
};

ThroughputChart::ThroughputChart(QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // The view owns the new chart, but only releases the one its constructor made: delete it.
    QChart *initial = QChartView::chart();
    setChart(chart);
    delete initial;

    m_timeAxis = new QCategoryAxis(chart);
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeAxis->setObjectName(QStringLiteral("timeAxis"));
    m_valueAxis = new QValueAxis(chart);
    m_valueAxis->setObjectName(QStringLiteral("valueAxis"));
    m_valueAxis->setMinorTickCount(0);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);

    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setMinimumSize(280, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_callout = new HoverCallout;
    m_callout->setVisible(false);
    scene()->addItem(m_callout);
    applyPalette();
}

ThroughputChart::~ThroughputChart() = default;

QSize ThroughputChart::sizeHint() const
{
    // Every chart asks for the same size, so the grid shares the space evenly.
    return QSize(480, 300);
}

void ThroughputChart::setup(const QString &title, const QString &unit, const QString &valueFormat,
                            const QList<Line> &lines)
{
    chart()->setTitle(title);
    m_valueAxis->setTitleText(unit);
    m_valueFormat = valueFormat;
    for (const Line &line : lines) {
        auto *series = new QLineSeries(chart());
        series->setName(line.name);
        series->setObjectName(line.objectName);
        chart()->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
        m_lines.append(series);
        m_colorRoles.append(line.colorRole);
        m_names.append(line.name);
    }
    m_points.assign(static_cast<size_t>(lines.size()), {});
    applyPalette();
    setData(m_points, 0, 60'000);
}

void ThroughputChart::setTitle(const QString &title)
{
    if (chart()->title() != title)
        chart()->setTitle(title);
}

QLineSeries *ThroughputChart::line(int index) const
{
    return m_lines.value(index);
}

void ThroughputChart::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    chart()->setBackgroundBrush(base);
    chart()->setBackgroundPen(Qt::NoPen);
    chart()->setTitleBrush(text);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart()->setTitleFont(titleFont);
    chart()->legend()->setLabelColor(text);
    chart()->legend()->setFont(font());
    // Room on the right for half of the last time label, which is centred on the plot's edge.
    const int halfLabel = QFontMetrics(font()).horizontalAdvance(QStringLiteral("00:00:00")) / 2;
    chart()->setMargins(QMargins(2, 2, halfLabel + 2, 2));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_timeAxis),
                                static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(font());
        axis->setTitleBrush(text);
        axis->setTitleFont(font());
        axis->setGridLineColor(blend(base, text, 0.16));
        axis->setLinePenColor(blend(base, text, 0.45));
    }
    for (int i = 0; i < m_lines.size(); ++i) {
        QPen pen(lineColor(m_colorRoles.value(i), dark));
        pen.setWidthF(2.0);
        m_lines[i]->setPen(pen);
    }
    if (m_hovering)
        updateHover();
}

void ThroughputChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

void ThroughputChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // The number of time ticks depends on the width.
    setData(m_points, m_fromMs, m_toMs);
}

void ThroughputChart::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    // Data set while hidden (a background tab) laid the axes out for empty labels: measure the
    // labels again now that a layout takes effect.
    m_valueLabelWidth = -1;
    setData(m_points, m_fromMs, m_toMs);
}

QStringList ThroughputChart::timeLabels() const
{
    return m_timeAxis->categoriesLabels();
}

void ThroughputChart::setData(const std::vector<std::vector<models::SeriesPoint>> &lines,
                              int64_t fromMs, int64_t toMs)
{
    if (&lines != &m_points)
        m_points = lines;
    m_points.resize(static_cast<size_t>(m_lines.size()));
    if (toMs <= fromMs)
        toMs = fromMs + 1000;
    m_fromMs = fromMs;
    m_toMs = toMs;

    double maxValue = 0;
    for (size_t i = 0; i < m_points.size(); ++i) {
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(m_points[i].size()));
        for (const models::SeriesPoint &point : m_points[i]) {
            points.append(QPointF(static_cast<double>(point.elapsedMs) / 1000.0, point.value));
            if (point.elapsedMs >= fromMs && point.elapsedMs <= toMs)
                maxValue = std::max(maxValue, point.value);
        }
        m_lines[static_cast<qsizetype>(i)]->replace(points);
    }

    const models::ValueScale scale = models::niceValueScale(maxValue, 6);
    m_valueAxis->setLabelFormat(QStringLiteral("%.%1f").arg(scale.decimals));
    m_valueAxis->setRange(0, scale.max);
    m_valueAxis->setTickCount(scale.tickCount);
    // Qt Charts does not widen the axis when a range change makes its labels wider (it would
    // truncate them to "10,..."): ask for a new layout when the widest label changes.
    const QFontMetrics labelMetrics(m_valueAxis->labelsFont());
    int labelWidth = 0;
    for (int i = 0; i < scale.tickCount; ++i)
        labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(chart()->locale().toString(
                                              scale.step * i, 'f', scale.decimals)));
    if (labelWidth != m_valueLabelWidth) {
        m_valueLabelWidth = labelWidth;
        chart()->layout()->invalidate();
    }

    const int width = std::max(1, static_cast<int>(chart()->plotArea().width()));
    const int maxTicks = std::clamp(width / PixelsPerTimeTick, 3, 10);
    const models::TimeTicks ticks = models::niceTimeTicks(fromMs, toMs, maxTicks);
    m_withHours = ticks.withHours;
    QStringList labels;
    labels.reserve(static_cast<qsizetype>(ticks.ticksMs.size()));
    for (const int64_t tick : ticks.ticksMs)
        labels.append(models::formatElapsedClock(tick, ticks.withHours));
    if (labels != m_timeAxis->categoriesLabels()) {
        for (const QString &label : m_timeAxis->categoriesLabels())
            m_timeAxis->remove(label);
        // Labels sit at the end of each category; the first category starts just before the
        // first tick so that tick gets a label too.
        const double first = ticks.ticksMs.empty() ? static_cast<double>(fromMs)
                                                   : static_cast<double>(ticks.ticksMs.front());
        m_timeAxis->setStartValue(first / 1000.0 - 0.001);
        for (size_t i = 0; i < ticks.ticksMs.size(); ++i)
            m_timeAxis->append(labels[static_cast<qsizetype>(i)],
                               static_cast<double>(ticks.ticksMs[i]) / 1000.0);
    }
    m_timeAxis->setRange(static_cast<double>(fromMs) / 1000.0,
                         static_cast<double>(toMs) / 1000.0);
    //: Time axis title; %1 is the clock format, "m:ss" or "h:mm:ss"
    m_timeAxis->setTitleText(tr("Elapsed time (%1)")
                                 .arg(ticks.withHours ? tr("h:mm:ss") : tr("m:ss")));
    if (m_hovering)
        updateHover();
}

QString ThroughputChart::formatValue(double value) const
{
    if (std::isnan(value))
        return tr("no data");
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100 ? 0 : (magnitude >= 10 ? 1 : 2);
    const QString number = QLocale().toString(value, 'f', decimals);
    return m_valueFormat.isEmpty() ? number : m_valueFormat.arg(number);
}

bool ThroughputChart::nearestTo(const QPoint &viewportPosition, Nearest *nearest) const
{
    const QPointF inChart = chart()->mapFromScene(mapToScene(viewportPosition));
    if (!chart()->plotArea().contains(inChart))
        return false;
    const QPointF value = chart()->mapToValue(inChart, m_lines.value(0));
    const auto ms = static_cast<int64_t>(std::llround(value.x() * 1000.0));
    bool found = false;
    for (size_t i = 0; i < m_points.size(); ++i) {
        const std::vector<models::SeriesPoint> &points = m_points[i];
        // Only samples inside the visible range count (the one before it is off the chart).
        std::vector<models::SeriesPoint> visible;
        for (const models::SeriesPoint &p : points) {
            if (p.elapsedMs >= m_fromMs && p.elapsedMs <= m_toMs)
                visible.push_back(p);
        }
        if (visible.empty()) {
            nearest->values.append(std::numeric_limits<double>::quiet_NaN());
            nearest->chartPoints.append(QPointF());
            continue;
        }
        const models::SeriesPoint &p = visible[nearestIndex(visible, ms)];
        if (!found) {
            nearest->elapsedMs = p.elapsedMs;
            nearest->timestampMs = p.timestampMs;
            found = true;
        }
        nearest->values.append(p.value);
        nearest->chartPoints.append(chart()->mapToPosition(
            QPointF(static_cast<double>(p.elapsedMs) / 1000.0, p.value),
            m_lines.value(static_cast<qsizetype>(i))));
    }
    return found;
}

QString ThroughputChart::calloutText(const Nearest &nearest) const
{
    const QLocale locale;
    const QString wallClock = locale.toString(
        QDateTime::fromMSecsSinceEpoch(nearest.timestampMs).time(), QLocale::LongFormat);
    //: Callout header: %1 elapsed time (m:ss), %2 wall-clock time
    QStringList lines{tr("%1 elapsed, at %2")
                          .arg(models::formatElapsedClock(nearest.elapsedMs, m_withHours),
                               wallClock)};
    for (int i = 0; i < m_names.size(); ++i) {
        //: Callout line: %1 series name ("Read from source"), %2 value with unit
        lines.append(tr("%1: %2").arg(m_names[i], formatValue(nearest.values.value(i))));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ThroughputChart::hoverTextAt(const QPoint &viewportPosition) const
{
    Nearest nearest;
    if (!nearestTo(viewportPosition, &nearest))
        return {};
    return calloutText(nearest);
}

QString ThroughputChart::hoverText() const
{
    if (!m_callout->isVisible())
        return {};
    return hoverTextAt(m_hoverPosition);
}

void ThroughputChart::updateHover()
{
    Nearest nearest;
    if (!nearestTo(m_hoverPosition, &nearest)) {
        m_callout->setVisible(false);
        return;
    }
    QList<QPointF> dots;
    QList<QColor> colors;
    const bool dark = isDark(palette());
    for (int i = 0; i < nearest.chartPoints.size(); ++i) {
        colors.append(lineColor(m_colorRoles.value(i), dark));
        if (!std::isnan(nearest.values.value(i)))
            dots.append(chart()->mapToScene(nearest.chartPoints[i]));
        else
            dots.append(QPointF(-100, -100));
    }
    const QRectF plotArea = chart()->mapRectToScene(chart()->plotArea());
    const qreal x = chart()
                        ->mapToScene(chart()->mapToPosition(
                            QPointF(static_cast<double>(nearest.elapsedMs) / 1000.0, 0),
                            m_lines.value(0)))
                        .x();
    m_callout->setContent(plotArea, x, dots, colors, calloutText(nearest), palette(), font());
    m_callout->setVisible(true);
}

void ThroughputChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    m_hoverPosition = event->position().toPoint();
    m_hovering = true;
    updateHover();
}

void ThroughputChart::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    m_hovering = false;
    m_callout->setVisible(false);
}

} // namespace ferry
