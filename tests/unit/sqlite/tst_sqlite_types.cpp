// SPDX-License-Identifier: MIT
// SQLite declared types: the affinity rules of datatype3 §3.1 and the refined canonical types.
#include "engine/types/sqlite_types.h"

#include <QTest>

#include <sqlite3.h>

using namespace ferry;
using ferry::sqlite::Affinity;

Q_DECLARE_METATYPE(ferry::sqlite::Affinity)

namespace {

/// The affinity SQLite itself applies to a column declared as declaredType, observed from
/// what it stores: 5 and '1.0' inserted into the column, and CAST('1.5' AS type).
QString observedAffinity(const std::string &declaredType)
{
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    const std::string create = "CREATE TABLE probe(c " + declaredType
        + ");"
          "INSERT INTO probe VALUES (5), ('1.0');";
    sqlite3_exec(db, create.c_str(), nullptr, nullptr, nullptr);
    QStringList storage;
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT typeof(c) FROM probe ORDER BY rowid", -1, &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW)
        storage << QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    QString cast;
    if (!declaredType.empty()) {
        const std::string sql = "SELECT typeof(CAST('1.5' AS " + declaredType + "))";
        sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr);
        if (sqlite3_step(statement) == SQLITE_ROW)
            cast = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    const QString stored = storage.join(QLatin1Char(','));
    if (stored == QLatin1String("integer,integer"))
        return cast == QLatin1String("integer") ? QStringLiteral("INTEGER")
                                                : QStringLiteral("NUMERIC");
    if (stored == QLatin1String("real,real"))
        return QStringLiteral("REAL");
    if (stored == QLatin1String("text,text"))
        return QStringLiteral("TEXT");
    if (stored == QLatin1String("integer,text"))
        return QStringLiteral("BLOB");
    return QStringLiteral("unexpected: ") + stored;
}

} // namespace

class TestSqliteTypes : public QObject
{
    Q_OBJECT

private slots:
    void affinityFollowsTheOrderedRules_data()
    {
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QString>("affinity");
        // Examples of datatype3 §3.1.1 plus the traps the rule order sets.
        QTest::newRow("INT") << "INT"
                             << "INTEGER";
        QTest::newRow("INTEGER") << "INTEGER"
                                 << "INTEGER";
        QTest::newRow("TINYINT") << "TINYINT"
                                 << "INTEGER";
        QTest::newRow("UNSIGNED BIG INT") << "UNSIGNED BIG INT"
                                          << "INTEGER";
        QTest::newRow("INT8") << "INT8"
                              << "INTEGER";
        QTest::newRow("lower case int") << "bigint"
                                        << "INTEGER";
        QTest::newRow("CHARINT: INT wins over CHAR") << "CHARINT"
                                                     << "INTEGER";
        QTest::newRow("FLOATING POINT: the INT in POINT wins") << "FLOATING POINT"
                                                               << "INTEGER";
        QTest::newRow("POINT") << "POINT"
                               << "INTEGER";
        QTest::newRow("CHARACTER(20)") << "CHARACTER(20)"
                                       << "TEXT";
        QTest::newRow("VARCHAR(255)") << "VARCHAR(255)"
                                      << "TEXT";
        QTest::newRow("NATIVE CHARACTER(70)") << "NATIVE CHARACTER(70)"
                                              << "TEXT";
        QTest::newRow("NVARCHAR(100)") << "NVARCHAR(100)"
                                       << "TEXT";
        QTest::newRow("TEXT") << "TEXT"
                              << "TEXT";
        QTest::newRow("CLOB") << "CLOB"
                              << "TEXT";
        QTest::newRow("BLOB") << "BLOB"
                              << "BLOB";
        QTest::newRow("no type") << ""
                                 << "BLOB";
        QTest::newRow("REAL") << "REAL"
                              << "REAL";
        QTest::newRow("DOUBLE") << "DOUBLE"
                                << "REAL";
        QTest::newRow("DOUBLE PRECISION") << "DOUBLE PRECISION"
                                          << "REAL";
        QTest::newRow("FLOAT") << "FLOAT"
                               << "REAL";
        QTest::newRow("NUMERIC") << "NUMERIC"
                                 << "NUMERIC";
        QTest::newRow("DECIMAL(10,5)") << "DECIMAL(10,5)"
                                       << "NUMERIC";
        QTest::newRow("BOOLEAN") << "BOOLEAN"
                                 << "NUMERIC";
        QTest::newRow("DATE") << "DATE"
                              << "NUMERIC";
        QTest::newRow("DATETIME") << "DATETIME"
                                  << "NUMERIC";
        QTest::newRow("STRING is numeric") << "STRING"
                                           << "NUMERIC";
        QTest::newRow("JSON") << "JSON"
                              << "NUMERIC";
        QTest::newRow("BYTEA") << "BYTEA"
                               << "NUMERIC";
    }

