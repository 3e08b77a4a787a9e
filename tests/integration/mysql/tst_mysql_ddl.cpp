// SPDX-License-Identifier: MIT
// Tables created through the MySQL/MariaDB target session (and so through its DDL writer),
// then checked with plain SQL against information_schema through libmysqlclient (MySqlAdmin,
// not Ferry's connector): the default, the check, the generated column, the comments, the
// AUTO_INCREMENT key, the unique key, the index and the foreign key are there as defined, and
// rows inserted with plain SQL get the default, AUTO_INCREMENT and generated values while the
// constraints refuse bad rows.
#include "engine/connectors/connector.h"
#include "engine/load/load_session.h"
#include "tests/integration/mysql/mysql_test_support.h"
#include "tests/support/ddl_test_schema.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <optional>
#include <string>
#include <vector>

using namespace ferry;

namespace {

using Row = std::vector<std::optional<std::string>>;

#define CHECK_OK(expression)                                                                       \
    do {                                                                                           \
        const auto &checked_ = (expression);                                                       \
        QVERIFY2(checked_.ok(), checked_.ok() ? "" : checked_.error().toString().c_str());         \
    } while (false)

#define CHECK_CREATED(expression)                                                                  \
    do {                                                                                           \
        const auto &created_ = (expression);                                                       \
        QVERIFY2(created_.ok(), created_.ok() ? "" : created_.error().toString().c_str());         \
        QVERIFY2(created_->failed.empty(),                                                         \
                 created_->failed.empty() ? "" : created_->failed[0].toString().c_str());          \
        QVERIFY(created_->warnings.empty());                                                       \
    } while (false)

} // namespace

class TestMySqlDdl : public QObject
{
    Q_OBJECT

private:
    test::MySqlAdmin m_admin;
    std::string m_database;

    std::string line() const { return "`" + m_database + "`.`order line`"; }

    /// information_schema rows of the database (the query's first ? is the database).
    std::string value(const std::string &sql)
    {
        const auto found = m_admin.rows(sql);
        if (found.size() != 1 || found[0].empty() || !found[0][0])
            return "<" + std::to_string(found.size()) + " rows>";
        return *found[0][0];
    }

    std::string inDatabase(const std::string &condition) const
    {
        return " WHERE TABLE_SCHEMA = '" + m_database + "' AND " + condition;
    }

    std::string column(const char *what, const char *name)
    {
        return value("SELECT " + std::string(what) + " FROM information_schema.COLUMNS"
                     + inDatabase("TABLE_NAME = 'order line' AND COLUMN_NAME = '"
                                  + std::string(name) + "'"));
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QString why;
        QVERIFY2(m_admin.connect(&why), qPrintable(why));
        m_database = test::uniqueName("ferry_myddl");
    }

    void cleanupTestCase()
    {
        if (!m_database.empty())
            m_admin.exec("DROP DATABASE IF EXISTS `" + m_database + "`");
    }

    /// As the full load does: tables first (the primary key of one after its data), then
    /// keys and indexes, then foreign keys.
    void createsTablesThroughTheSession()
    {
        auto opened = load::openTargetSession(test::mysqlSpec());
        CHECK_OK(opened);
        load::TargetSession &session = **opened;
        const TableDefinition parent = test::ddlParent(m_database);
        const TableDefinition orderLine = test::ddlOrderLine(m_database);
        CHECK_OK(session.createSchema(m_database));
        CHECK_OK(session.createTable(parent, true));
        CHECK_OK(session.createTable(orderLine, false));
        CHECK_OK(session.addPrimaryKey(orderLine));
        CHECK_CREATED(session.createIndexes(parent));
        CHECK_CREATED(session.createIndexes(orderLine));
        CHECK_CREATED(session.createForeignKeys(orderLine));
    }

