// SPDX-License-Identifier: MIT
// Type texts without a catalog: the shared reader (engine/types/type_text.h), PostgreSQL type
// texts as format_type() writes them (postgres::canonicalTypeOfText) and the per-dialect entry
// point types::canonicalTypeOf. Expectations written by hand from each engine's documentation.
#include "engine/types/postgres_types.h"
#include "engine/types/type_mapping.h"
#include "engine/types/type_text.h"

#include <QTest>

using namespace ferry;

namespace {

QString text(const std::string &value) { return QString::fromStdString(value); }

} // namespace

class TestTypeTexts : public QObject
{
    Q_OBJECT

private slots:
    void readsWordsAndArguments()
    {
        const types::TypeText interval
            = types::parseTypeText("INTERVAL DAY(2) TO SECOND(6) NOT NULL");
        QCOMPARE(interval.name(), std::string("interval day to second"));
        QCOMPARE(interval.arguments.size(), size_t(2));
        QCOMPARE(interval.arguments[0].wordsBefore, size_t(2));
        QCOMPARE(interval.arguments[0].items, std::vector<std::string> {"2"});
        QCOMPARE(interval.arguments[1].wordsBefore, size_t(4));
        QCOMPARE(interval.arguments[1].items, std::vector<std::string> {"6"});

        const types::TypeText number = types::parseTypeText("NUMBER( * , -2 )");
        QCOMPARE(number.name(), std::string("number"));
        QCOMPARE(number.arguments[0].items, (std::vector<std::string> {"*", "-2"}));

        const types::TypeText quoted = types::parseTypeText("[dbo].[My Type]");
        QCOMPARE(quoted.words, std::vector<std::string> {"dbo.my type"});
        QVERIFY(quoted.arguments.empty());

        QVERIFY(types::leadingNumber("10 char") == std::optional<int64_t>(10));
        QVERIFY(types::leadingNumber("-2") == std::optional<int64_t>(-2));
        QVERIFY(!types::leadingNumber("max"));
        QCOMPARE(types::trailingWord("10 CHAR"), std::string("CHAR"));
    }

    void mapsPostgresTypeTexts_data()
    {
        QTest::addColumn<QString>("native");
        QTest::addColumn<QString>("canonical");
        const auto row = [](const char *native, const char *canonical) {
            QTest::newRow(native) << QString::fromUtf8(native) << QString::fromUtf8(canonical);
        };
        row("smallint", "integer(2)");
        row("integer", "integer(4)");
        row("int4", "integer(4)");
        row("bigint", "integer(8)");
        row("serial", "integer(4)");
        row("bigserial", "integer(8)");
        row("numeric", "decimal");
        row("numeric(12,3)", "decimal(12,3)");
        row("numeric(10)", "decimal(10,0)");
        row("decimal(8, 2)", "decimal(8,2)");
        row("numeric(5,-2)", "decimal(7,0)"); // PostgreSQL 15: rounds to hundreds
        row("numeric(2,5)", "decimal(5,5)");
        row("real", "float(4)");
        row("double precision", "float(8)");
        row("float(24)", "float(4)");
        row("float(25)", "float(8)");
        row("float", "float(8)");
        row("money", "money");
        row("boolean", "boolean");
        row("character(10)", "char(10)");
        row("character", "char(1)");
        row("char(3)", "char(3)");
        row("bpchar", "char");
        row("character varying(255)", "string(255)");
        row("character varying", "string");
        row("varchar(20)", "string(20)");
        row("text", "string(lob)");
        row("bytea", "varbinary(lob)");
        row("bit", "bit(1)");
        row("bit(8)", "bit(8)");
        row("bit varying(64)", "bit(64)");
        row("date", "date");
        row("time", "time(6)");
        row("time(3) without time zone", "time(3)");
        row("time with time zone", "time(6,tz)");
        row("timetz(2)", "time(2,tz)");
        row("timestamp", "timestamp(6)");
        row("timestamp(0) without time zone", "timestamp(0)");
        row("timestamp(3) with time zone", "timestamp(3,tz)");
        row("timestamptz", "timestamp(6,tz)");
        row("interval", "interval(6)");
        row("interval(3)", "interval(3)");
        row("interval year to month", "interval(6,year to month)");
        row("interval day to second(3)", "interval(3,day to second)");
        row("uuid", "uuid");
        row("json", "json");
        row("jsonb", "json(binary)");
        row("xml", "xml");
        row("inet", "inet");
        row("macaddr8", "macaddr(8)");
        row("point", "geometry(point)");
        row("integer[]", "array<integer(4)>");
        row("character varying(20)[]", "array<string(20)>");
        row("numeric(10,2)[][]", "array<decimal(10,2)>");
        row("pg_catalog.int8", "integer(8)");
        row("int4range", "range<integer(4)>");
        row("tstzrange", "range<timestamp(6,tz)>");
        row("TIMESTAMP WITH TIME ZONE", "timestamp(6,tz)");
        row("tsvector", "unknown");
    }

