// SPDX-License-Identifier: MIT
#include "engine/catalog/catalog.h"
#include "engine/core/enum_names.h"

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

constexpr const char *IdentityKindNames[] = {"none", "always", "by-default"};
static_assert(namesEvery(IdentityKindNames, IdentityKind::ByDefault));

const char *identityKindName(IdentityKind kind) { return nameOf(IdentityKindNames, kind); }

constexpr const char *ReferentialActionNames[]
    = {"NO ACTION", "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT"};
static_assert(namesEvery(ReferentialActionNames, ReferentialAction::SetDefault));

const char *referentialActionName(ReferentialAction action)
{
    return nameOf(ReferentialActionNames, action);
}

ReferentialAction referentialActionFromName(std::string_view name)
{
    return valueNamed<ReferentialAction>(ReferentialActionNames, name, NameCase::Ignored)
        .value_or(ReferentialAction::NoAction);
}

constexpr const char *RoutineKindNames[] = {"function", "procedure", "aggregate"};
static_assert(namesEvery(RoutineKindNames, RoutineKind::Aggregate));

const char *routineKindName(RoutineKind kind) { return nameOf(RoutineKindNames, kind); }

constexpr const char *TriggerTimingNames[] = {"BEFORE", "AFTER", "INSTEAD OF"};
static_assert(namesEvery(TriggerTimingNames, TriggerTiming::InsteadOf));

const char *triggerTimingName(TriggerTiming timing) { return nameOf(TriggerTimingNames, timing); }

constexpr const char *UserTypeKindNames[] = {"enum", "domain", "composite", "range"};
static_assert(namesEvery(UserTypeKindNames, UserTypeKind::Range));

const char *userTypeKindName(UserTypeKind kind) { return nameOf(UserTypeKindNames, kind); }

} // namespace ferry
