// SPDX-License-Identifier: MIT
#include "ui/wizards/project/summary_page.h"

#include "models/engine_client.h"

#include "engine/core/tr.h"
#include "engine/project/project_file.h"
#include "engine/task/load_settings.h"
#include "ui/wizards/project_wizard.h"
#include "ui/wizards/wizard_support.h"
#include "ui_summary_page.h"

#include <QDir>
#include <QFontDatabase>

namespace ferry {

namespace {

/// What TargetTablePrepMode does to a target table that exists when the task runs from the
/// start (the Resume / Restart question names it again).
QString prepModeText(task::TablePrepMode mode)
{
    const QString name = QString::fromLatin1(task::tablePrepModeName(mode));
    switch (mode) {
    case task::TablePrepMode::DropAndCreate:
        return SummaryPage::tr("%1: a target table that already exists is dropped and created "
                               "again when the task runs from the start.")
            .arg(name);
    case task::TablePrepMode::TruncateBeforeLoad:
        return SummaryPage::tr("%1: a target table that already exists is kept and emptied "
                               "before it is loaded.")
            .arg(name);
    case task::TablePrepMode::DoNothing:
        return SummaryPage::tr("%1: a target table that already exists is kept with its rows; "
                               "the loaded rows are added to them.")
            .arg(name);
    }
    return name;
}

} // namespace

SummaryPage::SummaryPage(ProjectWizard *wizard)
    : m_ui(std::make_unique<Ui::SummaryPage>()), m_wizard(wizard)
{
    m_ui->setupUi(this);
    setTitle(tr("Summary"));
    setSubTitle(tr("Finish writes this project file. No password is written to it."));
    m_ui->yamlPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    wizards::setStateIcon(m_ui->saveErrorIcon, "state-error", QStyle::SP_MessageBoxCritical);
    m_ui->saveError->hide();
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::initializePage()
{
    m_saved = false;
    m_ui->saveError->hide();
    const project::Project project = m_wizard->composeProject();
    m_ui->summaryFile->setText(QDir::toNativeSeparators(m_wizard->plannedFilePath()));
    const auto describe = [&project](const std::string &name) {
        const project::Endpoint *endpoint = project.findEndpoint(name);
        if (!endpoint)
            return QString();
        return tr("%1 (%2): %3. Password: %4.")
            .arg(qs(endpoint->name), wizards::engineDisplayName(endpoint->engine),
                 wizards::endpointLocation(*endpoint),
                 wizards::passwordSourceText(endpoint->passwordSource));
    };
    const project::Task &task = project.tasks.front();
    m_ui->summarySource->setText(describe(task.source));
    m_ui->summaryTarget->setText(describe(task.target));
    QString taskText;
    switch (task.migrationType) {
    case project::MigrationType::FullLoad:
        taskText = tr("%1: full load");
        break;
    case project::MigrationType::FullLoadAndCdc:
        taskText = tr("%1: full load and ongoing replication");
        break;
    case project::MigrationType::Cdc:
        taskText = tr("%1: changes only");
        break;
    }
    m_ui->summaryTask->setText(taskText.arg(qs(task.name)));
    const project::TableMapping *mapping = project.mappingFor(task);
    m_ui->summaryMapping->setText(
        mapping ? tr("%n mapping rule(s), named %1.", nullptr, int(mapping->rules.size()))
                      .arg(qs(task.mappingName))
                : tr("The default mapping: every table of every non-system schema."));
    m_ui->summaryPrepMode->setText(
        prepModeText(task::loadSettingsFrom(project.effectiveSettings(task)).prepMode));
    m_ui->yamlPreview->setPlainText(qs(project::formatProject(project)));
}

bool SummaryPage::isComplete() const { return !m_saving; }

bool SummaryPage::validatePage()
{
    if (m_saved)
        return true;
    if (!m_saving)
        save();
    return false; // the wizard is accepted when the worker has written the file
}

void SummaryPage::save()
{
    m_saving = true;
    m_ui->saveError->hide();
    emit completeChanged();
    const project::Project project = m_wizard->composeProject();
    const QString path = m_wizard->plannedFilePath();
    m_wizard->client()->saveProject(
        project, path, this, [this, path](const Result<project::Project> &saved) {
            m_saving = false;
            emit completeChanged();
            if (!saved) {
                const Error &error = saved.error();
                m_ui->saveErrorText->setText(tr("Could not write the project file: %1 %2")
                                                 .arg(qs(error.message), qs(error.hint))
                                                 .trimmed());
                m_ui->saveError->show();
                return;
            }
            m_saved = true;
            m_wizard->setSaved(saved.value(), path);
            if (wizard() && wizard()->currentPage() == this)
                wizard()->accept();
        });
}

} // namespace ferry
