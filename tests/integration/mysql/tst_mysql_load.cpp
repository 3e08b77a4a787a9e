// SPDX-License-Identifier: MIT
// The MySQL/MariaDB data path (SourceSession/TableReader, TargetSession/TableWriter) against the
// harness MariaDB: edge values read in canonical form, bound filters and key ranges, writing
// every type family through LOAD DATA LOCAL, isolating refused rows, the INSERT fallback when
// local_infile is off, DDL after the load, and cancelling a blocked read. Test data is set up
// and checked with libmysqlclient directly (MySqlAdmin), independently of Ferry's connector.
#include "engine/connectors/connector.h"
#include "engine/connectors/mysql/mysql_load.h"
#include "engine/connectors/mysql/mysql_writer.h"
#include "engine/load/load_session.h"
#include "engine/load/row_batch.h"
#include "engine/types/mysql_types.h"
#include "tests/integration/mysql/mysql_test_support.h"
#include "tests/support/test_support.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace ferry;

namespace {

using Cell = std::optional<std::string>;
using Rows = std::vector<std::vector<Cell>>;

QString qs(const std::string &text) { return QString::fromStdString(text); }

/// Every byte value 0..255 once, in order.
std::string allBytes()
{
    std::string bytes;
    for (int i = 0; i < 256; ++i)
        bytes.push_back(static_cast<char>(i));
    return bytes;
}

std::string hexOf(const std::string &bytes)
{
    static const char digits[] = "0123456789ABCDEF";
    std::string hex;
    for (unsigned char byte : bytes) {
        hex.push_back(digits[byte >> 4]);
        hex.push_back(digits[byte & 0x0f]);
    }
    return hex;
}

load::ReadColumn readColumn(const std::string &name, const std::string &nativeType)
{
    return load::ReadColumn {name, nativeType, mysql::canonicalType(nativeType, "utf8mb4")};
}

CanonicalType type(TypeFamily family)
{
    CanonicalType result;
    result.family = family;
    return result;
}

CanonicalType integer(int width, bool isUnsigned = false)
{
    CanonicalType result = type(TypeFamily::Integer);
    result.byteWidth = width;
    result.isUnsigned = isUnsigned;
    return result;
}

CanonicalType sized(TypeFamily family, int64_t length, bool lob = false)
{
    CanonicalType result = type(family);
    result.length = length;
    result.isLob = lob;
    return result;
}

/// Reads a whole table two rows per batch (so read() is resumed many times).
Rows readAll(load::SourceSession &session, const load::ReadRequest &request, QString *why)
{
    Rows rows;
    Result<std::unique_ptr<load::TableReader>> reader = session.openReader(request);
    if (!reader) {
        *why = qs(reader.error().toString());
        return rows;
    }
    load::RowBatch batch(request.columns.size());
    load::BatchLimits limits;
    limits.maxRows = 2;
    for (;;) {
        batch.clear();
        Result<bool> more = (*reader)->read(batch, limits);
        if (!more) {
            *why = qs(more.error().toString());
            return rows;
        }
        for (size_t r = 0; r < batch.rowCount(); ++r) {
            std::vector<Cell> row;
            for (size_t c = 0; c < batch.columnCount(); ++c) {
                if (batch.isNull(c, r))
                    row.emplace_back(std::nullopt);
                else
                    row.emplace_back(std::string(batch.cell(c, r)));
            }
            rows.push_back(std::move(row));
        }
        if (!*more)
            return rows;
    }
}

/// The first column of each row, as integers (ids), in order.
std::vector<int> ids(const Rows &rows)
{
    std::vector<int> result;
    for (const auto &row : rows)
        result.push_back(row.at(0) ? std::stoi(*row.at(0)) : -1);
    return result;
}

load::FilterCondition condition(load::FilterOperator op, std::string value = {},
                                std::string end = {})
{
    load::FilterCondition result;
    result.op = op;
    if (op == load::FilterOperator::Between || op == load::FilterOperator::NotBetween) {
        result.start = std::move(value);
        result.end = std::move(end);
    } else {
        result.value = std::move(value);
    }
    return result;
}

load::ColumnFilter filter(const std::string &column, std::vector<load::FilterCondition> anyOf)
{
    return load::ColumnFilter {column, std::move(anyOf)};
}

/// Appends one row of cells (nullopt = NULL) to a batch.
void appendRow(load::RowBatch &batch, const std::vector<Cell> &cells)
{
    for (size_t c = 0; c < cells.size(); ++c) {
        if (cells[c])
            batch.appendCell(c, *cells[c]);
        else
            batch.appendNull(c);
    }
    batch.finishRow();
}

/// Rows as text for failure messages: a|b|NULL; ...
QString dump(const Rows &rows)
{
    QStringList lines;
    for (const auto &row : rows) {
        QStringList cells;
        for (const Cell &cell : row)
            cells << (cell ? qs(*cell) : QStringLiteral("NULL"));
        lines << cells.join(QLatin1Char('|'));
    }
    return lines.join(QStringLiteral("; "));
}

bool containsText(const std::vector<std::string> &lines, const std::string &needle)
{
    return std::any_of(lines.begin(), lines.end(), [&](const std::string &line) {
        return line.find(needle) != std::string::npos;
    });
}

/// A session status counter of the target session's own connection; -1 when missing.
int statusValue(load::TargetSession &session, const std::string &name)
{
    // SHOW cannot be prepared; the name is this test's own constant.
    Result<std::vector<load::TextRow>> rows
        = session.query("SHOW SESSION STATUS LIKE '" + name + "'", {});
    if (!rows || rows->empty() || rows->front().size() < 2 || !rows->front()[1])
        return -1;
    return std::atoi(rows->front()[1]->c_str());
}

} // namespace

class TestMySqlLoad : public QObject
{
    Q_OBJECT

private:
    test::MySqlAdmin m_admin;
    std::string m_database;
    ConnectionSpec m_spec;

    std::string table(const std::string &name) const
    {
        return "`" + m_database + "`.`" + name + "`";
    }

    void exec(const std::string &sql)
    {
        const std::string error = m_admin.exec(sql);
        QVERIFY2(error.empty(), error.c_str());
    }

    std::unique_ptr<load::SourceSession> source()
    {
        Result<std::unique_ptr<load::SourceSession>> session = mysql::openSourceSession(m_spec);
        if (!session) {
            qWarning("%s", session.error().toString().c_str());
            return nullptr;
        }
        return std::move(session.value());
    }

    std::unique_ptr<load::TargetSession> target()
    {
        Result<std::unique_ptr<load::TargetSession>> session = mysql::openTargetSession(m_spec);
        if (!session) {
            qWarning("%s", session.error().toString().c_str());
            return nullptr;
        }
        return std::move(session.value());
    }

