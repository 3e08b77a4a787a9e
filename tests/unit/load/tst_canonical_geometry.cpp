// SPDX-License-Identifier: MIT
// The canonical geometry text (engine/load/canonical_geometry.h): WKT written one way, from
// WKT, WKB, MySQL/MariaDB's stored value and PostgreSQL's geometric types.
#include "engine/load/canonical_geometry.h"

#include <QtTest>

#include <string>

using namespace ferry::load;

namespace {

std::string canonical(std::string_view text)
{
    std::string out;
    if (!appendCanonicalWkt(out, text))
        return "<not wkt>";
    return out;
}

std::string fromPostgres(std::string_view text, std::string_view type)
{
    std::string out;
    if (!appendGeometryFromPostgres(out, text, type))
        return "<no geometry>";
    return out;
}

std::string fromMySql(const QByteArray &hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    const std::optional<Geometry> geometry
        = parseMySqlGeometry(std::string_view(bytes.constData(), size_t(bytes.size())));
    if (!geometry)
        return "<no geometry>";
    std::string out;
    appendWkt(out, *geometry);
    return out;
}

std::string literal(std::string_view canonical, std::string_view type)
{
    return postgresGeometricLiteral(canonical, type).value_or("<none>");
}

} // namespace

class TestCanonicalGeometry : public QObject
{
    Q_OBJECT

private slots:
    void wktIsWrittenOneWay()
    {
        QCOMPARE(canonical(" point ( 1  2 ) "), std::string("POINT(1 2)"));
        QCOMPARE(canonical("POINT(1.0 -0)"), std::string("POINT(1 0)"));
        QCOMPARE(canonical("POINT(1e20 0.10)"), std::string("POINT(1e+20 0.1)"));
        QCOMPARE(canonical("POINT(1.2345678901234568e17 +3)"),
                 std::string("POINT(123456789012345680 3)"));
        QCOMPARE(canonical("LineString (0 0, 1 1 ,2 2)"), std::string("LINESTRING(0 0,1 1,2 2)"));
        QCOMPARE(canonical("POLYGON((0 0,4 0,4 4,0 0),( 1 1, 2 1, 2 2, 1 1))"),
                 std::string("POLYGON((0 0,4 0,4 4,0 0),(1 1,2 1,2 2,1 1))"));
        // MULTIPOINT with or without parentheses around its points (MySQL 8 writes them,
        // MariaDB cannot read them): one form without.
        QCOMPARE(canonical("MULTIPOINT((1 2),(3 4))"), std::string("MULTIPOINT(1 2,3 4)"));
        QCOMPARE(canonical("MULTIPOINT(1 2, 3 4)"), std::string("MULTIPOINT(1 2,3 4)"));
        QCOMPARE(canonical("MULTILINESTRING((0 0,1 1),(2 2,3 3))"),
                 std::string("MULTILINESTRING((0 0,1 1),(2 2,3 3))"));
        QCOMPARE(canonical("MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))"),
                 std::string("MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))"));
        QCOMPARE(canonical("GEOMCOLLECTION(POINT(1 2), linestring(0 0,1 1), "
                           "GEOMETRYCOLLECTION(POINT EMPTY))"),
                 std::string("GEOMETRYCOLLECTION(POINT(1 2),LINESTRING(0 0,1 1),"
                             "GEOMETRYCOLLECTION(POINT EMPTY))"));
        QCOMPARE(canonical("geometrycollection empty"), std::string("GEOMETRYCOLLECTION EMPTY"));
        QCOMPARE(canonical("POLYGON EMPTY"), std::string("POLYGON EMPTY"));
    }

    void sridIsAnEwktPrefix()
    {
        QCOMPARE(canonical("SRID=4326;POINT(1 2)"), std::string("SRID=4326;POINT(1 2)"));
        QCOMPARE(canonical("srid=0;POINT(1 2)"), std::string("POINT(1 2)"));
    }

    void refusesWhatIsNotWkt()
    {
        for (const char *bad :
             {"", "POINT", "POINT()", "POINT(1)", "POINT(1 2 3)", "POINT Z (1 2 3)", "CIRCLE(1 2)",
              "POINT(1 2", "POINT(1 2))", "LINESTRING(0 0,)", "SRID=x;POINT(1 2)",
              "SRID=4326POINT(1 2)", "(1,2)"}) {
            QVERIFY2(canonical(bad) == "<not wkt>", bad);
        }
    }

    void mySqlValuesAreSridAndWkb()
    {
        // As MariaDB 10.11 stores them (SELECT HEX(g)): SRID little-endian, then WKB.
        QCOMPARE(fromMySql("E610000001010000009A9999999999B93F408CB5781DAF1544"),
                 std::string("SRID=4326;POINT(0.1 1e+20)"));
        QCOMPARE(fromMySql("00000000010700000000000000"), std::string("GEOMETRYCOLLECTION EMPTY"));
        // Big-endian WKB inside, a multipoint of two points.
        QCOMPARE(fromMySql("00000000"
                           "000000000400000002"
                           "00000000013FF00000000000004000000000000000"
                           "00000000014008000000000000C010000000000000"),
                 std::string("MULTIPOINT(1 2,3 -4)"));
        QCOMPARE(fromMySql("0000000001030000000100000004000000"
                           "00000000000000000000000000000000"
                           "000000000000F03F0000000000000000"
                           "000000000000F03F000000000000F03F"
                           "00000000000000000000000000000000"),
                 std::string("POLYGON((0 0,1 0,1 1,0 0))"));
        // Truncated, trailing bytes, a multipoint holding a line, a Z point.
        for (const char *bad :
             {"000000000101000000", "",
              "0000000001010000000000000000000000"
              "000000000000000000FF",
              "000000000104000000010000000102000000000000000",
              "0000000001E9030000000000000000F03F000000000000F03F000000000000F03F"}) {
            QVERIFY2(fromMySql(bad) == "<no geometry>", bad);
        }
    }

