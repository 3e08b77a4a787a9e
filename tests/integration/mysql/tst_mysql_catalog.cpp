// SPDX-License-Identifier: MIT
// Reads a MariaDB database that holds every type family and object kind through the MySQL
// endpoint and compares it, field by field, with hand-written expectations.
#include "engine/connectors/endpoint.h"
#include "tests/integration/mysql/mysql_test_support.h"
#include "tests/support/test_support.h"

#include <QRegularExpression>
#include <QTest>

using namespace ferry;

namespace {

/// The fixture, one statement per entry; {db} is replaced by the test database's name.
const char *const FixtureStatements[] = {
    "CREATE DATABASE `{db}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
    "CREATE TABLE `{db}`.parent ("
    "  id INT NOT NULL AUTO_INCREMENT COMMENT 'parent key',"
    "  code VARCHAR(20) NOT NULL,"
    "  PRIMARY KEY (id),"
    "  UNIQUE KEY uq_parent_code (code)"
    ") ENGINE=InnoDB COMMENT='parents here'",
    "CREATE TABLE `{db}`.type_zoo ("
    "  id INT NOT NULL,"
    "  t1 TINYINT, t1u TINYINT UNSIGNED, tb TINYINT(1) DEFAULT 1,"
    "  s2 SMALLINT, s2u SMALLINT UNSIGNED,"
    "  m3 MEDIUMINT, m3u MEDIUMINT UNSIGNED,"
    "  i4 INT, i4u INT UNSIGNED,"
    "  b8 BIGINT, b8u BIGINT UNSIGNED,"
    "  bit1 BIT(1), bit12 BIT(12) DEFAULT b'101',"
    "  dec1 DECIMAL(12,3) DEFAULT 1.5, dec2 DECIMAL(10,0) UNSIGNED,"
    "  f FLOAT, d DOUBLE NOT NULL DEFAULT 0,"
    "  c_latin CHAR(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT 'it''s',"
    "  v_utf VARCHAR(200) DEFAULT NULL,"
    "  tt TINYTEXT, tx TEXT CHARACTER SET latin1, mt MEDIUMTEXT, lt LONGTEXT,"
    "  bn BINARY(16), vb VARBINARY(300), tbl TINYBLOB, bl BLOB, mbl MEDIUMBLOB, lbl LONGBLOB,"
    "  dt DATE, tm TIME(3), dtm DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),"
    "  ts TIMESTAMP(6) NULL DEFAULT NULL,"
    "  yr YEAR,"
    "  en ENUM('small','it''s','back\\\\slash') DEFAULT 'small',"
    "  st SET('a','b','c'),"
    "  js JSON,"
    "  g GEOMETRY, pt POINT NOT NULL, ls LINESTRING, pg POLYGON, mpt MULTIPOINT,"
    "  mls MULTILINESTRING, mpg MULTIPOLYGON, gc GEOMETRYCOLLECTION,"
    "  u UUID, ip4 INET4, ip6 INET6,"
    "  PRIMARY KEY (id),"
    "  SPATIAL KEY sp_pt (pt)"
    ") ENGINE=InnoDB COMMENT='every type family'",
    "CREATE TABLE `{db}`.orders ("
    "  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,"
    "  parent_id INT NULL,"
    "  qty INT NOT NULL DEFAULT 1,"
    "  price DECIMAL(10,2) NOT NULL DEFAULT 0,"
    "  total DECIMAL(20,2) AS (qty * price) VIRTUAL,"
    "  total_stored DECIMAL(20,2) AS (qty * price) STORED COMMENT 'stored total',"
    "  note VARCHAR(100) DEFAULT 'none',"
    "  body MEDIUMTEXT,"
    "  updated TIMESTAMP(6) NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP(6),"
    "  PRIMARY KEY (id),"
    "  UNIQUE KEY uq_note_parent (note, parent_id),"
    "  KEY ix_parent_qty (parent_id, qty DESC),"
    "  KEY ix_note_prefix (note(10)),"
    "  FULLTEXT KEY ft_body (body),"
    "  CONSTRAINT fk_orders_parent FOREIGN KEY (parent_id) REFERENCES parent (id)"
    "    ON DELETE SET NULL ON UPDATE CASCADE,"
    "  CONSTRAINT chk_qty CHECK (qty > 0)"
    ") ENGINE=InnoDB COMMENT='orders here'",
    "CREATE VIEW `{db}`.v_parent_codes AS SELECT id, code FROM `{db}`.parent WHERE id > 0",
    "CREATE FUNCTION `{db}`.add_one(x INT) RETURNS INT DETERMINISTIC RETURN x + 1",
    "CREATE PROCEDURE `{db}`.proc_modes(IN a INT, OUT b VARCHAR(20), INOUT c DECIMAL(10,2))\n"
    "BEGIN\n  SET b = 'x';\n  SET c = c + a;\nEND",
    "CREATE TRIGGER `{db}`.trg_parent_bi BEFORE INSERT ON `{db}`.parent FOR EACH ROW "
    "SET NEW.code = UPPER(NEW.code)",
    "CREATE SEQUENCE `{db}`.seq_order START WITH 100 INCREMENT BY 5 MINVALUE 10 "
    "MAXVALUE 100000 CYCLE",
    "CREATE SEQUENCE `{db}`.seq_used START WITH 1 INCREMENT BY 1 CACHE 10",
    "SELECT NEXTVAL(`{db}`.seq_used)",
    "INSERT INTO `{db}`.parent (code) VALUES ('a'), ('b'), ('c')",
    "ANALYZE TABLE `{db}`.parent",
};

std::string substitute(std::string text, const std::string &database)
{
    const std::string marker = "{db}";
    for (size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at))
        text.replace(at, marker.size(), database);
    return text;
}

