// SPDX-License-Identifier: MIT
#include "engine/service/engine_service.h"

#include "engine/core/tr.h"
#include "engine/sample/ticketing_sample.h"
#include "engine/task/occupied_targets.h"
#include "engine/task/stored_statistics.h"

#include <QThreadPool>

#include <exception>

namespace ferry {

namespace {

Error internalError(const char *what)
{
    Error error;
    error.code = ErrorCode::Internal;
    error.action = ErrorAction::FailTask;
    error.message = EngineTr::tr("An internal error stopped the request.").toStdString();
    error.detail = what ? what : "";
    error.hint = EngineTr::tr("Please report this as a bug with the log.").toStdString();
    return error;
}

/// The one place that makes a task's runner: the workbench and the CLI both start tasks through
/// startTask, so every task runs the same way.
auto makeTaskRunner(task::TaskRequest request, task::TaskCallbacks callbacks)
{
    return std::make_shared<task::TaskRunner>(std::move(request), std::move(callbacks));
}

} // namespace

EngineService::EngineService(QObject *parent)
    : QObject(parent)
    , m_pool(std::make_unique<QThreadPool>())
{
    setObjectName(QStringLiteral("ferry-engine-service"));
    m_pool->setMaxThreadCount(4);
    m_pool->setObjectName(QStringLiteral("ferry-engine-pool"));
}

namespace {

/// Registers each type with Qt's meta-type system (queued signal arguments).
template<typename... Types> void registerTypes() { (qRegisterMetaType<Types>(), ...); }

} // namespace

EngineService::~EngineService()
{
    shutdown();
}

void EngineService::registerMetaTypes()
{
    qRegisterMetaType<ferry::RequestId>("ferry::RequestId");
    registerTypes<ConnectionSpec, CatalogFilter, ConnectionDiagnosis, CatalogPtr, Error,
                  EndpointRole, task::TaskRequest, task::TaskSnapshot, task::LogLine,
                  task::TaskOutcome, TaskSnapshotPtr, LogBatch, TaskOutcomePtr,
                  task::ExceptionFilter, task::ExceptionPagePtr, task::ReapplyRequest,
                  task::ReapplyResult>();
}

void EngineService::shutdown()
{
    {
        std::lock_guard lock(m_mutex);
        m_running.clear(); // late results are dropped
        for (auto &[id, flag] : m_cancelFlags)
            flag->store(true);
        m_cancelFlags.clear();
    }
    for (auto &[id, running] : m_tasks)
        running.stop();
    for (auto &[id, running] : m_tasks) {
        if (running.thread.joinable())
            running.thread.join();
    }
    m_tasks.clear();
    m_pool->waitForDone(30000);
}

bool EngineService::finish(RequestId id)
{
    std::lock_guard lock(m_mutex);
    return m_running.erase(id) > 0;
}

template<typename Work, typename Deliver>
void EngineService::runAsync(RequestId id, Work work, Deliver deliver)
{
    {
        std::lock_guard lock(m_mutex);
        m_running.insert(id);
    }
    m_pool->start([this, id, work = std::move(work), deliver = std::move(deliver)]() mutable {
        try {
            auto result = work();
            QMetaObject::invokeMethod(
                this,
                [this, id, deliver = std::move(deliver), result = std::move(result)]() mutable {
                    if (finish(id))
                        deliver(std::move(result));
                },
                Qt::QueuedConnection);
        } catch (const std::exception &exception) {
            const Error error = internalError(exception.what());
            QMetaObject::invokeMethod(
                this, [this, id, error] { if (finish(id)) emit requestFailed(id, error); },
                Qt::QueuedConnection);
        } catch (...) {
            const Error error = internalError(nullptr);
            QMetaObject::invokeMethod(
                this, [this, id, error] { if (finish(id)) emit requestFailed(id, error); },
                Qt::QueuedConnection);
        }
    });
}

void EngineService::testConnection(RequestId id, const ConnectionSpec &spec, EndpointRole role)
{
    runAsync(
        id, [spec, role] { return makeEndpoint(spec)->testConnection(role); },
        [this, id](ConnectionDiagnosis diagnosis) { emit connectionTested(id, diagnosis); });
}

void EngineService::readCatalog(RequestId id, const ConnectionSpec &spec,
                                const CatalogFilter &filter)
{
    runAsync(
        id, [spec, filter] { return makeEndpoint(spec)->readCatalog(filter); },
        [this, id](Result<Catalog> catalog) {
            if (catalog.ok())
                emit catalogRead(id, std::make_shared<const Catalog>(std::move(catalog).value()));
            else
                emit requestFailed(id, catalog.error());
        });
}

void EngineService::LogChannel::add(const task::LogLine &line)
{
    std::lock_guard lock(mutex);
    lines.push_back(line);
}

LogBatch EngineService::LogChannel::take()
{
    std::vector<task::LogLine> taken;
    {
        std::lock_guard lock(mutex);
        taken.swap(lines);
    }
    if (taken.empty())
        return nullptr;
    return std::make_shared<const std::vector<task::LogLine>>(std::move(taken));
}

task::TaskCallbacks EngineService::taskCallbacks(RequestId id,
                                                 const std::shared_ptr<LogChannel> &channel)
{
    task::TaskCallbacks callbacks;
    // Log lines come from any of the runner's threads: they wait in the channel for the next
    // snapshot tick, so the engine and GUI threads see one event per tick, not one per line.
    callbacks.log = [channel](const task::LogLine &line) { channel->add(line); };
    // Snapshots come from the runner's sampler thread: posted here with the lines before them.
    callbacks.snapshot = [this, id, channel](const task::TaskSnapshot &snapshot) {
        TaskSnapshotPtr shared = std::make_shared<const task::TaskSnapshot>(snapshot);
        LogBatch lines = channel->take();
        QMetaObject::invokeMethod(
            this,
            [this, id, shared = std::move(shared), lines = std::move(lines)] {
                if (lines)
                    emit taskLog(id, lines);
                emit taskSnapshot(id, shared);
            },
            Qt::QueuedConnection);
    };
    return callbacks;
}

void EngineService::startTask(RequestId id, const task::TaskRequest &request)
{
    {
        std::lock_guard lock(m_mutex);
        m_running.insert(id);
    }
    auto channel = std::make_shared<LogChannel>();
    auto runner = makeTaskRunner(request, taskCallbacks(id, channel));
    RunningTask &running = m_tasks[id];
    running.stop = [runner] { runner->stop(); };
    running.thread = std::thread([this, id, runner, channel] {
        Result<task::TaskOutcome> outcome = internalError(nullptr);
        try {
            outcome = runner->run();
        } catch (const std::exception &exception) {
            outcome = internalError(exception.what());
        } catch (...) {
            outcome = internalError(nullptr);
        }
        // Every runner thread has ended: the channel holds the last lines.
        QMetaObject::invokeMethod(
            this,
            [this, id, outcome = std::move(outcome), rest = channel->take()]() mutable {
                endTask(id, std::move(outcome), rest);
            },
            Qt::QueuedConnection);
    });
}

void EngineService::endTask(RequestId id, Result<task::TaskOutcome> outcome, const LogBatch &rest)
{
    auto found = m_tasks.find(id);
    if (found != m_tasks.end()) {
        if (found->second.thread.joinable())
            found->second.thread.join();
        m_tasks.erase(found);
    }
    finish(id);
    if (rest)
        emit taskLog(id, rest);
    if (outcome.ok())
        emit taskFinished(id,
                          std::make_shared<const task::TaskOutcome>(std::move(outcome).value()));
    else if (outcome.error().code == ErrorCode::Cancelled)
        emit requestCancelled(id, outcome.error());
    else
        emit requestFailed(id, outcome.error());
}

void EngineService::prepareSample(RequestId id, const QString &path, qint64 tickets)
{
    runAsync(
        id,
        [path, tickets] {
            const std::string file = path.toStdString();
            if (sample::sampleTicketCount(file) == tickets)
                return Result<void>();
            return sample::generateTicketingSample(file, tickets);
        },
        [this, id, path](Result<void> result) {
            if (result.ok())
                emit sampleReady(id, path);
            else
                emit requestFailed(id, result.error());
        });
}

void EngineService::readExceptions(RequestId id, const ConnectionSpec &target,
                                   const QString &taskName, const task::ExceptionFilter &filter)
{
    runAsync(
        id,
        [target, name = taskName.toStdString(), filter] {
            return task::readExceptions(target, name, filter);
        },
        [this, id](Result<task::ExceptionPage> page) {
            if (page.ok())
                emit exceptionsRead(id, std::make_shared<const task::ExceptionPage>(
                                            std::move(page).value()));
            else
                emit requestFailed(id, page.error());
        });
}

void EngineService::readStoredStatistics(RequestId id, const ConnectionSpec &target,
                                         const QString &taskName,
                                         const project::TaskSettings &settings)
{
    runAsync(
        id,
        [target, name = taskName.toStdString(), settings] {
            return task::readStoredStatistics(target, name, settings);
        },
        [this, id](Result<std::optional<task::TaskSnapshot>> stored) {
            if (!stored.ok()) {
                emit requestFailed(id, stored.error());
                return;
            }
            TaskSnapshotPtr snapshot;
            if (stored.value())
                snapshot = std::make_shared<const task::TaskSnapshot>(std::move(*stored.value()));
            emit storedStatisticsRead(id, snapshot);
        });
}

void EngineService::readOccupiedTables(RequestId id, const task::TaskRequest &request)
{
    runAsync(
        id, [request] { return task::occupiedTargetTables(request); },
        [this, id](Result<std::vector<task::OccupiedTable>> occupied) {
            if (!occupied.ok()) {
                emit requestFailed(id, occupied.error());
                return;
            }
            QStringList names;
            for (const task::OccupiedTable &table : occupied.value())
                names.append(QString::fromStdString(
                    table.schema.empty() ? table.table : table.schema + '.' + table.table));
            emit occupiedTablesRead(id, names);
        });
}

void EngineService::reapplyExceptions(RequestId id, const ConnectionSpec &target,
                                      const QString &taskName,
                                      const task::ReapplyRequest &request)
{
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    {
        std::lock_guard lock(m_mutex);
        m_cancelFlags[id] = cancelled;
    }
    runAsync(
        id,
        [this, id, target, name = taskName.toStdString(), request, cancelled] {
            auto result = task::reapplyExceptions(target, name, request, cancelled.get());
            std::lock_guard lock(m_mutex);
            m_cancelFlags.erase(id);
            return result;
        },
        [this, id](Result<task::ReapplyResult> result) {
            if (result.ok())
                emit exceptionsReapplied(id, result.value());
            else if (result.error().code == ErrorCode::Cancelled)
                emit requestCancelled(id, result.error());
            else
                emit requestFailed(id, result.error());
        });
}

void EngineService::stopTask(RequestId id)
{
    auto found = m_tasks.find(id);
    if (found != m_tasks.end())
        found->second.stop();
}

void EngineService::cancel(RequestId id)
{
    if (m_tasks.count(id)) {
        stopTask(id); // replies requestCancelled once the task has stopped
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        if (auto flag = m_cancelFlags.find(id); flag != m_cancelFlags.end()) {
            flag->second->store(true);
            m_cancelFlags.erase(flag);
        }
    }
    if (finish(id))
        emit requestCancelled(id, cancelledError());
}

EngineThread::EngineThread()
{
    EngineService::registerMetaTypes();
    m_thread.setObjectName(QStringLiteral("ferry-engine"));
    m_service = new EngineService;
    m_service->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_service, &QObject::deleteLater);
    m_thread.start();
}

EngineThread::~EngineThread()
{
    QMetaObject::invokeMethod(m_service, &EngineService::shutdown, Qt::QueuedConnection);
    m_thread.quit();
    if (!m_thread.wait(60000))
        qWarning("ferry: the engine thread did not stop within 60 s");
}

} // namespace ferry
