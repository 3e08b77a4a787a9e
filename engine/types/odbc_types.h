// SPDX-License-Identifier: MIT
#pragma once

#include "engine/types/canonical_type.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ferry::odbc {

/// What an ODBC driver says about a column's type (SQLColumns / SQLProcedureColumns columns).
struct OdbcTypeInfo
{
    int dataType = 0; ///< DATA_TYPE: SQL type code (SQL_INTEGER = 4, ...)
    std::string typeName; ///< TYPE_NAME: the driver's native name
    std::optional<int64_t> columnSize; ///< COLUMN_SIZE (characters, digits or bytes)
    std::optional<int> decimalDigits; ///< DECIMAL_DIGITS (scale, fractional seconds)
    std::optional<int> precisionRadix; ///< NUM_PREC_RADIX: 10 (digits) or 2 (bits)
    bool isUnsigned = false; ///< known unsigned (SQL_DESC_UNSIGNED or refinement)
    /// The full native type text where known better than TYPE_NAME (e.g. MySQL's
    /// "enum('a','b')", SQLite's declared "DECIMAL(12,3)"); empty: TYPE_NAME is used.
    std::string nativeText;
};

/**
 * Maps an ODBC column description to a canonical type. Pure function, thread-safe.
 *
 * The SQL type code decides first:
 * - SQL_BIT -> Boolean (Bit(n) when COLUMN_SIZE > 1); SQL_TINYINT/SMALLINT/INTEGER/BIGINT ->
 *   Integer 1/2/4/8, unsigned from isUnsigned or an "unsigned" TYPE_NAME.
 * - SQL_DECIMAL/SQL_NUMERIC -> Decimal(COLUMN_SIZE, DECIMAL_DIGITS); no size: unconstrained.
 * - SQL_REAL -> Float(4); SQL_DOUBLE -> Float(8); SQL_FLOAT -> Float(8), Float(4) when the
 *   precision is at most 24 bits (radix 2) or 7 digits (radix 10).
 * - SQL_(W)CHAR -> Char(n); SQL_(W)VARCHAR -> String(n); SQL_(W)LONGVARCHAR -> String lob.
 *   A size of 0 or less means the driver does not know: unbounded.
 * - SQL_BINARY -> Binary(n); SQL_VARBINARY -> VarBinary(n); SQL_LONGVARBINARY -> VarBinary lob.
 * - SQL_TYPE_DATE -> Date; SQL_TYPE_TIME/SQL_TYPE_TIMESTAMP -> Time/Timestamp with
 *   DECIMAL_DIGITS fractional digits (0..9; anything else is "unknown", -1).
 * - SQL_GUID -> Uuid; SQL_INTERVAL_* -> Interval with the fields as subtype ("day to second").
 *
 * Drivers report some types with a code that loses meaning (psqlODBC: bool, jsonb and interval
 * as SQL_VARCHAR; MariaDB: BIT(n) as SQL_BINARY, ENUM as SQL_WCHAR; SQLite: DECIMAL(12,3) as
 * SQL_VARCHAR). A short list of well-known TYPE_NAMEs therefore refines the code: bool/boolean,
 * uuid, json/jsonb, xml, interval, timestamptz/timetz, year, mediumint, bit, enum/set,
 * bytea/blob kinds, text/clob kinds, money, inet/cidr/macaddr, and decimal/numeric(p,s) when the
 * code is not numeric. Driver-specific codes (e.g. SQL Server's -150..-155) and unknown names
 * map to Unknown with the native name kept in CanonicalType::name.
 */
[[nodiscard]] CanonicalType canonicalType(const OdbcTypeInfo &info);

/// Name of an SQL type code for messages and tests ("SQL_INTEGER", "SQL_WVARCHAR", ...);
/// "SQL type <n>" for codes ODBC does not define.
[[nodiscard]] std::string sqlTypeName(int dataType);

} // namespace ferry::odbc
