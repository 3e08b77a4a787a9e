// SPDX-License-Identifier: MIT
// SQLite's DDL writer without a target session: every statement compared with text written
// here from SQLite's documentation (CREATE TABLE, CREATE INDEX, the rowid, generated columns),
// then run by an in-memory SQLite through its own C API, which must accept it.
#include "engine/convert/ddl/sqlite_ddl_writer.h"
#include "tests/unit/convert/ddl_test_tables.h"

#include <QTest>

#include <sqlite3.h>

using namespace ferry;
using namespace ferry::test;
using convert::SqliteDdlWriter;

namespace {

const SqliteDdlWriter &writer() { return convert::sqliteDdlWriter(); }

QString s(const std::string &text) { return QString::fromStdString(text); }

/// An in-memory database through the sqlite3 C API (not the code under test).
class Memory
{
public:
    Memory() { sqlite3_open(":memory:", &m_db); }
    ~Memory() { sqlite3_close(m_db); }
    Memory(const Memory &) = delete;
    Memory &operator=(const Memory &) = delete;

    /// Runs sql; the error message, or "" when SQLite accepted it.
    QString run(const std::string &sql)
    {
        char *error = nullptr;
        QString message;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK)
            message = QString::fromUtf8(error ? error : "error");
        sqlite3_free(error);
        return message;
    }

    QString scalar(const std::string &sql)
    {
        sqlite3_stmt *statement = nullptr;
        QString value;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW) {
            value = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3 *m_db = nullptr;
};

TableDefinition plainTable()
{
    TableDefinition table;
    table.name = "t";
    table.columns = {columnOf("a", typeOf(TypeFamily::Integer, 4), false),
                     columnOf("b", sizedType(TypeFamily::String, 20))};
    return table;
}

} // namespace

