// SPDX-License-Identifier: MIT
// The canonical -> native type mapping of each target dialect (engine/types/<dialect>_types.h),
// without a connection: every canonical family, with its edge cases. The expected names are the
// types of each dialect's documentation (PostgreSQL "Data Types", MySQL "Data Types", SQLite
// "Datatypes In SQLite") as the mapping rules in the headers choose them; for SQLite the
// affinity the declared type gets (datatype3 §3.1) is checked too, since that is what keeps
// the value.
#include "engine/types/mysql_types.h"
#include "engine/types/postgres_types.h"
#include "engine/types/sqlite_types.h"

#include <QSet>
#include <QTest>

using namespace ferry;

Q_DECLARE_METATYPE(ferry::CanonicalType)

namespace {

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

CanonicalType decimal(int precision, int scale)
{
    CanonicalType type = family(TypeFamily::Decimal);
    type.precision = precision;
    type.scale = scale;
    return type;
}

CanonicalType money(int precision, int scale)
{
    CanonicalType type = family(TypeFamily::Money);
    type.precision = precision;
    type.scale = scale;
    return type;
}

CanonicalType sized(TypeFamily value, int64_t length)
{
    CanonicalType type = family(value);
    type.length = length;
    return type;
}

CanonicalType lob(TypeFamily value)
{
    CanonicalType type = family(value);
    type.isLob = true;
    return type;
}

CanonicalType varyingBits(int64_t length)
{
    CanonicalType type = sized(TypeFamily::Bit, length);
    type.subtype = "varying";
    return type;
}

CanonicalType temporal(TypeFamily value, int digits, bool withTimeZone = false)
{
    CanonicalType type = family(value);
    type.fractionalDigits = digits;
    type.withTimeZone = withTimeZone;
    return type;
}

CanonicalType wideTime()
{
    CanonicalType type = temporal(TypeFamily::Time, 0);
    type.wideRange = true;
    return type;
}

CanonicalType jsonb()
{
    CanonicalType type = family(TypeFamily::Json);
    type.binaryJson = true;
    return type;
}

CanonicalType labelled(TypeFamily value, std::vector<std::string> labels)
{
    CanonicalType type = family(value);
    type.labels = std::move(labels);
    return type;
}

CanonicalType manyLabels(int count)
{
    std::vector<std::string> labels;
    for (int i = 0; i < count; ++i) {
        std::string label(1, 'l');
        label += std::to_string(i);
        labels.push_back(std::move(label));
    }
    return labelled(TypeFamily::Set, labels);
}

CanonicalType arrayOf(const CanonicalType &element)
{
    CanonicalType type = family(TypeFamily::Array);
    type.element = std::make_shared<const CanonicalType>(element);
    return type;
}

CanonicalType named(TypeFamily value, std::string name)
{
    CanonicalType type = family(value);
    type.name = std::move(name);
    return type;
}

void row(const char *name, const CanonicalType &type, const char *expected)
{
    QTest::newRow(name) << type << QString::fromUtf8(expected);
}

QString native(std::string text) { return QString::fromStdString(text); }

/// The families a data table covers (its rows' types).
QSet<int> families(const std::vector<CanonicalType> &types)
{
    QSet<int> found;
    for (const CanonicalType &type : types)
        found.insert(int(type.family));
    return found;
}

constexpr int FamilyCount = int(TypeFamily::RowId) + 1;

} // namespace

class TestNativeTypes : public QObject
{
    Q_OBJECT

private:
    std::vector<CanonicalType> m_seen;

    void add(const char *name, const CanonicalType &type, const char *expected)
    {
        m_seen.push_back(type);
        row(name, type, expected);
    }

    void columns()
    {
        QTest::addColumn<CanonicalType>("type");
        QTest::addColumn<QString>("expected");
        m_seen.clear();
    }

