// SPDX-License-Identifier: MIT
#include "engine/task/task_request.h"

#include "engine/core/tr.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

namespace ferry::task {

namespace {

Error projectError(ErrorCode code, const QString &message, const QString &hint)
{
    Error error;
    error.code = code;
    error.action = ErrorAction::FixConfiguration;
    error.message = message.toStdString();
    error.hint = hint.toStdString();
    return error;
}

QString taskNames(const project::Project &project)
{
    QStringList names;
    for (const project::Task &task : project.tasks)
        names << QString::fromStdString(task.name);
    return names.join(QStringLiteral(", "));
}

} // namespace

Result<TaskRequest> taskRequestFromProject(const project::Project &project,
                                           const std::string &taskName,
                                           const std::string &projectDirectory)
{
    const project::Task *task = nullptr;
    if (!taskName.empty()) {
        task = project.findTask(taskName);
        if (!task)
            return projectError(ErrorCode::ProjectInvalid,
                                EngineTr::tr("The project has no task '%1'.")
                                    .arg(QString::fromStdString(taskName)),
                                EngineTr::tr("Choose one of its tasks: %1.")
                                    .arg(taskNames(project)));
    } else if (project.tasks.size() == 1) {
        task = &project.tasks.front();
    } else if (project.tasks.empty()) {
        return projectError(ErrorCode::ProjectInvalid,
                            EngineTr::tr("The project defines no task."),
                            EngineTr::tr("Add one under 'tasks:' naming a source and a target "
                                         "endpoint."));
    } else {
        return projectError(ErrorCode::Usage,
                            EngineTr::tr("The project has several tasks and none was chosen."),
                            EngineTr::tr("Choose one of its tasks: %1.").arg(taskNames(project)));
    }
    const project::Endpoint *source = project.findEndpoint(task->source);
    const project::Endpoint *target = project.findEndpoint(task->target);
    if (!source || !target)
        return projectError(ErrorCode::ProjectInvalid,
                            EngineTr::tr("Task '%1' names the endpoint '%2', which the project "
                                         "does not define.")
                                .arg(QString::fromStdString(task->name),
                                     QString::fromStdString(!source ? task->source
                                                                    : task->target)),
                            EngineTr::tr("Add the endpoint under 'endpoints:' or correct the "
                                         "task."));
    auto sourceSpec = source->connectionSpec(projectDirectory);
    if (!sourceSpec)
        return sourceSpec.error();
    auto targetSpec = target->connectionSpec(projectDirectory);
    if (!targetSpec)
        return targetSpec.error();

    TaskRequest request;
    request.name = task->name;
    request.source = std::move(*sourceSpec);
    request.target = std::move(*targetSpec);
    if (const project::TableMapping *mapping = project.mappingFor(*task))
        request.mapping = *mapping;
    request.settings = project.effectiveSettings(*task);
    request.migrationType = task->migrationType;
    return request;
}

std::string defaultRunDirectory(const std::string &taskName)
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    QString safe = QString::fromStdString(taskName);
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return (base + QStringLiteral("/Ferry/runs/") + safe + QLatin1Char('/')
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))
        .toStdString();
}

} // namespace ferry::task
