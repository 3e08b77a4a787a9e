// SPDX-License-Identifier: MIT
// The PostgreSQL COPY text codec and SQL helpers without a server: COPY lines decoded into
// canonical cells (including escapes the server never prints but the format allows), cells
// encoded into COPY lines, `?` placeholder numbering, and the canonical -> native type table.
#include "engine/connectors/postgres/postgres_copy_text.h"
#include "engine/connectors/postgres/postgres_load_sql.h"
#include "engine/convert/lexer/postgres_lexer.h"
#include "engine/types/postgres_types.h"

#include <QTest>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace ferry;
using namespace ferry::postgres;
using ferry::convert::numberPlaceholders;

namespace {

using Cell = std::optional<std::string>;

CanonicalType ofFamily(TypeFamily family)
{
    CanonicalType type;
    type.family = family;
    return type;
}

std::vector<Cell> row(const load::RowBatch &batch, size_t index)
{
    std::vector<Cell> cells;
    for (size_t c = 0; c < batch.columnCount(); ++c) {
        cells.push_back(batch.isNull(c, index) ? std::nullopt
                                               : Cell(std::string(batch.cell(c, index))));
    }
    return cells;
}

std::string encoded(const load::RowBatch &batch, const std::vector<CopyValueKind> &kinds)
{
    CopyBuffer buffer;
    for (size_t r = 0; r < batch.rowCount(); ++r) {
        if (encodeCopyRow(batch, r, kinds.data(), buffer) != CopyRowEncoded)
            return "<nul>";
    }
    return std::string(buffer.data(), buffer.size());
}

} // namespace

class TestPostgresCopyText : public QObject
{
    Q_OBJECT

private slots:
    void decodesFieldsByKind()
    {
        const std::vector<CopyField> kinds {{CopyFieldKind::Text}, {CopyFieldKind::Boolean},
                                            {CopyFieldKind::Bytea}, {CopyFieldKind::TimestampTz}};
        load::RowBatch batch(4);
        CopyLineError error;
        QVERIFY(
            decodeCopyLine("a\\tb\\\\c\\nd\\101\\x41\\q\tt\t\\\\x00ff41\t2024-01-01 10:00:00+00\n",
                           kinds.data(), 4, batch, &error));
        QVERIFY(decodeCopyLine("\\N\tf\t\\N\t0044-03-15 12:00:00+00 BC", kinds.data(), 4, batch,
                               &error));
        QVERIFY(decodeCopyLine("\tf\t\\\\x\tinfinity\n", kinds.data(), 4, batch, &error));
        QCOMPARE(batch.rowCount(), size_t(3));
        QCOMPARE(row(batch, 0),
                 (std::vector<Cell> {"a\tb\\c\ndAAq", "true",
                                     std::string("\0\xff"
                                                 "A",
                                                 3),
                                     "2024-01-01 10:00:00"}));
        QCOMPARE(
            row(batch, 1),
            (std::vector<Cell> {std::nullopt, "false", std::nullopt, "0044-03-15 12:00:00 BC"}));
        QCOMPARE(row(batch, 2), (std::vector<Cell> {"", "false", "", "infinity"}));
    }

    void decodesJsonIntervalsArraysAndGeometryToCanonicalText()
    {
        CanonicalType json;
        json.family = TypeFamily::Json;
        CanonicalType interval;
        interval.family = TypeFamily::Interval;
        CanonicalType text;
        text.family = TypeFamily::String;
        CanonicalType array;
        array.family = TypeFamily::Array;
        array.element = std::make_shared<CanonicalType>(text);
        CanonicalType box;
        box.family = TypeFamily::Geometry;
        box.subtype = "box";
        const std::vector<CopyField> fields {copyField(json), copyField(interval),
                                             copyField(array), copyField(box)};
        QCOMPARE(fields[2].kind, CopyFieldKind::Array);
        QCOMPARE(fields[3].kind, CopyFieldKind::Geometric);
        load::RowBatch batch(4);
        CopyLineError error;
        // COPY escapes are undone first: a tab inside a JSON string, a backslash in an array
        // element.
        QVERIFY(decodeCopyLine("{\"b\": 1, \"a\": \"x\\\\ty\"}\t-1 days +02:00:00\t"
                               "{\"a,b\",\"c\\\\\\\\d\",NULL}\t(3,4),(1,2)\n",
                               fields.data(), 4, batch, &error));
        // What does not parse is kept as printed: explicit array bounds, a broken box.
        QVERIFY(decodeCopyLine("not json\tnever\t[0:1]={a,b}\t(1,2)\n", fields.data(), 4,
                               batch, &error));
        QCOMPARE(row(batch, 0),
                 (std::vector<Cell> {"{\"a\":\"x\\ty\",\"b\":1}", "P-1DT2H",
                                     "[\"a,b\",\"c\\\\d\",null]",
                                     "POLYGON((1 2,3 2,3 4,1 4,1 2))"}));
        QCOMPARE(row(batch, 1),
                 (std::vector<Cell> {"not json", "never", "[0:1]={a,b}", "(1,2)"}));
    }

