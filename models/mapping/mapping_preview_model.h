// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/dialect.h"
#include "engine/mapping/mapping_plan.h"
#include "engine/project/project.h"
#include "engine/service/engine_service.h"

#include <QAbstractItemModel>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace ferry::models {

class LatestJob;

/**
 * A live preview of a table mapping: for every source table, schema.table -> target
 * schema.table, and for every column its source name and type -> target name and type, as the
 * engine will create them. The names, types, kept and removed columns, added columns and
 * warnings all come from the engine's own evaluation (mapping::planMapping): the model only
 * lays the plan out next to the catalog, so the preview cannot disagree with a run.
 *
 * Rows: one per source table (catalog order; excluded tables too unless setShowExcluded(false)),
 * children: the source columns in order (removed ones marked), then the columns rules add, then
 * the keys and indexes the target names differently from the source (taken or too long).
 * setMapping applies the new plan as a diff (dataChanged, children inserted or removed at the
 * end), so expansion, selection and scroll position survive live edits. When the engine
 * rejects the mapping, the rows keep the last good plan and errorText() says why.
 * Target types are the target dialect's native types (targetTypeName).
 * Thread: GUI thread; the plan is made on a worker (a 10,000-table catalog plans for a while),
 * with a generation counter so that only the latest mapping's plan is applied.
 */
class MappingPreviewModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Column { Source, SourceType, Target, TargetType, Note, Count };

    /// What the mapping does to a table or column.
    enum class Status {
        Kept, ///< loaded under the same name and type
        Changed, ///< loaded, renamed or retyped
        Added, ///< a column an add-column rule adds
        Excluded, ///< a table no selection rule selects (or an exclude rule excludes)
        Removed, ///< a column a rule removes
    };

    enum Role {
        SortRole = Qt::UserRole + 1,
        StatusRole, ///< Status as int
    };

    explicit MappingPreviewModel(QObject *parent = nullptr);
    ~MappingPreviewModel() override;

    /// The source catalog and the target: its dialect (types) and default schema (where the
    /// tables of SQLite's "main" go). Clears the plan until the next setMapping.
    void setCatalog(const CatalogPtr &catalog, Dialect targetDialect,
                    const std::string &targetDefaultSchema = {});
    [[nodiscard]] CatalogPtr catalog() const { return m_catalog; }

    /// Evaluates the mapping (planMapping) off the GUI thread and updates the rows when the plan
    /// arrives (planChanged); a newer setMapping or setCatalog supersedes a plan still being
    /// made, whose result is then dropped. A mapping without rules is DMS's default mapping
    /// (every table of every non-system schema), as for a task that has none.
    void setMapping(const project::TableMapping &mapping);
    /// A plan asked for by setMapping has not arrived yet.
    [[nodiscard]] bool isPlanning() const;
    /// A plan of the current catalog arrived (the rows show it, or the last good plan when the
    /// engine rejected the mapping); false after setCatalog until then.
    [[nodiscard]] bool hasPlan() const { return m_hasPlan; }

    void setShowExcluded(bool show);
    [[nodiscard]] bool showExcluded() const { return m_showExcluded; }

    /// The engine's error for the last mapping (empty when it planned), with the rule id.
    [[nodiscard]] QString errorText() const { return m_error; }
    /// The plan's warnings ("Rule 3: ...").
    [[nodiscard]] QStringList warnings() const { return m_warnings; }
    [[nodiscard]] int includedTableCount() const { return m_included; }

    /// The top-level row of a source table, or -1 (not shown).
    [[nodiscard]] int rowOfTable(const std::string &schema, const std::string &table) const;
    /// A column of a source table as the preview shows it.
    struct ColumnMatch
    {
        QModelIndex table; ///< the table's row; invalid when the table is not shown
        QModelIndex column; ///< the column's row under it; invalid when it has no such column
        QString ruleId; ///< the rule that added, retyped or renamed the column; "" for none
        QString targetType; ///< the column's type on the target
    };
    /// Finds a column by its target name (as the target names it in an error), else by its
    /// source name.
    [[nodiscard]] ColumnMatch findColumn(const std::string &schema, const std::string &table,
                                         const QString &column) const;
    /// Display text of a cell, for tests and screenshots: a table row, or a column row under it.
    [[nodiscard]] QString text(int tableRow, Column column, int columnRow = -1) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    /// The plan was evaluated (rows, warnings or error may have changed).
    void planChanged();

private:
    struct Cells
    {
        QString source;
        QString sourceType;
        QString target;
        QString targetType;
        QString note;
        QString toolTip;
        QString ruleId; ///< columns: the rule that added, retyped or renamed it
        Status status = Status::Kept;
        bool operator==(const Cells &other) const = default;
    };

    struct TableRow
    {
        Cells cells;
        std::vector<Cells> columns;
    };

    /// What one evaluation produced (made on the planner's thread).
    struct Plan
    {
        bool planned = false; ///< false: the engine rejected the mapping (error says why)
        std::vector<TableRow> rows;
        QString error;
        QStringList warnings;
        int included = 0;
    };

    static Plan evaluate(const Catalog &catalog, const project::TableMapping &mapping,
                         Dialect targetDialect, const std::string &targetDefaultSchema);
    static TableRow excludedRow(const Schema &schema, const Table &table);
    static TableRow includedRow(const Schema &schema, const Table &table,
                                const mapping::TablePlan &plan, Dialect targetDialect);
    static Cells columnCells(const ferry::Column &column, const mapping::ColumnPlan *plan,
                             Dialect targetDialect);
    void applyPlan(Plan plan);
    void applyRows(std::vector<TableRow> rows);
    /// Rows shown before and after rows: their children and changed cells, as a diff.
    void updateShownRows(std::vector<TableRow> &rows);
    /// Children for the keys and indexes the target names differently (taken or too long).
    static void appendRenamedObjects(TableRow &row, const mapping::TablePlan &plan);
    static QString objectKindText(mapping::ObjectName::Kind kind);
    [[nodiscard]] const Cells *cellsOf(const QModelIndex &index) const;
    static QString cellText(const Cells &cells, Column column);

    LatestJob *m_planner = nullptr;
    CatalogPtr m_catalog;
    Dialect m_targetDialect = Dialect::Sqlite;
    std::string m_targetDefaultSchema;
    bool m_showExcluded = true;

    std::vector<TableRow> m_all; ///< one per catalog table, catalog order
    std::vector<int> m_visible; ///< shown rows: indexes into m_all
    QString m_error;
    QStringList m_warnings;
    int m_included = 0;
    bool m_hasPlan = false;
};

} // namespace ferry::models
