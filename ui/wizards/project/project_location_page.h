// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ProjectLocationPage;
}

namespace ferry {

class ProjectWizard;

/**
 * First page of the new-project wizard: the project's name and description, and the folder
 * (picked through Dialogs). Shows the file name derived from the name and warns when a file
 * of that name exists; going on then asks before replacing it. Thread: GUI thread.
 */
class ProjectLocationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProjectLocationPage(ProjectWizard *wizard);
    ~ProjectLocationPage() override;

    void setDefaultFolder(const QString &folder);
    /// The project file: folder + the file name derived from the project name.
    QString filePath() const;

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    void chooseFolder();
    void updateFile();

    std::unique_ptr<Ui::ProjectLocationPage> m_ui;
    ProjectWizard *m_wizard = nullptr;
    QString m_defaultFolder;
};

} // namespace ferry
