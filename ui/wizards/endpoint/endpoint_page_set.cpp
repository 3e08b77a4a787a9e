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

project::Endpoint EndpointPageSet::endpoint() const { return entered().endpoint; }

EndpointPageSet::Entered EndpointPageSet::entered() const
{
    Entered result;
    project::Endpoint &endpoint = result.endpoint;
    endpoint = editBase();
    endpoint.engine = m_engine;
    const EndpointDetailsPage *page = detailsPage();
    if (!page)
        return result;
    page->fillEndpoint(endpoint);
    result.typed = !endpoint.password.isEmpty();
    if (!result.typed && m_original && m_engine != Dialect::Sqlite)
        endpoint.password = m_keptPassword;
    endpoint.passwordSource = passwordSourceFor(endpoint, result.typed, page->wantsKeyring());
    if (endpoint.passwordSource != PasswordSource::Env)
        endpoint.passwordEnv.clear();
    if (m_original)
        keepOriginalForm(endpoint);
    return result;
}

project::Endpoint EndpointPageSet::editBase() const
{
    project::Endpoint base;
    if (!m_original)
        return base;
    base = *m_original;
    base.password = Secret();
    base.uri.clear();
    base.host.clear();
    base.port = 0;
    base.database.clear();
    base.user.clear();
    base.path.clear();
    base.dsn.clear();
    // Options of another engine mean nothing to the new one; a URI's own options are kept.
    base.options.clear();
    if (m_originalSpec && m_engine == m_original->engine)
        base.options = m_originalSpec->options;
    return base;
}

PasswordSource EndpointPageSet::passwordSourceFor(const project::Endpoint &endpoint, bool typed,
                                                  bool wantsKeyring) const
{
    const bool keyring = wantsKeyring && m_keyring != Keyring::Unavailable;
    if (typed)
        return keyring ? PasswordSource::Keyring : PasswordSource::Prompt;
    if (!m_original || endpoint.engine == Dialect::Sqlite)
        return PasswordSource::None;
    switch (m_original->passwordSource) {
    case PasswordSource::None:
    case PasswordSource::Env:
    case PasswordSource::EngineFile:
        return m_original->passwordSource;
    case PasswordSource::Keyring: {
        // The keyring keeps it under the connection's URI: a changed connection needs the
        // password itself to move it; without it the password is asked from now on. An
        // unchanged one stays where it is, even while the keyring does not answer.
        const Result<ConnectionSpec> spec = endpoint.connectionSpec({});
        const bool moved = !spec || !m_originalSpec || spec->toUri() != m_originalSpec->toUri();
        if (!moved && m_keyring == Keyring::Unavailable)
            return PasswordSource::Keyring;
        return keyring && (!moved || !m_keptPassword.isEmpty()) ? PasswordSource::Keyring
                                                                : PasswordSource::Prompt;
    }
    case PasswordSource::Prompt:
        return keyring && !m_keptPassword.isEmpty() ? PasswordSource::Keyring
                                                    : PasswordSource::Prompt;
    }
    return PasswordSource::Prompt;
}

void EndpointPageSet::keepOriginalForm(project::Endpoint &endpoint) const
{
    // Every connection field, not the URI alone: an ODBC URI leaves the user out.
    const Result<ConnectionSpec> spec = endpoint.connectionSpec({});
    if (!spec || !m_originalSpec || endpoint.engine != m_original->engine)
        return;
    const ConnectionSpec &was = *m_originalSpec;
    if (spec->host != was.host || spec->port != was.port || spec->database != was.database
        || spec->user != was.user || spec->path != was.path || spec->dsn != was.dsn
        || spec->options != was.options)
        return;
    endpoint.uri = m_original->uri;
    endpoint.host = m_original->host;
    endpoint.port = m_original->port;
    endpoint.database = m_original->database;
    endpoint.user = m_original->user;
    endpoint.path = m_original->path; // relative to the project file, as it was written
    endpoint.dsn = m_original->dsn;
    endpoint.options = m_original->options;
}

void EndpointPageSet::setOriginal(const project::Endpoint &endpoint,
                                  const std::string &projectDirectory)
{
    m_original = endpoint;
    m_original->password = Secret();
    m_originalSpec.reset();
    if (Result<ConnectionSpec> spec = endpoint.connectionSpec(projectDirectory))
        m_originalSpec = std::move(*spec);
    setDefaultName(QString::fromStdString(endpoint.name));
    setEngine(endpoint.engine);
    ConnectionSpec shown;
    if (m_originalSpec)
        shown = *m_originalSpec;
    shown.dialect = endpoint.engine;
    shown.passwordSource = endpoint.passwordSource;
    if (EndpointDetailsPage *page = detailsPage())
        page->loadEndpoint(shown);
}

void EndpointPageSet::setKeptPassword(const Secret &password)
{
    m_keptPassword = password;
    markChanged();
}

bool EndpointPageSet::isPasswordTyped() const { return entered().typed; }

bool EndpointPageSet::needsKeyringStore() const
{
    const Entered now = entered();
    if (now.endpoint.passwordSource != PasswordSource::Keyring)
        return false;
    if (now.typed || !m_original || m_original->passwordSource != PasswordSource::Keyring)
        return true;
    return keyringAccount() != (m_originalSpec ? m_originalSpec->toUri() : std::string());
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
