// SPDX-License-Identifier: MIT
#include "models/log_model.h"
#include "models/table_statistics_model.h"
#include "ui/log_view.h"
#include "ui/main_window.h"
#include "ui/table_statistics_view.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QFileInfo>
#include <QDockWidget>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FerryTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
    }

    void showsProjectTreeAndCentralTabs()
    {
        ferry::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Table statistics"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Monitoring"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Logs"));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("logView")));
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("projectTree"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 4);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Endpoints"));
        QCOMPARE(tree->topLevelItem(3)->text(0), QStringLiteral("Tasks"));
    }

    /// "Run sample migration": the sample is generated and migrated on the engine thread while
    /// the Table statistics tab follows it live (a screenshot is taken mid-run), and the run
    /// ends with every table completed and the status bar saying so.
    void runsTheSampleMigrationWithLiveStatistics()
    {
        QStandardPaths::setTestModeEnabled(true); // sample and copy under ~/.qttest
        ferry::MainWindow window;
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ended(&window, &ferry::MainWindow::taskEnded);
        auto *model = window.tableStatistics()->model();
        window.runSampleMigration(200'000);

        // Mid-run: the statistics appear while the task runs; the window keeps painting.
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 || !ended.isEmpty(), 120'000);
        QTemporaryDir shots;
        const QString midRun = shots.filePath(QStringLiteral("main-window-running.png"));
        QVERIFY(window.grab().save(midRun));
        QVERIFY(QFileInfo(midRun).size() > 10'000);

        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 180'000);
        QVERIFY2(ended.at(0).at(0).toBool(), qPrintable(ended.at(0).at(1).toString()));
        QCOMPARE(model->rowCount(), 7);
        using Column = ferry::models::TableStatisticsModel::Column;
        const int ticket = model->rowOf("main", "ticket");
        QVERIFY(ticket >= 0);
        QCOMPARE(model->index(ticket, static_cast<int>(Column::FullLoadRows))
                     .data(ferry::models::TableStatisticsModel::SortRole)
                     .toLongLong(),
                 200'000);
        QCOMPARE(model->index(ticket, static_cast<int>(Column::LoadState)).data().toString(),
                 QStringLiteral("Table completed"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("taskStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QLatin1String("Load complete")), qPrintable(status->text()));
        auto *title = window.findChild<QLabel *>(QStringLiteral("tableStatisticsTitle"));
        QCOMPARE(title->text(), QStringLiteral("Table statistics (7)"));

        // The Logs tab has the task's log: its start and its end, filterable by severity.
        auto *logs = window.logs();
        QVERIFY(logs->model()->rowCount() >= 2);
        QVERIFY(logs->model()->lineAt(0).message.find("starting") != std::string::npos);
        QVERIFY(logs->model()->lineAt(logs->model()->rowCount() - 1).message.find("Load complete")
                != std::string::npos);
        auto *severity = window.findChild<QComboBox *>(QStringLiteral("logSeverity"));
        QVERIFY(severity);
        severity->setCurrentIndex(3); // errors only: this run had none
        QCOMPARE(logs->visibleRows(), 0);
        severity->setCurrentIndex(0);
        QCOMPARE(logs->visibleRows(), logs->model()->rowCount());
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("logSearch"));
        search->setText(QStringLiteral("LOAD COMPLETE"));
        QCOMPARE(logs->visibleRows(), 1);
        search->clear();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
        tabs->setCurrentWidget(logs);
        const QString logShot = shots.filePath(QStringLiteral("main-window-logs.png"));
        QVERIFY(window.grab().save(logShot));
        tabs->setCurrentIndex(0);

        const QString done = shots.filePath(QStringLiteral("main-window-completed.png"));
        QVERIFY(window.grab().save(done));
        // FERRY_SCREENSHOT_DIR (docs/screenshots) keeps them for the README.
        const QString keep = qEnvironmentVariable("FERRY_SCREENSHOT_DIR");
        if (!keep.isEmpty()) {
            QDir().mkpath(keep);
            for (const QString &file : {midRun, done, logShot}) {
                const QString to = keep + QLatin1Char('/') + QFileInfo(file).fileName();
                QFile::remove(to);
                QVERIFY(QFile::copy(file, to));
            }
        }
    }

    void restoresGeometryAfterRestart()
    {
        QRect saved;
        {
            ferry::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(777, 555);
            QTRY_COMPARE(window.size(), QSize(777, 555));
            saved = window.geometry();
            window.close();
        }
        ferry::MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), saved.size());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
