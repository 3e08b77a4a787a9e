// SPDX-License-Identifier: MIT
// types::mapColumnType (engine/types/type_mapping.h): for each source -> target pair, the cases
// where the target cannot hold the source's type exactly, with the target type, the fidelity
// and the note codes written by hand (from each engine's documented ranges, not from the
// code); plus the properties every mapping of the documented types must have.
#include "engine/types/postgres_types.h"
#include "engine/types/tsql_types.h"
#include "engine/types/type_mapping.h"
#include "engine/types/type_mapping_docs.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace ferry;
using types::Fidelity;

namespace {

QString text(const std::string &value) { return QString::fromStdString(value); }

QString codesOf(const types::TypeMapping &mapping)
{
    QStringList codes;
    for (const types::TypeNote &note : mapping.notes)
        codes << text(note.code);
    codes.sort();
    return codes.join(QLatin1Char(','));
}

const types::TypeNoteCode *findCode(const std::string &code)
{
    const auto &codes = types::typeNoteCodes();
    const auto found = std::find_if(codes.begin(), codes.end(),
                                    [&code](const auto &known) { return code == known.code; });
    return found == codes.end() ? nullptr : &*found;
}

CanonicalType arrayOf(const CanonicalType &element)
{
    CanonicalType type;
    type.family = TypeFamily::Array;
    type.element = std::make_shared<const CanonicalType>(element);
    return type;
}

} // namespace

class TestTypeMapping : public QObject
{
    Q_OBJECT

private:
    static void row(const char *source, const char *target, const char *native,
                    const char *expectedType, const char *fidelity, const char *codes)
    {
        QTest::addRow("%s %s -> %s", native, source, target)
            << QString::fromUtf8(source) << QString::fromUtf8(target) << QString::fromUtf8(native)
            << QString::fromUtf8(expectedType) << QString::fromUtf8(fidelity)
            << QString::fromUtf8(codes);
    }

    static void columns()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("native");
        QTest::addColumn<QString>("expectedType");
        QTest::addColumn<QString>("fidelity");
        QTest::addColumn<QString>("codes"); // sorted, comma-separated
    }

    static void check()
    {
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(QString, native);
        QFETCH(QString, expectedType);
        QFETCH(QString, fidelity);
        QFETCH(QString, codes);
        const auto from = types::dialectOfEngineName(source.toStdString());
        const auto to = types::dialectOfEngineName(target.toStdString());
        QVERIFY(from && to);
        const CanonicalType type = types::canonicalTypeOf(*from, native.toStdString());
        const types::TypeMapping mapping = types::mapColumnType(type, *from, *to);
        QCOMPARE(text(mapping.nativeType), expectedType);
        QCOMPARE(QString::fromLatin1(types::fidelityName(mapping.fidelity)), fidelity);
        QCOMPARE(codesOf(mapping), codes);
        for (const types::TypeNote &note : mapping.notes)
            QVERIFY2(!note.text.empty() && note.text.back() == '.', note.text.c_str());
    }