    void checkEveryFamily() { QCOMPARE(families(m_seen).size(), FamilyCount); }

private slots:
    void postgres_data()
    {
        columns();
        add("unknown", family(TypeFamily::Unknown), "text");
        add("boolean", family(TypeFamily::Boolean), "boolean");
        add("int1", integer(1), "smallint");
        add("int2", integer(2), "smallint");
        add("int2 unsigned", integer(2, true), "integer");
        add("int3", integer(3), "integer");
        add("int4", integer(4), "integer");
        add("int4 unsigned", integer(4, true), "bigint");
        add("int8", integer(8), "bigint");
        add("int8 unsigned", integer(8, true), "numeric(20,0)");
        add("decimal unconstrained", family(TypeFamily::Decimal), "numeric");
        add("decimal(10,0)", decimal(10, 0), "numeric(10)");
        add("decimal(12,3)", decimal(12, 3), "numeric(12,3)");
        add("decimal beyond 1000", decimal(1001, 2), "numeric");
        add("float4", floating(4), "real");
        add("float8", floating(8), "double precision");
        // PostgreSQL's money is a 64-bit count of cents (or of the lc_monetary currency's
        // minor units): 92233720368547758.07 needs 17 integer digits, more than
        // numeric(19,4) (the type before) holds.
        add("money", family(TypeFamily::Money), "numeric(23,4)");
        add("money(19,4)", money(19, 4), "numeric(19,4)");
        add("money(10,4)", money(10, 4), "numeric(10,4)");
        add("char(3)", sized(TypeFamily::Char, 3), "char(3)");
        add("char unbounded", family(TypeFamily::Char), "text");
        add("char too long", sized(TypeFamily::Char, 10'485'761), "text");
        add("varchar(255)", sized(TypeFamily::String, 255), "varchar(255)");
        add("varchar longest", sized(TypeFamily::String, 10'485'760), "varchar(10485760)");
        add("string lob", lob(TypeFamily::String), "text");
        add("binary(16)", sized(TypeFamily::Binary, 16), "bytea");
        add("varbinary lob", lob(TypeFamily::VarBinary), "bytea");
        add("bit(8)", sized(TypeFamily::Bit, 8), "bit(8)");
        add("bit varying(8)", varyingBits(8), "bit varying(8)");
        add("bit unbounded", family(TypeFamily::Bit), "bit varying");
        add("date", family(TypeFamily::Date), "date");
        add("time", family(TypeFamily::Time), "time");
        add("time(3)", temporal(TypeFamily::Time, 3), "time(3)");
        add("time(9) tz", temporal(TypeFamily::Time, 9, true), "time(6) with time zone");
        add("time beyond 24h", wideTime(), "interval");
        add("timestamp(6)", temporal(TypeFamily::Timestamp, 6), "timestamp(6)");
        add("timestamp tz", temporal(TypeFamily::Timestamp, -1, true), "timestamp with time zone");
        add("interval", family(TypeFamily::Interval), "interval");
        add("year", family(TypeFamily::Year), "smallint");
        add("uuid", family(TypeFamily::Uuid), "uuid");
        add("json", family(TypeFamily::Json), "json");
        add("jsonb", jsonb(), "jsonb");
        add("xml", family(TypeFamily::Xml), "xml");
        add("enum", labelled(TypeFamily::Enum, {"a", "b"}), "text");
        add("set", labelled(TypeFamily::Set, {"a", "b"}), "text");
        add("inet", family(TypeFamily::Inet), "inet");
        add("cidr", family(TypeFamily::Cidr), "cidr");
        add("macaddr", sized(TypeFamily::MacAddr, 6), "macaddr");
        add("macaddr8", sized(TypeFamily::MacAddr, 8), "macaddr8");
        add("geometry", family(TypeFamily::Geometry), "text");
        add("array of int4", arrayOf(integer(4)), "integer[]");
        add("array of arrays", arrayOf(arrayOf(integer(4))), "text");
        add("range", named(TypeFamily::Range, "tstzrange"), "tstzrange");
        add("range of its own", named(TypeFamily::Range, "floatrange"), "text");
        add("composite", named(TypeFamily::Composite, "address"), "text");
        add("row id", family(TypeFamily::RowId), "text");
        checkEveryFamily();
    }

    void postgres()
    {
        QFETCH(CanonicalType, type);
        QFETCH(QString, expected);
        QCOMPARE(native(postgres::nativeTypeFor(type)), expected);
    }

