// SPDX-License-Identifier: MIT
#include "engine/connectors/mysql/mysql_writer.h"

#include "engine/core/dialect.h"
#include "engine/core/tr.h"
#include "engine/load/canonical_text.h"
#include "engine/types/mysql_types.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <utility>
#include <cstring>

namespace ferry::mysql::detail {

namespace {

/// Ranges this small are inserted row by row after a LOAD DATA left warnings; larger ones are
/// split in halves and loaded again.
constexpr size_t RowByRowRows = 16;
/// Rows per multi-row INSERT when LOAD DATA LOCAL is not available (and at most 65,535
/// placeholders per statement, the protocol's limit).
constexpr size_t InsertRows = 500;
constexpr size_t MaxPlaceholders = 65535;

/// How a canonical cell is rendered for the target column; decided once per column.
enum class WriteKind : uint8_t {
    Text, ///< canonical text as is (numbers, dates, strings, ...)
    Binary, ///< raw bytes (bound as BLOB in INSERTs)
    Boolean, ///< true/false -> 1/0
    Bit, ///< '0'/'1' text into bit(n) via CAST(CONV(x, 2, 10) AS UNSIGNED)
    Spatial, ///< canonical WKT into a spatial column: ST_GeomFromText(wkt, srid)
};

/// A canonical geometry split into WKT and SRID ("SRID=4326;POINT(1 2)" -> "POINT(1 2)",
/// "4326"; no prefix: SRID "0").
std::pair<std::string_view, std::string_view> splitSrid(std::string_view cell)
{
    const size_t semicolon = cell.find(';');
    if (cell.substr(0, 5) != "SRID=" || semicolon == std::string_view::npos)
        return {cell, "0"};
    return {cell.substr(semicolon + 1), cell.substr(5, semicolon - 5)};
}

WriteKind writeKind(const CanonicalType &type)
{
    switch (type.family) {
    case TypeFamily::Boolean:
        return WriteKind::Boolean;
    case TypeFamily::Binary:
    case TypeFamily::VarBinary:
        return WriteKind::Binary;
    case TypeFamily::Bit:
        return nativeTypeFor(type).rfind("bit(", 0) == 0 ? WriteKind::Bit : WriteKind::Text;
    default:
        return WriteKind::Text;
    }
}

/// Bytes that LOAD DATA's ESCAPED BY '\\' needs escaped, and the letter after the backslash.
constexpr std::array<char, 256> escapeTable()
{
    std::array<char, 256> table {};
    table[static_cast<unsigned char>('\0')] = '0';
    table[static_cast<unsigned char>('\t')] = 't';
    table[static_cast<unsigned char>('\n')] = 'n';
    table[static_cast<unsigned char>('\\')] = '\\';
    return table;
}
constexpr std::array<char, 256> EscapeLetter = escapeTable();

inline char *appendEscaped(char *out, std::string_view value)
{
    const char *p = value.data();
    const char *const end = p + value.size();
    while (p < end) {
        const char *run = p;
        while (p < end && EscapeLetter[static_cast<unsigned char>(*p)] == 0)
            ++p;
        std::memcpy(out, run, size_t(p - run));
        out += p - run;
        if (p == end)
            break;
        *out++ = '\\';
        *out++ = EscapeLetter[static_cast<unsigned char>(*p)];
        ++p;
    }
    return out;
}

/// "1"/"0" for canonical booleans; other text goes to the server as is (and is refused there).
std::string_view booleanDigit(std::string_view value)
{
    if (value == "true")
        return "1";
    if (value == "false")
        return "0";
    if (const std::optional<bool> parsed = load::parseBoolean(value))
        return *parsed ? "1" : "0";
    return value;
}

/// Errors about one row's values: the server refuses the row, the rest of the batch can go.
bool isDataError(const ClientError &error)
{
    if (error.sqlState.rfind("22", 0) == 0 || error.sqlState.rfind("23", 0) == 0)
        return true;
    switch (error.number) {
    case 1048: // column cannot be null
    case 1062: // duplicate entry
    case 1263: // NULL supplied to NOT NULL column
    case 1264: // out of range
    case 1265: // data truncated
    case 1292: // incorrect date/time value
    case 1366: // incorrect value
    case 1367: // illegal value
    case 1406: // data too long
    case 1411: // incorrect value for function
    case 1452: // foreign key
    case 1690: // value out of range
    case 3140: // invalid JSON text (MySQL)
    case 3819: // check constraint (MySQL)
    case 4025: // check constraint (MariaDB)
        return true;
    default:
        return false;
    }
}

/// The server refuses LOAD DATA LOCAL: local_infile off on the server, or client-side refusal.
bool isLocalInfileRefused(unsigned int number)
{
    return number == 1148 || number == 3948 || number == 2068 || number == 3950;
}

/// The in-memory "file" a LOAD DATA LOCAL INFILE reads.
struct InfileSource
{
    const char *data = nullptr;
    size_t size = 0;
    size_t position = 0;
    const std::atomic<bool> *cancelled = nullptr;
};

int infileInit(void **handle, const char *, void *userdata)
{
    *handle = userdata;
    return userdata ? 0 : 1;
}

int infileRead(void *handle, char *buffer, unsigned int length)
{
    auto *source = static_cast<InfileSource *>(handle);
    if (!source || (source->cancelled && source->cancelled->load(std::memory_order_relaxed)))
        return -1;
    const size_t count = std::min<size_t>(length, source->size - source->position);
    std::memcpy(buffer, source->data + source->position, count);
    source->position += count;
    return static_cast<int>(count);
}

void infileEnd(void *) { }

int infileError(void *, char *message, unsigned int length)
{
    std::snprintf(message, length, "%s", "the load was cancelled or no batch was pending");
    return 2000; // CR_UNKNOWN_ERROR
}

class MySqlTableWriter final : public load::TableWriter
{
public:
    MySqlTableWriter(TargetState &state, const load::WriteRequest &request,
                     const std::vector<bool> &spatial)
        : m_state(state), m_location(tableLocation(request.schema, request.table))
    {
        size_t placeholderCount = 0;
        const std::string table = quoteQualified(Dialect::MySql, request.schema, request.table);
        std::string columns;
        std::string loadColumns;
        std::string loadSets;
        std::string placeholders;
        for (size_t i = 0; i < request.columns.size(); ++i) {
            const load::TargetColumn &column = request.columns[i];
            const std::string quoted = quoteIdentifier(Dialect::MySql, column.name);
            const WriteKind kind = i < spatial.size() && spatial[i] ? WriteKind::Spatial
                                                                    : writeKind(column.type);
            m_kinds.push_back(kind);
            placeholderCount += kind == WriteKind::Spatial ? 2 : 1;
            m_names.push_back(column.name);
            const char *separator = i == 0 ? "" : ", ";
            columns += separator + quoted;
            placeholders += separator;
            if (kind == WriteKind::Bit) {
                const std::string variable = "@ferry_v" + std::to_string(i + 1);
                loadColumns += separator + variable;
                loadSets += std::string(loadSets.empty() ? " SET " : ", ") + quoted
                    + " = CAST(CONV(" + variable + ", 2, 10) AS UNSIGNED)";
                placeholders += "CAST(CONV(?, 2, 10) AS UNSIGNED)";
            } else if (kind == WriteKind::Spatial) {
                // Two fields: the WKT and the SRID.
                const std::string number = std::to_string(i + 1);
                loadColumns += std::string(separator) + "@ferry_g" + number + ", @ferry_s" + number;
                loadSets += std::string(loadSets.empty() ? " SET " : ", ") + quoted
                    + " = ST_GeomFromText(@ferry_g" + number + ", @ferry_s" + number + ")";
                placeholders += "ST_GeomFromText(?, ?)";
                ++m_spatialColumns;
            } else {
                loadColumns += separator + quoted;
                placeholders += "?";
            }
        }
        // The literals are ours: '\t', '\\' and '\n' (the session's sql_mode has no
        // NO_BACKSLASH_ESCAPES). The file name is only a label; the handler ignores it.
        m_loadSql = "LOAD DATA LOCAL INFILE 'ferry-batch' INTO TABLE " + table
            + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
              " LINES TERMINATED BY '\\n' ("
            + loadColumns + ")" + loadSets;
        m_insertPrefix = "INSERT INTO " + table + " (" + columns + ") VALUES ";
        m_rowPlaceholders = "(" + placeholders + ")";
        m_insertRows = std::max<size_t>(
            1, std::min(InsertRows, MaxPlaceholders / std::max<size_t>(placeholderCount, 1)));
    }