    void postgresGeometricTypesBecomeWkt()
    {
        // As PostgreSQL 15 prints them with extra_float_digits 3.
        QCOMPARE(fromPostgres("(1,2)", "point"), std::string("POINT(1 2)"));
        QCOMPARE(fromPostgres("(0.1,-0)", "point"), std::string("POINT(0.1 0)"));
        QCOMPARE(fromPostgres("(1e+20,NaN)", "point"), std::string("POINT(1e+20 NaN)"));
        QCOMPARE(fromPostgres("[(1,2),(3,4)]", "lseg"), std::string("LINESTRING(1 2,3 4)"));
        QCOMPARE(fromPostgres("(3,4),(1,2)", "box"), std::string("POLYGON((1 2,3 2,3 4,1 4,1 2))"));
        QCOMPARE(fromPostgres("[(1,2),(3,4)]", "path"), std::string("LINESTRING(1 2,3 4)"));
        QCOMPARE(fromPostgres("((1,2),(3,4),(5,0))", "path"),
                 std::string("LINESTRING(1 2,3 4,5 0,1 2)"));
        QCOMPARE(fromPostgres("((0,0),(1,1),(1,0))", "polygon"),
                 std::string("POLYGON((0 0,1 1,1 0,0 0))"));
        // No WKT for these: PostgreSQL's text, numbers written one way.
        QCOMPARE(fromPostgres("{1,-1,0}", "line"), std::string("{1,-1,0}"));
        QCOMPARE(fromPostgres("{1.50,-0,2e3}", "line"), std::string("{1.5,0,2000}"));
        QCOMPARE(fromPostgres("<(1,2),3>", "circle"), std::string("<(1,2),3>"));
        QCOMPARE(fromPostgres("(1,2,3)", "point"), std::string("<no geometry>"));
        QCOMPARE(fromPostgres("(1,x)", "point"), std::string("<no geometry>"));
    }

    void postgresLiteralsFromCanonicalText()
    {
        QCOMPARE(literal("POINT(1 2)", "point"), std::string("(1,2)"));
        QCOMPARE(literal("POINT(1e+20 -0.5)", "point"), std::string("(1e+20,-0.5)"));
        QCOMPARE(literal("LINESTRING(1 2,3 4)", "lseg"), std::string("[(1,2),(3,4)]"));
        QCOMPARE(literal("POLYGON((1 2,3 2,3 4,1 4,1 2))", "box"), std::string("(3,4),(1,2)"));
        QCOMPARE(literal("LINESTRING(1 2,3 4)", "path"), std::string("[(1,2),(3,4)]"));
        QCOMPARE(literal("LINESTRING(1 2,3 4,5 0,1 2)", "path"),
                 std::string("((1,2),(3,4),(5,0))"));
        QCOMPARE(literal("POLYGON((0 0,1 1,1 0,0 0))", "polygon"),
                 std::string("((0,0),(1,1),(1,0))"));
        QCOMPARE(literal("{1,-1,0}", "line"), std::string("{1,-1,0}"));
        QCOMPARE(literal("<(1,2),3>", "circle"), std::string("<(1,2),3>"));
        // No such form: the writer leaves the text to the server, which refuses it.
        QCOMPARE(literal("SRID=4326;POINT(1 2)", "point"), std::string("<none>"));
        QCOMPARE(literal("LINESTRING(1 2,3 4)", "point"), std::string("<none>"));
        QCOMPARE(literal("LINESTRING(1 2,3 4,5 6)", "lseg"), std::string("<none>"));
        QCOMPARE(literal("POLYGON((0 0,1 1,1 0,0 0))", "box"), std::string("<none>"));
        QCOMPARE(literal("POLYGON((0 0,4 0,4 4,0 0),(1 1,2 1,2 2,1 1))", "polygon"),
                 std::string("<none>"));
        QCOMPARE(literal("POINT EMPTY", "point"), std::string("<none>"));
        // Round trip of every type through the canonical text.
        for (const auto &[text, type] :
             std::initializer_list<std::pair<const char *, const char *>> {
                 {"(1,2)", "point"},
                 {"[(1,2),(3,4)]", "lseg"},
                 {"(3,4),(1,2)", "box"},
                 {"[(1,2),(3,4)]", "path"},
                 {"((1,2),(3,4),(5,0))", "path"},
                 {"((0,0),(1,1),(1,0))", "polygon"},
                 {"{1,-1,0}", "line"},
                 {"<(1,2),3>", "circle"}}) {
            QCOMPARE(literal(fromPostgres(text, type), type), std::string(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestCanonicalGeometry)
#include "tst_canonical_geometry.moc"