    void rejectsMalformedLinesAndKeepsEarlierRows()
    {
        const std::vector<CopyField> kinds {{CopyFieldKind::Text}, {CopyFieldKind::Boolean}};
        load::RowBatch batch(2);
        CopyLineError error;
        QVERIFY(decodeCopyLine("x\tt\n", kinds.data(), 2, batch, &error));
        QVERIFY(!decodeCopyLine("y\tmaybe\n", kinds.data(), 2, batch, &error));
        QCOMPARE(error.column, size_t(1));
        QCOMPARE(error.value, std::string("maybe"));
        QVERIFY(!decodeCopyLine("only one\n", kinds.data(), 2, batch, &error));
        QCOMPARE(error.column, size_t(2));
        QVERIFY(!decodeCopyLine("a\tt\textra\n", kinds.data(), 2, batch, &error));
        QCOMPARE(error.column, size_t(2));
        QCOMPARE(batch.rowCount(), size_t(1));
        QCOMPARE(row(batch, 0), (std::vector<Cell> {"x", "true"}));
        QCOMPARE(batch.cell(0, 0), std::string_view("x"));
    }

    void encodesCellsForCopyFrom()
    {
        const std::vector<CopyValueKind> kinds {CopyValueKind::Text, CopyValueKind::Bytea,
                                                CopyValueKind::Temporal};
        load::RowBatch batch(3);
        batch.appendCell(0, "tab\there\nnew\rline\\slash \xF0\x9F\x98\x80");
        batch.appendCell(1, std::string("\0\x01\xff", 3));
        batch.appendCell(2, "2024-02-29 10:00:00");
        batch.finishRow();
        batch.appendCell(0, "");
        batch.appendNull(1);
        batch.appendCell(2, "0000-00-00 00:00:00");
        batch.finishRow();
        batch.appendNull(0);
        batch.appendCell(1, "");
        batch.appendCell(2, "0000-00-00");
        batch.finishRow();
        QCOMPARE(encoded(batch, kinds),
                 std::string("tab\\there\\nnew\\rline\\\\slash \xF0\x9F\x98\x80\t\\\\x0001ff\t"
                             "2024-02-29 10:00:00\n"
                             "\t\\N\t\\N\n"
                             "\\N\t\\\\x\t\\N\n"));
    }

    void refusesTextWithNulBytes()
    {
        const std::vector<CopyValueKind> kinds {CopyValueKind::Text, CopyValueKind::Text};
        load::RowBatch batch(2);
        batch.appendCell(0, "fine");
        batch.appendCell(1, std::string("a\0b", 3));
        batch.finishRow();
        CopyBuffer buffer;
        buffer.reserve(4);
        QCOMPARE(encodeCopyRow(batch, 0, kinds.data(), buffer), size_t(1));
        QCOMPARE(buffer.size(), size_t(0));
    }

