// SPDX-License-Identifier: MIT
#pragma once

#include "engine/catalog/catalog.h"
#include "engine/core/error.h"
#include "engine/core/sql_dialect.h"
#include "engine/project/project.h"

#include <string>
#include <vector>

namespace ferry::conversion {

/**
 * Schema conversion (DESIGN §6, issue #14): a source catalog becomes the target SQL that
 * creates it, object by object, split into what goes before the data (pre-data: schemas,
 * types, sequences, tables with their primary keys, routines, views) and after it (post-data:
 * unique keys and secondary indexes, foreign keys, triggers), so loads and CDC run before
 * triggers and foreign keys exist.
 *
 * Tables are planned exactly as a task plans them (mapping::planMapping with the task's rules:
 * the same names, types, keys and index names) and written by the target's DDL writer, so
 * `ferry convert` and `ferry migrate` cannot disagree. What is not converted (yet, or ever)
 * becomes an action item and keeps its source text: never dropped, never guessed.
 *
 * Pure: no connection; thread-safe. docs/conversion.md.
 */

/// Before or after the data.
enum class ObjectPhase { PreData, PostData };

/// Kinds of objects, in apply order (pre-data first).
enum class ObjectCategory {
    Schema,
    Type,
    Sequence,
    Table, ///< with its columns, checks and primary key
    Routine,
    View,
    Index, ///< unique keys and secondary indexes
    ForeignKey,
    Trigger,
};

[[nodiscard]] const char *objectCategoryName(ObjectCategory category); ///< "table", ...
[[nodiscard]] ObjectPhase phaseOf(ObjectCategory category);

/// How much work an action item is, as SCT grades them.
enum class ActionComplexity { Simple, Medium, Complex };
[[nodiscard]] const char *actionComplexityName(ActionComplexity complexity); ///< "simple", ...

/// Something the user must do or check by hand.
struct ActionItem
{
    std::string code; ///< stable, for filtering and docs: "CONV-VIEW-MANUAL", ...
    ActionComplexity complexity = ActionComplexity::Simple;
    std::string message; ///< one sentence: what and why
    std::string recommendation; ///< how to fix it
};

/// One object of the source and what it became on the target.
struct ConvertedObject
{
    ObjectCategory category = ObjectCategory::Table;
    std::string sourceSchema;
    std::string sourceName; ///< indexes and keys: "table.name"
    std::string targetSchema;
    std::string targetName;
    /// The target SQL, in order; empty when the object is not converted (see actions).
    std::vector<std::string> statements;
    /// The source definition of a view, routine, trigger or type, kept beside an action item.
    std::string sourceText;
    std::vector<ActionItem> actions;

    [[nodiscard]] bool converted() const { return !statements.empty(); }
};

struct SchemaConversion
{
    SqlDialect source = SqlDialect::Generic;
    SqlDialect target = SqlDialect::Generic;
    std::vector<ConvertedObject> objects; ///< in apply order
    /// Warnings of the table mapping (rules that matched nothing, ...).
    std::vector<std::string> mappingWarnings;

    [[nodiscard]] size_t actionCount() const;
};

struct ConversionOptions
{
    SqlDialect target = SqlDialect::PostgreSql; ///< PostgreSQL, MySQL, MariaDB or SQLite
    /// Where the tables of SQLite's "main" go; empty: the target's own default ("public").
    std::string targetDefaultSchema;
    /// The task's table mapping (selection and transformation rules); null: every table of
    /// every non-system schema, as DMS's default mapping.
    const project::TableMapping *mapping = nullptr;
};

/**
 * Converts the catalog for the target. Errors: a target Ferry cannot write (T-SQL, PL/SQL:
 * UnsupportedFeature) and mapping rules that cannot apply (ProjectInvalid, naming the rule).
 */
[[nodiscard]] Result<SchemaConversion> convertSchema(const Catalog &catalog,
                                                     const ConversionOptions &options);

} // namespace ferry::conversion
