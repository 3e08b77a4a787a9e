// SPDX-License-Identifier: MIT
// The PostgreSQL data path against the harness server: COPY reads into canonical cells (edge
// values of every family, written out by hand), filters and key ranges with bound values, COPY
// writes of canonical cells into tables createTable made, bad-row isolation, the DDL after the
// load (keys, indexes, foreign keys, identity), statements with ? placeholders, cancellation.
#include "engine/connectors/connector.h"
#include "engine/connectors/postgres/postgres_diagnosis.h"
#include "engine/core/dialect.h"
#include "engine/load/load_session.h"
#include "tests/support/test_support.h"

#include <QElapsedTimer>
#include <QTest>

#include <pqxx/pqxx>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using namespace ferry;
using load::ColumnFilter;
using load::FilterCondition;
using load::FilterOperator;
using load::KeyRange;
using load::RowBatch;
using load::TargetColumn;
using load::TargetTable;

namespace {

using Cell = std::optional<std::string>;
using Rows = std::vector<std::vector<Cell>>;
const Cell Null = std::nullopt;

std::string replaceAll(std::string text, const std::string &from, const std::string &to)
{
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

std::string allBytes()
{
    std::string bytes;
    for (int i = 0; i < 256; ++i)
        bytes.push_back(static_cast<char>(i));
    return bytes;
}

QByteArray show(const Cell &cell)
{
    return cell ? QByteArray::fromStdString(*cell).toPercentEncoding(" {}\",:.-+[]/") : "NULL";
}

QByteArray show(const std::vector<int> &ids)
{
    QByteArray text;
    for (int id : ids)
        text += QByteArray::number(id) + ' ';
    return text;
}

std::string describe(const std::vector<load::RejectedRow> &rejected)
{
    std::string text;
    for (const load::RejectedRow &row : rejected) {
        text += "row " + std::to_string(row.row) + " [" + row.column + "] " + row.error.toString()
            + "\n";
    }
    return text;
}

/// Evaluates `expression` (a Result) once and fails the test with its error.
#define CHECK_OK(expression)                                                                       \
    do {                                                                                           \
        const auto &checked_ = (expression);                                                       \
        QVERIFY2(checked_.ok(), checked_.ok() ? "" : checked_.error().toString().c_str());         \
    } while (false)

/// createIndexes / createForeignKeys: the session worked and the target built every object.
#define CHECK_CREATED(expression)                                                                  \
    do {                                                                                           \
        const auto &created_ = (expression);                                                       \
        QVERIFY2(created_.ok(), created_.ok() ? "" : created_.error().toString().c_str());         \
        QVERIFY2(created_->failed.empty(),                                                         \
                 created_->failed.empty() ? "" : created_->failed[0].toString().c_str());         \
    } while (false)

CanonicalType family(TypeFamily value)
{
    CanonicalType type;
    type.family = value;
    return type;
}

CanonicalType integer(int width, bool isUnsigned = false)
{
    CanonicalType type = family(TypeFamily::Integer);
    type.byteWidth = width;
    type.isUnsigned = isUnsigned;
    return type;
}

CanonicalType floating(int width)
{
    CanonicalType type = family(TypeFamily::Float);
    type.byteWidth = width;
    return type;
}

CanonicalType sized(TypeFamily value, int64_t length)
{
    CanonicalType type = family(value);
    type.length = length;
    return type;
}

CanonicalType temporal(TypeFamily value, int digits, bool withTimeZone = false)
{
    CanonicalType type = family(value);
    type.fractionalDigits = digits;
    type.withTimeZone = withTimeZone;
    return type;
}

TargetColumn column(const std::string &name, CanonicalType type, bool nullable = true)
{
    TargetColumn result;
    result.name = name;
    result.type = std::move(type);
    result.nullable = nullable;
    return result;
}

FilterCondition condition(FilterOperator op, std::string value = {}, std::string end = {})
{
    FilterCondition result;
    result.op = op;
    if (op == FilterOperator::Between || op == FilterOperator::NotBetween) {
        result.start = std::move(value);
        result.end = std::move(end);
    } else {
        result.value = std::move(value);
    }
    return result;
}

ColumnFilter filter(std::string name, std::vector<FilterCondition> anyOf)
{
    return ColumnFilter {std::move(name), std::move(anyOf)};
}

load::WriteRequest writeRequest(const TargetTable &table)
{
    return load::WriteRequest {table.schema, table.name, table.columns};
}

/// Appends one row of cells (nullopt = NULL) to batch.
void addRow(RowBatch &batch, const std::vector<Cell> &cells)
{
    for (size_t i = 0; i < cells.size(); ++i) {
        if (cells[i])
            batch.appendCell(i, *cells[i]);
        else
            batch.appendNull(i);
    }
    batch.finishRow();
}

// @S@ is replaced by the quoted schema name.
const char *const EdgeDdl = R"sql(
CREATE TABLE @S@.edge (
    id integer PRIMARY KEY,
    i2 smallint, i4 integer, i8 bigint, num numeric, f8 double precision, f4 real,
    flag boolean, bin bytea, body text, day date, clock time(6), stamp timestamp(6),
    stamp_tz timestamptz, clock_tz timetz, span interval, uid uuid, doc json, doc_b jsonb,
    bits bit varying(16), fixed_bits bit(8), price money, numbers integer[], words text[]
);
INSERT INTO @S@.edge VALUES
 (1, 32767, 2147483647, 9223372036854775807, 1234567890123456789012345678.9012345678, 'NaN',
  0.1, true,
  (SELECT decode(string_agg(lpad(to_hex(i), 2, '0'), '' ORDER BY i), 'hex')
     FROM generate_series(0, 255) i),
  E'tab\there\nline\\slash\rreturn', '2024-02-29', '23:59:59.999999',
  '2024-02-29 23:59:59.123456', '2024-06-01 12:00:00+02', '12:00:00+02',
  '1 year 2 mons 3 days 04:05:06.789', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
  '{"a": [1, 2.50, "x"]}', '{"b": 1, "a": "\u00e9"}', B'1010', B'00001111',
  92233720368547758.07, '{1,2,NULL}', ARRAY['a b', 'c' || chr(34) || 'd']),
 (2, -32768, -2147483648, -9223372036854775808, 'NaN', 'Infinity', 'NaN', false, '\x',
  U&'\+01F600 four bytes', '0001-01-01', '00:00:00', '1970-01-01 00:00:00',
  '2024-01-01 00:00:00.5-05', '23:30:00-03', '-1 days', '00000000-0000-0000-0000-000000000000',
  '[]', '{}', B'', B'11111111', -92233720368547758.08, '{}', '{}'),
 (3, 0, 0, 0, 'Infinity', '-Infinity', '3.4028235e+38', true, '\x00',
  E'\\x41 is no hex', 'infinity', '12:34:56.5', '-infinity', '2024-06-01 12:00:00',
  '05:30:00+05:30', '00:00:00', NULL, E'"tab\\there"', NULL, B'1111111111111111', NULL, 12.34,
  '{{1,2},{3,4}}', '{NULL,""}'),
 (4, 1, 1, 1, -0.5, 0.1, -1.5, false, '\x01ff', '', '0044-03-15 BC', '24:00:00',
  '2000-01-01 00:00:00.000001', 'infinity', '23:59:59.5+00', '838:59:59', NULL, NULL, NULL,
  NULL, NULL, 0, NULL, NULL),
 (5, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
)sql";

const char *const PeopleDdl = R"sql(
CREATE TABLE @S@.canary (id integer);
CREATE TABLE @S@.people (
    id integer PRIMARY KEY, name text, amount numeric(6,2), code varchar(5), born date
);
INSERT INTO @S@.people VALUES
 (1, 'alice', 5.00, 'abcde', '1990-01-01'),
 (2, 'bob', 10.50, 'xy', '1985-06-15'),
 (3, 'O''Brien''); DROP TABLE @S@.canary; --', 10.51, NULL, '2000-02-29'),
 (4, 'dave', 100.00, 'abc', NULL),
 (5, 'eve', NULL, NULL, '1970-01-01'),
 (6, 'frank', 0.00, 'q', '2024-12-31');
CREATE VIEW @S@.slow AS
    SELECT CASE WHEN pg_sleep(60) IS NULL THEN 'never' ELSE 'slept' END AS nap, g AS id
    FROM generate_series(1, 3) g;
)sql";

} // namespace

