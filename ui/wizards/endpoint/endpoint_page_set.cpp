// SPDX-License-Identifier: MIT
#include "ui/wizards/endpoint/endpoint_page_set.h"

#include "engine/core/keyring.h"
#include "models/engine_client.h"
#include "ui/wizards/endpoint/connection_test_page.h"
#include "ui/wizards/endpoint/engine_page.h"
#include "ui/wizards/endpoint/odbc_page.h"
#include "ui/wizards/endpoint/server_page.h"
#include "ui/wizards/endpoint/sqlite_page.h"

#include <QWizard>

namespace ferry {

namespace {

/// An account nothing is stored under: reading it tells whether a keyring answers at all.
constexpr const char *KeyringProbeAccount = "ferry:keyring-probe";

} // namespace

EndpointPageSet::EndpointPageSet(QWizard *wizard, EngineClient *client, EndpointRole role,
                                 PageIds ids, const QString &fieldPrefix)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_client(client)
    , m_role(role)
    , m_ids(ids)
    , m_fieldPrefix(fieldPrefix)
    , m_defaultName(role == EndpointRole::Source ? QStringLiteral("source")
                                                 : QStringLiteral("target"))
{
    wizard->setPage(ids.engine, new EnginePage(this));
    wizard->setPage(ids.server, new ServerPage(this));
    auto *sqlite = new SqlitePage(this);
    wizard->setPage(ids.sqlite, sqlite);
    wizard->setPage(ids.odbc, new OdbcPage(this));
    wizard->setPage(ids.test, new ConnectionTestPage(this));
    // An empty database file made for a test goes away again with a cancelled wizard.
    connect(wizard, &QDialog::rejected, sqlite, &SqlitePage::removeCreatedFile);
}

EndpointPageSet::~EndpointPageSet() = default;

bool EndpointPageSet::isNameTaken(const QString &name) const
{
    return m_takenNames && m_takenNames().contains(name.trimmed());
}

void EndpointPageSet::setEngine(Dialect engine)
{
    if (engine == m_engine)
        return;
    m_engine = engine;
    markChanged();
}

int EndpointPageSet::detailsPageId() const
{
    switch (m_engine) {
    case Dialect::PostgreSql:
    case Dialect::MySql:
        return m_ids.server;
    case Dialect::Sqlite:
        return m_ids.sqlite;
    case Dialect::Odbc:
        return m_ids.odbc;
    }
    return m_ids.server;
}

EndpointDetailsPage *EndpointPageSet::detailsPage() const
{
    return m_wizard ? static_cast<EndpointDetailsPage *>(m_wizard->page(detailsPageId())) : nullptr;
}

project::Endpoint EndpointPageSet::endpoint() const
{
    project::Endpoint endpoint;
    endpoint.engine = m_engine;
    const EndpointDetailsPage *page = detailsPage();
    if (!page)
        return endpoint;
    page->fillEndpoint(endpoint);
    if (endpoint.password.isEmpty())
        endpoint.passwordSource = PasswordSource::None;
    else if (page->wantsKeyring() && m_keyring != Keyring::Unavailable)
        endpoint.passwordSource = PasswordSource::Keyring;
    else
        endpoint.passwordSource = PasswordSource::Prompt;
    return endpoint;
}

Result<ConnectionSpec> EndpointPageSet::connectionSpec() const
{
    // Every path the wizard writes is absolute, so no project directory is needed.
    return endpoint().connectionSpec({});
}

std::string EndpointPageSet::keyringAccount() const
{
    const Result<ConnectionSpec> spec = connectionSpec();
    return spec ? spec->toUri() : std::string();
}

void EndpointPageSet::probeKeyring()
{
    if (m_probing || m_keyring != Keyring::Unknown)
        return;
    m_probing = true;
    m_client->readPassword(KeyringProbeAccount, this, [this](const Result<Secret> &read) {
        m_probing = false;
        if (m_keyring != Keyring::Unknown)
            return;
        // A keyring that answers says "nothing stored" for the probe account; any other
        // failure (no service, locked, broken) means a password could not be stored either.
        if (!read && read.error().code != ErrorCode::SecretNotFound) {
            setKeyringUnavailable(QString::fromStdString(read.error().message));
            return;
        }
        m_keyring = Keyring::Available;
        emit keyringChanged();
    });
}

void EndpointPageSet::setKeyringUnavailable(const QString &why)
{
    m_keyring = Keyring::Unavailable;
    m_keyringProblem = why;
    emit keyringChanged();
}

void EndpointPageSet::markChanged()
{
    ++m_revision;
    emit changed();
}

} // namespace ferry
