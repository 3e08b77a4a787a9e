// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/project.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace ferry {

class EndpointPageSet;

/**
 * Base of the engine-specific endpoint pages (server, SQLite file, ODBC data source): the
 * endpoint's name with its uniqueness check, the default name, and change tracking (every
 * connection field edit calls fieldEdited(), which invalidates the last connection test).
 * Thread: GUI thread; owned by the wizard.
 */
class EndpointDetailsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit EndpointDetailsPage(EndpointPageSet *set, QWidget *parent = nullptr);

    /// Writes the endpoint's name, fields, options and run-time password into endpoint.
    virtual void fillEndpoint(project::Endpoint &endpoint) const = 0;
    /// True when the user asked to keep a non-empty password in the system keyring.
    virtual bool wantsKeyring() const { return false; }
    /// Edit mode: shows the endpoint's connection (spec.passwordSource: where its password
    /// comes from; the password itself is never shown). The name comes as the default name.
    virtual void loadEndpoint(const ConnectionSpec &spec) { Q_UNUSED(spec); }

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    /// Subclasses call this after setupUi with their name field and its error label.
    void setNameWidgets(QLineEdit *nameEdit, QLabel *nameError);
    /// A connection field changed: the last test result and stored password no longer apply.
    void fieldEdited();
    QString endpointName() const;

    EndpointPageSet *m_set = nullptr;

private:
    void updateNameError();

    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameError = nullptr;
};

} // namespace ferry
