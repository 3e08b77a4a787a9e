// SPDX-License-Identifier: MIT
// PostgreSQL native -> canonical type mapping, against hand-written expectations. Type oids of
// built-ins are PostgreSQL's fixed ones; typmods are the values PostgreSQL 15 stores in
// pg_attribute.atttypmod for the declared types (e.g. varchar(40) -> 44).
#include "engine/types/postgres_types.h"

#include <QTest>

using namespace ferry;
using namespace ferry::postgres;

Q_DECLARE_METATYPE(ferry::CanonicalType)

namespace {

// Made-up oids for user-defined types.
constexpr uint32_t MoodOid = 90001;
constexpr uint32_t MoodArrayOid = 90002;
constexpr uint32_t PositiveIntOid = 90003;
constexpr uint32_t FloatRangeOid = 90004;
constexpr uint32_t AddressOid = 90005;
constexpr uint32_t ShortTextOid = 90006;
constexpr uint32_t CitextOid = 90007;
constexpr uint32_t MoodDomainOid = 90008;
constexpr uint32_t FloatMultirangeOid = 90009;
constexpr uint32_t NestedDomainOid = 90010;

PgTypeInfo builtin(uint32_t oid, const char *name, char category = 'U')
{
    PgTypeInfo info;
    info.oid = oid;
    info.schema = "pg_catalog";
    info.name = name;
    info.kind = 'b';
    info.category = category;
    return info;
}

PgTypeInfo arrayOf(uint32_t oid, const char *name, uint32_t element,
                   const char *schema = "pg_catalog")
{
    PgTypeInfo info;
    info.oid = oid;
    info.schema = schema;
    info.name = name;
    info.kind = 'b';
    info.category = 'A';
    info.element = element;
    return info;
}

PgTypeRegistry registry()
{
    PgTypeRegistry types;
    const std::pair<uint32_t, const char *> builtins[] = {
        {21, "int2"},     {23, "int4"},        {20, "int8"},          {1700, "numeric"},
        {700, "float4"},  {701, "float8"},     {790, "money"},        {16, "bool"},
        {1042, "bpchar"}, {18, "char"},        {1043, "varchar"},     {25, "text"},
        {19, "name"},     {17, "bytea"},       {1082, "date"},        {1083, "time"},
        {1266, "timetz"}, {1114, "timestamp"}, {1184, "timestamptz"}, {1186, "interval"},
        {2950, "uuid"},   {114, "json"},       {3802, "jsonb"},       {142, "xml"},
        {869, "inet"},    {650, "cidr"},       {829, "macaddr"},      {774, "macaddr8"},
        {1560, "bit"},    {1562, "varbit"},    {600, "point"},        {604, "polygon"},
        {26, "oid"},      {27, "tid"},         {28, "xid"},           {2205, "regclass"},
        {3220, "pg_lsn"}, {3614, "tsvector"},
    };
    for (const auto &[oid, name] : builtins)
        types.add(builtin(oid, name));
    types.add(arrayOf(1007, "_int4", 23));
    types.add(arrayOf(1009, "_text", 25));
    types.add(arrayOf(1015, "_varchar", 1043));
    types.add(arrayOf(1115, "_timestamp", 1114));
    types.add(arrayOf(22, "int2vector", 21));

    PgTypeInfo mood;
    mood.oid = MoodOid;
    mood.schema = "app";
    mood.name = "mood";
    mood.kind = 'e';
    mood.category = 'E';
    mood.labels = {"sad", "ok", "happy"};
    types.add(mood);
    types.add(arrayOf(MoodArrayOid, "_mood", MoodOid, "app"));

    PgTypeInfo positive;
    positive.oid = PositiveIntOid;
    positive.schema = "app";
    positive.name = "positive_int";
    positive.kind = 'd';
    positive.category = 'N';
    positive.baseType = 23;
    types.add(positive);

    PgTypeInfo shortText;
    shortText.oid = ShortTextOid;
    shortText.schema = "app";
    shortText.name = "short_text";
    shortText.kind = 'd';
    shortText.category = 'S';
    shortText.baseType = 1043;
    shortText.baseTypmod = 24; // varchar(20)
    types.add(shortText);

    PgTypeInfo moodDomain;
    moodDomain.oid = MoodDomainOid;
    moodDomain.schema = "app";
    moodDomain.name = "happy_mood";
    moodDomain.kind = 'd';
    moodDomain.category = 'E';
    moodDomain.baseType = MoodOid;
    types.add(moodDomain);

    PgTypeInfo nested;
    nested.oid = NestedDomainOid;
    nested.schema = "app";
    nested.name = "tiny_text";
    nested.kind = 'd';
    nested.category = 'S';
    nested.baseType = ShortTextOid;
    types.add(nested);

    PgTypeInfo range;
    range.oid = FloatRangeOid;
    range.schema = "app";
    range.name = "float_range";
    range.kind = 'r';
    range.category = 'R';
    range.rangeSubtype = 701;
    types.add(range);

    PgTypeInfo int4range = builtin(3904, "int4range", 'R');
    int4range.kind = 'r';
    int4range.rangeSubtype = 23;
    types.add(int4range);

    PgTypeInfo multirange;
    multirange.oid = FloatMultirangeOid;
    multirange.schema = "app";
    multirange.name = "float_multirange";
    multirange.kind = 'm';
    multirange.category = 'R';
    types.add(multirange);

    PgTypeInfo address;
    address.oid = AddressOid;
    address.schema = "app";
    address.name = "address";
    address.kind = 'c';
    address.category = 'C';
    types.add(address);

    PgTypeInfo citext;
    citext.oid = CitextOid;
    citext.schema = "public";
    citext.name = "citext";
    citext.kind = 'b';
    citext.category = 'S';
    types.add(citext);

    PgTypeInfo record = builtin(2249, "record", 'P');
    record.kind = 'p';
    types.add(record);
    return types;
}

CanonicalType type(TypeFamily family)
{
    CanonicalType result;
    result.family = family;
    return result;
}

CanonicalType integer(int width)
{
    CanonicalType result = type(TypeFamily::Integer);
    result.byteWidth = width;
    return result;
}

CanonicalType sized(TypeFamily family, int64_t length, bool lob = false)
{
    CanonicalType result = type(family);
    result.length = length;
    result.isLob = lob;
    return result;
}

CanonicalType decimal(int precision, int scale)
{
    CanonicalType result = type(TypeFamily::Decimal);
    result.precision = precision;
    result.scale = scale;
    return result;
}

CanonicalType temporal(TypeFamily family, int digits, bool tz, const char *subtype = "")
{
    CanonicalType result = type(family);
    result.fractionalDigits = digits;
    result.withTimeZone = tz;
    result.subtype = subtype;
    return result;
}

CanonicalType named(TypeFamily family, const char *name)
{
    CanonicalType result = type(family);
    result.name = name;
    return result;
}

CanonicalType withElement(CanonicalType outer, const CanonicalType &element)
{
    outer.element = std::make_shared<const CanonicalType>(element);
    return outer;
}

CanonicalType moodEnum()
{
    CanonicalType result = named(TypeFamily::Enum, "mood");
    result.labels = {"sad", "ok", "happy"};
    return result;
}

} // namespace

