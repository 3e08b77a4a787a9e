// SPDX-License-Identifier: MIT
// Tables created through the SQLite target session (and so through its DDL writer), then
// checked through the sqlite3 C API against SQLite's own catalog (sqlite_schema and the table,
// index and foreign-key pragmas): the default, the check, the generated column, the comments
// (kept in the statement text), the AUTOINCREMENT rowid, the unique key, the index and the
// foreign key are there as defined, and rows inserted with plain SQL get the default, rowid
// and generated values while the constraints refuse bad rows. SQLite needs no server, so this
// integration test of the target lives with the unit tests, as the connector's others do.
#include "engine/connectors/connector.h"
#include "engine/core/connection_spec.h"
#include "engine/load/load_session.h"
#include "tests/support/ddl_test_schema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

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

/// The target file through the sqlite3 C API, with foreign keys enforced (SQLite's default is
/// off; the loading session keeps them off).
class Raw
{
public:
    explicit Raw(const QString &path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        run("PRAGMA foreign_keys = ON");
    }
    ~Raw() { sqlite3_close_v2(m_db); }
    Raw(const Raw &) = delete;
    Raw &operator=(const Raw &) = delete;

    /// SQLite's error message, or "" when the statement ran.
    std::string run(const std::string &sql)
    {
        char *error = nullptr;
        std::string message;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK)
            message = error ? error : "error";
        sqlite3_free(error);
        return message;
    }

    std::vector<Row> rows(const std::string &sql)
    {
        std::vector<Row> out;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
            return {{std::string("error: ") + sqlite3_errmsg(m_db)}};
        while (sqlite3_step(statement) == SQLITE_ROW) {
            Row row;
            for (int i = 0; i < sqlite3_column_count(statement); ++i) {
                const auto *text
                    = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
                row.push_back(text ? std::optional<std::string>(text) : std::nullopt);
            }
            out.push_back(std::move(row));
        }
        sqlite3_finalize(statement);
        return out;
    }

    std::string value(const std::string &sql)
    {
        const auto found = rows(sql);
        if (found.size() != 1 || found[0].empty() || !found[0][0])
            return "<" + std::to_string(found.size()) + " rows>";
        return *found[0][0];
    }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace

