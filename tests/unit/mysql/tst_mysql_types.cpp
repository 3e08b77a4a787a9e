// SPDX-License-Identifier: MIT
// MySQL/MariaDB native type text -> canonical type, against hand-written expectations.
#include "engine/types/mysql_types.h"

#include <QTest>

using namespace ferry;

Q_DECLARE_METATYPE(ferry::CanonicalType)

namespace {

CanonicalType integer(int width, bool isUnsigned = false)
{
    return CanonicalType { .family = TypeFamily::Integer,
                           .byteWidth = width,
                           .isUnsigned = isUnsigned };
}

CanonicalType geometry(const char *subtype)
{
    return CanonicalType { .family = TypeFamily::Geometry, .subtype = subtype };
}

} // namespace

class TestMySqlTypes : public QObject
{
    Q_OBJECT

private slots:
    void mapsColumnTypes_data()
    {
        QTest::addColumn<QString>("columnType");
        QTest::addColumn<QString>("charset");
        QTest::addColumn<CanonicalType>("expected");
        QTest::addColumn<QString>("text");

        // Integers: every width, signed and unsigned; MariaDB and MySQL 8 spellings.
        QTest::newRow("tinyint") << "tinyint(4)"
                                 << "" << integer(1) << "integer(1)";
        QTest::newRow("tinyint unsigned") << "tinyint(3) unsigned"
                                          << "" << integer(1, true) << "integer(1,unsigned)";
        // tinyint(1) is MySQL's BOOLEAN but holds -128..127: it stays an integer.
        QTest::newRow("tinyint(1)") << "tinyint(1)"
                                    << "" << integer(1) << "integer(1)";
        QTest::newRow("smallint") << "smallint(6)"
                                  << "" << integer(2) << "integer(2)";
        QTest::newRow("smallint unsigned") << "smallint unsigned"
                                           << "" << integer(2, true) << "integer(2,unsigned)";
        QTest::newRow("mediumint") << "mediumint(9)"
                                   << "" << integer(3) << "integer(3)";
        QTest::newRow("mediumint unsigned") << "mediumint(8) unsigned"
                                            << "" << integer(3, true) << "integer(3,unsigned)";
        QTest::newRow("int") << "int(11)"
                             << "" << integer(4) << "integer(4)";
        QTest::newRow("int mysql8") << "int"
                                    << "" << integer(4) << "integer(4)";
        QTest::newRow("int unsigned zerofill") << "int(10) unsigned zerofill"
                                               << "" << integer(4, true) << "integer(4,unsigned)";
        QTest::newRow("bigint") << "bigint(20)"
                                << "" << integer(8) << "integer(8)";
        QTest::newRow("bigint unsigned") << "BIGINT(20) UNSIGNED"
                                         << "" << integer(8, true) << "integer(8,unsigned)";

        QTest::newRow("bit(1)") << "bit(1)"
                                << "" << CanonicalType { .family = TypeFamily::Bit, .length = 1 }
                                << "bit(1)";
        QTest::newRow("bit(12)") << "bit(12)"
                                 << "" << CanonicalType { .family = TypeFamily::Bit, .length = 12 }
                                 << "bit(12)";

        QTest::newRow("decimal") << "decimal(12,3)"
                                 << ""
                                 << CanonicalType { .family = TypeFamily::Decimal,
                                                    .precision = 12,
                                                    .scale = 3 }
                                 << "decimal(12,3)";
        QTest::newRow("decimal unsigned") << "decimal(10,0) unsigned"
                                          << ""
                                          << CanonicalType { .family = TypeFamily::Decimal,
                                                             .isUnsigned = true,
                                                             .precision = 10,
                                                             .scale = 0 }
                                          << "decimal(10,0,unsigned)";
        QTest::newRow("float") << "float"
                               << ""
                               << CanonicalType { .family = TypeFamily::Float, .byteWidth = 4 }
                               << "float(4)";
        QTest::newRow("float(7,4)")
            << "float(7,4)"
            << "" << CanonicalType { .family = TypeFamily::Float, .byteWidth = 4 } << "float(4)";
        QTest::newRow("double") << "double"
                                << ""
                                << CanonicalType { .family = TypeFamily::Float, .byteWidth = 8 }
                                << "float(8)";
        QTest::newRow("double unsigned")
            << "double unsigned"
            << ""
            << CanonicalType { .family = TypeFamily::Float, .byteWidth = 8, .isUnsigned = true }
            << "float(8,unsigned)";

        QTest::newRow("char latin1")
            << "char(10)"
            << "latin1"
            << CanonicalType { .family = TypeFamily::Char, .length = 10, .charset = "latin1" }
            << "char(10,latin1)";
        QTest::newRow("varchar utf8mb4")
            << "varchar(200)"
            << "utf8mb4"
            << CanonicalType { .family = TypeFamily::String, .length = 200, .charset = "utf8mb4" }
            << "string(200,utf8mb4)";
        for (const char *text : { "tinytext", "text", "mediumtext", "longtext" }) {
            QTest::newRow(text) << text << "utf8mb4"
                                << CanonicalType { .family = TypeFamily::String,
                                                   .isLob = true,
                                                   .charset = "utf8mb4" }
                                << "string(lob,utf8mb4)";
        }
        QTest::newRow("binary") << "binary(16)"
                                << ""
                                << CanonicalType { .family = TypeFamily::Binary, .length = 16 }
                                << "binary(16)";
        QTest::newRow("varbinary")
            << "varbinary(300)"
            << "" << CanonicalType { .family = TypeFamily::VarBinary, .length = 300 }
            << "varbinary(300)";
        for (const char *text : { "tinyblob", "blob", "mediumblob", "longblob" }) {
            QTest::newRow(text) << text << ""
                                << CanonicalType { .family = TypeFamily::VarBinary, .isLob = true }
                                << "varbinary(lob)";
        }

        QTest::newRow("date") << "date"
                              << "" << CanonicalType { .family = TypeFamily::Date } << "date";
        QTest::newRow("time") << "time"
                              << ""
                              << CanonicalType { .family = TypeFamily::Time,
                                                 .fractionalDigits = 0,
                                                 .wideRange = true }
                              << "time(0,wide)";
        QTest::newRow("time(3)") << "time(3)"
                                 << ""
                                 << CanonicalType { .family = TypeFamily::Time,
                                                    .fractionalDigits = 3,
                                                    .wideRange = true }
                                 << "time(3,wide)";
        QTest::newRow("datetime(6)")
            << "datetime(6)"
            << "" << CanonicalType { .family = TypeFamily::Timestamp, .fractionalDigits = 6 }
            << "timestamp(6)";
        QTest::newRow("datetime") << "datetime"
                                  << ""
                                  << CanonicalType { .family = TypeFamily::Timestamp,
                                                     .fractionalDigits = 0 }
                                  << "timestamp(0)";
        // TIMESTAMP is stored in UTC and shown in the session time zone: timestamptz.
        QTest::newRow("timestamp(6)") << "timestamp(6)"
                                      << ""
                                      << CanonicalType { .family = TypeFamily::Timestamp,
                                                         .fractionalDigits = 6,
                                                         .withTimeZone = true }
                                      << "timestamp(6,tz)";
        QTest::newRow("year") << "year(4)"
                              << "" << CanonicalType { .family = TypeFamily::Year } << "year";
        QTest::newRow("year mysql8")
            << "year"
            << "" << CanonicalType { .family = TypeFamily::Year } << "year";

        QTest::newRow("enum") << "enum('small','large')"
                              << "utf8mb4"
                              << CanonicalType { .family = TypeFamily::Enum,
                                                 .labels = { "small", "large" } }
                              << "enum(small,large)";
        QTest::newRow("enum quoted labels")
            << "enum('it''s','back\\\\slash','comma,here','paren)')"
            << "utf8mb4"
            << CanonicalType { .family = TypeFamily::Enum,
                               .labels = { "it's", "back\\slash", "comma,here", "paren)" } }
            << "enum(it's,back\\slash,comma,here,paren))";
        QTest::newRow("set") << "set('a','b','c')"
                             << "utf8mb4"
                             << CanonicalType { .family = TypeFamily::Set,
                                                .labels = { "a", "b", "c" } }
                             << "set(a,b,c)";
        QTest::newRow("json") << "json"
                              << "" << CanonicalType { .family = TypeFamily::Json } << "json";

        QTest::newRow("geometry") << "geometry"
                                  << "" << geometry("geometry") << "geometry(geometry)";
        QTest::newRow("point") << "point"
                               << "" << geometry("point") << "geometry(point)";
        QTest::newRow("linestring") << "linestring"
                                    << "" << geometry("linestring") << "geometry(linestring)";
        QTest::newRow("polygon") << "polygon"
                                 << "" << geometry("polygon") << "geometry(polygon)";
        QTest::newRow("multipoint") << "multipoint"
                                    << "" << geometry("multipoint") << "geometry(multipoint)";
        QTest::newRow("multilinestring")
            << "multilinestring"
            << "" << geometry("multilinestring") << "geometry(multilinestring)";
        QTest::newRow("multipolygon") << "multipolygon"
                                      << "" << geometry("multipolygon") << "geometry(multipolygon)";
        QTest::newRow("geometrycollection")
            << "geometrycollection"
            << "" << geometry("geometrycollection") << "geometry(geometrycollection)";
        QTest::newRow("geomcollection mysql8")
            << "geomcollection"
            << "" << geometry("geometrycollection") << "geometry(geometrycollection)";

        QTest::newRow("uuid") << "uuid"
                              << "" << CanonicalType { .family = TypeFamily::Uuid } << "uuid";
        QTest::newRow("inet4") << "inet4"
                               << ""
                               << CanonicalType { .family = TypeFamily::Inet, .subtype = "ipv4" }
                               << "inet";
        QTest::newRow("inet6") << "inet6"
                               << ""
                               << CanonicalType { .family = TypeFamily::Inet, .subtype = "ipv6" }
                               << "inet";
        QTest::newRow("unknown") << "vector(3)"
                                 << "" << CanonicalType { .family = TypeFamily::Unknown }
                                 << "unknown";
    }