    /// The "strict" table of the reject tests: id, v varchar(5), nn int NOT NULL, ti tinyint.
    load::TargetTable strictTable(const std::string &name) const
    {
        load::TargetTable result;
        result.schema = m_database;
        result.name = name;
        result.columns = {
            {"id", integer(4), false, false},
            {"v", sized(TypeFamily::String, 5), true, false},
            {"nn", integer(4), false, false},
            {"ti", integer(1), true, false},
            {"bin", sized(TypeFamily::VarBinary, -1, true), true, false},
        };
        result.primaryKey = KeyConstraint {"pk", {"id"}};
        return result;
    }

    static load::WriteRequest writeRequest(const load::TargetTable &table)
    {
        return load::WriteRequest {table.schema, table.name, table.columns};
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QString why;
        QVERIFY2(m_admin.connect(&why), qPrintable(why));
        m_database = test::uniqueName("ferry_myload");
        exec("CREATE DATABASE `" + m_database + "` CHARACTER SET utf8mb4");
        m_spec = test::mysqlSpec();
        m_spec.database = m_database;
    }

    void cleanupTestCase()
    {
        if (!m_database.empty()) {
            m_admin.exec("SET GLOBAL local_infile = 1");
            m_admin.exec("DROP DATABASE IF EXISTS `" + m_database + "`");
        }
    }

    void pureHelpersNameColumnsAndTypes()
    {
        QCOMPARE(mysql::detail::columnFromErrorMessage("Data too long for column 'v' at row 1"),
                 std::string("v"));
        QCOMPARE(mysql::detail::columnFromErrorMessage("Column 'nn' cannot be null"),
                 std::string("nn"));
        QCOMPARE(mysql::detail::columnFromErrorMessage(
                     "Incorrect integer value: 'x' for column `db`.`t`.`we``ird` at row 1"),
                 std::string("we`ird"));
        QCOMPARE(mysql::detail::columnFromErrorMessage("Duplicate entry '1' for key 'PRIMARY'"),
                 std::string());

        CanonicalType unconstrained = type(TypeFamily::Decimal);
        QCOMPARE(mysql::nativeTypeFor(unconstrained), std::string("decimal(65,30)"));
        CanonicalType wide = type(TypeFamily::Decimal);
        wide.precision = 80;
        wide.scale = 2;
        QCOMPARE(mysql::nativeTypeFor(wide), std::string("varchar(82)"));
        QCOMPARE(mysql::nativeTypeFor(integer(8, true)), std::string("bigint unsigned"));
        QCOMPARE(mysql::nativeTypeFor(integer(3)), std::string("mediumint"));
        QCOMPARE(mysql::nativeTypeFor(sized(TypeFamily::String, 20000)), std::string("longtext"));
        QCOMPARE(mysql::nativeTypeFor(sized(TypeFamily::String, 16383)),
                 std::string("varchar(16383)"));
        QCOMPARE(mysql::nativeTypeFor(sized(TypeFamily::Char, 300)), std::string("varchar(300)"));
        QCOMPARE(mysql::nativeTypeFor(sized(TypeFamily::Binary, 16)), std::string("binary(16)"));
        QCOMPARE(mysql::nativeTypeFor(sized(TypeFamily::Bit, 65)), std::string("varchar(65)"));
        QCOMPARE(mysql::nativeTypeFor(sized(TypeFamily::Bit, 64)), std::string("bit(64)"));
        CanonicalType timestampTz = type(TypeFamily::Timestamp);
        timestampTz.fractionalDigits = 3;
        timestampTz.withTimeZone = true;
        QCOMPARE(mysql::nativeTypeFor(timestampTz), std::string("datetime(3)"));
        CanonicalType time = type(TypeFamily::Time);
        QCOMPARE(mysql::nativeTypeFor(time), std::string("time(6)"));
        CanonicalType labels = type(TypeFamily::Enum);
        labels.labels = {"a", "it's"};
        QCOMPARE(mysql::nativeTypeFor(labels), std::string("enum('a','it''s')"));
        // PostgreSQL's money (64-bit minor units) needs 17 integer digits: decimal(23,4).
        QCOMPARE(mysql::nativeTypeFor(type(TypeFamily::Money)), std::string("decimal(23,4)"));
        QCOMPARE(mysql::nativeTypeFor(type(TypeFamily::Uuid)), std::string("char(36)"));
        QCOMPARE(mysql::nativeTypeFor(type(TypeFamily::Inet)), std::string("varchar(43)"));
        QCOMPARE(mysql::nativeTypeFor(type(TypeFamily::Array)), std::string("longtext"));
    }

