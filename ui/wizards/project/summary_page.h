// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class SummaryPage;
}

namespace ferry {

class ProjectWizard;

/**
 * Last page of the new-project wizard: what will be written (file, endpoints, task, tables,
 * where passwords come from) and the YAML itself. Finish saves the file on a worker thread
 * (validatePage() starts it and the wizard closes when it is written); a failure is shown on
 * the page. Thread: GUI thread.
 */
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(ProjectWizard *wizard);
    ~SummaryPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override { return -1; }

    bool isSaving() const { return m_saving; }

private:
    void save();

    std::unique_ptr<Ui::SummaryPage> m_ui;
    ProjectWizard *m_wizard = nullptr;
    bool m_saving = false;
    bool m_saved = false;
};

} // namespace ferry
