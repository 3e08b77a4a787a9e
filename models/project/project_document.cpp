// SPDX-License-Identifier: MIT
#include "models/project/project_document.h"

#include "engine/project/project_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>

namespace ferry {

/// One undoable change of the project: both whole values (projects are small).
class ProjectEditCommand : public QUndoCommand
{
public:
    ProjectEditCommand(ProjectDocument *document, const QString &text, project::Project before,
                       project::Project after)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { m_document->apply(m_before); }
    void redo() override { m_document->apply(m_after); }

private:
    ProjectDocument *m_document;
    project::Project m_before;
    project::Project m_after;
};

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool) { emit modifiedChanged(isModified()); });
}

ProjectDocument::~ProjectDocument() = default;

std::string ProjectDocument::directory() const
{
    if (m_filePath.isEmpty())
        return QDir::currentPath().toStdString();
    return QFileInfo(m_filePath).absolutePath().toStdString();
}

bool ProjectDocument::isModified() const
{
    return m_open && (m_unsavedNew || !m_undo->isClean());
}

void ProjectDocument::reset(const project::Project &project, const QString &filePath,
                            bool modified)
{
    m_undo->clear();
    m_passwords.clear();
    m_project = project;
    m_open = true;
    m_unsavedNew = modified || filePath.isEmpty();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    emit projectChanged();
    emit modifiedChanged(isModified());
}

Result<void> ProjectDocument::open(const QString &path, project::LoadReport *report)
{
    auto loaded = project::loadProjectFile(QFileInfo(path).absoluteFilePath().toStdString(),
                                           report);
    if (!loaded)
        return loaded.error();
    reset(*loaded, QFileInfo(path).absoluteFilePath(), false);
    return {};
}

Result<void> ProjectDocument::save()
{
    return saveAs(m_filePath);
}

Result<void> ProjectDocument::saveAs(const QString &path)
{
    if (path.isEmpty()) {
        Error error;
        error.code = ErrorCode::Usage;
        error.action = ErrorAction::FixConfiguration;
        error.message = QCoreApplication::translate("ferry::ProjectDocument",
                                                    "The project has no file yet.")
                            .toStdString();
        error.hint = QCoreApplication::translate("ferry::ProjectDocument",
                                                 "Use File > Save As to choose one.")
                         .toStdString();
        return error;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto saved = project::saveProjectFile(m_project, absolute.toStdString());
    if (!saved)
        return saved.error();
    m_project = std::move(*saved); // keeps the new origin for the next save
    m_unsavedNew = false;
    m_undo->setClean();
    if (m_filePath != absolute) {
        m_filePath = absolute;
        emit filePathChanged(m_filePath);
    }
    emit modifiedChanged(isModified());
    return {};
}

void ProjectDocument::close()
{
    m_undo->clear();
    m_passwords.clear();
    m_project = {};
    m_open = false;
    m_unsavedNew = false;
    m_filePath.clear();
    emit filePathChanged(m_filePath);
    emit projectChanged();
    emit modifiedChanged(false);
}

void ProjectDocument::apply(const project::Project &project)
{
    // Keep the origin of the file on disk: saving then preserves untouched sections.
    std::shared_ptr<const project::ProjectOrigin> origin = m_project.origin;
    m_project = project;
    m_project.origin = origin;
    emit projectChanged();
}

void ProjectDocument::edit(const QString &text, const project::Project &after)
{
    if (!m_open || after == m_project)
        return;
    m_undo->push(new ProjectEditCommand(this, text, m_project, after));
}

void ProjectDocument::addEndpoint(const project::Endpoint &endpoint)
{
    project::Project after = m_project;
    after.endpoints.push_back(endpoint);
    edit(tr("Add endpoint %1").arg(QString::fromStdString(endpoint.name)), after);
}

void ProjectDocument::replaceEndpoint(const std::string &name,
                                      const project::Endpoint &endpoint)
{
    project::Project after = m_project;
    project::Endpoint *existing = after.findEndpoint(name);
    if (!existing)
        return;
    *existing = endpoint;
    if (endpoint.name != name) {
        for (project::Task &task : after.tasks) {
            if (task.source == name)
                task.source = endpoint.name;
            if (task.target == name)
                task.target = endpoint.name;
        }
    }
    edit(tr("Edit endpoint %1").arg(QString::fromStdString(endpoint.name)), after);
}

void ProjectDocument::removeEndpoint(const std::string &name)
{
    project::Project after = m_project;
    std::erase_if(after.endpoints, [&](const project::Endpoint &e) { return e.name == name; });
    edit(tr("Remove endpoint %1").arg(QString::fromStdString(name)), after);
}

void ProjectDocument::addTask(const project::Task &task)
{
    project::Project after = m_project;
    after.tasks.push_back(task);
    edit(tr("Add task %1").arg(QString::fromStdString(task.name)), after);
}

void ProjectDocument::removeTask(const std::string &name)
{
    project::Project after = m_project;
    std::erase_if(after.tasks, [&](const project::Task &t) { return t.name == name; });
    edit(tr("Remove task %1").arg(QString::fromStdString(name)), after);
}

void ProjectDocument::setTaskMapping(const std::string &taskName,
                                     const project::TableMapping &mapping)
{
    project::Project after = m_project;
    auto it = std::find_if(after.tasks.begin(), after.tasks.end(),
                           [&](const project::Task &t) { return t.name == taskName; });
    if (it == after.tasks.end())
        return;
    it->mappingName.clear();
    if (mapping.rules.empty())
        it->inlineMapping.reset();
    else
        it->inlineMapping = mapping;
    edit(tr("Edit mapping of task %1").arg(QString::fromStdString(taskName)), after);
}

void ProjectDocument::setPassword(const std::string &endpointName, const Secret &password)
{
    m_passwords[endpointName] = password;
}

void ProjectDocument::forgetPassword(const std::string &endpointName)
{
    m_passwords.erase(endpointName);
}

const Secret *ProjectDocument::password(const std::string &endpointName) const
{
    auto it = m_passwords.find(endpointName);
    return it == m_passwords.end() ? nullptr : &it->second;
}

} // namespace ferry
