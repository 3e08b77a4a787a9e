// SPDX-License-Identifier: MIT
// The Logs tab's model (models/log_model.h) takes the engine's log batches: one insert per
// batch, lines in order, the oldest dropped beyond the capacity with one removal.
#include "models/log_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ferry;
using models::LogModel;

namespace {

std::vector<task::LogLine> batch(int first, int count)
{
    std::vector<task::LogLine> lines;
    for (int i = first; i < first + count; ++i)
        lines.push_back({i, task::LogComponent::TaskManager, task::LogSeverity::Info,
                         "line " + std::to_string(i)});
    return lines;
}

} // namespace

class TestLogModel : public QObject
{
    Q_OBJECT

private slots:
    void appendsABatchWithOneInsert()
    {
        LogModel model(nullptr, 100);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.append(batch(0, 30));
        model.append(std::vector<task::LogLine> {}); // nothing: no signal
        model.append(batch(30, 20));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 30);
        QCOMPARE(inserted.at(1).at(2).toInt(), 49);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 50);
        for (int row = 0; row < 50; ++row)
            QCOMPARE(model.lineAt(row).message, "line " + std::to_string(row));
    }

    void dropsTheOldestBeyondTheCapacity()
    {
        LogModel model(nullptr, 100);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(batch(0, 80));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.append(batch(80, 50)); // 30 too many: the oldest 30 go, in one removal
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.at(0).at(2).toInt(), 29);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.lineAt(0).message, std::string("line 30"));
        QCOMPARE(model.lineAt(99).message, std::string("line 129"));
        // A batch larger than the capacity keeps its newest lines.
        model.append(batch(200, 250));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.lineAt(0).message, std::string("line 350"));
        QCOMPARE(model.lineAt(99).message, std::string("line 449"));
    }
};

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_log_model.moc"
