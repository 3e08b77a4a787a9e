// SPDX-License-Identifier: MIT
// `ferry run`, `ferry migrate` and `ferry demo`: tasks from the command line, run by the engine
// service as the workbench runs them; `ferry exceptions`: the rows a task's target refused,
// listed and re-applied through the same service.
#include "app/cli/task_commands.h"

#include "app/cli/cli_commands.h"
#include "app/cli/cli_support.h"
#include "app/cli/engine_session.h"
#include "engine/core/keyring.h"
#include "engine/project/dms_json.h"
#include "engine/project/project_file.h"
#include "engine/sample/ticketing_sample.h"
#include "engine/task/control_tables.h"
#include "engine/task/exceptions.h"
#include "engine/task/load_settings.h"
#include "engine/task/state_text.h"
#include "engine/task/task_clock.h"
#include "engine/task/task_request.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <unistd.h>

namespace ferry::cli {

namespace {

QString defaultRunDirectory(const QString &taskName)
{
    return QString::fromStdString(task::defaultRunDirectory(taskName.toStdString()));
}

QString formatCount(int64_t value)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > (value < 0 ? 1 : 0); i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

QString formatDuration(int64_t ms)
{
    if (ms < 1000)
        return CliTr::tr("< 1 s");
    int64_t seconds = ms / 1000;
    const int64_t hours = seconds / 3600;
    const int64_t minutes = (seconds / 60) % 60;
    seconds %= 60;
    if (hours > 0)
        return CliTr::tr("%1 h %2 m %3 s").arg(hours).arg(minutes).arg(seconds);
    if (minutes > 0)
        return CliTr::tr("%1 m %2 s").arg(minutes).arg(seconds);
    return CliTr::tr("%1 s").arg(seconds);
}

QString bar(double percent, int width)
{
    const int filled = static_cast<int>(percent / 100.0 * width + 0.5);
    return QString(std::clamp(filled, 0, width), QChar(0x2588))
           + QString(width - std::clamp(filled, 0, width), QChar(0x2591));
}

QString tableName(const task::TableStatistics &table)
{
    return table.schema.empty() ? qs(table.table) : qs(table.schema + "." + table.table);
}

/// ", 12 rejected, 3 LOBs truncated" after a table's row count; empty when neither happened.
QString rowNotes(const task::TableStatistics &table)
{
    QString notes;
    if (table.fullLoadErrorRows > 0)
        notes += CliTr::tr(", %1 rejected").arg(formatCount(table.fullLoadErrorRows));
    if (table.fullLoadTruncatedLobs > 0)
        notes += CliTr::tr(", %1 LOBs truncated").arg(formatCount(table.fullLoadTruncatedLobs));
    return notes;
}

/**
 * Prints snapshots: JSON lines (--json), a live redrawn block on a terminal, or one line per
 * table state change otherwise (logs, CI).
 */
class ProgressPrinter
{
public:
    enum class Mode { Json, Live, Plain };
    explicit ProgressPrinter(Mode mode) : m_mode(mode) { }

    void snapshot(const task::TaskSnapshot &s)
    {
        std::lock_guard lock(m_mutex);
        switch (m_mode) {
        case Mode::Json:
            std::fputs(s.toJsonLine().c_str(), stdout);
            std::fputc('\n', stdout);
            std::fflush(stdout);
            break;
        case Mode::Live: drawLive(s); break;
        case Mode::Plain: printChanges(s); break;
        }
    }

    void logLine(const task::LogLine &line)
    {
        if (line.severity > task::LogSeverity::Warning)
            return;
        std::lock_guard lock(m_mutex);
        clearLive();
        err(QStringLiteral("%1: %2\n")
                .arg(line.severity == task::LogSeverity::Error ? CliTr::tr("error")
                                                               : CliTr::tr("warning"),
                     qs(line.message)));
    }

    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_liveLines = 0;
    }

private:
    void clearLive()
    {
        if (m_mode != Mode::Live || m_liveLines == 0)
            return;
        std::string up = "\r\033[" + std::to_string(m_liveLines) + "A\033[J";
        std::fputs(up.c_str(), stderr);
        m_liveLines = 0;
    }

