// SPDX-License-Identifier: MIT
#include "engine/mapping/mapping_plan.h"

#include "engine/core/tr.h"
#include "engine/mapping/dms_data_type.h"
#include "engine/mapping/mapping_rules.h"
#include "engine/mapping/target_names.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <cctype>
#include <climits>
#include <functional>
#include <map>
#include <set>

namespace ferry::mapping {

/*
 * How the rules apply (AWS DMS semantics; ../shared/reference/dms-sct-behaviour.md §2-§3).
 *
 * Selection (§2.3, §2.4): a table is loaded when at least one include or explicit rule matches
 * it and no exclude rule does, whatever the order of the rules: exclude always wins, also over
 * explicit. (The reference states no precedence; this is the reading that fits its examples
 * and the DMS user guide's "Migrate some tables in a schema": include Test.% then exclude
 * Test.DMS%.) Filters only on include rules, only with an exact table-name (§2.5). Object
 * locators name source objects and are case-sensitive; `%`, `_` and `[...]` are wildcards
 * (matchesPattern), except in explicit rules, which name one table exactly. A `%` never
 * reaches a system schema (pg_catalog, mysql, ...); naming it exactly does. When several
 * include rules match one table, all their filters apply (AND, with a warning) and the highest
 * load-order wins; selectionRuleId is the first of them. Views (table-type view/all) are
 * matched but not loaded yet: a warning lists them.
 *
 * Transformations (§2.6 "Rules & limitations"): AWS DMS applies one transformation action per
 * object, the lowest rule-id first. Rules are ordered by numeric rule-id (then document
 * order); per object and kind of action the first matching rule applies and every later
 * matching rule is reported as not applied. The kinds are: the name of a schema, of a table,
 * of a column (rename, convert-*, *-prefix, *-suffix); whether a column stays
 * (remove-column, include-column); a column's type (change-data-type); a table's key
 * (define-primary-key). add-column rules all apply, in rule order, after the source columns.
 * include-column: once any include-column rule matches a table, only the columns an
 * include-column rule matches stay.
 *
 * Names: source schemas become target schemas (MySQL database <-> PostgreSQL schema); the
 * SQLite schema "main" becomes options.targetDefaultSchema; a non-empty options.targetSchema
 * (TargetMetadata.TargetSchema) replaces both. Schema transformations then apply to that
 * name, and a schema `rename` wins over TargetSchema (§3.2 "rename rule wins"). An SQLite
 * target has no schemas (""). ${schema-name}, ${table-name} and ${column-name} in a rename
 * value stand for the source names of the renamed object.
 *
 * Accepted without effect, with a warning: add-before-image-columns (CDC only), tablespace
 * renames (Oracle targets), object-mapping (DynamoDB) and validation rules. Data masking is an
 * error: loading the column unmasked would silently defeat the rule.
 */

using namespace detail;

namespace {

std::string qualified(const std::string &schema, const std::string &name)
{
    return schema.empty() ? name : schema + "." + name;
}

/// Whether a change-data-type rule makes a character or binary column hold fewer characters
/// (bytes) than the source allows: longer values will be rejected on the target.
bool narrows(const CanonicalType &from, const CanonicalType &to)
{
    const auto text = [](TypeFamily family) {
        return family == TypeFamily::Char || family == TypeFamily::String;
    };
    const auto bytes = [](TypeFamily family) {
        return family == TypeFamily::Binary || family == TypeFamily::VarBinary;
    };
    const bool alike
        = (text(from.family) && text(to.family)) || (bytes(from.family) && bytes(to.family));
    return alike && to.length > 0 && (from.length < 0 || from.length > to.length);
}

/// A rule's type as DMS names it, with its length: "string(4)".
std::string dmsTypeText(const CanonicalType &type)
{
    const std::vector<std::string> names = dmsTypeNames(type);
    const QString name = names.empty() ? QStringLiteral("?") : qs(names.front());
    if (type.length <= 0)
        return name.toStdString();
    return QStringLiteral("%1(%2)").arg(name).arg(type.length).toStdString();
}

std::string lowerCase(const std::string &text)
{
    return QString::fromStdString(text).toLower().toStdString();
}

std::string upperCase(const std::string &text)
{
    return QString::fromStdString(text).toUpper().toStdString();
}

/// "a, b, c, d, e, 3 more": the first five of total items (items may hold only the first few).
QString joined(const std::vector<std::string> &items, size_t total = 0)
{
    constexpr size_t Shown = 5;
    total = std::max(total, items.size());
    QStringList list;
    for (size_t i = 0; i < items.size() && i < Shown; ++i)
        list << qs(items[i]);
    if (total > Shown)
        list << EngineTr::tr("%n more", nullptr, int(total - Shown));
    return list.join(QStringLiteral(", "));
}

/// Schemas a `%` never selects (they hold the engine's own objects).
bool isSystemSchema(Dialect dialect, const std::string &name)
{
    const std::string lower = lowerCase(name);
    if (lower == "information_schema")
        return true;
    switch (dialect) {
    case Dialect::PostgreSql:
        return lower == "pg_catalog" || lower == "pg_toast" || lower.starts_with("pg_temp_")
            || lower.starts_with("pg_toast_temp_");
    case Dialect::MySql:
        return lower == "mysql" || lower == "performance_schema" || lower == "sys";
    default:
        return lower == "sys" || lower == "pg_catalog";
    }
}

/// Whether the column's type matches an object-locator `data-type`: a DMS type name ("int4",
/// "string"), or the native type ("varchar(20)" or "varchar"); case-insensitive, wildcards
/// allowed.
bool dataTypeMatches(const std::string &pattern, const Column &column)
{
    const std::string lowerPattern = lowerCase(pattern);
    for (const std::string &name : dmsTypeNames(column.type)) {
        if (matchesPattern(lowerPattern, name))
            return true;
    }
    const std::string native = lowerCase(column.nativeType);
    if (!native.empty() && matchesPattern(lowerPattern, native))
        return true;
    const size_t paren = native.find('(');
    if (paren != std::string::npos) {
        std::string base = native.substr(0, paren);
        while (!base.empty() && base.back() == ' ')
            base.pop_back();
        return matchesPattern(lowerPattern, base);
    }
    return false;
}

/// The `$NAME` column references of a DMS (SQLite-syntax) expression, outside string literals,
/// without the DMS header and metadata columns ($AR_H_*, $AR_M_*).
std::vector<std::string> expressionColumns(const std::string &expression)
{
    std::vector<std::string> names;
    bool inString = false;
    for (size_t i = 0; i < expression.size(); ++i) {
        const char c = expression[i];
        if (c == '\'') {
            inString = !inString;
            continue;
        }
        if (inString || c != '$')
            continue;
        size_t end = i + 1;
        while (end < expression.size()
               && (std::isalnum(static_cast<unsigned char>(expression[end]))
                   || expression[end] == '_'))
            ++end;
        std::string name = expression.substr(i + 1, end - i - 1);
        if (!name.empty() && !name.starts_with("AR_H_") && !name.starts_with("AR_M_"))
            names.push_back(std::move(name));
        i = end - 1;
    }
    return names;
}

std::string keyLabel(const std::string &name, const std::vector<std::string> &columns)
{
    if (!name.empty())
        return name;
    std::string label = "(";
    for (size_t i = 0; i < columns.size(); ++i)
        label += (i ? ", " : "") + columns[i];
    return label + ")";
}

std::vector<std::string> indexColumnNames(const Index &index)
{
    std::vector<std::string> names;
    for (const IndexColumn &column : index.columns)
        names.push_back(column.name.empty() ? column.expression : column.name);
    return names;
}

class Planner
{
public:
    Planner(const Catalog &catalog, const PlanOptions &options)
        : m_catalog(catalog), m_options(options), m_naming(namingRulesFor(options.targetDialect))
    {
    }

