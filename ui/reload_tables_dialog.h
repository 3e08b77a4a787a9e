// SPDX-License-Identifier: MIT
#pragma once

#include "engine/task/task_snapshot.h"

#include <QDialog>

#include <memory>
#include <string>
#include <utility>
#include <vector>

class QSortFilterProxyModel;
class QStandardItemModel;
class QTimer;

namespace Ui {
class ReloadTablesDialog;
}

namespace ferry {

/**
 * Reload Tables (DMS "Reload table data") for a task that ran: its tables as its last run
 * knows them (source schema.table, checkable; the target table when the run knows it, and the
 * load state beside), a filter
 * field, Select All / Select None for the rows the filter shows, and OK ("Reload N tables",
 * enabled once a table is checked). The caller opens it with open() and, on accepted(),
 * resumes the task with checkedTables(). The dialog itself starts nothing.
 * Thread: GUI thread. Widgets: "tablesView", "filterEdit", "selectAllButton",
 * "selectNoneButton", "buttonBox".
 */
class ReloadTablesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReloadTablesDialog(QWidget *parent = nullptr);
    ~ReloadTablesDialog() override;

    /// The task and the tables of its last run, in the run's order; none checked.
    void setTables(const QString &taskName, const std::vector<task::TableStatistics> &tables);
    /// The checked tables as (source schema, source table), in the listed order.
    [[nodiscard]] std::vector<std::pair<std::string, std::string>> checkedTables() const;

private:
    /// Sizes the columns to their contents and the dialog to show them.
    void fitColumns();
    void applyFilter();
    /// Checks (or unchecks) every table the filter shows.
    void checkShown(bool checked);
    void updateChecked();

    std::unique_ptr<Ui::ReloadTablesDialog> m_ui;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTimer *m_filterTimer = nullptr;
    bool m_checking = false; ///< checkShown() is setting many rows
};

} // namespace ferry
