// SPDX-License-Identifier: MIT
#include "models/mapping/selection_rules.h"

#include "engine/connectors/connector.h"
#include "engine/mapping/mapping_plan.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

namespace ferry::models {

using project::MappingRule;
using project::Value;

namespace {

constexpr std::string_view Wildcards = "%_[";

/// Code points in UTF-8 text (`_` matches one code point, so only names of the same count can
/// match a pattern whose only wildcard is `_`).
size_t codePoints(std::string_view text)
{
    return size_t(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string escaped(const std::string &name)
{
    std::string out;
    out.reserve(name.size() + 8);
    for (char c : name) {
        if (c == '_' || c == '[' || c == '%') {
            out += '[';
            out += c;
            out += ']';
        } else {
            out += c;
        }
    }
    return out;
}

/// exactPattern over one fixed list of names, with the names grouped by length so that a
/// schema of 10,000 tables does not compare every name with every other.
class PatternWriter
{
public:
    explicit PatternWriter(std::vector<std::string> names) : m_names(std::move(names))
    {
        for (size_t i = 0; i < m_names.size(); ++i)
            m_byLength[codePoints(m_names[i])].push_back(i);
    }

    std::string pattern(const std::string &name) const
    {
        if (name.find_first_of(Wildcards) == std::string::npos)
            return name;
        if (isExact(name, name))
            return name;
        return escaped(name);
    }

private:
    bool isExact(const std::string &pattern, const std::string &name) const
    {
        if (!mapping::matchesPattern(pattern, name))
            return false;
        const bool onlyOne = pattern.find_first_of("%[") == std::string::npos;
        const auto check = [&](size_t i) {
            return m_names[i] == name || !mapping::matchesPattern(pattern, m_names[i]);
        };
        if (onlyOne) {
            auto it = m_byLength.find(codePoints(pattern));
            if (it == m_byLength.end())
                return true;
            return std::all_of(it->second.begin(), it->second.end(), check);
        }
        for (size_t i = 0; i < m_names.size(); ++i) {
            if (!check(i))
                return false;
        }
        return true;
    }

    std::vector<std::string> m_names;
    std::unordered_map<size_t, std::vector<size_t>> m_byLength;
};

bool isSelection(const MappingRule &rule) { return rule.ruleType() == "selection"; }

const Value *nonEmptyFilters(const MappingRule &rule)
{
    const Value *filters = rule.fields.find("filters");
    if (!filters || !filters->isList() || filters->items().empty())
        return nullptr;
    return filters;
}

/// Filters (and load-order) that belonged to one table in the previous rules.
struct KeptFilters
{
    Value::List filters;
    std::optional<Value> loadOrder;
};

using TableKey = std::pair<int, int>;

std::map<TableKey, KeptFilters> keptFilters(const Catalog &catalog,
                                            const std::vector<MappingRule> &previous)
{
    std::map<TableKey, KeptFilters> kept;
    for (const MappingRule &rule : previous) {
        if (!isSelection(rule) || rule.ruleAction() != "include")
            continue;
        const Value *filters = nonEmptyFilters(rule);
        if (!filters)
            continue;
        const std::string schemaPattern = rule.locator("schema-name");
        const std::string tablePattern = rule.locator("table-name");
        for (size_t s = 0; s < catalog.schemas.size(); ++s) {
            const Schema &schema = catalog.schemas[s];
            if (schema.name != schemaPattern
                && !mapping::matchesPattern(schemaPattern, schema.name))
                continue;
            for (size_t t = 0; t < schema.tables.size(); ++t) {
                if (!mapping::matchesPattern(tablePattern, schema.tables[t].name))
                    continue;
                KeptFilters &entry = kept[{int(s), int(t)}];
                for (const Value &filter : filters->items())
                    entry.filters.push_back(filter);
                if (const Value *order = rule.fields.find("load-order"); order && !order->isNull())
                    entry.loadOrder = *order;
            }
        }
    }
    return kept;
}

std::vector<std::string> schemaNames(const Catalog &catalog)
{
    std::vector<std::string> names;
    names.reserve(catalog.schemas.size());
    for (const Schema &schema : catalog.schemas)
        names.push_back(schema.name);
    return names;
}

/// The rules for one schema (see selectionRulesFor).
std::vector<MappingRule> schemaRules(const Catalog &catalog, int schemaIndex,
                                     const std::vector<char> &checked,
                                     const std::map<TableKey, KeptFilters> &kept,
                                     const PatternWriter &schemaPatterns)
{
    const Schema &schema = catalog.schemas[size_t(schemaIndex)];
    std::vector<int> on;
    std::vector<int> off;
    std::vector<int> filtered;
    for (size_t t = 0; t < schema.tables.size(); ++t) {
        const bool isChecked = t < checked.size() && checked[t];
        (isChecked ? on : off).push_back(int(t));
        if (isChecked && kept.contains({schemaIndex, int(t)}))
            filtered.push_back(int(t));
    }
    std::vector<MappingRule> rules;
    if (on.empty())
        return rules;

    std::vector<std::string> tableNames;
    tableNames.reserve(schema.tables.size());
    for (const Table &table : schema.tables)
        tableNames.push_back(table.name);
    const PatternWriter tablePatterns(std::move(tableNames));
    const std::string schemaPattern = schemaPatterns.pattern(schema.name);

    const auto filteredRule = [&](int t) {
        MappingRule rule = selectionRule("include", schemaPattern,
                                         tablePatterns.pattern(schema.tables[size_t(t)].name));
        const KeptFilters &filters = kept.at({schemaIndex, t});
        rule.fields.set("filters", Value::list(filters.filters));
        if (filters.loadOrder)
            rule.fields.set("load-order", *filters.loadOrder);
        return rule;
    };
    const auto isFiltered
        = [&](int t) { return std::binary_search(filtered.begin(), filtered.end(), t); };

    const size_t oneByOne = on.size() - filtered.size();
    const size_t allButSome = 1 + off.size();
    if (off.empty() || oneByOne > allButSome) {
        rules.push_back(selectionRule("include", schemaPattern, "%"));
        for (int t : off)
            rules.push_back(selectionRule("exclude", schemaPattern,
                                          tablePatterns.pattern(schema.tables[size_t(t)].name)));
        for (int t : filtered)
            rules.push_back(filteredRule(t));
        return rules;
    }
    for (int t : on) {
        if (isFiltered(t))
            rules.push_back(filteredRule(t));
        else
            rules.push_back(selectionRule("include", schemaPattern,
                                          tablePatterns.pattern(schema.tables[size_t(t)].name)));
    }
    return rules;
}

bool isDigits(const std::string &text)
{
    return !text.empty()
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

Result<TableSelection> evaluateSelection(const Catalog &catalog,
                                         const std::vector<MappingRule> &selectionRules)
{
    std::vector<MappingRule> rules;
    rules.reserve(selectionRules.size());
    for (const MappingRule &rule : selectionRules) {
        if (!isSelection(rule))
            continue;
        MappingRule plain = rule;
        plain.fields.remove("filters");
        rules.push_back(std::move(plain));
    }
    const project::TableMapping mapping = numberedMapping(rules);
    // Schemas stay apart on a PostgreSQL target, so two selected tables never collide.
    mapping::PlanOptions options;
    options.targetDialect = Dialect::PostgreSql;
    options.targetDefaultSchema = connectorFor(Dialect::PostgreSql).identifierRules().defaultSchema;
    auto plan = mapping::planMapping(catalog, rules.empty() ? nullptr : &mapping, options);
    if (!plan)
        return plan.error();

    TableSelection selection(catalog.schemas.size());
    std::unordered_map<std::string_view, size_t> schemaIndex;
    for (size_t s = 0; s < catalog.schemas.size(); ++s) {
        selection[s].assign(catalog.schemas[s].tables.size(), 0);
        schemaIndex.emplace(catalog.schemas[s].name, s);
    }
    std::vector<std::unordered_map<std::string_view, size_t>> tableIndex(catalog.schemas.size());
    for (const mapping::TablePlan &table : plan->tables) {
        const auto s = schemaIndex.find(table.sourceSchema);
        if (s == schemaIndex.end())
            continue;
        auto &tables = tableIndex[s->second];
        if (tables.empty()) {
            const Schema &schema = catalog.schemas[s->second];
            for (size_t t = 0; t < schema.tables.size(); ++t)
                tables.emplace(schema.tables[t].name, t);
        }
        if (const auto t = tables.find(table.sourceTable); t != tables.end())
            selection[s->second][t->second] = 1;
    }
    return selection;
}

std::string exactPattern(const std::string &name, const std::vector<std::string> &others)
{
    return PatternWriter(others).pattern(name);
}

MappingRule selectionRule(const std::string &action, const std::string &schemaPattern,
                          const std::string &tablePattern)
{
    MappingRule rule;
    rule.fields = Value::map({
        {"rule-type", Value::string("selection")},
        {"rule-id", Value::string("")},
        {"rule-name", Value::string("")},
        {"object-locator",
         Value::map({{"schema-name", Value::string(schemaPattern)},
                     {"table-name", Value::string(tablePattern)}})},
        {"rule-action", Value::string(action)},
    });
    if (action == "include")
        rule.fields.set("filters", Value::list());
    return rule;
}

int exactSchemaIndex(const Catalog &catalog, const MappingRule &rule)
{
    const std::string name = rule.locator("schema-name");
    int found = -1;
    for (size_t s = 0; s < catalog.schemas.size(); ++s) {
        const std::string &schema = catalog.schemas[s].name;
        if (schema == name)
            found = int(s);
        else if (mapping::matchesPattern(name, schema))
            return -1;
    }
    return found;
}

std::vector<MappingRule> selectionRulesFor(const Catalog &catalog, const TableSelection &checked,
                                           const std::vector<MappingRule> &previous,
                                           const std::vector<int> &changedSchemas)
{
    const auto kept = keptFilters(catalog, previous);
    const PatternWriter schemaPatterns(schemaNames(catalog));
    static const std::vector<char> none;
    const auto rulesOf = [&](int s) {
        return schemaRules(catalog, s, size_t(s) < checked.size() ? checked[size_t(s)] : none, kept,
                           schemaPatterns);
    };

    // No previous rules is the default mapping (everything): every schema needs its rules.
    bool partial = !changedSchemas.empty() && !previous.empty();
    std::vector<int> ruleSchema;
    for (const MappingRule &rule : previous) {
        const int s = exactSchemaIndex(catalog, rule);
        ruleSchema.push_back(s);
        if (s < 0)
            partial = false;
    }

    std::vector<MappingRule> rules;
    if (!partial) {
        for (size_t s = 0; s < catalog.schemas.size(); ++s) {
            auto schema = rulesOf(int(s));
            rules.insert(rules.end(), schema.begin(), schema.end());
        }
        return rules;
    }
    const std::set<int> changed(changedSchemas.begin(), changedSchemas.end());
    std::set<int> written;
    for (size_t i = 0; i < previous.size(); ++i) {
        const int s = ruleSchema[i];
        if (!changed.contains(s)) {
            rules.push_back(previous[i]);
            continue;
        }
        if (!written.insert(s).second)
            continue;
        auto schema = rulesOf(s);
        rules.insert(rules.end(), schema.begin(), schema.end());
    }
    for (int s : changed) {
        if (s < 0 || size_t(s) >= catalog.schemas.size() || written.contains(s))
            continue;
        auto schema = rulesOf(s);
        rules.insert(rules.end(), schema.begin(), schema.end());
    }
    return rules;
}

project::TableMapping numberedMapping(const std::vector<MappingRule> &rules)
{
    project::TableMapping mapping;
    mapping.rules.reserve(rules.size());
    for (size_t i = 0; i < rules.size(); ++i) {
        MappingRule rule = rules[i];
        const std::string id = std::to_string(i + 1);
        const std::string name = rule.ruleName();
        if (!rule.fields.isMap())
            rule.fields = Value::map();
        auto &entries = rule.fields.entries();
        const auto position = [&](std::string_view key) {
            return std::find_if(entries.begin(), entries.end(),
                                [&](const Value::Entry &entry) { return entry.first == key; });
        };
        if (auto it = position("rule-id"); it != entries.end()) {
            it->second = Value::string(id);
        } else {
            auto after = position("rule-type");
            entries.insert(after == entries.end() ? entries.begin() : after + 1,
                           {"rule-id", Value::string(id)});
        }
        const std::string newName = name.empty() || isDigits(name) ? id : name;
        if (auto it = position("rule-name"); it != entries.end()) {
            it->second = Value::string(newName);
        } else {
            entries.insert(position("rule-id") + 1, {"rule-name", Value::string(newName)});
        }
        mapping.rules.push_back(std::move(rule));
    }
    return mapping;
}

} // namespace ferry::models
