// SPDX-License-Identifier: MIT
#include "engine/conversion/schema_conversion.h"

#include "engine/conversion/code_conversion.h"
#include "engine/conversion/conversion_support.h"

#include "engine/convert/ddl/ddl_writer.h"
#include "engine/core/tr.h"
#include "engine/mapping/mapping_plan.h"

#include <algorithm>
#include <map>
#include <set>

namespace ferry::conversion {

const char *objectCategoryName(ObjectCategory category)
{
    switch (category) {
    case ObjectCategory::Schema:
        return "schema";
    case ObjectCategory::Type:
        return "type";
    case ObjectCategory::Sequence:
        return "sequence";
    case ObjectCategory::Table:
        return "table";
    case ObjectCategory::Routine:
        return "routine";
    case ObjectCategory::View:
        return "view";
    case ObjectCategory::Index:
        return "index";
    case ObjectCategory::ForeignKey:
        return "foreign key";
    case ObjectCategory::Trigger:
        return "trigger";
    }
    return "object";
}

ObjectPhase phaseOf(ObjectCategory category)
{
    switch (category) {
    case ObjectCategory::Index:
    case ObjectCategory::ForeignKey:
    case ObjectCategory::Trigger:
        return ObjectPhase::PostData;
    default:
        return ObjectPhase::PreData;
    }
}

const char *actionComplexityName(ActionComplexity complexity)
{
    switch (complexity) {
    case ActionComplexity::Simple:
        return "simple";
    case ActionComplexity::Medium:
        return "medium";
    case ActionComplexity::Complex:
        return "complex";
    }
    return "simple";
}

size_t SchemaConversion::actionCount() const
{
    size_t count = 0;
    for (const ConvertedObject &object : objects)
        count += object.actions.size();
    return count;
}

using convert::CreateTableOptions;
using convert::DdlWriter;
using convert::ddlWriterFor;

namespace {

using namespace detail;

/// The objects of a conversion by category, concatenated in apply order at the end.
using Objects = std::map<ObjectCategory, std::vector<ConvertedObject>>;

/// A DDL writer's warnings (what the dialect cannot express) as action items.
void addWriterWarnings(ConvertedObject &object, const std::vector<std::string> &warnings,
                       const char *code)
{
    for (const std::string &warning : warnings)
        object.actions.push_back(
            {code, ActionComplexity::Simple, warning,
             EngineTr::tr("Check the object on the target; create what it needs by hand.")
                 .toStdString()});
}

ConvertedObject objectOf(ObjectCategory category, const mapping::TablePlan &table,
                         const std::string &name, const std::string &targetName)
{
    ConvertedObject object;
    object.category = category;
    object.sourceSchema = table.sourceSchema;
    object.sourceName = name;
    object.targetSchema = table.target.schema;
    object.targetName = targetName;
    return object;
}

/// The source's name of a key, index or foreign key; when the plan named it otherwise on the
/// target, an action item says so, so scripts and code that use the source's name can change.
void noteRenamed(ConvertedObject &object, const mapping::TablePlan &table,
                 mapping::ObjectName::Kind kind)
{
    for (const mapping::ObjectName &name : table.objectNames) {
        if (name.kind != kind || name.targetName != object.targetName || name.sourceName.empty())
            continue;
        object.sourceName = table.sourceTable + "." + name.sourceName; // the source's own name
        if (name.sourceName == name.targetName)
            return;
        const QString why = name.shortened
            ? EngineTr::tr("the name is longer than the target allows")
            : EngineTr::tr("the name is taken in the target's scope");
        object.actions.push_back(
            {"CONV-NAME-CHANGED", ActionComplexity::Simple,
             EngineTr::tr("%1 %2 of %3 is named %4 on the target: %5.")
                 .arg(QString::fromLatin1(mapping::objectKindName(kind)), qs(name.sourceName),
                      qs(table.sourceTable), qs(name.targetName), why)
                 .toStdString(),
             EngineTr::tr("Change scripts and code that use the old name.").toStdString()});
        return;
    }
}

void convertTable(const DdlWriter &writer, const mapping::TablePlan &table, Objects &objects)
{
    const TableDefinition &target = table.target;
    std::vector<std::string> warnings;
    ConvertedObject created
        = objectOf(ObjectCategory::Table, table, table.sourceTable, target.name);
    created.statements = writer.createTable(target, CreateTableOptions {}, &warnings);
    addWriterWarnings(created, warnings, "CONV-TABLE-FEATURE");
    objects[ObjectCategory::Table].push_back(std::move(created));

    for (const KeyConstraint &key : target.uniqueKeys) {
        warnings.clear();
        ConvertedObject unique
            = objectOf(ObjectCategory::Index, table, table.sourceTable + "." + key.name, key.name);
        if (std::string sql = writer.addUniqueKey(target, key, &warnings); !sql.empty())
            unique.statements.push_back(std::move(sql));
        addWriterWarnings(unique, warnings, "CONV-INDEX-FEATURE");
        noteRenamed(unique, table, mapping::ObjectName::Kind::UniqueKey);
        objects[ObjectCategory::Index].push_back(std::move(unique));
    }
    for (const Index &index : target.indexes) {
        warnings.clear();
        ConvertedObject created = objectOf(ObjectCategory::Index, table,
                                           table.sourceTable + "." + index.name, index.name);
        if (std::string sql = writer.createIndex(target, index, &warnings); !sql.empty())
            created.statements.push_back(std::move(sql));
        addWriterWarnings(created, warnings, "CONV-INDEX-FEATURE");
        noteRenamed(created, table, mapping::ObjectName::Kind::Index);
        objects[ObjectCategory::Index].push_back(std::move(created));
    }
    for (const ForeignKey &key : target.foreignKeys) {
        warnings.clear();
        std::string sql = writer.addForeignKey(target, key, &warnings);
        if (sql.empty() && warnings.empty())
            continue; // declared in CREATE TABLE (SQLite)
        ConvertedObject foreign = objectOf(ObjectCategory::ForeignKey, table,
                                           table.sourceTable + "." + key.name, key.name);
        if (!sql.empty())
            foreign.statements.push_back(std::move(sql));
        addWriterWarnings(foreign, warnings, "CONV-FOREIGN-KEY-FEATURE");
        noteRenamed(foreign, table, mapping::ObjectName::Kind::ForeignKey);
        objects[ObjectCategory::ForeignKey].push_back(std::move(foreign));
    }
}

/// Routines, sequences and user types of one source schema: kept as action items with their
/// source text (their conversion is the next part of issue #14).
void keepManualObjects(const Schema &schema, const std::string &targetSchema, Objects &objects)
{
    for (const Routine &routine : schema.routines)
        objects[ObjectCategory::Routine].push_back(manualObject(
            ObjectCategory::Routine, schema.name, routine.name, targetSchema, routineText(routine),
            notConvertedYet("CONV-ROUTINE-MANUAL", ActionComplexity::Complex,
                            routine.kind == RoutineKind::Procedure
                                ? EngineTr::tr("Procedure %1").arg(qs(routine.name))
                                : EngineTr::tr("Function %1").arg(qs(routine.name)))));
    for (const Sequence &sequence : schema.sequences) {
        if (!sequence.ownedBy.empty())
            continue; // an identity or serial column's: the column's identity carries it
        objects[ObjectCategory::Sequence].push_back(manualObject(
            ObjectCategory::Sequence, schema.name, sequence.name, targetSchema,
            "CREATE SEQUENCE " + sequence.name + " START " + std::to_string(sequence.start)
                + " INCREMENT " + std::to_string(sequence.increment),
            notConvertedYet("CONV-SEQUENCE-MANUAL", ActionComplexity::Simple,
                            EngineTr::tr("Sequence %1").arg(qs(sequence.name)))));
    }
    for (const UserType &type : schema.types)
        objects[ObjectCategory::Type].push_back(
            manualObject(ObjectCategory::Type, schema.name, type.name, targetSchema,
                         "TYPE " + type.name + (type.baseType.empty() ? "" : " " + type.baseType),
                         notConvertedYet("CONV-TYPE-MANUAL", ActionComplexity::Medium,
                                         EngineTr::tr("Type %1").arg(qs(type.name)))));
}

/// CREATE SCHEMA for every target schema the tables go to (none on SQLite).
void createSchemas(const DdlWriter &writer, const mapping::MappingPlan &plan, Objects &objects)
{
    std::set<std::string> done;
    for (const mapping::TablePlan &table : plan.tables) {
        const std::string &schema = table.target.schema;
        if (schema.empty() || !done.insert(schema).second)
            continue;
        std::string sql = writer.createSchema(schema);
        if (sql.empty())
            continue;
        ConvertedObject object;
        object.category = ObjectCategory::Schema;
        object.sourceSchema = table.sourceSchema;
        object.sourceName = table.sourceSchema;
        object.targetSchema = object.targetName = schema;
        object.statements.push_back(std::move(sql));
        objects[ObjectCategory::Schema].push_back(std::move(object));
    }
}

} // namespace

Result<SchemaConversion> convertSchema(const Catalog &catalog, const ConversionOptions &options)
{
    const DdlWriter *writer = ddlWriterFor(options.target);
    if (!writer) {
        Error error;
        error.code = ErrorCode::NotSupported;
        error.message = EngineTr::tr("Ferry does not write %1 schemas.")
                            .arg(QString::fromLatin1(sqlDialectName(options.target)))
                            .toStdString();
        error.hint = EngineTr::tr("Convert to postgresql, mysql, mariadb or sqlite.").toStdString();
        return error;
    }
    mapping::PlanOptions planOptions;
    planOptions.targetDialect = writer->quoting();
    planOptions.targetDefaultSchema = options.targetDefaultSchema;
    auto plan = mapping::planMapping(catalog, options.mapping, planOptions);
    if (!plan)
        return plan.error();

    Objects objects;
    createSchemas(*writer, *plan, objects);
    std::map<std::string, std::string> targetSchemaOf; // source schema -> target schema
    std::map<std::pair<std::string, std::string>, const TableDefinition *> targetTableOf;
    for (const mapping::TablePlan &table : plan->tables) {
        targetSchemaOf.emplace(table.sourceSchema, table.target.schema);
        targetTableOf.emplace(std::pair(table.sourceSchema, table.sourceTable), &table.target);
        convertTable(*writer, table, objects);
    }
    for (const Schema &schema : catalog.schemas) {
        const auto target = targetSchemaOf.find(schema.name);
        if (target == targetSchemaOf.end())
            continue;
        for (const View &view : schema.views)
            objects[ObjectCategory::View].push_back(convertView(
                view, schema.name, target->second, *writer, catalog.sqlDialect, targetSchemaOf));
        for (const Trigger &trigger : schema.triggers) {
            const auto table = targetTableOf.find({schema.name, trigger.table});
            objects[ObjectCategory::Trigger].push_back(
                convertTrigger(trigger, schema.name, target->second,
                               table == targetTableOf.end() ? nullptr : table->second, *writer,
                               catalog.sqlDialect, targetSchemaOf));
        }
        keepManualObjects(schema, target->second, objects);
    }
    orderViews(objects[ObjectCategory::View], *writer);

    SchemaConversion conversion;
    conversion.source = catalog.sqlDialect;
    conversion.target = options.target;
    conversion.mappingWarnings = plan->warnings;
    for (auto &[category, list] : objects) // std::map: in ObjectCategory (apply) order
        std::move(list.begin(), list.end(), std::back_inserter(conversion.objects));
    return conversion;
}

} // namespace ferry::conversion