    void setRules(ParsedRules parsed)
    {
        m_hasRules = true;
        m_rules = std::move(parsed.rules);
        m_warnings = std::move(parsed.warnings);
        m_matches.assign(m_rules.size(), 0);
    }

    Result<MappingPlan> run()
    {
        if (auto selected = select(); !selected)
            return selected.error();
        for (const Selection &selection : m_selected) {
            auto table = buildTable(selection);
            if (!table)
                return table.error();
        }
        if (auto unique = checkTargetNames(); !unique)
            return unique.error();
        if (auto settings = applyTableSettings(); !settings)
            return settings.error();
        addForeignKeys();
        std::vector<std::string> notes;
        assignObjectNames(m_tables, m_naming, notes);
        reportRules();

        MappingPlan plan;
        plan.notes = std::move(notes);
        plan.tables = std::move(m_tables);
        std::stable_sort(plan.tables.begin(), plan.tables.end(),
                         [](const TablePlan &a, const TablePlan &b) {
                             if (a.loadOrder != b.loadOrder)
                                 return a.loadOrder > b.loadOrder;
                             if (a.sourceSchema != b.sourceSchema)
                                 return a.sourceSchema < b.sourceSchema;
                             return a.sourceTable < b.sourceTable;
                         });
        plan.warnings = std::move(m_warnings);
        return plan;
    }

private:
    struct Selection
    {
        const Schema *schema = nullptr;
        const Table *table = nullptr;
        std::string ruleId;
        std::vector<load::ColumnFilter> filters;
        int loadOrder = 0;
    };

    /// What building a table learnt that later steps (foreign keys) need.
    struct TableState
    {
        const Schema *schema = nullptr;
        const Table *table = nullptr;
        std::map<std::string, std::string> targetOf; ///< kept source column -> target name
        std::map<std::string, std::string> removedBy; ///< removed source column -> rule id
        std::vector<std::string> namingRules; ///< rules that named schema or table
    };

    /// Where a rule was not applied because a lower rule-id already was.
    struct Override
    {
        std::string winnerId; ///< the first winner seen
        std::vector<std::string> objects; ///< the first few objects, in order
        std::set<std::string> seen; ///< every object
    };

    // Matching ----------------------------------------------------------------------------

    bool schemaMatches(const std::string &pattern, const std::string &schema) const
    {
        if (pattern == schema)
            return true;
        return !isSystemSchema(m_catalog.dialect, schema) && matchesPattern(pattern, schema);
    }

    bool tableMatches(const Rule &rule, const std::string &schema, const std::string &table) const
    {
        if (!schemaMatches(rule.locator.schemaName, schema))
            return false;
        return !rule.locator.tableName || matchesPattern(*rule.locator.tableName, table);
    }

    bool columnMatches(const Rule &rule, const std::string &schema, const std::string &table,
                       const Column &column) const
    {
        if (!tableMatches(rule, schema, table))
            return false;
        if (rule.locator.columnName && !matchesPattern(*rule.locator.columnName, column.name))
            return false;
        return !rule.locator.dataType || dataTypeMatches(*rule.locator.dataType, column);
    }

    bool selects(const Rule &rule, const std::string &schema, const std::string &name,
                 bool isView) const
    {
        const std::string &type = rule.locator.tableType;
        if (type == "table" ? isView : type == "view" ? !isView : false)
            return false;
        if (rule.action == RuleAction::Explicit)
            return rule.locator.schemaName == schema && *rule.locator.tableName == name;
        return schemaMatches(rule.locator.schemaName, schema)
            && matchesPattern(*rule.locator.tableName, name);
    }

    /// The first rule (in application order) for which applies() holds; every other one is
    /// noted as not applied to object. Counts the matches of every rule.
    const Rule *pick(const std::function<bool(const Rule &)> &applies, const std::string &object)
    {
        const Rule *winner = nullptr;
        for (size_t i = 0; i < m_rules.size(); ++i) {
            const Rule &rule = m_rules[i];
            if (rule.type != RuleType::Transformation || !applies(rule))
                continue;
            ++m_matches[i];
            if (!winner) {
                winner = &rule;
                continue;
            }
            noteOverride(i, winner->id, object);
        }
        return winner;
    }

    // Selection ---------------------------------------------------------------------------