QString qs(const std::string &text) { return QString::fromStdString(text); }

QStringList names(const auto &items)
{
    QStringList list;
    for (const auto &item : items)
        list.append(qs(item.name));
    return list;
}

QStringList strings(const std::vector<std::string> &items)
{
    QStringList list;
    for (const auto &item : items)
        list.append(qs(item));
    return list;
}

const QString NoDefault = QStringLiteral("<none>");

/// 400 characters (25 x 16): "long comment 01 long comment 02 ... long comment 25 ".
std::string longComment()
{
    std::string text;
    for (int i = 1; i <= 25; ++i)
        text += "long comment " + std::string(i < 10 ? "0" : "") + std::to_string(i) + " ";
    return text;
}

} // namespace

class TestMySqlCatalog : public QObject
{
    Q_OBJECT

private:
    test::MySqlAdmin m_admin;
    std::string m_database;
    Catalog m_catalog;

    const Schema &schema() const { return m_catalog.schemas.front(); }

    const Table *table(const char *name) const { return schema().table(name); }

    ConnectionSpec spec() const
    {
        ConnectionSpec spec = test::mysqlSpec();
        spec.database = m_database;
        return spec;
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QString why;
        QVERIFY2(m_admin.connect(&why), qPrintable(why));
        m_database = test::uniqueName("ferry_mycat");
        for (const char *statement : FixtureStatements) {
            const std::string error = m_admin.exec(substitute(statement, m_database));
            QVERIFY2(error.empty(), error.c_str());
        }
        // A value longer than the reader's first fetch buffer (256 bytes).
        const std::string error
            = m_admin.exec("ALTER TABLE `" + m_database
                           + "`.orders MODIFY body MEDIUMTEXT COMMENT '" + longComment() + "'");
        QVERIFY2(error.empty(), error.c_str());
        auto endpoint = makeEndpoint(spec());
        auto catalog = endpoint->readCatalog({});
        QVERIFY2(catalog.ok(), catalog.ok() ? "" : catalog.error().toString().c_str());
        m_catalog = std::move(catalog.value());
        QCOMPARE(m_catalog.schemas.size(), size_t(1));
    }

    void cleanupTestCase()
    {
        if (!m_database.empty())
            m_admin.exec("DROP DATABASE IF EXISTS `" + m_database + "`");
    }

