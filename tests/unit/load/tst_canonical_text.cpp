// SPDX-License-Identifier: MIT
#include "engine/load/canonical_text.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

using namespace ferry::load;

class TestCanonicalText : public QObject
{
    Q_OBJECT

private slots:
    void doublesRoundTripShortest()
    {
        QCOMPARE(formatDouble(0.1), std::string("0.1"));
        QCOMPARE(formatDouble(1e300), std::string("1e+300"));
        QCOMPARE(formatDouble(-2.5), std::string("-2.5"));
        QCOMPARE(formatDouble(std::nan("")), std::string("NaN"));
        QCOMPARE(formatDouble(std::numeric_limits<double>::infinity()), std::string("Infinity"));
        QCOMPARE(formatDouble(-std::numeric_limits<double>::infinity()),
                 std::string("-Infinity"));
        QCOMPARE(formatFloat(0.1f), std::string("0.1"));
        QCOMPARE(std::stod(formatDouble(0.30000000000000004)), 0.30000000000000004);
    }

    void hexBothWays()
    {
        std::string hex;
        appendHex(hex, std::string_view("\x00\xff\x10", 3));
        QCOMPARE(hex, std::string("00ff10"));
        std::string bytes;
        QVERIFY(appendUnhex(bytes, "00FFa0"));
        QCOMPARE(bytes, std::string("\x00\xff\xa0", 3));
        std::string bad = "keep";
        QVERIFY(!appendUnhex(bad, "0g"));
        QVERIFY(!appendUnhex(bad, "abc"));
        QCOMPARE(bad, std::string("keep"));
    }

    void zeroDates()
    {
        QVERIFY(isZeroDate("0000-00-00"));
        QVERIFY(isZeroDate("0000-00-00 00:00:00"));
        QVERIFY(isZeroDate("0000-00-00 00:00:00.000000"));
        QVERIFY(!isZeroDate("0000-00-01"));
        QVERIFY(!isZeroDate("2020-01-01"));
        QVERIFY(!isZeroDate("0000-00-00 00:00:01"));
    }

    void booleans()
    {
        QCOMPARE(parseBoolean("t"), std::optional<bool>(true));
        QCOMPARE(parseBoolean("TRUE"), std::optional<bool>(true));
        QCOMPARE(parseBoolean("1"), std::optional<bool>(true));
        QCOMPARE(parseBoolean("off"), std::optional<bool>(false));
        QCOMPARE(parseBoolean("0"), std::optional<bool>(false));
        QCOMPARE(parseBoolean("2"), std::optional<bool>());
    }

    void bitStrings()
    {
        QCOMPARE(bitsFromBytes(std::string_view("\x02\x81", 2), 10), std::string("1010000001"));
        QCOMPARE(bytesFromBits("1010000001"), std::optional<std::string>(std::string("\x02\x81", 2)));
        QCOMPARE(bytesFromBits("1"), std::optional<std::string>(std::string("\x01", 1)));
        QCOMPARE(bytesFromBits("12"), std::optional<std::string>());
    }

    void utf8Validation()
    {
        QVERIFY(isValidUtf8("plain"));
        QVERIFY(isValidUtf8("\xf0\x9f\x98\x80")); // U+1F600
        QVERIFY(isValidUtf8("Zo\xc3\xab"));
        QVERIFY(!isValidUtf8("\xff"));
        QVERIFY(!isValidUtf8("\xc3"));             // truncated
        QVERIFY(!isValidUtf8("\xe0\x80\x80"));     // overlong
        QVERIFY(!isValidUtf8("\xed\xa0\x80"));     // surrogate
        QVERIFY(!isValidUtf8("\xf4\x90\x80\x80")); // beyond U+10FFFF
    }

    void jsonStrings()
    {
        std::string out;
        appendJsonString(out, std::string_view("a\"b\\c\n\x01", 7));
        QCOMPARE(out, std::string("\"a\\\"b\\\\c\\n\\u0001\""));
        out.clear();
        appendJsonString(out, "\xff\x41");
        QCOMPARE(out, std::string("\"\\u00ffA\""));
        out.clear();
        appendJsonString(out, "\xc3\xab");
        QCOMPARE(out, std::string("\"\xc3\xab\""));
    }

    /// readJsonString gives back exactly the bytes appendJsonString wrote (text, control
    /// characters, bytes that are not UTF-8, NUL), reads the escapes other writers use, and
    /// refuses what is not a string literal.
    void jsonStringsReadBack()
    {
        const std::vector<std::string> values {
            "", "plain", std::string("a\"b\\c\n\x01\x00z", 9), "\xff\xfe\x80", "\xc3\xab \xe6\xbc\xa2",
            "\xf0\x9f\x9a\xa2 ferry", "tab\there\r"};
        for (const std::string &value : values) {
            std::string json = "[";
            appendJsonString(json, value);
            json += ",1]";
            size_t pos = 1;
            std::string back;
            QVERIFY(readJsonString(json, pos, back));
            QCOMPARE(back, value);
            QCOMPARE(json[pos], ','); // just after the closing quote
        }
        const auto read = [](std::string_view text) -> std::optional<std::string> {
            size_t pos = 0;
            std::string out;
            if (!readJsonString(text, pos, out))
                return std::nullopt;
            return out;
        };
        QCOMPARE(read("\"\\u00e9\\/\\b\\f\""), std::optional<std::string>("\xe9/\b\f"));
        QCOMPARE(read("\"\\u20ac\""), std::optional<std::string>("\xe2\x82\xac"));
        QCOMPARE(read("\"\\ud83d\\udea2\""), std::optional<std::string>("\xf0\x9f\x9a\xa2"));
        QVERIFY(!read("plain"));
        QVERIFY(!read("\"unterminated"));
        QVERIFY(!read("\"bad \\q escape\""));
        QVERIFY(!read("\"\\u12\""));
        QVERIFY(!read("\"\\ud83d\\u0041\"")); // a high surrogate without its low half
    }
};

QTEST_APPLESS_MAIN(TestCanonicalText)
#include "tst_canonical_text.moc"