    Result<void> select()
    {
        std::map<size_t, std::vector<std::string>> views;
        for (const Schema &schema : m_catalog.schemas) {
            const bool system = isSystemSchema(m_catalog.dialect, schema.name);
            for (const Table &table : schema.tables) {
                if (!m_hasRules) {
                    if (!system)
                        m_selected.push_back({&schema, &table, {}, {}, 0});
                    continue;
                }
                Selection selection {&schema, &table, {}, {}, 0};
                bool included = false;
                bool excluded = false;
                std::vector<const Rule *> filtering;
                for (size_t i = 0; i < m_rules.size(); ++i) {
                    const Rule &rule = m_rules[i];
                    if (rule.type != RuleType::Selection
                        || !selects(rule, schema.name, table.name, false))
                        continue;
                    ++m_matches[i];
                    if (rule.action == RuleAction::Exclude) {
                        excluded = true;
                        continue;
                    }
                    if (!included)
                        selection.ruleId = rule.id;
                    included = true;
                    if (rule.loadOrder)
                        selection.loadOrder = std::max(
                            selection.loadOrder, int(std::min<int64_t>(*rule.loadOrder, INT_MAX)));
                    if (!rule.filters.empty())
                        filtering.push_back(&rule);
                }
                if (!included || excluded)
                    continue;
                std::vector<std::string> filteringIds;
                for (const Rule *rule : filtering) {
                    if (auto checked = checkFilters(*rule, schema, table); !checked)
                        return checked.error();
                    selection.filters.insert(selection.filters.end(), rule->filters.begin(),
                                             rule->filters.end());
                    filteringIds.push_back(rule->id);
                }
                if (filteringIds.size() > 1)
                    m_warnings.push_back(
                        EngineTr::tr("Rules %1 all filter table %2; Ferry applies all their "
                                     "filters (AND).")
                            .arg(joined(filteringIds, filteringIds.size()),
                                 qs(qualified(schema.name, table.name)))
                            .toStdString());
                m_selected.push_back(std::move(selection));
            }
            if (!m_hasRules)
                continue;
            for (const View &view : schema.views) {
                std::optional<size_t> includedBy;
                bool excluded = false;
                for (size_t i = 0; i < m_rules.size(); ++i) {
                    const Rule &rule = m_rules[i];
                    if (rule.type != RuleType::Selection
                        || !selects(rule, schema.name, view.name, true))
                        continue;
                    ++m_matches[i];
                    if (rule.action == RuleAction::Exclude)
                        excluded = true;
                    else if (!includedBy)
                        includedBy = i;
                }
                if (includedBy && !excluded)
                    views[*includedBy].push_back(qualified(schema.name, view.name));
            }
        }
        for (const auto &[index, names] : views)
            m_warnings.push_back(ruleWarning(
                m_rules[index].id,
                EngineTr::tr("selects %n view(s) (%1); Ferry loads tables only for now, so "
                             "they are skipped.",
                             nullptr, int(names.size()))
                    .arg(joined(names))));
        return {};
    }

    Result<void> checkFilters(const Rule &rule, const Schema &schema, const Table &table) const
    {
        for (const load::ColumnFilter &filter : rule.filters) {
            const Column *column = table.column(filter.column);
            if (!column)
                return ruleError(
                    rule.id,
                    EngineTr::tr("The filter names column '%1', which table %2 does "
                                 "not have.")
                        .arg(qs(filter.column), qs(qualified(schema.name, table.name))),
                    EngineTr::tr("Filter on a column of the source table; names are "
                                 "case-sensitive."));
            if (column->type.isLob)
                return ruleError(
                    rule.id,
                    EngineTr::tr("The filter names LOB column '%1' of table %2; "
                                 "source filters cannot test LOB columns.")
                        .arg(qs(filter.column), qs(qualified(schema.name, table.name))),
                    EngineTr::tr("Filter on another column."));
        }
        return {};
    }

    // Tables ------------------------------------------------------------------------------

    Result<std::string> applyNaming(const Rule &rule, const std::string &base,
                                    const std::string &schema, const std::string &table,
                                    const std::string &column, const std::string &object) const
    {
        std::string name = base;
        switch (rule.action) {
        case RuleAction::Rename:
            name = substituteVariables(rule.value, schema, table, column);
            break;
        case RuleAction::ConvertLowercase:
            name = lowerCase(base);
            break;
        case RuleAction::ConvertUppercase:
            name = upperCase(base);
            break;
        case RuleAction::AddPrefix:
            name = rule.value + base;
            break;
        case RuleAction::RemovePrefix:
            if (base.starts_with(rule.value))
                name = base.substr(rule.value.size());
            break;
        case RuleAction::ReplacePrefix:
            if (base.starts_with(rule.oldValue))
                name = rule.value + base.substr(rule.oldValue.size());
            break;
        case RuleAction::AddSuffix:
            name = base + rule.value;
            break;
        case RuleAction::RemoveSuffix:
            if (base.ends_with(rule.value))
                name = base.substr(0, base.size() - rule.value.size());
            break;
        case RuleAction::ReplaceSuffix:
            if (base.ends_with(rule.oldValue))
                name = base.substr(0, base.size() - rule.oldValue.size()) + rule.value;
            break;
        default:
            break;
        }
        if (name.empty())
            return ruleError(rule.id,
                             EngineTr::tr("The rule leaves %1 without a name.").arg(qs(object)),
                             EngineTr::tr("Change the rule's value so that a name remains."));
        return name;
    }

    bool foldsColumnCase() const
    {
        return m_options.targetDialect == Dialect::MySql
            || m_options.targetDialect == Dialect::Sqlite;
    }

    /// "the name is longer than the 63 bytes the target allows".
    QString limitText() const
    {
        const int limit = static_cast<int>(m_naming.maxIdentifierLength);
        return m_naming.lengthInCharacters
            ? EngineTr::tr("the name is longer than the %n characters the target allows",
                           nullptr, limit)
            : EngineTr::tr("the name is longer than the %n bytes the target allows", nullptr,
                           limit);
    }

    std::string columnKey(const std::string &name) const
    {
        return foldsColumnCase() ? lowerCase(name) : name;
    }