    void affinityFollowsTheOrderedRules()
    {
        QFETCH(QString, declared);
        QFETCH(QString, affinity);
        const std::string type = declared.toStdString();
        QCOMPARE(QString::fromLatin1(sqlite::affinityName(sqlite::affinityOf(type))), affinity);
        QCOMPARE(QString::fromLatin1(sqlite::affinityName(sqlite::mapDeclaredType(type).affinity)),
                 affinity);
        // SQLite itself agrees (observed from how it stores values, independent of Ferry).
        QCOMPARE(observedAffinity(type), affinity);
    }

    void mapsDeclaredTypesToCanonicalTypes_data()
    {
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<bool>("refined");
        QTest::newRow("INTEGER") << "INTEGER"
                                 << "integer(8)" << true;
        QTest::newRow("integer lower case") << "integer"
                                            << "integer(8)" << true;
        QTest::newRow("BIGINT") << "BIGINT"
                                << "integer(8)" << true;
        QTest::newRow("INT") << "INT"
                             << "integer(4)" << true;
        QTest::newRow("INT(11) display width") << "INT(11)"
                                               << "integer(4)" << true;
        QTest::newRow("INT UNSIGNED") << "INT UNSIGNED"
                                      << "integer(4,unsigned)" << true;
        QTest::newRow("UNSIGNED BIG INT") << "UNSIGNED BIG INT"
                                          << "integer(8,unsigned)" << true;
        QTest::newRow("MEDIUMINT") << "MEDIUMINT"
                                   << "integer(3)" << true;
        QTest::newRow("SMALLINT") << "SMALLINT"
                                  << "integer(2)" << true;
        QTest::newRow("INT2") << "INT2"
                              << "integer(2)" << true;
        QTest::newRow("TINYINT") << "TINYINT"
                                 << "integer(1)" << true;
        QTest::newRow("INT8") << "INT8"
                              << "integer(8)" << true;
        QTest::newRow("VARCHAR(255)") << "VARCHAR(255)"
                                      << "string(255)" << true;
        QTest::newRow("varchar ( 40 ) spaced") << "varchar ( 40 )"
                                               << "string(40)" << true;
        QTest::newRow("VARCHAR without length") << "VARCHAR"
                                                << "string" << true;
        QTest::newRow("NVARCHAR(100)") << "NVARCHAR(100)"
                                       << "string(100)" << true;
        QTest::newRow("VARYING CHARACTER(255)") << "VARYING CHARACTER(255)"
                                                << "string(255)" << true;
        QTest::newRow("CHARACTER VARYING(30)") << "CHARACTER VARYING(30)"
                                               << "string(30)" << true;
        QTest::newRow("CHAR(8)") << "CHAR(8)"
                                 << "char(8)" << true;
        QTest::newRow("CHARACTER(20)") << "CHARACTER(20)"
                                       << "char(20)" << true;
        QTest::newRow("NCHAR(55)") << "NCHAR(55)"
                                   << "char(55)" << true;
        QTest::newRow("NATIVE CHARACTER(70)") << "NATIVE CHARACTER(70)"
                                              << "char(70)" << true;
        QTest::newRow("CHAR without length is unbounded") << "CHAR"
                                                          << "string" << true;
        QTest::newRow("TEXT") << "TEXT"
                              << "string(lob)" << true;
        QTest::newRow("CLOB") << "CLOB"
                              << "string(lob)" << true;
        QTest::newRow("LONGTEXT") << "LONGTEXT"
                                  << "string(lob)" << true;
        QTest::newRow("BLOB") << "BLOB"
                              << "varbinary(lob)" << true;
        QTest::newRow("BINARY(16)") << "BINARY(16)"
                                    << "binary(16)" << true;
        QTest::newRow("VARBINARY(64)") << "VARBINARY(64)"
                                       << "varbinary(64)" << true;
        QTest::newRow("REAL") << "REAL"
                              << "float(8)" << true;
        QTest::newRow("DOUBLE") << "DOUBLE"
                                << "float(8)" << true;
        QTest::newRow("DOUBLE PRECISION") << "DOUBLE PRECISION"
                                          << "float(8)" << true;
        QTest::newRow("FLOAT") << "FLOAT"
                               << "float(8)" << true;
        QTest::newRow("FLOATING POINT (integer affinity)") << "FLOATING POINT"
                                                           << "float(8)" << true;
        QTest::newRow("NUMERIC") << "NUMERIC"
                                 << "decimal" << true;
        QTest::newRow("DECIMAL(10,5)") << "DECIMAL(10,5)"
                                       << "decimal(10,5)" << true;
        QTest::newRow("decimal(12, 2)") << "decimal(12, 2)"
                                        << "decimal(12,2)" << true;
        QTest::newRow("NUMERIC(9)") << "NUMERIC(9)"
                                    << "decimal(9,0)" << true;
        QTest::newRow("BOOLEAN") << "BOOLEAN"
                                 << "boolean" << true;
        QTest::newRow("BOOL") << "BOOL"
                              << "boolean" << true;
        QTest::newRow("DATE") << "DATE"
                              << "date" << true;
        QTest::newRow("DATETIME") << "DATETIME"
                                  << "timestamp" << true;
        QTest::newRow("TIMESTAMP") << "TIMESTAMP"
                                   << "timestamp" << true;
        QTest::newRow("TIMESTAMP(3)") << "TIMESTAMP(3)"
                                      << "timestamp(3)" << true;
        QTest::newRow("TIMESTAMP WITH TIME ZONE") << "TIMESTAMP WITH TIME ZONE"
                                                  << "timestamp(tz)" << true;
        QTest::newRow("TIMESTAMP(6) WITHOUT TIME ZONE") << "TIMESTAMP(6) WITHOUT TIME ZONE"
                                                        << "timestamp(6)" << true;
        QTest::newRow("TIME") << "TIME"
                              << "time" << true;
        QTest::newRow("JSON") << "JSON"
                              << "json" << true;
        QTest::newRow("UUID") << "UUID"
                              << "uuid" << true;
        QTest::newRow("BYTEA") << "BYTEA"
                               << "varbinary(lob)" << true;
        // The TEXT-affinity names Ferry's SQLite target declares (sqlite_target.cpp).
        QTest::newRow("DECIMAL_TEXT(38,10)") << "DECIMAL_TEXT(38,10)"
                                             << "decimal(38,10)" << true;
        QTest::newRow("DECIMAL_TEXT") << "DECIMAL_TEXT"
                                      << "decimal" << true;
        QTest::newRow("JSON_TEXT") << "JSON_TEXT"
                                   << "json" << true;
        QTest::newRow("JSONB_TEXT") << "JSONB_TEXT"
                                    << "json(binary)" << true;
        QTest::newRow("BIT_TEXT(12)") << "BIT_TEXT(12)"
                                      << "bit(12)" << true;
        QTest::newRow("YEAR_TEXT") << "YEAR_TEXT"
                                   << "year" << true;
        QTest::newRow("UUID_TEXT") << "UUID_TEXT"
                                   << "uuid" << true;
        QTest::newRow("XML_TEXT") << "XML_TEXT"
                                  << "xml" << true;
        QTest::newRow("INTERVAL_TEXT") << "INTERVAL_TEXT"
                                       << "interval" << true;
        QTest::newRow("INET_TEXT") << "INET_TEXT"
                                   << "inet" << true;
        // Unknown names: the affinity's family, marked as not refined.
        QTest::newRow("no type: blob affinity") << ""
                                                << "varbinary(lob)" << false;
        QTest::newRow("CHARINT: integer affinity") << "CHARINT"
                                                   << "integer(8)" << false;
        QTest::newRow("POINT: integer affinity") << "POINT"
                                                 << "integer(8)" << false;
        QTest::newRow("STRING: numeric affinity") << "STRING"
                                                  << "decimal" << false;
        QTest::newRow("XMLTEXT: text affinity") << "XMLTEXT"
                                                << "string(lob)" << false;
        QTest::newRow("MYBLOBTYPE: blob affinity") << "MYBLOBTYPE"
                                                   << "varbinary(lob)" << false;
        QTest::newRow("DOUBLE_ISH: real affinity") << "DOUBLE_ISH"
                                                   << "float(8)" << false;
        QTest::newRow("VARCHAR(MAX): text, not refined by length") << "VARCHAR(MAX)"
                                                                   << "string" << true;
    }

