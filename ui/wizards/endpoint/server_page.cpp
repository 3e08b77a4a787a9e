// SPDX-License-Identifier: MIT
#include "ui/wizards/endpoint/server_page.h"

#include "ui/dialogs.h"
#include "ui/wizards/endpoint/endpoint_page_set.h"
#include "ui/wizards/wizard_support.h"
#include "ui_server_page.h"

#include <QFileInfo>
#include <QIntValidator>

namespace ferry {

namespace {

constexpr int PostgresDefaultPort = 5432;
constexpr int MySqlDefaultPort = 3306;

/// The TLS option keys of an engine.
const char *modeKey(Dialect engine) { return engine == Dialect::MySql ? "ssl-mode" : "sslmode"; }
const char *caKey(Dialect engine) { return engine == Dialect::MySql ? "ssl-ca" : "sslrootcert"; }
QString defaultMode(Dialect engine)
{
    return engine == Dialect::MySql ? QStringLiteral("PREFERRED") : QStringLiteral("prefer");
}

} // namespace

ServerPage::ServerPage(EndpointPageSet *set, QWidget *parent)
    : EndpointDetailsPage(set, parent), m_ui(std::make_unique<Ui::ServerPage>())
{
    m_ui->setupUi(this);
    setNameWidgets(m_ui->nameEdit, m_ui->nameError);
    m_ui->portEdit->setValidator(new QIntValidator(1, 65535, this));
    registerField(set->fieldName(QStringLiteral("serverName*")), m_ui->nameEdit);
    registerField(set->fieldName(QStringLiteral("host*")), m_ui->hostEdit);

    for (QLineEdit *edit :
         {m_ui->hostEdit, m_ui->portEdit, m_ui->databaseEdit, m_ui->userEdit, m_ui->caFileEdit})
        connect(edit, &QLineEdit::textChanged, this, &ServerPage::fieldEdited);
    connect(m_ui->passwordField, &PasswordField::edited, this, &ServerPage::fieldEdited);
    connect(m_ui->tlsModeCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateCaFileRow();
        fieldEdited();
    });
    connect(m_ui->caFileBrowseButton, &QPushButton::clicked, this, &ServerPage::chooseCaFile);
    connect(set, &EndpointPageSet::keyringChanged, this, &ServerPage::showKeyringState);
}

ServerPage::~ServerPage() = default;

void ServerPage::initializePage()
{
    EndpointDetailsPage::initializePage();
    const Dialect engine = m_set->engine();
    const bool mysql = engine == Dialect::MySql;
    setTitle(mysql ? tr("MySQL or MariaDB server") : tr("PostgreSQL server"));
    setSubTitle(m_set->role() == EndpointRole::Source
                    ? tr("Where the source server runs and how Ferry logs in.")
                    : tr("Where the target server runs and how Ferry logs in."));
    m_ui->portEdit->setPlaceholderText(
        QString::number(mysql ? MySqlDefaultPort : PostgresDefaultPort));
    m_ui->databaseEdit->setPlaceholderText(mysql ? tr("none: all databases the user can see")
                                                 : tr("the user's name"));
    fillTlsModes();
    m_set->probeKeyring();
    showKeyringState();
}

void ServerPage::fillTlsModes()
{
    const Dialect engine = m_set->engine();
    if (m_modesFor == engine)
        return;
    m_modesFor = engine;
    struct Mode
    {
        const char *value;
        QString text;
    };
    std::vector<Mode> modes;
    if (engine == Dialect::MySql) {
        modes = {
            {"DISABLED", tr("DISABLED: never use TLS")},
            {"PREFERRED", tr("PREFERRED (default): use TLS when the server offers it")},
            {"REQUIRED", tr("REQUIRED: always encrypt, do not check the certificate")},
            {"VERIFY_CA", tr("VERIFY_CA: encrypt and check the certificate's CA")},
            {"VERIFY_IDENTITY", tr("VERIFY_IDENTITY: encrypt, check the CA and the host name")},
        };
    } else {
        modes = {
            {"disable", tr("disable: never use TLS")},
            {"allow", tr("allow: use TLS only when the server insists")},
            {"prefer", tr("prefer (default): use TLS when the server offers it")},
            {"require", tr("require: always encrypt, do not check the certificate")},
            {"verify-ca", tr("verify-ca: encrypt and check the certificate's CA")},
            {"verify-full", tr("verify-full: encrypt, check the CA and the host name")},
        };
    }
    const QSignalBlocker blocker(m_ui->tlsModeCombo);
    m_ui->tlsModeCombo->clear();
    for (const Mode &mode : modes)
        m_ui->tlsModeCombo->addItem(mode.text, QString::fromLatin1(mode.value));
    m_ui->tlsModeCombo->setCurrentIndex(m_ui->tlsModeCombo->findData(defaultMode(engine)));
    updateCaFileRow();
    fieldEdited();
}