Q_DECLARE_METATYPE(std::vector<ferry::load::ColumnFilter>)
Q_DECLARE_METATYPE(std::optional<ferry::load::KeyRange>)

class TestPostgresLoad : public QObject
{
    Q_OBJECT

private:
    std::string m_schema;
    std::string m_quoted;
    std::unique_ptr<pqxx::connection> m_db;
    Catalog m_catalog;

    Rows query(const std::string &sql)
    {
        pqxx::work work(*m_db);
        work.exec("SET LOCAL TimeZone = 'UTC'");
        const pqxx::result result = work.exec(sql);
        work.commit();
        Rows rows;
        for (const auto &row : result) {
            std::vector<Cell> cells;
            for (const auto &field : row)
                cells.push_back(field.is_null() ? Null : Cell(field.c_str()));
            rows.push_back(std::move(cells));
        }
        return rows;
    }

    std::vector<int> ids(const std::string &sql)
    {
        std::vector<int> out;
        for (const auto &row : query(sql))
            out.push_back(std::stoi(*row[0]));
        return out;
    }

    std::string table(const std::string &name) const { return m_quoted + "." + name; }

    load::ReadRequest readRequest(const std::string &tableName)
    {
        load::ReadRequest request;
        request.schema = m_schema;
        request.table = tableName;
        const Schema *schema = m_catalog.schema(m_schema);
        const Table *found = schema ? schema->table(tableName) : nullptr;
        if (!found)
            qFatal("table %s missing from the catalog", tableName.c_str());
        for (const Column &item : found->columns)
            request.columns.push_back({item.name, item.nativeType, item.type});
        return request;
    }

    std::unique_ptr<load::SourceSession> source()
    {
        auto session = load::openSourceSession(test::postgresSpec());
        if (!session.ok())
            qFatal("source session: %s", session.error().toString().c_str());
        return std::move(session.value());
    }

    std::unique_ptr<load::TargetSession> target()
    {
        auto session = load::openTargetSession(test::postgresSpec());
        if (!session.ok())
            qFatal("target session: %s", session.error().toString().c_str());
        return std::move(session.value());
    }

