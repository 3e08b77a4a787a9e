// SPDX-License-Identifier: MIT
// The reader -> queue -> consumer pump and the key slicing shared by the full load,
// validation and change apply. The reader here generates numbered rows: the pump's own
// behaviour is under test, not a database's.
#include "engine/load/batch_pump.h"
#include "engine/load/key_slicing.h"

#include <QtTest>

#include <atomic>
#include <stdexcept>
#include <string>

using namespace ferry;
using namespace ferry::load;

namespace {

/// Rows 1..total, one column; can fail at a given row or throw.
class CountingReader : public TableReader
{
public:
    explicit CountingReader(int total) : m_total(total) {}
    int failAt = 0;
    bool throwAtFailure = false;
    std::atomic<bool> cancelled{false};

    Result<bool> read(RowBatch &batch, const BatchLimits &limits) override
    {
        while (m_next <= m_total && batch.rowCount() < limits.maxRows) {
            if (cancelled.load())
                return Error{ErrorCode::Cancelled, ErrorAction::FailTask, "cancelled"};
            if (m_next == failAt) {
                if (throwAtFailure)
                    throw std::runtime_error("reader exploded");
                return Error{ErrorCode::QueryFailed, ErrorAction::Retry, "connection lost"};
            }
            batch.appendCell(0, std::to_string(m_next++));
            batch.finishRow();
        }
        return m_next <= m_total;
    }
    void cancel() override { cancelled = true; }

private:
    int m_total;
    int m_next = 1;
};

PumpLimits smallBatches()
{
    PumpLimits limits;
    limits.batch.maxRows = 7;
    limits.queueSlots = 2;
    return limits;
}

} // namespace

class TestBatchPump : public QObject
{
    Q_OBJECT

private slots:
    void everyRowArrivesInOrder()
    {
        CountingReader reader(1000);
        BatchPump pump;
        std::atomic<int64_t> seenOnRead{0};
        pump.onRead = [&](const RowBatch &batch) { seenOnRead += int64_t(batch.rowCount()); };
        int expected = 1;
        bool inOrder = true;
        PumpCounts counts;
        auto done = pump.run(reader, 1, smallBatches(),
                             [&](const RowBatch &batch) -> Result<void> {
                                 for (size_t row = 0; row < batch.rowCount(); ++row)
                                     inOrder = inOrder
                                               && batch.cell(0, row)
                                                      == std::to_string(expected++);
                                 return {};
                             },
                             counts);
        QVERIFY2(done, done ? "" : done.error().message.c_str());
        QVERIFY(inOrder);
        QCOMPARE(expected, 1001);
        QCOMPARE(counts.rows, int64_t(1000));
        QCOMPARE(seenOnRead.load(), int64_t(1000));
    }

    void aReadErrorEndsThePumpWithIt()
    {
        CountingReader reader(1000);
        reader.failAt = 500;
        PumpCounts counts;
        auto done = BatchPump().run(reader, 1, smallBatches(),
                                    [](const RowBatch &) -> Result<void> { return {}; }, counts);
        QVERIFY(!done);
        QCOMPARE(done.error().message, std::string("connection lost"));
        QCOMPARE(done.error().action, ErrorAction::Retry);
        QVERIFY(counts.rows < 500);
    }

    void aConsumerErrorCancelsTheReader()
    {
        CountingReader reader(1'000'000);
        int batches = 0;
        PumpCounts counts;
        auto done = BatchPump().run(
            reader, 1, smallBatches(),
            [&](const RowBatch &) -> Result<void> {
                if (++batches == 3)
                    return Error{ErrorCode::QueryFailed, ErrorAction::FailTable, "refused"};
                return {};
            },
            counts);
        QVERIFY(!done);
        QCOMPARE(done.error().message, std::string("refused"));
        QCOMPARE(batches, 3);
        // The reader stopped long before the table's end (bounded queue, then cancelled).
        QVERIFY(counts.rows < 100);
    }

    void aStopRequestEndsWithCancelled()
    {
        CountingReader reader(1'000'000);
        std::atomic<bool> stop{false};
        BatchPump pump;
        pump.stopRequested = [&] { return stop.load(); };
        int batches = 0;
        PumpCounts counts;
        auto done = pump.run(reader, 1, smallBatches(),
                             [&](const RowBatch &) -> Result<void> {
                                 if (++batches == 5)
                                     stop = true;
                                 return {};
                             },
                             counts);
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::Cancelled);
        QCOMPARE(batches, 5);
    }

    void anExceptionOnTheReaderThreadBecomesAnError()
    {
        CountingReader reader(1000);
        reader.failAt = 20;
        reader.throwAtFailure = true;
        PumpCounts counts;
        auto done = BatchPump().run(reader, 1, smallBatches(),
                                    [](const RowBatch &) -> Result<void> { return {}; }, counts);
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::Internal);
        QVERIFY(done.error().message.find("reader exploded") != std::string::npos);
    }

    void keySpaceSlicesCoverEveryKeyOnce()
    {
        const auto slices = splitKeySpace(1, 100, 4);
        QCOMPARE(slices.size(), size_t(4));
        QVERIFY(!slices.front().lower);
        QVERIFY(!slices.back().upper);
        for (size_t i = 1; i < slices.size(); ++i)
            QCOMPARE(slices[i].lower, slices[i - 1].upper);
        // Each key of 1..100 (and beyond both ends) falls in exactly one slice.
        for (int64_t key : {int64_t(-5), int64_t(1), int64_t(25), int64_t(26), int64_t(100),
                            int64_t(1000)}) {
            int owners = 0;
            for (const SliceBounds &s : slices)
                owners += (!s.lower || key > *s.lower) && (!s.upper || key <= *s.upper);
            QCOMPARE(owners, 1);
        }
    }

    void extremeKeysDoNotOverflow()
    {
        const auto slices = splitKeySpace(INT64_MIN, INT64_MAX, 3);
        QCOMPARE(slices.size(), size_t(3));
        QVERIFY(*slices[0].upper < *slices[1].upper);
        QCOMPARE(splitKeySpace(5, 5, 10).size(), size_t(1)); // one key: one slice
    }

    void boundariesMakeSlicesBetweenThem()
    {
        const auto slices = slicesBetween({10, 20});
        QCOMPARE(slices.size(), size_t(3));
        QVERIFY(!slices[0].lower);
        QCOMPARE(*slices[0].upper, int64_t(10));
        QCOMPARE(*slices[1].lower, int64_t(10));
        QCOMPARE(*slices[1].upper, int64_t(20));
        QCOMPARE(*slices[2].lower, int64_t(20));
        QVERIFY(!slices[2].upper);
    }
};

QTEST_GUILESS_MAIN(TestBatchPump)
#include "tst_batch_pump.moc"
