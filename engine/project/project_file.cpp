// SPDX-License-Identifier: MIT
#include "engine/project/project_file.h"

#include "engine/core/tr.h"
#include "engine/project/project_reader.h"
#include "engine/project/project_schema.h"
#include "engine/project/project_writer.h"
#include "engine/project/yaml_document.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <climits>

namespace ferry::project {

namespace {

/// Larger files are refused rather than parsed (a project file is a few hundred KB at most).
constexpr qint64 MaxFileSize = 64LL * 1024 * 1024;


Error fileError(ErrorCode code, const QString &message, const std::string &path,
                const std::string &detail, const QString &hint, LoadReport *report)
{
    Error error;
    error.code = code;
    error.action = ErrorAction::FixConfiguration;
    error.message = message.toStdString();
    error.location = path;
    error.detail = detail;
    error.hint = hint.toStdString();
    if (report) {
        ProjectIssue issue;
        issue.file = path;
        issue.message = error.message;
        issue.detail = detail;
        issue.hint = error.hint;
        report->errors.push_back(std::move(issue));
    }
    return error;
}

struct Rendered
{
    std::string text;
    Project reloaded;
};

Result<Project> reparse(const std::string &text, const std::string &fileName, LoadReport *report)
{
    return parseProject(text, fileName, report);
}

/// The text to write for project, proven to load back equal to it.
Result<Rendered> render(const Project &project, const std::string &fileName)
{
    const Value document = detail::projectDocument(project);
    const std::string canonical = detail::canonicalText(document);
    std::string text = canonical;
    if (project.origin)
        text = detail::mergeWithOrigin(*project.origin, document);

    LoadReport report;
    auto reloaded = reparse(text, fileName, &report);
    if (reloaded && *reloaded == project)
        return Rendered{std::move(text), std::move(reloaded.value())};
    if (text != canonical) {
        // Keeping the original layout went wrong for this edit: fall back to the canonical
        // form, which loses comments but never content.
        report = {};
        reloaded = reparse(canonical, fileName, &report);
        if (reloaded && *reloaded == project)
            return Rendered{canonical, std::move(reloaded.value())};
    }
    if (!reloaded) {
        Error error = reloaded.error();
        error.message = EngineTr::tr("The project cannot be saved because it is not valid: %1")
                            .arg(QString::fromStdString(error.message))
                            .toStdString();
        error.location.clear(); // a position in generated text would only confuse
        return error;
    }
    Error error;
    error.code = ErrorCode::Internal;
    error.action = ErrorAction::FailTask;
    error.message = EngineTr::tr("The project cannot be saved: it would not read back "
                                 "unchanged.")
                        .toStdString();
    error.hint = EngineTr::tr("This is a bug in Ferry; please report it with the project file.")
                     .toStdString();
    return error;
}

} // namespace

std::string ProjectIssue::location() const
{
    if (line <= 0)
        return file;
    return file + ':' + std::to_string(line) + ':' + std::to_string(column);
}

std::string ProjectIssue::toString() const
{
    //: Compiler-style issue line: "file:line:column: error: path: message"
    const QString kind = severity == Severity::Error ? EngineTr::tr("error")
                                                     : EngineTr::tr("warning");
    std::string text = location() + ": " + kind.toStdString() + ": ";
    if (!path.empty())
        text += path + ": ";
    text += message;
    if (!detail.empty())
        text += " [" + detail + "]";
    if (!hint.empty())
        text += ' ' + hint;
    return text;
}

Result<Project> parseProject(std::string_view text, const std::string &fileName,
                             LoadReport *report)
{
    detail::IssueSink sink(fileName);
    const detail::ParsedYaml parsed = detail::parseYaml(text);
    for (const detail::YamlProblem &problem : parsed.problems) {
        sink.error(problem.mark, {}, QString::fromStdString(problem.message),
                   QString::fromStdString(problem.hint), problem.detail);
    }
    std::optional<Project> project;
    if (parsed.empty || (parsed.ok && parsed.root.isNull())) {
        sink.error({1, 1}, {}, EngineTr::tr("The project file is empty."),
                   EngineTr::tr("Start it with the line 'ferry: %1'.").arg(FormatVersion));
    } else if (parsed.ok) {
        project = detail::readProject(parsed.root, sink);
    }

    if (!project && !sink.hasErrors())
        sink.error({}, {}, EngineTr::tr("The project file could not be read."));
    auto &errors = sink.errors();
    std::stable_sort(errors.begin(), errors.end(),
                     [](const ProjectIssue &a, const ProjectIssue &b) {
                         const int lineA = a.line > 0 ? a.line : INT_MAX;
                         const int lineB = b.line > 0 ? b.line : INT_MAX;
                         return lineA != lineB ? lineA < lineB : a.column < b.column;
                     });
    if (report) {
        report->errors = errors;
        report->warnings = sink.warnings();
    }
    if (!errors.empty() || !project)
        return issuesToError(errors);
    project->origin = detail::buildOrigin(text, fileName, parsed.root,
                                          detail::projectDocument(*project));
    return std::move(*project);
}

Result<Project> loadProjectFile(const std::string &path, LoadReport *report)
{
    if (report)
        *report = {};
    const QString fileName = QString::fromStdString(path);
    QFile file(fileName);
    if (!QFileInfo::exists(fileName)) {
        return fileError(ErrorCode::FileNotFound,
                         EngineTr::tr("The project file does not exist."), path, {},
                         EngineTr::tr("Check the path and the current directory."), report);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fileError(ErrorCode::Io, EngineTr::tr("The project file could not be opened."),
                         path, file.errorString().toStdString(),
                         EngineTr::tr("Check that the file is readable."), report);
    }
    if (file.size() > MaxFileSize) {
        return fileError(ErrorCode::ProjectInvalid,
                         EngineTr::tr("The project file is too large (over 64 MiB)."), path, {},
                         EngineTr::tr("Check that this is really a Ferry project file."),
                         report);
    }
    const QByteArray data = file.readAll();
    return parseProject(std::string_view(data.constData(), static_cast<size_t>(data.size())),
                        path, report);
}

std::string formatProject(const Project &project)
{
    return detail::canonicalText(detail::projectDocument(project));
}

Result<std::string> projectToYaml(const Project &project)
{
    const std::string fileName = project.origin ? project.origin->fileName
                                                : std::string("<project>");
    auto rendered = render(project, fileName);
    if (!rendered)
        return rendered.error();
    return std::move(rendered->text);
}

Result<Project> saveProjectFile(const Project &project, const std::string &path)
{
    auto rendered = render(project, path);
    if (!rendered)
        return rendered.error();
    QSaveFile file(QString::fromStdString(path));
    const auto ioError = [&path, &file](const QString &message) {
        Error error;
        error.code = ErrorCode::Io;
        error.action = ErrorAction::FixConfiguration;
        error.message = message.toStdString();
        error.location = path;
        error.detail = file.errorString().toStdString();
        error.hint = EngineTr::tr("Check that the folder exists and is writable.").toStdString();
        return error;
    };
    if (!file.open(QIODevice::WriteOnly))
        return ioError(EngineTr::tr("The project file could not be written."));
    const std::string &text = rendered->text;
    if (file.write(text.data(), static_cast<qint64>(text.size()))
            != static_cast<qint64>(text.size())
        || !file.commit()) {
        return ioError(EngineTr::tr("The project file could not be written."));
    }
    Project saved = project;
    saved.origin = rendered->reloaded.origin;
    return saved;
}

std::string formatIssues(const LoadReport &report)
{
    std::string out;
    for (const ProjectIssue &issue : report.errors)
        out += issue.toString() + '\n';
    for (const ProjectIssue &issue : report.warnings)
        out += issue.toString() + '\n';
    return out;
}

Error issuesToError(const std::vector<ProjectIssue> &errors)
{
    const ProjectIssue &first = errors.front();
    Error error;
    error.code = ErrorCode::ProjectInvalid;
    error.action = ErrorAction::FixConfiguration;
    error.message = first.message;
    error.location = first.location();
    error.hint = first.hint;
    QStringList detail;
    if (!first.path.empty())
        detail << EngineTr::tr("at %1").arg(QString::fromStdString(first.path));
    if (!first.detail.empty())
        detail << QString::fromStdString(first.detail);
    if (errors.size() > 1) {
        detail << EngineTr::tr("%n more error(s) in the file", "",
                               static_cast<int>(errors.size() - 1));
    }
    error.detail = detail.join(QStringLiteral("; ")).toStdString();
    return error;
}

} // namespace ferry::project
