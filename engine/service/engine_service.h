// SPDX-License-Identifier: MIT
#pragma once

#include "engine/catalog/catalog.h"
#include "engine/core/connection_spec.h"
#include "engine/connectors/endpoint.h"
#include "engine/core/error.h"
#include "engine/task/exceptions.h"
#include "engine/task/full_load_runner.h"

#include <QMetaType>
#include <QObject>
#include <QThread>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

class QThreadPool;

namespace ferry {

using RequestId = quint64;
using CatalogPtr = std::shared_ptr<const Catalog>;

/**
 * The engine's facade (DESIGN §2, STYLE §3). One instance lives on the engine thread for the
 * application's lifetime; the GUI (through the models layer's client) and the CLI send it
 * commands as queued calls and receive exactly one terminal reply per command, carrying the
 * same RequestId: the command's own reply signal, requestFailed, or requestCancelled.
 *
 * Thread: its slots run on the engine thread; blocking work (connecting, reading catalogs)
 * runs on a private worker pool, so commands and cancels are picked up at once.
 * Errors: replies carry an Error value; nothing throws out of a slot.
 */
class EngineService : public QObject
{
    Q_OBJECT

public:
    explicit EngineService(QObject *parent = nullptr);
    ~EngineService() override;

    /// Registers the value types that cross threads. Call once before any queued connection.
    static void registerMetaTypes();

public slots:
    void testConnection(ferry::RequestId id, const ferry::ConnectionSpec &spec,
                        ferry::EndpointRole role);
    void readCatalog(ferry::RequestId id, const ferry::ConnectionSpec &spec,
                     const ferry::CatalogFilter &filter);
    /// Starts a full-load task on its own threads. While it runs, taskSnapshot(id, ...) arrives
    /// at the task's snapshot rate and taskLog(id, ...) for each log line; it ends with
    /// taskFinished(id, outcome), requestFailed(id, error), or requestCancelled(id) after
    /// stopTask/cancel (the task is then resumable).
    void startTask(ferry::RequestId id, const ferry::task::TaskRequest &request);
    /// Writes the embedded sports-ticketing sample to path (engine/sample) unless a sample with
    /// that many tickets is already there; replies sampleReady(id, path) or requestFailed.
    void prepareSample(ferry::RequestId id, const QString &path, qint64 tickets);
    /// Reads a page of a task's rejected rows from the target's control tables
    /// (engine/task/exceptions.h); replies exceptionsRead(id, page) or requestFailed.
    void readExceptions(ferry::RequestId id, const ferry::ConnectionSpec &target,
                        const QString &taskName, const ferry::task::ExceptionFilter &filter);
    /// Writes rejected rows, with the user's fixes, into their target tables (one transaction
    /// per table); replies exceptionsReapplied(id, result) with an outcome per row,
    /// requestFailed, or requestCancelled (cancel(id) also stops it between tables).
    void reapplyExceptions(ferry::RequestId id, const ferry::ConnectionSpec &target,
                           const QString &taskName, const ferry::task::ReapplyRequest &request);
    /// Stops a running task (same as cancel(id) for tasks).
    void stopTask(ferry::RequestId id);
    /// Replies requestCancelled(id) at once if the request is still running; its late result
    /// is dropped. Unknown or finished ids are ignored. A task is stopped, and replies
    /// requestCancelled when it has stopped.
    void cancel(ferry::RequestId id);
    /// Waits (bounded) for running workers; call before destroying the service's thread.
    void shutdown();

signals:
    void connectionTested(ferry::RequestId id, const ferry::ConnectionDiagnosis &diagnosis);
    void catalogRead(ferry::RequestId id, const ferry::CatalogPtr &catalog);
    void requestFailed(ferry::RequestId id, const ferry::Error &error);
    void requestCancelled(ferry::RequestId id);
    void sampleReady(ferry::RequestId id, const QString &path);
    void taskSnapshot(ferry::RequestId id, const ferry::task::TaskSnapshot &snapshot);
    void taskLog(ferry::RequestId id, const ferry::task::LogLine &line);
    void taskFinished(ferry::RequestId id, const ferry::task::TaskOutcome &outcome);
    void exceptionsRead(ferry::RequestId id, const ferry::task::ExceptionPagePtr &page);
    void exceptionsReapplied(ferry::RequestId id, const ferry::task::ReapplyResult &result);

private:
    /// Runs work on the pool and posts deliver() back to this object's thread, unless the
    /// request was cancelled meanwhile.
    template<typename Work, typename Deliver>
    void runAsync(RequestId id, Work work, Deliver deliver);
    bool finish(RequestId id); ///< true if id was running (not cancelled); removes it

    std::unique_ptr<QThreadPool> m_pool;
    std::mutex m_mutex;
    std::set<RequestId> m_running;

    struct RunningTask
    {
        std::shared_ptr<task::FullLoadRunner> runner;
        std::thread thread;
    };
    std::map<RequestId, RunningTask> m_tasks; ///< touched on the engine thread only
    /// Cancel flags of pool work that checks one (re-applying exceptions); under m_mutex.
    std::map<RequestId, std::shared_ptr<std::atomic<bool>>> m_cancelFlags;
};

/**
 * Owns the engine thread and the EngineService on it. Destroying it cancels, quits and joins.
 * Thread: created and destroyed on the application's main thread.
 */
class EngineThread
{
public:
    EngineThread();
    ~EngineThread();
    EngineThread(const EngineThread &) = delete;
    EngineThread &operator=(const EngineThread &) = delete;

    EngineService *service() const { return m_service; }

private:
    QThread m_thread;
    EngineService *m_service = nullptr;
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::ConnectionSpec)
Q_DECLARE_METATYPE(ferry::CatalogFilter)
Q_DECLARE_METATYPE(ferry::ConnectionDiagnosis)
Q_DECLARE_METATYPE(ferry::CatalogPtr)
Q_DECLARE_METATYPE(ferry::Error)
Q_DECLARE_METATYPE(ferry::EndpointRole)
Q_DECLARE_METATYPE(ferry::task::TaskRequest)
Q_DECLARE_METATYPE(ferry::task::LogLine)
Q_DECLARE_METATYPE(ferry::task::TaskOutcome)