    void catalogHoldsEveryObject()
    {
        QCOMPARE(column("COLUMN_DEFAULT", "qty"), std::string("1"));
        QCOMPARE(column("IS_NULLABLE", "qty"), std::string("NO"));
        QCOMPARE(column("EXTRA", "id"), std::string("auto_increment"));
        QCOMPARE(column("IS_GENERATED", "total"), std::string("ALWAYS"));
        QCOMPARE(column("EXTRA", "total"), std::string("STORED GENERATED"));
        QCOMPARE(column("GENERATION_EXPRESSION", "total"), std::string("`qty` * `price`"));
        QCOMPARE(column("COLUMN_COMMENT", "select"), std::string("état de l'ordre \\ ok"));
        QCOMPARE(value("SELECT TABLE_COMMENT FROM information_schema.TABLES"
                       + inDatabase("TABLE_NAME = 'order line'")),
                 std::string("Lines of an order"));
        QCOMPARE(value("SELECT CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                       " WHERE CONSTRAINT_SCHEMA = '"
                       + m_database
                       + "' AND TABLE_NAME = 'order line' AND CONSTRAINT_NAME = 'qty_positive'"),
                 std::string("`qty` > 0"));
        QCOMPARE(m_admin.rows("SELECT CONSTRAINT_NAME, CONSTRAINT_TYPE, TABLE_NAME"
                              " FROM information_schema.TABLE_CONSTRAINTS"
                              " WHERE CONSTRAINT_SCHEMA = '"
                              + m_database
                              + "' AND CONSTRAINT_TYPE <> 'CHECK' ORDER BY TABLE_NAME, "
                                "CONSTRAINT_NAME"),
                 (std::vector<Row> {
                     {"order_line_parent", "FOREIGN KEY", "order line"},
                     {"order_line_parent_select_key", "UNIQUE", "order line"},
                     {"PRIMARY", "PRIMARY KEY", "order line"},
                     {"parent_code_key", "UNIQUE", "parent"},
                     {"PRIMARY", "PRIMARY KEY", "parent"},
                 }));
        QCOMPARE(m_admin.rows("SELECT INDEX_NAME, COLUMN_NAME, NON_UNIQUE, COLLATION"
                              " FROM information_schema.STATISTICS"
                              + inDatabase("TABLE_NAME = 'order line' AND INDEX_NAME IN "
                                           "('order_line_qty', 'order_line_parent_select_key') "
                                           "ORDER BY INDEX_NAME, SEQ_IN_INDEX")),
                 (std::vector<Row> {{"order_line_parent_select_key", "parent_id", "0", "A"},
                                    {"order_line_parent_select_key", "select", "0", "A"},
                                    {"order_line_qty", "qty", "1", "D"}}));
        QCOMPARE(m_admin.rows("SELECT REFERENCED_TABLE_NAME, DELETE_RULE, UPDATE_RULE"
                              " FROM information_schema.REFERENTIAL_CONSTRAINTS"
                              " WHERE CONSTRAINT_SCHEMA = '"
                              + m_database + "' AND CONSTRAINT_NAME = 'order_line_parent'"),
                 (std::vector<Row> {{"parent", "CASCADE", "NO ACTION"}}));
    }

    void insertedRowsGetDefaultsAndGeneratedValues()
    {
        const std::string parent = "`" + m_database + "`.`parent`";
        QCOMPARE(m_admin.exec("INSERT INTO " + parent + " (code) VALUES ('a'), ('b')"),
                 std::string());
        QCOMPARE(m_admin.exec("INSERT INTO " + line()
                              + " (parent_id, price, `select`) VALUES (1, 2.50, 'x')"),
                 std::string());
        QCOMPARE(m_admin.exec("INSERT INTO " + line()
                              + " (parent_id, qty, price, `select`) VALUES (2, 3, 1.25, 'y')"),
                 std::string());
        QCOMPARE(m_admin.rows("SELECT id, parent_id, qty, total FROM " + line() + " ORDER BY id"),
                 (std::vector<Row> {{"1", "1", "1", "2.50"}, {"2", "2", "3", "3.75"}}));
        QCOMPARE(m_admin.rows("SELECT id, code FROM " + parent + " ORDER BY id"),
                 (std::vector<Row> {{"1", "a"}, {"2", "b"}}));
    }

    void constraintsRefuseBadRows()
    {
        const auto refused = [&](const std::string &sql, const char *what) {
            const std::string error = m_admin.exec(sql);
            return error.find(what) != std::string::npos ? std::string(what) : error;
        };
        QCOMPARE(
            refused("INSERT INTO " + line() + " (parent_id, qty) VALUES (1, 0)", "qty_positive"),
            std::string("qty_positive"));
        QCOMPARE(refused("INSERT INTO " + line() + " (parent_id) VALUES (99)",
                         "foreign key constraint fails"),
                 std::string("foreign key constraint fails"));
        QCOMPARE(refused("INSERT INTO " + line() + " (parent_id, `select`) VALUES (1, 'x')",
                         "Duplicate entry"),
                 std::string("Duplicate entry"));
        QCOMPARE(m_admin.exec("DELETE FROM `" + m_database + "`.`parent` WHERE id = 1"),
                 std::string());
        QCOMPARE(m_admin.rows("SELECT COUNT(*) FROM " + line()),
                 (std::vector<Row> {{"1"}})); // ON DELETE CASCADE
    }
};

QTEST_GUILESS_MAIN(TestMySqlDdl)
#include "tst_mysql_ddl.moc"
