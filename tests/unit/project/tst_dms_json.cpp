// SPDX-License-Identifier: MIT
// AWS DMS table-mappings.json / task-settings.json import and export, and the import-dms /
// export-dms commands of the CLI.
#include "engine/project/dms_json.h"
#include "engine/project/project_file.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::project;

namespace {

// The reference examples (selection with wildcards and filters, transformations of several
// actions, table-settings), written as DMS writes them: rule-id mostly strings, one integer.
const char *const ReferenceMappings = R"json({
  "rules": [
    {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
     "object-locator": {"schema-name": "HR", "table-name": "%"}, "rule-action": "include",
     "filters": []},
    {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
     "object-locator": {"schema-name": "DMS_SAMPLE", "table-name": "MLB_DATA"},
     "rule-action": "exclude"},
    {"rule-type": "selection", "rule-id": "3", "rule-name": "emp-filter",
     "object-locator": {"schema-name": "HR", "table-name": "EMPLOYEES", "table-type": "table"},
     "rule-action": "include", "load-order": "2",
     "filters": [{"filter-type": "source", "column-name": "empid",
                  "filter-conditions": [{"filter-operator": "gte", "value": "100"},
                                        {"filter-operator": "between",
                                         "start-value": "2013-01-01",
                                         "end-value": "2014-01-01 00:00:00"}]},
                 {"filter-type": "source", "column-name": "manager_id",
                  "filter-conditions": [{"filter-operator": "notnull"}]}]},
    {"rule-type": "transformation", "rule-id": "4", "rule-name": "3", "rule-target": "schema",
     "object-locator": {"schema-name": "HR"}, "rule-action": "rename", "value": "hr_schema"},
    {"rule-type": "transformation", "rule-id": "7", "rule-name": "7",
     "rule-action": "convert-lowercase", "rule-target": "table",
     "object-locator": {"schema-name": "%", "table-name": "%"}},
    {"rule-type": "transformation", "rule-id": "8", "rule-name": "8", "rule-target": "table",
     "object-locator": {"schema-name": "test", "table-name": "%"},
     "rule-action": "replace-prefix", "value": "NewPre_", "old-value": "Pre_"},
    {"rule-type": "transformation", "rule-id": "9", "rule-name": "9", "rule-target": "column",
     "object-locator": {"schema-name": "test", "table-name": "Actor", "column-name": "col%"},
     "rule-action": "remove-column"},
    {"rule-type": "transformation", "rule-id": 10, "rule-name": "10", "rule-target": "column",
     "object-locator": {"schema-name": "%", "table-name": "%"}, "rule-action": "add-column",
     "value": "transact_id", "expression": "$AR_H_STREAM_POSITION",
     "data-type": {"type": "string", "length": 50}},
    {"rule-type": "transformation", "rule-id": "11", "rule-name": "11", "rule-target": "column",
     "object-locator": {"schema-name": "%", "table-name": "%"}, "rule-action": "add-column",
     "value": "FULL_NAME", "expression": "$FIRST_NAME||'_'||$LAST_NAME",
     "data-type": {"type": "string", "length": 50}},
    {"rule-type": "transformation", "rule-id": "12", "rule-name": "12",
     "rule-action": "change-data-type", "rule-target": "column",
     "object-locator": {"schema-name": "dbo", "table-name": "dms", "column-name": "SALE_AMOUNT"},
     "data-type": {"type": "int8"}},
    {"rule-type": "transformation", "rule-id": "13", "rule-name": "13",
     "rule-action": "define-primary-key", "rule-target": "table",
     "object-locator": {"schema-name": "inventory", "table-name": "ITEM"},
     "primary-key-def": {"name": "ITEM-primary-key", "origin": "unique-index",
                         "columns": ["ITEM-NAME", "BOM-MODEL-NUM", "BOM-PART-NUM"]}},
    {"rule-type": "table-settings", "rule-id": "20", "rule-name": "20",
     "object-locator": {"schema-name": "dms_sample", "table-name": "post_history"},
     "parallel-load": {"type": "partitions-auto"}},
    {"rule-type": "table-settings", "rule-id": "21", "rule-name": "21",
     "object-locator": {"schema-name": "dms_sample", "table-name": "claims"},
     "parallel-load": {"type": "ranges", "columns": ["claim_requested_timestamp"],
                       "boundaries": [["2013-01-01 00:00:00"], ["2014-01-01 00:00:00"]]},
     "lob-settings": {"mode": "unlimited", "bulk-max-size": "0"}},
    {"rule-type": "validation", "rule-id": "30", "rule-name": "30", "rule-target": "column",
     "object-locator": {"schema-name": "Test-Schema", "table-name": "Test-Table",
                        "column-name": "Test-Column"},
     "rule-action": "override-validation-function",
     "source-function": "REPLACE(${column-name}, chr(0), chr(32))",
     "target-function": "${column-name}"}
  ]
}
)json";

