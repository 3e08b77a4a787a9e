// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/project.h"
#include "engine/service/engine_service.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class MappingPage;
}

namespace ferry {

class EngineClient;
class MappingEditor;
class ProjectWizard;

/**
 * The task's first table mapping: reads the source catalog through EngineClient (busy
 * indicator, Cancel, Retry; the password comes from the wizard, the keyring or an inline
 * prompt) and hosts the MappingEditor over it. An empty mapping means the task uses the
 * default mapping (every non-system schema). The page never blocks Next: a read still running
 * is cancelled when the user goes on. Thread: GUI thread.
 */
class MappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MappingPage(ProjectWizard *wizard);
    ~MappingPage() override;

    MappingEditor *editor() const;
    /// The mapping to write; no rules: the default mapping.
    project::TableMapping tableMapping() const;
    bool isReading() const { return m_request != 0 || m_readingPassword; }
    /// The source catalog last read (null before the first read).
    CatalogPtr catalog() const { return m_catalog; }

    void initializePage() override;
    /// False while a rule of the mapping cannot be kept (MappingEditor::isComplete()).
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;
    int nextId() const override;

    /// Reads the source catalog (again).
    void readCatalog();
    void cancelRead();

signals:
    /// A catalog read ended (read, failed or cancelled).
    void catalogReadFinished();

private:
    void readWith(const ConnectionSpec &spec);
    void showFailure(const QString &message, const QString &hint);
    void setBusy(bool busy);

    std::unique_ptr<Ui::MappingPage> m_ui;
    ProjectWizard *m_wizard = nullptr;
    QPointer<EngineClient> m_client;
    RequestId m_request = 0;
    quint64 m_ticket = 0;
    bool m_readingPassword = false;
    CatalogPtr m_catalog;
    std::string m_readFor; ///< the source URI the catalog (or running read) belongs to
    Dialect m_targetDialect = Dialect::Sqlite;
};

} // namespace ferry