class TestSqliteDdlWriter : public QObject
{
    Q_OBJECT

private slots:
    void quotesNastyIdentifiers_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("double quote")
            << QStringLiteral("we\"ird") << QStringLiteral("\"we\"\"ird\"");
        QTest::newRow("backtick") << QStringLiteral("back`tick") << QStringLiteral("\"back`tick\"");
        QTest::newRow("bracket") << QStringLiteral("[x]") << QStringLiteral("\"[x]\"");
        QTest::newRow("space") << QStringLiteral("with space") << QStringLiteral("\"with space\"");
        QTest::newRow("reserved") << QStringLiteral("select") << QStringLiteral("\"select\"");
        QTest::newRow("utf-8") << QStringLiteral("ünïcødé_表") << QStringLiteral("\"ünïcødé_表\"");
    }

    /// Each nasty name works as a table and a column name in SQLite itself.
    void quotesNastyIdentifiers()
    {
        QFETCH(QString, identifier);
        QFETCH(QString, quoted);
        QCOMPARE(s(writer().quote(identifier.toStdString())), quoted);
        TableDefinition table;
        table.name = identifier.toStdString();
        table.columns = {columnOf(identifier.toStdString(), typeOf(TypeFamily::Integer, 4))};
        Memory db;
        QCOMPARE(db.run(writer().createTable(table, {}, nullptr).front()), QString());
        QCOMPARE(db.scalar("SELECT name FROM pragma_table_info("
                           + writer().stringLiteral(identifier.toStdString()) + ")"),
                 identifier);
    }

    void writesStringLiterals()
    {
        QCOMPARE(s(writer().stringLiteral("it's \\")), QStringLiteral("'it''s \\'"));
    }

    /// The rowid key, defaults, a stored generated column, the check, comments kept in the
    /// statement text (SQLite keeps no other).
    void createsATableWithEverything()
    {
        std::vector<std::string> warnings;
        const auto statements = writer().createTable(orderItems(""), {}, &warnings);
        QCOMPARE(lines(statements),
                 QStringLiteral(
                     "CREATE TABLE \"order \"\"items\"\"\" /* Orders \\ in 'sales' */ ("
                     "\"id\" INTEGER CONSTRAINT \"order_pk\" PRIMARY KEY AUTOINCREMENT NOT NULL, "
                     "\"select\" VARCHAR(40) DEFAULT 'new' /* état de l'ordre */, "
                     "\"qty\" INT NOT NULL DEFAULT 1, "
                     "\"price\" DECIMAL(10,2), "
                     "\"total\" DECIMAL(12,2) GENERATED ALWAYS AS (qty * price) STORED, "
                     "\"we\"\"ird\" TEXT, "
                     "\"名前\" VARCHAR(10), "
                     "CONSTRAINT \"qty_positive\" CHECK (qty > 0))"));
        QVERIFY(warnings.empty());
        Memory db;
        QCOMPARE(db.run(statements.front()), QString());
        QCOMPARE(db.run("INSERT INTO \"order \"\"items\"\"\" (price) VALUES (2.5)"), QString());
        QCOMPARE(db.scalar("SELECT id || ',' || \"select\" || ',' || qty || ',' || total FROM "
                           "\"order \"\"items\"\"\""),
                 QStringLiteral("1,new,1,2.5"));
        QVERIFY(db.run("INSERT INTO \"order \"\"items\"\"\" (qty) VALUES (0)")
                    .contains(QStringLiteral("CHECK")));
    }

    /// SQLite cannot add keys later: the primary key and the foreign keys are in CREATE TABLE
    /// whatever the options say, and the later statements are empty.
    void keepsKeysInCreateTable()
    {
        TableDefinition table = plainTable();
        table.primaryKey = KeyConstraint {{}, {"a", "b"}};
        ForeignKey key;
        key.name = "t_parent";
        key.columns = {"a"};
        key.referencedSchema = "ignored";
        key.referencedTable = "parent";
        key.referencedColumns = {"id"};
        key.onDelete = ReferentialAction::Cascade;
        table.foreignKeys = {key};
        key.name.clear();
        key.onDelete = ReferentialAction::NoAction;
        key.onUpdate = ReferentialAction::SetNull;
        key.referencedColumns.clear();
        table.foreignKeys.push_back(key);
        convert::CreateTableOptions options;
        options.withPrimaryKey = false;
        options.ifNotExists = true;
        const auto statements = writer().createTable(table, options, nullptr);
        QCOMPARE(lines(statements),
                 QStringLiteral("CREATE TABLE IF NOT EXISTS \"t\" (\"a\" INT NOT NULL, \"b\" "
                                "VARCHAR(20), PRIMARY KEY (\"a\", \"b\"), CONSTRAINT \"t_parent\" "
                                "FOREIGN KEY (\"a\") REFERENCES \"parent\" (\"id\") ON DELETE "
                                "CASCADE, FOREIGN KEY (\"a\") REFERENCES \"parent\" ON UPDATE SET "
                                "NULL)"));
        Memory db;
        QCOMPARE(db.run(statements.front()), QString());
        QCOMPARE(s(writer().addPrimaryKey(table, nullptr)), QString());
        QCOMPARE(s(writer().addForeignKey(table, key, nullptr)), QString());
        QCOMPARE(s(writer().dropForeignKey("", "t", "t_parent")), QString());
        QCOMPARE(s(writer().alterColumnType("", "t", table.columns[0])), QString());
        QCOMPARE(s(writer().createSchema("x")), QString());
    }

    /// A single integer key is the rowid, AUTOINCREMENT only for an identity; an unsigned
    /// 64-bit key cannot be (its values pass INT64_MAX).
    void makesTheRowidOfAnIntegerKey()
    {
        TableDefinition table = plainTable();
        table.primaryKey = KeyConstraint {{}, {"a"}};
        QCOMPARE(lines(writer().createTable(table, {}, nullptr)),
                 QStringLiteral("CREATE TABLE \"t\" (\"a\" INTEGER PRIMARY KEY NOT NULL, \"b\" "
                                "VARCHAR(20))"));
        table.columns[0].type = typeOf(TypeFamily::Integer, 8);
        table.columns[0].type.isUnsigned = true;
        QCOMPARE(lines(writer().createTable(table, {}, nullptr)),
                 QStringLiteral("CREATE TABLE \"t\" (\"a\" DECIMAL_TEXT(20,0) NOT NULL, \"b\" "
                                "VARCHAR(20), PRIMARY KEY (\"a\"))"));
        // The control tables' key: the rowid, numbered without AUTOINCREMENT.
        const ColumnDefinition id = writer().numberedKeyColumn("id");
        QVERIFY(!id.autoIncrement);
        TableDefinition numbered;
        numbered.name = "n";
        numbered.columns = {id};
        numbered.primaryKey = KeyConstraint {{}, {"id"}};
        QCOMPARE(lines(writer().createTable(numbered, {}, nullptr)),
                 QStringLiteral("CREATE TABLE \"n\" (\"id\" INTEGER PRIMARY KEY)"));
    }

    /// A comment cannot end its block comment early.
    void keepsCommentsInside()
    {
        QCOMPARE(s(SqliteDdlWriter::blockComment("a */ b")), QStringLiteral("/* a * / b */"));
        TableDefinition table = plainTable();
        table.comment = "*/ DROP TABLE x; /*";
        table.columns[1].comment = "two\nlines";
        const auto statements = writer().createTable(table, {}, nullptr);
        Memory db;
        QCOMPARE(db.run(statements.front()), QString());
        QCOMPARE(db.scalar("SELECT count(*) FROM sqlite_schema"), QStringLiteral("1"));
        QVERIFY(db.scalar("SELECT sql FROM sqlite_schema").contains(QStringLiteral("two\nlines")));
    }

    void createsIndexes()
    {
        const TableDefinition table = plainTable();
        Index partial;
        partial.name = "t_b";
        partial.unique = true;
        partial.columns = {{{}, "lower(b)", false, 0}, {"a", {}, true, 0}};
        partial.predicate = "a > 0";
        QCOMPARE(s(writer().createIndex(table, partial, nullptr)),
                 QStringLiteral("CREATE UNIQUE INDEX \"t_b\" ON \"t\" (lower(b), \"a\" DESC) "
                                "WHERE a > 0"));
        QCOMPARE(s(writer().addUniqueKey(table, KeyConstraint {{}, {"a", "b"}}, nullptr)),
                 QStringLiteral("CREATE UNIQUE INDEX \"t_a_b_key\" ON \"t\" (\"a\", \"b\")"));
        Index unnamed;
        unnamed.columns = {{"b", {}, false, 0}};
        unnamed.method = "hash";
        QCOMPARE(s(writer().createIndex(table, unnamed, nullptr)),
                 QStringLiteral("CREATE INDEX \"t_idx\" ON \"t\" (\"b\")"));
        Memory db;
        QCOMPARE(db.run(writer().createTable(table, {}, nullptr).front()), QString());
        QCOMPARE(db.run(writer().createIndex(table, partial, nullptr)), QString());
        QCOMPARE(db.run(writer().dropIndex("", "t", "t_b")), QString());
        QCOMPARE(s(writer().dropIndex("main", "t", "t_b")),
                 QStringLiteral("DROP INDEX IF EXISTS \"main\".\"t_b\""));
    }

    void skipsMethodsSqliteLacks()
    {
        Index fullText;
        fullText.name = "t_text";
        fullText.method = "fulltext";
        fullText.columns = {{"b", {}, false, 0}};
        std::vector<std::string> warnings;
        QCOMPARE(s(writer().createIndex(plainTable(), fullText, &warnings)), QString());
        QCOMPARE(warnings.size(), size_t(1));
        QVERIFY2(warnings[0].find("fulltext index t_text of table t") != std::string::npos,
                 warnings[0].c_str());
    }

    void writesDropsAndChanges()
    {
        QCOMPARE(s(writer().dropTable("", "t\"x")),
                 QStringLiteral("DROP TABLE IF EXISTS \"t\"\"x\""));
        QCOMPARE(s(writer().truncateTable("", "t")), QStringLiteral("DELETE FROM \"t\""));
        TableDefinition table = plainTable();
        ColumnDefinition added = columnOf("c", sizedType(TypeFamily::String, 5), false);
        added.defaultExpression = "'x'";
        QCOMPARE(s(writer().addColumn(table, added)),
                 QStringLiteral("ALTER TABLE \"t\" ADD COLUMN \"c\" VARCHAR(5) NOT NULL DEFAULT "
                                "'x'"));
        Memory db;
        QCOMPARE(db.run(writer().createTable(table, {}, nullptr).front()), QString());
        QCOMPARE(db.run(writer().addColumn(table, added)), QString());
        QCOMPARE(db.run(writer().truncateTable("", "t")), QString());
        QCOMPARE(db.run(writer().dropTable("", "t")), QString());
    }
};

QTEST_GUILESS_MAIN(TestSqliteDdlWriter)
#include "tst_sqlite_ddl_writer.moc"
