// SPDX-License-Identifier: MIT
#include "ui/wizards/project/mapping_page.h"

#include "engine/core/tr.h"
#include "models/engine_client.h"
#include "ui/mapping/mapping_editor.h"
#include "ui/wizards/project_wizard.h"
#include "ui/wizards/wizard_support.h"
#include "ui_mapping_page.h"

#include <QLocale>

namespace ferry {

namespace {

} // namespace

MappingPage::MappingPage(ProjectWizard *wizard)
    : m_ui(std::make_unique<Ui::MappingPage>()), m_wizard(wizard), m_client(wizard->client())
{
    m_ui->setupUi(this);
    setTitle(tr("Tables to migrate"));
    setSubTitle(tr("Tick the tables to migrate and add rules to rename or change them. Leave "
                   "everything unticked to migrate every non-system schema."));
    m_ui->catalogProgress->hide();
    m_ui->cancelReadButton->hide();
    m_ui->readCatalogButton->hide();
    m_ui->passwordRow->hide();
    connect(m_ui->readCatalogButton, &QPushButton::clicked, this, &MappingPage::readCatalog);
    connect(m_ui->mappingEditor, &MappingEditor::completeChanged, this,
            &QWizardPage::completeChanged);
    connect(m_ui->cancelReadButton, &QPushButton::clicked, this, &MappingPage::cancelRead);
    connect(m_ui->catalogPasswordEdit, &QLineEdit::returnPressed, this, &MappingPage::readCatalog);
}

MappingPage::~MappingPage()
{
    ++m_ticket;
    const RequestId request = std::exchange(m_request, 0);
    if (request != 0 && m_client)
        m_client->cancel(request);
}

MappingEditor *MappingPage::editor() const { return m_ui->mappingEditor; }

project::TableMapping MappingPage::tableMapping() const
{
    return m_ui->mappingEditor->tableMapping();
}

bool MappingPage::isComplete() const
{
    return QWizardPage::isComplete() && m_ui->mappingEditor->isComplete();
}

int MappingPage::nextId() const { return static_cast<int>(ProjectWizard::Page::Summary); }

void MappingPage::initializePage()
{
    const project::Endpoint source = m_wizard->endpoint(EndpointRole::Source);
    const project::Endpoint target = m_wizard->endpoint(EndpointRole::Target);
    m_targetDialect = target.engine;
    const Result<ConnectionSpec> spec = source.connectionSpec({});
    const std::string uri = spec ? spec->toUri() : std::string();
    if (uri == m_readFor && (m_catalog || isReading())) {
        m_ui->mappingEditor->setCatalog(m_catalog, m_targetDialect);
        return;
    }
    m_catalog.reset();
    m_ui->mappingEditor->setCatalog(nullptr, m_targetDialect);
    readCatalog();
}

void MappingPage::cleanupPage() { cancelRead(); }

bool MappingPage::validatePage()
{
    cancelRead(); // going on with the default mapping or the one made so far
    return true;
}

void MappingPage::readCatalog()
{
    if (isReading())
        return;
    project::Endpoint source = m_wizard->endpoint(EndpointRole::Source);
    Result<ConnectionSpec> parsed = source.connectionSpec({});
    if (!parsed) {
        showFailure(qs(parsed.error().message), qs(parsed.error().hint));
        return;
    }
    ConnectionSpec spec = std::move(parsed.value());
    m_readFor = spec.toUri();
    const QString typed = m_ui->catalogPasswordEdit->text();
    if (spec.password.isEmpty() && !typed.isEmpty())
        spec.password = Secret(typed.toStdString());
    if (spec.password.isEmpty() && source.passwordSource == PasswordSource::Env) {
        const QByteArray value = qgetenv(source.passwordEnv.c_str());
        if (!value.isEmpty())
            spec.password = Secret(value.toStdString());
    }
    if (spec.password.isEmpty() && source.passwordSource == PasswordSource::Prompt) {
        m_ui->passwordRow->show();
        m_ui->catalogPasswordLabel->setText(
            tr("Ferry needs the password of %1 to read its tables:").arg(qs(source.name)));
        m_ui->catalogPasswordEdit->setFocus();
        m_ui->readCatalogButton->show();
        m_ui->catalogStatus->setText(tr("Type the password, then read the catalog."));
        return;
    }
    if (spec.password.isEmpty() && source.passwordSource == PasswordSource::Keyring) {
        m_readingPassword = true;
        setBusy(true);
        const quint64 ticket = ++m_ticket;
        m_client->readPassword(spec.toUri(), this,
                               [this, ticket, spec](const Result<Secret> &password) mutable {
                                   if (ticket != m_ticket)
                                       return;
                                   m_readingPassword = false;
                                   if (password)
                                       spec.password = *password;
                                   // Without it the read fails with a clear login diagnosis.
                                   readWith(spec);
                               });
        return;
    }
    readWith(spec);
}

void MappingPage::readWith(const ConnectionSpec &spec)
{
    const project::Endpoint source = m_wizard->endpoint(EndpointRole::Source);
    setBusy(true);
    m_ui->catalogStatus->setText(tr("Reading the tables of %1…").arg(qs(source.name)));
    const quint64 ticket = ++m_ticket;
    const QString sourceName = qs(source.name);
    m_request = m_client->readCatalog(
        spec, CatalogFilter {}, this,
        [this, ticket, sourceName](const CatalogPtr &catalog) {
            if (ticket != m_ticket)
                return;
            m_request = 0;
            m_catalog = catalog;
            setBusy(false);
            m_ui->passwordRow->hide();
            m_ui->mappingEditor->setCatalog(catalog, m_targetDialect);
            int tables = 0;
            for (const Schema &schema : catalog->schemas)
                tables += int(schema.tables.size());
            m_ui->catalogStatus->setText(
                tr("%n table(s) read from %1.", nullptr, tables).arg(sourceName));
            emit catalogReadFinished();
        },
        [this, ticket](const Error &error) {
            if (ticket != m_ticket)
                return;
            m_request = 0;
            setBusy(false);
            if (error.code == ErrorCode::Cancelled) {
                m_ui->catalogStatus->setText(
                    tr("Reading the catalog was cancelled. Without it the task migrates every "
                       "non-system schema."));
                m_ui->readCatalogButton->show();
            } else {
                showFailure(qs(error.message), qs(error.hint));
            }
            emit catalogReadFinished();
        });
}

void MappingPage::cancelRead()
{
    if (m_readingPassword) {
        ++m_ticket;
        m_readingPassword = false;
        setBusy(false);
        m_ui->readCatalogButton->show();
    }
    if (m_request == 0)
        return;
    m_client->cancel(m_request); // answers at once with ErrorCode::Cancelled
    if (m_request != 0) {
        ++m_ticket;
        m_request = 0;
        setBusy(false);
    }
}

void MappingPage::showFailure(const QString &message, const QString &hint)
{
    m_ui->catalogStatus->setText(
        tr("Could not read the source's tables: %1 %2").arg(message, hint).trimmed());
    m_ui->readCatalogButton->show();
}

void MappingPage::setBusy(bool busy)
{
    m_ui->catalogProgress->setVisible(busy);
    m_ui->cancelReadButton->setVisible(busy);
    m_ui->readCatalogButton->setVisible(false);
    if (busy) {
        wizards::setStateIcon(m_ui->catalogStateIcon, "state-running", QStyle::SP_BrowserReload);
    } else {
        wizards::setStateIcon(m_ui->catalogStateIcon, m_catalog ? "state-ok" : "info",
                              m_catalog ? QStyle::SP_DialogApplyButton
                                        : QStyle::SP_MessageBoxInformation);
    }
}

} // namespace ferry
