// SPDX-License-Identifier: MIT
#include "engine/mapping/target_names.h"

#include "engine/connectors/connector.h"
#include "engine/core/tr.h"

#include <QString>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>

namespace ferry::mapping {

namespace {

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// Length in the target's units: bytes, or characters (UTF-8 code points).
size_t identifierLength(std::string_view name, const NamingRules &rules)
{
    if (!rules.lengthInCharacters)
        return name.size();
    return static_cast<size_t>(
        std::count_if(name.begin(), name.end(), [](char c) { return !isContinuationByte(c); }));
}

/// The byte length of name's longest prefix of at most `units` target units, on a character
/// boundary.
size_t prefixBytes(std::string_view name, size_t units, const NamingRules &rules)
{
    if (!rules.lengthInCharacters) {
        size_t cut = std::min(units, name.size());
        while (cut > 0 && cut < name.size() && isContinuationByte(name[cut]))
            --cut;
        return cut;
    }
    size_t characters = 0;
    for (size_t i = 0; i < name.size(); ++i) {
        if (isContinuationByte(name[i]))
            continue;
        if (characters == units)
            return i;
        ++characters;
    }
    return name.size();
}

uint32_t fnv1a(std::string_view text)
{
    uint32_t hash = 2166136261u;
    for (char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    return hash;
}

std::string hexSuffix(std::string_view name)
{
    static const char Digits[] = "0123456789abcdef";
    uint32_t hash = fnv1a(name);
    std::string out = "_000000";
    for (size_t i = 6; i >= 1; --i) {
        out[i] = Digits[hash & 0xF];
        hash >>= 4;
    }
    return out;
}

std::string fold(const std::string &name, const NamingRules &rules)
{
    if (!rules.caseInsensitive)
        return name;
    std::string out = name;
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

bool isGenericPrimaryKeyName(const std::string &name)
{
    return name.empty()
        || QString::fromStdString(name).compare(QStringLiteral("PRIMARY"), Qt::CaseInsensitive)
        == 0;
}

std::string joinColumns(const std::vector<std::string> &columns)
{
    std::string out;
    for (const std::string &column : columns)
        out += (out.empty() ? "" : "_") + column;
    return out.empty() ? std::string("expr") : out;
}

/// One object to name, and where its name lives in the plan.
struct Item
{
    TablePlan *table = nullptr;
    ObjectName::Kind kind = ObjectName::Kind::Index;
    std::string *slot = nullptr; ///< the name inside table->target
    std::string sourceName;
    std::string desired;
    bool generated = false;
};

std::vector<Item> collectItems(std::vector<TablePlan *> &tables, const NamingRules &rules)
{
    std::vector<Item> items;
    for (TablePlan *plan : tables) {
        load::TargetTable &t = plan->target;
        auto add = [&](ObjectName::Kind kind, std::string &slot, std::string generated) {
            Item item {plan, kind, &slot, slot, slot, false};
            if (item.desired.empty()) {
                item.desired = std::move(generated);
                item.generated = true;
            }
            items.push_back(std::move(item));
        };
        if (t.primaryKey && rules.namesPrimaryKey) {
            add(ObjectName::Kind::PrimaryKey, t.primaryKey->name, t.name + "_pkey");
            if (isGenericPrimaryKeyName(items.back().sourceName)) {
                items.back().desired = t.name + "_pkey";
                items.back().generated = true;
            }
        }
        for (KeyConstraint &key : t.uniqueKeys)
            add(ObjectName::Kind::UniqueKey, key.name,
                t.name + "_" + joinColumns(key.columns) + "_key");
        for (Index &index : t.indexes) {
            std::vector<std::string> columns;
            for (const IndexColumn &column : index.columns) {
                if (!column.name.empty())
                    columns.push_back(column.name);
            }
            add(ObjectName::Kind::Index, index.name,
                t.name + "_" + joinColumns(columns) + (index.unique ? "_key" : "_idx"));
        }
        if (rules.namesForeignKeys) {
            for (ForeignKey &key : t.foreignKeys)
                add(ObjectName::Kind::ForeignKey, key.name,
                    t.name + "_" + joinColumns(key.columns) + "_fkey");
        }
    }
    return items;
}

/// The namespace an object's name must be unique in.
std::string scopeOf(const Item &item, const NamingRules &rules)
{
    const bool perSchema = item.kind == ObjectName::Kind::ForeignKey ? rules.foreignKeysPerSchema
                                                                     : rules.indexesPerSchema;
    const std::string kind = item.kind == ObjectName::Kind::ForeignKey ? "f:" : "i:";
    const std::string schema = fold(item.table->target.schema, rules);
    if (perSchema)
        return kind + schema;
    return kind + schema + '\0' + fold(item.table->target.name, rules);
}

/// Names taken in each scope before any object is named: the tables of a schema (and the
/// sequences PostgreSQL creates for identity columns) when indexes share their namespace.
std::map<std::string, std::set<std::string>> reservedNames(const std::vector<TablePlan *> &tables,
                                                           const NamingRules &rules)
{
    std::map<std::string, std::set<std::string>> reserved;
    if (!rules.indexesPerSchema)
        return reserved;
    for (const TablePlan *plan : tables) {
        std::set<std::string> &names = reserved["i:" + fold(plan->target.schema, rules)];
        names.insert(fold(plan->target.name, rules));
        if (rules.namesPrimaryKey) { // PostgreSQL: table_column_seq
            for (const load::TargetColumn &column : plan->target.columns) {
                if (column.autoIncrement)
                    names.insert(fold(plan->target.name + "_" + column.name + "_seq", rules));
            }
        }
    }
    return reserved;
}

QString kindText(ObjectName::Kind kind)
{
    switch (kind) {
    case ObjectName::Kind::PrimaryKey:
        return EngineTr::tr("Primary key");
    case ObjectName::Kind::UniqueKey:
        return EngineTr::tr("Unique key");
    case ObjectName::Kind::Index:
        return EngineTr::tr("Index");
    case ObjectName::Kind::ForeignKey:
        return EngineTr::tr("Foreign key");
    }
    return {};
}

std::string note(const Item &item, const ObjectName &name)
{
    const std::string table = item.table->sourceSchema.empty()
        ? item.table->sourceTable
        : item.table->sourceSchema + "." + item.table->sourceTable;
    QString reason;
    switch (name.origin) {
    case NameOrigin::Source:
        reason = EngineTr::tr("the name is longer than the target's identifier limit");
        break;
    case NameOrigin::Generated:
        return {}; // unnamed on the source: nothing was renamed
    case NameOrigin::TablePrefixed:
    case NameOrigin::Numbered:
        reason = item.kind == ObjectName::Kind::ForeignKey
            ? EngineTr::tr("another foreign key of the target schema has that name")
            : EngineTr::tr("another table, index or key of the target scope has that name");
        break;
    }
    return EngineTr::tr("%1 %2 of table %3 is named %4 on the target: %5.")
        .arg(kindText(item.kind), qs(item.sourceName), qs(table), qs(name.targetName), reason)
        .toStdString();
}

} // namespace

NamingRules namingRulesFor(Dialect dialect) { return connectorFor(dialect).identifierRules(); }

bool fitsIdentifier(std::string_view name, const NamingRules &rules)
{
    return rules.maxIdentifierLength == 0
        || identifierLength(name, rules) <= rules.maxIdentifierLength;
}

std::string fitIdentifier(std::string_view name, const NamingRules &rules)
{
    if (fitsIdentifier(name, rules))
        return std::string(name);
    const std::string suffix = hexSuffix(name);
    const size_t keep
        = rules.maxIdentifierLength > suffix.size() ? rules.maxIdentifierLength - suffix.size() : 0;
    return std::string(name.substr(0, prefixBytes(name, keep, rules))) + suffix;
}

const char *objectKindName(ObjectName::Kind kind)
{
    switch (kind) {
    case ObjectName::Kind::PrimaryKey:
        return "primary key";
    case ObjectName::Kind::UniqueKey:
        return "unique key";
    case ObjectName::Kind::Index:
        return "index";
    case ObjectName::Kind::ForeignKey:
        return "foreign key";
    }
    return "";
}

void assignObjectNames(std::vector<TablePlan> &tables, const NamingRules &rules,
                       std::vector<std::string> &notes)
{
    std::vector<TablePlan *> ordered;
    for (TablePlan &plan : tables) {
        plan.objectNames.clear();
        ordered.push_back(&plan);
    }
    std::sort(ordered.begin(), ordered.end(), [&](const TablePlan *a, const TablePlan *b) {
        return std::make_pair(fold(a->target.schema, rules), fold(a->target.name, rules))
            < std::make_pair(fold(b->target.schema, rules), fold(b->target.name, rules));
    });
    std::vector<Item> items = collectItems(ordered, rules);
    std::map<std::string, std::set<std::string>> taken = reservedNames(ordered, rules);

    // How many objects of each scope want each name.
    std::map<std::pair<std::string, std::string>, int> wanted;
    for (const Item &item : items)
        ++wanted[{scopeOf(item, rules), fold(item.desired, rules)}];

    // First the names that stay as they are, so a renamed object never takes a name another
    // object of the scope already has; then the others, in table order.
    std::vector<ObjectName> decided(items.size());
    std::vector<bool> done(items.size(), false);
    for (size_t i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        const std::string scope = scopeOf(item, rules);
        const std::string key = fold(item.desired, rules);
        if (wanted[{scope, key}] != 1 || taken[scope].count(key)
            || !fitsIdentifier(item.desired, rules))
            continue;
        taken[scope].insert(key);
        decided[i] = {item.kind, item.sourceName, item.desired,
                      item.generated ? NameOrigin::Generated : NameOrigin::Source, false};
        done[i] = true;
    }
    for (size_t i = 0; i < items.size(); ++i) {
        if (done[i])
            continue;
        const Item &item = items[i];
        const std::string scope = scopeOf(item, rules);
        const std::string key = fold(item.desired, rules);
        ObjectName &name = decided[i];
        name.kind = item.kind;
        name.sourceName = item.sourceName;
        name.origin = item.generated ? NameOrigin::Generated : NameOrigin::Source;
        std::string base = item.desired;
        if (wanted[{scope, key}] != 1 || taken[scope].count(key)) {
            base = item.table->target.name + "_" + item.desired;
            name.origin = NameOrigin::TablePrefixed;
        }
        std::string full = base;
        std::string candidate = fitIdentifier(full, rules);
        for (int number = 2; taken[scope].count(fold(candidate, rules)); ++number) {
            full = base + "_" + std::to_string(number);
            candidate = fitIdentifier(full, rules);
            name.origin = NameOrigin::Numbered;
        }
        name.shortened = candidate != full;
        name.targetName = candidate;
        taken[scope].insert(fold(candidate, rules));
    }
    for (size_t i = 0; i < items.size(); ++i) {
        *items[i].slot = decided[i].targetName;
        items[i].table->objectNames.push_back(decided[i]);
        if (decided[i].targetName != items[i].sourceName && !items[i].sourceName.empty()) {
            if (std::string text = note(items[i], decided[i]); !text.empty())
                notes.push_back(std::move(text));
        }
    }
}

} // namespace ferry::mapping
