// SPDX-License-Identifier: MIT
// The ODBC connector reads catalogs through the three real drivers (psqlODBC, MariaDB
// Connector/ODBC, SQLite ODBC) via the harness DSNs ferry_pg, ferry_mariadb and ferry_sqlite.
// Fixtures are created with psql, the mariadb client and the sqlite3 C API; every expected
// value is written by hand, per driver where the drivers report differently.
#include "engine/connectors/endpoint.h"
#include "tests/integration/odbc/odbc_test_util.h"

#include <QTest>

#include <algorithm>

using namespace ferry;
using namespace ferry::test::odbc;

namespace {

struct ExpectedColumn
{
    const char *name;
    const char *nativeType;
    const char *canonical;
    bool nullable;
};

/// Empty when the columns match, else a description of the first difference.
QString compareColumns(const std::vector<Column> &actual,
                       const std::vector<ExpectedColumn> &expected)
{
    if (actual.size() != expected.size()) {
        QStringList names;
        for (const Column &column : actual)
            names << QString::fromStdString(column.name);
        return QStringLiteral("%1 columns instead of %2: %3")
            .arg(actual.size())
            .arg(expected.size())
            .arg(names.join(QLatin1Char(',')));
    }
    for (size_t i = 0; i < expected.size(); ++i) {
        const Column &column = actual[i];
        const ExpectedColumn &want = expected[i];
        const QString where
            = QStringLiteral("column %1 (%2)").arg(i + 1).arg(QString::fromUtf8(want.name));
        if (column.name != want.name)
            return where + QStringLiteral(": name %1").arg(QString::fromStdString(column.name));
        if (column.ordinal != int(i + 1))
            return where + QStringLiteral(": ordinal %1").arg(column.ordinal);
        if (column.nativeType != want.nativeType) {
            return where
                + QStringLiteral(": native type '%1', expected '%2'")
                      .arg(QString::fromStdString(column.nativeType),
                           QString::fromUtf8(want.nativeType));
        }
        if (column.type.toString() != want.canonical) {
            return where
                + QStringLiteral(": canonical '%1', expected '%2'")
                      .arg(QString::fromStdString(column.type.toString()),
                           QString::fromUtf8(want.canonical));
        }
        if (column.nullable != want.nullable)
            return where + QStringLiteral(": nullable %1").arg(column.nullable);
    }
    return {};
}

const Column *columnOf(const Table &table, const char *name) { return table.column(name); }

const Index *indexNamed(const Table &table, const std::string &name)
{
    for (const Index &index : table.indexes) {
        if (index.name == name)
            return &index;
    }
    return nullptr;
}

const View *viewNamed(const Schema &schema, const std::string &name)
{
    for (const View &view : schema.views) {
        if (view.name == name)
            return &view;
    }
    return nullptr;
}

const Routine *routineNamed(const Schema &schema, const std::string &name)
{
    for (const Routine &routine : schema.routines) {
        if (routine.name == name)
            return &routine;
    }
    return nullptr;
}

const Trigger *triggerNamed(const Schema &schema, const std::string &name)
{
    for (const Trigger &trigger : schema.triggers) {
        if (trigger.name == name)
            return &trigger;
    }
    return nullptr;
}

std::vector<std::string> indexColumnNames(const Index &index)
{
    std::vector<std::string> names;
    for (const IndexColumn &column : index.columns)
        names.push_back(column.name);
    return names;
}

/// Empty when table has exactly one foreign key (ga, gb) -> schema.child (a, b), named name.
QString checkCompositeKey(const Table *table, const std::string &name, const std::string &schema,
                          const std::string &child)
{
    if (!table)
        return QStringLiteral("no grandchild table");
    if (table->foreignKeys.size() != 1)
        return QStringLiteral("%1 foreign keys").arg(table->foreignKeys.size());
    const ForeignKey &key = table->foreignKeys.front();
    if (key.name != name)
        return QStringLiteral("name %1").arg(QString::fromStdString(key.name));
    if (key.columns != std::vector<std::string> {"ga", "gb"})
        return QStringLiteral("columns differ");
    if (key.referencedSchema != schema || key.referencedTable != child)
        return QStringLiteral("references %1.%2")
            .arg(QString::fromStdString(key.referencedSchema),
                 QString::fromStdString(key.referencedTable));
    if (key.referencedColumns != std::vector<std::string> {"a", "b"})
        return QStringLiteral("referenced columns differ");
    if (key.onDelete != ReferentialAction::NoAction && key.onDelete != ReferentialAction::Restrict)
        return QStringLiteral("on delete %1")
            .arg(QLatin1String(referentialActionName(key.onDelete)));
    return {};
}

std::vector<std::string> tableNames(const Schema &schema)
{
    std::vector<std::string> names;
    for (const Table &table : schema.tables)
        names.push_back(table.name);
    return names;
}

/// The decoy of a unique name: "odbc_cat_1_2" -> "odbcxcat_1_2", which the unescaped search
/// pattern "odbc_cat_1_2" would match too.
std::string decoyOf(const std::string &name)
{
    std::string decoy = name;
    decoy[4] = 'x';
    return decoy;
}

} // namespace

