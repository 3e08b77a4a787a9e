// SPDX-License-Identifier: MIT
#include "ui/exceptions/exceptions_view.h"

#include "models/engine_client.h"
#include "models/exceptions/exceptions_model.h"
#include "models/exceptions/row_image_model.h"
#include "ui/dialogs.h"
#include "ui/icons.h"

#include "engine/core/tr.h"
#include "ui_exceptions_view.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTimer>

#include <algorithm>

namespace ferry {

namespace {

using models::ExceptionsModel;
using models::RowImageModel;

constexpr int PageSize = 500;

QString qualified(const std::string &schema, const std::string &table)
{
    return schema.empty() ? qs(table) : qs(schema) + QLatin1Char('.') + qs(table);
}

/// The state column of the list: an icon with the text, so the state reads without colour.
class StateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const char *name = nullptr;
        if (index.data(ExceptionsModel::EditedRole).toBool()) {
            name = "info";
        } else {
            switch (static_cast<ExceptionsModel::Outcome>(
                index.data(ExceptionsModel::OutcomeRole).toInt())) {
            case ExceptionsModel::Outcome::Applied:
                name = "state-ok";
                break;
            case ExceptionsModel::Outcome::RejectedAgain:
                name = "warning";
                break;
            case ExceptionsModel::Outcome::Failed:
                name = "state-error";
                break;
            case ExceptionsModel::Outcome::NotFound:
                name = "info";
                break;
            case ExceptionsModel::Outcome::None:
                break;
            }
        }
        if (name) {
            option->icon = icon(name);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
};

/// The row image: the offending column marked with an icon and bold text (not colour alone),
/// NULL values in italics, fixed cells in bold.
class ImageDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto column = static_cast<RowImageModel::Column>(index.column());
        const bool offending = index.data(RowImageModel::OffendingRole).toBool();
        if (offending
            && (column == RowImageModel::Column::Name
                || column == RowImageModel::Column::Problem)) {
            option->icon = icon("warning");
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->font.setBold(true);
        }
        if (column == RowImageModel::Column::Value
            && index.data(RowImageModel::StoredValueRole).isNull())
            option->font.setItalic(true);
        if (column == RowImageModel::Column::NewValue
            && index.data(RowImageModel::EditedRole).toBool()) {
            option->font.setBold(true);
            option->font.setItalic(index.data(RowImageModel::IsNullRole).toBool());
        }
    }
};

} // namespace

