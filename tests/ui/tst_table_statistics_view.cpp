// SPDX-License-Identifier: MIT
// The Table statistics tab's "Truncated LOBs" column: hidden in full LOB mode, shown once a
// table loads in limited LOB mode or a value was truncated, and counted in the totals line.
#include "models/table_statistics_model.h"
#include "ui/table_statistics_view.h"

#include "tests/support/test_support.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

#include <cstdlib>

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

task::TableStatistics completed(const char *name, int64_t loaded, int64_t rejected)
{
    task::TableStatistics table;
    table.schema = std::string("shop");
    table.table = std::string(name);
    table.state = task::TableState::Completed;
    table.fullLoadRows = loaded;
    table.fullLoadErrorRows = rejected;
    table.rowsRead = loaded + rejected;
    return table;
}

/// The view row (proxy order) of a table.
int viewRow(QTableView *view, const QString &table)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, static_cast<int>(Column::Table)).data().toString() == table)
            return row;
    }
    return -1;
}

/// Pixels of the state cell's mark (its first 2 font heights) within `tolerance` of colour.
int markPixels(QTableView *view, int row, QColor colour, int tolerance = 40)
{
    const QRect cell
        = view->visualRect(view->model()->index(row, static_cast<int>(Column::LoadState)));
    const QImage image = view->viewport()->grab().toImage();
    int count = 0;
    for (int y = cell.top(); y <= cell.bottom(); ++y) {
        for (int x = cell.left(); x < cell.left() + 2 * view->fontMetrics().height(); ++x) {
            const QColor pixel = image.pixelColor(x * image.width() / view->viewport()->width(),
                                                  y * image.height() / view->viewport()->height());
            if (std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green())
                    + std::abs(pixel.blue() - colour.blue())
                < tolerance)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestTableStatisticsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(test::useEnglish(m_english)); // "1 row", not "1 row(s)"
    }

    /// Every shown header is at least as wide as its text, before the first snapshot too: a
    /// right-aligned header narrower than its text is cut on the left ("apsed load time").
    void headersFitTheirText()
    {
        TableStatisticsView view;
        view.resize(1600, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView *table = view.tableView();
        QHeaderView *header = table->horizontalHeader();
        const int margins
            = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const auto check = [&](const char *when) {
            for (int column = 0; column < header->count(); ++column) {
                if (table->isColumnHidden(column))
                    continue;
                const QString text = table->model()->headerData(column, Qt::Horizontal).toString();
                const int needed = header->fontMetrics().horizontalAdvance(text) + margins;
                QVERIFY2(header->sectionSize(column) >= needed,
                         qPrintable(QStringLiteral("%1: \"%2\" is %3 px wide, needs %4")
                                        .arg(QLatin1String(when), text)
                                        .arg(header->sectionSize(column))
                                        .arg(needed)));
            }
        };
        check("empty");
        view.setSnapshot(snapshot(32, 1));
        check("after a snapshot");
        view.clear();
        check("cleared");
    }

    /// The totals line counts in words that agree with the number ("1 row", "2 rows").
    void totalsUsePluralForms()
    {
        TableStatisticsView view;
        auto *totals = view.findChild<QLabel *>(QStringLiteral("tableStatisticsTotals"));
        task::TaskSnapshot one = snapshot(32, 1);
        one.tables[0].fullLoadRows = 1;
        one.tables[0].fullLoadErrorRows = 1;
        view.setSnapshot(one);
        QCOMPARE(totals->text(),
                 QStringLiteral("Total: 0 of 1 table loaded, 1 full-load row, "
                                "1 error row, 1 truncated LOB value"));
        task::TaskSnapshot many = snapshot(32, 2);
        many.tables.push_back(completed("order", 1'000'000, 2));
        view.setSnapshot(many);
        QCOMPARE(totals->text(),
                 QStringLiteral("Total: 1 of 2 tables loaded, 1,001,200 full-load rows, "
                                "2 error rows, 2 truncated LOB values"));
    }

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
        QCOMPARE(totals->text(),
                 QStringLiteral("Total: 0 of 1 table loaded, 1,200 full-load "
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

    /// A table whose target rejected rows reads "Completed with errors" with an amber mark,
    /// not the green mark of a clean table; a suspended table's reason is in the visible
    /// Details column.
    void rejectedRowsShowAsCompletedWithErrors()
    {
        TableStatisticsView view;
        view.resize(1300, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *table = view.findChild<QTableView *>(QStringLiteral("tableStatisticsTable"));
        task::TaskSnapshot s;
        s.taskName = std::string("task");
        s.state = task::TaskState::LoadComplete;
        task::TableStatistics suspended = completed("orders", 0, 0);
        suspended.state = task::TableState::Suspended;
        suspended.lastError = std::string("The target refused the table: no column \"note\".");
        // Clean tables only: no Details column in the way.
        s.tables = {completed("clean", 10, 0)};
        view.setSnapshot(s);
        const int details = static_cast<int>(Column::Details);
        QVERIFY(table->isColumnHidden(details));
        s.tables = {completed("clean", 10, 0), completed("rejected", 7, 3), suspended};
        view.setSnapshot(s);

        const int clean = viewRow(table, QStringLiteral("clean"));
        const int rejected = viewRow(table, QStringLiteral("rejected"));
        const int orders = viewRow(table, QStringLiteral("orders"));
        QVERIFY(clean >= 0 && rejected >= 0 && orders >= 0);
        const auto cell = [&](int row, Column column) {
            return table->model()->index(row, static_cast<int>(column)).data().toString();
        };
        QCOMPARE(cell(clean, Column::LoadState), QStringLiteral("Table completed"));
        QCOMPARE(cell(rejected, Column::LoadState), QStringLiteral("Completed with errors"));
        // The marks as painted: amber for the table with rejected rows, green for the clean one.
        const QColor amber(0xe0, 0x9a, 0x00);
        const QColor green(0x2e, 0x9e, 0x44);
        QVERIFY(markPixels(table, rejected, amber) > 4);
        QCOMPARE(markPixels(table, rejected, green), 0);
        QVERIFY(markPixels(table, clean, green) > 4);
        QCOMPARE(markPixels(table, clean, amber), 0);
        // The state column is wide enough for the longer text.
        const int stateWidth = table->columnWidth(static_cast<int>(Column::LoadState));
        QVERIFY2(stateWidth > table->fontMetrics().horizontalAdvance(
                     QStringLiteral("Completed with errors")),
                 qPrintable(QString::number(stateWidth)));

        // Why orders was suspended is in the table itself, in a visible column.
        QVERIFY(!table->isColumnHidden(details));
        QCOMPARE(table->horizontalHeader()->visualIndex(details),
                 table->horizontalHeader()->visualIndex(static_cast<int>(Column::Progress)) + 1);
        QCOMPARE(cell(orders, Column::Details),
                 QStringLiteral("The target refused the table: no column \"note\"."));
        QCOMPARE(cell(rejected, Column::Details),
                 QStringLiteral("3 rows rejected: see the Exceptions tab."));
        const QRect detailsRect = table->visualRect(table->model()->index(orders, details));
        QVERIFY(detailsRect.width() > 100);
        QVERIFY(table->viewport()->rect().intersects(detailsRect));
        if (const QString keep = qEnvironmentVariable("FERRY_SCREENSHOT_DIR"); !keep.isEmpty())
            QVERIFY(view.grab().save(keep + QStringLiteral("/table-statistics-states.png")));
    }

private:
    QTranslator m_english;
};

QTEST_MAIN(TestTableStatisticsView)
#include "tst_table_statistics_view.moc"
