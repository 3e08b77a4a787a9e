// SPDX-License-Identifier: MIT
#pragma once

#include "engine/catalog/catalog.h"
#include "engine/core/dialect.h"
#include "engine/core/error.h"
#include "engine/load/load_session.h"
#include "engine/project/project.h"

#include <optional>
#include <string>
#include <vector>

namespace ferry::mapping {

/**
 * Applying a DMS table mapping (selection, transformation and table-settings rules, exactly as
 * in AWS DMS table-mapping JSON; ../shared/reference/dms-sct-behaviour.md §2-§3) to a source
 * catalog: which tables are loaded, under which target names, with which columns, types,
 * filters, keys and load settings. Pure functions on values; thread-safe.
 */

/// One target column and where its values come from.
struct ColumnPlan
{
    /// The source column read for it; empty name for an add-column without a source column.
    load::ReadColumn source;
    load::TargetColumn target; ///< target name, canonical type, nullability, identity
    /// add-column: the rule's expression (DMS syntax, $column references) - evaluated by the
    /// transform stage; empty for columns copied from the source.
    std::string expression;
    /// The rule that added, retyped or renamed it (in that order of preference); empty if none.
    std::string ruleId;
    /// The name was longer than the target's identifier limit and was shortened
    /// (fitIdentifier, engine/mapping/target_names.h).
    bool nameShortened = false;
};

/// Why a key, index or constraint is named as it is on the target.
enum class NameOrigin {
    Source, ///< the source's name, unique in its target scope
    Generated, ///< the source has none: named as PostgreSQL would (table_column_idx, ...)
    TablePrefixed, ///< the source's name is taken in the target scope: table_name
    Numbered, ///< still taken after prefixing: a number appended
};

/// A key, index or foreign key of a table and the name the target gives it.
struct ObjectName
{
    enum class Kind { PrimaryKey, UniqueKey, Index, ForeignKey };
    Kind kind = Kind::Index;
    std::string sourceName; ///< empty when the source leaves it unnamed
    std::string targetName;
    NameOrigin origin = NameOrigin::Source;
    bool shortened = false; ///< cut to the target's identifier limit (with a hash suffix)
};

[[nodiscard]] const char *objectKindName(ObjectName::Kind kind); ///< "index", "foreign key", ...

/// table-settings "parallel-load".
struct ParallelLoad
{
    enum class Type { None, Ranges, PartitionsAuto, PartitionsList, SubpartitionsAuto };
    Type type = Type::None;
    std::vector<std::string> columns; ///< ranges: the key columns
    /// ranges: the key columns as the source catalog has them (type, nullability), in order
    std::vector<load::ReadColumn> keyColumns;
    std::vector<std::vector<std::string>> boundaries; ///< ranges: upper bounds, one per range
    std::vector<std::string> partitions; ///< partitions-list
    std::vector<std::string> subpartitions; ///< partitions-list (Oracle sources)
    std::string ruleId;
};

/// table-settings "lob-settings" (overrides TargetMetadata for one table).
struct LobSettings
{
    /// As DMS writes it: "limited" (truncate at bulk-max-size), "unlimited" (bulk-max-size 0:
    /// full LOB mode) or "none" (use the task's LOB settings); nullopt when not given.
    std::optional<std::string> mode;
    std::optional<int64_t> bulkMaxSizeKb; ///< bulk-max-size
    std::optional<int64_t> lobChunkSizeKb; ///< lob-chunk-size (not in DMS; read when present)
    std::string ruleId;
};

struct TablePlan
{
    std::string sourceSchema;
    std::string sourceTable;
    load::TargetTable target; ///< target schema/name, columns, keys, indexes, FKs
    std::vector<ColumnPlan> columns; ///< same order as target.columns
    std::vector<load::ColumnFilter> filters; ///< of every include rule matching it (AND)
    std::optional<int64_t> rowEstimate;
    std::optional<int64_t> sizeBytes;
    ParallelLoad parallelLoad;
    std::optional<LobSettings> lobSettings;
    std::string selectionRuleId; ///< the first include/explicit rule that selected it
    int loadOrder = 0; ///< highest "load-order" of its selection rules (higher loads first)
    /// The target schema or table name was shortened to the identifier limit.
    bool nameShortened = false;
    /// Every key, index and foreign key in target, with the name the target gives it (decided
    /// for the whole plan at once: engine/mapping/target_names.h).
    std::vector<ObjectName> objectNames;

    /// The ReadRequest for this table (all slices): source columns in target order, filters.
    [[nodiscard]] load::ReadRequest readRequest() const;
    /// The WriteRequest for this table.
    [[nodiscard]] load::WriteRequest writeRequest() const;
};

struct MappingPlan
{
    /// Load order: higher load-order first, then by source schema and table name (byte order).
    std::vector<TablePlan> tables;
    /// Things the user should know: rules that matched nothing or were not applied, before-image
    /// rules accepted but not supported yet, settings ignored (each names the rule id); keys,
    /// indexes and foreign keys not created because of the selection or of rules.
    std::vector<std::string> warnings;
    /// Decisions worth knowing that need no action: keys and indexes renamed because their
    /// name is taken in the target's scope (logged as information).
    std::vector<std::string> notes;
};

struct PlanOptions
{
    Dialect targetDialect = Dialect::Sqlite;
    /// The target's default schema (TargetSession::defaultSchema()).
    std::string targetDefaultSchema;
    /// TargetMetadata.TargetSchema: when not empty every table goes to this schema, except that
    /// a schema `rename` rule wins (other schema rules transform this name).
    std::string targetSchema;
};

/**
 * Builds the plan (rule precedence and DMS semantics: the comment at the top of
 * mapping_plan.cpp). Without rules (nullptr) every table of every non-system schema is included
 * (DMS's default). Source schemas are carried over as target schemas (MySQL database <->
 * PostgreSQL schema), except SQLite's "main" which becomes targetDefaultSchema; an SQLite
 * target has no schemas (""). Foreign keys to tables that are not selected are dropped with a
 * warning. Errors (ProjectInvalid) name the rule id and the reason: a rule that cannot apply
 * (rename of a column that does not exist is a warning, not an error; define-primary-key on
 * an unknown column is an error).
 */
[[nodiscard]] Result<MappingPlan>
planMapping(const Catalog &source, const project::TableMapping *rules, const PlanOptions &options);

/// DMS wildcard match: `%` any run of characters, `_` one character, `[ab]` / `[a-d]` one of a
/// set or range, `[_]` a literal underscore (reference §2.3). Case-sensitive as in DMS; callers
/// pass names as the engine spells them.
[[nodiscard]] bool matchesPattern(std::string_view pattern, std::string_view name);

} // namespace ferry::mapping
