// SPDX-License-Identifier: MIT
// The Table statistics tab's "Truncated LOBs" column: hidden in full LOB mode, shown once a
// table loads in limited LOB mode or a value was truncated, and counted in the totals line.
#include "models/table_statistics_model.h"
#include "ui/table_statistics_view.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QtTest>

using namespace ferry;
using Column = models::TableStatisticsModel::Column;

namespace {

task::TaskSnapshot snapshot(int64_t lobMaxSizeKb, int64_t truncated)
{
    task::TaskSnapshot s;
    s.taskName = std::string("task");
    s.state = task::TaskState::Running;
    task::TableStatistics table;
    table.schema = std::string("shop");
    table.table = std::string("photo");
    table.state = task::TableState::FullLoad;
    table.fullLoadRows = 1200;
    table.lobMaxSizeKb = lobMaxSizeKb;
    table.fullLoadTruncatedLobs = truncated;
    s.tables = {table};
    return s;
}

} // namespace

class TestTableStatisticsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void truncatedLobsColumnAppearsInLimitedLobMode()
    {
        TableStatisticsView view;
        QTableView *table = view.findChild<QTableView *>(QStringLiteral("tableStatisticsTable"));
        auto *totals = view.findChild<QLabel *>(QStringLiteral("tableStatisticsTotals"));
        QVERIFY(table && totals);
        const int column = static_cast<int>(Column::TruncatedLobs);
        QVERIFY(table->isColumnHidden(column));

        // Full LOB mode: nothing can be truncated, the column stays out of the way.
        view.setSnapshot(snapshot(0, 0));
        QVERIFY(table->isColumnHidden(column));
        QVERIFY(!totals->text().contains(QLatin1String("LOB")));

        // Limited LOB mode: the column shows (still 0), next to the error rows.
        view.setSnapshot(snapshot(32, 0));
        QVERIFY(!table->isColumnHidden(column));
        QHeaderView *header = table->horizontalHeader();
        QCOMPARE(header->visualIndex(column),
                 header->visualIndex(static_cast<int>(Column::ErrorRows)) + 1);
        view.setSnapshot(snapshot(32, 1500));
        QCOMPARE(totals->text(), QStringLiteral("Total: 0 of 1 tables loaded, 1,200 full-load "
                                                "rows, 0 error rows, 1,500 truncated LOB values"));

        // Hidden by the user: later snapshots leave it hidden.
        table->setColumnHidden(column, true);
        view.setSnapshot(snapshot(32, 1501));
        QVERIFY(table->isColumnHidden(column));

        // Another task starts from the default again; truncated values alone show it too.
        view.clear();
        QVERIFY(table->isColumnHidden(column));
        view.setSnapshot(snapshot(0, 2));
        QVERIFY(!table->isColumnHidden(column));
    }
};

QTEST_MAIN(TestTableStatisticsView)
#include "tst_table_statistics_view.moc"
