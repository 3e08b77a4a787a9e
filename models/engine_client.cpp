// SPDX-License-Identifier: MIT
#include "models/engine_client.h"

#include "engine/core/keyring.h"
#include "engine/project/project_file.h"

#include <QDir>
#include <QFileInfo>

namespace ferry {

EngineClient::EngineClient(QObject *parent)
    : QObject(parent)
    , m_engine(std::make_unique<EngineThread>())
    , m_workers(std::make_unique<QThreadPool>())
{
    m_workers->setObjectName(QStringLiteral("ferry-client-worker"));
    m_workers->setMaxThreadCount(2);
    connectService();
}

EngineClient::~EngineClient()
{
    m_pending.clear();
    // Work already running finishes (a libsecret call cannot be interrupted); its result is
    // posted to this object and dropped with it.
    m_workers->clear();
    m_workers->waitForDone();
    m_engine.reset(); // stops tasks (resumable) and joins the engine thread
}

void EngineClient::connectService()
{
    EngineService *engine = service();
    connect(engine, &EngineService::connectionTested, this,
            [this](RequestId id, const ConnectionDiagnosis &diagnosis) { reply(id, diagnosis); });
    connect(engine, &EngineService::catalogRead, this,
            [this](RequestId id, const CatalogPtr &catalog) { reply(id, catalog); });
    connect(engine, &EngineService::exceptionsRead, this,
            [this](RequestId id, const task::ExceptionPagePtr &page) { reply(id, page); });
    connect(engine, &EngineService::exceptionsReapplied, this,
            [this](RequestId id, const task::ReapplyResult &result) { reply(id, result); });
    connect(engine, &EngineService::storedStatisticsRead, this,
            [this](RequestId id, const TaskSnapshotPtr &snapshot) { reply(id, snapshot); });
    connect(engine, &EngineService::occupiedTablesRead, this,
            [this](RequestId id, const QStringList &tables) { reply(id, tables); });
    connect(engine, &EngineService::sampleReady, this,
            [this](RequestId id, const QString &path) { reply(id, path); });
    connect(engine, &EngineService::taskSnapshot, this,
            [this](RequestId id, const TaskSnapshotPtr &snapshot) {
                if (const Pending *task = stream(id); task && task->onSnapshot)
                    task->onSnapshot(snapshot);
            });
    connect(engine, &EngineService::taskLog, this, [this](RequestId id, const LogBatch &lines) {
        if (const Pending *task = stream(id); task && task->onLog)
            task->onLog(lines);
    });
    connect(engine, &EngineService::taskFinished, this,
            [this](RequestId id, const TaskOutcomePtr &outcome) { reply(id, outcome); });
    connect(engine, &EngineService::requestFailed, this,
            [this](RequestId id, const Error &error) { fail(id, error); });
    connect(engine, &EngineService::requestCancelled, this,
            [this](RequestId id, const Error &reason) { fail(id, reason); });
}

EngineService *EngineClient::service() const
{
    return m_engine->service();
}

std::optional<EngineClient::Pending> EngineClient::take(RequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return std::nullopt;
    Pending pending = std::move(it->second);
    m_pending.erase(it);
    return pending;
}

const EngineClient::Pending *EngineClient::stream(RequestId id) const
{
    auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second.context)
        return nullptr;
    return &it->second;
}

void EngineClient::fail(RequestId id, const Error &error)
{
    if (auto pending = take(id); pending && pending->context && pending->onFailed)
        pending->onFailed(error);
}

void EngineClient::startWorker(std::function<std::function<void()>()> work)
{
    m_workers->start([this, work = std::move(work)] {
        std::function<void()> deliver = work();
        // The destructor waits for this worker, so `this` is alive here; the posted call is
        // dropped with the client if it is being destroyed.
        QMetaObject::invokeMethod(this, std::move(deliver), Qt::QueuedConnection);
    });
}

RequestId EngineClient::testConnection(const ConnectionSpec &spec, EndpointRole role,
                                       QObject *context,
                                       std::function<void(const ConnectionDiagnosis &)> onDone,
                                       Failed onFailed)
{
    const RequestId id = add(context, std::move(onDone), std::move(onFailed));
    QMetaObject::invokeMethod(
        service(),
        [service = service(), id, spec, role] { service->testConnection(id, spec, role); },
        Qt::QueuedConnection);
    return id;
}

RequestId EngineClient::readCatalog(const ConnectionSpec &spec, const CatalogFilter &filter,
                                    QObject *context,
                                    std::function<void(const CatalogPtr &)> onDone,
                                    Failed onFailed)
{
    const RequestId id = add(context, std::move(onDone), std::move(onFailed));
    QMetaObject::invokeMethod(
        service(),
        [service = service(), id, spec, filter] { service->readCatalog(id, spec, filter); },
        Qt::QueuedConnection);
    return id;
}

