// SPDX-License-Identifier: MIT
#include "app/cli/engine_session.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace ferry::cli {

EngineSession::EngineSession() : m_context(std::make_unique<QObject>()) { }

EngineSession::~EngineSession()
{
    m_context.reset(); // no reply is handled any more; m_engine then stops and joins
}

void EngineSession::send(std::function<void(EngineService *)> command)
{
    EngineService *engine = service();
    QMetaObject::invokeMethod(
        engine, [engine, command = std::move(command)] { command(engine); }, Qt::QueuedConnection);
}

int EngineSession::exec(const std::function<void()> &start)
{
    // Started from inside the loop, so a reply can never arrive before the loop runs.
    QMetaObject::invokeMethod(m_context.get(), start, Qt::QueuedConnection);
    return QCoreApplication::exec();
}

void EngineSession::quit(int code) { QCoreApplication::exit(code); }

namespace {

int g_interruptPipe[2] = {-1, -1};

extern "C" void onInterruptSignal(int)
{
    const int savedErrno = errno;
    const char byte = 1;
    // write() is async-signal-safe; a full pipe already holds an interrupt.
    [[maybe_unused]] const ssize_t written = write(g_interruptPipe[1], &byte, 1);
    errno = savedErrno;
}

} // namespace

struct InterruptNotifier::Saved
{
    struct sigaction interrupt = {};
    struct sigaction terminate = {};
};

InterruptNotifier::InterruptNotifier(std::function<void()> onInterrupt)
    : m_onInterrupt(std::move(onInterrupt)), m_saved(std::make_unique<Saved>())
{
    if (pipe2(g_interruptPipe, O_NONBLOCK | O_CLOEXEC) != 0) {
        g_interruptPipe[0] = g_interruptPipe[1] = -1;
        return; // Ctrl-C then ends the process as it would without Ferry's handling
    }
    m_notifier = std::make_unique<QSocketNotifier>(g_interruptPipe[0], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] {
        char bytes[16];
        while (read(g_interruptPipe[0], bytes, sizeof bytes) > 0) { }
        if (m_onInterrupt)
            m_onInterrupt();
    });
    struct sigaction action = {};
    action.sa_handler = onInterruptSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &m_saved->interrupt);
    sigaction(SIGTERM, &action, &m_saved->terminate);
}

InterruptNotifier::~InterruptNotifier()
{
    if (g_interruptPipe[0] < 0)
        return;
    sigaction(SIGINT, &m_saved->interrupt, nullptr);
    sigaction(SIGTERM, &m_saved->terminate, nullptr);
    m_notifier.reset();
    close(g_interruptPipe[0]);
    close(g_interruptPipe[1]);
    g_interruptPipe[0] = g_interruptPipe[1] = -1;
}

} // namespace ferry::cli
