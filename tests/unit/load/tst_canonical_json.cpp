// SPDX-License-Identifier: MIT
// The canonical JSON text (engine/load/canonical_json.h): one text for equal JSON values,
// whichever engine printed them.
#include "engine/load/canonical_json.h"

#include <QtTest>

#include <string>

using namespace ferry::load;

namespace {

/// The canonical text of text, or "<not json>".
std::string canonical(std::string_view text)
{
    std::string out = "kept:";
    if (!appendCanonicalJson(out, text))
        return "<not json>";
    return out.substr(5);
}

std::string number(std::string_view text)
{
    std::string out;
    if (!appendCanonicalJsonNumber(out, text))
        return "<not a number>";
    return out;
}

} // namespace

class TestCanonicalJson : public QObject
{
    Q_OBJECT

private slots:
    void removesWhitespaceAndSortsKeysByCodePoint()
    {
        QCOMPARE(canonical(" {\n\t\"b\" : 1 ,\r\n \"a\": [ 1 , { \"z\":null, \"y\" : true } ] } "),
                 std::string("{\"a\":[1,{\"y\":true,\"z\":null}],\"b\":1}"));
        // Code point order, not PostgreSQL jsonb's (shorter keys first) nor UTF-16's.
        QCOMPARE(canonical("{\"bb\":1,\"a\":2,\"é\":3,\"B\":4,\"😀\":5,\"ｚ\":6}"),
                 std::string("{\"B\":4,\"a\":2,\"bb\":1,\"\xC3\xA9\":3,\"\xEF\xBD\x9A\":6,"
                             "\"\xF0\x9F\x98\x80\":5}"));
        QCOMPARE(canonical("[]"), std::string("[]"));
        QCOMPARE(canonical("{ }"), std::string("{}"));
        QCOMPARE(canonical("\"x\""), std::string("\"x\""));
        QCOMPARE(canonical(" false "), std::string("false"));
    }

    void duplicateKeysKeepTheLast()
    {
        QCOMPARE(canonical("{\"a\":1,\"b\":2,\"a\":3}"), std::string("{\"a\":3,\"b\":2}"));
        // Equal after unescaping: the same key.
        QCOMPARE(canonical("{\"\\u0061\":1,\"a\":{\"x\":1,\"x\":[2]}}"),
                 std::string("{\"a\":{\"x\":[2]}}"));
    }

    void nestedValuesAreNormalizedAtEveryLevel()
    {
        QCOMPARE(canonical("[[[{\"b\":[1.0,{\"d\":2e0,\"c\":-0}],\"a\":\"\\/\"}]]]"),
                 std::string("[[[{\"a\":\"/\",\"b\":[1,{\"c\":0,\"d\":2}]}]]]"));
        std::string deep;
        for (int i = 0; i < MaxJsonDepth; ++i)
            deep += '[';
        deep += '1';
        for (int i = 0; i < MaxJsonDepth; ++i)
            deep += ']';
        QCOMPARE(canonical(deep), deep);
        QCOMPARE(canonical('[' + deep + ']'), std::string("<not json>"));
    }

    void stringsHaveOneEscaping()
    {
        // Escapes undone, then written one way: only " \ and control characters escaped.
        QCOMPARE(canonical("\"\\u00e9\\u00E9é\\/\\u0041\\ud83d\\ude00\\u2028/\""),
                 std::string("\"\xC3\xA9\xC3\xA9\xC3\xA9/A\xF0\x9F\x98\x80\xE2\x80\xA8/\""));
        QCOMPARE(canonical("\"tab\\there\\u0009\\n\\u000A\\r\\b\\f\\u0001\\u001f\\u007f\\\"\\\\\""),
                 std::string("\"tab\\there\\t\\n\\n\\r\\b\\f\\u0001\\u001f\x7f\\\"\\\\\""));
        QCOMPARE(canonical("\"nul\\u0000\""), std::string("\"nul\\u0000\""));
        // An unpaired surrogate cannot be UTF-8: it stays an escape (lowercase).
        QCOMPARE(canonical("[\"\\uD800x\",\"\\udc00\",\"\\ud800\\u0041\"]"),
                 std::string("[\"\\ud800x\",\"\\udc00\",\"\\ud800A\"]"));
    }

