// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"
#include "engine/connectors/odbc/odbc_data_sources.h"
#include "engine/core/secret.h"
#include "engine/project/project.h"
#include "engine/service/engine_service.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <map>
#include <optional>
#include <memory>
#include <string>
#include <vector>

namespace ferry {

/**
 * The GUI's handle on the one engine thread (DESIGN §2): sends commands to the EngineService as
 * typed queued calls and routes each reply to the callback given with the command. Callbacks
 * run on the GUI thread, and only while their context object is alive; every command gets
 * exactly one terminal callback (done, or failed — a cancel is failed with
 * ErrorCode::Cancelled at once, and the late result is dropped).
 *
 * Work that blocks in a library without an engine command (keyring reads and writes in
 * libsecret, the ODBC driver manager's files, writing a project file) runs on the client's own
 * workers with a request id like every command: cancel(id) answers it at once, and the
 * destructor waits for whatever is still running, so no work outlives the client.
 * Thread: GUI thread. One instance for the application (MainWindow owns it; dialogs borrow it).
 */
class EngineClient : public QObject
{
    Q_OBJECT

public:
    using Failed = std::function<void(const Error &)>;

    /// What a running task reports: its snapshot at each tick and its log lines in batches
    /// (each batch before the snapshot of the same tick), then exactly one of onDone or onFailed
    /// (ErrorCode::Cancelled when it was stopped: resumable).
    struct TaskCallbacks
    {
        std::function<void(const TaskSnapshotPtr &)> onSnapshot;
        std::function<void(const LogBatch &)> onLog;
        std::function<void(const TaskOutcomePtr &)> onDone;
        Failed onFailed;
    };

    /// Starts the engine thread (EngineThread) and owns it.
    explicit EngineClient(QObject *parent = nullptr);
    /// Drops every pending callback, waits for the client's workers, stops running tasks
    /// (resumable) and joins the engine thread.
    ~EngineClient() override;

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
    /// Reads the statistics of a task's last run from its target's control tables
    /// (engine/task/stored_statistics.h); onDone gets null when the task has not run there.
    RequestId readStoredStatistics(const ConnectionSpec &target, const std::string &taskName,
                                   const project::TaskSettings &settings, QObject *context,
                                   std::function<void(const TaskSnapshotPtr &)> onDone,
                                   Failed onFailed = {});
    /// The target tables holding rows that a run of the task would drop or truncate
    /// (engine/task/occupied_targets.h), as "schema.table"; empty when none.
    RequestId readOccupiedTables(const task::TaskRequest &request, QObject *context,
                                 std::function<void(const QStringList &)> onDone,
                                 Failed onFailed = {});
    /// Writes the embedded sports-ticketing sample to path unless a sample with that many
    /// tickets is already there (EngineService::prepareSample); onDone gets the path.
    RequestId prepareSample(const QString &path, qint64 tickets, QObject *context,
                            std::function<void(const QString &)> onDone, Failed onFailed = {});
    /// Starts a task on the engine thread (EngineService::startTask); callbacks as described
    /// at TaskCallbacks.
    RequestId startTask(const task::TaskRequest &request, QObject *context,
                        TaskCallbacks callbacks);
    /// Asks a running task to stop; its onFailed gets ErrorCode::Cancelled once it has stopped
    /// (it can be resumed). Unknown or finished ids are ignored.
    void stopTask(RequestId id);
    /// Cancels a request: its callback gets ErrorCode::Cancelled at once, exactly once (a task
    /// is also asked to stop). Unknown or finished ids are ignored.
    void cancel(RequestId id);

    /// Keyring (engine/core/keyring.h) off the GUI thread. onDone gets the stored secret or the
    /// error (NotSupported: no keyring service running; SecretNotFound: nothing stored;
    /// Cancelled after cancel(id)).
    RequestId readPassword(const std::string &account, QObject *context,
                           std::function<void(const Result<Secret> &)> onDone);
    RequestId storePassword(const std::string &account, const Secret &password, QObject *context,
                            std::function<void(const Result<void> &)> onDone);

    /// The ODBC driver manager's data sources (it reads its files synchronously), off the GUI
    /// thread.
    RequestId listOdbcDataSources(
        QObject *context,
        std::function<void(const Result<std::vector<odbc::OdbcDataSource>> &)> onDone);
    /// Writes a project file (creating its folder) off the GUI thread; onDone gets the project
    /// as written (project::saveProjectFile).
    RequestId saveProject(const project::Project &project, const QString &path, QObject *context,
                          std::function<void(const Result<project::Project> &)> onDone);

    /// Runs work (a blocking call that returns a Result) on the client's workers and hands its
    /// result to onDone on the GUI thread while context lives; cancel(id) answers onDone with
    /// ErrorCode::Cancelled at once. The destructor waits for work still running.
    template<typename T>
    RequestId runOffThread(QObject *context, std::function<Result<T>()> work,
                           std::function<void(const Result<T> &)> onDone);

private:
    struct Pending
    {
        QPointer<QObject> context;
        /// The command's own reply, type-erased: reply<T>() passes a const T* for the T that
        /// add<T>() was given (each command has exactly one reply signal).
        std::function<void(const void *)> onReply;
        Failed onFailed;
        /// Streams of a task (none for other commands).
        std::function<void(const TaskSnapshotPtr &)> onSnapshot;
        std::function<void(const LogBatch &)> onLog;
    };
    RequestId nextRequestId() { return m_nextId++; }
    template<typename T>
    RequestId add(QObject *context, std::function<void(const T &)> onDone, Failed onFailed);
    template<typename T>
    void reply(RequestId id, const T &value);
    void fail(RequestId id, const Error &error);
    std::optional<Pending> take(RequestId id);
    /// The pending task id's entry while its context lives, else nullptr.
    const Pending *stream(RequestId id) const;
    /// Queues work on the workers; deliver runs on the GUI thread afterwards (if the client
    /// still exists).
    void startWorker(std::function<std::function<void()>()> work);
    void connectService();

    EngineService *service() const;

    std::unique_ptr<EngineThread> m_engine;
    std::unique_ptr<QThreadPool> m_workers;
    std::map<RequestId, Pending> m_pending;
    RequestId m_nextId = 1;
};

template<typename T>
RequestId EngineClient::add(QObject *context, std::function<void(const T &)> onDone,
                            Failed onFailed)
{
    Pending pending;
    pending.context = context;
    if (onDone)
        pending.onReply = [onDone = std::move(onDone)](const void *value) {
            onDone(*static_cast<const T *>(value));
        };
    pending.onFailed = std::move(onFailed);
    const RequestId id = nextRequestId();
    m_pending.emplace(id, std::move(pending));
    return id;
}

template<typename T> void EngineClient::reply(RequestId id, const T &value)
{
    if (auto pending = take(id); pending && pending->context && pending->onReply)
        pending->onReply(&value);
}

template<typename T>
RequestId EngineClient::runOffThread(QObject *context, std::function<Result<T>()> work,
                                     std::function<void(const Result<T> &)> onDone)
{
    Failed onFailed;
    if (onDone)
        onFailed = [onDone](const Error &error) { onDone(Result<T>(error)); };
    const RequestId id = add<Result<T>>(context, onDone, std::move(onFailed));
    startWorker([this, id, work = std::move(work)]() -> std::function<void()> {
        auto result = std::make_shared<Result<T>>(work());
        return [this, id, result] { reply(id, *result); };
    });
    return id;
}

} // namespace ferry
