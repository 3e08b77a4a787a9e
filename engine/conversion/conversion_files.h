// SPDX-License-Identifier: MIT
#pragma once

#include "engine/conversion/schema_conversion.h"

#include <string>
#include <vector>

namespace ferry::conversion {

/// One SQL file of a conversion, named so that file-name order is apply order and the name
/// says whether it goes before or after the data ("040-pre-data-tables.sql").
struct SqlFile
{
    std::string name;
    ObjectCategory category = ObjectCategory::Table;
    std::string text;
};

/// The file an object category is written to ("040-pre-data-tables.sql"); docs/conversion.md.
[[nodiscard]] std::string fileNameOf(ObjectCategory category);

/**
 * The SQL files of a conversion, one per category that has objects, in apply order. Each
 * object is introduced by a comment naming it (source -> target); converted objects are their
 * statements, each ended by ";"; every action item is a comment at its object's place, and an
 * object that is not converted keeps its source definition there, commented out - never
 * dropped, never guessed.
 */
[[nodiscard]] std::vector<SqlFile> conversionFiles(const SchemaConversion &conversion);

} // namespace ferry::conversion
