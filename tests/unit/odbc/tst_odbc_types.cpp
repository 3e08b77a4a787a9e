// SPDX-License-Identifier: MIT
// ODBC column descriptions -> canonical types, against hand-written expectations. The inputs
// are what the three drivers Ferry is tested with really report in SQLColumns (psqlODBC 13,
// MariaDB Connector/ODBC 3.1, SQLite ODBC 0.9998) plus the standard codes ODBC defines.
#include "engine/types/odbc_types.h"

#include <QTest>

#include <sql.h>
#include <sqlext.h>

using namespace ferry;
using ferry::odbc::OdbcTypeInfo;

Q_DECLARE_METATYPE(ferry::odbc::OdbcTypeInfo)

namespace {

OdbcTypeInfo info(int code, const char *name, std::optional<int64_t> size = std::nullopt,
                  std::optional<int> digits = std::nullopt, std::optional<int> radix = std::nullopt)
{
    OdbcTypeInfo result;
    result.dataType = code;
    result.typeName = name;
    result.columnSize = size;
    result.decimalDigits = digits;
    result.precisionRadix = radix;
    return result;
}

OdbcTypeInfo withText(OdbcTypeInfo base, const char *nativeText)
{
    base.nativeText = nativeText;
    return base;
}

OdbcTypeInfo unsignedInfo(OdbcTypeInfo base)
{
    base.isUnsigned = true;
    return base;
}

} // namespace

class TestOdbcTypes : public QObject
{
    Q_OBJECT

private slots:
    void mapsStandardCodes_data()
    {
        QTest::addColumn<OdbcTypeInfo>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("bit") << info(SQL_BIT, "bit", 1) << "boolean";
        QTest::newRow("bit(5) as SQL_BIT") << info(SQL_BIT, "bitstring", 5) << "bit(5)";
        QTest::newRow("tinyint") << info(SQL_TINYINT, "TINYINT", 3, 0, 10) << "integer(1)";
        QTest::newRow("smallint") << info(SQL_SMALLINT, "int2", 5, 0, 10) << "integer(2)";
        QTest::newRow("integer") << info(SQL_INTEGER, "int4", 10, 0, 10) << "integer(4)";
        QTest::newRow("bigint") << info(SQL_BIGINT, "int8", 19, 0, 10) << "integer(8)";
        QTest::newRow("int unsigned by name")
            << info(SQL_INTEGER, "INT UNSIGNED", 10, 0, 10) << "integer(4,unsigned)";
        QTest::newRow("bigint unsigned by name")
            << info(SQL_BIGINT, "BIGINT UNSIGNED", 20, 0, 10) << "integer(8,unsigned)";
        QTest::newRow("smallint unsigned by attribute")
            << unsignedInfo(info(SQL_SMALLINT, "smallint", 5)) << "integer(2,unsigned)";
        QTest::newRow("decimal(12,3)")
            << info(SQL_DECIMAL, "DECIMAL", 12, 3, 10) << "decimal(12,3)";
        QTest::newRow("numeric(10) no digits")
            << info(SQL_NUMERIC, "numeric", 10) << "decimal(10,0)";
        QTest::newRow("numeric unconstrained") << info(SQL_NUMERIC, "numeric") << "decimal";
        QTest::newRow("real") << info(SQL_REAL, "float4", 9, 0, 10) << "float(4)";
        QTest::newRow("double") << info(SQL_DOUBLE, "DOUBLE", 15, std::nullopt, 10) << "float(8)";
        QTest::newRow("float8 reported as SQL_FLOAT(17 digits)")
            << info(SQL_FLOAT, "float8", 17, 0, 10) << "float(8)";
        QTest::newRow("float(24 bits)") << info(SQL_FLOAT, "float", 24, 0, 2) << "float(4)";
        QTest::newRow("float(53 bits)") << info(SQL_FLOAT, "float", 53, 0, 2) << "float(8)";
        QTest::newRow("float without size") << info(SQL_FLOAT, "FLOAT") << "float(8)";
        QTest::newRow("char(5)") << info(SQL_CHAR, "bpchar", 5) << "char(5)";
        QTest::newRow("wchar(5)") << info(SQL_WCHAR, "CHAR", 5) << "char(5)";
        QTest::newRow("varchar(40)") << info(SQL_VARCHAR, "varchar", 40) << "string(40)";
        QTest::newRow("wvarchar(40)") << info(SQL_WVARCHAR, "VARCHAR", 40) << "string(40)";
        QTest::newRow("varchar size 0 is unbounded") << info(SQL_VARCHAR, "", 0) << "string";
        QTest::newRow("longvarchar") << info(SQL_LONGVARCHAR, "memo", 8190) << "string(lob)";
        QTest::newRow("wlongvarchar")
            << info(SQL_WLONGVARCHAR, "NCLOB", 1073741823) << "string(lob)";
        QTest::newRow("binary(4)") << info(SQL_BINARY, "BINARY", 4) << "binary(4)";
        QTest::newRow("varbinary(10)") << info(SQL_VARBINARY, "VARBINARY", 10) << "varbinary(10)";
        QTest::newRow("longvarbinary")
            << info(SQL_LONGVARBINARY, "image data", 2147483647) << "varbinary(lob)";
        QTest::newRow("date") << info(SQL_TYPE_DATE, "date", 10) << "date";
        QTest::newRow("odbc2 date") << info(SQL_DATE, "date", 10) << "date";
        QTest::newRow("time(3)") << info(SQL_TYPE_TIME, "time", 8, 3) << "time(3)";
        QTest::newRow("time, digits unknown") << info(SQL_TYPE_TIME, "TIME", 8) << "time";
        QTest::newRow("timestamp(6)")
            << info(SQL_TYPE_TIMESTAMP, "timestamp", 26, 6) << "timestamp(6)";
        QTest::newRow("timestamp(0)")
            << info(SQL_TYPE_TIMESTAMP, "datetime", 19, 0) << "timestamp(0)";
        QTest::newRow("timestamp digits out of range")
            << info(SQL_TYPE_TIMESTAMP, "TIMESTAMP", 3, 10) << "timestamp";
        QTest::newRow("guid") << info(SQL_GUID, "uniqueidentifier", 36) << "uuid";
        QTest::newRow("interval year to month")
            << info(SQL_INTERVAL_YEAR_TO_MONTH, "interval year to month")
            << "interval(year to month)";
        QTest::newRow("interval day to second(6)")
            << info(SQL_INTERVAL_DAY_TO_SECOND, "INTERVAL", 25, 6) << "interval(6,day to second)";
        QTest::newRow("interval hour")
            << info(SQL_INTERVAL_HOUR, "INTERVAL HOUR", 2, 6) << "interval(hour)";
        QTest::newRow("driver-specific code -154, standard name")
            << info(-154, "time", 16, 7) << "time(7)";
        QTest::newRow("driver-specific code -155, datetimeoffset")
            << info(-155, "datetimeoffset", 34, 7) << "timestamp(7,tz)";
        QTest::newRow("driver-specific code -9999, nvarchar2(30)")
            << info(-9999, "NVARCHAR2", 30) << "string(30)";
        QTest::newRow("driver-specific code -150") << info(-150, "sql_variant", 8000) << "unknown";
    }

