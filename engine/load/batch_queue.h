// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/row_batch.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

namespace ferry::load {

/**
 * The bounded hand-over between one reader thread and one writer thread (DESIGN §3): at most
 * `capacity` filled batches wait (StreamBufferCount); the writer returns emptied batches so the
 * reader reuses their buffers. Memory per slice is therefore bounded by
 * (capacity + 2) x the batch byte limit, whatever the table size.
 *
 * Thread: push/pop/recycle/take from the two threads; close() and abort() from any thread.
 */
class BatchQueue
{
public:
    explicit BatchQueue(size_t capacity) : m_capacity(capacity == 0 ? 1 : capacity) { }

    /// A batch to fill: a recycled one when available, else a new one (at most capacity + 2
    /// exist). Blocks while all are in use; nullptr once aborted.
    std::unique_ptr<RowBatch> take(size_t columnCount)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] {
            return m_aborted || !m_free.empty() || m_created < m_capacity + 2;
        });
        if (m_aborted)
            return nullptr;
        std::unique_ptr<RowBatch> batch;
        if (!m_free.empty()) {
            batch = std::move(m_free.front());
            m_free.pop_front();
            batch->reset(columnCount);
        } else {
            ++m_created;
            batch = std::make_unique<RowBatch>(columnCount);
        }
        return batch;
    }

    /// Hands a filled batch to the writer; blocks while the queue is full. False once aborted.
    bool push(std::unique_ptr<RowBatch> batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_aborted || m_filled.size() < m_capacity; });
        if (m_aborted)
            return false;
        m_filled.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    /// The reader is done: pop() returns nullptr once the queue drains.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    /// Either side failed: wakes everyone; take/push/pop return nothing from now on.
    void abort()
    {
        std::lock_guard lock(m_mutex);
        m_aborted = true;
        m_changed.notify_all();
    }

    /// The next filled batch; nullptr when closed and drained, or aborted.
    std::unique_ptr<RowBatch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_aborted || m_closed || !m_filled.empty(); });
        if (m_aborted || m_filled.empty())
            return nullptr;
        std::unique_ptr<RowBatch> batch = std::move(m_filled.front());
        m_filled.pop_front();
        m_changed.notify_all();
        return batch;
    }

    /// Gives an emptied batch back for reuse.
    void recycle(std::unique_ptr<RowBatch> batch)
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(batch));
        m_changed.notify_all();
    }

private:
    const size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<RowBatch>> m_filled;
    std::deque<std::unique_ptr<RowBatch>> m_free;
    size_t m_created = 0;
    bool m_closed = false;
    bool m_aborted = false;
};

} // namespace ferry::load
