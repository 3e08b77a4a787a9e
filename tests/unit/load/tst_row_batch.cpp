// SPDX-License-Identifier: MIT
#include "engine/load/batch_queue.h"
#include "engine/load/row_batch.h"

#include <QtTest>

#include <thread>

using namespace ferry::load;

class TestRowBatch : public QObject
{
    Q_OBJECT

private slots:
    void cellsNullsAndEmptyStrings()
    {
        RowBatch batch(3);
        batch.appendCell(0, "1");
        batch.appendNull(1);
        batch.appendCell(2, "");
        batch.finishRow();
        batch.appendCell(0, "22");
        batch.appendCell(1, std::string_view("a\0b", 3));
        batch.beginCell(2).append("x\ty");
        batch.endCell(2);
        batch.finishRow();

        QCOMPARE(batch.rowCount(), size_t(2));
        QCOMPARE(batch.cell(0, 0), std::string_view("1"));
        QVERIFY(batch.isNull(1, 0));
        QVERIFY(!batch.isNull(2, 0));
        QCOMPARE(batch.cell(2, 0).size(), size_t(0));
        QCOMPARE(batch.cell(0, 1), std::string_view("22"));
        QCOMPARE(batch.cell(1, 1), std::string_view("a\0b", 3));
        QCOMPARE(batch.cell(2, 1), std::string_view("x\ty"));
        QCOMPARE(batch.byteSize(), size_t(1 + 0 + 0 + 2 + 3 + 3));
    }

    void abandonRowDropsPartialCells()
    {
        RowBatch batch(2);
        batch.appendCell(0, "keep");
        batch.appendCell(1, "me");
        batch.finishRow();
        batch.appendCell(0, "drop");
        batch.abandonRow();
        batch.appendCell(0, "next");
        batch.appendNull(1);
        batch.finishRow();
        QCOMPARE(batch.rowCount(), size_t(2));
        QCOMPARE(batch.cell(0, 1), std::string_view("next"));
        QVERIFY(batch.isNull(1, 1));
        QCOMPARE(batch.cell(1, 0), std::string_view("me"));
    }

    void clearKeepsShapeAndAppendRowCopies()
    {
        RowBatch source(2);
        source.appendCell(0, "a");
        source.appendNull(1);
        source.finishRow();
        RowBatch copy(2);
        copy.appendRow(source, 0);
        QCOMPARE(copy.cell(0, 0), std::string_view("a"));
        QVERIFY(copy.isNull(1, 0));
        copy.clear();
        QCOMPARE(copy.rowCount(), size_t(0));
        QCOMPARE(copy.byteSize(), size_t(0));
        QCOMPARE(copy.columnCount(), size_t(2));
        copy.reset(4);
        QCOMPARE(copy.columnCount(), size_t(4));
    }

    void queueIsBoundedAndOrdered()
    {
        BatchQueue queue(2);
        std::atomic<int> produced{0};
        std::thread producer([&] {
            for (int i = 0; i < 50; ++i) {
                auto batch = queue.take(1);
                QVERIFY(batch);
                batch->appendCell(0, std::to_string(i));
                batch->finishRow();
                QVERIFY(queue.push(std::move(batch)));
                ++produced;
            }
            queue.close();
        });
        // Without a consumer the producer stops after capacity + 2 batches at most.
        QTRY_VERIFY(produced.load() >= 2);
        std::this_thread::yield();
        QVERIFY(produced.load() <= 4);
        int expected = 0;
        while (auto batch = queue.pop()) {
            QCOMPARE(batch->cell(0, 0), std::string_view(std::to_string(expected)));
            ++expected;
            queue.recycle(std::move(batch));
        }
        producer.join();
        QCOMPARE(expected, 50);
    }

    /// The queue bounds bytes in flight (pushed, not yet recycled), not only batches; a batch
    /// over the whole budget still goes, alone.
    void queueBoundsBytesInFlight()
    {
        BatchQueue queue(3, 100);
        auto filled = [&](size_t bytes) {
            auto batch = queue.take(1);
            batch->appendCell(0, std::string(bytes, 'x'));
            batch->finishRow();
            return batch;
        };
        QVERIFY(queue.push(filled(60)));
        QCOMPARE(queue.inFlightBytes(), size_t(60));
        QVERIFY(queue.canPush(40));
        QVERIFY(!queue.canPush(41));
        QVERIFY(queue.push(filled(40)));
        QVERIFY(!queue.canPush(1));
        // A reader pushing now waits until the writer gives a batch back.
        std::atomic<bool> pushed{false};
        std::thread reader([&] {
            auto batch = std::make_unique<RowBatch>(1);
            batch->appendCell(0, std::string(50, 'y'));
            batch->finishRow();
            QVERIFY(queue.push(std::move(batch)));
            pushed = true;
        });
        auto first = queue.pop();
        QCOMPARE(first->byteSize(), size_t(60));
        queue.recycle(std::move(first)); // 40 in flight: the waiting 50 fits
        QTRY_VERIFY(pushed.load());
        reader.join();
        QCOMPARE(queue.inFlightBytes(), size_t(90));
        queue.recycle(queue.pop());
        queue.recycle(queue.pop());
        QCOMPARE(queue.inFlightBytes(), size_t(0));
        // Over the budget: alone only.
        QVERIFY(queue.canPush(500));
        QVERIFY(queue.push(filled(500)));
        QVERIFY(!queue.canPush(1));
        queue.recycle(queue.pop());
        QVERIFY(queue.canPush(1));
    }

    /// A batch that grew far past the usual size (one huge value) frees its buffers when it
    /// is given back; an ordinary one keeps them for reuse.
    void recycledHugeBatchReleasesItsBuffers()
    {
        BatchQueue queue(1, 0, 1000);
        auto batch = queue.take(1);
        batch->appendCell(0, std::string(800, 'x'));
        batch->finishRow();
        QVERIFY(queue.push(std::move(batch)));
        queue.recycle(queue.pop());
        batch = queue.take(1);
        QVERIFY(batch->capacityBytes() >= 800);
        batch->appendCell(0, std::string(5000, 'x'));
        batch->finishRow();
        QCOMPARE(batch->byteSize(), size_t(5000));
        QVERIFY(queue.push(std::move(batch)));
        queue.recycle(queue.pop());
        batch = queue.take(1);
        QVERIFY(batch->capacityBytes() < 1000);
        QCOMPARE(batch->rowCount(), size_t(0));
        batch->appendCell(0, "again");
        batch->finishRow();
        QCOMPARE(batch->cell(0, 0), std::string_view("again"));
    }

    void abortWakesBothSides()
    {
        BatchQueue queue(1);
        std::thread consumer([&] { QVERIFY(!queue.pop()); });
        queue.abort();
        consumer.join();
        QVERIFY(!queue.take(1));
        QVERIFY(!queue.push(std::make_unique<RowBatch>(1)));
    }
};

QTEST_APPLESS_MAIN(TestRowBatch)
#include "tst_row_batch.moc"