class TestSqliteTargetDdl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QString m_path;

    bool contains(const std::string &text, const std::string &part)
    {
        return text.find(part) != std::string::npos;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        m_path = m_directory.filePath(QStringLiteral("ddl.db"));
    }

    void createsTablesThroughTheSession()
    {
        auto opened = load::openTargetSession(
            parseConnectionUri("sqlite://" + m_path.toStdString()).value());
        CHECK_OK(opened);
        load::TargetSession &session = **opened;
        const TableDefinition parent = test::ddlParent({});
        const TableDefinition orderLine = test::ddlOrderLine({});
        CHECK_OK(session.createTable(parent, true));
        CHECK_OK(session.createTable(orderLine, false));
        CHECK_OK(session.addPrimaryKey(orderLine));
        CHECK_CREATED(session.createIndexes(parent));
        CHECK_CREATED(session.createIndexes(orderLine));
        CHECK_CREATED(session.createForeignKeys(orderLine));
    }

    void catalogHoldsEveryObject()
    {
        Raw db(m_path);
        // name, type, notnull, dflt_value, pk, hidden (3: a stored generated column)
        QCOMPARE(db.rows("SELECT name, type, \"notnull\", dflt_value, pk, hidden "
                         "FROM pragma_table_xinfo('order line') ORDER BY cid"),
                 (std::vector<Row> {{"id", "INTEGER", "1", std::nullopt, "1", "0"},
                                    {"parent_id", "BIGINT", "0", std::nullopt, "0", "0"},
                                    {"qty", "INT", "1", "1", "0", "0"},
                                    {"price", "DECIMAL(10,2)", "1", "0", "0", "0"},
                                    {"total", "DECIMAL(12,2)", "0", std::nullopt, "0", "3"},
                                    {"select", "VARCHAR(40)", "0", std::nullopt, "0", "0"}}));
        const std::string sql = db.value("SELECT sql FROM sqlite_schema WHERE name = 'order line'");
        QVERIFY2(contains(sql,
                          "\"id\" INTEGER CONSTRAINT \"order_line_pk\" PRIMARY KEY "
                          "AUTOINCREMENT"),
                 sql.c_str());
        QVERIFY2(contains(sql, "CONSTRAINT \"qty_positive\" CHECK (qty > 0)"), sql.c_str());
        QVERIFY2(contains(sql, "GENERATED ALWAYS AS (qty * price) STORED"), sql.c_str());
        QVERIFY2(contains(sql, "/* état de l'ordre \\ ok */"), sql.c_str());
        QVERIFY2(contains(sql, "/* Lines of an order */"), sql.c_str());
        // Unique key and index: name, unique, origin ("c": CREATE INDEX).
        QCOMPARE(db.rows("SELECT name, \"unique\", origin FROM pragma_index_list('order line') "
                         "ORDER BY name"),
                 (std::vector<Row> {{"order_line_parent_select_key", "1", "c"},
                                    {"order_line_qty", "0", "c"}}));
        QCOMPARE(db.rows("SELECT name, \"desc\" FROM pragma_index_xinfo('order_line_qty') "
                         "WHERE key = 1"),
                 (std::vector<Row> {{"qty", "1"}}));
        QCOMPARE(db.rows("SELECT name FROM pragma_index_info('order_line_parent_select_key') "
                         "ORDER BY seqno"),
                 (std::vector<Row> {{"parent_id"}, {"select"}}));
        QCOMPARE(db.rows("SELECT name, \"unique\" FROM pragma_index_list('parent')"),
                 (std::vector<Row> {{"parent_code_key", "1"}}));
        // table, from, to, on_update, on_delete
        QCOMPARE(db.rows("SELECT \"table\", \"from\", \"to\", on_update, on_delete "
                         "FROM pragma_foreign_key_list('order line')"),
                 (std::vector<Row> {{"parent", "parent_id", "id", "NO ACTION", "CASCADE"}}));
    }

    void insertedRowsGetDefaultsAndGeneratedValues()
    {
        Raw db(m_path);
        QCOMPARE(db.run("INSERT INTO parent (code) VALUES ('a'), ('b')"), std::string());
        QCOMPARE(db.run("INSERT INTO \"order line\" (parent_id, price, \"select\") "
                        "VALUES (1, 2.5, 'x')"),
                 std::string());
        QCOMPARE(db.run("INSERT INTO \"order line\" (parent_id, qty, price, \"select\") "
                        "VALUES (2, 3, 1.25, 'y')"),
                 std::string());
        QCOMPARE(db.rows("SELECT id, parent_id, qty, total FROM \"order line\" ORDER BY id"),
                 (std::vector<Row> {{"1", "1", "1", "2.5"}, {"2", "2", "3", "3.75"}}));
        QCOMPARE(db.rows("SELECT id, code FROM parent ORDER BY id"),
                 (std::vector<Row> {{"1", "a"}, {"2", "b"}}));
        // AUTOINCREMENT keeps the largest key in sqlite_sequence.
        QCOMPARE(db.value("SELECT seq FROM sqlite_sequence WHERE name = 'order line'"),
                 std::string("2"));
    }

    void constraintsRefuseBadRows()
    {
        Raw db(m_path);
        const std::string check = db.run("INSERT INTO \"order line\" (parent_id, qty) "
                                         "VALUES (1, 0)");
        QVERIFY2(contains(check, "CHECK constraint failed: qty_positive"), check.c_str());
        const std::string key = db.run("INSERT INTO \"order line\" (parent_id) VALUES (99)");
        QVERIFY2(contains(key, "FOREIGN KEY constraint failed"), key.c_str());
        const std::string unique = db.run("INSERT INTO \"order line\" (parent_id, \"select\") "
                                          "VALUES (1, 'x')");
        QVERIFY2(contains(unique, "UNIQUE constraint failed"), unique.c_str());
        const std::string generated = db.run("INSERT INTO \"order line\" (total) VALUES (1)");
        QVERIFY2(contains(generated, "cannot INSERT into generated column"), generated.c_str());
        QCOMPARE(db.run("DELETE FROM parent WHERE id = 1"), std::string());
        QCOMPARE(db.value("SELECT count(*) FROM \"order line\""), std::string("1"));
    }
};

QTEST_GUILESS_MAIN(TestSqliteTargetDdl)
#include "tst_sqlite_target_ddl.moc"