    /// A row too large to encode at once goes out in pieces of about the chunk size, and the
    /// pieces put together are exactly what encodeCopyRow writes; a NUL byte in a text field
    /// refuses the row before anything is sent.
    void encodesLargeRowsInPieces()
    {
        const std::vector<CopyValueKind> kinds {CopyValueKind::Text, CopyValueKind::Bytea,
                                                CopyValueKind::Text};
        std::string bytes(100'000, '\0');
        for (size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>(i * 7);
        std::string text;
        for (int i = 0; i < 20'000; ++i)
            text += "a\tb\\\n\xC3\xA9";
        load::RowBatch batch(3);
        batch.appendCell(0, text);
        batch.appendCell(1, bytes);
        batch.appendNull(2);
        batch.finishRow();
        CopyBuffer whole;
        QCOMPARE(encodeCopyRow(batch, 0, kinds.data(), whole), CopyRowEncoded);
        const std::string expected(whole.data(), whole.size());

        constexpr size_t Chunk = 4096;
        CopyBuffer buffer;
        std::string sent;
        size_t largestPiece = 0;
        const CopyFlush flush = [&](CopyBuffer &out) {
            sent.append(out.data(), out.size());
            largestPiece = std::max(largestPiece, out.size());
            out.clear();
            return true;
        };
        QCOMPARE(encodeLargeCopyRow(batch, 0, kinds.data(), buffer, Chunk, flush),
                 CopyRowEncoded);
        sent.append(buffer.data(), buffer.size());
        QCOMPARE(sent.size(), expected.size());
        QVERIFY(sent == expected);
        QVERIFY(largestPiece >= Chunk);
        QVERIFY(largestPiece <= 2 * Chunk + 4);

        // A failing send stops the row.
        buffer.clear();
        int calls = 0;
        const CopyFlush failing = [&](CopyBuffer &out) {
            out.clear();
            return ++calls < 3;
        };
        QCOMPARE(encodeLargeCopyRow(batch, 0, kinds.data(), buffer, Chunk, failing),
                 CopyRowFlushFailed);
        QCOMPARE(calls, 3);

        load::RowBatch nul(3);
        nul.appendCell(0, text);
        nul.appendCell(1, bytes);
        nul.appendCell(2, std::string("x\0y", 3));
        nul.finishRow();
        buffer.clear();
        sent.clear();
        QCOMPARE(encodeLargeCopyRow(nul, 0, kinds.data(), buffer, Chunk, flush), size_t(2));
        QVERIFY(sent.empty());
        QCOMPARE(buffer.size(), size_t(0));
    }

    void numbersPlaceholdersOutsideLiterals_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<int>("count");
        QTest::newRow("plain") << QByteArray("SELECT ?, ?") << QByteArray("SELECT $1, $2") << 2;
        QTest::newRow("string") << QByteArray("SELECT 'a?''b?', ?")
                                << QByteArray("SELECT 'a?''b?', $1") << 1;
        QTest::newRow("escape-string")
            << QByteArray("SELECT E'it\\'s?', ?") << QByteArray("SELECT E'it\\'s?', $1") << 1;
        QTest::newRow("identifier") << QByteArray("SELECT \"c?\"\"d\" FROM t WHERE x = ?")
                                    << QByteArray("SELECT \"c?\"\"d\" FROM t WHERE x = $1") << 1;
        QTest::newRow("comments") << QByteArray("SELECT ? -- why?\n, /* a /* nested? */ b? */ ?")
                                  << QByteArray("SELECT $1 -- why?\n, /* a /* nested? */ b? */ $2")
                                  << 2;
        QTest::newRow("dollar") << QByteArray("SELECT $$x?$$, $tag$ ? $tag$, ?")
                                << QByteArray("SELECT $$x?$$, $tag$ ? $tag$, $1") << 1;
    }

    void numbersPlaceholdersOutsideLiterals()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QByteArray, expected);
        QFETCH(int, count);
        size_t found = 0;
        QCOMPARE(QByteArray::fromStdString(numberPlaceholders(sql.toStdString(), &found)),
                 expected);
        QCOMPARE(found, size_t(count));
    }