    void mapsColumnTypes()
    {
        QFETCH(QString, columnType);
        QFETCH(QString, charset);
        QFETCH(CanonicalType, expected);
        QFETCH(QString, text);
        const CanonicalType actual
            = mysql::canonicalType(columnType.toStdString(), charset.toStdString());
        QCOMPARE(QString::fromStdString(actual.toString()), text);
        QVERIFY2(actual == expected, actual.toString().c_str());
    }

    void unescapesEnumLabels()
    {
        // COLUMN_TYPE escapes as MariaDB prints it: '' and \\ and \n.
        const auto labels = mysql::enumLabels("enum('a\tb','c\"d','nl\\nx','\xc3\xbc','','q''')");
        const std::vector<std::string> expected { "a\tb", "c\"d", "nl\nx", "\xc3\xbc", "", "q'" };
        QCOMPARE(labels, expected);
        QVERIFY(mysql::enumLabels("varchar(10)").empty());
    }

    void recognisesMariaDbJsonCheck()
    {
        QVERIFY(mysql::isMariaDbJsonCheck("json_valid(`js`)", "js"));
        QVERIFY(mysql::isMariaDbJsonCheck("JSON_VALID(`js`)", "js"));
        QVERIFY(mysql::isMariaDbJsonCheck("json_valid(`we``ird`)", "we`ird"));
        QVERIFY(!mysql::isMariaDbJsonCheck("json_valid(`other`)", "js"));
        QVERIFY(!mysql::isMariaDbJsonCheck("`qty` > 0", "qty"));
    }

