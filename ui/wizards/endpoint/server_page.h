// SPDX-License-Identifier: MIT
#pragma once

#include "ui/wizards/endpoint/endpoint_details_page.h"

#include <memory>

namespace Ui {
class ServerPage;
}

namespace ferry {

/**
 * Endpoint details for a database server (PostgreSQL, MySQL/MariaDB): name, host, port (the
 * engine's default as placeholder), database, user, password with "remember in the keyring",
 * TLS mode and CA certificate file. TLS modes and option names follow the engine: sslmode and
 * sslrootcert for PostgreSQL, ssl-mode and ssl-ca for MySQL; the engine's default mode is not
 * written. Thread: GUI thread; owned by the wizard.
 */
class ServerPage : public EndpointDetailsPage
{
    Q_OBJECT

public:
    explicit ServerPage(EndpointPageSet *set, QWidget *parent = nullptr);
    ~ServerPage() override;

    void fillEndpoint(project::Endpoint &endpoint) const override;
    bool wantsKeyring() const override;
    void loadEndpoint(const ConnectionSpec &spec) override;
    void initializePage() override;

private:
    void fillTlsModes();
    void updateCaFileRow();
    void chooseCaFile();
    void showKeyringState();

    std::unique_ptr<Ui::ServerPage> m_ui;
    Dialect m_modesFor = Dialect::Sqlite; ///< which engine's TLS modes the combo lists
};

} // namespace ferry
