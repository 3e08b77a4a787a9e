// SPDX-License-Identifier: MIT
#pragma once

#include "engine/catalog/catalog.h"
#include "engine/core/connection_spec.h"
#include "engine/connectors/endpoint.h"
#include "engine/core/error.h"
#include "engine/task/exceptions.h"
#include "engine/task/task_runner.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

class QThreadPool;

namespace ferry {

using RequestId = quint64;
using CatalogPtr = std::shared_ptr<const Catalog>;
/// A task snapshot shared by every receiver (immutable once built, never copied per receiver).
using TaskSnapshotPtr = std::shared_ptr<const task::TaskSnapshot>;
/// A task's log lines since the previous batch, oldest first (STYLE §3: batched, not one signal
/// per line).
using LogBatch = std::shared_ptr<const std::vector<task::LogLine>>;
using TaskOutcomePtr = std::shared_ptr<const task::TaskOutcome>;

/**
 * The engine's facade (DESIGN §2, STYLE §3). One instance lives on the engine thread for the
 * application's lifetime; the GUI (through the models layer's EngineClient) and the CLI
 * (app/cli/engine_session.h) send it commands as typed queued calls
 * (QMetaObject::invokeMethod with a callable) and receive exactly one terminal reply per
 * command, carrying the same RequestId: the command's own reply signal, requestFailed, or
 * requestCancelled.
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
    /// Starts a task on its own threads (the one path for the workbench and the CLI). While it
    /// runs, each snapshot tick (the task's snapshot rate, 4 Hz by default) emits taskLog(id,
    /// batch) with the log lines logged since the previous tick (when there are any) and then
    /// taskSnapshot(id, snapshot); the lines logged after the last tick come as one more
    /// taskLog batch just before the terminal reply, so every line arrives once, in order. It
    /// ends with taskFinished(id, outcome), requestFailed(id, error), or requestCancelled(id,
    /// reason) after stopTask/cancel (the task is then resumable).
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
    /// Reads the statistics of a task's last run from its target's control tables
    /// (engine/task/stored_statistics.h); replies storedStatisticsRead(id, snapshot), with a
    /// null snapshot when the task has not run on this target, or requestFailed.
    void readStoredStatistics(ferry::RequestId id, const ferry::ConnectionSpec &target,
                              const QString &taskName,
                              const ferry::project::TaskSettings &settings);
    /// The target tables of a task that hold rows a run would drop or truncate
    /// (engine/task/occupied_targets.h), as "schema.table" ("table" on SQLite); replies
    /// occupiedTablesRead(id, names) or requestFailed.
    void readOccupiedTables(ferry::RequestId id, const ferry::task::TaskRequest &request);
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
    /// The request was cancelled (cancel, or a task stopped): reason has ErrorCode::Cancelled
    /// and says what happened ("Task x was stopped; run it again with --resume to continue.").
    void requestCancelled(ferry::RequestId id, const ferry::Error &reason);
    void sampleReady(ferry::RequestId id, const QString &path);
    void taskSnapshot(ferry::RequestId id, const ferry::TaskSnapshotPtr &snapshot);
    void taskLog(ferry::RequestId id, const ferry::LogBatch &lines);
    void taskFinished(ferry::RequestId id, const ferry::TaskOutcomePtr &outcome);
    void exceptionsRead(ferry::RequestId id, const ferry::task::ExceptionPagePtr &page);
    void exceptionsReapplied(ferry::RequestId id, const ferry::task::ReapplyResult &result);
    void storedStatisticsRead(ferry::RequestId id, const ferry::TaskSnapshotPtr &snapshot);
    void occupiedTablesRead(ferry::RequestId id, const QStringList &tables);

private:
    /// Runs work on the pool and posts deliver() back to this object's thread, unless the
    /// request was cancelled meanwhile.
    template<typename Work, typename Deliver>
    void runAsync(RequestId id, Work work, Deliver deliver);
    bool finish(RequestId id); ///< true if id was running (not cancelled); removes it

    std::unique_ptr<QThreadPool> m_pool;
    std::mutex m_mutex;
    std::set<RequestId> m_running;

    /// Log lines a running task logged since its last snapshot tick; shared with the task's
    /// threads.
    struct LogChannel
    {
        std::mutex mutex;
        std::vector<task::LogLine> lines;
        void add(const task::LogLine &line);
        LogBatch take(); ///< null when there are none
    };
    /// The task's callbacks: log lines collected, each snapshot posted here with its batch.
    task::TaskCallbacks taskCallbacks(RequestId id, const std::shared_ptr<LogChannel> &channel);
    void endTask(RequestId id, Result<task::TaskOutcome> outcome, const LogBatch &rest);

    struct RunningTask
    {
        std::function<void()> stop; ///< asks the runner to stop; any thread
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
Q_DECLARE_METATYPE(ferry::TaskSnapshotPtr)
Q_DECLARE_METATYPE(ferry::LogBatch)
Q_DECLARE_METATYPE(ferry::TaskOutcomePtr)
