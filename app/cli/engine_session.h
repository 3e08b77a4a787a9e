// SPDX-License-Identifier: MIT
#pragma once

#include "engine/service/engine_service.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QSocketNotifier;

namespace ferry::cli {

/**
 * The CLI's side of the one orchestration path (DESIGN §2): the EngineService on its own engine
 * thread (EngineThread), driven from the main thread's QCoreApplication event loop exactly as
 * the workbench drives it through EngineClient. Commands go in as typed queued calls; replies,
 * snapshots and log batches come back as the service's queued signals.
 *
 * Thread: the main thread. Destroying it stops what still runs (resumable) and joins the engine
 * thread. Errors: replies carry the engine's Error values.
 */
class EngineSession
{
public:
    EngineSession();
    ~EngineSession();
    EngineSession(const EngineSession &) = delete;
    EngineSession &operator=(const EngineSession &) = delete;

    EngineService *service() const { return m_engine.service(); }
    /// Context for connections to the service's signals: they run on the main thread and die
    /// with the session.
    QObject *context() const { return m_context.get(); }
    RequestId nextRequestId() { return m_nextId++; }

    /// Sends a command: command(service, id) runs on the engine thread.
    void send(std::function<void(EngineService *)> command);
    /// Runs the application's event loop, calling start from inside it, until quit(code);
    /// returns code.
    int exec(const std::function<void()> &start);
    void quit(int code);

    /// Sends one command (command(service, id) on the engine thread) and runs the event loop
    /// until its terminal reply: the value of its reply signal, or the Error of requestFailed or
    /// requestCancelled.
    template<typename T>
    Result<T> call(void (EngineService::*reply)(RequestId, const T &),
                   std::function<void(EngineService *, RequestId)> command);

private:
    EngineThread m_engine;
    std::unique_ptr<QObject> m_context;
    RequestId m_nextId = 1;
};

template<typename T>
Result<T> EngineSession::call(void (EngineService::*reply)(RequestId, const T &),
                              std::function<void(EngineService *, RequestId)> command)
{
    const RequestId id = nextRequestId();
    std::optional<T> value;
    std::optional<Error> error;
    QObject connections; // the connections end with this call
    QObject::connect(service(), reply, &connections,
                     [this, id, &value, &error](RequestId replyId, const T &replied) {
                         if (replyId != id || value || error)
                             return;
                         value.emplace(replied);
                         quit(0);
                     });
    auto failed = [this, id, &value, &error](RequestId replyId, const Error &reason) {
        if (replyId != id || value || error)
            return;
        error.emplace(reason);
        quit(0);
    };
    QObject::connect(service(), &EngineService::requestFailed, &connections, failed);
    QObject::connect(service(), &EngineService::requestCancelled, &connections, failed);
    exec([this, id, command = std::move(command)] {
        send([id, command](EngineService *service) { command(service, id); });
    });
    if (value)
        return std::move(*value);
    return error ? *error : cancelledError();
}

/**
 * While it lives, SIGINT and SIGTERM call onInterrupt on the main thread instead of ending the
 * process: the signal handler only writes a byte to a pipe (the self-pipe pattern), and a
 * QSocketNotifier on the pipe's other end calls onInterrupt from the event loop. The previous
 * handlers come back on destruction. Thread: main thread; one instance at a time.
 */
class InterruptNotifier
{
public:
    explicit InterruptNotifier(std::function<void()> onInterrupt);
    ~InterruptNotifier();
    InterruptNotifier(const InterruptNotifier &) = delete;
    InterruptNotifier &operator=(const InterruptNotifier &) = delete;

private:
    std::function<void()> m_onInterrupt;
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct Saved;
    std::unique_ptr<Saved> m_saved;
};

} // namespace ferry::cli
