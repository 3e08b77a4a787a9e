// SPDX-License-Identifier: MIT
#include "ui/wizards/project/migration_type_page.h"

#include "ui/wizards/project_wizard.h"
#include "ui_migration_type_page.h"

namespace ferry {

MigrationTypePage::MigrationTypePage() : m_ui(std::make_unique<Ui::MigrationTypePage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Migration type"));
    setSubTitle(tr("What the task does when it runs."));
    registerField(QStringLiteral("taskName*"), m_ui->taskNameEdit);
    m_ui->fullLoadRadio->setChecked(true);
}

void MigrationTypePage::initializePage()
{
    // Not in the constructor: QWizard takes a mandatory field's value at registration as
    // "not filled in yet".
    if (m_ui->taskNameEdit->text().isEmpty())
        m_ui->taskNameEdit->setText(QStringLiteral("full-load"));
}

MigrationTypePage::~MigrationTypePage() = default;

project::MigrationType MigrationTypePage::migrationType() const
{
    if (m_ui->fullLoadCdcRadio->isChecked())
        return project::MigrationType::FullLoadAndCdc;
    if (m_ui->cdcRadio->isChecked())
        return project::MigrationType::Cdc;
    return project::MigrationType::FullLoad;
}

int MigrationTypePage::nextId() const { return static_cast<int>(ProjectWizard::Page::Mapping); }

} // namespace ferry
