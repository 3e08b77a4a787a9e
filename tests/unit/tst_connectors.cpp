// SPDX-License-Identifier: MIT
// The connector registry (engine/connectors/connector.h): one capability object per engine,
// asked for everything engine-specific outside engine/connectors/.
#include "engine/connectors/connector.h"

#include <QTest>

using namespace ferry;

class TstConnectors : public QObject
{
    Q_OBJECT

private slots:
    void everyKindHasItsConnector()
    {
        for (Dialect kind : {Dialect::PostgreSql, Dialect::MySql, Dialect::Sqlite, Dialect::Odbc}) {
            const Connector &connector = connectorFor(kind);
            QCOMPARE(connector.kind(), kind);
            QVERIFY(connector.capabilities().source);
            QVERIFY(!connector.capabilities().changeCapture); // not built yet
            ConnectionSpec spec;
            spec.dialect = kind;
            QCOMPARE(connector.endpoint(spec)->dialect(), kind);
        }
    }

    /// Targets give their native types without a connection; ODBC is no target.
    void targetsAndTheirTypes()
    {
        CanonicalType unsigned64;
        unsigned64.family = TypeFamily::Integer;
        unsigned64.byteWidth = 8;
        unsigned64.isUnsigned = true;
        QCOMPARE(connectorFor(Dialect::PostgreSql).nativeType(unsigned64),
                 std::string("numeric(20,0)"));
        QCOMPARE(connectorFor(Dialect::MySql).nativeType(unsigned64),
                 std::string("bigint unsigned"));
        CanonicalType integer = unsigned64;
        integer.isUnsigned = false;
        QCOMPARE(connectorFor(Dialect::Sqlite).nativeType(integer), std::string("BIGINT"));
        QCOMPARE(connectorFor(Dialect::Sqlite).nativeType(unsigned64),
                 std::string("DECIMAL_TEXT(20,0)"));

        const Connector &odbc = connectorFor(Dialect::Odbc);
        QVERIFY(!odbc.capabilities().target);
        QCOMPARE(odbc.nativeType(unsigned64), std::string());
        ConnectionSpec spec;
        spec.dialect = Dialect::Odbc;
        spec.dsn = "anything";
        auto target = load::openTargetSession(spec);
        QVERIFY(!target);
        QCOMPARE(target.error().code, ErrorCode::NotSupported);
        QVERIFY2(target.error().message.find("ODBC") != std::string::npos,
                 target.error().message.c_str());
        QVERIFY(!target.error().hint.empty());
        QVERIFY(!target.error().location.empty());
    }

    /// The SQL a database speaks, from the product name servers and ODBC drivers report: an
    /// ODBC connection can speak any of them.
    void sqlDialectOfProducts()
    {
        QCOMPARE(sqlDialectOfProduct("PostgreSQL"), SqlDialect::PostgreSql);
        QCOMPARE(sqlDialectOfProduct("10.11.6-MariaDB-0+deb12u1"), SqlDialect::MariaDb);
        QCOMPARE(sqlDialectOfProduct("MySQL"), SqlDialect::MySql);
        QCOMPARE(sqlDialectOfProduct("SQLite"), SqlDialect::Sqlite);
        QCOMPARE(sqlDialectOfProduct("Microsoft SQL Server"), SqlDialect::TSql);
        QCOMPARE(sqlDialectOfProduct("Oracle"), SqlDialect::PlSql);
        QCOMPARE(sqlDialectOfProduct("Informix"), SqlDialect::Generic);
        QVERIFY(isMySqlFamily(SqlDialect::MariaDb) && !isMySqlFamily(SqlDialect::TSql));
        QCOMPARE(std::string(sqlDialectName(SqlDialect::TSql)), std::string("tsql"));
    }

    void identifierRules()
    {
        QCOMPARE(connectorFor(Dialect::PostgreSql).identifierRules().maxIdentifierLength,
                 size_t(63));
        QVERIFY(connectorFor(Dialect::PostgreSql).identifierRules().indexesPerSchema);
        QCOMPARE(connectorFor(Dialect::MySql).identifierRules().maxIdentifierLength, size_t(64));
        QVERIFY(connectorFor(Dialect::MySql).identifierRules().lengthInCharacters);
        QVERIFY(connectorFor(Dialect::MySql).identifierRules().foreignKeysPerSchema);
        QCOMPARE(connectorFor(Dialect::Sqlite).identifierRules().maxIdentifierLength, size_t(0));
    }
};

QTEST_APPLESS_MAIN(TstConnectors)
#include "tst_connectors.moc"