    /// The target schema: the source's (SQLite's "main": the target's default), TargetSchema,
    /// then a schema naming rule; shortened to the target's limit.
    Result<void> planSchema(const Schema &schema, const Table &table, TablePlan &plan,
                            TableState &state)
    {
        std::string targetSchema = schema.name;
        if (m_catalog.dialect == Dialect::Sqlite && schema.name == "main")
            targetSchema = m_options.targetDefaultSchema;
        if (!m_options.targetSchema.empty())
            targetSchema = m_options.targetSchema;
        const Rule *schemaRule = pick(
            [&](const Rule &rule) {
                return rule.target == RuleTarget::Schema && isNamingAction(rule.action)
                    && tableMatches(rule, schema.name, table.name);
            },
            "schema " + schema.name);
        if (schemaRule) {
            auto name = applyNaming(*schemaRule, targetSchema, schema.name, table.name, {},
                                    "schema " + schema.name);
            if (!name)
                return name.error();
            targetSchema = *name;
            state.namingRules.push_back(schemaRule->id);
        }
        plan.target.schema
            = m_options.targetDialect == Dialect::Sqlite ? std::string() : targetSchema;
        if (!fitsIdentifier(plan.target.schema, m_naming)) {
            const std::string fitted = fitIdentifier(plan.target.schema, m_naming);
            if (m_shortenedSchemas.insert(plan.target.schema).second)
                m_warnings.push_back(EngineTr::tr("Schema %1 is named %2 on the target: %3.")
                                         .arg(qs(plan.target.schema), qs(fitted), limitText())
                                         .toStdString());
            plan.target.schema = fitted;
            plan.nameShortened = true;
        }
        return {};
    }

    /// The target table name: the source's, then a table naming rule; shortened to the limit.
    Result<void> planTableName(const Schema &schema, const Table &table, TablePlan &plan,
                               TableState &state)
    {
        const std::string label = qualified(schema.name, table.name);
        plan.target.name = table.name;
        const Rule *tableRule = pick(
            [&](const Rule &rule) {
                return rule.target == RuleTarget::Table && isNamingAction(rule.action)
                    && tableMatches(rule, schema.name, table.name);
            },
            label);
        if (tableRule) {
            auto name = applyNaming(*tableRule, table.name, schema.name, table.name, {}, label);
            if (!name)
                return name.error();
            plan.target.name = *name;
            state.namingRules.push_back(tableRule->id);
        }
        if (!fitsIdentifier(plan.target.name, m_naming)) {
            const std::string fitted = fitIdentifier(plan.target.name, m_naming);
            m_warnings.push_back(EngineTr::tr("Table %1 is named %2 on the target: %3.")
                                     .arg(qs(label), qs(fitted), limitText())
                                     .toStdString());
            plan.target.name = fitted;
            plan.nameShortened = true;
        }
        return {};
    }

    /// What planning a table's source columns came to.
    struct ColumnsOutcome
    {
        bool changed = false; ///< a column removed, renamed or shortened
        std::string lastRemovedBy; ///< the rule that removed the last removed column
    };

    /// One kept source column with its naming and change-data-type rules applied.
    Result<ColumnPlan> planColumn(const Schema &schema, const Table &table, const Column &column,
                                  const Rule *naming, const Rule *retype, bool &changed)
    {
        const std::string label = qualified(schema.name, table.name);
        ColumnPlan columnPlan;
        columnPlan.source = {column.name, column.nativeType, column.type, column.nullable};
        columnPlan.target.name = column.name;
        columnPlan.target.type = column.type;
        columnPlan.target.nullable = column.nullable;
        columnPlan.target.autoIncrement
            = column.autoIncrement || column.identity != IdentityKind::None;
        if (naming) {
            auto name = applyNaming(*naming, column.name, schema.name, table.name, column.name,
                                    "column " + label + "." + column.name);
            if (!name)
                return name.error();
            columnPlan.target.name = *name;
            columnPlan.ruleId = naming->id;
            changed = changed || *name != column.name;
        }
        if (!fitsIdentifier(columnPlan.target.name, m_naming)) {
            const std::string fitted = fitIdentifier(columnPlan.target.name, m_naming);
            m_warnings.push_back(EngineTr::tr("Column %1 of table %2 is named %3 on the "
                                              "target: %4.")
                                     .arg(qs(column.name), qs(label), qs(fitted), limitText())
                                     .toStdString());
            columnPlan.target.name = fitted;
            columnPlan.nameShortened = true;
            changed = true;
        }
        if (retype) {
            columnPlan.target.type = *retype->dataType;
            columnPlan.ruleId = retype->id;
            if (narrows(column.type, columnPlan.target.type))
                m_warnings.push_back(ruleWarning(
                    retype->id,
                    EngineTr::tr("column %1 of table %2 narrows from %3 to %4: longer values "
                                 "are rejected into the exceptions table.")
                        .arg(qs(column.name), qs(label), qs(column.nativeType),
                             qs(dmsTypeText(columnPlan.target.type)))));
            const TypeFamily family = retype->dataType->family;
            if (family != TypeFamily::Integer && family != TypeFamily::Decimal)
                columnPlan.target.autoIncrement = false;
        }
        return columnPlan;
    }

    /// The table's source columns after remove-column / include-column and the column rules.
    Result<ColumnsOutcome> planSourceColumns(const Schema &schema, const Table &table,
                                             TablePlan &plan, TableState &state)
    {
        const std::string label = qualified(schema.name, table.name);
        const Rule *includeMode = nullptr;
        for (const Rule &rule : m_rules) {
            if (rule.type == RuleType::Transformation && rule.action == RuleAction::IncludeColumn
                && tableMatches(rule, schema.name, table.name)) {
                includeMode = &rule;
                break;
            }
        }
        ColumnsOutcome outcome;
        for (const Column &column : table.columns) {
            const std::string columnLabel = label + "." + column.name;
            const auto matching = [&](const Rule &rule) {
                return rule.target == RuleTarget::Column
                    && columnMatches(rule, schema.name, table.name, column);
            };
            const Rule *presence = pick(
                [&](const Rule &rule) {
                    return (rule.action == RuleAction::RemoveColumn
                            || rule.action == RuleAction::IncludeColumn)
                        && matching(rule);
                },
                columnLabel);
            const Rule *naming = pick(
                [&](const Rule &rule) { return isNamingAction(rule.action) && matching(rule); },
                columnLabel);
            const Rule *retype = pick(
                [&](const Rule &rule) {
                    return rule.action == RuleAction::ChangeDataType && matching(rule);
                },
                columnLabel);
            const bool keep
                = presence ? presence->action == RuleAction::IncludeColumn : includeMode == nullptr;
            if (!keep) {
                outcome.lastRemovedBy = presence ? presence->id : includeMode->id;
                state.removedBy[column.name] = outcome.lastRemovedBy;
                outcome.changed = true;
                continue;
            }
            auto columnPlan = planColumn(schema, table, column, naming, retype, outcome.changed);
            if (!columnPlan)
                return columnPlan.error();
            state.targetOf[column.name] = columnPlan->target.name;
            plan.columns.push_back(std::move(*columnPlan));
        }
        return outcome;
    }

