// SPDX-License-Identifier: MIT
#include "engine/mapping/mapping_rules.h"

#include "engine/core/tr.h"
#include "engine/mapping/dms_data_type.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace ferry::mapping::detail {

using project::MappingRule;
using project::Value;

namespace {

std::string textOf(const Value *value)
{
    return value && value->isScalar() ? value->text() : std::string();
}

/// An integer written as a number or as a digit string ("load-order": "2").
std::optional<int64_t> integerOf(const Value &value)
{
    if (value.kind() == Value::Kind::Integer) {
        if (auto number = value.toInteger())
            return int64_t(*number);
        return std::nullopt;
    }
    if (value.kind() != Value::Kind::String)
        return std::nullopt;
    std::string_view text = value.text();
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    int64_t number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return number;
}

bool hasWildcard(const std::string &name) { return name.find('%') != std::string::npos; }

const std::map<std::string, RuleAction> &transformationActions()
{
    static const std::map<std::string, RuleAction> actions = {
        {"rename", RuleAction::Rename},
        {"convert-lowercase", RuleAction::ConvertLowercase},
        {"convert-uppercase", RuleAction::ConvertUppercase},
        {"add-prefix", RuleAction::AddPrefix},
        {"remove-prefix", RuleAction::RemovePrefix},
        {"replace-prefix", RuleAction::ReplacePrefix},
        {"add-suffix", RuleAction::AddSuffix},
        {"remove-suffix", RuleAction::RemoveSuffix},
        {"replace-suffix", RuleAction::ReplaceSuffix},
        {"remove-column", RuleAction::RemoveColumn},
        {"include-column", RuleAction::IncludeColumn},
        {"add-column", RuleAction::AddColumn},
        {"change-data-type", RuleAction::ChangeDataType},
        {"define-primary-key", RuleAction::DefinePrimaryKey},
    };
    return actions;
}

/// The rule-targets each transformation action accepts (reference §2.6; the same table as the
/// project loader, engine/project/project_schema.cpp).
std::vector<std::string> allowedTargets(const std::string &action)
{
    if (action == "rename")
        return {"schema", "table", "column", "table-tablespace", "index-tablespace"};
    if (action == "convert-lowercase" || action == "convert-uppercase" || action == "add-prefix"
        || action == "remove-prefix" || action == "replace-prefix" || action == "add-suffix"
        || action == "remove-suffix" || action == "replace-suffix")
        return {"schema", "table", "column"};
    if (action == "define-primary-key")
        return {"table"};
    return {"column"};
}

QString joined(const std::vector<std::string> &items)
{
    QStringList list;
    for (const std::string &item : items)
        list << qs(item);
    return list.join(QStringLiteral(", "));
}

/// Sort key: numeric rule-ids in numeric order, then the others in document order.
struct OrderKey
{
    bool numeric = false;
    int64_t number = 0;
    size_t position = 0;
};

class RuleParser
{
public:
    Result<ParsedRules> parse(const project::TableMapping &mapping)
    {
        std::vector<std::pair<OrderKey, Rule>> ordered;
        for (size_t i = 0; i < mapping.rules.size(); ++i) {
            const MappingRule &source = mapping.rules[i];
            auto rule = parseRule(source, i);
            if (!rule)
                return rule.error();
            if (!*rule)
                continue;
            OrderKey key;
            key.position = i;
            if (const Value *id = source.fields.find("rule-id")) {
                if (auto number = integerOf(*id)) {
                    key.numeric = true;
                    key.number = *number;
                }
            }
            ordered.emplace_back(key, std::move(**rule));
        }
        std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
            if (a.first.numeric != b.first.numeric)
                return a.first.numeric;
            if (a.first.numeric && a.first.number != b.first.number)
                return a.first.number < b.first.number;
            return a.first.position < b.first.position;
        });
        ParsedRules parsed;
        for (auto &[key, rule] : ordered)
            parsed.rules.push_back(std::move(rule));
        parsed.warnings = std::move(m_warnings);
        return parsed;
    }

