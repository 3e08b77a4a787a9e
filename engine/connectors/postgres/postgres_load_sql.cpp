// SPDX-License-Identifier: MIT
#include "engine/connectors/postgres/postgres_load_sql.h"

#include "engine/core/dialect.h"
#include "engine/load/where_clause.h"

namespace ferry::postgres {

namespace {

constexpr Dialect Pg = Dialect::PostgreSql;

std::string quoted(std::string_view identifier) { return quoteIdentifier(Pg, identifier); }

} // namespace

std::string bindPlaceholder(size_t n, const std::string &castType)
{
    std::string text(1, '$');
    text += std::to_string(n);
    text += "::";
    text += castType;
    return text;
}

std::string settingName(size_t n) { return "ferry.p" + std::to_string(n); }

std::string settingPlaceholder(size_t n, const std::string &castType)
{
    // A scalar subquery is evaluated once per statement (an InitPlan), not once per row.
    return "(SELECT current_setting('" + settingName(n) + "')::" + castType + ")";
}

bool buildCondition(const std::vector<load::ColumnFilter> &filters,
                    const std::optional<load::KeyRange> &range,
                    const std::map<std::string, std::string> &castTypes,
                    const PlaceholderRenderer &placeholder, BoundCondition *out,
                    std::string *missingColumn)
{
    for (const load::ColumnFilter &filter : filters) {
        if (!filter.anyOf.empty() && !castTypes.count(filter.column)) {
            if (missingColumn)
                *missingColumn = filter.column;
            return false;
        }
    }
    load::ConditionStyle style;
    style.quote = quoted;
    style.rowValues = true;
    style.placeholder = [&](size_t n, const load::ConditionValue &value) {
        const auto type = castTypes.find(value.column);
        if (type != castTypes.end())
            return placeholder(n, type->second);
        return placeholder(n, value.keyType.family == TypeFamily::Integer ? "bigint" : "text");
    };
    load::SqlCondition condition = load::buildCondition(filters, range, style);
    if (!condition.error.empty()) {
        if (missingColumn)
            *missingColumn = condition.error;
        return false;
    }
    out->sql = std::move(condition.sql);
    for (load::ConditionValue &value : condition.values)
        out->values.push_back(std::move(value.text));
    return true;
}

} // namespace ferry::postgres