    /// The columns add-column rules add (after the source columns).
    void planAddedColumns(const Schema &schema, const Table &table, TablePlan &plan,
                          const TableState &state)
    {
        const std::string label = qualified(schema.name, table.name);
        for (size_t i = 0; i < m_rules.size(); ++i) {
            const Rule &rule = m_rules[i];
            if (rule.type != RuleType::Transformation || rule.action != RuleAction::AddColumn
                || !tableMatches(rule, schema.name, table.name))
                continue;
            ++m_matches[i];
            ColumnPlan columnPlan;
            columnPlan.target.name = fitIdentifier(rule.value, m_naming);
            columnPlan.nameShortened = columnPlan.target.name != rule.value;
            if (columnPlan.nameShortened)
                m_warnings.push_back(
                    ruleWarning(rule.id,
                                EngineTr::tr("column %1 is named %2 on the "
                                             "target: %3.")
                                    .arg(qs(rule.value), qs(columnPlan.target.name), limitText())));
            columnPlan.target.type = *rule.dataType;
            columnPlan.expression = rule.expression;
            columnPlan.ruleId = rule.id;
            plan.columns.push_back(std::move(columnPlan));
            for (const std::string &name : expressionColumns(rule.expression)) {
                if (!state.targetOf.contains(name))
                    m_unreadReferences[{i, name}].push_back(label);
            }
        }
    }

    /// Refuses a table the rules leave without columns, or with two columns of one name.
    Result<void> checkColumns(const Table &table, const TablePlan &plan, const std::string &label,
                              const std::string &lastRemovedBy) const
    {
        if (plan.columns.empty() && !table.columns.empty())
            return ruleError(
                lastRemovedBy,
                EngineTr::tr("The rules remove every column of table %1.").arg(qs(label)),
                EngineTr::tr("Keep at least one column, or exclude the table with "
                             "a selection rule."));
        std::map<std::string, size_t> seen;
        for (size_t i = 0; i < plan.columns.size(); ++i) {
            const auto [it, inserted] = seen.emplace(columnKey(plan.columns[i].target.name), i);
            if (inserted)
                continue;
            const ColumnPlan &first = plan.columns[it->second];
            const ColumnPlan &second = plan.columns[i];
            const std::string ruleId = !second.ruleId.empty() ? second.ruleId : first.ruleId;
            const auto sourceName = [](const ColumnPlan &column) {
                return column.source.name.empty() ? column.target.name : column.source.name;
            };
            return ruleError(ruleId,
                             EngineTr::tr("Columns %1 and %2 of table %3 would both be named %4 "
                                          "on the target.")
                                 .arg(qs(sourceName(first)), qs(sourceName(second)), qs(label),
                                      qs(second.target.name)),
                             EngineTr::tr("Give each target column its own name."));
        }
        return {};
    }

    Result<void> buildTable(const Selection &selection)
    {
        const Schema &schema = *selection.schema;
        const Table &table = *selection.table;
        const std::string label = qualified(schema.name, table.name);
        TableState state;
        state.schema = &schema;
        state.table = &table;

        TablePlan plan;
        plan.sourceSchema = schema.name;
        plan.sourceTable = table.name;
        plan.rowEstimate = table.rowEstimate;
        plan.sizeBytes = table.sizeBytes;
        plan.filters = selection.filters;
        plan.selectionRuleId = selection.ruleId;
        plan.loadOrder = selection.loadOrder;

        if (auto named = planSchema(schema, table, plan, state); !named)
            return named;
        if (auto named = planTableName(schema, table, plan, state); !named)
            return named;
        auto columns = planSourceColumns(schema, table, plan, state);
        if (!columns)
            return columns.error();
        planAddedColumns(schema, table, plan, state);
        if (auto checked = checkColumns(table, plan, label, columns->lastRemovedBy); !checked)
            return checked;
        for (const ColumnPlan &column : plan.columns)
            plan.target.columns.push_back(column.target);

        if (auto keys = buildKeys(plan, state, columns->changed); !keys)
            return keys.error();
        m_states.push_back(std::move(state));
        m_tables.push_back(std::move(plan));
        return {};
    }

    /// The target name of a key column: a target column name, or a source column's target name.
    std::optional<std::string> resolveColumn(const TablePlan &plan, const TableState &state,
                                             const std::string &name) const
    {
        for (const ColumnPlan &column : plan.columns) {
            if (column.target.name == name)
                return name;
        }
        if (const auto it = state.targetOf.find(name); it != state.targetOf.end())
            return it->second;
        return std::nullopt;
    }

    /// The define-primary-key rule's key in target column names (nullopt without a rule).
    Result<std::optional<KeyConstraint>> definedKey(const TablePlan &plan, const TableState &state,
                                                    const Rule *keyRule,
                                                    const std::string &label) const
    {
        if (!keyRule)
            return std::optional<KeyConstraint>();
        KeyConstraint key;
        key.name = keyRule->primaryKey.name;
        for (const std::string &name : keyRule->primaryKey.columns) {
            const auto target = resolveColumn(plan, state, name);
            if (!target)
                return ruleError(keyRule->id,
                                 EngineTr::tr("define-primary-key names column '%1', which "
                                              "table %2 does not have on the target.")
                                     .arg(qs(name), qs(label)),
                                 EngineTr::tr("Name columns of the table (names are "
                                              "case-sensitive)."));
            key.columns.push_back(*target);
        }
        return std::optional<KeyConstraint>(std::move(key));
    }

