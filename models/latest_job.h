// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace ferry::models {

/**
 * Runs work off the GUI thread for things the user starts again and again while typing
 * (planning a 10,000-table mapping, parsing a DMS JSON file): each run() supersedes the one
 * before. A job that has not started yet is dropped, and a job that was superseded while it
 * ran has its result dropped on arrival (a generation counter), so only the latest result is
 * delivered — on the owner's thread, while the owner lives.
 *
 * Thread: the owner's (GUI) thread; the work runs on one private worker thread. The destructor
 * waits for a job that is running.
 */
class LatestJob : public QObject
{
public:
    explicit LatestJob(QObject *parent = nullptr);
    ~LatestJob() override;

    /// Runs work on the worker; deliver(result) runs on this object's thread unless run() or
    /// cancel() was called again meanwhile. Returns the job's generation.
    template<typename T> quint64 run(std::function<T()> work, std::function<void(T)> deliver);
    /// Drops the pending job and the result of the running one.
    void cancel();
    /// A result is still to come (its job is queued, running or in the event queue).
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] quint64 generation() const { return m_generation; }
    /// Blocks until the worker has no job left (tests, shutdown); the result, if any, is
    /// delivered by the event loop afterwards.
    bool waitForDone(int msecs = -1) { return m_pool.waitForDone(msecs); }

private:
    void start(quint64 generation, std::function<std::function<void()>()> work);
    void deliver(quint64 generation, const std::function<void()> &handOver);

    QThreadPool m_pool;
    /// The newest generation, read by the worker to skip jobs superseded before they start.
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    bool m_busy = false;
};

template<typename T> quint64 LatestJob::run(std::function<T()> work, std::function<void(T)> deliver)
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_busy = true;
    start(generation,
          [work = std::move(work), deliver = std::move(deliver)]() -> std::function<void()> {
              auto result = std::make_shared<T>(work());
              return [deliver, result] { deliver(std::move(*result)); };
          });
    return generation;
}

} // namespace ferry::models
