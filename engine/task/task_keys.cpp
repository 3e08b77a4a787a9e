// SPDX-License-Identifier: MIT
// Foreign keys and indexes around a load: detached before, built or restored after.
#include "engine/task/task_run.h"

#include "engine/connectors/connector.h"

namespace ferry::task {

Result<void>
TaskRun::detachForeignKeys(load::TargetSession &target, const TableWork &table, bool keepAll,
                           const std::set<std::pair<std::string, std::string>> &taskKeys)
{
    // The keys in the way of emptying and loading the table (TargetSession::
    // foreignKeysInTheWay) are dropped. The table's own keys are created again from the plan
    // after the load, as in a normal load; other tables' keys -- and every key of a kept
    // table -- are added again as they were. Those are recorded in the control table
    // detached_keys in the transaction that drops them, so that a killed run's resume still
    // adds them.
    const load::TargetTable &t = table.plan.target;
    auto keys = target.foreignKeysInTheWay(t.schema, t.name);
    if (!keys)
        return keys.error();
    for (const load::ExistingForeignKey &key : *keys) {
        const bool restore
            = keepAll || (!key.ownedByTable && !taskKeys.count({key.schema, key.table}));
        if (auto dropped
            = committed(target,
                        [&] {
                            if (restore) {
                                if (auto kept = control->addDetachedKey(
                                        target, request.name,
                                        {key.schema, key.table, key.name, key.definition});
                                    !kept)
                                    return kept;
                            }
                            return target.dropForeignKey(key);
                        });
            !dropped)
            return dropped;
    }
    return {};
}

Result<void> TaskRun::dropIndexesForReload(load::TargetSession &target, const TableWork &table)
{
    // TRUNCATE_BEFORE_LOAD and DO_NOTHING keep the table and so its indexes and unique keys
    // (and the primary key Ferry adds after the load with CreatePkAfterFullLoad): they go, so
    // that the load is as fast as a normal one and finishTable() builds them as a normal load
    // does.
    const load::TargetTable &t = table.plan.target;
    const bool primaryToo = settings.createPkAfterFullLoad && t.primaryKey.has_value();
    return target.dropIndexesAndKeys(t.schema, t.name, primaryToo);
}

void TaskRun::createForeignKeys(load::TargetSession &target, bool reloading, bool foreignKeysDone)
{
    std::set<std::pair<std::string, std::string>> failedTargets;
    std::set<std::pair<std::string, std::string>> reloadedTargets;
    for (const auto &table : tables) {
        if (table->currentState() != TableState::Completed)
            failedTargets.insert({table->plan.target.schema, table->plan.target.name});
        if (table->reload)
            reloadedTargets.insert({table->plan.target.schema, table->plan.target.name});
    }
    // Reloading after the task built its keys: only the reloaded tables' keys, and on
    // PostgreSQL the keys of other tables that referenced them (dropped before).
    const bool onlyReloaded = reloading && foreignKeysDone;
    for (const auto &table : tables) {
        if (table->currentState() != TableState::Completed || table->plan.target.foreignKeys.empty()
            || table->keptExisting)
            continue;
        if (onlyReloaded && !table->reload
            && !connectorFor(request.target.dialect).capabilities().checksForeignKeysWhileLoading)
            continue;
        load::TargetTable withKeys = table->plan.target;
        std::vector<ForeignKey> keys;
        for (const ForeignKey &key : withKeys.foreignKeys) {
            const std::string &schema
                = key.referencedSchema.empty() ? withKeys.schema : key.referencedSchema;
            if (onlyReloaded && !table->reload
                && !reloadedTargets.count({schema, key.referencedTable}))
                continue;
            if (failedTargets.count({schema, key.referencedTable})) {
                QString keyName = qs(key.name);
                if (keyName.isEmpty())
                    keyName = u'(' + qs(joinNames(key.columns)) + u')';
                warn(LogComponent::TargetLoad,
                     EngineTr::tr("Foreign key %1 of %2 was not created: the table it "
                                  "references (%3) did not load.")
                         .arg(keyName,
                              qs(tableLabel(table->plan)), qs(key.referencedTable))
                         .toStdString());
                continue;
            }
            keys.push_back(key);
        }
        if (keys.empty())
            continue;
        withKeys.foreignKeys = keys;
        auto created = target.createForeignKeys(withKeys);
        if (!created) {
            warn(LogComponent::TargetLoad,
                 EngineTr::tr("Foreign keys of %1 could not be created: %2")
                     .arg(qs(tableLabel(table->plan)), qs(created.error().toString()))
                     .toStdString());
            continue;
        }
        reportObjects(*table, *created);
        if (!created->failed.empty()) {
            (void)committed(target, [&] {
                return control->setTableState(target, request.name, table->plan.sourceSchema,
                                              table->plan.sourceTable, StoredTableState::Completed,
                                              objectErrorText(*table), table->startMs.load());
            });
        }
    }
}

void TaskRun::restoreDetachedKeys(load::TargetSession &target)
{
    // Keys detached for kept and reloaded tables (by this run or a killed earlier one), as
    // they were.
    auto detached = control->detachedKeys(target, request.name);
    if (!detached) {
        warn(LogComponent::TargetLoad, detached.error().toString());
        return;
    }
    for (const ControlTables::DetachedKey &key : *detached) {
        const std::string owner = key.schema.empty() ? key.table : key.schema + "." + key.table;
        auto added = committed(target, [&] {
            return target.restoreForeignKey(
                {key.schema, key.table, key.name, key.definition, false});
        });
        if (!added)
            warn(LogComponent::TargetLoad,
                 EngineTr::tr("Foreign key %1 of %2, dropped to load the tables, could "
                              "not be added again: %3. Its definition: %4")
                     .arg(qs(key.name), qs(owner), qs(added.error().toString()), qs(key.definition))
                     .toStdString());
        (void)committed(target,
                        [&] { return control->removeDetachedKey(target, request.name, key); });
    }
}

} // namespace ferry::task