    /// Reads the whole request in batches of at most two rows (so reads resume mid-stream).
    Result<Rows> readAll(load::SourceSession &session, const load::ReadRequest &request)
    {
        auto reader = session.openReader(request);
        if (!reader.ok())
            return reader.error();
        RowBatch batch(request.columns.size());
        load::BatchLimits limits;
        limits.maxRows = 2;
        Rows rows;
        for (;;) {
            batch.clear();
            Result<bool> more = (*reader)->read(batch, limits);
            if (!more.ok())
                return more.error();
            if (batch.rowCount() > 2)
                return Error {ErrorCode::Internal, ErrorAction::FailTask, "limit exceeded"};
            for (size_t row = 0; row < batch.rowCount(); ++row) {
                std::vector<Cell> cells;
                for (size_t c = 0; c < batch.columnCount(); ++c) {
                    cells.push_back(batch.isNull(c, row) ? Null
                                                         : Cell(std::string(batch.cell(c, row))));
                }
                rows.push_back(std::move(cells));
            }
            if (!*more)
                break;
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_schema = test::uniqueName("ferry_pgload");
        m_quoted = quoteIdentifier(Dialect::PostgreSql, m_schema);
        m_db = std::make_unique<pqxx::connection>(postgres::buildConninfo(test::postgresSpec()));
        pqxx::work work(*m_db);
        work.exec("CREATE SCHEMA " + m_quoted);
        work.exec(replaceAll(EdgeDdl, "@S@", m_quoted));
        // Row 3's timestamptz is typed in Kolkata time: it must still come out in UTC.
        work.exec("SET LOCAL TimeZone = 'Asia/Kolkata'");
        work.exec("UPDATE " + table("edge") + " SET stamp_tz = '2024-06-01 12:00:00' WHERE id = 3");
        work.exec(replaceAll(PeopleDdl, "@S@", m_quoted));
        work.commit();

        CatalogFilter catalogFilter;
        catalogFilter.schemas = {m_schema};
        auto catalog = makeEndpoint(test::postgresSpec())->readCatalog(catalogFilter);
        CHECK_OK(catalog);
        m_catalog = std::move(catalog.value());
    }

    void cleanupTestCase()
    {
        if (!m_db)
            return;
        pqxx::work work(*m_db);
        work.exec("DROP SCHEMA IF EXISTS " + m_quoted + " CASCADE");
        work.exec("DROP SCHEMA IF EXISTS "
                  + quoteIdentifier(Dialect::PostgreSql, m_schema + "_target") + " CASCADE");
        work.commit();
    }

    void readsEdgeValuesInCanonicalForm()
    {
        // Session defaults far from the canonical ones: the reader must set its own.
        qputenv("PGTZ", "America/New_York");
        qputenv("PGDATESTYLE", "German, DMY");
        qputenv("PGOPTIONS",
                "-c IntervalStyle=iso_8601 -c extra_float_digits=0 "
                "-c bytea_output=escape");
        auto session = source();
        qunsetenv("PGTZ");
        qunsetenv("PGDATESTYLE");
        qunsetenv("PGOPTIONS");
        load::ReadRequest request = readRequest("edge");
        auto rows = readAll(*session, request);
        CHECK_OK(rows);
        QCOMPARE(rows->size(), size_t(5));
        std::sort(rows->begin(), rows->end(),
                  [](const auto &a, const auto &b) { return std::stoi(*a[0]) < std::stoi(*b[0]); });

        const std::vector<std::pair<std::string, std::vector<Cell>>> expected {
            {"id", {"1", "2", "3", "4", "5"}},
            {"i2", {"32767", "-32768", "0", "1", Null}},
            {"i4", {"2147483647", "-2147483648", "0", "1", Null}},
            {"i8", {"9223372036854775807", "-9223372036854775808", "0", "1", Null}},
            {"num", {"1234567890123456789012345678.9012345678", "NaN", "Infinity", "-0.5", Null}},
            {"f8", {"NaN", "Infinity", "-Infinity", "0.1", Null}},
            {"f4", {"0.1", "NaN", "3.4028235e+38", "-1.5", Null}},
            {"flag", {"true", "false", "true", "false", Null}},
            {"bin", {allBytes(), "", std::string(1, '\0'), "\x01\xff", Null}},
            {"body",
             {"tab\there\nline\\slash\rreturn", "\xF0\x9F\x98\x80 four bytes", "\\x41 is no hex",
              "", Null}},
            {"day", {"2024-02-29", "0001-01-01", "infinity", "0044-03-15 BC", Null}},
            {"clock", {"23:59:59.999999", "00:00:00", "12:34:56.5", "24:00:00", Null}},
            {"stamp",
             {"2024-02-29 23:59:59.123456", "1970-01-01 00:00:00", "-infinity",
              "2000-01-01 00:00:00.000001", Null}},
            {"stamp_tz",
             {"2024-06-01 10:00:00", "2024-01-01 05:00:00.5", "2024-06-01 06:30:00", "infinity",
              Null}},
            {"clock_tz", {"10:00:00", "02:30:00", "00:00:00", "23:59:59.5", Null}},
            {"span", {"P1Y2M3DT4H5M6.789S", "P-1D", "PT0S", "PT838H59M59S", Null}},
            {"uid",
             {"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "00000000-0000-0000-0000-000000000000", Null,
              Null, Null}},
            {"doc", {"{\"a\":[1,2.5,\"x\"]}", "[]", "\"tab\\there\"", Null, Null}},
            {"doc_b", {"{\"a\":\"\xC3\xA9\",\"b\":1}", "{}", Null, Null, Null}},
            {"bits", {"1010", "", "1111111111111111", Null, Null}},
            {"fixed_bits", {"00001111", "11111111", Null, Null, Null}},
            {"price", {"92233720368547758.07", "-92233720368547758.08", "12.34", "0.00", Null}},
            {"numbers", {"[1,2,null]", "[]", "[[1,2],[3,4]]", Null, Null}},
            {"words", {"[\"a b\",\"c\\\"d\"]", "[]", "[null,\"\"]", Null, Null}},
        };
        QCOMPARE(request.columns.size(), expected.size());
        for (size_t c = 0; c < expected.size(); ++c) {
            QCOMPARE(request.columns[c].name, expected[c].first);
            for (size_t row = 0; row < 5; ++row) {
                const Cell &actual = (*rows)[row][c];
                const Cell &wanted = expected[c].second[row];
                if (actual != wanted) {
                    QFAIL(qPrintable(QStringLiteral("%1 row %2: got %3, expected %4")
                                         .arg(QString::fromStdString(expected[c].first))
                                         .arg(row + 1)
                                         .arg(QString::fromLatin1(show(actual)),
                                              QString::fromLatin1(show(wanted)))));
                }
            }
        }
    }

    void filtersAndRangesBindTheirValues_data()
    {
        QTest::addColumn<std::vector<ColumnFilter>>("filters");
        QTest::addColumn<std::optional<KeyRange>>("range");
        QTest::addColumn<std::vector<int>>("expected");
        const std::string injection = "O'Brien'); DROP TABLE " + m_quoted + ".canary; --";
        using O = FilterOperator;
        const std::optional<KeyRange> all;
        QTest::newRow("ste") << std::vector {filter("amount", {condition(O::Ste, "10.50")})} << all
                             << std::vector {1, 2, 6};
        QTest::newRow("gte") << std::vector {filter("amount", {condition(O::Gte, "10.51")})} << all
                             << std::vector {3, 4};
        QTest::newRow("eq-injection") << std::vector {filter("name", {condition(O::Eq, injection)})}
                                      << all << std::vector {3};
        QTest::newRow("noteq") << std::vector {filter("name", {condition(O::NotEq, "bob")})} << all
                               << std::vector {1, 3, 4, 5, 6};
        QTest::newRow("between") << std::vector {filter(
            "born", {condition(O::Between, "1980-01-01", "2000-02-29")})}
                                 << all << std::vector {1, 2, 3};
        QTest::newRow("notbetween")
            << std::vector {filter("born", {condition(O::NotBetween, "1980-01-01", "2000-02-29")})}
            << all << std::vector {5, 6};
        QTest::newRow("between-injection")
            << std::vector {filter("name", {condition(O::Between, "a", "c'); DROP TABLE x; --")})}
            << all << std::vector {1, 2};
        QTest::newRow("null") << std::vector {filter("code", {condition(O::Null)})} << all
                              << std::vector {3, 5};
        QTest::newRow("notnull") << std::vector {filter("code", {condition(O::NotNull)})} << all
                                 << std::vector {1, 2, 4, 6};
        // Cast to varchar(5) the value would be cut to 'abcde' and match row 1.
        QTest::newRow("no-typmod-cut")
            << std::vector {filter("code", {condition(O::Eq, "abcdefg")})} << all
            << std::vector<int> {};
        // Cast to numeric(6,2) the value would round to 10.51 and match row 3.
        QTest::newRow("no-typmod-rounding")
            << std::vector {filter("amount", {condition(O::Eq, "10.505")})} << all
            << std::vector<int> {};
        QTest::newRow("or-within-filter")
            << std::vector {filter("name", {condition(O::Eq, "alice"), condition(O::Eq, "eve")})}
            << all << std::vector {1, 5};
        QTest::newRow("and-across-filters")
            << std::vector {filter("amount", {condition(O::Gte, "5")}),
                            filter("code", {condition(O::NotNull)})}
            << all << std::vector {1, 2, 4};
        QTest::newRow("range") << std::vector<ColumnFilter> {}
                               << std::optional<KeyRange>(KeyRange {"id", 2, 5})
                               << std::vector {3, 4, 5};
        QTest::newRow("range-and-filter")
            << std::vector {filter("code", {condition(O::NotNull)})}
            << std::optional<KeyRange>(KeyRange {"id", 2, 5}) << std::vector {4};
        QTest::newRow("range-lower-only")
            << std::vector<ColumnFilter> {}
            << std::optional<KeyRange>(KeyRange {"id", 4, std::nullopt}) << std::vector {5, 6};
        QTest::newRow("range-upper-only")
            << std::vector<ColumnFilter> {}
            << std::optional<KeyRange>(KeyRange {"id", std::nullopt, 1}) << std::vector {1};
    }

    void filtersAndRangesBindTheirValues()
    {
        QFETCH(std::vector<ColumnFilter>, filters);
        QFETCH(std::optional<KeyRange>, range);
        QFETCH(std::vector<int>, expected);
        auto session = source();
        load::ReadRequest request = readRequest("people");
        request.filters = filters;
        request.range = range;
        auto rows = readAll(*session, request);
        CHECK_OK(rows);
        std::vector<int> got;
        for (const auto &row : *rows)
            got.push_back(std::stoi(*row[0]));
        std::sort(got.begin(), got.end());
        QCOMPARE(show(got), show(expected));
        QCOMPARE(query("SELECT count(*) FROM " + table("canary")).size(), size_t(1));
    }

    void keyBoundsApplyFilters()
    {
        auto session = source();
        using O = FilterOperator;
        auto all = session->keyBounds(m_schema, "people", "id", {});
        CHECK_OK(all);
        QCOMPARE(all->minimum, std::optional<int64_t>(1));
        QCOMPARE(all->maximum, std::optional<int64_t>(6));
        auto bob = session->keyBounds(m_schema, "people", "id",
                                      {filter("name", {condition(O::NotEq, "alice")}),
                                       filter("code", {condition(O::NotNull)})});
        CHECK_OK(bob);
        QCOMPARE(bob->minimum, std::optional<int64_t>(2));
        QCOMPARE(bob->maximum, std::optional<int64_t>(6));
        auto none = session->keyBounds(m_schema, "people", "id",
                                       {filter("name", {condition(O::Eq, "nobody")})});
        CHECK_OK(none);
        QVERIFY(!none->minimum && !none->maximum);
        auto text = session->keyBounds(m_schema, "people", "name", {});
        QVERIFY(!text.ok());
        QCOMPARE(text.error().action, ErrorAction::FailTable);
        auto unknown = session->keyBounds(m_schema, "people", "id",
                                          {filter("no_such", {condition(O::Eq, "1")})});
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.find("no_such") != std::string::npos);
    }