    /// Source column names as target names; false (and the first removed one) when a rule
    /// removed one of them.
    static bool mapColumns(const TableState &state, const std::vector<std::string> &columns,
                           std::vector<std::string> &out, std::string &removed)
    {
        for (const std::string &name : columns) {
            const auto it = state.targetOf.find(name);
            if (it == state.targetOf.end()) {
                removed = name;
                return false;
            }
            out.push_back(it->second);
        }
        return true;
    }

    /// The rule that removed a source column, quoted ("?" when unknown).
    static QString removedBy(const TableState &state, const std::string &column)
    {
        const auto it = state.removedBy.find(column);
        return qs(it != state.removedBy.end() ? it->second : std::string("?"));
    }

    /// The primary key (defined by a rule, or the source's) and the unique keys.
    void planKeys(TablePlan &plan, const TableState &state,
                  const std::optional<KeyConstraint> &defined, bool definedAsIndex,
                  const std::string &label)
    {
        const Table &table = *state.table;
        if (defined && !definedAsIndex) {
            plan.target.primaryKey = defined;
            const auto inKey = [&](const std::string &name) {
                return std::find(defined->columns.begin(), defined->columns.end(), name)
                    != defined->columns.end();
            };
            for (load::TargetColumn &column : plan.target.columns)
                column.nullable = column.nullable && !inKey(column.name);
            for (ColumnPlan &column : plan.columns)
                column.target.nullable = column.target.nullable && !inKey(column.target.name);
        } else if (table.primaryKey) {
            KeyConstraint key {table.primaryKey->name, {}};
            std::string removed;
            if (mapColumns(state, table.primaryKey->columns, key.columns, removed))
                plan.target.primaryKey = std::move(key);
            else
                m_warnings.push_back(EngineTr::tr("Table %1 gets no primary key: rule %2 removes "
                                                  "its key column %3.")
                                         .arg(qs(label), removedBy(state, removed), qs(removed))
                                         .toStdString());
        }
        for (const KeyConstraint &unique : table.uniqueKeys) {
            KeyConstraint key {unique.name, {}};
            std::string removed;
            if (mapColumns(state, unique.columns, key.columns, removed))
                plan.target.uniqueKeys.push_back(std::move(key));
            else
                m_warnings.push_back(
                    EngineTr::tr("Unique key %1 of table %2 is not created: rule %3 removes its "
                                 "column %4.")
                        .arg(qs(keyLabel(unique.name, unique.columns)), qs(label),
                             removedBy(state, removed), qs(removed))
                        .toStdString());
        }
    }

    /// An index the primary key or a unique key already creates on the target.
    static bool backsKey(const Table &table, const Index &index)
    {
        if (index.primary)
            return true;
        if (index.unique && table.primaryKey && !table.primaryKey->name.empty()
            && index.name == table.primaryKey->name)
            return true;
        return index.unique
            && std::any_of(table.uniqueKeys.begin(), table.uniqueKeys.end(),
                           [&](const KeyConstraint &key) {
                               return key.name.empty() ? key.columns == indexColumnNames(index)
                                                       : key.name == index.name;
                           });
    }

    /// A secondary index in target column names; nullopt (with a warning) when the rules leave
    /// it nothing to index or change what its expressions name.
    std::optional<Index> planIndex(const TableState &state, const Index &index, bool columnsChanged,
                                   const std::string &label)
    {
        const std::string indexLabel = keyLabel(index.name, indexColumnNames(index));
        const bool hasExpression = !index.predicate.empty()
            || std::any_of(index.columns.begin(), index.columns.end(),
                           [](const IndexColumn &column) { return !column.expression.empty(); });
        if (hasExpression && columnsChanged) {
            m_warnings.push_back(EngineTr::tr("Index %1 of table %2 is not created: its "
                                              "expressions name source columns, and rules "
                                              "rename or remove columns of the table.")
                                     .arg(qs(indexLabel), qs(label))
                                     .toStdString());
            return std::nullopt;
        }
        Index target = index;
        target.columns.clear();
        std::vector<std::string> removed;
        for (const IndexColumn &column : index.columns) {
            const auto it = state.targetOf.find(column.name);
            if (!column.name.empty() && it == state.targetOf.end()) {
                removed.push_back(column.name);
                continue;
            }
            IndexColumn mapped = column;
            if (!column.name.empty())
                mapped.name = it->second;
            target.columns.push_back(std::move(mapped));
        }
        if (!removed.empty() && index.unique) {
            m_warnings.push_back(EngineTr::tr("Unique index %1 of table %2 is not created: "
                                              "rule %3 removes its column %4.")
                                     .arg(qs(indexLabel), qs(label),
                                          removedBy(state, removed.front()), qs(removed.front()))
                                     .toStdString());
            return std::nullopt;
        }
        if (target.columns.empty()) {
            m_warnings.push_back(
                EngineTr::tr("Index %1 of table %2 is not created: rule %3 "
                             "removes all its columns.")
                    .arg(qs(indexLabel), qs(label), removedBy(state, removed.front()))
                    .toStdString());
            return std::nullopt;
        }
        for (const std::string &column : removed)
            m_warnings.push_back(
                EngineTr::tr("Index %1 of table %2 loses column %3, which "
                             "rule %4 removes.")
                    .arg(qs(indexLabel), qs(label), qs(column), removedBy(state, column))
                    .toStdString());
        return target;
    }

