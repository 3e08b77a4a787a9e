// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class EnginePage;
}

namespace ferry {

class EndpointPageSet;

/**
 * First endpoint page: which kind of database (PostgreSQL, MySQL/MariaDB, SQLite, ODBC), each
 * with an icon and a one-line description. Branches to the engine's details page.
 * Thread: GUI thread; owned by the wizard.
 */
class EnginePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit EnginePage(EndpointPageSet *set, QWidget *parent = nullptr);
    ~EnginePage() override;

    int nextId() const override;

private:
    std::unique_ptr<Ui::EnginePage> m_ui;
    EndpointPageSet *m_set = nullptr;
};

} // namespace ferry