private:
    /// nullopt inside: the rule is accepted but has no effect (a warning says so).
    Result<std::optional<Rule>> parseRule(const MappingRule &source, size_t position)
    {
        Rule rule;
        rule.position = position;
        rule.id = source.ruleId();
        if (rule.id.empty())
            rule.id = std::to_string(position + 1);
        if (!source.fields.isMap())
            return ruleError(rule.id, EngineTr::tr("The rule is not a mapping of keys."),
                             EngineTr::tr("Write each rule as an object with rule-type, rule-id, "
                                          "rule-name, object-locator and rule-action."));
        const std::string type = source.ruleType();
        if (type == "object-mapping") {
            m_warnings.push_back(
                ruleWarning(rule.id,
                            EngineTr::tr("object-mapping rules apply to Amazon DynamoDB targets; "
                                         "Ferry ignores this rule.")));
            return std::optional<Rule>();
        }
        if (type == "validation") {
            m_warnings.push_back(
                ruleWarning(rule.id,
                            EngineTr::tr("Validation rules are not supported yet; Ferry ignores "
                                         "this rule.")));
            return std::optional<Rule>();
        }
        if (type != "selection" && type != "transformation" && type != "table-settings") {
            return ruleError(rule.id, EngineTr::tr("Unknown rule-type '%1'.").arg(qs(type)),
                             EngineTr::tr("Use rule-type selection, transformation or "
                                          "table-settings."));
        }

        const Value *locator = source.fields.find("object-locator");
        if (!locator || !locator->isMap())
            return ruleError(rule.id, EngineTr::tr("The rule has no object-locator."),
                             EngineTr::tr("Add object-locator with schema-name (and "
                                          "table-name)."));
        rule.locator.schemaName = textOf(locator->find("schema-name"));
        if (rule.locator.schemaName.empty())
            return ruleError(rule.id, EngineTr::tr("The object-locator has no schema-name."),
                             EngineTr::tr("Add schema-name (use % for every schema)."));
        if (const Value *table = locator->find("table-name"); table && table->isScalar())
            rule.locator.tableName = table->text();
        if (const Value *column = locator->find("column-name"); column && column->isScalar())
            rule.locator.columnName = column->text();
        if (const Value *dataType = locator->find("data-type"); dataType && dataType->isScalar())
            rule.locator.dataType = dataType->text();

        if (type == "selection") {
            auto result = parseSelection(source, rule);
            if (!result)
                return result.error();
        } else if (type == "transformation") {
            auto result = parseTransformation(source, rule);
            if (!result)
                return result.error();
            if (!*result)
                return std::optional<Rule>();
        } else {
            auto result = parseTableSettings(source, rule);
            if (!result)
                return result.error();
        }
        return std::optional<Rule>(std::move(rule));
    }

    Result<void> parseSelection(const MappingRule &source, Rule &rule)
    {
        rule.type = RuleType::Selection;
        const std::string action = source.ruleAction();
        if (action == "include")
            rule.action = RuleAction::Include;
        else if (action == "exclude")
            rule.action = RuleAction::Exclude;
        else if (action == "explicit")
            rule.action = RuleAction::Explicit;
        else
            return ruleError(rule.id,
                             EngineTr::tr("Unknown selection rule-action '%1'.").arg(qs(action)),
                             EngineTr::tr("Use rule-action include, exclude or explicit."));
        if (!rule.locator.tableName || rule.locator.tableName->empty())
            return ruleError(rule.id, EngineTr::tr("The object-locator has no table-name."),
                             EngineTr::tr("Add table-name (use % for every table)."));
        if (const Value *tableType = source.fields.find("object-locator")->find("table-type")) {
            rule.locator.tableType = textOf(tableType);
            if (rule.locator.tableType != "table" && rule.locator.tableType != "view"
                && rule.locator.tableType != "all")
                return ruleError(
                    rule.id,
                    EngineTr::tr("Unknown table-type '%1'.").arg(qs(rule.locator.tableType)),
                    EngineTr::tr("Use table-type table, view or all."));
        }
        if (rule.action == RuleAction::Explicit
            && (hasWildcard(rule.locator.schemaName) || hasWildcard(*rule.locator.tableName)))
            return ruleError(rule.id,
                             EngineTr::tr("An explicit selection rule names one table exactly, "
                                          "but this one has a % wildcard."),
                             EngineTr::tr("Write the exact schema and table name, or use "
                                          "rule-action include."));
        if (const Value *loadOrder = source.fields.find("load-order");
            loadOrder && !loadOrder->isNull()) {
            rule.loadOrder = integerOf(*loadOrder);
            if (!rule.loadOrder || *rule.loadOrder < 0)
                return ruleError(rule.id,
                                 EngineTr::tr("The load-order '%1' is not a positive integer.")
                                     .arg(qs(loadOrder->text())),
                                 EngineTr::tr("Write load-order as a whole number; tables with "
                                              "higher values load first."));
        }
        const Value *filters = source.fields.find("filters");
        if (!filters || filters->isNull())
            return {};
        if (!filters->isList())
            return ruleError(rule.id, EngineTr::tr("The filters are not a list."),
                             EngineTr::tr("Write filters as a list of {filter-type, column-name, "
                                          "filter-conditions}."));
        if (filters->items().empty())
            return {};
        if (rule.action != RuleAction::Include)
            return ruleError(rule.id,
                             EngineTr::tr("Filters apply only to selection rules with "
                                          "rule-action include."),
                             EngineTr::tr("Remove the filters or make the rule include tables."));
        if (hasWildcard(*rule.locator.tableName))
            return ruleError(rule.id,
                             EngineTr::tr("Source filters need an exact table name, but the "
                                          "table-name '%1' has a % wildcard.")
                                 .arg(qs(*rule.locator.tableName)),
                             EngineTr::tr("Write one selection rule with filters per table."));
        for (const Value &filterValue : filters->items()) {
            auto filter = parseFilter(rule.id, filterValue);
            if (!filter)
                return filter.error();
            rule.filters.push_back(std::move(*filter));
        }
        return {};
    }

    Result<load::ColumnFilter> parseFilter(const std::string &ruleId, const Value &value)
    {
        if (!value.isMap())
            return ruleError(ruleId, EngineTr::tr("A filter is not a mapping of keys."),
                             EngineTr::tr("Write each filter as {filter-type, column-name, "
                                          "filter-conditions}."));
        const std::string filterType = textOf(value.find("filter-type"));
        if (filterType != "source")
            return ruleError(ruleId, EngineTr::tr("Unknown filter-type '%1'.").arg(qs(filterType)),
                             EngineTr::tr("Use filter-type source."));
        load::ColumnFilter filter;
        filter.column = textOf(value.find("column-name"));
        if (filter.column.empty())
            return ruleError(ruleId, EngineTr::tr("A filter has no column-name."),
                             EngineTr::tr("Name the source column the filter tests."));
        const Value *conditions = value.find("filter-conditions");
        if (!conditions || !conditions->isList() || conditions->items().empty())
            return ruleError(ruleId,
                             EngineTr::tr("The filter on column '%1' has no filter-conditions.")
                                 .arg(qs(filter.column)),
                             EngineTr::tr("Add at least one filter condition."));
        int negative = 0;
        for (const Value &conditionValue : conditions->items()) {
            if (!conditionValue.isMap())
                return ruleError(ruleId, EngineTr::tr("A filter condition is not a mapping."),
                                 EngineTr::tr("Write each condition as {filter-operator, value} or "
                                              "{filter-operator, start-value, end-value}."));
            const std::string name = textOf(conditionValue.find("filter-operator"));
            static const std::map<std::string, load::FilterOperator> operators = {
                {"lte", load::FilterOperator::Ste},
                {"ste", load::FilterOperator::Ste},
                {"gte", load::FilterOperator::Gte},
                {"eq", load::FilterOperator::Eq},
                {"noteq", load::FilterOperator::NotEq},
                {"between", load::FilterOperator::Between},
                {"notbetween", load::FilterOperator::NotBetween},
                {"null", load::FilterOperator::Null},
                {"notnull", load::FilterOperator::NotNull},
            };
            const auto found = operators.find(name);
            if (found == operators.end())
                return ruleError(ruleId,
                                 EngineTr::tr("Unknown filter-operator '%1'.").arg(qs(name)),
                                 EngineTr::tr("Use ste, lte, gte, eq, noteq, between, "
                                              "notbetween, null or notnull."));
            load::FilterCondition condition;
            condition.op = found->second;
            const Value *single = conditionValue.find("value");
            const Value *start = conditionValue.find("start-value");
            const Value *end = conditionValue.find("end-value");
            const bool range = condition.op == load::FilterOperator::Between
                || condition.op == load::FilterOperator::NotBetween;
            const bool nullTest = condition.op == load::FilterOperator::Null
                || condition.op == load::FilterOperator::NotNull;
            const auto present = [](const Value *v) { return v && v->isScalar() && !v->isNull(); };
            if (range && (!present(start) || !present(end) || single))
                return ruleError(ruleId,
                                 EngineTr::tr("The filter operator '%1' on column '%2' needs "
                                              "start-value and end-value.")
                                     .arg(qs(name), qs(filter.column)),
                                 EngineTr::tr("Give the inclusive bounds as start-value and "
                                              "end-value, without value."));
            if (nullTest && (single || start || end))
                return ruleError(ruleId,
                                 EngineTr::tr("The filter operator '%1' on column '%2' takes no "
                                              "value.")
                                     .arg(qs(name), qs(filter.column)),
                                 EngineTr::tr("Remove value, start-value and end-value from the "
                                              "condition."));
            if (!range && !nullTest && (!present(single) || start || end))
                return ruleError(ruleId,
                                 EngineTr::tr("The filter operator '%1' on column '%2' needs a "
                                              "value.")
                                     .arg(qs(name), qs(filter.column)),
                                 EngineTr::tr("Give the value to compare with as value."));
            if (condition.op == load::FilterOperator::NotEq
                || condition.op == load::FilterOperator::NotBetween
                || condition.op == load::FilterOperator::NotNull)
                ++negative;
            condition.value = textOf(single);
            condition.start = textOf(start);
            condition.end = textOf(end);
            filter.anyOf.push_back(std::move(condition));
        }
        if (negative > 1)
            return ruleError(ruleId,
                             EngineTr::tr("The filter on column '%1' has %2 negative conditions; "
                                          "a filter may have only one.")
                                 .arg(qs(filter.column))
                                 .arg(negative),
                             EngineTr::tr("Keep one of noteq, notbetween or notnull per filter, "
                                          "or split the conditions into several filters (they "
                                          "are combined with AND)."));
        return filter;
    }

    /// The rule's target and action are known and go together; false: accepted without
    /// effect (a warning says so). Sets rule.action and rule.target.
    Result<bool> checkTransformationKind(const MappingRule &source, Rule &rule)
    {
        const std::string action = source.ruleAction();
        const std::string target = source.ruleTarget();
        static const char *const targets[]
            = {"schema", "table", "column", "table-tablespace", "index-tablespace"};
        if (std::find(std::begin(targets), std::end(targets), target) == std::end(targets))
            return ruleError(rule.id,
                             target.empty()
                                 ? EngineTr::tr("The rule has no rule-target.")
                                 : EngineTr::tr("Unknown rule-target '%1'.").arg(qs(target)),
                             EngineTr::tr("Use rule-target schema, table, column, "
                                          "table-tablespace or index-tablespace."));
        const bool masking = action.rfind("data-masking-", 0) == 0;
        const auto known = transformationActions().find(action);
        if (known == transformationActions().end() && action != "add-before-image-columns"
            && !masking)
            return ruleError(rule.id,
                             action.empty() ? EngineTr::tr("The rule has no rule-action.")
                                            : EngineTr::tr("Unknown transformation rule-action "
                                                           "'%1'.")
                                                  .arg(qs(action)),
                             EngineTr::tr("Use one of the AWS DMS transformation actions "
                                          "(rename, convert-lowercase, add-column, ...)."));
        const std::vector<std::string> allowed = allowedTargets(action);
        if (std::find(allowed.begin(), allowed.end(), target) == allowed.end())
            return ruleError(rule.id,
                             EngineTr::tr("The rule-action '%1' does not apply to rule-target "
                                          "'%2'.")
                                 .arg(qs(action), qs(target)),
                             EngineTr::tr("Use rule-target: %1.").arg(joined(allowed)));
        if (masking)
            return ruleError(
                rule.id,
                EngineTr::tr("The data masking action '%1' is not supported yet.").arg(qs(action)),
                EngineTr::tr("Remove the rule; Ferry would otherwise copy the "
                             "column unmasked."));
        if (target == "table-tablespace" || target == "index-tablespace") {
            m_warnings.push_back(
                ruleWarning(rule.id,
                            EngineTr::tr("Tablespace renames apply to Oracle targets only; Ferry "
                                         "ignores this rule.")));
            return false;
        }
        if (action == "add-before-image-columns") {
            m_warnings.push_back(
                ruleWarning(rule.id,
                            EngineTr::tr("add-before-image-columns is accepted but not supported "
                                         "yet (before images belong to change data capture); "
                                         "no column is added.")));
            return false;
        }
        rule.action = known->second;
        rule.target = target == "schema" ? RuleTarget::Schema
            : target == "table"          ? RuleTarget::Table
                                         : RuleTarget::Column;

        return true;
    }

    /// The object-locator names what the action needs.
    Result<void> checkTransformationLocator(const Rule &rule, const std::string &target) const
    {
        if (rule.target != RuleTarget::Schema
            && (!rule.locator.tableName || rule.locator.tableName->empty()))
            return ruleError(rule.id,
                             EngineTr::tr("The object-locator needs table-name for rule-target "
                                          "'%1'.")
                                 .arg(qs(target)),
                             EngineTr::tr("Add table-name (use % for every table)."));
        if (rule.target == RuleTarget::Column && rule.action != RuleAction::AddColumn
            && (!rule.locator.columnName || rule.locator.columnName->empty()))
            return ruleError(rule.id,
                             EngineTr::tr("The object-locator needs column-name for rule-target "
                                          "'column'."),
                             EngineTr::tr("Add column-name (use % for every column)."));
        if (rule.action == RuleAction::DefinePrimaryKey
            && (hasWildcard(rule.locator.schemaName) || hasWildcard(*rule.locator.tableName)))
            return ruleError(rule.id,
                             EngineTr::tr("define-primary-key needs exact names, not "
                                          "wildcards."),
                             EngineTr::tr("Write one define-primary-key rule per table."));

        return {};
    }

    /// value, old-value and expression as the action needs them.
    Result<void> readTransformationValues(const MappingRule &source, Rule &rule,
                                          const std::string &action) const
    {
        const Value *value = source.fields.find("value");
        const Value *oldValue = source.fields.find("old-value");
        rule.value = textOf(value);
        rule.oldValue = textOf(oldValue);
        rule.expression = textOf(source.fields.find("expression"));
        const auto needs = [&](const Value *key, const char *name) -> Result<void> {
            if (!key || key->isNull())
                return ruleError(
                    rule.id,
                    EngineTr::tr("The rule-action '%1' needs the key '%2'.")
                        .arg(qs(action), QString::fromLatin1(name)),
                    EngineTr::tr("Add %1 to the rule.").arg(QString::fromLatin1(name)));
            return {};
        };
        switch (rule.action) {
        case RuleAction::Rename:
        case RuleAction::AddColumn:
            if (auto ok = needs(value, "value"); !ok)
                return ok.error();
            if (rule.value.empty())
                return ruleError(
                    rule.id,
                    EngineTr::tr("The rule-action '%1' needs a non-empty value.").arg(qs(action)),
                    EngineTr::tr("Write the new name as value."));
            break;
        case RuleAction::AddPrefix:
        case RuleAction::RemovePrefix:
        case RuleAction::AddSuffix:
        case RuleAction::RemoveSuffix:
            if (auto ok = needs(value, "value"); !ok)
                return ok.error();
            break;
        case RuleAction::ReplacePrefix:
        case RuleAction::ReplaceSuffix:
            if (auto ok = needs(value, "value"); !ok)
                return ok.error();
            if (auto ok = needs(oldValue, "old-value"); !ok)
                return ok.error();
            break;
        default:
            break;
        }
        return {};
    }

    /// false inside: the rule is accepted without effect (a warning says so).
    Result<bool> parseTransformation(const MappingRule &source, Rule &rule)
    {
        rule.type = RuleType::Transformation;
        const std::string action = source.ruleAction();
        const std::string target = source.ruleTarget();
        auto kind = checkTransformationKind(source, rule);
        if (!kind || !*kind)
            return kind;
        if (auto located = checkTransformationLocator(rule, target); !located)
            return located.error();
        if (auto read = readTransformationValues(source, rule, action); !read)
            return read.error();
        if (rule.action == RuleAction::Rename) {
            auto variables = checkVariables(rule);
            if (!variables)
                return variables.error();
        }
        if (rule.action == RuleAction::AddColumn || rule.action == RuleAction::ChangeDataType) {
            auto dataType = parseDataType(source, rule, action);
            if (!dataType)
                return dataType.error();
            rule.dataType = std::move(*dataType);
        }
        if (rule.action == RuleAction::DefinePrimaryKey) {
            auto ok = parsePrimaryKey(source, rule);
            if (!ok)
                return ok.error();
        }
        return true;
    }

    /// ${schema-name}, ${table-name}, ${column-name}: the source names of the object the rule
    /// renames (reference §2.6 "rename with template"); only those of its level and above.
    Result<void> checkVariables(const Rule &rule)
    {
        std::vector<std::string> allowed = {"schema-name"};
        if (rule.target != RuleTarget::Schema)
            allowed.push_back("table-name");
        if (rule.target == RuleTarget::Column)
            allowed.push_back("column-name");
        size_t from = 0;
        while ((from = rule.value.find("${", from)) != std::string::npos) {
            const size_t close = rule.value.find('}', from);
            if (close == std::string::npos)
                return ruleError(rule.id,
                                 EngineTr::tr("The value '%1' has a '${' without a closing '}'.")
                                     .arg(qs(rule.value)),
                                 EngineTr::tr("Write variables as ${schema-name}, ${table-name} "
                                              "or ${column-name}."));
            const std::string name = rule.value.substr(from + 2, close - from - 2);
            if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
                return ruleError(rule.id,
                                 EngineTr::tr("The variable '${%1}' is not available when "
                                              "renaming a %2.")
                                     .arg(qs(name), qs(targetName(rule.target))),
                                 EngineTr::tr("Use %1.").arg(joinedVariables(allowed)));
            from = close + 1;
        }
        return {};
    }

    static std::string targetName(RuleTarget target)
    {
        return target == RuleTarget::Schema ? "schema"
            : target == RuleTarget::Table   ? "table"
                                            : "column";
    }

    static QString joinedVariables(const std::vector<std::string> &names)
    {
        QStringList list;
        for (const std::string &name : names)
            list << QStringLiteral("${%1}").arg(qs(name));
        return list.join(QStringLiteral(", "));
    }

    Result<CanonicalType> parseDataType(const MappingRule &source, const Rule &rule,
                                        const std::string &action)
    {
        const Value *dataType = source.fields.find("data-type");
        if (!dataType || !dataType->isMap())
            return ruleError(
                rule.id,
                EngineTr::tr("The rule-action '%1' needs the key 'data-type'.").arg(qs(action)),
                EngineTr::tr("Add data-type: {type: ..., length/precision/scale}."));
        DmsDataType dms;
        dms.type = textOf(dataType->find("type"));
        for (const auto &[key, field] :
             {std::pair<const char *, int64_t *> {"precision", &dms.precision},
              {"scale", &dms.scale},
              {"length", &dms.length}}) {
            const Value *number = dataType->find(key);
            if (!number || number->isNull())
                continue;
            const auto parsed = integerOf(*number);
            if (!parsed || *parsed < 0)
                return ruleError(rule.id,
                                 EngineTr::tr("The data-type %1 '%2' is not a whole number.")
                                     .arg(QString::fromLatin1(key), qs(number->text())),
                                 EngineTr::tr("Write precision, scale and length as whole "
                                              "numbers."));
            *field = *parsed;
        }
        auto type = canonicalTypeForDms(dms);
        if (!type)
            return ruleError(rule.id,
                             EngineTr::tr("The data-type '%1' has no equivalent in a relational "
                                          "target.")
                                 .arg(qs(dms.type)),
                             EngineTr::tr("Use one of string, wstring, bytes, int1-int8, "
                                          "uint1-uint8, numeric, real4, real8, date, time, "
                                          "datetime, blob, clob, nclob, boolean."));
        return *type;
    }

    Result<void> parsePrimaryKey(const MappingRule &source, Rule &rule)
    {
        const Value *definition = source.fields.find("primary-key-def");
        if (!definition || !definition->isMap())
            return ruleError(rule.id,
                             EngineTr::tr("The rule-action 'define-primary-key' needs the key "
                                          "'primary-key-def'."),
                             EngineTr::tr("Add primary-key-def: {name, origin, columns}."));
        rule.primaryKey.name = textOf(definition->find("name"));
        const std::string origin = textOf(definition->find("origin"));
        if (!origin.empty() && origin != "primary-key" && origin != "unique-index")
            return ruleError(rule.id,
                             EngineTr::tr("Unknown primary-key-def origin '%1'.").arg(qs(origin)),
                             EngineTr::tr("Use origin primary-key or unique-index."));
        rule.primaryKey.uniqueIndex = origin == "unique-index";
        const Value *columns = definition->find("columns");
        if (columns && columns->isList()) {
            for (const Value &column : columns->items()) {
                if (column.isScalar() && !column.text().empty())
                    rule.primaryKey.columns.push_back(column.text());
            }
        }
        if (rule.primaryKey.columns.empty())
            return ruleError(rule.id, EngineTr::tr("The primary-key-def has no columns."),
                             EngineTr::tr("List the key columns under columns."));
        return {};
    }

    Result<void> parseTableSettings(const MappingRule &source, Rule &rule)
    {
        rule.type = RuleType::TableSettings;
        if (!rule.locator.tableName || rule.locator.tableName->empty())
            return ruleError(rule.id, EngineTr::tr("The object-locator has no table-name."),
                             EngineTr::tr("Name the table the settings apply to."));
        if (hasWildcard(rule.locator.schemaName) || hasWildcard(*rule.locator.tableName))
            return ruleError(rule.id,
                             EngineTr::tr("Exact schema and table name required when using "
                                          "table settings rule."),
                             EngineTr::tr("Write one table-settings rule per table, without "
                                          "%."));
        if (const Value *parallel = source.fields.find("parallel-load");
            parallel && !parallel->isNull()) {
            auto parsed = parseParallelLoad(rule.id, *parallel);
            if (!parsed)
                return parsed.error();
            rule.parallelLoad = std::move(*parsed);
        }
        if (const Value *lob = source.fields.find("lob-settings"); lob && !lob->isNull()) {
            auto parsed = parseLobSettings(rule.id, *lob);
            if (!parsed)
                return parsed.error();
            rule.lobSettings = std::move(*parsed);
        }
        if (!rule.parallelLoad && !rule.lobSettings)
            m_warnings.push_back(
                ruleWarning(rule.id,
                            EngineTr::tr("The table-settings rule has neither parallel-load nor "
                                         "lob-settings; it has no effect.")));
        return {};
    }

    static std::vector<std::string> textList(const Value *list)
    {
        std::vector<std::string> items;
        if (list && list->isList()) {
            for (const Value &item : list->items())
                items.push_back(item.isScalar() ? item.text() : std::string());
        }
        return items;
    }

    Result<ParallelLoad> parseParallelLoad(const std::string &ruleId, const Value &value)
    {
        if (!value.isMap())
            return ruleError(ruleId, EngineTr::tr("The parallel-load setting is not a mapping."),
                             EngineTr::tr("Write parallel-load as {type: ...}."));
        ParallelLoad load;
        load.ruleId = ruleId;
        const std::string type = textOf(value.find("type"));
        if (type == "none")
            load.type = ParallelLoad::Type::None;
        else if (type == "ranges")
            load.type = ParallelLoad::Type::Ranges;
        else if (type == "partitions-auto")
            load.type = ParallelLoad::Type::PartitionsAuto;
        else if (type == "partitions-list")
            load.type = ParallelLoad::Type::PartitionsList;
        else if (type == "subpartitions-auto")
            load.type = ParallelLoad::Type::SubpartitionsAuto;
        else
            return ruleError(ruleId, EngineTr::tr("Unknown parallel-load type '%1'.").arg(qs(type)),
                             EngineTr::tr("Use none, ranges, partitions-auto, partitions-list "
                                          "or subpartitions-auto."));
        for (const char *key : {"number-of-partitions", "collection-count-from-metadata",
                                "max-records-skip-per-page", "batch-size"}) {
            if (value.find(key))
                m_warnings.push_back(
                    ruleWarning(ruleId,
                                EngineTr::tr("The parallel-load key '%1' applies to MongoDB and "
                                             "Amazon DocumentDB sources; Ferry ignores it.")
                                    .arg(QString::fromLatin1(key))));
        }
        if (load.type == ParallelLoad::Type::Ranges) {
            load.columns = textList(value.find("columns"));
            const Value *boundaries = value.find("boundaries");
            if (load.columns.empty() || !boundaries || !boundaries->isList())
                return ruleError(ruleId,
                                 EngineTr::tr("Parallel load by ranges needs 'columns' and "
                                              "'boundaries'."),
                                 EngineTr::tr("List the key columns and one upper bound per "
                                              "segment."));
            if (load.columns.size() > 10)
                return ruleError(ruleId,
                                 EngineTr::tr("Parallel load by ranges allows at most 10 columns, "
                                              "this rule has %1.")
                                     .arg(load.columns.size()),
                                 EngineTr::tr("Segment by the 10 most significant columns at "
                                              "most."));
            for (size_t i = 0; i < boundaries->items().size(); ++i) {
                std::vector<std::string> boundary = textList(&boundaries->items()[i]);
                if (!boundaries->items()[i].isList() || boundary.size() != load.columns.size())
                    return ruleError(ruleId,
                                     EngineTr::tr("Boundary %1 has %2 values but there are %3 "
                                                  "columns.")
                                         .arg(i + 1)
                                         .arg(boundary.size())
                                         .arg(load.columns.size()),
                                     EngineTr::tr("Give one value per column in every "
                                                  "boundary."));
                load.boundaries.push_back(std::move(boundary));
            }
        } else if (load.type == ParallelLoad::Type::PartitionsList) {
            load.partitions = textList(value.find("partitions"));
            load.subpartitions = textList(value.find("subpartitions"));
            if (load.partitions.empty() && load.subpartitions.empty())
                return ruleError(ruleId,
                                 EngineTr::tr("Parallel load by partitions-list needs "
                                              "'partitions'."),
                                 EngineTr::tr("List the partitions to load in parallel."));
        }
        return load;
    }

    Result<LobSettings> parseLobSettings(const std::string &ruleId, const Value &value)
    {
        if (!value.isMap())
            return ruleError(
                ruleId, EngineTr::tr("The lob-settings setting is not a mapping."),
                EngineTr::tr("Write lob-settings as {mode: ..., bulk-max-size: ...}."));
        LobSettings settings;
        settings.ruleId = ruleId;
        if (const Value *mode = value.find("mode"); mode && !mode->isNull()) {
            const std::string text = textOf(mode);
            if (text != "limited" && text != "unlimited" && text != "none")
                return ruleError(ruleId,
                                 EngineTr::tr("Unknown lob-settings mode '%1'.").arg(qs(text)),
                                 EngineTr::tr("Use mode limited, unlimited or none."));
            settings.mode = text;
        }
        for (const auto &[key, field] : {std::pair<const char *, std::optional<int64_t> *> {
                                             "bulk-max-size", &settings.bulkMaxSizeKb},
                                         {"lob-chunk-size", &settings.lobChunkSizeKb}}) {
            const Value *number = value.find(key);
            if (!number || number->isNull())
                continue;
            const auto parsed = integerOf(*number);
            if (!parsed || *parsed < 0)
                return ruleError(ruleId,
                                 EngineTr::tr("The lob-settings %1 '%2' is not a whole number of "
                                              "kilobytes.")
                                     .arg(QString::fromLatin1(key), qs(number->text())),
                                 EngineTr::tr("Write sizes in kilobytes as whole numbers."));
            *field = *parsed;
        }
        if (settings.mode.value_or("limited") == "limited" && settings.bulkMaxSizeKb
            && *settings.bulkMaxSizeKb == 0)
            return ruleError(ruleId,
                             EngineTr::tr("Limited LOB mode needs a nonzero bulk-max-size."),
                             EngineTr::tr("Set bulk-max-size to the largest LOB in kilobytes "
                                          "(times three), or use mode unlimited."));
        return settings;
    }

    std::vector<std::string> m_warnings;
};

} // namespace

