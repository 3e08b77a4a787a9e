// SPDX-License-Identifier: MIT
// The live source -> target preview (models/mapping/mapping_preview_model.h): target names and
// types for typical rule sets, written out by hand, and the model's update behaviour.
#include "models/mapping/mapping_preview_model.h"
#include "tests/ui/mapping/mapping_test_catalogs.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ferry;
using models::MappingPreviewModel;
using PreviewColumn = MappingPreviewModel::Column;
using Status = MappingPreviewModel::Status;

namespace {

/// An Oracle-style upper-case schema: HR.EMPLOYEES, HR.DEPARTMENTS.
CatalogPtr upperCaseCatalog()
{
    auto catalog = std::make_shared<Catalog>();
    catalog->dialect = Dialect::MySql;
    Schema hr;
    hr.name = "HR";
    hr.tables = {
        test::table("EMPLOYEES",
                    {test::mysqlColumn("EMP_ID", "int(11)", false),
                     test::mysqlColumn("FIRST_NAME", "varchar(40)"),
                     test::mysqlColumn("SALARY", "decimal(10,2)")}),
        test::table("DEPARTMENTS", {test::mysqlColumn("DEPT_ID", "int(11)", false)}),
    };
    catalog->schemas.push_back(std::move(hr));
    return catalog;
}

const char *const IncludeCustomer = R"(
    {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
     "object-locator": {"schema-name": "ticketing", "table-name": "customer"},
     "rule-action": "include"})";

std::string rules(const std::string &body) { return R"({"rules": [)" + body + "]}"; }

/// One row of the preview as the tests write it: source, source type, target, target type,
/// rules note.
using Cells = std::array<QString, 5>;

Cells cellsOf(const MappingPreviewModel &model, int tableRow, int columnRow = -1)
{
    return {model.text(tableRow, PreviewColumn::Source, columnRow),
            model.text(tableRow, PreviewColumn::SourceType, columnRow),
            model.text(tableRow, PreviewColumn::Target, columnRow),
            model.text(tableRow, PreviewColumn::TargetType, columnRow),
            model.text(tableRow, PreviewColumn::Note, columnRow)};
}

Cells cells(const char *a, const char *b, const char *c, const char *d, const char *e)
{
    return {QString::fromUtf8(a), QString::fromUtf8(b), QString::fromUtf8(c), QString::fromUtf8(d),
            QString::fromUtf8(e)};
}

/// setMapping plans off the GUI thread: waits for the plan to arrive.
void plan(MappingPreviewModel &model, const project::TableMapping &mapping)
{
    model.setMapping(mapping);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isPlanning(), 30000);
}

} // namespace

