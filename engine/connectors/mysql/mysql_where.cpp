// SPDX-License-Identifier: MIT
#include "engine/connectors/mysql/mysql_where.h"

#include "engine/core/dialect.h"

#include <charconv>

namespace ferry::mysql::detail {

namespace {

std::string quoted(std::string_view identifier)
{
    return quoteIdentifier(Dialect::MySql, identifier);
}

} // namespace

load::SqlCondition whereCondition(const std::vector<load::ColumnFilter> &filters,
                                  const std::optional<load::KeyRange> &range)
{
    load::ConditionStyle style;
    style.quote = quoted;
    style.rowValues = false;
    return load::buildCondition(filters, range, style);
}

std::vector<BoundValue> boundValues(const load::SqlCondition &condition)
{
    std::vector<BoundValue> values;
    values.reserve(condition.values.size());
    for (const load::ConditionValue &value : condition.values) {
        const std::string &text = value.text;
        if (value.isKey && value.keyType.family == TypeFamily::Integer) {
            int64_t number = 0;
            const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
            if (error == std::errc() && end == text.data() + text.size()) {
                values.push_back(BoundValue::ofInt64(number));
                continue;
            }
        }
        if (value.isKey && value.keyType.family == TypeFamily::Decimal) {
            values.push_back(BoundValue::ofDecimal(text));
            continue;
        }
        values.push_back(BoundValue::ofText(text));
    }
    return values;
}

std::string orderBy(const std::vector<std::string> &columns)
{
    return load::orderByClause(columns, quoted);
}

} // namespace ferry::mysql::detail
