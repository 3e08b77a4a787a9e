// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/row_batch.h"
#include "engine/types/canonical_type.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace ferry::postgres {

/**
 * The PostgreSQL COPY text format (https://www.postgresql.org/docs/15/sql-copy.html, "Text
 * Format") in both directions, straight between COPY lines and RowBatch cells: one pass over
 * each field, no allocation per cell. Pure functions and a plain buffer; no libpq.
 *
 * Thread: pure functions are thread-safe; a CopyBuffer belongs to one writer.
 */

/// How a field of `COPY (SELECT ...) TO STDOUT` output becomes a canonical cell (the session
/// runs with DateStyle ISO, TimeZone UTC, bytea_output hex, extra_float_digits 3; money and
/// time with time zone are converted in the SELECT list, see copySelectExpression()).
enum class CopyFieldKind : uint8_t {
    Text, ///< unescaped as is
    Boolean, ///< t/f -> true/false
    Bytea, ///< \x<hex> -> raw bytes
    TimestampTz, ///< "... +00" -> the UTC value without the offset
    Json, ///< json, jsonb -> canonical JSON (engine/load/canonical_json.h)
    Interval, ///< any IntervalStyle -> ISO 8601 (engine/load/canonical_interval.h)
    Array, ///< array output -> JSON array (engine/load/canonical_array.h); bounds kept as is
    Geometric, ///< point, lseg, box, path, polygon -> WKT; line, circle (canonical_geometry.h)
};

/// One column of COPY output: how it is decoded, and its canonical type (Array: the element
/// type decides each element's form; Interval: the declared fields; Geometric: the type).
struct CopyField
{
    CopyFieldKind kind = CopyFieldKind::Text;
    CanonicalType type;
};

[[nodiscard]] CopyFieldKind copyFieldKind(const CanonicalType &type);
[[nodiscard]] CopyField copyField(const CanonicalType &type);

/// The select-list expression that reads column `quotedColumn` for the canonical form: money
/// (and money[]) cast to numeric (no currency symbol or grouping), time with time zone shifted
/// to UTC and cast to time; the quoted column itself otherwise.
[[nodiscard]] std::string copySelectExpression(const std::string &quotedColumn,
                                               const CanonicalType &type);

struct CopyLineError
{
    size_t column = 0; ///< the field that failed; the column count for a wrong field count
    std::string reason;
    std::string value; ///< the field as received (at most 200 bytes), when one failed
};

/**
 * Decodes one line of COPY text output (the trailing newline optional) into a new row of
 * batch: "\N" is NULL, backslash escapes (\b \f \n \r \t \v \\, octal \ooo, hex \xhh and any
 * other escaped character) are undone, then the field is normalized for its kind (a Json,
 * Interval, Array or Geometric field that does not parse is kept as PostgreSQL printed it).
 * On a malformed line the partial row is abandoned, *error filled and false returned.
 */
[[nodiscard]] bool decodeCopyLine(std::string_view line, const CopyField *fields,
                                  size_t columnCount, load::RowBatch &batch, CopyLineError *error);

/// How a canonical cell is written as a COPY FROM text field.
enum class CopyValueKind : uint8_t {
    Text, ///< escaped; a NUL byte cannot be stored in PostgreSQL text types
    Bytea, ///< raw bytes as \\x<hex>
    Temporal, ///< escaped; MySQL zero dates become NULL (as DMS does)
};

[[nodiscard]] CopyValueKind copyValueKind(const CanonicalType &type);

/// Target column types that read the canonical text only after a conversion.
enum class CopyInputConversion : uint8_t {
    None,
    Array, ///< an array type: a JSON array becomes an array literal
    Geometric, ///< point, lseg, box, path, polygon: WKT becomes the type's text
};

/// How canonical cells are written into one target column, from the column's type on the
/// server (a table may exist with types the plan would not choose: TargetTablePrepMode
/// DO_NOTHING, TRUNCATE_BEFORE_LOAD).
struct CopyInput
{
    CopyInputConversion conversion = CopyInputConversion::None;
    char delimiter = ','; ///< Array: the element type's delimiter (typdelim)
    std::string type; ///< Geometric: the type's name; Array: the element's, when geometric
};

/// The conversion for a column of PostgreSQL type `typeName` (pg_catalog's types by name,
/// domains resolved to their base type, "" for other types); for an array type `isArray`,
/// `delimiter` its element type's typdelim and `elementType` the element type's name.
[[nodiscard]] CopyInput copyInput(const std::string &typeName, bool isArray, char delimiter,
                                  const std::string &elementType);

/// Appends the input for a canonical cell: converted as `input` says, or as it is when it
/// needs none or has no such form (PostgreSQL's own array literal, a shape the type cannot
/// hold), for the server to accept or refuse.
void appendCopyInput(std::string &out, std::string_view cell, const CopyInput &input);

/// A growable byte buffer written through raw pointers; keeps its capacity when cleared.
class CopyBuffer
{
public:
    const char *data() const { return m_data.get(); }
    size_t size() const { return m_size; }
    void clear() { m_size = 0; }
    void truncate(size_t size) { m_size = size; }

    /// A pointer where at least `extra` bytes may be written; commit(end) afterwards.
    char *reserve(size_t extra)
    {
        if (m_capacity - m_size < extra)
            grow(extra);
        return m_data.get() + m_size;
    }
    void commit(const char *end) { m_size = static_cast<size_t>(end - m_data.get()); }

private:
    void grow(size_t extra);

    std::unique_ptr<char[]> m_data;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

/// Returned by encodeCopyRow() when the row was encoded.
constexpr size_t CopyRowEncoded = static_cast<size_t>(-1);

/**
 * Appends row `row` of batch as one COPY text line (fields separated by tabs, NULL as \N,
 * backslash, newline, carriage return and tab escaped). When a Text column holds a NUL byte,
 * the row is not appended (out keeps its size) and that column's index is returned;
 * CopyRowEncoded otherwise.
 */
[[nodiscard]] size_t encodeCopyRow(const load::RowBatch &batch, size_t row,
                                   const CopyValueKind *kinds, CopyBuffer &out);

/// Returned by encodeLargeCopyRow() when flush failed (the row is partly sent).
constexpr size_t CopyRowFlushFailed = static_cast<size_t>(-2);

/// Sends what a CopyBuffer holds and clears it; false when sending failed.
using CopyFlush = std::function<bool(CopyBuffer &)>;

/**
 * encodeCopyRow() for a row of any size (a LOB of hundreds of MB): the fields are written in
 * pieces and flush(out) is called whenever out holds at least chunkBytes, so the row needs about
 * chunkBytes of buffer instead of twice its size (hex bytea) at once. The text fields are checked
 * for NUL bytes before anything is written, so a row this refuses sends nothing. Returns as
 * encodeCopyRow(), or CopyRowFlushFailed.
 */
[[nodiscard]] size_t encodeLargeCopyRow(const load::RowBatch &batch, size_t row,
                                        const CopyValueKind *kinds, CopyBuffer &out,
                                        size_t chunkBytes, const CopyFlush &flush);

} // namespace ferry::postgres
