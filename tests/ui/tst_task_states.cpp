// SPDX-License-Identifier: MIT
// Issue #13, "Table states tell the truth" and "Run must not destroy without asking", driven
// through the real main window on SQLite (no servers): a table whose target rejects rows reads
// "Completed with errors" in the table statistics and in the status bar, its rejected-rows line
// is a warning in the Logs tab; reopening the project shows the last run from the target's
// control tables; Run on a task that ran before asks Resume / Restart (naming
// TargetTablePrepMode) / Cancel in a real message box; a re-apply updates the counts without a
// new run; Restart empties the target table before loading it again.
#include "engine/connectors/connector.h"
#include "engine/load/load_session.h"
#include "models/exceptions/exceptions_model.h"
#include "models/log_model.h"
#include "models/table_statistics_model.h"
#include "tests/support/test_support.h"
#include "tests/ui/main_window_test_support.h"
#include "ui/dialogs.h"
#include "ui/exceptions/exceptions_view.h"
#include "ui/log_view.h"
#include "ui/main_window.h"
#include "ui/table_statistics_view.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace ferry;
using StatColumn = models::TableStatisticsModel::Column;

namespace {

using test::showWithProject;
using test::sqliteSpec;

bool execute(const QString &path, const std::string &sql)
{
    auto session = load::openTargetSession(sqliteSpec(path));
    return session && (*session)->execute(sql).ok();
}

qint64 countRows(const QString &path, const std::string &table)
{
    auto session = load::openTargetSession(sqliteSpec(path));
    if (!session)
        return -1;
    auto rows = (*session)->query("SELECT count(*) FROM " + table);
    if (!rows || rows->empty() || !rows->front()[0])
        return -1;
    return QString::fromStdString(*rows->front()[0]).toLongLong();
}

} // namespace

