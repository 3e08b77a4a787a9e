// SPDX-License-Identifier: MIT
#include "ui/table_statistics_view.h"

#include "engine/task/state_text.h"
#include "models/table_statistics_model.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPolygonF>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace ferry {

namespace {

using Column = models::TableStatisticsModel::Column;

/// Draws the Progress column as a progress bar with its percentage as text.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter);

        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = index.data(models::TableStatisticsModel::ProgressRole).toInt();
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};

/// The colour of a state's mark, blended towards the palette's text colour so that it stays
/// readable on dark backgrounds too.
QColor markColour(task::StateSeverity severity, const QPalette &palette)
{
    QColor base;
    switch (severity) {
    case task::StateSeverity::Ok:
        base = QColor(0x2e, 0x9e, 0x44);
        break;
    case task::StateSeverity::Active:
        base = QColor(0x2f, 0x7e, 0xd8);
        break;
    case task::StateSeverity::Warning:
        base = QColor(0xe0, 0x9a, 0x00);
        break; // amber
    case task::StateSeverity::Error:
        base = QColor(0xd0, 0x30, 0x30);
        break;
    case task::StateSeverity::Stopped:
        base = QColor(0xa0, 0x70, 0x30);
        break;
    case task::StateSeverity::Waiting:
        return palette.color(QPalette::PlaceholderText);
    }
    return base;
}

/// Load states: a mark before the state's text -- a dot, a triangle for a warning ("Completed
/// with errors"), a square for an error -- so the state reads without colour too.
class StateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const auto severity = static_cast<task::StateSeverity>(
            index.data(models::TableStatisticsModel::SeverityRole).toInt());
        const QString text = opt.text;
        opt.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter);
        const int size = opt.fontMetrics.height() * 2 / 3;
        const QRect mark(opt.rect.left() + 5, opt.rect.center().y() - size / 2, size, size);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(markColour(severity, opt.palette));
        if (severity == task::StateSeverity::Warning) {
            const QPolygonF triangle {QPointF(mark.center().x() + 0.5, mark.top()),
                                      QPointF(mark.right() + 1, mark.bottom() + 1),
                                      QPointF(mark.left(), mark.bottom() + 1)};
            painter->drawPolygon(triangle);
        } else if (severity == task::StateSeverity::Error) {
            painter->drawRect(mark.adjusted(1, 1, -1, -1));
        } else {
            painter->drawEllipse(mark.adjusted(1, 1, -1, -1));
        }
        painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected
                                              ? QPalette::HighlightedText
                                              : QPalette::Text));
        QRect textRect = opt.rect;
        textRect.setLeft(mark.right() + 6);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                          opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.rwidth() += option.fontMetrics.height();
        return size;
    }
};

} // namespace

TableStatisticsView::TableStatisticsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::TableStatisticsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("tableStatisticsView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(models::TableStatisticsModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_title = new QLabel(tr("Table statistics (0)"), this);
    m_title->setObjectName(QStringLiteral("tableStatisticsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("tableStatisticsSearch"));
    m_search->setPlaceholderText(tr("Find table"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("tableStatisticsTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setItemDelegateForColumn(static_cast<int>(Column::Progress),
                                     new ProgressDelegate(m_view));
    m_view->setItemDelegateForColumn(static_cast<int>(Column::LoadState),
                                     new StateDelegate(m_view));
    m_view->setColumnWidth(static_cast<int>(Column::Progress), 140);
    // A full-load task has no CDC counters: those columns start hidden (header menu shows them).
    // Truncated LOBs too: in full LOB mode (the default) nothing is truncated; the column
    // appears when a table loads in limited LOB mode or a value was truncated.
    // Details too: it appears when a table fails or completes with errors, next to Progress.
    for (Column column : {Column::Inserts, Column::Deletes, Column::Updates, Column::Ddls,
                          Column::TruncatedLobs, Column::Details})
        m_view->setColumnHidden(static_cast<int>(column), true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        for (int column = 0; column < m_model->columnCount(); ++column) {
            QAction *action = menu.addAction(
                m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_view->isColumnHidden(column));
            action->setEnabled(column != static_cast<int>(Column::Table));
            connect(action, &QAction::toggled, m_view,
                    [this, column](bool shown) { m_view->setColumnHidden(column, !shown); });
        }
        menu.exec(m_view->horizontalHeader()->mapToGlobal(at));
    });
    arrangeColumns();
    fitHeaders();

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            &TableStatisticsView::showContextMenu);
    auto *copy = new QAction(tr("&Copy Rows"), m_view);
    copy->setObjectName(QStringLiteral("copyTableRowsAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(selectedRowsText()); });
    m_view->addAction(copy);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("tableStatisticsTotals"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view);
    layout->addWidget(m_totals);
}

void TableStatisticsView::arrangeColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    // The model keeps the DMS console's column order; the view shows progress next to the load
    // state, where the eye looks first (columns can still be dragged).
    header->setSectionsMovable(true);
    header->moveSection(header->visualIndex(static_cast<int>(Column::Progress)),
                        header->visualIndex(static_cast<int>(Column::LoadState)) + 1);
    header->moveSection(header->visualIndex(static_cast<int>(Column::TimeLeft)),
                        header->visualIndex(static_cast<int>(Column::Progress)) + 1);
    header->moveSection(header->visualIndex(static_cast<int>(Column::TruncatedLobs)),
                        header->visualIndex(static_cast<int>(Column::ErrorRows)) + 1);
    header->moveSection(header->visualIndex(static_cast<int>(Column::Details)),
                        header->visualIndex(static_cast<int>(Column::Progress)) + 1);
    // One line per table: long reasons are elided in the cell, whole in its tooltip.
    m_view->setWordWrap(false);
}

void TableStatisticsView::fitHeaders()
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        // Hidden columns too: the size is kept for when they are shown.
        const int needed = header->sectionSizeHint(column);
        if (m_view->columnWidth(column) < needed)
            m_view->setColumnWidth(column, needed);
    }
}

void TableStatisticsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitHeaders();
}