    void mapsCanonicalTypesToLosslessNativeTypes()
    {
        const auto integer = [](int width, bool isUnsigned) {
            CanonicalType type = ofFamily(TypeFamily::Integer);
            type.byteWidth = width;
            type.isUnsigned = isUnsigned;
            return type;
        };
        QCOMPARE(nativeTypeFor(integer(1, true)), std::string("smallint"));
        QCOMPARE(nativeTypeFor(integer(2, false)), std::string("smallint"));
        QCOMPARE(nativeTypeFor(integer(2, true)), std::string("integer"));
        QCOMPARE(nativeTypeFor(integer(3, true)), std::string("integer"));
        QCOMPARE(nativeTypeFor(integer(4, false)), std::string("integer"));
        QCOMPARE(nativeTypeFor(integer(4, true)), std::string("bigint"));
        QCOMPARE(nativeTypeFor(integer(8, false)), std::string("bigint"));
        QCOMPARE(nativeTypeFor(integer(8, true)), std::string("numeric(20,0)"));
        CanonicalType decimal = ofFamily(TypeFamily::Decimal);
        QCOMPARE(nativeTypeFor(decimal), std::string("numeric"));
        decimal.precision = 10;
        decimal.scale = 0;
        QCOMPARE(nativeTypeFor(decimal), std::string("numeric(10)"));
        decimal.scale = 3;
        QCOMPARE(nativeTypeFor(decimal), std::string("numeric(10,3)"));
        CanonicalType text = ofFamily(TypeFamily::String);
        text.length = 20'000'000;
        QCOMPARE(nativeTypeFor(text), std::string("text"));
        text.length = 255;
        QCOMPARE(nativeTypeFor(text), std::string("varchar(255)"));
        text.isLob = true;
        QCOMPARE(nativeTypeFor(text), std::string("text"));
        CanonicalType fixed = ofFamily(TypeFamily::Char);
        fixed.length = 3;
        QCOMPARE(nativeTypeFor(fixed), std::string("char(3)"));
        CanonicalType time = ofFamily(TypeFamily::Time);
        QCOMPARE(nativeTypeFor(time), std::string("time"));
        time.fractionalDigits = 9;
        time.withTimeZone = true;
        QCOMPARE(nativeTypeFor(time), std::string("time(6) with time zone"));
        time.wideRange = true;
        QCOMPARE(nativeTypeFor(time), std::string("interval"));
        CanonicalType bits = ofFamily(TypeFamily::Bit);
        bits.length = 8;
        QCOMPARE(nativeTypeFor(bits), std::string("bit(8)"));
        bits.subtype = "varying";
        QCOMPARE(nativeTypeFor(bits), std::string("bit varying(8)"));
        CanonicalType array = ofFamily(TypeFamily::Array);
        array.element = std::make_shared<CanonicalType>(ofFamily(TypeFamily::Uuid));
        QCOMPARE(nativeTypeFor(array), std::string("uuid[]"));
        array.element = std::make_shared<CanonicalType>(ofFamily(TypeFamily::Composite));
        QCOMPARE(nativeTypeFor(array), std::string("text"));
        CanonicalType range = ofFamily(TypeFamily::Range);
        range.name = "tstzrange";
        QCOMPARE(nativeTypeFor(range), std::string("tstzrange"));
        range.name = "floatrange";
        QCOMPARE(nativeTypeFor(range), std::string("text"));
        QCOMPARE(nativeTypeFor(ofFamily(TypeFamily::Year)), std::string("smallint"));
        // money without a fixed scale: 19 integer digits for any lc_monetary, 4 decimals.
        QCOMPARE(nativeTypeFor(ofFamily(TypeFamily::Money)), std::string("numeric(23,4)"));
        QCOMPARE(nativeTypeFor(ofFamily(TypeFamily::Unknown)), std::string("text"));
    }

    void buildsBoundConditions()
    {
        std::vector<load::ColumnFilter> filters {
            {"name",
             {{load::FilterOperator::Eq, "x'y", {}, {}},
              {load::FilterOperator::Between, {}, "a", "b"}}},
            {"code", {{load::FilterOperator::Null, {}, {}, {}}}},
        };
        BoundCondition bound;
        std::string missing;
        QVERIFY(buildCondition(
            filters, load::KeyRange {"id", 5, 9},
            {{"name", "\"pg_catalog\".\"text\""}, {"code", "\"pg_catalog\".\"bpchar\""}},
            bindPlaceholder, &bound, &missing));
        const QByteArray expected
            = "(\"name\" = $1::\"pg_catalog\".\"text\" OR \"name\" BETWEEN "
              "$2::\"pg_catalog\".\"text\" AND $3::\"pg_catalog\".\"text\") AND "
              "(\"code\" IS NULL) AND \"id\" > $4::bigint AND \"id\" <= $5::bigint";
        QCOMPARE(QByteArray::fromStdString(bound.sql), expected);
        QCOMPARE(bound.values, (std::vector<std::string> {"x'y", "a", "b", "5", "9"}));
        QCOMPARE(settingPlaceholder(2, "bigint"),
                 std::string("(SELECT current_setting('ferry.p2')::bigint)"));
        BoundCondition none;
        QVERIFY(!buildCondition({{"nope", {{load::FilterOperator::Eq, "1", {}, {}}}}}, std::nullopt,
                                {}, bindPlaceholder, &none, &missing));
        QCOMPARE(missing, std::string("nope"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresCopyText)
#include "tst_postgres_copy_text.moc"
