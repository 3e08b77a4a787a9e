// SPDX-License-Identifier: MIT
// The official MySQL Sakila database (the shared datasets, not copied into the project) into
// PostgreSQL with `ferry migrate`, five times in a row, as issue #11 demands: exit 0 every
// time, all 16 tables completed, the same index names each time, every row equal (counts and
// ordered checksums computed by each server) and every byte of staff.picture equal. Registered
// only when the datasets are there (tests/integration/task/CMakeLists.txt).
#include "engine/connectors/connector.h"
#include "tests/integration/task/migrate_support.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ferry;
using namespace ferry::test;

namespace {

/// Runs the mariadb client as the harness's administrator with sql on standard input.
bool mariadb(const QByteArray &sql, QString *errors)
{
    return runClient(QStringLiteral("mariadb"),
                     {QStringLiteral("--protocol=TCP"), QStringLiteral("-h"),
                      qs(env("FERRY_TEST_MY_HOST")), QStringLiteral("-P"),
                      qs(env("FERRY_TEST_MY_PORT")), QStringLiteral("-u"),
                      qs(env("FERRY_TEST_MY_ADMIN_USER"))},
                     QStringLiteral("MYSQL_PWD"), qs(env("FERRY_TEST_MY_ADMIN_PASSWORD")), sql,
                     errors);
}

/// Per table: the columns whose values both servers render alike as text, in key order.
struct Checked
{
    const char *table;
    const char *key;
    const char *columns;
    /// PostgreSQL's list where it differs: CHAR(n) values print padded there unless cast to
    /// text (MySQL strips the padding).
    const char *postgresColumns = nullptr;
};

const Checked CheckedTables[] = {
    {"actor", "actor_id", "actor_id, first_name, last_name"},
    {"address", "address_id", "address_id, address, district, city_id, phone"},
    {"category", "category_id", "category_id, name"},
    {"city", "city_id", "city_id, city, country_id"},
    {"country", "country_id", "country_id, country"},
    {"customer", "customer_id", "customer_id, store_id, first_name, last_name, email"},
    {"film", "film_id", "film_id, title, description, release_year, rental_rate, length"},
    {"film_actor", "actor_id, film_id", "actor_id, film_id"},
    {"film_category", "film_id, category_id", "film_id, category_id"},
    {"film_text", "film_id", "film_id, title, description"},
    {"inventory", "inventory_id", "inventory_id, film_id, store_id"},
    {"language", "language_id", "language_id, name", "language_id, name::text"},
    {"payment", "payment_id", "payment_id, customer_id, staff_id, rental_id, amount"},
    {"rental", "rental_id", "rental_id, inventory_id, customer_id, staff_id"},
    {"staff", "staff_id", "staff_id, first_name, last_name, email, username"},
    {"store", "store_id", "store_id, manager_staff_id, address_id"},
};

} // namespace

class TstSakila : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QVERIFY(m_dir.isValid());
        m_database = uniqueName("sakila");
        QString errors;
        const QByteArray script = datasetScript(QStringLiteral(FERRY_DATASETS_DIR "/sakila/mysql/"),
                                                QStringLiteral("sakila-schema.sql"),
                                                QStringLiteral("sakila-data.sql.gz"), &errors);
        QVERIFY2(!script.isEmpty(), qPrintable(errors));
        // The dataset names its database sakila: load it under a name of this run.
        QString sql = QString::fromUtf8(script);
        sql.replace(QRegularExpression(QStringLiteral("\\bsakila([.;])")),
                    qs(m_database) + QStringLiteral("\\1"));
        QVERIFY2(mariadb(sql.toUtf8(), &errors), qPrintable(errors));
        m_source = mysqlSpec();
        m_source.database = m_database;
    }

    void fiveRunsIntoPostgres()
    {
        const ConnectionSpec target = postgresSpec();
        PlainSql pg(target);
        OPEN(pg);
        PlainSql my(m_source);
        OPEN(my);
        const QString task = qs(uniqueName("sakila"));
        Rows firstIndexes;
        for (int run = 1; run <= 5; ++run) {
            const QString runDir = m_dir.filePath(QStringLiteral("run-%1").arg(run));
            const Run done = migrate(m_source, target, qs(m_database + ".%"), task, runDir);
            QVERIFY2(done.exitCode == 0,
                     qPrintable(QStringLiteral("run %1:\n%2").arg(run).arg(done.errors)));
            const auto tables = tablesOf(done.last);
            QCOMPARE(tables.size(), size_t(16));
            for (const auto &[name, table] : tables)
                QVERIFY2(table.value(QLatin1String("TableState")).toString()
                             == QLatin1String("Table completed"),
                         qPrintable(name));
            const Rows indexes = query(pg,
                                       "SELECT tablename, indexname FROM pg_indexes "
                                       "WHERE schemaname = ? ORDER BY 1, 2",
                                       {m_database});
            QVERIFY(indexes.size() >= 40);
            if (run == 1)
                firstIndexes = indexes;
            else
                QCOMPARE(indexes, firstIndexes);
        }

        // Every row, as each server renders it: counts and ordered checksums.
        EXEC(my, "SET SESSION group_concat_max_len = 67108864");
        const std::string schema = quoteIdentifier(Dialect::PostgreSql, m_database);
        for (const Checked &checked : CheckedTables) {
            const std::string table = checked.table;
            QCOMPARE(single(pg, "SELECT count(*) FROM " + schema + "." + table),
                     single(my, "SELECT COUNT(*) FROM `" + table + "`"));
            const std::string pgSum = single(
                pg,
                std::string("SELECT md5(string_agg(concat_ws('|', ")
                    + (checked.postgresColumns ? checked.postgresColumns : checked.columns)
                    + "), E'\\n' ORDER BY " + checked.key + ")) FROM " + schema + "." + table);
            const std::string mySum = single(my,
                                             std::string("SELECT MD5(GROUP_CONCAT(CONCAT_WS('|', ")
                                                 + checked.columns + ") ORDER BY " + checked.key
                                                 + " SEPARATOR '\\n')) FROM `" + table + "`");
            QVERIFY2(pgSum == mySum, checked.table);
        }
        // Every byte of the staff pictures (36 KB BLOBs: beyond DMS's default LOB limit).
        QCOMPARE(single(pg,
                        "SELECT string_agg(octet_length(picture)::text || ':' || "
                        "md5(picture), ',' ORDER BY staff_id) FROM "
                            + schema + ".staff"),
                 single(my,
                        "SELECT GROUP_CONCAT(CONCAT(LENGTH(picture), ':', MD5(picture)) "
                        "ORDER BY staff_id) FROM staff"));
        QVERIFY(std::stoll(single(
                    pg, "SELECT coalesce(max(octet_length(picture)), 0) FROM " + schema + ".staff"))
                > 32768);
    }

private:
    QTemporaryDir m_dir;
    std::string m_database;
    ConnectionSpec m_source;
};

QTEST_GUILESS_MAIN(TstSakila)
#include "tst_sakila.moc"
