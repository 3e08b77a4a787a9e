// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/connection_spec.h"
#include "engine/service/engine_service.h"
#include "engine/task/exceptions.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <string>

class QSortFilterProxyModel;
class QTimer;

namespace Ui {
class ExceptionsView;
}

namespace ferry {

class EngineClient;

namespace models {
class ExceptionsModel;
class RowImageModel;
} // namespace models

/**
 * The "Exceptions" view: the rows a task's target refused (the control table "exceptions"),
 * each with its error next to the column the target named; the user fixes values in the row
 * image, or the task's mapping rules ("Edit rules...", then "With the current rules"), and
 * re-applies just those rows (or every row of a table) through the engine, which writes them in
 * one transaction per table and removes the ones that now load. When the rules change a
 * column's type the view asks before the engine changes the target column.
 *
 * Reads and re-applies run on the engine (EngineClient); the list is filtered by table on the
 * target (pages of 500, "Load more") and searched locally. After a re-apply each row's outcome
 * shows in the list and the list is read again: re-applied rows disappear, rows refused again
 * show their new error. Refreshes update the list in place (selection and scroll survive).
 * Thread: GUI thread. Errors: shown inline in the status line (icon and text).
 */
class ExceptionsView : public QWidget
{
    Q_OBJECT

public:
    explicit ExceptionsView(QWidget *parent = nullptr);
    ~ExceptionsView() override;

    /// The task whose rejected rows to show, on its target. controlSchema: the task's
    /// ControlTablesSettings.ControlSchema (task::controlSchemaOf(settings)); "" for the
    /// default. Forgets the previous task's rows and fixes, then reads.
    void setTask(EngineClient *client, const ConnectionSpec &target, const std::string &taskName,
                 const std::string &controlSchema = {});
    /// Shows only the rows of one source table (as the table statistics name it); empty
    /// names: every table. Reads again.
    void showTable(const QString &schema, const QString &table);

    /// The task's mapping as it is now, with the source to plan it on (password filled in),
    /// asked for each re-apply "with the current rules". Without one (the default, and after
    /// setTask) that option is off.
    using MappingProvider = std::function<Result<task::ReapplyMapping>()>;
    void setMappingProvider(MappingProvider provider);
    /// The task's rules were changed: the next re-apply uses them (the option is ticked).
    void rulesChanged();

    [[nodiscard]] models::ExceptionsModel *model() const { return m_model; }
    [[nodiscard]] models::RowImageModel *rowImageModel() const { return m_image; }
    /// True while a read or a re-apply is running.
    [[nodiscard]] bool isBusy() const;

public slots:
    /// Reads the rows again (keeps the table filter, the loaded row count and the fixes).
    void refresh();
    /// Re-applies the selected rows with their fixes.
    void reapplySelected();
    /// Re-applies every rejected row of the current table (the filter's, else the selected
    /// row's), with the fixes entered for its rows.
    void reapplyTable();

signals:
    /// A re-apply finished (after the list was read again): for the table statistics.
    void reapplied(const ferry::task::ReapplyResult &result);
    /// "Edit rules..." was clicked: the window opens the task's mapping editor on the rule of
    /// the current row's offending column (column: the target's name; "" when the target did
    /// not name one), else on the filtered table (schema and table "" for none).
    void editRulesRequested(const QString &schema, const QString &table, const QString &column);
    /// The rejected rows of the task's tables (all of them, whatever the filter), as last
    /// read; 0 for another task until its rows are read.
    void rejectedRowsChanged(qint64 rows);

private:
    void loadMore();
    void read(bool append);
    void cancelReapply();
    void requestRuleEditing();
    void startReapply(task::ReapplyRequest request, int rows);
    void onPage(const task::ExceptionPagePtr &page, bool append);
    void onReapplied(const task::ReapplyRequest &request, int rows,
                     const task::ReapplyResult &result);
    /// Asks whether the engine may change the target columns; true: re-apply again with it.
    [[nodiscard]] bool approveColumnChanges(const std::vector<task::ColumnTypeChange> &changes);
    void rebuildTableCombo();
    void setRejectedRows(qint64 rows);
    void onTableChosen(int index);
    void onCurrentChanged();
    void updateImagePanel();
    void updateActions();
    void setStatus(const char *iconName, const QString &text, const QString &toolTip = {});
    [[nodiscard]] std::vector<int64_t> selectedIds() const;
    [[nodiscard]] int64_t currentId() const;
    /// The source table "Re-apply all for this table" works on; empty when none.
    [[nodiscard]] std::pair<std::string, std::string> currentTable() const;

    std::unique_ptr<Ui::ExceptionsView> m_ui;
    models::ExceptionsModel *m_model = nullptr;
    models::RowImageModel *m_image = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTimer *m_searchTimer = nullptr;

    QPointer<EngineClient> m_client;
    ConnectionSpec m_target;
    std::string m_taskName;
    std::string m_controlSchema;
    std::string m_filterSchema;
    std::string m_filterTable;
    RequestId m_readId = 0;
    RequestId m_reapplyId = 0;
    qint64 m_rejectedRows = 0;
    MappingProvider m_mappingProvider;
};

} // namespace ferry