    Result<void> write(const load::RowBatch &batch,
                       std::vector<load::RejectedRow> *rejected) override
    {
        if (m_cancelled.load())
            return cancelledError(m_location);
        if (batch.empty())
            return {};
        if (batch.columnCount() != m_kinds.size()) {
            return detail::columnCountError(
                EngineTr::tr("A batch for %1 has %2 columns, the writer expects %3."), m_location,
                batch.columnCount(), m_kinds.size());
        }
        std::vector<load::RejectedRow> ownRejected;
        std::vector<load::RejectedRow> *sink = rejected ? rejected : &ownRejected;
        const size_t rejectedBefore = sink->size();
        m_encoded = false;
        // Outside the session's transaction the batch gets one of its own: savepoints and
        // "all of the batch or none of it" need one.
        const bool ownTransaction = !inTransaction(m_state.mysql);
        if (auto failed = run(ownTransaction ? "START TRANSACTION" : "SAVEPOINT ferry_batch"))
            return *failed;
        if (ownTransaction) {
            if (auto failed = run("SAVEPOINT ferry_batch"))
                return *failed;
        }
        Result<void> result = m_state.localInfile ? loadRows(batch, 0, batch.rowCount(), true, sink)
                                                  : insertRows(batch, 0, batch.rowCount(), sink);
        if (result && ownTransaction) {
            if (auto failed = run("COMMIT"))
                result = *failed;
        }
        if (!result) {
            // Nothing of the batch stays: undo what went in (a lost connection undid it all).
            if (result.error().action != ErrorAction::Retry) {
                (void)runText(m_state.mysql,
                              ownTransaction ? "ROLLBACK" : "ROLLBACK TO SAVEPOINT ferry_batch");
            }
            sink->resize(rejectedBefore);
            return result;
        }
        return {};
    }