    void describesServerAndDatabase()
    {
        QCOMPARE(m_catalog.dialect, Dialect::MySql);
        QCOMPARE(m_catalog.product, std::string("MariaDB"));
        // The numeric part of VERSION(), asked independently.
        const QString version = qs(m_admin.scalar("SELECT VERSION()"));
        const auto match
            = QRegularExpression(QStringLiteral("^(\\d+\\.\\d+\\.\\d+)")).match(version);
        QVERIFY(match.hasMatch());
        QCOMPARE(qs(m_catalog.serverVersion), match.captured(1));
        QCOMPARE(m_catalog.database, m_database);
        QCOMPARE(schema().name, m_database);
    }

    void listsTablesViewsAndSequencesApart()
    {
        QCOMPARE(names(schema().tables),
                 (QStringList { QStringLiteral("orders"), QStringLiteral("parent"),
                                QStringLiteral("type_zoo") }));
        QCOMPARE(names(schema().views), QStringList { QStringLiteral("v_parent_codes") });
        QCOMPARE(names(schema().sequences),
                 (QStringList { QStringLiteral("seq_order"), QStringLiteral("seq_used") }));
        QVERIFY(schema().types.empty());
    }

    void readsTableProperties()
    {
        const Table *parent = table("parent");
        QVERIFY(parent);
        QCOMPARE(parent->comment, std::string("parents here"));
        QCOMPARE(parent->rowEstimate, std::optional<int64_t>(3)); // three rows, analyzed
        QCOMPARE(table("orders")->comment, std::string("orders here"));
        QCOMPARE(table("type_zoo")->comment, std::string("every type family"));
        // Size is the server's own data + index length.
        const auto sizes = m_admin.rows("SELECT DATA_LENGTH + INDEX_LENGTH FROM "
                                        "information_schema.TABLES WHERE TABLE_SCHEMA = '"
                                        + m_database + "' AND TABLE_NAME = 'parent'");
        QCOMPARE(sizes.size(), size_t(1));
        QCOMPARE(parent->sizeBytes, std::optional<int64_t>(std::stoll(*sizes[0][0])));
        QVERIFY(*parent->sizeBytes > 0);
    }

