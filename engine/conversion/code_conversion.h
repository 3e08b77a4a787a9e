// SPDX-License-Identifier: MIT
#pragma once
// Views and triggers (issue #14): rewritten by rules where Ferry translates the source's SQL
// into the target's, else kept as action items with their source text. Used by
// convertSchema; docs/conversion.md.

#include "engine/catalog/table_definition.h"
#include "engine/conversion/schema_conversion.h"
#include "engine/convert/ddl/ddl_writer.h"

#include <map>
#include <string>
#include <vector>

namespace ferry::conversion::detail {

/// A view: rewritten where the pair is MySQL/MariaDB -> PostgreSQL, else an action item.
/// schemas: source schema -> target schema.
[[nodiscard]] ConvertedObject convertView(const View &view, const std::string &sourceSchema,
                                          const std::string &targetSchema,
                                          const convert::DdlWriter &writer, SqlDialect source,
                                          const std::map<std::string, std::string> &schemas);
/// Views after the views they read.
void orderViews(std::vector<ConvertedObject> &views, const convert::DdlWriter &writer);

/// A trigger of a MySQL/MariaDB table as a PostgreSQL trigger function and trigger: SET NEW.x
/// = ..., INSERT, UPDATE and DELETE statements; anything else (IF, DECLARE, SIGNAL, CALL, ...)
/// keeps it an action item. table: the trigger's table as converted (null: not converted).
[[nodiscard]] ConvertedObject convertTrigger(const Trigger &trigger,
                                             const std::string &sourceSchema,
                                             const std::string &targetSchema,
                                             const TableDefinition *table,
                                             const convert::DdlWriter &writer, SqlDialect source,
                                             const std::map<std::string, std::string> &schemas);

} // namespace ferry::conversion::detail
