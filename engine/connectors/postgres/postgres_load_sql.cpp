// SPDX-License-Identifier: MIT
#include "engine/connectors/postgres/postgres_load_sql.h"

#include "engine/core/dialect.h"

namespace ferry::postgres {

namespace {

constexpr Dialect Pg = Dialect::PostgreSql;

std::string quoted(std::string_view identifier) { return quoteIdentifier(Pg, identifier); }

const char *comparison(load::FilterOperator op)
{
    switch (op) {
    case load::FilterOperator::Ste:
        return " <= ";
    case load::FilterOperator::Gte:
        return " >= ";
    case load::FilterOperator::Eq:
        return " = ";
    case load::FilterOperator::NotEq:
        return " <> ";
    default:
        return nullptr;
    }
}

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
    std::vector<std::string> terms;
    const auto bind = [&](const std::string &value, const std::string &castType) {
        out->values.push_back(value);
        return placeholder(out->values.size(), castType);
    };
    for (const load::ColumnFilter &filter : filters) {
        if (filter.anyOf.empty())
            continue;
        const auto type = castTypes.find(filter.column);
        if (type == castTypes.end()) {
            if (missingColumn)
                *missingColumn = filter.column;
            return false;
        }
        const std::string column = quoted(filter.column);
        std::string term;
        for (const load::FilterCondition &condition : filter.anyOf) {
            if (!term.empty())
                term += " OR ";
            switch (condition.op) {
            case load::FilterOperator::Ste:
            case load::FilterOperator::Gte:
            case load::FilterOperator::Eq:
            case load::FilterOperator::NotEq:
                term += column + comparison(condition.op) + bind(condition.value, type->second);
                break;
            case load::FilterOperator::Between:
            case load::FilterOperator::NotBetween: {
                // Bound one after the other so the placeholders number in reading order.
                const std::string start = bind(condition.start, type->second);
                const std::string end = bind(condition.end, type->second);
                term += column
                    + (condition.op == load::FilterOperator::Between ? " BETWEEN "
                                                                     : " NOT BETWEEN ")
                    + start + " AND " + end;
                break;
            }
            case load::FilterOperator::Null:
                term += column + " IS NULL";
                break;
            case load::FilterOperator::NotNull:
                term += column + " IS NOT NULL";
                break;
            }
        }
        terms.push_back("(" + term + ")");
    }
    if (range) {
        const std::string column = quoted(range->column);
        if (range->lowerExclusive)
            terms.push_back(column + " > "
                            + bind(std::to_string(*range->lowerExclusive), "bigint"));
        if (range->upperInclusive) {
            terms.push_back(column
                            + " <= " + bind(std::to_string(*range->upperInclusive), "bigint"));
        }
    }
    for (size_t i = 0; i < terms.size(); ++i)
        out->sql += (i ? " AND " : "") + terms[i];
    return true;
}

} // namespace ferry::postgres