RequestId EngineClient::readExceptions(const ConnectionSpec &target, const std::string &taskName,
                                       const task::ExceptionFilter &filter, QObject *context,
                                       std::function<void(const task::ExceptionPagePtr &)> onDone,
                                       Failed onFailed)
{
    const RequestId id = add(context, std::move(onDone), std::move(onFailed));
    QMetaObject::invokeMethod(
        service(),
        [service = service(), id, target, name = QString::fromStdString(taskName), filter] {
            service->readExceptions(id, target, name, filter);
        },
        Qt::QueuedConnection);
    return id;
}

RequestId EngineClient::reapplyExceptions(const ConnectionSpec &target,
                                          const std::string &taskName,
                                          const task::ReapplyRequest &request, QObject *context,
                                          std::function<void(const task::ReapplyResult &)> onDone,
                                          Failed onFailed)
{
    const RequestId id = add(context, std::move(onDone), std::move(onFailed));
    QMetaObject::invokeMethod(
        service(),
        [service = service(), id, target, name = QString::fromStdString(taskName), request] {
            service->reapplyExceptions(id, target, name, request);
        },
        Qt::QueuedConnection);
    return id;
}

RequestId EngineClient::readStoredStatistics(const ConnectionSpec &target,
                                             const std::string &taskName,
                                             const project::TaskSettings &settings,
                                             QObject *context,
                                             std::function<void(const TaskSnapshotPtr &)> onDone,
                                             Failed onFailed)
{
    const RequestId id = add(context, std::move(onDone), std::move(onFailed));
    QMetaObject::invokeMethod(
        service(),
        [service = service(), id, target, name = QString::fromStdString(taskName), settings] {
            service->readStoredStatistics(id, target, name, settings);
        },
        Qt::QueuedConnection);
    return id;
}

RequestId EngineClient::readOccupiedTables(const task::TaskRequest &request, QObject *context,
                                           std::function<void(const QStringList &)> onDone,
                                           Failed onFailed)
{
    const RequestId id = add(context, std::move(onDone), std::move(onFailed));
    QMetaObject::invokeMethod(
        service(), [service = service(), id, request] { service->readOccupiedTables(id, request); },
        Qt::QueuedConnection);
    return id;
}

RequestId EngineClient::prepareSample(const QString &path, qint64 tickets, QObject *context,
                                      std::function<void(const QString &)> onDone, Failed onFailed)
{
    const RequestId id = add(context, std::move(onDone), std::move(onFailed));
    QMetaObject::invokeMethod(
        service(),
        [service = service(), id, path, tickets] { service->prepareSample(id, path, tickets); },
        Qt::QueuedConnection);
    return id;
}

RequestId EngineClient::startTask(const task::TaskRequest &request, QObject *context,
                                  TaskCallbacks callbacks)
{
    const RequestId id = add(context, std::move(callbacks.onDone), std::move(callbacks.onFailed));
    Pending &pending = m_pending.at(id);
    pending.onSnapshot = std::move(callbacks.onSnapshot);
    pending.onLog = std::move(callbacks.onLog);
    QMetaObject::invokeMethod(
        service(), [service = service(), id, request] { service->startTask(id, request); },
        Qt::QueuedConnection);
    return id;
}

void EngineClient::stopTask(RequestId id)
{
    if (!m_pending.count(id))
        return;
    QMetaObject::invokeMethod(
        service(), [service = service(), id] { service->stopTask(id); }, Qt::QueuedConnection);
}

void EngineClient::cancel(RequestId id)
{
    if (!m_pending.count(id))
        return;
    QMetaObject::invokeMethod(
        service(), [service = service(), id] { service->cancel(id); }, Qt::QueuedConnection);
    // Answer at once; the service's own reply then finds nothing pending.
    fail(id, cancelledError());
}

RequestId EngineClient::readPassword(const std::string &account, QObject *context,
                                     std::function<void(const Result<Secret> &)> onDone)
{
    return runOffThread<Secret>(
        context, [account] { return readKeyringPassword(account); }, std::move(onDone));
}

RequestId EngineClient::storePassword(const std::string &account, const Secret &password,
                                      QObject *context,
                                      std::function<void(const Result<void> &)> onDone)
{
    return runOffThread<void>(
        context, [account, password] { return storeKeyringPassword(account, password); },
        std::move(onDone));
}

RequestId EngineClient::listOdbcDataSources(
    QObject *context, std::function<void(const Result<std::vector<odbc::OdbcDataSource>> &)> onDone)
{
    return runOffThread<std::vector<odbc::OdbcDataSource>>(
        context, [] { return odbc::listOdbcDataSources(); }, std::move(onDone));
}

RequestId EngineClient::saveProject(const project::Project &project, const QString &path,
                                    QObject *context,
                                    std::function<void(const Result<project::Project> &)> onDone)
{
    return runOffThread<project::Project>(
        context,
        [project, path] {
            QDir().mkpath(QFileInfo(path).absolutePath());
            return project::saveProjectFile(project, path.toStdString());
        },
        std::move(onDone));
}

} // namespace ferry
