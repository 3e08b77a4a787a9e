// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/dialect.h"
#include "engine/core/sql_dialect.h"
#include "engine/types/canonical_type.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ferry {

/**
 * The database metadata model every connector reads into (DESIGN §1 catalog/).
 * Plain values, UTF-8 strings, no client-library types. Names are the engine's own spelling
 * (not quoted). Lists keep the engine's order (ordinal for columns, name otherwise).
 */

enum class IdentityKind { None, Always, ByDefault };
enum class ReferentialAction { NoAction, Restrict, Cascade, SetNull, SetDefault };

struct Column
{
    std::string name;
    int ordinal = 0;                 ///< 1-based position
    std::string nativeType;          ///< the engine's full type text, e.g. "int(10) unsigned"
    CanonicalType type;
    bool nullable = true;
    std::optional<std::string> defaultExpression; ///< as the engine reports it
    /// MySQL ON UPDATE expression (e.g. "current_timestamp(6)"); nullopt when none
    std::optional<std::string> onUpdateExpression;
    bool autoIncrement = false;      ///< MySQL AUTO_INCREMENT, SQLite AUTOINCREMENT, serial
    IdentityKind identity = IdentityKind::None;
    std::optional<std::string> generatedExpression;
    bool generatedStored = false;    ///< stored (true) or virtual (false) generated column
    std::string collation;
    std::string comment;
};

struct KeyConstraint
{
    std::string name;
    std::vector<std::string> columns;
};

struct ForeignKey
{
    std::string name;
    std::vector<std::string> columns;
    std::string referencedSchema;
    std::string referencedTable;
    std::vector<std::string> referencedColumns;
    ReferentialAction onUpdate = ReferentialAction::NoAction;
    ReferentialAction onDelete = ReferentialAction::NoAction;
};

struct IndexColumn
{
    std::string name;       ///< column name; empty when expression is set
    std::string expression; ///< expression for expression indexes
    bool descending = false;
    int prefixLength = 0;   ///< MySQL prefix index length (characters or bytes); 0 = whole
};

struct Index
{
    std::string name;
    bool unique = false;
    bool primary = false;   ///< the index backing the primary key
    std::vector<IndexColumn> columns;
    std::string method;     ///< btree, hash, gin, gist, fulltext, spatial, ...
    std::string predicate;  ///< WHERE clause of a partial index
};

struct CheckConstraint
{
    std::string name;
    std::string expression;
};

struct Table
{
    std::string name;
    std::string comment;
    std::optional<int64_t> rowEstimate;  ///< from statistics, not count(*)
    std::optional<int64_t> sizeBytes;
    std::vector<Column> columns;
    std::optional<KeyConstraint> primaryKey;
    std::vector<KeyConstraint> uniqueKeys;
    std::vector<ForeignKey> foreignKeys;
    std::vector<Index> indexes;
    std::vector<CheckConstraint> checks;

    [[nodiscard]] const Column *column(std::string_view columnName) const;
};

struct View
{
    std::string name;
    std::string definition;  ///< the SELECT as the engine returns it
    bool materialized = false;
    std::vector<Column> columns;
    std::string comment;
};

enum class RoutineKind { Function, Procedure, Aggregate };

struct RoutineArgument
{
    std::string name;
    std::string mode = "IN";  ///< IN, OUT, INOUT, VARIADIC
    std::string nativeType;
};

struct Routine
{
    std::string name;
    RoutineKind kind = RoutineKind::Function;
    std::string language;     ///< sql, plpgsql, c, ...
    std::vector<RoutineArgument> arguments;
    std::string returnType;   ///< native text; empty for procedures
    std::string body;         ///< routine body, or the full definition where that is all there is
};

enum class TriggerTiming { Before, After, InsteadOf };

struct Trigger
{
    std::string name;
    std::string table;
    TriggerTiming timing = TriggerTiming::Before;
    std::vector<std::string> events; ///< "INSERT", "UPDATE", "DELETE", "TRUNCATE"
    bool forEachRow = true;
    std::string body;         ///< the action (statement or EXECUTE FUNCTION ...)
    std::vector<std::string> updateColumns; ///< UPDATE OF columns; empty: any column
    std::string condition;    ///< WHEN condition as written, without WHEN; empty when none
};

struct Sequence
{
    std::string name;
    std::string dataType;
    int64_t start = 1;
    int64_t increment = 1;
    std::optional<int64_t> minValue;
    std::optional<int64_t> maxValue;
    bool cycle = false;
    std::optional<int64_t> currentValue; ///< last value handed out; nullopt if never used
    std::string ownedBy;                 ///< "table.column" for serial/identity sequences
};

enum class UserTypeKind { Enum, Domain, Composite, Range };

struct UserType
{
    std::string name;
    UserTypeKind kind = UserTypeKind::Enum;
    std::vector<std::string> labels;   ///< Enum
    std::string baseType;              ///< Domain base / Range subtype (native text)
    CanonicalType type;                ///< canonical form of the base (Domain) or of the type
    bool nullable = true;              ///< Domain NOT NULL
    std::optional<std::string> defaultExpression;
    std::vector<CheckConstraint> checks; ///< Domain checks
    std::vector<Column> attributes;    ///< Composite
};

struct Schema
{
    std::string name;
    std::vector<Table> tables;
    std::vector<View> views;
    std::vector<Routine> routines;
    std::vector<Trigger> triggers;
    std::vector<Sequence> sequences;
    std::vector<UserType> types;

    [[nodiscard]] const Table *table(std::string_view tableName) const;
};

/// The catalog of one database as read by one connector.
struct Catalog
{
    Dialect dialect = Dialect::Sqlite; ///< the connector that read it
    /// The SQL the database speaks (an ODBC source may be SQL Server: T-SQL).
    SqlDialect sqlDialect = SqlDialect::Generic;
    std::string product;        ///< "PostgreSQL", "MariaDB", "MySQL", "SQLite", ODBC DBMS name
    std::string serverVersion;
    std::string database;
    std::vector<Schema> schemas;

    [[nodiscard]] const Schema *schema(std::string_view schemaName) const;
};

/// Which part of a database to read.
struct CatalogFilter
{
    std::vector<std::string> schemas; ///< empty: all non-system schemas
    bool includeSystemSchemas = false;
    /// Read the catalog as of this exported source snapshot (load::SnapshotToken::id, the
    /// moment a task's data is read); "" for now. Connectors that cannot share snapshots
    /// ignore it.
    std::string snapshot;
};

[[nodiscard]] const char *identityKindName(IdentityKind kind);
[[nodiscard]] const char *referentialActionName(ReferentialAction action); ///< "NO ACTION", ...
/// The inverse of referentialActionName, case-insensitive; anything else is NoAction.
[[nodiscard]] ReferentialAction referentialActionFromName(std::string_view name);
[[nodiscard]] const char *routineKindName(RoutineKind kind);
[[nodiscard]] const char *triggerTimingName(TriggerTiming timing);
[[nodiscard]] const char *userTypeKindName(UserTypeKind kind);

} // namespace ferry