    void mapsDeclaredTypesToCanonicalTypes()
    {
        QFETCH(QString, declared);
        QFETCH(QString, canonical);
        QFETCH(bool, refined);
        const auto mapping = sqlite::mapDeclaredType(declared.toStdString());
        QCOMPARE(QString::fromStdString(mapping.type.toString()), canonical);
        QCOMPARE(mapping.refined, refined);
        QCOMPARE(QString::fromStdString(sqlite::canonicalTypeOf(declared.toStdString()).toString()),
                 canonical);
    }

    void refinedTypesCarryEveryField()
    {
        const CanonicalType decimal = sqlite::canonicalTypeOf("DECIMAL(12, 2)");
        QCOMPARE(decimal.family, TypeFamily::Decimal);
        QCOMPARE(decimal.precision, 12);
        QCOMPARE(decimal.scale, 2);

        const CanonicalType varchar = sqlite::canonicalTypeOf("VARCHAR(120)");
        QCOMPARE(varchar.family, TypeFamily::String);
        QCOMPARE(varchar.length, int64_t(120));
        QVERIFY(!varchar.isLob);

        const CanonicalType text = sqlite::canonicalTypeOf("TEXT");
        QCOMPARE(text.family, TypeFamily::String);
        QCOMPARE(text.length, int64_t(-1));
        QVERIFY(text.isLob);

        const CanonicalType timestamp = sqlite::canonicalTypeOf("timestamp(3) with time zone");
        QCOMPARE(timestamp.family, TypeFamily::Timestamp);
        QCOMPARE(timestamp.fractionalDigits, 3);
        QVERIFY(timestamp.withTimeZone);

        const CanonicalType tiny = sqlite::canonicalTypeOf("TINYINT UNSIGNED");
        QCOMPARE(tiny.family, TypeFamily::Integer);
        QCOMPARE(tiny.byteWidth, 1);
        QVERIFY(tiny.isUnsigned);

        const CanonicalType blob = sqlite::canonicalTypeOf("");
        QCOMPARE(blob.family, TypeFamily::VarBinary);
        QVERIFY(blob.isLob);
        QCOMPARE(blob.length, int64_t(-1));
    }
};

QTEST_GUILESS_MAIN(TestSqliteTypes)
#include "tst_sqlite_types.moc"