// A full task-settings.json in the shape the DMS console writes (every group Ferry knows).
const char *const FullSettings = R"json({
  "TargetMetadata": {"TargetSchema": "", "SupportLobs": true, "FullLobMode": false,
    "LobChunkSize": 0, "LimitedSizeLobMode": true, "LobMaxSize": 32, "InlineLobMaxSize": 0,
    "LoadMaxFileSize": 0, "ParallelLoadThreads": 0, "ParallelLoadBufferSize": 0,
    "BatchApplyEnabled": false, "TaskRecoveryTableEnabled": false,
    "ParallelLoadQueuesPerThread": 0, "ParallelApplyThreads": 0, "ParallelApplyBufferSize": 0,
    "ParallelApplyQueuesPerThread": 0},
  "FullLoadSettings": {"TargetTablePrepMode": "DROP_AND_CREATE", "CreatePkAfterFullLoad": false,
    "StopTaskCachedChangesApplied": false, "StopTaskCachedChangesNotApplied": false,
    "MaxFullLoadSubTasks": 8, "TransactionConsistencyTimeout": 600, "CommitRate": 10000},
  "Logging": {"EnableLogging": true,
    "LogComponents": [{"Id": "TRANSFORMATION", "Severity": "LOGGER_SEVERITY_DEFAULT"},
                      {"Id": "SOURCE_UNLOAD", "Severity": "LOGGER_SEVERITY_DEFAULT"}],
    "CloudWatchLogGroup": null, "CloudWatchLogStream": null},
  "ControlTablesSettings": {"ControlSchema": "", "HistoryTimeslotInMinutes": 5,
    "HistoryTableEnabled": false, "SuspendedTablesTableEnabled": false,
    "StatusTableEnabled": false},
  "StreamBufferSettings": {"StreamBufferCount": 3, "StreamBufferSizeInMB": 8,
    "CtrlStreamBufferSizeInMB": 5},
  "ChangeProcessingDdlHandlingPolicy": {"HandleSourceTableDropped": true,
    "HandleSourceTableTruncated": true, "HandleSourceTableAltered": true},
  "ErrorBehavior": {"DataErrorPolicy": "LOG_ERROR", "DataTruncationErrorPolicy": "LOG_ERROR",
    "DataErrorEscalationPolicy": "SUSPEND_TABLE", "DataErrorEscalationCount": 0,
    "TableErrorPolicy": "SUSPEND_TABLE", "TableErrorEscalationPolicy": "STOP_TASK",
    "TableErrorEscalationCount": 0, "RecoverableErrorCount": -1,
    "RecoverableErrorInterval": 5, "RecoverableErrorThrottling": true,
    "RecoverableErrorThrottlingMax": 1800, "RecoverableErrorStopRetryAfterThrottlingMax": false,
    "ApplyErrorDeletePolicy": "IGNORE_RECORD", "ApplyErrorInsertPolicy": "LOG_ERROR",
    "ApplyErrorUpdatePolicy": "LOG_ERROR", "ApplyErrorEscalationPolicy": "LOG_ERROR",
    "ApplyErrorEscalationCount": 0, "ApplyErrorFailOnTruncationDdl": false,
    "FullLoadIgnoreConflicts": true, "FailOnTransactionConsistencyBreached": false,
    "FailOnNoTablesCaptured": true},
  "ChangeProcessingTuning": {"BatchApplyPreserveTransaction": true, "BatchApplyTimeoutMin": 1,
    "BatchApplyTimeoutMax": 30, "BatchApplyMemoryLimit": 500, "BatchSplitSize": 0,
    "MinTransactionSize": 1000, "CommitTimeout": 1, "MemoryLimitTotal": 1024,
    "MemoryKeepTime": 60, "StatementCacheSize": 50},
  "ValidationSettings": {"EnableValidation": true, "ValidationMode": "ROW_LEVEL",
    "ThreadCount": 5, "PartitionSize": 10000, "FailureMaxCount": 10000,
    "TableFailureMaxCount": 1000, "RecordFailureDelayInMinutes": 5,
    "RecordSuspendDelayInMinutes": 30, "MaxKeyColumnSize": 8096, "ValidationOnly": false,
    "HandleCollationDiff": false, "RecordFailureDelayLimitInMinutes": 0,
    "SkipLobColumns": false, "ValidationPartialLobSize": 0,
    "ValidationQueryCdcDelaySeconds": 0},
  "PostProcessingRules": null,
  "CharacterSetSettings": null,
  "LoopbackPreventionSettings": null,
  "BeforeImageSettings": null,
  "FailTaskWhenCleanTaskResourceFailed": false
}
)json";

