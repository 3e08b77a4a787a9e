// SPDX-License-Identifier: MIT
// MySQL's and MariaDB's DDL writer without a server: every statement compared with text written
// here from the MySQL and MariaDB manuals (CREATE TABLE, ALTER TABLE, column and index
// prefixes, string literals), identifiers quoted with backticks however nasty they are.
#include "engine/convert/ddl/mysql_ddl_writer.h"
#include "tests/unit/convert/ddl_test_tables.h"

#include <QTest>

using namespace ferry;
using namespace ferry::test;
using convert::MySqlColumnFacts;
using convert::MySqlDdlWriter;
using convert::MySqlKeyContext;

namespace {

const MySqlDdlWriter &writer() { return convert::mySqlDdlWriter(); }

QString s(const std::string &text) { return QString::fromStdString(text); }

TableDefinition plainTable()
{
    TableDefinition table;
    table.schema = "shop";
    table.name = "t";
    table.columns = {columnOf("a", typeOf(TypeFamily::Integer, 4), false),
                     columnOf("b", sizedType(TypeFamily::String, 20))};
    return table;
}

/// The table as the server has it: a varchar(20), a longtext, a long varchar, a json column.
MySqlKeyContext serverColumns(bool longUniqueKeys = false)
{
    MySqlKeyContext context;
    context.columns
        = {MySqlColumnFacts {"b", "varchar", 20}, MySqlColumnFacts {"body", "longtext", -1},
           MySqlColumnFacts {"wide", "varchar", 1000}, MySqlColumnFacts {"doc", "json", -1},
           MySqlColumnFacts {"shape", "geometry", -1}};
    context.longUniqueKeys = longUniqueKeys;
    return context;
}

Index index(const std::string &name, std::vector<IndexColumn> columns, std::string method = {})
{
    Index result;
    result.name = name;
    result.columns = std::move(columns);
    result.method = std::move(method);
    return result;
}

} // namespace

