// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/dialect.h"
#include "engine/project/project.h"
#include "engine/service/engine_service.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MappingDialog;
}

namespace ferry {

class MappingEditor;

/**
 * A dialog around MappingEditor for changing a task's table mapping from the main window:
 * OK keeps the edited mapping (tableMapping()), Cancel discards it, asking first (through
 * ferry::Dialogs) when something was changed. Open it with open() and read the mapping in the
 * accepted() handler; a mapping without rules is DMS's default mapping (store the task without
 * one). Thread: GUI thread.
 */
class MappingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MappingDialog(QWidget *parent = nullptr);
    ~MappingDialog() override;

    /// The task whose mapping is edited (window title).
    void setTaskName(const QString &taskName);
    void setCatalog(const CatalogPtr &catalog, Dialect targetDialect);
    void setTableMapping(const project::TableMapping &mapping);
    [[nodiscard]] project::TableMapping tableMapping() const;
    /// True once the user changed the mapping in this dialog.
    [[nodiscard]] bool isModified() const { return m_modified; }

    [[nodiscard]] MappingEditor *editor() const;

    void reject() override;

private:
    void updateOkButton();

    std::unique_ptr<Ui::MappingDialog> m_ui;
    bool m_modified = false;
};

} // namespace ferry