    void readsColumns_data()
    {
        QTest::addColumn<QString>("tableName");
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("ordinal");
        QTest::addColumn<QString>("nativeType");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<bool>("nullable");
        QTest::addColumn<QString>("defaultExpression");
        QTest::addColumn<QString>("collation");

        const auto row
            = [](const char *tableName, const char *column, int ordinal, const char *nativeType,
                 const char *canonical, bool nullable, const QString &defaultExpression = NoDefault,
                 const char *collation = "") {
                  QTest::addRow("%s.%s", tableName, column)
                      << QString::fromUtf8(tableName) << QString::fromUtf8(column) << ordinal
                      << QString::fromUtf8(nativeType) << QString::fromUtf8(canonical) << nullable
                      << defaultExpression << QString::fromUtf8(collation);
              };
        const auto literal = [](const char *text) { return QString::fromUtf8(text); };
        row("type_zoo", "id", 1, "int(11)", "integer(4)", false);
        row("type_zoo", "t1", 2, "tinyint(4)", "integer(1)", true);
        row("type_zoo", "t1u", 3, "tinyint(3) unsigned", "integer(1,unsigned)", true);
        row("type_zoo", "tb", 4, "tinyint(1)", "integer(1)", true, literal("1"));
        row("type_zoo", "s2", 5, "smallint(6)", "integer(2)", true);
        row("type_zoo", "s2u", 6, "smallint(5) unsigned", "integer(2,unsigned)", true);
        row("type_zoo", "m3", 7, "mediumint(9)", "integer(3)", true);
        row("type_zoo", "m3u", 8, "mediumint(8) unsigned", "integer(3,unsigned)", true);
        row("type_zoo", "i4", 9, "int(11)", "integer(4)", true);
        row("type_zoo", "i4u", 10, "int(10) unsigned", "integer(4,unsigned)", true);
        row("type_zoo", "b8", 11, "bigint(20)", "integer(8)", true);
        row("type_zoo", "b8u", 12, "bigint(20) unsigned", "integer(8,unsigned)", true);
        row("type_zoo", "bit1", 13, "bit(1)", "bit(1)", true);
        row("type_zoo", "bit12", 14, "bit(12)", "bit(12)", true, literal("b'101'"));
        row("type_zoo", "dec1", 15, "decimal(12,3)", "decimal(12,3)", true, literal("1.500"));
        row("type_zoo", "dec2", 16, "decimal(10,0) unsigned", "decimal(10,0,unsigned)", true);
        row("type_zoo", "f", 17, "float", "float(4)", true);
        row("type_zoo", "d", 18, "double", "float(8)", false, literal("0"));
        row("type_zoo", "c_latin", 19, "char(10)", "char(10,latin1)", true, literal("'it''s'"),
            "latin1_swedish_ci");
        // DEFAULT NULL is no default.
        row("type_zoo", "v_utf", 20, "varchar(200)", "string(200,utf8mb4)", true, NoDefault,
            "utf8mb4_unicode_ci");
        row("type_zoo", "tt", 21, "tinytext", "string(lob,utf8mb4)", true, NoDefault,
            "utf8mb4_unicode_ci");
        row("type_zoo", "tx", 22, "text", "string(lob,latin1)", true, NoDefault,
            "latin1_swedish_ci");
        row("type_zoo", "mt", 23, "mediumtext", "string(lob,utf8mb4)", true, NoDefault,
            "utf8mb4_unicode_ci");
        row("type_zoo", "lt", 24, "longtext", "string(lob,utf8mb4)", true, NoDefault,
            "utf8mb4_unicode_ci");
        row("type_zoo", "bn", 25, "binary(16)", "binary(16)", true);
        row("type_zoo", "vb", 26, "varbinary(300)", "varbinary(300)", true);
        row("type_zoo", "tbl", 27, "tinyblob", "varbinary(lob)", true);
        row("type_zoo", "bl", 28, "blob", "varbinary(lob)", true);
        row("type_zoo", "mbl", 29, "mediumblob", "varbinary(lob)", true);
        row("type_zoo", "lbl", 30, "longblob", "varbinary(lob)", true);
        row("type_zoo", "dt", 31, "date", "date", true);
        row("type_zoo", "tm", 32, "time(3)", "time(3,wide)", true);
        row("type_zoo", "dtm", 33, "datetime(6)", "timestamp(6)", true,
            literal("current_timestamp(6)"));
        row("type_zoo", "ts", 34, "timestamp(6)", "timestamp(6,tz)", true);
        row("type_zoo", "yr", 35, "year(4)", "year", true);
        row("type_zoo", "en", 36, "enum('small','it''s','back\\\\slash')",
            "enum(small,it's,back\\slash)", true, literal("'small'"), "utf8mb4_unicode_ci");
        row("type_zoo", "st", 37, "set('a','b','c')", "set(a,b,c)", true, NoDefault,
            "utf8mb4_unicode_ci");
        // MariaDB's JSON is longtext with a json_valid() check: canonical json.
        row("type_zoo", "js", 38, "longtext", "json", true, NoDefault, "utf8mb4_bin");
        row("type_zoo", "g", 39, "geometry", "geometry(geometry)", true);
        row("type_zoo", "pt", 40, "point", "geometry(point)", false);
        row("type_zoo", "ls", 41, "linestring", "geometry(linestring)", true);
        row("type_zoo", "pg", 42, "polygon", "geometry(polygon)", true);
        row("type_zoo", "mpt", 43, "multipoint", "geometry(multipoint)", true);
        row("type_zoo", "mls", 44, "multilinestring", "geometry(multilinestring)", true);
        row("type_zoo", "mpg", 45, "multipolygon", "geometry(multipolygon)", true);
        row("type_zoo", "gc", 46, "geometrycollection", "geometry(geometrycollection)", true);
        row("type_zoo", "u", 47, "uuid", "uuid", true);
        row("type_zoo", "ip4", 48, "inet4", "inet", true);
        row("type_zoo", "ip6", 49, "inet6", "inet", true);

        row("orders", "id", 1, "bigint(20) unsigned", "integer(8,unsigned)", false);
        row("orders", "parent_id", 2, "int(11)", "integer(4)", true);
        row("orders", "qty", 3, "int(11)", "integer(4)", false, literal("1"));
        row("orders", "price", 4, "decimal(10,2)", "decimal(10,2)", false, literal("0.00"));
        row("orders", "total", 5, "decimal(20,2)", "decimal(20,2)", true);
        row("orders", "total_stored", 6, "decimal(20,2)", "decimal(20,2)", true);
        row("orders", "note", 7, "varchar(100)", "string(100,utf8mb4)", true, literal("'none'"),
            "utf8mb4_unicode_ci");
        row("orders", "body", 8, "mediumtext", "string(lob,utf8mb4)", true, NoDefault,
            "utf8mb4_unicode_ci");
        row("orders", "updated", 9, "timestamp(6)", "timestamp(6,tz)", true);
        row("parent", "id", 1, "int(11)", "integer(4)", false);
        row("parent", "code", 2, "varchar(20)", "string(20,utf8mb4)", false, NoDefault,
            "utf8mb4_unicode_ci");
    }

