// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"
#include "engine/core/secret.h"
#include "engine/project/project.h"
#include "engine/project/project_file.h"

#include <QObject>
#include <QString>

#include <map>
#include <string>

class QUndoStack;

namespace ferry {

/**
 * The project being edited in the workbench: the Project value, the file it came from, and an
 * undo stack through which every edit goes (STYLE §5), so every view updates and undo works.
 * The document is modified when the undo stack is not at its clean index.
 *
 * Run-time passwords (typed at a prompt or read from the keyring) are kept here per endpoint,
 * never in the Project that is saved. File I/O is small and synchronous. Thread: GUI thread.
 */
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    [[nodiscard]] const project::Project &project() const { return m_project; }
    /// The file the project was loaded from or saved to; empty for a new, unsaved project.
    [[nodiscard]] QString filePath() const { return m_filePath; }
    /// The directory relative SQLite paths resolve against (the file's; else the working one).
    [[nodiscard]] std::string directory() const;
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] bool isModified() const;
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }

    /// Shows project as a new document (unsaved when filePath is empty; modified when
    /// modified is true, e.g. a wizard's project not written yet). Clears undo history.
    void reset(const project::Project &project, const QString &filePath, bool modified = false);
    /// Loads a project file; on error the document is unchanged. report gets every issue.
    Result<void> open(const QString &path, project::LoadReport *report = nullptr);
    /// Writes the project to filePath() (or path), atomically; marks the document clean.
    Result<void> save();
    Result<void> saveAs(const QString &path);
    /// Closes the document (no project open).
    void close();

    /// An undoable edit: replaces the project with after; text names it in Edit > Undo.
    void edit(const QString &text, const project::Project &after);
    void addEndpoint(const project::Endpoint &endpoint);
    /// Replaces the endpoint named name (tasks naming it follow a rename).
    void replaceEndpoint(const std::string &name, const project::Endpoint &endpoint);
    void removeEndpoint(const std::string &name);
    void addTask(const project::Task &task);
    void removeTask(const std::string &name);
    /// Sets the task's inline mapping (empty rules: the default mapping).
    void setTaskMapping(const std::string &taskName, const project::TableMapping &mapping);

    /// Run-time password for an endpoint (never saved).
    void setPassword(const std::string &endpointName, const Secret &password);
    [[nodiscard]] const Secret *password(const std::string &endpointName) const;
    /// Forgets the run-time password (a login refused it): the next use asks again.
    void forgetPassword(const std::string &endpointName);

signals:
    /// The project value changed (edit, undo, redo, open, reset, close).
    void projectChanged();
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    friend class ProjectEditCommand;
    void apply(const project::Project &project); ///< used by the undo commands

    project::Project m_project;
    QString m_filePath;
    bool m_open = false;
    bool m_unsavedNew = false; ///< a new project that was never written
    QUndoStack *m_undo = nullptr;
    std::map<std::string, Secret> m_passwords;
};

} // namespace ferry