    void cancel() override
    {
        m_cancelled.store(true);
        m_state.killer->killQuery();
    }

private:
    enum class LoadOutcome { Clean, Unclean, Refused, Failed };

    std::optional<Error> run(std::string_view sql)
    {
        if (auto error = runText(m_state.mysql, sql))
            return failure(*error, sql);
        return std::nullopt;
    }

    Error failure(const ClientError &error, std::string_view sql) const
    {
        if (m_cancelled.load() || isInterrupted(error.number))
            return cancelledError(m_location);
        return statementError(EngineTr::tr("Writing to %1 on the MySQL/MariaDB target failed.")
                                  .arg(qs(m_location))
                                  .toStdString(),
                              error, sql, ErrorAction::FailTable, m_location);
    }

    /// Encodes every row of the batch once; any row range is then a slice of the buffer.
    void encode(const load::RowBatch &batch)
    {
        const size_t rows = batch.rowCount();
        const size_t columns = m_kinds.size();
        // Worst case: every byte escaped, every cell \N plus its separator (twice for spatial
        // columns, with an SRID of up to 10 digits).
        const size_t bound
            = 2 * batch.byteSize() + rows * (3 * columns + 14 * m_spatialColumns + 1) + 1;
        if (m_buffer.size() < bound)
            m_buffer.resize(bound);
        char *const base = m_buffer.data();
        char *out = base;
        m_rowStarts.resize(rows + 1);
        for (size_t r = 0; r < rows; ++r) {
            m_rowStarts[r] = size_t(out - base);
            for (size_t c = 0; c < columns; ++c) {
                if (c > 0)
                    *out++ = '\t';
                if (batch.isNull(c, r)) {
                    const bool spatial = m_kinds[c] == WriteKind::Spatial;
                    std::memcpy(out, spatial ? "\\N\t\\N" : "\\N", spatial ? 5 : 2);
                    out += spatial ? 5 : 2;
                    continue;
                }
                const std::string_view value = batch.cell(c, r);
                if (m_kinds[c] == WriteKind::Spatial) {
                    const auto [wkt, srid] = splitSrid(value);
                    out = appendEscaped(out, wkt);
                    *out++ = '\t';
                    out = appendEscaped(out, srid);
                    continue;
                }
                out = appendEscaped(out,
                                    m_kinds[c] == WriteKind::Boolean ? booleanDigit(value) : value);
            }
            *out++ = '\n';
        }
        m_rowStarts[rows] = size_t(out - base);
        m_encoded = true;
    }

