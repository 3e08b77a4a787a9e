// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/endpoint.h"
#include "engine/project/project.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QWizard;

namespace ferry {

class EngineClient;
class EndpointDetailsPage;

/**
 * The pages that describe one endpoint inside a QWizard (engine chooser, one details page per
 * kind of engine, connection test) and the state they share: the chosen engine, the keyring's
 * availability and a revision that every edit bumps, so a test result or a stored password
 * that no longer matches the fields is not trusted. EndpointWizard holds one set; the
 * new-project wizard holds two (source and target) with their own page ids and field prefixes.
 *
 * Thread: GUI thread. Owned by the wizard (QObject parent); borrows the EngineClient, which
 * must outlive the wizard. Errors are shown on the pages; nothing here throws.
 */
class EndpointPageSet : public QObject
{
    Q_OBJECT

public:
    /// The wizard page ids the set's pages are registered under.
    struct PageIds
    {
        int engine = -1;
        int server = -1; ///< PostgreSQL and MySQL/MariaDB
        int sqlite = -1;
        int odbc = -1;
        int test = -1;
    };

    /// Whether a system keyring (Secret Service) answers; probed once, off the GUI thread.
    enum class Keyring { Unknown, Available, Unavailable };

    /// Creates the pages and registers them with wizard->setPage(). fieldPrefix keeps the
    /// wizard field names of two sets apart ("source.", "target.").
    EndpointPageSet(QWizard *wizard, EngineClient *client, EndpointRole role, PageIds ids,
                    const QString &fieldPrefix = {});
    ~EndpointPageSet() override;

    EngineClient *client() const { return m_client; }
    EndpointRole role() const { return m_role; }
    const PageIds &ids() const { return m_ids; }
    QString fieldName(const QString &name) const { return m_fieldPrefix + name; }

    /// The page after the connection test; without one the test page is the last page.
    void setNextId(std::function<int()> nextId) { m_nextId = std::move(nextId); }
    int nextIdAfterTest() const { return m_nextId ? m_nextId() : -1; }

    /// The name proposed on the details pages ("source", "target" by default).
    void setDefaultName(const QString &name) { m_defaultName = name; }
    QString defaultName() const { return m_defaultName; }
    /// Names the endpoint may not take (the project's other endpoints); asked when checking.
    void setTakenNames(std::function<QStringList()> takenNames)
    {
        m_takenNames = std::move(takenNames);
    }
    bool isNameTaken(const QString &name) const;

    Dialect engine() const { return m_engine; }
    void setEngine(Dialect engine);
    /// The details page of the chosen engine.
    int detailsPageId() const;
    EndpointDetailsPage *detailsPage() const;

    /**
     * The endpoint as entered: name, engine fields, options, the run-time password, and
     * where the password will come from (Keyring when the user asked for it and a keyring
     * answers, Prompt otherwise, None without a password).
     */
    [[nodiscard]] project::Endpoint endpoint() const;
    /// The spec to test and read catalogs with (password included). Errors: InvalidUri.
    [[nodiscard]] Result<ConnectionSpec> connectionSpec() const;

    /// The keyring account of the endpoint: its connection spec's URI without password.
    [[nodiscard]] std::string keyringAccount() const;

    /**
     * Edit mode: the pages show `endpoint` (its connection as projectDirectory resolves it,
     * a URI spelled out in fields) and endpoint() starts from it, so what no page shows (other
     * options, the password's environment variable) is kept, a connection left as it was keeps
     * the form the project file wrote it in, and an empty password field keeps the password
     * the endpoint has (its source, and setKeptPassword()'s value for the test and the
     * keyring).
     */
    void setOriginal(const project::Endpoint &endpoint, const std::string &projectDirectory);
    [[nodiscard]] const std::optional<project::Endpoint> &original() const { return m_original; }
    /// Edit mode: the tasks that use the endpoint (the engine page says that their mappings
    /// stay as they are when the engine changes).
    void setUsers(const QStringList &tasks) { m_users = tasks; }
    [[nodiscard]] const QStringList &users() const { return m_users; }
    /// Edit mode: the password the endpoint uses now (typed this session, from the environment
    /// or the keyring); the connection test uses it while no new password is typed. A test of
    /// the fields as they were no longer applies (markChanged()).
    void setKeptPassword(const Secret &password);
    /// True when the password field holds a new password (edit mode: not the kept one).
    [[nodiscard]] bool isPasswordTyped() const;
    /// Whether leaving the test page stores the password in the keyring: a typed password the
    /// keyring is to keep, or (edit mode) the kept one, when the connection -- the keyring
    /// account -- changed or the keyring did not hold it before.
    [[nodiscard]] bool needsKeyringStore() const;

    Keyring keyring() const { return m_keyring; }
    /// Why the keyring cannot be used (empty while it can).
    QString keyringProblem() const { return m_keyringProblem; }
    /// Starts the probe unless it ran already; keyringChanged() follows.
    void probeKeyring();
    /// A store failed: from now on the password is asked each time.
    void setKeyringUnavailable(const QString &why);
    /// Another page set of the same wizard already said there is no keyring: this set's
    /// password pages do not say it again (the remember box stays disabled).
    void setKeyringNotedElsewhere(bool noted) { m_keyringNotedElsewhere = noted; }
    bool isKeyringNotedElsewhere() const { return m_keyringNotedElsewhere; }

    /// Every edit on a page calls this: the last test and any stored password no longer apply.
    void markChanged();
    quint64 revision() const { return m_revision; }

signals:
    void keyringChanged();
    void changed();

private:
    /// The endpoint as entered, and whether its password was typed on the page.
    struct Entered
    {
        project::Endpoint endpoint;
        bool typed = false;
    };
    [[nodiscard]] Entered entered() const;
    /// Edit mode: the original without what the pages write (password, connection fields; the
    /// options unless the engine stays). New mode: an empty endpoint.
    [[nodiscard]] project::Endpoint editBase() const;
    [[nodiscard]] PasswordSource passwordSourceFor(const project::Endpoint &endpoint, bool typed,
                                                   bool wantsKeyring) const;
    /// Edit mode: the connection is what it was: the original's fields and URI come back.
    void keepOriginalForm(project::Endpoint &endpoint) const;

    QPointer<QWizard> m_wizard;
    EngineClient *m_client = nullptr;
    EndpointRole m_role = EndpointRole::Source;
    PageIds m_ids;
    QString m_fieldPrefix;
    QString m_defaultName;
    std::function<int()> m_nextId;
    std::function<QStringList()> m_takenNames;
    Dialect m_engine = Dialect::PostgreSql;
    Keyring m_keyring = Keyring::Unknown;
    bool m_probing = false;
    bool m_keyringNotedElsewhere = false;
    QString m_keyringProblem;
    quint64 m_revision = 0;
    std::optional<project::Endpoint> m_original;
    std::optional<ConnectionSpec> m_originalSpec; ///< resolved; empty when it does not parse
    Secret m_keptPassword;
    QStringList m_users;
};

} // namespace ferry
