// SPDX-License-Identifier: MIT
#pragma once

#include "ui/wizards/endpoint/endpoint_details_page.h"

#include <memory>

namespace Ui {
class OdbcPage;
}

namespace ferry {

/**
 * Endpoint details for an ODBC data source: name, the data source picked from the list the
 * driver manager knows (read on a worker thread through odbc::listOdbcDataSources, never on
 * the GUI thread), and an optional user and password that override the DSN's own.
 * Thread: GUI thread; owned by the wizard.
 */
class OdbcPage : public EndpointDetailsPage
{
    Q_OBJECT

public:
    explicit OdbcPage(EndpointPageSet *set, QWidget *parent = nullptr);
    ~OdbcPage() override;

    void fillEndpoint(project::Endpoint &endpoint) const override;
    bool wantsKeyring() const override;
    void loadEndpoint(const ConnectionSpec &spec) override;
    void initializePage() override;
    bool isComplete() const override;

    /// Reads the data sources again (the Refresh button).
    void refreshDataSources();

private:
    void showKeyringState();
    /// The status under the list (how many data sources, or why none), and an edited
    /// endpoint's driver connection.
    void showStatus(const QString &status);
    QString selectedDsn() const;

    std::unique_ptr<Ui::OdbcPage> m_ui;
    QString m_wantedDsn; ///< edit mode: the data source to select once listed
    QString m_driver; ///< edit mode: the driver an endpoint without data source names
    bool m_listing = false;
    bool m_listed = false;
};

} // namespace ferry
