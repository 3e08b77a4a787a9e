// SPDX-License-Identifier: MIT
#include "engine/connectors/mysql/mysql_source.h"

#include "engine/connectors/mysql/mysql_load_support.h"
#include "engine/core/dialect.h"
#include "engine/core/tr.h"
#include "engine/load/canonical_geometry.h"
#include "engine/load/canonical_text.h"

#include <atomic>
#include <cctype>
#include <charconv>
#include <cstring>

namespace ferry::mysql {

namespace {

using detail::BoundValue;

/// How a cell's text becomes its canonical form; decided once per column.
enum class CellKind : uint8_t {
    Raw, ///< as the server prints it
    Boolean, ///< tinyint / text spelling -> true/false
    BitBoolean, ///< bit(1) bytes -> true/false
    Bit, ///< bit(n) bytes -> '0'/'1'
    Float, ///< double text of a FLOAT -> shortest float text
    Double, ///< double text -> shortest round-trip text
    ZeroFilled, ///< ZEROFILL number: leading zeros dropped
    Spatial, ///< the stored geometry (SRID + WKB) -> canonical WKT
    Normalized, ///< JSON, or geometry/interval/array text -> canonical (appendTextAsCanonical)
};

std::string lowered(std::string_view text)
{
    std::string result(text);
    for (char &c : result)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return result;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

bool isGeometryType(std::string_view nativeType);

CellKind cellKind(const load::ReadColumn &column)
{
    const std::string native = lowered(column.nativeType);
    if (column.type.family == TypeFamily::Geometry && isGeometryType(native))
        return CellKind::Spatial;
    if (load::isNormalizedFromText(column.type))
        return CellKind::Normalized;
    switch (column.type.family) {
    case TypeFamily::Boolean:
        return startsWith(native, "bit") ? CellKind::BitBoolean : CellKind::Boolean;
    case TypeFamily::Bit:
        // bit(n) arrives as bytes; a bit string kept as '0'/'1' text (varchar) is canonical.
        return startsWith(native, "bit") ? CellKind::Bit : CellKind::Raw;
    case TypeFamily::Float:
        return column.type.byteWidth == 4 ? CellKind::Float : CellKind::Double;
    case TypeFamily::Integer:
    case TypeFamily::Decimal:
        return native.find("zerofill") != std::string::npos ? CellKind::ZeroFilled : CellKind::Raw;
    default:
        return CellKind::Raw;
    }
}

bool isGeometryType(std::string_view nativeType)
{
    const std::string native = lowered(nativeType);
    for (const char *kind :
         {"geometry", "point", "linestring", "polygon", "multipoint", "multilinestring",
          "multipolygon", "geometrycollection", "geomcollection"}) {
        if (native.rfind(kind, 0) == 0)
            return true;
    }
    return false;
}

bool isIntegerText(std::string_view text)
{
    size_t i = !text.empty() && (text[0] == '-' || text[0] == '+') ? 1 : 0;
    if (i == text.size())
        return false;
    for (; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
    }
    return true;
}

/// One column as the reader converts it.
struct ReaderColumn
{
    std::string name;
    CellKind kind = CellKind::Raw;
    int bits = -1; ///< Bit: the declared length
    CanonicalType type; ///< Normalized: the column's type
};

class MySqlTableReader final : public load::TableReader
{
public:
    /// The statement has been sent (mysql_send_query); the first read() waits for it.
    MySqlTableReader(MYSQL *mysql, std::shared_ptr<detail::QueryKiller> killer,
                     std::string location, std::string statement, std::vector<ReaderColumn> columns)
        : m_mysql(mysql)
        , m_killer(std::move(killer))
        , m_location(std::move(location))
        , m_statement(std::move(statement))
        , m_columns(std::move(columns))
    {
    }

    ~MySqlTableReader() override
    {
        if (m_finished)
            return;
        // Freeing an unfinished unbuffered result reads the rest of it; stop the server first
        // so that takes a moment rather than the rest of the table.
        m_killer->killQuery();
        if (!m_started && mysql_read_query_result(m_mysql) == 0)
            m_result = mysql_use_result(m_mysql);
        if (m_result)
            mysql_free_result(m_result);
    }

    Result<bool> read(load::RowBatch &batch, const load::BatchLimits &limits) override
    {
        if (m_cancelled.load(std::memory_order_relaxed))
            return cancelledError(m_location);
        if (m_finished)
            return false;
        if (batch.columnCount() != m_columns.size()) {
            return detail::columnCountError(
                EngineTr::tr("A batch for %1 has %2 columns, the reader produces %3."), m_location,
                batch.columnCount(), m_columns.size());
        }
        if (!m_started) {
            m_started = true;
            if (mysql_read_query_result(m_mysql) != 0 || !(m_result = mysql_use_result(m_mysql))) {
                m_finished = true; // the statement failed: nothing is pending
                return failed();
            }
        }
        const size_t columnCount = m_columns.size();
        for (;;) {
            MYSQL_ROW row = mysql_fetch_row(m_result);
            if (!row)
                return finish();
            const unsigned long *lengths = mysql_fetch_lengths(m_result);
            for (size_t c = 0; c < columnCount; ++c) {
                if (!row[c]) {
                    batch.appendNull(c);
                    continue;
                }
                const std::string_view value(row[c], lengths[c]);
                if (m_columns[c].kind == CellKind::Raw) {
                    batch.beginCell(c).append(value);
                    batch.endCell(c);
                } else if (!convert(batch, c, value)) {
                    batch.abandonRow();
                    return conversionError(c, value);
                }
            }
            batch.finishRow();
            if (limits.reachedBy(batch))
                return true;
            if (m_cancelled.load(std::memory_order_relaxed))
                return cancelledError(m_location);
        }
    }

    void cancel() override
    {
        m_cancelled.store(true);
        m_killer->killQuery();
    }

private:
    Error failed() const
    {
        const unsigned int number = mysql_errno(m_mysql);
        if (m_cancelled.load() || detail::isInterrupted(number))
            return cancelledError(m_location);
        return detail::statementError(
            EngineTr::tr("Reading %1 from the MySQL/MariaDB source failed.")
                .arg(qs(m_location))
                .toStdString(),
            detail::clientError(m_mysql), m_statement, ErrorAction::FailTable, m_location);
    }

    Result<bool> finish()
    {
        std::optional<Error> error;
        if (mysql_errno(m_mysql) != 0)
            error = failed();
        m_finished = true;
        mysql_free_result(m_result);
        m_result = nullptr;
        if (error)
            return *error;
        if (m_cancelled.load())
            return cancelledError(m_location);
        return false;
    }

    bool convert(load::RowBatch &batch, size_t c, std::string_view value)
    {
        const ReaderColumn &column = m_columns[c];
        std::string &out = batch.beginCell(c);
        switch (column.kind) {
        case CellKind::Raw:
            out.append(value);
            break;
        case CellKind::Boolean: {
            bool truth = false;
            if (isIntegerText(value)) {
                // MySQL's truth: any non-zero number (tinyint(1) may hold 2 or -1).
                truth = value.find_first_not_of("+-0") != std::string_view::npos;
            } else if (const std::optional<bool> parsed = load::parseBoolean(value)) {
                truth = *parsed;
            } else {
                return false;
            }
            out.append(truth ? "true" : "false");
            break;
        }
        case CellKind::BitBoolean: {
            bool truth = false;
            for (char byte : value)
                truth = truth || byte != 0;
            out.append(truth ? "true" : "false");
            break;
        }
        case CellKind::Bit:
            out.append(load::bitsFromBytes(value, column.bits));
            break;
        case CellKind::Float:
        case CellKind::Double: {
            double number = 0;
            const auto parsed = std::from_chars(value.data(), value.data() + value.size(), number);
            if (parsed.ec != std::errc() || parsed.ptr != value.data() + value.size())
                return false;
            // The canonical shortest round-trip text, as formatFloat/formatDouble print it,
            // written in place (no string per cell); MySQL has no NaN or Infinity.
            char text[64];
            const auto printed = column.kind == CellKind::Float
                ? std::to_chars(text, text + sizeof text, static_cast<float>(number))
                : std::to_chars(text, text + sizeof text, number);
            out.append(text, printed.ptr);
            break;
        }
        case CellKind::ZeroFilled: {
            size_t first = 0;
            while (first + 1 < value.size() && value[first] == '0' && value[first + 1] != '.')
                ++first;
            out.append(value.substr(first));
            break;
        }
        case CellKind::Spatial: {
            const std::optional<load::Geometry> geometry = load::parseMySqlGeometry(value);
            if (!geometry)
                return false;
            load::appendWkt(out, *geometry);
            break;
        }
        case CellKind::Normalized:
            load::appendTextAsCanonical(out, value, column.type);
            break;
        }
        batch.endCell(c);
        return true;
    }

    Error conversionError(size_t c, std::string_view value) const
    {
        Error error;
        error.code = ErrorCode::QueryFailed;
        error.action = ErrorAction::RejectRow;
        error.message = EngineTr::tr("A value of column %1 of %2 cannot be converted.")
                            .arg(qs(m_columns[c].name), qs(m_location))
                            .toStdString();
        error.detail = "value: " + std::string(value.substr(0, 200));
        error.hint = EngineTr::tr("Change the column's type with a mapping rule, or filter the "
                                  "row out.")
                         .toStdString();
        error.location = m_location + "." + m_columns[c].name;
        return error;
    }

    MYSQL *m_mysql;
    MYSQL_RES *m_result = nullptr;
    std::shared_ptr<detail::QueryKiller> m_killer;
    std::string m_location;
    std::string m_statement; ///< for error details (placeholders only, no values)
    std::vector<ReaderColumn> m_columns;
    bool m_started = false; ///< mysql_read_query_result was called
    bool m_finished = false; ///< the result was read to its end (nothing pending)
    std::atomic<bool> m_cancelled {false};
};

class MySqlSourceSession final : public load::SourceSession
{
public:
    MySqlSourceSession(detail::SessionConnection session, const ConnectionSpec &spec)
        : m_session(std::move(session))
        , m_killer(std::make_shared<detail::QueryKiller>(spec, m_session.connectionId))
    {
    }

    Dialect dialect() const override { return Dialect::MySql; }

    /// MySQL and MariaDB cannot share a snapshot between connections (each reader reads at its
    /// own moment, docs/data-path.md "Consistent reads"): the token only says where the binlog
    /// stands before the load (MariaDB's binlog_snapshot_* status, MySQL's SHOW MASTER STATUS),
    /// from which change capture replays. No binlog, or no privilege to see it: no position.
    Result<load::SnapshotToken> exportSnapshot() override
    {
        load::SnapshotToken token;
        std::string file, offset;
        // MariaDB: status rows (Variable_name, Value).
        if (auto status = m_session.connection->query("SHOW STATUS LIKE 'binlog_snapshot_%'")) {
            for (const TextRow &row : status->rows) {
                if (row.size() < 2 || !row[0] || !row[1])
                    continue;
                if (*row[0] == "Binlog_snapshot_file")
                    file = *row[1];
                else if (*row[0] == "Binlog_snapshot_position")
                    offset = *row[1];
            }
        }
        // MySQL: File, Position of the one row.
        if (file.empty()) {
            auto master = m_session.connection->query("SHOW MASTER STATUS");
            if (master && !master->rows.empty() && master->rows[0].size() > 1
                && master->rows[0][0] && master->rows[0][1]) {
                file = *master->rows[0][0];
                offset = *master->rows[0][1];
            }
        }
        if (!file.empty() && !offset.empty())
            token.position = file + ":" + offset;
        return token;
    }

    Result<std::unique_ptr<load::TableReader>> openReader(const load::ReadRequest &request) override
    {
        const std::string location = detail::tableLocation(request.schema, request.table);
        std::string sql = "SELECT ";
        std::vector<ReaderColumn> columns;
        columns.reserve(request.columns.size());
        for (size_t i = 0; i < request.columns.size(); ++i) {
            const load::ReadColumn &column = request.columns[i];
            sql += (i == 0 ? "" : ", ") + selectExpression(column);
            ReaderColumn reader;
            reader.name = column.name;
            reader.kind = cellKind(column);
            reader.bits = column.type.length > 0 ? int(column.type.length) : -1;
            reader.type = column.type;
            columns.push_back(std::move(reader));
        }
        if (request.columns.empty())
            sql += "1";
        sql += " FROM " + quoteQualified(Dialect::MySql, request.schema, request.table);
        if (request.range && !load::isWellFormed(*request.range))
            return Error {ErrorCode::Internal, ErrorAction::FailTask,
                          "mysql: a key bound does not have one value per key column"};
        const load::SqlCondition where = detail::whereCondition(request.filters, request.range);
        sql += where.where() + detail::orderBy(request.order);
        const std::vector<BoundValue> values = detail::boundValues(where);

        MYSQL *mysql = m_session.connection->handle();
        const std::string message = EngineTr::tr("Reading %1 from the MySQL/MariaDB source failed.")
                                        .arg(qs(location))
                                        .toStdString();
        // Only sent here: the reader waits for the result, where cancel() can reach it.
        if (auto error = detail::sendBoundTextQuery(mysql, sql, values))
            return detail::statementError(message, *error, sql, ErrorAction::FailTable, location);
        return std::unique_ptr<load::TableReader>(
            std::make_unique<MySqlTableReader>(mysql, m_killer, location, sql, std::move(columns)));
    }

    Result<load::KeyBounds> keyBounds(const std::string &schema, const std::string &table,
                                      const std::string &column,
                                      const std::vector<load::ColumnFilter> &filters) override
    {
        const std::string location = detail::tableLocation(schema, table);
        const std::string quoted = quoteIdentifier(Dialect::MySql, column);
        std::string sql = "SELECT MIN(" + quoted + "), MAX(" + quoted + ") FROM "
            + quoteQualified(Dialect::MySql, schema, table);
        const load::SqlCondition where = detail::whereCondition(filters, std::nullopt);
        sql += where.where();
        const std::vector<BoundValue> values = detail::boundValues(where);
        MYSQL *mysql = m_session.connection->handle();
        const std::string message
            = EngineTr::tr("Reading the key range of %1 from the MySQL/MariaDB source failed.")
                  .arg(qs(location))
                  .toStdString();
        if (auto error = detail::startBoundTextQuery(mysql, sql, values))
            return detail::statementError(message, *error, sql, ErrorAction::FailTable, location);
        MYSQL_RES *result = mysql_store_result(mysql);
        if (!result) {
            return detail::statementError(message, detail::clientError(mysql), sql,
                                          ErrorAction::FailTable, location);
        }
        load::KeyBounds bounds;
        bool ok = true;
        std::string bad;
        if (MYSQL_ROW row = mysql_fetch_row(result)) {
            const unsigned long *lengths = mysql_fetch_lengths(result);
            for (int i = 0; i < 2; ++i) {
                if (!row[i])
                    continue;
                int64_t number = 0;
                const auto parsed = std::from_chars(row[i], row[i] + lengths[i], number);
                if (parsed.ec != std::errc() || parsed.ptr != row[i] + lengths[i]) {
                    ok = false;
                    bad.assign(row[i], lengths[i]);
                    continue;
                }
                (i == 0 ? bounds.minimum : bounds.maximum) = number;
            }
        }
        mysql_free_result(result);
        if (!ok) {
            Error error;
            error.code = ErrorCode::NotSupported;
            error.action = ErrorAction::FailTable;
            error.message = EngineTr::tr("Column %1 of %2 cannot split the table into key "
                                         "ranges: its values are not 64-bit integers.")
                                .arg(qs(column), qs(location))
                                .toStdString();
            error.detail = "value: " + bad.substr(0, 100);
            error.hint = EngineTr::tr("Use an integer key column for parallel-load ranges, or "
                                      "load the table without ranges.")
                             .toStdString();
            error.location = location;
            return error;
        }
        return bounds;
    }

private:
    detail::SessionConnection m_session;
    std::shared_ptr<detail::QueryKiller> m_killer;
};

} // namespace

std::string selectExpression(const load::ReadColumn &column)
{
    const std::string quoted = quoteIdentifier(Dialect::MySql, column.name);
    if (column.type.family == TypeFamily::Float && column.type.byteWidth == 4)
        return "(" + quoted + " + 0e0)"; // the stored float, exactly, as a double
    return quoted;
}

Result<std::unique_ptr<load::SourceSession>> openMySqlSource(const ConnectionSpec &spec)
{
    Result<detail::SessionConnection> session
        = detail::openSessionConnection(spec, detail::SessionRole::Source);
    if (!session)
        return session.error();
    return std::unique_ptr<load::SourceSession>(
        std::make_unique<MySqlSourceSession>(std::move(session.value()), spec));
}

} // namespace ferry::mysql