class TestPostgresTypes : public QObject
{
    Q_OBJECT

private slots:
    void mapsEveryFamily_data()
    {
        QTest::addColumn<uint>("oid");
        QTest::addColumn<int>("typmod");
        QTest::addColumn<CanonicalType>("expected");
        QTest::addColumn<QString>("expectedText");

        auto row = [](const char *tag, uint oid, int typmod, const CanonicalType &expected,
                      const char *text) {
            QTest::newRow(tag) << oid << typmod << expected << QString::fromLatin1(text);
        };
        row("smallint", 21, -1, integer(2), "integer(2)");
        row("integer", 23, -1, integer(4), "integer(4)");
        row("bigint", 20, -1, integer(8), "integer(8)");
        row("numeric(12,3)", 1700, 786439, decimal(12, 3), "decimal(12,3)");
        row("numeric(10,2)", 1700, 655366, decimal(10, 2), "decimal(10,2)");
        // PostgreSQL 15's negative scale rounds to hundreds: numeric(5,-2) holds 9999900,
        // seven digits. (Read as decimal(5,-2) before, which targets made numeric(5).)
        row("numeric(5,-2)", 1700, 329730, decimal(7, 0), "decimal(7,0)");
        // A scale above the precision: numeric(2,5) holds at most 0.00099.
        row("numeric(2,5)", 1700, (2 << 16 | 5) + 4, decimal(5, 5), "decimal(5,5)");
        row("numeric", 1700, -1, decimal(-1, -1), "decimal");
        CanonicalType real = type(TypeFamily::Float);
        real.byteWidth = 4;
        row("real", 700, -1, real, "float(4)");
        CanonicalType dbl = type(TypeFamily::Float);
        dbl.byteWidth = 8;
        row("double precision", 701, -1, dbl, "float(8)");
        row("money", 790, -1, type(TypeFamily::Money), "money");
        row("boolean", 16, -1, type(TypeFamily::Boolean), "boolean");
        row("char(3)", 1042, 7, sized(TypeFamily::Char, 3), "char(3)");
        row("char", 1042, 5, sized(TypeFamily::Char, 1), "char(1)");
        row("\"char\"", 18, -1, sized(TypeFamily::Char, 1), "char(1)");
        row("varchar(40)", 1043, 44, sized(TypeFamily::String, 40), "string(40)");
        row("varchar", 1043, -1, sized(TypeFamily::String, -1), "string");
        row("text", 25, -1, sized(TypeFamily::String, -1, true), "string(lob)");
        row("name", 19, -1, sized(TypeFamily::String, 63), "string(63)");
        row("bytea", 17, -1, sized(TypeFamily::VarBinary, -1, true), "varbinary(lob)");
        row("date", 1082, -1, type(TypeFamily::Date), "date");
        row("time(3)", 1083, 3, temporal(TypeFamily::Time, 3, false), "time(3)");
        row("time", 1083, -1, temporal(TypeFamily::Time, 6, false), "time(6)");
        row("timetz", 1266, -1, temporal(TypeFamily::Time, 6, true), "time(6,tz)");
        row("timestamp(0)", 1114, 0, temporal(TypeFamily::Timestamp, 0, false), "timestamp(0)");
        row("timestamp", 1114, -1, temporal(TypeFamily::Timestamp, 6, false), "timestamp(6)");
        row("timestamptz(3)", 1184, 3, temporal(TypeFamily::Timestamp, 3, true), "timestamp(3,tz)");
        row("timestamptz", 1184, -1, temporal(TypeFamily::Timestamp, 6, true), "timestamp(6,tz)");
        row("interval", 1186, -1, temporal(TypeFamily::Interval, 6, false), "interval(6)");
        row("interval(4)", 1186, 2147418116, temporal(TypeFamily::Interval, 4, false),
            "interval(4)");
        row("interval day to second(2)", 1186, 470286338,
            temporal(TypeFamily::Interval, 2, false, "day to second"), "interval(2,day to second)");
        row("interval year to month", 1186, 458751,
            temporal(TypeFamily::Interval, 6, false, "year to month"), "interval(6,year to month)");
        row("uuid", 2950, -1, type(TypeFamily::Uuid), "uuid");
        row("json", 114, -1, type(TypeFamily::Json), "json");
        CanonicalType jsonb = type(TypeFamily::Json);
        jsonb.binaryJson = true;
        row("jsonb", 3802, -1, jsonb, "json(binary)");
        row("xml", 142, -1, type(TypeFamily::Xml), "xml");
        row("inet", 869, -1, type(TypeFamily::Inet), "inet");
        row("cidr", 650, -1, type(TypeFamily::Cidr), "cidr");
        row("macaddr", 829, -1, sized(TypeFamily::MacAddr, 6), "macaddr(6)");
        row("macaddr8", 774, -1, sized(TypeFamily::MacAddr, 8), "macaddr(8)");
        row("bit(8)", 1560, 8, sized(TypeFamily::Bit, 8), "bit(8)");
        CanonicalType varbit16 = sized(TypeFamily::Bit, 16);
        varbit16.subtype = "varying";
        row("bit varying(16)", 1562, 16, varbit16, "bit(16)");
        CanonicalType varbit = sized(TypeFamily::Bit, -1);
        varbit.subtype = "varying";
        row("bit varying", 1562, -1, varbit, "bit");
        CanonicalType point = type(TypeFamily::Geometry);
        point.subtype = "point";
        row("point", 600, -1, point, "geometry(point)");
        CanonicalType polygon = type(TypeFamily::Geometry);
        polygon.subtype = "polygon";
        row("polygon", 604, -1, polygon, "geometry(polygon)");
        row("integer[]", 1007, -1, withElement(type(TypeFamily::Array), integer(4)),
            "array<integer(4)>");
        row("text[][]", 1009, -1,
            withElement(type(TypeFamily::Array), sized(TypeFamily::String, -1, true)),
            "array<string(lob)>");
        row("varchar(10)[]", 1015, 14,
            withElement(type(TypeFamily::Array), sized(TypeFamily::String, 10)),
            "array<string(10)>");
        row("timestamp(3)[]", 1115, 3,
            withElement(type(TypeFamily::Array), temporal(TypeFamily::Timestamp, 3, false)),
            "array<timestamp(3)>");
        row("int2vector", 22, -1, withElement(type(TypeFamily::Array), integer(2)),
            "array<integer(2)>");
        row("enum", MoodOid, -1, moodEnum(), "enum(sad,ok,happy)");
        row("enum[]", MoodArrayOid, -1, withElement(type(TypeFamily::Array), moodEnum()),
            "array<enum(sad,ok,happy)>");
        CanonicalType positive = integer(4);
        positive.name = "positive_int";
        row("domain over integer", PositiveIntOid, -1, positive, "integer(4)");
        CanonicalType shortText = sized(TypeFamily::String, 20);
        shortText.name = "short_text";
        row("domain over varchar(20)", ShortTextOid, -1, shortText, "string(20)");
        CanonicalType tinyText = sized(TypeFamily::String, 20);
        tinyText.name = "tiny_text";
        row("domain over domain", NestedDomainOid, -1, tinyText, "string(20)");
        CanonicalType happyMood = moodEnum();
        happyMood.name = "happy_mood";
        row("domain over enum", MoodDomainOid, -1, happyMood, "enum(sad,ok,happy)");
        row("range of float8", FloatRangeOid, -1,
            withElement(named(TypeFamily::Range, "float_range"), dbl), "range<float(8)>");
        row("int4range", 3904, -1, withElement(named(TypeFamily::Range, "int4range"), integer(4)),
            "range<integer(4)>");
        row("composite", AddressOid, -1, named(TypeFamily::Composite, "address"), "composite");
        row("oid", 26, -1, named(TypeFamily::RowId, "oid"), "rowid");
        row("tid", 27, -1, named(TypeFamily::RowId, "tid"), "rowid");
        row("xid", 28, -1, named(TypeFamily::RowId, "xid"), "rowid");
        row("regclass", 2205, -1, named(TypeFamily::RowId, "regclass"), "rowid");
        CanonicalType citext = named(TypeFamily::String, "citext");
        citext.isLob = true;
        row("extension string type", CitextOid, -1, citext, "string(lob)");
        row("pg_lsn", 3220, -1, named(TypeFamily::Unknown, "pg_lsn"), "unknown");
        row("tsvector", 3614, -1, named(TypeFamily::Unknown, "tsvector"), "unknown");
        row("multirange", FloatMultirangeOid, -1, named(TypeFamily::Unknown, "float_multirange"),
            "unknown");
        row("pseudo type", 2249, -1, named(TypeFamily::Unknown, "record"), "unknown");
        row("unknown oid", 4242424, -1, type(TypeFamily::Unknown), "unknown");
    }

