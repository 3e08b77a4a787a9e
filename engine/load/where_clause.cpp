// SPDX-License-Identifier: MIT
#include "engine/load/where_clause.h"

namespace ferry::load {

namespace {

/// Appends values and hands out their placeholders, numbered in the order they appear.
class Writer
{
public:
    Writer(const ConditionStyle &style, SqlCondition &out) : m_style(style), m_out(out) { }

    std::string quote(const std::string &column) const { return m_style.quote(column); }

    std::string filterValue(const std::string &column, const std::string &text)
    {
        return add(ConditionValue {column, text, false, {}});
    }

    std::string keyValue(const ReadColumn &column, const std::string &text)
    {
        return add(ConditionValue {column.name, text, true, column.type});
    }

private:
    std::string add(ConditionValue value)
    {
        m_out.values.push_back(std::move(value));
        if (!m_style.placeholder)
            return std::string(1, '?');
        return m_style.placeholder(m_out.values.size(), m_out.values.back());
    }

    const ConditionStyle &m_style;
    SqlCondition &m_out;
};

const char *comparison(FilterOperator op)
{
    switch (op) {
    case FilterOperator::Ste: return " <= ";
    case FilterOperator::Gte: return " >= ";
    case FilterOperator::Eq: return " = ";
    case FilterOperator::NotEq: return " <> ";
    default: return nullptr;
    }
}

/// "(c = ? OR c BETWEEN ? AND ? ...)" for one filter's conditions.
std::string filterTerm(const ColumnFilter &filter, Writer &writer)
{
    const std::string column = writer.quote(filter.column);
    std::string term(1, '(');
    for (size_t i = 0; i < filter.anyOf.size(); ++i) {
        const FilterCondition &condition = filter.anyOf[i];
        if (i > 0)
            term += " OR ";
        term += column;
        switch (condition.op) {
        case FilterOperator::Ste:
        case FilterOperator::Gte:
        case FilterOperator::Eq:
        case FilterOperator::NotEq:
            term += comparison(condition.op) + writer.filterValue(filter.column, condition.value);
            break;
        case FilterOperator::Between:
        case FilterOperator::NotBetween: {
            // Bound one after the other so that placeholders number in reading order.
            const std::string start = writer.filterValue(filter.column, condition.start);
            const std::string end = writer.filterValue(filter.column, condition.end);
            term += (condition.op == FilterOperator::Between ? " BETWEEN " : " NOT BETWEEN ")
                + start + " AND " + end;
            break;
        }
        case FilterOperator::Null: term += " IS NULL"; break;
        case FilterOperator::NotNull: term += " IS NOT NULL"; break;
        }
    }
    term += ')';
    return term;
}

/// The leading key column bounded on its own (`a >= ?`, `a <= ?`): implied by the comparison
/// that follows, it lets every planner see an index range and estimate it as one (PostgreSQL
/// estimates a row-value inequality like a one-sided one, and reads values inside COPY from
/// settings it cannot see when planning).
std::string leadingBound(const KeyRange &range, const KeyValue &bound, bool lower,
                         Writer &writer)
{
    const ReadColumn &first = range.columns[0];
    return writer.quote(first.name) + (lower ? " >= " : " <= ") + writer.keyValue(first, bound[0])
        + " AND ";
}

/// One side of a key range as a row-value comparison: `c > ?`, or
/// `a >= ? AND (a, b) > (?, ?)`.
std::string rowValueBound(const KeyRange &range, const KeyValue &bound, bool lower,
                          Writer &writer)
{
    const char *op = lower ? " > " : " <= ";
    if (range.columns.size() == 1)
        return writer.quote(range.columns[0].name) + op + writer.keyValue(range.columns[0], bound[0]);
    std::string columns, values;
    const std::string leading = leadingBound(range, bound, lower, writer);
    for (size_t i = 0; i < range.columns.size(); ++i) {
        if (i) {
            columns += ", ";
            values += ", ";
        }
        columns += writer.quote(range.columns[i].name);
        values += writer.keyValue(range.columns[i], bound[i]);
    }
    return leading + "(" + columns + ")" + op + "(" + values + ")";
}

/// The lexicographic comparison from column i on, expanded:
/// `(a > ? OR (a = ? AND (b > ? OR (b = ? AND c >= ?))))`, `strict` between the columns and
/// `last` for the last one.
std::string expandedFrom(const KeyRange &range, const KeyValue &bound, size_t i,
                         const char *strict, const char *last, Writer &writer)
{
    const ReadColumn &column = range.columns[i];
    const std::string name = writer.quote(column.name);
    if (i + 1 == range.columns.size())
        return name + last + writer.keyValue(column, bound[i]);
    std::string term = "(" + name + strict + writer.keyValue(column, bound[i]);
    term += " OR (" + name + " = " + writer.keyValue(column, bound[i]) + " AND ";
    term += expandedFrom(range, bound, i + 1, strict, last, writer);
    return term + "))";
}

/// One side of a key range, expanded for engines without (index-friendly) row values:
/// `c > ?`, or `a >= ? AND (a > ? OR (a = ? AND b > ?))`.
std::string expandedBound(const KeyRange &range, const KeyValue &bound, bool lower,
                          Writer &writer)
{
    const char *strict = lower ? " > " : " < ";
    const char *last = lower ? " > " : " <= ";
    if (range.columns.size() == 1)
        return expandedFrom(range, bound, 0, strict, last, writer);
    const std::string leading = leadingBound(range, bound, lower, writer);
    return leading + expandedFrom(range, bound, 0, strict, last, writer);
}

/// The key range's terms (AND'ed), with its NULL rule; none for a range without bounds.
std::vector<std::string> rangeTerms(const KeyRange &range, const ConditionStyle &style,
                                    Writer &writer, std::string &error)
{
    std::vector<std::string> bounds;
    const auto side = [&](const std::optional<KeyValue> &bound, bool lower) {
        if (!bound)
            return;
        if (bound->size() != range.columns.size() || range.columns.empty()) {
            error = "a key bound has " + std::to_string(bound->size()) + " values for "
                + std::to_string(range.columns.size()) + " key columns";
            return;
        }
        bounds.push_back(style.rowValues ? rowValueBound(range, *bound, lower, writer)
                                         : expandedBound(range, *bound, lower, writer));
    };
    side(range.lowerExclusive, true);
    side(range.upperInclusive, false);
    if (bounds.empty())
        return bounds;
    std::vector<std::string> nullable;
    for (const ReadColumn &column : range.columns) {
        if (column.nullable)
            nullable.push_back(writer.quote(column.name));
    }
    if (nullable.empty())
        return bounds;
    if (!range.nullsHere) {
        std::vector<std::string> terms;
        for (const std::string &column : nullable)
            terms.push_back(column + " IS NOT NULL");
        terms.insert(terms.end(), bounds.begin(), bounds.end());
        return terms;
    }
    std::string term = "((" + bounds[0];
    for (size_t i = 1; i < bounds.size(); ++i)
        term += " AND " + bounds[i];
    term += ')';
    for (const std::string &column : nullable)
        term += " OR " + column + " IS NULL";
    return {term + ')'};
}

} // namespace

SqlCondition buildCondition(const std::vector<ColumnFilter> &filters,
                            const std::optional<KeyRange> &range, const ConditionStyle &style)
{
    SqlCondition out;
    Writer writer(style, out);
    std::vector<std::string> terms;
    for (const ColumnFilter &filter : filters) {
        if (!filter.anyOf.empty())
            terms.push_back(filterTerm(filter, writer));
    }
    if (range) {
        for (std::string &term : rangeTerms(*range, style, writer, out.error))
            terms.push_back(std::move(term));
    }
    for (size_t i = 0; i < terms.size(); ++i) {
        if (i)
            out.sql += " AND ";
        out.sql += terms[i];
    }
    return out;
}

bool isWellFormed(const KeyRange &range)
{
    for (const std::optional<KeyValue> *bound : {&range.lowerExclusive, &range.upperInclusive}) {
        if (*bound && ((*bound)->size() != range.columns.size() || range.columns.empty()))
            return false;
    }
    return true;
}

std::string orderByClause(const std::vector<std::string> &columns,
                          const std::function<std::string(std::string_view)> &quote)
{
    std::string sql;
    for (size_t i = 0; i < columns.size(); ++i) {
        sql += i ? ", " : " ORDER BY ";
        sql += quote(columns[i]);
    }
    return sql;
}

} // namespace ferry::load
