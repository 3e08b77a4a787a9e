// SPDX-License-Identifier: MIT
#include "engine/project/project_schema.h"

#include "engine/core/tr.h"
#include "engine/project/suggestion.h"

#include <QStringList>

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

namespace ferry::project::detail {

// ---------------------------------------------------------------------------------------------
// Issues

ProjectIssue IssueSink::make(ProjectIssue::Severity severity, Mark mark, const std::string &path,
                             const QString &message, const QString &hint,
                             const std::string &detail)
{
    ProjectIssue issue;
    issue.severity = severity;
    issue.file = m_file;
    issue.line = mark.line;
    issue.column = mark.column;
    issue.path = path;
    issue.message = message.toStdString();
    issue.hint = hint.toStdString();
    issue.detail = detail;
    return issue;
}

void IssueSink::error(Mark mark, const std::string &path, const QString &message,
                      const QString &hint, const std::string &detail)
{
    m_errors.push_back(make(ProjectIssue::Severity::Error, mark, path, message, hint, detail));
}

void IssueSink::warning(Mark mark, const std::string &path, const QString &message,
                        const QString &hint)
{
    m_warnings.push_back(make(ProjectIssue::Severity::Warning, mark, path, message, hint, {}));
}

std::string childPath(const std::string &parent, const std::string &key)
{
    return parent.empty() ? key : parent + '.' + key;
}

std::string itemPath(const std::string &parent, size_t index)
{
    return parent + '[' + std::to_string(index) + ']';
}

namespace {

QString quoted(const std::string &text) { return QString::fromStdString(text); }

QString listOf(const std::vector<std::string> &values)
{
    QStringList list;
    for (const std::string &value : values)
        list << QString::fromStdString(value);
    return list.join(QStringLiteral(", "));
}

} // namespace

QString describeNode(const SourceNode &node)
{
    switch (node.kind) {
    case Value::Kind::Null: return EngineTr::tr("nothing (null)");
    case Value::Kind::Boolean: return EngineTr::tr("the boolean %1").arg(quoted(node.text));
    case Value::Kind::Integer: return EngineTr::tr("the integer %1").arg(quoted(node.text));
    case Value::Kind::Float: return EngineTr::tr("the number %1").arg(quoted(node.text));
    case Value::Kind::String: {
        QString text = QString::fromStdString(node.text);
        if (text.size() > 40)
            text = text.left(37) + QStringLiteral("...");
        return EngineTr::tr("the string \"%1\"").arg(text);
    }
    case Value::Kind::List: return EngineTr::tr("a list");
    case Value::Kind::Map: return EngineTr::tr("a mapping");
    }
    return {};
}

QString suggestionHint(const std::string &word, const std::vector<std::string> &candidates,
                       bool listWhenNoMatch)
{
    const std::string match = closestMatch(word, candidates);
    if (!match.empty())
        return EngineTr::tr("Did you mean '%1'?").arg(QString::fromStdString(match));
    if (listWhenNoMatch && !candidates.empty() && candidates.size() <= 30)
        return EngineTr::tr("Allowed here: %1.").arg(listOf(candidates));
    return {};
}

// ---------------------------------------------------------------------------------------------
// Generic validation

namespace {

QString expectedText(const Spec &spec)
{
    switch (spec.type) {
    case Spec::Type::Any: return EngineTr::tr("a value");
    case Spec::Type::String: return EngineTr::tr("a string");
    case Spec::Type::Integer:
        if (spec.minimum && spec.maximum)
            return EngineTr::tr("an integer from %1 to %2").arg(*spec.minimum).arg(*spec.maximum);
        if (spec.minimum)
            return EngineTr::tr("an integer of at least %1").arg(*spec.minimum);
        return EngineTr::tr("an integer");
    case Spec::Type::Boolean: return EngineTr::tr("true or false");
    case Spec::Type::Number: return EngineTr::tr("a number");
    case Spec::Type::Scalar: return EngineTr::tr("a single value");
    case Spec::Type::Id: return EngineTr::tr("a string or an integer");
    case Spec::Type::IntegerText: return EngineTr::tr("an integer");
    case Spec::Type::Enum: return EngineTr::tr("one of %1").arg(listOf(spec.values));
    case Spec::Type::List: return EngineTr::tr("a list");
    case Spec::Type::Map: return EngineTr::tr("a mapping (key: value lines)");
    }
    return {};
}

bool typeError(const SourceNode &node, const Spec &spec, const std::string &path,
               IssueSink &sink)
{
    QString hint;
    if (node.kind == Value::Kind::String && node.quoted) {
        const Value::Kind plain = Value::resolvePlainScalar(node.text);
        const bool numeric = plain == Value::Kind::Integer
                             || (plain == Value::Kind::Float && spec.type == Spec::Type::Number);
        if ((numeric
             && (spec.type == Spec::Type::Integer || spec.type == Spec::Type::Number
                 || spec.type == Spec::Type::IntegerText))
            || (plain == Value::Kind::Boolean && spec.type == Spec::Type::Boolean)) {
            hint = EngineTr::tr("Remove the quotes around %1.").arg(quoted(node.text));
        }
    } else if (spec.type == Spec::Type::String && node.isScalar() && !node.isNull()) {
        hint = EngineTr::tr("Put %1 in quotes to use it as text.").arg(quoted(node.text));
    }
    sink.error(node.mark, path,
               EngineTr::tr("Expected %1, found %2.").arg(expectedText(spec), describeNode(node)),
               hint);
    return false;
}

bool isDecimalText(const std::string &text)
{
    size_t start = !text.empty() && text[0] == '-' ? 1 : 0;
    if (start >= text.size())
        return false;
    for (size_t i = start; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
    }
    return true;
}

} // namespace

bool validateNode(const SourceNode &node, const Spec &spec, const std::string &path,
                  IssueSink &sink)
{
    if (spec.type == Spec::Type::Any)
        return true;
    if (node.isNull()) {
        if (spec.nullable)
            return true;
        return typeError(node, spec, path, sink);
    }
    switch (spec.type) {
    case Spec::Type::Any: return true;
    case Spec::Type::String:
        return node.kind == Value::Kind::String || typeError(node, spec, path, sink);
    case Spec::Type::Boolean:
        return node.kind == Value::Kind::Boolean || typeError(node, spec, path, sink);
    case Spec::Type::Number:
        return node.kind == Value::Kind::Integer || node.kind == Value::Kind::Float
               || typeError(node, spec, path, sink);
    case Spec::Type::Scalar:
        return node.isScalar() || typeError(node, spec, path, sink);
    case Spec::Type::Id:
        if (node.kind == Value::Kind::Integer)
            return true;
        if (node.kind == Value::Kind::String && !node.text.empty())
            return true;
        return typeError(node, spec, path, sink);
    case Spec::Type::IntegerText:
        if (node.kind == Value::Kind::Integer
            || (node.kind == Value::Kind::String && isDecimalText(node.text)))
            return true;
        return typeError(node, spec, path, sink);
    case Spec::Type::Integer: {
        if (node.kind != Value::Kind::Integer)
            return typeError(node, spec, path, sink);
        const auto value = Value::fromPlainScalar(node.text).toInteger();
        if (!value || (spec.minimum && *value < *spec.minimum)
            || (spec.maximum && *value > *spec.maximum)) {
            sink.error(node.mark, path,
                       EngineTr::tr("Expected %1, found %2.")
                           .arg(expectedText(spec), describeNode(node)));
            return false;
        }
        return true;
    }
    case Spec::Type::Enum: {
        if (node.kind != Value::Kind::String)
            return typeError(node, spec, path, sink);
        for (const std::string &allowed : spec.values) {
            if (allowed == node.text)
                return true;
        }
        sink.error(node.mark, path,
                   EngineTr::tr("Unknown value '%1'.").arg(quoted(node.text)),
                   suggestionHint(node.text, spec.values));
        return false;
    }
    case Spec::Type::List: {
        if (!node.isList())
            return typeError(node, spec, path, sink);
        bool ok = true;
        for (size_t i = 0; i < node.items.size(); ++i)
            ok = validateNode(node.items[i], *spec.items, itemPath(path, i), sink) && ok;
        return ok;
    }
    case Spec::Type::Map: {
        if (!node.isMap())
            return typeError(node, spec, path, sink);
        bool ok = true;
        std::vector<std::string> keys;
        keys.reserve(spec.fields.size());
        for (const Field &field : spec.fields)
            keys.push_back(field.key);
        for (const SourceEntry &entry : node.entries) {
            const Field *field = nullptr;
            for (const Field &candidate : spec.fields) {
                if (candidate.key == entry.key)
                    field = &candidate;
            }
            const std::string entryPath = childPath(path, entry.key);
            if (!field && sink.unknownKeysAreWarnings()) {
                sink.warning(entry.keyMark, entryPath,
                             EngineTr::tr("Ferry does not know the key '%1' and does not act "
                                          "on it.")
                                 .arg(quoted(entry.key)),
                             suggestionHint(entry.key, keys, false));
                sink.skippedKeys().push_back(entry.keyMark);
                continue;
            }
            if (!field) {
                sink.error(entry.keyMark, entryPath,
                           EngineTr::tr("Unknown key '%1'.").arg(quoted(entry.key)),
                           suggestionHint(entry.key, keys));
                ok = false;
                continue;
            }
            ok = validateNode(entry.value, *field->spec, entryPath, sink) && ok;
        }
        for (const Field &field : spec.fields) {
            if (field.required && !node.entry(field.key)) {
                sink.error(node.mark, childPath(path, field.key),
                           EngineTr::tr("The required key '%1' is missing.")
                               .arg(quoted(field.key)));
                ok = false;
            }
        }
        return ok;
    }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Spec builders

namespace {

SpecPtr make(Spec::Type type)
{
    auto spec = std::make_shared<Spec>();
    spec->type = type;
    return spec;
}

SpecPtr any() { return make(Spec::Type::Any); }
SpecPtr str() { return make(Spec::Type::String); }
SpecPtr boolean() { return make(Spec::Type::Boolean); }
SpecPtr scalar() { return make(Spec::Type::Scalar); }
SpecPtr id() { return make(Spec::Type::Id); }
SpecPtr integerText() { return make(Spec::Type::IntegerText); }

SpecPtr integer(std::optional<long long> minimum = 0, std::optional<long long> maximum = {})
{
    auto spec = std::make_shared<Spec>();
    spec->type = Spec::Type::Integer;
    spec->minimum = minimum;
    spec->maximum = maximum;
    return spec;
}

SpecPtr oneOf(std::vector<std::string> values)
{
    auto spec = std::make_shared<Spec>();
    spec->type = Spec::Type::Enum;
    spec->values = std::move(values);
    return spec;
}

SpecPtr listOf(SpecPtr items)
{
    auto spec = std::make_shared<Spec>();
    spec->type = Spec::Type::List;
    spec->items = std::move(items);
    return spec;
}

SpecPtr mapOf(std::vector<Field> fields)
{
    auto spec = std::make_shared<Spec>();
    spec->type = Spec::Type::Map;
    spec->fields = std::move(fields);
    return spec;
}

SpecPtr nullable(SpecPtr spec)
{
    auto copy = std::make_shared<Spec>(*spec);
    copy->nullable = true;
    return copy;
}

/// Every key of every task-settings group may be null (DMS writes null for "not set").
SpecPtr settingsGroup(std::vector<Field> fields)
{
    for (Field &field : fields)
        field.spec = nullable(field.spec);
    return nullable(mapOf(std::move(fields)));
}

// Table mapping ------------------------------------------------------------------------------

const std::vector<std::string> &ruleTypes()
{
    static const std::vector<std::string> types = {"selection", "transformation",
                                                   "table-settings", "object-mapping",
                                                   "validation"};
    return types;
}

const std::vector<std::string> &dmsDataTypes()
{
    static const std::vector<std::string> types = {
        "bytes", "date",   "time",  "datetime", "int1",  "int2",    "int4", "int8", "numeric",
        "real4", "real8",  "string", "uint1",   "uint2", "uint4",   "uint8", "wstring",
        "blob",  "nclob",  "clob",  "boolean",  "set",   "list",    "map",  "tuple"};
    return types;
}

const std::vector<std::string> &transformationActions()
{
    static const std::vector<std::string> actions = {
        "rename",          "convert-lowercase",        "convert-uppercase",
        "add-prefix",      "remove-prefix",            "replace-prefix",
        "add-suffix",      "remove-suffix",            "replace-suffix",
        "remove-column",   "include-column",           "add-column",
        "change-data-type", "define-primary-key",      "add-before-image-columns",
        "data-masking-digits-mask", "data-masking-digits-randomize", "data-masking-hash-mask"};
    return actions;
}

Field common(const char *key, SpecPtr spec, bool required = true)
{
    return Field{key, std::move(spec), required};
}

/// A table-mapping rule: rule-type, rule-id and rule-name, then the fields of its kind.
SpecPtr ruleOf(std::vector<Field> fields)
{
    std::vector<Field> all {common("rule-type", str()), common("rule-id", id()),
                            common("rule-name", id())};
    all.insert(all.end(), std::make_move_iterator(fields.begin()),
               std::make_move_iterator(fields.end()));
    return mapOf(std::move(all));
}

/// An object-locator naming one table (schema-name and table-name, both required).
SpecPtr tableLocator()
{
    return mapOf({{"schema-name", str(), true}, {"table-name", str(), true}});
}

SpecPtr selectionRule()
{
    static const SpecPtr spec = [] {
        auto condition = mapOf({
            {"filter-operator",
             oneOf({"lte", "ste", "gte", "eq", "noteq", "between", "notbetween", "null",
                    "notnull"}),
             true},
            {"value", scalar()},
            {"start-value", scalar()},
            {"end-value", scalar()},
        });
        auto filter = mapOf({
            {"filter-type", oneOf({"source"}), true},
            {"column-name", str(), true},
            {"filter-conditions", listOf(condition), true},
        });
        return ruleOf({
            common("object-locator",
                   mapOf({{"schema-name", str(), true},
                          {"table-name", str(), true},
                          {"table-type", oneOf({"table", "view", "all"})}})),
            common("rule-action", oneOf({"include", "exclude", "explicit"})),
            common("load-order", integerText(), false),
            common("filters", listOf(filter), false),
        });
    }();
    return spec;
}

SpecPtr transformationRule()
{
    static const SpecPtr spec = [] {
        return ruleOf({
            common("rule-target",
                   oneOf({"schema", "table", "column", "table-tablespace", "index-tablespace"})),
            common("object-locator",
                   mapOf({{"schema-name", str(), true},
                          {"table-name", str()},
                          {"column-name", str()},
                          {"table-tablespace-name", str()},
                          {"index-tablespace-name", str()},
                          {"data-type", str()}})),
            common("rule-action", oneOf(transformationActions())),
            common("value", nullable(str()), false),
            common("old-value", nullable(str()), false),
            common("data-type",
                   mapOf({{"type", oneOf(dmsDataTypes()), true},
                          {"precision", integerText()},
                          {"scale", integerText()},
                          {"length", integerText()}}),
                   false),
            common("expression", str(), false),
            common("primary-key-def",
                   mapOf({{"name", str()},
                          {"origin", oneOf({"primary-key", "unique-index"})},
                          {"columns", listOf(str()), true}}),
                   false),
            common("before-image-def",
                   mapOf({{"column-prefix", str()},
                          {"column-suffix", str()},
                          {"column-filter", oneOf({"pk-only", "non-lob", "all"})}}),
                   false),
        });
    }();
    return spec;
}

SpecPtr tableSettingsRule()
{
    static const SpecPtr spec = [] {
        return ruleOf({
            common("object-locator", tableLocator()),
            common("parallel-load",
                   mapOf({{"type",
                           oneOf({"partitions-auto", "subpartitions-auto", "partitions-list",
                                  "ranges", "none"}),
                           true},
                          {"partitions", listOf(str())},
                          {"subpartitions", listOf(str())},
                          {"columns", listOf(str())},
                          {"boundaries", listOf(listOf(scalar()))},
                          {"number-of-partitions", integer(1)},
                          {"collection-count-from-metadata", boolean()},
                          {"max-records-skip-per-page", integer(0)},
                          {"batch-size", integer(1)}}),
                   false),
            common("lob-settings",
                   mapOf({{"mode", oneOf({"limited", "unlimited", "none"})},
                          {"bulk-max-size", integerText()}}),
                   false),
        });
    }();
    return spec;
}

SpecPtr objectMappingRule()
{
    static const SpecPtr spec = [] {
        return ruleOf({
            common("object-locator", tableLocator()),
            common("rule-action", oneOf({"map-record-to-record", "map-record-to-document"})),
            common("target-table-name", str(), false),
            common("mapping-parameters", any(), false),
        });
    }();
    return spec;
}

SpecPtr validationRule()
{
    static const SpecPtr spec = [] {
        return ruleOf({
            common("rule-target", oneOf({"column"})),
            common("object-locator",
                   mapOf({{"schema-name", str(), true},
                          {"table-name", str(), true},
                          {"column-name", str(), true}})),
            common("rule-action", oneOf({"override-validation-function"})),
            common("source-function", str(), false),
            common("target-function", str(), false),
        });
    }();
    return spec;
}

SpecPtr ruleSpec(const std::string &type)
{
    if (type == "selection")
        return selectionRule();
    if (type == "transformation")
        return transformationRule();
    if (type == "table-settings")
        return tableSettingsRule();
    if (type == "object-mapping")
        return objectMappingRule();
    return validationRule();
}

const SourceNode *child(const SourceNode &node, const char *key)
{
    const SourceEntry *entry = node.entry(key);
    return entry ? &entry->value : nullptr;
}

std::string childText(const SourceNode &node, const char *key)
{
    const SourceNode *value = child(node, key);
    return value && value->isScalar() ? value->text : std::string();
}

bool checkSelection(const SourceNode &rule, const std::string &path, IssueSink &sink)
{
    bool ok = true;
    const SourceEntry *filters = rule.entry("filters");
    if (!filters)
        return true;
    if (!filters->value.items.empty() && childText(rule, "rule-action") != "include") {
        sink.error(filters->keyMark, childPath(path, "filters"),
                   EngineTr::tr("Filters apply only to selection rules with rule-action: "
                                "include."),
                   EngineTr::tr("Remove the filters or make the rule include tables."));
        ok = false;
    }
    for (size_t f = 0; f < filters->value.items.size(); ++f) {
        const SourceNode &filter = filters->value.items[f];
        const SourceNode *conditions = child(filter, "filter-conditions");
        if (!conditions)
            continue;
        for (size_t c = 0; c < conditions->items.size(); ++c) {
            const SourceNode &condition = conditions->items[c];
            const std::string conditionPath = itemPath(
                childPath(itemPath(childPath(path, "filters"), f), "filter-conditions"), c);
            const std::string op = childText(condition, "filter-operator");
            const bool range = op == "between" || op == "notbetween";
            const bool nullTest = op == "null" || op == "notnull";
            const bool hasValue = condition.entry("value") != nullptr;
            const bool hasBounds = condition.entry("start-value") || condition.entry("end-value");
            if (range && (!condition.entry("start-value") || !condition.entry("end-value")
                          || hasValue)) {
                sink.error(condition.mark, conditionPath,
                           EngineTr::tr("The filter operator '%1' needs start-value and "
                                        "end-value (and no value).")
                               .arg(QString::fromStdString(op)));
                ok = false;
            } else if (nullTest && (hasValue || hasBounds)) {
                sink.error(condition.mark, conditionPath,
                           EngineTr::tr("The filter operator '%1' takes no value.")
                               .arg(QString::fromStdString(op)));
                ok = false;
            } else if (!range && !nullTest && (!hasValue || hasBounds)) {
                sink.error(condition.mark, conditionPath,
                           EngineTr::tr("The filter operator '%1' needs a value (and no "
                                        "start-value or end-value).")
                               .arg(QString::fromStdString(op)));
                ok = false;
            }
        }
    }
    return ok;
}

bool checkTransformation(const SourceNode &rule, const std::string &path, IssueSink &sink)
{
    static const std::map<std::string, std::vector<std::string>> targets = {
        {"rename", {"schema", "table", "column", "table-tablespace", "index-tablespace"}},
        {"convert-lowercase", {"schema", "table", "column"}},
        {"convert-uppercase", {"schema", "table", "column"}},
        {"add-prefix", {"schema", "table", "column"}},
        {"remove-prefix", {"schema", "table", "column"}},
        {"replace-prefix", {"schema", "table", "column"}},
        {"add-suffix", {"schema", "table", "column"}},
        {"remove-suffix", {"schema", "table", "column"}},
        {"replace-suffix", {"schema", "table", "column"}},
        {"define-primary-key", {"table"}},
    };
    static const std::map<std::string, std::vector<const char *>> needs = {
        {"rename", {"value"}},
        {"add-prefix", {"value"}},
        {"remove-prefix", {"value"}},
        {"replace-prefix", {"value", "old-value"}},
        {"add-suffix", {"value"}},
        {"remove-suffix", {"value"}},
        {"replace-suffix", {"value", "old-value"}},
        {"add-column", {"value", "data-type"}},
        {"change-data-type", {"data-type"}},
        {"define-primary-key", {"primary-key-def"}},
        {"add-before-image-columns", {"before-image-def"}},
    };
    bool ok = true;
    const std::string action = childText(rule, "rule-action");
    const std::string target = childText(rule, "rule-target");
    const auto allowed = targets.find(action);
    const std::vector<std::string> columnOnly = {"column"};
    const std::vector<std::string> &allowedTargets = allowed != targets.end() ? allowed->second
                                                                               : columnOnly;
    if (std::find(allowedTargets.begin(), allowedTargets.end(), target) == allowedTargets.end()) {
        sink.error(rule.entry("rule-target")->value.mark, childPath(path, "rule-target"),
                   EngineTr::tr("The rule-action '%1' does not apply to rule-target '%2'.")
                       .arg(QString::fromStdString(action), QString::fromStdString(target)),
                   EngineTr::tr("Use rule-target: %1.").arg(listOf(allowedTargets)));
        ok = false;
    }
    if (auto need = needs.find(action); need != needs.end()) {
        for (const char *key : need->second) {
            const SourceNode *value = child(rule, key);
            if (!value || value->isNull()) {
                sink.error(rule.mark, childPath(path, key),
                           EngineTr::tr("The rule-action '%1' needs the key '%2'.")
                               .arg(QString::fromStdString(action), QString::fromLatin1(key)));
                ok = false;
            }
        }
    }
    const SourceEntry *locator = rule.entry("object-locator");
    const std::string locatorPath = childPath(path, "object-locator");
    if (target == "table" || target == "column") {
        if (!locator->value.entry("table-name")) {
            sink.error(locator->value.mark, childPath(locatorPath, "table-name"),
                       EngineTr::tr("The object-locator needs 'table-name' for rule-target "
                                    "'%1'.")
                           .arg(QString::fromStdString(target)));
            ok = false;
        }
    }
    if (target == "column" && action != "add-column" && action != "add-before-image-columns"
        && !locator->value.entry("column-name")) {
        sink.error(locator->value.mark, childPath(locatorPath, "column-name"),
                   EngineTr::tr("The object-locator needs 'column-name' for rule-target "
                                "'column'."));
        ok = false;
    }
    if (action == "define-primary-key") {
        for (const char *key : {"schema-name", "table-name"}) {
            const SourceNode *name = child(locator->value, key);
            if (name && name->text.find('%') != std::string::npos) {
                sink.error(name->mark, childPath(locatorPath, key),
                           EngineTr::tr("define-primary-key needs exact names, not "
                                        "wildcards."));
                ok = false;
            }
        }
    }
    return ok;
}

bool checkTableSettings(const SourceNode &rule, const std::string &path, IssueSink &sink)
{
    bool ok = true;
    const SourceNode *locator = child(rule, "object-locator");
    for (const char *key : {"schema-name", "table-name"}) {
        const SourceNode *name = child(*locator, key);
        if (name && name->text.find('%') != std::string::npos) {
            sink.error(name->mark, childPath(childPath(path, "object-locator"), key),
                       EngineTr::tr("Exact schema and table name required when using table "
                                    "settings rule."),
                       EngineTr::tr("Write one table-settings rule per table, without %."));
            ok = false;
        }
    }
    const SourceEntry *parallel = rule.entry("parallel-load");
    if (!parallel)
        return ok;
    const std::string parallelPath = childPath(path, "parallel-load");
    const std::string type = childText(parallel->value, "type");
    if (type == "ranges") {
        const SourceNode *columns = child(parallel->value, "columns");
        const SourceNode *boundaries = child(parallel->value, "boundaries");
        if (!columns || columns->items.empty() || !boundaries) {
            sink.error(parallel->value.mark, parallelPath,
                       EngineTr::tr("Parallel load by ranges needs 'columns' and "
                                    "'boundaries'."));
            return false;
        }
        if (columns->items.size() > 10) {
            sink.error(columns->mark, childPath(parallelPath, "columns"),
                       EngineTr::tr("Parallel load by ranges allows at most 10 columns."));
            ok = false;
        }
        for (size_t i = 0; i < boundaries->items.size(); ++i) {
            const SourceNode &boundary = boundaries->items[i];
            if (boundary.items.size() != columns->items.size()) {
                sink.error(boundary.mark, itemPath(childPath(parallelPath, "boundaries"), i),
                           EngineTr::tr("A boundary has %1 values but there are %2 columns.")
                               .arg(boundary.items.size())
                               .arg(columns->items.size()),
                           EngineTr::tr("Give one value per column in every boundary."));
                ok = false;
            }
        }
    } else if (type == "partitions-list" && !child(parallel->value, "partitions")) {
        sink.error(parallel->value.mark, parallelPath,
                   EngineTr::tr("Parallel load by partitions-list needs 'partitions'."));
        ok = false;
    }
    return ok;
}

bool validateRule(const SourceNode &rule, const std::string &path, IssueSink &sink)
{
    if (!rule.isMap()) {
        sink.error(rule.mark, path,
                   EngineTr::tr("Expected a rule (a mapping), found %1.").arg(describeNode(rule)));
        return false;
    }
    const SourceEntry *typeEntry = rule.entry("rule-type");
    if (!typeEntry) {
        sink.error(rule.mark, childPath(path, "rule-type"),
                   EngineTr::tr("The rule has no rule-type."),
                   EngineTr::tr("Add rule-type: %1.").arg(listOf(ruleTypes())));
        return false;
    }
    const SourceNode &type = typeEntry->value;
    const auto &types = ruleTypes();
    if (type.kind != Value::Kind::String
        || std::find(types.begin(), types.end(), type.text) == types.end()) {
        sink.error(type.mark, childPath(path, "rule-type"),
                   type.kind == Value::Kind::String
                       ? EngineTr::tr("Unknown rule-type '%1'.").arg(quoted(type.text))
                       : EngineTr::tr("Expected a rule-type, found %1.").arg(describeNode(type)),
                   suggestionHint(type.text, types));
        return false;
    }
    if (!validateNode(rule, *ruleSpec(type.text), path, sink))
        return false;
    if (type.text == "selection")
        return checkSelection(rule, path, sink);
    if (type.text == "transformation")
        return checkTransformation(rule, path, sink);
    if (type.text == "table-settings")
        return checkTableSettings(rule, path, sink);
    return true;
}

// Task settings ------------------------------------------------------------------------------

/// TargetMetadata: target schema, LOB modes, parallel load and apply.
SpecPtr targetMetadataSpec()
{
    const auto count = integer(0);
    return settingsGroup({{"TargetSchema", str()},
                          {"SupportLobs", boolean()},
                          {"FullLobMode", boolean()},
                          {"LobChunkSize", count},
                          {"LimitedSizeLobMode", boolean()},
                          {"LobMaxSize", count},
                          {"InlineLobMaxSize", integer(0, 102400)},
                          // A DMS PostgreSQL/Oracle source endpoint setting; Ferry takes it
                          // here, next to the LOB mode, for every source.
                          {"FailTasksOnLobTruncation", boolean()},
                          {"LoadMaxFileSize", integer(0, 100000)},
                          {"ParallelLoadThreads", count},
                          {"ParallelLoadBufferSize", integer(0, 1000)},
                          {"ParallelLoadQueuesPerThread", count},
                          {"ParallelApplyThreads", count},
                          {"ParallelApplyBufferSize", count},
                          {"ParallelApplyQueuesPerThread", count},
                          {"BatchApplyEnabled", boolean()},
                          {"TaskRecoveryTableEnabled", boolean()}});
}

/// FullLoadSettings.
SpecPtr fullLoadSpec()
{
    const auto count = integer(0);
    return settingsGroup(
        {{"TargetTablePrepMode", oneOf({"DROP_AND_CREATE", "DO_NOTHING", "TRUNCATE_BEFORE_LOAD"})},
         {"CreatePkAfterFullLoad", boolean()},
         {"StopTaskCachedChangesApplied", boolean()},
         {"StopTaskCachedChangesNotApplied", boolean()},
         {"MaxFullLoadSubTasks", integer(1, 49)},
         {"TransactionConsistencyTimeout", count},
         {"CommitRate", integer(1, 50000)}});
}

/// Logging, with its LogComponents list.
SpecPtr loggingSpec()
{
    const auto severity = oneOf({"LOGGER_SEVERITY_ERROR", "LOGGER_SEVERITY_WARNING",
                                 "LOGGER_SEVERITY_INFO", "LOGGER_SEVERITY_DEFAULT",
                                 "LOGGER_SEVERITY_DEBUG", "LOGGER_SEVERITY_DETAILED_DEBUG"});
    const auto logComponent = mapOf({{"Id", str(), true}, {"Severity", severity}});
    return settingsGroup({{"EnableLogging", boolean()},
                          {"EnableLogContext", boolean()},
                          {"LogComponents", listOf(logComponent)},
                          {"CloudWatchLogGroup", str()},
                          {"CloudWatchLogStream", str()},
                          {"DeleteTaskLogs", boolean()}});
}

/// ErrorBehavior: data, table and apply error policies.
SpecPtr errorBehaviorSpec()
{
    const auto count = integer(0);
    const auto recordPolicy = oneOf({"IGNORE_RECORD", "LOG_ERROR", "SUSPEND_TABLE", "STOP_TASK"});
    const auto tablePolicy = oneOf({"SUSPEND_TABLE", "STOP_TASK"});
    return settingsGroup(
        {{"DataErrorPolicy", recordPolicy},
         {"DataTruncationErrorPolicy", recordPolicy},
         {"DataMaskingErrorPolicy", recordPolicy},
         {"DataErrorEscalationPolicy", tablePolicy},
         {"DataErrorEscalationCount", count},
         {"EventErrorPolicy", oneOf({"IGNORE", "STOP_TASK"})},
         {"TableErrorPolicy", tablePolicy},
         {"TableErrorEscalationPolicy", oneOf({"STOP_TASK"})},
         {"TableErrorEscalationCount", count},
         {"RecoverableErrorCount", integer(-1)},
         {"RecoverableErrorInterval", count},
         {"RecoverableErrorThrottling", boolean()},
         {"RecoverableErrorThrottlingMax", count},
         {"RecoverableErrorStopRetryAfterThrottlingMax", boolean()},
         {"ApplyErrorDeletePolicy", recordPolicy},
         {"ApplyErrorInsertPolicy",
          oneOf({"IGNORE_RECORD", "LOG_ERROR", "SUSPEND_TABLE", "STOP_TASK", "INSERT_RECORD"})},
         {"ApplyErrorUpdatePolicy",
          oneOf({"IGNORE_RECORD", "LOG_ERROR", "SUSPEND_TABLE", "STOP_TASK", "UPDATE_RECORD"})},
         {"ApplyErrorEscalationPolicy", oneOf({"LOG_ERROR", "SUSPEND_TABLE", "STOP_TASK"})},
         {"ApplyErrorEscalationCount", count},
         {"ApplyErrorFailOnTruncationDdl", boolean()},
         {"FullLoadIgnoreConflicts", boolean()},
         {"FailOnTransactionConsistencyBreached", boolean()},
         {"FailOnNoTablesCaptured", boolean()}});
}

/// ChangeProcessingTuning.
SpecPtr changeTuningSpec()
{
    const auto count = integer(0);
    return settingsGroup({{"BatchApplyPreserveTransaction", boolean()},
                          {"BatchApplyTimeoutMin", count},
                          {"BatchApplyTimeoutMax", count},
                          {"BatchApplyMemoryLimit", count},
                          {"BatchSplitSize", count},
                          {"MinTransactionSize", count},
                          {"CommitTimeout", count},
                          {"MemoryLimitTotal", count},
                          {"MemoryKeepTime", count},
                          {"StatementCacheSize", integer(0, 200)}});
}

/// ValidationSettings.
SpecPtr validationSpec()
{
    const auto count = integer(0);
    return settingsGroup({{"EnableValidation", boolean()},
                          {"ValidationMode", oneOf({"ROW_LEVEL"})},
                          {"ThreadCount", integer(1)},
                          {"PartitionSize", integer(1)},
                          {"FailureMaxCount", count},
                          {"TableFailureMaxCount", count},
                          {"RecordFailureDelayInMinutes", count},
                          {"RecordFailureDelayLimitInMinutes", count},
                          {"RecordSuspendDelayInMinutes", count},
                          {"MaxKeyColumnSize", count},
                          {"ValidationOnly", boolean()},
                          {"HandleCollationDiff", boolean()},
                          {"SkipLobColumns", boolean()},
                          {"ValidationPartialLobSize", count},
                          {"ValidationQueryCdcDelaySeconds", count}});
}

SpecPtr settingsSpec()
{
    static const SpecPtr spec = [] {
        return mapOf({
            {"TargetMetadata", targetMetadataSpec()},
            {"FullLoadSettings", fullLoadSpec()},
            {"Logging", loggingSpec()},
            {"ControlTablesSettings",
             settingsGroup({{"ControlSchema", str()},
                            {"HistoryTimeslotInMinutes", integer(1)},
                            {"HistoryTableEnabled", boolean()},
                            {"SuspendedTablesTableEnabled", boolean()},
                            {"StatusTableEnabled", boolean()},
                            {"FullLoadExceptionTableEnabled", boolean()}})},
            {"StreamBufferSettings",
             settingsGroup({{"StreamBufferCount", integer(1)},
                            {"StreamBufferSizeInMB", integer(1)},
                            {"CtrlStreamBufferSizeInMB", integer(1, 8)}})},
            {"ErrorBehavior", errorBehaviorSpec()},
            {"ChangeProcessingDdlHandlingPolicy",
             settingsGroup({{"HandleSourceTableDropped", boolean()},
                            {"HandleSourceTableTruncated", boolean()},
                            {"HandleSourceTableAltered", boolean()}})},
            {"ChangeProcessingTuning", changeTuningSpec()},
            {"ValidationSettings", validationSpec()},
            // Ferry's own settings (not in DMS): rows per slice for parallel load and resume.
            {"Ferry", settingsGroup({{"SliceRows", integer(0)}})},
            {"BeforeImageSettings",
             settingsGroup({{"EnableBeforeImage", boolean()},
                            {"FieldName", str()},
                            {"ColumnFilter", oneOf({"pk-only", "non-lob", "all"})}})},
            {"CharacterSetSettings",
             settingsGroup({{"CharacterReplacements",
                             listOf(mapOf({{"SourceCharacterCodePoint", integer(0), true},
                                           {"TargetCharacterCodePoint", integer(0), true}}))},
                            {"CharacterSetSupport",
                             mapOf({{"CharacterSet", str()},
                                    {"ReplaceWithCharacterCodePoint", integer(0)}})}})},
            {"LoopbackPreventionSettings",
             settingsGroup({{"EnableLoopbackPrevention", boolean()},
                            {"SourceSchema", str()},
                            {"TargetSchema", str()}})},
            {"PostProcessingRules", any()},
            {"TTSettings", any()},
            {"FailTaskWhenCleanTaskResourceFailed", nullable(boolean())},
        });
    }();
    return spec;
}

void checkLogComponents(const SourceNode &settings, const std::string &path, IssueSink &sink)
{
    static const std::vector<std::string> components = {
        "FILE_FACTORY",   "METADATA_MANAGER", "SORTER",         "SOURCE_CAPTURE",
        "SOURCE_UNLOAD",  "TABLES_MANAGER",   "TARGET_APPLY",   "TARGET_LOAD",
        "TASK_MANAGER",   "TRANSFORMATION",   "VALIDATOR",      "VALIDATOR_EXT",
        "COMMON",         "ADDONS",           "DATA_STRUCTURE", "COMMUNICATION",
        "FILE_TRANSFER",  "IO",               "PERFORMANCE",    "REST_SERVER"};
    const SourceNode *logging = child(settings, "Logging");
    const SourceNode *list = logging ? child(*logging, "LogComponents") : nullptr;
    if (!list)
        return;
    const std::string listPath = childPath(childPath(path, "Logging"), "LogComponents");
    for (size_t i = 0; i < list->items.size(); ++i) {
        const SourceNode *componentId = child(list->items[i], "Id");
        if (!componentId || componentId->kind != Value::Kind::String)
            continue;
        if (std::find(components.begin(), components.end(), componentId->text)
            == components.end()) {
            sink.warning(componentId->mark, childPath(itemPath(listPath, i), "Id"),
                         EngineTr::tr("Unknown log component '%1'; Ferry ignores it.")
                             .arg(quoted(componentId->text)),
                         suggestionHint(componentId->text, components, false));
        }
    }
}

} // namespace

bool validateMappingRules(const SourceNode &rules, const std::string &path, IssueSink &sink)
{
    if (!rules.isList()) {
        sink.error(rules.mark, path,
                   EngineTr::tr("Expected a list of rules, found %1.").arg(describeNode(rules)),
                   EngineTr::tr("Write each rule as a list item starting with '- rule-type:'."));
        return false;
    }
    bool ok = true;
    std::map<std::string, Mark> ids;
    std::map<std::string, std::string> names;
    bool includes = false;
    for (size_t i = 0; i < rules.items.size(); ++i) {
        const SourceNode &rule = rules.items[i];
        const std::string path_ = itemPath(path, i);
        if (!validateRule(rule, path_, sink)) {
            ok = false;
            continue;
        }
        const SourceEntry *idEntry = rule.entry("rule-id");
        const std::string ruleId = idEntry->value.text;
        if (auto seen = ids.find(ruleId); seen != ids.end()) {
            sink.error(idEntry->value.mark, childPath(path_, "rule-id"),
                       EngineTr::tr("The rule-id '%1' is already used by another rule.")
                           .arg(quoted(ruleId)),
                       EngineTr::tr("Its first use is on line %1; give each rule its own "
                                    "rule-id.")
                           .arg(seen->second.line));
            ok = false;
        } else {
            ids[ruleId] = idEntry->value.mark;
        }
        const SourceEntry *nameEntry = rule.entry("rule-name");
        const std::string ruleName = nameEntry->value.text;
        if (auto seen = names.find(ruleName); seen != names.end() && seen->second != ruleId) {
            sink.warning(nameEntry->value.mark, childPath(path_, "rule-name"),
                         EngineTr::tr("The rule-name '%1' is also used by rule-id '%2'.")
                             .arg(quoted(ruleName), quoted(seen->second)),
                         EngineTr::tr("Unique rule names make logs easier to read."));
        } else {
            names.emplace(ruleName, ruleId);
        }
        if (childText(rule, "rule-type") == "selection"
            && childText(rule, "rule-action") == "include")
            includes = true;
    }
    if (ok && !includes) {
        sink.warning(rules.mark, path,
                     EngineTr::tr("No selection rule includes any table, so a task with this "
                                  "mapping migrates nothing."),
                     EngineTr::tr("Add a selection rule with rule-action: include."));
    }
    return ok;
}

bool validateTaskSettings(const SourceNode &settings, const std::string &path, IssueSink &sink,
                          SettingsMode mode)
{
    if (settings.isNull())
        return true;
    const bool previous = sink.unknownKeysAreWarnings();
    sink.setUnknownKeysAreWarnings(mode == SettingsMode::Lenient);
    const bool ok = validateNode(settings, *settingsSpec(), path, sink);
    sink.setUnknownKeysAreWarnings(previous);
    if (ok)
        checkLogComponents(settings, path, sink);
    return ok;
}

} // namespace ferry::project::detail
