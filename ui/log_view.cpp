// SPDX-License-Identifier: MIT
#include "ui/log_view.h"

#include "models/log_model.h"
#include "ui/icons.h"

#include <QAction>
#include <QBrush>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFont>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>

#include <algorithm>

namespace ferry {

/// Severity threshold, component and text filters over the log model.
class LogFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setMaximumSeverity(int severity)
    {
        m_maximumSeverity = severity;
        invalidateFilter();
    }
    void setComponent(const QString &component)
    {
        m_component = component;
        invalidateFilter();
    }

    /// Error and warning lines stand out from info lines: an icon in the Severity column, and
    /// error lines in bold, in a red blended with the palette's text colour (readable in dark
    /// mode as in light).
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DecorationRole && role != Qt::ForegroundRole && role != Qt::FontRole)
            return QSortFilterProxyModel::data(index, role);
        const auto severity = static_cast<task::LogSeverity>(
            QSortFilterProxyModel::data(index, models::LogModel::SeverityRole).toInt());
        const bool error = severity == task::LogSeverity::Error;
        const bool warning = severity == task::LogSeverity::Warning;
        switch (role) {
        case Qt::DecorationRole:
            if (index.column() != static_cast<int>(models::LogModel::Column::Severity))
                return {};
            if (error)
                return icon("state-error");
            if (warning)
                return icon("warning");
            return {};
        case Qt::FontRole:
            if (!error)
                return {};
            {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
        case Qt::ForegroundRole:
            if (!error)
                return {};
            {
                const QColor text = QGuiApplication::palette().color(QPalette::Text);
                const QColor red(0xd0, 0x20, 0x20);
                return QBrush(QColor((red.red() * 3 + text.red()) / 4,
                                     (red.green() * 3 + text.green()) / 4,
                                     (red.blue() * 3 + text.blue()) / 4));
            }
        default:
            break;
        }
        return {};
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (index.data(models::LogModel::SeverityRole).toInt() > m_maximumSeverity)
            return false;
        if (!m_component.isEmpty()
            && index.data(models::LogModel::ComponentRole).toString() != m_component)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    int m_maximumSeverity = static_cast<int>(task::LogSeverity::Debug);
    QString m_component;
};

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::LogModel(this))
    , m_proxy(new LogFilterProxy(this))
{
    setObjectName(QStringLiteral("logView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(static_cast<int>(models::LogModel::Column::Message));
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("logSeverity"));
    m_severity->addItem(tr("All severities"), static_cast<int>(task::LogSeverity::Debug));
    m_severity->addItem(tr("Info and above"), static_cast<int>(task::LogSeverity::Info));
    m_severity->addItem(tr("Warnings and errors"), static_cast<int>(task::LogSeverity::Warning));
    m_severity->addItem(tr("Errors"), static_cast<int>(task::LogSeverity::Error));
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMaximumSeverity(m_severity->currentData().toInt());
    });

    m_component = new QComboBox(this);
    m_component->setObjectName(QStringLiteral("logComponent"));
    m_component->addItem(tr("All components"), QString());
    for (task::LogComponent component :
         {task::LogComponent::TaskManager, task::LogComponent::SourceUnload,
          task::LogComponent::TargetLoad, task::LogComponent::Transformation,
          task::LogComponent::TableManager}) {
        const QString name = QString::fromLatin1(task::logComponentName(component));
        m_component->addItem(name, name);
    }
    connect(m_component, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setComponent(m_component->currentData().toString());
    });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_follow = new QCheckBox(tr("Follow"), this);
    m_follow->setObjectName(QStringLiteral("logFollow"));
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest line in view"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("logTable"));
    m_view->setModel(m_proxy);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(
        static_cast<int>(models::LogModel::Column::Message), QHeaderView::Stretch);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy Lines"), m_view);
    copy->setObjectName(QStringLiteral("copyLogLinesAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    copy->setToolTip(tr("Copy the selected log lines"));
    connect(copy, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(selectedText()); });
    m_view->addAction(copy);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow->isChecked())
            m_view->scrollToBottom();
    });

    QSplitter *splitter = createDetailsPane();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_severity);
    filters->addWidget(m_component);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_follow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter);
}

QSplitter *LogView::createDetailsPane()
{
    // The whole line of the current row, wrapped: long messages (an error with its detail and
    // hint) are read here, not in a tooltip running off the screen.
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("logDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setPlaceholderText(tr("Select a line to read its whole message here."));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showDetails(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { showDetails(); });
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("logSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

void LogView::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const task::LogLine &line = m_model->lineAt(m_proxy->mapToSource(current).row());
    m_details->setPlainText(QString::fromStdString(line.format()));
}

QString LogView::detailsText() const { return m_details->toPlainText(); }

LogView::~LogView() = default;

void LogView::append(const task::LogLine &line) { m_model->append(line); }

void LogView::append(const std::vector<task::LogLine> &lines) { m_model->append(lines); }

void LogView::clear() { m_model->clear(); }

QString LogView::selectedText() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    QString text;
    for (int row : rows)
        text += QString::fromStdString(m_model->lineAt(row).format()) + QLatin1Char('\n');
    return text;
}

int LogView::visibleRows() const { return m_proxy->rowCount(); }

} // namespace ferry