TableStatisticsView::~TableStatisticsView() = default;

std::pair<QString, QString> TableStatisticsView::currentTable() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    return {m_proxy->index(current.row(), static_cast<int>(Column::Schema)).data().toString(),
            m_proxy->index(current.row(), static_cast<int>(Column::Table)).data().toString()};
}

QString TableStatisticsView::selectedRowsText() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    QStringList header;
    QList<int> columns;
    for (int visual = 0; visual < m_view->horizontalHeader()->count(); ++visual) {
        const int column = m_view->horizontalHeader()->logicalIndex(visual);
        if (m_view->isColumnHidden(column))
            continue;
        columns << column;
        header << m_proxy->headerData(column, Qt::Horizontal).toString();
    }
    lines << header.join(QLatin1Char('\t'));
    for (int row : rows) {
        QStringList cells;
        for (int column : columns)
            cells << m_proxy->index(row, column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TableStatisticsView::showContextMenu(const QPoint &at)
{
    const QModelIndex index = m_view->indexAt(at);
    if (!index.isValid())
        return;
    const auto [schema, table] = currentTable();
    QMenu menu(this);
    QAction *exceptions = menu.addAction(tr("Show &Exceptions for %1").arg(table));
    exceptions->setObjectName(QStringLiteral("showExceptionsAction"));
    const int errorRows = m_proxy->index(index.row(), static_cast<int>(Column::ErrorRows))
                              .data(models::TableStatisticsModel::SortRole)
                              .toInt();
    exceptions->setEnabled(errorRows > 0);
    connect(exceptions, &QAction::triggered, this,
            [this, schema, table] { emit showExceptionsRequested(schema, table); });
    QAction *reload = menu.addAction(tr("&Reload Table %1").arg(table));
    reload->setObjectName(QStringLiteral("reloadTableAction"));
    reload->setToolTip(tr("Load this table again from the source; the other tables stay"));
    reload->setEnabled(m_reloadEnabled);
    connect(reload, &QAction::triggered, this,
            [this, schema, table] { emit reloadTableRequested(schema, table); });
    menu.addActions(m_view->actions());
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

void TableStatisticsView::setSnapshot(const task::TaskSnapshot &snapshot)
{
    setSnapshot(std::make_shared<const task::TaskSnapshot>(snapshot));
}

void TableStatisticsView::setSnapshot(const std::shared_ptr<const task::TaskSnapshot> &shared)
{
    const task::TaskSnapshot &snapshot = *shared;
    const bool first = m_model->rowCount() == 0;
    m_model->setSnapshot(shared);
    if (first && m_model->rowCount() > 0) {
        m_view->resizeColumnsToContents();
        m_view->setColumnWidth(static_cast<int>(Column::Progress), 140);
        // Wide enough for every state the table will pass through, not just the first one.
        task::TableStatistics withErrors;
        withErrors.state = task::TableState::Completed;
        withErrors.fullLoadErrorRows = 1;
        int stateWidth
            = m_view->fontMetrics().horizontalAdvance(task::tableStateLabel(withErrors).text);
        for (task::TableState state :
             {task::TableState::BeforeLoad, task::TableState::FullLoad,
              task::TableState::Completed, task::TableState::Error,
              task::TableState::Suspended, task::TableState::Cancelled})
            stateWidth = std::max(stateWidth, m_view->fontMetrics().horizontalAdvance(
                                                  models::TableStatisticsModel::stateText(state)));
        const int state = static_cast<int>(Column::LoadState);
        m_view->setColumnWidth(state, std::max(m_view->columnWidth(state), stateWidth + 40));
        fitHeaders();
    }
    m_title->setText(tr("Table statistics (%1)").arg(m_model->rowCount()));
    const task::TableStatistics totals = m_model->totals();
    if (!m_truncatedLobsShown && (totals.fullLoadTruncatedLobs > 0 || totals.lobMaxSizeKb > 0)) {
        m_truncatedLobsShown = true;
        m_view->setColumnHidden(static_cast<int>(Column::TruncatedLobs), false);
        m_view->resizeColumnToContents(static_cast<int>(Column::TruncatedLobs));
    }
    showDetailsWhenNeeded();
    setRejectedRows(totals.fullLoadErrorRows);
    const QLocale locale;
    // Each count with its own plural form ("1 error row", "2 error rows"); counts can pass
    // INT_MAX, so the number is formatted apart and the plural chosen from a clamped value.
    const auto plural = [](int64_t n) { return static_cast<int>(std::min<int64_t>(n, INT_MAX)); };
    const auto number = [&locale](int64_t n) { return locale.toString(static_cast<qlonglong>(n)); };
    //: Totals line: %1 tables loaded of %Ln tables
    const QString tables
        = tr("%1 of %Ln table(s) loaded", nullptr, static_cast<int>(snapshot.tables.size()))
              .arg(locale.toString(snapshot.tablesLoaded()));
    const QString rows = tr("%1 full-load row(s)", nullptr, plural(totals.fullLoadRows))
                             .arg(number(totals.fullLoadRows));
    const QString errors = tr("%1 error row(s)", nullptr, plural(totals.fullLoadErrorRows))
                               .arg(number(totals.fullLoadErrorRows));
    //: Totals line: the parts above, e.g. "Total: 3 of 4 tables loaded, 1,000 full-load rows,
    //: 2 error rows"
    QString text = tr("Total: %1, %2, %3").arg(tables, rows, errors);
    if (totals.fullLoadTruncatedLobs > 0)
        text = tr("%1, %2").arg(
            text,
            tr("%1 truncated LOB value(s)", nullptr, plural(totals.fullLoadTruncatedLobs))
                .arg(number(totals.fullLoadTruncatedLobs)));
    const bool running = snapshot.state == task::TaskState::Running
                         || snapshot.state == task::TaskState::Starting;
    if (const std::optional<int64_t> eta = snapshot.etaMs(); running && eta)
        text = tr("%1; about %2 left").arg(
            text, models::TableStatisticsModel::formatElapsed(*eta));
    m_totals->setText(text);
}

void TableStatisticsView::showDetailsWhenNeeded()
{
    if (m_detailsShown)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!models::TableStatisticsModel::hasDetails(m_model->tableAt(row)))
            continue;
        m_detailsShown = true;
        const int details = static_cast<int>(Column::Details);
        m_view->setColumnHidden(details, false);
        // Room for a sentence; longer reasons are elided (the tooltip has them whole).
        const int sentence = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 45;
        m_view->resizeColumnToContents(details);
        m_view->setColumnWidth(details,
                               std::clamp(m_view->columnWidth(details), sentence / 2, sentence));
        return;
    }
}

void TableStatisticsView::clear()
{
    m_model->clear();
    if (m_detailsShown) {
        m_detailsShown = false;
        m_view->setColumnHidden(static_cast<int>(Column::Details), true);
    }
    if (m_truncatedLobsShown) {
        m_truncatedLobsShown = false;
        m_view->setColumnHidden(static_cast<int>(Column::TruncatedLobs), true);
    }
    fitHeaders();
    m_title->setText(tr("Table statistics (0)"));
    m_totals->clear();
    setRejectedRows(0);
}

void TableStatisticsView::setRejectedRows(qint64 rows)
{
    if (rows == m_rejectedRows)
        return;
    m_rejectedRows = rows;
    emit rejectedRowsChanged(rows);
}

} // namespace ferry