class TestOdbcCatalog : public QObject
{
    Q_OBJECT

private:
    std::string m_pgSchema;
    std::string m_myDatabase;
    std::string m_myWholeTable;
    std::string m_sqlitePrefix;

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_pgSchema = ferry::test::uniqueName("odbc_cat");
        m_myDatabase = ferry::test::uniqueName("odbc_cat");
        m_myWholeTable = ferry::test::uniqueName("odbc_whole");
        m_sqlitePrefix = ferry::test::uniqueName("odbc_cat");
    }

    void cleanupTestCase()
    {
        if (!m_pgSchema.empty()) {
            runPsql(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE; "
                                   "DROP SCHEMA IF EXISTS %2 CASCADE")
                        .arg(QString::fromStdString(m_pgSchema),
                             QString::fromStdString(decoyOf(m_pgSchema))));
        }
        if (!m_myDatabase.empty()) {
            runMariaDb(QStringLiteral("DROP DATABASE IF EXISTS %1; DROP DATABASE IF EXISTS %2; "
                                      "DROP TABLE IF EXISTS ferry_test.%3")
                           .arg(QString::fromStdString(m_myDatabase),
                                QString::fromStdString(decoyOf(m_myDatabase)),
                                QString::fromStdString(m_myWholeTable)));
        }
        if (!m_sqlitePrefix.empty()) {
            const std::string p = m_sqlitePrefix;
            runSqlite("DROP VIEW IF EXISTS " + p + "_child_view; DROP TABLE IF EXISTS " + p
                      + "_grandchild; DROP TABLE IF EXISTS " + p + "_child; DROP TABLE IF EXISTS "
                      + p + "_parent;");
        }
    }

    void readsPostgreSqlThroughPsqlOdbc()
    {
        const QString s = QString::fromStdString(m_pgSchema);
        const QString fixture = QStringLiteral(R"(
CREATE SCHEMA %1;
CREATE SCHEMA %2;
CREATE TABLE %2.decoy (id integer);
SET search_path = %1;
CREATE TABLE parent (id serial PRIMARY KEY, code varchar(20) NOT NULL UNIQUE, note text);
COMMENT ON TABLE parent IS 'the parents';
COMMENT ON COLUMN parent.note IS 'free text, Größe in m²';
INSERT INTO parent (code) VALUES ('a'), ('b'), ('c');
ANALYZE parent;
CREATE TABLE child (
  a integer NOT NULL, b bigint NOT NULL,
  parent_id integer REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL,
  s smallint, flag boolean DEFAULT true, price numeric(12,3), n numeric, r real,
  d double precision, c char(5), v varchar(40), t text, by bytea, dt date, tm time(3),
  ts timestamp(6), tstz timestamptz, u uuid, j jsonb, iv interval,
  gi integer GENERATED ALWAYS AS IDENTITY, x xml,
  total numeric GENERATED ALWAYS AS (price * 2) STORED, "größe" integer,
  PRIMARY KEY (a, b));
CREATE INDEX child_v_ts ON child (v, ts DESC);
CREATE UNIQUE INDEX child_s ON child (s);
CREATE INDEX child_lower_v ON child (lower(v), a DESC) WHERE a > 0;
CREATE TABLE grandchild (gb bigint, ga integer, FOREIGN KEY (ga, gb) REFERENCES child (a, b));
CREATE VIEW child_view AS SELECT a, v FROM child WHERE a > 0;
CREATE FUNCTION add_one(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x + 1';
CREATE PROCEDURE do_it(IN x integer, INOUT y text) LANGUAGE plpgsql
  AS $$BEGIN y := x::text; END$$;
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER child_biu BEFORE INSERT OR UPDATE ON child FOR EACH ROW EXECUTE FUNCTION trg();
CREATE TRIGGER child_au AFTER UPDATE OF v, s ON child FOR EACH ROW WHEN (NEW.a > 0)
  EXECUTE FUNCTION trg();
CREATE TRIGGER child_st AFTER TRUNCATE ON child FOR EACH STATEMENT EXECUTE FUNCTION trg();
)")
                                    .arg(s, QString::fromStdString(decoyOf(m_pgSchema)));
        const QString failure = runPsql(fixture);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        auto endpoint = makeEndpoint(dsnSpec("ferry_pg"));
        CatalogFilter filter;
        filter.schemas = {m_pgSchema};
        const auto catalog = endpoint->readCatalog(filter);
        QVERIFY2(catalog.ok(), catalog.ok() ? "" : catalog.error().toString().c_str());

        QCOMPARE(catalog->dialect, Dialect::Odbc);
        QCOMPARE(catalog->product, std::string("PostgreSQL"));
        QVERIFY2(catalog->serverVersion.rfind("15.", 0) == 0, catalog->serverVersion.c_str());
        QCOMPARE(catalog->database, std::string("ferry_test"));
        // The pattern's '_' was escaped: the decoy schema does not match.
        QCOMPARE(catalog->schemas.size(), size_t(1));
        const Schema &schema = catalog->schemas.front();
        QCOMPARE(schema.name, m_pgSchema);
        QCOMPARE(tableNames(schema), (std::vector<std::string> {"child", "grandchild", "parent"}));

        const Table &child = *schema.table("child");
        const QString childColumns
            = compareColumns(child.columns,
                             {{"a", "int4", "integer(4)", false},
                              {"b", "int8", "integer(8)", false},
                              {"parent_id", "int4", "integer(4)", true},
                              {"s", "int2", "integer(2)", true},
                              {"flag", "bool", "boolean", true},
                              {"price", "numeric(12,3)", "decimal(12,3)", true},
                              {"n", "numeric", "decimal", true},
                              {"r", "float4", "float(4)", true},
                              {"d", "float8", "float(8)", true},
                              {"c", "bpchar(5)", "char(5)", true},
                              {"v", "varchar(40)", "string(40)", true},
                              {"t", "text", "string(lob)", true},
                              {"by", "bytea", "varbinary(lob)", true},
                              {"dt", "date", "date", true},
                              {"tm", "time", "time(3)", true},
                              {"ts", "timestamp", "timestamp(6)", true},
                              {"tstz", "timestamptz", "timestamp(6,tz)", true},
                              {"u", "uuid", "uuid", true},
                              {"j", "jsonb", "json(binary)", true},
                              {"iv", "interval", "interval", true},
                              {"gi", "int4", "integer(4)", false},
                              {"x", "xml", "xml", true},
                              {"total", "numeric", "decimal", true},
                              {"größe", "int4", "integer(4)", true}});
        QVERIFY2(childColumns.isEmpty(), qPrintable(childColumns));
        QCOMPARE(columnOf(child, "flag")->defaultExpression, std::optional<std::string>("true"));
        QCOMPARE(columnOf(child, "a")->defaultExpression, std::optional<std::string>());
        QCOMPARE(columnOf(child, "gi")->identity, IdentityKind::Always);
        QCOMPARE(columnOf(child, "gi")->autoIncrement, true);
        QCOMPARE(columnOf(child, "total")->generatedExpression,
                 std::optional<std::string>("(price * (2)::numeric)"));
        QCOMPARE(columnOf(child, "total")->generatedStored, true);
        QCOMPARE(columnOf(child, "total")->defaultExpression, std::optional<std::string>());
        QCOMPARE(child.rowEstimate, std::optional<int64_t>()); // never analyzed

        QVERIFY(child.primaryKey.has_value());
        QCOMPARE(child.primaryKey->name, std::string("child_pkey"));
        QCOMPARE(child.primaryKey->columns, (std::vector<std::string> {"a", "b"}));
        QCOMPARE(child.foreignKeys.size(), size_t(1));
        const ForeignKey &key = child.foreignKeys.front();
        QCOMPARE(key.name, std::string("child_parent_id_fkey"));
        QCOMPARE(key.columns, std::vector<std::string> {"parent_id"});
        QCOMPARE(key.referencedSchema, m_pgSchema);
        QCOMPARE(key.referencedTable, std::string("parent"));
        QCOMPARE(key.referencedColumns, std::vector<std::string> {"id"});
        QCOMPARE(key.onDelete, ReferentialAction::Cascade);
        QCOMPARE(key.onUpdate, ReferentialAction::SetNull);
        const QString composite = checkCompositeKey(schema.table("grandchild"),
                                                    "grandchild_ga_gb_fkey", m_pgSchema, "child");
        QVERIFY2(composite.isEmpty(), qPrintable(composite));
        QCOMPARE(schema.table("grandchild")->foreignKeys.front().onDelete,
                 ReferentialAction::NoAction);

        // Keys and indexes come from one pg_catalog query per schema (not psqlODBC's
        // per-table functions), with method, expressions and predicates.
        QCOMPARE(child.indexes.size(), size_t(4));
        const Index &lowerV = child.indexes[0];
        QCOMPARE(lowerV.name, std::string("child_lower_v"));
        QCOMPARE(lowerV.method, std::string("btree"));
        QCOMPARE(lowerV.predicate, std::string("(a > 0)"));
        QCOMPARE(lowerV.columns.size(), size_t(2));
        QCOMPARE(lowerV.columns[0].name, std::string());
        QCOMPARE(lowerV.columns[0].expression, std::string("lower(v::text)"));
        QCOMPARE(lowerV.columns[0].descending, false);
        QCOMPARE(lowerV.columns[1].name, std::string("a"));
        QCOMPARE(lowerV.columns[1].descending, true);
        QCOMPARE(child.indexes[1].name, std::string("child_pkey"));
        QCOMPARE(child.indexes[1].primary, true);
        QCOMPARE(child.indexes[1].unique, true);
        QCOMPARE(indexColumnNames(child.indexes[1]), (std::vector<std::string> {"a", "b"}));
        QCOMPARE(child.indexes[2].name, std::string("child_s"));
        QCOMPARE(child.indexes[2].unique, true);
        QCOMPARE(child.indexes[2].primary, false);
        QCOMPARE(indexColumnNames(child.indexes[2]), std::vector<std::string> {"s"});
        QCOMPARE(child.indexes[3].name, std::string("child_v_ts"));
        QCOMPARE(child.indexes[3].unique, false);
        QCOMPARE(child.indexes[3].method, std::string("btree"));
        QCOMPARE(indexColumnNames(child.indexes[3]), (std::vector<std::string> {"v", "ts"}));
        QCOMPARE(child.indexes[3].columns[0].descending, false);
        QCOMPARE(child.indexes[3].columns[1].descending, true);

        const Table &parent = *schema.table("parent");
        QCOMPARE(parent.comment, std::string("the parents"));
        QCOMPARE(parent.rowEstimate, std::optional<int64_t>(3));
        QVERIFY(parent.sizeBytes.has_value() && *parent.sizeBytes > 0);
        const QString parentColumns = compareColumns(parent.columns,
                                                     {{"id", "int4", "integer(4)", false},
                                                      {"code", "varchar(20)", "string(20)", false},
                                                      {"note", "text", "string(lob)", true}});
        QVERIFY2(parentColumns.isEmpty(), qPrintable(parentColumns));
        QCOMPARE(columnOf(parent, "id")->autoIncrement, true);
        QCOMPARE(
            columnOf(parent, "id")->defaultExpression,
            std::optional<std::string>("nextval('" + m_pgSchema + ".parent_id_seq'::regclass)"));
        QCOMPARE(columnOf(parent, "note")->comment, std::string("free text, Größe in m²"));
        QCOMPARE(parent.primaryKey->name, std::string("parent_pkey"));
        QCOMPARE(parent.foreignKeys.size(), size_t(0));
        QCOMPARE(parent.indexes.size(), size_t(2));
        QCOMPARE(parent.indexes[0].name, std::string("parent_code_key"));
        QCOMPARE(parent.indexes[0].unique, true);
        QCOMPARE(parent.indexes[0].primary, false);
        QCOMPARE(parent.indexes[1].name, std::string("parent_pkey"));
        QCOMPARE(parent.indexes[1].primary, true);

        QCOMPARE(schema.views.size(), size_t(1));
        const View &view = schema.views.front();
        QCOMPARE(view.name, std::string("child_view"));
        QCOMPARE(view.materialized, false);
        QCOMPARE(view.definition,
                 " SELECT child.a,\n    child.v\n   FROM " + m_pgSchema
                     + ".child\n  WHERE child.a > 0;");
        const QString viewColumns = compareColumns(
            view.columns,
            {{"a", "int4", "integer(4)", true}, {"v", "varchar(40)", "string(40)", true}});
        QVERIFY2(viewColumns.isEmpty(), qPrintable(viewColumns));

        QCOMPARE(schema.routines.size(), size_t(3));
        const Routine &addOne = *routineNamed(schema, "add_one");
        QCOMPARE(addOne.kind, RoutineKind::Function);
        QCOMPARE(addOne.language, std::string("sql"));
        QCOMPARE(addOne.returnType, std::string("int4"));
        QCOMPARE(addOne.body, std::string("SELECT x + 1"));
        QCOMPARE(addOne.arguments.size(), size_t(1));
        QCOMPARE(addOne.arguments[0].name, std::string("x"));
        QCOMPARE(addOne.arguments[0].mode, std::string("IN"));
        QCOMPARE(addOne.arguments[0].nativeType, std::string("int4"));
        const Routine &doIt = *routineNamed(schema, "do_it");
        QCOMPARE(doIt.kind, RoutineKind::Procedure);
        QCOMPARE(doIt.language, std::string("plpgsql"));
        QCOMPARE(doIt.returnType, std::string());
        QCOMPARE(doIt.body, std::string("BEGIN y := x::text; END"));
        QCOMPARE(doIt.arguments.size(), size_t(2));
        QCOMPARE(doIt.arguments[1].name, std::string("y"));
        QCOMPARE(doIt.arguments[1].mode, std::string("INOUT"));
        QCOMPARE(doIt.arguments[1].nativeType, std::string("text"));
        QCOMPARE(routineNamed(schema, "trg")->returnType, std::string("trigger"));

        QCOMPARE(schema.triggers.size(), size_t(3));
        const Trigger &biu = *triggerNamed(schema, "child_biu");
        QCOMPARE(biu.table, std::string("child"));
        QCOMPARE(biu.timing, TriggerTiming::Before);
        QCOMPARE(biu.events, (std::vector<std::string> {"INSERT", "UPDATE"}));
        QCOMPARE(biu.forEachRow, true);
        QCOMPARE(biu.body, "EXECUTE FUNCTION " + m_pgSchema + ".trg()");
        QCOMPARE(biu.condition, std::string());
        const Trigger &au = *triggerNamed(schema, "child_au");
        QCOMPARE(au.timing, TriggerTiming::After);
        QCOMPARE(au.events, std::vector<std::string> {"UPDATE"});
        QCOMPARE(au.updateColumns, (std::vector<std::string> {"v", "s"}));
        QCOMPARE(au.condition, std::string("new.a > 0"));
        const Trigger &st = *triggerNamed(schema, "child_st");
        QCOMPARE(st.events, std::vector<std::string> {"TRUNCATE"});
        QCOMPARE(st.forEachRow, false);
    }

    void readsEveryUserSchemaOfPostgreSqlWithoutFilter()
    {
        // Runs after readsPostgreSqlThroughPsqlOdbc: both schemas exist.
        auto endpoint = makeEndpoint(dsnSpec("ferry_pg"));
        const auto catalog = endpoint->readCatalog(CatalogFilter {});
        QVERIFY2(catalog.ok(), catalog.ok() ? "" : catalog.error().toString().c_str());
        const Schema *schema = catalog->schema(m_pgSchema);
        QVERIFY(schema);
        QCOMPARE(tableNames(*schema), (std::vector<std::string> {"child", "grandchild", "parent"}));
        const Schema *decoy = catalog->schema(decoyOf(m_pgSchema));
        QVERIFY(decoy);
        QCOMPARE(tableNames(*decoy), std::vector<std::string> {"decoy"});
        QVERIFY(!catalog->schema("pg_catalog"));
        QVERIFY(!catalog->schema("information_schema"));
    }

    void readsMariaDbThroughConnectorOdbc()
    {
        const QString d = QString::fromStdString(m_myDatabase);
        const QString fixture = QStringLiteral(R"(
CREATE DATABASE %1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE %2;
CREATE TABLE %2.decoy (id int);
USE %1;
CREATE TABLE parent (id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code varchar(20) NOT NULL UNIQUE, note text COMMENT 'free text, Größe in m²')
  COMMENT 'the parents';
INSERT INTO parent (code) VALUES ('a'), ('b'), ('c');
ANALYZE TABLE parent;
CREATE TABLE child (a int NOT NULL, b bigint NOT NULL, parent_id int unsigned, s smallint,
  ti tinyint, mi mediumint, bu bigint unsigned, flag boolean DEFAULT 1, bt bit(5),
  price decimal(12,3), f float, d double, c char(5), v varchar(40), t text, lt longtext,
  bn binary(4), vb varbinary(10), bl blob, dt date, tm time(3), ts datetime(6),
  tsp timestamp NULL, y year, e enum('a','b'), j json,
  total decimal(13,3) AS (price * 2) STORED,
  PRIMARY KEY (a, b),
  CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES parent (id)
    ON DELETE CASCADE ON UPDATE SET NULL);
CREATE INDEX child_v_ts ON child (v, ts DESC);
CREATE UNIQUE INDEX child_s ON child (s);
CREATE TABLE grandchild (gb bigint, ga int,
  CONSTRAINT fk_grand FOREIGN KEY (ga, gb) REFERENCES child (a, b));
CREATE VIEW child_view AS SELECT a, v FROM child WHERE a > 0;
CREATE FUNCTION add_one(x int) RETURNS int DETERMINISTIC RETURN x + 1;
CREATE PROCEDURE do_it(IN x int, INOUT y varchar(20)) SET y = CAST(x AS CHAR);
CREATE TRIGGER child_bi BEFORE INSERT ON child FOR EACH ROW SET NEW.s = NEW.s;
)")
                                    .arg(d, QString::fromStdString(decoyOf(m_myDatabase)));
        const QString failure = runMariaDb(fixture);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        auto endpoint = makeEndpoint(dsnSpec("ferry_mariadb"));
        CatalogFilter filter;
        filter.schemas = {m_myDatabase};
        const auto catalog = endpoint->readCatalog(filter);
        QVERIFY2(catalog.ok(), catalog.ok() ? "" : catalog.error().toString().c_str());

        QCOMPARE(catalog->dialect, Dialect::Odbc);
        QCOMPARE(catalog->product, std::string("MariaDB"));
        QVERIFY2(catalog->serverVersion.rfind("10.11.", 0) == 0, catalog->serverVersion.c_str());
        QCOMPARE(catalog->database, std::string("ferry_test"));
        // MariaDB has catalogs and no schemas: each database is a Ferry schema.
        QCOMPARE(catalog->schemas.size(), size_t(1));
        const Schema &schema = catalog->schemas.front();
        QCOMPARE(schema.name, m_myDatabase);
        QCOMPARE(tableNames(schema), (std::vector<std::string> {"child", "grandchild", "parent"}));

        const Table &child = *schema.table("child");
        const QString childColumns
            = compareColumns(child.columns,
                             {{"a", "int(11)", "integer(4)", false},
                              {"b", "bigint(20)", "integer(8)", false},
                              {"parent_id", "int(10) unsigned", "integer(4,unsigned)", true},
                              {"s", "smallint(6)", "integer(2)", true},
                              {"ti", "tinyint(4)", "integer(1)", true},
                              {"mi", "mediumint(9)", "integer(3)", true},
                              {"bu", "bigint(20) unsigned", "integer(8,unsigned)", true},
                              {"flag", "tinyint(1)", "integer(1)", true},
                              {"bt", "bit(5)", "bit(5)", true},
                              {"price", "decimal(12,3)", "decimal(12,3)", true},
                              {"f", "float", "float(4)", true},
                              {"d", "double", "float(8)", true},
                              {"c", "char(5)", "char(5)", true},
                              {"v", "varchar(40)", "string(40)", true},
                              {"t", "text", "string(lob)", true},
                              {"lt", "longtext", "string(lob)", true},
                              {"bn", "binary(4)", "binary(4)", true},
                              {"vb", "varbinary(10)", "varbinary(10)", true},
                              {"bl", "blob", "varbinary(lob)", true},
                              {"dt", "date", "date", true},
                              {"tm", "time(3)", "time(3)", true},
                              {"ts", "datetime(6)", "timestamp(6)", true},
                              {"tsp", "timestamp", "timestamp(0)", true},
                              {"y", "year(4)", "year", true},
                              {"e", "enum('a','b')", "enum(a,b)", true},
                              {"j", "longtext", "string(lob)", true},
                              {"total", "decimal(13,3)", "decimal(13,3)", true}});
        QVERIFY2(childColumns.isEmpty(), qPrintable(childColumns));
        QCOMPARE(columnOf(child, "flag")->defaultExpression, std::optional<std::string>("1"));
        QCOMPARE(columnOf(child, "s")->defaultExpression, std::optional<std::string>());
        QCOMPARE(columnOf(child, "v")->collation, std::string("utf8mb4_unicode_ci"));
        QCOMPARE(columnOf(child, "total")->generatedExpression,
                 std::optional<std::string>("`price` * 2"));
        QCOMPARE(columnOf(child, "total")->generatedStored, true);
        QCOMPARE(child.primaryKey->name, std::string("PRIMARY"));
        QCOMPARE(child.primaryKey->columns, (std::vector<std::string> {"a", "b"}));
        QCOMPARE(child.foreignKeys.size(), size_t(1));
        const ForeignKey &key = child.foreignKeys.front();
        QCOMPARE(key.name, std::string("fk_parent"));
        QCOMPARE(key.columns, std::vector<std::string> {"parent_id"});
        QCOMPARE(key.referencedSchema, m_myDatabase);
        QCOMPARE(key.referencedTable, std::string("parent"));
        QCOMPARE(key.referencedColumns, std::vector<std::string> {"id"});
        QCOMPARE(key.onDelete, ReferentialAction::Cascade);
        QCOMPARE(key.onUpdate, ReferentialAction::SetNull);
        const QString composite
            = checkCompositeKey(schema.table("grandchild"), "fk_grand", m_myDatabase, "child");
        QVERIFY2(composite.isEmpty(), qPrintable(composite));
        QCOMPARE(schema.table("grandchild")->foreignKeys.front().onDelete,
                 ReferentialAction::Restrict);
        // InnoDB adds an index for the foreign key; names sort byte-wise ("PRIMARY" first).
        QCOMPARE(child.indexes.size(), size_t(4));
        QCOMPARE(child.indexes[0].name, std::string("PRIMARY"));
        QCOMPARE(child.indexes[0].primary, true);
        QCOMPARE(indexColumnNames(child.indexes[0]), (std::vector<std::string> {"a", "b"}));
        QCOMPARE(child.indexes[1].name, std::string("child_s"));
        QCOMPARE(child.indexes[1].unique, true);
        QCOMPARE(child.indexes[2].name, std::string("child_v_ts"));
        QCOMPARE(child.indexes[2].unique, false);
        QCOMPARE(indexColumnNames(child.indexes[2]), (std::vector<std::string> {"v", "ts"}));
        QCOMPARE(child.indexes[2].columns[1].descending, true);
        QCOMPARE(child.indexes[3].name, std::string("fk_parent"));
        QCOMPARE(indexColumnNames(child.indexes[3]), std::vector<std::string> {"parent_id"});

        const Table &parent = *schema.table("parent");
        QCOMPARE(parent.comment, std::string("the parents"));
        QCOMPARE(parent.rowEstimate, std::optional<int64_t>(3));
        const QString parentColumns
            = compareColumns(parent.columns,
                             {{"id", "int(10) unsigned", "integer(4,unsigned)", false},
                              {"code", "varchar(20)", "string(20)", false},
                              {"note", "text", "string(lob)", true}});
        QVERIFY2(parentColumns.isEmpty(), qPrintable(parentColumns));
        QCOMPARE(columnOf(parent, "id")->autoIncrement, true);
        QCOMPARE(columnOf(parent, "code")->autoIncrement, false);
        QCOMPARE(columnOf(parent, "note")->comment, std::string("free text, Größe in m²"));
        QCOMPARE(parent.indexes.size(), size_t(2));
        QCOMPARE(parent.indexes[0].name, std::string("PRIMARY"));
        QCOMPARE(parent.indexes[1].name, std::string("code"));
        QCOMPARE(parent.indexes[1].unique, true);

        QCOMPARE(schema.views.size(), size_t(1));
        const View &view = schema.views.front();
        QCOMPARE(view.comment, std::string());
        const std::string q = "`" + m_myDatabase + "`.`child`";
        QCOMPARE(view.definition,
                 "select " + q + ".`a` AS `a`," + q + ".`v` AS `v` from " + q + " where " + q
                     + ".`a` > 0");
        const QString viewColumns = compareColumns(
            view.columns,
            {{"a", "int(11)", "integer(4)", false}, {"v", "varchar(40)", "string(40)", true}});
        QVERIFY2(viewColumns.isEmpty(), qPrintable(viewColumns));

        QCOMPARE(schema.routines.size(), size_t(2));
        const Routine &addOne = *routineNamed(schema, "add_one");
        QCOMPARE(addOne.kind, RoutineKind::Function);
        QCOMPARE(addOne.language, std::string("sql"));
        QCOMPARE(addOne.returnType, std::string("int"));
        QCOMPARE(addOne.body, std::string("RETURN x + 1"));
        QCOMPARE(addOne.arguments.size(), size_t(1));
        QCOMPARE(addOne.arguments[0].nativeType, std::string("int"));
        const Routine &doIt = *routineNamed(schema, "do_it");
        QCOMPARE(doIt.kind, RoutineKind::Procedure);
        QCOMPARE(doIt.body, std::string("SET y = CAST(x AS CHAR)"));
        QCOMPARE(doIt.arguments.size(), size_t(2));
        QCOMPARE(doIt.arguments[0].name, std::string("x"));
        QCOMPARE(doIt.arguments[0].mode, std::string("IN"));
        QCOMPARE(doIt.arguments[1].name, std::string("y"));
        QCOMPARE(doIt.arguments[1].mode, std::string("INOUT"));
        QCOMPARE(doIt.arguments[1].nativeType, std::string("varchar"));

        QCOMPARE(schema.triggers.size(), size_t(1));
        const Trigger &trigger = schema.triggers.front();
        QCOMPARE(trigger.name, std::string("child_bi"));
        QCOMPARE(trigger.table, std::string("child"));
        QCOMPARE(trigger.timing, TriggerTiming::Before);
        QCOMPARE(trigger.events, std::vector<std::string> {"INSERT"});
        QCOMPARE(trigger.forEachRow, true);
        QCOMPARE(trigger.body, std::string("SET NEW.s = NEW.s"));
    }

    void readsTheDataSourceDatabaseOfMariaDbWithoutFilter()
    {
        const QString failure
            = runMariaDb(QStringLiteral("CREATE TABLE ferry_test.%1 (id int PRIMARY KEY)")
                             .arg(QString::fromStdString(m_myWholeTable)));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        auto endpoint = makeEndpoint(dsnSpec("ferry_mariadb"));
        const auto catalog = endpoint->readCatalog(CatalogFilter {});
        QVERIFY2(catalog.ok(), catalog.ok() ? "" : catalog.error().toString().c_str());
        // The DSN names Database=ferry_test: that database only, not the whole server.
        QCOMPARE(catalog->schemas.size(), size_t(1));
        QCOMPARE(catalog->schemas.front().name, std::string("ferry_test"));
        QVERIFY(catalog->schemas.front().table(m_myWholeTable));
    }

    void readsSqliteThroughSqliteOdbc()
    {
        const std::string p = m_sqlitePrefix;
        const std::string fixture = "CREATE TABLE " + p
            + "_parent (id INTEGER PRIMARY KEY AUTOINCREMENT, "
              "code VARCHAR(20) NOT NULL UNIQUE, note TEXT);"
              "CREATE TABLE "
            + p
            + "_child (a INTEGER NOT NULL, b BIGINT NOT NULL, "
              "parent_id INTEGER REFERENCES "
            + p
            + "_parent (id) ON DELETE CASCADE "
              "ON UPDATE SET NULL, s SMALLINT, flag BOOLEAN DEFAULT 1, price DECIMAL(12,3), "
              "r REAL, d DOUBLE, c CHAR(5), v VARCHAR(40), t TEXT, bl BLOB, dt DATE, tm TIME, "
              "ts TIMESTAMP, u UUID, anything, PRIMARY KEY (a, b));"
              "CREATE INDEX "
            + p + "_child_v_ts ON " + p
            + "_child (v, ts DESC);"
              "CREATE UNIQUE INDEX "
            + p + "_child_s ON " + p
            + "_child (s);"
              "CREATE TABLE "
            + p
            + "_grandchild (gb BIGINT, ga INTEGER, "
              "FOREIGN KEY (ga, gb) REFERENCES "
            + p
            + "_child (a, b));"
              "CREATE VIEW "
            + p + "_child_view AS SELECT a, v FROM " + p
            + "_child "
              "WHERE a > 0;"
              "CREATE TRIGGER "
            + p + "_child_ai AFTER INSERT ON " + p
            + "_child BEGIN "
              "UPDATE "
            + p
            + "_child SET s = 1 WHERE a = NEW.a; END;"
              "CREATE TRIGGER "
            + p + "_child_bu BEFORE UPDATE OF v, s ON " + p
            + "_child "
              "FOR EACH ROW WHEN NEW.a > 0 BEGIN SELECT 1; END;";
        const QString failure = runSqlite(fixture);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        auto endpoint = makeEndpoint(dsnSpec("ferry_sqlite"));
        const auto catalog = endpoint->readCatalog(CatalogFilter {});
        QVERIFY2(catalog.ok(), catalog.ok() ? "" : catalog.error().toString().c_str());
        QCOMPARE(catalog->product, std::string("SQLite"));
        QCOMPARE(catalog->database, ferry::test::env("FERRY_TEST_ODBC_SQLITE_FILE"));
        // SQLite has neither catalogs nor schemas: Ferry calls the database "main".
        QCOMPARE(catalog->schemas.size(), size_t(1));
        const Schema &schema = catalog->schemas.front();
        QCOMPARE(schema.name, std::string("main"));
        QVERIFY(!schema.table("sqlite_sequence")); // internal, left out

        const Table *child = schema.table(p + "_child");
        QVERIFY(child);
        // SQLite ODBC reports CHAR(n) as SQL_VARCHAR and INTEGER as SQL_INTEGER.
        const QString childColumns
            = compareColumns(child->columns,
                             {{"a", "INTEGER", "integer(4)", false},
                              {"b", "BIGINT", "integer(8)", false},
                              {"parent_id", "INTEGER", "integer(4)", true},
                              {"s", "SMALLINT", "integer(2)", true},
                              {"flag", "BOOLEAN", "boolean", true},
                              {"price", "DECIMAL(12,3)", "decimal(12,3)", true},
                              {"r", "REAL", "float(8)", true},
                              {"d", "DOUBLE", "float(8)", true},
                              {"c", "CHAR(5)", "string(5)", true},
                              {"v", "VARCHAR(40)", "string(40)", true},
                              {"t", "TEXT", "string(lob)", true},
                              {"bl", "BLOB", "varbinary(lob)", true},
                              {"dt", "DATE", "date", true},
                              {"tm", "TIME", "time", true},
                              {"ts", "TIMESTAMP", "timestamp", true},
                              {"u", "UUID", "uuid", true},
                              {"anything", "", "string", true}});
        QVERIFY2(childColumns.isEmpty(), qPrintable(childColumns));
        QCOMPARE(columnOf(*child, "flag")->defaultExpression, std::optional<std::string>("1"));
        QCOMPARE(columnOf(*child, "a")->defaultExpression, std::optional<std::string>());
        QCOMPARE(child->rowEstimate, std::optional<int64_t>());
        QVERIFY(child->primaryKey.has_value());
        QCOMPARE(child->primaryKey->name, std::string());
        QCOMPARE(child->primaryKey->columns, (std::vector<std::string> {"a", "b"}));
        QCOMPARE(child->foreignKeys.size(), size_t(1));
        const ForeignKey &key = child->foreignKeys.front();
        QCOMPARE(key.name, std::string());
        QCOMPARE(key.columns, std::vector<std::string> {"parent_id"});
        QCOMPARE(key.referencedSchema, std::string("main"));
        QCOMPARE(key.referencedTable, p + "_parent");
        QCOMPARE(key.referencedColumns, std::vector<std::string> {"id"});
        QCOMPARE(key.onDelete, ReferentialAction::Cascade);
        QCOMPARE(key.onUpdate, ReferentialAction::SetNull);
        const QString composite
            = checkCompositeKey(schema.table(p + "_grandchild"), "", "main", p + "_child");
        QVERIFY2(composite.isEmpty(), qPrintable(composite));
        QCOMPARE(schema.table(p + "_grandchild")->foreignKeys.front().onDelete,
                 ReferentialAction::NoAction);
        QCOMPARE(child->indexes.size(), size_t(3));
        const Index *unique = indexNamed(*child, p + "_child_s");
        QVERIFY(unique);
        QCOMPARE(unique->unique, true);
        QCOMPARE(unique->primary, false);
        const Index *ordered = indexNamed(*child, p + "_child_v_ts");
        QVERIFY(ordered);
        QCOMPARE(indexColumnNames(*ordered), (std::vector<std::string> {"v", "ts"}));
        // SQLite ODBC reports every index column as ascending.
        QCOMPARE(ordered->columns[1].descending, false);
        const Index *primary = indexNamed(*child, "sqlite_autoindex_" + p + "_child_1");
        QVERIFY(primary);
        QCOMPARE(primary->primary, true);
        QCOMPARE(indexColumnNames(*primary), (std::vector<std::string> {"a", "b"}));

        const Table *parent = schema.table(p + "_parent");
        QVERIFY(parent);
        const QString parentColumns = compareColumns(parent->columns,
                                                     {{"id", "INTEGER", "integer(4)", true},
                                                      {"code", "VARCHAR(20)", "string(20)", false},
                                                      {"note", "TEXT", "string(lob)", true}});
        QVERIFY2(parentColumns.isEmpty(), qPrintable(parentColumns));
        QCOMPARE(columnOf(*parent, "id")->autoIncrement, true);
        QCOMPARE(columnOf(*parent, "code")->autoIncrement, false);
        QCOMPARE(parent->primaryKey->columns, std::vector<std::string> {"id"});
        const Index *codeIndex = indexNamed(*parent, "sqlite_autoindex_" + p + "_parent_1");
        QVERIFY(codeIndex);
        QCOMPARE(codeIndex->unique, true);
        QCOMPARE(codeIndex->primary, false);

        const View *view = viewNamed(schema, p + "_child_view");
        QVERIFY(view);
        QCOMPARE(view->definition, "SELECT a, v FROM " + p + "_child WHERE a > 0");
        const QString viewColumns = compareColumns(
            view->columns,
            {{"a", "INTEGER", "integer(4)", true}, {"v", "VARCHAR(40)", "string(40)", true}});
        QVERIFY2(viewColumns.isEmpty(), qPrintable(viewColumns));

        const Trigger *after = triggerNamed(schema, p + "_child_ai");
        QVERIFY(after);
        QCOMPARE(after->table, p + "_child");
        QCOMPARE(after->timing, TriggerTiming::After);
        QCOMPARE(after->events, std::vector<std::string> {"INSERT"});
        QCOMPARE(after->forEachRow, true);
        QCOMPARE(after->body, "UPDATE " + p + "_child SET s = 1 WHERE a = NEW.a;");
        const Trigger *before = triggerNamed(schema, p + "_child_bu");
        QVERIFY(before);
        QCOMPARE(before->timing, TriggerTiming::Before);
        QCOMPARE(before->events, std::vector<std::string> {"UPDATE"});
        QCOMPARE(before->updateColumns, (std::vector<std::string> {"v", "s"}));
        QCOMPARE(before->condition, std::string("NEW.a > 0"));
        QCOMPARE(before->body, std::string("SELECT 1;"));
        QCOMPARE(schema.routines.size(), size_t(0)); // SQLite has none
    }

    void failsWithTheConnectDiagnosisWhenTheDataSourceIsUnknown()
    {
        auto spec = parseConnectionUri("odbc://ferry_no_such_dsn");
        QVERIFY(spec.ok());
        auto endpoint = makeEndpoint(*spec);
        const auto catalog = endpoint->readCatalog(CatalogFilter {});
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, ErrorCode::DriverNotFound);
        QCOMPARE(catalog.error().message,
                 std::string("The ODBC driver manager does not know the data source "
                             "ferry_no_such_dsn."));
    }
};

QTEST_GUILESS_MAIN(TestOdbcCatalog)
#include "tst_odbc_catalog.moc"
