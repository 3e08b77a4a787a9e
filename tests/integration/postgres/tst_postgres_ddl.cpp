// SPDX-License-Identifier: MIT
// Tables created through the PostgreSQL target session (and so through its DDL writer), then
// checked with plain SQL against pg_catalog and information_schema through libpqxx: the
// default, the check, the generated column, the comments, the identity, the unique key, the
// index and the foreign key are there as defined, and rows inserted with plain SQL get the
// default, identity and generated values while the constraints refuse bad rows.
#include "engine/connectors/connector.h"
#include "engine/connectors/postgres/postgres_diagnosis.h"
#include "engine/core/dialect.h"
#include "engine/load/load_session.h"
#include "tests/support/ddl_test_schema.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <pqxx/pqxx>

#include <memory>
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

class TestPostgresDdl : public QObject
{
    Q_OBJECT

private:
    std::string m_schema;
    std::unique_ptr<pqxx::connection> m_db;

    std::string line() const { return quoteQualified(Dialect::PostgreSql, m_schema, "order line"); }

    static std::vector<Row> text(const pqxx::result &result)
    {
        std::vector<Row> out;
        for (const auto &row : result) {
            Row cells;
            for (const auto &field : row)
                cells.push_back(field.is_null() ? std::nullopt
                                                : std::optional<std::string>(field.c_str()));
            out.push_back(std::move(cells));
        }
        return out;
    }

    std::vector<Row> rows(const std::string &sql)
    {
        try {
            pqxx::work work(*m_db);
            const pqxx::result result = work.exec(sql);
            work.commit();
            return text(result);
        } catch (const std::exception &error) {
            return {{std::string("error: ") + error.what()}};
        }
    }

    /// The one value of a catalog query; $1 is bound to the schema, $2 to name.
    std::string value(const std::string &sql, const std::string &name)
    {
        std::vector<Row> found;
        try {
            pqxx::work work(*m_db);
            found = text(work.exec_params(sql, m_schema, name));
            work.commit();
        } catch (const std::exception &error) {
            return std::string("error: ") + error.what();
        }
        if (found.size() != 1 || found[0].empty() || !found[0][0])
            return "<" + std::to_string(found.size()) + " rows>";
        return *found[0][0];
    }

    /// The SQLSTATE a statement fails with, or "" when it succeeds.
    std::string failure(const std::string &sql)
    {
        try {
            pqxx::work work(*m_db);
            work.exec(sql);
            work.commit();
        } catch (const pqxx::sql_error &error) {
            return error.sqlstate();
        }
        return {};
    }

    std::string constraint(const char *kind, const char *name)
    {
        return value(
            "SELECT pg_catalog.pg_get_constraintdef(c.oid) FROM pg_catalog.pg_constraint c "
            "JOIN pg_catalog.pg_class t ON t.oid = c.conrelid "
            "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
            "WHERE n.nspname = $1 AND c.contype = '"
                + std::string(kind) + "' AND c.conname = $2",
            name);
    }

    std::string column(const char *what, const char *name)
    {
        return value("SELECT " + std::string(what)
                         + " FROM information_schema.columns WHERE table_schema = $1 "
                           "AND table_name = 'order line' AND column_name = $2",
                     name);
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_schema = test::uniqueName("ferry_ddl");
        m_db = std::make_unique<pqxx::connection>(postgres::buildConninfo(test::postgresSpec()));
    }

    void cleanupTestCase()
    {
        if (!m_db)
            return;
        pqxx::work work(*m_db);
        work.exec("DROP SCHEMA IF EXISTS " + quoteIdentifier(Dialect::PostgreSql, m_schema)
                  + " CASCADE");
        work.commit();
    }

    /// As the full load does: tables first (the primary key of one after its data), then
    /// keys and indexes, then foreign keys.
    void createsTablesThroughTheSession()
    {
        auto opened = load::openTargetSession(test::postgresSpec());
        CHECK_OK(opened);
        load::TargetSession &session = **opened;
        const TableDefinition parent = test::ddlParent(m_schema);
        const TableDefinition orderLine = test::ddlOrderLine(m_schema);
        CHECK_OK(session.createSchema(m_schema));
        CHECK_OK(session.createTable(parent, true));
        CHECK_OK(session.createTable(orderLine, false));
        CHECK_OK(session.addPrimaryKey(orderLine));
        CHECK_CREATED(session.createIndexes(parent));
        CHECK_CREATED(session.createIndexes(orderLine));
        CHECK_CREATED(session.createForeignKeys(orderLine));
        QVERIFY(session.warnings().empty());
    }

