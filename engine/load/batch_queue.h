// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/row_batch.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

namespace ferry::load {

/**
 * The bounded hand-over between one reader thread and one writer thread (DESIGN §3): at most
 * `capacity` filled batches wait (StreamBufferCount); the writer returns emptied batches so the
 * reader reuses their buffers.
 *
 * Memory is bounded by bytes, not only by batches, because one huge value (a LOB in full LOB
 * mode) makes its batch huge whatever the batch byte limit says: the batches handed over and
 * not yet recycled (waiting, or being written) hold at most `byteBudget` bytes of cells
 * (StreamBufferCount x StreamBufferSizeInMB), except that a single batch over the budget may be
 * in flight alone; push() waits otherwise. So the cells in memory per slice are at most
 * max(byteBudget, the largest batch) plus the batch the reader is filling
 * (docs/data-path.md, "Memory"). A recycled batch whose buffers hold more than `releaseAbove`
 * bytes frees them, so a huge value does not stay allocated in every batch it passed through.
 *
 * Thread: push/pop/recycle/take from the two threads; close() and abort() from any thread.
 */
class BatchQueue
{
public:
    /// byteBudget, releaseAbove: 0 for no limit.
    explicit BatchQueue(size_t capacity, size_t byteBudget = 0, size_t releaseAbove = 0)
        : m_capacity(capacity == 0 ? 1 : capacity)
        , m_byteBudget(byteBudget)
        , m_releaseAbove(releaseAbove)
    {
    }

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

    /// Hands a filled batch to the writer; blocks while the queue is full, by batches or by
    /// bytes. False once aborted.
    bool push(std::unique_ptr<RowBatch> batch)
    {
        const size_t bytes = batch->byteSize();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_aborted || accepts(bytes); });
        if (m_aborted)
            return false;
        m_inFlightBytes += bytes;
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

    /// Gives a written batch back for reuse (the writer leaves its cells as they were).
    void recycle(std::unique_ptr<RowBatch> batch)
    {
        const size_t bytes = batch->byteSize();
        if (m_releaseAbove > 0 && batch->capacityBytes() > m_releaseAbove)
            batch->releaseMemory();
        std::lock_guard lock(m_mutex);
        m_inFlightBytes -= std::min(m_inFlightBytes, bytes);
        m_free.push_back(std::move(batch));
        m_changed.notify_all();
    }

    /// Whether push() of a batch holding `bytes` of cells would go through now.
    bool canPush(size_t bytes) const
    {
        std::lock_guard lock(m_mutex);
        return accepts(bytes);
    }

    /// Bytes of cells in batches pushed and not yet recycled.
    size_t inFlightBytes() const
    {
        std::lock_guard lock(m_mutex);
        return m_inFlightBytes;
    }

private:
    bool accepts(size_t bytes) const
    {
        return m_filled.size() < m_capacity
               && (m_byteBudget == 0 || m_inFlightBytes == 0
                   || m_inFlightBytes + bytes <= m_byteBudget);
    }

    const size_t m_capacity;
    const size_t m_byteBudget;
    const size_t m_releaseAbove;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<RowBatch>> m_filled;
    std::deque<std::unique_ptr<RowBatch>> m_free;
    size_t m_created = 0;
    size_t m_inFlightBytes = 0;
    bool m_closed = false;
    bool m_aborted = false;
};

} // namespace ferry::load
