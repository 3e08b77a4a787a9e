// SPDX-License-Identifier: MIT
#include "ui/reload_tables_dialog.h"

#include "engine/task/state_text.h"
#include "ui_reload_tables_dialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimer>

#include <algorithm>

namespace ferry {

namespace {

enum Column { SourceColumn, TargetColumn, StateColumn, ColumnCount };
enum Role { SchemaRole = Qt::UserRole + 1, TableRole };

/// "schema.table", or the table alone without a schema (SQLite files list "main").
QString tableLabel(const std::string &schema, const std::string &table)
{
    const QString name = QString::fromStdString(table);
    return schema.empty() ? name : QString::fromStdString(schema) + QLatin1Char('.') + name;
}

} // namespace

ReloadTablesDialog::ReloadTablesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReloadTablesDialog>())
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filterTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setWindowModality(Qt::WindowModal);
    m_model->setHorizontalHeaderLabels({tr("Source table"), tr("Target table"), tr("State")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1); // source or target name
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->tablesView->setModel(m_proxy);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filterTimer, &QTimer::timeout, this, &ReloadTablesDialog::applyFilter);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_ui->selectAllButton, &QPushButton::clicked, this, [this] { checkShown(true); });
    connect(m_ui->selectNoneButton, &QPushButton::clicked, this, [this] { checkShown(false); });
    connect(m_model, &QStandardItemModel::itemChanged, this, &ReloadTablesDialog::updateChecked);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateChecked();
}

ReloadTablesDialog::~ReloadTablesDialog() = default;

void ReloadTablesDialog::setTables(const QString &taskName,
                                   const std::vector<task::TableStatistics> &tables)
{
    setWindowTitle(tr("Reload Tables of %1").arg(taskName));
    m_ui->introLabel->setText(
        tr("Check the tables to load again from the source. Task %1 resumes: the rows of the "
           "checked tables in the target are replaced; its other tables stay as they are.")
            .arg(taskName));
    m_model->removeRows(0, m_model->rowCount());
    bool targets = false;
    for (const task::TableStatistics &table : tables) {
        targets |= !table.targetTable.empty();
        auto *source = new QStandardItem(tableLabel(table.schema, table.table));
        source->setCheckable(true);
        source->setCheckState(Qt::Unchecked);
        source->setData(QString::fromStdString(table.schema), SchemaRole);
        source->setData(QString::fromStdString(table.table), TableRole);
        auto *target = new QStandardItem(tableLabel(table.targetSchema, table.targetTable));
        auto *state = new QStandardItem(task::tableStateLabel(table).text);
        for (QStandardItem *item : {source, target, state})
            item->setEditable(false);
        m_model->appendRow({source, target, state});
    }
    // A run read back from the control tables knows the source names only.
    m_ui->tablesView->setColumnHidden(TargetColumn, !targets);
    fitColumns();
    updateChecked();
}

void ReloadTablesDialog::fitColumns()
{
    // Wide enough for the names and states (up to two thirds of the screen), then the dialog
    // around it.
    QTreeView *view = m_ui->tablesView;
    int width = 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < ColumnCount; ++column) {
        view->resizeColumnToContents(column);
        if (!view->isColumnHidden(column))
            width += view->columnWidth(column);
    }
    const QScreen *shown = screen();
    const int most = shown ? shown->availableGeometry().width() * 2 / 3 : width;
    view->setMinimumWidth(std::min(width, most));
    adjustSize();
}

std::vector<std::pair<std::string, std::string>> ReloadTablesDialog::checkedTables() const
{
    std::vector<std::pair<std::string, std::string>> checked;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row, SourceColumn);
        if (item->checkState() == Qt::Checked)
            checked.emplace_back(item->data(SchemaRole).toString().toStdString(),
                                 item->data(TableRole).toString().toStdString());
    }
    return checked;
}

void ReloadTablesDialog::applyFilter()
{
    m_proxy->setFilterFixedString(m_ui->filterEdit->text().trimmed());
}

void ReloadTablesDialog::checkShown(bool checked)
{
    applyFilter(); // a filter still being typed counts
    m_checking = true; // one count at the end, not one per row
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex shown = m_proxy->mapToSource(m_proxy->index(row, SourceColumn));
        m_model->itemFromIndex(shown)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    m_checking = false;
    updateChecked();
}

void ReloadTablesDialog::updateChecked()
{
    if (m_checking)
        return;
    const int checked = static_cast<int>(checkedTables().size());
    //: %n: the number of checked tables, of %1 listed
    m_ui->checkedLabel->setText(
        tr("%n of %1 checked", nullptr, checked).arg(QLocale().toString(m_model->rowCount())));
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Reload %n Table(s)", nullptr, checked));
    ok->setEnabled(checked > 0);
}

} // namespace ferry
