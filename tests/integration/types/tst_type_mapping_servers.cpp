// SPDX-License-Identifier: MIT
// The target types of the type mapping against the harness servers: every type
// types::mapColumnType chooses for the documented types of every source is accepted by
// CREATE TABLE on PostgreSQL 15 and on MariaDB (as the MySQL and the MariaDB target), which
// catches a misspelt or out-of-range type name. Then the two wrong mappings found while writing
// the mapping, proven with values: PostgreSQL's money and numeric with a negative scale. Each
// statement is plain SQL through the server's own client library.
#include "engine/core/dialect.h"
#include "engine/types/canonical_type.h"
#include "engine/types/postgres_types.h"
#include "engine/types/type_mapping.h"
#include "engine/types/type_mapping_docs.h"
#include "tests/support/plain_sql.h"
#include "tests/support/test_support.h"

#include <QtTest>

#include <set>

using namespace ferry;

#define OPEN(connection) QVERIFY2((connection).isOpen(), (connection).lastError().c_str())

#define EXEC(connection, ...)                                                                      \
    do {                                                                                           \
        const bool done_ = (connection).execute(__VA_ARGS__);                                      \
        QVERIFY2(done_, (connection).lastError().c_str());                                         \
    } while (false)

namespace {

/// Every native type the mapping creates on `target` for the documented source types.
std::set<std::string> targetTypes(SqlDialect target)
{
    std::set<std::string> types;
    for (const SqlDialect source : types::sourceDialects()) {
        for (const auto &example : types::documentedSourceTypes(source))
            types.insert(types::mapColumnType(example.type, source, target).nativeType);
    }
    return types;
}

/// The single value of a query, or "(failed: message)".
std::string scalar(test::PlainSql &connection, const std::string &sql)
{
    const auto rows = connection.rows(sql);
    if (!rows)
        return "(failed: " + connection.lastError() + ")";
    if (rows->size() != 1 || rows->front().size() != 1 || !rows->front().front())
        return "(not one value)";
    return *rows->front().front();
}

CanonicalType fromPostgres(const char *typeText) { return postgres::canonicalTypeOfText(typeText); }

} // namespace

class TestTypeMappingServers : public QObject
{
    Q_OBJECT

private:
    std::string m_schema; ///< PostgreSQL schema of this run
    std::string m_database; ///< MariaDB database of this run

    /// Creates one table per type (so each failure names its type) and drops them again.
    void createEveryType(test::PlainSql &connection, const std::string &container,
                         SqlDialect target)
    {
        const Dialect quoting
            = target == SqlDialect::PostgreSql ? Dialect::PostgreSql : Dialect::MySql;
        int created = 0;
        QStringList refused;
        for (const std::string &type : targetTypes(target)) {
            std::string name(1, 't');
            name += std::to_string(++created);
            const std::string table = quoteQualified(quoting, container, name);
            if (!connection.execute("CREATE TABLE " + table + " (c " + type + ")"))
                refused << QString::fromStdString(type + ": " + connection.lastError());
            else
                EXEC(connection, "DROP TABLE " + table);
        }
        QVERIFY2(refused.isEmpty(), qPrintable(refused.join(QLatin1Char('\n'))));
        QVERIFY2(created > 40, qPrintable(QString::number(created))); // the set is not empty
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_schema = test::uniqueName("typemap");
        m_database = test::uniqueName("typemap");
        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        EXEC(pg, "CREATE SCHEMA " + m_schema);
        test::PlainSql maria(test::mysqlSpec());
        OPEN(maria);
        EXEC(maria, "CREATE DATABASE " + m_database + " CHARACTER SET utf8mb4");
    }

    void cleanupTestCase()
    {
        test::PlainSql pg(test::postgresSpec());
        if (pg.isOpen() && !m_schema.empty())
            (void)pg.execute("DROP SCHEMA IF EXISTS " + m_schema + " CASCADE");
        test::PlainSql maria(test::mysqlSpec());
        if (maria.isOpen() && !m_database.empty())
            (void)maria.execute("DROP DATABASE IF EXISTS " + m_database);
    }

    void postgresAcceptsEveryTargetType()
    {
        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        createEveryType(pg, m_schema, SqlDialect::PostgreSql);
    }

    void mariaDbAcceptsEveryMySqlTargetType()
    {
        test::PlainSql maria(test::mysqlSpec());
        OPEN(maria);
        createEveryType(maria, m_database, SqlDialect::MySql);
    }

    void mariaDbAcceptsEveryMariaDbTargetType()
    {
        test::PlainSql maria(test::mysqlSpec());
        OPEN(maria);
        createEveryType(maria, m_database, SqlDialect::MariaDb);
    }

    /// PostgreSQL's money reaches 92233720368547758.07 (17 integer digits): numeric(19,4),
    /// the type created before, refuses it; the mapped type holds it on both targets.
    void moneyKeepsItsLargestValue()
    {
        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        const std::string largest = "'92233720368547758.07'::money::numeric";
        QCOMPARE(scalar(pg, "SELECT " + largest), std::string("92233720368547758.07"));
        QVERIFY(!pg.execute("SELECT (" + largest + ")::numeric(19,4)"));

        const CanonicalType money = fromPostgres("money");
        const std::string pgType
            = types::mapColumnType(money, SqlDialect::PostgreSql, SqlDialect::PostgreSql)
                  .nativeType;
        EXEC(pg, "CREATE TABLE " + m_schema + ".money_kept (c " + pgType + ")");
        EXEC(pg, "INSERT INTO " + m_schema + ".money_kept SELECT " + largest);
        QCOMPARE(scalar(pg, "SELECT c FROM " + m_schema + ".money_kept"),
                 std::string("92233720368547758.0700"));

        test::PlainSql maria(test::mysqlSpec());
        OPEN(maria);
        const std::string mysqlType
            = types::mapColumnType(money, SqlDialect::PostgreSql, SqlDialect::MariaDb).nativeType;
        EXEC(maria, "CREATE TABLE " + m_database + ".money_kept (c " + mysqlType + ")");
        EXEC(maria, "INSERT INTO " + m_database + ".money_kept VALUES (92233720368547758.07)");
        QCOMPARE(scalar(maria, "SELECT c FROM " + m_database + ".money_kept"),
                 std::string("92233720368547758.0700"));
    }

    /// numeric(5,-2) (PostgreSQL 15) stores 9999949 as 9999900: numeric(5), the type created
    /// before, refuses it; the mapped type holds it.
    void negativeScaleKeepsItsLargestValue()
    {
        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        EXEC(pg, "CREATE TABLE " + m_schema + ".rounded (c numeric(5,-2))");
        EXEC(pg, "INSERT INTO " + m_schema + ".rounded VALUES (9999949)");
        QCOMPARE(scalar(pg, "SELECT c FROM " + m_schema + ".rounded"), std::string("9999900"));
        QVERIFY(!pg.execute("SELECT c::numeric(5) FROM " + m_schema + ".rounded"));

        const std::string mapped
            = types::mapColumnType(fromPostgres("numeric(5,-2)"), SqlDialect::PostgreSql,
                                   SqlDialect::PostgreSql)
                  .nativeType;
        QCOMPARE(scalar(pg, "SELECT c::" + mapped + " FROM " + m_schema + ".rounded"),
                 std::string("9999900"));
    }
};

QTEST_GUILESS_MAIN(TestTypeMappingServers)
#include "tst_type_mapping_servers.moc"