    void mapsPostgresTypeTexts()
    {
        QFETCH(QString, native);
        QFETCH(QString, canonical);
        QCOMPARE(text(postgres::canonicalTypeOfText(native.toStdString()).toString()), canonical);
    }

    /// The text parser and the typmod path give the same type (bit varying keeps "varying").
    void agreesWithTypmods()
    {
        QCOMPARE(postgres::canonicalTypeOfText("numeric(12,3)"),
                 postgres::builtinCanonicalType("numeric", (12 << 16 | 3) + 4));
        QCOMPARE(postgres::canonicalTypeOfText("bit varying(64)").subtype, std::string("varying"));
        QCOMPARE(postgres::canonicalTypeOfText("tsvector").name, std::string("tsvector"));
    }

    /// One entry point per source dialect; MySQL's CHARACTER SET suffix becomes the charset.
    void readsEachSourceDialect_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("native");
        QTest::addColumn<QString>("canonical");
        const auto row = [](const char *source, const char *native, const char *canonical) {
            QTest::addRow("%s %s", source, native)
                << QString::fromUtf8(source) << QString::fromUtf8(native)
                << QString::fromUtf8(canonical);
        };
        row("mysql", "int(10) unsigned", "integer(4,unsigned)");
        row("mysql", "varchar(20) character set latin1", "string(20,latin1)");
        row("mysql", "char(2) CHARSET ascii", "char(2,ascii)");
        row("mariadb", "inet6", "inet");
        row("postgresql", "timestamp(3) with time zone", "timestamp(3,tz)");
        row("sqlite", "VARCHAR(20)", "string(20)");
        row("sqlite", "STRING", "decimal");
        row("sqlserver", "datetime2(7)", "timestamp(7)");
        row("oracle", "DATE", "timestamp(0)");
    }

    void readsEachSourceDialect()
    {
        QFETCH(QString, source);
        QFETCH(QString, native);
        QFETCH(QString, canonical);
        const auto dialect = types::dialectOfEngineName(source.toStdString());
        QVERIFY(dialect);
        QCOMPARE(text(types::canonicalTypeOf(*dialect, native.toStdString()).toString()),
                 canonical);
    }

    void namesEngines()
    {
        QVERIFY(types::dialectOfEngineName("SQLServer") == SqlDialect::TSql);
        QVERIFY(types::dialectOfEngineName("mssql") == SqlDialect::TSql);
        QVERIFY(types::dialectOfEngineName("plsql") == SqlDialect::PlSql);
        QVERIFY(types::dialectOfEngineName("postgres") == SqlDialect::PostgreSql);
        QVERIFY(types::dialectOfEngineName("mariadb") == SqlDialect::MariaDb);
        QVERIFY(!types::dialectOfEngineName("db2"));
        QCOMPARE(std::string(types::engineName(SqlDialect::PlSql)), std::string("oracle"));
        QCOMPARE(std::string(types::productName(SqlDialect::TSql)), std::string("SQL Server"));
    }
};

QTEST_GUILESS_MAIN(TestTypeTexts)
#include "tst_type_texts.moc"