    Result<void> buildKeys(TablePlan &plan, const TableState &state, bool columnsChanged)
    {
        const Table &table = *state.table;
        const std::string label = qualified(state.schema->name, table.name);
        const Rule *keyRule = pick(
            [&](const Rule &rule) {
                return rule.action == RuleAction::DefinePrimaryKey
                    && rule.locator.schemaName == state.schema->name
                    && rule.locator.tableName == table.name;
            },
            label);
        auto defined = definedKey(plan, state, keyRule, label);
        if (!defined)
            return defined.error();
        const bool definedAsIndex = keyRule && keyRule->primaryKey.uniqueIndex;
        planKeys(plan, state, *defined, definedAsIndex, label);
        for (const Index &index : table.indexes) {
            if (backsKey(table, index))
                continue;
            if (auto target = planIndex(state, index, columnsChanged, label))
                plan.target.indexes.push_back(std::move(*target));
        }
        // define-primary-key with unique-index: a unique index instead of a primary key.
        if (*defined && definedAsIndex) {
            Index index;
            index.name = (*defined)->name;
            if (index.name.empty()) {
                index.name = plan.target.name;
                for (const std::string &column : (*defined)->columns)
                    index.name += "_" + column;
                index.name += "_key";
            }
            index.unique = true;
            for (const std::string &column : (*defined)->columns)
                index.columns.push_back(IndexColumn {column, {}, false, 0});
            plan.target.indexes.push_back(std::move(index));
        }
        return {};
    }

    /// AWS DMS does not load two source tables into one target table (§2.6).
    Result<void> checkTargetNames() const
    {
        const bool fold = m_options.targetDialect == Dialect::Sqlite;
        std::map<std::pair<std::string, std::string>, size_t> seen;
        for (size_t i = 0; i < m_tables.size(); ++i) {
            const TablePlan &plan = m_tables[i];
            const auto key = fold
                ? std::make_pair(lowerCase(plan.target.schema), lowerCase(plan.target.name))
                : std::make_pair(plan.target.schema, plan.target.name);
            const auto [it, inserted] = seen.emplace(key, i);
            if (inserted)
                continue;
            const TablePlan &first = m_tables[it->second];
            std::string ruleId;
            if (!m_states[i].namingRules.empty())
                ruleId = m_states[i].namingRules.back();
            else if (!m_states[it->second].namingRules.empty())
                ruleId = m_states[it->second].namingRules.back();
            Error error = ruleError(
                ruleId,
                EngineTr::tr("Source tables %1 and %2 would both load into target table %3.")
                    .arg(qs(qualified(first.sourceSchema, first.sourceTable)),
                         qs(qualified(plan.sourceSchema, plan.sourceTable)),
                         qs(qualified(plan.target.schema, plan.target.name))),
                EngineTr::tr("AWS DMS loads each source table into its own target table: "
                             "exclude one of them or rename it with a transformation rule."));
            if (ruleId.empty())
                error.location = m_options.targetSchema.empty()
                    ? "target table " + qualified(plan.target.schema, plan.target.name)
                    : "TargetMetadata.TargetSchema";
            return error;
        }
        return {};
    }

    Result<void> applyTableSettings()
    {
        for (size_t i = 0; i < m_rules.size(); ++i) {
            const Rule &rule = m_rules[i];
            if (rule.type != RuleType::TableSettings)
                continue;
            const std::string label = qualified(rule.locator.schemaName, *rule.locator.tableName);
            const auto found
                = std::find_if(m_tables.begin(), m_tables.end(), [&](const TablePlan &plan) {
                      return plan.sourceSchema == rule.locator.schemaName
                          && plan.sourceTable == *rule.locator.tableName;
                  });
            if (found == m_tables.end()) {
                const Schema *schema = m_catalog.schema(rule.locator.schemaName);
                if (schema && schema->table(*rule.locator.tableName)) {
                    ++m_matches[i];
                    m_warnings.push_back(
                        ruleWarning(rule.id,
                                    EngineTr::tr("table %1 is not selected, so its table settings "
                                                 "do not apply.")
                                        .arg(qs(label))));
                }
                continue;
            }
            ++m_matches[i];
            TablePlan &plan = *found;
            const Table &table = *m_states[size_t(found - m_tables.begin())].table;
            if (rule.parallelLoad) {
                if (!plan.parallelLoad.ruleId.empty()) {
                    noteOverride(i, plan.parallelLoad.ruleId, label);
                } else {
                    if (auto checked = checkRanges(rule, table, label); !checked)
                        return checked.error();
                    plan.parallelLoad = *rule.parallelLoad;
                    for (const std::string &name : plan.parallelLoad.columns) {
                        const Column *column = table.column(name);
                        if (column)
                            plan.parallelLoad.keyColumns.push_back({column->name,
                                                                    column->nativeType,
                                                                    column->type,
                                                                    column->nullable});
                    }
                }
            }
            if (rule.lobSettings) {
                if (plan.lobSettings)
                    noteOverride(i, plan.lobSettings->ruleId, label);
                else
                    plan.lobSettings = rule.lobSettings;
            }
        }
        return {};
    }

    /// Range segments are WHERE clauses on source columns (reference §2.7): the columns must
    /// exist and must not be floating point or LOBs.
    Result<void> checkRanges(const Rule &rule, const Table &table, const std::string &label) const
    {
        if (rule.parallelLoad->type != ParallelLoad::Type::Ranges)
            return {};
        for (const std::string &name : rule.parallelLoad->columns) {
            const Column *column = table.column(name);
            if (!column)
                return ruleError(rule.id,
                                 EngineTr::tr("parallel-load names column '%1', which table %2 "
                                              "does not have.")
                                     .arg(qs(name), qs(label)),
                                 EngineTr::tr("Use columns of the source table (names are "
                                              "case-sensitive), ideally indexed ones."));
            if (column->type.family == TypeFamily::Float || column->type.isLob)
                return ruleError(rule.id,
                                 EngineTr::tr("parallel-load cannot segment table %1 by column "
                                              "'%2': range boundaries cannot use floating-point "
                                              "or LOB columns.")
                                     .arg(qs(label), qs(name)),
                                 EngineTr::tr("Choose an integer, decimal, text or date column."));
        }
        return {};
    }

    void noteOverride(size_t index, const std::string &winnerId, const std::string &object)
    {
        Override &entry = m_overrides[index];
        if (entry.winnerId.empty())
            entry.winnerId = winnerId;
        if (entry.seen.insert(object).second && entry.objects.size() < 6)
            entry.objects.push_back(object);
    }

