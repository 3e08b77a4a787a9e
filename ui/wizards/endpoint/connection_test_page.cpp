// SPDX-License-Identifier: MIT
#include "ui/wizards/endpoint/connection_test_page.h"

#include "engine/core/tr.h"
#include "models/engine_client.h"
#include "ui/wizards/endpoint/endpoint_page_set.h"
#include "ui/wizards/endpoint/sqlite_page.h"
#include "ui/wizards/wizard_support.h"
#include "ui_connection_test_page.h"

#include <QFontDatabase>
#include <QLocale>
#include <QWizard>

namespace ferry {

namespace {

} // namespace

ConnectionTestPage::ConnectionTestPage(EndpointPageSet *set, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConnectionTestPage>())
    , m_set(set)
    , m_client(set->client())
{
    m_ui->setupUi(this);
    setTitle(tr("Test the connection"));
    m_ui->cancelTestButton->hide();
    m_ui->testProgress->hide();
    m_ui->detailText->hide();
    m_ui->keyringBanner->hide();
    m_ui->detailText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    wizards::setStateIcon(m_ui->keyringBannerIcon, "warning", QStyle::SP_MessageBoxWarning);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this,
            &ConnectionTestPage::startTest);
    connect(m_ui->cancelTestButton, &QPushButton::clicked, this, &ConnectionTestPage::cancelTest);
    connect(m_ui->detailsButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->detailText->setVisible(shown);
        m_ui->detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_ui->detailsButton->setText(shown ? tr("Hide details") : tr("Show details"));
    });
    connect(m_ui->saveAnywayCheck, &QCheckBox::toggled, this, &ConnectionTestPage::completeChanged);
    connect(set, &EndpointPageSet::changed, this, &ConnectionTestPage::fieldsChanged);
    connect(set, &EndpointPageSet::keyringChanged, this, &ConnectionTestPage::updateSummary);
    showUntested();
}

ConnectionTestPage::~ConnectionTestPage()
{
    ++m_ticket; // drop whatever answer is still on its way
    const RequestId request = std::exchange(m_request, 0);
    if (request != 0 && m_client)
        m_client->cancel(request);
}

void ConnectionTestPage::initializePage()
{
    setSubTitle(m_set->role() == EndpointRole::Source
                    ? tr("Ferry connects as it will when it reads the source, and checks the "
                         "privileges it needs.")
                    : tr("Ferry connects as it will when it writes the target, and checks the "
                         "privileges it needs."));
    updateSummary();
}

void ConnectionTestPage::cleanupPage() { cancelTest(); }

bool ConnectionTestPage::isComplete() const
{
    if (m_request != 0 || m_storing)
        return false;
    return (m_result && m_result->ok()) || m_ui->saveAnywayCheck->isChecked();
}

int ConnectionTestPage::nextId() const { return m_set->nextIdAfterTest(); }

void ConnectionTestPage::fieldsChanged()
{
    m_storedRevision.reset();
    if (m_result) {
        m_result.reset();
        showUntested();
    }
    emit completeChanged();
}

void ConnectionTestPage::startTest()
{
    if (m_request != 0)
        return;
    m_result.reset();
    if (m_set->engine() == Dialect::Sqlite) {
        QString error;
        auto *sqlite = static_cast<SqlitePage *>(m_set->detailsPage());
        if (!sqlite->createFileIfRequested(&error)) {
            ConnectionDiagnosis failed;
            failed.cause = DiagnosisCause::InvalidSpec;
            failed.message = error.toStdString();
            failed.hint = tr("Choose a folder you may write to.").toStdString();
            showDiagnosis(failed);
            return;
        }
    }
    const Result<ConnectionSpec> spec = m_set->connectionSpec();
    if (!spec) {
        ConnectionDiagnosis invalid;
        invalid.cause = DiagnosisCause::InvalidSpec;
        invalid.message = spec.error().message;
        invalid.detail = spec.error().detail;
        invalid.hint = spec.error().hint;
        showDiagnosis(invalid);
        return;
    }
    const quint64 ticket = ++m_ticket;
    showRunning();
    m_request = m_client->testConnection(
        *spec, m_set->role(), this,
        [this, ticket](const ConnectionDiagnosis &diagnosis) {
            if (ticket != m_ticket)
                return;
            m_request = 0;
            showDiagnosis(diagnosis);
        },
        [this, ticket](const Error &error) {
            if (ticket != m_ticket)
                return;
            m_request = 0;
            if (error.code == ErrorCode::Cancelled) {
                showCancelled();
                return;
            }
            ConnectionDiagnosis failed;
            failed.cause = DiagnosisCause::Other;
            failed.message = error.message;
            failed.detail = error.detail;
            failed.hint = error.hint;
            showDiagnosis(failed);
        });
    emit completeChanged();
}

