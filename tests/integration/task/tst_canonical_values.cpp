// SPDX-License-Identifier: MIT
// Canonical text of JSON, intervals, arrays and geometry (issue #12, docs/data-path.md
// "Canonical text form"): equal values inserted with plain SQL into PostgreSQL and MariaDB
// read alike through Ferry's source readers, and full loads PostgreSQL -> PostgreSQL,
// MariaDB -> PostgreSQL and into tables with native types (DO_NOTHING) write them so that
// plain SQL on the target finds the same values -- also where the source spelled equal values
// differently.
#include "engine/connectors/connector.h"
#include "engine/connectors/endpoint.h"
#include "engine/task/task_runner.h"
#include "tests/integration/task/migrate_support.h"

#include <QtTest>

#include <algorithm>

using namespace ferry;
using test::includeOnly;
using test::query;
using test::Rows;
using test::single;

namespace {

using Cell = std::optional<std::string>;
using Cells = std::vector<std::vector<Cell>>; ///< column -> row -> value

/// A task loading source schema.table into targetSchema on target.
task::TaskRequest request(const ConnectionSpec &source, const ConnectionSpec &target,
                          const std::string &schema, const std::string &table,
                          const std::string &targetSchema, const std::string &prepMode)
{
    task::TaskRequest request;
    request.name = test::uniqueName("canonical");
    request.source = source;
    request.target = target;
    request.mapping = includeOnly(schema, table);
    request.settings.set("TargetMetadata", "TargetSchema", project::Value::string(targetSchema));
    request.settings.set("FullLoadSettings", "TargetTablePrepMode",
                         project::Value::string(prepMode));
    request.settings.set("ControlTablesSettings", "ControlSchema",
                         project::Value::string(test::uniqueName("canonical_control")));
    return request;
}

/// Every column of schema.table read through Ferry's source reader, ordered by the first
/// column (an integer key), as column -> rows.
Result<Cells> readThroughFerry(const ConnectionSpec &spec, const std::string &schema,
                               const std::string &table)
{
    CatalogFilter filter;
    filter.schemas = {schema};
    Result<Catalog> catalog = connectorFor(spec.dialect).endpoint(spec)->readCatalog(filter);
    if (!catalog)
        return catalog.error();
    const Schema *found = catalog->schema(schema);
    const Table *definition = found ? found->table(table) : nullptr;
    if (!definition)
        return Error {ErrorCode::Internal, ErrorAction::FailTask, "table not in the catalog"};
    load::ReadRequest read;
    read.schema = schema;
    read.table = table;
    for (const Column &column : definition->columns)
        read.columns.push_back({column.name, column.nativeType, column.type});
    auto session = load::openSourceSession(spec);
    if (!session)
        return session.error();
    auto reader = (*session)->openReader(read);
    if (!reader)
        return reader.error();
    load::RowBatch batch(read.columns.size());
    std::vector<std::vector<Cell>> rows;
    for (bool more = true; more;) {
        batch.clear();
        Result<bool> next = (*reader)->read(batch, load::BatchLimits {});
        if (!next)
            return next.error();
        more = *next;
        for (size_t row = 0; row < batch.rowCount(); ++row) {
            std::vector<Cell> cells;
            for (size_t column = 0; column < batch.columnCount(); ++column)
                cells.push_back(batch.isNull(column, row)
                                    ? Cell()
                                    : Cell(std::string(batch.cell(column, row))));
            rows.push_back(std::move(cells));
        }
    }
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return std::stoi(*a[0]) < std::stoi(*b[0]); });
    Cells columns(read.columns.size());
    for (const auto &row : rows) {
        for (size_t column = 0; column < row.size(); ++column)
            columns[column].push_back(row[column]);
    }
    return columns;
}

QByteArray shown(const std::vector<Cell> &cells)
{
    QByteArray text;
    for (const Cell &cell : cells)
        text += (cell ? QByteArray::fromStdString(*cell) : QByteArray("NULL")) + " | ";
    return text;
}