    void mapsStandardCodes()
    {
        QFETCH(OdbcTypeInfo, input);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(odbc::canonicalType(input).toString()), expected);
    }

    void refinesCodesByWellKnownNames_data()
    {
        QTest::addColumn<OdbcTypeInfo>("input");
        QTest::addColumn<QString>("expected");

        // psqlODBC (BoolsAsChar=1 default): bool, jsonb, interval as SQL_VARCHAR.
        QTest::newRow("psql bool") << info(SQL_VARCHAR, "bool", 5) << "boolean";
        QTest::newRow("psql jsonb") << info(SQL_VARCHAR, "jsonb", 255) << "json(binary)";
        QTest::newRow("psql json") << info(SQL_LONGVARCHAR, "json", 8190) << "json";
        QTest::newRow("psql interval") << info(SQL_VARCHAR, "interval", 32) << "interval";
        QTest::newRow("psql xml") << info(SQL_LONGVARCHAR, "xml", 255) << "xml";
        QTest::newRow("psql uuid") << info(SQL_GUID, "uuid", 37) << "uuid";
        QTest::newRow("psql timestamptz")
            << info(SQL_TYPE_TIMESTAMP, "timestamptz", 26, 6) << "timestamp(6,tz)";
        QTest::newRow("psql timetz") << info(SQL_TYPE_TIME, "timetz", 8, 0) << "time(0,tz)";
        QTest::newRow("psql bytea") << info(SQL_LONGVARBINARY, "bytea", -4) << "varbinary(lob)";
        QTest::newRow("psql text") << info(SQL_LONGVARCHAR, "text", 8190) << "string(lob)";
        QTest::newRow("psql money") << info(SQL_FLOAT, "money", 15) << "money";
        QTest::newRow("psql inet") << info(SQL_VARCHAR, "inet", 50) << "inet";
        QTest::newRow("psql cidr") << info(SQL_VARCHAR, "cidr", 50) << "cidr";
        QTest::newRow("psql macaddr") << info(SQL_VARCHAR, "macaddr", 17) << "macaddr(6)";
        QTest::newRow("timestamp with time zone")
            << info(SQL_TYPE_TIMESTAMP, "timestamp with time zone", 35, 3) << "timestamp(3,tz)";
        // MariaDB Connector/ODBC.
        QTest::newRow("maria mediumint")
            << info(SQL_INTEGER, "MEDIUMINT", 7, 0, 10) << "integer(3)";
        QTest::newRow("maria mediumint unsigned")
            << info(SQL_INTEGER, "MEDIUMINT UNSIGNED", 8, 0, 10) << "integer(3,unsigned)";
        QTest::newRow("maria year") << info(SQL_SMALLINT, "YEAR", 4) << "year";
        QTest::newRow("maria bit(5) as binary, bytes") << info(SQL_BINARY, "BIT", 1) << "bit(8)";
        QTest::newRow("maria bit(5) with column type")
            << withText(info(SQL_BINARY, "BIT", 1), "bit(5)") << "bit(5)";
        QTest::newRow("maria enum with column type")
            << withText(info(SQL_WCHAR, "ENUM", 1), "enum('a','it''s','b,c')")
            << "enum(a,it's,b,c)";
        QTest::newRow("maria set with column type")
            << withText(info(SQL_WCHAR, "SET", 3), "set('x','y')") << "set(x,y)";
        QTest::newRow("maria longtext")
            << info(SQL_WLONGVARCHAR, "LONGTEXT", 4294967295LL) << "string(lob)";
        QTest::newRow("maria blob") << info(SQL_LONGVARBINARY, "BLOB", 65535) << "varbinary(lob)";
        QTest::newRow("maria int(10) unsigned column type")
            << withText(info(SQL_INTEGER, "INT UNSIGNED", 10, 0, 10), "int(10) unsigned")
            << "integer(4,unsigned)";
        QTest::newRow("maria datetime(6) with precision")
            << withText(info(SQL_TYPE_TIMESTAMP, "DATETIME", 19, 6), "datetime(6)")
            << "timestamp(6)";
        QTest::newRow("maria geometry") << info(SQL_LONGVARBINARY, "POINT", 0) << "geometry(point)";
        // SQLite ODBC: the declared type is TYPE_NAME; DECIMAL(12,3) comes as SQL_VARCHAR.
        QTest::newRow("sqlite decimal(12,3)")
            << info(SQL_VARCHAR, "DECIMAL(12,3)", 3) << "decimal(12,3)";
        QTest::newRow("sqlite numeric(8)") << info(SQL_VARCHAR, "NUMERIC(8)", 0) << "decimal(8,0)";
        QTest::newRow("sqlite numeric") << info(SQL_VARCHAR, "NUMERIC") << "decimal";
        QTest::newRow("sqlite blob as binary size 0")
            << info(SQL_BINARY, "BLOB", 0) << "varbinary(lob)";
        QTest::newRow("sqlite uuid") << info(SQL_VARCHAR, "UUID", 0) << "uuid";
        QTest::newRow("sqlite boolean") << info(SQL_BIT, "BOOLEAN", 1) << "boolean";
        QTest::newRow("sqlite varchar(20)") << info(SQL_VARCHAR, "VARCHAR(20)", 20) << "string(20)";
    }

    void refinesCodesByWellKnownNames()
    {
        QFETCH(OdbcTypeInfo, input);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(odbc::canonicalType(input).toString()), expected);
    }

    void keepsTheNativeNameOfUnknownTypes()
    {
        const CanonicalType type = odbc::canonicalType(info(-150, "sql_variant", 8000));
        QCOMPARE(type.family, TypeFamily::Unknown);
        QCOMPARE(type.name, std::string("sql_variant"));
        const CanonicalType other = odbc::canonicalType(info(1111, "tsvector", 255));
        QCOMPARE(other.family, TypeFamily::Unknown);
        QCOMPARE(other.name, std::string("tsvector"));
    }

    void fillsTheFieldsOfTheCanonicalType()
    {
        CanonicalType expected;
        expected.family = TypeFamily::Decimal;
        expected.precision = 12;
        expected.scale = 3;
        QVERIFY(odbc::canonicalType(info(SQL_NUMERIC, "numeric", 12, 3, 10)) == expected);

        CanonicalType text;
        text.family = TypeFamily::String;
        text.isLob = true;
        QVERIFY(odbc::canonicalType(info(SQL_WLONGVARCHAR, "TEXT", 65535)) == text);

        CanonicalType timestamp;
        timestamp.family = TypeFamily::Timestamp;
        timestamp.fractionalDigits = 6;
        timestamp.withTimeZone = true;
        QVERIFY(odbc::canonicalType(info(SQL_TYPE_TIMESTAMP, "timestamptz", 26, 6)) == timestamp);

        CanonicalType enumType;
        enumType.family = TypeFamily::Enum;
        enumType.labels = {"small", "large"};
        QVERIFY(odbc::canonicalType(withText(info(SQL_WCHAR, "ENUM", 5), "enum('small','large')"))
                == enumType);
    }

    void namesSqlTypeCodes()
    {
        QCOMPARE(odbc::sqlTypeName(4), std::string("SQL_INTEGER"));
        QCOMPARE(odbc::sqlTypeName(-9), std::string("SQL_WVARCHAR"));
        QCOMPARE(odbc::sqlTypeName(93), std::string("SQL_TYPE_TIMESTAMP"));
        QCOMPARE(odbc::sqlTypeName(110), std::string("SQL_INTERVAL_DAY_TO_SECOND"));
        QCOMPARE(odbc::sqlTypeName(-155), std::string("SQL type -155"));
    }
};

QTEST_GUILESS_MAIN(TestOdbcTypes)
#include "tst_odbc_types.moc"
