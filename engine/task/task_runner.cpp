// SPDX-License-Identifier: MIT
#include "engine/task/task_runner.h"

#include "engine/task/task_clock.h"
#include "engine/task/task_phases.h"
#include "engine/task/task_run.h"

#include <QDir>

#include <exception>
#include <thread>

namespace ferry::task {

namespace {

/// The run directory's files: task.log (through the TaskLog) and statistics.jsonl.
void openRunFiles(TaskRun &run)
{
    std::string logPath;
    if (!run.request.runDirectory.empty()) {
        QDir().mkpath(qs(run.request.runDirectory));
        logPath = run.request.runDirectory + "/task.log";
        run.statisticsFile
            = std::fopen((run.request.runDirectory + "/statistics.jsonl").c_str(), "a");
    }
    run.log = std::make_unique<TaskLog>(run.request.settings, logPath, run.callbacks.log);
}

/// Publishes snapshots at the snapshot rate while it lives (DESIGN §2: 4 Hz).
class Sampler
{
public:
    explicit Sampler(TaskRun &run)
        : m_run(run), m_thread([&run] {
            try {
                run.samplerLoop();
            } catch (const std::exception &e) {
                run.log->log(LogComponent::TaskManager, LogSeverity::Error,
                             std::string("snapshot sampler: ") + e.what());
            }
        })
    {
    }
    ~Sampler() { stop(); }
    Sampler(const Sampler &) = delete;
    Sampler &operator=(const Sampler &) = delete;

    void stop()
    {
        if (!m_thread.joinable())
            return;
        {
            std::lock_guard lock(m_run.samplerMutex);
            m_run.samplerDone = true;
        }
        m_run.samplerWake.notify_all();
        m_thread.join();
    }

private:
    TaskRun &m_run;
    std::thread m_thread;
};

Error unexpected(const char *what)
{
    return Error {ErrorCode::Internal, ErrorAction::FailTask,
                  EngineTr::tr("The task failed unexpectedly: %1")
                      .arg(QString::fromUtf8(what))
                      .toStdString()};
}

Result<TaskOutcome> runPhases(TaskRun &run)
{
    const TaskPhases phases = phasesOf(run.request.migrationType, run.settings);
    auto prepared = prepareTask(run, phases);
    if (!prepared)
        return abortTask(run, prepared.error());
    run.setState(TaskState::Running);
    Sampler sampler(run);
    if (phases.fullLoad)
        runFullLoad(run, *prepared);
    // Change capture and validation come here (DESIGN §5, §8); prepareTask refuses tasks that
    // need them until they exist.
    sampler.stop();
    prepared->source.reset();
    prepared->target.reset();
    return finishTask(run);
}

} // namespace

TaskRunner::TaskRunner(TaskRequest request, TaskCallbacks callbacks)
    : d(std::make_unique<TaskRun>())
{
    d->request = std::move(request);
    d->callbacks = std::move(callbacks);
}

TaskRunner::~TaskRunner() = default;

void TaskRunner::stop()
{
    d->stopRequested = true;
    d->cancelActive();
}

Result<TaskOutcome> TaskRunner::run()
{
    TaskRun &run = *d;
    run.startedMs = nowMs();
    run.settings = loadSettingsFrom(run.request.settings);
    openRunFiles(run);
    struct CloseFile
    {
        std::FILE *&file;
        ~CloseFile()
        {
            if (file)
                std::fclose(file);
        }
    } closeStatistics {run.statisticsFile};

    run.setState(TaskState::Starting);
    run.info(LogComponent::TaskManager,
             EngineTr::tr("Task %1 starting%2: %3 -> %4")
                 .arg(qs(run.request.name),
                      run.request.resume ? EngineTr::tr(" (resume)") : QString(),
                      qs(run.request.source.toUri()), qs(run.request.target.toUri())));
    try {
        return runPhases(run);
    } catch (const std::exception &e) {
        return abortTask(run, unexpected(e.what()));
    } catch (...) {
        return abortTask(run, unexpected("unknown exception"));
    }
}

} // namespace ferry::task