    /// Sends `rows` encoded rows from data with LOAD DATA LOCAL INFILE and judges the result.
    LoadOutcome load(const char *data, size_t size, size_t rows, ClientError *error)
    {
        InfileSource source;
        source.data = data;
        source.size = size;
        source.cancelled = &m_cancelled;
        mysql_set_local_infile_handler(m_state.mysql, infileInit, infileRead, infileEnd,
                                       infileError, &source);
        const int status = mysql_real_query(m_state.mysql, m_loadSql.data(),
                                            static_cast<unsigned long>(m_loadSql.size()));
        refuseLocalInfileRequests(m_state.mysql);
        m_warnedRows.reset();
        if (status != 0) {
            *error = clientError(m_state.mysql);
            if (m_cancelled.load())
                return LoadOutcome::Failed;
            if (isLocalInfileRefused(error->number))
                return LoadOutcome::Refused;
            return isDataError(*error) ? LoadOutcome::Unclean : LoadOutcome::Failed;
        }
        const unsigned int warnings = mysql_warning_count(m_state.mysql);
        const bool allRows = mysql_affected_rows(m_state.mysql) == uint64_t(rows);
        if (warnings == 0 && allRows)
            return LoadOutcome::Clean;
        if (warnings == 0)
            return LoadOutcome::Unclean; // rows skipped without a word: bisect
        readWarnings(warnings, rows);
        if (allRows && m_warnedRows && m_warnedRows->empty())
            return LoadOutcome::Clean; // Notes only
        if (!allRows)
            m_warnedRows.reset(); // a skipped duplicate names no row
        return LoadOutcome::Unclean;
    }

    /**
     * Reads the statement's warnings (the session's max_error_count lets SHOW WARNINGS list
     * them all) into m_warnedRows: the 0-based rows that have a Warning or an Error. Notes do
     * not count: a strict INSERT accepts those values alike (a decimal rounded to the column's
     * scale, say), so going row by row would write the same rows, only far slower. nullopt
     * when the list is incomplete or an entry names no row ("... at row N").
     */
    void readWarnings(unsigned int count, size_t rows)
    {
        const std::string sql = "SHOW WARNINGS";
        if (mysql_real_query(m_state.mysql, sql.data(), static_cast<unsigned long>(sql.size()))
            != 0)
            return;
        MYSQL_RES *result = mysql_store_result(m_state.mysql);
        if (!result)
            return;
        std::vector<size_t> warned;
        bool complete = mysql_num_rows(result) == count;
        while (MYSQL_ROW row = complete ? mysql_fetch_row(result) : nullptr) {
            if (row[0] && std::strcmp(row[0], "Note") == 0)
                continue;
            const char *at = row[2] ? std::strstr(row[2], " at row ") : nullptr;
            const long number = at ? std::strtol(at + 8, nullptr, 10) : 0;
            if (number < 1 || size_t(number) > rows)
                complete = false;
            else
                warned.push_back(size_t(number - 1));
        }
        mysql_free_result(result);
        if (!complete)
            return;
        std::sort(warned.begin(), warned.end());
        warned.erase(std::unique(warned.begin(), warned.end()), warned.end());
        m_warnedRows = std::move(warned);
    }

