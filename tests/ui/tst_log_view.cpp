// SPDX-License-Identifier: MIT
// The Logs tab: error and warning lines look different from info lines (an icon, errors bold
// and red), the warnings filter keeps warnings, and the details pane shows the current line
// whole, wrapped, however long it is.
#include "engine/task/task_log.h"
#include "models/log_model.h"
#include "ui/log_view.h"

#include <QComboBox>
#include <QFont>
#include <QIcon>
#include <QPlainTextEdit>
#include <QTableView>
#include <QtTest>

using namespace ferry;
using Column = models::LogModel::Column;

namespace {

task::LogLine line(task::LogSeverity severity, std::string message)
{
    task::LogLine line;
    line.timestampMs = 1'700'000'000'000;
    line.component = task::LogComponent::TableManager;
    line.severity = severity;
    line.message = std::move(message);
    return line;
}

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT

private slots:
    void errorsStandOutAndMessagesAreReadWhole()
    {
        LogView view;
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const std::string longError
            = "Table main.orders failed and is suspended: " + std::string(600, 'x') + " END";
        view.append(std::vector<task::LogLine> {
            line(task::LogSeverity::Info, "Task starting"),
            line(task::LogSeverity::Warning, "Table main.readings loaded: 3 rows, 3 rejected."),
            line(task::LogSeverity::Error, longError)});
        QTableView *table = view.tableView();
        QAbstractItemModel *shown = table->model();
        const int severity = static_cast<int>(Column::Severity);
        const int message = static_cast<int>(Column::Message);

        // Info: no icon, the normal font and colour. Warning: an icon. Error: an icon, bold, and
        // a foreground of its own.
        const auto icon = [&](int row) {
            return shown->index(row, severity).data(Qt::DecorationRole).value<QIcon>();
        };
        QVERIFY(icon(0).isNull());
        QVERIFY(!icon(1).isNull());
        QVERIFY(!icon(2).isNull());
        QVERIFY(icon(1).cacheKey() != icon(2).cacheKey());
        QVERIFY(!shown->index(0, message).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(shown->index(2, message).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!shown->index(0, message).data(Qt::ForegroundRole).isValid());
        const QColor errorColour
            = shown->index(2, message).data(Qt::ForegroundRole).value<QBrush>().color();
        QVERIFY(errorColour.red() > errorColour.green() + 60);

        // The warnings filter keeps the rejected-rows warning and the error.
        auto *filter = view.findChild<QComboBox *>(QStringLiteral("logSeverity"));
        QVERIFY(filter);
        filter->setCurrentIndex(filter->findData(static_cast<int>(task::LogSeverity::Warning)));
        QCOMPARE(view.visibleRows(), 2);
        QVERIFY(shown->index(0, message).data().toString().contains(QLatin1String("3 rejected")));

        // The details pane: the whole message of the current line, wrapped in the pane.
        auto *details = view.findChild<QPlainTextEdit *>(QStringLiteral("logDetails"));
        QVERIFY(details && details->isVisible());
        QCOMPARE(details->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        QVERIFY(details->toPlainText().isEmpty());
        table->setCurrentIndex(shown->index(1, message));
        QVERIFY2(view.detailsText().endsWith(QStringLiteral("x END")),
                 qPrintable(view.detailsText()));
        QVERIFY(view.detailsText().contains(QLatin1String("failed and is suspended")));
        QVERIFY(details->document()->size().height() > 1); // more than one wrapped line
        if (const QString keep = qEnvironmentVariable("FERRY_SCREENSHOT_DIR"); !keep.isEmpty())
            QVERIFY(view.grab().save(keep + QStringLiteral("/logs-details.png")));
    }
};

QTEST_MAIN(TestLogView)
#include "tst_log_view.moc"