    void writesCanonicalValuesIntoCreatedTable()
    {
        auto session = target();
        CanonicalType decimal = family(TypeFamily::Decimal);
        decimal.precision = 38;
        decimal.scale = 10;
        CanonicalType text = family(TypeFamily::String);
        text.isLob = true;
        CanonicalType varbits = sized(TypeFamily::Bit, 12);
        varbits.subtype = "varying";
        CanonicalType wide = temporal(TypeFamily::Time, -1);
        wide.wideRange = true;
        CanonicalType jsonb = family(TypeFamily::Json);
        jsonb.binaryJson = true;
        CanonicalType mood = family(TypeFamily::Enum);
        mood.labels = {"sad", "happy"};
        CanonicalType array = family(TypeFamily::Array);
        array.element = std::make_shared<CanonicalType>(integer(4));
        CanonicalType id = integer(8);
        TargetColumn identity = column("id", id, false);
        identity.autoIncrement = true;

        TargetTable typed;
        typed.schema = m_schema + "_target";
        typed.name = "typed";
        typed.columns = {
            identity,
            column("u8", integer(8, true)),
            column("u4", integer(4, true)),
            column("u2", integer(2, true)),
            column("i1", integer(1)),
            column("dec", decimal),
            column("dec_free", family(TypeFamily::Decimal)),
            column("f8", floating(8)),
            column("f4", floating(4)),
            column("cash", family(TypeFamily::Money)),
            column("flag", family(TypeFamily::Boolean)),
            column("fixed", sized(TypeFamily::Char, 3)),
            column("short", sized(TypeFamily::String, 10)),
            column("body", text),
            column("blob", family(TypeFamily::VarBinary)),
            column("bits", varbits),
            column("day", family(TypeFamily::Date)),
            column("clock", temporal(TypeFamily::Time, 3)),
            column("long_time", wide),
            column("stamp", temporal(TypeFamily::Timestamp, 6)),
            column("stamp_tz", temporal(TypeFamily::Timestamp, 6, true)),
            column("span", family(TypeFamily::Interval)),
            column("year", family(TypeFamily::Year)),
            column("uid", family(TypeFamily::Uuid)),
            column("doc", family(TypeFamily::Json)),
            column("doc_b", jsonb),
            column("mood", mood),
            column("tags", family(TypeFamily::Set)),
            column("addr", family(TypeFamily::Inet)),
            column("mac", sized(TypeFamily::MacAddr, 6)),
            column("mac8", sized(TypeFamily::MacAddr, 8)),
            column("shape", family(TypeFamily::Geometry)),
            column("nums", array),
            column("other", family(TypeFamily::Unknown)),
        };
        typed.primaryKey = KeyConstraint {"PRIMARY", {"id"}};
        CHECK_OK(session->createSchema(typed.schema));
        CHECK_OK(session->createSchema(typed.schema)); // exists: no-op
        CHECK_OK(session->dropTable(typed.schema, typed.name));
        CHECK_OK(session->createTable(typed, true));
        auto exists = session->tableExists(typed.schema, typed.name);
        CHECK_OK(exists);
        QVERIFY(*exists);

        RowBatch batch(typed.columns.size());
        addRow(batch,
               {"1",
                "18446744073709551615",
                "4294967295",
                "65535",
                "-128",
                "1234567890123456789012345678.0123456789",
                "NaN",
                "0.1",
                "0.1",
                "-12.5",
                "true",
                "ab",
                "\xF0\x9F\x98\x80\xC3\xA9moji",
                "tab\there\nline\\slash\rret",
                allBytes(),
                "101",
                "2024-02-29",
                "12:34:56.789",
                "838:59:59",
                "2024-02-29 23:59:59.123456",
                "2024-06-01 10:00:00",
                "1 day 02:00:00",
                "2024",
                "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
                "{\"a\": [1, 2.50]}",
                "{\"b\": 1, \"a\": 2}",
                "happy",
                "a,b",
                "192.168.0.1/24",
                "08:00:2b:01:02:03",
                "08:00:2b:01:02:03:04:05",
                "POINT(1 2)",
                "{1,2,3}",
                "whatever"});
        addRow(batch,
               {"2",
                "0",
                "0",
                "0",
                "127",
                "-0.0000000001",
                "Infinity",
                "NaN",
                "-Infinity",
                "0",
                "false",
                "abc",
                "",
                "",
                "",
                "",
                "0000-00-00",
                "00:00:00",
                "-838:59:59",
                "0000-00-00 00:00:00",
                "infinity",
                "-1 days",
                "1901",
                "00000000-0000-0000-0000-000000000000",
                "[]",
                "{}",
                "sad",
                "",
                "::1",
                "00:00:00:00:00:00",
                "00:00:00:00:00:00:00:00",
                "",
                "{}",
                ""});
        std::vector<Cell> nulls(typed.columns.size(), Null);
        nulls[0] = "3";
        addRow(batch, nulls);

        auto writer = session->openWriter(writeRequest(typed));
        CHECK_OK(writer);
        std::vector<load::RejectedRow> rejected;
        CHECK_OK((*writer)->write(batch, &rejected));
        QVERIFY2(rejected.empty(), describe(rejected).c_str());

        const std::string where = quoteIdentifier(Dialect::PostgreSql, typed.schema) + ".typed";
        const std::vector<std::string> expectedTypes {"bigint",
                                                      "numeric(20,0)",
                                                      "bigint",
                                                      "integer",
                                                      "smallint",
                                                      "numeric(38,10)",
                                                      "numeric",
                                                      "double precision",
                                                      "real",
                                                      "numeric(23,4)",
                                                      "boolean",
                                                      "character(3)",
                                                      "character varying(10)",
                                                      "text",
                                                      "bytea",
                                                      "bit varying(12)",
                                                      "date",
                                                      "time(3) without time zone",
                                                      "interval",
                                                      "timestamp(6) without time zone",
                                                      "timestamp(6) with time zone",
                                                      "interval",
                                                      "smallint",
                                                      "uuid",
                                                      "json",
                                                      "jsonb",
                                                      "text",
                                                      "text",
                                                      "inet",
                                                      "macaddr",
                                                      "macaddr8",
                                                      "text",
                                                      "integer[]",
                                                      "text"};
        std::vector<std::string> types;
        for (const auto &row : query("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                                     "WHERE attrelid = '"
                                     + where + "'::regclass AND attnum > 0 ORDER BY attnum"))
            types.push_back(*row[0]);
        QCOMPARE(types, expectedTypes);
        QCOMPARE(query("SELECT attidentity, attnotnull::text FROM pg_attribute WHERE attrelid = '"
                       + where + "'::regclass AND attname = 'id'"),
                 (Rows {{"d", "true"}}));
        QCOMPARE(query("SELECT conname FROM pg_constraint WHERE conrelid = '" + where
                       + "'::regclass AND contype = 'p'"),
                 (Rows {{"typed_pkey"}}));

        const Rows values = query(
            "SELECT id::text, u8::text, u4::text, u2::text, i1::text, dec::text, dec_free::text, "
            "f8::text, f4::text, cash::text, flag::text, fixed::text, short, body, "
            "encode(blob, 'hex'), bits::text, day::text, clock::text, long_time::text, "
            "stamp::text, stamp_tz::text, span::text, year::text, uid::text, doc::text, "
            "doc_b::text, mood, tags, addr::text, mac::text, mac8::text, shape, nums::text, other "
            "FROM "
            + where + " ORDER BY id");
        const std::string hex = [] {
            static const char digits[] = "0123456789abcdef";
            std::string out;
            for (int i = 0; i < 256; ++i) {
                out += digits[i >> 4];
                out += digits[i & 15];
            }
            return out;
        }();
        const Rows expected {
            {"1",
             "18446744073709551615",
             "4294967295",
             "65535",
             "-128",
             "1234567890123456789012345678.0123456789",
             "NaN",
             "0.1",
             "0.1",
             "-12.5000",
             "true",
             "ab",
             "\xF0\x9F\x98\x80\xC3\xA9moji",
             "tab\there\nline\\slash\rret",
             hex,
             "101",
             "2024-02-29",
             "12:34:56.789",
             "838:59:59",
             "2024-02-29 23:59:59.123456",
             "2024-06-01 10:00:00+00",
             "1 day 02:00:00",
             "2024",
             "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
             "{\"a\": [1, 2.50]}",
             "{\"a\": 2, \"b\": 1}",
             "happy",
             "a,b",
             "192.168.0.1/24",
             "08:00:2b:01:02:03",
             "08:00:2b:01:02:03:04:05",
             "POINT(1 2)",
             "{1,2,3}",
             "whatever"},
            {"2",
             "0",
             "0",
             "0",
             "127",
             "-0.0000000001",
             "Infinity",
             "NaN",
             "-Infinity",
             "0.0000",
             "false",
             "abc",
             "",
             "",
             "",
             "",
             Null,
             "00:00:00",
             "-838:59:59",
             Null,
             "infinity",
             "-1 days",
             "1901",
             "00000000-0000-0000-0000-000000000000",
             "[]",
             "{}",
             "sad",
             "",
             "::1/128",
             "00:00:00:00:00:00",
             "00:00:00:00:00:00:00:00",
             "",
             "{}",
             ""},
            {"3",  Null, Null, Null, Null, Null, Null, Null, Null, Null, Null, Null,
             Null, Null, Null, Null, Null, Null, Null, Null, Null, Null, Null, Null,
             Null, Null, Null, Null, Null, Null, Null, Null, Null, Null},
        };
        QCOMPARE(values.size(), expected.size());
        for (size_t row = 0; row < expected.size(); ++row) {
            for (size_t c = 0; c < expected[row].size(); ++c) {
                if (values[row][c] != expected[row][c]) {
                    QFAIL(qPrintable(QStringLiteral("%1 row %2: got %3, expected %4")
                                         .arg(QString::fromStdString(typed.columns[c].name))
                                         .arg(row + 1)
                                         .arg(QString::fromLatin1(show(values[row][c])),
                                              QString::fromLatin1(show(expected[row][c])))));
                }
            }
        }
        CHECK_OK(session->dropTable(typed.schema, typed.name));
        CHECK_OK(
            session->execute("DROP SCHEMA " + quoteIdentifier(Dialect::PostgreSql, typed.schema)));
    }

