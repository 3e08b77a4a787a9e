// SPDX-License-Identifier: MIT
#include "ui/wizards/endpoint_wizard.h"

#include "ui/icons.h"
#include "ui/wizards/endpoint/endpoint_page_set.h"

namespace ferry {

EndpointWizard::EndpointWizard(EngineClient *client, EndpointRole role, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("endpointWizard"));
    setWindowTitle(role == EndpointRole::Source ? tr("New source endpoint")
                                                : tr("New target endpoint"));
    setWindowIcon(icon("endpoint"));
    setOption(QWizard::NoBackButtonOnStartPage);
    EndpointPageSet::PageIds ids;
    ids.engine = static_cast<int>(Page::Engine);
    ids.server = static_cast<int>(Page::Server);
    ids.sqlite = static_cast<int>(Page::Sqlite);
    ids.odbc = static_cast<int>(Page::Odbc);
    ids.test = static_cast<int>(Page::Test);
    m_pages = new EndpointPageSet(this, client, role, ids);
    m_pages->setTakenNames([this] { return m_takenNames; });
    setStartId(ids.engine);
    // Room for the server page's word-wrapped notes (no keyring, with the keyring's own error):
    // the pages' size hints leave them out, and a wizard sized by them clips the notes.
    const QFontMetrics metrics(font());
    resize(metrics.averageCharWidth() * 120, metrics.lineSpacing() * 40);
}

EndpointWizard::~EndpointWizard() = default;

void EndpointWizard::setTakenNames(const QStringList &names) { m_takenNames = names; }

void EndpointWizard::setDefaultName(const QString &name) { m_pages->setDefaultName(name); }

void EndpointWizard::setEditedEndpoint(const project::Endpoint &endpoint,
                                       const std::string &projectDirectory,
                                       const QStringList &usedBy)
{
    setWindowTitle(tr("Edit endpoint %1").arg(QString::fromStdString(endpoint.name)));
    m_pages->setUsers(usedBy);
    m_pages->setOriginal(endpoint, projectDirectory);
}

void EndpointWizard::setKeptPassword(const Secret &password) { m_pages->setKeptPassword(password); }

bool EndpointWizard::isPasswordTyped() const { return m_pages->isPasswordTyped(); }

project::Endpoint EndpointWizard::endpoint() const { return m_pages->endpoint(); }

} // namespace ferry
