// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"
#include "engine/load/load_session.h"
#include "engine/load/row_batch.h"

#include <cstddef>
#include <cstdint>
#include <functional>

namespace ferry::load {

/// How much a pump holds in memory (docs/data-path.md, "Memory").
struct PumpLimits
{
    BatchLimits batch; ///< rows and bytes per batch (CommitRate, StreamBufferSizeInMB)
    size_t queueSlots = 3; ///< filled batches waiting (StreamBufferCount)
    /// A batch whose buffers grew past this (around a huge value) frees them once consumed.
    size_t releaseAbove() const { return 2 * batch.maxBytes; }
};

/// What a pump read: counted on the reader thread as batches arrive.
struct PumpCounts
{
    int64_t rows = 0;
    int64_t bytes = 0;
};

/**
 * Reads a table through `reader` on a thread of its own into a bounded BatchQueue, and hands
 * each batch to `consume` on the calling thread, in order (DESIGN §3: reader -> queue ->
 * writer). The full load's writer, validation's comparer and the change-apply path share it.
 *
 * `onRead` (optional) sees each batch on the reader thread before it is queued (statistics);
 * `stopRequested` (optional) is asked before each batch is consumed. The pump ends at the
 * table's end, at the first read error, at the first error `consume` returns (the reader is
 * cancelled then), or when a stop is requested (ErrorCode::Cancelled). `counts` holds what
 * was read, also when the pump fails. `readerSetup` (optional) runs first on the reader
 * thread (its priority). No exception leaves the reader thread: one becomes an Internal error.
 */
struct BatchPump
{
    std::function<void(const RowBatch &)> onRead;
    std::function<bool()> stopRequested;
    std::function<void()> readerSetup;

    [[nodiscard]] Result<void> run(TableReader &reader, size_t columnCount,
                                   const PumpLimits &limits,
                                   const std::function<Result<void>(const RowBatch &)> &consume,
                                   PumpCounts &counts) const;
};

} // namespace ferry::load
