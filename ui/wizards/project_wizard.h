// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/endpoint.h"
#include "engine/project/project.h"

#include <QWizard>

#include <optional>
#include <vector>

namespace ferry {

class EngineClient;
class EndpointPageSet;

/**
 * The new-project wizard: name and folder, source endpoint, target endpoint (each picked
 * from the open project's endpoints or created inline with the endpoint wizard's own pages),
 * migration type (full load now; full load + CDC and CDC only shown as coming), the first
 * table mapping (MappingEditor over the source catalog, read through EngineClient) and a
 * summary of the file to be written. Finish writes the YAML project (saveProjectFile, on a
 * worker) with both endpoints, the mapping (when the user made one; otherwise the task uses
 * the default mapping: every non-system schema) and one task. No password is ever written.
 *
 * Thread: GUI thread. Borrows the EngineClient, which must outlive the wizard.
 */
class ProjectWizard : public QWizard
{
    Q_OBJECT

public:
    enum class Page {
        Location,
        SourceChoice,
        SourceEngine,
        SourceServer,
        SourceSqlite,
        SourceOdbc,
        SourceTest,
        TargetChoice,
        TargetEngine,
        TargetServer,
        TargetSqlite,
        TargetOdbc,
        TargetTest,
        MigrationType,
        Mapping,
        Summary,
    };

    explicit ProjectWizard(EngineClient *client, QWidget *parent = nullptr);
    ~ProjectWizard() override;

    /// Offers the endpoints of an open project for reuse. Relative SQLite paths are made
    /// absolute against the folder of projectFilePath, so they stay right in the new file.
    void setExistingProject(const project::Project &project, const QString &projectFilePath);
    /// The folder proposed on the first page (default: the user's documents folder).
    void setDefaultFolder(const QString &folder);

    /// After accepted(): the file written and the project as written (origin set).
    QString projectFilePath() const { return m_savedPath; }
    const project::Project &project() const { return m_saved; }

    // For the wizard's pages.
    EngineClient *client() const { return m_client; }
    EndpointPageSet *endpointPages(EndpointRole role) const;
    const std::vector<project::Endpoint> &existingEndpoints() const { return m_existing; }
    /// The existing endpoint picked for role, if the user picked one rather than a new one.
    std::optional<project::Endpoint> chosenExisting(EndpointRole role) const;
    /// The endpoint for role (picked or created), with its run-time password when known.
    [[nodiscard]] project::Endpoint endpoint(EndpointRole role) const;
    /// The project file Finish writes: the chosen folder plus the name derived from the
    /// project's name.
    [[nodiscard]] QString plannedFilePath() const;
    /// The project Finish writes.
    [[nodiscard]] project::Project composeProject() const;
    /// The summary page saved the project: accept() may close the wizard now.
    void setSaved(const project::Project &saved, const QString &path);

private:
    EngineClient *m_client = nullptr;
    EndpointPageSet *m_sourcePages = nullptr;
    EndpointPageSet *m_targetPages = nullptr;
    std::vector<project::Endpoint> m_existing;
    project::Project m_saved;
    QString m_savedPath;
};

} // namespace ferry
