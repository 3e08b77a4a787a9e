// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/load_session.h"

#include <string>
#include <string_view>
#include <vector>

namespace ferry::mysql {

/**
 * Target DDL for MySQL/MariaDB: canonical type -> native type, CREATE TABLE, index and foreign
 * key clauses. Pure functions on values; thread-safe. Private to the connector (the target
 * session uses them; tests call them directly).
 *
 * The type mapping (TargetSession::nativeType), lossless wherever MySQL can hold the values:
 * - boolean -> tinyint(1); integer widths 1/2/3/4/8 -> tinyint/smallint/mediumint/int/bigint,
 *   unsigned kept; float 4/8 -> float/double; money -> decimal(19,4).
 * - decimal(p,s) -> decimal(p,s) while p <= 65 and s <= 30. Unconstrained (PostgreSQL numeric)
 *   -> decimal(65,30), as AWS DMS does: it holds 35 integer and 30 fraction digits; longer
 *   fractions are rounded by the server. A declared precision or scale beyond MySQL's limits
 *   -> varchar(p + 2): the digits are kept as text rather than rounded.
 * - char(n) -> char(n) up to 255, else like string(n); string(n) -> varchar(n) up to 16383
 *   characters (utf8mb4's 65,535-byte row limit), else and for unbounded/lob -> longtext.
 * - binary(n) -> binary(n) up to 255, else like varbinary; varbinary(n) -> varbinary(n) up to
 *   16383 bytes, else and for unbounded/lob -> longblob.
 * - bit(n) -> bit(n) for 1..64; longer or unbounded bit strings -> varchar(n)/longtext of
 *   '0'/'1' text (bytes would lose the length of a varying bit string).
 * - date -> date; time(p) -> time(p) (-838:59:59..838:59:59); time with time zone ->
 *   varchar(32) (MySQL has no offset type); timestamp(p) with or without time zone ->
 *   datetime(p) (values with time zone are UTC; TIMESTAMP's 1970-2038 range is too small).
 *   A default precision (-1) becomes 6, more than 6 digits become 6.
 * - year -> year; uuid -> char(36); json -> json (MariaDB: longtext with a json_valid check);
 *   xml -> longtext; enum/set -> enum(...)/set(...) with the labels (set beyond 64 labels ->
 *   varchar); interval -> varchar(64); inet/cidr -> varchar(43); macaddr -> varchar(23).
 * - geometry -> longtext holding WKT (kept simple: no SRID and no spatial index);
 *   array/range/composite/row id/unknown -> longtext.
 */
[[nodiscard]] std::string nativeTypeFor(const CanonicalType &type);

/// The column types CREATE TABLE uses: nativeTypeFor, then, while the sum of the columns'
/// maximum byte lengths passes InnoDB's 65,535-byte row limit, the widest varchar/varbinary
/// columns become mediumtext/mediumblob (each change adds a line to *warnings).
[[nodiscard]] std::vector<std::string> tableColumnTypes(const load::TargetTable &table,
                                                        std::vector<std::string> *warnings);

/// True when an AUTO_INCREMENT column needs the primary key at create time: MySQL requires the
/// auto-increment column to be the first column of a key.
[[nodiscard]] bool needsPrimaryKeyAtCreate(const load::TargetTable &table);

/// CREATE TABLE `schema`.`name` (...) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4, with NOT NULL,
/// AUTO_INCREMENT (on integer columns; a key is added for it when the primary key is not
/// created now) and, when withPrimaryKey, the primary key.
[[nodiscard]] std::string createTableSql(const load::TargetTable &table, bool withPrimaryKey,
                                         std::vector<std::string> *warnings);

/// A column of an existing table, as information_schema.COLUMNS describes it.
struct ExistingColumn
{
    std::string name;
    std::string dataType; ///< DATA_TYPE, lower case ("varchar", "longtext")
    int64_t maxLength = -1; ///< CHARACTER_MAXIMUM_LENGTH (characters or bytes)
};

/**
 * The column list of a key or index: `a`, `b`(255) DESC, ... A column of a TEXT/BLOB type
 * needs a prefix length: 255 unless the index gives one (so only the first 255 characters
 * count for uniqueness; a line goes to *warnings). Long varchar/varbinary columns get the
 * longest prefix InnoDB's 3,072-byte key allows. With allowLongUnique (MariaDB 10.4+ unique
 * keys, which it backs with a hash when they are too long) columns keep their whole value.
 */
[[nodiscard]] std::string keyColumnsSql(const std::vector<IndexColumn> &columns,
                                        const std::vector<ExistingColumn> &existing,
                                        bool allowLongUnique, const std::string &what,
                                        std::vector<std::string> *warnings);

/// False for columns no ordinary index can hold: MySQL's native JSON and geometry types.
[[nodiscard]] bool isIndexable(const ExistingColumn &column);

/// "ON DELETE CASCADE"-style action text; SET DEFAULT (not in InnoDB) becomes NO ACTION.
[[nodiscard]] const char *referentialActionSql(ReferentialAction action);

} // namespace ferry::mysql
