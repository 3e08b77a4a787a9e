// SPDX-License-Identifier: MIT
// Task settings with DMS names and defaults, table-statistics snapshots and their JSON lines.
#include "engine/mapping/mapping_plan.h"
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
        // Ferry's one departure from DMS's defaults: no LOB mode key, full LOB mode.
        QVERIFY(!s.lobModeExplicit);
        QVERIFY(s.fullLobMode);
        QVERIFY(!s.failTasksOnLobTruncation);
        QVERIFY(!tableLobMode(s, nullptr).limited);
        QVERIFY(s.notActedOn.empty());
    }

    void lobModes_data()
    {
        QTest::addColumn<QString>("targetMetadata");
        QTest::addColumn<bool>("limited");
        QTest::addColumn<int>("maxKb");
        QTest::addColumn<bool>("bothModes");
        QTest::newRow("no LOB key") << QStringLiteral(R"({"TargetSchema": "s"})") << false << 0
                                    << false;
        QTest::newRow("nulls are not set")
            << QStringLiteral(R"({"LimitedSizeLobMode": null, "LobMaxSize": null})") << false
            << 0 << false;
        QTest::newRow("chunk size alone") << QStringLiteral(R"({"LobChunkSize": 64})") << false
                                          << 0 << false;
        QTest::newRow("DMS console export")
            << QStringLiteral(R"({"SupportLobs": true, "FullLobMode": false, "LobChunkSize": 0,
                                  "LimitedSizeLobMode": true, "LobMaxSize": 32})")
            << true << 32 << false;
        QTest::newRow("LobMaxSize alone: DMS defaults") << QStringLiteral(R"({"LobMaxSize": 100})")
                                                        << true << 100 << false;
        QTest::newRow("LimitedSizeLobMode alone: 32 KB")
            << QStringLiteral(R"({"LimitedSizeLobMode": true})") << true << 32 << false;
        QTest::newRow("FullLobMode false alone: DMS's limited default")
            << QStringLiteral(R"({"FullLobMode": false})") << true << 32 << false;
        QTest::newRow("full mode") << QStringLiteral(R"({"FullLobMode": true, "LobChunkSize": 64,
                                                        "LimitedSizeLobMode": false})")
                                   << false << 0 << false;
        QTest::newRow("both modes: full wins")
            << QStringLiteral(R"({"FullLobMode": true, "LimitedSizeLobMode": true,
                                  "LobMaxSize": 32})")
            << false << 0 << true;
        QTest::newRow("neither mode") << QStringLiteral(R"({"FullLobMode": false,
                                                           "LimitedSizeLobMode": false})")
                                      << false << 0 << false;
        QTest::newRow("zero size") << QStringLiteral(R"({"LimitedSizeLobMode": true,
                                                        "LobMaxSize": 0})")
                                   << false << 0 << false;
    }

    /// Which settings choose limited LOB mode (docs/data-path.md, "LOBs").
    void lobModes()
    {
        QFETCH(QString, targetMetadata);
        QFETCH(bool, limited);
        QFETCH(int, maxKb);
        QFETCH(bool, bothModes);
        auto imported = project::importDmsTaskSettings(
            QStringLiteral(R"({"TargetMetadata": %1})").arg(targetMetadata).toStdString(),
            "task-settings.json");
        QVERIFY2(imported, imported ? "" : imported.error().toString().c_str());
        const LoadSettings s = loadSettingsFrom(imported->settings);
        QCOMPARE(!s.fullLobMode, limited);
        QCOMPARE(s.bothLobModes, bothModes);
        const TableLobMode table = tableLobMode(s, nullptr);
        QCOMPARE(table.limited, limited);
        QCOMPARE(table.maxSizeKb, int64_t(maxKb));
        QCOMPARE(table.maxBytes(), size_t(maxKb) * 1024);
        QVERIFY(table.ruleId.empty());
        QVERIFY(s.notActedOn.empty());
    }

    /// table-settings lob-settings over the task's mode: limited (DMS's default mode) with its
    /// size or the task's LobMaxSize, unlimited always whole, none leaves the task's.
    void tableRulesOverTheTask()
    {
        project::TaskSettings limitedTask;
        limitedTask.set("TargetMetadata", "LobMaxSize", project::Value::integer(16));
        limitedTask.set("TargetMetadata", "FailTasksOnLobTruncation", project::Value::boolean(true));
        const LoadSettings limited = loadSettingsFrom(limitedTask);
        QVERIFY(limited.failTasksOnLobTruncation);
        const LoadSettings full = loadSettingsFrom(project::TaskSettings{});

        mapping::LobSettings rule;
        rule.ruleId = "7";
        rule.bulkMaxSizeKb = 64;
        // mode absent: limited.
        TableLobMode mode = tableLobMode(full, &rule);
        QVERIFY(mode.limited);
        QCOMPARE(mode.maxSizeKb, int64_t(64));
        QCOMPARE(mode.ruleId, std::string("7"));
        rule.mode = "limited";
        rule.bulkMaxSizeKb.reset();
        mode = tableLobMode(full, &rule); // no size: the task's LobMaxSize (DMS's 32)
        QVERIFY(mode.limited);
        QCOMPARE(mode.maxSizeKb, int64_t(32));
        mode = tableLobMode(limited, &rule);
        QCOMPARE(mode.maxSizeKb, int64_t(16));
        rule.mode = "unlimited";
        rule.bulkMaxSizeKb = 100;
        mode = tableLobMode(limited, &rule);
        QVERIFY(!mode.limited);
        QCOMPARE(mode.ruleId, std::string("7"));
        rule.mode = "none";
        mode = tableLobMode(limited, &rule);
        QVERIFY(mode.limited);
        QCOMPARE(mode.maxSizeKb, int64_t(16));
        QVERIFY(mode.ruleId.empty());
        QVERIFY(!tableLobMode(full, &rule).limited);
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
        loading.fullLoadTruncatedLobs = 7;
        loading.lobMaxSizeKb = 32;
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
        QCOMPARE(t.value(QLatin1String("FullLoadTruncatedLobs")).toInt(), 7);
        QCOMPARE(t.value(QLatin1String("LobMode")).toString(), QStringLiteral("limited"));
        QCOMPARE(t.value(QLatin1String("LobMaxSize")).toInt(), 32);
        const QJsonObject first = tables.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("FullLoadTruncatedLobs")).toInt(), 0);
        QCOMPARE(first.value(QLatin1String("LobMode")).toString(), QStringLiteral("full"));
        QVERIFY(!first.contains(QLatin1String("LobMaxSize")));
        QCOMPARE(s.truncatedLobs(), int64_t(7));
        QCOMPARE(s.tablesWithTruncatedLobs(), 1);
        QVERIFY(s.anyLimitedLobMode());
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
