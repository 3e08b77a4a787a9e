// SPDX-License-Identifier: MIT
// Choosing slice boundaries on any key (engine/load/key_slicing.h): every n-th key of an
// ordered pass, keys that cannot bound a slice skipped, the slice count capped; the stored form
// of key bounds (slice_status) read back exactly; which key types slice.
#include "engine/load/key_slicing.h"

#include <QTest>

using namespace ferry;
using load::BoundaryPicker;
using load::KeyValue;
using load::RowBatch;

namespace {

/// One batch of composite keys (number, text); "NULL" in text stands for SQL NULL.
RowBatch keys(int from, int to, const std::string &text = "k")
{
    RowBatch batch(2);
    for (int i = from; i <= to; ++i) {
        batch.appendCell(0, std::to_string(i));
        if (text == "NULL")
            batch.appendNull(1);
        else
            batch.appendCell(1, text);
        batch.finishRow();
    }
    return batch;
}

std::vector<std::string> firstColumn(const std::vector<KeyValue> &bounds)
{
    std::vector<std::string> values;
    for (const KeyValue &bound : bounds)
        values.push_back(bound.at(0));
    return values;
}

} // namespace

class TestKeySlicing : public QObject
{
    Q_OBJECT

private slots:
    void everyNthKeyBoundsASlice()
    {
        BoundaryPicker picker(10, 100);
        picker.add(keys(1, 25));
        picker.add(keys(26, 45));
        QCOMPARE(picker.rowsSeen(), int64_t(45));
        QCOMPARE(firstColumn(picker.boundaries()),
                 (std::vector<std::string> {"10", "20", "30", "40"}));
        QCOMPARE(picker.boundaries()[0], (KeyValue {"10", "k"}));
    }

    void theLastKeyIsNeverABoundary()
    {
        BoundaryPicker picker(10, 100);
        picker.add(keys(1, 30));
        // (20, 30] then (30, +inf) would be empty: the last slice is open above anyway.
        QCOMPARE(firstColumn(picker.boundaries()), (std::vector<std::string> {"10", "20"}));
        BoundaryPicker small(10, 100);
        small.add(keys(1, 5));
        QVERIFY(small.boundaries().empty());
    }

    void keysThatCannotBoundASliceAreSkipped()
    {
        BoundaryPicker picker(3, 100);
        picker.add(keys(1, 2));
        picker.add(keys(3, 4, "NULL")); // the 3rd and 4th keys have a NULL
        picker.add(keys(5, 5, std::string("a\0b", 3))); // a NUL byte
        picker.add(keys(6, 6, "\xff")); // not UTF-8
        picker.add(keys(7, 12));
        // 7 is the first usable key at or after the 3rd; then every 3rd after it.
        QCOMPARE(firstColumn(picker.boundaries()), (std::vector<std::string> {"7", "10"}));
    }

    void tooManySlicesThinOut()
    {
        BoundaryPicker picker(1, 4); // at most 4 slices: 3 boundaries
        picker.add(keys(1, 20));
        const std::vector<KeyValue> bounds = picker.boundaries();
        QVERIFY2(bounds.size() <= 3, std::to_string(bounds.size()).c_str());
        QCOMPARE(picker.every(), int64_t(8));
        QCOMPARE(firstColumn(bounds), (std::vector<std::string> {"8", "16"}));
    }

    void keySlicesCoverEverything()
    {
        const auto slices = load::keySlicesBetween({{"b", "1"}, {"m", "2"}});
        QCOMPARE(slices.size(), size_t(3));
        QVERIFY(!slices[0].lower);
        QCOMPARE(*slices[0].upper, (KeyValue {"b", "1"}));
        QCOMPARE(*slices[1].lower, (KeyValue {"b", "1"}));
        QCOMPARE(*slices[1].upper, (KeyValue {"m", "2"}));
        QCOMPARE(*slices[2].lower, (KeyValue {"m", "2"}));
        QVERIFY(!slices[2].upper);
        const auto integers = load::keySlices(load::slicesBetween({-5, 7}));
        QCOMPARE(*integers[0].upper, (KeyValue {"-5"}));
        QCOMPARE(*integers[2].lower, (KeyValue {"7"}));
        QCOMPARE(load::keySlicesBetween({}).size(), size_t(1));
    }

    void storedBoundsReadBackExactly_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("plain") << QByteArray("abc");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("quotes and backslashes") << QByteArray("a\"b\\c'd");
        QTest::newRow("control characters") << QByteArray("tab\there\nnew\x01");
        QTest::newRow("utf-8") << QByteArray("Zoë 東京 😀");
        QTest::newRow("not utf-8") << QByteArray("\xff\xfe latin1 \xe9");
        QTest::newRow("nul") << QByteArray("a\0b", 3);
        QTest::newRow("number") << QByteArray("-9223372036854775808");
    }

    void storedBoundsReadBackExactly()
    {
        QFETCH(QByteArray, value);
        const KeyValue bound {value.toStdString(), "2024-02-29 23:59:59.999999", "x"};
        const std::string json = load::keyValueJson(bound);
        QCOMPARE(json.front(), '[');
        const auto back = load::keyValueFromJson(json);
        QVERIFY2(back, json.c_str());
        QCOMPARE(*back, bound);
    }

    void storedBoundsHaveAReadableForm()
    {
        QCOMPARE(load::keyValueJson({"42"}), std::string("[\"42\"]"));
        QCOMPARE(load::keyValueJson({"7", "a\"b"}), std::string("[\"7\",\"a\\\"b\"]"));
        QCOMPARE(load::keyValueFromJson(" [ \"1\" , \"x\" ] "), (std::optional<KeyValue>(
                                                                 KeyValue {"1", "x"})));
        QCOMPARE(load::keyValueFromJson("[]"), std::optional<KeyValue>(KeyValue {}));
        for (const char *bad : {"", "42", "[42]", "[\"1\"", "[\"1\",]", "[\"1\"] x", "{}",
                                "[\"\\q\"]"})
            QVERIFY2(!load::keyValueFromJson(bad), bad);
    }

    void sliceableKeyTypes()
    {
        for (TypeFamily family : {TypeFamily::Integer, TypeFamily::Decimal, TypeFamily::Char,
                                  TypeFamily::String, TypeFamily::Date, TypeFamily::Time,
                                  TypeFamily::Timestamp, TypeFamily::Uuid, TypeFamily::Year}) {
            CanonicalType type;
            type.family = family;
            QVERIFY2(load::isSliceableKeyType(type), typeFamilyName(family));
        }
        for (TypeFamily family : {TypeFamily::Float, TypeFamily::Binary, TypeFamily::VarBinary,
                                  TypeFamily::Boolean, TypeFamily::Json, TypeFamily::Enum,
                                  TypeFamily::Unknown, TypeFamily::Bit}) {
            CanonicalType type;
            type.family = family;
            QVERIFY2(!load::isSliceableKeyType(type), typeFamilyName(family));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeySlicing)
#include "tst_key_slicing.moc"
