// SPDX-License-Identifier: MIT
#include "engine/conversion/conversion_support.h"

#include "engine/core/tr.h"

namespace ferry::conversion::detail {

ConvertedObject manualObject(ObjectCategory category, const std::string &sourceSchema,
                             const std::string &name, const std::string &targetSchema,
                             std::string sourceText, ActionItem action)
{
    ConvertedObject object;
    object.category = category;
    object.sourceSchema = sourceSchema;
    object.sourceName = name;
    object.targetSchema = targetSchema;
    object.targetName = name;
    object.sourceText = std::move(sourceText);
    object.actions.push_back(std::move(action));
    return object;
}

std::string viewText(const View &view)
{
    return std::string(view.materialized ? "CREATE MATERIALIZED VIEW " : "CREATE VIEW ") + view.name
        + " AS\n" + view.definition;
}

std::string triggerText(const Trigger &trigger)
{
    std::string events;
    for (const std::string &event : trigger.events)
        events += (events.empty() ? "" : " OR ") + event;
    const char *timing = trigger.timing == TriggerTiming::Before ? "BEFORE"
        : trigger.timing == TriggerTiming::After                 ? "AFTER"
                                                                 : "INSTEAD OF";
    return "CREATE TRIGGER " + trigger.name + " " + timing + " " + events + " ON " + trigger.table
        + (trigger.forEachRow ? " FOR EACH ROW\n" : " FOR EACH STATEMENT\n") + trigger.body;
}

std::string routineText(const Routine &routine)
{
    std::string arguments;
    for (const RoutineArgument &argument : routine.arguments)
        arguments += (arguments.empty() ? "" : ", ") + argument.mode + " " + argument.name + " "
            + argument.nativeType;
    const bool function = routine.kind != RoutineKind::Procedure;
    return std::string(function ? "FUNCTION " : "PROCEDURE ") + routine.name + "(" + arguments + ")"
        + (function && !routine.returnType.empty() ? " RETURNS " + routine.returnType : "")
        + (routine.language.empty() ? "" : " LANGUAGE " + routine.language) + "\n" + routine.body;
}

ActionItem notConvertedYet(const char *code, ActionComplexity complexity, const QString &what)
{
    return {code, complexity,
            EngineTr::tr("%1 is not converted by this version of Ferry; its source definition "
                         "is kept here.")
                .arg(what)
                .toStdString(),
            EngineTr::tr("Rewrite it for the target by hand and apply it after the objects it "
                         "uses.")
                .toStdString()};
}

} // namespace ferry::conversion::detail
