// SPDX-License-Identifier: MIT
// The canonical array text (engine/load/canonical_array.h): a JSON array of the elements'
// canonical forms, from PostgreSQL's array output, and PostgreSQL array input back from it.
#include "engine/load/canonical_array.h"
#include "engine/load/canonical_text.h"

#include <QtTest>

#include <memory>
#include <string>

using namespace ferry;
using namespace ferry::load;

namespace {

CanonicalType typeOf(TypeFamily family, std::string subtype = {})
{
    CanonicalType type;
    type.family = family;
    type.subtype = std::move(subtype);
    return type;
}

std::string fromPostgres(std::string_view literal, const CanonicalType &element)
{
    std::string out;
    if (!appendArrayFromPostgres(out, literal, element))
        return "<not an array>";
    return out;
}

std::string toPostgres(std::string_view canonical, char delimiter = ',')
{
    std::string out;
    if (!appendPostgresArrayLiteral(out, canonical, delimiter))
        return "<not a json array>";
    return out;
}

} // namespace

class TestCanonicalArray : public QObject
{
    Q_OBJECT

private slots:
    void postgresArraysBecomeJsonArrays()
    {
        const CanonicalType integer = typeOf(TypeFamily::Integer);
        const CanonicalType text = typeOf(TypeFamily::String);
        QCOMPARE(fromPostgres("{1,2,NULL}", integer), std::string("[1,2,null]"));
        QCOMPARE(fromPostgres("{}", integer), std::string("[]"));
        QCOMPARE(fromPostgres("{{1,2},{3,4}}", integer), std::string("[[1,2],[3,4]]"));
        QCOMPARE(fromPostgres("{{{1},{NULL}}}", integer), std::string("[[[1],[null]]]"));
        // Quoted elements with delimiters, braces, quotes, backslashes; "NULL" quoted is text.
        QCOMPARE(
            fromPostgres("{\"a b\",\"c,d\",\"e\\\"f\",\"g\\\\h\",\"{i}\",\"NULL\",NULL,\"\",null}",
                         text),
            std::string("[\"a b\",\"c,d\",\"e\\\"f\",\"g\\\\h\",\"{i}\",\"NULL\",null,\"\",null]"));
        QCOMPARE(fromPostgres("{ x , y }", text), std::string("[\"x\",\"y\"]"));
        QCOMPARE(fromPostgres("{\"\xC3\xA9\",tab\\\there}", text),
                 std::string("[\"\xC3\xA9\",\"tab\\there\"]"));
    }

    void elementsTakeTheirCanonicalForms()
    {
        QCOMPARE(fromPostgres("{1.50,-0,1e+20,NaN,Infinity}", typeOf(TypeFamily::Decimal)),
                 std::string("[1.5,0,100000000000000000000,\"NaN\",\"Infinity\"]"));
        QCOMPARE(fromPostgres("{t,f,NULL}", typeOf(TypeFamily::Boolean)),
                 std::string("[true,false,null]"));
        CanonicalType stampTz = typeOf(TypeFamily::Timestamp);
        stampTz.withTimeZone = true;
        QCOMPARE(
            fromPostgres("{\"2024-01-01 08:00:00+00\",\"0044-03-15 12:00:00+00 BC\"}", stampTz),
            std::string("[\"2024-01-01 08:00:00\",\"0044-03-15 12:00:00 BC\"]"));
        QCOMPARE(fromPostgres("{\"1 day\",\"-1 years +02:00:00\"}", typeOf(TypeFamily::Interval)),
                 std::string("[\"P1D\",\"P-1YT2H\"]"));
        QCOMPARE(fromPostgres("{\"{\\\"b\\\": 1, \\\"a\\\": 2.0}\"}", typeOf(TypeFamily::Json)),
                 std::string("[\"{\\\"a\\\":2,\\\"b\\\":1}\"]"));
        QCOMPARE(fromPostgres("{\"\\\\x0102\"}", typeOf(TypeFamily::VarBinary)),
                 std::string("[\"\\\\x0102\"]"));
        QCOMPARE(fromPostgres("{\"(1,2)\",\"(3,4)\"}", typeOf(TypeFamily::Geometry, "point")),
                 std::string("[\"POINT(1 2)\",\"POINT(3 4)\"]"));
        // box arrays are the one built-in type separated by ';'.
        QCOMPARE(
            fromPostgres("{(3,4),(1,2);(1,1),(0,0)}", typeOf(TypeFamily::Geometry, "box")),
            std::string("[\"POLYGON((1 2,3 2,3 4,1 4,1 2))\",\"POLYGON((0 0,1 0,1 1,0 1,0 0))\"]"));
    }