    void mapsEveryFamily()
    {
        QFETCH(uint, oid);
        QFETCH(int, typmod);
        QFETCH(CanonicalType, expected);
        QFETCH(QString, expectedText);
        const PgTypeRegistry types = registry();
        const CanonicalType actual = types.canonicalType(oid, typmod);
        QCOMPARE(QString::fromStdString(actual.toString()), expectedText);
        QVERIFY2(actual == expected,
                 qPrintable(QStringLiteral("name '%1' subtype '%2' lob %3 digits %4")
                                .arg(QString::fromStdString(actual.name),
                                     QString::fromStdString(actual.subtype))
                                .arg(actual.isLob)
                                .arg(actual.fractionalDigits)));
    }

    void decodesTypmods()
    {
        QCOMPARE(characterLength(44), int64_t(40));
        QCOMPARE(characterLength(-1), int64_t(-1));
        QCOMPARE(numericPrecision(786439), 12);
        QCOMPARE(numericScale(786439), 3);
        QCOMPARE(numericPrecision(-1), -1);
        QCOMPARE(numericScale(329730), -2);
        QCOMPARE(timePrecision(0), 0);
        QCOMPARE(timePrecision(-1), -1);
        QCOMPARE(intervalPrecision(2147418116), 4);
        QCOMPARE(intervalPrecision(458751), -1);
        QCOMPARE(intervalFields(470286338), std::string("day to second"));
        QCOMPARE(intervalFields(458751), std::string("year to month"));
        QCOMPARE(intervalFields(2147418116), std::string());
        // interval hour (range bit 10) with full precision; minute to second(0)
        QCOMPARE(intervalFields((1024 << 16) | 0xFFFF), std::string("hour"));
        QCOMPARE(intervalFields(((2048 | 4096) << 16) | 0), std::string("minute to second"));
        QCOMPARE(intervalPrecision(((2048 | 4096) << 16) | 0), 0);
    }

    void builtinNamesMapWithoutRegistry()
    {
        QCOMPARE(builtinCanonicalType("int8", -1), integer(8));
        QCOMPARE(builtinCanonicalType("varchar", 259).toString(), std::string("string(255)"));
        QCOMPARE(builtinCanonicalType("tsquery", -1), named(TypeFamily::Unknown, "tsquery"));
    }

    void survivesCyclicDomains()
    {
        PgTypeRegistry types;
        for (uint32_t oid : {1u, 2u}) {
            PgTypeInfo domain;
            domain.oid = oid;
            domain.name = std::string("domain") + char('0' + oid);
            domain.kind = 'd';
            domain.baseType = 3 - oid;
            types.add(std::move(domain));
        }
        QCOMPARE(types.canonicalType(1, -1).family, TypeFamily::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestPostgresTypes)
#include "tst_postgres_types.moc"
