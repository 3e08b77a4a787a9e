// SPDX-License-Identifier: MIT
// Oracle native type text -> canonical type (engine/types/plsql_types.h), against expectations
// written by hand from Oracle's "Data Types" reference (SQL Language Reference, chapter 2):
// every built-in type, NUMBER's precision and scale forms, length semantics, the time zone
// kinds, intervals, and unknown types.
#include "engine/types/plsql_types.h"

#include <QTest>

using namespace ferry;

class TestPlsqlTypes : public QObject
{
    Q_OBJECT

private slots:
    void mapsBuiltinTypes_data()
    {
        QTest::addColumn<QString>("native");
        QTest::addColumn<QString>("canonical");
        const auto row = [](const char *native, const char *canonical) {
            QTest::newRow(native) << QString::fromUtf8(native) << QString::fromUtf8(canonical);
        };
        // NUMBER: unconstrained, (p), (p,s), (*,s), negative scale, scale above precision.
        row("NUMBER", "decimal");
        row("NUMBER(*)", "decimal");
        row("NUMBER(10)", "decimal(10,0)");
        row("NUMBER(10,2)", "decimal(10,2)");
        row("NUMBER(38)", "decimal(38,0)");
        row("NUMBER(*,2)", "decimal(38,2)");
        row("NUMBER(*,0)", "decimal(38,0)");
        row("NUMBER(5,-2)", "decimal(7,0)"); // 9999900 has 7 digits
        row("NUMBER(2,5)", "decimal(5,5)"); // at most 0.00099
        row("number ( 8 , 3 )", "decimal(8,3)");
        // ANSI forms: NUMBER(38) by default; INTEGER is NUMBER(38), not a binary integer.
        row("DECIMAL", "decimal(38,0)");
        row("DECIMAL(9,2)", "decimal(9,2)");
        row("NUMERIC(12)", "decimal(12,0)");
        row("DEC(4,1)", "decimal(4,1)");
        row("INTEGER", "decimal(38,0)");
        row("INT", "decimal(38,0)");
        row("SMALLINT", "decimal(38,0)");
        // FLOAT is a decimal NUMBER with a binary precision; BINARY_* are IEEE floats.
        row("FLOAT", "decimal");
        row("FLOAT(63)", "decimal");
        row("FLOAT(126)", "decimal");
        row("REAL", "decimal");
        row("DOUBLE PRECISION", "decimal");
        row("BINARY_FLOAT", "float(4)");
        row("BINARY_DOUBLE", "float(8)");
        row("PLS_INTEGER", "integer(4)");
        row("BINARY_INTEGER", "integer(4)");
        // Character strings with BYTE or CHAR length semantics.
        row("CHAR", "char(1)");
        row("CHAR(10)", "char(10)");
        row("CHAR(10 BYTE)", "char(10)");
        row("CHAR(10 CHAR)", "char(10)");
        row("NCHAR(5)", "char(5)");
        row("CHARACTER(3)", "char(3)");
        row("VARCHAR2(255)", "string(255)");
        row("VARCHAR2(255 BYTE)", "string(255)");
        row("VARCHAR2(4000 CHAR)", "string(4000)");
        row("VARCHAR2(32767)", "string(32767)");
        row("VARCHAR(20)", "string(20)");
        row("NVARCHAR2(100)", "string(100)");
        row("CHARACTER VARYING(30)", "string(30)");
        row("NATIONAL CHARACTER VARYING(30)", "string(30)");
        row("LONG", "string(lob)");
        row("CLOB", "string(lob)");
        row("NCLOB", "string(lob)");
        // Binary.
        row("RAW(16)", "varbinary(16)");
        row("RAW(2000)", "varbinary(2000)");
        row("LONG RAW", "varbinary(lob)");
        row("BLOB", "varbinary(lob)");
        // DATE has a time part to the second.
        row("DATE", "timestamp(0)");
        row("TIMESTAMP", "timestamp(6)");
        row("TIMESTAMP(0)", "timestamp(0)");
        row("TIMESTAMP(3)", "timestamp(3)");
        row("TIMESTAMP(9)", "timestamp(9)");
        row("TIMESTAMP WITH TIME ZONE", "timestamp(6,tz,offset)");
        row("TIMESTAMP(3) WITH TIME ZONE", "timestamp(3,tz,offset)");
        row("TIMESTAMP WITH LOCAL TIME ZONE", "timestamp(6,tz)");
        row("TIMESTAMP(9) WITH LOCAL TIME ZONE", "timestamp(9,tz)");
        row("timestamp (2)  with   time zone", "timestamp(2,tz,offset)");
        // Intervals: the leading precision does not matter, the seconds' does.
        row("INTERVAL YEAR TO MONTH", "interval(year to month)");
        row("INTERVAL YEAR(4) TO MONTH", "interval(year to month)");
        row("INTERVAL DAY TO SECOND", "interval(6,day to second)");
        row("INTERVAL DAY(2) TO SECOND(6)", "interval(6,day to second)");
        row("INTERVAL DAY(3) TO SECOND(0)", "interval(0,day to second)");
        row("INTERVAL DAY(9) TO SECOND(9)", "interval(9,day to second)");
        // Others.
        row("ROWID", "rowid");
        row("UROWID", "rowid");
        row("UROWID(4000)", "rowid");
        row("XMLTYPE", "xml");
        row("SYS.XMLTYPE", "xml");
        row("JSON", "json(binary)");
        row("SDO_GEOMETRY", "geometry(geometry)");
        row("MDSYS.SDO_GEOMETRY", "geometry(geometry)");
        row("BOOLEAN", "boolean");
        row("BFILE", "unknown");
        row("HR.ADDRESS_T", "unknown");
        // Clauses after the type.
        row("VARCHAR2(20) NOT NULL", "string(20)");
        row("NUMBER(6) DEFAULT 0", "decimal(6,0)");
        row("DATE DEFAULT SYSDATE NOT NULL", "timestamp(0)");
    }

    void mapsBuiltinTypes()
    {
        QFETCH(QString, native);
        QFETCH(QString, canonical);
        QCOMPARE(QString::fromStdString(plsql::canonicalType(native.toStdString()).toString()),
                 canonical);
    }

    /// Row identifiers and unknown types keep a name for the report.
    void namesRowIdsAndUnknownTypes()
    {
        QCOMPARE(plsql::canonicalType("rowid").name, std::string("ROWID"));
        QCOMPARE(plsql::canonicalType("UROWID(4000)").name, std::string("UROWID"));
        QCOMPARE(plsql::canonicalType("BFILE").name, std::string("BFILE"));
        QCOMPARE(plsql::canonicalType("\"HR\".\"ADDRESS_T\"").name, std::string("HR.ADDRESS_T"));
    }
};

QTEST_GUILESS_MAIN(TestPlsqlTypes)
#include "tst_plsql_types.moc"