    void readsColumns()
    {
        QFETCH(QString, tableName);
        QFETCH(QString, column);
        QFETCH(int, ordinal);
        QFETCH(QString, nativeType);
        QFETCH(QString, canonical);
        QFETCH(bool, nullable);
        QFETCH(QString, defaultExpression);
        QFETCH(QString, collation);
        const Table *owner = table(tableName.toUtf8().constData());
        QVERIFY(owner);
        const Column *actual = owner->column(column.toStdString());
        QVERIFY2(actual, qPrintable(column));
        QCOMPARE(actual->ordinal, ordinal);
        QCOMPARE(qs(actual->nativeType), nativeType);
        QCOMPARE(qs(actual->type.toString()), canonical);
        QCOMPARE(actual->nullable, nullable);
        QCOMPARE(actual->defaultExpression ? qs(*actual->defaultExpression) : NoDefault,
                 defaultExpression);
        QCOMPARE(qs(actual->collation), collation);
    }

    void readsEveryColumnInOrder()
    {
        QCOMPARE(table("type_zoo")->columns.size(), size_t(49));
        QCOMPARE(
            names(table("orders")->columns),
            (QStringList { QStringLiteral("id"), QStringLiteral("parent_id"), QStringLiteral("qty"),
                           QStringLiteral("price"), QStringLiteral("total"),
                           QStringLiteral("total_stored"), QStringLiteral("note"),
                           QStringLiteral("body"), QStringLiteral("updated") }));
    }

    void readsCanonicalTypeDetails()
    {
        const Table *zoo = table("type_zoo");
        const CanonicalType &en = zoo->column("en")->type;
        QCOMPARE(en.family, TypeFamily::Enum);
        QCOMPARE(strings(en.labels),
                 (QStringList { QStringLiteral("small"), QStringLiteral("it's"),
                                QStringLiteral("back\\slash") }));
        const CanonicalType &b8u = zoo->column("b8u")->type;
        QCOMPARE(b8u.byteWidth, 8);
        QVERIFY(b8u.isUnsigned);
        QCOMPARE(zoo->column("m3")->type.byteWidth, 3);
        QCOMPARE(zoo->column("c_latin")->type.charset, std::string("latin1"));
        QCOMPARE(zoo->column("ip4")->type.subtype, std::string("ipv4"));
        QCOMPARE(zoo->column("ip6")->type.subtype, std::string("ipv6"));
        QVERIFY(zoo->column("ts")->type.withTimeZone);
        QVERIFY(!zoo->column("dtm")->type.withTimeZone);
        QVERIFY(zoo->column("tm")->type.wideRange);
        QVERIFY(zoo->column("lbl")->type.isLob);
    }