    std::optional<Error> rollbackTo(const char *savepoint)
    {
        return run(std::string("ROLLBACK TO SAVEPOINT ") + savepoint);
    }

    /**
     * LOAD DATA for rows [begin, end). When the server warns, the statement is undone; if the
     * warnings name their rows, every other row goes in one more LOAD DATA and the named rows
     * one by one through a strict INSERT (which accepts or refuses each); otherwise the range
     * is split in halves, down to row by row for small ranges.
     */
    Result<void> loadRows(const load::RowBatch &batch, size_t begin, size_t end, bool whole,
                          std::vector<load::RejectedRow> *rejected)
    {
        if (m_cancelled.load())
            return cancelledError(m_location);
        if (!m_encoded)
            encode(batch);
        const char *savepoint = whole ? "ferry_batch" : "ferry_part";
        if (!whole) {
            if (auto failed = run("SAVEPOINT ferry_part"))
                return *failed;
        }
        ClientError error;
        switch (load(m_buffer.data() + m_rowStarts[begin], m_rowStarts[end] - m_rowStarts[begin],
                     end - begin, &error)) {
        case LoadOutcome::Clean:
            return {};
        case LoadOutcome::Failed:
            return failure(error, m_loadSql);
        case LoadOutcome::Refused:
            m_state.localInfile = false;
            m_state.warnLocalInfileOff(m_location);
            return insertRows(batch, begin, end, rejected);
        case LoadOutcome::Unclean:
            break;
        }
        const std::optional<std::vector<size_t>> warned = std::move(m_warnedRows);
        if (auto failed = rollbackTo(savepoint))
            return *failed;
        if (warned && !warned->empty() && warned->size() < end - begin) {
            std::optional<Result<void>> around = loadAround(batch, begin, end, *warned, rejected);
            if (around)
                return *around;
        }
        if (end - begin <= RowByRowRows)
            return insertRowByRow(batch, begin, end, rejected);
        const size_t middle = begin + (end - begin) / 2;
        if (Result<void> first = loadRows(batch, begin, middle, false, rejected); !first)
            return first;
        return loadRows(batch, middle, end, false, rejected);
    }

    /// The rows of [begin, end) except `warned` (offsets from begin) in one LOAD DATA, then the
    /// warned rows one by one. nullopt when that LOAD DATA is not clean either (it is undone).
    std::optional<Result<void>> loadAround(const load::RowBatch &batch, size_t begin, size_t end,
                                           const std::vector<size_t> &warned,
                                           std::vector<load::RejectedRow> *rejected)
    {
        m_scratch.clear();
        size_t next = 0;
        for (size_t r = begin; r < end; ++r) {
            if (next < warned.size() && warned[next] == r - begin) {
                ++next;
                continue;
            }
            m_scratch.append(m_buffer.data() + m_rowStarts[r], m_rowStarts[r + 1] - m_rowStarts[r]);
        }
        if (auto failed = run("SAVEPOINT ferry_part"))
            return Result<void>(*failed);
        ClientError error;
        switch (load(m_scratch.data(), m_scratch.size(), end - begin - warned.size(), &error)) {
        case LoadOutcome::Clean:
            break;
        case LoadOutcome::Failed:
            return Result<void>(failure(error, m_loadSql));
        case LoadOutcome::Refused:
        case LoadOutcome::Unclean:
            if (auto failed = rollbackTo("ferry_part"))
                return Result<void>(*failed);
            return std::nullopt;
        }
        for (size_t offset : warned) {
            if (Result<void> single
                = insertRowByRow(batch, begin + offset, begin + offset + 1, rejected);
                !single)
                return single;
        }
        return Result<void>();
    }

