// SPDX-License-Identifier: MIT
#include "models/latest_job.h"

namespace ferry::models {

LatestJob::LatestJob(QObject *parent)
    : QObject(parent), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("ferry-latest-job"));
}

LatestJob::~LatestJob()
{
    cancel();
    m_pool.waitForDone(); // results posted meanwhile are dropped with this object
}

void LatestJob::cancel()
{
    m_latest->store(++m_generation);
    m_pool.clear();
    m_busy = false;
}

void LatestJob::start(quint64 generation, std::function<std::function<void()>()> work)
{
    m_pool.clear(); // a job that has not started yet is superseded
    m_pool.start([this, generation, latest = m_latest, work = std::move(work)] {
        if (latest->load() != generation)
            return;
        std::function<void()> handOver = work();
        QMetaObject::invokeMethod(
            this,
            [this, generation, handOver = std::move(handOver)] { deliver(generation, handOver); },
            Qt::QueuedConnection);
    });
}

void LatestJob::deliver(quint64 generation, const std::function<void()> &handOver)
{
    if (generation != m_generation)
        return; // superseded while it ran
    m_busy = false;
    handOver();
}

} // namespace ferry::models
