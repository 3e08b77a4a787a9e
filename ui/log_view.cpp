// SPDX-License-Identifier: MIT
#include "ui/log_view.h"

#include "models/log_model.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
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

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_severity);
    filters->addWidget(m_component);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_follow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view);
}

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
