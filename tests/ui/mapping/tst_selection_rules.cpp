// SPDX-License-Identifier: MIT
// Checked tables -> selection rules and back (models/mapping/selection_rules.h), compared with
// hand-written DMS JSON.
#include "models/mapping/selection_rules.h"
#include "tests/ui/mapping/mapping_test_catalogs.h"

#include <QTest>

using namespace ferry;
using models::TableSelection;

namespace {

/// ticketingCatalog() with the named tables of "ticketing" checked (and all of "analytics"
/// when withAnalytics).
TableSelection checkedTicketing(const std::vector<std::string> &names, bool withAnalytics)
{
    const CatalogPtr catalog = test::ticketingCatalog();
    TableSelection selection(2);
    for (const Table &table : catalog->schemas[0].tables)
        selection[0].push_back(
            std::find(names.begin(), names.end(), table.name) != names.end() ? 1 : 0);
    selection[1].assign(2, withAnalytics ? 1 : 0);
    return selection;
}

TableSelection allBut(const std::vector<std::string> &names)
{
    const CatalogPtr catalog = test::ticketingCatalog();
    std::vector<std::string> kept;
    for (const Table &table : catalog->schemas[0].tables) {
        if (std::find(names.begin(), names.end(), table.name) == names.end())
            kept.push_back(table.name);
    }
    return checkedTicketing(kept, false);
}

project::TableMapping numbered(const std::vector<project::MappingRule> &rules)
{
    return models::numberedMapping(rules);
}

} // namespace