    void drawLive(const task::TaskSnapshot &s)
    {
        clearLive();
        QStringList lines;
        const auto eta = s.etaMs();
        lines << CliTr::tr("%1  %2  %3 of %4 tables  %5 rows/s  %6 KB/s  elapsed %7%8")
                     .arg(qs(s.taskName), task::taskStateText(s.state))
                     .arg(s.tablesLoaded())
                     .arg(s.tables.size())
                     .arg(formatCount(static_cast<int64_t>(s.metrics.fullLoadThroughputRowsTarget)))
                     .arg(formatCount(
                         static_cast<int64_t>(s.metrics.fullLoadThroughputBandwidthTarget)))
                     .arg(formatDuration(s.elapsedMs),
                          eta ? CliTr::tr("  ETA %1").arg(formatDuration(*eta)) : QString());
        // Loading tables first, then the rest in order; at most 12 lines.
        std::vector<const task::TableStatistics *> shown;
        for (const auto &t : s.tables) {
            if (t.state == task::TableState::FullLoad)
                shown.push_back(&t);
        }
        for (const auto &t : s.tables) {
            if (t.state != task::TableState::FullLoad && shown.size() < 12)
                shown.push_back(&t);
        }
        if (shown.size() > 12)
            shown.resize(12);
        for (const task::TableStatistics *t : shown) {
            lines << QStringLiteral("  %1 %2 %3%  %4 rows%5  %6")
                         .arg(tableName(*t).left(28), -28)
                         .arg(bar(t->progressPercent(), 20))
                         .arg(t->progressPercent(), 5, 'f', 1)
                         .arg(formatCount(t->fullLoadRows), 12)
                         .arg(rowNotes(*t))
                         .arg(task::tableStateLabel(*t).text);
        }
        if (s.tables.size() > shown.size())
            lines << CliTr::tr("  ... and %1 more tables").arg(s.tables.size() - shown.size());
        err(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        m_liveLines = static_cast<int>(lines.size());
    }

    void printChanges(const task::TaskSnapshot &s)
    {
        for (const auto &t : s.tables) {
            const std::string key = t.schema + "." + t.table;
            auto &seen = m_states[key];
            if (seen == static_cast<int>(t.state) + 1)
                continue;
            seen = static_cast<int>(t.state) + 1;
            if (t.state == task::TableState::BeforeLoad)
                continue;
            err(CliTr::tr("%1: %2 (%3 rows%4)\n")
                    .arg(tableName(t), task::tableStateLabel(t).text, formatCount(t.fullLoadRows),
                         rowNotes(t)));
        }
    }

    Mode m_mode;
    std::mutex m_mutex;
    int m_liveLines = 0;
    std::map<std::string, int> m_states;
};

void printSummary(const task::TaskSnapshot &s, const QString &runDirectory, int64_t peakRss)
{
    int64_t rows = 0;
    int64_t rejected = 0;
    int64_t bytes = 0;
    // The truncated LOB values get a column once there are any (or limited LOB mode is on):
    // a run in full LOB mode cannot have them.
    const bool lobColumn = s.truncatedLobs() > 0 || s.anyLimitedLobMode();
    QStringList lines;
    lines << CliTr::tr("%1 %2 %3 %4 %5")
                 .arg(CliTr::tr("Table"), -36)
                 .arg(CliTr::tr("Load state"), -21)
                 .arg(CliTr::tr("Full load rows"), 15)
                 .arg(CliTr::tr("Error rows"), 11)
                 .arg(CliTr::tr("Elapsed load time"), 18)
            + (lobColumn ? QStringLiteral(" %1").arg(CliTr::tr("Truncated LOBs"), 15) : QString());
    for (const auto &t : s.tables) {
        rows += t.fullLoadRows;
        rejected += t.fullLoadErrorRows;
        bytes += t.bytesWritten;
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(tableName(t).left(36), -36)
                     .arg(task::tableStateLabel(t).text, -21)
                     .arg(formatCount(t.fullLoadRows), 15)
                     .arg(formatCount(t.fullLoadErrorRows), 11)
                     .arg(formatDuration(t.elapsedMs), 18)
                + (lobColumn ? QStringLiteral(" %1").arg(formatCount(t.fullLoadTruncatedLobs), 15)
                             : QString());
        if (!t.lastError.empty() && t.state != task::TableState::Completed)
            lines << CliTr::tr("    error: %1").arg(qs(t.lastError));
        for (const std::string &failure : t.objectErrors)
            lines << CliTr::tr("    not created: %1").arg(qs(failure));
    }
    const double seconds = std::max<double>(0.001, static_cast<double>(s.elapsedMs) / 1000.0);
    lines << QString()
          << CliTr::tr("%1: %2 tables loaded, %3 in error; %4 rows in %5 (%6 rows/s, %7 MB/s); "
                       "%8 rows rejected; peak memory %9 MB.")
                 .arg(task::taskStateText(s.state))
                 .arg(s.tablesLoaded())
                 .arg(s.tablesErrored())
                 .arg(formatCount(rows), formatDuration(s.elapsedMs),
                      formatCount(static_cast<int64_t>(static_cast<double>(rows) / seconds)),
                      QString::number(static_cast<double>(bytes) / 1048576.0 / seconds, 'f', 1),
                      formatCount(rejected), QString::number(peakRss / 1048576));
    if (rejected > 0)
        lines << CliTr::tr("Rejected rows and their reasons are in the target's control table "
                           "exceptions (ferry_control).");
    if (const int failed = s.objectsFailed(); failed > 0)
        lines << CliTr::tr("%n index(es), key(s) or foreign key(s) could not be created (listed "
                           "above with the server's reason); the rows of their tables are "
                           "loaded.",
                           nullptr, failed);
    if (const int64_t truncated = s.truncatedLobs(); truncated > 0)
        lines << CliTr::tr("%1 LOB values were truncated (limited LOB mode); the target's control "
                           "table lob_truncations (ferry_control) lists each one with its row key "
                           "and lengths.")
                     .arg(formatCount(truncated));
    if (!runDirectory.isEmpty())
        lines << CliTr::tr("Log and statistics: %1").arg(runDirectory);
    err(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

struct RunOptions
{
    bool json = false;
    QString runDirectory;
};

ProgressPrinter::Mode progressMode(const RunOptions &options)
{
    if (options.json)
        return ProgressPrinter::Mode::Json;
    if (isatty(STDERR_FILENO) && qEnvironmentVariable("TERM") != QLatin1String("dumb"))
        return ProgressPrinter::Mode::Live;
    return ProgressPrinter::Mode::Plain;
}

/// Runs the task through the engine service (the workbench's path) with progress output and
/// Ctrl-C handling; returns the exit code.
int runTask(task::TaskRequest request, const RunOptions &options)
{
    if (request.runDirectory.empty()) {
        request.runDirectory
            = (options.runDirectory.isEmpty() ? defaultRunDirectory(qs(request.name))
                                              : options.runDirectory)
                  .toStdString();
    }
    const ProgressPrinter::Mode mode = progressMode(options);
    ProgressPrinter printer(mode);
    int64_t peakRss = 0;
    const QString runDirectory = qs(request.runDirectory);

    EngineSession engine;
    const RequestId id = engine.nextRequestId();
    EngineService *service = engine.service();
    QObject *context = engine.context();
    QObject::connect(service, &EngineService::taskLog, context,
                     [&](RequestId task, const LogBatch &lines) {
                         if (task != id || mode == ProgressPrinter::Mode::Json)
                             return;
                         for (const task::LogLine &line : *lines)
                             printer.logLine(line);
                     });
    QObject::connect(service, &EngineService::taskSnapshot, context,
                     [&](RequestId task, const TaskSnapshotPtr &snapshot) {
                         if (task != id)
                             return;
                         peakRss = std::max(peakRss, snapshot->metrics.memoryUsageBytes);
                         printer.snapshot(*snapshot);
                     });
    QObject::connect(service, &EngineService::taskFinished, context,
                     [&](RequestId task, const TaskOutcomePtr &outcome) {
                         if (task != id)
                             return;
                         printer.finish();
                         const task::TaskSnapshot &last = outcome->finalSnapshot;
                         if (!options.json)
                             printSummary(last, runDirectory, peakRss);
                         engine.quit(last.tablesErrored() > 0 || last.objectsFailed() > 0
                                         ? ExitPartialFailure
                                         : ExitOk);
                     });
    auto failed = [&](RequestId task, const Error &error) {
        if (task != id)
            return;
        printer.finish();
        printError(error);
        engine.quit(exitCodeFor(error)); // Cancelled (Ctrl-C): ExitInterrupted
    };
    QObject::connect(service, &EngineService::requestFailed, context, failed);
    QObject::connect(service, &EngineService::requestCancelled, context, failed);

    // Ctrl-C or SIGTERM: the task stops (resumable) and replies requestCancelled.
    InterruptNotifier interrupt(
        [&engine, id] { engine.send([id](EngineService *service) { service->stopTask(id); }); });
    return engine.exec([&engine, id, request = std::move(request)] {
        engine.send([id, request](EngineService *service) { service->startTask(id, request); });
    });
}

/// Password for a project endpoint from the source its file names (never the file itself).
bool resolvePassword(ConnectionSpec &spec, const project::Endpoint &endpoint, const char *role)
{
    switch (endpoint.passwordSource) {
    case PasswordSource::Env: {
        const QByteArray value = qgetenv(endpoint.passwordEnv.c_str());
        if (!value.isEmpty()) {
            spec.password = Secret(value.toStdString());
            spec.passwordSource = PasswordSource::Env;
        }
        break;
    }
    case PasswordSource::Keyring: applyPasswordFromKeyring(spec, false); break;
    case PasswordSource::Prompt: promptForPassword(spec); break;
    case PasswordSource::None:
    case PasswordSource::EngineFile: break;
    }
    if (spec.password.isEmpty())
        applyPasswordFromEnvironment(spec, role);
    return true;
}

/// Selection rules for --include/--exclude 'schema.table' patterns (DMS % wildcards).
Result<project::TableMapping> patternRules(const QStringList &includes,
                                           const QStringList &excludes,
                                           project::TableMapping base)
{
    int nextId = 1;
    for (const project::MappingRule &rule : base.rules) {
        bool ok = false;
        const int id = QString::fromStdString(rule.ruleId()).toInt(&ok);
        if (ok)
            nextId = std::max(nextId, id + 1);
    }
    auto add = [&](const QString &pattern, const char *action) -> Result<void> {
        const qsizetype dot = pattern.indexOf(QLatin1Char('.'));
        const QString schema = dot < 0 ? QStringLiteral("%") : pattern.left(dot);
        const QString table = dot < 0 ? pattern : pattern.mid(dot + 1);
        if (schema.isEmpty() || table.isEmpty()) {
            return Error{ErrorCode::Usage, ErrorAction::FixConfiguration,
                         CliTr::tr("'%1' is not a table pattern: write schema.table, with % "
                                   "as wildcard (e.g. 'sales.%').")
                             .arg(pattern)
                             .toStdString()};
        }
        project::MappingRule rule;
        const std::string id = std::to_string(nextId++);
        rule.fields.set("rule-type", project::Value::string("selection"));
        rule.fields.set("rule-id", project::Value::string(id));
        rule.fields.set("rule-name", project::Value::string(id));
        project::Value locator = project::Value::map();
        locator.set("schema-name", project::Value::string(schema.toStdString()));
        locator.set("table-name", project::Value::string(table.toStdString()));
        rule.fields.set("object-locator", locator);
        rule.fields.set("rule-action", project::Value::string(action));
        rule.fields.set("filters", project::Value::list());
        base.rules.push_back(rule);
        return {};
    };
    const bool hasSelection = std::any_of(base.rules.begin(), base.rules.end(), [](const auto &r) {
        return r.ruleType() == "selection";
    });
    if (includes.isEmpty() && !hasSelection) {
        if (auto added = add(QStringLiteral("%.%"), "include"); !added)
            return added.error();
    }
    for (const QString &pattern : includes) {
        if (auto added = add(pattern, "include"); !added)
            return added.error();
    }
    for (const QString &pattern : excludes) {
        if (auto added = add(pattern, "exclude"); !added)
            return added.error();
    }
    return base;
}

/// --reload-table SCHEMA.TABLE (repeatable, command-line order) into the request; implies
/// --resume. The schema ends at the first dot ("TABLE" alone: any schema). False with a usage
/// message printed when a value is empty.
bool parseReloadTables(const ParsedArguments &parsed, task::TaskRequest &request)
{
    const QStringList values = parsed.values.values(QStringLiteral("reload-table"));
    for (auto it = values.rbegin(); it != values.rend(); ++it) {
        const QString &value = *it;
        const qsizetype dot = value.indexOf(QLatin1Char('.'));
        const QString schema = dot < 0 ? QString() : value.left(dot);
        const QString table = dot < 0 ? value : value.mid(dot + 1);
        if (table.isEmpty() || dot == 0) {
            usageError(CliTr::tr("--reload-table needs SCHEMA.TABLE, got '%1'").arg(value));
            return false;
        }
        request.reloadTables.emplace_back(schema.toStdString(), table.toStdString());
    }
    if (!request.reloadTables.empty())
        request.resume = true;
    return true;
}

/// --rows N (at least 100); false with a usage message printed otherwise.
bool parseRows(const ParsedArguments &parsed, int64_t *tickets)
{
    if (!parsed.values.contains(QStringLiteral("rows")))
        return true;
    bool ok = false;
    *tickets = parsed.values.value(QStringLiteral("rows")).toLongLong(&ok);
    if (ok && *tickets >= 100)
        return true;
    usageError(CliTr::tr("--rows needs a number of at least 100"));
    return false;
}

} // namespace

int migrateCommand(const QStringList &arguments)
{
    const ParsedArguments parsed = parseArguments(
        arguments, {QStringLiteral("resume"), QStringLiteral("json")},
        {QStringLiteral("include"), QStringLiteral("exclude"), QStringLiteral("settings"),
         QStringLiteral("mappings"), QStringLiteral("task-name"), QStringLiteral("run-dir"),
         QStringLiteral("reload-table")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 2)
        return usageError(CliTr::tr("migrate needs SOURCE_URI and TARGET_URI"));

    task::TaskRequest request;
    request.name = parsed.values.value(QStringLiteral("task-name"), QStringLiteral("migrate"))
                       .toStdString();
    request.resume = parsed.flags.contains(QStringLiteral("resume"));
    if (!parseReloadTables(parsed, request))
        return ExitUsage;
    auto source = specFromUri(parsed.positional[0], QStringLiteral("source"),
                              PasswordFrom::Default);
    if (!source) {
        printError(source.error());
        return exitCodeFor(source.error());
    }
    auto target = specFromUri(parsed.positional[1], QStringLiteral("target"),
                              PasswordFrom::Default);
    if (!target) {
        printError(target.error());
        return exitCodeFor(target.error());
    }
    request.source = *source;
    request.target = *target;

    project::TableMapping base;
    if (parsed.values.contains(QStringLiteral("mappings"))) {
        auto mapping = importDmsFile(parsed.values.value(QStringLiteral("mappings")),
                                     project::importDmsTableMappings);
        if (!mapping)
            return ExitInvalidInput;
        base = *mapping;
    }
    const QStringList includes = parsed.values.values(QStringLiteral("include"));
    const QStringList excludes = parsed.values.values(QStringLiteral("exclude"));
    if (!base.rules.empty() || !includes.isEmpty() || !excludes.isEmpty()) {
        // values() returns the most recent first; keep command-line order.
        QStringList inc(includes.rbegin(), includes.rend());
        QStringList exc(excludes.rbegin(), excludes.rend());
        auto rules = patternRules(inc, exc, base);
        if (!rules) {
            printError(rules.error());
            return ExitUsage;
        }
        request.mapping = *rules;
    }
    if (parsed.values.contains(QStringLiteral("settings"))) {
        auto settings = importDmsFile(parsed.values.value(QStringLiteral("settings")),
                                      project::importDmsTaskSettings);
        if (!settings)
            return ExitInvalidInput;
        request.settings = settings->settings;
    }
    RunOptions options;
    options.json = parsed.flags.contains(QStringLiteral("json"));
    options.runDirectory = parsed.values.value(QStringLiteral("run-dir"));
    return runTask(std::move(request), options);
}

int runCommand(const QStringList &arguments)
{
    const ParsedArguments parsed = parseArguments(
        arguments, {QStringLiteral("resume"), QStringLiteral("json")},
        {QStringLiteral("task"), QStringLiteral("run-dir"), QStringLiteral("reload-table")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 1)
        return usageError(CliTr::tr("run needs PROJECT"));
    task::TaskRequest reload; // --reload-table, checked before the project is read
    if (!parseReloadTables(parsed, reload))
        return ExitUsage;
    const QString path = parsed.positional[0];
    project::LoadReport report;
    auto loaded = project::loadProjectFile(path.toStdString(), &report);
    printIssues(report);
    if (!loaded) {
        if (report.errors.empty())
            printError(loaded.error());
        return ExitInvalidInput;
    }
    const project::Project &project = *loaded;
    const std::string directory = QFileInfo(path).absolutePath().toStdString();
    auto built = task::taskRequestFromProject(
        project, parsed.values.value(QStringLiteral("task")).toStdString(), directory);
    if (!built) {
        printError(built.error());
        return built.error().code == ErrorCode::Usage ? ExitUsage : ExitInvalidInput;
    }
    task::TaskRequest request = std::move(*built);
    request.resume = parsed.flags.contains(QStringLiteral("resume")) || reload.resume;
    request.reloadTables = std::move(reload.reloadTables);
    const project::Task *task = project.findTask(request.name);
    const project::Endpoint *sourceEndpoint = project.findEndpoint(task->source);
    const project::Endpoint *targetEndpoint = project.findEndpoint(task->target);
    resolvePassword(request.source, *sourceEndpoint, "source");
    resolvePassword(request.target, *targetEndpoint, "target");
    RunOptions options;
    options.json = parsed.flags.contains(QStringLiteral("json"));
    options.runDirectory = parsed.values.value(QStringLiteral("run-dir"));
    return runTask(std::move(request), options);
}

int sampleCommand(const QStringList &arguments)
{
    const ParsedArguments parsed = parseArguments(arguments, {}, {QStringLiteral("rows")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 1)
        return usageError(CliTr::tr("sample needs the path of the SQLite file to write"));
    int64_t tickets = sample::DefaultTickets;
    if (!parseRows(parsed, &tickets))
        return ExitUsage;
    if (auto generated = sample::generateTicketingSample(parsed.positional[0].toStdString(),
                                                         tickets);
        !generated) {
        printError(generated.error());
        return ExitInternal;
    }
    return ExitOk;
}

int demoCommand(const QStringList &arguments)
{
    const ParsedArguments parsed = parseArguments(
        arguments, {QStringLiteral("json")}, {QStringLiteral("rows"), QStringLiteral("data-dir")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (!parsed.positional.isEmpty())
        return usageError(CliTr::tr("demo takes no arguments"));
    int64_t tickets = sample::DefaultTickets;
    if (!parseRows(parsed, &tickets))
        return ExitUsage;
    const sample::DemoFiles files = sample::demoFiles(
        tickets, parsed.values.value(QStringLiteral("data-dir")).toStdString());
    const QString samplePath = qs(files.sample);
    const QString targetPath = qs(files.copy);
    if (sample::sampleTicketCount(files.sample) != tickets) {
        err(CliTr::tr("Generating the sports-ticketing sample (%1 tickets) in %2 ...\n")
                .arg(formatCount(tickets), samplePath));
        EngineSession engine;
        const auto prepared
            = engine.call<QString>(&EngineService::sampleReady,
                                   [samplePath, tickets](EngineService *service, RequestId id) {
                                       service->prepareSample(id, samplePath, tickets);
                                   });
        if (!prepared) {
            printError(prepared.error());
            return ExitInternal;
        }
    }
    task::TaskRequest request = sample::demoTaskRequest(files);
    err(CliTr::tr("Migrating %1 -> %2\n").arg(samplePath, targetPath));
    RunOptions options;
    options.json = parsed.flags.contains(QStringLiteral("json"));
    return runTask(std::move(request), options);
}

// ferry exceptions ------------------------------------------------------------------------------

namespace {

/// The task of a project file with its passwords (the source's only when asked for).
struct ProjectTask
{
    task::TaskRequest request;
    std::string controlSchema;
};

std::optional<ProjectTask> loadProjectTask(const QString &path, const QString &taskName,
                                           bool withSource, int *exitCode)
{
    project::LoadReport report;
    auto loaded = project::loadProjectFile(path.toStdString(), &report);
    printIssues(report);
    if (!loaded) {
        if (report.errors.empty())
            printError(loaded.error());
        *exitCode = ExitInvalidInput;
        return std::nullopt;
    }
    auto built = task::taskRequestFromProject(*loaded, taskName.toStdString(),
                                              QFileInfo(path).absolutePath().toStdString());
    if (!built) {
        printError(built.error());
        *exitCode = built.error().code == ErrorCode::Usage ? ExitUsage : ExitInvalidInput;
        return std::nullopt;
    }
    ProjectTask result {std::move(*built), {}};
    const project::Task *task = loaded->findTask(result.request.name);
    resolvePassword(result.request.target, *loaded->findEndpoint(task->target), "target");
    if (withSource)
        resolvePassword(result.request.source, *loaded->findEndpoint(task->source), "source");
    result.controlSchema = task::controlSchemaOf(result.request.settings);
    return result;
}

/// --table SCHEMA.TABLE (the source table, as the statistics name it).
bool parseSourceTable(const ParsedArguments &parsed, std::string *schema, std::string *table)
{
    const QString value = parsed.values.value(QStringLiteral("table"));
    if (value.isEmpty())
        return true;
    const qsizetype dot = value.indexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == value.size() - 1) {
        usageError(CliTr::tr("--table needs SCHEMA.TABLE (the source table), got '%1'").arg(value));
        return false;
    }
    *schema = value.left(dot).toStdString();
    *table = value.mid(dot + 1).toStdString();
    return true;
}

/// One page of a task's rejected rows, read by the engine service.
Result<task::ExceptionPagePtr> readExceptionPage(EngineSession &engine,
                                                 const task::TaskRequest &task,
                                                 const task::ExceptionFilter &filter)
{
    return engine.call<task::ExceptionPagePtr>(
        &EngineService::exceptionsRead,
        [target = task.target, name = qs(task.name), filter](EngineService *service, RequestId id) {
            service->readExceptions(id, target, name, filter);
        });
}

QString imageText(const task::RowImage &image)
{
    QStringList cells;
    for (const task::ImageCell &cell : image) {
        if (cell.missing)
            continue;
        QString value;
        if (cell.omittedBytes)
            value = CliTr::tr("(%1 bytes, not kept)").arg(*cell.omittedBytes);
        else if (!cell.value)
            value = QStringLiteral("NULL");
        else
            value = qs(*cell.value);
        cells << qs(cell.column) + QLatin1Char('=') + value;
    }
    return cells.join(QStringLiteral(", "));
}

QString tableName(const std::string &schema, const std::string &table)
{
    return schema.empty() ? qs(table) : qs(schema) + QLatin1Char('.') + qs(table);
}

int listExceptions(const ParsedArguments &parsed)
{
    std::string schema;
    std::string table;
    if (!parseSourceTable(parsed, &schema, &table))
        return ExitUsage;
    int exitCode = ExitOk;
    auto loaded = loadProjectTask(parsed.positional[1], parsed.values.value(QStringLiteral("task")),
                                  false, &exitCode);
    if (!loaded)
        return exitCode;
    task::ExceptionFilter filter;
    filter.controlSchema = loaded->controlSchema;
    filter.sourceSchema = schema;
    filter.sourceTable = table;
    filter.limit = 10'000;
    std::vector<task::ExceptionRecord> rows;
    std::vector<task::ExceptionTable> tables;
    EngineSession engine;
    for (;;) {
        auto page = readExceptionPage(engine, loaded->request, filter);
        if (!page) {
            printError(page.error());
            return exitCodeFor(page.error());
        }
        tables = (*page)->tables;
        rows.insert(rows.end(), (*page)->rows.begin(), (*page)->rows.end());
        if (!(*page)->more || (*page)->rows.empty())
            break;
        filter.afterId = (*page)->rows.back().id;
    }
    if (parsed.flags.contains(QStringLiteral("json"))) {
        QJsonArray tableArray;
        for (const task::ExceptionTable &t : tables) {
            tableArray.append(QJsonObject {{QStringLiteral("sourceSchema"), qs(t.sourceSchema)},
                                           {QStringLiteral("sourceTable"), qs(t.sourceTable)},
                                           {QStringLiteral("targetSchema"), qs(t.targetSchema)},
                                           {QStringLiteral("targetTable"), qs(t.targetTable)},
                                           {QStringLiteral("rows"), qint64(t.rows)}});
        }
        QJsonArray rowArray;
        for (const task::ExceptionRecord &r : rows) {
            QJsonObject values;
            for (const task::ImageCell &cell : r.image()) {
                if (!cell.missing)
                    values.insert(qs(cell.column),
                                  cell.value ? QJsonValue(qs(*cell.value))
                                             : QJsonValue(QJsonValue::Null));
            }
            rowArray.append(QJsonObject {{QStringLiteral("id"), qint64(r.id)},
                                         {QStringLiteral("sourceSchema"), qs(r.sourceSchema)},
                                         {QStringLiteral("sourceTable"), qs(r.sourceTable)},
                                         {QStringLiteral("targetSchema"), qs(r.targetSchema)},
                                         {QStringLiteral("targetTable"), qs(r.targetTable)},
                                         {QStringLiteral("slice"), r.slice},
                                         {QStringLiteral("column"), qs(r.column)},
                                         {QStringLiteral("error"), qs(r.error)},
                                         {QStringLiteral("detail"), qs(r.detail)},
                                         {QStringLiteral("errorTime"), qs(r.errorTime)},
                                         {QStringLiteral("values"), values}});
        }
        out(QString::fromUtf8(
            QJsonDocument(QJsonObject {{QStringLiteral("task"), qs(loaded->request.name)},
                                       {QStringLiteral("tables"), tableArray},
                                       {QStringLiteral("rows"), rowArray}})
                .toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    if (rows.empty()) {
        out(CliTr::tr("Task %1 has no rejected rows%2.\n")
                .arg(qs(loaded->request.name),
                     table.empty() ? QString()
                                   : CliTr::tr(" for %1").arg(tableName(schema, table))));
        return ExitOk;
    }
    std::string shownTable;
    for (const task::ExceptionRecord &r : rows) {
        const std::string key = r.sourceSchema + "." + r.sourceTable;
        if (key != shownTable) {
            shownTable = key;
            int64_t count = 0;
            for (const task::ExceptionTable &t : tables) {
                if (t.sourceSchema == r.sourceSchema && t.sourceTable == r.sourceTable)
                    count = t.rows;
            }
            out(CliTr::tr("%1 -> %2, rejected rows: %3\n")
                    .arg(tableName(r.sourceSchema, r.sourceTable),
                         tableName(r.targetSchema, r.targetTable))
                    .arg(count));
        }
        out(CliTr::tr("  #%1  slice %2%3: %4\n")
                .arg(r.id)
                .arg(r.slice)
                .arg(r.column.empty() ? QString() : CliTr::tr("  column %1").arg(qs(r.column)),
                     qs(r.error)));
        out(QStringLiteral("      %1\n").arg(imageText(r.image())));
    }
    return ExitOk;
}

/// `ferry exceptions reapply --json`: the outcome of every row and the column changes.
void printReapplyJson(const task::ReapplyResult &total, int applied, int refused, int failed)
{
    QJsonArray rowArray;
    for (const task::ReapplyRowResult &row : total.rows) {
        QJsonObject o {
            {QStringLiteral("id"), qint64(row.id)},
            {QStringLiteral("outcome"), QString::fromLatin1(task::reapplyOutcomeName(row.outcome))},
            {QStringLiteral("sourceSchema"), qs(row.sourceSchema)},
            {QStringLiteral("sourceTable"), qs(row.sourceTable)}};
        if (row.outcome != task::ReapplyOutcome::Applied)
            o.insert(QStringLiteral("error"), qs(row.error.toString()));
        rowArray.append(o);
    }
    QJsonArray changeArray;
    for (const task::ColumnTypeChange &change : total.columnChanges) {
        changeArray.append(QJsonObject {{QStringLiteral("schema"), qs(change.schema)},
                                        {QStringLiteral("table"), qs(change.table)},
                                        {QStringLiteral("column"), qs(change.column)},
                                        {QStringLiteral("fromType"), qs(change.fromType)},
                                        {QStringLiteral("toType"), qs(change.toType)},
                                        {QStringLiteral("ruleId"), qs(change.ruleId)},
                                        {QStringLiteral("changed"), change.changed}});
    }
    out(QString::fromUtf8(
        QJsonDocument(QJsonObject {{QStringLiteral("applied"), applied},
                                   {QStringLiteral("rejectedAgain"), refused},
                                   {QStringLiteral("failed"), failed},
                                   {QStringLiteral("rows"), rowArray},
                                   {QStringLiteral("columnChanges"), changeArray}})
            .toJson(QJsonDocument::Indented)));
}

/// `ferry exceptions reapply`: the counts, the rows not re-applied and the column changes.
void printReapplyText(const task::ReapplyResult &total, int applied, int refused, int failed)
{
    if (total.rows.empty()) {
        out(CliTr::tr("No rejected rows to re-apply.\n"));
        return;
    }
    out(CliTr::tr("Re-applied: %1, refused again: %2, not re-applied: %3.\n")
            .arg(applied)
            .arg(refused)
            .arg(failed));
    for (const task::ReapplyRowResult &row : total.rows) {
        if (row.outcome == task::ReapplyOutcome::Applied)
            continue;
        out(QStringLiteral("  #%1 %2: %3\n")
                .arg(row.id)
                .arg(tableName(row.sourceSchema, row.sourceTable), qs(row.error.toString())));
    }
    for (const task::ColumnTypeChange &change : total.columnChanges) {
        out((change.changed ? CliTr::tr("Changed column %1 of %2 from %3 to %4 (rule %5).\n")
                            : CliTr::tr("Column %1 of %2 is %3; rule %5 makes it %4.\n"))
                .arg(qs(change.column), tableName(change.schema, change.table), qs(change.fromType),
                     qs(change.toType), qs(change.ruleId)));
    }
    if (!total.pendingChanges().empty())
        out(CliTr::tr("Add --change-column-types to change those columns on the target (the "
                      "rows already there are converted), or reload the table.\n"));
}

/// Sends each re-apply request to the engine service in turn; the outcomes of all rows.
Result<task::ReapplyResult> reapplyAll(EngineSession &engine, const task::TaskRequest &task,
                                       const std::vector<task::ReapplyRequest> &requests)
{
    task::ReapplyResult total;
    for (const task::ReapplyRequest &request : requests) {
        auto result = engine.call<task::ReapplyResult>(
            &EngineService::exceptionsReapplied,
            [target = task.target, name = qs(task.name), request](EngineService *service,
                                                                  RequestId id) {
                service->reapplyExceptions(id, target, name, request);
            });
        if (!result)
            return result.error();
        total.rows.insert(total.rows.end(), result->rows.begin(), result->rows.end());
        total.columnChanges.insert(total.columnChanges.end(), result->columnChanges.begin(),
                                   result->columnChanges.end());
    }
    return total;
}

int reapplyExceptions(const ParsedArguments &parsed)
{
    std::string schema;
    std::string table;
    if (!parseSourceTable(parsed, &schema, &table))
        return ExitUsage;
    std::vector<int64_t> ids;
    for (const QString &value : parsed.values.values(QStringLiteral("id"))) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(CliTr::tr("--id needs the number of a rejected row (as "
                                        "'ferry exceptions list' shows it), got '%1'")
                                  .arg(value));
        ids.push_back(id);
    }
    const bool withRules = parsed.flags.contains(QStringLiteral("with-rules"));
    int exitCode = ExitOk;
    auto loaded = loadProjectTask(parsed.positional[1], parsed.values.value(QStringLiteral("task")),
                                  withRules, &exitCode);
    if (!loaded)
        return exitCode;

    EngineSession engine;
    // The source tables to re-apply whole: --table, or (without --id) every table with rows.
    std::vector<std::pair<std::string, std::string>> whole;
    if (!table.empty()) {
        whole.emplace_back(schema, table);
    } else if (ids.empty()) {
        task::ExceptionFilter filter;
        filter.controlSchema = loaded->controlSchema;
        filter.limit = 1;
        auto page = readExceptionPage(engine, loaded->request, filter);
        if (!page) {
            printError(page.error());
            return exitCodeFor(page.error());
        }
        for (const task::ExceptionTable &t : (*page)->tables)
            whole.emplace_back(t.sourceSchema, t.sourceTable);
    }
    std::vector<task::ReapplyRequest> requests;
    auto base = [&] {
        task::ReapplyRequest request;
        request.controlSchema = loaded->controlSchema;
        if (withRules) {
            task::ReapplyMapping mapping;
            mapping.source = loaded->request.source;
            mapping.rules = loaded->request.mapping;
            mapping.targetSchema = task::loadSettingsFrom(loaded->request.settings).targetSchema;
            mapping.changeColumnTypes
                = parsed.flags.contains(QStringLiteral("change-column-types"));
            request.mapping = std::move(mapping);
        }
        return request;
    };
    for (const auto &[s, t] : whole) {
        task::ReapplyRequest request = base();
        request.allOfSourceSchema = s;
        request.allOfSourceTable = t;
        requests.push_back(std::move(request));
    }
    if (!ids.empty()) {
        task::ReapplyRequest request = base();
        for (int64_t id : ids)
            request.rows.push_back({id, {}});
        requests.push_back(std::move(request));
    }

    auto reapplied = reapplyAll(engine, loaded->request, requests);
    if (!reapplied) {
        printError(reapplied.error());
        return exitCodeFor(reapplied.error());
    }
    const task::ReapplyResult &total = *reapplied;
    const int applied = total.count(task::ReapplyOutcome::Applied);
    const int refused = total.count(task::ReapplyOutcome::RejectedAgain);
    const int failed = static_cast<int>(total.rows.size()) - applied - refused;
    if (parsed.flags.contains(QStringLiteral("json"))) {
        printReapplyJson(total, applied, refused, failed);
    } else {
        printReapplyText(total, applied, refused, failed);
    }
    return applied == static_cast<int>(total.rows.size()) ? ExitOk : ExitPartialFailure;
}

} // namespace

int exceptionsCommand(const QStringList &arguments)
{
    const ParsedArguments parsed = parseArguments(
        arguments,
        {QStringLiteral("json"), QStringLiteral("with-rules"),
         QStringLiteral("change-column-types")},
        {QStringLiteral("task"), QStringLiteral("table"), QStringLiteral("id")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    const QString action = parsed.positional.value(0);
    if ((action != QLatin1String("list") && action != QLatin1String("reapply"))
        || parsed.positional.size() != 2)
        return usageError(CliTr::tr("exceptions needs 'list PROJECT' or 'reapply PROJECT'"));
    if (action == QLatin1String("list")) {
        if (!parsed.values.values(QStringLiteral("id")).isEmpty()
            || parsed.flags.contains(QStringLiteral("with-rules"))
            || parsed.flags.contains(QStringLiteral("change-column-types")))
            return usageError(CliTr::tr("--id, --with-rules and --change-column-types are "
                                        "for 'exceptions reapply'"));
        return listExceptions(parsed);
    }
    if (parsed.flags.contains(QStringLiteral("change-column-types"))
        && !parsed.flags.contains(QStringLiteral("with-rules")))
        return usageError(CliTr::tr("--change-column-types goes with --with-rules"));
    return reapplyExceptions(parsed);
}

} // namespace ferry::cli
