// SPDX-License-Identifier: MIT
// The two tables the DDL integration tests create through each target session (PostgreSQL,
// MariaDB, SQLite) and then look up in the server's own catalog.
#pragma once

#include "engine/catalog/table_definition.h"

#include <string>

namespace ferry::test {

/// parent: an identity key and a unique code.
inline TableDefinition ddlParent(const std::string &schema)
{
    TableDefinition table;
    table.schema = schema;
    table.name = "parent";
    ColumnDefinition id;
    id.name = "id";
    id.type.family = TypeFamily::Integer;
    id.type.byteWidth = 8;
    id.nullable = false;
    id.autoIncrement = true;
    ColumnDefinition code;
    code.name = "code";
    code.type.family = TypeFamily::String;
    code.type.length = 10;
    code.nullable = false;
    table.columns = {id, code};
    table.primaryKey = KeyConstraint {"parent_pk", {"id"}};
    table.uniqueKeys = {KeyConstraint {"parent_code_key", {"code"}}};
    return table;
}

/**
 * "order line": identity key id; parent_id referencing parent (ON DELETE CASCADE); qty NOT
 * NULL DEFAULT 1 with CHECK (qty > 0); price NOT NULL DEFAULT 0; total GENERATED ALWAYS AS
 * (qty * price) STORED; "select" (a reserved word) with a comment holding a quote, a backslash
 * and UTF-8; a table comment; unique key (parent_id, "select"); index on qty DESC.
 */
inline TableDefinition ddlOrderLine(const std::string &schema)
{
    TableDefinition table;
    table.schema = schema;
    table.name = "order line";
    const auto column = [](const char *name, TypeFamily family, int width, bool nullable) {
        ColumnDefinition column;
        column.name = name;
        column.type.family = family;
        column.type.byteWidth = width;
        column.nullable = nullable;
        return column;
    };
    ColumnDefinition id = column("id", TypeFamily::Integer, 4, false);
    id.autoIncrement = true;
    ColumnDefinition qty = column("qty", TypeFamily::Integer, 4, false);
    qty.defaultExpression = "1";
    ColumnDefinition price = column("price", TypeFamily::Decimal, 0, false);
    price.type.precision = 10;
    price.type.scale = 2;
    price.defaultExpression = "0";
    ColumnDefinition total = column("total", TypeFamily::Decimal, 0, true);
    total.type.precision = 12;
    total.type.scale = 2;
    total.generatedExpression = "qty * price";
    total.generatedStored = true;
    ColumnDefinition select = column("select", TypeFamily::String, 0, true);
    select.type.length = 40;
    select.comment = "état de l'ordre \\ ok";
    table.columns
        = {id, column("parent_id", TypeFamily::Integer, 8, true), qty, price, total, select};
    table.primaryKey = KeyConstraint {"order_line_pk", {"id"}};
    table.uniqueKeys = {KeyConstraint {"order_line_parent_select_key", {"parent_id", "select"}}};
    Index byQuantity;
    byQuantity.name = "order_line_qty";
    byQuantity.columns = {IndexColumn {"qty", {}, true, 0}};
    table.indexes = {byQuantity};
    ForeignKey parent;
    parent.name = "order_line_parent";
    parent.columns = {"parent_id"};
    parent.referencedTable = "parent";
    parent.referencedColumns = {"id"};
    parent.onDelete = ReferentialAction::Cascade;
    table.foreignKeys = {parent};
    table.checks = {CheckConstraint {"qty_positive", "qty > 0"}};
    table.comment = "Lines of an order";
    return table;
}

} // namespace ferry::test
