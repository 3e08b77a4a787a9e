// SPDX-License-Identifier: MIT
#include "ui/wizards/endpoint/odbc_page.h"

#include "engine/connectors/odbc/odbc_data_sources.h"
#include "engine/core/tr.h"
#include "models/engine_client.h"
#include "ui/wizards/endpoint/endpoint_page_set.h"
#include "ui_odbc_page.h"

#include <memory>

namespace ferry {

namespace {

enum Column { NameColumn, DriverColumn, DescriptionColumn, ScopeColumn };

} // namespace

OdbcPage::OdbcPage(EndpointPageSet *set, QWidget *parent)
    : EndpointDetailsPage(set, parent), m_ui(std::make_unique<Ui::OdbcPage>())
{
    m_ui->setupUi(this);
    setNameWidgets(m_ui->nameEdit, m_ui->nameError);
    registerField(set->fieldName(QStringLiteral("odbcName*")), m_ui->nameEdit);
    m_ui->dsnList->setHeaderLabels({tr("Data source"), tr("Driver"), tr("Description"),
                                    //: user or system data source
                                    tr("Scope")});
    m_ui->dsnList->setRootIsDecorated(false);
    connect(m_ui->dsnList, &QTreeWidget::itemSelectionChanged, this, &OdbcPage::fieldEdited);
    connect(m_ui->userEdit, &QLineEdit::textChanged, this, &OdbcPage::fieldEdited);
    connect(m_ui->passwordField, &PasswordField::edited, this, &OdbcPage::fieldEdited);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &OdbcPage::refreshDataSources);
    connect(set, &EndpointPageSet::keyringChanged, this, &OdbcPage::showKeyringState);
}

OdbcPage::~OdbcPage() = default;

void OdbcPage::initializePage()
{
    EndpointDetailsPage::initializePage();
    setTitle(tr("ODBC data source"));
    setSubTitle(tr("The data sources below come from the ODBC driver manager (odbc.ini)."));
    if (!m_listed)
        refreshDataSources();
    m_set->probeKeyring();
    showKeyringState();
}

void OdbcPage::refreshDataSources()
{
    if (m_listing)
        return;
    m_listing = true;
    m_ui->refreshButton->setEnabled(false);
    m_ui->dsnStatus->setText(tr("Reading the data sources from the ODBC driver manager…"));
    emit completeChanged();

    // The driver manager reads its files synchronously: the client reads them off the GUI
    // thread; the answer arrives only while this page exists.
    m_set->client()->listOdbcDataSources(
        this, [this](const Result<std::vector<odbc::OdbcDataSource>> &listing) {
            m_listing = false;
            m_listed = true;
            m_ui->refreshButton->setEnabled(true);
            const QString previous = selectedDsn().isEmpty() ? m_wantedDsn : selectedDsn();
            m_ui->dsnList->clear();
            if (!listing) {
                showStatus(qs(listing.error().message) + QLatin1Char(' ')
                           + qs(listing.error().hint));
                return;
            }
            for (const odbc::OdbcDataSource &source : listing.value()) {
                auto *item = new QTreeWidgetItem(m_ui->dsnList);
                item->setText(NameColumn, qs(source.name));
                item->setText(DriverColumn, qs(source.driver));
                item->setText(DescriptionColumn, qs(source.description));
                const bool user = source.scope == odbc::OdbcDataSource::Scope::User;
                //: scope of an ODBC data source: defined for this user (~/.odbc.ini)
                const QString userScope = tr("User");
                //: scope of an ODBC data source: defined for every user (odbc.ini)
                const QString systemScope = tr("System");
                item->setText(ScopeColumn, user ? userScope : systemScope);
                if (qs(source.name) == previous)
                    item->setSelected(true);
            }
            for (int column = 0; column < m_ui->dsnList->columnCount(); ++column)
                m_ui->dsnList->resizeColumnToContents(column);
            const int count = m_ui->dsnList->topLevelItemCount();
            showStatus(count == 0 ? tr("The ODBC driver manager knows no data source. Add one to "
                                       "odbc.ini (for example with odbcinst -i -s), then refresh.")
                                  : tr("%n data source(s) found.", nullptr, count));
        });
}

void OdbcPage::showStatus(const QString &status)
{
    QString text = status;
    if (!m_driver.isEmpty())
        text += QLatin1Char(' ')
            + tr("This endpoint connects through the driver %1 with its own connection options, "
                 "which are kept. Choose a data source only to use it instead.")
                  .arg(m_driver);
    m_ui->dsnStatus->setText(text);
    emit completeChanged();
}

void OdbcPage::loadEndpoint(const ConnectionSpec &spec)
{
    m_wantedDsn = QString::fromStdString(spec.dsn);
    m_driver = spec.dsn.empty() ? QString::fromStdString(spec.option("driver")) : QString();
    m_ui->userEdit->setText(QString::fromStdString(spec.user));
    m_ui->passwordField->showKeptPassword(spec.passwordSource);
}

QString OdbcPage::selectedDsn() const
{
    const QList<QTreeWidgetItem *> selected = m_ui->dsnList->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->text(NameColumn);
}

bool OdbcPage::isComplete() const
{
    // An edited endpoint that names a driver instead of a data source may stay as it is.
    return EndpointDetailsPage::isComplete() && (!selectedDsn().isEmpty() || !m_driver.isEmpty());
}

void OdbcPage::showKeyringState()
{
    m_ui->passwordField->setKeyringAvailable(
        m_set->keyring() != EndpointPageSet::Keyring::Unavailable, m_set->keyringProblem(),
        !m_set->isKeyringNotedElsewhere());
}

void OdbcPage::fillEndpoint(project::Endpoint &endpoint) const
{
    endpoint.name = endpointName().toStdString();
    endpoint.engine = Dialect::Odbc;
    endpoint.dsn = selectedDsn().toStdString();
    if (!endpoint.dsn.empty())
        endpoint.options.erase("driver"); // a data source replaces an edited driver connection
    endpoint.user = m_ui->userEdit->text().trimmed().toStdString();
    endpoint.password = Secret(m_ui->passwordField->password().toStdString());
}

bool OdbcPage::wantsKeyring() const { return m_ui->passwordField->rememberRequested(); }

} // namespace ferry
