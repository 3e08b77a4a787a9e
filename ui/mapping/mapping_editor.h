// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/dialect.h"
#include "engine/project/project.h"
#include "engine/service/engine_service.h"

#include <QWidget>

namespace ferry {

/**
 * Edits one DMS table mapping against a source catalog: a checkable catalog tree with row
 * counts and sizes, include/exclude patterns, column filters, transformation rules, a live
 * preview of source -> target names and types, and DMS JSON import/export.
 *
 * Used as a page of the new-project wizard and in the mapping dialog. Thread: GUI thread.
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

signals:
    /// The mapping changed through the editor (not through setTableMapping).
    void mappingChanged();

private:
    CatalogPtr m_catalog;
    Dialect m_targetDialect = Dialect::Sqlite;
    project::TableMapping m_mapping;
};

} // namespace ferry