ExceptionsView::ExceptionsView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ExceptionsView>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("exceptionsView"));

    m_model = new ExceptionsModel(this);
    m_image = new RowImageModel(m_model, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ExceptionsModel::SortRole);
    m_proxy->setFilterRole(ExceptionsModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    QTableView *list = m_ui->exceptionsList;
    list->setModel(m_proxy);
    list->setItemDelegateForColumn(static_cast<int>(ExceptionsModel::Column::State),
                                   new StateDelegate(list));
    list->sortByColumn(static_cast<int>(ExceptionsModel::Column::Table), Qt::AscendingOrder);
    QHeaderView *header = list->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(static_cast<int>(ExceptionsModel::Column::Slice),
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(static_cast<int>(ExceptionsModel::Column::Error),
                                 QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(static_cast<int>(ExceptionsModel::Column::Table), em * 14);
    header->resizeSection(static_cast<int>(ExceptionsModel::Column::OffendingColumn), em * 9);
    header->resizeSection(static_cast<int>(ExceptionsModel::Column::State), em * 15);

    QTableView *image = m_ui->rowImageView;
    image->setModel(m_image);
    image->setItemDelegate(new ImageDelegate(image));
    QHeaderView *imageHeader = image->horizontalHeader();
    imageHeader->setStretchLastSection(true);
    imageHeader->setSectionResizeMode(QHeaderView::Interactive);
    imageHeader->setSectionResizeMode(static_cast<int>(RowImageModel::Column::SetNull),
                                      QHeaderView::ResizeToContents);
    imageHeader->resizeSection(static_cast<int>(RowImageModel::Column::Name), em * 11);
    imageHeader->resizeSection(static_cast<int>(RowImageModel::Column::Value), em * 14);
    imageHeader->resizeSection(static_cast<int>(RowImageModel::Column::NewValue), em * 14);
    m_ui->exceptionsSplitter->setStretchFactor(0, 3);
    m_ui->exceptionsSplitter->setStretchFactor(1, 2);

    m_ui->refreshButton->setIcon(icon("refresh"));
    m_ui->reapplySelectedButton->setIcon(icon("run"));
    m_ui->reapplyTableButton->setIcon(icon("run"));
    m_ui->revertButton->setIcon(icon("undo"));
    m_ui->cancelButton->setIcon(icon("stop"));
    m_ui->editRulesButton->setIcon(icon("filter"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->errorIcon->setPixmap(icon("warning").pixmap(iconSize, iconSize));
    m_ui->reapplyProgress->setVisible(false);
    m_ui->cancelButton->setVisible(false);
    m_ui->loadMoreButton->setVisible(false);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_proxy->setFilterFixedString(m_ui->searchEdit->text());
        updateActions();
    });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->tableCombo, &QComboBox::activated, this, &ExceptionsView::onTableChosen);
    connect(m_ui->refreshButton, &QToolButton::clicked, this, &ExceptionsView::refresh);
    connect(m_ui->loadMoreButton, &QPushButton::clicked, this, &ExceptionsView::loadMore);
    connect(m_ui->reapplySelectedButton, &QPushButton::clicked, this,
            &ExceptionsView::reapplySelected);
    connect(m_ui->reapplyTableButton, &QPushButton::clicked, this, &ExceptionsView::reapplyTable);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ExceptionsView::cancelReapply);
    connect(m_ui->editRulesButton, &QPushButton::clicked, this,
            &ExceptionsView::requestRuleEditing);
    connect(m_ui->useRulesCheck, &QCheckBox::toggled, this, &ExceptionsView::updateActions);
    connect(m_ui->revertButton, &QPushButton::clicked, this, [this] {
        if (const int64_t id = currentId())
            m_model->revertEdits(id);
    });
    connect(list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExceptionsView::onCurrentChanged);
    connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExceptionsView::updateActions);
    connect(m_model, &ExceptionsModel::editsChanged, this, [this] { updateActions(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ExceptionsView::updateImagePanel);

    rebuildTableCombo();
    updateImagePanel();
    updateActions();
}

ExceptionsView::~ExceptionsView()
{
    // Without a client the cancelled callbacks below start nothing new.
    EngineClient *client = m_client.data();
    m_client = nullptr;
    if (client) {
        if (m_readId)
            client->cancel(m_readId);
        if (m_reapplyId)
            client->cancel(m_reapplyId);
    }
}

void ExceptionsView::setTask(EngineClient *client, const ConnectionSpec &target,
                             const std::string &taskName, const std::string &controlSchema)
{
    EngineClient *previous = m_client.data();
    m_client = nullptr; // the cancelled callbacks start nothing for the old task
    if (previous && m_readId)
        previous->cancel(m_readId);
    if (previous && m_reapplyId)
        previous->cancel(m_reapplyId);
    m_readId = 0;
    m_reapplyId = 0;
    m_client = client;
    m_target = target;
    m_taskName = taskName;
    m_controlSchema = controlSchema;
    m_mappingProvider = nullptr;
    m_ui->useRulesCheck->setChecked(false);
    m_filterSchema.clear();
    m_filterTable.clear();
    m_model->clear();
    m_image->setExceptionId(0);
    setStatus(nullptr, {});
    setRejectedRows(0);
    rebuildTableCombo();
    refresh();
}

void ExceptionsView::showTable(const QString &schema, const QString &table)
{
    m_filterSchema = schema.toStdString();
    m_filterTable = table.toStdString();
    rebuildTableCombo();
    refresh();
}

void ExceptionsView::setMappingProvider(MappingProvider provider)
{
    m_mappingProvider = std::move(provider);
    if (!m_mappingProvider)
        m_ui->useRulesCheck->setChecked(false);
    updateActions();
}

void ExceptionsView::rulesChanged()
{
    if (!m_mappingProvider)
        return;
    m_ui->useRulesCheck->setChecked(true);
    setStatus("info",
              tr("The rules changed: re-apply the rows to derive them again with the new "
                 "rules."));
    updateActions();
}

bool ExceptionsView::isBusy() const { return m_readId != 0 || m_reapplyId != 0; }

void ExceptionsView::refresh() { read(false); }

void ExceptionsView::loadMore() { read(true); }

void ExceptionsView::read(bool append)
{
    if (!m_client || m_taskName.empty())
        return;
    if (m_readId)
        m_client->cancel(m_readId);
    task::ExceptionFilter filter;
    filter.controlSchema = m_controlSchema;
    filter.sourceSchema = m_filterSchema;
    filter.sourceTable = m_filterTable;
    if (append) {
        filter.afterId = m_model->lastId();
        filter.limit = PageSize;
    } else {
        // As many rows as are loaded now, so a refresh does not take pages away.
        filter.limit = std::min(10'000, std::max(PageSize, m_model->rowCount()));
    }
    m_readId = m_client->readExceptions(
        m_target, m_taskName, filter, this,
        [this, append](const task::ExceptionPagePtr &page) {
            m_readId = 0;
            onPage(page, append);
        },
        [this](const Error &error) {
            m_readId = 0;
            if (error.code != ErrorCode::Cancelled)
                setStatus("state-error",
                          tr("The rejected rows could not be read: %1").arg(qs(error.message)),
                          qs(error.toString()));
            updateActions();
        });
    m_ui->countLabel->setText(tr("Reading\u2026"));
    updateActions();
}

void ExceptionsView::onPage(const task::ExceptionPagePtr &page, bool append)
{
    if (append)
        m_model->appendPage(*page);
    else
        m_model->setPage(*page);
    int64_t rejected = 0;
    for (const task::ExceptionTable &table : m_model->tables())
        rejected += table.rows;
    setRejectedRows(rejected);
    rebuildTableCombo();
    const QLocale locale;
    if (m_model->matching() == 0) {
        m_ui->countLabel->setText(
            m_filterTable.empty()
                ? tr("No rejected rows")
                : tr("No rejected rows for %1").arg(qualified(m_filterSchema, m_filterTable)));
    } else {
        m_ui->countLabel->setText(
            tr("%1 of %n rejected row(s) loaded", nullptr, static_cast<int>(m_model->matching()))
                .arg(locale.toString(m_model->rowCount())));
    }
    m_ui->loadMoreButton->setVisible(m_model->hasMore());
    QTableView *list = m_ui->exceptionsList;
    if (!list->currentIndex().isValid() && m_proxy->rowCount() > 0)
        list->setCurrentIndex(m_proxy->index(0, 0));
    onCurrentChanged();
    updateActions();
}

void ExceptionsView::setRejectedRows(qint64 rows)
{
    if (rows == m_rejectedRows)
        return;
    m_rejectedRows = rows;
    emit rejectedRowsChanged(rows);
}

void ExceptionsView::rebuildTableCombo()
{
    QComboBox *combo = m_ui->tableCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    int64_t total = 0;
    for (const task::ExceptionTable &table : m_model->tables())
        total += table.rows;
    combo->addItem(tr("All tables (%1)").arg(QLocale().toString(total)));
    int current = 0;
    bool found = false;
    for (const task::ExceptionTable &table : m_model->tables()) {
        const QString source = qualified(table.sourceSchema, table.sourceTable);
        const QString target = qualified(table.targetSchema, table.targetTable);
        const QString label = source == target || table.targetTable == table.sourceTable
            ? tr("%1 (%2)").arg(source, QLocale().toString(table.rows))
            : tr("%1 into %2 (%3)").arg(source, target, QLocale().toString(table.rows));
        combo->addItem(icon("table"), label,
                       QStringList {qs(table.sourceSchema), qs(table.sourceTable)});
        if (table.sourceSchema == m_filterSchema && table.sourceTable == m_filterTable) {
            current = combo->count() - 1;
            found = true;
        }
    }
    if (!m_filterTable.empty() && !found) {
        combo->addItem(
            icon("table"),
            tr("%1 (%2)").arg(qualified(m_filterSchema, m_filterTable), QLocale().toString(0)),
            QStringList {qs(m_filterSchema), qs(m_filterTable)});
        current = combo->count() - 1;
    }
    combo->setCurrentIndex(current);
}

void ExceptionsView::onTableChosen(int index)
{
    const QStringList table = m_ui->tableCombo->itemData(index).toStringList();
    showTable(table.value(0), table.value(1));
}

int64_t ExceptionsView::currentId() const
{
    const QModelIndex current = m_ui->exceptionsList->currentIndex();
    if (!current.isValid())
        return 0;
    return current.data(ExceptionsModel::IdRole).toLongLong();
}

std::vector<int64_t> ExceptionsView::selectedIds() const
{
    std::vector<int64_t> ids;
    for (const QModelIndex &row : m_ui->exceptionsList->selectionModel()->selectedRows())
        ids.push_back(row.data(ExceptionsModel::IdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ExceptionsView::requestRuleEditing()
{
    if (const task::ExceptionRecord *record = m_model->recordById(currentId())) {
        emit editRulesRequested(QString::fromStdString(record->sourceSchema),
                                QString::fromStdString(record->sourceTable),
                                QString::fromStdString(record->column));
        return;
    }
    emit editRulesRequested(QString::fromStdString(m_filterSchema),
                            QString::fromStdString(m_filterTable), {});
}

std::pair<std::string, std::string> ExceptionsView::currentTable() const
{
    if (!m_filterTable.empty())
        return {m_filterSchema, m_filterTable};
    if (const task::ExceptionRecord *record = m_model->recordById(currentId()))
        return {record->sourceSchema, record->sourceTable};
    return {};
}

void ExceptionsView::onCurrentChanged()
{
    const int64_t id = currentId();
    if (id != m_image->exceptionId())
        m_image->setExceptionId(id);
    updateImagePanel();
    updateActions();
}

void ExceptionsView::updateImagePanel()
{
    const task::ExceptionRecord *record = m_model->recordById(m_image->exceptionId());
    if (!record) {
        m_ui->imageTitle->setText(
            m_model->rowCount() == 0 ? QString() : tr("Select a rejected row to see its values."));
        m_ui->errorIcon->setVisible(false);
        m_ui->errorText->clear();
        return;
    }
    const QString source = qualified(record->sourceSchema, record->sourceTable);
    const QString target = qualified(record->targetSchema, record->targetTable);
    m_ui->imageTitle->setText(
        record->targetImage.empty()
            ? tr("Row from %1 into %2, slice %3 (values as read from the source)")
                  .arg(source, target, QLocale().toString(record->slice))
            : tr("Row from %1 into %2, slice %3")
                  .arg(source, target, QLocale().toString(record->slice)));
    QString error = models::exceptionErrorText(*record);
    if (record->column.empty())
        error = tr("%1 (The target did not name a column.)").arg(error);
    else if (m_image->offendingRow() >= 0)
        error = tr("%1 (column %2)").arg(error, qs(record->column));
    m_ui->errorIcon->setVisible(true);
    m_ui->errorText->setText(error);
    m_ui->errorText->setToolTip(record->detail.empty()
                                    ? qs(record->error)
                                    : tr("%1\n%2").arg(qs(record->error), qs(record->detail)));
}

void ExceptionsView::updateActions()
{
    const bool reapplying = m_reapplyId != 0;
    const bool ready = m_client && !m_taskName.empty() && !reapplying;
    const std::vector<int64_t> ids = selectedIds();
    m_ui->reapplySelectedButton->setEnabled(ready && !ids.empty());
    m_ui->reapplySelectedButton->setText(
        ids.size() > 1 ? tr("Re-apply %n &selected row(s)", nullptr, static_cast<int>(ids.size()))
                       : tr("Re-apply &selected"));
    const auto [schema, table] = currentTable();
    m_ui->reapplyTableButton->setEnabled(ready && !table.empty() && m_model->rowCount() > 0);
    m_ui->reapplyTableButton->setToolTip(
        table.empty() ? tr("Choose a table to re-apply all of its rejected rows")
                      : tr("Write every rejected row of %1, with your fixes, into its target "
                           "table")
                            .arg(qualified(schema, table)));
    m_ui->revertButton->setEnabled(!reapplying && currentId() != 0
                                   && m_model->hasEdits(currentId()));
    m_ui->useRulesCheck->setEnabled(!reapplying && m_mappingProvider != nullptr);
    m_ui->editRulesButton->setEnabled(!reapplying && !m_taskName.empty()
                                      && m_mappingProvider != nullptr);
    m_ui->refreshButton->setEnabled(m_client && !m_taskName.empty() && !reapplying);
    m_ui->tableCombo->setEnabled(!reapplying);
    m_ui->loadMoreButton->setEnabled(!reapplying && m_readId == 0);
    m_ui->rowImageView->setEditTriggers(reapplying ? QAbstractItemView::NoEditTriggers
                                                   : QAbstractItemView::DoubleClicked
                                                | QAbstractItemView::EditKeyPressed
                                                | QAbstractItemView::AnyKeyPressed);
}

void ExceptionsView::setStatus(const char *iconName, const QString &text, const QString &toolTip)
{
    if (iconName) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        m_ui->statusIcon->setPixmap(icon(iconName).pixmap(size, size));
    } else {
        m_ui->statusIcon->clear();
    }
    m_ui->statusIcon->setVisible(iconName != nullptr);
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setToolTip(toolTip);
}

void ExceptionsView::reapplySelected()
{
    const std::vector<int64_t> ids = selectedIds();
    if (ids.empty() || m_reapplyId)
        return;
    task::ReapplyRequest request;
    request.controlSchema = m_controlSchema;
    for (int64_t id : ids)
        request.rows.push_back(m_model->fixFor(id));
    startReapply(request, static_cast<int>(ids.size()));
}

void ExceptionsView::reapplyTable()
{
    const auto [schema, table] = currentTable();
    if (table.empty() || m_reapplyId)
        return;
    task::ReapplyRequest request;
    request.controlSchema = m_controlSchema;
    request.allOfSourceSchema = schema;
    request.allOfSourceTable = table;
    request.rows = m_model->editedFixesOf(schema, table);
    int64_t rows = 0;
    for (const task::ExceptionTable &t : m_model->tables()) {
        if (t.sourceSchema == schema && t.sourceTable == table)
            rows = t.rows;
    }
    startReapply(request, static_cast<int>(rows));
}

void ExceptionsView::startReapply(task::ReapplyRequest request, int rows)
{
    if (!m_client)
        return;
    if (m_ui->useRulesCheck->isChecked() && m_mappingProvider && !request.mapping) {
        auto mapping = m_mappingProvider();
        if (!mapping) {
            setStatus("state-error",
                      tr("The task's rules could not be used: %1").arg(qs(mapping.error().message)),
                      qs(mapping.error().toString()));
            return;
        }
        request.mapping = std::move(*mapping);
    }
    m_reapplyId = m_client->reapplyExceptions(
        m_target, m_taskName, request, this,
        [this, request, rows](const task::ReapplyResult &result) {
            m_reapplyId = 0;
            onReapplied(request, rows, result);
        },
        [this](const Error &error) {
            m_reapplyId = 0;
            m_ui->reapplyProgress->setVisible(false);
            m_ui->cancelButton->setVisible(false);
            if (error.code == ErrorCode::Cancelled)
                setStatus("state-stopped",
                          tr("Re-applying was cancelled; tables already written stay written."));
            else
                setStatus("state-error",
                          tr("The rows could not be re-applied: %1").arg(qs(error.message)),
                          qs(error.toString()));
            updateActions();
            refresh();
        });
    m_ui->reapplyProgress->setVisible(true);
    m_ui->cancelButton->setVisible(true);
    setStatus("state-running", tr("Re-applying %n row(s)\u2026", nullptr, rows));
    updateActions();
}

void ExceptionsView::cancelReapply()
{
    if (m_client && m_reapplyId)
        m_client->cancel(m_reapplyId);
}

bool ExceptionsView::approveColumnChanges(const std::vector<task::ColumnTypeChange> &changes)
{
    QStringList lines;
    for (const task::ColumnTypeChange &change : changes) {
        lines << tr("\u2022 %1.%2: %3 \u2192 %4 (rule %5)")
                     .arg(qualified(change.schema, change.table), qs(change.column),
                          qs(change.fromType), qs(change.toType), qs(change.ruleId));
    }
    const QString text
        = tr("The rules give %n target column(s) another type than the target table has:", nullptr,
             static_cast<int>(changes.size()))
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + tr("Change the target table's columns and re-apply the rows? The rows already in the "
             "table are converted by the target; if one does not convert nothing changes.");
    return Dialogs::question(this, tr("Change Target Columns"), text,
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void ExceptionsView::onReapplied(const task::ReapplyRequest &request, int rows,
                                 const task::ReapplyResult &result)
{
    m_ui->reapplyProgress->setVisible(false);
    m_ui->cancelButton->setVisible(false);
    const std::vector<task::ColumnTypeChange> pending = result.pendingChanges();
    if (!pending.empty() && request.mapping && !request.mapping->changeColumnTypes
        && approveColumnChanges(pending)) {
        task::ReapplyRequest approved = request;
        approved.mapping->changeColumnTypes = true;
        startReapply(std::move(approved), rows);
        return;
    }
    m_model->setResult(result);
    const int applied = result.count(task::ReapplyOutcome::Applied);
    const int refused = result.count(task::ReapplyOutcome::RejectedAgain);
    const int failed
        = result.count(task::ReapplyOutcome::Failed) + result.count(task::ReapplyOutcome::NotFound);
    QString text = tr("%n row(s) re-applied.", nullptr, applied);
    if (refused > 0)
        text += QLatin1Char(' ')
            + tr("%n row(s) refused again: see the new error.", nullptr, refused);
    if (failed > 0)
        text += QLatin1Char(' ') + tr("%n row(s) not re-applied.", nullptr, failed);
    QStringList details;
    for (const task::ReapplyRowResult &row : result.rows) {
        if (row.outcome == task::ReapplyOutcome::Failed
            || row.outcome == task::ReapplyOutcome::NotFound)
            details << qs(row.error.toString());
    }
    details.removeDuplicates();
    setStatus(failed > 0        ? "state-error"
                  : refused > 0 ? "warning"
                                : "state-ok",
              text, details.join(QLatin1Char('\n')));
    updateActions();
    refresh();
    emit reapplied(result);
}

} // namespace ferry