    void readsColumnAttributes()
    {
        const Table *orders = table("orders");
        QVERIFY(orders->column("id")->autoIncrement);
        QVERIFY(!orders->column("qty")->autoIncrement);
        QVERIFY(table("parent")->column("id")->autoIncrement);
        QCOMPARE(table("parent")->column("id")->comment, std::string("parent key"));

        const Column *total = orders->column("total");
        QCOMPARE(total->generatedExpression, std::optional<std::string>("`qty` * `price`"));
        QVERIFY(!total->generatedStored);
        QCOMPARE(total->defaultExpression, std::optional<std::string>());
        const Column *stored = orders->column("total_stored");
        QCOMPARE(stored->generatedExpression, std::optional<std::string>("`qty` * `price`"));
        QVERIFY(stored->generatedStored);
        QCOMPARE(stored->comment, std::string("stored total"));
        QCOMPARE(orders->column("qty")->generatedExpression, std::optional<std::string>());

        QCOMPARE(orders->column("updated")->onUpdateExpression,
                 std::optional<std::string>("current_timestamp(6)"));
        QCOMPARE(orders->column("note")->onUpdateExpression, std::optional<std::string>());

        const std::string &comment = orders->column("body")->comment;
        QCOMPARE(comment.size(), size_t(400));
        QCOMPARE(comment, longComment());
    }

    void readsKeys()
    {
        const Table *orders = table("orders");
        QVERIFY(orders->primaryKey);
        QCOMPARE(orders->primaryKey->name, std::string("PRIMARY"));
        QCOMPARE(strings(orders->primaryKey->columns), QStringList { QStringLiteral("id") });
        QCOMPARE(orders->uniqueKeys.size(), size_t(1));
        QCOMPARE(orders->uniqueKeys[0].name, std::string("uq_note_parent"));
        QCOMPARE(strings(orders->uniqueKeys[0].columns),
                 (QStringList { QStringLiteral("note"), QStringLiteral("parent_id") }));

        const Table *parent = table("parent");
        QCOMPARE(strings(parent->primaryKey->columns), QStringList { QStringLiteral("id") });
        QCOMPARE(parent->uniqueKeys.size(), size_t(1));
        QCOMPARE(parent->uniqueKeys[0].name, std::string("uq_parent_code"));
        QCOMPARE(strings(parent->uniqueKeys[0].columns), QStringList { QStringLiteral("code") });
        QVERIFY(parent->foreignKeys.empty());
    }

    void readsForeignKeysWithActions()
    {
        const Table *orders = table("orders");
        QCOMPARE(orders->foreignKeys.size(), size_t(1));
        const ForeignKey &fk = orders->foreignKeys[0];
        QCOMPARE(fk.name, std::string("fk_orders_parent"));
        QCOMPARE(strings(fk.columns), QStringList { QStringLiteral("parent_id") });
        QCOMPARE(fk.referencedSchema, m_database);
        QCOMPARE(fk.referencedTable, std::string("parent"));
        QCOMPARE(strings(fk.referencedColumns), QStringList { QStringLiteral("id") });
        QCOMPARE(fk.onUpdate, ReferentialAction::Cascade);
        QCOMPARE(fk.onDelete, ReferentialAction::SetNull);
    }

    void readsIndexes()
    {
        const Table *orders = table("orders");
        QCOMPARE(names(orders->indexes),
                 (QStringList { QStringLiteral("PRIMARY"), QStringLiteral("ft_body"),
                                QStringLiteral("ix_note_prefix"), QStringLiteral("ix_parent_qty"),
                                QStringLiteral("uq_note_parent") }));
        const Index &primary = orders->indexes[0];
        QVERIFY(primary.primary);
        QVERIFY(primary.unique);
        QCOMPARE(primary.method, std::string("btree"));
        QCOMPARE(primary.columns.size(), size_t(1));
        QCOMPARE(primary.columns[0].name, std::string("id"));

        const Index &fulltext = orders->indexes[1];
        QCOMPARE(fulltext.method, std::string("fulltext"));
        QVERIFY(!fulltext.unique);
        QCOMPARE(fulltext.columns[0].name, std::string("body"));

        const Index &prefix = orders->indexes[2];
        QCOMPARE(prefix.columns.size(), size_t(1));
        QCOMPARE(prefix.columns[0].name, std::string("note"));
        QCOMPARE(prefix.columns[0].prefixLength, 10);

        const Index &composite = orders->indexes[3];
        QVERIFY(!composite.unique);
        QVERIFY(!composite.primary);
        QCOMPARE(composite.method, std::string("btree"));
        QCOMPARE(composite.columns.size(), size_t(2));
        QCOMPARE(composite.columns[0].name, std::string("parent_id"));
        QVERIFY(!composite.columns[0].descending);
        QCOMPARE(composite.columns[1].name, std::string("qty"));
        QVERIFY(composite.columns[1].descending);
        QCOMPARE(composite.columns[1].prefixLength, 0);

        const Index &unique = orders->indexes[4];
        QVERIFY(unique.unique);
        QCOMPARE(unique.columns.size(), size_t(2));
        QCOMPARE(unique.columns[0].name, std::string("note"));
        QCOMPARE(unique.columns[1].name, std::string("parent_id"));

        const Table *zoo = table("type_zoo");
        QCOMPARE(names(zoo->indexes),
                 (QStringList { QStringLiteral("PRIMARY"), QStringLiteral("sp_pt") }));
        QCOMPARE(zoo->indexes[1].method, std::string("spatial"));
        QCOMPARE(zoo->indexes[1].columns[0].name, std::string("pt"));
        QCOMPARE(zoo->indexes[1].columns[0].prefixLength, 0);
    }