    void bindRow(const load::RowBatch &batch, size_t r, std::vector<BoundValue> *values) const
    {
        for (size_t c = 0; c < m_kinds.size(); ++c) {
            if (batch.isNull(c, r)) {
                values->push_back(BoundValue::null());
                if (m_kinds[c] == WriteKind::Spatial)
                    values->push_back(BoundValue::null());
                continue;
            }
            const std::string_view value = batch.cell(c, r);
            switch (m_kinds[c]) {
            case WriteKind::Spatial: {
                const auto [wkt, srid] = splitSrid(value);
                values->push_back(BoundValue::ofText(wkt));
                values->push_back(BoundValue::ofText(srid));
                break;
            }
            case WriteKind::Binary:
                values->push_back(BoundValue::ofBinary(value));
                break;
            case WriteKind::Boolean:
                values->push_back(BoundValue::ofText(booleanDigit(value)));
                break;
            case WriteKind::Text:
            case WriteKind::Bit:
                values->push_back(BoundValue::ofText(value));
                break;
            }
        }
    }

    bool prepareInsert(PreparedStatement &statement, size_t rows, size_t *preparedRows,
                       ClientError *error)
    {
        if (statement.isPrepared() && *preparedRows == rows)
            return true;
        std::string sql = m_insertPrefix;
        sql.reserve(sql.size() + rows * (m_rowPlaceholders.size() + 2));
        for (size_t i = 0; i < rows; ++i)
            sql += (i == 0 ? "" : ", ") + m_rowPlaceholders;
        if (!statement.prepare(m_state.mysql, sql)) {
            *error = statement.error();
            return false;
        }
        *preparedRows = rows;
        return true;
    }

    /// Prepared multi-row INSERTs for rows [begin, end) (no LOAD DATA LOCAL on this server).
    Result<void> insertRows(const load::RowBatch &batch, size_t begin, size_t end,
                            std::vector<load::RejectedRow> *rejected)
    {
        for (size_t start = begin; start < end; start += m_insertRows) {
            if (m_cancelled.load())
                return cancelledError(m_location);
            const size_t rows = std::min(m_insertRows, end - start);
            PreparedStatement &statement = rows == m_insertRows ? m_multiInsert : m_tailInsert;
            size_t &preparedRows = rows == m_insertRows ? m_multiInsertRows : m_tailInsertRows;
            ClientError error;
            if (!prepareInsert(statement, rows, &preparedRows, &error))
                return failure(error, m_insertPrefix);
            m_values.clear();
            for (size_t r = start; r < start + rows; ++r)
                bindRow(batch, r, &m_values);
            if (statement.execute(m_values))
                continue;
            error = statement.error();
            // A strict INSERT that fails is undone whole; find the refused rows one by one.
            if (!m_cancelled.load() && isDataError(error)) {
                if (Result<void> single = insertRowByRow(batch, start, start + rows, rejected);
                    !single)
                    return single;
                continue;
            }
            return failure(error, m_insertPrefix);
        }
        return {};
    }

    Result<void> insertRowByRow(const load::RowBatch &batch, size_t begin, size_t end,
                                std::vector<load::RejectedRow> *rejected)
    {
        ClientError error;
        if (!prepareInsert(m_rowInsert, 1, &m_rowInsertRows, &error))
            return failure(error, m_insertPrefix);
        for (size_t r = begin; r < end; ++r) {
            if (m_cancelled.load())
                return cancelledError(m_location);
            m_values.clear();
            bindRow(batch, r, &m_values);
            if (m_rowInsert.execute(m_values))
                continue;
            error = m_rowInsert.error();
            if (m_cancelled.load() || !isDataError(error))
                return failure(error, m_insertPrefix);
            rejected->push_back(rejectedRow(r, error));
        }
        return {};
    }

