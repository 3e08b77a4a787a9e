// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/dialect.h"
#include "engine/project/project.h"
#include "engine/service/engine_service.h"

#include <QList>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QIdentityProxyModel;
class QModelIndex;

namespace Ui {
class MappingEditor;
}

namespace ferry {

namespace models {
class CatalogTreeModel;
class LatestJob;
class MappingPreviewModel;
} // namespace models

/**
 * Edits one DMS table mapping against a source catalog: a checkable catalog tree with row
 * counts and sizes, include/exclude patterns, column filters, transformation rules, a live
 * preview of source -> target names and types, and DMS JSON import/export.
 *
 * Used as a page of the new-project wizard and in the mapping dialog. Thread: GUI thread.
 *
 * A mapping without rules is DMS's default mapping: every table of every non-system schema is
 * ticked and migrated (store it as "no mapping" in the task); unticking every table writes an
 * exclude rule for %.% instead, so "nothing" never reads as "everything".
 *
 * Checking tables in the tree writes selection rules (models/mapping/selection_rules.h: one
 * include schema.% for a whole schema, include % plus excludes, or one include per table,
 * whichever is shorter; only the schemas the user touched are rewritten when the rules allow
 * it); editing the rules checks the tree from the engine's own evaluation (planMapping), so
 * wildcards show as they will apply. The preview is re-planned 150 ms after the last edit.
 * Planning (the preview and the tree checks) and reading DMS JSON files run off the GUI thread,
 * newest request first, so typing stays fluid with a catalog of 10,000 tables.
 * Rules the editor does not edit (table-settings, define-primary-key, ...) are kept as written,
 * after the transformations. Import errors are shown inline (file:line:column) and change
 * nothing; file pickers go through ferry::Dialogs.
 */
class MappingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MappingEditor(QWidget *parent = nullptr);
    ~MappingEditor() override;

    /// The source catalog to pick from (null: none read yet) and the target's engine (types in
    /// the preview).
    void setCatalog(const CatalogPtr &catalog, Dialect targetDialect);
    /// Replaces the edited mapping (checks the tree and fills the rule lists from it).
    void setTableMapping(const project::TableMapping &mapping);
    /// The mapping as edited: selection rules first, then transformations, rule-ids 1..n.
    [[nodiscard]] project::TableMapping tableMapping() const;

    /// Where the target puts tables of SQLite's "main" schema in the preview (the target's
    /// default schema); empty: the target engine's own default (its connector's identifier
    /// rules: "public" on PostgreSQL, none for MySQL or SQLite).
    void setTargetDefaultSchema(const QString &schema);

    /// Imports an AWS DMS table-mapping JSON file as the Import button does; the file is read
    /// and parsed off the GUI thread, then importFinished. On success the mapping replaces the
    /// edited one (mappingChanged); on failure the error is shown inline with its line and
    /// column and nothing changes.
    void importDmsJsonFile(const QString &path);
    /// Writes tableMapping() as DMS JSON (the Export button); a failure is shown inline.
    bool exportDmsJsonFile(const QString &path);
    /// The inline message (import or export error, or import warnings); empty when hidden.
    [[nodiscard]] QString messageText() const;

    /// Opens on what decides one column of a source table (the Exceptions view's "Edit
    /// rules..." for a rejected row): the rule that added, retyped or renamed it is selected on
    /// the Transformations tab, the column in the preview, and a note says which rule it is (or
    /// that no rule changes the column). column: the target's name for it (else the source's);
    /// empty: the table. Applied once the preview is planned.
    void showColumnRule(const QString &schema, const QString &table, const QString &column);

    /// Plans the preview now instead of after the debounce delay (off the GUI thread: the
    /// preview follows when the plan arrives).
    void updatePreviewNow();
    /// A preview plan, tree-check evaluation or import is still to come (for tests).
    [[nodiscard]] bool isBusy() const;

    /// Every rule can be kept: a "Change data type" rule names its schema, table and column
    /// patterns and a target type (a new one starts empty, not as %.%.% -> string(50)).
    [[nodiscard]] bool isComplete() const;

    [[nodiscard]] models::CatalogTreeModel *catalogModel() const { return m_catalogModel; }
    [[nodiscard]] models::MappingPreviewModel *previewModel() const { return m_previewModel; }

signals:
    /// The mapping changed through the editor (not through setTableMapping).
    void mappingChanged();
    /// importDmsJsonFile ended: imported, or not (the reason is shown inline).
    void importFinished(bool imported);
    /// isComplete() changed.
    void completeChanged();

private:
    struct FilterRef
    {
        int rule = -1; ///< index in m_selection
        int filter = -1; ///< index in its "filters"
    };

