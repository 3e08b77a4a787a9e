// SPDX-License-Identifier: MIT
#include "models/mapping/rule_text.h"
#include "engine/core/tr.h"

#include <QStringList>

namespace ferry::models {

using project::MappingRule;
using project::Value;

namespace {

QString textOf(const Value *value) { return value ? qs(value->text()) : QString(); }

QString dataTypeText(const Value *dataType)
{
    if (!dataType || !dataType->isMap())
        return {};
    QString text = textOf(dataType->find("type"));
    QStringList arguments;
    if (const Value *length = dataType->find("length"))
        arguments << qs(length->text());
    if (const Value *precision = dataType->find("precision"))
        arguments << qs(precision->text());
    if (const Value *scale = dataType->find("scale"))
        arguments << qs(scale->text());
    if (!arguments.isEmpty())
        text += QLatin1Char('(') + arguments.join(QLatin1Char(',')) + QLatin1Char(')');
    return text;
}

} // namespace

namespace {

enum Targets { OnSchema = 1, OnTable = 2, OnColumn = 4, OnAny = OnSchema | OnTable | OnColumn };
enum Fields { NoField = 0, HasValue = 1, HasOldValue = 2, HasExpression = 4, HasDataType = 8 };

TransformationAction makeAction(std::string name, QString label, int targets, int fields,
                                QString valueLabel = {})
{
    TransformationAction result;
    result.name = std::move(name);
    result.label = std::move(label);
    result.onSchema = targets & OnSchema;
    result.onTable = targets & OnTable;
    result.onColumn = targets & OnColumn;
    result.hasValue = fields & HasValue;
    result.hasOldValue = fields & HasOldValue;
    result.hasExpression = fields & HasExpression;
    result.hasDataType = fields & HasDataType;
    result.valueLabel = std::move(valueLabel);
    return result;
}

} // namespace

const std::vector<TransformationAction> &transformationActions()
{
    static const std::vector<TransformationAction> actions = {
        makeAction("rename", MappingText::tr("Rename"), OnAny, HasValue,
                   MappingText::tr("New name")),
        makeAction("convert-lowercase", MappingText::tr("Convert to lower case"), OnAny, NoField),
        makeAction("convert-uppercase", MappingText::tr("Convert to upper case"), OnAny, NoField),
        makeAction("add-prefix", MappingText::tr("Add prefix"), OnAny, HasValue,
                   MappingText::tr("Prefix")),
        makeAction("remove-prefix", MappingText::tr("Remove prefix"), OnAny, HasValue,
                   MappingText::tr("Prefix")),
        makeAction("replace-prefix", MappingText::tr("Replace prefix"), OnAny,
                   HasValue | HasOldValue, MappingText::tr("New prefix")),
        makeAction("add-suffix", MappingText::tr("Add suffix"), OnAny, HasValue,
                   MappingText::tr("Suffix")),
        makeAction("remove-suffix", MappingText::tr("Remove suffix"), OnAny, HasValue,
                   MappingText::tr("Suffix")),
        makeAction("replace-suffix", MappingText::tr("Replace suffix"), OnAny,
                   HasValue | HasOldValue, MappingText::tr("New suffix")),
        makeAction("remove-column", MappingText::tr("Remove column"), OnColumn, NoField),
        makeAction("include-column", MappingText::tr("Keep only listed columns"), OnColumn,
                   NoField),
        makeAction("add-column", MappingText::tr("Add column"), OnColumn,
                   HasValue | HasExpression | HasDataType, MappingText::tr("Column name")),
        makeAction("change-data-type", MappingText::tr("Change data type"), OnColumn, HasDataType),
    };
    return actions;
}

const TransformationAction *transformationAction(const std::string &name)
{
    for (const TransformationAction &action : transformationActions()) {
        if (action.name == name)
            return &action;
    }
    return nullptr;
}

const std::vector<FilterOperatorText> &filterOperators()
{
    static const std::vector<FilterOperatorText> operators = {
        {"eq", MappingText::tr("equal to"), 1},
        {"noteq", MappingText::tr("not equal to"), 1},
        {"ste", MappingText::tr("less than or equal to"), 1},
        {"gte", MappingText::tr("greater than or equal to"), 1},
        {"between", MappingText::tr("between"), 2},
        {"notbetween", MappingText::tr("not between"), 2},
        {"null", MappingText::tr("is null"), 0},
        {"notnull", MappingText::tr("is not null"), 0},
    };
    return operators;
}

const std::vector<std::string> &dmsDataTypeNames()
{
    static const std::vector<std::string> names = {
        "boolean", "int1",  "int2",     "int4",  "int8",  "uint1",  "uint2",
        "uint4",   "uint8", "numeric",  "real4", "real8", "string", "wstring",
        "date",    "time",  "datetime", "bytes", "blob",  "clob",   "nclob",
    };
    return names;
}

QString locatorText(const MappingRule &rule)
{
    QStringList parts;
    for (const char *key : {"schema-name", "table-name", "column-name"}) {
        const std::string part = rule.locator(key);
        if (part.empty() && parts.isEmpty())
            continue;
        if (part.empty())
            break;
        parts << qs(part);
    }
    return parts.join(QLatin1Char('.'));
}

QString describeFilter(const Value &filter)
{
    const QString column = textOf(filter.find("column-name"));
    const Value *conditions = filter.find("filter-conditions");
    QStringList parts;
    if (conditions && conditions->isList()) {
        for (const Value &condition : conditions->items()) {
            const std::string op = condition.find("filter-operator")
                ? condition.find("filter-operator")->text()
                : std::string();
            const QString value = textOf(condition.find("value"));
            const QString start = textOf(condition.find("start-value"));
            const QString end = textOf(condition.find("end-value"));
            if (op == "eq")
                parts << MappingText::tr("%1 = %2").arg(column, value);
            else if (op == "noteq")
                parts << MappingText::tr("%1 <> %2").arg(column, value);
            else if (op == "ste" || op == "lte")
                parts << MappingText::tr("%1 <= %2").arg(column, value);
            else if (op == "gte")
                parts << MappingText::tr("%1 >= %2").arg(column, value);
            else if (op == "between")
                parts << MappingText::tr("%1 between %2 and %3").arg(column, start, end);
            else if (op == "notbetween")
                parts << MappingText::tr("%1 not between %2 and %3").arg(column, start, end);
            else if (op == "null")
                parts << MappingText::tr("%1 is null").arg(column);
            else if (op == "notnull")
                parts << MappingText::tr("%1 is not null").arg(column);
            else
                parts << MappingText::tr("%1 %2 %3").arg(column, qs(op), value);
        }
    }
    if (parts.isEmpty())
        return MappingText::tr("%1 (no condition)").arg(column);
    //: Joins the conditions of one source filter (any of them may hold).
    return parts.join(MappingText::tr(" or "));
}

QString describeSelectionRule(const MappingRule &rule)
{
    const std::string action = rule.ruleAction();
    const QString object = locatorText(rule);
    QString text;
    if (action == "include")
        text = MappingText::tr("Include %1").arg(object);
    else if (action == "exclude")
        text = MappingText::tr("Exclude %1").arg(object);
    else if (action == "explicit")
        text = MappingText::tr("Include exactly %1").arg(object);
    else
        text = MappingText::tr("%1 %2").arg(qs(action), object);
    const std::string tableType = rule.locator("table-type");
    if (tableType == "view")
        text += MappingText::tr(" (views)");
    else if (tableType == "all")
        text += MappingText::tr(" (tables and views)");
    const Value *filters = rule.fields.find("filters");
    if (filters && filters->isList() && !filters->items().empty()) {
        QStringList conditions;
        for (const Value &filter : filters->items())
            conditions << describeFilter(filter);
        //: A selection rule with source filters: "Include s.t where price >= 10".
        text = MappingText::tr("%1 where %2").arg(text, conditions.join(MappingText::tr(" and ")));
    }
    if (const Value *order = rule.fields.find("load-order"); order && !order->isNull())
        text = MappingText::tr("%1, load order %2").arg(text, qs(order->text()));
    return text;
}

QString describeTransformationRule(const MappingRule &rule)
{
    const std::string action = rule.ruleAction();
    const std::string target = rule.ruleTarget();
    const QString object = locatorText(rule);
    const QString value = textOf(rule.fields.find("value"));
    const QString oldValue = textOf(rule.fields.find("old-value"));
    const QString type = dataTypeText(rule.fields.find("data-type"));
    const QString kind = target == "schema" ? MappingText::tr("schema")
        : target == "table"                 ? MappingText::tr("table")
        : target == "column"                ? MappingText::tr("column")
                                            : qs(target);
    if (action == "rename")
        //: "Rename table dms_sample.person to people".
        return MappingText::tr("Rename %1 %2 to %3").arg(kind, object, value);
    if (action == "convert-lowercase")
        return MappingText::tr("Lower-case %1 names in %2").arg(kind, object);
    if (action == "convert-uppercase")
        return MappingText::tr("Upper-case %1 names in %2").arg(kind, object);
    if (action == "add-prefix")
        return MappingText::tr("Add prefix %1 to %2 names in %3").arg(value, kind, object);
    if (action == "remove-prefix")
        return MappingText::tr("Remove prefix %1 from %2 names in %3").arg(value, kind, object);
    if (action == "replace-prefix")
        return MappingText::tr("Replace prefix %1 with %2 in %3 names in %4")
            .arg(oldValue, value, kind, object);
    if (action == "add-suffix")
        return MappingText::tr("Add suffix %1 to %2 names in %3").arg(value, kind, object);
    if (action == "remove-suffix")
        return MappingText::tr("Remove suffix %1 from %2 names in %3").arg(value, kind, object);
    if (action == "replace-suffix")
        return MappingText::tr("Replace suffix %1 with %2 in %3 names in %4")
            .arg(oldValue, value, kind, object);
    if (action == "remove-column")
        return MappingText::tr("Remove column %1").arg(object);
    if (action == "include-column")
        return MappingText::tr("Keep column %1").arg(object);
    if (action == "add-column") {
        const QString expression = textOf(rule.fields.find("expression"));
        return expression.isEmpty()
            ? MappingText::tr("Add column %1 %2 to %3").arg(value, type, object)
            : MappingText::tr("Add column %1 %2 = %3 to %4").arg(value, type, expression, object);
    }
    if (action == "change-data-type")
        return MappingText::tr("Change type of %1 to %2").arg(object, type);
    //: A rule the editor shows but does not edit: "define-primary-key table inventory.ITEM".
    return MappingText::tr("%1 %2 %3").arg(qs(action), kind, object);
}

} // namespace ferry::models