void ServerPage::updateCaFileRow()
{
    const QString mode = m_ui->tlsModeCombo->currentData().toString();
    const bool off = mode == QLatin1String("disable") || mode == QLatin1String("DISABLED");
    m_ui->caFileEdit->setEnabled(!off);
    m_ui->caFileBrowseButton->setEnabled(!off);
    const bool verifies = mode.startsWith(QLatin1String("verify"), Qt::CaseInsensitive);
    m_ui->caFileEdit->setPlaceholderText(verifies ? tr("the system's trusted CAs") : tr("none"));
}

void ServerPage::chooseCaFile()
{
    const QString current = m_ui->caFileEdit->text();
    const QString file
        = Dialogs::openFileName(this, tr("Choose the CA certificate"),
                                current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
                                tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caFileEdit->setText(file);
}

void ServerPage::showKeyringState()
{
    m_ui->passwordField->setKeyringAvailable(
        m_set->keyring() != EndpointPageSet::Keyring::Unavailable, m_set->keyringProblem(),
        !m_set->isKeyringNotedElsewhere());
}

void ServerPage::loadEndpoint(const ConnectionSpec &spec)
{
    m_ui->hostEdit->setText(QString::fromStdString(spec.host));
    m_ui->portEdit->setText(spec.port > 0 ? QString::number(spec.port) : QString());
    m_ui->databaseEdit->setText(QString::fromStdString(spec.database));
    m_ui->userEdit->setText(QString::fromStdString(spec.user));
    m_ui->passwordField->showKeptPassword(spec.passwordSource);
    fillTlsModes();
    const Dialect engine = m_set->engine();
    const int mode = m_ui->tlsModeCombo->findData(
        QString::fromStdString(spec.option(modeKey(engine), defaultMode(engine).toStdString())),
        Qt::UserRole, Qt::MatchFixedString);
    if (mode >= 0)
        m_ui->tlsModeCombo->setCurrentIndex(mode);
    m_ui->caFileEdit->setText(QString::fromStdString(spec.option(caKey(engine))));
}

void ServerPage::fillEndpoint(project::Endpoint &endpoint) const
{
    const Dialect engine = m_set->engine();
    // The page writes the TLS options of the engine chosen; an edited endpoint's are replaced.
    for (const char *key : {"sslmode", "sslrootcert", "ssl-mode", "ssl-ca"})
        endpoint.options.erase(key);
    endpoint.name = endpointName().toStdString();
    endpoint.engine = engine;
    endpoint.host = m_ui->hostEdit->text().trimmed().toStdString();
    endpoint.port = m_ui->portEdit->text().trimmed().toInt();
    endpoint.database = m_ui->databaseEdit->text().trimmed().toStdString();
    endpoint.user = m_ui->userEdit->text().trimmed().toStdString();
    endpoint.password = Secret(m_ui->passwordField->password().toStdString());
    const QString mode = m_ui->tlsModeCombo->currentData().toString();
    if (!mode.isEmpty() && mode != defaultMode(engine))
        endpoint.options[modeKey(engine)] = mode.toStdString();
    const QString ca = m_ui->caFileEdit->text().trimmed();
    if (m_ui->caFileEdit->isEnabled() && !ca.isEmpty())
        endpoint.options[caKey(engine)] = QFileInfo(ca).absoluteFilePath().toStdString();
}

bool ServerPage::wantsKeyring() const { return m_ui->passwordField->rememberRequested(); }

} // namespace ferry
