// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"
#include "engine/connectors/odbc/odbc_data_sources.h"
#include "engine/core/secret.h"
#include "engine/project/project.h"
#include "engine/service/engine_service.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <optional>
#include <memory>
#include <string>
#include <vector>

namespace ferry {

/**
 * The GUI's handle on the one engine thread (DESIGN §2): sends commands to the EngineService as
 * queued calls and routes each reply to the callback given with the command. Callbacks run on
 * the GUI thread, and only while their context object is alive; every command gets exactly one
 * callback (done, or failed — a cancel is failed with ErrorCode::Cancelled).
 *
 * Nothing here blocks: keyring calls, which block in libsecret, run on a private worker.
 * Thread: GUI thread. One instance for the application (MainWindow owns it; dialogs borrow it).
 */
class EngineClient : public QObject
{
    Q_OBJECT

public:
    using Failed = std::function<void(const Error &)>;

    /// Starts the engine thread (EngineThread) and owns it.
    explicit EngineClient(QObject *parent = nullptr);
    ~EngineClient() override;

    EngineService *service() const;

    /// Tests a connection: onDone receives the diagnosis (ok or not, in plain words).
    RequestId testConnection(const ConnectionSpec &spec, EndpointRole role, QObject *context,
                             std::function<void(const ConnectionDiagnosis &)> onDone,
                             Failed onFailed = {});
    /// Reads a catalog (tables with row counts and sizes, columns, keys...).
    RequestId readCatalog(const ConnectionSpec &spec, const CatalogFilter &filter,
                          QObject *context, std::function<void(const CatalogPtr &)> onDone,
                          Failed onFailed = {});
    /// Reads a page of a task's rejected rows (and per-table counts) from the target's
    /// control tables (engine/task/exceptions.h).
    RequestId readExceptions(const ConnectionSpec &target, const std::string &taskName,
                             const task::ExceptionFilter &filter, QObject *context,
                             std::function<void(const task::ExceptionPagePtr &)> onDone,
                             Failed onFailed = {});
    /// Writes rejected rows, with the user's fixes, into their target tables; onDone gets the
    /// outcome of every row. Cancellable between tables.
    RequestId reapplyExceptions(const ConnectionSpec &target, const std::string &taskName,
                                const task::ReapplyRequest &request, QObject *context,
                                std::function<void(const task::ReapplyResult &)> onDone,
                                Failed onFailed = {});
    /// Cancels a running request: its callback gets ErrorCode::Cancelled at once.
    void cancel(RequestId id);

    /// Keyring (engine/core/keyring.h) off the GUI thread. onDone gets the stored secret or the
    /// error (NotSupported: no keyring service running; SecretNotFound: nothing stored).
    void readPassword(const std::string &account, QObject *context,
                      std::function<void(const Result<Secret> &)> onDone);
    void storePassword(const std::string &account, const Secret &password, QObject *context,
                       std::function<void(const Result<void> &)> onDone);

    /// The ODBC driver manager's data sources (it reads its files synchronously), off the GUI
    /// thread.
    void listOdbcDataSources(
        QObject *context,
        std::function<void(const Result<std::vector<odbc::OdbcDataSource>> &)> onDone);
    /// Writes a project file (creating its folder) off the GUI thread; onDone gets the project
    /// as written (project::saveProjectFile).
    void saveProject(const project::Project &project, const QString &path, QObject *context,
                     std::function<void(const Result<project::Project> &)> onDone);

    /// The next unused request id (for commands sent to service() directly, e.g. tasks).
    RequestId nextRequestId() { return m_nextId++; }

private:
    struct Pending
    {
        QPointer<QObject> context;
        /// The command's own reply, type-erased: reply<T>() passes a const T* for the T that
        /// add<T>() was given (each command has exactly one reply signal).
        std::function<void(const void *)> onReply;
        Failed onFailed;
    };
    template<typename T>
    RequestId add(QObject *context, std::function<void(const T &)> onDone, Failed onFailed);
    template<typename T>
    void reply(RequestId id, const T &value);
    std::optional<Pending> take(RequestId id);

    std::unique_ptr<EngineThread> m_engine;
    std::map<RequestId, Pending> m_pending;
    RequestId m_nextId = 1;
};

} // namespace ferry