private slots:
    void fromMySql_data()
    {
        columns();
        row("mysql", "postgresql", "bigint", "bigint", "exact", "");
        row("mysql", "postgresql", "tinyint", "smallint", "widened", "TYPE-INTEGER-WIDER");
        row("mysql", "postgresql", "mediumint", "integer", "widened", "TYPE-INTEGER-WIDER");
        row("mysql", "postgresql", "tinyint unsigned", "smallint", "widened",
            "TYPE-UNSIGNED-RANGE");
        row("mysql", "postgresql", "int unsigned", "bigint", "widened", "TYPE-UNSIGNED-RANGE");
        row("mysql", "postgresql", "bigint unsigned", "numeric(20,0)", "widened",
            "TYPE-UNSIGNED-RANGE");
        row("mysql", "postgresql", "decimal(10,2) unsigned", "numeric(10,2)", "widened",
            "TYPE-UNSIGNED-RANGE");
        row("mysql", "postgresql", "double", "double precision", "exact", "");
        row("mysql", "postgresql", "time", "interval", "widened", "TYPE-TIME-RANGE");
        row("mysql", "postgresql", "date", "date", "lossy", "TYPE-ZERO-DATE");
        row("mysql", "postgresql", "datetime(6)", "timestamp(6)", "lossy", "TYPE-ZERO-DATE");
        row("mysql", "postgresql", "timestamp", "timestamp(0) with time zone", "lossy",
            "TYPE-ZERO-DATE");
        row("mysql", "postgresql", "enum('a','b')", "text", "widened", "TYPE-ENUM-TEXT");
        row("mysql", "postgresql", "set('x','y')", "text", "widened", "TYPE-SET-TEXT");
        row("mysql", "postgresql", "json", "json", "exact", "");
        row("mysql", "postgresql", "point", "text", "unsupported", "TYPE-SPATIAL-TEXT");
        row("mysql", "postgresql", "year", "smallint", "widened", "TYPE-YEAR");
        row("mysql", "postgresql", "bit(1)", "bit(1)", "exact", "");
        row("mysql", "postgresql", "varbinary(255)", "bytea", "widened", "TYPE-BINARY-LENGTH");
        row("mysql", "postgresql", "longblob", "bytea", "exact", "");
        row("mysql", "postgresql", "varchar(255) character set latin1", "varchar(255)", "exact",
            "TYPE-CHARSET");
        row("mysql", "postgresql", "varchar(255) character set utf8mb4", "varchar(255)", "exact",
            "");
        row("mysql", "mysql", "timestamp(6)", "datetime(6)", "lossy", "TYPE-TIMEZONE-UTC");
        row("mysql", "mysql", "bigint unsigned", "bigint unsigned", "exact", "");
        row("mysql", "mysql", "date", "date", "exact", "");
        row("mysql", "mysql", "time(6)", "time(6)", "exact", "");
        row("mysql", "mysql", "geometry", "longtext", "unsupported", "TYPE-SPATIAL-TEXT");
        row("mysql", "mysql", "enum('a','b')", "enum('a','b')", "exact", "");
        row("mysql", "sqlite", "bigint unsigned", "DECIMAL_TEXT(20,0)", "widened",
            "TYPE-UNSIGNED-RANGE");
        row("mysql", "sqlite", "int unsigned", "INT UNSIGNED", "exact", "");
        row("mysql", "sqlite", "date", "DATE", "exact", "");
        row("mysql", "sqlite", "enum('a','b')", "TEXT", "widened", "TYPE-ENUM-TEXT");
        row("mysql", "sqlite", "time", "TIME(0)", "exact", "");
        row("mariadb", "postgresql", "uuid", "uuid", "exact", "");
        row("mariadb", "postgresql", "inet6", "inet", "exact", "");
        row("mariadb", "mariadb", "uuid", "char(36)", "widened", "TYPE-UUID-TEXT");
        row("mariadb", "mysql", "inet4", "varchar(43)", "widened", "TYPE-NETWORK-TEXT");
    }

    void fromMySql() { check(); }

    void fromPostgres_data()
    {
        columns();
        row("postgresql", "postgresql", "numeric(5,-2)", "numeric(7)", "exact", "");
        row("postgresql", "postgresql", "money", "numeric(23,4)", "widened", "TYPE-MONEY");
        row("postgresql", "postgresql", "interval year to month", "interval", "widened",
            "TYPE-INTERVAL-FIELDS");
        row("postgresql", "postgresql", "point", "text", "unsupported", "TYPE-SPATIAL-TEXT");
        row("postgresql", "postgresql", "timestamp(3) with time zone",
            "timestamp(3) with time zone", "exact", "");
        row("postgresql", "postgresql", "time with time zone", "time(6) with time zone", "lossy",
            "TYPE-TIMEZONE-OFFSET");
        row("postgresql", "postgresql", "integer[]", "integer[]", "exact", "");
        row("postgresql", "postgresql", "date", "date", "exact", "");
        row("postgresql", "mysql", "numeric", "decimal(65,30)", "lossy",
            "TYPE-DECIMAL-UNCONSTRAINED,TYPE-SPECIAL-VALUES");
        row("postgresql", "mysql", "numeric(12,3)", "decimal(12,3)", "lossy",
            "TYPE-SPECIAL-VALUES");
        row("postgresql", "mysql", "numeric(70,5)", "varchar(72)", "widened",
            "TYPE-DECIMAL-AS-TEXT");
        row("postgresql", "mysql", "double precision", "double", "lossy", "TYPE-SPECIAL-VALUES");
        row("postgresql", "mysql", "timestamp with time zone", "datetime(6)", "lossy",
            "TYPE-DATE-RANGE,TYPE-TIMEZONE-UTC");
        row("postgresql", "mysql", "timestamp", "datetime(6)", "lossy", "TYPE-DATE-RANGE");
        row("postgresql", "mysql", "date", "date", "lossy", "TYPE-DATE-RANGE");
        row("postgresql", "mysql", "interval", "varchar(64)", "widened", "TYPE-INTERVAL-TEXT");
        row("postgresql", "mysql", "uuid", "char(36)", "widened", "TYPE-UUID-TEXT");
        row("postgresql", "mysql", "boolean", "tinyint(1)", "widened", "TYPE-BOOLEAN-TINYINT");
        row("postgresql", "mysql", "integer[]", "longtext", "unsupported", "TYPE-ARRAY-TEXT");
        row("postgresql", "mysql", "jsonb", "json", "exact", "");
        row("postgresql", "mysql", "money", "decimal(23,4)", "widened", "TYPE-MONEY");
        row("postgresql", "mysql", "bit varying(64)", "varchar(64)", "widened", "TYPE-BIT-TEXT");
        row("postgresql", "mysql", "time with time zone", "varchar(32)", "lossy",
            "TYPE-TIMEZONE-OFFSET");
        row("postgresql", "mysql", "inet", "varchar(43)", "widened", "TYPE-NETWORK-TEXT");
        row("postgresql", "mysql", "xml", "longtext", "widened", "TYPE-XML-TEXT");
        row("postgresql", "mysql", "int4range", "longtext", "unsupported", "TYPE-RANGE-TEXT");
        row("postgresql", "mysql", "character(300)", "varchar(300)", "widened", "TYPE-CHAR-LENGTH");
        row("postgresql", "mysql", "character varying(20000)", "longtext", "widened",
            "TYPE-STRING-LENGTH");
        row("postgresql", "mysql", "bytea", "longblob", "exact", "");
        row("postgresql", "mariadb", "uuid", "char(36)", "widened", "TYPE-UUID-TEXT");
        row("postgresql", "sqlite", "numeric(40,10)", "DECIMAL_TEXT(40,10)", "widened",
            "TYPE-DECIMAL-AS-TEXT");
        row("postgresql", "sqlite", "numeric(12,3)", "DECIMAL(12,3)", "exact", "");
        row("postgresql", "sqlite", "uuid", "UUID_TEXT", "exact", "");
        row("postgresql", "sqlite", "integer[]", "TEXT", "unsupported", "TYPE-ARRAY-TEXT");
        row("postgresql", "sqlite", "money", "DECIMAL_TEXT", "widened", "TYPE-MONEY");
        row("postgresql", "sqlite", "double precision", "REAL", "exact", "");
    }

    void fromPostgres() { check(); }

    void fromSqlite_data()
    {
        columns();
        row("sqlite", "postgresql", "UNSIGNED BIG INT", "numeric(20,0)", "widened",
            "TYPE-UNSIGNED-RANGE");
        row("sqlite", "postgresql", "STRING", "numeric", "exact", "");
        row("sqlite", "postgresql", "DECIMAL(10,2)", "numeric(10,2)", "exact", "");
        row("sqlite", "postgresql", "", "bytea", "exact", "");
        row("sqlite", "postgresql", "DATETIME", "timestamp", "exact", "");
        row("sqlite", "mysql", "REAL", "double", "lossy", "TYPE-SPECIAL-VALUES");
        row("sqlite", "mysql", "NUMERIC", "decimal(65,30)", "lossy", "TYPE-DECIMAL-UNCONSTRAINED");
        row("sqlite", "mysql", "TEXT", "longtext", "exact", "");
        row("sqlite", "mysql", "BOOLEAN", "tinyint(1)", "widened", "TYPE-BOOLEAN-TINYINT");
        row("sqlite", "mysql", "DATETIME", "datetime(6)", "exact", "");
    }

    void fromSqlite() { check(); }

    void fromSqlServer_data()
    {
        columns();
        row("sqlserver", "postgresql", "tinyint", "smallint", "widened", "TYPE-UNSIGNED-RANGE");
        row("sqlserver", "postgresql", "bit", "boolean", "exact", "");
        row("sqlserver", "postgresql", "datetime2", "timestamp(6)", "lossy",
            "TYPE-FRACTION-DIGITS");
        row("sqlserver", "postgresql", "datetime2(3)", "timestamp(3)", "exact", "");
        row("sqlserver", "postgresql", "datetime", "timestamp(3)", "exact", "");
        row("sqlserver", "postgresql", "time", "time(6)", "lossy", "TYPE-FRACTION-DIGITS");
        row("sqlserver", "postgresql", "datetimeoffset", "timestamp(6) with time zone", "lossy",
            "TYPE-FRACTION-DIGITS,TYPE-TIMEZONE-OFFSET");
        row("sqlserver", "postgresql", "datetimeoffset(3)", "timestamp(3) with time zone", "lossy",
            "TYPE-TIMEZONE-OFFSET");
        row("sqlserver", "postgresql", "money", "numeric(19,4)", "widened", "TYPE-MONEY");
        row("sqlserver", "postgresql", "smallmoney", "numeric(10,4)", "widened", "TYPE-MONEY");
        row("sqlserver", "postgresql", "uniqueidentifier", "uuid", "exact", "");
        row("sqlserver", "postgresql", "sql_variant", "text", "unsupported", "TYPE-SQL-VARIANT");
        row("sqlserver", "postgresql", "hierarchyid", "text", "unsupported", "TYPE-HIERARCHYID");
        row("sqlserver", "postgresql", "geography", "text", "unsupported", "TYPE-SPATIAL-TEXT");
        row("sqlserver", "postgresql", "rowversion", "bytea", "widened",
            "TYPE-BINARY-LENGTH,TYPE-ROWVERSION");
        row("sqlserver", "postgresql", "nvarchar(max)", "text", "exact", "");
        row("sqlserver", "postgresql", "xml", "xml", "exact", "");
        row("sqlserver", "postgresql", "float(24)", "real", "exact", "");
        row("sqlserver", "mysql", "datetimeoffset", "datetime(6)", "lossy",
            "TYPE-FRACTION-DIGITS,TYPE-TIMEZONE-UTC");
        row("sqlserver", "mysql", "uniqueidentifier", "char(36)", "widened", "TYPE-UUID-TEXT");
        row("sqlserver", "mysql", "bit", "tinyint(1)", "widened", "TYPE-BOOLEAN-TINYINT");
        row("sqlserver", "mysql", "tinyint", "tinyint unsigned", "exact", "");
        row("sqlserver", "mysql", "xml", "longtext", "widened", "TYPE-XML-TEXT");
        row("sqlserver", "mysql", "datetime2", "datetime(6)", "lossy", "TYPE-FRACTION-DIGITS");
        row("sqlserver", "mysql", "nchar(300)", "varchar(300)", "widened", "TYPE-CHAR-LENGTH");
        row("sqlserver", "mysql", "varbinary(max)", "longblob", "exact", "");
        row("sqlserver", "mysql", "float", "double", "exact", "");
        row("sqlserver", "mariadb", "hierarchyid", "longtext", "unsupported", "TYPE-HIERARCHYID");
        row("sqlserver", "sqlite", "datetime2", "DATETIME(7)", "exact", "");
        row("sqlserver", "sqlite", "datetimeoffset", "TIMESTAMPTZ(7)", "lossy",
            "TYPE-TIMEZONE-OFFSET");
        row("sqlserver", "sqlite", "money", "DECIMAL_TEXT(19,4)", "widened", "TYPE-MONEY");
        row("sqlserver", "sqlite", "sql_variant", "TEXT", "unsupported", "TYPE-SQL-VARIANT");
    }

    void fromSqlServer() { check(); }

    void fromOracle_data()
    {
        columns();
        row("oracle", "postgresql", "NUMBER", "numeric", "exact", "");
        row("oracle", "postgresql", "NUMBER(10,2)", "numeric(10,2)", "exact", "");
        row("oracle", "postgresql", "NUMBER(5,-2)", "numeric(7)", "exact", "");
        row("oracle", "postgresql", "DATE", "timestamp(0)", "exact", "TYPE-ORACLE-DATE");
        row("oracle", "postgresql", "TIMESTAMP(9)", "timestamp(6)", "lossy",
            "TYPE-FRACTION-DIGITS");
        row("oracle", "postgresql", "TIMESTAMP WITH TIME ZONE", "timestamp(6) with time zone",
            "lossy", "TYPE-TIMEZONE-OFFSET");
        row("oracle", "postgresql", "TIMESTAMP WITH LOCAL TIME ZONE", "timestamp(6) with time zone",
            "exact", "");
        row("oracle", "postgresql", "INTERVAL DAY(2) TO SECOND(6)", "interval", "widened",
            "TYPE-INTERVAL-FIELDS");
        row("oracle", "postgresql", "INTERVAL DAY(3) TO SECOND(9)", "interval", "lossy",
            "TYPE-FRACTION-DIGITS,TYPE-INTERVAL-FIELDS");
        row("oracle", "postgresql", "ROWID", "text", "unsupported", "TYPE-ROWID");
        row("oracle", "postgresql", "BFILE", "text", "unsupported", "TYPE-BFILE");
        row("oracle", "postgresql", "BINARY_DOUBLE", "double precision", "exact", "");
        row("oracle", "postgresql", "SDO_GEOMETRY", "text", "unsupported", "TYPE-SPATIAL-TEXT");
        row("oracle", "postgresql", "JSON", "jsonb", "exact", "");
        row("oracle", "postgresql", "RAW(16)", "bytea", "widened", "TYPE-BINARY-LENGTH");
        row("oracle", "postgresql", "CLOB", "text", "exact", "");
        row("oracle", "postgresql", "BOOLEAN", "boolean", "exact", "");
        row("oracle", "mysql", "NUMBER", "decimal(65,30)", "lossy", "TYPE-DECIMAL-UNCONSTRAINED");
        row("oracle", "mysql", "NUMBER(10)", "decimal(10,0)", "exact", "");
        row("oracle", "mysql", "FLOAT", "decimal(65,30)", "lossy", "TYPE-DECIMAL-UNCONSTRAINED");
        row("oracle", "mysql", "DATE", "datetime", "lossy", "TYPE-DATE-RANGE,TYPE-ORACLE-DATE");
        row("oracle", "mysql", "BINARY_DOUBLE", "double", "lossy", "TYPE-SPECIAL-VALUES");
        row("oracle", "mysql", "INTERVAL YEAR(2) TO MONTH", "varchar(64)", "widened",
            "TYPE-INTERVAL-TEXT");
        row("oracle", "mysql", "TIMESTAMP(3) WITH LOCAL TIME ZONE", "datetime(3)", "lossy",
            "TYPE-DATE-RANGE,TYPE-TIMEZONE-UTC");
        row("oracle", "mysql", "XMLTYPE", "longtext", "widened", "TYPE-XML-TEXT");
        row("oracle", "mariadb", "JSON", "json", "exact", "");
        row("oracle", "sqlite", "NUMBER", "DECIMAL_TEXT", "widened", "TYPE-DECIMAL-AS-TEXT");
        row("oracle", "sqlite", "DATE", "DATETIME(0)", "exact", "TYPE-ORACLE-DATE");
        row("oracle", "sqlite", "ROWID", "TEXT", "unsupported", "TYPE-ROWID");
    }

    void fromOracle() { check(); }

    /// Alias, domain and extension types are created as their base: the note says so.
    void notesNamedBaseTypes()
    {
        const CanonicalType phone = tsql::canonicalType("Phone", {{"phone", "varchar(20)"}});
        const types::TypeMapping mapping
            = types::mapColumnType(phone, SqlDialect::TSql, SqlDialect::PostgreSql);
        QCOMPARE(text(mapping.nativeType), QStringLiteral("varchar(20)"));
        QCOMPARE(mapping.fidelity, Fidelity::Widened);
        QCOMPARE(codesOf(mapping), QStringLiteral("TYPE-DOMAIN"));

        postgres::PgTypeRegistry registry;
        registry.add({.oid = 7001, .schema = "public", .name = "citext", .category = 'S'});
        const types::TypeMapping citext = types::mapColumnType(
            registry.canonicalType(7001, -1), SqlDialect::PostgreSql, SqlDialect::PostgreSql);
        QCOMPARE(text(citext.nativeType), QStringLiteral("text"));
        QCOMPARE(codesOf(citext), QStringLiteral("TYPE-DOMAIN"));
    }

    /// An array takes its element's notes; one that cannot be an array is unsupported.
    void mapsArrayElements()
    {
        CanonicalType unsignedLong;
        unsignedLong.family = TypeFamily::Integer;
        unsignedLong.byteWidth = 8;
        unsignedLong.isUnsigned = true;
        const types::TypeMapping numbers = types::mapColumnType(
            arrayOf(unsignedLong), SqlDialect::Generic, SqlDialect::PostgreSql);
        QCOMPARE(text(numbers.nativeType), QStringLiteral("numeric(20,0)[]"));
        QCOMPARE(codesOf(numbers), QStringLiteral("TYPE-UNSIGNED-RANGE"));

        const types::TypeMapping nested = types::mapColumnType(
            arrayOf(arrayOf(unsignedLong)), SqlDialect::Generic, SqlDialect::PostgreSql);
        QCOMPARE(text(nested.nativeType), QStringLiteral("text"));
        QCOMPARE(nested.fidelity, Fidelity::Unsupported);
        QCOMPARE(codesOf(nested), QStringLiteral("TYPE-ARRAY-TEXT"));
    }

    void refusesTargetsWithoutTables()
    {
        const types::TypeMapping mapping = types::mapColumnType(
            types::canonicalTypeOf(SqlDialect::MySql, "int"), SqlDialect::MySql, SqlDialect::TSql);
        QVERIFY(mapping.nativeType.empty());
        QCOMPARE(mapping.fidelity, Fidelity::Unsupported);
        QCOMPARE(codesOf(mapping), QStringLiteral("TYPE-TARGET-UNSUPPORTED"));
    }

    /// Every documented type of every pair: each note has a listed code with the listed
    /// fidelity, the mapping's fidelity is the worst note's, and the target type is the one
    /// the load path creates.
    void documentedMappingsAreConsistent()
    {
        for (const SqlDialect source : types::sourceDialects()) {
            for (const SqlDialect target : types::targetDialects()) {
                for (const auto &example : types::documentedSourceTypes(source)) {
                    const auto mapping = types::mapColumnType(example.type, source, target);
                    const QByteArray where = QByteArray(types::engineName(source)) + " -> "
                        + types::engineName(target) + ": " + example.nativeType.c_str();
                    QVERIFY2(!mapping.nativeType.empty(), where.constData());
                    Fidelity worst = Fidelity::Exact;
                    for (const types::TypeNote &note : mapping.notes) {
                        const types::TypeNoteCode *known = findCode(note.code);
                        QVERIFY2(known, (where + " " + note.code.c_str()).constData());
                        QVERIFY2(known->fidelity == note.fidelity,
                                 (where + " " + note.code.c_str()).constData());
                        worst = std::max(worst, note.fidelity);
                    }
                    QVERIFY2(mapping.fidelity == worst, where.constData());
                }
            }
        }
    }

    /// Only the types no parser knows are unknown, and together the sources' documents cover
    /// every canonical family the catalog can hold.
    void documentedTypesCoverEveryFamily()
    {
        const QSet<QString> expectedUnknown {
            QStringLiteral("postgresql tsvector"), QStringLiteral("sqlserver sql_variant"),
            QStringLiteral("sqlserver hierarchyid"), QStringLiteral("oracle BFILE")};
        QSet<QString> unknown;
        QSet<int> families;
        for (const SqlDialect source : types::sourceDialects()) {
            for (const auto &example : types::documentedSourceTypes(source)) {
                families.insert(int(example.type.family));
                if (example.type.family == TypeFamily::Unknown)
                    unknown.insert(QLatin1String(types::engineName(source)) + QLatin1Char(' ')
                                   + text(example.nativeType));
            }
        }
        QCOMPARE(unknown, expectedUnknown);
        QCOMPARE(families.size(), int(TypeFamily::RowId) + 1);
    }

    void listsCodesSortedAndUnique()
    {
        const auto &codes = types::typeNoteCodes();
        for (size_t i = 1; i < codes.size(); ++i)
            QVERIFY2(std::string_view(codes[i - 1].code) < std::string_view(codes[i].code),
                     codes[i].code);
    }
};

QTEST_GUILESS_MAIN(TestTypeMapping)
#include "tst_type_mapping.moc"
