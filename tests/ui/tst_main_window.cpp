// SPDX-License-Identifier: MIT
#include "engine/sample/ticketing_sample.h"
#include "models/log_model.h"
#include "models/project/project_document.h"
#include "ui/dialogs.h"
#include "ui/monitoring/monitoring_view.h"
#include "models/table_statistics_model.h"
#include "ui/log_view.h"
#include "ui/main_window.h"
#include "ui/mapping/mapping_dialog.h"
#include "ui/table_statistics_view.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FerryTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
        QStandardPaths::setTestModeEnabled(true); // sample, copy and runs under ~/.qttest
        QSettings().clear();                      // a first launch: no recent projects
        ferry::Dialogs::clearAnswers();
    }

    void cleanup()
    {
        QCOMPARE(ferry::Dialogs::pendingAnswers(), 0); // every expected dialog was shown
        ferry::Dialogs::clearAnswers();
    }

    /// First launch: the welcome page, with the sample first and no recent projects; the
    /// project tree has its four groups and the central tabs exist behind the welcome page.
    void firstLaunchShowsTheWelcomePage()
    {
        ferry::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("centralStack"));
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("openSampleButton"))->isEnabled());
        auto *recent = window.findChild<QListWidget *>(QStringLiteral("recentProjects"));
        QCOMPARE(recent->count(), 1);
        QCOMPARE(recent->item(0)->text(), QStringLiteral("No recent projects yet."));
        QCOMPARE(window.windowTitle(), QStringLiteral("Ferry Workbench"));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("runTaskAction"))->isEnabled());

        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 4);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Table statistics"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Monitoring"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Logs"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("Exceptions"));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));
        QVERIFY(tree);
        QCOMPARE(tree->model()->rowCount(), 4);
        QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("Endpoints"));
        QCOMPARE(tree->model()->index(3, 0).data().toString(), QStringLiteral("Tasks"));
        if (const QString keep = qEnvironmentVariable("FERRY_SCREENSHOT_DIR"); !keep.isEmpty()) {
            QDir().mkpath(keep);
            window.resize(1100, 700);
            QVERIFY(window.grab().save(keep + QStringLiteral("/welcome.png")));
        }
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
        QSignalSpy opened(&window, &ferry::MainWindow::projectOpened);
        auto *model = window.tableStatistics()->model();
        // Click 1: the welcome page's sample button writes the sample and opens its project.
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("openSampleButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 120'000);
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("ticketing-sample.ferry.yaml")));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));
        const QModelIndex endpoints = tree->model()->index(0, 0);
        QCOMPARE(tree->model()->rowCount(endpoints), 2);
        QCOMPARE(tree->model()->index(0, 0, endpoints).data().toString(),
                 QStringLiteral("ticketing-sample"));
        const QModelIndex tasks = tree->model()->index(3, 0);
        QCOMPARE(tree->model()->index(0, 0, tasks).data().toString(), QStringLiteral("sample"));
        auto *run = window.findChild<QAction *>(QStringLiteral("runTaskAction"));
        QVERIFY(run->isEnabled());
        // A copy left by an earlier test run would make Run ask Resume / Restart first.
        QFile::remove(
            QString::fromStdString(ferry::sample::demoFiles(ferry::sample::DefaultTickets).copy));
        // While the task runs, the GUI thread's event loop keeps turning: a 10 ms timer records
        // the gaps between its ticks (bench/ui_latency measures the percentiles; here only a
        // GUI thread that waits for the engine -- seconds -- fails).
        QElapsedTimer clock;
        clock.start();
        qint64 lastTick = 0;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longestGap = std::max(longestGap, now - lastTick);
            lastTick = now;
        });
        // Click 2: Run.
        ticker.start();
        lastTick = clock.elapsed();
        run->trigger();
        QVERIFY(!run->isEnabled()); // no second run while one is starting

        // Mid-run: the statistics appear while the task runs; the window keeps painting.
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 || !ended.isEmpty(), 120'000);
        QTemporaryDir shots;
        const QString midRun = shots.filePath(QStringLiteral("main-window-running.png"));
        QVERIFY(window.grab().save(midRun));
        QVERIFY(QFileInfo(midRun).size() > 10'000);

        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 180'000);
        ticker.stop();
        QVERIFY2(ended.at(0).at(0).toBool(), qPrintable(ended.at(0).at(1).toString()));
        qInfo("longest GUI event-loop gap during the load: %lld ms", longestGap);
        QVERIFY2(longestGap < 2000, qPrintable(QString::number(longestGap)));
        QCOMPARE(model->rowCount(), 7);
        using Column = ferry::models::TableStatisticsModel::Column;
        const int ticket = model->rowOf("main", "ticket");
        QVERIFY(ticket >= 0);
        QCOMPARE(model->index(ticket, static_cast<int>(Column::FullLoadRows))
                     .data(ferry::models::TableStatisticsModel::SortRole)
                     .toLongLong(),
                 ferry::sample::DefaultTickets);
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
        // Copy: the selected lines in the task.log format.
        auto *logTable = window.findChild<QTableView *>(QStringLiteral("logTable"));
        logTable->selectAll();
        const QString copied = logs->selectedText();
        QCOMPARE(copied.count(QLatin1Char('\n')), 1);
        QVERIFY2(copied.contains(QLatin1String("Load complete")), qPrintable(copied));
        QVERIFY(copied.contains(QLatin1String("[TASK_MANAGER")));
        search->clear();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
        tabs->setCurrentWidget(logs);
        const QString logShot = shots.filePath(QStringLiteral("main-window-logs.png"));
        QVERIFY(window.grab().save(logShot));
        // The Monitoring tab charted the run: rows/s read and written have points.
        using Series = ferry::models::ThroughputSeries::Series;
        const auto &series = window.monitoring()->series();
        QVERIFY(series.snapshotCount() >= 2);
        QVERIFY(!series.series(Series::RowsWritten).isEmpty());
        // Selecting a table in the statistics charts that table on its own.
        QTableView *statisticsTable = window.tableStatistics()->tableView();
        for (int row = 0; row < statisticsTable->model()->rowCount(); ++row) {
            if (statisticsTable->model()->index(row, 1).data().toString() == QLatin1String("ticket"))
                statisticsTable->setCurrentIndex(statisticsTable->model()->index(row, 1));
        }
        tabs->setCurrentIndex(1);
        QTest::qWait(100); // the charts lay their axes out once shown
        const QString monitoringShot = shots.filePath(QStringLiteral("main-window-monitoring.png"));
        QVERIFY(window.grab().save(monitoringShot));
        tabs->setCurrentIndex(0);


        // Reload table (table statistics context menu): the task resumes and loads only venue
        // again; ticket keeps its rows without being read.
        ferry::Dialogs::queueAnswer(static_cast<int>(QMessageBox::Yes));
        window.reloadTable(QStringLiteral("main"), QStringLiteral("venue"));
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 120'000);
        QVERIFY2(ended.at(1).at(0).toBool(), qPrintable(ended.at(1).at(1).toString()));
        QCOMPARE(ferry::Dialogs::answeredTitles(), QStringList{QStringLiteral("Reload Table")});
        bool reloadedVenue = false;
        bool readTicket = false;
        for (int row = 0; row < logs->model()->rowCount(); ++row) {
            const std::string &message = logs->model()->lineAt(row).message;
            reloadedVenue |= message.find("Reloading table main.venue") != std::string::npos;
            readTicket |= message.find("main.ticket") != std::string::npos
                          && message.find("Reloading") != std::string::npos;
        }
        QVERIFY(reloadedVenue);
        QVERIFY(!readTicket);
        QCOMPARE(model->index(model->rowOf("main", "venue"), static_cast<int>(Column::LoadState))
                     .data().toString(),
                 QStringLiteral("Table completed"));
        const QString done = shots.filePath(QStringLiteral("main-window-completed.png"));
        QVERIFY(window.grab().save(done));

        // Run again: the task ran before, so Run asks Resume / Restart (naming the prep mode
        // that would drop the copied tables) / Cancel. Cancel starts nothing.
        run->trigger();
        QMessageBox *question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (question = window.findChild<QMessageBox *>(QStringLiteral("choiceBox"))) != nullptr
                && question->isVisible(),
            30'000);
        QCOMPARE(question->findChild<QPushButton *>(QStringLiteral("choiceButton1"))->text(),
                 QStringLiteral("Re&start (DROP_AND_CREATE)"));
        QVERIFY(question->informativeText().contains(QLatin1String("drops the target tables")));
        QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(run->isEnabled());
        QCOMPARE(ended.size(), 2);

        // Exceptions: "Edit rules..." opens the shown task's mapping editor; accepting it ticks
        // "With the current rules" for the next re-apply.
        tabs->setCurrentIndex(3);
        auto *useRules = window.findChild<QCheckBox *>(QStringLiteral("useRulesCheck"));
        auto *editRules = window.findChild<QPushButton *>(QStringLiteral("editRulesButton"));
        QVERIFY(useRules && editRules);
        QVERIFY(editRules->isEnabled());
        QVERIFY(!useRules->isChecked());
        QTest::mouseClick(editRules, Qt::LeftButton);
        ferry::MappingDialog *mapping = nullptr;
        QTRY_VERIFY((mapping = window.findChild<ferry::MappingDialog *>()) != nullptr);
        QVERIFY(mapping->isVisible());
        mapping->accept();
        QTRY_VERIFY(useRules->isChecked());
        tabs->setCurrentIndex(0);
        // FERRY_SCREENSHOT_DIR (docs/screenshots) keeps them for the README.
        const QString keep = qEnvironmentVariable("FERRY_SCREENSHOT_DIR");
        if (!keep.isEmpty()) {
            QDir().mkpath(keep);
            for (const QString &file : {midRun, done, logShot, monitoringShot}) {
                const QString to = keep + QLatin1Char('/') + QFileInfo(file).fileName();
                QFile::remove(to);
                QVERIFY(QFile::copy(file, to));
            }
        }
    }

    /// Project edits are undoable, mark the window modified, and closing asks first: Cancel
    /// keeps the window, Discard closes it. The project is in the recent list afterwards.
    void editsUndoAndUnsavedChangesPrompt()
    {
        const ferry::sample::DemoFiles files = ferry::sample::demoFiles(ferry::sample::DefaultTickets);
        QVERIFY(QFileInfo::exists(QString::fromStdString(files.project))); // from the run above
        ferry::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *recent = window.findChild<QListWidget *>(QStringLiteral("recentProjects"));
        QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(),
                 QString::fromStdString(files.project));
        emit recent->itemActivated(recent->item(0));
        QVERIFY(window.document()->isOpen());
        QVERIFY(!window.isWindowModified());

        ferry::project::Endpoint extra;
        extra.name = "archive";
        extra.engine = ferry::Dialect::Sqlite;
        extra.path = "archive.db";
        window.document()->addEndpoint(extra);
        QVERIFY(window.isWindowModified());
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 3);
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Add endpoint archive"));
        undo->trigger();
        QVERIFY(!window.isWindowModified());
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 2);
        window.findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
        QVERIFY(window.isWindowModified());

        ferry::Dialogs::queueAnswer(static_cast<int>(QMessageBox::Cancel));
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        ferry::Dialogs::queueAnswer(static_cast<int>(QMessageBox::Discard));
        QVERIFY(window.close());
        QCOMPARE(ferry::Dialogs::answeredTitles(),
                 (QStringList{QStringLiteral("Unsaved Changes"), QStringLiteral("Unsaved Changes")}));
        // Discarded: the file on disk still has two endpoints.
        QVERIFY(window.document()->isModified());
        ferry::ProjectDocument reread;
        QVERIFY(reread.open(QString::fromStdString(files.project)));
        QCOMPARE(reread.project().endpoints.size(), size_t(2));
    }

    /// A malformed project file is refused with its line and column; nothing opens.
    void refusesAMalformedProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.ferry.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ferry: 1\nname: broken\nendpoints:\n  a: {engine: sqlite, path: a.db, port: x}\n");
        file.close();
        ferry::MainWindow window;
        ferry::Dialogs::queueAnswer(QVariant());
        QVERIFY(!window.openProject(path));
        QCOMPARE(ferry::Dialogs::answeredTitles(), QStringList{QStringLiteral("Open Project")});
        QVERIFY(!window.document()->isOpen());
        auto *status = window.findChild<QLabel *>(QStringLiteral("taskStatus"));
        QVERIFY2(status->text().startsWith(QStringLiteral("Could not open")), qPrintable(status->text()));
    }

    /// In English and each shipped language, no two entries of the menu bar, and no two
    /// entries of one menu, share a mnemonic (Alt+letter would pick one of them at random).
    void menusHaveDistinctMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "fr", "ja", "zh_CN"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void menusHaveDistinctMnemonics()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/ferry_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        {
            ferry::MainWindow window;
            auto mnemonic = [](const QString &text) -> QChar {
                for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                    if (text[i] != QLatin1Char('&'))
                        continue;
                    if (text[i + 1] == QLatin1Char('&')) {
                        ++i; // "&&" is a literal ampersand
                        continue;
                    }
                    return text[i + 1].toLower();
                }
                return {};
            };
            QStringList clashes;
            auto check = [&](const QList<QAction *> &actions, const QString &where) {
                QHash<QChar, QString> seen;
                for (QAction *action : actions) {
                    if (action->isSeparator() || !action->isVisible())
                        continue;
                    const QChar key = mnemonic(action->text());
                    if (key.isNull())
                        continue;
                    if (seen.contains(key))
                        clashes << QStringLiteral("%1: \"%2\" and \"%3\" share Alt+%4")
                                       .arg(where, seen.value(key), action->text(), key);
                    seen.insert(key, action->text());
                }
            };
            check(window.menuBar()->actions(), QStringLiteral("menu bar"));
            int menus = 0;
            for (QAction *top : window.menuBar()->actions()) {
                if (QMenu *menu = top->menu()) {
                    check(menu->actions(), top->text());
                    ++menus;
                    for (QAction *inner : menu->actions()) {
                        if (QMenu *submenu = inner->menu())
                            check(submenu->actions(), inner->text());
                    }
                }
            }
            QVERIFY(menus >= 5);
            // The same inside each tab: its buttons and the labels that lead to a field.
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
            QVERIFY(tabs);
            for (int tab = 0; tab < tabs->count(); ++tab) {
                QList<QAction *> entries; // texts as actions, to reuse check()
                QObject holder;
                for (QAbstractButton *button : tabs->widget(tab)->findChildren<QAbstractButton *>())
                    entries << new QAction(button->text(), &holder);
                for (QLabel *label : tabs->widget(tab)->findChildren<QLabel *>()) {
                    if (label->buddy())
                        entries << new QAction(label->text(), &holder);
                }
                check(entries, tabs->tabText(tab));
            }
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        }
        QCoreApplication::removeTranslator(&translator);
    }

    /// Each shipped language: the embedded catalog turns the window's texts into that
    /// language and the welcome page's buttons are wide enough for their translated text
    /// (screenshots welcome-<lang>.png show the rest).
    void speaksEachShippedLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("welcome");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Willkommen bei Ferry");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Bienvenue dans Ferry");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("Ferry へようこそ");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("欢迎使用 Ferry");
    }

    void speaksEachShippedLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, welcome);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/ferry_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        {
            ferry::MainWindow window;
            window.resize(1100, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.closeProject(); // the welcome page, whatever the earlier tests opened
            QCOMPARE(window.findChild<QLabel *>(QStringLiteral("welcomeTitle"))->text(), welcome);
            auto *recent = window.findChild<QListWidget *>(QStringLiteral("recentProjects"));
            QCOMPARE(recent->count(), 1); // the sample project opened by the tests above
            QVERIFY(recent->item(0)->text().startsWith(QLatin1String("ticketing-sample.ferry.yaml")));
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
            QVERIFY(tabs->tabText(0) != QLatin1String("Table statistics"));
            for (auto *button : window.findChild<QWidget *>(QStringLiteral("welcomePage"))
                                    ->findChildren<QPushButton *>()) {
                QVERIFY2(button->width() >= button->sizeHint().width(),
                         qPrintable(button->text()));
            }
            if (const QString keep = qEnvironmentVariable("FERRY_SCREENSHOT_DIR"); !keep.isEmpty()) {
                QDir().mkpath(keep);
                QTest::qWait(50); // the recent list lays its new items out
                QVERIFY(window.grab().save(keep + QStringLiteral("/welcome-%1.png").arg(language)));
            }
        }
        QCoreApplication::removeTranslator(&translator);
    }

    void restoresGeometryAfterRestart()
    {
        QRect saved;
        {
            ferry::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(977, 655);
            QTRY_COMPARE(window.size(), QSize(977, 655));
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
