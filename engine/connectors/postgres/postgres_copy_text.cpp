// SPDX-License-Identifier: MIT
#include "engine/connectors/postgres/postgres_copy_text.h"

#include "engine/load/canonical_array.h"
#include "engine/load/canonical_geometry.h"
#include "engine/load/canonical_interval.h"
#include "engine/load/canonical_json.h"
#include "engine/load/canonical_text.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <utility>

namespace ferry::postgres {

namespace {

/// Reads up to maxDigits digits of base (8 or 16) at p into value (p moves past them); returns
/// how many it read.
int readDigits(const char *&p, const char *end, int base, int maxDigits, int &value)
{
    int digits = 0;
    for (; digits < maxDigits && p < end; ++digits) {
        const int digit = load::hexDigitValue(*p);
        if (digit < 0 || digit >= base)
            break;
        value = value * base + digit;
        ++p;
    }
    return digits;
}

/// Appends the character escaped as backslash + c (the digits that may follow start at p,
/// which moves past them).
void appendEscape(std::string &out, char c, const char *&p, const char *end)
{
    constexpr std::string_view Letters = "bfnrtv";
    constexpr std::string_view Controls = "\b\f\n\r\t\v";
    if (const size_t letter = Letters.find(c); letter != std::string_view::npos) {
        out.push_back(Controls[letter]);
    } else if (c == 'x') {
        int value = 0;
        if (readDigits(p, end, 16, 2, value) == 0)
            out.push_back('x'); // "\x" without digits is a plain x, as the server reads it
        else
            out.push_back(static_cast<char>(value));
    } else if (c >= '0' && c <= '7') {
        int value = c - '0';
        readDigits(p, end, 8, 2, value);
        out.push_back(static_cast<char>(value & 0xff));
    } else {
        out.push_back(c);
    }
}

/// Appends field [p, end) to out with COPY text escapes undone.
void appendUnescaped(std::string &out, const char *p, const char *end)
{
    while (p < end) {
        const auto *backslash = static_cast<const char *>(std::memchr(p, '\\', size_t(end - p)));
        if (!backslash) {
            out.append(p, size_t(end - p));
            return;
        }
        out.append(p, size_t(backslash - p));
        p = backslash + 1;
        if (p == end) { // a lone trailing backslash: keep it
            out.push_back('\\');
            return;
        }
        const char c = *p++;
        appendEscape(out, c, p, end);
    }
}

/// Escape table for COPY FROM text: 0 = copy as is, 1 = NUL (not storable), else the letter
/// written after a backslash.
constexpr std::array<char, 256> makeEscapeTable()
{
    std::array<char, 256> table {};
    table[0] = 1;
    table[static_cast<unsigned char>('\\')] = '\\';
    table[static_cast<unsigned char>('\n')] = 'n';
    table[static_cast<unsigned char>('\r')] = 'r';
    table[static_cast<unsigned char>('\t')] = 't';
    return table;
}
constexpr std::array<char, 256> EscapeTable = makeEscapeTable();

/// Writes [p, end) escaped at out; returns the new end, or nullptr on a NUL byte.
char *writeEscaped(char *out, const char *p, const char *end)
{
    while (p < end) {
        const char *run = p;
        while (p < end && EscapeTable[static_cast<unsigned char>(*p)] == 0)
            ++p;
        const size_t length = size_t(p - run);
        std::memcpy(out, run, length);
        out += length;
        if (p == end)
            break;
        const char escape = EscapeTable[static_cast<unsigned char>(*p)];
        if (escape == 1)
            return nullptr;
        out[0] = '\\';
        out[1] = escape;
        out += 2;
        ++p;
    }
    return out;
}

/// Copies literal (without its terminating NUL) to p; returns the new end.
template<size_t Size> char *writeLiteral(char *p, const char (&literal)[Size])
{
    std::memcpy(p, literal, Size - 1);
    return p + Size - 1;
}

/// Writes bytes as lower-case hex digits at p; returns the new end.
char *writeHex(char *p, std::string_view bytes)
{
    static constexpr char HexDigits[] = "0123456789abcdef";
    for (unsigned char byte : bytes) {
        p[0] = HexDigits[byte >> 4];
        p[1] = HexDigits[byte & 0x0f];
        p += 2;
    }
    return p;
}

/// Writes at p the separator before the field at column and, when the field goes as NULL
/// (NULL, or a zero date PostgreSQL cannot hold), \N. Returns the new end and whether the
/// field is done.
std::pair<char *, bool> beginField(char *p, const load::RowBatch &batch, size_t column, size_t row,
                                   const CopyValueKind *kinds)
{
    if (column > 0)
        *p++ = '\t';
    if (batch.isNull(column, row)
        || (kinds[column] == CopyValueKind::Temporal && load::isZeroDate(batch.cell(column, row))))
        return {writeLiteral(p, "\\N"), true};
    return {p, false};
}

} // namespace

CopyFieldKind copyFieldKind(const CanonicalType &type)
{
    switch (type.family) {
    case TypeFamily::Boolean:
        return CopyFieldKind::Boolean;
    case TypeFamily::Binary:
    case TypeFamily::VarBinary:
        return CopyFieldKind::Bytea;
    case TypeFamily::Timestamp:
        return type.withTimeZone ? CopyFieldKind::TimestampTz : CopyFieldKind::Text;
    case TypeFamily::Json:
        return CopyFieldKind::Json;
    case TypeFamily::Interval:
        return CopyFieldKind::Interval;
    case TypeFamily::Array:
        return type.element ? CopyFieldKind::Array : CopyFieldKind::Text;
    case TypeFamily::Geometry:
        return load::isPostgresGeometricType(type.subtype) ? CopyFieldKind::Geometric
                                                           : CopyFieldKind::Text;
    default:
        return CopyFieldKind::Text;
    }
}

CopyField copyField(const CanonicalType &type)
{
    return CopyField {copyFieldKind(type), type};
}

std::string copySelectExpression(const std::string &quotedColumn, const CanonicalType &type)
{
    if (type.family == TypeFamily::Money)
        return quotedColumn + "::numeric";
    if (type.family == TypeFamily::Array && type.element
        && type.element->family == TypeFamily::Money)
        return quotedColumn + "::numeric[]";
    if (type.family == TypeFamily::Time && type.withTimeZone)
        return "(" + quotedColumn + " AT TIME ZONE 'UTC')::time";
    return quotedColumn;
}

namespace {

/// Appends the canonical form of a Json, Interval, Array or Geometric field [p, end) as a
/// cell: unescaped, then normalized; the text as PostgreSQL printed it when it does not parse.
void appendStructured(load::RowBatch &batch, size_t column, const char *p, const char *end,
                      const CopyField &field)
{
    thread_local std::string text;
    text.clear();
    appendUnescaped(text, p, end);
    std::string &out = batch.beginCell(column);
    bool normalized = false;
    switch (field.kind) {
    case CopyFieldKind::Json:
        normalized = load::appendCanonicalJson(out, text);
        break;
    case CopyFieldKind::Interval:
        normalized = load::appendCanonicalInterval(out, text, field.type.subtype);
        break;
    case CopyFieldKind::Array:
        normalized = load::appendArrayFromPostgres(out, text, *field.type.element);
        break;
    case CopyFieldKind::Geometric:
        normalized = load::appendGeometryFromPostgres(out, text, field.type.subtype);
        break;
    default:
        break;
    }
    if (!normalized)
        out.append(text);
    batch.endCell(column);
}

} // namespace

bool decodeCopyLine(std::string_view line, const CopyField *fields, size_t columnCount,
                    load::RowBatch &batch, CopyLineError *error)
{
    const char *p = line.data();
    const char *end = p + line.size();
    if (end > p && end[-1] == '\n')
        --end;
    const auto fail = [&](size_t column, const char *reason, const char *fieldEnd = nullptr) {
        batch.abandonRow();
        if (error) {
            error->column = column;
            error->reason = reason;
            error->value = fieldEnd ? std::string(p, std::min<size_t>(size_t(fieldEnd - p), 200))
                                    : std::string();
        }
        return false;
    };
    for (size_t column = 0; column < columnCount; ++column) {
        if (p > end)
            return fail(columnCount, "fewer fields than columns");
        const auto *tab = static_cast<const char *>(std::memchr(p, '\t', size_t(end - p)));
        const char *fieldEnd = tab ? tab : end;
        const size_t length = size_t(fieldEnd - p);
        if (length == 2 && p[0] == '\\' && p[1] == 'N') {
            batch.appendNull(column);
        } else {
            switch (fields[column].kind) {
            case CopyFieldKind::Json:
            case CopyFieldKind::Interval:
            case CopyFieldKind::Array:
            case CopyFieldKind::Geometric:
                appendStructured(batch, column, p, fieldEnd, fields[column]);
                break;
            case CopyFieldKind::Text:
                appendUnescaped(batch.beginCell(column), p, fieldEnd);
                batch.endCell(column);
                break;
            case CopyFieldKind::Boolean:
                if (length == 1 && p[0] == 't')
                    batch.appendCell(column, "true");
                else if (length == 1 && p[0] == 'f')
                    batch.appendCell(column, "false");
                else
                    return fail(column, "not a boolean", fieldEnd);
                break;
            case CopyFieldKind::Bytea:
                // hex output arrives as \\x<hex>: the backslash itself is escaped.
                if (length < 3 || p[0] != '\\' || p[1] != '\\' || p[2] != 'x'
                    || !load::appendUnhex(batch.beginCell(column),
                                          std::string_view(p + 3, length - 3))) {
                    return fail(column, "not bytea hex output", fieldEnd);
                }
                batch.endCell(column);
                break;
            case CopyFieldKind::TimestampTz: {
                std::string &data = batch.beginCell(column);
                const size_t start = data.size();
                appendUnescaped(data, p, fieldEnd);
                // The session time zone is UTC, so the offset is always +00; BC dates put
                // " BC" after it.
                const std::string_view value(data.data() + start, data.size() - start);
                if (value.size() > 3 && value.substr(value.size() - 3) == "+00") {
                    data.resize(data.size() - 3);
                } else if (value.size() > 6 && value.substr(value.size() - 6) == "+00 BC") {
                    data.erase(data.size() - 6, 3);
                }
                batch.endCell(column);
                break;
            }
            }
        }
        p = fieldEnd + 1;
    }
    if (p <= end)
        return fail(columnCount, "more fields than columns");
    batch.finishRow();
    return true;
}

CopyValueKind copyValueKind(const CanonicalType &type)
{
    switch (type.family) {
    case TypeFamily::Binary:
    case TypeFamily::VarBinary:
        return CopyValueKind::Bytea;
    case TypeFamily::Date:
    case TypeFamily::Timestamp:
        return CopyValueKind::Temporal;
    default:
        return CopyValueKind::Text;
    }
}

namespace {

/// The geometric types whose canonical text is WKT (line and circle keep PostgreSQL's text).
bool takesWkt(const std::string &typeName)
{
    return load::isPostgresGeometricType(typeName) && typeName != "line" && typeName != "circle";
}

} // namespace

CopyInput copyInput(const std::string &typeName, bool isArray, char delimiter,
                    const std::string &elementType)
{
    CopyInput input;
    if (isArray) {
        input.conversion = CopyInputConversion::Array;
        input.delimiter = delimiter;
        if (takesWkt(elementType))
            input.type = elementType;
    } else if (takesWkt(typeName)) {
        input.conversion = CopyInputConversion::Geometric;
        input.type = typeName;
    }
    return input;
}

void appendCopyInput(std::string &out, std::string_view cell, const CopyInput &input)
{
    switch (input.conversion) {
    case CopyInputConversion::Array:
        if (!cell.empty() && cell.front() == '['
            && load::appendPostgresArrayLiteral(out, cell, input.delimiter, input.type))
            return;
        break;
    case CopyInputConversion::Geometric:
        if (std::optional<std::string> literal = load::postgresGeometricLiteral(cell, input.type)) {
            out += *literal;
            return;
        }
        break;
    case CopyInputConversion::None:
        break;
    }
    out.append(cell);
}

void CopyBuffer::grow(size_t extra)
{
    size_t capacity = m_capacity ? m_capacity : 64 * 1024;
    while (capacity - m_size < extra)
        capacity *= 2;
    std::unique_ptr<char[]> data(new char[capacity]);
    if (m_size)
        std::memcpy(data.get(), m_data.get(), m_size);
    m_data = std::move(data);
    m_capacity = capacity;
}

size_t encodeCopyRow(const load::RowBatch &batch, size_t row, const CopyValueKind *kinds,
                     CopyBuffer &out)
{
    const size_t rowStart = out.size();
    const size_t columnCount = batch.columnCount();
    for (size_t column = 0; column < columnCount; ++column) {
        const std::string_view cell = batch.cell(column, row);
        // Room for the worst case of this field: every byte escaped or hex-encoded, plus
        // the \\x prefix or \N, and the separator.
        auto [p, done] = beginField(out.reserve(2 * cell.size() + 4), batch, column, row, kinds);
        if (done) {
            out.commit(p);
            continue;
        }
        if (kinds[column] == CopyValueKind::Bytea) {
            out.commit(writeHex(writeLiteral(p, "\\\\x"), cell));
            continue;
        }
        char *written = writeEscaped(p, cell.data(), cell.data() + cell.size());
        if (!written) {
            out.truncate(rowStart);
            return column;
        }
        out.commit(written);
    }
    out.commit(writeLiteral(out.reserve(1), "\n"));
    return CopyRowEncoded;
}

size_t encodeLargeCopyRow(const load::RowBatch &batch, size_t row, const CopyValueKind *kinds,
                          CopyBuffer &out, size_t chunkBytes, const CopyFlush &flush)
{
    const size_t columnCount = batch.columnCount();
    // A field that cannot be stored refuses the row before any of it is sent.
    for (size_t column = 0; column < columnCount; ++column) {
        if (batch.isNull(column, row) || kinds[column] == CopyValueKind::Bytea)
            continue;
        const std::string_view cell = batch.cell(column, row);
        if (std::memchr(cell.data(), '\0', cell.size()))
            return column;
    }
    // Escaping and hex are per byte, so a field may be cut anywhere (UTF-8 sequences hold no
    // byte that is escaped).
    const size_t piece = std::max<size_t>(1, chunkBytes / 2);
    auto flushIfFull = [&] { return out.size() < chunkBytes || flush(out); };
    for (size_t column = 0; column < columnCount; ++column) {
        auto [p, done] = beginField(out.reserve(4), batch, column, row, kinds);
        const std::string_view cell = batch.cell(column, row);
        const bool bytea = kinds[column] == CopyValueKind::Bytea;
        out.commit(bytea && !done ? writeLiteral(p, "\\\\x") : p);
        for (size_t offset = 0; !done && offset < cell.size(); offset += piece) {
            const std::string_view part = cell.substr(offset, piece);
            char *q = out.reserve(2 * part.size());
            out.commit(bytea ? writeHex(q, part)
                             : writeEscaped(q, part.data(), part.data() + part.size()));
            if (!flushIfFull())
                return CopyRowFlushFailed;
        }
    }
    out.commit(writeLiteral(out.reserve(1), "\n"));
    return flushIfFull() ? CopyRowEncoded : CopyRowFlushFailed;
}

} // namespace ferry::postgres
