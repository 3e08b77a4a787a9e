// SPDX-License-Identifier: MIT
// Before a task's first run (issue #13, "Run must not destroy without asking"): the target
// tables that the run would drop or truncate and that already hold rows. Source and target on
// the PostgreSQL harness server, the target tables made and filled with plain SQL; a MariaDB
// target and a refused login (which side) too.
#include "engine/task/occupied_targets.h"
#include "tests/integration/task/migrate_support.h"

#include <QtTest>

using namespace ferry;

namespace {

std::vector<std::string> namesOf(const std::vector<task::OccupiedTable> &tables)
{
    std::vector<std::string> names;
    for (const task::OccupiedTable &table : tables)
        names.push_back(table.schema + "." + table.table);
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

class TestOccupiedTargets : public QObject
{
    Q_OBJECT

private:
    std::string m_source;

    task::TaskRequest request(const ConnectionSpec &target, const std::string &targetSchema,
                              const char *prepMode = nullptr) const
    {
        task::TaskRequest made;
        made.name = targetSchema;
        made.source = test::postgresSpec();
        made.target = target;
        made.mapping = test::includeOnly(m_source, "%");
        made.settings.set("TargetMetadata", "TargetSchema", project::Value::string(targetSchema));
        if (prepMode)
            made.settings.set("FullLoadSettings", "TargetTablePrepMode",
                              project::Value::string(prepMode));
        return made;
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        m_source = test::uniqueName("occ_src");
        EXEC(pg, "CREATE SCHEMA " + m_source);
        for (const char *table : {"full_one", "empty_one", "missing_one"}) {
            EXEC(pg, "CREATE TABLE " + m_source + "." + table + " (id integer PRIMARY KEY)");
            EXEC(pg, "INSERT INTO " + m_source + "." + table + " VALUES (1), (2)");
        }
    }

    void cleanupTestCase()
    {
        test::PlainSql pg(test::postgresSpec());
        if (pg.isOpen())
            (void)pg.execute("DROP SCHEMA IF EXISTS " + m_source + " CASCADE");
    }

    /// A table with rows is listed; an empty one and one not there are not; DO_NOTHING lists
    /// nothing (it adds rows); nothing is written to the target.
    void listsTablesHoldingRowsOnPostgres()
    {
        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        const std::string target = test::uniqueName("occ_dst");
        EXEC(pg, "CREATE SCHEMA " + target);
        EXEC(pg, "CREATE TABLE " + target + ".full_one (id integer, note text)");
        EXEC(pg, "INSERT INTO " + target + ".full_one VALUES (7, 'theirs')");
        EXEC(pg, "CREATE TABLE " + target + ".empty_one (id integer)");

        auto occupied = task::occupiedTargetTables(request(test::postgresSpec(), target));
        QVERIFY2(occupied.ok(), occupied.ok() ? "" : occupied.error().toString().c_str());
        QCOMPARE(namesOf(*occupied), std::vector<std::string>({target + ".full_one"}));
        auto truncating = task::occupiedTargetTables(
            request(test::postgresSpec(), target, "TRUNCATE_BEFORE_LOAD"));
        QVERIFY(truncating.ok());
        QCOMPARE(namesOf(*truncating), std::vector<std::string>({target + ".full_one"}));
        auto appending
            = task::occupiedTargetTables(request(test::postgresSpec(), target, "DO_NOTHING"));
        QVERIFY(appending.ok());
        QVERIFY(appending->empty());

        // Nothing written: the tables as they were, no other table made.
        QCOMPARE(test::single(pg, "SELECT note FROM " + target + ".full_one"),
                 std::string("theirs"));
        QCOMPARE(test::single(pg,
                              "SELECT count(*) FROM information_schema.tables WHERE "
                              "table_schema = $1",
                              {target}),
                 std::string("2"));
        EXEC(pg, "DROP SCHEMA " + target + " CASCADE");
    }

    /// A MariaDB target: the schema is the database; backquoted names.
    void listsTablesHoldingRowsOnMariaDb()
    {
        test::PlainSql my(test::mysqlSpec());
        OPEN(my);
        const std::string database = test::mysqlSpec().database;
        const std::string table = test::uniqueName("occ_my");
        // The planned table name is the source's: a source table named like it.
        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        EXEC(pg, "CREATE TABLE " + m_source + "." + table + " (id integer PRIMARY KEY)");
        EXEC(my, "CREATE TABLE `" + table + "` (id INT)");
        EXEC(my, "INSERT INTO `" + table + "` VALUES (1)");
        auto occupied = task::occupiedTargetTables(request(test::mysqlSpec(), database));
        (void)my.execute("DROP TABLE `" + table + "`");
        (void)pg.execute("DROP TABLE " + m_source + "." + table);
        QVERIFY2(occupied.ok(), occupied.ok() ? "" : occupied.error().toString().c_str());
        QCOMPARE(namesOf(*occupied), std::vector<std::string>({database + "." + table}));
    }

    /// A refused login says which endpoint refused it.
    void refusedLoginNamesItsSide()
    {
        ConnectionSpec target = test::postgresSpec();
        target.password = Secret("not-the-password");
        auto occupied = task::occupiedTargetTables(request(target, "occ_nowhere"));
        QVERIFY(!occupied.ok());
        QCOMPARE(occupied.error().code, ErrorCode::AuthenticationFailed);
        QCOMPARE(occupied.error().side, ErrorSide::Target);
        task::TaskRequest wrongSource = request(test::postgresSpec(), "occ_nowhere");
        wrongSource.source.password = Secret("not-the-password");
        auto refused = task::occupiedTargetTables(wrongSource);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::AuthenticationFailed);
        QCOMPARE(refused.error().side, ErrorSide::Source);
    }
};

QTEST_GUILESS_MAIN(TestOccupiedTargets)
#include "tst_occupied_targets.moc"