class TestTaskStates : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTranslator m_english;
    QString m_project;
    QString m_target;

    /// The Table statistics cell of table `readings`.
    static QVariant cell(MainWindow &window, StatColumn column, int role = Qt::DisplayRole)
    {
        auto *model = window.tableStatistics()->model();
        const int row = model->rowOf("main", "readings");
        return row < 0 ? QVariant() : model->index(row, static_cast<int>(column)).data(role);
    }

    static QString status(MainWindow &window)
    {
        return window.findChild<QLabel *>(QStringLiteral("taskStatus"))->text();
    }

    /// Run: the Resume / Restart box opens (a real one, window-modal) into *box.
    static void runAndGetQuestion(MainWindow &window, QMessageBox **box)
    {
        window.findChild<QAction *>(QStringLiteral("runTaskAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            (*box = window.findChild<QMessageBox *>(QStringLiteral("choiceBox"))) != nullptr
                && (*box)->isVisible(),
            30'000);
    }

    /// Run, then choice `choice` of the question (its button "choiceButton<choice>").
    static void runAndChoose(MainWindow &window, int choice)
    {
        QMessageBox *box = nullptr;
        runAndGetQuestion(window, &box);
        QVERIFY(box);
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("choiceButton%1").arg(choice)),
            Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FerryTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_task_states"));
        QStandardPaths::setTestModeEnabled(true); // run directories under ~/.qttest
        QSettings().clear();
        QVERIFY(test::useEnglish(m_english)); // "3 rows", not "3 row(s)"
        QVERIFY(m_dir.isValid());
        // Source: six readings; 2 and 4 are negative, 6 has no label.
        const QString source = m_dir.filePath(QStringLiteral("source.db"));
        QVERIFY(execute(source,
                        "CREATE TABLE readings (id INTEGER PRIMARY KEY, value INTEGER, "
                        "label VARCHAR(20))"));
        QVERIFY(execute(source,
                        "INSERT INTO readings VALUES (1, 10, 'one'), (2, -1, 'two'), "
                        "(3, 30, 'three'), (4, -1, 'four'), (5, 50, 'five'), "
                        "(6, 60, NULL)"));
        // Target: the same table, refusing negative values and missing labels; kept by
        // TRUNCATE_BEFORE_LOAD.
        m_target = m_dir.filePath(QStringLiteral("target.db"));
        QVERIFY(execute(m_target,
                        "CREATE TABLE readings (id INTEGER PRIMARY KEY, value INTEGER, "
                        "label VARCHAR(20) NOT NULL, CHECK (value >= 0))"));
        m_project = m_dir.filePath(QStringLiteral("states.ferry.yaml"));
        QFile file(m_project);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ferry: 1\n"
                   "name: states\n"
                   "endpoints:\n"
                   "  source: {engine: sqlite, path: source.db}\n"
                   "  target: {engine: sqlite, path: target.db}\n"
                   "tasks:\n"
                   "  load:\n"
                   "    source: source\n"
                   "    target: target\n"
                   "    migration-type: full-load\n"
                   "    settings:\n"
                   "      FullLoadSettings:\n"
                   "        TargetTablePrepMode: TRUNCATE_BEFORE_LOAD\n");
        file.close();
        Dialogs::clearAnswers();
    }

    void cleanup()
    {
        QCOMPARE(Dialogs::pendingAnswers(), 0);
        Dialogs::clearAnswers();
    }

    /// First run: nothing is asked (the task never ran); the table with rejected rows reads
    /// "Completed with errors" with its counts, the status bar says so, and the rejected rows'
    /// log line is a warning.
    void rejectedRowsShowAsCompletedWithErrors()
    {
        MainWindow window;
        QVERIFY(showWithProject(window, m_project));
        QSignalSpy ended(&window, &MainWindow::taskEnded);
        window.findChild<QAction *>(QStringLiteral("runTaskAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 60'000);
        QVERIFY(window.findChild<QMessageBox *>(QStringLiteral("choiceBox")) == nullptr);
        QCOMPARE(Dialogs::answeredTitles(), QStringList());

        QCOMPARE(cell(window, StatColumn::LoadState).toString(),
                 QStringLiteral("Completed with errors"));
        QCOMPARE(cell(window, StatColumn::FullLoadRows, models::TableStatisticsModel::SortRole)
                     .toLongLong(),
                 3);
        QCOMPARE(cell(window, StatColumn::ErrorRows, models::TableStatisticsModel::SortRole)
                     .toLongLong(),
                 3);
        QCOMPARE(cell(window, StatColumn::Details).toString(),
                 QStringLiteral("3 rows rejected: see the Exceptions tab."));
        // The Details column is shown, and within the visible part of the table.
        QTableView *statistics = window.tableStatistics()->tableView();
        const int details = static_cast<int>(StatColumn::Details);
        QVERIFY(!statistics->isColumnHidden(details));
        const QRect detailsRect = statistics->visualRect(statistics->model()->index(0, details));
        QVERIFY2(statistics->viewport()->rect().contains(detailsRect),
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(detailsRect.x())
                                .arg(detailsRect.y())
                                .arg(detailsRect.width())
                                .arg(detailsRect.height())));
        QVERIFY2(status(window).contains(QLatin1String("Load complete")),
                 qPrintable(status(window)));
        QVERIFY2(status(window).endsWith(QLatin1String("0 in error, 1 completed with errors")),
                 qPrintable(status(window)));

        // Logs: the warnings filter shows the rejected rows' line, as a warning.
        auto *severity = window.findChild<QComboBox *>(QStringLiteral("logSeverity"));
        severity->setCurrentIndex(severity->findData(static_cast<int>(task::LogSeverity::Warning)));
        QTableView *logs = window.logs()->tableView();
        bool found = false;
        for (int row = 0; row < logs->model()->rowCount(); ++row) {
            const QModelIndex index = logs->model()->index(row, 0);
            if (logs->model()
                    ->index(row, static_cast<int>(models::LogModel::Column::Message))
                    .data()
                    .toString()
                    .contains(QLatin1String("3 rejected"))) {
                found = true;
                QCOMPARE(index.data(models::LogModel::SeverityRole).toInt(),
                         static_cast<int>(task::LogSeverity::Warning));
            }
        }
        QVERIFY(found);
        severity->setCurrentIndex(0);
        if (const QString keep = qEnvironmentVariable("FERRY_SCREENSHOT_DIR"); !keep.isEmpty()) {
            QDir().mkpath(keep);
            QVERIFY(window.grab().save(keep
                                       + QStringLiteral("/main-window-completed-with-errors.png")));
        }
    }

    /// Reopening the project shows the last run from the target's control tables; Run asks
    /// Resume / Restart / Cancel (the prep mode named); Cancel starts nothing, Resume resumes.
    void reopenShowsTheLastRunAndRunAsks()
    {
        MainWindow window;
        QVERIFY(showWithProject(window, m_project));
        auto *title = window.findChild<QLabel *>(QStringLiteral("tableStatisticsTitle"));
        QTRY_COMPARE_WITH_TIMEOUT(title->text(), QStringLiteral("Table statistics (1)"), 30'000);
        QCOMPARE(cell(window, StatColumn::LoadState).toString(),
                 QStringLiteral("Completed with errors"));
        QCOMPARE(cell(window, StatColumn::FullLoadRows).toString(), QStringLiteral("3"));
        QCOMPARE(cell(window, StatColumn::ErrorRows).toString(), QStringLiteral("3"));
        QVERIFY2(status(window).startsWith(QLatin1String("Last run: load: Load complete")),
                 qPrintable(status(window)));
        // The Exceptions tab has the last run's rejected rows too.
        QTRY_COMPARE_WITH_TIMEOUT(window.exceptions()->model()->rowCount(), 3, 30'000);

        // Resume sits on the toolbar beside Run.
        auto *toolBar = window.findChild<QWidget *>(QStringLiteral("mainToolBar"));
        QList<QAction *> actions = toolBar->actions();
        const auto run
            = actions.indexOf(window.findChild<QAction *>(QStringLiteral("runTaskAction")));
        QVERIFY(run >= 0);
        QCOMPARE(actions.value(run + 1)->objectName(), QStringLiteral("resumeTaskAction"));
        // The last run finished: nothing to resume (Run asks what to do).
        auto *resumeAction = window.findChild<QAction *>(QStringLiteral("resumeTaskAction"));
        QVERIFY(!resumeAction->isEnabled());

        // Run: the question names the prep mode; Cancel starts nothing.
        QSignalSpy ended(&window, &MainWindow::taskEnded);
        QMessageBox *box = nullptr;
        runAndGetQuestion(window, &box);
        QVERIFY(box);
        QCOMPARE(box->windowTitle(), QStringLiteral("Resume or Restart"));
        auto *resume = box->findChild<QPushButton *>(QStringLiteral("choiceButton0"));
        auto *restart = box->findChild<QPushButton *>(QStringLiteral("choiceButton1"));
        auto *cancel = box->findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(resume && restart && cancel);
        QCOMPARE(resume->text(), QStringLiteral("&Resume"));
        QCOMPARE(restart->text(), QStringLiteral("Re&start (TRUNCATE_BEFORE_LOAD)"));
        QCOMPARE(box->defaultButton(), resume);
        QVERIFY2(box->informativeText().contains(QLatin1String("empties the target tables")),
                 qPrintable(box->informativeText()));
        QVERIFY(box->informativeText().contains(QLatin1String("1 completed with errors")));
        if (const QString keep = qEnvironmentVariable("FERRY_SCREENSHOT_DIR"); !keep.isEmpty())
            QVERIFY(box->grab().save(keep + QStringLiteral("/resume-or-restart.png")));
        QTest::mouseClick(cancel, Qt::LeftButton);
        auto *runAction = window.findChild<QAction *>(QStringLiteral("runTaskAction"));
        QTRY_VERIFY(runAction->isEnabled());
        QCOMPARE(ended.size(), 0);
        QCOMPARE(status(window), QStringLiteral("load: not started."));
        QCOMPARE(cell(window, StatColumn::ErrorRows).toString(), QStringLiteral("3"));

        // Resume: the last run continues; its completed table keeps its rows and counts.
        runAndChoose(window, 0);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 60'000);
        bool resumed = false;
        for (int row = 0; row < window.logs()->model()->rowCount(); ++row)
            resumed |= window.logs()->model()->lineAt(row).message.find("Resuming table")
                != std::string::npos;
        QVERIFY(resumed);
        QCOMPARE(cell(window, StatColumn::LoadState).toString(),
                 QStringLiteral("Completed with errors"));
        QCOMPARE(countRows(m_target, "readings"), 3);
    }

    /// A re-apply (Exceptions tab) moves rows from rejected to loaded: the table statistics
    /// show the new counts without a new run. Then Restart empties and reloads the table
    /// (TRUNCATE_BEFORE_LOAD): every row once.
    void reapplyUpdatesTheStatisticsAndRestartReloads()
    {
        MainWindow window;
        QVERIFY(showWithProject(window, m_project));
        QTRY_COMPARE_WITH_TIMEOUT(cell(window, StatColumn::ErrorRows).toString(),
                                  QStringLiteral("3"), 30'000);
        // The target now takes every row (its constraints gone, its rows kept).
        QVERIFY(execute(m_target, "ALTER TABLE readings RENAME TO readings_old"));
        QVERIFY(execute(m_target,
                        "CREATE TABLE readings (id INTEGER PRIMARY KEY, value INTEGER, "
                        "label VARCHAR(20))"));
        QVERIFY(execute(m_target, "INSERT INTO readings SELECT * FROM readings_old"));
        QVERIFY(execute(m_target, "DROP TABLE readings_old"));

        ExceptionsView *exceptions = window.exceptions();
        window.findChild<QTabWidget *>(QStringLiteral("centralTabs"))->setCurrentWidget(exceptions);
        exceptions->showTable(QStringLiteral("main"), QStringLiteral("readings"));
        auto *reapply = exceptions->findChild<QPushButton *>(QStringLiteral("reapplyTableButton"));
        QTRY_VERIFY_WITH_TIMEOUT(reapply->isEnabled() && exceptions->model()->rowCount() == 3,
                                 30'000);
        QTest::mouseClick(reapply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell(window, StatColumn::ErrorRows).toString(),
                                  QStringLiteral("0"), 30'000);
        QCOMPARE(cell(window, StatColumn::FullLoadRows).toString(), QStringLiteral("6"));
        QCOMPARE(cell(window, StatColumn::LoadState).toString(), QStringLiteral("Table completed"));
        QCOMPARE(countRows(m_target, "readings"), 6);

        // Restart: TRUNCATE_BEFORE_LOAD empties the table first, so no row is doubled.
        QSignalSpy ended(&window, &MainWindow::taskEnded);
        runAndChoose(window, 1);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 60'000);
        QVERIFY2(ended.at(0).at(0).toBool(), qPrintable(ended.at(0).at(1).toString()));
        QCOMPARE(cell(window, StatColumn::FullLoadRows).toString(), QStringLiteral("6"));
        QCOMPARE(cell(window, StatColumn::LoadState).toString(), QStringLiteral("Table completed"));
        QCOMPARE(countRows(m_target, "readings"), 6);
        QVERIFY2(status(window).endsWith(QLatin1String("0 in error, 0 completed with errors")),
                 qPrintable(status(window)));
    }

    /// A run recorded as stopped on the target (a kill, a Stop): Resume is enabled and
    /// continues it without asking.
    void stoppedRunCanBeResumed()
    {
        QVERIFY(execute(m_target, "UPDATE ferry_control_task_status SET state = 'stopped'"));
        MainWindow window;
        QVERIFY(showWithProject(window, m_project));
        auto *resume = window.findChild<QAction *>(QStringLiteral("resumeTaskAction"));
        QTRY_VERIFY_WITH_TIMEOUT(resume->isEnabled(), 30'000);
        QVERIFY(status(window).contains(QLatin1String("Stopped")));
        QSignalSpy ended(&window, &MainWindow::taskEnded);
        resume->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 60'000);
        QVERIFY2(ended.at(0).at(0).toBool(), qPrintable(ended.at(0).at(1).toString()));
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("choiceBox")));
        QVERIFY(!resume->isEnabled());
        QCOMPARE(countRows(m_target, "readings"), 6);
    }

    /// A first run on a target table that already holds rows (no earlier run of the task):
    /// Run asks before emptying it, Cancel is the default and keeps the rows; Replace runs.
    void firstRunAsksBeforeReplacingRows()
    {
        const QString occupied = m_dir.filePath(QStringLiteral("occupied.db"));
        QVERIFY(execute(occupied,
                        "CREATE TABLE readings (id INTEGER PRIMARY KEY, value INTEGER, "
                        "label VARCHAR(20))"));
        QVERIFY(execute(occupied, "INSERT INTO readings VALUES (99, 1, 'theirs')"));
        QFile original(m_project);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QString project = m_dir.filePath(QStringLiteral("occupied.ferry.yaml"));
        QFile file(project);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(original.readAll().replace("path: target.db", "path: occupied.db"));
        file.close();

        MainWindow window;
        QVERIFY(showWithProject(window, project));
        QSignalSpy ended(&window, &MainWindow::taskEnded);
        QMessageBox *box = nullptr;
        runAndGetQuestion(window, &box);
        QVERIFY(box);
        QCOMPARE(box->windowTitle(), QStringLiteral("Replace existing rows"));
        QVERIFY2(box->text().contains(QLatin1String("1 of its target tables already holds rows")),
                 qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(QLatin1String("readings")),
                 qPrintable(box->informativeText()));
        auto *replace = box->findChild<QPushButton *>(QStringLiteral("choiceButton0"));
        auto *cancel = box->findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(replace && cancel);
        QCOMPARE(replace->text(), QStringLiteral("&Replace their rows (TRUNCATE_BEFORE_LOAD)"));
        QCOMPARE(box->defaultButton(), cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(window.findChild<QAction *>(QStringLiteral("runTaskAction"))->isEnabled());
        QCOMPARE(ended.size(), 0);
        QCOMPARE(status(window), QStringLiteral("load: not started."));
        QCOMPARE(countRows(occupied, "readings WHERE label = 'theirs'"), 1);

        runAndChoose(window, 0);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 60'000);
        QVERIFY2(ended.at(0).at(0).toBool(), qPrintable(ended.at(0).at(1).toString()));
        QCOMPARE(countRows(occupied, "readings WHERE label = 'theirs'"), 0);
        QCOMPARE(countRows(occupied, "readings"), 6);
    }
};

QTEST_MAIN(TestTaskStates)
#include "tst_task_states.moc"
