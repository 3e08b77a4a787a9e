// SPDX-License-Identifier: MIT
#include "models/engine_client.h"

#include "engine/core/keyring.h"
#include "engine/project/project_file.h"
#include "engine/core/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QThreadPool>

namespace ferry {

namespace {

Error cancelledError()
{
    Error error;
    error.code = ErrorCode::Cancelled;
    error.action = ErrorAction::FixConfiguration;
    error.message = EngineTr::tr("The request was cancelled.").toStdString();
    return error;
}

/// Runs work on the global pool and hands its result to onDone on context's thread, unless
/// context is gone by then.
template<typename T, typename Work>
void runOffThread(QObject *context, Work work, std::function<void(const T &)> onDone)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work),
                                          onDone = std::move(onDone)]() mutable {
        auto result = std::make_shared<T>(work());
        QObject *target = guard.data();
        if (!target)
            return;
        QMetaObject::invokeMethod(
            target,
            [guard, result, onDone = std::move(onDone)] {
                if (guard && onDone)
                    onDone(*result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace

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

template<typename T>
void EngineClient::reply(RequestId id, const T &value)
{
    if (auto pending = take(id); pending && pending->context && pending->onReply)
        pending->onReply(&value);
}

EngineClient::EngineClient(QObject *parent)
    : QObject(parent)
    , m_engine(std::make_unique<EngineThread>())
{
    EngineService *engine = m_engine->service();
    connect(engine, &EngineService::connectionTested, this,
            [this](RequestId id, const ConnectionDiagnosis &diagnosis) { reply(id, diagnosis); });
    connect(engine, &EngineService::catalogRead, this,
            [this](RequestId id, const CatalogPtr &catalog) { reply(id, catalog); });
    connect(engine, &EngineService::exceptionsRead, this,
            [this](RequestId id, const task::ExceptionPagePtr &page) { reply(id, page); });
    connect(engine, &EngineService::exceptionsReapplied, this,
            [this](RequestId id, const task::ReapplyResult &result) { reply(id, result); });
    connect(engine, &EngineService::requestFailed, this, [this](RequestId id, const Error &error) {
        if (auto pending = take(id); pending && pending->context && pending->onFailed)
            pending->onFailed(error);
    });
    connect(engine, &EngineService::requestCancelled, this, [this](RequestId id) {
        if (auto pending = take(id); pending && pending->context && pending->onFailed)
            pending->onFailed(cancelledError());
    });
}

EngineClient::~EngineClient()
{
    m_pending.clear();
    m_engine.reset(); // stops tasks (resumable) and joins the engine thread
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

RequestId EngineClient::testConnection(const ConnectionSpec &spec, EndpointRole role,
                                       QObject *context,
                                       std::function<void(const ConnectionDiagnosis &)> onDone,
                                       Failed onFailed)
{
    const RequestId id = add(context, std::move(onDone), std::move(onFailed));
    QMetaObject::invokeMethod(service(), "testConnection", Qt::QueuedConnection,
                              Q_ARG(ferry::RequestId, id), Q_ARG(ferry::ConnectionSpec, spec),
                              Q_ARG(ferry::EndpointRole, role));
    return id;
}

RequestId EngineClient::readCatalog(const ConnectionSpec &spec, const CatalogFilter &filter,
                                    QObject *context,
                                    std::function<void(const CatalogPtr &)> onDone,
                                    Failed onFailed)
{
    const RequestId id = add(context, std::move(onDone), std::move(onFailed));
    QMetaObject::invokeMethod(service(), "readCatalog", Qt::QueuedConnection,
                              Q_ARG(ferry::RequestId, id), Q_ARG(ferry::ConnectionSpec, spec),
                              Q_ARG(ferry::CatalogFilter, filter));
    return id;
}

RequestId EngineClient::readExceptions(const ConnectionSpec &target, const std::string &taskName,
                                       const task::ExceptionFilter &filter, QObject *context,
                                       std::function<void(const task::ExceptionPagePtr &)> onDone,
                                       Failed onFailed)
{
    const RequestId id = add(context, std::move(onDone), std::move(onFailed));
    QMetaObject::invokeMethod(service(), "readExceptions", Qt::QueuedConnection,
                              Q_ARG(ferry::RequestId, id), Q_ARG(ferry::ConnectionSpec, target),
                              Q_ARG(QString, QString::fromStdString(taskName)),
                              Q_ARG(ferry::task::ExceptionFilter, filter));
    return id;
}

RequestId EngineClient::reapplyExceptions(const ConnectionSpec &target,
                                          const std::string &taskName,
                                          const task::ReapplyRequest &request, QObject *context,
                                          std::function<void(const task::ReapplyResult &)> onDone,
                                          Failed onFailed)
{
    const RequestId id = add(context, std::move(onDone), std::move(onFailed));
    QMetaObject::invokeMethod(service(), "reapplyExceptions", Qt::QueuedConnection,
                              Q_ARG(ferry::RequestId, id), Q_ARG(ferry::ConnectionSpec, target),
                              Q_ARG(QString, QString::fromStdString(taskName)),
                              Q_ARG(ferry::task::ReapplyRequest, request));
    return id;
}

void EngineClient::cancel(RequestId id)
{
    QMetaObject::invokeMethod(service(), "cancel", Qt::QueuedConnection,
                              Q_ARG(ferry::RequestId, id));
    // Answer at once; the service's own requestCancelled then finds nothing pending.
    if (auto pending = take(id); pending && pending->context && pending->onFailed)
        pending->onFailed(cancelledError());
}

void EngineClient::readPassword(const std::string &account, QObject *context,
                                std::function<void(const Result<Secret> &)> onDone)
{
    runOffThread<Result<Secret>>(
        context, [account] { return readKeyringPassword(account); }, std::move(onDone));
}

void EngineClient::storePassword(const std::string &account, const Secret &password,
                                 QObject *context,
                                 std::function<void(const Result<void> &)> onDone)
{
    runOffThread<Result<void>>(
        context, [account, password] { return storeKeyringPassword(account, password); },
        std::move(onDone));
}

void EngineClient::listOdbcDataSources(
    QObject *context,
    std::function<void(const Result<std::vector<odbc::OdbcDataSource>> &)> onDone)
{
    runOffThread<Result<std::vector<odbc::OdbcDataSource>>>(
        context, [] { return odbc::listOdbcDataSources(); }, std::move(onDone));
}

void EngineClient::saveProject(const project::Project &project, const QString &path,
                               QObject *context,
                               std::function<void(const Result<project::Project> &)> onDone)
{
    runOffThread<Result<project::Project>>(
        context,
        [project, path] {
            QDir().mkpath(QFileInfo(path).absolutePath());
            return project::saveProjectFile(project, path.toStdString());
        },
        std::move(onDone));
}

} // namespace ferry
