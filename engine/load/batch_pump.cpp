// SPDX-License-Identifier: MIT
#include "engine/load/batch_pump.h"

#include "engine/core/tr.h"
#include "engine/load/batch_queue.h"

#include <exception>
#include <optional>
#include <thread>

namespace ferry::load {

namespace {

/// An exception on the reader (reading) or writer side, as an error of the task.
Error internalError(bool reading, const char *what)
{
    const QString message = reading ? EngineTr::tr("Unexpected failure while reading: %1")
                                    : EngineTr::tr("Unexpected failure while writing: %1");
    return Error{ErrorCode::Internal, ErrorAction::FailTask,
                 message.arg(QString::fromUtf8(what)).toStdString()};
}

} // namespace

Result<void> BatchPump::run(TableReader &reader, size_t columnCount, const PumpLimits &limits,
                            const std::function<Result<void>(const RowBatch &)> &consume,
                            PumpCounts &counts) const
{
    // Memory by bytes: queueSlots x maxBytes in flight.
    BatchQueue queue(limits.queueSlots, limits.queueSlots * limits.batch.maxBytes,
                     limits.releaseAbove());
    std::optional<Error> readError;
    std::thread readerThread([&] {
        try {
            if (readerSetup)
                readerSetup();
            for (;;) {
                std::unique_ptr<RowBatch> batch = queue.take(columnCount);
                if (!batch)
                    break;
                auto more = reader.read(*batch, limits.batch);
                if (!more) {
                    readError = more.error();
                    queue.abort();
                    break;
                }
                counts.rows += static_cast<int64_t>(batch->rowCount());
                counts.bytes += static_cast<int64_t>(batch->byteSize());
                if (onRead)
                    onRead(*batch);
                if (!queue.push(std::move(batch)) || !*more)
                    break;
            }
        } catch (const std::exception &e) {
            readError = internalError(true, e.what());
            queue.abort();
        } catch (...) {
            readError = internalError(true, "unknown exception");
            queue.abort();
        }
        queue.close();
    });

    Result<void> result;
    try {
        while (std::unique_ptr<RowBatch> batch = queue.pop()) {
            if (stopRequested && stopRequested()) {
                result = cancelledError();
                break;
            }
            result = consume(*batch);
            if (!result)
                break;
            queue.recycle(std::move(batch));
        }
    } catch (const std::exception &e) {
        result = internalError(false, e.what());
    } catch (...) {
        result = internalError(false, "unknown exception");
    }
    if (!result) {
        queue.abort();
        reader.cancel();
    }
    readerThread.join();
    if (result && readError)
        return *readError;
    if (result && stopRequested && stopRequested())
        return cancelledError();
    return result;
}

} // namespace ferry::load