class TestMySqlDdlWriter : public QObject
{
    Q_OBJECT

private slots:
    void quotesNastyIdentifiers_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("backtick") << QStringLiteral("back`tick") << QStringLiteral("`back``tick`");
        QTest::newRow("double quote") << QStringLiteral("we\"ird") << QStringLiteral("`we\"ird`");
        QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("`it's`");
        QTest::newRow("space") << QStringLiteral("with space") << QStringLiteral("`with space`");
        QTest::newRow("reserved") << QStringLiteral("select") << QStringLiteral("`select`");
        QTest::newRow("utf-8") << QStringLiteral("ünïcødé_表") << QStringLiteral("`ünïcødé_表`");
    }

    void quotesNastyIdentifiers()
    {
        QFETCH(QString, identifier);
        QFETCH(QString, quoted);
        QCOMPARE(s(writer().quote(identifier.toStdString())), quoted);
        QCOMPARE(s(writer().qualified("db", identifier.toStdString())),
                 QStringLiteral("`db`.") + quoted);
    }

    /// String literals (MySQL "String Literals"): a quote doubled, a backslash escaped.
    void writesStringLiterals()
    {
        QCOMPARE(s(writer().stringLiteral("it's")), QStringLiteral("'it''s'"));
        QCOMPARE(s(writer().stringLiteral("a\\b")), QStringLiteral("'a\\\\b'"));
    }

    void createsATableWithEverything()
    {
        std::vector<std::string> warnings;
        QCOMPARE(lines(writer().createTable(orderItems("sales"), {}, &warnings)),
                 QStringLiteral(
                     "CREATE TABLE `sales`.`order \"items\"` (\n"
                     "  `id` bigint NOT NULL AUTO_INCREMENT,\n"
                     "  `select` varchar(40) DEFAULT 'new' COMMENT 'état de l''ordre',\n"
                     "  `qty` int NOT NULL DEFAULT 1,\n"
                     "  `price` decimal(10,2),\n"
                     "  `total` decimal(12,2) GENERATED ALWAYS AS (qty * price) STORED,\n"
                     "  `we\"ird` longtext,\n"
                     "  `名前` varchar(10),\n"
                     "  PRIMARY KEY (`id`),\n"
                     "  CONSTRAINT `qty_positive` CHECK (qty > 0)\n"
                     ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Orders \\\\ in ''sales'''"));
        QVERIFY(warnings.empty());
    }

    /// MySQL wants the AUTO_INCREMENT column first in a key: the primary key that starts with
    /// it comes with the table even when the load adds keys later; otherwise an index of its own.
    void keysTheAutoIncrementColumn()
    {
        TableDefinition table = plainTable();
        table.columns[0].autoIncrement = true;
        table.primaryKey = KeyConstraint {"PRIMARY", {"a", "b"}};
        convert::CreateTableOptions later;
        later.withPrimaryKey = false;
        QVERIFY(writer().needsPrimaryKeyAtCreate(table));
        QCOMPARE(lines(writer().createTable(table, later, nullptr)),
                 QStringLiteral("CREATE TABLE `shop`.`t` (\n"
                                "  `a` int NOT NULL AUTO_INCREMENT,\n"
                                "  `b` varchar(20),\n"
                                "  PRIMARY KEY (`a`, `b`)\n"
                                ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"));
        table.primaryKey = KeyConstraint {"PRIMARY", {"b"}};
        QVERIFY(!writer().needsPrimaryKeyAtCreate(table));
        later.ifNotExists = true;
        QCOMPARE(lines(writer().createTable(table, later, nullptr)),
                 QStringLiteral("CREATE TABLE IF NOT EXISTS `shop`.`t` (\n"
                                "  `a` int NOT NULL AUTO_INCREMENT,\n"
                                "  `b` varchar(20),\n"
                                "  KEY `ferry_auto_increment` (`a`)\n"
                                ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"));
    }

    /// One AUTO_INCREMENT column, on an integer type; MariaDB has no NOT NULL on a generated
    /// column; no default beside AUTO_INCREMENT or a generation expression.
    void warnsAboutWhatItLeavesOut()
    {
        TableDefinition table = plainTable();
        table.columns[0].autoIncrement = true;
        table.columns[0].defaultExpression = "5";
        table.columns[1].autoIncrement = true;
        ColumnDefinition virtualColumn = columnOf("v", typeOf(TypeFamily::Integer, 8), false);
        virtualColumn.generatedExpression = "a + 1";
        table.columns.push_back(virtualColumn);
        std::vector<std::string> warnings;
        QCOMPARE(lines(writer().createTable(table, {}, &warnings)),
                 QStringLiteral("CREATE TABLE `shop`.`t` (\n"
                                "  `a` int NOT NULL AUTO_INCREMENT,\n"
                                "  `b` varchar(20),\n"
                                "  `v` bigint GENERATED ALWAYS AS (a + 1) VIRTUAL,\n"
                                "  KEY `ferry_auto_increment` (`a`)\n"
                                ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"));
        QCOMPARE(warnings.size(), size_t(2));
        QVERIFY2(warnings[0].find("default of column a") != std::string::npos, warnings[0].c_str());
        QVERIFY2(warnings[1].find("Column b of t is not created AUTO_INCREMENT")
                     != std::string::npos,
                 warnings[1].c_str());
    }

    /// InnoDB's 65,535-byte row limit (utf8mb4: 4 bytes a character): the widest varchar
    /// moves out of the row as mediumtext until the rest fits.
    void movesWideColumnsOutOfTheRow()
    {
        TableDefinition table;
        table.name = "wide";
        table.columns = {columnOf("a", sizedType(TypeFamily::String, 16000)),
                         columnOf("b", sizedType(TypeFamily::String, 100)),
                         columnOf("c", typeOf(TypeFamily::Integer, 4)),
                         columnOf("d", sizedType(TypeFamily::String, 200))};
        std::vector<std::string> warnings;
        const std::vector<std::string> types = writer().tableColumnTypes(table, &warnings);
        QCOMPARE(types,
                 (std::vector<std::string> {"mediumtext", "varchar(100)", "int", "varchar(200)"}));
        QCOMPARE(warnings.size(), size_t(1));
        table.columns.pop_back();
        warnings.clear();
        QCOMPARE(writer().tableColumnTypes(table, &warnings)[0], std::string("varchar(16000)"));
        QVERIFY(warnings.empty());
    }

    /// Key prefixes: TEXT/BLOB need one (255 unless the index says), a varchar longer than a
    /// 3,072-byte key gets the longest that fits (768 utf8mb4 characters); MariaDB 10.4+
    /// unique keys keep whole values.
    void prefixesLongKeyColumns()
    {
        std::vector<std::string> warnings;
        const std::vector<IndexColumn> columns {{"b", {}, false, 0},
                                                {"body", {}, true, 0},
                                                {"wide", {}, false, 0},
                                                {"b", {}, false, 8}};
        QCOMPARE(s(writer().keyColumns(columns, serverColumns(), false, "index x", &warnings)),
                 QStringLiteral("`b`, `body`(255) DESC, `wide`(768), `b`(8)"));
        QCOMPARE(warnings.size(), size_t(2));
        warnings.clear();
        QCOMPARE(s(writer().keyColumns(columns, serverColumns(true), true, "key x", &warnings)),
                 QStringLiteral("`b`, `body` DESC, `wide`, `b`(8)"));
        QVERIFY(warnings.empty());
        // Not a unique key: the prefixes stay on MariaDB 10.4+ too.
        QCOMPARE(s(writer().keyColumns(columns, serverColumns(true), false, "index x", nullptr)),
                 QStringLiteral("`b`, `body`(255) DESC, `wide`(768), `b`(8)"));
    }

    void writesKeyAndIndexClauses()
    {
        const TableDefinition table = plainTable();
        const MySqlKeyContext context = serverColumns();
        QCOMPARE(s(writer().uniqueKeyClause(table, KeyConstraint {"t_b", {"b"}}, context, nullptr)),
                 QStringLiteral("ADD UNIQUE KEY `t_b` (`b`)"));
        Index unique = index("t_bb", {{"body", {}, false, 0}});
        unique.unique = true;
        QCOMPARE(s(writer().indexClause(table, unique, context, nullptr)),
                 QStringLiteral("ADD UNIQUE KEY `t_bb` (`body`(255))"));
        QCOMPARE(
            s(writer().indexClause(
                table, index("t_ft", {{"b", {}, false, 0}, {"body", {}, false, 0}}, "FULLTEXT"),
                context, nullptr)),
            QStringLiteral("ADD FULLTEXT KEY `t_ft` (`b`, `body`)"));
        QCOMPARE(
            s(writer().alterTable("shop", "t", {"ADD KEY `i` (`a`)", "ADD UNIQUE KEY `u` (`b`)"})),
            QStringLiteral("ALTER TABLE `shop`.`t` ADD KEY `i` (`a`), ADD UNIQUE KEY `u` "
                           "(`b`)"));
        // The generic entry points describe the table from its definition.
        QCOMPARE(s(writer().createIndex(table, index("t_a", {{"a", {}, true, 0}}), nullptr)),
                 QStringLiteral("ALTER TABLE `shop`.`t` ADD KEY `t_a` (`a` DESC)"));
        TableDefinition keyed = table;
        keyed.primaryKey = KeyConstraint {"PRIMARY", {"a"}};
        QCOMPARE(s(writer().addPrimaryKey(keyed, nullptr)),
                 QStringLiteral("ALTER TABLE `shop`.`t` ADD PRIMARY KEY (`a`)"));
    }

    void skipsIndexesMySqlCannotBuild_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("predicate");
        QTest::addColumn<QString>("reason");
        const auto row
            = [](const char *tag, const char *name, const char *column, const char *expression,
                 const char *method, const char *predicate, const char *reason) {
                  QTest::newRow(tag) << QString::fromUtf8(name) << QString::fromUtf8(column)
                                     << QString::fromUtf8(expression) << QString::fromUtf8(method)
                                     << QString::fromUtf8(predicate) << QString::fromUtf8(reason);
              };
        row("partial", "p", "b", "", "", "b <> ''", "no partial indexes");
        row("spatial", "g", "shape", "", "SPATIAL", "", "no spatial");
        row("expression", "e", "", "lower(b)", "", "", "an expression");
        row("json", "j", "doc", "", "", "", "of type json");
        row("geometry", "k", "shape", "", "", "", "of type geometry");
    }

    void skipsIndexesMySqlCannotBuild()
    {
        QFETCH(QString, name);
        QFETCH(QString, column);
        QFETCH(QString, expression);
        QFETCH(QString, method);
        QFETCH(QString, predicate);
        QFETCH(QString, reason);
        Index skipped = index(name.toStdString(),
                              {{column.toStdString(), expression.toStdString(), false, 0}},
                              method.toStdString());
        skipped.predicate = predicate.toStdString();
        std::vector<std::string> warnings;
        QCOMPARE(s(writer().indexClause(plainTable(), skipped, serverColumns(), &warnings)),
                 QString());
        QCOMPARE(warnings.size(), size_t(1));
        QVERIFY2(s(warnings[0]).contains(reason), warnings[0].c_str());
        QVERIFY2(
            s(warnings[0]).startsWith(QStringLiteral("Index ") + name + QStringLiteral(" of t")),
            warnings[0].c_str());
    }

    /// InnoDB has no SET DEFAULT: NO ACTION, with a warning; foreign-key names are per
    /// database, so an unnamed variant is the fallback when the name is taken.
    void writesForeignKeyClauses()
    {
        ForeignKey key;
        key.name = "t_parent";
        key.columns = {"a", "b"};
        key.referencedTable = "parent";
        key.referencedColumns = {"id", "code"};
        key.onDelete = ReferentialAction::SetDefault;
        key.onUpdate = ReferentialAction::Cascade;
        std::vector<std::string> warnings;
        QCOMPARE(s(writer().foreignKeyClause(plainTable(), key, true, &warnings)),
                 QStringLiteral("ADD CONSTRAINT `t_parent` FOREIGN KEY (`a`, `b`) REFERENCES "
                                "`shop`.`parent` (`id`, `code`) ON DELETE NO ACTION ON UPDATE "
                                "CASCADE"));
        QCOMPARE(warnings.size(), size_t(1));
        QCOMPARE(s(writer().foreignKeyClause(plainTable(), key, false, nullptr)),
                 QStringLiteral("ADD FOREIGN KEY (`a`, `b`) REFERENCES `shop`.`parent` (`id`, "
                                "`code`) ON DELETE NO ACTION ON UPDATE CASCADE"));
        key.referencedSchema = "other";
        key.onDelete = ReferentialAction::SetNull;
        QCOMPARE(s(writer().addForeignKey(plainTable(), key, nullptr)),
                 QStringLiteral("ALTER TABLE `shop`.`t` ADD CONSTRAINT `t_parent` FOREIGN KEY "
                                "(`a`, `b`) REFERENCES `other`.`parent` (`id`, `code`) ON DELETE "
                                "SET NULL ON UPDATE CASCADE"));
    }

    void writesDropsAndChanges()
    {
        QCOMPARE(s(writer().createSchema("my db")),
                 QStringLiteral("CREATE DATABASE IF NOT EXISTS `my db` CHARACTER SET utf8mb4"));
        QCOMPARE(s(writer().dropTable("shop", "t`x")),
                 QStringLiteral("DROP TABLE IF EXISTS `shop`.`t``x`"));
        QCOMPARE(s(writer().truncateTable("shop", "t")),
                 QStringLiteral("TRUNCATE TABLE `shop`.`t`"));
        QCOMPARE(s(writer().dropForeignKey("shop", "t", "t_fk")),
                 QStringLiteral("ALTER TABLE `shop`.`t` DROP FOREIGN KEY `t_fk`"));
        QCOMPARE(s(writer().dropIndex("shop", "t", "t_b")),
                 QStringLiteral("ALTER TABLE `shop`.`t` DROP INDEX `t_b`"));
        QCOMPARE(s(writer().dropConstraint("shop", "t", "t_check")),
                 QStringLiteral("ALTER TABLE `shop`.`t` DROP CONSTRAINT `t_check`"));
        QCOMPARE(
            s(writer().addConstraint("shop", "t", "t_fk", "FOREIGN KEY (a) REFERENCES p (id)")),
            QStringLiteral("ALTER TABLE `shop`.`t` ADD CONSTRAINT `t_fk` FOREIGN KEY (a) "
                           "REFERENCES p (id)"));
        // MODIFY restates the whole column.
        ColumnDefinition changed = columnOf("a", typeOf(TypeFamily::Integer, 8), false);
        changed.autoIncrement = true;
        changed.comment = "the key";
        QCOMPARE(s(writer().alterColumnType("shop", "t", changed)),
                 QStringLiteral("ALTER TABLE `shop`.`t` MODIFY COLUMN `a` bigint NOT NULL "
                                "AUTO_INCREMENT COMMENT 'the key'"));
        changed = columnOf("b", sizedType(TypeFamily::String, 50));
        changed.defaultExpression = "'x'";
        QCOMPARE(s(writer().alterColumnType("shop", "t", changed)),
                 QStringLiteral("ALTER TABLE `shop`.`t` MODIFY COLUMN `b` varchar(50) NULL "
                                "DEFAULT 'x'"));
    }

    void addsColumns()
    {
        TableDefinition table = plainTable();
        const ColumnDefinition id = writer().numberedKeyColumn("id");
        table.columns.insert(table.columns.begin(), id);
        table.primaryKey = KeyConstraint {{}, {"id"}};
        QCOMPARE(s(writer().addColumn(table, id)),
                 QStringLiteral("ALTER TABLE `shop`.`t` ADD COLUMN `id` bigint NOT NULL "
                                "AUTO_INCREMENT PRIMARY KEY"));
        QCOMPARE(s(writer().addColumn(table, table.columns[2])),
                 QStringLiteral("ALTER TABLE `shop`.`t` ADD COLUMN `b` varchar(20)"));
    }
};

QTEST_GUILESS_MAIN(TestMySqlDdlWriter)
#include "tst_mysql_ddl_writer.moc"