void ConnectionTestPage::cancelTest()
{
    if (m_request == 0)
        return;
    // EngineClient answers a cancel at once (ErrorCode::Cancelled) through the callback.
    if (m_client)
        m_client->cancel(m_request);
    if (m_request != 0) { // the reply raced ahead; make sure the page is idle anyway
        ++m_ticket;
        m_request = 0;
        showCancelled();
    }
}

void ConnectionTestPage::showUntested()
{
    wizards::setStateIcon(m_ui->resultIcon, "info", QStyle::SP_MessageBoxInformation,
                          style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this));
    showResultTexts(tr("Not tested yet"),
                    tr("Test the connection before you go on. To keep the endpoint without a "
                       "successful test, tick the box below."),
                    {}, {}, {}, {});
    m_ui->testConnectionButton->setText(tr("&Test connection"));
}

void ConnectionTestPage::showRunning()
{
    m_ui->testConnectionButton->setEnabled(false);
    m_ui->cancelTestButton->show();
    m_ui->cancelTestButton->setEnabled(true);
    m_ui->testProgress->show();
    wizards::setStateIcon(m_ui->resultIcon, "state-running", QStyle::SP_BrowserReload,
                          style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this));
    showResultTexts(tr("Testing the connection…"),
                    tr("Connecting to %1.").arg(wizards::endpointLocation(m_set->endpoint())), {},
                    {}, {}, {});
}

void ConnectionTestPage::showResultTexts(const QString &headline, const QString &message,
                                         const QString &server, const QString &hint,
                                         const QString &detail,
                                         const std::vector<std::string> &warnings)
{
    m_ui->resultHeadline->setText(headline);
    m_ui->resultMessage->setText(message);
    m_ui->resultMessage->setVisible(!message.isEmpty());
    m_ui->resultServer->setText(server);
    m_ui->resultServer->setVisible(!server.isEmpty());
    m_ui->resultHint->setText(hint);
    m_ui->resultHint->setVisible(!hint.isEmpty());
    QStringList notes;
    for (const std::string &warning : warnings)
        notes << tr("Note: %1").arg(qs(warning));
    m_ui->warningsLabel->setText(notes.join(QLatin1Char('\n')));
    m_ui->warningsLabel->setVisible(!notes.isEmpty());
    m_ui->detailText->setText(detail);
    m_ui->detailsButton->setVisible(!detail.isEmpty());
    if (detail.isEmpty())
        m_ui->detailsButton->setChecked(false);
}

void ConnectionTestPage::showDiagnosis(const ConnectionDiagnosis &diagnosis)
{
    m_result = diagnosis;
    m_ui->testConnectionButton->setEnabled(true);
    m_ui->testConnectionButton->setText(tr("&Test again"));
    m_ui->cancelTestButton->hide();
    m_ui->testProgress->hide();
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    QString server;
    if (diagnosis.ok()) {
        wizards::setStateIcon(m_ui->resultIcon, "state-ok", QStyle::SP_DialogApplyButton, size);
        const QString product
            = diagnosis.product.empty() ? tr("The server") : qs(diagnosis.product);
        server = tr("%1 %2 answered in %3 ms.")
                     .arg(product, qs(diagnosis.serverVersion),
                          QLocale().toString(qlonglong(diagnosis.elapsed.count())));
    } else {
        wizards::setStateIcon(m_ui->resultIcon, "state-error", QStyle::SP_MessageBoxCritical, size);
    }
    // The engine's advice names the CLI's sources of passwords; here the user just typed it.
    const QString hint = diagnosis.credentialsHint
        ? tr("Go Back and check the user name and the password, then test "
             "again. If they are right, ask the administrator whether this "
             "user may log in from this computer.")
        : qs(diagnosis.hint);
    showResultTexts(wizards::diagnosisHeadline(diagnosis.cause), qs(diagnosis.message), server,
                    hint, qs(diagnosis.detail), diagnosis.warnings);
    emit completeChanged();
    emit testFinished();
}

