// SPDX-License-Identifier: MIT
// The SQLite data path: the source session reads files built here with the sqlite3 C API,
// the target session writes files that are read back with the sqlite3 C API, and every value
// is compared with text written by hand.
#include "engine/connectors/connector.h"
#include "engine/core/connection_spec.h"
#include "engine/load/load_session.h"
#include "engine/types/sqlite_types.h"
#include "tests/unit/sqlite/sqlite_test_db.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

using namespace ferry;
using Cells = std::vector<std::optional<std::string>>;

namespace {

CanonicalType typeOf(TypeFamily family, int byteWidth = 0, bool isUnsigned = false)
{
    CanonicalType type;
    type.family = family;
    type.byteWidth = byteWidth;
    type.isUnsigned = isUnsigned;
    return type;
}

ConnectionSpec specFor(const QString &path)
{
    return parseConnectionUri("sqlite://" + path.toStdString()).value();
}

/// Opens path with the sqlite3 C API (not the code under test) for fixtures and checks.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    }
    ~RawDatabase() { sqlite3_close_v2(m_db); }
    sqlite3 *handle() const { return m_db; }

    QString exec(const char *sql)
    {
        char *error = nullptr;
        QString message;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK)
            message = QString::fromUtf8(error ? error : "error");
        sqlite3_free(error);
        return message;
    }

    /// typeof(expression) and the value as text (blobs as hex) for every row of sql.
    std::vector<std::pair<std::string, std::string>> typedValues(const std::string &sql)
    {
        std::vector<std::pair<std::string, std::string>> result;
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr);
        while (statement && sqlite3_step(statement) == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(statement); ++i) {
                const int storage = sqlite3_column_type(statement, i);
                static const char *const Names[] = {"", "integer", "real", "text", "blob", "null"};
                std::string value;
                if (storage == SQLITE_BLOB) {
                    const auto *bytes
                        = static_cast<const unsigned char *>(sqlite3_column_blob(statement, i));
                    static const char Hex[] = "0123456789abcdef";
                    for (int k = 0; k < sqlite3_column_bytes(statement, i); ++k) {
                        value += Hex[bytes[k] >> 4];
                        value += Hex[bytes[k] & 15];
                    }
                } else if (storage != SQLITE_NULL) {
                    const auto *text
                        = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
                    value.assign(text, size_t(sqlite3_column_bytes(statement, i)));
                }
                result.emplace_back(Names[storage], value);
            }
        }
        sqlite3_finalize(statement);
        return result;
    }

    int64_t count(const std::string &sql)
    {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr);
        int64_t value = -1;
        if (statement && sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3 *m_db = nullptr;
};

/// Reads every row a request yields, as nullable strings per cell.
std::vector<Cells> readAll(load::SourceSession &session, const load::ReadRequest &request,
                           QString *error = nullptr, size_t maxRows = 7)
{
    std::vector<Cells> rows;
    auto reader = session.openReader(request);
    if (!reader) {
        if (error)
            *error = QString::fromStdString(reader.error().toString());
        return rows;
    }
    load::RowBatch batch(request.columns.size());
    load::BatchLimits limits;
    limits.maxRows = maxRows; // several batches per table
    bool more = true;
    while (more) {
        batch.clear();
        auto result = (*reader)->read(batch, limits);
        if (!result) {
            if (error)
                *error = QString::fromStdString(result.error().toString());
            return rows;
        }
        more = *result;
        for (size_t row = 0; row < batch.rowCount(); ++row) {
            Cells cells;
            for (size_t column = 0; column < batch.columnCount(); ++column) {
                if (batch.isNull(column, row))
                    cells.emplace_back(std::nullopt);
                else
                    cells.emplace_back(std::string(batch.cell(column, row)));
            }
            rows.push_back(std::move(cells));
        }
    }
    return rows;
}

std::vector<std::string> firstColumn(const std::vector<Cells> &rows)
{
    std::vector<std::string> values;
    for (const auto &row : rows)
        values.push_back(row.at(0).value_or("NULL"));
    return values;
}

load::ColumnFilter filterOf(const std::string &column, load::FilterOperator op,
                            const std::string &value, const std::string &end = {})
{
    load::FilterCondition condition;
    condition.op = op;
    if (op == load::FilterOperator::Between || op == load::FilterOperator::NotBetween) {
        condition.start = value;
        condition.end = end;
    } else {
        condition.value = value;
    }
    return load::ColumnFilter {column, {condition}};
}

std::string allBytes()
{
    std::string bytes;
    for (int i = 0; i < 256; ++i)
        bytes += char(i);
    return bytes;
}

std::string allBytesHex()
{
    std::string hex;
    static const char Hex[] = "0123456789abcdef";
    for (int i = 0; i < 256; ++i) {
        hex += Hex[i >> 4];
        hex += Hex[i & 15];
    }
    return hex;
}

} // namespace

class TestSqliteLoad : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    QString path(const char *name) const { return m_directory.filePath(QString::fromUtf8(name)); }

