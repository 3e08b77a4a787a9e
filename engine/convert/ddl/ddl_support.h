// SPDX-License-Identifier: MIT
// Private to engine/convert/ddl: helpers the dialect writers share.
#pragma once

#include "engine/catalog/table_definition.h"

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace ferry::convert::detail {

/// UTF-8 text for a message argument.
[[nodiscard]] QString text(std::string_view utf8);

/// "schema.table", or "table" without a schema: how messages name a table.
[[nodiscard]] std::string displayName(std::string_view schema, std::string_view table);

/// Adds a sentence to *warnings when warnings is not null.
void warn(std::vector<std::string> *warnings, const QString &sentence);

/// The warning for a default left out of an identity or generated column.
void warnDefaultIgnored(std::vector<std::string> *warnings, const TableDefinition &table,
                        const ColumnDefinition &column);

/// True when the table's primary key is exactly this one column.
[[nodiscard]] bool isSoleKeyColumn(const TableDefinition &table, const ColumnDefinition &column);

} // namespace ferry::convert::detail