class TestSelectionRules : public QObject
{
    Q_OBJECT

private slots:
    void wholeSchemaIsOneIncludeRule()
    {
        const CatalogPtr catalog = test::ticketingCatalog();
        TableSelection selection = allBut({});
        const auto rules = models::selectionRulesFor(*catalog, selection, {});
        QCOMPARE(numbered(rules), test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "%"},
             "rule-action": "include", "filters": []}]})"));
    }

    void aFewUncheckedInABigSchemaAreExcludes()
    {
        const CatalogPtr catalog = test::ticketingCatalog();
        const auto rules
            = models::selectionRulesFor(*catalog, allBut({"tmp_import_2023", "audit_log"}), {});
        QCOMPARE(numbered(rules), test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "%"},
             "rule-action": "include", "filters": []},
            {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
             "object-locator": {"schema-name": "ticketing", "table-name": "audit_log"},
             "rule-action": "exclude"},
            {"rule-type": "selection", "rule-id": "3", "rule-name": "3",
             "object-locator": {"schema-name": "ticketing", "table-name": "tmp_import_2023"},
             "rule-action": "exclude"}]})"));
    }

    void aFewCheckedTablesAreIncludedOneByOne()
    {
        const CatalogPtr catalog = test::ticketingCatalog();
        const auto rules
            = models::selectionRulesFor(*catalog, checkedTicketing({"ticket", "event"}, true), {});
        QCOMPARE(numbered(rules), test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "event"},
             "rule-action": "include", "filters": []},
            {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
             "object-locator": {"schema-name": "ticketing", "table-name": "ticket"},
             "rule-action": "include", "filters": []},
            {"rule-type": "selection", "rule-id": "3", "rule-name": "3",
             "object-locator": {"schema-name": "analytics", "table-name": "%"},
             "rule-action": "include", "filters": []}]})"));
    }

    /// `_` is a DMS wildcard: a name is escaped only when it would match another table.
    void escapesUnderscoresOnlyWhenAmbiguous()
    {
        const std::vector<std::string> names = {"order_item", "orderXitem", "order_log"};
        QCOMPARE(models::exactPattern("order_item", names), std::string("order[_]item"));
        QCOMPARE(models::exactPattern("order_log", names), std::string("order_log"));
        QCOMPARE(models::exactPattern("orderXitem", names), std::string("orderXitem"));
        QCOMPARE(models::exactPattern("rate%[x]", {"rate%[x]"}), std::string("rate[%][[]x]"));

        Catalog catalog;
        catalog.dialect = Dialect::MySql;
        Schema schema;
        schema.name = "shop";
        for (const std::string &name : names)
            schema.tables.push_back(test::table(name, {test::mysqlColumn("id", "int(11)")}));
        catalog.schemas.push_back(schema);
        TableSelection selection {{1, 0, 0}};
        const auto rules = models::selectionRulesFor(catalog, selection, {});
        QCOMPARE(int(rules.size()), 1);
        QCOMPARE(rules[0].locator("table-name"), std::string("order[_]item"));
        // And the engine agrees that the rule selects exactly that table.
        auto evaluated = models::evaluateSelection(catalog, rules);
        QVERIFY(evaluated);
        QCOMPARE(*evaluated, selection);
    }

    void rewritesOnlyTheSchemasTheUserTouched()
    {
        const CatalogPtr catalog = test::ticketingCatalog();
        const auto written = test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "%"},
             "rule-action": "include"},
            {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
             "object-locator": {"schema-name": "ticketing", "table-name": "tmp%"},
             "rule-action": "exclude"},
            {"rule-type": "selection", "rule-id": "3", "rule-name": "3",
             "object-locator": {"schema-name": "analytics", "table-name": "%"},
             "rule-action": "include"}]})");
        auto evaluated = models::evaluateSelection(*catalog, written.rules);
        QVERIFY(evaluated);
        TableSelection selection = *evaluated;
        QCOMPARE(int(selection[0][11]), 0); // tmp_import_2023 excluded by the pattern
        selection[1][0] = 0; // the user unchecks analytics.daily_sales
        const auto rules = models::selectionRulesFor(*catalog, selection, written.rules, {1});
        QCOMPARE(numbered(rules), test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "%"},
             "rule-action": "include"},
            {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
             "object-locator": {"schema-name": "ticketing", "table-name": "tmp%"},
             "rule-action": "exclude"},
            {"rule-type": "selection", "rule-id": "3", "rule-name": "3",
             "object-locator": {"schema-name": "analytics", "table-name": "event_attendance"},
             "rule-action": "include", "filters": []}]})"));
    }

    void rewritesEverythingWhenARuleSpansSchemas()
    {
        const CatalogPtr catalog = test::ticketingCatalog();
        const auto written = test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "%", "table-name": "%"},
             "rule-action": "include"}]})");
        TableSelection selection = allBut({"audit_log"});
        selection[1].assign(2, 1);
        const auto rules = models::selectionRulesFor(*catalog, selection, written.rules, {0});
        QCOMPARE(numbered(rules), test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "%"},
             "rule-action": "include", "filters": []},
            {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
             "object-locator": {"schema-name": "ticketing", "table-name": "audit_log"},
             "rule-action": "exclude"},
            {"rule-type": "selection", "rule-id": "3", "rule-name": "3",
             "object-locator": {"schema-name": "analytics", "table-name": "%"},
             "rule-action": "include", "filters": []}]})"));
    }

    void keepsTheFiltersOfCheckedTables()
    {
        const CatalogPtr catalog = test::ticketingCatalog();
        const auto written = test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "ticket"},
             "rule-action": "include", "load-order": "5",
             "filters": [{"filter-type": "source", "column-name": "price",
                          "filter-conditions": [{"filter-operator": "gte", "value": "100"}]}]}]})");
        // The user checks the whole schema: one include for it, and the filtered table keeps
        // its own rule (an include without filters adds none, so the filter still applies).
        const auto rules = models::selectionRulesFor(*catalog, allBut({}), written.rules, {0});
        QCOMPARE(numbered(rules), test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "%"},
             "rule-action": "include", "filters": []},
            {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
             "object-locator": {"schema-name": "ticketing", "table-name": "ticket"},
             "rule-action": "include",
             "filters": [{"filter-type": "source", "column-name": "price",
                          "filter-conditions": [{"filter-operator": "gte", "value": "100"}]}],
             "load-order": "5"}]})"));
        // Unchecked, the table and its filter are gone.
        const auto without
            = models::selectionRulesFor(*catalog, allBut({"ticket"}), written.rules, {0});
        QCOMPARE(int(without.size()), 2);
        QCOMPARE(without[1].ruleAction(), std::string("exclude"));
        QCOMPARE(without[1].locator("table-name"), std::string("ticket"));
    }

    /// No rules at all is DMS's default mapping: everything, and every schema gets its rules
    /// when the user then changes one.
    void noRulesIsTheDefaultMapping()
    {
        const CatalogPtr catalog = test::ticketingCatalog();
        auto evaluated = models::evaluateSelection(*catalog, {});
        QVERIFY(evaluated);
        const TableSelection everything {std::vector<char>(12, 1), {1, 1}};
        QCOMPARE(*evaluated, everything);
        TableSelection selection = everything;
        selection[1][1] = 0;
        const auto rules = models::selectionRulesFor(*catalog, selection, {}, {1});
        QCOMPARE(numbered(rules), test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "%"},
             "rule-action": "include", "filters": []},
            {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
             "object-locator": {"schema-name": "analytics", "table-name": "daily_sales"},
             "rule-action": "include", "filters": []}]})"));
    }

    void evaluatesWildcardsWithTheEngine()
    {
        const CatalogPtr catalog = test::ticketingCatalog();
        const auto rules = test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticket%", "table-name": "t%"},
             "rule-action": "include"},
            {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
             "object-locator": {"schema-name": "ticketing", "table-name": "%hist"},
             "rule-action": "exclude"},
            {"rule-type": "selection", "rule-id": "3", "rule-name": "3",
             "object-locator": {"schema-name": "analytics", "table-name": "event_attendance"},
             "rule-action": "explicit"}]})");
        auto selection = models::evaluateSelection(*catalog, rules.rules);
        QVERIFY(selection);
        // team, ticket, tmp_import_2023 (t%) but not ticket_purchase_hist (%hist).
        const TableSelection expected {{0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1}, {0, 1}};
        QCOMPARE(*selection, expected);
    }

    void numbersRulesKeepingDescriptiveNames()
    {
        auto input = test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": 10, "rule-name": "10",
             "object-locator": {"schema-name": "HR", "table-name": "%"}, "rule-action": "include"},
            {"rule-type": "transformation", "rule-id": "100000",
             "rule-name": "Default Lowercase Table Rule", "rule-target": "table",
             "object-locator": {"schema-name": "%", "table-name": "%"},
             "rule-action": "convert-lowercase"}]})");
        // A rule the editor just created: no rule-id or rule-name yet.
        project::MappingRule added;
        added.fields = project::Value::map({
            {"rule-type", project::Value::string("transformation")},
            {"rule-target", project::Value::string("schema")},
            {"object-locator",
             project::Value::map({{"schema-name", project::Value::string("HR")}})},
            {"rule-action", project::Value::string("rename")},
            {"value", project::Value::string("hr")},
        });
        input.rules.push_back(added);
        QCOMPARE(models::numberedMapping(input.rules), test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "HR", "table-name": "%"}, "rule-action": "include"},
            {"rule-type": "transformation", "rule-id": "2",
             "rule-name": "Default Lowercase Table Rule", "rule-target": "table",
             "object-locator": {"schema-name": "%", "table-name": "%"},
             "rule-action": "convert-lowercase"},
            {"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
             "rule-target": "schema", "object-locator": {"schema-name": "HR"},
             "rule-action": "rename", "value": "hr"}]})"));
    }
};

QTEST_GUILESS_MAIN(TestSelectionRules)
#include "tst_selection_rules.moc"