    void readsEdgeValuesInCanonicalForm()
    {
        // The inserting session is 5 hours east of UTC; the reader must still produce UTC.
        exec("SET SESSION sql_mode = '', time_zone = '+05:00'");
        exec("CREATE TABLE " + table("edge")
             + " (id INT NOT NULL PRIMARY KEY,"
               " ti TINYINT, tiu TINYINT UNSIGNED, si SMALLINT, siu SMALLINT UNSIGNED,"
               " mi MEDIUMINT, miu MEDIUMINT UNSIGNED, i4 INT, i4u INT UNSIGNED,"
               " bi BIGINT, biu BIGINT UNSIGNED, dec38 DECIMAL(38,10), f FLOAT, d DOUBLE,"
               " flag TINYINT(1), bits BIT(10), bin VARBINARY(256), txt TEXT, dt DATE,"
               " dtm DATETIME(6), ts TIMESTAMP(6) NULL DEFAULT NULL, tm TIME(1),"
               " en ENUM('small','big'), st SET('a','b','c'), js JSON, yr YEAR, pt POINT,"
               " zf INT(5) UNSIGNED ZEROFILL) CHARACTER SET utf8mb4");
        exec("INSERT INTO " + table("edge")
             + " VALUES (1, -128, 0, -32768, 0, -8388608, 0, -2147483648, 0,"
               " -9223372036854775808, 0, -9999999999999999999999999999.9999999999, 0.1, 0.1,"
               " 1, b'1010000001', UNHEX('"
             + hexOf(allBytes())
             + "'), 'a\\tb\\nc\\\\d\xF0\x9F\x98\x80', '0000-00-00', '0000-00-00 00:00:00',"
               " '2024-01-02 08:04:05.123456', '838:59:59', 'big', 'a,c', '{\"k\": [1, 2]}',"
               " 2155, ST_GeomFromText('POINT(1 2)'), 42),"
               " (2, 127, 255, 32767, 65535, 8388607, 16777215, 2147483647, 4294967295,"
               " 9223372036854775807, 18446744073709551615,"
               " 1234567890123456789012345678.0123456789, -1.2345678, 1e308, 0, b'0000000101',"
               " '', '', '9999-12-31', '2024-02-29 23:59:59.999999', '1970-01-01 05:00:01',"
               " '-12:00:00.5', 'small', '', '[]', 1901, ST_GeomFromText('POINT(-1.5 0.25)'),"
               " 7),"
               " (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
               " 1e-7, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
               " NULL, NULL)");
        exec("SET SESSION sql_mode = DEFAULT, time_zone = DEFAULT");

        load::ReadRequest request;
        request.schema = m_database;
        request.table = "edge";
        request.columns = {
            readColumn("id", "int(11)"),
            readColumn("ti", "tinyint(4)"),
            readColumn("tiu", "tinyint(3) unsigned"),
            readColumn("si", "smallint(6)"),
            readColumn("siu", "smallint(5) unsigned"),
            readColumn("mi", "mediumint(9)"),
            readColumn("miu", "mediumint(8) unsigned"),
            readColumn("i4", "int(11)"),
            readColumn("i4u", "int(10) unsigned"),
            readColumn("bi", "bigint(20)"),
            readColumn("biu", "bigint(20) unsigned"),
            readColumn("dec38", "decimal(38,10)"),
            readColumn("f", "float"),
            readColumn("d", "double"),
            readColumn("flag", "tinyint(1)"),
            readColumn("bits", "bit(10)"),
            readColumn("bin", "varbinary(256)"),
            readColumn("txt", "text"),
            readColumn("dt", "date"),
            readColumn("dtm", "datetime(6)"),
            readColumn("ts", "timestamp(6)"),
            readColumn("tm", "time(1)"),
            readColumn("en", "enum('small','big')"),
            readColumn("st", "set('a','b','c')"),
            readColumn("js", "json"),
            readColumn("yr", "year(4)"),
            readColumn("pt", "point"),
            readColumn("zf", "int(5) unsigned zerofill"),
        };
        // A mapping rule turned tinyint(1) into a boolean.
        request.columns[14].type = type(TypeFamily::Boolean);

        std::unique_ptr<load::SourceSession> session = source();
        QVERIFY(session);
        QString why;
        const Rows rows = readAll(*session, request, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(rows.size(), size_t(3));

        const std::vector<Cell> first = {
            "1",
            "-128",
            "0",
            "-32768",
            "0",
            "-8388608",
            "0",
            "-2147483648",
            "0",
            "-9223372036854775808",
            "0",
            "-9999999999999999999999999999.9999999999",
            "0.1",
            "0.1",
            "true",
            "1010000001",
            allBytes(),
            std::string("a\tb\nc\\d\xF0\x9F\x98\x80"),
            "0000-00-00",
            "0000-00-00 00:00:00.000000",
            "2024-01-02 03:04:05.123456",
            "838:59:59.0",
            "big",
            "a,c",
            "{\"k\":[1,2]}",
            "2155",
            "POINT(1 2)",
            "42",
        };
        const std::vector<Cell> second = {
            "2",
            "127",
            "255",
            "32767",
            "65535",
            "8388607",
            "16777215",
            "2147483647",
            "4294967295",
            "9223372036854775807",
            "18446744073709551615",
            "1234567890123456789012345678.0123456789",
            "-1.2345678", // the server alone would print -1.23457
            "1e+308",
            "false",
            "0000000101",
            "",
            "",
            "9999-12-31",
            "2024-02-29 23:59:59.999999",
            "1970-01-01 00:00:01.000000",
            "-12:00:00.5",
            "small",
            "",
            "[]",
            "1901",
            "POINT(-1.5 0.25)",
            "7",
        };
        std::vector<Cell> third(28, std::nullopt);
        third[0] = "3";
        third[13] = "1e-07";
        const std::vector<std::vector<Cell>> expected = {first, second, third};
        for (size_t r = 0; r < expected.size(); ++r) {
            QCOMPARE(rows[r].size(), expected[r].size());
            for (size_t c = 0; c < expected[r].size(); ++c) {
                if (rows[r][c] != expected[r][c]) {
                    QFAIL(qPrintable(QStringLiteral("row %1 column %2: got '%3', expected '%4'")
                                         .arg(r)
                                         .arg(qs(request.columns[c].name))
                                         .arg(qs(rows[r][c].value_or("NULL")))
                                         .arg(qs(expected[r][c].value_or("NULL")))));
                }
            }
        }
    }

    void filtersAndKeyRangesAreBound()
    {
        exec("CREATE TABLE " + table("filt")
             + " (id INT NOT NULL PRIMARY KEY,"
               " name VARCHAR(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,"
               " n INT, note VARCHAR(20) CHARACTER SET latin1)");
        exec("INSERT INTO " + table("filt")
             + " VALUES (1, 'Alpha', 10, NULL), (2, 'beta', 20, 'x'), (3, 'Gamma', 30, NULL),"
               " (4, 'O''Brien', 40, 'y'), (5, 'delta', 50, 'z')");
        std::unique_ptr<load::SourceSession> session = source();
        QVERIFY(session);
        using Op = load::FilterOperator;
        struct Case
        {
            const char *name;
            std::vector<load::ColumnFilter> filters;
            std::optional<load::KeyRange> range;
            std::vector<int> expected;
        };
        const std::vector<Case> cases = {
            {"ste", {filter("n", {condition(Op::Ste, "20")})}, {}, {1, 2}},
            {"gte", {filter("n", {condition(Op::Gte, "40")})}, {}, {4, 5}},
            {"eq with the column's collation",
             {filter("name", {condition(Op::Eq, "ALPHA")})},
             {},
             {1}},
            {"eq on a latin1 column", {filter("note", {condition(Op::Eq, "Y")})}, {}, {4}},
            {"noteq", {filter("n", {condition(Op::NotEq, "30")})}, {}, {1, 2, 4, 5}},
            {"between", {filter("n", {condition(Op::Between, "20", "40")})}, {}, {2, 3, 4}},
            {"notbetween", {filter("n", {condition(Op::NotBetween, "20", "40")})}, {}, {1, 5}},
            {"null", {filter("note", {condition(Op::Null)})}, {}, {1, 3}},
            {"notnull", {filter("note", {condition(Op::NotNull)})}, {}, {2, 4, 5}},
            {"injection-looking value",
             {filter("name", {condition(Op::Eq, "x' OR '1'='1")})},
             {},
             {}},
            {"quote in a value", {filter("name", {condition(Op::Eq, "O'Brien")})}, {}, {4}},
            {"conditions on one column are OR'ed",
             {filter("n", {condition(Op::Eq, "10"), condition(Op::Eq, "50")})},
             {},
             {1, 5}},
            {"filters are AND'ed",
             {filter("n", {condition(Op::Gte, "20")}),
              filter("name", {condition(Op::NotEq, "BETA")})},
             {},
             {3, 4, 5}},
            {"key range", {}, load::KeyRange {"id", 1, 4}, {2, 3, 4}},
            {"key range open above", {}, load::KeyRange {"id", 3, std::nullopt}, {4, 5}},
            {"key range with a filter",
             {filter("note", {condition(Op::NotNull)})},
             load::KeyRange {"id", 1, 4},
             {2, 4}},
        };
        for (const Case &c : cases) {
            load::ReadRequest request;
            request.schema = m_database;
            request.table = "filt";
            request.columns = {readColumn("id", "int(11)"), readColumn("name", "varchar(20)")};
            request.filters = c.filters;
            request.range = c.range;
            QString why;
            const Rows rows = readAll(*session, request, &why);
            QVERIFY2(why.isEmpty(),
                     qPrintable(QString::fromUtf8(c.name) + QStringLiteral(": ") + why));
            if (ids(rows) != c.expected)
                QFAIL(c.name);
        }
        // The quoted name came back exactly.
        load::ReadRequest one;
        one.schema = m_database;
        one.table = "filt";
        one.columns = {readColumn("id", "int(11)"), readColumn("name", "varchar(20)")};
        one.range = load::KeyRange {"id", 3, 4};
        QString why;
        const Rows rows = readAll(*session, one, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0][1], Cell("O'Brien"));

        Result<load::KeyBounds> bounds = session->keyBounds(
            m_database, "filt", "id", {filter("n", {condition(Op::Gte, "20")})});
        QVERIFY2(bounds.ok(), bounds.ok() ? "" : bounds.error().toString().c_str());
        QCOMPARE(bounds->minimum, std::optional<int64_t>(2));
        QCOMPARE(bounds->maximum, std::optional<int64_t>(5));
        Result<load::KeyBounds> none = session->keyBounds(
            m_database, "filt", "id", {filter("name", {condition(Op::Eq, "nobody")})});
        QVERIFY(none.ok());
        QVERIFY(!none->minimum);
        QVERIFY(!none->maximum);
    }

