// SPDX-License-Identifier: MIT
// Task settings with DMS names and defaults, table-statistics snapshots and their JSON lines.
#include "engine/project/dms_json.h"
#include "engine/task/load_settings.h"
#include "engine/task/state_text.h"
#include "engine/task/task_clock.h"
#include "engine/task/task_snapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ferry;
using namespace ferry::task;

class TestTaskModel : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreDmsDefaults()
    {
        const LoadSettings s = loadSettingsFrom(project::TaskSettings{});
        QCOMPARE(s.prepMode, TablePrepMode::DropAndCreate);
        QCOMPARE(s.maxFullLoadSubTasks, 8);
        QCOMPARE(s.commitRate, int64_t(10000));
        QCOMPARE(s.streamBufferCount, 3);
        QCOMPARE(s.streamBufferSizeMb, int64_t(8));
        QCOMPARE(s.dataErrorPolicy, RecordPolicy::LogError);
        QCOMPARE(s.dataTruncationErrorPolicy, RecordPolicy::LogError);
        QCOMPARE(s.tableErrorPolicy, TablePolicy::SuspendTable);
        QCOMPARE(s.recoverableErrorCount, int64_t(-1));
        QCOMPARE(s.recoverableErrorIntervalSeconds, int64_t(5));
        QVERIFY(s.supportLobs);
        QVERIFY(s.limitedSizeLobMode);
        QCOMPARE(s.lobMaxSizeKb, int64_t(32));
        QVERIFY(s.notActedOn.empty());
    }

    void dmsTaskSettingsFileIsReadAndUnusedKeysListed()
    {
        const char *json = R"({
  "TargetMetadata": {"TargetSchema": "sales", "SupportLobs": true, "FullLobMode": false,
                     "LobChunkSize": 64, "LimitedSizeLobMode": true, "LobMaxSize": 16,
                     "BatchApplyEnabled": false},
  "FullLoadSettings": {"TargetTablePrepMode": "TRUNCATE_BEFORE_LOAD",
                       "CreatePkAfterFullLoad": true, "MaxFullLoadSubTasks": 4,
                       "CommitRate": 50000, "TransactionConsistencyTimeout": 600},
  "StreamBufferSettings": {"StreamBufferCount": 2, "StreamBufferSizeInMB": 4},
  "ErrorBehavior": {"DataErrorPolicy": "IGNORE_RECORD", "DataTruncationErrorPolicy": "STOP_TASK",
                    "DataErrorEscalationPolicy": "STOP_TASK", "DataErrorEscalationCount": 7,
                    "TableErrorPolicy": "STOP_TASK", "RecoverableErrorCount": 3,
                    "RecoverableErrorInterval": 1, "RecoverableErrorThrottling": false,
                    "FailOnNoTablesCaptured": false, "ApplyErrorDeletePolicy": "IGNORE_RECORD"}
})";
        auto imported = project::importDmsTaskSettings(json, "task-settings.json");
        QVERIFY2(imported, imported ? "" : imported.error().toString().c_str());
        const LoadSettings s = loadSettingsFrom(imported->settings);
        QCOMPARE(s.targetSchema, std::string("sales"));
        QCOMPARE(s.lobMaxSizeKb, int64_t(16));
        QCOMPARE(s.prepMode, TablePrepMode::TruncateBeforeLoad);
        QVERIFY(s.createPkAfterFullLoad);
        QCOMPARE(s.maxFullLoadSubTasks, 4);
        QCOMPARE(s.commitRate, int64_t(50000));
        QCOMPARE(s.streamBufferCount, 2);
        QCOMPARE(s.streamBufferSizeMb, int64_t(4));
        QCOMPARE(s.dataErrorPolicy, RecordPolicy::IgnoreRecord);
        QCOMPARE(s.dataTruncationErrorPolicy, RecordPolicy::StopTask);
        QCOMPARE(s.dataErrorEscalationPolicy, TablePolicy::StopTask);
        QCOMPARE(s.dataErrorEscalationCount, int64_t(7));
        QCOMPARE(s.tableErrorPolicy, TablePolicy::StopTask);
        QCOMPARE(s.recoverableErrorCount, int64_t(3));
        QCOMPARE(s.recoverableErrorIntervalSeconds, int64_t(1));
        QVERIFY(!s.recoverableErrorThrottling);
        QVERIFY(!s.failOnNoTablesCaptured);
        // Present but not acted on by the full load: listed, not silently ignored.
        const std::vector<std::string> expected = {"TargetMetadata.BatchApplyEnabled",
                                                   "ErrorBehavior.ApplyErrorDeletePolicy"};
        QCOMPARE(s.notActedOn, expected);
    }

    /// Every task state has its own words, the DMS console's (status bar and CLI show them).
    void taskStateTexts()
    {
        QCOMPARE(task::taskStateText(TaskState::Running), QStringLiteral("Running"));
        QCOMPARE(task::taskStateText(TaskState::LoadComplete), QStringLiteral("Load complete"));
        QSet<QString> texts;
        for (TaskState state : {TaskState::Created, TaskState::Starting, TaskState::Running,
                                TaskState::LoadComplete, TaskState::Stopping, TaskState::Stopped,
                                TaskState::Failed}) {
            const QString text = task::taskStateText(state);
            QVERIFY(!text.isEmpty());
            texts.insert(text);
        }
        QCOMPARE(texts.size(), 7);
    }

    /// Control-table times: isoTime and parseIsoTime are inverses; other texts are refused.
    void isoTimesRoundTrip()
    {
        using task::isoTime;
        using task::parseIsoTime;
        QCOMPARE(isoTime(0), std::string("1970-01-01T00:00:00.000Z"));
        QCOMPARE(parseIsoTime("2026-11-23T14:05:09.123Z"), std::optional<int64_t>(1795442709123));
        for (int64_t ms : {int64_t(0), int64_t(1795442709123), int64_t(951782400999)})
            QCOMPARE(parseIsoTime(isoTime(ms)), std::optional<int64_t>(ms));
        for (const char *bad :
             {"", "2026-11-23", "2026-11-23T14:05:09Z", "2026-13-23T14:05:09.123Z",
              "2026-11-23T14:05:09.123+01", "2026-11-23 14:05:09.123Z", "x026-11-23T14:05:09.123Z"})
            QVERIFY2(!parseIsoTime(bad), bad);
    }

    void snapshotJsonUsesDmsNames()
    {
        TaskSnapshot s;
        s.taskName = "t\"1";
        s.state = TaskState::Running;
        s.timestampMs = 1000;
        s.elapsedMs = 500;
        TableStatistics done;
        done.schema = "main";
        done.table = "sport";
        done.state = TableState::Completed;
        done.fullLoadRows = 4;
        done.rowsRead = 4;
        done.totalRows = 4;
        TableStatistics loading;
        loading.schema = "main";
        loading.table = "ticket";
        loading.state = TableState::FullLoad;
        loading.fullLoadRows = 240;
        loading.fullLoadErrorRows = 10;
        loading.rowsRead = 400; // 150 read ahead, still queued: not done
        loading.totalRows = 1000;
        s.tables = {done, loading};
        s.metrics.fullLoadThroughputRowsSource = 250;
        s.metrics.fullLoadThroughputRowsTarget = 125;
        QCOMPARE(s.tablesLoaded(), 1);
        QCOMPARE(s.tablesLoading(), 1);
        QCOMPARE(loading.rowsProcessed(), int64_t(250)); // written + rejected
        QCOMPARE(loading.progressPercent(), 25.0);
        // 750 rows left to write at 125 rows/s written (reading is not the bottleneck).
        QCOMPARE(s.etaMs(), std::optional<int64_t>(6000));

        const std::string line = s.toJsonLine();
        QVERIFY(line.find('\n') == std::string::npos);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(line), &error);
        QVERIFY2(!doc.isNull(), qPrintable(error.errorString()));
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QLatin1String("TaskName")).toString(), QStringLiteral("t\"1"));
        QCOMPARE(o.value(QLatin1String("Status")).toString(), QStringLiteral("Running"));
        QCOMPARE(o.value(QLatin1String("TablesLoaded")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("TablesLoading")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("FullLoadProgressPercent")).toDouble(), 62.5);
        const QJsonArray tables = o.value(QLatin1String("TableStatistics")).toArray();
        QCOMPARE(tables.size(), 2);
        const QJsonObject t = tables.at(1).toObject();
        QCOMPARE(t.value(QLatin1String("SchemaName")).toString(), QStringLiteral("main"));
        QCOMPARE(t.value(QLatin1String("TableName")).toString(), QStringLiteral("ticket"));
        QCOMPARE(t.value(QLatin1String("TableState")).toString(), QStringLiteral("Full load"));
        QCOMPARE(t.value(QLatin1String("FullLoadRows")).toInt(), 240);
        QCOMPARE(t.value(QLatin1String("FullLoadErrorRows")).toInt(), 10);
        QCOMPARE(t.value(QLatin1String("TotalRows")).toInt(), 1000);
        QCOMPARE(t.value(QLatin1String("Inserts")).toInt(), 0);
        QCOMPARE(t.value(QLatin1String("ValidationState")).toString(), QStringLiteral("Not enabled"));
        QCOMPARE(tables.at(0).toObject().value(QLatin1String("TableState")).toString(),
                 QStringLiteral("Table completed"));
        QCOMPARE(o.value(QLatin1String("Metrics")).toObject().value(QLatin1String("FullLoadThroughputRowsSource")).toDouble(),
                 250.0);
    }
};

QTEST_APPLESS_MAIN(TestTaskModel)
#include "tst_task_model.moc"