    void addForeignKeys()
    {
        std::map<std::pair<std::string, std::string>, size_t> bySource;
        for (size_t i = 0; i < m_tables.size(); ++i)
            bySource[{m_tables[i].sourceSchema, m_tables[i].sourceTable}] = i;
        for (size_t i = 0; i < m_tables.size(); ++i) {
            const TableState &state = m_states[i];
            const std::string label = qualified(state.schema->name, state.table->name);
            for (const ForeignKey &key : state.table->foreignKeys) {
                const std::string keyName = keyLabel(key.name, key.columns);
                const std::string referencedSchema
                    = key.referencedSchema.empty() ? state.schema->name : key.referencedSchema;
                const auto referenced = bySource.find({referencedSchema, key.referencedTable});
                if (referenced == bySource.end()) {
                    m_warnings.push_back(
                        EngineTr::tr("Foreign key %1 of table %2 is not created: it references "
                                     "%3, which is not selected.")
                            .arg(qs(keyName), qs(label),
                                 qs(qualified(referencedSchema, key.referencedTable)))
                            .toStdString());
                    continue;
                }
                const TableState &target = m_states[referenced->second];
                const TablePlan &targetPlan = m_tables[referenced->second];
                ForeignKey mapped = key;
                mapped.columns.clear();
                mapped.referencedColumns.clear();
                mapped.referencedSchema = targetPlan.target.schema;
                mapped.referencedTable = targetPlan.target.name;
                std::optional<std::pair<const TableState *, std::string>> removed;
                for (const std::string &column : key.columns) {
                    const auto it = state.targetOf.find(column);
                    if (it == state.targetOf.end()) {
                        removed = {&state, column};
                        break;
                    }
                    mapped.columns.push_back(it->second);
                }
                for (const std::string &column : key.referencedColumns) {
                    if (removed)
                        break;
                    const auto it = target.targetOf.find(column);
                    if (it == target.targetOf.end()) {
                        removed = {&target, column};
                        break;
                    }
                    mapped.referencedColumns.push_back(it->second);
                }
                if (removed) {
                    const auto rule = removed->first->removedBy.find(removed->second);
                    m_warnings.push_back(
                        EngineTr::tr("Foreign key %1 of table %2 is not created: rule %3 removes "
                                     "column %4 of table %5.")
                            .arg(qs(keyName), qs(label),
                                 qs(rule != removed->first->removedBy.end() ? rule->second
                                                                            : std::string("?")),
                                 qs(removed->second),
                                 qs(qualified(removed->first->schema->name,
                                              removed->first->table->name)))
                            .toStdString());
                    continue;
                }
                m_tables[i].target.foreignKeys.push_back(std::move(mapped));
            }
        }
    }

    void reportRules()
    {
        for (const auto &[key, tables] : m_unreadReferences) {
            const Rule &rule = m_rules[key.first];
            m_warnings.push_back(ruleWarning(
                rule.id,
                EngineTr::tr("the expression of column %1 refers to $%2, which is not a "
                             "column read from %3.")
                    .arg(qs(rule.value), qs(key.second), joined(tables))));
        }
        for (const auto &[index, entry] : m_overrides) {
            const Rule &rule = m_rules[index];
            if (entry.seen.size() == 1)
                m_warnings.push_back(
                    ruleWarning(rule.id,
                                EngineTr::tr("not applied to %1: rule %2 already applies to it "
                                             "(AWS DMS applies one transformation action per "
                                             "object, lowest rule-id first).")
                                    .arg(qs(entry.objects.front()), qs(entry.winnerId))));
            else
                m_warnings.push_back(
                    ruleWarning(rule.id,
                                EngineTr::tr("not applied to %1 objects (%2): rules with lower "
                                             "rule-ids already apply to them (AWS DMS applies one "
                                             "transformation action per object, lowest rule-id "
                                             "first).")
                                    .arg(entry.seen.size())
                                    .arg(joined(entry.objects, entry.seen.size()))));
        }
        for (size_t i = 0; i < m_rules.size(); ++i) {
            if (m_matches[i] > 0)
                continue;
            const Rule &rule = m_rules[i];
            if (rule.type == RuleType::Selection)
                m_warnings.push_back(
                    ruleWarning(rule.id, EngineTr::tr("matches no table of the source.")));
            else if (rule.type == RuleType::TableSettings)
                m_warnings.push_back(
                    ruleWarning(rule.id,
                                EngineTr::tr("matches no table of the source (table settings need "
                                             "the exact source schema and table name).")));
            else
                m_warnings.push_back(
                    ruleWarning(rule.id, EngineTr::tr("matches nothing in the selected tables.")));
        }
    }

    const Catalog &m_catalog;
    const PlanOptions &m_options;
    const NamingRules m_naming;
    std::set<std::string> m_shortenedSchemas;
    bool m_hasRules = false;
    std::vector<Rule> m_rules;
    std::vector<size_t> m_matches;
    std::map<size_t, Override> m_overrides;
    /// add-column expressions' $column references to columns a table does not read:
    /// (rule index, column) -> tables.
    std::map<std::pair<size_t, std::string>, std::vector<std::string>> m_unreadReferences;
    std::vector<std::string> m_warnings;
    std::vector<Selection> m_selected;
    std::vector<TablePlan> m_tables; ///< in selection order until run() sorts them
    std::vector<TableState> m_states; ///< parallel to m_tables
};

} // namespace

load::ReadRequest TablePlan::readRequest() const
{
    load::ReadRequest request;
    request.schema = sourceSchema;
    request.table = sourceTable;
    for (const ColumnPlan &column : columns) {
        if (!column.source.name.empty())
            request.columns.push_back(column.source);
    }
    request.filters = filters;
    return request;
}

load::WriteRequest TablePlan::writeRequest() const
{
    load::WriteRequest request;
    request.schema = target.schema;
    request.table = target.name;
    request.columns = target.columns;
    return request;
}

Result<MappingPlan> planMapping(const Catalog &source, const project::TableMapping *rules,
                                const PlanOptions &options)
{
    Planner planner(source, options);
    if (rules) {
        auto parsed = parseRules(*rules);
        if (!parsed)
            return parsed.error();
        planner.setRules(std::move(*parsed));
    }
    return planner.run();
}

} // namespace ferry::mapping
