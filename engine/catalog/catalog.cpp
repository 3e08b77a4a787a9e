// SPDX-License-Identifier: MIT
#include "engine/catalog/catalog.h"

#include <algorithm>
#include <cctype>

namespace ferry {

namespace {
template<typename T>
const T *findByName(const std::vector<T> &items, std::string_view name)
{
    auto it = std::find_if(items.begin(), items.end(),
                           [name](const T &item) { return item.name == name; });
    return it == items.end() ? nullptr : &*it;
}
} // namespace

const Column *Table::column(std::string_view columnName) const
{
    return findByName(columns, columnName);
}

const Table *Schema::table(std::string_view tableName) const
{
    return findByName(tables, tableName);
}

const Schema *Catalog::schema(std::string_view schemaName) const
{
    return findByName(schemas, schemaName);
}

const char *identityKindName(IdentityKind kind)
{
    switch (kind) {
    case IdentityKind::None: return "none";
    case IdentityKind::Always: return "always";
    case IdentityKind::ByDefault: return "by-default";
    }
    return "none";
}

const char *referentialActionName(ReferentialAction action)
{
    switch (action) {
    case ReferentialAction::NoAction: return "NO ACTION";
    case ReferentialAction::Restrict: return "RESTRICT";
    case ReferentialAction::Cascade: return "CASCADE";
    case ReferentialAction::SetNull: return "SET NULL";
    case ReferentialAction::SetDefault: return "SET DEFAULT";
    }
    return "NO ACTION";
}

ReferentialAction referentialActionFromName(std::string_view name)
{
    std::string upper(name);
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return char(std::toupper(c)); });
    for (ReferentialAction action : {ReferentialAction::Restrict, ReferentialAction::Cascade,
                                     ReferentialAction::SetNull, ReferentialAction::SetDefault}) {
        if (upper == referentialActionName(action))
            return action;
    }
    return ReferentialAction::NoAction;
}

const char *routineKindName(RoutineKind kind)
{
    switch (kind) {
    case RoutineKind::Function: return "function";
    case RoutineKind::Procedure: return "procedure";
    case RoutineKind::Aggregate: return "aggregate";
    }
    return "function";
}

const char *triggerTimingName(TriggerTiming timing)
{
    switch (timing) {
    case TriggerTiming::Before: return "BEFORE";
    case TriggerTiming::After: return "AFTER";
    case TriggerTiming::InsteadOf: return "INSTEAD OF";
    }
    return "BEFORE";
}

const char *userTypeKindName(UserTypeKind kind)
{
    switch (kind) {
    case UserTypeKind::Enum: return "enum";
    case UserTypeKind::Domain: return "domain";
    case UserTypeKind::Composite: return "composite";
    case UserTypeKind::Range: return "range";
    }
    return "enum";
}

} // namespace ferry
