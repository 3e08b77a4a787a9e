// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/load_session.h"

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::postgres {

/**
 * The SQL text the PostgreSQL data path sends: target types and DDL, source filters with their
 * values bound, `?` placeholders numbered. Pure functions on values (no libpq); thread-safe.
 * Identifiers are quoted with quoteIdentifier(); values never appear in the text.
 */

/// The lossless PostgreSQL type for a canonical type (TargetSession::nativeType).
[[nodiscard]] std::string nativeTypeFor(const CanonicalType &type);

/// Longest char(n)/varchar(n) PostgreSQL accepts.
constexpr int64_t MaxCharacterLength = 10'485'760;

/// Rewrites `?` placeholders to $1..$n, leaving alone '?' inside '...' / E'...' strings,
/// "..." identifiers, $tag$...$tag$ bodies and -- or /* */ comments. *count gets n.
[[nodiscard]] std::string numberPlaceholders(std::string_view sql, size_t *count);

/// A WHERE clause (without the keyword; empty when there is nothing to filter) and the values
/// it references, in placeholder order.
struct BoundCondition
{
    std::string sql;
    std::vector<std::string> values;
};

/// Renders the parameter with 1-based number n, of PostgreSQL type `castType`, in the SQL.
using PlaceholderRenderer = std::function<std::string(size_t n, const std::string &castType)>;

/**
 * The conditions of DMS filters (AND of filters, OR of each filter's conditions) and of a
 * key range. castTypes maps each filter column to the (quoted, typmod-free) type its values
 * are cast to; a KeyRange bound is cast to bigint. Returns false and names the column in
 * *missingColumn when a filter column has no cast type.
 */
[[nodiscard]] bool buildCondition(const std::vector<load::ColumnFilter> &filters,
                                  const std::optional<load::KeyRange> &range,
                                  const std::map<std::string, std::string> &castTypes,
                                  const PlaceholderRenderer &placeholder, BoundCondition *out,
                                  std::string *missingColumn);

/// "$n::type" for statements with real bind parameters.
[[nodiscard]] std::string bindPlaceholder(size_t n, const std::string &castType);
/// The placeholder for COPY, which takes no bind parameters: the value was stored beforehand
/// with set_config('ferry.pN', value) and is read back once per statement as an InitPlan.
[[nodiscard]] std::string settingPlaceholder(size_t n, const std::string &castType);
/// The name of the custom setting that holds value n for settingPlaceholder().
[[nodiscard]] std::string settingName(size_t n);

/// One column definition of CREATE TABLE: name, type, identity, NOT NULL.
[[nodiscard]] std::string columnDefinition(const load::TargetColumn &column);

/// CREATE TABLE with its columns and, when primaryKeyName is given (empty string: let the
/// server name it), the primary key.
[[nodiscard]] std::string createTableSql(const load::TargetTable &table,
                                         const std::optional<std::string> &primaryKeyName);

/// ALTER TABLE ... ADD [CONSTRAINT name] PRIMARY KEY / UNIQUE (columns).
[[nodiscard]] std::string addKeySql(const load::TargetTable &table, const KeyConstraint &key,
                                    const std::string &name, bool primary);

/// CREATE [UNIQUE] INDEX [name] ON table USING method (columns/expressions) [WHERE predicate].
/// MySQL prefix lengths are dropped. A MySQL FULLTEXT index becomes a GIN index on
/// to_tsvector('simple', ...) of its columns joined with spaces (coalesce and || are
/// immutable, concat_ws is not); other methods PostgreSQL lacks become btree (callers skip
/// spatial indexes: isSpatialIndex).
[[nodiscard]] std::string createIndexSql(const load::TargetTable &table, const Index &index,
                                         const std::string &name);

/// A MySQL SPATIAL index: geometry is carried as text, so there is nothing to build it on.
[[nodiscard]] bool isSpatialIndex(const Index &index);

/// ALTER TABLE ... ADD [CONSTRAINT name] FOREIGN KEY ... REFERENCES ... ON UPDATE/DELETE.
[[nodiscard]] std::string addForeignKeySql(const load::TargetTable &table, const ForeignKey &key);

/// The PostgreSQL index access method for a catalog method name.
[[nodiscard]] std::string indexMethod(std::string_view method);

/// True for the name MySQL gives every primary key ("PRIMARY"), which is no name to carry over.
[[nodiscard]] bool isGenericPrimaryKeyName(std::string_view name);

} // namespace ferry::postgres
