// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

#include <memory>

class QButtonGroup;

namespace Ui {
class EnginePage;
}

namespace ferry {

class EndpointPageSet;

/**
 * First endpoint page: which kind of database (PostgreSQL, MySQL/MariaDB, SQLite, ODBC), each
 * with an icon and a one-line description. Branches to the engine's details page. When an
 * endpoint that tasks use is edited and another engine is chosen, a note says that the tasks'
 * mappings are kept as they are.
 * Thread: GUI thread; owned by the wizard.
 */
class EnginePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit EnginePage(EndpointPageSet *set, QWidget *parent = nullptr);
    ~EnginePage() override;

    void initializePage() override;
    int nextId() const override;

private:
    /// Edit mode: the note that a changed engine keeps the tasks' mappings.
    void updateEngineChangeNote();

    std::unique_ptr<Ui::EnginePage> m_ui;
    EndpointPageSet *m_set = nullptr;
    QButtonGroup *m_group = nullptr;
};

} // namespace ferry