    void numbersAreWrittenByTheirExactValue()
    {
        // PostgreSQL jsonb keeps 1.0 and 1e2 as written (1.0, 100); MySQL JSON stores doubles
        // (1.0 prints as 1.0) and integers: equal values, one text.
        QCOMPARE(number("1.0"), std::string("1"));
        QCOMPARE(number("1.00"), std::string("1"));
        QCOMPARE(number("1e0"), std::string("1"));
        QCOMPARE(number("1e2"), std::string("100"));
        QCOMPARE(number("100"), std::string("100"));
        QCOMPARE(number("1E+2"), std::string("100"));
        QCOMPARE(number("-0"), std::string("0"));
        QCOMPARE(number("-0.0e-5"), std::string("0"));
        QCOMPARE(number("2.50"), std::string("2.5"));
        QCOMPARE(number("0.1"), std::string("0.1"));
        QCOMPARE(number("-12.5e-3"), std::string("-0.0125"));
        QCOMPARE(number("0.000001"), std::string("0.000001"));
        QCOMPARE(number("1e-7"), std::string("1e-7"));
        QCOMPARE(number("1.5e-7"), std::string("1.5e-7"));
        QCOMPARE(number("1e20"), std::string("100000000000000000000"));
        QCOMPARE(number("1e21"), std::string("1e+21"));
        QCOMPARE(number("1e400"), std::string("1e+400"));
        QCOMPARE(number("-1.25e-400"), std::string("-1.25e-400"));
        // Every digit is kept: a PostgreSQL numeric far beyond a double.
        QCOMPARE(number("123456789012345678901234567890.123456789012345678901234567890"),
                 std::string("123456789012345678901234567890.12345678901234567890123456789"));
        QCOMPARE(number("123456789012345678901234567891"),
                 std::string("123456789012345678901234567891"));
        // Zeros added after 21 digits: exponent notation, as ECMAScript writes 1e25.
        QCOMPARE(number("10000000000000000000000000"), std::string("1e+25"));
        QCOMPARE(number("123456789012345678901234567890"),
                 std::string("1.2345678901234567890123456789e+29"));
        QCOMPARE(number("1234567890123456789012345678900000"),
                 std::string("1.2345678901234567890123456789e+33"));
        // Not JSON numbers.
        for (const char *bad : {"", "-", "01", "1.", ".5", "+1", "1e", "1e+", "NaN", "Infinity",
                                "0x10", "1 ", "--1", "1e99999999999"})
            QCOMPARE(number(bad), std::string("<not a number>"));
    }

    void doublesAsMySqlPrintsThemMatchPostgresDecimals()
    {
        // The same values inserted into PostgreSQL jsonb and MySQL JSON (double / integer):
        // the texts each prints, normalized, are identical.
        const struct
        {
            const char *postgres;
            const char *mysql;
        } pairs[] = {
            {"{\"a\": 1.0, \"b\": [100, 0.5]}", "{\"a\": 1.0, \"b\": [1e2, 0.5]}"},
            {"{\"n\": -0}", "{\"n\": -0.0}"},
            {"{\"big\": 1e+300}", "{\"big\": 1e300}"},
            {"{\"x\": 0.1}", "{\"x\": 0.1}"},
        };
        for (const auto &pair : pairs)
            QCOMPARE(canonical(pair.postgres), canonical(pair.mysql));
        // Where the engines genuinely differ: a double cannot hold 30 digits, so MySQL's value
        // is another number and its text differs.
        QVERIFY(canonical("123456789012345678901234567890") != canonical("1.2345678901234568e29"));
    }

    void refusesWhatIsNotJson()
    {
        for (const char *bad :
             {"",     " ",   "{",     "[1,]",     "{\"a\":1,}",       "{'a':1}",     "[1 2]",
              "tru",  "nul", "\"a",   "\"\t\"",   "\"\\x\"",          "\"\\u12\"",   "{\"a\"}",
              "[1]x", "1 2", "[NaN]", "\"\xff\"", "\"\xed\xa0\x80\"", "\"\xc0\xaf\""}) {
            QVERIFY2(canonical(bad) == "<not json>", bad);
        }
    }

    void parsedValuesKeepTheirStructure()
    {
        const std::optional<JsonValue> value = parseJson("{\"b\":[1,\"x\"],\"a\":null}");
        QVERIFY(value);
        QCOMPARE(value->kind, JsonValue::Kind::Object);
        QCOMPARE(value->keys, (std::vector<std::string> {"a", "b"}));
        QCOMPARE(value->items[1].kind, JsonValue::Kind::Array);
        QCOMPARE(value->items[1].items[1].text, std::string("x"));
        std::string out;
        appendJson(out, *value);
        QCOMPARE(out, std::string("{\"a\":null,\"b\":[1,\"x\"]}"));
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonical_json.moc"
