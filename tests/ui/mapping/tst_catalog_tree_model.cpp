// SPDX-License-Identifier: MIT
// The checkable catalog tree of the mapping editor (models/mapping/catalog_tree_model.h):
// check propagation, lazy fetching, sorting and search, a 10,000-table catalog.
#include "models/mapping/catalog_tree_model.h"
#include "tests/ui/mapping/mapping_test_catalogs.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ferry;
using models::CatalogTreeModel;

namespace {

constexpr int Ticketing = 0; // schema indexes in ticketingCatalog()
constexpr int Analytics = 1;
constexpr int Venue = 0; // table indexes in "ticketing"
constexpr int Event = 3;
constexpr int Ticket = 6;

QString nameAt(const QAbstractItemModel &model, int row, const QModelIndex &parent = {})
{
    return model.index(row, 0, parent).data().toString();
}

} // namespace

class TestCatalogTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void showsSchemasTablesAndColumnsWithRowsAndSizes()
    {
        CatalogTreeModel model;
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        model.setCatalog(test::ticketingCatalog());

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(nameAt(model, 0), QStringLiteral("ticketing"));
        QCOMPARE(nameAt(model, 1), QStringLiteral("analytics"));
        const QModelIndex ticketing = model.index(0, 0);
        QVERIFY(model.hasChildren(ticketing));
        QCOMPARE(model.rowCount(ticketing), 0); // nothing fetched yet
        QVERIFY(model.canFetchMore(ticketing));
        model.fetchMore(ticketing);
        QCOMPARE(model.rowCount(ticketing), 12);
        QVERIFY(!model.canFetchMore(ticketing));
        // The tester walks (and fetches) the whole tree; it is attached after the reset because
        // Qt 6.4's tester fetches from inside its modelReset handler.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QModelIndex ticket = model.index(Ticket, 0, ticketing);
        QCOMPARE(ticket.data().toString(), QStringLiteral("ticket"));
        QCOMPARE(ticket.siblingAtColumn(1).data().toString(), QStringLiteral("24,250,000"));
        QCOMPARE(ticket.siblingAtColumn(1).data(CatalogTreeModel::SortRole).toLongLong(),
                 24'250'000);
        QCOMPARE(ticket.siblingAtColumn(2).data().toString(), QStringLiteral("3.10 GiB"));
        QCOMPARE(ticket.siblingAtColumn(2).data(CatalogTreeModel::SortRole).toLongLong(),
                 3'328'180'224);
        // Schema sums: 14 + 620 + ... of every table's estimate.
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("230,000"));
        QCOMPARE(model.index(1, 1).data(CatalogTreeModel::SortRole).toLongLong(), 230'000);

        QCOMPARE(model.rowCount(ticket), 7);
        QCOMPARE(nameAt(model, 4, ticket), QStringLiteral("price : decimal(8,2)"));
        QCOMPARE(model.index(4, 0, ticket).data(CatalogTreeModel::NodeKindRole).toInt(),
                 int(CatalogTreeModel::NodeKind::Column));
        QVERIFY(!(model.flags(model.index(4, 0, ticket)) & Qt::ItemIsUserCheckable));
        QVERIFY(model.flags(ticket) & Qt::ItemIsUserCheckable);
        QCOMPARE(model.parent(model.index(4, 0, ticket)), ticket);
    }

    void checkingPropagatesBetweenSchemaAndTables()
    {
        CatalogTreeModel model;
        model.setCatalog(test::ticketingCatalog());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &CatalogTreeModel::checksEdited);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex ticketing = model.index(0, 0);
        model.fetchMore(ticketing);

        QCOMPARE(ticketing.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(model.setData(model.index(Ticket, 0, ticketing), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(ticketing.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.at(0).at(0).value<QList<int>>(), QList<int> {Ticketing});
        QVERIFY(model.isTableChecked(Ticketing, Ticket));
        QCOMPARE(model.checkedTableCount(), 1);
        QCOMPARE(model.checkedRowEstimate(), 24'250'000);

        // Checking the schema checks all its tables; the other schema is untouched.
        changed.clear();
        QVERIFY(model.setData(ticketing, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(ticketing.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(model.checkedTableCount(), 12);
        QCOMPARE(model.schemaCheckState(Analytics), Qt::Unchecked);
        QCOMPARE(model.index(Venue, 0, ticketing).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Checked);
        QVERIFY(!changed.isEmpty()); // the views repaint the schema and its tables

        // Unchecking one table makes the schema partial again; unchecking the schema clears it.
        QVERIFY(model.setData(model.index(Event, 0, ticketing), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.schemaCheckState(Ticketing), Qt::PartiallyChecked);
        QCOMPARE(model.checkedTableCount(), 11);
        QVERIFY(model.setData(ticketing, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.schemaCheckState(Ticketing), Qt::Unchecked);
        QCOMPARE(model.checkedTableCount(), 0);
        QCOMPARE(edited.size(), 4);

        // setSelection (the editor evaluating rules) does not count as a user edit.
        QSignalSpy anyChange(&model, &CatalogTreeModel::checksChanged);
        models::TableSelection selection {{0, 0, 0, 1}, {1, 1}};
        model.setSelection(selection);
        QCOMPARE(edited.size(), 4);
        QCOMPARE(anyChange.size(), 1);
        QVERIFY(model.isTableChecked(Ticketing, Event));
        QCOMPARE(model.schemaCheckState(Analytics), Qt::Checked);
        QCOMPARE(model.checkedTableCount(), 3);
    }

    void searchShowsMatchingTablesOnly()
    {
        CatalogTreeModel model;
        model.setCatalog(test::ticketingCatalog());
        model.setFilterText(QStringLiteral("TICKET"));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex ticketing = model.index(0, 0);
        model.fetchMore(ticketing);
        QCOMPARE(model.rowCount(ticketing), 2);
        QCOMPARE(nameAt(model, 0, ticketing), QStringLiteral("ticket"));
        QCOMPARE(nameAt(model, 1, ticketing), QStringLiteral("ticket_purchase_hist"));

        // Checking the schema while searching checks what the search shows.
        QVERIFY(model.setData(ticketing, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedTableCount(), 2);
        QVERIFY(model.isTableChecked(Ticketing, Ticket));

        model.setFilterText(QStringLiteral("analytics.daily"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(nameAt(model, 0), QStringLiteral("analytics"));
        model.setFilterText(QString());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.checkedTableCount(), 2); // checks survive searching
    }

    void sortsByRowsKeepingChecksAndPersistentIndexes()
    {
        CatalogTreeModel model;
        model.setCatalog(test::ticketingCatalog());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex ticketing = model.index(0, 0);
        model.fetchMore(ticketing);
        const QPersistentModelIndex ticket = model.index(Ticket, 0, ticketing);
        QVERIFY(model.setData(ticket, Qt::Checked, Qt::CheckStateRole));

        model.sort(int(CatalogTreeModel::Column::Rows), Qt::DescendingOrder);
        QCOMPARE(nameAt(model, 0), QStringLiteral("ticketing")); // 95 million rows vs 230,000
        const QModelIndex sortedSchema = model.index(0, 0);
        QCOMPARE(nameAt(model, 0, sortedSchema), QStringLiteral("ticket_purchase_hist"));
        QCOMPARE(nameAt(model, 1, sortedSchema), QStringLiteral("ticket"));
        QCOMPARE(nameAt(model, 11, sortedSchema), QStringLiteral("sport"));
        QVERIFY(ticket.isValid());
        QCOMPARE(ticket.row(), 1);
        QCOMPARE(ticket.data().toString(), QStringLiteral("ticket"));
        QCOMPARE(ticket.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

        model.sort(int(CatalogTreeModel::Column::Name), Qt::AscendingOrder);
        QCOMPARE(nameAt(model, 0), QStringLiteral("analytics"));
        QCOMPARE(nameAt(model, 0, model.index(1, 0)), QStringLiteral("audit_log"));
    }

    /// 10,000 tables open at once: a view gets the first batch only, and checking the schema
    /// checks every table without loading them.
    void opensTenThousandTablesLazily()
    {
        const CatalogPtr catalog = test::bulkCatalog(10'000);
        QElapsedTimer timer;
        timer.start();
        CatalogTreeModel model;
        model.setCatalog(catalog);
        const QModelIndex bulk = model.index(0, 0);
        QVERIFY(model.canFetchMore(bulk));
        model.fetchMore(bulk);
        const qint64 openMs = timer.elapsed();
        QCOMPARE(model.rowCount(bulk), CatalogTreeModel::FetchBatch);
        QCOMPARE(model.tableCount(), 10'000);
        qInfo("opened in %lld ms (information only: speed is bench/'s business)",
              static_cast<long long>(openMs));

        QVERIFY(model.setData(bulk, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedTableCount(), 10'000);
        QCOMPARE(model.rowCount(bulk), CatalogTreeModel::FetchBatch); // still one batch
        QVERIFY(model.isTableChecked(0, 9'999));

        // tableIndex fetches up to the table asked for, in batches.
        const QModelIndex last = model.tableIndex(0, 9'999);
        QCOMPARE(last.data().toString(), QStringLiteral("t09999"));
        QCOMPARE(model.rowCount(bulk), 10'000);
        QVERIFY(model.setData(last, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.schemaCheckState(0), Qt::PartiallyChecked);

        const auto rules = models::selectionRulesFor(*catalog, model.selection(), {}, {0});
        QCOMPARE(int(rules.size()), 2);
        QCOMPARE(rules[0].ruleAction(), std::string("include"));
        QCOMPARE(rules[0].locator("table-name"), std::string("%"));
        QCOMPARE(rules[1].ruleAction(), std::string("exclude"));
        QCOMPARE(rules[1].locator("table-name"), std::string("t09999"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogTreeModel)
#include "tst_catalog_tree_model.moc"