/// The expected canonical text per column (key column first), rows 1 and 2.
const std::vector<std::vector<Cell>> Expected {
    {"1", "2"},
    // doc: key order, spacing, 1.0 / 2.50, \u00e9 against é
    {"{\"a\":[1,2.5,\"x\xC3\xA9\"],\"b\":1,\"c\":{\"y\":true,\"z\":null}}",
     "[100,0,0.1,1e-7,12345678901234567890]"},
    // doc_text: duplicate keys (the last wins), "\/" against "/"
    {"{\"a\":2,\"s\":\"/\"}", "{}"},
    // nums, words: arrays
    {"[1,2,null]", "[]"},
    {"[\"a b\",\"c,d\",\"e\\\"f\",\"g\\\\h\",null,\"\"]", "[]"},
    // place, area, track: geometry
    {"POINT(1.5 -2)", "POINT(0 0)"},
    {"POLYGON((0 0,4 0,4 4,0 0))", Cell()},
    {"LINESTRING(0 0,1e+20 0.1)", Cell()},
};

} // namespace

class TestCanonicalValues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { FERRY_REQUIRE_SERVERS(); }

    /// The same values inserted into PostgreSQL (jsonb, json, arrays, geometric types) and
    /// MariaDB (JSON, spatial types), each spelled its own way, have one canonical text.
    void sameValuesReadAlikeFromPostgresAndMariaDb()
    {
        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        const std::string schema = test::uniqueName("canon_pg");
        EXEC(pg, "CREATE SCHEMA " + schema);
        EXEC(pg,
             "CREATE TABLE " + schema
                 + ".vals (id int PRIMARY KEY, doc jsonb, doc_text json, nums int[], "
                   "words text[], place point, area polygon, track lseg)");
        EXEC(pg,
             "INSERT INTO " + schema
                 + ".vals VALUES (1, '{\"b\": 1, \"a\": [1.0, 2.50, \"x\\u00e9\"], "
                   "\"c\": {\"z\": null, \"y\": true}}', '{\"a\":1, \"a\":2, \"s\":\"\\/\"}', "
                   "'{1,2,NULL}', ARRAY['a b', 'c,d', 'e\"f', 'g\\h', NULL, ''], '(1.5,-2)', "
                   "'((0,0),(4,0),(4,4))', '[(0,0),(1e20,0.1)]'), "
                   "(2, '[1e2, -0, 0.10, 1E-7, 12345678901234567890]', '{ }', '{}', '{}', "
                   "'(0,-0)', NULL, NULL)");

        test::PlainSql my(test::mysqlSpec());
        OPEN(my);
        const std::string database = test::env("FERRY_TEST_MY_DATABASE");
        const std::string table = test::uniqueName("canon_my");
        EXEC(my,
             "CREATE TABLE `" + table
                 + "` (id INT PRIMARY KEY, doc JSON, doc_text JSON, nums JSON, words JSON, "
                   "place POINT, area POLYGON, track LINESTRING)");
        EXEC(my,
             "INSERT INTO `" + table
                 + "` VALUES (1, '{\"c\":{\"y\":true,\"z\":null},\"a\":[1,2.5,\"x\xC3\xA9\"],"
                   "\"b\":1.0}', '{\"s\": \"/\", \"a\": 2}', '[1, 2, null]', "
                   "'[\"a b\", \"c,d\", \"e\\\\\"f\", \"g\\\\\\\\h\", null, \"\"]', "
                   "ST_GeomFromText('POINT(1.5 -2)'), "
                   "ST_GeomFromText('POLYGON((0 0, 4 0, 4 4, 0 0))'), "
                   "ST_GeomFromText('LINESTRING(0 0, 100000000000000000000 0.1)')), "
                   "(2, '[100, 0.0, 1e-1, 0.0000001, 12345678901234567890]', '{}', '[]', "
                   "'[]', ST_GeomFromText('POINT(0 0)'), NULL, NULL)");

        const Result<Cells> fromPostgres = readThroughFerry(test::postgresSpec(), schema, "vals");
        QVERIFY2(fromPostgres, fromPostgres ? "" : fromPostgres.error().toString().c_str());
        const Result<Cells> fromMariaDb = readThroughFerry(test::mysqlSpec(), database, table);
        QVERIFY2(fromMariaDb, fromMariaDb ? "" : fromMariaDb.error().toString().c_str());
        QCOMPARE(fromPostgres->size(), Expected.size());
        QCOMPARE(fromMariaDb->size(), Expected.size());
        for (size_t column = 0; column < Expected.size(); ++column) {
            const QByteArray label = "column " + QByteArray::number(qulonglong(column)) + ": ";
            QVERIFY2((*fromPostgres)[column] == Expected[column],
                     (label + "PostgreSQL " + shown((*fromPostgres)[column])).constData());
            QVERIFY2((*fromMariaDb)[column] == Expected[column],
                     (label + "MariaDB " + shown((*fromMariaDb)[column])).constData());
        }
        EXEC(pg, "DROP SCHEMA " + schema + " CASCADE");
        EXEC(my, "DROP TABLE `" + table + "`");
    }

    /// PostgreSQL -> PostgreSQL: every value arrives equal (jsonb, arrays and intervals
    /// compared by the server, intervals as text so that months and days stay apart), and json
    /// -- which keeps its text -- holds the canonical text.
    void postgresToPostgresKeepsTheValues()
    {
        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        const std::string schema = test::uniqueName("canon_src");
        const std::string target = test::uniqueName("canon_dst");
        EXEC(pg, "CREATE SCHEMA " + schema);
        EXEC(pg,
             "CREATE TABLE " + schema
                 + ".kinds (id int PRIMARY KEY, doc jsonb, doc_text json, span interval, "
                   "nums int[], grid int[], words text[], amounts numeric[], bounded int[], "
                   "stamps timestamptz[], place point, boxes box[])");
        EXEC(pg,
             "INSERT INTO " + schema
                 + ".kinds VALUES "
                   "(1, '{\"b\": [1.0, {\"d\": 1e2}], \"a\": \"\\u00e9\\n\"}', "
                   "' {\"b\" : 1, \"a\": [ 2.50 ], \"b\": 3} ', "
                   "'1 year 2 mons -3 days 04:05:06.789', '{1,NULL,3}', '{{1,2},{3,4}}', "
                   "ARRAY['a b', 'c,d', '{e}', 'f\"g', 'h\\i', 'NULL', NULL, ''], "
                   "'{1.50,-0.0,1e-20,NaN}', '[0:1]={7,8}', "
                   "'{\"2024-06-01 12:00:00+02\"}', '(1.5,-2)', "
                   "ARRAY['(3,4),(1,2)'::box, '(0,0),(1,1)']), "
                   "(2, '[]', '[]', '1 mon', '{}', NULL, '{}', '{}', NULL, NULL, NULL, NULL), "
                   "(3, '{}', '{}', '30 days', NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
                   "NULL), "
                   "(4, '-0', '1.0', '-00:00:01.5', NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
                   "NULL)");
        task::TaskRunner runner(request(test::postgresSpec(), test::postgresSpec(), schema, "kinds",
                                        target, "DROP_AND_CREATE"),
                                {});
        auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());

        const std::string pair = schema + ".kinds s JOIN " + target + ".kinds d USING (id)";
        QCOMPARE(single(pg, "SELECT count(*) FROM " + pair), std::string("4"));
        for (const char *column :
             {"doc", "nums", "grid", "words", "amounts", "bounded", "stamps"}) {
            QCOMPARE(single(pg,
                            "SELECT count(*) FROM " + pair + " WHERE s." + column
                                + " IS DISTINCT FROM d." + column),
                     std::string("0"));
        }
        // Interval texts, so that 1 mon and 30 days are told apart.
        QCOMPARE(single(pg,
                        "SELECT count(*) FROM " + pair
                            + " WHERE s.span::text IS DISTINCT FROM d.span::text"),
                 std::string("0"));
        QCOMPARE(single(pg, "SELECT string_agg(d.span::text, '|' ORDER BY id) FROM " + pair),
                 std::string("1 year 2 mons -3 days +04:05:06.789|1 mon|30 days|-00:00:01.5"));
        // json keeps the text Ferry wrote: the canonical text (an intended change: whitespace,
        // key order and duplicates of the source text are gone).
        QCOMPARE(single(pg, "SELECT string_agg(d.doc_text::text, '|' ORDER BY id) FROM " + pair),
                 std::string("{\"a\":[2.5],\"b\":3}|[]|{}|1"));
        // The array types were created, bounds kept, the scale of 1.50 shown as in the source's
        // equal value 1.5 (arrays are JSON: numbers in one form).
        QCOMPARE(single(pg,
                        "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE "
                        "attrelid = ?::regclass AND attname = 'grid'",
                        {target + ".kinds"}),
                 std::string("integer[]"));
        QCOMPARE(
            single(pg, "SELECT array_lower(bounded, 1) FROM " + target + ".kinds WHERE id = 1"),
            std::string("0"));
        QCOMPARE(single(pg, "SELECT words::text FROM " + target + ".kinds WHERE id = 1"),
                 std::string("{\"a b\",\"c,d\",\"{e}\",\"f\\\"g\",\"h\\\\i\",\"NULL\",NULL,\"\"}"));
        QCOMPARE(single(pg, "SELECT amounts::text FROM " + target + ".kinds WHERE id = 1"),
                 std::string("{1.5,0,0.00000000000000000001,NaN}"));
        // Geometric types are carried as WKT text (box arrays as text arrays).
        QCOMPARE(
            single(pg, "SELECT place || ' ' || boxes::text FROM " + target + ".kinds WHERE id = 1"),
            std::string("POINT(1.5 -2) {\"POLYGON((1 2,3 2,3 4,1 4,1 2))\","
                        "\"POLYGON((0 0,1 0,1 1,0 1,0 0))\"}"));
        EXEC(pg, "DROP SCHEMA " + schema + " CASCADE");
        EXEC(pg, "DROP SCHEMA " + target + " CASCADE");
    }

    /// MariaDB -> PostgreSQL: JSON arrives as canonical text (equal values spelled
    /// differently at the source become one text), geometry as canonical WKT with its SRID.
    void mariaDbToPostgresWritesCanonicalText()
    {
        test::PlainSql my(test::mysqlSpec());
        OPEN(my);
        const std::string database = test::env("FERRY_TEST_MY_DATABASE");
        const std::string table = test::uniqueName("canon_geo");
        EXEC(my, "CREATE TABLE `" + table + "` (id INT PRIMARY KEY, doc JSON, shape GEOMETRY)");
        EXEC(my,
             "INSERT INTO `" + table
                 + "` VALUES (1, '{\"b\": 1, \"a\": [1.0, \"\\\\u00e9\"]}', "
                   "ST_GeomFromText('POINT(1 2)', 4326)), "
                   "(2, '{\"a\":[1,\"\xC3\xA9\"],\"b\":1}', "
                   "ST_GeomFromText('MULTIPOINT(1 2, 3 4)')), "
                   "(3, '{\"a\":[1e0,\"\xC3\xA9\"], \"b\":1, \"b\":1}', "
                   "ST_GeomFromText('GEOMETRYCOLLECTION(POINT(0.1 -0), "
                   "LINESTRING(0 0, 1 1))')), "
                   "(4, NULL, ST_GeomFromText('POLYGON((0 0,4 0,4 4,0 0),(1 1,2 1,2 2,1 1))'))");
        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        const std::string target = test::uniqueName("canon_from_my");
        task::TaskRunner runner(request(test::mysqlSpec(), test::postgresSpec(), database, table,
                                        target, "DROP_AND_CREATE"),
                                {});
        auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        const std::string qualified = target + ".\"" + table + "\"";
        const Rows rows = query(pg, "SELECT doc::text, shape FROM " + qualified + " ORDER BY id");
        const Rows expected {
            {"{\"a\":[1,\"\xC3\xA9\"],\"b\":1}", "SRID=4326;POINT(1 2)"},
            {"{\"a\":[1,\"\xC3\xA9\"],\"b\":1}", "MULTIPOINT(1 2,3 4)"},
            {"{\"a\":[1,\"\xC3\xA9\"],\"b\":1}",
             "GEOMETRYCOLLECTION(POINT(0.1 0),LINESTRING(0 0,1 1))"},
            {std::nullopt, "POLYGON((0 0,4 0,4 4,0 0),(1 1,2 1,2 2,1 1))"},
        };
        QCOMPARE(rows, expected);
        EXEC(my, "DROP TABLE `" + table + "`");
        EXEC(pg, "DROP SCHEMA " + target + " CASCADE");
    }

    /// Tables that exist with native types (DO_NOTHING): PostgreSQL's geometric types and
    /// arrays, and MariaDB's spatial types, take the canonical text.
    void nativeTargetColumnsTakeCanonicalText()
    {
        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        const std::string schema = test::uniqueName("canon_native");
        const std::string target = test::uniqueName("canon_native_dst");
        const std::string columns
            = "(id int PRIMARY KEY, p point, s lseg, b box, open_path path, closed_path path, "
              "poly polygon, c circle, l line, boxes box[], nums int[])";
        EXEC(pg, "CREATE SCHEMA " + schema);
        EXEC(pg, "CREATE SCHEMA " + target);
        EXEC(pg, "CREATE TABLE " + schema + ".shapes " + columns);
        EXEC(pg, "CREATE TABLE " + target + ".shapes " + columns);
        EXEC(pg,
             "INSERT INTO " + schema
                 + ".shapes VALUES (1, '(1.5,-2)', '[(0,0),(1e20,0.1)]', '(3,4),(1,2)', "
                   "'[(1,2),(3,4)]', '((1,2),(3,4),(5,0))', '((0,0),(1,1),(1,0))', "
                   "'<(1,2),3>', '{1,-1,0}', ARRAY['(3,4),(1,2)'::box, '(0,0),(1,1)'], "
                   "'{{1,NULL},{3,4}}'), "
                   "(2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '{}', '{}')");
        task::TaskRunner toPostgres(request(test::postgresSpec(), test::postgresSpec(), schema,
                                            "shapes", target, "DO_NOTHING"),
                                    {});
        auto loaded = toPostgres.run();
        QVERIFY2(loaded, loaded ? "" : loaded.error().toString().c_str());
        const std::string all = "SELECT string_agg(concat_ws(' ', id, p, s, b, open_path, "
                                "closed_path, poly, c, l, boxes, nums), '|' ORDER BY id) FROM ";
        QCOMPARE(single(pg, all + target + ".shapes"), single(pg, all + schema + ".shapes"));
        QVERIFY(single(pg, all + target + ".shapes").find("((1,2),(3,4),(5,0))")
                != std::string::npos);

        // Into MariaDB's spatial types, SRID included.
        test::PlainSql my(test::mysqlSpec());
        OPEN(my);
        const std::string database = test::uniqueName("canon_native_my");
        const std::string source = test::uniqueName("canon_spatial");
        EXEC(my, "CREATE DATABASE `" + database + "`");
        EXEC(my,
             "CREATE TABLE `" + database
                 + "`.shapes (id INT PRIMARY KEY, p POINT, s GEOMETRY, b POLYGON, "
                   "open_path LINESTRING, closed_path LINESTRING, poly POLYGON, c TEXT, "
                   "l TEXT, boxes JSON, nums JSON)");
        task::TaskRunner toMariaDb(request(test::postgresSpec(), test::mysqlSpec(), schema,
                                           "shapes", database, "DO_NOTHING"),
                                   {});
        auto intoMariaDb = toMariaDb.run();
        QVERIFY2(intoMariaDb, intoMariaDb ? "" : intoMariaDb.error().toString().c_str());
        QCOMPARE(
            query(my,
                  "SELECT ST_AsText(p), ST_AsText(s), ST_AsText(b), ST_AsText(open_path), "
                  "ST_AsText(closed_path), ST_AsText(poly), c, l, boxes, nums FROM `"
                      + database + "`.shapes ORDER BY id"),
            (Rows {{"POINT(1.5 -2)", "LINESTRING(0 0,1e20 0.1)", "POLYGON((1 2,3 2,3 4,1 4,1 2))",
                    "LINESTRING(1 2,3 4)", "LINESTRING(1 2,3 4,5 0,1 2)",
                    "POLYGON((0 0,1 1,1 0,0 0))", "<(1,2),3>", "{1,-1,0}",
                    "[\"POLYGON((1 2,3 2,3 4,1 4,1 2))\",\"POLYGON((0 0,1 0,1 1,0 1,0 0))\"]",
                    "[[1,null],[3,4]]"},
                   {std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                    std::nullopt, std::nullopt, std::nullopt, "[]", "[]"}}));

        // MariaDB -> MariaDB keeps the SRID.
        EXEC(my, "CREATE TABLE `" + source + "` (id INT PRIMARY KEY, g GEOMETRY)");
        EXEC(my,
             "INSERT INTO `" + source
                 + "` VALUES (1, ST_GeomFromText('POINT(1 2)', 4326)), "
                   "(2, ST_GeomFromText('MULTIPOINT(1 2, 3 4)')), (3, NULL)");
        EXEC(my,
             "CREATE TABLE `" + database + "`.`" + source + "` (id INT PRIMARY KEY, g GEOMETRY)");
        task::TaskRunner withinMariaDb(request(test::mysqlSpec(), test::mysqlSpec(),
                                               test::env("FERRY_TEST_MY_DATABASE"), source,
                                               database, "DO_NOTHING"),
                                       {});
        auto copied = withinMariaDb.run();
        QVERIFY2(copied, copied ? "" : copied.error().toString().c_str());
        QCOMPARE(query(my,
                       "SELECT ST_AsText(g), ST_SRID(g) FROM `" + database + "`.`" + source
                           + "` ORDER BY id"),
                 (Rows {{"POINT(1 2)", "4326"},
                        {"MULTIPOINT(1 2,3 4)", "0"},
                        {std::nullopt, std::nullopt}}));
        // A shape the column cannot hold is refused by the server, row by row: the other rows
        // go in (the strict INSERT path binds WKT and SRID too).
        EXEC(my, "DELETE FROM `" + source + "` WHERE id = 3");
        EXEC(my,
             "INSERT INTO `" + source + "` VALUES (3, ST_GeomFromText('LINESTRING(0 0, 1 1)'))");
        EXEC(my, "DROP TABLE `" + database + "`.`" + source + "`");
        EXEC(my, "CREATE TABLE `" + database + "`.`" + source + "` (id INT PRIMARY KEY, g POINT)");
        task::TaskRunner intoPoints(request(test::mysqlSpec(), test::mysqlSpec(),
                                            test::env("FERRY_TEST_MY_DATABASE"), source, database,
                                            "DO_NOTHING"),
                                    {});
        auto points = intoPoints.run();
        QVERIFY2(points, points ? "" : points.error().toString().c_str());
        QCOMPARE(points->finalSnapshot.tables.at(0).fullLoadRows, int64_t(1));
        QCOMPARE(points->finalSnapshot.tables.at(0).fullLoadErrorRows, int64_t(2));
        QCOMPARE(query(my,
                       "SELECT id, ST_AsText(g), ST_SRID(g) FROM `" + database + "`.`" + source
                           + "` ORDER BY id"),
                 (Rows {{"1", "POINT(1 2)", "4326"}}));
        EXEC(my, "DROP TABLE `" + source + "`");
        EXEC(my, "DROP DATABASE `" + database + "`");
        EXEC(pg, "DROP SCHEMA " + schema + " CASCADE");
        EXEC(pg, "DROP SCHEMA " + target + " CASCADE");
    }
};

QTEST_GUILESS_MAIN(TestCanonicalValues)
#include "tst_canonical_values.moc"
