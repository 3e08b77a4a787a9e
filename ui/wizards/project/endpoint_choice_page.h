// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/endpoint.h"
#include "engine/project/project.h"

#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class EndpointChoicePage;
}

namespace ferry {

class ProjectWizard;

/**
 * Source or target endpoint of the new project: one of the open project's endpoints, or a
 * new one (the endpoint pages follow). Shown only when there are endpoints to pick from.
 * Thread: GUI thread.
 */
class EndpointChoicePage : public QWizardPage
{
    Q_OBJECT

public:
    EndpointChoicePage(ProjectWizard *wizard, EndpointRole role);
    ~EndpointChoicePage() override;

    /// The picked endpoint; empty when the user creates a new one.
    std::optional<project::Endpoint> chosenExisting() const;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void updateState();
    QString conflict() const;

    std::unique_ptr<Ui::EndpointChoicePage> m_ui;
    ProjectWizard *m_wizard = nullptr;
    EndpointRole m_role;
};

} // namespace ferry
