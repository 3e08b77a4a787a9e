// SPDX-License-Identifier: MIT
// SQL Server (T-SQL) native type text -> canonical type (engine/types/tsql_types.h), against
// expectations written by hand from SQL Server's "Data types" documentation: every built-in
// type, its defaults, synonyms and spellings, alias types and unknown types.
#include "engine/types/tsql_types.h"

#include <QTest>

using namespace ferry;

class TestTsqlTypes : public QObject
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
        // Exact numbers. tinyint is 0..255 (unsigned); bit is SQL Server's boolean.
        row("bit", "boolean");
        row("tinyint", "integer(1,unsigned)");
        row("smallint", "integer(2)");
        row("int", "integer(4)");
        row("integer", "integer(4)");
        row("bigint", "integer(8)");
        row("decimal", "decimal(18,0)");
        row("decimal(10)", "decimal(10,0)");
        row("decimal(18,2)", "decimal(18,2)");
        row("DECIMAL ( 38 , 10 )", "decimal(38,10)");
        row("numeric(5,5)", "decimal(5,5)");
        row("dec(9,3)", "decimal(9,3)");
        row("money", "money(19,4)");
        row("smallmoney", "money(10,4)");
        // Approximate numbers: float(n) is 4 bytes up to n = 24, plain float is float(53).
        row("float", "float(8)");
        row("float(24)", "float(4)");
        row("float(25)", "float(8)");
        row("float(53)", "float(8)");
        row("real", "float(4)");
        row("double precision", "float(8)");
        // Character strings: default length 1, (max) and the old text types are LOBs.
        row("char", "char(1)");
        row("char(10)", "char(10)");
        row("character(3)", "char(3)");
        row("varchar", "string(1)");
        row("varchar(255)", "string(255)");
        row("varchar(max)", "string(lob)");
        row("VARCHAR(MAX)", "string(lob)");
        row("character varying(20)", "string(20)");
        row("char varying(20)", "string(20)");
        row("nchar(10)", "char(10)");
        row("national character(10)", "char(10)");
        row("nvarchar(4000)", "string(4000)");
        row("nvarchar(max)", "string(lob)");
        row("national char varying(30)", "string(30)");
        row("text", "string(lob)");
        row("ntext", "string(lob)");
        row("sysname", "string(128)");
        // Binary strings; rowversion (timestamp is its old name) is 8 bytes.
        row("binary", "binary(1)");
        row("binary(16)", "binary(16)");
        row("varbinary(255)", "varbinary(255)");
        row("binary varying(8)", "varbinary(8)");
        row("varbinary(max)", "varbinary(lob)");
        row("image", "varbinary(lob)");
        row("rowversion", "binary(8)");
        row("timestamp", "binary(8)");
        // Dates and times: time, datetime2 and datetimeoffset default to 7 digits.
        row("date", "date");
        row("time", "time(7)");
        row("time(0)", "time(0)");
        row("time(3)", "time(3)");
        row("datetime", "timestamp(3)");
        row("smalldatetime", "timestamp(0)");
        row("datetime2", "timestamp(7)");
        row("datetime2(3)", "timestamp(3)");
        row("datetimeoffset", "timestamp(7,tz,offset)");
        row("datetimeoffset(0)", "timestamp(0,tz,offset)");
        // Others.
        row("uniqueidentifier", "uuid");
        row("xml", "xml");
        row("xml(CONTENT dbo.OrderSchema)", "xml");
        row("geometry", "geometry(geometry)");
        row("geography", "geometry(geography)");
        row("sql_variant", "unknown");
        row("hierarchyid", "unknown");
        // Spellings: brackets, sys schema, case, white space, clauses after the type.
        row("[int]", "integer(4)");
        row("[nvarchar](50)", "string(50)");
        row("sys.datetime2(2)", "timestamp(2)");
        row("[sys].[bigint]", "integer(8)");
        row("  NVarChar ( 12 )  ", "string(12)");
        row("varchar(50) COLLATE Latin1_General_CI_AS NOT NULL", "string(50)");
        row("int IDENTITY(1,1) NOT NULL", "integer(4)");
        row("decimal(9,2) NULL", "decimal(9,2)");
    }

    void mapsBuiltinTypes()
    {
        QFETCH(QString, native);
        QFETCH(QString, canonical);
        QCOMPARE(QString::fromStdString(tsql::canonicalType(native.toStdString()).toString()),
                 canonical);
    }

    /// rowversion is named, so the mapping can say the target will not maintain it.
    void namesRowversion()
    {
        QCOMPARE(tsql::canonicalType("timestamp").name, std::string("rowversion"));
        QCOMPARE(tsql::canonicalType("rowversion").name, std::string("rowversion"));
        QVERIFY(tsql::canonicalType("binary(8)").name.empty());
    }

    /// An unknown type keeps its text (without brackets), so it can be reported.
    void keepsUnknownTypeText()
    {
        const CanonicalType variant = tsql::canonicalType("sql_variant");
        QCOMPARE(variant.family, TypeFamily::Unknown);
        QCOMPARE(variant.name, std::string("sql_variant"));
        const CanonicalType tableType = tsql::canonicalType("[dbo].[OrderLines]");
        QCOMPARE(tableType.family, TypeFamily::Unknown);
        QCOMPARE(tableType.name, std::string("dbo.OrderLines"));
    }

    /// CREATE TYPE Phone FROM varchar(20): the alias maps as its base, named after itself;
    /// found with or without its schema; an alias of an unknown base stays unknown.
    void resolvesAliasTypes()
    {
        const tsql::AliasTypes aliases {{"phone", "varchar(20)"},
                                        {"sales.amount", "decimal(12, 2)"},
                                        {"strange", "no_such_type"}};
        const CanonicalType phone = tsql::canonicalType("Phone", aliases);
        QCOMPARE(phone.toString(), std::string("string(20)"));
        QCOMPARE(phone.name, std::string("Phone"));
        QCOMPARE(tsql::canonicalType("[dbo].[Phone]", aliases).toString(),
                 std::string("string(20)"));
        QCOMPARE(tsql::canonicalType("[dbo].[Phone]", aliases).name, std::string("dbo.Phone"));
        QCOMPARE(tsql::canonicalType("Sales.Amount", aliases).toString(),
                 std::string("decimal(12,2)"));
        const CanonicalType strange = tsql::canonicalType("strange", aliases);
        QCOMPARE(strange.family, TypeFamily::Unknown);
        QCOMPARE(strange.name, std::string("strange"));
        // Built-in names win over an alias of the same spelling, and no alias -> unknown.
        QCOMPARE(tsql::canonicalType("int", {{"int", "varchar(3)"}}).toString(),
                 std::string("integer(4)"));
        QCOMPARE(tsql::canonicalType("Phone").family, TypeFamily::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestTsqlTypes)
#include "tst_tsql_types.moc"
