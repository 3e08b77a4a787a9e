// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/project.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class MigrationTypePage;
}

namespace ferry {

/**
 * Migration type and task name. Full load is available; "full load and ongoing replication"
 * and "changes only" are shown, disabled, as coming in a later version. Thread: GUI thread.
 */
class MigrationTypePage : public QWizardPage
{
    Q_OBJECT

public:
    MigrationTypePage();
    ~MigrationTypePage() override;

    project::MigrationType migrationType() const;
    void initializePage() override;
    int nextId() const override;

private:
    std::unique_ptr<Ui::MigrationTypePage> m_ui;
};

} // namespace ferry
