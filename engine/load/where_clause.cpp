// SPDX-License-Identifier: MIT
#include "engine/load/where_clause.h"

namespace ferry::load {

std::string whereClause(const std::vector<ColumnFilter> &filters,
                        const std::optional<KeyRange> &range,
                        const std::function<std::string(const std::string &)> &quote,
                        std::vector<WhereValue> *values)
{
    std::string sql;
    const auto addTerm = [&sql](const std::string &term) {
        sql += sql.empty() ? " WHERE " : " AND ";
        sql += term;
    };
    for (const ColumnFilter &filter : filters) {
        if (filter.anyOf.empty())
            continue;
        const std::string column = quote(filter.column);
        const auto text = [&](const std::string &value) {
            values->push_back(WhereValue{filter.column, value, 0});
        };
        std::string term = "(";
        for (size_t i = 0; i < filter.anyOf.size(); ++i) {
            const FilterCondition &condition = filter.anyOf[i];
            if (i > 0)
                term += " OR ";
            term += column;
            switch (condition.op) {
            case FilterOperator::Ste:
                term += " <= ?";
                text(condition.value);
                break;
            case FilterOperator::Gte:
                term += " >= ?";
                text(condition.value);
                break;
            case FilterOperator::Eq:
                term += " = ?";
                text(condition.value);
                break;
            case FilterOperator::NotEq:
                term += " <> ?";
                text(condition.value);
                break;
            case FilterOperator::Between:
            case FilterOperator::NotBetween:
                term += condition.op == FilterOperator::Between ? " BETWEEN ? AND ?"
                                                                : " NOT BETWEEN ? AND ?";
                text(condition.start);
                text(condition.end);
                break;
            case FilterOperator::Null: term += " IS NULL"; break;
            case FilterOperator::NotNull: term += " IS NOT NULL"; break;
            }
        }
        term += ')';
        addTerm(term);
    }
    if (range) {
        const std::string column = quote(range->column);
        if (range->lowerExclusive) {
            addTerm(column + " > ?");
            values->push_back(WhereValue{range->column, std::nullopt, *range->lowerExclusive});
        }
        if (range->upperInclusive) {
            addTerm(column + " <= ?");
            values->push_back(WhereValue{range->column, std::nullopt, *range->upperInclusive});
        }
    }
    return sql;
}

} // namespace ferry::load