private slots:
    void initTestCase() { QVERIFY(m_directory.isValid()); }

    void readsEdgeValuesInCanonicalForm()
    {
        const QString file = path("edge.db");
        {
            RawDatabase db(file);
            QCOMPARE(db.exec("CREATE TABLE edge (id INTEGER PRIMARY KEY, i BIGINT, r REAL, "
                             "t TEXT, b BLOB, flag BOOLEAN, d DECIMAL(10,2), dt DATETIME)"),
                     QString());
            sqlite3_stmt *insert = nullptr;
            sqlite3_prepare_v2(db.handle(), "INSERT INTO edge VALUES (?, ?, ?, ?, ?, ?, ?, ?)", -1,
                               &insert, nullptr);
            const auto row = [&](int id, auto &&bindRest) {
                sqlite3_reset(insert);
                sqlite3_clear_bindings(insert);
                sqlite3_bind_int(insert, 1, id);
                bindRest();
                return sqlite3_step(insert) == SQLITE_DONE;
            };
            const std::string nul("a\0b", 3);
            const std::string utf8 = "\xF0\x9F\x98\x80 z\xC3\xBC";
            const std::string bytes = allBytes();
            QVERIFY(row(1, [&] {
                sqlite3_bind_int64(insert, 2, std::numeric_limits<int64_t>::min());
                sqlite3_bind_double(insert, 3, 0.1);
                sqlite3_bind_text(insert, 4, nul.data(), int(nul.size()), SQLITE_STATIC);
                sqlite3_bind_blob(insert, 5, bytes.data(), int(bytes.size()), SQLITE_STATIC);
                sqlite3_bind_int(insert, 6, 0);
                sqlite3_bind_text(insert, 7, "12.50", -1, SQLITE_STATIC);
                sqlite3_bind_text(insert, 8, "2024-02-29 23:59:59.123456", -1, SQLITE_STATIC);
            }));
            QVERIFY(row(2, [&] {
                sqlite3_bind_int64(insert, 2, std::numeric_limits<int64_t>::max());
                sqlite3_bind_double(insert, 3, 1e308);
                sqlite3_bind_text(insert, 4, utf8.data(), int(utf8.size()), SQLITE_STATIC);
                sqlite3_bind_blob(insert, 5, "", 0, SQLITE_STATIC);
                sqlite3_bind_int(insert, 6, 1);
                sqlite3_bind_double(insert, 7, 1e20);
            }));
            QVERIFY(row(3, [&] {
                sqlite3_bind_int(insert, 2, 0);
                // SQLite stores a bound NaN as NULL; NaN kept as text reads back as NaN.
                sqlite3_bind_text(insert, 3, "NaN", -1, SQLITE_STATIC);
                sqlite3_bind_text(insert, 4, "", 0, SQLITE_STATIC);
                sqlite3_bind_text(insert, 6, "true", -1, SQLITE_STATIC);
                sqlite3_bind_double(insert, 7, 1e-7);
            }));
            QVERIFY(row(4, [&] {
                // Dynamic typing: text in an INTEGER column is passed on as text.
                sqlite3_bind_text(insert, 2, "not a number", -1, SQLITE_STATIC);
                sqlite3_bind_double(insert, 3, -std::numeric_limits<double>::infinity());
                sqlite3_bind_int(insert, 6, 7); // SQLite's truth: nonzero is true
                sqlite3_bind_double(insert, 7, -0.5);
            }));
            QVERIFY(row(5, [&] {
                sqlite3_bind_text(insert, 6, "maybe", -1, SQLITE_STATIC); // not a boolean
            }));
            QVERIFY(row(6, [&] { sqlite3_bind_double(insert, 3, -0.0); }));
            sqlite3_finalize(insert);
        }

        auto session = load::openSourceSession(specFor(file));
        QVERIFY2(session, session ? "" : session.error().toString().c_str());
        QCOMPARE((*session)->dialect(), Dialect::Sqlite);
        load::ReadRequest request;
        request.schema = "main";
        request.table = "edge";
        request.columns = {{"id", "INTEGER", typeOf(TypeFamily::Integer, 8)},
                           {"i", "BIGINT", typeOf(TypeFamily::Integer, 8)},
                           {"r", "REAL", typeOf(TypeFamily::Float, 8)},
                           {"t", "TEXT", typeOf(TypeFamily::String)},
                           {"b", "BLOB", typeOf(TypeFamily::VarBinary)},
                           {"flag", "BOOLEAN", typeOf(TypeFamily::Boolean)},
                           {"d", "DECIMAL(10,2)", typeOf(TypeFamily::Decimal)},
                           {"dt", "DATETIME", typeOf(TypeFamily::Timestamp)}};
        auto reader = (*session)->openReader(request);
        QVERIFY(reader);
        load::RowBatch batch(request.columns.size());
        load::BatchLimits limits;

        // Rows 1-4, then the bad boolean of row 5 stops the read with RejectRow.
        auto result = (*reader)->read(batch, limits);
        QVERIFY(!result);
        QCOMPARE(result.error().action, ErrorAction::RejectRow);
        QVERIFY(result.error().message.find("\"maybe\"") != std::string::npos);
        QVERIFY(result.error().message.find("flag") != std::string::npos);
        QCOMPARE(result.error().location, std::string("edge.flag"));
        QCOMPARE(batch.rowCount(), size_t(4));

        const auto cell = [&batch](size_t column, size_t row) -> std::optional<std::string> {
            if (batch.isNull(column, row))
                return std::nullopt;
            return std::string(batch.cell(column, row));
        };
        using S = std::optional<std::string>;
        QCOMPARE(cell(1, 0), S("-9223372036854775808"));
        QCOMPARE(cell(2, 0), S("0.1"));
        QCOMPARE(cell(3, 0), S(std::string("a\0b", 3)));
        QCOMPARE(cell(4, 0), S(allBytes()));
        QCOMPARE(cell(5, 0), S("false"));
        QCOMPARE(cell(6, 0), S("12.5")); // NUMERIC affinity stored 12.50 as REAL 12.5
        QCOMPARE(cell(7, 0), S("2024-02-29 23:59:59.123456"));

        QCOMPARE(cell(1, 1), S("9223372036854775807"));
        QCOMPARE(cell(2, 1), S("1e+308"));
        QCOMPARE(cell(3, 1), S("\xF0\x9F\x98\x80 z\xC3\xBC"));
        QCOMPARE(cell(4, 1), S("")); // empty blob, not NULL
        QVERIFY(!batch.isNull(4, 1));
        QCOMPARE(cell(5, 1), S("true"));
        QCOMPARE(cell(6, 1), S("100000000000000000000")); // no exponent in a decimal
        QCOMPARE(cell(7, 1), S());

        QCOMPARE(cell(1, 2), S("0"));
        QCOMPARE(cell(2, 2), S("NaN"));
        QCOMPARE(cell(3, 2), S("")); // empty text, not NULL
        QVERIFY(!batch.isNull(3, 2));
        QCOMPARE(cell(4, 2), S()); // NULL
        QCOMPARE(cell(5, 2), S("true"));
        QCOMPARE(cell(6, 2), S("0.0000001"));

        QCOMPARE(cell(1, 3), S("not a number"));
        QCOMPARE(cell(2, 3), S("-Infinity"));
        QCOMPARE(cell(5, 3), S("true"));
        QCOMPARE(cell(6, 3), S("-0.5"));

        // The rejected row is skipped; the read goes on with row 6.
        batch.clear();
        result = (*reader)->read(batch, limits);
        QVERIFY(result);
        QCOMPARE(*result, false);
        QCOMPARE(batch.rowCount(), size_t(1));
        QCOMPARE(cell(0, 0), S("6"));
        QCOMPARE(cell(2, 0), S("0")); // a REAL column stores -0.0 as the integer 0
    }

    void filtersAndKeyRangesAreBound()
    {
        const QString file = path("filters.db");
        {
            RawDatabase db(file);
            QCOMPARE(db.exec("CREATE TABLE \"odd \"\"name\" (id INTEGER PRIMARY KEY, "
                             "\"we\"\"ird\" TEXT, n INTEGER, note TEXT, loose);"
                             "INSERT INTO \"odd \"\"name\" VALUES "
                             "(1, 'a', 10, NULL, 1), (2, 'b', 20, 'x', 2), (3, 'c', 30, NULL, 3),"
                             "(4, 'd', 40, 'y', 4), (5, 'e', 50, NULL, 5), (6, 'f', 60, 'z', 6),"
                             "(7, 'x'' OR ''1''=''1', 70, NULL, 7), (8, 'h', 80, 'w', 8),"
                             "(9, 'i', 90, NULL, 9), (10, 'j', 100, 'v', 10);"
                             "CREATE TABLE textkey (k); INSERT INTO textkey VALUES (1), ('two');"
                             "CREATE TABLE nullkey (k INTEGER); INSERT INTO nullkey VALUES (1), "
                             "(NULL); CREATE TABLE empty (k INTEGER PRIMARY KEY);"),
                     QString());
        }
        auto session = load::openSourceSession(specFor(file));
        QVERIFY(session);
        load::ReadRequest request;
        request.schema = "main";
        request.table = "odd \"name";
        request.columns = {{"id", "INTEGER", typeOf(TypeFamily::Integer, 8)},
                           {"we\"ird", "TEXT", typeOf(TypeFamily::String)},
                           {"loose", "", typeOf(TypeFamily::Integer, 8)}};
        using V = std::vector<std::string>;
        using Op = load::FilterOperator;
        const auto ids = [&](std::vector<load::ColumnFilter> filters,
                             std::optional<load::KeyRange> range = std::nullopt) {
            load::ReadRequest filtered = request;
            filtered.filters = std::move(filters);
            filtered.range = std::move(range);
            QString error;
            const auto rows = readAll(**session, filtered, &error);
            if (!error.isEmpty())
                qWarning() << error;
            return firstColumn(rows);
        };

        QCOMPARE(ids({}), (V {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"}));
        QCOMPARE(ids({filterOf("n", Op::Ste, "30")}), (V {"1", "2", "3"}));
        QCOMPARE(ids({filterOf("n", Op::Gte, "90")}), (V {"9", "10"}));
        QCOMPARE(ids({filterOf("n", Op::Eq, "40")}), (V {"4"}));
        QCOMPARE(ids({filterOf("note", Op::NotEq, "x")}), (V {"4", "6", "8", "10"}));
        QCOMPARE(ids({filterOf("n", Op::Between, "20", "40")}), (V {"2", "3", "4"}));
        QCOMPARE(ids({filterOf("n", Op::NotBetween, "20", "90")}), (V {"1", "10"}));
        QCOMPARE(ids({filterOf("note", Op::Null, {})}), (V {"1", "3", "5", "7", "9"}));
        QCOMPARE(ids({filterOf("note", Op::NotNull, {})}), (V {"2", "4", "6", "8", "10"}));
        // Bound as values: the quote-laden text matches itself and nothing else.
        QCOMPARE(ids({filterOf("we\"ird", Op::Eq, "x' OR '1'='1")}), (V {"7"}));
        QCOMPARE(ids({filterOf("we\"ird", Op::Eq, "a\" OR 1=1 --")}), V {});
        // An integer column without affinity still matches integer filter values.
        QCOMPARE(ids({filterOf("loose", Op::Eq, "3")}), (V {"3"}));
        // Conditions on one column are OR'ed, filters AND'ed.
        load::ColumnFilter either = filterOf("n", Op::Ste, "20");
        either.anyOf.push_back(load::FilterCondition {Op::Gte, "90", {}, {}});
        QCOMPARE(ids({either}), (V {"1", "2", "9", "10"}));
        QCOMPARE(ids({either, filterOf("note", Op::NotNull, {})}), (V {"2", "10"}));
        // Key ranges: lower < id <= upper, either bound open.
        QCOMPARE(ids({}, load::KeyRange {"id", 3, 6}), (V {"4", "5", "6"}));
        QCOMPARE(ids({}, load::KeyRange {"id", std::nullopt, 2}), (V {"1", "2"}));
        QCOMPARE(ids({}, load::KeyRange {"id", 8, std::nullopt}), (V {"9", "10"}));
        QCOMPARE(ids({filterOf("note", Op::Null, {})}, load::KeyRange {"id", 2, 9}),
                 (V {"3", "5", "7", "9"}));

        // keyBounds honours filters; empty tables and unsliceable keys are told apart.
        auto bounds = (*session)->keyBounds("main", "odd \"name", "id", {});
        QVERIFY(bounds);
        QCOMPARE(bounds->minimum, std::optional<int64_t>(1));
        QCOMPARE(bounds->maximum, std::optional<int64_t>(10));
        bounds = (*session)->keyBounds("main", "odd \"name", "id",
                                       {filterOf("n", Op::Between, "30", "70")});
        QVERIFY(bounds);
        QCOMPARE(bounds->minimum, std::optional<int64_t>(3));
        QCOMPARE(bounds->maximum, std::optional<int64_t>(7));
        bounds = (*session)->keyBounds("main", "empty", "k", {});
        QVERIFY(bounds);
        QVERIFY(!bounds->minimum && !bounds->maximum);
        bounds = (*session)->keyBounds("main", "textkey", "k", {});
        QVERIFY(!bounds);
        QCOMPARE(bounds.error().action, ErrorAction::FailTable);
        QVERIFY(bounds.error().message.find("text or blob") != std::string::npos);
        bounds = (*session)->keyBounds("main", "nullkey", "k", {});
        QVERIFY(!bounds);
        QVERIFY(bounds.error().message.find("NULL") != std::string::npos);

        // A table that is not there fails the table, naming it.
        load::ReadRequest missing = request;
        missing.table = "nowhere";
        auto reader = (*session)->openReader(missing);
        QVERIFY(!reader);
        QCOMPARE(reader.error().action, ErrorAction::FailTable);
        QVERIFY(reader.error().detail.find("no such table") != std::string::npos);
    }

    void createdTablesKeepEveryCanonicalValue()
    {
        const QString file = path("target.db");
        QVERIFY(!QFileInfo::exists(file));
        auto session = load::openTargetSession(specFor(file));
        QVERIFY2(session, session ? "" : session.error().toString().c_str());
        QVERIFY(QFileInfo::exists(file)); // a target file is created
        QCOMPARE((*session)->defaultSchema(), std::string());
        QVERIFY((*session)->serverDescription().rfind("SQLite 3.", 0) == 0);

        struct Case
        {
            const char *name;
            CanonicalType type;
            std::optional<std::string> value;
            const char *declared; ///< the declared type nativeType gives
            const char *storage; ///< typeof() of the stored value
            std::string stored; ///< the stored value (blobs as hex)
            const char *readBack; ///< the canonical text the SQLite reader gives back
        };
        CanonicalType unsignedBig = typeOf(TypeFamily::Integer, 8, true);
        CanonicalType decimal38 = typeOf(TypeFamily::Decimal);
        decimal38.precision = 38;
        decimal38.scale = 10;
        CanonicalType decimal10 = typeOf(TypeFamily::Decimal);
        decimal10.precision = 10;
        decimal10.scale = 2;
        CanonicalType char4 = typeOf(TypeFamily::Char);
        char4.length = 4;
        CanonicalType varchar20 = typeOf(TypeFamily::String);
        varchar20.length = 20;
        CanonicalType bit8 = typeOf(TypeFamily::Bit);
        bit8.length = 8;
        CanonicalType timestamp6 = typeOf(TypeFamily::Timestamp);
        timestamp6.fractionalDigits = 6;
        CanonicalType timestampTz = typeOf(TypeFamily::Timestamp);
        timestampTz.withTimeZone = true;
        CanonicalType wideTime = typeOf(TypeFamily::Time);
        wideTime.wideRange = true;
        CanonicalType jsonb = typeOf(TypeFamily::Json);
        jsonb.binaryJson = true;
        CanonicalType binary4 = typeOf(TypeFamily::Binary);
        binary4.length = 4;
        CanonicalType enumType = typeOf(TypeFamily::Enum);
        enumType.labels = {"1", "01"};
        const std::string big38 = "1234567890123456789012345678.0123456789";
        const std::vector<Case> cases = {
            {"b", typeOf(TypeFamily::Boolean), "true", "BOOLEAN", "integer", "1", "true"},
            {"i1", typeOf(TypeFamily::Integer, 1), "-128", "TINYINT", "integer", "-128", "-128"},
            {"i8min", typeOf(TypeFamily::Integer, 8), "-9223372036854775808", "BIGINT", "integer",
             "-9223372036854775808", "-9223372036854775808"},
            {"u4", typeOf(TypeFamily::Integer, 4, true), "4294967295", "INT UNSIGNED", "integer",
             "4294967295", "4294967295"},
            {"u8", unsignedBig, "18446744073709551615", "DECIMAL_TEXT(20,0)", "text",
             "18446744073709551615", "18446744073709551615"},
            {"d38", decimal38, big38, "DECIMAL_TEXT(38,10)", "text", big38, big38.c_str()},
            {"dnum", typeOf(TypeFamily::Decimal), "-0.000000000000000000001", "DECIMAL_TEXT",
             "text", "-0.000000000000000000001", "-0.000000000000000000001"},
            {"d10", decimal10, "12.50", "DECIMAL(10,2)", "real", "12.5", "12.5"},
            {"d10int", decimal10, "12.00", "DECIMAL(10,2)", "integer", "12", "12"},
            {"dnan", decimal10, "NaN", "DECIMAL(10,2)", "text", "NaN", "NaN"},
            {"money", typeOf(TypeFamily::Money), "-92233720368547758.08", "DECIMAL_TEXT", "text",
             "-92233720368547758.08", "-92233720368547758.08"},
            {"f8", typeOf(TypeFamily::Float, 8), "0.1", "REAL", "real", "0.1", "0.1"},
            {"f8max", typeOf(TypeFamily::Float, 8), "1.7976931348623157e+308", "REAL", "real",
             "1.79769313486232e+308", "1.7976931348623157e+308"},
            {"f4", typeOf(TypeFamily::Float, 4), "0.1", "FLOAT", "real", "0.1", "0.1"},
            {"fnan", typeOf(TypeFamily::Float, 8), "NaN", "REAL", "text", "NaN", "NaN"},
            {"finf", typeOf(TypeFamily::Float, 8), "-Infinity", "REAL", "real", "-Inf",
             "-Infinity"},
            {"c4", char4, "0123", "CHAR(4)", "text", "0123", "0123"},
            {"s20", varchar20, "1e5", "VARCHAR(20)", "text", "1e5", "1e5"},
            {"snul", typeOf(TypeFamily::String), std::string("a\0b", 3), "TEXT", "text",
             std::string("a\0b", 3), "a"},
            {"sempty", typeOf(TypeFamily::String), "", "TEXT", "text", "", ""},
            {"snull", typeOf(TypeFamily::String), std::nullopt, "TEXT", "null", "", nullptr},
            {"bin", typeOf(TypeFamily::VarBinary), allBytes(), "BLOB", "blob", allBytesHex(),
             nullptr},
            {"bin4", binary4, std::string("\0\1\2\3", 4), "BINARY(4)", "blob", "00010203", nullptr},
            {"bit", bit8, "00000101", "BIT_TEXT(8)", "text", "00000101", "00000101"},
            {"date", typeOf(TypeFamily::Date), "0000-00-00", "DATE", "text", "0000-00-00",
             "0000-00-00"},
            {"time", wideTime, "838:59:59", "TIME", "text", "838:59:59", "838:59:59"},
            {"ts", timestamp6, "2024-02-29 23:59:59.000001", "DATETIME(6)", "text",
             "2024-02-29 23:59:59.000001", "2024-02-29 23:59:59.000001"},
            {"tsinf", timestampTz, "infinity", "TIMESTAMPTZ", "text", "infinity", "infinity"},
            {"year", typeOf(TypeFamily::Year), "0000", "YEAR_TEXT", "text", "0000", "0000"},
            {"uuid", typeOf(TypeFamily::Uuid), "00000000-0000-0000-0000-000000000000", "UUID_TEXT",
             "text", "00000000-0000-0000-0000-000000000000",
             "00000000-0000-0000-0000-000000000000"},
            {"json", typeOf(TypeFamily::Json), "2020", "JSON_TEXT", "text", "2020", "2020"},
            {"jsonb", jsonb, "1.0", "JSONB_TEXT", "text", "1.0", "1"},
            {"xml", typeOf(TypeFamily::Xml), "123", "XML_TEXT", "text", "123", "123"},
            {"interval", typeOf(TypeFamily::Interval), "1 day 02:00:00", "INTERVAL_TEXT", "text",
             "1 day 02:00:00", "P1DT2H"},
            {"inet", typeOf(TypeFamily::Inet), "10.0.0.1", "INET_TEXT", "text", "10.0.0.1",
             "10.0.0.1"},
            {"enum", enumType, "01", "TEXT", "text", "01", "01"},
            {"unknown", typeOf(TypeFamily::Unknown), "(1,2)", "TEXT", "text", "(1,2)", "(1,2)"},
        };

        load::TargetTable table;
        table.name = "every";
        table.columns.push_back({"id", typeOf(TypeFamily::Integer, 4), false, true});
        table.primaryKey = KeyConstraint {"every_pk", {"id"}};
        load::WriteRequest write;
        write.table = "every";
        write.columns.push_back(table.columns.front());
        for (const auto &c : cases) {
            table.columns.push_back({c.name, c.type, true, false});
            write.columns.push_back(table.columns.back());
        }
        QVERIFY((*session)->createTable(table, false));
        QCOMPARE((*session)->tableExists("", "EVERY").value(), true);

        load::RowBatch batch(write.columns.size());
        batch.appendCell(0, "1");
        for (size_t i = 0; i < cases.size(); ++i) {
            if (cases[i].value)
                batch.appendCell(i + 1, *cases[i].value);
            else
                batch.appendNull(i + 1);
        }
        batch.finishRow();
        QVERIFY((*session)->begin());
        auto writer = (*session)->openWriter(write);
        QVERIFY(writer);
        std::vector<load::RejectedRow> rejected;
        auto written = (*writer)->write(batch, &rejected);
        QVERIFY2(written, written ? "" : written.error().toString().c_str());
        QVERIFY(rejected.empty());
        writer->reset();
        QVERIFY((*session)->commit());

        RawDatabase db(file);
        // Declared types, and what the SQLite catalog reader makes of them.
        const auto declared = db.typedValues("SELECT name, type FROM pragma_table_info('every')");
        QCOMPARE(declared.size(), (cases.size() + 1) * 2);
        QCOMPARE(declared[1].second, std::string("INTEGER")); // the rowid
        for (size_t i = 0; i < cases.size(); ++i) {
            const auto &c = cases[i];
            QCOMPARE(declared[(i + 1) * 2 + 1].second, std::string(c.declared));
            const CanonicalType back = sqlite::canonicalTypeOf(c.declared);
            const TypeFamily expected
                = c.type.family == TypeFamily::Enum || c.type.family == TypeFamily::Unknown
                ? TypeFamily::String
                : c.name == std::string("u8") || c.type.family == TypeFamily::Money
                ? TypeFamily::Decimal
                : c.type.family;
            QVERIFY2(back.family == expected, c.name);
        }
        QCOMPARE(sqlite::canonicalTypeOf("DECIMAL_TEXT(38,10)").toString(),
                 std::string("decimal(38,10)"));
        QCOMPARE(sqlite::canonicalTypeOf("BIT_TEXT(8)").toString(), std::string("bit(8)"));

        // Storage class and value of every cell, read with the sqlite3 C API.
        std::string select = "SELECT ";
        for (size_t i = 0; i < cases.size(); ++i)
            select += std::string(i ? ", " : "") + "\"" + cases[i].name + "\"";
        const auto stored = db.typedValues(select + " FROM every");
        QCOMPARE(stored.size(), cases.size());
        for (size_t i = 0; i < cases.size(); ++i) {
            QVERIFY2(
                stored[i].first == cases[i].storage,
                qPrintable(QString::fromLatin1("%1: %2").arg(
                    QString::fromLatin1(cases[i].name), QString::fromStdString(stored[i].first))));
            QVERIFY2(
                stored[i].second == cases[i].stored,
                qPrintable(QString::fromLatin1("%1: %2").arg(
                    QString::fromLatin1(cases[i].name), QString::fromStdString(stored[i].second))));
        }

        // And the SQLite reader gives the canonical text back.
        auto source = load::openSourceSession(specFor(file));
        QVERIFY(source);
        load::ReadRequest read;
        read.schema = "main";
        read.table = "every";
        for (const auto &c : cases)
            read.columns.push_back({c.name, c.declared, c.type});
        const auto rows = readAll(**source, read);
        QCOMPARE(rows.size(), size_t(1));
        for (size_t i = 0; i < cases.size(); ++i) {
            std::optional<std::string> expected;
            if (cases[i].readBack)
                expected = std::string(cases[i].readBack);
            if (cases[i].name == std::string("snul"))
                expected = std::string("a\0b", 3);
            if (cases[i].type.family == TypeFamily::VarBinary
                || cases[i].type.family == TypeFamily::Binary)
                expected = cases[i].value;
            QVERIFY2(rows[0][i] == expected, cases[i].name);
        }
    }

    void rejectsExactlyTheBadRows()
    {
        const QString file = path("reject.db");
        auto session = load::openTargetSession(specFor(file));
        QVERIFY(session);
        load::TargetTable table;
        table.name = "people";
        table.columns = {{"id", typeOf(TypeFamily::Integer, 8), false, false},
                         {"name", typeOf(TypeFamily::String), false, false},
                         {"active", typeOf(TypeFamily::Boolean), true, false}};
        table.primaryKey = KeyConstraint {{}, {"id"}};
        QVERIFY((*session)->createTable(table, true));
        load::WriteRequest request {"", "people", table.columns};
        auto writer = (*session)->openWriter(request);
        QVERIFY(writer);

        load::RowBatch batch(3);
        for (int row = 0; row < 100; ++row) {
            if (row == 10)
                batch.appendCell(0, "10"); // the id of row 9 again
            else if (row == 40)
                batch.appendCell(0, "forty"); // not an integer for INTEGER PRIMARY KEY
            else
                batch.appendCell(0, std::to_string(row + 1));
            if (row == 70)
                batch.appendNull(1); // NOT NULL
            else
                batch.appendCell(1, "name " + std::to_string(row));
            if (row == 20)
                batch.appendCell(2, "perhaps"); // not a boolean
            else
                batch.appendCell(2, row % 2 ? "true" : "false");
            batch.finishRow();
        }
        QVERIFY((*session)->begin());
        std::vector<load::RejectedRow> rejected;
        auto written = (*writer)->write(batch, &rejected);
        QVERIFY2(written, written ? "" : written.error().toString().c_str());
        QVERIFY((*session)->commit());

        // Rows 0-63 go in one multi-row INSERT, which fails and is redone row by row; rows
        // 64-99 one by one.
        QCOMPARE(rejected.size(), size_t(4));
        const std::vector<std::pair<size_t, std::string>> expected
            = {{10, "id"}, {20, "active"}, {40, "id"}, {70, "name"}};
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(rejected[i].row, expected[i].first);
            QCOMPARE(rejected[i].column, expected[i].second);
            QCOMPARE(rejected[i].error.action, ErrorAction::RejectRow);
            QVERIFY(!rejected[i].truncation);
        }
        QVERIFY(rejected[0].error.detail.find("UNIQUE constraint failed: people.id")
                != std::string::npos);
        QVERIFY(rejected[1].error.message.find("\"perhaps\"") != std::string::npos);
        QVERIFY(rejected[2].error.detail.find("datatype mismatch") != std::string::npos);
        QVERIFY(rejected[3].error.detail.find("NOT NULL constraint failed: people.name")
                != std::string::npos);

        RawDatabase db(file);
        QCOMPARE(db.count("SELECT count(*) FROM people"), int64_t(96));
        QCOMPARE(db.count("SELECT count(*) FROM people WHERE id IN (21, 41, 71)"), int64_t(0));
        QCOMPARE(db.count("SELECT count(*) FROM people WHERE id = 10 AND name = 'name 9'"),
                 int64_t(1));
        QCOMPARE(db.count("SELECT sum(active) FROM people"), int64_t(50));
    }

    void badRowsAmongAHundredAreRejectedAndTheRestWritten()
    {
        // Exactly three bad rows among 100 (issue #3's acceptance shape).
        const QString file = path("reject3.db");
        auto session = load::openTargetSession(specFor(file));
        QVERIFY(session);
        load::TargetTable table;
        table.name = "t";
        table.columns = {{"id", typeOf(TypeFamily::Integer, 8), false, false},
                         {"v", typeOf(TypeFamily::String), false, false}};
        table.primaryKey = KeyConstraint {{}, {"id"}};
        QVERIFY((*session)->createTable(table, true));
        auto writer = (*session)->openWriter({"", "t", table.columns});
        QVERIFY(writer);
        load::RowBatch batch(2);
        for (int row = 0; row < 100; ++row) {
            batch.appendCell(0, std::to_string(row == 33 ? 1 : row + 1));
            if (row == 66 || row == 99)
                batch.appendNull(1);
            else
                batch.appendCell(1, "v");
            batch.finishRow();
        }
        QVERIFY((*session)->begin());
        std::vector<load::RejectedRow> rejected;
        QVERIFY((*writer)->write(batch, &rejected));
        QVERIFY((*session)->commit());
        QCOMPARE(rejected.size(), size_t(3));
        QCOMPARE(rejected[0].row, size_t(33));
        QCOMPARE(rejected[1].row, size_t(66));
        QCOMPARE(rejected[2].row, size_t(99));
        RawDatabase db(file);
        QCOMPARE(db.count("SELECT count(*) FROM t"), int64_t(97));
    }

    void deletesRangesAndBuildsIndexes()
    {
        const QString file = path("ddl.db");
        auto session = load::openTargetSession(specFor(file));
        QVERIFY(session);
        load::TargetTable parent;
        parent.name = "parent";
        parent.columns = {{"id", typeOf(TypeFamily::Integer, 4), false, true},
                          {"name", typeOf(TypeFamily::String), true, false},
                          {"code", typeOf(TypeFamily::String), true, false}};
        parent.primaryKey = KeyConstraint {{}, {"id"}};
        parent.uniqueKeys = {KeyConstraint {{}, {"code"}}};
        Index byLowerName;
        byLowerName.name = "idx";
        byLowerName.columns = {IndexColumn {{}, "lower(name)", false, 0}};
        byLowerName.predicate = "name IS NOT NULL";
        Index fulltext;
        fulltext.name = "ft";
        fulltext.method = "fulltext";
        fulltext.columns = {IndexColumn {"name", {}, false, 0}};
        parent.indexes = {byLowerName, fulltext};

        load::TargetTable child;
        child.name = "child";
        child.columns = {{"id", typeOf(TypeFamily::Integer, 8), false, false},
                         {"parent_id", typeOf(TypeFamily::Integer, 4), false, false},
                         {"at", typeOf(TypeFamily::Timestamp), true, false}};
        child.primaryKey = KeyConstraint {"child_pk", {"id", "parent_id"}};
        Index childIndex;
        // Index names are per database in SQLite: the mapping planner gives each a name of
        // its own (tst_mapping_plan); the writer creates them under the names it is given.
        childIndex.name = "child_idx";
        childIndex.columns = {IndexColumn {"at", {}, true, 0}};
        child.indexes = {childIndex};
        ForeignKey toParent;
        toParent.name = "child_parent_fk";
        toParent.columns = {"parent_id"};
        toParent.referencedTable = "parent";
        toParent.referencedColumns = {"id"};
        toParent.onDelete = ReferentialAction::Cascade;
        child.foreignKeys = {toParent};

        // The child first: a foreign key may name a table that does not exist yet.
        QVERIFY((*session)->createTable(child, false));
        QVERIFY((*session)->createTable(parent, false));
        QVERIFY((*session)->addPrimaryKey(parent));

        auto writer = (*session)->openWriter({"", "parent", parent.columns});
        QVERIFY(writer);
        load::RowBatch batch(3);
        for (int row = 1; row <= 100; ++row) {
            batch.appendCell(0, std::to_string(row));
            batch.appendCell(1, "Name" + std::to_string(row));
            batch.appendCell(2, "c" + std::to_string(row));
            batch.finishRow();
        }
        QVERIFY((*session)->begin());
        std::vector<load::RejectedRow> rejected;
        QVERIFY((*writer)->write(batch, &rejected));
        QVERIFY(rejected.empty());
        // A child row whose parent does not exist: foreign keys are not checked while loading.
        auto childWriter = (*session)->openWriter({"", "child", child.columns});
        QVERIFY(childWriter);
        load::RowBatch orphan(3);
        orphan.appendCell(0, "1");
        orphan.appendCell(1, "999");
        orphan.appendNull(2);
        orphan.finishRow();
        QVERIFY((*childWriter)->write(orphan, &rejected));
        QVERIFY(rejected.empty());
        QVERIFY((*session)->commit());

        QVERIFY((*session)->deleteRows("", "parent", load::KeyRange {"id", 10, 20}));
        RawDatabase db(file);
        QCOMPARE(db.count("SELECT count(*) FROM parent"), int64_t(90));
        QCOMPARE(db.count("SELECT count(*) FROM parent WHERE id > 10 AND id <= 20"), int64_t(0));
        QCOMPARE(db.count("SELECT count(*) FROM parent WHERE id IN (10, 21)"), int64_t(2));

        const auto builtAll = [](const Result<load::ObjectsOutcome> &outcome) {
            return outcome.ok() && outcome->failed.empty();
        };
        const auto parentIndexes = (*session)->createIndexes(parent);
        QVERIFY(builtAll(parentIndexes));
        QVERIFY(builtAll((*session)->createIndexes(child)));
        QVERIFY(builtAll((*session)->createIndexes(parent))); // again, as a resumed task would
        QVERIFY(builtAll((*session)->createForeignKeys(child)));
        const auto indexes = db.typedValues(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT "
            "NULL ORDER BY name");
        QCOMPARE(indexes.size(), size_t(9));
        QCOMPARE(indexes[0].second, std::string("child_idx"));
        QCOMPARE(indexes[2].second,
                 std::string("CREATE INDEX \"child_idx\" ON \"child\" (\"at\" "
                             "DESC)"));
        QCOMPARE(indexes[3].second, std::string("idx"));
        QCOMPARE(indexes[5].second,
                 std::string("CREATE INDEX \"idx\" ON \"parent\" (lower(name)) "
                             "WHERE name IS NOT NULL"));
        QCOMPARE(indexes[6].second, std::string("parent_code_key"));
        QCOMPARE(indexes[8].second,
                 std::string("CREATE UNIQUE INDEX \"parent_code_key\" ON "
                             "\"parent\" (\"code\")"));
        const auto &warnings = parentIndexes->warnings;
        QVERIFY(std::any_of(warnings.begin(), warnings.end(), [](const std::string &warning) {
            return warning.find("fulltext index ft") != std::string::npos;
        }));
        // The unique index now refuses a duplicate code.
        QVERIFY(!db.exec("INSERT INTO parent (id, code) VALUES (500, 'c1')").isEmpty());
        // The foreign key is declared and enforced where foreign keys are on.
        QCOMPARE(db.count("SELECT count(*) FROM pragma_foreign_key_list('child') "
                          "WHERE \"table\" = 'parent' AND on_delete = 'CASCADE'"),
                 int64_t(1));
        QCOMPARE(db.exec("PRAGMA foreign_keys = ON"), QString());
        QVERIFY(!db.exec("INSERT INTO child VALUES (2, 998, NULL)").isEmpty());

        // An index the target cannot build is reported with its name.
        Index broken;
        broken.name = "broken";
        broken.columns = {IndexColumn {{}, "lower((name)::text)", false, 0}};
        load::TargetTable withBroken = parent;
        withBroken.uniqueKeys.clear();
        withBroken.indexes = {broken};
        auto failed = (*session)->createIndexes(withBroken);
        QVERIFY(failed);
        QCOMPARE(failed->failed.size(), size_t(1));
        QVERIFY(failed->failed[0].message.find("broken") != std::string::npos);
        QVERIFY(!failed->failed[0].detail.empty());

        QVERIFY((*session)->deleteRows("", "parent", std::nullopt));
        QCOMPARE(db.count("SELECT count(*) FROM parent"), int64_t(0));
        QVERIFY((*session)->truncateTable("", "child"));
        QCOMPARE(db.count("SELECT count(*) FROM child"), int64_t(0));
        QVERIFY((*session)->dropTable("", "child"));
        QCOMPARE((*session)->tableExists("", "child").value(), false);
        QVERIFY((*session)->dropTable("", "child")); // IF EXISTS
    }

    void autoIncrementSequenceFollowsLoadedKeys()
    {
        const QString file = path("identity.db");
        auto session = load::openTargetSession(specFor(file));
        QVERIFY(session);
        load::TargetTable table;
        table.name = "seq";
        table.columns = {{"id", typeOf(TypeFamily::Integer, 8), false, true},
                         {"v", typeOf(TypeFamily::String), true, false}};
        table.primaryKey = KeyConstraint {{}, {"id"}};
        QVERIFY((*session)->createTable(table, true));
        auto writer = (*session)->openWriter({"", "seq", table.columns});
        QVERIFY(writer);
        load::RowBatch batch(2);
        for (const char *id : {"5", "100", "7"}) {
            batch.appendCell(0, id);
            batch.appendNull(1);
            batch.finishRow();
        }
        std::vector<load::RejectedRow> rejected;
        QVERIFY((*writer)->write(batch, &rejected));
        RawDatabase db(file);
        // SQLite keeps sqlite_sequence itself for explicit keys ...
        QCOMPARE(db.count("SELECT seq FROM sqlite_sequence WHERE name = 'seq'"), int64_t(100));
        // ... also when they go in multi-row INSERTs.
        batch.clear();
        for (int id = 1; id <= 130; ++id) {
            batch.appendCell(0, std::to_string(id == 64 ? 2000 : id));
            batch.appendNull(1);
            batch.finishRow();
        }
        QVERIFY((*writer)->write(batch, &rejected));
        QCOMPARE(rejected.size(), size_t(3)); // 5, 7 and 100 again
        QCOMPARE(db.count("SELECT seq FROM sqlite_sequence WHERE name = 'seq'"), int64_t(2000));
        QCOMPARE(db.count("SELECT count(*) FROM seq"), int64_t(130));
        QCOMPARE(db.exec("DELETE FROM seq WHERE id >= 2000"), QString()); // max(id) is now 130
        writer->reset();
        QCOMPARE(db.exec("UPDATE sqlite_sequence SET seq = 3 WHERE name = 'seq'"), QString());
        // ... and resetIdentity repairs a sequence that lags behind.
        QVERIFY((*session)->resetIdentity(table));
        QCOMPARE(db.count("SELECT seq FROM sqlite_sequence WHERE name = 'seq'"), int64_t(130));
        QCOMPARE(db.exec("INSERT INTO seq (v) VALUES ('next')"), QString());
        QCOMPARE(db.count("SELECT id FROM seq WHERE v = 'next'"), int64_t(131));
    }

    void executesAndQueriesWithBoundParameters()
    {
        auto session = load::openTargetSession(specFor(path("control.db")));
        QVERIFY(session);
        QVERIFY((*session)->execute("CREATE TABLE control (k TEXT, v TEXT)"));
        QVERIFY((*session)->begin());
        QVERIFY((*session)->execute("INSERT INTO control VALUES (?, ?)", {"a'; DROP TABLE x", {}}));
        QVERIFY((*session)->execute("INSERT INTO control VALUES (?, ?)", {"b", "2"}));
        QVERIFY((*session)->rollback());
        QVERIFY((*session)->rollback()); // nothing open: no error
        QVERIFY((*session)->begin());
        QVERIFY((*session)->execute("INSERT INTO control VALUES (?, ?)", {"a'; DROP TABLE x", {}}));
        QVERIFY((*session)->commit());
        auto rows = (*session)->query("SELECT k, v, typeof(v) FROM control WHERE k = ?",
                                      {"a'; DROP TABLE x"});
        QVERIFY(rows);
        QCOMPARE(rows->size(), size_t(1));
        QCOMPARE((*rows)[0][0], std::optional<std::string>("a'; DROP TABLE x"));
        QCOMPARE((*rows)[0][1], std::optional<std::string>());
        QCOMPARE((*rows)[0][2], std::optional<std::string>("null"));
        auto bad = (*session)->execute("INSERT INTO nowhere VALUES (1)");
        QVERIFY(!bad);
        QVERIFY(bad.error().detail.find("no such table: nowhere") != std::string::npos);
        auto pragmas = (*session)->query("PRAGMA journal_mode");
        QVERIFY(pragmas);
        QCOMPARE((*pragmas)[0][0], std::optional<std::string>("wal"));
    }

    void opensFilesAsTheRoleRequires()
    {
        // A target in a missing directory: nothing is created, the cause is named.
        const QString inMissing = path("no/such/dir/t.db");
        auto target = load::openTargetSession(specFor(inMissing));
        QVERIFY(!target);
        QCOMPARE(target.error().code, ErrorCode::DatabaseNotFound);
        QVERIFY(target.error().message.find("directory") != std::string::npos);
        // A source is never created.
        const QString missing = path("missing.db");
        auto source = load::openSourceSession(specFor(missing));
        QVERIFY(!source);
        QCOMPARE(source.error().code, ErrorCode::DatabaseNotFound);
        QVERIFY(!QFileInfo::exists(missing));
        // mode=ro is refused for a target.
        auto readOnly = load::openTargetSession(
            parseConnectionUri("sqlite://" + path("ro.db").toStdString() + "?mode=ro").value());
        QVERIFY(!readOnly);
        QCOMPARE(readOnly.error().code, ErrorCode::InvalidUri);
        QVERIFY(!QFileInfo::exists(path("ro.db")));
    }

    void cancelInterruptsAReadAndAWrite()
    {
        const QString file = path("cancel.db");
        {
            RawDatabase db(file);
            // A view whose second row never comes: the read blocks inside sqlite3_step.
            QCOMPARE(db.exec("CREATE VIEW endless AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                             "SELECT x + 1 FROM c) SELECT x FROM c WHERE x = 1 OR x < 0;"
                             "CREATE TABLE w (id INTEGER PRIMARY KEY)"),
                     QString());
        }
        auto session = load::openSourceSession(specFor(file));
        QVERIFY(session);
        load::ReadRequest request;
        request.schema = "main";
        request.table = "endless";
        request.columns = {{"x", "", typeOf(TypeFamily::Integer, 8)}};
        auto reader = (*session)->openReader(request);
        QVERIFY(reader);
        load::TableReader *raw = reader->get();
        std::atomic<bool> firstBatch {false};
        std::atomic<bool> finished {false};
        std::optional<Error> outcome;
        std::thread worker([&] {
            load::RowBatch batch(1);
            load::BatchLimits limits;
            limits.maxRows = 1;
            auto first = raw->read(batch, limits);
            firstBatch = first && *first && batch.rowCount() == 1;
            batch.clear();
            auto second = raw->read(batch, limits); // blocks until cancelled
            if (!second)
                outcome = second.error();
            finished = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(firstBatch.load(), 10000);
        raw->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(finished.load(), 10000);
        worker.join();
        QVERIFY(outcome);
        QCOMPARE(outcome->code, ErrorCode::Cancelled);

        auto target = load::openTargetSession(specFor(file));
        QVERIFY(target);
        auto writer = (*target)->openWriter(
            {"", "w", {{"id", typeOf(TypeFamily::Integer, 8), false, false}}});
        QVERIFY(writer);
        (*writer)->cancel();
        load::RowBatch batch(1);
        batch.appendCell(0, "1");
        batch.finishRow();
        std::vector<load::RejectedRow> rejected;
        auto written = (*writer)->write(batch, &rejected);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Cancelled);
        RawDatabase db(file);
        QCOMPARE(db.count("SELECT count(*) FROM w"), int64_t(0));
    }

    void writesAndReadsBackSixColumnsInBatches_data()
    {
        QTest::addColumn<bool>("autoIncrement");
        QTest::newRow("INTEGER PRIMARY KEY") << false;
        QTest::newRow("AUTOINCREMENT") << true;
    }

    /// 6 columns, 30,000 rows in batches of 1,000 with a commit every 10 batches, written by the
    /// target, then read back by the source; counts and sums come from the sqlite3 C API. (The
    /// throughput of the same load at 500,000 rows is measured in bench/sqlite_load.)
    void writesAndReadsBackSixColumnsInBatches()
    {
        QFETCH(bool, autoIncrement);
        const QString file = path(autoIncrement ? "batches_ai.db" : "batches.db");
        auto target = load::openTargetSession(specFor(file));
        QVERIFY(target);
        load::TargetTable table;
        table.name = "fact";
        table.columns = {{"id", typeOf(TypeFamily::Integer, 8), false, autoIncrement},
                         {"event_id", typeOf(TypeFamily::Integer, 4), false, false},
                         {"seat", typeOf(TypeFamily::String), false, false},
                         {"price", typeOf(TypeFamily::Float, 8), false, false},
                         {"sold_at", typeOf(TypeFamily::Timestamp), false, false},
                         {"paid", typeOf(TypeFamily::Boolean), false, false}};
        table.primaryKey = KeyConstraint {{}, {"id"}};
        QVERIFY((*target)->createTable(table, true));
        auto writer = (*target)->openWriter({"", "fact", table.columns});
        QVERIFY(writer);
        constexpr int Rows = 30'000;
        constexpr int BatchRows = 1'000;
        load::RowBatch batch(6);
        std::vector<load::RejectedRow> rejected;
        QVERIFY((*target)->begin());
        for (int start = 0; start < Rows; start += BatchRows) {
            batch.clear();
            char buffer[64];
            for (int row = start; row < start + BatchRows; ++row) {
                batch.appendCell(0, std::to_string(row + 1));
                batch.appendCell(1, std::to_string(row % 1000));
                const int seatLength
                    = std::snprintf(buffer, sizeof buffer, "S-%d-%d", row % 50, row % 30);
                batch.appendCell(2, std::string_view(buffer, size_t(seatLength)));
                batch.appendCell(3, std::to_string(row % 500) + ".25");
                batch.appendCell(4, "2024-03-01 12:34:56");
                batch.appendCell(5, row % 3 ? "true" : "false");
                batch.finishRow();
            }
            QVERIFY((*writer)->write(batch, &rejected));
            if ((start / BatchRows) % 10 == 9) {
                QVERIFY((*target)->commit());
                QVERIFY((*target)->begin());
            }
        }
        QVERIFY((*target)->commit());
        QVERIFY(rejected.empty());
        writer->reset();
        target->reset();

        // 30 times 0 + 1 + ... + 999; a third of the rows (row % 3 == 0) not paid.
        RawDatabase db(file);
        QCOMPARE(db.count("SELECT count(*) FROM fact"), int64_t(Rows));
        QCOMPARE(db.count("SELECT sum(event_id) FROM fact"), int64_t(14'985'000));
        QCOMPARE(db.count("SELECT sum(paid) FROM fact"), int64_t(20'000));

        auto source = load::openSourceSession(specFor(file));
        QVERIFY(source);
        load::ReadRequest request;
        request.schema = "main";
        request.table = "fact";
        for (const auto &column : table.columns)
            request.columns.push_back({column.name, {}, column.type});
        auto reader = (*source)->openReader(request);
        QVERIFY(reader);
        int64_t rows = 0;
        int64_t eventSum = 0;
        bool more = true;
        while (more) {
            batch.clear();
            auto result = (*reader)->read(batch, load::BatchLimits {});
            QVERIFY(result);
            more = *result;
            for (size_t row = 0; row < batch.rowCount(); ++row)
                eventSum += std::stoll(std::string(batch.cell(1, row)));
            rows += int64_t(batch.rowCount());
        }
        QCOMPARE(rows, int64_t(Rows));
        QCOMPARE(eventSum, int64_t(14'985'000));
    }
};

QTEST_GUILESS_MAIN(TestSqliteLoad)
#include "tst_sqlite_load.moc"
