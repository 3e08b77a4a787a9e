// SPDX-License-Identifier: MIT
// TableStatisticsModel: DMS columns and texts, raw sort values, and snapshot diffs that never
// reset the model (exact dataChanged ranges, row inserts/removals, persistent indexes survive).
#include "models/table_statistics_model.h"

#include "engine/task/state_text.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using ferry::models::TableStatisticsModel;
using ferry::task::TableState;
using ferry::task::TableStatistics;
using ferry::task::TaskSnapshot;
using Column = TableStatisticsModel::Column;

namespace {

int col(Column c)
{
    return static_cast<int>(c);
}

TableStatistics table(const char *schema, const char *name, TableState state = TableState::FullLoad,
                      int64_t fullLoadRows = 0)
{
    return TableStatistics{.schema = schema,
                           .table = name,
                           .state = state,
                           .fullLoadRows = fullLoadRows,
                           .rowsRead = fullLoadRows};
}

TaskSnapshot snapshotOf(std::vector<TableStatistics> tables)
{
    TaskSnapshot s;
    s.tables = std::move(tables);
    return s;
}

/// Five tables s.a .. s.e, all in full load with 100 * (i + 1) rows.
std::vector<TableStatistics> fiveTables()
{
    std::vector<TableStatistics> tables;
    const char *names[] = {"a", "b", "c", "d", "e"};
    for (int i = 0; i < 5; ++i)
        tables.push_back(table("s", names[i], TableState::FullLoad, 100 * (i + 1)));
    return tables;
}

QString text(const TableStatisticsModel &model, int row, Column c)
{
    return model.data(model.index(row, col(c)), Qt::DisplayRole).toString();
}

} // namespace

class TstTableStatisticsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void headers()
    {
        TableStatisticsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 16);
        const QStringList expected
            = {QStringLiteral("Schema name"),      QStringLiteral("Table"),
               QStringLiteral("Load state"),       QStringLiteral("Elapsed load time"),
               QStringLiteral("Inserts"),          QStringLiteral("Deletes"),
               QStringLiteral("Updates"),          QStringLiteral("DDLs"),
               QStringLiteral("Full load rows"),   QStringLiteral("Error rows"),
               QStringLiteral("Total rows"),       QStringLiteral("Progress"),
               QStringLiteral("Validation state"), QStringLiteral("Time left"),
               QStringLiteral("Truncated LOBs"),   QStringLiteral("Details")};
        for (int c = 0; c < expected.size(); ++c)
            QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), expected[c]);
        QVERIFY(model.headerData(col(Column::TotalRows), Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Total rows include loaded source table rows")));
    }

    void elapsedFormat()
    {
        QCOMPARE(TableStatisticsModel::formatElapsed(0), QStringLiteral("< 1 s"));
        QCOMPARE(TableStatisticsModel::formatElapsed(999), QStringLiteral("< 1 s"));
        QCOMPARE(TableStatisticsModel::formatElapsed(1000), QStringLiteral("1 s"));
        QCOMPARE(TableStatisticsModel::formatElapsed(59999), QStringLiteral("59 s"));
        QCOMPARE(TableStatisticsModel::formatElapsed(60000), QStringLiteral("1 m 0 s"));
        QCOMPARE(TableStatisticsModel::formatElapsed(176000), QStringLiteral("2 m 56 s"));
        QCOMPARE(TableStatisticsModel::formatElapsed(50592000), QStringLiteral("14 h 3 m 12 s"));
    }

    void displayTexts()
    {
        TableStatisticsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        TableStatistics orders = table("public", "orders", TableState::FullLoad, 1234567);
        orders.inserts = 10;
        orders.deletes = 2;
        orders.updates = 5;
        orders.ddls = 1;
        orders.fullLoadErrorRows = 3;
        orders.fullLoadTruncatedLobs = 1500;
        orders.lobMaxSizeKb = 32;
        orders.rowsRead = 1237000;
        orders.totalRows = 2909569; // (1234567 + 3) / 2909569 = 42.43 %
        orders.elapsedMs = 176000;
        TableStatistics done = table("public", "teams", TableState::Completed, 42);
        done.elapsedMs = 500;
        done.validationState = "Validated";
        done.objectErrors = {"Could not create index ix_name on public.teams.: too long"};
        TableStatistics queued = table("sales", "tickets", TableState::BeforeLoad);
        model.setSnapshot(snapshotOf({orders, done, queued}));
        QCOMPARE(model.rowCount(), 3);

        QCOMPARE(text(model, 0, Column::Schema), QStringLiteral("public"));
        QCOMPARE(text(model, 0, Column::Table), QStringLiteral("orders"));
        QCOMPARE(text(model, 0, Column::LoadState), QStringLiteral("Full load"));
        QCOMPARE(text(model, 0, Column::ElapsedLoadTime), QStringLiteral("2 m 56 s"));
        QCOMPARE(text(model, 0, Column::Inserts), QStringLiteral("10"));
        QCOMPARE(text(model, 0, Column::Deletes), QStringLiteral("2"));
        QCOMPARE(text(model, 0, Column::Updates), QStringLiteral("5"));
        QCOMPARE(text(model, 0, Column::Ddls), QStringLiteral("1"));
        QCOMPARE(text(model, 0, Column::FullLoadRows), QStringLiteral("1,234,567"));
        QCOMPARE(text(model, 0, Column::ErrorRows), QStringLiteral("3"));
        QCOMPARE(text(model, 0, Column::TotalRows), QStringLiteral("1,234,585"));
        QCOMPARE(text(model, 0, Column::Progress), QStringLiteral("42.4 %"));
        QCOMPARE(text(model, 0, Column::ValidationState), QStringLiteral("Not enabled"));
        QCOMPARE(text(model, 0, Column::TruncatedLobs), QStringLiteral("1,500"));
        QCOMPARE(model.data(model.index(0, col(Column::TruncatedLobs)), Qt::ToolTipRole)
                     .toString(),
                 QStringLiteral("Limited LOB mode: LOB values longer than 32 KB are truncated."));
        QCOMPARE(text(model, 1, Column::TruncatedLobs), QStringLiteral("0"));
        QCOMPARE(model.data(model.index(1, col(Column::TruncatedLobs)), Qt::ToolTipRole)
                     .toString(),
                 QStringLiteral("Full LOB mode: LOB values are moved whole."));
        QCOMPARE(model.data(model.index(0, col(Column::TruncatedLobs)),
                            TableStatisticsModel::SortRole),
                 QVariant(qint64{1500}));
        QCOMPARE(model.data(model.index(0, col(Column::Progress)), Qt::ToolTipRole).toString(),
                 QStringLiteral("1,234,570 of about 2,909,569 rows loaded or rejected, "
                                "1,237,000 read"));

        // Every row loaded, but an index refused: completed with errors, the index in Details.
        QCOMPARE(text(model, 1, Column::LoadState), QStringLiteral("Completed with errors"));
        QCOMPARE(text(model, 1, Column::Details),
                 QStringLiteral("Not created: Could not create index ix_name on public.teams.: "
                                "too long"));
        QCOMPARE(model.data(model.index(1, col(Column::LoadState)), Qt::ToolTipRole).toString(),
                 QStringLiteral("Every row is loaded, but the target could not build:\n"
                                "Could not create index ix_name on public.teams.: too long"));
        QCOMPARE(text(model, 1, Column::ElapsedLoadTime), QStringLiteral("< 1 s"));
        QCOMPARE(text(model, 1, Column::Progress), QStringLiteral("100.0 %"));
        QCOMPARE(text(model, 1, Column::ValidationState), QStringLiteral("Validated"));

        QCOMPARE(text(model, 2, Column::Schema), QStringLiteral("sales"));
        QCOMPARE(text(model, 2, Column::LoadState), QStringLiteral("Before load"));
        QCOMPARE(text(model, 2, Column::ElapsedLoadTime), QString());
        QCOMPARE(text(model, 2, Column::Progress), QStringLiteral("0.0 %"));

        // Numbers right-aligned, text left-aligned.
        const auto alignment = [&](int row, Column c) {
            return model.data(model.index(row, col(c)), Qt::TextAlignmentRole).toInt();
        };
        QCOMPARE(alignment(0, Column::FullLoadRows), int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(alignment(0, Column::Progress), int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(alignment(0, Column::ElapsedLoadTime), int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(alignment(0, Column::Table), int(Qt::AlignLeft | Qt::AlignVCenter));

        // Semantic roles for delegates.
        QCOMPARE(model.data(model.index(0, 0), TableStatisticsModel::StateRole).toInt(),
                 static_cast<int>(TableState::FullLoad));
        QCOMPARE(model.data(model.index(1, 5), TableStatisticsModel::StateRole).toInt(),
                 static_cast<int>(TableState::Completed));
        QCOMPARE(model.data(model.index(0, 0), TableStatisticsModel::ProgressRole).toInt(), 424);
        QCOMPARE(model.data(model.index(1, 0), TableStatisticsModel::ProgressRole).toInt(), 1000);

        // Another locale changes the number texts.
        model.setLocale(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(text(model, 0, Column::FullLoadRows), QStringLiteral("1.234.567"));
        QCOMPARE(text(model, 0, Column::Progress), QStringLiteral("42,4 %"));
    }

    /// A loading table's time left: rows still to load at its own rate so far (rows read
    /// ahead into the queue are not done).
    /// A completed table whose target rejected rows is not shown like a clean one: "Completed
    /// with errors", a warning, with the rejected rows in Details; a suspended table's reason
    /// is in Details too (not only in a tooltip). Sort values keep DMS's states.
    void completedWithRejectedRowsIsAWarning()
    {
        using ferry::task::StateSeverity;
        TableStatisticsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        TableStatistics clean = table("s", "clean", TableState::Completed, 10);
        TableStatistics rejected = table("s", "rejected", TableState::Completed, 7);
        rejected.fullLoadErrorRows = 3;
        TableStatistics one = table("s", "one", TableState::Completed, 9);
        one.fullLoadErrorRows = 1;
        TableStatistics index = table("s", "index", TableState::Completed, 5);
        index.objectErrors = {"index idx_note: row too large"};
        TableStatistics suspended = table("s", "suspended", TableState::Suspended, 0);
        suspended.lastError = "column \"note\" of relation \"suspended\" does not exist";
        model.setSnapshot(snapshotOf({clean, rejected, one, index, suspended}));
        const auto severity = [&](int row) {
            return static_cast<StateSeverity>(
                model.data(model.index(row, 0), TableStatisticsModel::SeverityRole).toInt());
        };
        QCOMPARE(text(model, 0, Column::LoadState), QStringLiteral("Table completed"));
        QCOMPARE(severity(0), StateSeverity::Ok);
        QCOMPARE(text(model, 0, Column::Details), QString());
        QCOMPARE(text(model, 1, Column::LoadState), QStringLiteral("Completed with errors"));
        QCOMPARE(severity(1), StateSeverity::Warning);
        QCOMPARE(text(model, 1, Column::Details),
                 QStringLiteral("3 row(s) rejected: see the Exceptions tab."));
        QCOMPARE(text(model, 2, Column::Details),
                 QStringLiteral("1 row(s) rejected: see the Exceptions tab."));
        QCOMPARE(text(model, 3, Column::LoadState), QStringLiteral("Completed with errors"));
        QCOMPARE(text(model, 3, Column::Details),
                 QStringLiteral("Not created: index idx_note: row too large"));
        QCOMPARE(text(model, 4, Column::LoadState), QStringLiteral("Table suspended"));
        QCOMPARE(severity(4), StateSeverity::Error);
        QCOMPARE(text(model, 4, Column::Details),
                 QStringLiteral("column \"note\" of relation \"suspended\" does not exist"));
        QCOMPARE(model.data(model.index(1, col(Column::LoadState)), TableStatisticsModel::SortRole)
                     .toInt(),
                 static_cast<int>(TableState::Completed));

        // The rows are re-applied: the same table turns clean, state and details change.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        rejected.fullLoadRows = 10;
        rejected.fullLoadErrorRows = 0;
        model.setSnapshot(snapshotOf({clean, rejected, one, index, suspended}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>().column(), col(Column::LoadState));
        QCOMPARE(changed[0][1].value<QModelIndex>().column(), col(Column::Details));
        QCOMPARE(text(model, 1, Column::LoadState), QStringLiteral("Table completed"));
        QCOMPARE(severity(1), StateSeverity::Ok);
    }

    /// After a re-apply the counts come from the control tables; what they do not keep (times,
    /// estimates) stays as the run showed it.
    void storedCountsReplaceTheShownOnes()
    {
        TableStatistics shown = table("s", "t", TableState::Completed, 7);
        shown.fullLoadErrorRows = 3;
        shown.elapsedMs = 4200;
        shown.totalRows = 10;
        TableStatistics stored = table("s", "t", TableState::Completed, 9);
        stored.fullLoadErrorRows = 1;
        TableStatistics other = table("s", "u", TableState::Completed, 5);
        const TaskSnapshot merged = TableStatisticsModel::withStoredCounts(
            snapshotOf({shown}), snapshotOf({stored, other}));
        QCOMPARE(merged.tables.size(), size_t(2));
        QCOMPARE(merged.tables[0].fullLoadRows, int64_t(9));
        QCOMPARE(merged.tables[0].fullLoadErrorRows, int64_t(1));
        QCOMPARE(merged.tables[0].elapsedMs, int64_t(4200));
        QCOMPARE(merged.tables[0].totalRows, std::optional<int64_t>(10));
        QCOMPARE(merged.tables[1].table, std::string("u"));
    }

    void timeLeftFromTheTablesOwnRate()
    {
        TableStatistics loading = table("s", "big", TableState::FullLoad, 250);
        loading.totalRows = 1000;
        loading.rowsRead = 700;
        loading.elapsedMs = 10'000; // 250 rows in 10 s: 750 rows left take 30 s
        TableStatistics done = table("s", "small", TableState::Completed, 10);
        done.totalRows = 10;
        done.elapsedMs = 500;
        TableStatistics noEstimate = table("s", "unknown", TableState::FullLoad, 50);
        noEstimate.elapsedMs = 1000;
        TableStatisticsModel model;
        model.setSnapshot(snapshotOf({loading, done, noEstimate}));
        QCOMPARE(text(model, 0, Column::TimeLeft), QStringLiteral("30 s"));
        QCOMPARE(model.index(0, col(Column::TimeLeft)).data(TableStatisticsModel::SortRole),
                 QVariant(qint64{30'000}));
        QCOMPARE(text(model, 1, Column::TimeLeft), QString());
        QCOMPARE(text(model, 2, Column::TimeLeft), QString());
        QCOMPARE(model.headerData(col(Column::TimeLeft), Qt::Horizontal).toString(),
                 QStringLiteral("Time left"));

        // In a table's first two seconds there is no estimate yet (a burst, not a rate).
        TableStatistics young = loading;
        young.elapsedMs = 1999;
        model.setSnapshot(snapshotOf({young, done, noEstimate}));
        QCOMPARE(text(model, 0, Column::TimeLeft), QString());
        model.setSnapshot(snapshotOf({loading, done, noEstimate}));
        QCOMPARE(text(model, 0, Column::TimeLeft), QStringLiteral("30 s"));

        // Read past the estimate: nothing left, not a negative time.
        loading.rowsRead = 1200;
        loading.fullLoadRows = 1200;
        model.setSnapshot(snapshotOf({loading, done, noEstimate}));
        QCOMPARE(text(model, 0, Column::TimeLeft), QStringLiteral("< 1 s"));
    }

    void sortRoleGivesRawValues()
    {
        TableStatisticsModel model;
        TableStatistics orders = table("public", "orders", TableState::FullLoad, 1234567);
        orders.elapsedMs = 176000;
        orders.rowsRead = 1'300'000;
        orders.totalRows = 4'938'296; // (1234567 + 7) * 4: 25 % processed
        orders.fullLoadErrorRows = 7;
        model.setSnapshot(snapshotOf({orders}));
        const auto sortValue = [&](Column c) {
            return model.data(model.index(0, col(c)), TableStatisticsModel::SortRole);
        };
        QCOMPARE(sortValue(Column::FullLoadRows).typeId(), QMetaType::LongLong);
        QCOMPARE(sortValue(Column::FullLoadRows).toLongLong(), 1234567LL);
        QCOMPARE(sortValue(Column::ErrorRows).toLongLong(), 7LL);
        QCOMPARE(sortValue(Column::TotalRows).toLongLong(), 1234567LL);
        QCOMPARE(sortValue(Column::ElapsedLoadTime).toLongLong(), 176000LL);
        QCOMPARE(sortValue(Column::Progress).typeId(), QMetaType::Double);
        QCOMPARE(sortValue(Column::Progress).toDouble(), 25.0);
        QCOMPARE(sortValue(Column::LoadState).toInt(), static_cast<int>(TableState::FullLoad));
        QCOMPARE(sortValue(Column::Table).toString(), QStringLiteral("orders"));
        QCOMPARE(model.data(model.index(0, col(Column::FullLoadRows)), Qt::EditRole)
                     .toLongLong(),
                 1234567LL);
    }

    void oneChangedTableEmitsOneDataChanged()
    {
        TableStatisticsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshotOf(fiveTables()));
        QCOMPARE(model.rowCount(), 5);
        const QPersistentModelIndex tracked = model.index(4, col(Column::Table));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // Same tables in reverse order, "c" (row 2) has more rows: rows are keyed, not ordered.
        auto tables = fiveTables();
        tables[2].fullLoadRows = 350;
        std::reverse(tables.begin(), tables.end());
        model.setSnapshot(snapshotOf(tables));

        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed[0][0].value<QModelIndex>();
        const auto bottomRight = changed[0][1].value<QModelIndex>();
        QCOMPARE(topLeft.row(), 2);
        QCOMPARE(bottomRight.row(), 2);
        QCOMPARE(topLeft.column(), col(Column::FullLoadRows));
        QCOMPARE(bottomRight.column(), col(Column::TotalRows));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(text(model, 2, Column::Table), QStringLiteral("c"));
        QCOMPARE(text(model, 2, Column::FullLoadRows), QStringLiteral("350"));
        QCOMPARE(tracked.row(), 4);
        QCOMPARE(tracked.data().toString(), QStringLiteral("e"));

        // The same snapshot again changes nothing.
        model.setSnapshot(snapshotOf(tables));
        QCOMPARE(changed.count(), 1);

        // A truncated LOB value changes that column only.
        for (TableStatistics &t : tables) {
            if (t.table == "c")
                t.fullLoadTruncatedLobs = 2;
        }
        model.setSnapshot(snapshotOf(tables));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed[1][0].value<QModelIndex>().column(), col(Column::TruncatedLobs));
        QCOMPARE(changed[1][1].value<QModelIndex>().column(), col(Column::TruncatedLobs));
        QCOMPARE(changed[1][0].value<QModelIndex>().row(), 2);
    }

    void contiguousChangesAreCoalesced()
    {
        TableStatisticsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshotOf(fiveTables()));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        auto tables = fiveTables();
        tables[1].state = TableState::Completed;  // b: load state, progress columns
        tables[2].fullLoadRows = 301;             // c: full load rows, total rows
        tables[4].validationState = "Validated";  // e: validation state
        model.setSnapshot(snapshotOf(tables));

        QCOMPARE(changed.count(), 2);
        const auto range = [&](int signal) {
            const auto tl = changed[signal][0].value<QModelIndex>();
            const auto br = changed[signal][1].value<QModelIndex>();
            return QList<int>{tl.row(), tl.column(), br.row(), br.column()};
        };
        QCOMPARE(range(0), (QList<int>{1, col(Column::LoadState), 2, col(Column::Progress)}));
        QCOMPARE(range(1), (QList<int>{4, col(Column::ValidationState), 4,
                                       col(Column::ValidationState)}));
    }

    void insertAndRemoveTables()
    {
        TableStatisticsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setSnapshot(snapshotOf(fiveTables()));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][1].toInt(), 0);
        QCOMPARE(inserted[0][2].toInt(), 4);
        inserted.clear();

        const QPersistentModelIndex trackedE = model.index(4, 0);
        const QPersistentModelIndex trackedB = model.index(1, 0);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

        // b and d gone, f new (and listed first).
        auto five = fiveTables();
        model.setSnapshot(snapshotOf({table("s", "f", TableState::BeforeLoad), five[0], five[2],
                                      five[4]}));
        QCOMPARE(removed.count(), 2); // back to front: d (row 3), then b (row 1)
        QCOMPARE(removed[0][1].toInt(), 3);
        QCOMPARE(removed[0][2].toInt(), 3);
        QCOMPARE(removed[1][1].toInt(), 1);
        QCOMPARE(removed[1][2].toInt(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][1].toInt(), 3);
        QCOMPARE(inserted[0][2].toInt(), 3);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);

        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(text(model, 0, Column::Table), QStringLiteral("a"));
        QCOMPARE(text(model, 1, Column::Table), QStringLiteral("c"));
        QCOMPARE(text(model, 2, Column::Table), QStringLiteral("e"));
        QCOMPARE(text(model, 3, Column::Table), QStringLiteral("f"));
        QCOMPARE(trackedE.row(), 2);
        QVERIFY(!trackedB.isValid());
        QCOMPARE(model.rowOf("s", "f"), 3);
        QCOMPARE(model.rowOf("s", "e"), 2);
        QCOMPARE(model.rowOf("s", "b"), -1);

        // Adjacent removals are one range.
        removed.clear();
        model.setSnapshot(snapshotOf({five[0]}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed[0][1].toInt(), 1);
        QCOMPARE(removed[0][2].toInt(), 3);
        QCOMPARE(model.rowCount(), 1);
    }

    void duplicateKeysKeepFirst()
    {
        TableStatisticsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshotOf({table("s", "a", TableState::FullLoad, 1),
                                      table("s", "a", TableState::FullLoad, 2)}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, Column::FullLoadRows), QStringLiteral("1"));
        // A table named like another schema's table is a different key.
        model.setSnapshot(snapshotOf({table("s", "a"), table("t", "a")}));
        QCOMPARE(model.rowCount(), 2);
    }

    void totalsSumCounters()
    {
        TableStatisticsModel model;
        TableStatistics a = table("s", "a", TableState::Completed, 100);
        a.fullLoadErrorRows = 2;
        a.fullLoadTruncatedLobs = 4;
        a.lobMaxSizeKb = 16;
        a.totalRows = 102;
        a.elapsedMs = 5000;
        a.bytesRead = 1000;
        TableStatistics b = table("s", "b", TableState::FullLoad, 40);
        b.inserts = 3;
        b.ddls = 1;
        b.fullLoadTruncatedLobs = 5;
        b.lobMaxSizeKb = 64;
        b.elapsedMs = 9000;
        b.bytesRead = 24;
        TableStatistics c = table("s", "c", TableState::BeforeLoad);
        c.totalRows = 50;
        model.setSnapshot(snapshotOf({a, b, c}));
        const TableStatistics sum = model.totals();
        QCOMPARE(sum.fullLoadRows, int64_t{140});
        QCOMPARE(sum.fullLoadErrorRows, int64_t{2});
        QCOMPARE(sum.fullLoadTruncatedLobs, int64_t{9});
        QCOMPARE(sum.lobMaxSizeKb, int64_t{64});
        QCOMPARE(sum.inserts, int64_t{3});
        QCOMPARE(sum.ddls, int64_t{1});
        QCOMPARE(sum.rowsRead, int64_t{140});
        QCOMPARE(sum.bytesRead, int64_t{1024});
        QVERIFY(sum.totalRows.has_value());
        QCOMPARE(*sum.totalRows, int64_t{152});
        QCOMPARE(sum.elapsedMs, int64_t{9000});
        QCOMPARE(TableStatisticsModel::totalRowsOf(b), int64_t{44});

        model.setSnapshot(snapshotOf({}));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totals().fullLoadRows, int64_t{0});
        QVERIFY(!model.totals().totalRows.has_value());
    }

    void tenThousandTables()
    {
        // No QAbstractItemModelTester here: it walks every cell on each structural signal,
        // which takes tens of seconds at 10,000 rows; the small tests above run it.
        constexpr int Count = 10000;
        TableStatisticsModel model;
        std::vector<TableStatistics> tables;
        tables.reserve(Count);
        for (int i = 0; i < Count; ++i) {
            std::string name = "t";
            name += std::to_string(i);
            tables.push_back(table("bulk", name.c_str(), TableState::FullLoad, 1000));
        }
        QElapsedTimer timer;
        timer.start();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(snapshotOf(tables));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), Count);

        for (int i = 0; i < Count; i += 10)
            tables[static_cast<size_t>(i)].fullLoadRows += 1;
        model.setSnapshot(snapshotOf(tables));
        qInfo("two 10,000-table snapshots applied in %lld ms (information only)",
              static_cast<long long>(timer.elapsed()));
        QCOMPARE(changed.count(), Count / 10);
        for (int s = 0; s < changed.count(); ++s) {
            const auto tl = changed[s][0].value<QModelIndex>();
            const auto br = changed[s][1].value<QModelIndex>();
            QCOMPARE(tl.row(), s * 10);
            QCOMPARE(br.row(), s * 10);
            QCOMPARE(tl.column(), col(Column::FullLoadRows));
            QCOMPARE(br.column(), col(Column::TotalRows));
        }
        QCOMPARE(text(model, 9990, Column::FullLoadRows), QStringLiteral("1,001"));
        QCOMPARE(text(model, 9991, Column::FullLoadRows), QStringLiteral("1,000"));

        // Every table changes: one range for the whole model.
        changed.clear();
        for (auto &t : tables)
            t.elapsedMs += 250;
        model.setSnapshot(snapshotOf(tables));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>().row(), 0);
        QCOMPARE(changed[0][1].value<QModelIndex>().row(), Count - 1);
        QCOMPARE(changed[0][0].value<QModelIndex>().column(), col(Column::ElapsedLoadTime));
        QCOMPARE(changed[0][1].value<QModelIndex>().column(), col(Column::ElapsedLoadTime));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
    }

    void clearResets()
    {
        TableStatisticsModel model;
        model.setSnapshot(snapshotOf(fiveTables()));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf("s", "a"), -1);
    }

    /// The engine's shared snapshot is kept as it is (every receiver shares one value), not
    /// copied row by row; the previous one is let go once the next one is applied.
    void keepsTheSharedSnapshotInsteadOfACopy()
    {
        TableStatisticsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto first = std::make_shared<const TaskSnapshot>(snapshotOf(fiveTables()));
        model.setSnapshot(first);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(&model.tableAt(0), &first->tables[0]);
        std::vector<TableStatistics> tables = fiveTables();
        tables[1].fullLoadRows += 10;
        auto second = std::make_shared<const TaskSnapshot>(snapshotOf(tables));
        const std::weak_ptr<const TaskSnapshot> released = first;
        first.reset();
        QVERIFY(!released.expired()); // the model still shows it
        model.setSnapshot(second);
        QVERIFY(released.expired());
        QCOMPARE(&model.tableAt(1), &second->tables[1]);
        QCOMPARE(model.tableAt(1).fullLoadRows, tables[1].fullLoadRows);
        model.clear();
        QCOMPARE(second.use_count(), long(1));
    }
};

QTEST_GUILESS_MAIN(TstTableStatisticsModel)
#include "tst_table_statistics_model.moc"
