// SPDX-License-Identifier: MIT
#include "engine/catalog/table_definition.h"

#include <algorithm>

namespace ferry {

const ColumnDefinition *TableDefinition::column(std::string_view columnName) const
{
    const auto found = std::find_if(
        columns.begin(), columns.end(),
        [columnName](const ColumnDefinition &column) { return column.name == columnName; });
    return found == columns.end() ? nullptr : &*found;
}

} // namespace ferry