class TestMappingPreviewModel : public QObject
{
    Q_OBJECT

private slots:
    void renameSchema()
    {
        MappingPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql, "public");
        plan(model, test::mappingFromJson(rules(R"(
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "%"},
             "rule-action": "include", "filters": []},
            {"rule-type": "transformation", "rule-id": "2", "rule-name": "2",
             "rule-target": "schema", "object-locator": {"schema-name": "ticketing"},
             "rule-action": "rename", "value": "box_office"})")));
        QCOMPARE(model.errorText(), QString());
        QCOMPARE(model.includedTableCount(), 12);
        QCOMPARE(model.rowCount(), 14); // excluded tables are listed too
        const int venue = model.rowOfTable("ticketing", "venue");
        QCOMPARE(venue, 0);
        QCOMPARE(cellsOf(model, venue),
                 cells("ticketing.venue", "", "box_office.venue", "", "Rule 1"));
        QCOMPARE(cellsOf(model, venue, 0), cells("venue_id", "int(11)", "venue_id", "integer", ""));
        QCOMPARE(cellsOf(model, venue, 1), cells("name", "varchar(80)", "name", "varchar(80)", ""));
        QCOMPARE(cellsOf(model, venue, 5), cells("opened_on", "date", "opened_on", "date", ""));
        const int sales = model.rowOfTable("analytics", "daily_sales");
        QCOMPARE(sales, 12);
        QCOMPARE(cellsOf(model, sales), cells("analytics.daily_sales", "", "", "", "Not selected"));
        QCOMPARE(model.index(sales, 0).data(MappingPreviewModel::StatusRole).toInt(),
                 int(Status::Excluded));
        QCOMPARE(cellsOf(model, sales, 3), cells("revenue", "decimal(12,2)", "", "", ""));
    }

    void convertLowercase()
    {
        MappingPreviewModel model;
        model.setCatalog(upperCaseCatalog(), Dialect::PostgreSql, "public");
        plan(model, test::mappingFromJson(rules(R"(
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "HR", "table-name": "%"},
             "rule-action": "include"},
            {"rule-type": "transformation", "rule-id": "2", "rule-name": "2",
             "rule-target": "schema", "object-locator": {"schema-name": "%"},
             "rule-action": "convert-lowercase"},
            {"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
             "rule-target": "table", "object-locator": {"schema-name": "%", "table-name": "%"},
             "rule-action": "convert-lowercase"},
            {"rule-type": "transformation", "rule-id": "4", "rule-name": "4",
             "rule-target": "column",
             "object-locator": {"schema-name": "%", "table-name": "%", "column-name": "%"},
             "rule-action": "convert-lowercase"})")));
        QCOMPARE(model.errorText(), QString());
        QCOMPARE(cellsOf(model, 0), cells("HR.EMPLOYEES", "", "hr.employees", "", "Rule 1"));
        QCOMPARE(model.index(0, 0).data(MappingPreviewModel::StatusRole).toInt(),
                 int(Status::Changed));
        QCOMPARE(cellsOf(model, 0, 0),
                 cells("EMP_ID", "int(11)", "emp_id", "integer", "Renamed (rule 4)"));
        QCOMPARE(cellsOf(model, 0, 2),
                 cells("SALARY", "decimal(10,2)", "salary", "numeric(10,2)", "Renamed (rule 4)"));
        QCOMPARE(cellsOf(model, 1), cells("HR.DEPARTMENTS", "", "hr.departments", "", "Rule 1"));
    }

    void addPrefix()
    {
        MappingPreviewModel model;
        model.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql, "public");
        plan(model, test::mappingFromJson(rules(R"(
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "analytics", "table-name": "%"},
             "rule-action": "include"},
            {"rule-type": "transformation", "rule-id": "2", "rule-name": "2",
             "rule-target": "table", "object-locator": {"schema-name": "analytics",
                                                        "table-name": "%"},
             "rule-action": "add-prefix", "value": "rpt_"})")));
        QCOMPARE(model.includedTableCount(), 2);
        QCOMPARE(cellsOf(model, model.rowOfTable("analytics", "daily_sales")),
                 cells("analytics.daily_sales", "", "analytics.rpt_daily_sales", "", "Rule 1"));
        QCOMPARE(cellsOf(model, model.rowOfTable("analytics", "event_attendance"), 1),
                 cells("attendance", "int(11)", "attendance", "integer", ""));
        QCOMPARE(cellsOf(model, model.rowOfTable("ticketing", "ticket")),
                 cells("ticketing.ticket", "", "", "", "Not selected"));
    }

    void removeColumn()
    {
        MappingPreviewModel model;
        model.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql, "public");
        plan(model, test::mappingFromJson(rules(std::string(IncludeCustomer) + R"(,
            {"rule-type": "transformation", "rule-id": "2", "rule-name": "2",
             "rule-target": "column",
             "object-locator": {"schema-name": "ticketing", "table-name": "customer",
                                "column-name": "phone"},
             "rule-action": "remove-column"})")));
        const int customer = model.rowOfTable("ticketing", "customer");
        QCOMPARE(cellsOf(model, customer, 4), cells("phone", "varchar(32)", "", "", "Removed"));
        QCOMPARE(model.index(4, 0, model.index(customer, 0))
                     .data(MappingPreviewModel::StatusRole)
                     .toInt(),
                 int(Status::Removed));
        QCOMPARE(cellsOf(model, customer, 3),
                 cells("last_name", "varchar(60)", "last_name", "varchar(60)", ""));
        QCOMPARE(cellsOf(model, customer, 6),
                 cells("created_at", "timestamp", "created_at", "timestamp(0) with time zone", ""));
    }

    void addColumn()
    {
        MappingPreviewModel model;
        model.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql, "public");
        plan(model, test::mappingFromJson(rules(std::string(IncludeCustomer) + R"(,
            {"rule-type": "transformation", "rule-id": "2", "rule-name": "2",
             "rule-target": "column",
             "object-locator": {"schema-name": "ticketing", "table-name": "customer"},
             "rule-action": "add-column", "value": "full_name",
             "expression": "$first_name||' '||$last_name",
             "data-type": {"type": "string", "length": 121}})")));
        QCOMPARE(model.errorText(), QString());
        const int customer = model.rowOfTable("ticketing", "customer");
        QCOMPARE(model.rowCount(model.index(customer, 0)), 9); // 8 source columns + 1
        QCOMPARE(cellsOf(model, customer, 8),
                 cells("", "", "full_name", "varchar(121)",
                       "Added (rule 2): $first_name||' '||$last_name"));
        QCOMPARE(model.index(8, 0, model.index(customer, 0))
                     .data(MappingPreviewModel::StatusRole)
                     .toInt(),
                 int(Status::Added));
    }

    void changeDataType()
    {
        MappingPreviewModel model;
        model.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql, "public");
        plan(model, test::mappingFromJson(rules(R"(
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "ticket"},
             "rule-action": "include"},
            {"rule-type": "transformation", "rule-id": "2", "rule-name": "2",
             "rule-target": "column",
             "object-locator": {"schema-name": "ticketing", "table-name": "ticket",
                                "column-name": "price"},
             "rule-action": "change-data-type",
             "data-type": {"type": "numeric", "precision": 10, "scale": 2}},
            {"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
             "rule-target": "column",
             "object-locator": {"schema-name": "ticketing", "table-name": "ticket",
                                "column-name": "channel"},
             "rule-action": "change-data-type", "data-type": {"type": "int8"}})")));
        const int ticket = model.rowOfTable("ticketing", "ticket");
        QCOMPARE(cellsOf(model, ticket, 4),
                 cells("price", "decimal(8,2)", "price", "numeric(10,2)", "Type changed (rule 2)"));
        QCOMPARE(cellsOf(model, ticket, 6),
                 cells("channel", "varchar(16)", "channel", "bigint", "Type changed (rule 3)"));
        QCOMPARE(cellsOf(model, ticket, 5),
                 cells("purchased_at", "datetime(3)", "purchased_at", "timestamp(3)", ""));
    }

    void sqliteTargetTypesAndNames()
    {
        MappingPreviewModel model;
        model.setCatalog(test::ticketingCatalog(), Dialect::Sqlite);
        plan(model, test::mappingFromJson(rules(R"(
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "ticket"},
             "rule-action": "include"})")));
        const int ticket = model.rowOfTable("ticketing", "ticket");
        QCOMPARE(cellsOf(model, ticket), cells("ticketing.ticket", "", "ticket", "", "Rule 1"));
        QCOMPARE(cellsOf(model, ticket, 0),
                 cells("ticket_id", "bigint(20)", "ticket_id", "BIGINT", ""));
        QCOMPARE(cellsOf(model, ticket, 4),
                 cells("price", "decimal(8,2)", "price", "DECIMAL(8,2)", ""));
        QCOMPARE(cellsOf(model, ticket, 5),
                 cells("purchased_at", "datetime(3)", "purchased_at", "DATETIME(3)", ""));
        QCOMPARE(cellsOf(model, ticket, 6),
                 cells("channel", "varchar(16)", "channel", "VARCHAR(16)", ""));
    }

    /// Names the target gives differently from the source are shown: an index whose name
    /// another table's index has (per table in MySQL, per schema in PostgreSQL), after the
    /// columns, and a column name over PostgreSQL's 63 bytes.
    void renamedIndexesAndShortenedNames()
    {
        auto catalog = std::make_shared<Catalog>();
        catalog->dialect = Dialect::MySql;
        const std::string longName(64, 'n');
        Table rental = test::table("rental",
                                   {test::mysqlColumn("id", "int(11)", false),
                                    test::mysqlColumn("customer_id", "int(11)")});
        Table payment = test::table("payment",
                                    {test::mysqlColumn("id", "int(11)", false),
                                     test::mysqlColumn("customer_id", "int(11)"),
                                     test::mysqlColumn(longName, "int(11)")});
        Index byCustomer;
        byCustomer.name = "idx_fk_customer_id";
        byCustomer.columns = {IndexColumn {"customer_id", {}, false, 0}};
        rental.indexes = {byCustomer};
        payment.indexes = {byCustomer};
        Schema sakila;
        sakila.name = "sakila";
        sakila.tables = {payment, rental};
        catalog->schemas.push_back(std::move(sakila));

        MappingPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(catalog, Dialect::PostgreSql, "public");
        plan(model, {});
        const int payments = model.rowOfTable("sakila", "payment");
        QCOMPARE(model.rowCount(model.index(payments, 0)), 4); // 3 columns, 1 renamed index
        QCOMPARE(cellsOf(model, payments, 3),
                 cells("idx_fk_customer_id", "index", "payment_idx_fk_customer_id", "index",
                       "Renamed: another table, index or key in the target has this name"));
        const Cells shortened = cellsOf(model, payments, 2);
        QCOMPARE(shortened[0], QString::fromStdString(longName));
        QCOMPARE(shortened[2].size(), 63);
        QCOMPARE(shortened[4], QStringLiteral("Shortened to the target's name limit"));
        QCOMPARE(model.index(3, 0, model.index(payments, 0))
                     .data(MappingPreviewModel::StatusRole)
                     .toInt(),
                 int(Status::Changed));

        // MySQL keeps index names per table: nothing is renamed.
        model.setCatalog(catalog, Dialect::MySql, "");
        plan(model, {});
        QCOMPARE(model.rowCount(model.index(model.rowOfTable("sakila", "payment"), 0)), 3);
    }

    /// A new plan is applied as a diff: an added column is one inserted child row, no reset.
    void updatesInPlace()
    {
        MappingPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql, "public");
        plan(model, test::mappingFromJson(rules(IncludeCustomer)));
        const int customer = model.rowOfTable("ticketing", "customer");
        const QPersistentModelIndex phone = model.index(4, 0, model.index(customer, 0));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        plan(model, test::mappingFromJson(rules(std::string(IncludeCustomer) + R"json(,
            {"rule-type": "transformation", "rule-id": "2", "rule-name": "2",
             "rule-target": "column",
             "object-locator": {"schema-name": "ticketing", "table-name": "customer"},
             "rule-action": "add-column", "value": "loaded_at", "expression": "datetime()",
             "data-type": {"type": "datetime", "precision": 6}})json")));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), model.index(customer, 0));
        QCOMPARE(inserted.at(0).at(1).toInt(), 8);
        QCOMPARE(inserted.at(0).at(2).toInt(), 8);
        QCOMPARE(changed.size(), 0); // nothing else changed
        QVERIFY(phone.isValid());
        QCOMPARE(phone.data().toString(), QStringLiteral("phone"));

        // Hiding excluded tables removes their rows; the included one stays where its data is.
        model.setShowExcluded(false);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(resets.size(), 0);
        QVERIFY(phone.isValid());
        QCOMPARE(phone.parent().row(), 0);
        model.setShowExcluded(true);
        QCOMPARE(model.rowCount(), 14);
        QCOMPARE(phone.parent().row(), customer);
    }

    void keepsTheLastPlanWhenTheEngineRejectsTheRules()
    {
        MappingPreviewModel model;
        model.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql, "public");
        plan(model, test::mappingFromJson(rules(IncludeCustomer)));
        QSignalSpy planned(&model, &MappingPreviewModel::planChanged);
        plan(model, test::mappingFromJson(rules(R"(
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "tick%"},
             "rule-action": "explicit"})")));
        QCOMPARE(planned.size(), 1);
        QVERIFY2(model.errorText().startsWith(QStringLiteral("rule 1: ")),
                 qPrintable(model.errorText()));
        QCOMPARE(model.includedTableCount(), 1);
        QCOMPARE(model.text(model.rowOfTable("ticketing", "customer"), PreviewColumn::Target),
                 QStringLiteral("ticketing.customer"));
    }

    void reportsThePlanWarnings()
    {
        MappingPreviewModel model;
        model.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql, "public");
        plan(model, test::mappingFromJson(rules(std::string(IncludeCustomer) + R"(,
            {"rule-type": "transformation", "rule-id": "2", "rule-name": "2",
             "rule-target": "table",
             "object-locator": {"schema-name": "ticketing", "table-name": "no_such_table"},
             "rule-action": "rename", "value": "renamed"})")));
        QCOMPARE(model.errorText(), QString());
        QVERIFY2(model.warnings().join(QLatin1Char('\n')).contains(QStringLiteral("Rule 2")),
                 qPrintable(model.warnings().join(QLatin1Char('\n'))));
    }

    /// Plans are made off the GUI thread with a generation counter: of two mappings set one
    /// after the other only the second one's plan is applied, once.
    void appliesOnlyTheLatestPlan()
    {
        MappingPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(test::bulkCatalog(2'000), Dialect::PostgreSql, "public");
        QSignalSpy planned(&model, &MappingPreviewModel::planChanged);
        const auto renameTo = [](const std::string &schema) {
            const std::string include
                = R"({"rule-type": "selection", "rule-id": "1", "rule-name": "1",
                     "object-locator": {"schema-name": "%", "table-name": "%"},
                     "rule-action": "include"})";
            const std::string rename
                = R"({"rule-type": "transformation", "rule-id": "2", "rule-name": "2",
                     "rule-target": "schema", "object-locator": {"schema-name": "bulk"},
                     "rule-action": "rename", "value": "NAME"})";
            std::string renamed = rename;
            renamed.replace(renamed.find("NAME"), 4, schema);
            return test::mappingFromJson(rules(include + ", " + renamed));
        };
        model.setMapping(renameTo("first"));
        QVERIFY(model.isPlanning());
        model.setMapping(renameTo("second"));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isPlanning(), 30000);
        QTest::qWait(100); // a stale plan, had it been delivered, would be here by now
        QCOMPARE(planned.size(), 1);
        QCOMPARE(model.includedTableCount(), 2'000);
        QVERIFY2(model.text(0, PreviewColumn::Target).startsWith(QStringLiteral("second.")),
                 qPrintable(model.text(0, PreviewColumn::Target)));

        // A new catalog drops the plan still being made for the old one.
        model.setMapping(renameTo("third"));
        model.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql, "public");
        QVERIFY(!model.isPlanning());
        QTest::qWait(200);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.includedTableCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMappingPreviewModel)
#include "tst_mapping_preview_model.moc"