    void readsChecksButNotTheJsonAliasCheck()
    {
        const Table *orders = table("orders");
        QCOMPARE(orders->checks.size(), size_t(1));
        QCOMPARE(orders->checks[0].name, std::string("chk_qty"));
        QCOMPARE(orders->checks[0].expression, std::string("`qty` > 0"));
        // The json_valid(`js`) check belongs to the JSON alias and is carried by the type.
        QVERIFY(table("type_zoo")->checks.empty());
        QCOMPARE(table("type_zoo")->column("js")->type.family, TypeFamily::Json);
    }

    void readsViews()
    {
        const View &view = schema().views.front();
        const std::string db = "`" + m_database + "`";
        QCOMPARE(view.definition,
                 "select " + db + ".`parent`.`id` AS `id`," + db
                     + ".`parent`.`code` AS `code` "
                       "from "
                     + db + ".`parent` where " + db + ".`parent`.`id` > 0");
        QVERIFY(!view.materialized);
        QCOMPARE(names(view.columns),
                 (QStringList { QStringLiteral("id"), QStringLiteral("code") }));
        QCOMPARE(view.columns[0].nativeType, std::string("int(11)"));
        QCOMPARE(view.columns[1].type.toString(), std::string("string(20,utf8mb4)"));
    }

    void readsRoutines()
    {
        QCOMPARE(names(schema().routines),
                 (QStringList { QStringLiteral("add_one"), QStringLiteral("proc_modes") }));
        const Routine &function = schema().routines[0];
        QCOMPARE(function.kind, RoutineKind::Function);
        QCOMPARE(function.language, std::string("sql"));
        QCOMPARE(function.returnType, std::string("int(11)"));
        QCOMPARE(function.body, std::string("RETURN x + 1"));
        QCOMPARE(function.arguments.size(), size_t(1));
        QCOMPARE(function.arguments[0].name, std::string("x"));
        QCOMPARE(function.arguments[0].mode, std::string("IN"));
        QCOMPARE(function.arguments[0].nativeType, std::string("int(11)"));

        const Routine &procedure = schema().routines[1];
        QCOMPARE(procedure.kind, RoutineKind::Procedure);
        QCOMPARE(procedure.returnType, std::string());
        QCOMPARE(procedure.body, std::string("BEGIN\n  SET b = 'x';\n  SET c = c + a;\nEND"));
        QCOMPARE(procedure.arguments.size(), size_t(3));
        const char *expected[][3] = { { "a", "IN", "int(11)" },
                                      { "b", "OUT", "varchar(20)" },
                                      { "c", "INOUT", "decimal(10,2)" } };
        for (size_t i = 0; i < 3; ++i) {
            QCOMPARE(procedure.arguments[i].name, std::string(expected[i][0]));
            QCOMPARE(procedure.arguments[i].mode, std::string(expected[i][1]));
            QCOMPARE(procedure.arguments[i].nativeType, std::string(expected[i][2]));
        }
    }

