// SPDX-License-Identifier: MIT
#pragma once

#include "engine/task/task_snapshot.h"

#include <QWidget>

#include <memory>
#include <utility>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ferry {

namespace models {
class TableStatisticsModel;
}

/**
 * The "Table statistics" tab: the DMS console's table statistics for the running task, sortable,
 * searchable ("Find table"), with a progress bar per table, load states that read without
 * colour (text) and in dark mode (palette-derived colours), and a totals line. Snapshots update
 * the rows in place: selection, sort and scroll position survive every tick.
 * Thread: GUI thread.
 */
class TableStatisticsView : public QWidget
{
    Q_OBJECT

public:
    explicit TableStatisticsView(QWidget *parent = nullptr);
    ~TableStatisticsView() override;

    void setSnapshot(const std::shared_ptr<const task::TaskSnapshot> &snapshot);
    void setSnapshot(const task::TaskSnapshot &snapshot);
    void clear();

    models::TableStatisticsModel *model() const { return m_model; }
    /// The (source schema, table) of the current row; empty strings when none.
    [[nodiscard]] std::pair<QString, QString> currentTable() const;
    /// The selected rows as tab-separated text with a header line (what Copy puts on the
    /// clipboard).
    [[nodiscard]] QString selectedRowsText() const;
    /// Whether the context menu offers "Reload table" (a task ran and none runs now).
    void setReloadEnabled(bool enabled) { m_reloadEnabled = enabled; }
    QTableView *tableView() const { return m_view; }

signals:
    /// Context menu "Show exceptions for this table".
    void showExceptionsRequested(const QString &schema, const QString &table);
    /// Context menu "Reload table" (enabled by setReloadEnabled: no task running).
    void reloadTableRequested(const QString &schema, const QString &table);
    /// The rows the shown tables' targets rejected, summed, changed (0 after clear()).
    void rejectedRowsChanged(qint64 rows);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showContextMenu(const QPoint &at);
    /// Column order: progress next to the load state, details after it, truncated LOBs after
    /// the error rows (the model keeps the DMS console's order).
    void arrangeColumns();
    /// Widens every column whose header text does not fit (numeric headers are right-aligned:
    /// a narrow one loses the start of its text, "apsed load time").
    void fitHeaders();
    /// Shows the Details column (once per task) when some table has details to show.
    void showDetailsWhenNeeded();
    void setRejectedRows(qint64 rows);

    models::TableStatisticsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_totals = nullptr;
    bool m_reloadEnabled = false;
    qint64 m_rejectedRows = 0;
    /// The Truncated LOBs column was shown for this task (limited LOB mode or a truncated
    /// value): it is not shown again after the user hides it.
    bool m_truncatedLobsShown = false;
    /// The Details column was shown for this task (a table failed or completed with errors).
    bool m_detailsShown = false;
};

} // namespace ferry