    void mysql_data()
    {
        columns();
        add("unknown", family(TypeFamily::Unknown), "longtext");
        add("boolean", family(TypeFamily::Boolean), "tinyint(1)");
        add("int1", integer(1), "tinyint");
        add("int1 unsigned", integer(1, true), "tinyint unsigned");
        add("int2", integer(2), "smallint");
        add("int3", integer(3), "mediumint");
        add("int4", integer(4), "int");
        add("int4 unsigned", integer(4, true), "int unsigned");
        add("int8", integer(8), "bigint");
        add("int8 unsigned", integer(8, true), "bigint unsigned");
        add("decimal unconstrained", family(TypeFamily::Decimal), "decimal(65,30)");
        add("decimal(12,3)", decimal(12, 3), "decimal(12,3)");
        add("decimal(10) without scale", decimal(10, -1), "decimal(10,0)");
        add("decimal(65,30)", decimal(65, 30), "decimal(65,30)");
        add("decimal precision too big", decimal(70, 2), "varchar(72)");
        add("decimal scale too big", decimal(40, 35), "varchar(42)");
        add("float4", floating(4), "float");
        add("float8", floating(8), "double");
        add("money", family(TypeFamily::Money), "decimal(23,4)");
        add("money(19,4)", money(19, 4), "decimal(19,4)");
        add("char(3)", sized(TypeFamily::Char, 3), "char(3)");
        add("char(300)", sized(TypeFamily::Char, 300), "varchar(300)");
        add("char unbounded", family(TypeFamily::Char), "longtext");
        add("varchar(16383)", sized(TypeFamily::String, 16383), "varchar(16383)");
        add("varchar(16384)", sized(TypeFamily::String, 16384), "longtext");
        add("string lob", lob(TypeFamily::String), "longtext");
        add("binary(16)", sized(TypeFamily::Binary, 16), "binary(16)");
        add("binary(300)", sized(TypeFamily::Binary, 300), "varbinary(300)");
        add("varbinary(100)", sized(TypeFamily::VarBinary, 100), "varbinary(100)");
        add("varbinary(20000)", sized(TypeFamily::VarBinary, 20000), "longblob");
        add("varbinary lob", lob(TypeFamily::VarBinary), "longblob");
        add("bit(1)", sized(TypeFamily::Bit, 1), "bit(1)");
        add("bit(64)", sized(TypeFamily::Bit, 64), "bit(64)");
        add("bit(65)", sized(TypeFamily::Bit, 65), "varchar(65)");
        add("bit varying(8)", varyingBits(8), "varchar(8)");
        add("bit unbounded", family(TypeFamily::Bit), "longtext");
        add("date", family(TypeFamily::Date), "date");
        add("time default", family(TypeFamily::Time), "time(6)");
        add("time(0)", temporal(TypeFamily::Time, 0), "time");
        add("time(9)", temporal(TypeFamily::Time, 9), "time(6)");
        add("time tz", temporal(TypeFamily::Time, 3, true), "varchar(32)");
        add("timestamp(0)", temporal(TypeFamily::Timestamp, 0), "datetime");
        add("timestamp(3) tz", temporal(TypeFamily::Timestamp, 3, true), "datetime(3)");
        add("timestamp default", family(TypeFamily::Timestamp), "datetime(6)");
        add("interval", family(TypeFamily::Interval), "varchar(64)");
        add("year", family(TypeFamily::Year), "year");
        add("uuid", family(TypeFamily::Uuid), "char(36)");
        add("json", family(TypeFamily::Json), "json");
        add("xml", family(TypeFamily::Xml), "longtext");
        add("enum", labelled(TypeFamily::Enum, {"a", "it's", "back\\slash"}),
            "enum('a','it''s','back\\\\slash')");
        add("enum without labels", family(TypeFamily::Enum), "varchar(255)");
        add("set", labelled(TypeFamily::Set, {"x", "y"}), "set('x','y')");
        add("set of 65 labels", manyLabels(65), "varchar(4096)");
        add("inet", family(TypeFamily::Inet), "varchar(43)");
        add("cidr", family(TypeFamily::Cidr), "varchar(43)");
        add("macaddr", sized(TypeFamily::MacAddr, 6), "varchar(23)");
        add("geometry", family(TypeFamily::Geometry), "longtext");
        add("array", arrayOf(integer(4)), "longtext");
        add("range", named(TypeFamily::Range, "int4range"), "longtext");
        add("composite", named(TypeFamily::Composite, "address"), "longtext");
        add("row id", family(TypeFamily::RowId), "longtext");
        checkEveryFamily();
    }

    void mysql()
    {
        QFETCH(CanonicalType, type);
        QFETCH(QString, expected);
        QCOMPARE(native(mysql::nativeTypeFor(type)), expected);
    }