    void readsTriggers()
    {
        QCOMPARE(schema().triggers.size(), size_t(1));
        const Trigger &trigger = schema().triggers[0];
        QCOMPARE(trigger.name, std::string("trg_parent_bi"));
        QCOMPARE(trigger.table, std::string("parent"));
        QCOMPARE(trigger.timing, TriggerTiming::Before);
        QCOMPARE(strings(trigger.events), QStringList { QStringLiteral("INSERT") });
        QVERIFY(trigger.forEachRow);
        QCOMPARE(trigger.body, std::string("SET NEW.code = UPPER(NEW.code)"));
    }

    void readsSequences()
    {
        const Sequence &order = schema().sequences[0];
        QCOMPARE(order.dataType, std::string("bigint"));
        QCOMPARE(order.start, int64_t(100));
        QCOMPARE(order.increment, int64_t(5));
        QCOMPARE(order.minValue, std::optional<int64_t>(10));
        QCOMPARE(order.maxValue, std::optional<int64_t>(100000));
        QVERIFY(order.cycle);
        QCOMPARE(order.currentValue, std::optional<int64_t>()); // never used

        const Sequence &used = schema().sequences[1];
        QCOMPARE(used.start, int64_t(1));
        QCOMPARE(used.increment, int64_t(1));
        QCOMPARE(used.minValue, std::optional<int64_t>(1));
        QCOMPARE(used.maxValue, std::optional<int64_t>(9223372036854775806LL));
        QVERIFY(!used.cycle);
        // One NEXTVAL with CACHE 10 reserved 1..10: at most 10 was handed out.
        QCOMPARE(used.currentValue, std::optional<int64_t>(10));
    }

    void readsAllUserDatabasesWhenNoneIsNamed()
    {
        ConnectionSpec spec = test::mysqlSpec();
        spec.database.clear();
        auto catalog = makeEndpoint(spec)->readCatalog({});
        QVERIFY2(catalog.ok(), catalog.ok() ? "" : catalog.error().toString().c_str());
        const QStringList schemas = names(catalog->schemas);
        QVERIFY(schemas.contains(qs(m_database)));
        QVERIFY(schemas.contains(QStringLiteral("ferry_test")));
        for (const char *system : { "mysql", "information_schema", "performance_schema", "sys" })
            QVERIFY2(!schemas.contains(QLatin1String(system)), system);
        QCOMPARE(catalog->database, std::string());
    }

    void readsNamedSchemasIncludingSystemOnes()
    {
        CatalogFilter filter;
        filter.schemas = { "mysql", m_database };
        auto catalog = makeEndpoint(spec())->readCatalog(filter);
        QVERIFY2(catalog.ok(), catalog.ok() ? "" : catalog.error().toString().c_str());
        QCOMPARE(names(catalog->schemas),
                 (QStringList { qs(m_database), QStringLiteral("mysql") }));
        QVERIFY(catalog->schemas[1].table("user") || catalog->schemas[1].table("global_priv"));

        ConnectionSpec all = test::mysqlSpec();
        all.database.clear();
        CatalogFilter withSystem;
        withSystem.includeSystemSchemas = true;
        withSystem.schemas = {};
        auto everything = makeEndpoint(all)->readCatalog(withSystem);
        QVERIFY2(everything.ok(), everything.ok() ? "" : everything.error().toString().c_str());
        QVERIFY(names(everything->schemas).contains(QStringLiteral("mysql")));
        QVERIFY(names(everything->schemas).contains(QStringLiteral("information_schema")));
    }

    void rejectsUnknownSchemaInFilter()
    {
        CatalogFilter filter;
        filter.schemas = { "ferry_no_such_database_here" };
        auto catalog = makeEndpoint(spec())->readCatalog(filter);
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, ErrorCode::DatabaseNotFound);
        QVERIFY(catalog.error().message.find("ferry_no_such_database_here") != std::string::npos);
    }

    void failsWithConnectionErrorCode()
    {
        ConnectionSpec wrong = spec();
        wrong.password = Secret("definitely-not-the-password");
        auto catalog = makeEndpoint(wrong)->readCatalog({});
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, ErrorCode::AuthenticationFailed);
        QVERIFY(catalog.error().toString().find("definitely-not-the-password")
                == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestMySqlCatalog)
#include "tst_mysql_catalog.moc"