    void normalizesDefaults_data()
    {
        QTest::addColumn<bool>("mariaDb");
        QTest::addColumn<bool>("hasDefault");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("dataType");
        QTest::addColumn<QString>("extra");
        QTest::addColumn<bool>("expectDefault");
        QTest::addColumn<QString>("expected");

        QTest::newRow("mariadb no default") << true << false << ""
                                            << "int"
                                            << "" << false << "";
        QTest::newRow("mariadb NULL") << true << true << "NULL"
                                      << "varchar"
                                      << "" << false << "";
        QTest::newRow("mariadb string") << true << true << "'it''s'"
                                        << "char"
                                        << "" << true << "'it''s'";
        QTest::newRow("mariadb number") << true << true << "1.500"
                                        << "decimal"
                                        << "" << true << "1.500";
        QTest::newRow("mariadb function") << true << true << "current_timestamp(6)"
                                          << "datetime"
                                          << "" << true << "current_timestamp(6)";
        QTest::newRow("mysql string") << false << true << "it's"
                                      << "varchar"
                                      << "" << true << "'it''s'";
        QTest::newRow("mysql backslash") << false << true << "a\\b"
                                         << "varchar"
                                         << "" << true << "'a\\\\b'";
        QTest::newRow("mysql number") << false << true << "42"
                                      << "int"
                                      << "" << true << "42";
        QTest::newRow("mysql bit") << false << true << "b'101'"
                                   << "bit"
                                   << "" << true << "b'101'";
        QTest::newRow("mysql date") << false << true << "2020-01-31"
                                    << "date"
                                    << "" << true << "'2020-01-31'";
        QTest::newRow("mysql now") << false << true << "CURRENT_TIMESTAMP(6)"
                                   << "datetime"
                                   << "DEFAULT_GENERATED" << true << "CURRENT_TIMESTAMP(6)";
        QTest::newRow("mysql expression") << false << true << "(rand() * 10)"
                                          << "double"
                                          << "DEFAULT_GENERATED" << true << "(rand() * 10)";
        QTest::newRow("mysql null") << false << false << ""
                                    << "varchar"
                                    << "" << false << "";
    }

    void normalizesDefaults()
    {
        QFETCH(bool, mariaDb);
        QFETCH(bool, hasDefault);
        QFETCH(QString, raw);
        QFETCH(QString, dataType);
        QFETCH(QString, extra);
        QFETCH(bool, expectDefault);
        QFETCH(QString, expected);
        const std::optional<std::string> input
            = hasDefault ? std::optional(raw.toStdString()) : std::nullopt;
        const auto actual
            = mysql::defaultExpression(mariaDb, input, dataType.toStdString(), extra.toStdString());
        QCOMPARE(actual.has_value(), expectDefault);
        if (expectDefault)
            QCOMPARE(QString::fromStdString(*actual), expected);
    }

    void quotesStringLiterals()
    {
        QCOMPARE(mysql::quoteStringLiteral("it's"), std::string("'it''s'"));
        QCOMPARE(mysql::quoteStringLiteral("a\\b\nc"), std::string("'a\\\\b\\nc'"));
        QCOMPARE(mysql::quoteStringLiteral(std::string("x\0y", 3)), std::string("'x\\0y'"));
    }
};

QTEST_GUILESS_MAIN(TestMySqlTypes)
#include "tst_mysql_types.moc"