    void rejectsExactlyTheBadRows()
    {
        auto session = target();
        TargetTable strict;
        strict.schema = m_schema;
        strict.name = "strict";
        CanonicalType text = family(TypeFamily::String);
        text.isLob = true;
        strict.columns
            = {column("id", integer(4), false), column("code", sized(TypeFamily::String, 5)),
               column("name", text, false)};
        CHECK_OK(session->createTable(strict, false));
        auto writer = session->openWriter(writeRequest(strict));
        CHECK_OK(writer);

        RowBatch batch(3);
        for (int id = 1; id <= 100; ++id) {
            Cell code = std::string(1, 'c').append(std::to_string(id % 10));
            Cell name = std::string("name ").append(std::to_string(id));
            if (id == 10)
                code = "toolong";
            if (id == 50)
                name = Null;
            if (id == 90)
                name = std::string("a\0b", 3);
            addRow(batch, {std::to_string(id), code, name});
        }
        CHECK_OK(session->begin());
        std::vector<load::RejectedRow> rejected;
        CHECK_OK((*writer)->write(batch, &rejected));
        CHECK_OK(session->commit());

        QVERIFY2(rejected.size() == 3, describe(rejected).c_str());
        QCOMPARE(rejected[0].row, size_t(9));
        QCOMPARE(rejected[0].column, std::string("code"));
        QVERIFY(rejected[0].truncation);
        QCOMPARE(rejected[0].error.action, ErrorAction::RejectRow);
        QVERIFY2(rejected[0].error.detail.find("SQLSTATE 22001") != std::string::npos,
                 rejected[0].error.detail.c_str());
        QCOMPARE(rejected[1].row, size_t(49));
        QCOMPARE(rejected[1].column, std::string("name"));
        QVERIFY(!rejected[1].truncation);
        QVERIFY2(rejected[1].error.detail.find("SQLSTATE 23502") != std::string::npos,
                 rejected[1].error.detail.c_str());
        QCOMPARE(rejected[2].row, size_t(89));
        QCOMPARE(rejected[2].column, std::string("name"));
        QVERIFY2(rejected[2].error.message.find("NUL") != std::string::npos,
                 rejected[2].error.message.c_str());

        QCOMPARE(query("SELECT count(*), sum(id) FROM " + table("strict")),
                 (Rows {{"97", std::to_string(5050 - 10 - 50 - 90)}}));
        QCOMPARE(query("SELECT code, name FROM " + table("strict") + " WHERE id = 11"),
                 (Rows {{"c1", "name 11"}}));
    }

