// SPDX-License-Identifier: MIT
#include "engine/catalog/catalog_json.h"
#include "engine/types/canonical_type.h"

#include <QJsonArray>
#include <QTest>

using namespace ferry;

class TestCanonicalType : public QObject
{
    Q_OBJECT

private slots:
    void rendersCompactText()
    {
        CanonicalType bigint{.family = TypeFamily::Integer, .byteWidth = 8};
        QCOMPARE(bigint.toString(), std::string("integer(8)"));
        CanonicalType unsignedInt{.family = TypeFamily::Integer, .byteWidth = 4, .isUnsigned = true};
        QCOMPARE(unsignedInt.toString(), std::string("integer(4,unsigned)"));
        CanonicalType decimal{.family = TypeFamily::Decimal, .precision = 38, .scale = 10};
        QCOMPARE(decimal.toString(), std::string("decimal(38,10)"));
        CanonicalType numeric{.family = TypeFamily::Decimal};
        QCOMPARE(numeric.toString(), std::string("decimal"));
        CanonicalType text{.family = TypeFamily::String, .isLob = true};
        QCOMPARE(text.toString(), std::string("string(lob)"));
        CanonicalType varchar{.family = TypeFamily::String, .length = 255, .charset = "utf8mb4"};
        QCOMPARE(varchar.toString(), std::string("string(255,utf8mb4)"));
        CanonicalType timestamptz{.family = TypeFamily::Timestamp, .fractionalDigits = 6,
                                  .withTimeZone = true};
        QCOMPARE(timestamptz.toString(), std::string("timestamp(6,tz)"));
        CanonicalType wideTime{.family = TypeFamily::Time, .fractionalDigits = 0, .wideRange = true};
        QCOMPARE(wideTime.toString(), std::string("time(0,wide)"));
        CanonicalType enumType{.family = TypeFamily::Enum, .labels = {"small", "large"}};
        QCOMPARE(enumType.toString(), std::string("enum(small,large)"));
        CanonicalType array{.family = TypeFamily::Array,
                            .element = std::make_shared<CanonicalType>(bigint)};
        QCOMPARE(array.toString(), std::string("array<integer(8)>"));
    }

    void comparesDeeply()
    {
        CanonicalType a{.family = TypeFamily::Array,
                        .element = std::make_shared<CanonicalType>(
                            CanonicalType{.family = TypeFamily::Integer, .byteWidth = 4})};
        CanonicalType b = a;
        b.element = std::make_shared<CanonicalType>(CanonicalType{.family = TypeFamily::Integer,
                                                                   .byteWidth = 4});
        QVERIFY(a == b);
        b.element = std::make_shared<CanonicalType>(CanonicalType{.family = TypeFamily::Integer,
                                                                   .byteWidth = 8});
        QVERIFY(!(a == b));
    }

    void parsesReferentialActionNames()
    {
        QCOMPARE(referentialActionFromName("CASCADE"), ReferentialAction::Cascade);
        QCOMPARE(referentialActionFromName("set null"), ReferentialAction::SetNull);
        QCOMPARE(referentialActionFromName("Set Default"), ReferentialAction::SetDefault);
        QCOMPARE(referentialActionFromName("RESTRICT"), ReferentialAction::Restrict);
        QCOMPARE(referentialActionFromName("NO ACTION"), ReferentialAction::NoAction);
        QCOMPARE(referentialActionFromName(""), ReferentialAction::NoAction);
        QCOMPARE(referentialActionFromName("CASCADES"), ReferentialAction::NoAction);
    }

    void catalogJsonListsNativeAndCanonicalTypes()
    {
        Catalog catalog;
        catalog.dialect = Dialect::MySql;
        catalog.product = "MariaDB";
        Schema schema;
        schema.name = "shop";
        Table table;
        table.name = "orders";
        table.rowEstimate = 42;
        Column id;
        id.name = "id";
        id.ordinal = 1;
        id.nativeType = "bigint(20) unsigned";
        id.type = CanonicalType{.family = TypeFamily::Integer, .byteWidth = 8, .isUnsigned = true};
        id.nullable = false;
        id.autoIncrement = true;
        table.columns.push_back(id);
        table.primaryKey = KeyConstraint{"PRIMARY", {"id"}};
        schema.tables.push_back(table);
        catalog.schemas.push_back(schema);

        const QJsonObject json = catalogToJson(catalog);
        QCOMPARE(json.value(QStringLiteral("dialect")).toString(), QStringLiteral("mysql"));
        const QJsonObject jsonTable = json[QStringLiteral("schemas")][0][QStringLiteral("tables")][0].toObject();
        QCOMPARE(jsonTable.value(QStringLiteral("rowEstimate")).toInteger(), 42);
        const QJsonObject column = jsonTable[QStringLiteral("columns")][0].toObject();
        QCOMPARE(column.value(QStringLiteral("nativeType")).toString(), QStringLiteral("bigint(20) unsigned"));
        QCOMPARE(column.value(QStringLiteral("canonicalType")).toString(), QStringLiteral("integer(8,unsigned)"));
        QCOMPARE(column[QStringLiteral("type")][QStringLiteral("family")].toString(), QStringLiteral("integer"));
        QCOMPARE(column.value(QStringLiteral("nullable")).toBool(), false);
        QCOMPARE(jsonTable[QStringLiteral("primaryKey")][QStringLiteral("columns")][0].toString(), QStringLiteral("id"));
    }
};

QTEST_GUILESS_MAIN(TestCanonicalType)
#include "tst_canonical_type.moc"
