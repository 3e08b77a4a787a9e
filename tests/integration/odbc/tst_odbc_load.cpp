// SPDX-License-Identifier: MIT
// The ODBC source session reads through the three real drivers (psqlODBC, MariaDB
// Connector/ODBC, SQLite ODBC) via the harness DSNs. Fixtures are created with psql, the
// mariadb client and the sqlite3 C API; expected values are written by hand, and the big
// table's count and checksum come from the server.
#include "engine/connectors/connector.h"
#include "engine/load/load_session.h"
#include "tests/integration/odbc/odbc_test_util.h"

#include <QCryptographicHash>
#include <QScopeGuard>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <thread>

using namespace ferry;
using namespace ferry::test::odbc;
using Cell = std::optional<std::string>;
using Cells = std::vector<Cell>;

namespace {

CanonicalType typeOf(TypeFamily family, int byteWidth = 0, bool isUnsigned = false)
{
    CanonicalType type;
    type.family = family;
    type.byteWidth = byteWidth;
    type.isUnsigned = isUnsigned;
    return type;
}

CanonicalType sized(TypeFamily family, int64_t length, bool isLob = false)
{
    CanonicalType type = typeOf(family);
    type.length = length;
    type.isLob = isLob;
    return type;
}

CanonicalType decimal(int precision, int scale)
{
    CanonicalType type = typeOf(TypeFamily::Decimal);
    type.precision = precision;
    type.scale = scale;
    return type;
}

/// Reads every row of a request; *error gets the first error's text.
std::vector<Cells> readAll(load::SourceSession &session, const load::ReadRequest &request,
                           QString *error, size_t maxRows = 10'000)
{
    std::vector<Cells> rows;
    auto reader = session.openReader(request);
    if (!reader) {
        *error = QString::fromStdString(reader.error().toString());
        return rows;
    }
    load::RowBatch batch(request.columns.size());
    load::BatchLimits limits;
    limits.maxRows = maxRows;
    bool more = true;
    while (more) {
        batch.clear();
        auto result = (*reader)->read(batch, limits);
        if (!result) {
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

std::string allBytes()
{
    std::string bytes;
    for (int i = 0; i < 256; ++i)
        bytes += char(i);
    return bytes;
}

/// Compares the rows cell by cell; empty on a match, else the first difference.
QString compareRows(const std::vector<Cells> &actual, const std::vector<Cells> &expected,
                    const load::ReadRequest &request)
{
    if (actual.size() != expected.size())
        return QStringLiteral("%1 rows instead of %2").arg(actual.size()).arg(expected.size());
    for (size_t row = 0; row < expected.size(); ++row) {
        for (size_t column = 0; column < expected[row].size(); ++column) {
            const Cell &got = actual[row][column];
            const Cell &want = expected[row][column];
            if (got != want) {
                const auto shown = [](const Cell &cell) {
                    if (!cell)
                        return QStringLiteral("NULL");
                    return QString::fromUtf8(
                        QByteArray::fromStdString(*cell).toPercentEncoding(" :.-+$,{}[]\"'()"));
                };
                return QStringLiteral("row %1 column %2: got %3, expected %4")
                    .arg(row)
                    .arg(QString::fromStdString(request.columns[column].name), shown(got),
                         shown(want));
            }
        }
    }
    return {};
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

std::vector<std::string> ids(const std::vector<Cells> &rows)
{
    std::vector<std::string> values;
    for (const auto &row : rows)
        values.push_back(row.at(0).value_or("NULL"));
    std::sort(values.begin(), values.end(), [](const std::string &a, const std::string &b) {
        return std::stoll(a) < std::stoll(b);
    });
    return values;
}

} // namespace

class TestOdbcLoad : public QObject
{
    Q_OBJECT

private:
    std::string m_pgSchema;
    std::string m_myDatabase;
    std::string m_sqlitePrefix;

    Result<std::unique_ptr<load::SourceSession>> open(const char *dsn)
    {
        return load::openSourceSession(dsnSpec(dsn));
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_pgSchema = ferry::test::uniqueName("odbc_load");
        m_myDatabase = ferry::test::uniqueName("odbc_load");
        m_sqlitePrefix = ferry::test::uniqueName("odbc_load");
        const QString schema = QString::fromStdString(m_pgSchema);
        QCOMPARE(
            runPsql(QStringLiteral(
                        "CREATE SCHEMA %1;"
                        "CREATE TABLE %1.edge (id int PRIMARY KEY, i4 int, i8 bigint, "
                        "f8 double precision, f4 real, n38 numeric(38,10), nu numeric, b boolean, "
                        "t text, vc varchar(10), ts timestamp(6), tstz timestamptz, d date, "
                        "by bytea, j jsonb, u uuid, m money, bits bit varying(8), iv interval);"
                        "INSERT INTO %1.edge VALUES "
                        "(1, -2147483648, -9223372036854775808, 0.1, 0.1, "
                        "'1234567890123456789012345678.0123456789', '-0.000000000000000000001', "
                        "true, U&'\\+01F600 z\\00FC', 'ab', '2024-02-29 23:59:59.000001', "
                        "'2024-01-01 12:00:00.5+02', '0001-01-01', "
                        "(SELECT string_agg(set_byte('\\x00'::bytea, 0, g), ''::bytea ORDER BY g) "
                        "FROM generate_series(0, 255) g), '{\"a\": [1, 2.50]}', "
                        "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', -92233720368547758.08, B'0101', "
                        "'1 day 02:00:00'),"
                        "(2, 2147483647, 9223372036854775807, 1e308, 'NaN', '-0.5', 'NaN', false, "
                        "'', NULL, NULL, NULL, NULL, '\\x'::bytea, 'null', NULL, 0, B'', "
                        "'-1 mons'),"
                        "(3, 0, 0, '-Infinity', 'Infinity', NULL, NULL, NULL, NULL, NULL, "
                        "'infinity', '-infinity', '-infinity', NULL, NULL, NULL, NULL, NULL, "
                        "NULL),"
                        "(4, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
                        "'2001-02-28 BC', NULL, NULL, NULL, NULL, NULL, NULL);"
                        "CREATE TABLE %1.filtered (id int PRIMARY KEY, name text, n int, "
                        "note text);"
                        "INSERT INTO %1.filtered SELECT g, chr(96 + g), g * 10, "
                        "CASE WHEN g % 2 = 0 THEN 'x' || g END FROM generate_series(1, 10) g;"
                        "UPDATE %1.filtered SET name = 'x'' OR ''1''=''1' WHERE id = 7;"
                        "CREATE TABLE %1.lob (id int PRIMARY KEY, t text, by bytea);"
                        "INSERT INTO %1.lob VALUES (1, repeat('0123456789', 20000) || 'end', "
                        "decode(repeat('00ff', 50000), 'hex'));"
                        "CREATE TABLE %1.big (id int PRIMARY KEY, v varchar(20), "
                        "n numeric(10,2), f double precision, d date);"
                        "INSERT INTO %1.big SELECT g, 'v' || (g * 7919 % 100000), "
                        "(g % 1000) + 0.25, g * 0.5, date '2020-01-01' + (g % 365) "
                        "FROM generate_series(1, 100000) g;"
                        "CREATE VIEW %1.slow AS SELECT x FROM generate_series(1, 3000) x "
                        "WHERE CASE WHEN x = 1501 THEN pg_sleep(60) IS NOT NULL ELSE true END;")
                        .arg(schema)),
            QString());

        const QString database = QString::fromStdString(m_myDatabase);
        QCOMPARE(runMariaDb(
                     QStringLiteral(
                         "SET SESSION sql_mode = ''; CREATE DATABASE %1 CHARACTER SET utf8mb4;"
                         "CREATE TABLE %1.edge (id int PRIMARY KEY, u8 bigint unsigned, "
                         "i8 bigint, f8 double, f4 float, d38 decimal(38,10), flag bit(1), "
                         "bits bit(10), d date, tm time(6), dt datetime(6), ts timestamp(6) NULL, "
                         "vc varchar(20), lt longtext, bl blob, e enum('a','b'), s set('x','y'), "
                         "j json, y year, tiny tinyint, g geometry);"
                         "INSERT INTO %1.edge VALUES "
                         "(1, 18446744073709551615, -9223372036854775808, 0.1, 0.5, "
                         "'-1234567890123456789012345678.0123456789', 1, b'1000000001', "
                         "'0000-00-00', '838:59:59.000001', '2024-02-29 23:59:59.000001', "
                         "'2024-01-01 10:00:00.5', CONCAT('a', CHAR(0), 'b'), "
                         "CONVERT(0xF09F98802007C3BC USING utf8mb4), "
                         "(SELECT UNHEX(GROUP_CONCAT(LPAD(HEX(seq), 2, '0') ORDER BY seq "
                         "SEPARATOR '')) FROM %1.seq_0_to_255), 'b', 'x,y', '{\"a\": 1}', 0, -128, "
                         "ST_GeomFromText('POINT(0.1 -2)', 4326)),"
                         "(2, 0, 9223372036854775807, 1e308, NULL, 0, 0, b'0', NULL, '-00:00:01', "
                         "NULL, NULL, '', '', '', NULL, '', NULL, 2155, 127, "
                         "ST_GeomFromText('MULTIPOINT(1 2, 3 4)'));"
                         "CREATE TABLE %1.filtered (id int PRIMARY KEY, name varchar(30), n int, "
                         "note varchar(10));"
                         "INSERT INTO %1.filtered SELECT seq, CHAR(96 + seq), seq * 10, "
                         "IF(seq % 2 = 0, CONCAT('x', seq), NULL) FROM %1.seq_1_to_10;"
                         "UPDATE %1.filtered SET name = 'x'' OR ''1''=''1' WHERE id = 7;"
                         "CREATE TABLE %1.lob (id int PRIMARY KEY, t longtext);"
                         "INSERT INTO %1.lob VALUES (1, CONCAT(REPEAT('0123456789', 20000), "
                         "'end'));")
                         .arg(database)),
                 QString());

        const std::string p = m_sqlitePrefix;
        QCOMPARE(runSqlite("CREATE TABLE " + p
                           + "_edge (id INTEGER PRIMARY KEY, i INTEGER, r REAL, "
                             "d DECIMAL(10,2), short VARCHAR(3), t TEXT, b BLOB, flag BOOLEAN);"
                             "INSERT INTO "
                           + p
                           + "_edge VALUES (1, -9223372036854775808, 0.1, 1e20, "
                             "'much longer than three characters', 'z\xF0\x9F\x98\x80', "
                             "x'00ff10', 1),"
                             "(2, 'text in an integer column', -1e308, 12.5, '', '', x'', 0),"
                             "(3, NULL, NULL, NULL, NULL, NULL, NULL, NULL);"),
                 QString());
    }

    void cleanupTestCase()
    {
        if (!m_pgSchema.empty())
            runPsql(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE")
                        .arg(QString::fromStdString(m_pgSchema)));
        if (!m_myDatabase.empty())
            runMariaDb(QStringLiteral("DROP DATABASE IF EXISTS %1")
                           .arg(QString::fromStdString(m_myDatabase)));
        if (!m_sqlitePrefix.empty())
            runSqlite("DROP TABLE IF EXISTS " + m_sqlitePrefix + "_edge");
    }

    void readsPostgresEdgeValues()
    {
        auto session = open("ferry_pg");
        QVERIFY2(session, session ? "" : session.error().toString().c_str());
        QCOMPARE((*session)->dialect(), Dialect::Odbc);
        CanonicalType timestampTz = typeOf(TypeFamily::Timestamp);
        timestampTz.withTimeZone = true;
        CanonicalType jsonb = typeOf(TypeFamily::Json);
        jsonb.binaryJson = true;
        load::ReadRequest request;
        request.schema = m_pgSchema;
        request.table = "edge";
        request.columns = {{"id", "integer", typeOf(TypeFamily::Integer, 4)},
                           {"i4", "integer", typeOf(TypeFamily::Integer, 4)},
                           {"i8", "bigint", typeOf(TypeFamily::Integer, 8)},
                           {"f8", "double precision", typeOf(TypeFamily::Float, 8)},
                           {"f4", "real", typeOf(TypeFamily::Float, 4)},
                           {"n38", "numeric(38,10)", decimal(38, 10)},
                           {"nu", "numeric", typeOf(TypeFamily::Decimal)},
                           {"b", "boolean", typeOf(TypeFamily::Boolean)},
                           {"t", "text", sized(TypeFamily::String, -1, true)},
                           {"vc", "varchar(10)", sized(TypeFamily::String, 10)},
                           {"ts", "timestamp(6)", typeOf(TypeFamily::Timestamp)},
                           {"tstz", "timestamptz", timestampTz},
                           {"d", "date", typeOf(TypeFamily::Date)},
                           {"by", "bytea", sized(TypeFamily::VarBinary, -1, true)},
                           {"j", "jsonb", jsonb},
                           {"u", "uuid", typeOf(TypeFamily::Uuid)},
                           {"m", "money", typeOf(TypeFamily::Money)},
                           {"bits", "bit varying(8)", sized(TypeFamily::Bit, 8)},
                           {"iv", "interval", typeOf(TypeFamily::Interval)}};
        QString error;
        auto rows = readAll(**session, request, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        std::sort(rows.begin(), rows.end());
        const std::vector<Cells> expected = {
            {"1", "-2147483648", "-9223372036854775808", "0.1", "0.1",
             "1234567890123456789012345678.0123456789", "-0.000000000000000000001", "true",
             "\xF0\x9F\x98\x80 z\xC3\xBC", "ab", "2024-02-29 23:59:59.000001",
             "2024-01-01 10:00:00.5", "0001-01-01", allBytes(), "{\"a\":[1,2.5]}",
             "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "-92233720368547758.08", "0101",
             "P1DT2H"},
            {"2",
             "2147483647",
             "9223372036854775807",
             "1e+308",
             "NaN",
             "-0.5000000000",
             "NaN",
             "false",
             "",
             {},
             {},
             {},
             {},
             "",
             "null",
             {},
             "0.00",
             "",
             "P-1M"},
            {"3",
             "0",
             "0",
             "-Infinity",
             "Infinity",
             {},
             {},
             {},
             {},
             {},
             "infinity",
             "-infinity",
             "-infinity",
             {},
             {},
             {},
             {},
             {},
             {}},
            {"4",
             {},
             {},
             {},
             {},
             {},
             {},
             {},
             {},
             {},
             {},
             {},
             "2001-02-28 BC",
             {},
             {},
             {},
             {},
             {},
             {}},
        };
        const QString difference = compareRows(rows, expected, request);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void readsMariaDbEdgeValues()
    {
        auto session = open("ferry_mariadb");
        QVERIFY2(session, session ? "" : session.error().toString().c_str());
        CanonicalType timestampTz = typeOf(TypeFamily::Timestamp);
        timestampTz.withTimeZone = true;
        timestampTz.fractionalDigits = 6;
        CanonicalType wideTime = typeOf(TypeFamily::Time);
        wideTime.wideRange = true;
        CanonicalType enumType = typeOf(TypeFamily::Enum);
        enumType.labels = {"a", "b"};
        CanonicalType setType = typeOf(TypeFamily::Set);
        setType.labels = {"x", "y"};
        CanonicalType geometry = typeOf(TypeFamily::Geometry);
        geometry.subtype = "geometry";
        load::ReadRequest request;
        request.schema = m_myDatabase;
        request.table = "edge";
        request.columns = {{"id", "int(11)", typeOf(TypeFamily::Integer, 4)},
                           {"u8", "bigint(20) unsigned", typeOf(TypeFamily::Integer, 8, true)},
                           {"i8", "bigint(20)", typeOf(TypeFamily::Integer, 8)},
                           {"f8", "double", typeOf(TypeFamily::Float, 8)},
                           {"f4", "float", typeOf(TypeFamily::Float, 4)},
                           {"d38", "decimal(38,10)", decimal(38, 10)},
                           {"flag", "bit(1)", typeOf(TypeFamily::Boolean)},
                           {"bits", "bit(10)", sized(TypeFamily::Bit, 10)},
                           {"d", "date", typeOf(TypeFamily::Date)},
                           {"tm", "time(6)", wideTime},
                           {"dt", "datetime(6)", typeOf(TypeFamily::Timestamp)},
                           {"ts", "timestamp(6)", timestampTz},
                           {"vc", "varchar(20)", sized(TypeFamily::String, 20)},
                           {"lt", "longtext", sized(TypeFamily::String, -1, true)},
                           {"bl", "blob", sized(TypeFamily::VarBinary, 65535, true)},
                           {"e", "enum('a','b')", enumType},
                           {"s", "set('x','y')", setType},
                           {"j", "longtext", typeOf(TypeFamily::Json)},
                           {"y", "year(4)", typeOf(TypeFamily::Year)},
                           {"tiny", "tinyint(4)", typeOf(TypeFamily::Integer, 1)},
                           {"g", "geometry", geometry}};
        QString error;
        auto rows = readAll(**session, request, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        std::sort(rows.begin(), rows.end());
        const std::vector<Cells> expected = {
            {"1",
             "18446744073709551615",
             "-9223372036854775808",
             "0.1",
             "0.5",
             "-1234567890123456789012345678.0123456789",
             "true",
             "1000000001",
             "0000-00-00",
             "838:59:59.000001",
             "2024-02-29 23:59:59.000001",
             "2024-01-01 10:00:00.500000",
             std::string("a\0b", 3),
             "\xF0\x9F\x98\x80 \x07\xC3\xBC",
             allBytes(),
             "b",
             "x,y",
             "{\"a\":1}",
             "0000",
             "-128",
             "SRID=4326;POINT(0.1 -2)"},
            {"2",
             "0",
             "9223372036854775807",
             "1e+308",
             {},
             "0.0000000000",
             "false",
             "0000000000",
             {},
             "-00:00:01.000000",
             {},
             {},
             "",
             "",
             "",
             {},
             "",
             {},
             "2155",
             "127",
             "MULTIPOINT(1 2,3 4)"},
        };
        const QString difference = compareRows(rows, expected, request);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void readsSqliteThroughOdbc()
    {
        auto session = open("ferry_sqlite");
        QVERIFY2(session, session ? "" : session.error().toString().c_str());
        load::ReadRequest request;
        request.schema = "main";
        request.table = m_sqlitePrefix + "_edge";
        request.columns = {{"id", "INTEGER", typeOf(TypeFamily::Integer, 8)},
                           {"i", "INTEGER", typeOf(TypeFamily::Integer, 8)},
                           {"r", "REAL", typeOf(TypeFamily::Float, 8)},
                           {"d", "DECIMAL(10,2)", decimal(10, 2)},
                           {"short", "VARCHAR(3)", sized(TypeFamily::String, 3)},
                           {"t", "TEXT", sized(TypeFamily::String, -1, true)},
                           {"b", "BLOB", sized(TypeFamily::VarBinary, -1, true)},
                           {"flag", "BOOLEAN", typeOf(TypeFamily::Boolean)}};
        QString error;
        auto rows = readAll(**session, request, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        std::sort(rows.begin(), rows.end());
        const std::vector<Cells> expected = {
            {"1", "-9223372036854775808", "0.1", "100000000000000000000",
             "much longer than three characters", "z\xF0\x9F\x98\x80", std::string("\0\xff\x10", 3),
             "true"},
            {"2", "text in an integer column", "-1e+308", "12.5", "", "", "", "false"},
            {"3", {}, {}, {}, {}, {}, {}, {}},
        };
        const QString difference = compareRows(rows, expected, request);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void filtersAndRangesAreBound_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::newRow("psqlODBC") << QStringLiteral("ferry_pg");
        QTest::newRow("MariaDB ODBC") << QStringLiteral("ferry_mariadb");
    }

    void filtersAndRangesAreBound()
    {
        QFETCH(QString, dsn);
        const std::string name = dsn.toStdString();
        auto session = open(name.c_str());
        QVERIFY2(session, session ? "" : session.error().toString().c_str());
        load::ReadRequest request;
        request.schema = name == "ferry_pg" ? m_pgSchema : m_myDatabase;
        request.table = "filtered";
        request.columns = {{"id", "int", typeOf(TypeFamily::Integer, 4)},
                           {"name", "text", sized(TypeFamily::String, 30)}};
        using V = std::vector<std::string>;
        using Op = load::FilterOperator;
        const auto read = [&](std::vector<load::ColumnFilter> filters,
                              std::optional<load::KeyRange> range = std::nullopt) {
            load::ReadRequest filtered = request;
            filtered.filters = std::move(filters);
            filtered.range = std::move(range);
            QString error;
            const auto rows = readAll(**session, filtered, &error, 3);
            if (!error.isEmpty())
                qWarning() << error;
            return ids(rows);
        };
        QCOMPARE(read({}), (V {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"}));
        QCOMPARE(read({filterOf("n", Op::Ste, "30")}), (V {"1", "2", "3"}));
        QCOMPARE(read({filterOf("n", Op::Gte, "90")}), (V {"9", "10"}));
        QCOMPARE(read({filterOf("n", Op::Eq, "40")}), (V {"4"}));
        QCOMPARE(read({filterOf("note", Op::NotEq, "x2")}), (V {"4", "6", "8", "10"}));
        QCOMPARE(read({filterOf("n", Op::Between, "20", "40")}), (V {"2", "3", "4"}));
        QCOMPARE(read({filterOf("n", Op::NotBetween, "20", "90")}), (V {"1", "10"}));
        QCOMPARE(read({filterOf("note", Op::Null, {})}), (V {"1", "3", "5", "7", "9"}));
        QCOMPARE(read({filterOf("note", Op::NotNull, {})}), (V {"2", "4", "6", "8", "10"}));
        QCOMPARE(read({filterOf("name", Op::Eq, "x' OR '1'='1")}), (V {"7"}));
        QCOMPARE(read({filterOf("name", Op::Eq, "a' OR 'a'='a")}), V {});
        load::ColumnFilter either = filterOf("n", Op::Ste, "20");
        either.anyOf.push_back(load::FilterCondition {Op::Gte, "90", {}, {}});
        QCOMPARE(read({either, filterOf("note", Op::NotNull, {})}), (V {"2", "10"}));
        QCOMPARE(read({}, load::KeyRange {"id", 3, 6}), (V {"4", "5", "6"}));
        QCOMPARE(read({}, load::KeyRange {"id", std::nullopt, 2}), (V {"1", "2"}));
        QCOMPARE(read({filterOf("note", Op::Null, {})}, load::KeyRange {"id", 2, 9}),
                 (V {"3", "5", "7", "9"}));

        auto bounds = (*session)->keyBounds(request.schema, "filtered", "id", {});
        QVERIFY2(bounds, bounds ? "" : bounds.error().toString().c_str());
        QCOMPARE(bounds->minimum, std::optional<int64_t>(1));
        QCOMPARE(bounds->maximum, std::optional<int64_t>(10));
        bounds = (*session)->keyBounds(request.schema, "filtered", "id",
                                       {filterOf("n", Op::Between, "30", "70")});
        QVERIFY(bounds);
        QCOMPARE(bounds->minimum, std::optional<int64_t>(3));
        QCOMPARE(bounds->maximum, std::optional<int64_t>(7));
        bounds = (*session)->keyBounds(request.schema, "filtered", "id",
                                       {filterOf("n", Op::Gte, "1000")});
        QVERIFY(bounds);
        QVERIFY(!bounds->minimum && !bounds->maximum);

        load::ReadRequest missing = request;
        missing.table = "nowhere";
        auto reader = (*session)->openReader(missing);
        QVERIFY(!reader);
        QCOMPARE(reader.error().action, ErrorAction::FailTable);
        QVERIFY(reader.error().detail.find("nowhere") != std::string::npos);
    }

    void readsLobsLongerThanTheBuffer()
    {
        const std::string text = [] {
            std::string value;
            for (int i = 0; i < 20000; ++i)
                value += "0123456789";
            return value + "end";
        }();
        std::string bytes;
        for (int i = 0; i < 50000; ++i)
            bytes += std::string("\x00\xff", 2);

        auto pg = open("ferry_pg");
        QVERIFY(pg);
        load::ReadRequest request;
        request.schema = m_pgSchema;
        request.table = "lob";
        request.columns = {{"id", "integer", typeOf(TypeFamily::Integer, 4)},
                           {"t", "text", sized(TypeFamily::String, -1, true)},
                           {"by", "bytea", sized(TypeFamily::VarBinary, -1, true)}};
        QString error;
        auto rows = readAll(**pg, request, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0][1]->size(), text.size());
        QVERIFY(rows[0][1] == text);
        QCOMPARE(rows[0][2]->size(), bytes.size());
        QVERIFY(rows[0][2] == bytes);

        auto my = open("ferry_mariadb");
        QVERIFY(my);
        request.schema = m_myDatabase;
        request.columns.pop_back();
        rows = readAll(**my, request, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), size_t(1));
        QVERIFY(rows[0][1] == text);
    }

    void blockFetchReadsAHundredThousandRows()
    {
        auto session = open("ferry_pg");
        QVERIFY(session);
        load::ReadRequest request;
        request.schema = m_pgSchema;
        request.table = "big";
        request.columns = {{"id", "integer", typeOf(TypeFamily::Integer, 4)},
                           {"v", "varchar(20)", sized(TypeFamily::String, 20)},
                           {"n", "numeric(10,2)", decimal(10, 2)},
                           {"f", "double precision", typeOf(TypeFamily::Float, 8)},
                           {"d", "date", typeOf(TypeFamily::Date)}};
        QElapsedTimer timer;
        timer.start();
        QString error;
        auto rows = readAll(**session, request, &error, 7'000);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), size_t(100'000));
        std::sort(rows.begin(), rows.end(), [](const Cells &a, const Cells &b) {
            return std::stoll(*a[0]) < std::stoll(*b[0]);
        });
        QCryptographicHash hash(QCryptographicHash::Md5);
        double sum = 0;
        for (const auto &row : rows) {
            const std::string line = *row[0] + "|" + *row[1] + "|" + *row[2] + "|" + *row[4];
            hash.addData(QByteArrayView(line.data(), qsizetype(line.size())));
            hash.addData(QByteArrayView("\n", 1));
            double value = 0;
            std::from_chars(row[3]->data(), row[3]->data() + row[3]->size(), value);
            sum += value;
        }
        // The same digest and sum computed by the server.
        QProcess psql;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"),
                           QString::fromStdString(ferry::test::env("FERRY_TEST_PG_PASSWORD")));
        psql.setProcessEnvironment(environment);
        psql.start(
            QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-h"),
             QString::fromStdString(ferry::test::env("FERRY_TEST_PG_HOST")), QStringLiteral("-p"),
             QString::fromStdString(ferry::test::env("FERRY_TEST_PG_PORT")), QStringLiteral("-U"),
             QString::fromStdString(ferry::test::env("FERRY_TEST_PG_USER")), QStringLiteral("-d"),
             QString::fromStdString(ferry::test::env("FERRY_TEST_PG_DATABASE")),
             QStringLiteral("-c"),
             QStringLiteral("SELECT md5(string_agg(id || '|' || v || '|' || n || '|' || d "
                            "|| E'\\n', '' ORDER BY id)), sum(f) FROM %1.big")
                 .arg(QString::fromStdString(m_pgSchema))});
        QVERIFY(psql.waitForFinished(60000));
        const QStringList expected
            = QString::fromUtf8(psql.readAllStandardOutput()).trimmed().split(QLatin1Char('|'));
        QCOMPARE(expected.size(), 2);
        QCOMPARE(QString::fromLatin1(hash.result().toHex()), expected[0]);
        QCOMPARE(sum, expected[1].toDouble());
        qInfo("psqlODBC block fetch: %.0f rows/s", 100'000 / seconds);
    }

    void cancelStopsABlockedRead()
    {
        auto session = open("ferry_pg");
        QVERIFY(session);
        load::ReadRequest request;
        request.schema = m_pgSchema;
        request.table = "slow";
        request.columns = {{"x", "integer", typeOf(TypeFamily::Integer, 4)}};
        auto reader = (*session)->openReader(request);
        QVERIFY2(reader, reader ? "" : reader.error().toString().c_str());
        load::TableReader *raw = reader->get();
        std::atomic<bool> firstBatch {false};
        std::atomic<bool> finished {false};
        std::optional<Error> outcome;
        std::thread worker;
        // Joined however the test ends (a failed QTRY returns early).
        const auto joiner = qScopeGuard([&] {
            if (worker.joinable()) {
                raw->cancel();
                worker.join();
            }
        });
        worker = std::thread([&] {
            load::RowBatch batch(1);
            load::BatchLimits limits;
            limits.maxRows = 1000;
            auto first = raw->read(batch, limits);
            firstBatch = first && *first && batch.rowCount() == 1000;
            batch.clear();
            auto second = raw->read(batch, limits); // row 1501 takes 60 s
            if (!second)
                outcome = second.error();
            finished = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(firstBatch.load(), 20000);
        raw->cancel();
        // Well before the 60 s the server would need without the cancel.
        QTRY_VERIFY_WITH_TIMEOUT(finished.load(), 15000);
        worker.join();
        QVERIFY(outcome);
        QCOMPARE(outcome->code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestOdbcLoad)
#include "tst_odbc_load.moc"
