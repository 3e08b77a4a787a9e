// SPDX-License-Identifier: MIT
#include "ui/wizards/project_wizard.h"

#include "ui/icons.h"
#include "ui/wizards/endpoint/endpoint_page_set.h"
#include "ui/wizards/project/endpoint_choice_page.h"
#include "ui/wizards/project/mapping_page.h"
#include "ui/wizards/project/migration_type_page.h"
#include "ui/wizards/project/project_location_page.h"
#include "ui/wizards/project/summary_page.h"

#include <QDir>
#include <QFileInfo>

namespace ferry {

namespace {

int id(ProjectWizard::Page page) { return static_cast<int>(page); }

} // namespace

ProjectWizard::ProjectWizard(EngineClient *client, QWidget *parent)
    : QWizard(parent), m_client(client)
{
    using P = Page;
    setObjectName(QStringLiteral("projectWizard"));
    setWindowTitle(tr("New project"));
    setWindowIcon(icon("new-project"));
    setOption(QWizard::NoBackButtonOnStartPage);

    setPage(id(P::Location), new ProjectLocationPage(this));
    setPage(id(P::SourceChoice), new EndpointChoicePage(this, EndpointRole::Source));
    m_sourcePages = new EndpointPageSet(this, client, EndpointRole::Source,
                                        {id(P::SourceEngine), id(P::SourceServer),
                                         id(P::SourceSqlite), id(P::SourceOdbc), id(P::SourceTest)},
                                        QStringLiteral("source."));
    m_sourcePages->setNextId(
        [this] { return id(m_existing.empty() ? Page::TargetEngine : Page::TargetChoice); });
    setPage(id(P::TargetChoice), new EndpointChoicePage(this, EndpointRole::Target));
    m_targetPages = new EndpointPageSet(this, client, EndpointRole::Target,
                                        {id(P::TargetEngine), id(P::TargetServer),
                                         id(P::TargetSqlite), id(P::TargetOdbc), id(P::TargetTest)},
                                        QStringLiteral("target."));
    m_targetPages->setNextId([] { return id(Page::MigrationType); });
    // No keyring for the source means none for the target: said once, on the source's password
    // page (or where storing failed); the target's pages just leave the remember box off.
    connect(m_sourcePages, &EndpointPageSet::keyringChanged, this, [this] {
        if (m_sourcePages->keyring() != EndpointPageSet::Keyring::Unavailable
            || m_targetPages->keyring() == EndpointPageSet::Keyring::Unavailable)
            return;
        m_targetPages->setKeyringNotedElsewhere(true);
        m_targetPages->setKeyringUnavailable(m_sourcePages->keyringProblem());
    });
    // The target may not take the source's name: both end up in the same file.
    m_targetPages->setTakenNames([this] {
        return QStringList {QString::fromStdString(endpoint(EndpointRole::Source).name)};
    });
    setPage(id(P::MigrationType), new MigrationTypePage);
    setPage(id(P::Mapping), new MappingPage(this));
    setPage(id(P::Summary), new SummaryPage(this));
    setStartId(id(P::Location));
}

ProjectWizard::~ProjectWizard() = default;

void ProjectWizard::setExistingProject(const project::Project &project,
                                       const QString &projectFilePath)
{
    const QDir folder = QFileInfo(projectFilePath).absoluteDir();
    m_existing = project.endpoints;
    for (project::Endpoint &endpoint : m_existing) {
        if (!endpoint.path.empty() && QDir::isRelativePath(QString::fromStdString(endpoint.path)))
            endpoint.path
                = QDir::cleanPath(folder.absoluteFilePath(QString::fromStdString(endpoint.path)))
                      .toStdString();
    }
}

void ProjectWizard::setDefaultFolder(const QString &folder)
{
    static_cast<ProjectLocationPage *>(page(id(Page::Location)))->setDefaultFolder(folder);
}

EndpointPageSet *ProjectWizard::endpointPages(EndpointRole role) const
{
    return role == EndpointRole::Source ? m_sourcePages : m_targetPages;
}

std::optional<project::Endpoint> ProjectWizard::chosenExisting(EndpointRole role) const
{
    if (m_existing.empty())
        return std::nullopt;
    const Page choice = role == EndpointRole::Source ? Page::SourceChoice : Page::TargetChoice;
    return static_cast<EndpointChoicePage *>(page(id(choice)))->chosenExisting();
}

project::Endpoint ProjectWizard::endpoint(EndpointRole role) const
{
    if (auto existing = chosenExisting(role))
        return *existing;
    return endpointPages(role)->endpoint();
}

QString ProjectWizard::plannedFilePath() const
{
    return static_cast<ProjectLocationPage *>(page(id(Page::Location)))->filePath();
}

project::Project ProjectWizard::composeProject() const
{
    project::Project project;
    project.name = field(QStringLiteral("projectName")).toString().trimmed().toStdString();
    project.description
        = field(QStringLiteral("projectDescription")).toString().trimmed().toStdString();
    project::Endpoint source = endpoint(EndpointRole::Source);
    project::Endpoint target = endpoint(EndpointRole::Target);
    project.endpoints.push_back(source);
    if (target.name != source.name)
        project.endpoints.push_back(target);

    project::Task task;
    task.name = field(QStringLiteral("taskName")).toString().trimmed().toStdString();
    task.source = source.name;
    task.target = target.name;
    task.migrationType
        = static_cast<MigrationTypePage *>(page(id(Page::MigrationType)))->migrationType();
    const project::TableMapping mapping
        = static_cast<MappingPage *>(page(id(Page::Mapping)))->tableMapping();
    if (!mapping.rules.empty()) {
        project.mappings.push_back({task.name, mapping});
        task.mappingName = task.name;
    }
    project.tasks.push_back(std::move(task));
    return project;
}

void ProjectWizard::setSaved(const project::Project &saved, const QString &path)
{
    m_saved = saved;
    m_savedPath = path;
}

} // namespace ferry