    void sqlite_data()
    {
        columns();
        add("unknown", family(TypeFamily::Unknown), "TEXT");
        add("boolean", family(TypeFamily::Boolean), "BOOLEAN");
        add("int1", integer(1), "TINYINT");
        add("int2", integer(2), "SMALLINT");
        add("int3", integer(3), "MEDIUMINT");
        add("int4", integer(4), "INT");
        add("int4 unsigned", integer(4, true), "INT UNSIGNED");
        add("int8", integer(8), "BIGINT");
        add("int8 unsigned", integer(8, true), "DECIMAL_TEXT(20,0)");
        add("decimal unconstrained", family(TypeFamily::Decimal), "DECIMAL_TEXT");
        add("decimal(15,2)", decimal(15, 2), "DECIMAL(15,2)");
        add("decimal(16,2)", decimal(16, 2), "DECIMAL_TEXT(16,2)");
        add("decimal(10) without scale", decimal(10, -1), "DECIMAL(10,0)");
        add("float4", floating(4), "FLOAT");
        add("float8", floating(8), "REAL");
        add("money", family(TypeFamily::Money), "DECIMAL_TEXT");
        add("money(19,4)", money(19, 4), "DECIMAL_TEXT(19,4)");
        add("char(3)", sized(TypeFamily::Char, 3), "CHAR(3)");
        add("char unbounded", family(TypeFamily::Char), "TEXT");
        add("varchar(20)", sized(TypeFamily::String, 20), "VARCHAR(20)");
        add("string lob", lob(TypeFamily::String), "TEXT");
        add("binary(16)", sized(TypeFamily::Binary, 16), "BINARY(16)");
        add("binary unbounded", family(TypeFamily::Binary), "BLOB");
        add("varbinary(8)", sized(TypeFamily::VarBinary, 8), "VARBINARY(8)");
        add("varbinary lob", lob(TypeFamily::VarBinary), "BLOB");
        add("bit(8)", sized(TypeFamily::Bit, 8), "BIT_TEXT(8)");
        add("bit unbounded", family(TypeFamily::Bit), "BIT_TEXT");
        add("date", family(TypeFamily::Date), "DATE");
        add("time", family(TypeFamily::Time), "TIME");
        add("time(3) tz", temporal(TypeFamily::Time, 3, true), "TIMETZ(3)");
        add("timestamp(6)", temporal(TypeFamily::Timestamp, 6), "DATETIME(6)");
        add("timestamp tz", temporal(TypeFamily::Timestamp, -1, true), "TIMESTAMPTZ");
        add("interval", family(TypeFamily::Interval), "INTERVAL_TEXT");
        add("year", family(TypeFamily::Year), "YEAR_TEXT");
        add("uuid", family(TypeFamily::Uuid), "UUID_TEXT");
        add("json", family(TypeFamily::Json), "JSON_TEXT");
        add("jsonb", jsonb(), "JSONB_TEXT");
        add("xml", family(TypeFamily::Xml), "XML_TEXT");
        add("enum", labelled(TypeFamily::Enum, {"a"}), "TEXT");
        add("set", labelled(TypeFamily::Set, {"a"}), "TEXT");
        add("inet", family(TypeFamily::Inet), "INET_TEXT");
        add("cidr", family(TypeFamily::Cidr), "CIDR_TEXT");
        add("macaddr", sized(TypeFamily::MacAddr, 6), "MACADDR_TEXT");
        add("macaddr8", sized(TypeFamily::MacAddr, 8), "MACADDR_TEXT(8)");
        add("geometry", family(TypeFamily::Geometry), "TEXT");
        add("array", arrayOf(integer(4)), "TEXT");
        add("range", named(TypeFamily::Range, "int4range"), "TEXT");
        add("composite", named(TypeFamily::Composite, "address"), "TEXT");
        add("row id", family(TypeFamily::RowId), "TEXT");
        checkEveryFamily();
    }

    void sqlite()
    {
        QFETCH(CanonicalType, type);
        QFETCH(QString, expected);
        QCOMPARE(native(sqlite::nativeTypeFor(type)), expected);
    }

    /// What keeps a value under SQLite's type affinity (datatype3 §3.1): text that could look
    /// like a number is declared with TEXT affinity, exact integers with INTEGER, decimals of
    /// at most 15 digits (which survive REAL) with NUMERIC.
    void sqliteAffinities_data()
    {
        QTest::addColumn<CanonicalType>("type");
        QTest::addColumn<QString>("affinity");
        QTest::newRow("int8") << integer(8) << QStringLiteral("INTEGER");
        QTest::newRow("int8 unsigned") << integer(8, true) << QStringLiteral("TEXT");
        QTest::newRow("decimal(15,2)") << decimal(15, 2) << QStringLiteral("NUMERIC");
        QTest::newRow("decimal(16,2)") << decimal(16, 2) << QStringLiteral("TEXT");
        QTest::newRow("money") << family(TypeFamily::Money) << QStringLiteral("TEXT");
        QTest::newRow("float8") << floating(8) << QStringLiteral("REAL");
        QTest::newRow("varbinary") << lob(TypeFamily::VarBinary) << QStringLiteral("BLOB");
        QTest::newRow("json") << family(TypeFamily::Json) << QStringLiteral("TEXT");
        QTest::newRow("bit(8)") << sized(TypeFamily::Bit, 8) << QStringLiteral("TEXT");
        QTest::newRow("year") << family(TypeFamily::Year) << QStringLiteral("TEXT");
        QTest::newRow("uuid") << family(TypeFamily::Uuid) << QStringLiteral("TEXT");
        QTest::newRow("date") << family(TypeFamily::Date) << QStringLiteral("NUMERIC");
    }

    void sqliteAffinities()
    {
        QFETCH(CanonicalType, type);
        QFETCH(QString, affinity);
        QCOMPARE(QString::fromLatin1(
                     sqlite::affinityName(sqlite::affinityOf(sqlite::nativeTypeFor(type)))),
                 affinity);
    }
};

QTEST_GUILESS_MAIN(TestNativeTypes)
#include "tst_native_types.moc"