    void isolatesManyBadRowsWithoutATransaction()
    {
        auto session = target();
        TargetTable many;
        many.schema = m_schema;
        many.name = "many";
        many.columns
            = {column("id", integer(4), false), column("code", sized(TypeFamily::String, 3))};
        many.primaryKey = KeyConstraint {"many_pk", {"id"}};
        CHECK_OK(session->createTable(many, true));
        auto writer = session->openWriter(writeRequest(many));
        CHECK_OK(writer);
        RowBatch batch(2);
        std::vector<size_t> bad;
        for (int i = 0; i < 300; ++i) {
            Cell code = "ok";
            std::string id = std::to_string(i);
            if (i % 6 == 5) {
                code = "far too long";
                bad.push_back(size_t(i));
            } else if (i == 200) {
                id = "7"; // duplicate key
                bad.push_back(size_t(i));
            } else if (i == 201) {
                id = "not a number";
                bad.push_back(size_t(i));
            }
            addRow(batch, {id, code});
        }
        std::vector<load::RejectedRow> rejected;
        CHECK_OK((*writer)->write(batch, &rejected));
        std::vector<size_t> rows;
        for (const load::RejectedRow &row : rejected)
            rows.push_back(row.row);
        QCOMPARE(rows, bad);
        for (const load::RejectedRow &row : rejected) {
            if (row.row == 200) {
                QCOMPARE(row.column, std::string("id"));
                QVERIFY(row.error.detail.find("23505") != std::string::npos);
            } else if (row.row == 201) {
                QCOMPARE(row.column, std::string("id"));
                QVERIFY(row.error.detail.find("22P02") != std::string::npos);
            } else {
                QCOMPARE(row.column, std::string("code"));
                QVERIFY(row.truncation);
            }
        }
        QCOMPARE(query("SELECT count(*) FROM " + table("many")),
                 (Rows {{std::to_string(300 - bad.size())}}));
    }

    void failsWholeBatchOnTableAndConnectionErrors()
    {
        auto session = target();
        TargetTable gone;
        gone.schema = m_schema;
        gone.name = "gone";
        gone.columns = {column("id", integer(4))};
        CHECK_OK(session->createTable(gone, false));
        auto writer = session->openWriter(writeRequest(gone));
        CHECK_OK(writer);
        RowBatch batch(1);
        addRow(batch, {"1"});
        CHECK_OK(session->dropTable(gone.schema, gone.name));
        std::vector<load::RejectedRow> rejected;
        Result<void> missing = (*writer)->write(batch, &rejected);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().action, ErrorAction::FailTable);
        QVERIFY2(rejected.empty(), describe(rejected).c_str());

