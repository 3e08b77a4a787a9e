// SPDX-License-Identifier: MIT
#include "engine/conversion/conversion_files.h"

#include <map>
#include <sstream>

namespace ferry::conversion {

namespace {

std::string qualifiedName(const std::string &schema, const std::string &name)
{
    return schema.empty() ? name : schema + "." + name;
}

/// Every line of text behind "-- " (a comment of every SQL dialect).
void writeCommented(std::ostringstream &out, const std::string &text, const char *indent)
{
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);)
        out << "-- " << indent << line << "\n";
}

void writeObject(std::ostringstream &out, const ConvertedObject &object)
{
    out << "\n-- " << objectCategoryName(object.category) << " "
        << qualifiedName(object.sourceSchema, object.sourceName);
    if (object.converted())
        out << " -> " << qualifiedName(object.targetSchema, object.targetName);
    out << "\n";
    for (const ActionItem &action : object.actions) {
        out << "-- ACTION ITEM " << action.code << " (" << actionComplexityName(action.complexity)
            << "): " << action.message << "\n";
        if (!action.recommendation.empty())
            out << "--   " << action.recommendation << "\n";
    }
    for (const std::string &statement : object.statements)
        out << statement << ";\n";
    if (!object.converted() && !object.sourceText.empty()) {
        out << "-- Source definition:\n";
        writeCommented(out, object.sourceText, "  ");
    }
}

const char *dialectTitle(SqlDialect dialect) { return sqlDialectName(dialect); }

/// What a file holds, for its first line.
const char *contentsOf(ObjectCategory category)
{
    switch (category) {
    case ObjectCategory::Schema:
        return "schemas";
    case ObjectCategory::Type:
        return "user-defined types";
    case ObjectCategory::Sequence:
        return "sequences";
    case ObjectCategory::Table:
        return "tables with their primary keys";
    case ObjectCategory::Routine:
        return "functions and procedures";
    case ObjectCategory::View:
        return "views";
    case ObjectCategory::Index:
        return "unique keys and indexes";
    case ObjectCategory::ForeignKey:
        return "foreign keys";
    case ObjectCategory::Trigger:
        return "triggers";
    }
    return "objects";
}

} // namespace

std::string fileNameOf(ObjectCategory category)
{
    switch (category) {
    case ObjectCategory::Schema:
        return "010-pre-data-schemas.sql";
    case ObjectCategory::Type:
        return "020-pre-data-types.sql";
    case ObjectCategory::Sequence:
        return "030-pre-data-sequences.sql";
    case ObjectCategory::Table:
        return "040-pre-data-tables.sql";
    case ObjectCategory::Routine:
        return "050-pre-data-routines.sql";
    case ObjectCategory::View:
        return "060-pre-data-views.sql";
    case ObjectCategory::Index:
        return "110-post-data-indexes.sql";
    case ObjectCategory::ForeignKey:
        return "120-post-data-foreign-keys.sql";
    case ObjectCategory::Trigger:
        return "130-post-data-triggers.sql";
    }
    return "900-other.sql";
}

std::vector<SqlFile> conversionFiles(const SchemaConversion &conversion)
{
    std::map<ObjectCategory, std::ostringstream> texts;
    for (const ConvertedObject &object : conversion.objects) {
        auto [it, added] = texts.try_emplace(object.category);
        if (added)
            it->second << "-- Ferry schema conversion " << dialectTitle(conversion.source) << " -> "
                       << dialectTitle(conversion.target) << ": " << contentsOf(object.category)
                       << ", "
                       << (phaseOf(object.category) == ObjectPhase::PreData
                               ? "before the data is loaded"
                               : "after the data is loaded")
                       << ".\n-- Apply the files in file-name order.\n";
        writeObject(it->second, object);
    }
    std::vector<SqlFile> files;
    for (auto &[category, text] : texts)
        files.push_back({fileNameOf(category), category, text.str()});
    return files;
}

} // namespace ferry::conversion
