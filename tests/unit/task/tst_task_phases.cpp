// SPDX-License-Identifier: MIT
// Which phases a task runs (DMS migration types and ValidationSettings), and the states the
// control tables store for tasks, tables and slices.
#include "engine/task/control_tables.h"
#include "engine/task/load_settings.h"
#include "engine/task/task_phases.h"

#include <QtTest>

using namespace ferry;
using namespace ferry::task;

class TestTaskPhases : public QObject
{
    Q_OBJECT

private slots:
    void migrationTypesChoosePhases()
    {
        LoadSettings settings;
        TaskPhases full = phasesOf(project::MigrationType::FullLoad, settings);
        QVERIFY(full.fullLoad && !full.changeCapture && !full.validation);
        TaskPhases both = phasesOf(project::MigrationType::FullLoadAndCdc, settings);
        QVERIFY(both.fullLoad && both.changeCapture);
        TaskPhases cdc = phasesOf(project::MigrationType::Cdc, settings);
        QVERIFY(!cdc.fullLoad && cdc.changeCapture);
    }

    void validationSettingsAddOrReplaceTheLoad()
    {
        project::TaskSettings raw;
        raw.set("ValidationSettings", "EnableValidation", project::Value::boolean(true));
        LoadSettings enabled = loadSettingsFrom(raw);
        QVERIFY(enabled.enableValidation);
        // Read, so not listed among the settings Ferry ignores.
        QVERIFY(std::find(enabled.notActedOn.begin(), enabled.notActedOn.end(),
                          "ValidationSettings.EnableValidation")
                == enabled.notActedOn.end());
        TaskPhases phases = phasesOf(project::MigrationType::FullLoad, enabled);
        QVERIFY(phases.fullLoad && phases.validation);

        raw.set("ValidationSettings", "ValidationOnly", project::Value::boolean(true));
        TaskPhases only = phasesOf(project::MigrationType::FullLoad, loadSettingsFrom(raw));
        QVERIFY(!only.fullLoad && only.validation);
    }

    void storedStatesKeepTheirWords()
    {
        // Control tables written by earlier versions (and users' queries) read these words.
        QCOMPARE(storedStateName(StoredTaskState::Running), "running");
        QCOMPARE(storedStateName(StoredTaskState::LoadComplete), "load-complete");
        QCOMPARE(storedStateName(StoredTaskState::Stopped), "stopped");
        QCOMPARE(storedStateName(StoredTaskState::Failed), "failed");
        QCOMPARE(storedStateName(StoredTableState::Queued), "queued");
        QCOMPARE(storedStateName(StoredTableState::Loading), "loading");
        QCOMPARE(storedStateName(StoredTableState::Indexing), "indexing");
        QCOMPARE(storedStateName(StoredTableState::Completed), "completed");
        QCOMPARE(storedStateName(StoredTableState::Error), "error");
        QCOMPARE(storedStateName(StoredSliceState::Pending), "pending");
        QCOMPARE(storedStateName(StoredSliceState::Completed), "completed");
    }
};

QTEST_GUILESS_MAIN(TestTaskPhases)
#include "tst_task_phases.moc"