    load::RejectedRow rejectedRow(size_t row, const ClientError &error) const
    {
        load::RejectedRow rejected;
        rejected.row = row;
        const std::string column = columnFromErrorMessage(error.message);
        if (std::find(m_names.begin(), m_names.end(), column) != m_names.end())
            rejected.column = column;
        rejected.truncation = error.number == 1406 || error.number == 1265;
        rejected.error.code = ErrorCode::QueryFailed;
        rejected.error.action = ErrorAction::RejectRow;
        rejected.error.message = EngineTr::tr("The MySQL/MariaDB target refused a row of %1.")
                                     .arg(qs(m_location))
                                     .toStdString();
        rejected.error.detail = error.detail();
        rejected.error.hint = EngineTr::tr("Fix the value at the source, or change the "
                                           "column's type with a mapping rule.")
                                  .toStdString();
        rejected.error.location
            = rejected.column.empty() ? m_location : m_location + "." + rejected.column;
        return rejected;
    }

    TargetState &m_state;
    std::string m_location;
    std::vector<WriteKind> m_kinds;
    size_t m_spatialColumns = 0;
    std::vector<std::string> m_names;
    std::string m_loadSql;
    std::string m_insertPrefix;
    std::string m_rowPlaceholders;
    size_t m_insertRows = 1;

    std::vector<char> m_buffer; ///< the encoded batch; grows, never shrinks
    std::string m_scratch; ///< the rows of a range nobody warned about
    std::optional<std::vector<size_t>> m_warnedRows; ///< see readWarnings
    std::vector<size_t> m_rowStarts; ///< offset of each row in m_buffer, plus the end
    bool m_encoded = false;
    std::vector<BoundValue> m_values; ///< parameters of the INSERT being executed
    PreparedStatement m_multiInsert;
    size_t m_multiInsertRows = 0;
    PreparedStatement m_tailInsert;
    size_t m_tailInsertRows = 0;
    PreparedStatement m_rowInsert;
    size_t m_rowInsertRows = 0;
    std::atomic<bool> m_cancelled {false};
};

} // namespace

void TargetState::addWarning(const std::string &warning)
{
    std::lock_guard<std::mutex> lock(warningsMutex);
    if (std::find(warnings.begin(), warnings.end(), warning) == warnings.end())
        warnings.push_back(warning);
}

void TargetState::warnLocalInfileOff(const std::string &serverLocation)
{
    addWarning(EngineTr::tr("The MySQL/MariaDB server %1 does not allow LOAD DATA LOCAL "
                            "INFILE (local_infile is OFF), so rows are written with multi-row "
                            "INSERT statements, which is several times slower. To enable the "
                            "fast path run SET GLOBAL local_infile = 1 as an administrator, or "
                            "put local-infile = 1 in the [mysqld] section of the server's "
                            "configuration.")
                   .arg(qs(serverLocation))
                   .toStdString());
}

void refuseLocalInfileRequests(MYSQL *mysql)
{
    mysql_set_local_infile_handler(mysql, infileInit, infileRead, infileEnd, infileError, nullptr);
}

std::unique_ptr<load::TableWriter> makeWriter(TargetState &state, const load::WriteRequest &request,
                                              const std::vector<bool> &spatial)
{
    return std::make_unique<MySqlTableWriter>(state, request, spatial);
}

std::string columnFromErrorMessage(std::string_view message)
{
    // Find "column " in any case; the name follows in '...' or as `db`.`t`.`c`.
    size_t at = std::string_view::npos;
    for (size_t i = 0; i + 7 <= message.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(message[i])) == 'c'
            && message.substr(i + 1, 6) == "olumn ") {
            at = i + 7;
            break;
        }
    }
    if (at == std::string_view::npos || at >= message.size())
        return {};
    if (message[at] == '\'') {
        const size_t close = message.find('\'', at + 1);
        return close == std::string_view::npos
            ? std::string()
            : std::string(message.substr(at + 1, close - at - 1));
    }
    std::string name;
    while (at < message.size() && message[at] == '`') {
        name.clear();
        size_t i = at + 1;
        for (; i < message.size(); ++i) {
            if (message[i] == '`') {
                if (i + 1 < message.size() && message[i + 1] == '`') {
                    name += '`';
                    ++i;
                    continue;
                }
                break;
            }
            name += message[i];
        }
        at = i + 1;
        if (at < message.size() && message[at] == '.')
            ++at;
        else
            break;
    }
    return name;
}

} // namespace ferry::mysql::detail
