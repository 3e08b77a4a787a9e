// SPDX-License-Identifier: MIT
#pragma once

#include "engine/types/canonical_type.h"

#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace ferry::tsql {

/**
 * SQL Server alias types (CREATE TYPE [schema.]name FROM base [NOT NULL]): the alias name,
 * lower case, with or without its schema ("phone", "dbo.phone"), to the base type text
 * ("varchar(20)"). Filled by the caller from sys.types (is_user_defined = 1,
 * is_table_type = 0) or from the CREATE TYPE statements of a script.
 */
using AliasTypes = std::map<std::string, std::string, std::less<>>;

/**
 * Native SQL Server (T-SQL) type text -> canonical type. Pure function, thread-safe.
 *
 * Input is a type as written in a column definition or as INFORMATION_SCHEMA / sys.types name
 * it with its arguments: "nvarchar(max)", "DECIMAL(18, 2)", "[datetime2](7)",
 * "varchar(50) COLLATE Latin1_General_CI_AS" (clauses after the type are ignored).
 * Case-insensitive, white space and [brackets] tolerated, a "sys." schema ignored. The rules:
 *
 * - bit -> boolean (0, 1 or NULL); tinyint -> integer(1, unsigned): SQL Server's tinyint is
 *   0..255; smallint/int/bigint -> integer(2/4/8).
 * - decimal/numeric/dec(p,s) -> decimal(p,s), default (18,0); money -> money(19,4) and
 *   smallmoney -> money(10,4) (fixed-point, 4 decimals); float(n) -> float(4) for n <= 24
 *   else float(8), plain float is float(53); real -> float(4); double precision -> float(8).
 * - char/nchar(n) -> char(n), varchar/nvarchar(n) -> string(n), default length 1; (max),
 *   text and ntext -> string lob; sysname -> string(128). A length in bytes (varchar under a
 *   UTF-8 collation) or in UTF-16 code units (nvarchar) becomes the same number of
 *   characters, which holds every value.
 * - binary(n) -> binary(n), varbinary(n) -> varbinary(n), default 1; varbinary(max) and
 *   image -> varbinary lob; rowversion and its old name timestamp -> binary(8) named
 *   "rowversion" (a row version number, not a point in time).
 * - date -> date; time(n) -> time(n); datetime -> timestamp(3) (it counts 1/300 s);
 *   smalldatetime -> timestamp(0) (minutes); datetime2(n) -> timestamp(n);
 *   datetimeoffset(n) -> timestamp(n, tz) with subtype "offset" (the value keeps its UTC
 *   offset). n defaults to 7 (100 ns) for time, datetime2 and datetimeoffset.
 * - uniqueidentifier -> uuid; xml (typed or not) -> xml; geometry/geography -> geometry with
 *   subtype "geometry"/"geography".
 * - sql_variant, hierarchyid, table types and anything else -> unknown, named after the type
 *   text (the text is kept).
 *
 * An alias type found in `aliases` maps as its base type, with the canonical type's name set
 * to the alias as written ("Phone"); an alias of an unknown base is unknown too.
 */
[[nodiscard]] CanonicalType canonicalType(std::string_view typeText,
                                          const AliasTypes &aliases = {});

/// SQL Server's default fractional seconds precision for time, datetime2, datetimeoffset.
constexpr int DefaultFractionalDigits = 7;

} // namespace ferry::tsql
