// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/endpoint.h"
#include "engine/project/project.h"

#include <QWizard>

namespace ferry {

class EngineClient;
class EndpointPageSet;

/**
 * The endpoint wizard: engine chooser, the engine's details page (server, SQLite file or ODBC
 * data source), then the connection test. The result is a project::Endpoint whose file form
 * never holds the password: passwordSource is Keyring when the password went to the system
 * keyring (account = the endpoint's connection spec without password, as the CLI reads it),
 * Prompt when the user did not want that or no keyring answers (a banner says the password
 * will be asked each time), None without a password. endpoint().password carries the password
 * for this session only.
 *
 * In edit mode (setEditedEndpoint) the pages start from an existing endpoint: the title names
 * it, its own name is free, and an empty password field keeps its password as it is (see
 * EndpointPageSet::setOriginal); endpoint() is then the edited endpoint.
 *
 * The pages are shared with the new-project wizard (EndpointPageSet).
 * Thread: GUI thread. Borrows the EngineClient, which must outlive the wizard; nothing blocks
 * the GUI thread (tests, keyring and ODBC listing run elsewhere).
 */
class EndpointWizard : public QWizard
{
    Q_OBJECT

public:
    enum class Page { Engine, Server, Sqlite, Odbc, Test };

    EndpointWizard(EngineClient *client, EndpointRole role, QWidget *parent = nullptr);
    ~EndpointWizard() override;

    /// Names the endpoint may not take (the project's endpoints).
    void setTakenNames(const QStringList &names);
    /// The name proposed on the details page ("source" or "target" by default).
    void setDefaultName(const QString &name);
    /// Edit mode, before the wizard is shown: the pages show `endpoint` (relative paths
    /// resolved against projectDirectory); usedBy: the tasks that use it.
    void setEditedEndpoint(const project::Endpoint &endpoint, const std::string &projectDirectory,
                           const QStringList &usedBy);
    /// Edit mode: the password the endpoint uses now (it may arrive after the wizard opened).
    void setKeptPassword(const Secret &password);
    /// True when a new password was typed (edit mode: else endpoint().password is the kept one).
    [[nodiscard]] bool isPasswordTyped() const;

    /// The endpoint as entered; final once the wizard was accepted.
    [[nodiscard]] project::Endpoint endpoint() const;

    EndpointPageSet *pageSet() const { return m_pages; }

private:
    EndpointPageSet *m_pages = nullptr;
    QStringList m_takenNames;
};

} // namespace ferry