QJsonDocument json(const std::string &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document;
}

using Keys = std::vector<std::string>;

Keys keysOf(const Value &map)
{
    Keys keys;
    for (const auto &entry : map.entries())
        keys.push_back(entry.first);
    return keys;
}

} // namespace

class TestDmsJson : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run ferryCli(const QStringList &arguments)
    {
        QProcess process;
        process.start(ferry::test::binary(QStringLiteral("ferry")), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static bool writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

private slots:
    void importsReferenceRulesAsIs()
    {
        LoadReport report;
        const auto mapping = importDmsTableMappings(ReferenceMappings, "tm.json", &report);
        QVERIFY2(mapping, mapping ? "" : mapping.error().message.c_str());
        QVERIFY(report.errors.empty());
        QCOMPARE(mapping->rules.size(), size_t(14));

        const MappingRule &filtered = mapping->rules[2];
        QCOMPARE(keysOf(filtered.fields),
                 (Keys {"rule-type", "rule-id", "rule-name", "object-locator", "rule-action",
                        "load-order", "filters"}));
        QCOMPARE(filtered.fields.find("load-order")->kind(), Value::Kind::String);
        const Value &between
            = filtered.fields.find("filters")->items()[0].find("filter-conditions")->items()[1];
        QCOMPARE(between.find("end-value")->text(), std::string("2014-01-01 00:00:00"));

        // rule-id "4" stays a string, rule-id 10 an integer.
        QCOMPARE(mapping->rules[3].fields.find("rule-id")->kind(), Value::Kind::String);
        QCOMPARE(mapping->rules[7].fields.find("rule-id")->kind(), Value::Kind::Integer);
        QCOMPARE(mapping->rules[7].ruleId(), std::string("10"));
        QCOMPARE(mapping->rules[8].fields.find("expression")->text(),
                 std::string("$FIRST_NAME||'_'||$LAST_NAME"));
        QCOMPARE(mapping->rules[7].fields.find("data-type")->find("length")->kind(),
                 Value::Kind::Integer);
        QCOMPARE(
            mapping->rules[12].fields.find("parallel-load")->find("boundaries")->items().size(),
            size_t(2));
        QCOMPARE(mapping->rules[13].ruleAction(), std::string("override-validation-function"));

        // rule-name "3" is reused by rule-id "4" after rule-id "3" named "emp-filter": no
        // warning; but nothing else is suspicious either.
        QVERIFY(report.warnings.empty());
    }

    void tableMappingsRoundTripLosslessly()
    {
        const auto mapping = importDmsTableMappings(ReferenceMappings, "tm.json");
        QVERIFY(mapping);
        const std::string exported = exportDmsTableMappings(*mapping);
        QCOMPARE(json(exported), json(ReferenceMappings));
        QVERIFY(!json(exported).isNull());

        const auto again = importDmsTableMappings(exported, "exported.json");
        QVERIFY(again);
        QVERIFY(*again == *mapping); // order, kinds and text
        QCOMPARE(exportDmsTableMappings(*again), exported);
        // Key order is the input's, not QJsonObject's alphabetical order.
        QVERIFY(exported.find("\"rule-type\": \"selection\",\n            \"rule-id\": \"1\"")
                != std::string::npos);
    }

    void fullTaskSettingsImportWithoutWarningsAndRoundTrip()
    {
        LoadReport report;
        const auto imported = importDmsTaskSettings(FullSettings, "ts.json", &report);
        QVERIFY2(imported, imported ? "" : imported.error().message.c_str());
        QVERIFY(report.warnings.empty());
        QVERIFY(imported->warnings.empty());
        QVERIFY(imported->unknownKeys.empty());
        QVERIFY(imported->knownSettings == imported->settings);
        QCOMPARE(imported->settings.find("FullLoadSettings", "MaxFullLoadSubTasks")->text(),
                 std::string("8"));
        QCOMPARE(imported->settings.find("ErrorBehavior", "RecoverableErrorCount")->text(),
                 std::string("-1"));
        QVERIFY(imported->settings.groups.find("PostProcessingRules")->isNull());
        QCOMPARE(keysOf(imported->settings.groups).front(), std::string("TargetMetadata"));
        QCOMPARE(keysOf(imported->settings.groups).back(),
                 std::string("FailTaskWhenCleanTaskResourceFailed"));

        const std::string exported = exportDmsTaskSettings(imported->settings);
        QCOMPARE(json(exported), json(FullSettings));
        const auto again = importDmsTaskSettings(exported, "exported.json");
        QVERIFY(again);
        QVERIFY(again->settings == imported->settings);
    }

    void rejectsUnknownRuleTypeAndInvalidCombinationWithRuleIdAndPosition()
    {
        const std::string text
            = "{\"rules\": [\n"
              "  {\"rule-type\": \"selection\", \"rule-id\": \"1\", \"rule-name\": \"1\", "
              "\"object-locator\": {\"schema-name\": \"%\", \"table-name\": \"%\"}, "
              "\"rule-action\": \"include\"},\n"
              "  {\"rule-type\": \"copy\", \"rule-id\": \"7\", \"rule-name\": \"seven\"},\n"
              "  {\"rule-type\": \"transformation\", \"rule-id\": 9, \"rule-name\": \"9\", "
              "\"rule-target\": \"column\", \"object-locator\": {\"schema-name\": \"hr\", "
              "\"table-name\": \"emp\", \"column-name\": \"name\"}, \"rule-action\": \"rename\"}\n"
              "]}\n";
        LoadReport report;
        const auto mapping = importDmsTableMappings(text, "bad.json", &report);
        QVERIFY(!mapping);
        QCOMPARE(mapping.error().code, ErrorCode::ProjectInvalid);
        QCOMPARE(mapping.error().location, std::string("bad.json:3:17"));
        QCOMPARE(mapping.error().message, std::string("Rule 7: Unknown rule-type 'copy'."));
        QCOMPARE(report.errors.size(), size_t(2));
        QCOMPARE(report.errors[1].location(), std::string("bad.json:4:3"));
        QCOMPARE(report.errors[1].path, std::string("rules[2].value"));
        QCOMPARE(report.errors[1].message,
                 std::string("Rule 9: The rule-action 'rename' needs the key 'value'."));
    }

    void rejectsInvalidJsonAtLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("detailPart");
        QTest::newRow("trailing comma")
            << QByteArray("{\"rules\": [\n  {\"rule-type\": \"selection\"},\n]}")
            << QStringLiteral("x.json:3:1") << QStringLiteral("Expected a JSON value");
        QTest::newRow("duplicate key")
            << QByteArray("{\"rules\": [],\n \"rules\": []}") << QStringLiteral("x.json:2:2")
            << QStringLiteral("appears twice");
        QTest::newRow("unterminated")
            << QByteArray("{\"rules\": [{\"rule-id\": \"1}]}") << QStringLiteral("x.json:1:29")
            << QStringLiteral("no closing");
        QTest::newRow("not an object")
            << QByteArray("[1, 2]") << QStringLiteral("x.json:1:1") << QString();
    }

    void rejectsInvalidJsonAtLineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, location);
        QFETCH(QString, detailPart);
        const auto mapping = importDmsTableMappings(text.toStdString(), "x.json");
        QVERIFY(!mapping);
        QCOMPARE(QString::fromStdString(mapping.error().location), location);
        QVERIFY2(QString::fromStdString(mapping.error().detail).contains(detailPart),
                 mapping.error().detail.c_str());
    }

    void unknownSettingsKeysAreWarningsNamingThem()
    {
        const std::string text = "{\"ControlTablesSettings\": {\"historyTimeslotInMinutes\": 5,\n"
                                 "  \"HistoryTimeslotInMinutes\": 5},\n"
                                 " \"SecondaryGroup\": {\"A\": 1},\n"
                                 " \"FullLoadSettings\": {\"MaxFullLoadSubTasks\": 4}}";
        LoadReport report;
        const auto imported = importDmsTaskSettings(text, "ts.json", &report);
        QVERIFY(imported);
        QCOMPARE(report.warnings.size(), size_t(2));
        QCOMPARE(report.warnings[0].location(), std::string("ts.json:1:28"));
        QCOMPARE(report.warnings[0].path,
                 std::string("ControlTablesSettings.historyTimeslotInMinutes"));
        QVERIFY(QString::fromStdString(report.warnings[0].message)
                    .contains(QStringLiteral("'historyTimeslotInMinutes'")));
        QCOMPARE(report.warnings[0].hint, std::string("Did you mean 'HistoryTimeslotInMinutes'?"));
        QCOMPARE(report.warnings[1].location(), std::string("ts.json:3:2"));
        QVERIFY(QString::fromStdString(report.warnings[1].message)
                    .contains(QStringLiteral("'SecondaryGroup'")));
        QCOMPARE(imported->unknownKeys,
                 (std::vector<std::string> {"ControlTablesSettings.historyTimeslotInMinutes",
                                            "SecondaryGroup"}));
        // Kept as written in settings (lossless), left out of what a project can hold.
        QVERIFY(imported->settings.find("ControlTablesSettings", "historyTimeslotInMinutes"));
        QVERIFY(imported->settings.groups.find("SecondaryGroup"));
        QVERIFY(!imported->knownSettings.find("ControlTablesSettings", "historyTimeslotInMinutes"));
        QVERIFY(!imported->knownSettings.groups.find("SecondaryGroup"));
        QCOMPARE(keysOf(imported->knownSettings.groups),
                 (Keys {"ControlTablesSettings", "FullLoadSettings"}));
        QCOMPARE(json(exportDmsTaskSettings(imported->settings)), json(text));
    }

    void knownSettingsKeysKeepTheirTypeChecks()
    {
        LoadReport report;
        const auto imported = importDmsTaskSettings(
            "{\"FullLoadSettings\": {\"MaxFullLoadSubTasks\": 99, \"Other\": 1}}", "ts.json",
            &report);
        QVERIFY(!imported);
        QCOMPARE(imported.error().location, std::string("ts.json:1:46"));
        QCOMPARE(imported.error().message,
                 std::string("Expected an integer from 1 to 49, found the integer 99."));
        QCOMPARE(report.warnings.size(), size_t(1));
    }

    void projectFilesStayStrictAboutUnknownSettings()
    {
        const auto loaded = parseProject("ferry: 1\nname: p\nsettings:\n  ControlTablesSettings:\n"
                                         "    historyTimeslotInMinutes: 5\n",
                                         "p.ferry.yaml");
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().location, std::string("p.ferry.yaml:5:5"));
        QCOMPARE(loaded.error().hint, std::string("Did you mean 'HistoryTimeslotInMinutes'?"));
    }

    void exportWritesYamlOnlyNumbersAsJson()
    {
        MappingRule rule;
        rule.fields = Value::map({{"rule-type", Value::string("selection")},
                                  {"rule-id", Value::fromPlainScalar("0x10")},
                                  {"rule-name", Value::fromPlainScalar("+7")},
                                  {"load-order", Value::fromPlainScalar("1.5e3")},
                                  {"x", Value::string("a\"b\\\n\x01")}});
        TableMapping mapping;
        mapping.rules.push_back(rule);
        const QJsonObject exported = json(exportDmsTableMappings(mapping))
                                         .object()[QStringLiteral("rules")]
                                         .toArray()[0]
                                         .toObject();
        QCOMPARE(exported[QStringLiteral("rule-id")].toInteger(), 16);
        QCOMPARE(exported[QStringLiteral("rule-name")].toInteger(), 7);
        QCOMPARE(exported[QStringLiteral("load-order")].toDouble(), 1500.0);
        QCOMPARE(exported[QStringLiteral("x")].toString(), QStringLiteral("a\"b\\\n\x01"));
    }

    void cliImportThenExportGivesTheInputBack()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString mappings = dir.filePath(QStringLiteral("table-mappings.json"));
        const QString settings = dir.filePath(QStringLiteral("task-settings.json"));
        const QString projectPath = dir.filePath(QStringLiteral("hr.ferry.yaml"));
        QVERIFY(writeFile(mappings, ReferenceMappings));
        QVERIFY(writeFile(settings, FullSettings));
        QVERIFY(writeFile(projectPath, "# Keep this comment.\nferry: 1\nname: hr\n"));

        Run run = ferryCli({QStringLiteral("import-dms"), mappings, settings,
                            QStringLiteral("--project"), projectPath, QStringLiteral("--mapping"),
                            QStringLiteral("from-dms")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QFile saved(projectPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().startsWith("# Keep this comment.\nferry: 1\nname: hr\n"));

        run = ferryCli({QStringLiteral("export-dms"), QStringLiteral("--project"), projectPath,
                        QStringLiteral("--mapping"), QStringLiteral("from-dms")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run.out.toStdString()), json(ReferenceMappings));

        run = ferryCli({QStringLiteral("export-dms"), QStringLiteral("--project"), projectPath,
                        QStringLiteral("--task-settings")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run.out.toStdString()), json(FullSettings));
    }

    void cliCreatesProjectAndReportsUnknownSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString mappings = dir.filePath(QStringLiteral("tm.json"));
        const QString settings = dir.filePath(QStringLiteral("ts.json"));
        const QString projectPath = dir.filePath(QStringLiteral("new.ferry.yaml"));
        QVERIFY(writeFile(mappings, ReferenceMappings));
        QVERIFY(writeFile(settings,
                          "{\"NewGroup\": {\"A\": 1}, \"Logging\": "
                          "{\"EnableLogging\": true}}"));
        const Run run = ferryCli({QStringLiteral("import-dms"), mappings, settings,
                                  QStringLiteral("--project"), projectPath});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("ts.json:1:2: warning: NewGroup: Ferry does not "
                                                 "know the key 'NewGroup'")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("were not stored in")));

        const auto project = loadProjectFile(projectPath.toStdString());
        QVERIFY(project);
        QCOMPARE(project->name, std::string("new"));
        QVERIFY(project->findMapping("tm")); // default name: the JSON file's base name
        QCOMPARE(keysOf(project->settings.groups), Keys {"Logging"});
    }

    void cliRejectsInvalidInputWithExitFiveAndAllErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString mappings = dir.filePath(QStringLiteral("bad.json"));
        const QString projectPath = dir.filePath(QStringLiteral("p.ferry.yaml"));
        QVERIFY(writeFile(mappings,
                          "{\"rules\": [\n"
                          "  {\"rule-type\": \"copy\", \"rule-id\": \"7\"},\n"
                          "  {\"rule-type\": \"selection\", \"rule-id\": \"8\", \"rule-name\": "
                          "\"8\", \"object-locator\": {\"schema-name\": \"%\"}, "
                          "\"rule-action\": \"include\"}]}"));
        const Run run = ferryCli(
            {QStringLiteral("import-dms"), mappings, QStringLiteral("--project"), projectPath});
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(QStringLiteral("bad.json:2:17: error: rules[0].rule-type: "
                                                 "Rule 7: Unknown rule-type 'copy'.")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("bad.json:3:82: error: "
                                                "rules[1].object-locator.table-name: Rule 8: ")));
        QVERIFY(!QFile::exists(projectPath));
    }
};

QTEST_GUILESS_MAIN(TestDmsJson)
#include "tst_dms_json.moc"