    void refusesWhatIsNotAnArray()
    {
        const CanonicalType integer = typeOf(TypeFamily::Integer);
        // Explicit bounds have no JSON form: the caller keeps PostgreSQL's text.
        for (const char *bad : {"", "{", "{1,2", "{1,,2}", "{1}x", "[0:1]={1,2}", "1,2", "{\"a}",
                                "{{{{{{{1}}}}}}}", "{a\"b}"}) {
            QVERIFY2(fromPostgres(bad, integer) == "<not an array>", bad);
        }
    }

    void postgresInputFromCanonicalText()
    {
        QCOMPARE(toPostgres("[1,2,null]"), std::string("{1,2,NULL}"));
        QCOMPARE(toPostgres("[]"), std::string("{}"));
        QCOMPARE(toPostgres("[[1,2],[3,4]]"), std::string("{{1,2},{3,4}}"));
        QCOMPARE(toPostgres("[\"a b\",\"c,d\",\"e\\\"f\",\"g\\\\h\",\"{i}\",\"NULL\",null,\"\"]"),
                 std::string("{\"a b\",\"c,d\",\"e\\\"f\",\"g\\\\h\",\"{i}\",\"NULL\",NULL,\"\"}"));
        QCOMPARE(toPostgres("[true,false,{\"b\":1,\"a\":[2]}]"),
                 std::string("{true,false,\"{\\\"a\\\":[2],\\\"b\\\":1}\"}"));
        QCOMPARE(toPostgres("[\"POLYGON((0 0,1 0,1 1,0 1,0 0))\",\"x\"]", ';'),
                 std::string("{\"POLYGON((0 0,1 0,1 1,0 1,0 0))\";\"x\"}"));
        // Geometric elements in their type's text.
        std::string boxes;
        QVERIFY(appendPostgresArrayLiteral(
            boxes, "[\"POLYGON((1 2,3 2,3 4,1 4,1 2))\",null,\"not wkt\"]", ';', "box"));
        QCOMPARE(boxes, std::string("{\"(3,4),(1,2)\";NULL;\"not wkt\"}"));
        // PostgreSQL's own literal (an explicit-bounds array, older canonical text) is left to
        // the server as it is.
        QCOMPARE(toPostgres("{1,2}"), std::string("<not a json array>"));
        QCOMPARE(toPostgres("[0:1]={1,2}"), std::string("<not a json array>"));
        QCOMPARE(toPostgres("{\"a\":1}"), std::string("<not a json array>"));
        // Round trips.
        const CanonicalType text = typeOf(TypeFamily::String);
        for (const char *literal : {"{\"a b\",\"c,d\",\"e\\\"f\",\"g\\\\h\",\"NULL\",NULL,\"\"}",
                                    "{}", "{{\"1\",\"2\"},{\"3\",NULL}}"}) {
            QCOMPARE(toPostgres(fromPostgres(literal, text)), std::string(literal));
        }
    }

    void textSourcesAreNormalizedByType()
    {
        CanonicalType array = typeOf(TypeFamily::Array);
        array.element = std::make_shared<CanonicalType>(typeOf(TypeFamily::Integer));
        const auto normalized = [](std::string_view text, const CanonicalType &type) {
            std::string out;
            appendTextAsCanonical(out, text, type);
            return out;
        };
        QCOMPARE(normalized("[ 1, 2.0 ,null ]", array), std::string("[1,2,null]"));
        QCOMPARE(normalized("{1,2,NULL}", array), std::string("[1,2,null]"));
        QCOMPARE(normalized("[0:1]={1,2}", array), std::string("[0:1]={1,2}"));
        QCOMPARE(normalized("not an array", array), std::string("not an array"));
        QCOMPARE(normalized("{ \"b\":1, \"a\":1.0 }", typeOf(TypeFamily::Json)),
                 std::string("{\"a\":1,\"b\":1}"));
        QCOMPARE(normalized("{ not json", typeOf(TypeFamily::Json)), std::string("{ not json"));
        QCOMPARE(normalized("1 day 02:00:00", typeOf(TypeFamily::Interval)), std::string("P1DT2H"));
        QCOMPARE(normalized("point(1 2)", typeOf(TypeFamily::Geometry, "point")),
                 std::string("POINT(1 2)"));
        QCOMPARE(normalized("(1,2)", typeOf(TypeFamily::Geometry, "point")),
                 std::string("POINT(1 2)"));
        QCOMPARE(normalized("<(1,2),3.0>", typeOf(TypeFamily::Geometry, "circle")),
                 std::string("<(1,2),3>"));
        QCOMPARE(normalized(" a text ", typeOf(TypeFamily::String)), std::string(" a text "));
        QVERIFY(isNormalizedFromText(array));
        QVERIFY(!isNormalizedFromText(typeOf(TypeFamily::String)));
    }
};

QTEST_GUILESS_MAIN(TestCanonicalArray)
#include "tst_canonical_array.moc"