    void writesEveryFamilyAndReadsItBack()
    {
        std::unique_ptr<load::TargetSession> session = target();
        QVERIFY(session);
        QVERIFY(session->serverDescription().rfind("MariaDB 10.11", 0) == 0);
        QCOMPARE(session->defaultSchema(), m_database);
        QVERIFY(session->warnings().empty());

        CanonicalType decimal38 = type(TypeFamily::Decimal);
        decimal38.precision = 38;
        decimal38.scale = 10;
        CanonicalType float4 = type(TypeFamily::Float);
        float4.byteWidth = 4;
        CanonicalType float8 = type(TypeFamily::Float);
        float8.byteWidth = 8;
        CanonicalType wideTime = type(TypeFamily::Time);
        wideTime.fractionalDigits = 0;
        wideTime.wideRange = true;
        CanonicalType timestamp6 = type(TypeFamily::Timestamp);
        timestamp6.fractionalDigits = 6;
        CanonicalType timestampTz = type(TypeFamily::Timestamp);
        timestampTz.fractionalDigits = 3;
        timestampTz.withTimeZone = true;
        CanonicalType enumType = type(TypeFamily::Enum);
        enumType.labels = {"small", "it's"};
        CanonicalType setType = type(TypeFamily::Set);
        setType.labels = {"a", "b", "c"};

        load::TargetTable families;
        families.schema = m_database;
        families.name = "families";
        families.columns = {
            {"id", integer(4), false, false},
            {"flag", type(TypeFamily::Boolean), true, false},
            {"i1", integer(1), true, false},
            {"u8", integer(8, true), true, false},
            {"dec38", decimal38, true, false},
            {"num", type(TypeFamily::Decimal), true, false},
            {"f4", float4, true, false},
            {"f8", float8, true, false},
            {"money", type(TypeFamily::Money), true, false},
            {"ch", sized(TypeFamily::Char, 3), true, false},
            {"vc", sized(TypeFamily::String, 40), true, false},
            {"lob", sized(TypeFamily::String, -1, true), true, false},
            {"bin4", sized(TypeFamily::Binary, 4), true, false},
            {"blob", sized(TypeFamily::VarBinary, -1, true), true, false},
            {"bits", sized(TypeFamily::Bit, 10), true, false},
            {"bits70", sized(TypeFamily::Bit, 70), true, false},
            {"d", type(TypeFamily::Date), true, false},
            {"t", wideTime, true, false},
            {"ts", timestamp6, true, false},
            {"tstz", timestampTz, true, false},
            {"yr", type(TypeFamily::Year), true, false},
            {"uuid", type(TypeFamily::Uuid), true, false},
            {"js", type(TypeFamily::Json), true, false},
            {"en", enumType, true, false},
            {"st", setType, true, false},
            {"iv", type(TypeFamily::Interval), true, false},
            {"ip", type(TypeFamily::Inet), true, false},
            {"geo", type(TypeFamily::Geometry), true, false},
            {"arr", type(TypeFamily::Array), true, false},
        };
        families.primaryKey = KeyConstraint {"pk_families", {"id"}};
        QVERIFY(session->createTable(families, true).ok());
        Result<bool> exists = session->tableExists(m_database, "families");
        QVERIFY(exists.ok() && *exists);

        const std::string text = std::string("tab\there\nnl\\bs") + '\0' + "nul\xF0\x9F\x98\x80";
        const std::string lob = std::string(100000, 'x') + "\xF0\x9F\x98\x80";
        const std::string bits70 = "1" + std::string(68, '0') + "1";
        const std::vector<Cell> first = {
            "1",
            "true",
            "-128",
            "18446744073709551615",
            "-1234567890123456789012345678.0123456789",
            "3.14",
            "0.1",
            "1e+308",
            "-12.50",
            "ab",
            text,
            lob,
            std::string("\0\xff\t\n", 4),
            allBytes(),
            "1010000001",
            bits70,
            "0000-00-00",
            "-838:59:59",
            "2024-01-02 03:04:05.123456",
            "1969-07-20 20:17:40.000",
            "2024",
            "123e4567-e89b-12d3-a456-426614174000",
            "{\"a\": [1, \"x\"]}",
            "it's",
            "a,c",
            "1 day 02:03:04",
            "192.168.0.1/24",
            "POINT(1 2)",
            "{1,2,3}",
        };
        std::vector<Cell> second(first.size(), std::nullopt);
        second[0] = "2";
        second[1] = "false";
        second[10] = "";
        second[13] = "";
        second[16] = "2024-02-29";

        load::WriteRequest request = writeRequest(families);
        Result<std::unique_ptr<load::TableWriter>> writer = session->openWriter(request);
        QVERIFY(writer.ok());
        load::RowBatch batch(families.columns.size());
        appendRow(batch, first);
        appendRow(batch, second);
        std::vector<load::RejectedRow> rejected;
        Result<void> written = (*writer)->write(batch, &rejected);
        QVERIFY2(written.ok(), written.ok() ? "" : written.error().toString().c_str());
        for (const load::RejectedRow &row : rejected)
            qWarning("rejected %zu: %s", row.row, row.error.toString().c_str());
        QVERIFY(rejected.empty());
        // No transaction was open: the batch went in one of its own, committed.
        QCOMPARE(m_admin.scalar("SELECT COUNT(*) FROM " + table("families")), std::string("2"));
        QCOMPARE(statusValue(*session, "Com_load"), 1);

        // The column types, as the server reports them (MariaDB's JSON is longtext).
        const auto types = m_admin.rows(
            "SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '" + m_database
            + "' AND TABLE_NAME = 'families' ORDER BY ORDINAL_POSITION");
        const std::vector<std::string> expectedTypes = {
            "int(11)",
            "tinyint(1)",
            "tinyint(4)",
            "bigint(20) unsigned",
            "decimal(38,10)",
            "decimal(65,30)",
            "float",
            "double",
            "decimal(23,4)",
            "char(3)",
            "varchar(40)",
            "longtext",
            "binary(4)",
            "longblob",
            "bit(10)",
            "varchar(70)",
            "date",
            "time",
            "datetime(6)",
            "datetime(3)",
            "year(4)",
            "char(36)",
            "longtext",
            "enum('small','it''s')",
            "set('a','b','c')",
            "varchar(64)",
            "varchar(43)",
            "longtext",
            "longtext",
        };
        QCOMPARE(types.size(), expectedTypes.size());
        for (size_t i = 0; i < types.size(); ++i)
            QCOMPARE(types[i][0].value_or(""), expectedTypes[i]);

        // Checked by the server itself: bytes, bits and the text with escapes.
        const auto raw = m_admin.rows("SELECT HEX(`blob`), HEX(bin4), BIN(bits), HEX(vc), "
                                      "CHAR_LENGTH(lob), flag, HEX(vc) FROM "
                                      + table("families") + " ORDER BY id");
        QCOMPARE(raw.size(), size_t(2));
        QCOMPARE(raw[0][0], Cell(hexOf(allBytes())));
        QCOMPARE(raw[0][1], Cell("00FF090A"));
        QCOMPARE(raw[0][2], Cell("1010000001"));
        QCOMPARE(raw[0][3], Cell(hexOf(text)));
        QCOMPARE(raw[0][4], Cell("100001"));
        QCOMPARE(raw[0][5], Cell("1"));
        QCOMPARE(raw[1][3], Cell("")); // empty string, not NULL
        QCOMPARE(raw[1][0], Cell(""));
        QCOMPARE(raw[1][5], Cell("0"));

        // Read back through the source session: the canonical text comes out as it went in,
        // except where the target's type adds digits (decimal(65,30), money), and for the JSON
        // and interval text written here in other spellings (read in their canonical form).
        std::unique_ptr<load::SourceSession> reader = source();
        QVERIFY(reader);
        load::ReadRequest read;
        read.schema = m_database;
        read.table = "families";
        for (const load::TargetColumn &column : families.columns)
            read.columns.push_back({column.name, mysql::nativeTypeFor(column.type), column.type});
        QString why;
        const Rows rows = readAll(*reader, read, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(rows.size(), size_t(2));
        std::vector<Cell> expectedFirst = first;
        expectedFirst[5] = "3.140000000000000000000000000000";
        expectedFirst[8] = "-12.5000";
        expectedFirst[22] = "{\"a\":[1,\"x\"]}";
        expectedFirst[25] = "P1DT2H3M4S";
        for (size_t c = 0; c < first.size(); ++c) {
            if (rows[0][c] != expectedFirst[c]) {
                QFAIL(qPrintable(QStringLiteral("column %1: got '%2'")
                                     .arg(qs(families.columns[c].name))
                                     .arg(qs(rows[0][c].value_or("NULL").substr(0, 80)))));
            }
            QCOMPARE(rows[1][c], second[c]);
        }
    }

    void refusedRowsAreIsolatedOnTheFastPath()
    {
        std::unique_ptr<load::TargetSession> session = target();
        QVERIFY(session);
        const load::TargetTable strict = strictTable("strict_rows");
        QVERIFY(session->createTable(strict, true).ok());
        Result<std::unique_ptr<load::TableWriter>> writer
            = session->openWriter(writeRequest(strict));
        QVERIFY(writer.ok());
        QVERIFY(session->begin().ok()); // as the runner does: the slice's transaction
        load::RowBatch batch(strict.columns.size());
        for (int i = 0; i < 100; ++i) {
            Cell v = "ok";
            Cell nn = "1";
            Cell ti = "1";
            if (i == 9)
                v = "toolong";
            if (i == 49)
                nn = std::nullopt;
            if (i == 89)
                ti = "300";
            appendRow(batch, {std::to_string(i + 1), v, nn, ti, std::string("\x01\t", 2)});
        }
        std::vector<load::RejectedRow> rejected;
        Result<void> written = (*writer)->write(batch, &rejected);
        QVERIFY2(written.ok(), written.ok() ? "" : written.error().toString().c_str());
        QCOMPARE(m_admin.scalar("SELECT COUNT(*) FROM " + table("strict_rows")),
                 std::string("0")); // not committed yet
        QVERIFY(session->commit().ok());

        QCOMPARE(rejected.size(), size_t(3));
        std::sort(rejected.begin(), rejected.end(),
                  [](const auto &a, const auto &b) { return a.row < b.row; });
        QCOMPARE(rejected[0].row, size_t(9));
        QCOMPARE(rejected[0].column, std::string("v"));
        QVERIFY(rejected[0].truncation);
        QVERIFY(rejected[0].error.detail.find("1406") != std::string::npos);
        QCOMPARE(rejected[1].row, size_t(49));
        QCOMPARE(rejected[1].column, std::string("nn"));
        QVERIFY(!rejected[1].truncation);
        QVERIFY(rejected[1].error.detail.find("1048") != std::string::npos);
        QCOMPARE(rejected[2].row, size_t(89));
        QCOMPARE(rejected[2].column, std::string("ti"));
        QVERIFY(!rejected[2].truncation);
        QVERIFY(rejected[2].error.detail.find("1264") != std::string::npos);
        for (const load::RejectedRow &row : rejected)
            QCOMPARE(row.error.action, ErrorAction::RejectRow);

        QCOMPARE(m_admin.scalar("SELECT COUNT(*) FROM " + table("strict_rows")), std::string("97"));
        QCOMPARE(m_admin.scalar("SELECT COUNT(*) FROM " + table("strict_rows")
                                + " WHERE id IN (10, 50, 90)"),
                 std::string("0"));
        QCOMPARE(m_admin.scalar("SELECT COUNT(*) FROM " + table("strict_rows")
                                + " WHERE v = 'ok' AND nn = 1 AND ti = 1 AND bin = X'0109'"),
                 std::string("97"));
        // The fast path ran (LOAD DATA statements in this session), and no warning was needed.
        QVERIFY(statusValue(*session, "Com_load") >= 1);
        QVERIFY(session->warnings().empty());
    }

    void notesKeepTheFastPathAndDuplicatesAreRejected()
    {
        std::unique_ptr<load::TargetSession> session = target();
        QVERIFY(session);
        CanonicalType money = type(TypeFamily::Decimal);
        money.precision = 10;
        money.scale = 2;
        load::TargetTable amounts;
        amounts.schema = m_database;
        amounts.name = "amounts";
        amounts.columns = {{"id", integer(4), false, false}, {"amount", money, true, false}};
        amounts.primaryKey = KeyConstraint {"pk_amounts", {"id"}};
        QVERIFY(session->createTable(amounts, true).ok());
        Result<std::unique_ptr<load::TableWriter>> writer
            = session->openWriter(writeRequest(amounts));
        QVERIFY(writer.ok());

        // Rounding to the column's scale is a Note, which a strict INSERT accepts too: the
        // batch stays on the fast path (one LOAD DATA, no INSERT).
        load::RowBatch batch(2);
        for (int i = 1; i <= 100; ++i)
            appendRow(batch, {std::to_string(i), "1.005"});
        std::vector<load::RejectedRow> rejected;
        QVERIFY((*writer)->write(batch, &rejected).ok());
        QVERIFY(rejected.empty());
        QCOMPARE(statusValue(*session, "Com_load"), 1);
        QCOMPARE(statusValue(*session, "Com_insert"), 0);

        // A duplicate key: LOAD DATA LOCAL skips it with a warning that names no row, so the
        // writer splits the batch in halves until it finds it.
        batch.clear();
        for (int i = 0; i < 40; ++i)
            appendRow(batch, {i == 30 ? "5" : std::to_string(101 + i), "2.50"});
        QVERIFY((*writer)->write(batch, &rejected).ok());
        QVERIFY(session->commit().ok());
        QCOMPARE(rejected.size(), size_t(1));
        QCOMPARE(rejected[0].row, size_t(30));
        QCOMPARE(rejected[0].column, std::string());
        QVERIFY(!rejected[0].truncation);
        QVERIFY(rejected[0].error.detail.find("1062") != std::string::npos);
        QCOMPARE(
            m_admin.scalar("SELECT CONCAT(COUNT(*), '/', SUM(amount)) FROM " + table("amounts")),
            std::string("139/198.50")); // 100 x 1.01 (rounded) + 39 x 2.50
        QCOMPARE(m_admin.scalar("SELECT amount FROM " + table("amounts") + " WHERE id = 5"),
                 std::string("1.01"));

        // Inside begin()..rollback() a written batch disappears with the transaction.
        QVERIFY(session->begin().ok());
        batch.clear();
        appendRow(batch, {"500", "1.00"});
        QVERIFY((*writer)->write(batch, &rejected).ok());
        QVERIFY(session->rollback().ok());
        QCOMPARE(m_admin.scalar("SELECT COUNT(*) FROM " + table("amounts")), std::string("139"));
    }

    void insertFallbackWhenLocalInfileIsOff()
    {
        exec("SET GLOBAL local_infile = 0");
        std::unique_ptr<load::TargetSession> session = target();
        // Restored at once: the session decided its path when it opened.
        exec("SET GLOBAL local_infile = 1");
        QVERIFY(session);
        QVERIFY(containsText(session->warnings(), "SET GLOBAL local_infile = 1"));
        QVERIFY(containsText(session->warnings(), "local-infile = 1"));

        const load::TargetTable strict = strictTable("fallback_rows");
        QVERIFY(session->createTable(strict, true).ok());
        Result<std::unique_ptr<load::TableWriter>> writer
            = session->openWriter(writeRequest(strict));
        QVERIFY(writer.ok());
        load::RowBatch batch(strict.columns.size());
        for (int i = 0; i < 1201; ++i) {
            appendRow(batch,
                      {std::to_string(i + 1), i == 700 ? "toolong" : "a\tb", std::to_string(i),
                       i % 2 ? Cell(std::nullopt) : Cell("-5"), allBytes()});
        }
        std::vector<load::RejectedRow> rejected;
        Result<void> written = (*writer)->write(batch, &rejected);
        QVERIFY2(written.ok(), written.ok() ? "" : written.error().toString().c_str());
        QVERIFY(session->commit().ok());
        QCOMPARE(rejected.size(), size_t(1));
        QCOMPARE(rejected[0].row, size_t(700));
        QCOMPARE(rejected[0].column, std::string("v"));
        QVERIFY(rejected[0].truncation);

        QCOMPARE(m_admin.scalar("SELECT COUNT(*) FROM " + table("fallback_rows")),
                 std::string("1200"));
        QCOMPARE(m_admin.scalar("SELECT COUNT(*) FROM " + table("fallback_rows")
                                + " WHERE v = 'a\\tb' AND HEX(bin) = '" + hexOf(allBytes()) + "'"),
                 std::string("1200"));
        QCOMPARE(
            m_admin.scalar("SELECT COUNT(*) FROM " + table("fallback_rows") + " WHERE ti IS NULL"),
            std::string("600"));
        QCOMPARE(m_admin.scalar("SELECT SUM(nn) FROM " + table("fallback_rows")),
                 std::to_string(1200 * 1201 / 2 - 700));
        QCOMPARE(statusValue(*session, "Com_load"), 0);
        QVERIFY(statusValue(*session, "Com_insert") >= 3);
    }

    void ddlAfterTheLoadAndBoundStatements()
    {
        std::unique_ptr<load::TargetSession> session = target();
        QVERIFY(session);

        CanonicalType bigint = integer(8);
        load::TargetTable parent;
        parent.schema = m_database;
        parent.name = "parent";
        parent.columns = {
            {"id", bigint, false, true},
            {"code", sized(TypeFamily::String, 10), false, false},
            {"body", sized(TypeFamily::String, -1, true), true, false},
        };
        parent.primaryKey = KeyConstraint {"pk_parent", {"id"}};
        parent.uniqueKeys = {KeyConstraint {"uq_parent_code", {"code"}}};
        Index bodyIndex;
        bodyIndex.name = "ix_parent_body";
        bodyIndex.columns = {IndexColumn {"body", {}, false, 0}};
        Index expressionIndex;
        expressionIndex.name = "ix_parent_lower";
        expressionIndex.columns = {IndexColumn {{}, "lower(code)", false, 0}};
        Index codeDesc;
        codeDesc.name = "ix_parent_code_desc";
        codeDesc.columns = {IndexColumn {"code", {}, true, 0}, IndexColumn {"id", {}, false, 0}};
        Index uniqueBody; // MariaDB 10.4+ keeps a long unique key whole (backed by a hash)
        uniqueBody.name = "uq_parent_body";
        uniqueBody.unique = true;
        uniqueBody.columns = {IndexColumn {"body", {}, false, 0}};
        parent.indexes = {bodyIndex, expressionIndex, codeDesc, uniqueBody};

        // Created without its primary key, but the AUTO_INCREMENT column needs it now.
        QVERIFY(session->createTable(parent, false).ok());
        const std::string primaryKeys = "SELECT COUNT(*) FROM information_schema.TABLE_CONSTRAINTS"
                                        " WHERE TABLE_SCHEMA = '"
            + m_database + "' AND TABLE_NAME = '%1' AND CONSTRAINT_TYPE = 'PRIMARY KEY'";
        auto primaryKeyCount = [&](const std::string &name) {
            return m_admin.scalar(qs(primaryKeys).arg(qs(name)).toStdString());
        };
        QCOMPARE(primaryKeyCount("parent"), std::string("1"));

        Result<std::unique_ptr<load::TableWriter>> writer
            = session->openWriter(writeRequest(parent));
        QVERIFY(writer.ok());
        load::RowBatch batch(3);
        for (int i = 1; i <= 10; ++i)
            appendRow(batch,
                      {std::to_string(i), "c" + std::to_string(i),
                       std::string(300, 'b') + std::to_string(i)});
        std::vector<load::RejectedRow> rejected;
        QVERIFY((*writer)->write(batch, &rejected).ok());
        QVERIFY(rejected.empty());
        QVERIFY(session->commit().ok());

        // AUTO_INCREMENT moved past the loaded ids by itself: resetIdentity has nothing to do.
        QVERIFY(session->resetIdentity(parent).ok());
        QVERIFY(session
                    ->execute("INSERT INTO " + table("parent") + " (code, body) VALUES (?, ?)",
                              {std::string("new"), std::nullopt})
                    .ok());
        Result<std::vector<load::TextRow>> inserted = session->query(
            "SELECT id, body FROM " + table("parent") + " WHERE code = ?", {std::string("new")});
        QVERIFY(inserted.ok());
        QCOMPARE(inserted->size(), size_t(1));
        QCOMPARE(inserted->front()[0], Cell("11"));
        QCOMPARE(inserted->front()[1], Cell(std::nullopt));
        QVERIFY(session->commit().ok());

        QVERIFY(session->addPrimaryKey(parent).ok()); // already there: nothing to do
        Result<load::ObjectsOutcome> indexes = session->createIndexes(parent);
        QVERIFY2(indexes.ok(), indexes.ok() ? "" : indexes.error().toString().c_str());
        QVERIFY(indexes->failed.empty());
        const auto statistics = m_admin.rows(
            "SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE"
            " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = '"
            + m_database + "' AND TABLE_NAME = 'parent' ORDER BY INDEX_NAME, SEQ_IN_INDEX");
        const Rows expectedStatistics = {
            {"ix_parent_body", "1", "body", "255", "A", "BTREE"},
            {"ix_parent_code_desc", "1", "code", std::nullopt, "D", "BTREE"},
            {"ix_parent_code_desc", "1", "id", std::nullopt, "A", "BTREE"},
            {"PRIMARY", "0", "id", std::nullopt, "A", "BTREE"},
            {"uq_parent_body", "0", "body", std::nullopt, "A", "HASH"},
            {"uq_parent_code", "0", "code", std::nullopt, "A", "BTREE"},
        };
        QVERIFY2(statistics == expectedStatistics, qPrintable(dump(statistics)));
        QVERIFY(containsText(indexes->warnings, "first 255 characters"));
        QVERIFY(containsText(indexes->warnings, "ix_parent_lower"));
        // Again, as a resumed task would: every index is there under its name already.
        Result<load::ObjectsOutcome> again = session->createIndexes(parent);
        QVERIFY2(again.ok() && again->failed.empty(),
                 again.ok() ? "" : again.error().toString().c_str());
        QCOMPARE(m_admin.rows("SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION,"
                              " INDEX_TYPE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA"
                              " = '" + m_database + "' AND TABLE_NAME = 'parent' ORDER BY"
                              " INDEX_NAME, SEQ_IN_INDEX"),
                 expectedStatistics);

        load::TargetTable child;
        child.schema = m_database;
        child.name = "child";
        child.columns = {
            {"id", integer(4), false, false},
            {"parent_id", bigint, true, false},
        };
        child.primaryKey = KeyConstraint {"pk_child", {"id"}};
        ForeignKey toParent;
        toParent.name = "fk_child_parent";
        toParent.columns = {"parent_id"};
        toParent.referencedSchema = m_database;
        toParent.referencedTable = "parent";
        toParent.referencedColumns = {"id"};
        toParent.onDelete = ReferentialAction::Cascade;
        toParent.onUpdate = ReferentialAction::SetNull;
        child.foreignKeys = {toParent};
        QVERIFY(session->createTable(child, false).ok());
        QCOMPARE(primaryKeyCount("child"), std::string("0"));
        QVERIFY(session->addPrimaryKey(child).ok());
        QCOMPARE(primaryKeyCount("child"), std::string("1"));
        Result<load::ObjectsOutcome> keys = session->createForeignKeys(child);
        QVERIFY2(keys.ok(), keys.ok() ? "" : keys.error().toString().c_str());
        QVERIFY(keys->failed.empty());
        // Again (a resumed task): the key exists under its name, no second copy.
        Result<load::ObjectsOutcome> keysAgain = session->createForeignKeys(child);
        QVERIFY(keysAgain.ok() && keysAgain->failed.empty());
        const auto rules = m_admin.rows(
            "SELECT CONSTRAINT_NAME, REFERENCED_TABLE_NAME, DELETE_RULE, UPDATE_RULE"
            " FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = '"
            + m_database + "' AND TABLE_NAME = 'child'");
        QVERIFY2(rules == (Rows {{"fk_child_parent", "parent", "CASCADE", "SET NULL"}}),
                 qPrintable(dump(rules)));

        // deleteRows: one key range (bounds bound as integers), then everything; inside
        // begin()..commit()/rollback() the statements wait for the end of the transaction.
        QVERIFY(session->begin().ok());
        for (int i = 1; i <= 10; ++i) {
            QVERIFY(session
                        ->execute("INSERT INTO " + table("child") + " VALUES (?, ?)",
                                  {std::to_string(i), std::string("1")})
                        .ok());
        }
        QVERIFY(session->deleteRows(m_database, "child", load::KeyRange {"id", 3, 7}).ok());
        QCOMPARE(m_admin.scalar("SELECT COUNT(*) FROM " + table("child")), std::string("0"));
        QVERIFY(session->commit().ok());
        QCOMPARE(m_admin.scalar("SELECT GROUP_CONCAT(id ORDER BY id) FROM " + table("child")),
                 std::string("1,2,3,8,9,10"));
        QVERIFY(session->begin().ok());
        QVERIFY(session->deleteRows(m_database, "child", std::nullopt).ok());
        QVERIFY(session->rollback().ok());
        QCOMPARE(m_admin.scalar("SELECT COUNT(*) FROM " + table("child")), std::string("6"));
        // Outside a transaction a statement commits by itself.
        QVERIFY(session->deleteRows(m_database, "child", std::nullopt).ok());
        QCOMPARE(m_admin.scalar("SELECT COUNT(*) FROM " + table("child")), std::string("0"));

        QVERIFY(session->truncateTable(m_database, "child").ok());
        QVERIFY(session->dropTable(m_database, "child").ok());
        Result<bool> gone = session->tableExists(m_database, "child");
        QVERIFY(gone.ok() && !*gone);
        QVERIFY(session->createSchema(m_database).ok()); // exists already: fine

        Result<void> bad
            = session->execute("INSERT INTO " + table("nope") + " VALUES (?)", {std::string("1")});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::QueryFailed);
        QVERIFY(bad.error().detail.find("1146") != std::string::npos);
    }