    void catalogHoldsEveryObject()
    {
        QCOMPARE(column("column_default", "qty"), std::string("1"));
        QCOMPARE(column("is_nullable", "qty"), std::string("NO"));
        QCOMPARE(column("is_identity", "id"), std::string("YES"));
        QCOMPARE(column("identity_generation", "id"), std::string("BY DEFAULT"));
        QCOMPARE(column("is_generated", "total"), std::string("ALWAYS"));
        const std::string generation = column("generation_expression", "total");
        QVERIFY2(generation.find("qty") != std::string::npos
                     && generation.find("price") != std::string::npos,
                 generation.c_str());
        QCOMPARE(column("data_type", "total"), std::string("numeric"));
        QCOMPARE(constraint("c", "qty_positive"), std::string("CHECK ((qty > 0))"));
        QCOMPARE(constraint("p", "order_line_pk"), std::string("PRIMARY KEY (id)"));
        QCOMPARE(constraint("u", "order_line_parent_select_key"),
                 std::string("UNIQUE (parent_id, \"select\")"));
        QCOMPARE(value("SELECT confdeltype::text || ':' || confrelid::regclass::text "
                       "FROM pg_catalog.pg_constraint WHERE conname = $2 "
                       "AND connamespace = (SELECT oid FROM pg_catalog.pg_namespace "
                       "WHERE nspname = $1)",
                       "order_line_parent"),
                 "c:" + m_schema + ".parent"); // regclass text: quoted only where needed
        QCOMPARE(value("SELECT indexdef FROM pg_catalog.pg_indexes WHERE schemaname = $1 "
                       "AND indexname = $2",
                       "order_line_qty"),
                 "CREATE INDEX order_line_qty ON " + m_schema
                     + ".\"order line\" USING btree (qty DESC)");
        QCOMPARE(value("SELECT pg_catalog.obj_description(c.oid, 'pg_class') "
                       "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                       "ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2",
                       "order line"),
                 std::string("Lines of an order"));
        QCOMPARE(value("SELECT pg_catalog.col_description(a.attrelid, a.attnum) "
                       "FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c "
                       "ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n "
                       "ON n.oid = c.relnamespace WHERE n.nspname = $1 "
                       "AND c.relname = 'order line' AND a.attname = $2",
                       "select"),
                 std::string("état de l'ordre \\ ok"));
        QCOMPARE(constraint("u", "parent_code_key"), std::string("UNIQUE (code)"));
    }

    void insertedRowsGetDefaultsAndGeneratedValues()
    {
        const std::string parent = quoteQualified(Dialect::PostgreSql, m_schema, "parent");
        QCOMPARE(failure("INSERT INTO " + parent + " (code) VALUES ('a'), ('b')"), std::string());
        QCOMPARE(failure("INSERT INTO " + line()
                         + " (parent_id, price, \"select\") VALUES (1, 2.50, 'x')"),
                 std::string());
        QCOMPARE(failure("INSERT INTO " + line()
                         + " (parent_id, qty, price, \"select\") VALUES (2, 3, 1.25, 'y')"),
                 std::string());
        QCOMPARE(rows("SELECT id::text, parent_id::text, qty::text, total::text FROM " + line()
                      + " ORDER BY id"),
                 (std::vector<Row> {{"1", "1", "1", "2.50"}, {"2", "2", "3", "3.75"}}));
        QCOMPARE(rows("SELECT id::text, code FROM " + parent + " ORDER BY id"),
                 (std::vector<Row> {{"1", "a"}, {"2", "b"}}));
    }

    void constraintsRefuseBadRows()
    {
        QCOMPARE(failure("INSERT INTO " + line() + " (parent_id, qty) VALUES (1, 0)"),
                 std::string("23514")); // check_violation
        QCOMPARE(failure("INSERT INTO " + line() + " (parent_id) VALUES (99)"),
                 std::string("23503")); // foreign_key_violation
        QCOMPARE(failure("INSERT INTO " + line() + " (parent_id, \"select\") VALUES (1, 'x')"),
                 std::string("23505")); // unique_violation
        QCOMPARE(failure("INSERT INTO " + line() + " (total) VALUES (1)"),
                 std::string("428C9")); // generated_always
        QCOMPARE(failure("DELETE FROM " + quoteQualified(Dialect::PostgreSql, m_schema, "parent")
                         + " WHERE id = 1"),
                 std::string());
        QCOMPARE(rows("SELECT count(*)::text FROM " + line()),
                 (std::vector<Row> {{"1"}})); // ON DELETE CASCADE
    }
};

QTEST_GUILESS_MAIN(TestPostgresDdl)
#include "tst_postgres_ddl.moc"