        // The session's own backend terminated: Retry, and the next write fails the same way.
        CHECK_OK(session->createTable(gone, false));
        auto again = session->openWriter(writeRequest(gone));
        CHECK_OK(again);
        auto pid = session->query("SELECT pg_backend_pid()");
        CHECK_OK(pid);
        QCOMPARE(query("SELECT pg_terminate_backend(" + *(*pid)[0][0] + ", 10000)"),
                 (Rows {{"t"}}));
        Result<void> lost = (*again)->write(batch, &rejected);
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().action, ErrorAction::Retry);
        QCOMPARE(query("SELECT count(*) FROM " + table("gone")), (Rows {{"0"}}));
    }

    void buildsKeysIndexesForeignKeysAndIdentity()
    {
        auto session = target();
        TargetColumn parentId = column("id", integer(8), false);
        parentId.autoIncrement = true;
        TargetTable parent;
        parent.schema = m_schema;
        parent.name = "parent";
        parent.columns = {parentId, column("code", sized(TypeFamily::String, 10)),
                          column("name", sized(TypeFamily::String, 40))};
        parent.primaryKey = KeyConstraint {"PRIMARY", {"id"}};
        parent.uniqueKeys = {KeyConstraint {"parent_code_key", {"code"}}};
        Index primary {"PRIMARY", true, true, {{"id", "", false, 0}}, "btree", ""};
        Index sameAsUnique {"parent_code_key", true, false, {{"code", "", false, 0}}, "btree", ""};
        Index byName {"name_idx", false, false, {{"name", "", true, 10}}, "fulltext", ""};
        Index byLower {"lower_idx", false, false, {{"", "lower((name)::text)", false, 0}},
                       "btree",     ""};
        Index partial {"partial_idx",       true, false, {{"name", "", false, 0}}, "btree",
                       "(code IS NOT NULL)"};
        Index hashed {"code_hash", false, false, {{"code", "", false, 0}}, "hash", ""};
        parent.indexes = {primary, sameAsUnique, byName, byLower, partial, hashed};

        TargetTable child;
        child.schema = m_schema;
        child.name = "child";
        child.columns = {column("id", integer(4), false), column("parent_id", integer(8))};
        child.primaryKey = KeyConstraint {"PRIMARY", {"id"}};
        // Index names are unique per schema in PostgreSQL: the mapping planner names each
        // (tst_target_names); the session creates them as named.
        child.indexes = {
            Index {"child_name_idx", false, false, {{"parent_id", "", false, 0}}, "btree", ""}};
        child.foreignKeys = {ForeignKey {"child_parent_fk",
                                         {"parent_id"},
                                         "",
                                         "parent",
                                         {"id"},
                                         ReferentialAction::SetNull,
                                         ReferentialAction::Cascade}};

        CHECK_OK(session->createTable(parent, false));
        CHECK_OK(session->createTable(child, true));
        {
            RowBatch batch(3);
            for (int id = 1; id <= 10; ++id)
                addRow(
                    batch,
                    {std::to_string(id), "c" + std::to_string(id), "Name " + std::to_string(id)});
            auto writer = session->openWriter(writeRequest(parent));
            CHECK_OK(writer);
            std::vector<load::RejectedRow> rejected;
            CHECK_OK((*writer)->write(batch, &rejected));
            RowBatch children(2);
            for (int id = 1; id <= 10; ++id)
                addRow(children, {std::to_string(id), std::to_string(id)});
            auto childWriter = session->openWriter(writeRequest(child));
            CHECK_OK(childWriter);
            CHECK_OK((*childWriter)->write(children, &rejected));
            QVERIFY2(rejected.empty(), describe(rejected).c_str());
        }
        CHECK_OK(session->deleteRows(m_schema, "parent", KeyRange {"id", 3, 6}));
        QCOMPARE(show(ids("SELECT id FROM " + table("parent") + " ORDER BY id")),
                 show(std::vector {1, 2, 3, 7, 8, 9, 10}));
        CHECK_OK(session->deleteRows(m_schema, "parent", KeyRange {"id", 9, std::nullopt}));
        QCOMPARE(show(ids("SELECT id FROM " + table("parent") + " ORDER BY id")),
                 show(std::vector {1, 2, 3, 7, 8, 9}));
        CHECK_OK(session->deleteRows(m_schema, "child", KeyRange {"id", 3, 6}));
        CHECK_OK(session->deleteRows(m_schema, "child", KeyRange {"id", 9, std::nullopt}));

        CHECK_OK(session->addPrimaryKey(parent));
        CHECK_CREATED(session->createIndexes(parent));
        CHECK_CREATED(session->createIndexes(child));
        CHECK_CREATED(session->createForeignKeys(child));
        // Again, as a resumed task would: the objects exist under their names, no copies.
        CHECK_CREATED(session->createIndexes(parent));
        CHECK_CREATED(session->createForeignKeys(child));
        CHECK_OK(session->resetIdentity(parent));

        const std::string s = m_schema; // pg_get_indexdef quotes only where needed
        QCOMPARE(
            query("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = '" + m_schema
                  + "' AND tablename IN ('parent', 'child') ORDER BY indexname"),
            (Rows {
                {"child_name_idx",
                 "CREATE INDEX child_name_idx ON " + s + ".child USING btree (parent_id)"},
                {"child_pkey",
                 "CREATE UNIQUE INDEX child_pkey ON " + s + ".child USING btree (id)"},
                {"code_hash", "CREATE INDEX code_hash ON " + s + ".parent USING hash (code)"},
                {"lower_idx",
                 "CREATE INDEX lower_idx ON " + s + ".parent USING btree (lower((name)::text))"},
                // A MySQL FULLTEXT index: GIN over the words of its columns.
                {"name_idx",
                 "CREATE INDEX name_idx ON " + s
                     + ".parent USING gin (to_tsvector('simple'::regconfig, "
                       "COALESCE((name)::text, ''::text)))"},
                {"parent_code_key",
                 "CREATE UNIQUE INDEX parent_code_key ON " + s + ".parent USING btree (code)"},
                {"parent_pkey",
                 "CREATE UNIQUE INDEX parent_pkey ON " + s + ".parent USING btree (id)"},
                {"partial_idx",
                 "CREATE UNIQUE INDEX partial_idx ON " + s
                     + ".parent USING btree (name) WHERE (code IS NOT NULL)"},
            }));
        QCOMPARE(query("SELECT conname, contype::text FROM pg_constraint WHERE conrelid = '" + s
                       + ".parent'::regclass ORDER BY conname"),
                 (Rows {{"parent_code_key", "u"}, {"parent_pkey", "p"}}));
        QCOMPARE(query("SELECT conname, confupdtype::text, confdeltype::text, "
                       "confrelid::regclass::text = '"
                       + s + ".parent' FROM pg_constraint WHERE conrelid = '" + s
                       + ".child'::regclass AND contype = 'f'"),
                 (Rows {{"child_parent_fk", "n", "c", "t"}}));
        // The foreign key acts: deleting a parent cascades.
        query("DELETE FROM " + table("parent") + " WHERE id = 2 RETURNING id");
        QCOMPARE(show(ids("SELECT id FROM " + table("child") + " ORDER BY id")),
                 show(std::vector {1, 3, 7, 8, 9}));
        // Foreign key violations are found at the end of the COPY, not at a line: the batch
        // is halved down to the bad rows.
        {
            RowBatch children(2);
            for (int id = 100; id < 120; ++id)
                addRow(children, {std::to_string(id), id == 103 || id == 115 ? "999" : "1"});
            auto childWriter = session->openWriter(writeRequest(child));
            CHECK_OK(childWriter);
            std::vector<load::RejectedRow> rejected;
            CHECK_OK((*childWriter)->write(children, &rejected));
            QCOMPARE(rejected.size(), size_t(2));
            QCOMPARE(rejected[0].row, size_t(3));
            QCOMPARE(rejected[1].row, size_t(15));
            QVERIFY2(rejected[0].error.detail.find("23503") != std::string::npos,
                     rejected[0].error.detail.c_str());
            QCOMPARE(query("SELECT count(*) FROM " + table("child") + " WHERE id >= 100"),
                     (Rows {{"18"}}));
            query("DELETE FROM " + table("child") + " WHERE id >= 100 RETURNING id");
        }
        // The identity continues after the loaded maximum (9).
        QCOMPARE(query("INSERT INTO " + table("parent")
                       + " (code, name) VALUES ('new', 'New') RETURNING id::text"),
                 (Rows {{"10"}}));

        // An empty table's identity starts at 1 (is_called false).
        CHECK_OK(session->truncateTable(m_schema, "child"));
        TargetTable empty = parent;
        empty.name = "empty_identity";
        empty.uniqueKeys.clear();
        empty.indexes.clear();
        CHECK_OK(session->createTable(empty, true));
        query("INSERT INTO " + table("empty_identity") + " (id, code) VALUES (5, 'x')");
        query("SELECT setval(pg_get_serial_sequence('" + table("empty_identity") + "', 'id'), 42)");
        CHECK_OK(session->deleteRows(m_schema, "empty_identity", std::nullopt));
        CHECK_OK(session->resetIdentity(empty));
        QCOMPARE(query("INSERT INTO " + table("empty_identity")
                       + " (code) VALUES ('first') RETURNING id::text"),
                 (Rows {{"1"}}));
        QCOMPARE(query("SELECT count(*) FROM " + table("child")), (Rows {{"0"}}));
    }

    void executesWithNumberedPlaceholders()
    {
        auto session = target();
        QCOMPARE(session->dialect(), Dialect::PostgreSql);
        QCOMPARE(session->defaultSchema(), std::string("public"));
        QVERIFY2(session->serverDescription().rfind("PostgreSQL 15.", 0) == 0,
                 session->serverDescription().c_str());
        QCOMPARE(connectorFor(session->dialect()).nativeType(integer(8, true)),
                 std::string("numeric(20,0)"));

        auto rows
            = session->query("SELECT ?::int + ?::int, 'what?', \"q?\", $$dollar?$$, ? -- comment?\n"
                             "FROM (SELECT 1 AS \"q?\") t /* block? */",
                             {"1", "2", Null});
        CHECK_OK(rows);
        QCOMPARE(*rows, (Rows {{"3", "what?", "1", "dollar?", Null}}));
        auto quote = session->query("SELECT ?", {"it's'); DROP TABLE x; --"});
        CHECK_OK(quote);
        QCOMPARE(*quote, (Rows {{"it's'); DROP TABLE x; --"}}));
        auto mismatch = session->query("SELECT ?, ?", {"1"});
        QVERIFY(!mismatch.ok());
        QCOMPARE(mismatch.error().code, ErrorCode::Usage);

        CHECK_OK(session->execute("CREATE TABLE " + table("tx") + " (v text)"));
        CHECK_OK(session->begin());
        CHECK_OK(session->execute("INSERT INTO " + table("tx") + " VALUES (?)", {"gone"}));
        CHECK_OK(session->rollback());
        CHECK_OK(session->begin());
        CHECK_OK(session->execute("INSERT INTO " + table("tx") + " VALUES (?)", {"kept"}));
        CHECK_OK(session->commit());
        CHECK_OK(session->begin());
        CHECK_OK(session->execute("INSERT INTO " + table("tx") + " VALUES (?)", {"lost"}));
        QVERIFY(!session->execute("SELECT 1/0").ok());
        Result<void> commit = session->commit();
        QVERIFY(!commit.ok());
        auto values = session->query("SELECT v FROM " + table("tx"));
        CHECK_OK(values);
        QCOMPARE(*values, (Rows {{"kept"}}));
    }

    void cancelStopsALongReadPromptly()
    {
        auto session = source();
        load::ReadRequest request;
        request.schema = m_schema;
        request.table = "slow";
        CanonicalType text = family(TypeFamily::String);
        request.columns = {{"nap", "text", text}, {"id", "integer", integer(4)}};
        auto reader = session->openReader(request);
        CHECK_OK(reader);
        Result<bool> outcome = false;
        QElapsedTimer timer;
        timer.start();
        std::thread reading([&] {
            RowBatch batch(2);
            outcome = (*reader)->read(batch, load::BatchLimits {});
        });
        struct JoinOnExit
        {
            std::thread &thread;
            load::TableReader &reader;
            ~JoinOnExit()
            {
                if (thread.joinable()) {
                    reader.cancel();
                    thread.join();
                }
            }
        } joinOnExit {reading, **reader};
        // Wait until the server is sleeping in the COPY, then cancel from this thread.
        QTRY_VERIFY_WITH_TIMEOUT(
            !query("SELECT 1 FROM pg_stat_activity WHERE query LIKE 'COPY (SELECT%slow%' "
                   "AND wait_event = 'PgSleep'")
                 .empty(),
            10000);
        timer.restart();
        (*reader)->cancel();
        reading.join();
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, ErrorCode::Cancelled);
        RowBatch batch(2);
        Result<bool> later = (*reader)->read(batch, load::BatchLimits {});
        QVERIFY(!later.ok());
        QCOMPARE(later.error().code, ErrorCode::Cancelled);
        reader->reset();

        // The session still works for the next read.
        auto rows = readAll(*session, readRequest("people"));
        CHECK_OK(rows);
        QCOMPARE(rows->size(), size_t(6));

        // A missing table fails the table, and the session stays usable too.
        load::ReadRequest missing = readRequest("people");
        missing.table = "no_such_table";
        auto failed = readAll(*session, missing);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().action, ErrorAction::FailTable);
        QVERIFY2(failed.error().detail.find("42P01") != std::string::npos,
                 failed.error().detail.c_str());
        auto again = readAll(*session, readRequest("people"));
        CHECK_OK(again);
        QCOMPARE(again->size(), size_t(6));
    }
};

QTEST_GUILESS_MAIN(TestPostgresLoad)
#include "tst_postgres_load.moc"