bool isNamingAction(RuleAction action)
{
    switch (action) {
    case RuleAction::Rename:
    case RuleAction::ConvertLowercase:
    case RuleAction::ConvertUppercase:
    case RuleAction::AddPrefix:
    case RuleAction::RemovePrefix:
    case RuleAction::ReplacePrefix:
    case RuleAction::AddSuffix:
    case RuleAction::RemoveSuffix:
    case RuleAction::ReplaceSuffix:
        return true;
    default:
        return false;
    }
}

Result<ParsedRules> parseRules(const project::TableMapping &mapping)
{
    return RuleParser().parse(mapping);
}

Error ruleError(const std::string &ruleId, const QString &message, const QString &hint)
{
    Error error;
    error.code = ErrorCode::ProjectInvalid;
    error.action = ErrorAction::FixConfiguration;
    error.message = message.toStdString();
    error.hint = hint.toStdString();
    error.location = "rule " + ruleId;
    return error;
}

std::string ruleWarning(const std::string &ruleId, const QString &text)
{
    return EngineTr::tr("Rule %1: %2").arg(qs(ruleId), text).toStdString();
}

std::string substituteVariables(const std::string &value, const std::string &schemaName,
                                const std::string &tableName, const std::string &columnName)
{
    std::string out;
    out.reserve(value.size());
    size_t from = 0;
    while (from < value.size()) {
        const size_t open = value.find("${", from);
        const size_t close = open == std::string::npos ? open : value.find('}', open);
        if (close == std::string::npos) {
            out.append(value, from, std::string::npos);
            break;
        }
        out.append(value, from, open - from);
        const std::string name = value.substr(open + 2, close - open - 2);
        if (name == "schema-name")
            out += schemaName;
        else if (name == "table-name")
            out += tableName;
        else if (name == "column-name")
            out += columnName;
        else
            out.append(value, open, close - open + 1);
        from = close + 1;
    }
    return out;
}

} // namespace ferry::mapping::detail
