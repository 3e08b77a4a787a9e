// SPDX-License-Identifier: MIT
// The prepare phase: what to run, the plan, the control tables, the target tables.
#include "engine/task/task_phases.h"

#include "engine/connectors/connector.h"
#include "engine/connectors/endpoint.h"
#include "engine/task/task_run.h"

namespace ferry::task {

TaskPhases phasesOf(project::MigrationType type, const LoadSettings &settings)
{
    TaskPhases phases;
    phases.changeCapture = type != project::MigrationType::FullLoad;
    phases.fullLoad = type != project::MigrationType::Cdc && !settings.validationOnly;
    phases.validation = settings.enableValidation || settings.validationOnly;
    return phases;
}

Result<mapping::MappingPlan> planRequest(const TaskRequest &request, const LoadSettings &settings,
                                         const std::string &targetDefaultSchema,
                                         const std::string &snapshot)
{
    auto endpoint = makeEndpoint(request.source);
    CatalogFilter filter;
    filter.snapshot = snapshot;
    auto catalog = endpoint->readCatalog(filter);
    if (!catalog) {
        Error error = catalog.error();
        error.side = ErrorSide::Source;
        return error;
    }
    mapping::PlanOptions options;
    options.targetDialect = request.target.dialect;
    options.targetDefaultSchema = targetDefaultSchema;
    options.targetSchema = settings.targetSchema;
    const project::TableMapping *rules = request.mapping ? &*request.mapping : nullptr;
    return mapping::planMapping(*catalog, rules, options);
}

namespace {

/// Between the steps of preparation: the task's failure, or a stop asked for (the task ends
/// "stopped" and can be resumed: no step is cut in the middle).
Result<void> goingOn(const TaskRun &run, const char *step)
{
    if (run.taskFailed.load())
        return run.failure;
    if (run.stopRequested.load())
        return cancelledError(step);
    return {};
}

/// The phases this version of Ferry cannot run yet: change capture and validation-only tasks
/// are refused; validation after a full load is skipped with a warning.
Result<void> checkPhases(TaskRun &run, const TaskPhases &phases)
{
    const QString name = qs(run.request.name);
    if (phases.changeCapture) {
        return taskError(
            ErrorCode::NotSupported,
            EngineTr::tr("Task '%1' is %2; only full-load tasks run in this version.")
                .arg(name,
                     QString::fromLatin1(project::migrationTypeName(run.request.migrationType))),
            {},
            EngineTr::tr("Change data capture is coming; set the task's migration-type to "
                         "full-load to copy the data now."));
    }
    if (!phases.fullLoad) {
        return taskError(ErrorCode::NotSupported,
                         EngineTr::tr("Task '%1' only validates (ValidationSettings."
                                      "ValidationOnly), and validation is not available in "
                                      "this version.")
                             .arg(name),
                         {}, EngineTr::tr("Set ValidationOnly to false to load the data."));
    }
    if (phases.validation) {
        run.warn(LogComponent::TaskManager,
                 EngineTr::tr("ValidationSettings.EnableValidation is set, but validation is not "
                              "available in this version: the task loads without validating.")
                     .toStdString());
    }
    return {};
}

/// The settings Ferry does not act on, and the LOB mode, said once.
void announceSettings(TaskRun &run)
{
    const LoadSettings &settings = run.settings;
    if (!settings.notActedOn.empty()) {
        run.warn(LogComponent::TaskManager,
                 EngineTr::tr("These task settings are not acted on by Ferry's full load yet: %1")
                     .arg(qs(joinNames(settings.notActedOn)))
                     .toStdString());
    }
    // A run without LOB settings moves every value whole.
    if (settings.bothLobModes)
        run.info(LogComponent::TaskManager,
                 EngineTr::tr("TargetMetadata sets both FullLobMode and LimitedSizeLobMode: "
                              "full LOB mode wins and no LOB value is truncated."));
    if (settings.fullLobMode) {
        run.info(LogComponent::TaskManager,
                 settings.lobModeExplicit
                     ? EngineTr::tr("Full LOB mode: LOB values are moved whole.")
                     : EngineTr::tr("Full LOB mode (TargetMetadata sets no LOB mode): LOB "
                                    "values are moved whole."));
        return;
    }
    run.info(LogComponent::TaskManager,
             (settings.failTasksOnLobTruncation
                  ? EngineTr::tr("Limited LOB mode: a LOB value longer than %1 KB "
                                 "(TargetMetadata.LobMaxSize) stops the task "
                                 "(FailTasksOnLobTruncation).")
                  : EngineTr::tr("Limited LOB mode: LOB values longer than %1 KB "
                                 "(TargetMetadata.LobMaxSize) are truncated and listed in "
                                 "the control table lob_truncations."))
                 .arg(settings.lobMaxSizeKb));
}

/// The moment the source is read (docs/data-path.md, "Consistent reads"): a snapshot every
/// reader joins where the source can share one, else the change position before the load.
void takeSnapshot(TaskRun &run, load::SourceSession &source)
{
    auto token = source.exportSnapshot();
    if (!token) {
        run.warn(LogComponent::SourceUnload,
                 EngineTr::tr("No consistent snapshot of the source: its tables are read at "
                              "slightly different moments. %1")
                     .arg(qs(token.error().toString()))
                     .toStdString());
        return;
    }
    run.sourceSnapshot = *token;
    const QString position
        = token->position.empty() ? EngineTr::tr("unknown") : qs(token->position);
    if (token->shared)
        run.info(LogComponent::SourceUnload,
                 EngineTr::tr("Source snapshot %1 (change position %2): every slice reads the "
                              "source as of this moment.")
                     .arg(qs(token->id), position));
    else
        run.info(LogComponent::SourceUnload,
                 EngineTr::tr("The source cannot share a snapshot between connections: each "
                              "slice reads at its own moment. Change position before the load: "
                              "%1.")
                     .arg(position));
}

/// The source catalog through the mapping: the tables to load and their target names.
Result<mapping::MappingPlan> planTask(TaskRun &run, load::TargetSession &target)
{
    auto plan = planRequest(run.request, run.settings, target.defaultSchema(),
                            run.sourceSnapshot.shared ? run.sourceSnapshot.id : std::string());
    if (!plan)
        return plan.error();
    for (const std::string &warning : plan->warnings)
        run.warn(LogComponent::TaskManager, warning);
    for (const std::string &note : plan->notes)
        run.log->log(LogComponent::TaskManager, LogSeverity::Info, note);
    if (plan->tables.empty() && run.settings.failOnNoTablesCaptured) {
        return taskError(ErrorCode::ProjectInvalid,
                         EngineTr::tr("The table mapping selects no table of the source."),
                         run.request.source.toUri(),
                         EngineTr::tr("Check the selection rules' schema and table names "
                                      "(names are case-sensitive), or set ErrorBehavior."
                                      "FailOnNoTablesCaptured to false."));
    }
    if (!run.request.reloadTables.empty()) {
        if (auto resolved = run.resolveReloadTables(*plan); !resolved)
            return resolved.error();
    }
    return plan;
}

/// Whether an earlier run of the task is continued (resume, reload): its row on the target.
Result<void> findEarlierRun(TaskRun &run, load::TargetSession &target, PreparedTask &prepared)
{
    if (!run.request.resume && !prepared.reloading)
        return {};
    auto existing = run.control->task(target, run.request.name);
    if (!existing)
        return existing.error();
    if (*existing) {
        prepared.resuming = true;
        prepared.foreignKeysDone = (*existing)->foreignKeysDone;
    } else if (prepared.reloading) {
        return taskError(
            ErrorCode::Usage,
            EngineTr::tr("Task %1 has no table to reload: it never ran on this target.")
                .arg(qs(run.request.name)),
            "no row for the task in " + run.control->name("task_status"),
            EngineTr::tr("Run the task once without --reload-table first, or check the task "
                         "name and ControlTablesSettings.ControlSchema."));
    } else {
        run.info(LogComponent::TaskManager,
                 EngineTr::tr("Nothing to resume for task %1 on the target: starting a fresh "
                              "load.")
                     .arg(qs(run.request.name)));
    }
    return {};
}

/// The task's rows in the control tables: its state, its tables and slices, the names of its
/// objects and its history, in one transaction.
Result<void> recordTask(TaskRun &run, load::TargetSession &target, const PreparedTask &prepared,
                        load::SourceSession &source, const mapping::MappingPlan &plan)
{
    const std::string &name = run.request.name;
    const std::string sourceUri = run.request.source.toUri();
    Result<void> state = prepared.resuming
        ? run.control->setTaskState(target, name, StoredTaskState::Running)
        : run.control->resetTask(target, name,
                                 project::migrationTypeName(run.request.migrationType), sourceUri);
    if (!state)
        return state;
    if (auto tables = run.prepareTables(target, source, plan, prepared.resuming); !tables)
        return tables;
    if (auto names = run.control->recordObjectNames(target, name, plan.tables); !names)
        return names;
    if (auto history
        = run.control->addHistory(target, name, prepared.resuming ? "resume" : "start", sourceUri);
        !history)
        return history;
    if (!run.sourceSnapshot.id.empty() || !run.sourceSnapshot.position.empty()) {
        const std::string snapshot = "snapshot "
            + (run.sourceSnapshot.id.empty() ? "-" : run.sourceSnapshot.id) + ", position "
            + (run.sourceSnapshot.position.empty() ? "-" : run.sourceSnapshot.position);
        if (auto history = run.control->addHistory(target, name, "snapshot", snapshot); !history)
            return history;
    }
    for (const auto &[schema, table] : run.reloadKeys) {
        if (auto history = run.control->addHistory(target, name, "reload-table",
                                                   schema.empty() ? table : schema + "." + table);
            !history)
            return history;
    }
    return {};
}

// Target preparation for one table (DDL), before its first slice. True: an existing table was
// kept (TRUNCATE_BEFORE_LOAD, DO_NOTHING); false: the table was created.
static Result<bool> prepareTarget(load::TargetSession &target, const mapping::TablePlan &plan,
                                  const LoadSettings &settings)
{
    const load::TargetTable &t = plan.target;
    const bool withPk = !settings.createPkAfterFullLoad;
    auto create = [&]() -> Result<bool> {
        if (auto created = target.createTable(t, withPk); !created)
            return created.error();
        return false;
    };
    switch (settings.prepMode) {
    case TablePrepMode::DropAndCreate:
        if (auto dropped = target.dropTable(t.schema, t.name); !dropped)
            return dropped.error();
        return create();
    case TablePrepMode::TruncateBeforeLoad:
    case TablePrepMode::DoNothing: {
        auto exists = target.tableExists(t.schema, t.name);
        if (!exists)
            return exists.error();
        if (!*exists)
            return create();
        if (settings.prepMode == TablePrepMode::TruncateBeforeLoad) {
            if (auto truncated = target.truncateTable(t.schema, t.name); !truncated)
                return truncated.error();
        }
        return true;
    }
    }
    return false;
}

/// Reloaded tables: foreign keys that would stop or outlive preparing them again go, and
/// (unless the table is dropped and created) their indexes and keys.
Result<void> detachForReload(TaskRun &run, load::TargetSession &target,
                             const std::set<std::pair<std::string, std::string>> &taskTargets)
{
    for (const auto &table : run.tables) {
        if (!table->reload)
            continue;
        if (auto detached = run.detachForeignKeys(target, *table, false, taskTargets); !detached)
            return detached;
        if (run.settings.prepMode != TablePrepMode::DropAndCreate) {
            if (auto dropped = run.dropIndexesForReload(target, *table); !dropped)
                return dropped;
        }
    }
    return {};
}

/// One table an earlier run did not prepare: prepared on the target. False when the table
/// failed (and the task goes on); an Error when the task cannot.
Result<bool> prepareTable(TaskRun &run, load::TargetSession &target, TableWork &table,
                          const std::set<std::pair<std::string, std::string>> &taskTargets)
{
    const load::TargetTable &t = table.plan.target;
    // A table kept by TRUNCATE_BEFORE_LOAD / DO_NOTHING on a target that checks foreign keys
    // while loading: its foreign keys (and those referencing it) would refuse the TRUNCATE
    // and rows loaded before the rows they reference; they are detached and added again as
    // they were after the load.
    if (connectorFor(run.request.target.dialect).capabilities().checksForeignKeysWhileLoading
        && !table.reload && run.settings.prepMode != TablePrepMode::DropAndCreate) {
        auto exists = target.tableExists(t.schema, t.name);
        if (!exists)
            return exists.error();
        if (*exists) {
            if (auto detached = run.detachForeignKeys(target, table, true, taskTargets);
                !detached) {
                run.failTable(table, detached.error(), &target);
                return false;
            }
        }
    }
    auto prepared = prepareTarget(target, table.plan, run.settings);
    if (!prepared) {
        run.failTable(table, prepared.error(), &target);
        return false;
    }
    // A reloaded table had its keys dropped to be built again (dropIndexesForReload).
    table.keptExisting = *prepared && !table.reload;
    // Reloading a table DO_NOTHING keeps: its rows go here, all at once, in the transaction
    // that marks it loading (slices never delete by key range: docs/data-path.md).
    const bool emptyIt
        = *prepared && table.reload && run.settings.prepMode == TablePrepMode::DoNothing;
    if (auto set = committed(target,
                             [&]() -> Result<void> {
                                 if (emptyIt) {
                                     if (auto deleted
                                         = target.deleteRows(t.schema, t.name, std::nullopt);
                                         !deleted)
                                         return deleted;
                                 }
                                 return run.control->setTableLoading(
                                     target, run.request.name, table.plan.sourceSchema,
                                     table.plan.sourceTable, table.keptExisting);
                             });
        !set)
        return set.error();
    run.info(LogComponent::TargetLoad,
             EngineTr::tr("Table %1 prepared on the target as %2 (%3).")
                 .arg(qs(tableLabel(table.plan)),
                      qs(quoteQualified(run.request.target.dialect, t.schema, t.name)),
                      QString::fromLatin1(tablePrepModeName(run.settings.prepMode))));
    return true;
}

/// Target tables: their schemas, then each table that an earlier run did not prepare.
Result<void> prepareTargetTables(TaskRun &run, load::TargetSession &target)
{
    std::set<std::pair<std::string, std::string>> taskTargets;
    for (const auto &table : run.tables)
        taskTargets.insert({table->plan.target.schema, table->plan.target.name});
    if (auto detached = detachForReload(run, target, taskTargets); !detached)
        return detached;
    std::set<std::string> schemas;
    for (const auto &table : run.tables) {
        if (table->prepared)
            continue;
        if (schemas.insert(table->plan.target.schema).second) {
            if (auto created = target.createSchema(table->plan.target.schema); !created)
                return created;
        }
        auto prepared = prepareTable(run, target, *table, taskTargets);
        if (!prepared)
            return prepared.error();
        if (auto going = goingOn(run, "preparing the target tables"); !going)
            return going;
    }
    return {};
}

} // namespace

Result<PreparedTask> prepareTask(TaskRun &run, const TaskPhases &phases)
{
    if (auto available = checkPhases(run, phases); !available)
        return available.error();
    announceSettings(run);
    PreparedTask prepared;
    prepared.reloading = !run.request.reloadTables.empty();
    auto target = load::openTargetSession(run.request.target);
    if (!target)
        return target.error();
    for (const std::string &warning : (*target)->warnings())
        run.warn(LogComponent::TargetLoad, warning);
    auto source = load::openSourceSession(run.request.source);
    if (!source)
        return source.error();
    takeSnapshot(run, **source);
    auto plan = planTask(run, **target);
    if (!plan)
        return plan.error();
    if (auto going = goingOn(run, "planning the task"); !going)
        return going.error();

    run.control = std::make_unique<ControlTables>(run.request.target.dialect,
                                                  controlSchemaOf(run.request.settings));
    if (auto ensured = committed(**target, [&] { return run.control->ensure(**target); }); !ensured)
        return ensured.error();
    if (auto earlier = findEarlierRun(run, **target, prepared); !earlier)
        return earlier.error();
    if (auto going = goingOn(run, "finding the earlier run"); !going)
        return going.error();
    if (auto recorded
        = committed(**target, [&] { return recordTask(run, **target, prepared, **source, *plan); });
        !recorded)
        return recorded.error();
    run.taskRecorded = true;
    if (auto tables = prepareTargetTables(run, **target); !tables)
        return tables.error();
    prepared.target = std::move(*target);
    prepared.source = std::move(*source);
    return prepared;
}

} // namespace ferry::task
