// SPDX-License-Identifier: MIT
// Placeholder until ui/mapping is built: keeps the mapping it is given.
#include "ui/mapping/mapping_editor.h"

namespace ferry {

MappingEditor::MappingEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mappingEditor"));
}

MappingEditor::~MappingEditor() = default;

void MappingEditor::setCatalog(const CatalogPtr &catalog, Dialect targetDialect)
{
    m_catalog = catalog;
    m_targetDialect = targetDialect;
}

void MappingEditor::setTableMapping(const project::TableMapping &mapping)
{
    m_mapping = mapping;
}

project::TableMapping MappingEditor::tableMapping() const
{
    return m_mapping;
}

} // namespace ferry
