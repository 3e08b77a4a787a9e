// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/endpoint.h"
#include "engine/service/engine_service.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class ConnectionTestPage;
}

namespace ferry {

class EndpointPageSet;
class EngineClient;

/**
 * Last endpoint page: what will be saved (URI without password, where the password comes
 * from), "Test connection" with a busy indicator and Cancel, and the engine's diagnosis in
 * plain words (headline, message, hint, collapsible driver detail; product, version and time
 * on success). The page is complete after a successful test of the current fields, or after
 * the user ticks "Save without a successful test". Leaving it stores the password in the
 * system keyring when asked (asynchronously: validatePage() starts the store and the wizard
 * moves on when it is done); without a keyring it falls back to asking each time and says so.
 *
 * Thread: GUI thread; owned by the wizard. Talks to the engine only through EngineClient.
 */
class ConnectionTestPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConnectionTestPage(EndpointPageSet *set, QWidget *parent = nullptr);
    ~ConnectionTestPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    /// Starts a test of the current fields (the Test connection button).
    void startTest();
    /// Cancels the running test (the Cancel button).
    void cancelTest();
    bool isTesting() const { return m_request != 0; }
    bool isStoringPassword() const { return m_storing; }
    /// The diagnosis of the last test of the current fields; empty when untested since.
    const std::optional<ConnectionDiagnosis> &lastDiagnosis() const { return m_result; }

signals:
    /// A test ended (with a diagnosis, an error or a cancel).
    void testFinished();

private:
    void fieldsChanged();
    void showUntested();
    void showRunning();
    void showDiagnosis(const ConnectionDiagnosis &diagnosis);
    void showCancelled();
    void showResultTexts(const QString &headline, const QString &message, const QString &server,
                         const QString &hint, const QString &detail,
                         const std::vector<std::string> &warnings);
    void updateSummary();
    void storePassword();
    void moveOn();

    std::unique_ptr<Ui::ConnectionTestPage> m_ui;
    EndpointPageSet *m_set = nullptr;
    QPointer<EngineClient> m_client;
    RequestId m_request = 0;
    quint64 m_ticket = 0; ///< bumped per test and on cancel; late replies with old tickets drop
    std::optional<ConnectionDiagnosis> m_result;
    bool m_storing = false;
    bool m_storeFailed = false; ///< the keyring refused to store: the banner says so
    std::optional<quint64> m_storedRevision; ///< set revision whose password the keyring holds
};

} // namespace ferry
