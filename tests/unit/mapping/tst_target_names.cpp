// SPDX-License-Identifier: MIT
// Target names decided before any DDL (engine/mapping/target_names.h): index, key and
// foreign-key names unique in each target engine's scope, identifiers shortened to the
// target's limit without collisions, and the same names on every run.
#include "engine/mapping/mapping_plan.h"
#include "engine/mapping/target_names.h"

#include <QTest>

#include <set>

using namespace ferry;
using namespace ferry::mapping;

namespace {

CanonicalType integerType(int width)
{
    CanonicalType type;
    type.family = TypeFamily::Integer;
    type.byteWidth = width;
    return type;
}

Column column(const std::string &name)
{
    Column result;
    result.name = name;
    result.nativeType = "int";
    result.type = integerType(4);
    return result;
}

Index index(const std::string &name, std::vector<std::string> columns,
            const std::string &method = "btree")
{
    Index result;
    result.name = name;
    result.method = method;
    for (const std::string &name : columns)
        result.columns.push_back(IndexColumn {name, {}, false, 0});
    return result;
}

ForeignKey foreignKey(const std::string &name, const std::string &column, const std::string &schema,
                      const std::string &table)
{
    ForeignKey key;
    key.name = name;
    key.columns = {column};
    key.referencedSchema = schema;
    key.referencedTable = table;
    key.referencedColumns = {"id"};
    return key;
}

/// Sakila's shape (MySQL): index names are per table there, so rental and payment both have
/// idx_fk_customer_id and idx_fk_staff_id; one index is named like a table.
Catalog sakilaLike()
{
    Table customer;
    customer.name = "customer";
    customer.columns = {column("id")};
    customer.primaryKey = KeyConstraint {"PRIMARY", {"id"}};

    Table staff;
    staff.name = "staff";
    staff.columns = {column("id")};
    staff.primaryKey = KeyConstraint {"PRIMARY", {"id"}};

    Table rental;
    rental.name = "rental";
    rental.columns = {column("id"), column("customer_id"), column("staff_id")};
    rental.primaryKey = KeyConstraint {"PRIMARY", {"id"}};
    rental.indexes = {index("idx_fk_customer_id", {"customer_id"}),
                      index("idx_fk_staff_id", {"staff_id"}), index("staff", {"staff_id", "id"})};
    rental.foreignKeys = {foreignKey("fk_customer", "customer_id", "sakila", "customer")};

    Table payment;
    payment.name = "payment";
    payment.columns = {column("id"), column("customer_id"), column("staff_id"), column("note")};
    payment.primaryKey = KeyConstraint {"PRIMARY", {"id"}};
    payment.indexes
        = {index("idx_fk_customer_id", {"customer_id"}), index("idx_fk_staff_id", {"staff_id"}),
           index("idx_note", {"note"}), index("", {"customer_id", "staff_id"})};
    payment.foreignKeys = {foreignKey("fk_customer", "customer_id", "sakila", "customer")};

    Schema sakila;
    sakila.name = "sakila";
    sakila.tables = {customer, payment, rental, staff};
    Catalog catalog;
    catalog.dialect = Dialect::MySql;
    catalog.schemas = {sakila};
    return catalog;
}

MappingPlan plan(const Catalog &catalog, Dialect target)
{
    PlanOptions options;
    options.targetDialect = target;
    options.targetDefaultSchema = target == Dialect::PostgreSql ? "public" : "";
    auto planned = planMapping(catalog, nullptr, options);
    if (!planned)
        qFatal("plan: %s", planned.error().toString().c_str());
    return *planned;
}

const TablePlan &table(const MappingPlan &plan, const std::string &name)
{
    for (const TablePlan &table : plan.tables) {
        if (table.sourceTable == name)
            return table;
    }
    qFatal("no table %s", name.c_str());
}

std::vector<std::string> indexNames(const TablePlan &table)
{
    std::vector<std::string> names;
    for (const Index &index : table.target.indexes)
        names.push_back(index.name);
    return names;
}

size_t utf8Characters(const std::string &text)
{
    size_t count = 0;
    for (char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

} // namespace

class TstTargetNames : public QObject
{
    Q_OBJECT

private slots:
    /// PostgreSQL: indexes share one namespace per schema with tables, so the two tables'
    /// idx_fk_customer_id become rental_idx_fk_customer_id and payment_idx_fk_customer_id, an
    /// index named like a table is prefixed too, unique names stay, MySQL's PRIMARY becomes
    /// table_pkey and an unnamed index gets PostgreSQL's own form of name.
    void postgresIndexNamesAreUniquePerSchema()
    {
        const MappingPlan planned = plan(sakilaLike(), Dialect::PostgreSql);
        QCOMPARE(indexNames(table(planned, "rental")),
                 (std::vector<std::string> {"rental_idx_fk_customer_id", "rental_idx_fk_staff_id",
                                            "rental_staff"}));
        QCOMPARE(indexNames(table(planned, "payment")),
                 (std::vector<std::string> {"payment_idx_fk_customer_id", "payment_idx_fk_staff_id",
                                            "idx_note", "payment_customer_id_staff_id_idx"}));
        QCOMPARE(table(planned, "payment").target.primaryKey->name, std::string("payment_pkey"));
        // Foreign-key names are per table in PostgreSQL: both keep fk_customer.
        QCOMPARE(table(planned, "payment").target.foreignKeys[0].name, std::string("fk_customer"));
        QCOMPARE(table(planned, "rental").target.foreignKeys[0].name, std::string("fk_customer"));

        // Every relation name of the schema is distinct.
        std::set<std::string> names;
        size_t count = 0;
        for (const TablePlan &t : planned.tables) {
            names.insert(t.target.name);
            names.insert(t.target.primaryKey->name);
            count += 2;
            for (const Index &i : t.target.indexes) {
                names.insert(i.name);
                ++count;
            }
        }
        QCOMPARE(names.size(), count);

        // The decisions are recorded, and a note names each renamed object.
        const auto &objects = table(planned, "rental").objectNames;
        const auto renamed = std::find_if(objects.begin(), objects.end(), [](const auto &o) {
            return o.sourceName == "idx_fk_customer_id";
        });
        QVERIFY(renamed != objects.end());
        QCOMPARE(renamed->targetName, std::string("rental_idx_fk_customer_id"));
        QCOMPARE(renamed->origin, NameOrigin::TablePrefixed);
        QVERIFY(std::any_of(planned.notes.begin(), planned.notes.end(), [](const auto &note) {
            return note.find("rental_idx_fk_customer_id") != std::string::npos;
        }));
    }

    /// MySQL: index names are per table (all kept), foreign-key names per database (the two
    /// fk_customer become table-prefixed). SQLite: index names per database, like PostgreSQL.
    void mysqlAndSqliteScopes()
    {
        const MappingPlan mysql = plan(sakilaLike(), Dialect::MySql);
        QCOMPARE(indexNames(table(mysql, "rental")),
                 (std::vector<std::string> {"idx_fk_customer_id", "idx_fk_staff_id", "staff"}));
        QCOMPARE(table(mysql, "payment").target.foreignKeys[0].name,
                 std::string("payment_fk_customer"));
        QCOMPARE(table(mysql, "rental").target.foreignKeys[0].name,
                 std::string("rental_fk_customer"));

        const MappingPlan sqlite = plan(sakilaLike(), Dialect::Sqlite);
        QCOMPARE(indexNames(table(sqlite, "rental")),
                 (std::vector<std::string> {"rental_idx_fk_customer_id", "rental_idx_fk_staff_id",
                                            "rental_staff"}));
    }

    /// Names depend on the catalog only: planning again, or with the tables in another order,
    /// gives the same names (reload-table and DO_NOTHING find objects by name).
    void namesAreTheSameOnEveryRun()
    {
        Catalog catalog = sakilaLike();
        const MappingPlan first = plan(catalog, Dialect::PostgreSql);
        std::reverse(catalog.schemas[0].tables.begin(), catalog.schemas[0].tables.end());
        const MappingPlan second = plan(catalog, Dialect::PostgreSql);
        for (const char *name : {"customer", "payment", "rental", "staff"}) {
            QCOMPARE(indexNames(table(second, name)), indexNames(table(first, name)));
            QCOMPARE(table(second, name).target.primaryKey->name,
                     table(first, name).target.primaryKey->name);
        }
    }

    /// Identifiers over the limit keep as much of the name as fits and end in a hash of the
    /// whole name: two names sharing their first 63 bytes stay distinct; UTF-8 is cut on a
    /// character boundary; MySQL counts characters, not bytes.
    void longNamesAreShortenedWithoutCollisions()
    {
        const NamingRules postgres = namingRulesFor(Dialect::PostgreSql);
        const std::string stem(63, 'a');
        const std::string first = fitIdentifier(stem + "_first", postgres);
        const std::string second = fitIdentifier(stem + "_second", postgres);
        QCOMPARE(first.size(), size_t(63));
        QCOMPARE(second.size(), size_t(63));
        QVERIFY(first != second);
        QCOMPARE(first, fitIdentifier(stem + "_first", postgres)); // stable
        QCOMPARE(fitIdentifier("short", postgres), std::string("short"));
        QCOMPARE(fitIdentifier(stem, postgres), stem); // exactly 63 bytes fits

        const std::string accents = std::string(60, 'x') + "\xc3\xa9\xc3\xa9\xc3\xa9"; // 66 bytes
        const std::string cut = fitIdentifier(accents, postgres);
        QVERIFY(cut.size() <= 63);
        QVERIFY(QString::fromUtf8(cut.data(), qsizetype(cut.size())).toUtf8().toStdString()
                == cut); // valid UTF-8

        const NamingRules mysql = namingRulesFor(Dialect::MySql);
        std::string sixtyFour;
        for (int i = 0; i < 64; ++i)
            sixtyFour += "\xc3\xa9"; // 64 characters, 128 bytes
        QCOMPARE(fitIdentifier(sixtyFour, mysql), sixtyFour);
        const std::string longer = fitIdentifier(sixtyFour + "z", mysql);
        QCOMPARE(utf8Characters(longer), size_t(64));

        QCOMPARE(fitIdentifier(stem + stem + stem, namingRulesFor(Dialect::Sqlite)),
                 stem + stem + stem); // SQLite has no limit
    }

    /// Two 64-character column names sharing 63 characters (an SQLite source) become two
    /// distinct PostgreSQL columns, and the keys and indexes on them follow the new names.
    void longColumnNamesStayDistinct()
    {
        const std::string stem(63, 'c');
        Table wide;
        wide.name = "wide";
        wide.columns = {column(stem + "1"), column(stem + "2")};
        wide.primaryKey = KeyConstraint {"", {stem + "1"}};
        wide.indexes = {index("by_second", {stem + "2"})};
        Schema main;
        main.name = "main";
        main.tables = {wide};
        Catalog catalog;
        catalog.dialect = Dialect::Sqlite;
        catalog.schemas = {main};

        const MappingPlan planned = plan(catalog, Dialect::PostgreSql);
        const TablePlan &t = planned.tables.at(0);
        const std::string first = t.target.columns.at(0).name;
        const std::string second = t.target.columns.at(1).name;
        QVERIFY(first != second);
        QVERIFY(first.size() <= 63 && second.size() <= 63);
        QVERIFY(t.columns.at(0).nameShortened);
        QCOMPARE(t.target.primaryKey->columns, std::vector<std::string> {first});
        QCOMPARE(t.target.indexes.at(0).columns.at(0).name, second);
        QCOMPARE(t.readRequest().columns.at(1).name, stem + "2"); // read under its own name
        QVERIFY(
            std::any_of(planned.warnings.begin(), planned.warnings.end(),
                        [&](const std::string &w) { return w.find(second) != std::string::npos; }));

        // A long table name too.
        wide.name = std::string(70, 't');
        main.tables = {wide};
        catalog.schemas = {main};
        const MappingPlan longTable = plan(catalog, Dialect::PostgreSql);
        QVERIFY(longTable.tables.at(0).target.name.size() <= 63);
        QVERIFY(longTable.tables.at(0).nameShortened);
        QVERIFY(longTable.tables.at(0).target.primaryKey->name.size() <= 63);
    }

    /// Prefixing cannot take a name another object keeps: a table's own index named like the
    /// prefixed form is numbered instead.
    void prefixedNamesNeverTakeKeptNames()
    {
        Table a;
        a.name = "a";
        a.columns = {column("x"), column("y")};
        a.indexes = {index("ix", {"x"}), index("a_ix", {"y"})};
        Table b;
        b.name = "b";
        b.columns = {column("x")};
        b.indexes = {index("ix", {"x"})};
        Schema s;
        s.name = "s";
        s.tables = {a, b};
        Catalog catalog;
        catalog.dialect = Dialect::MySql;
        catalog.schemas = {s};
        const MappingPlan planned = plan(catalog, Dialect::PostgreSql);
        QCOMPARE(indexNames(table(planned, "a")), (std::vector<std::string> {"a_ix_2", "a_ix"}));
        QCOMPARE(indexNames(table(planned, "b")), (std::vector<std::string> {"b_ix"}));
    }
};

QTEST_APPLESS_MAIN(TstTargetNames)
#include "tst_target_names.moc"
