// SPDX-License-Identifier: MIT
// The catalog of 2,000 tables reads in seconds with a fixed number of queries: a dedicated
// user reads a 3-table and a 2,000-table database while the server counts its statements
// (MariaDB userstat), and both reads must take the same small number of SELECTs.
#include "engine/connectors/endpoint.h"
#include "tests/integration/mysql/mysql_test_support.h"
#include "tests/support/test_support.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ferry;

namespace {
constexpr int BigTableCount = 2000;
}

class TestMySqlCatalogScale : public QObject
{
    Q_OBJECT

private:
    test::MySqlAdmin m_admin;
    std::string m_smallDatabase;
    std::string m_bigDatabase;
    std::string m_probeUser;
    std::string m_probePassword;
    std::string m_previousUserstat;

    /// SELECT statements the server has counted for the probe user so far.
    int selectsSoFar()
    {
        const std::string count = m_admin.scalar(
            "SELECT SELECT_COMMANDS FROM information_schema.USER_STATISTICS WHERE USER = '"
            + m_probeUser + "'");
        return count.empty() ? 0 : std::stoi(count);
    }

    void createTables(const std::string &database, int count)
    {
        QCOMPARE(m_admin.exec("CREATE DATABASE `" + database + "`"), std::string());
        for (int i = 0; i < count; ++i) {
            const std::string error = m_admin.exec(
                "CREATE TABLE `" + database + "`.t" + std::to_string(i)
                + " (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL DEFAULT 'x', amount "
                  "DECIMAL(10,2), created DATETIME, note TEXT, KEY ix_name (name))");
            QVERIFY2(error.empty(), error.c_str());
        }
        QCOMPARE(m_admin.exec("GRANT SELECT, SHOW VIEW ON `" + database + "`.* TO '" + m_probeUser
                              + "'@'%'"),
                 std::string());
    }

    Catalog read(const std::string &database, qint64 *elapsedMs)
    {
        ConnectionSpec probe = test::mysqlSpec();
        probe.user = m_probeUser;
        probe.password = Secret(m_probePassword);
        probe.database = database;
        QElapsedTimer timer;
        timer.start();
        auto catalog = makeEndpoint(probe)->readCatalog({});
        *elapsedMs = timer.elapsed();
        if (!catalog) {
            qWarning("%s", catalog.error().toString().c_str());
            return {};
        }
        return std::move(catalog.value());
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QString why;
        QVERIFY2(m_admin.connect(&why), qPrintable(why));
        m_probeUser = test::uniqueName("ferry_probe");
        m_probePassword = "Probe-" + std::to_string(::getpid()) + "-pw";
        QCOMPARE(m_admin.exec("CREATE USER '" + m_probeUser + "'@'%' IDENTIFIED BY '"
                              + m_probePassword + "'"),
                 std::string());
        m_previousUserstat = m_admin.scalar("SELECT @@GLOBAL.userstat");
        QCOMPARE(m_admin.exec("SET GLOBAL userstat = 1"), std::string());
        m_smallDatabase = test::uniqueName("ferry_mysmall");
        m_bigDatabase = test::uniqueName("ferry_mybig");
        createTables(m_smallDatabase, 3);
        createTables(m_bigDatabase, BigTableCount);
    }

    void cleanupTestCase()
    {
        for (const std::string &database : { m_smallDatabase, m_bigDatabase }) {
            if (!database.empty())
                m_admin.exec("DROP DATABASE IF EXISTS `" + database + "`");
        }
        if (!m_probeUser.empty())
            m_admin.exec("DROP USER IF EXISTS '" + m_probeUser + "'@'%'");
        if (m_previousUserstat == "0")
            m_admin.exec("SET GLOBAL userstat = 0");
    }

    void readsTwoThousandTablesWithAFewQueries()
    {
        qint64 smallMs = 0;
        const int before = selectsSoFar();
        const Catalog small = read(m_smallDatabase, &smallMs);
        const int smallSelects = selectsSoFar() - before;
        QCOMPARE(small.schemas.size(), size_t(1));
        QCOMPARE(small.schemas[0].tables.size(), size_t(3));

        qint64 bigMs = 0;
        const Catalog big = read(m_bigDatabase, &bigMs);
        const int bigSelects = selectsSoFar() - before - smallSelects;
        QCOMPARE(big.schemas.size(), size_t(1));
        const Schema &schema = big.schemas[0];
        QCOMPARE(schema.tables.size(), size_t(BigTableCount));
        const Table *last = schema.table("t1999");
        QVERIFY(last);
        QCOMPARE(last->columns.size(), size_t(5));
        QCOMPARE(last->columns[4].type.toString(), std::string("string(lob,utf8mb4)"));
        QCOMPARE(last->indexes.size(), size_t(2));
        QCOMPARE(last->column("name")->defaultExpression, std::optional<std::string>("'x'"));
        QVERIFY(last->primaryKey);

        qInfo("catalog of %d tables read in %lld ms with %d SELECTs (3 tables: %lld ms, %d)",
              BigTableCount, bigMs, bigSelects, smallMs, smallSelects);
        // One database listing plus one query per object kind: a small constant for 3 and for
        // 2,000 tables alike (a query per table would count in the thousands). The server's
        // counters may book a statement of one read late, so the bound is on each read and on
        // both together, not on exact equality. Speed is measured in bench/catalog.sh.
        QVERIFY2(smallSelects <= 15, qPrintable(QString::number(smallSelects)));
        QVERIFY2(bigSelects <= 15, qPrintable(QString::number(bigSelects)));
        QVERIFY2(smallSelects + bigSelects <= 28,
                 qPrintable(QString::number(smallSelects + bigSelects)));
    }
};

QTEST_GUILESS_MAIN(TestMySqlCatalogScale)
#include "tst_mysql_catalog_scale.moc"