void ConnectionTestPage::showCancelled()
{
    m_result.reset();
    m_ui->testConnectionButton->setEnabled(true);
    m_ui->cancelTestButton->hide();
    m_ui->testProgress->hide();
    wizards::setStateIcon(m_ui->resultIcon, "state-stopped", QStyle::SP_BrowserStop,
                          style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this));
    showResultTexts(tr("Test cancelled"),
                    tr("The connection test was cancelled before it finished."), {}, {}, {}, {});
    emit completeChanged();
    emit testFinished();
}

void ConnectionTestPage::updateSummary()
{
    const project::Endpoint endpoint = m_set->endpoint();
    m_ui->connectionSummary->setText(tr("%1 (%2): %3")
                                         .arg(qs(endpoint.name),
                                              wizards::engineDisplayName(endpoint.engine),
                                              wizards::endpointLocation(endpoint)));
    QString password = wizards::passwordSourceText(endpoint.passwordSource);
    if (m_storing)
        password = tr("Storing the password in the system keyring…");
    else if (endpoint.passwordSource == PasswordSource::Keyring && m_set->needsKeyringStore())
        password = tr("Stored in the system keyring when you continue; never in the project file.");
    else if (endpoint.passwordSource == PasswordSource::Keyring)
        password = tr("Kept in the system keyring as it is; never in the project file.");
    else if (endpoint.passwordSource == PasswordSource::Prompt)
        password = tr("Asked each time Ferry connects; never saved.");
    m_ui->passwordSummary->setText(password);
    // The password page said it when the keyring was known to be missing; this page says it
    // only when storing failed here, after the summary had promised it.
    m_ui->keyringBanner->setVisible(m_storeFailed && !endpoint.password.isEmpty());
    m_ui->keyringBannerText->setText(
        tr("The system keyring could not store the password, so Ferry will ask for it each "
           "time it connects. Continue to go on without storing it.\n\n%1")
            .arg(m_set->keyringProblem()));
}

bool ConnectionTestPage::validatePage()
{
    if (m_request != 0 || m_storing)
        return false;
    if (!m_set->needsKeyringStore() || m_storedRevision == m_set->revision())
        return true;
    storePassword();
    return false; // moveOn() continues once the keyring has answered
}

void ConnectionTestPage::storePassword()
{
    const project::Endpoint endpoint = m_set->endpoint();
    const quint64 revision = m_set->revision();
    m_storing = true;
    updateSummary();
    emit completeChanged();
    m_client->storePassword(m_set->keyringAccount(), endpoint.password, this,
                            [this, revision](const Result<void> &stored) {
                                m_storing = false;
                                if (stored) {
                                    m_storedRevision = revision;
                                    updateSummary();
                                    emit completeChanged();
                                    moveOn();
                                    return;
                                }
                                // No usable keyring after all: the password is asked each time from
                                // now on; the banner says so and the user confirms by going on
                                // again.
                                m_storeFailed = true;
                                m_set->setKeyringUnavailable(qs(stored.error().message));
                                updateSummary();
                                emit completeChanged();
                            });
}

void ConnectionTestPage::moveOn()
{
    QWizard *owner = wizard();
    if (!owner || owner->currentPage() != this || m_storedRevision != m_set->revision())
        return;
    if (nextId() == -1)
        owner->accept();
    else
        owner->next();
}

} // namespace ferry
