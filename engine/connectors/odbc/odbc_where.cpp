// SPDX-License-Identifier: MIT
#include "engine/connectors/odbc/odbc_where.h"

#include <charconv>

namespace ferry::odbc {

load::SqlCondition whereCondition(const std::vector<load::ColumnFilter> &filters,
                                  const std::optional<load::KeyRange> &range, SqlDialect dialect,
                                  const std::function<std::string(std::string_view)> &quote)
{
    load::ConditionStyle style;
    style.quote = quote;
    style.rowValues = dialect == SqlDialect::PostgreSql;
    return load::buildCondition(filters, range, style);
}

std::vector<WhereParameter> whereParameters(const load::SqlCondition &condition)
{
    std::vector<WhereParameter> parameters;
    for (const load::ConditionValue &value : condition.values) {
        WhereParameter parameter;
        parameter.text = value.text;
        if (value.isKey && value.keyType.family == TypeFamily::Integer) {
            const char *end = value.text.data() + value.text.size();
            const auto parsed = std::from_chars(value.text.data(), end, parameter.integer);
            parameter.isInteger = parsed.ec == std::errc() && parsed.ptr == end;
        }
        parameters.push_back(std::move(parameter));
    }
    return parameters;
}

} // namespace ferry::odbc