    void lostConnectionsAreRetried()
    {
        std::unique_ptr<load::TargetSession> session = target();
        QVERIFY(session);
        const load::TargetTable strict = strictTable("lost_rows");
        QVERIFY(session->createTable(strict, true).ok());
        Result<std::unique_ptr<load::TableWriter>> writer
            = session->openWriter(writeRequest(strict));
        QVERIFY(writer.ok());
        Result<std::vector<load::TextRow>> id = session->query("SELECT CONNECTION_ID()", {});
        QVERIFY(id.ok() && !id->empty());
        exec("KILL CONNECTION " + id->front()[0].value_or("0"));
        load::RowBatch batch(strict.columns.size());
        appendRow(batch, {"1", "a", "1", "1", "b"});
        Result<void> written = (*writer)->write(batch, nullptr);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().action == ErrorAction::Retry, written.error().toString().c_str());
        QCOMPARE(written.error().code, ErrorCode::ConnectionFailed);

        // A reader whose connection drops while the server works on its statement.
        exec("INSERT INTO " + table("lost_rows") + " (id, nn) VALUES (1, 1)");
        exec("CREATE VIEW " + table("lost_slow") + " AS SELECT id, SLEEP(60) AS s FROM "
             + table("lost_rows"));
        std::unique_ptr<load::SourceSession> reading = source();
        QVERIFY(reading);
        load::ReadRequest request;
        request.schema = m_database;
        request.table = "lost_slow";
        request.columns = {readColumn("id", "int(11)"), readColumn("s", "int(1)")};
        Result<std::unique_ptr<load::TableReader>> reader = reading->openReader(request);
        QVERIFY(reader.ok());
        const std::string sleeping = "SELECT ID FROM information_schema.PROCESSLIST WHERE STATE = "
                                     "'User sleep' AND DB = '"
            + m_database + "'";
        QTRY_VERIFY_WITH_TIMEOUT(!m_admin.scalar(sleeping).empty(), 20000);
        exec("KILL CONNECTION " + m_admin.scalar(sleeping));
        load::RowBatch rows(2);
        Result<bool> read = (*reader)->read(rows, load::BatchLimits {});
        QVERIFY(!read.ok());
        QVERIFY2(read.error().action == ErrorAction::Retry, read.error().toString().c_str());
    }

    void cancelStopsABlockedRead()
    {
        exec("CREATE TABLE " + table("slow_base") + " (id INT PRIMARY KEY)");
        exec("INSERT INTO " + table("slow_base") + " VALUES (1), (2), (3)");
        exec("CREATE VIEW " + table("slow") + " AS SELECT id, SLEEP(60) AS s FROM "
             + table("slow_base"));
        std::unique_ptr<load::SourceSession> session = source();
        QVERIFY(session);
        load::ReadRequest request;
        request.schema = m_database;
        request.table = "slow";
        request.columns = {readColumn("id", "int(11)"), readColumn("s", "int(1)")};
        Result<std::unique_ptr<load::TableReader>> reader = session->openReader(request);
        QVERIFY2(reader.ok(), reader.ok() ? "" : reader.error().toString().c_str());

        std::optional<Result<bool>> outcome;
        std::atomic<bool> done {false};
        QElapsedTimer timer;
        timer.start();
        std::thread reading([&] {
            load::RowBatch batch(2);
            outcome.emplace((*reader)->read(batch, load::BatchLimits {}));
            done = true;
        });
        // The server is inside SLEEP for this session's statement.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_admin.scalar("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE STATE = "
                           "'User sleep' AND DB = '"
                           + m_database + "'")
                == "1",
            20000);
        QVERIFY(!done);
        (*reader)->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 20000);
        reading.join();
        QVERIFY(timer.elapsed() < 50000); // well before the 60 s sleep would have ended
        QVERIFY(outcome && !outcome->ok());
        QCOMPARE(outcome->error().code, ErrorCode::Cancelled);
        QCOMPARE(m_admin.scalar("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE "
                                "STATE = 'User sleep' AND DB = '"
                                + m_database + "'"),
                 std::string("0"));
        reader.value().reset();

        // Cancelling an idle writer of another session does not break that session.
        std::unique_ptr<load::TargetSession> writing = target();
        QVERIFY(writing);
        load::TargetTable idle = strictTable("idle_cancel");
        QVERIFY(writing->createTable(idle, true).ok());
        Result<std::unique_ptr<load::TableWriter>> writer = writing->openWriter(writeRequest(idle));
        QVERIFY(writer.ok());
        (*writer)->cancel();
        load::RowBatch batch(idle.columns.size());
        appendRow(batch, {"1", "a", "1", "1", "b"});
        Result<void> refused = (*writer)->write(batch, nullptr);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Cancelled);
        Result<std::vector<load::TextRow>> alive = writing->query("SELECT 1", {});
        QVERIFY2(alive.ok(), alive.ok() ? "" : alive.error().toString().c_str());

        // The session is still usable after its statement was killed.
        Result<load::KeyBounds> bounds = session->keyBounds(m_database, "slow_base", "id", {});
        QVERIFY2(bounds.ok(), bounds.ok() ? "" : bounds.error().toString().c_str());
        QCOMPARE(bounds->maximum, std::optional<int64_t>(3));
    }
};

QTEST_GUILESS_MAIN(TestMySqlLoad)
#include "tst_mysql_load.moc"