    void setUpWidgets();
    void connectWidgets();
    void fitPreviewColumns();

    // Catalog tree
    void onChecksEdited(const QList<int> &schemas);
    void expandSchemas();
    [[nodiscard]] std::pair<int, int> currentCatalogTable() const;
    void evaluateChecks();

    // Selection rules
    void refreshSelectionList(int current);
    [[nodiscard]] int currentSelectionRule() const;
    void loadSelectionForm();
    void writeSelectionForm();
    void addSelectionRule();
    void removeSelectionRule();
    void moveSelectionRule(int delta);

    // Column filters
    void refreshFilterList(const FilterRef &current);
    [[nodiscard]] FilterRef currentFilter() const;
    [[nodiscard]] project::Value *filterValue(const FilterRef &ref);
    void loadFilterForm();
    void fillFilterTables();
    void fillFilterColumns(int schema, int table, const QString &current);
    void fillConditionRow(int row, const project::Value &condition);
    void updateConditionRow(int row);
    void onFilterTableChanged();
    void onFilterColumnChanged();
    void writeConditions();
    void addFilter();
    void removeFilter();
    void addCondition();
    void removeCondition();
    /// The index of an include rule naming exactly (schema, table), created when missing.
    int includeRuleFor(int schema, int table);

    // Transformations
    void refreshTransformationList(int current);
    [[nodiscard]] int currentTransformationRule() const;
    void loadTransformationForm();
    void updateTransformationRows();
    void writeTransformationForm();
    void addTransformation(const std::string &action);
    void removeTransformation();
    void moveTransformation(int delta);
    /// The transformation numbered ruleId in tableMapping(); -1 when it is another kind.
    [[nodiscard]] int transformationOfRule(const QString &ruleId) const;
    /// showColumnRule, once the preview's plan is the latest one.
    void showPendingColumn();

    // Import, export, messages
    /// A DMS JSON file read and parsed (on a worker): the mapping, or the message to show.
    struct Imported
    {
        bool ok = false;
        project::TableMapping mapping;
        QString message; ///< the error, or the warnings of a successful import
    };
    static Imported readDmsJsonFile(const QString &path);
    void importClicked();
    void exportClicked();
    void showMessage(const QString &text, bool error);
    void hideMessage();
    void updateMessages();
    void updateSummary();
    void onPlanChanged();

    /// A user edit: mappingChanged now, preview (and, for selection edits, the tree checks)
    /// after the debounce delay.
    void markEdited(bool selectionChanged);
    /// Emits completeChanged when isComplete() differs from the last time.
    void updateComplete();
    [[nodiscard]] std::string previewDefaultSchema() const;

    std::unique_ptr<Ui::MappingEditor> m_ui;
    models::CatalogTreeModel *m_catalogModel = nullptr;
    QIdentityProxyModel *m_catalogProxy = nullptr;
    models::MappingPreviewModel *m_previewModel = nullptr;
    models::LatestJob *m_checksJob = nullptr; ///< tree checks from the selection rules
    models::LatestJob *m_importJob = nullptr; ///< DMS JSON files read and parsed
    QIdentityProxyModel *m_previewProxy = nullptr;
    QTimer m_previewTimer;
    QTimer m_searchTimer;

    CatalogPtr m_catalog;
    Dialect m_targetDialect = Dialect::Sqlite;
    QString m_targetDefaultSchema;
    std::vector<project::MappingRule> m_selection;
    std::vector<project::MappingRule> m_transformations;
    std::vector<project::MappingRule> m_others; ///< table-settings and the like, kept as written
    std::vector<FilterRef> m_filterRefs;
    QString m_selectionError; ///< the engine's error for the selection rules, if any
    QString m_lastDirectory;
    bool m_checksStale = false;
    bool m_previewColumnsFitted = false;
    struct ColumnToShow
    {
        QString schema;
        QString table;
        QString column;
    };
    std::optional<ColumnToShow> m_columnToShow; ///< showColumnRule waiting for the plan
    bool m_loadingForm = false;
    bool m_complete = true; ///< isComplete() when completeChanged was last emitted
};

} // namespace ferry
