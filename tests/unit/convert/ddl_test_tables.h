// SPDX-License-Identifier: MIT
// Table definitions the DDL writer tests share: one table with every kind of column and
// constraint, under names that need quoting (quotes, a reserved word, UTF-8).
#pragma once

#include "engine/catalog/table_definition.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace ferry::test {

inline CanonicalType typeOf(TypeFamily family, int byteWidth = 0)
{
    CanonicalType type;
    type.family = family;
    type.byteWidth = byteWidth;
    return type;
}

inline CanonicalType sizedType(TypeFamily family, int64_t length)
{
    CanonicalType type;
    type.family = family;
    type.length = length;
    return type;
}

inline CanonicalType decimalType(int precision, int scale)
{
    CanonicalType type;
    type.family = TypeFamily::Decimal;
    type.precision = precision;
    type.scale = scale;
    return type;
}

inline ColumnDefinition columnOf(const std::string &name, CanonicalType type, bool nullable = true)
{
    ColumnDefinition column;
    column.name = name;
    column.type = std::move(type);
    column.nullable = nullable;
    return column;
}

/**
 * order "items": an identity key "id", "select" (a reserved word) with a default and a comment
 * with a quote and UTF-8, "qty" NOT NULL with a default, "price", "total" generated (stored)
 * from both, "we""ird" (a quote in the name) as unbounded text, "名前" (UTF-8); primary key
 * order_pk, check qty_positive, a table comment with a backslash and quotes.
 */
inline TableDefinition orderItems(const std::string &schema)
{
    TableDefinition table;
    table.schema = schema;
    table.name = "order \"items\"";
    ColumnDefinition id = columnOf("id", typeOf(TypeFamily::Integer, 8), false);
    id.autoIncrement = true;
    ColumnDefinition state = columnOf("select", sizedType(TypeFamily::String, 40));
    state.defaultExpression = "'new'";
    state.comment = "état de l'ordre";
    ColumnDefinition qty = columnOf("qty", typeOf(TypeFamily::Integer, 4), false);
    qty.defaultExpression = "1";
    ColumnDefinition total = columnOf("total", decimalType(12, 2));
    total.generatedExpression = "qty * price";
    total.generatedStored = true;
    CanonicalType text = typeOf(TypeFamily::String);
    text.isLob = true;
    table.columns = {id,
                     state,
                     qty,
                     columnOf("price", decimalType(10, 2)),
                     total,
                     columnOf("we\"ird", text),
                     columnOf("名前", sizedType(TypeFamily::String, 10))};
    table.primaryKey = KeyConstraint {"order_pk", {"id"}};
    table.checks = {CheckConstraint {"qty_positive", "qty > 0"}};
    table.comment = "Orders \\ in 'sales'";
    return table;
}

/// Joins statements one per line, for comparisons with readable failure output.
inline QString lines(const std::vector<std::string> &statements)
{
    QStringList result;
    for (const std::string &statement : statements)
        result << QString::fromStdString(statement);
    return result.join(QLatin1Char('\n'));
}

} // namespace ferry::test
