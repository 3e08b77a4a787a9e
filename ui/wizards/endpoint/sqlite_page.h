// SPDX-License-Identifier: MIT
#pragma once

#include "ui/wizards/endpoint/endpoint_details_page.h"

#include <memory>

namespace Ui {
class SqlitePage;
}

namespace ferry {

/**
 * Endpoint details for a SQLite database file: name, the file (typed or picked through
 * Dialogs) and, for targets, "create the file if it does not exist". The engine never creates
 * a file when it tests a connection, so with that box ticked the connection test page creates
 * an empty database file first (createFileIfRequested) and removes it again when the wizard
 * is cancelled. Thread: GUI thread; owned by the wizard.
 */
class SqlitePage : public EndpointDetailsPage
{
    Q_OBJECT

public:
    explicit SqlitePage(EndpointPageSet *set, QWidget *parent = nullptr);
    ~SqlitePage() override;

    void fillEndpoint(project::Endpoint &endpoint) const override;
    void loadEndpoint(const ConnectionSpec &spec) override;
    void initializePage() override;

    /// Creates an empty file at the chosen path when the box is ticked and nothing is there.
    /// Returns false with *error set when that fails.
    bool createFileIfRequested(QString *error);
    /// Removes the file createFileIfRequested() made, if it is still empty.
    void removeCreatedFile();

private:
    void choosePath();
    void updateFileStatus();
    QString absolutePath() const;

    std::unique_ptr<Ui::SqlitePage> m_ui;
    QString m_createdFile;
};

} // namespace ferry
