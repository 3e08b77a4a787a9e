// SPDX-License-Identifier: MIT
// The mapping editor and dialog (ui/mapping/): DMS documentation examples round-tripped,
// tree checks <-> selection rules, live preview while editing, filters, DMS JSON import and
// export through the Dialogs seam, a 10,000-table catalog, and the screenshot.
#include "engine/project/dms_json.h"
#include "models/mapping/catalog_tree_model.h"
#include "models/mapping/mapping_preview_model.h"
#include "tests/ui/mapping/mapping_test_catalogs.h"
#include "ui/dialogs.h"
#include "ui/mapping/mapping_dialog.h"
#include "ui/mapping/mapping_editor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace ferry;
using models::CatalogTreeModel;
using models::MappingPreviewModel;

namespace {

constexpr int Venue = 0; // table indexes in ticketingCatalog()'s "ticketing"
constexpr int Team = 2;
constexpr int Ticket = 6;
constexpr int TicketHistory = 7;
constexpr int TemporaryImport = 11;
/// The longest GUI event-loop gap allowed while typing over 10,000 tables (ms): planning that
/// many tables on the GUI thread takes longer.
constexpr qint64 GapLimitMs = 300;

/// The objects the DMS user guide's table-mapping examples name (reference §2).
CatalogPtr documentationCatalog()
{
    auto catalog = std::make_shared<Catalog>();
    catalog->dialect = Dialect::MySql;
    const auto id = [](const char *name) { return test::mysqlColumn(name, "int(11)", false); };
    Schema hr;
    hr.name = "HR";
    hr.tables = {test::table("DEPARTMENTS", {id("DEPARTMENT_ID")}, 27),
                 test::table("EMPLOYEES", {id("EMPLOYEE_ID")}, 107)};
    Schema testSchema;
    testSchema.name = "Test";
    testSchema.tables = {test::table("Customers", {id("id")}), test::table("DMS_audit", {id("id")}),
                         test::table("DMS_log", {id("id")}), test::table("Orders", {id("id")})};
    Schema sample;
    sample.name = "dms_sample";
    sample.tables = {
        test::table("mlb_data", {id("mlb_id")}),
        test::table("person", {id("id"), test::mysqlColumn("full_name", "varchar(60)")}),
        test::table("ticket",
                    {id("id"), test::mysqlColumn("price", "decimal(8,2)"),
                     test::mysqlColumn("sold_at", "datetime")}),
    };
    Schema actor;
    actor.name = "test";
    actor.tables = {
        test::table("Actor",
                    {id("actor_id"), test::mysqlColumn("first_name", "varchar(45)"),
                     test::mysqlColumn("last_name", "varchar(45)"),
                     test::mysqlColumn("col1", "int(11)"), test::mysqlColumn("col2", "int(11)")})};
    catalog->schemas = {std::move(hr), std::move(testSchema), std::move(sample), std::move(actor)};
    return catalog;
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

/// The catalog tree's index of schema.table (as the view shows it, fetching as needed).
QModelIndex treeIndex(QTreeView *tree, const QString &schema, const QString &table = {})
{
    QAbstractItemModel *model = tree->model();
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex schemaIndex = model->index(s, 0);
        if (schemaIndex.data().toString() != schema)
            continue;
        if (table.isEmpty())
            return schemaIndex;
        while (model->canFetchMore(schemaIndex))
            model->fetchMore(schemaIndex);
        for (int t = 0; t < model->rowCount(schemaIndex); ++t) {
            if (model->index(t, 0, schemaIndex).data().toString() == table)
                return model->index(t, 0, schemaIndex);
        }
    }
    return {};
}

void setChecked(QTreeView *tree, const QModelIndex &index, bool checked)
{
    QVERIFY(index.isValid());
    QVERIFY(
        tree->model()->setData(index, checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

/// Waits until the editor's off-thread work (preview plan, tree checks, DMS JSON import) has
/// arrived.
void settle(MappingEditor &editor) { QTRY_VERIFY_WITH_TIMEOUT(!editor.isBusy(), 30000); }

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const char *const TicketingRules = R"({"rules": [
    {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
     "object-locator": {"schema-name": "ticketing", "table-name": "%"},
     "rule-action": "include", "filters": []},
    {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
     "object-locator": {"schema-name": "ticketing", "table-name": "tmp%"},
     "rule-action": "exclude"}]})";

} // namespace

class TestMappingEditor : public QObject
{
    Q_OBJECT

private slots:
    void init() { Dialogs::clearAnswers(); }
    void cleanup() { QCOMPARE(Dialogs::pendingAnswers(), 0); }

    void roundTripsTheDmsDocumentationExamples_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        const QString renameSchema = QStringLiteral(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "HR", "table-name": "%"},
             "rule-action": "include", "filters": []},
            {"rule-type": "transformation", "rule-id": "2", "rule-name": "2",
             "rule-target": "schema", "object-locator": {"schema-name": "HR"},
             "rule-action": "rename", "value": "hr_schema"}]})");
        QTest::newRow("rename schema HR") << renameSchema << renameSchema;

        // "Migrate some tables in a schema", numeric rule-ids, and SCT's lower-case rule 7.
        QTest::newRow("include Test.% exclude Test.DMS%") << QStringLiteral(R"({"rules": [
            {"rule-type": "selection", "rule-id": 1, "rule-name": "1",
             "object-locator": {"schema-name": "Test", "table-name": "%"},
             "rule-action": "include"},
            {"rule-type": "selection", "rule-id": 2, "rule-name": "2",
             "object-locator": {"schema-name": "Test", "table-name": "DMS%"},
             "rule-action": "exclude"},
            {"rule-type": "transformation", "rule-id": "7", "rule-name": "7",
             "rule-action": "convert-lowercase", "rule-target": "table",
             "object-locator": {"schema-name": "%", "table-name": "%"}}]})")
                                                          << QStringLiteral(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "Test", "table-name": "%"},
             "rule-action": "include"},
            {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
             "object-locator": {"schema-name": "Test", "table-name": "DMS%"},
             "rule-action": "exclude"},
            {"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
             "rule-action": "convert-lowercase", "rule-target": "table",
             "object-locator": {"schema-name": "%", "table-name": "%"}}]})");

        // Column transformations of the DMS user guide, with an SCT-style descriptive name.
        const QString columns = QStringLiteral(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "test", "table-name": "%"},
             "rule-action": "include"},
            {"rule-type": "transformation", "rule-id": "2", "rule-name": "2",
             "rule-target": "column",
             "object-locator": {"schema-name": "test", "table-name": "Actor",
                                "column-name": "first_name"},
             "rule-action": "rename", "value": "fname"},
            {"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
             "rule-target": "column",
             "object-locator": {"schema-name": "test", "table-name": "Actor",
                                "column-name": "col%"},
             "rule-action": "remove-column"},
            {"rule-type": "transformation", "rule-id": "4", "rule-name": "Add stream position",
             "rule-target": "column", "object-locator": {"schema-name": "%", "table-name": "%"},
             "rule-action": "add-column", "value": "transact_id",
             "expression": "$AR_H_STREAM_POSITION",
             "data-type": {"type": "string", "length": 50}}]})");
        QTest::newRow("column rules") << columns << columns;

        // Rules in any order come back as selection, transformations, then the rest.
        QTest::newRow("order and table-settings") << QStringLiteral(R"({"rules": [
            {"rule-type": "transformation", "rule-id": "1", "rule-name": "1",
             "rule-target": "column",
             "object-locator": {"schema-name": "dms_sample", "table-name": "ticket",
                                "column-name": "price"},
             "rule-action": "change-data-type", "data-type": {"type": "int8"}},
            {"rule-type": "table-settings", "rule-id": "2", "rule-name": "2",
             "object-locator": {"schema-name": "dms_sample", "table-name": "ticket"},
             "parallel-load": {"type": "partitions-auto"}},
            {"rule-type": "selection", "rule-id": "3", "rule-name": "3",
             "object-locator": {"schema-name": "dms_sample", "table-name": "%"},
             "rule-action": "include",
             "filters": [{"filter-type": "source", "column-name": "price",
                          "filter-conditions": [{"filter-operator": "gte", "value": "100"}]}]},
            {"rule-type": "selection", "rule-id": "4", "rule-name": "3",
             "object-locator": {"schema-name": "dms_sample", "table-name": "mlb_data"},
             "rule-action": "exclude"}]})") << QStringLiteral(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "dms_sample", "table-name": "%"},
             "rule-action": "include",
             "filters": [{"filter-type": "source", "column-name": "price",
                          "filter-conditions": [{"filter-operator": "gte", "value": "100"}]}]},
            {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
             "object-locator": {"schema-name": "dms_sample", "table-name": "mlb_data"},
             "rule-action": "exclude"},
            {"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
             "rule-target": "column",
             "object-locator": {"schema-name": "dms_sample", "table-name": "ticket",
                                "column-name": "price"},
             "rule-action": "change-data-type", "data-type": {"type": "int8"}},
            {"rule-type": "table-settings", "rule-id": "4", "rule-name": "4",
             "object-locator": {"schema-name": "dms_sample", "table-name": "ticket"},
             "parallel-load": {"type": "partitions-auto"}}]})");
    }

    void roundTripsTheDmsDocumentationExamples()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        MappingEditor editor;
        editor.setCatalog(documentationCatalog(), Dialect::PostgreSql);
        QSignalSpy changed(&editor, &MappingEditor::mappingChanged);
        editor.setTableMapping(test::mappingFromJson(input.toStdString()));
        QCOMPARE(editor.tableMapping(), test::mappingFromJson(expected.toStdString()));
        QCOMPARE(changed.size(), 0);
    }

    /// The new-project wizard may hand over a mapping before the catalog is read.
    void keepsTheMappingWithoutACatalog()
    {
        MappingEditor editor;
        const project::TableMapping mapping = test::mappingFromJson(TicketingRules);
        editor.setTableMapping(mapping);
        QCOMPARE(editor.tableMapping(), mapping);
        QCOMPARE(child<QTreeWidget>(&editor, "selectionRuleList")->topLevelItemCount(), 2);
        editor.setCatalog(test::ticketingCatalog(), Dialect::Sqlite);
        settle(editor);
        QCOMPARE(editor.tableMapping(), mapping);
        QCOMPARE(editor.catalogModel()->checkedTableCount(), 11);
        QCOMPARE(editor.previewModel()->includedTableCount(), 11);
        QCOMPARE(editor.previewModel()->text(0, MappingPreviewModel::Column::Target),
                 QStringLiteral("venue")); // an SQLite target has no schemas
    }

    /// SQLite's "main" goes where the target engine puts unqualified names: its connector's
    /// default schema ("public" on PostgreSQL), nothing on MySQL (the connection's database).
    void previewUsesTheTargetsDefaultSchema()
    {
        auto catalog = std::make_shared<Catalog>();
        catalog->dialect = Dialect::Sqlite;
        Schema main;
        main.name = "main";
        main.tables = {test::table("venue", {test::mysqlColumn("id", "int(11)", false)})};
        catalog->schemas.push_back(std::move(main));
        MappingEditor editor;
        editor.setCatalog(catalog, Dialect::PostgreSql);
        settle(editor);
        QCOMPARE(editor.previewModel()->text(0, MappingPreviewModel::Column::Target),
                 QStringLiteral("public.venue"));
        editor.setCatalog(catalog, Dialect::MySql);
        settle(editor);
        QCOMPARE(editor.previewModel()->text(0, MappingPreviewModel::Column::Target),
                 QStringLiteral("venue"));
        // A target whose default schema is known (a live session said so) wins.
        editor.setTargetDefaultSchema(QStringLiteral("warehouse"));
        settle(editor);
        QCOMPARE(editor.previewModel()->text(0, MappingPreviewModel::Column::Target),
                 QStringLiteral("warehouse.venue"));
    }

    /// setTableMapping checks the tree from the engine's evaluation of the rules: wildcards
    /// and excludes show as they apply.
    void setTableMappingChecksTheTree()
    {
        MappingEditor editor;
        editor.setCatalog(documentationCatalog(), Dialect::PostgreSql);
        editor.setTableMapping(test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "Test", "table-name": "%"},
             "rule-action": "include"},
            {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
             "object-locator": {"schema-name": "Test", "table-name": "DMS%"},
             "rule-action": "exclude"}]})"));
        settle(editor);
        CatalogTreeModel *model = editor.catalogModel();
        QCOMPARE(model->schemaCheckState(0), Qt::Unchecked); // HR
        QCOMPARE(model->schemaCheckState(1), Qt::PartiallyChecked); // Test
        QVERIFY(model->isTableChecked(1, 0)); // Customers
        QVERIFY(!model->isTableChecked(1, 1)); // DMS_audit
        QVERIFY(!model->isTableChecked(1, 2)); // DMS_log
        QVERIFY(model->isTableChecked(1, 3)); // Orders
        auto *tree = child<QTreeView>(&editor, "catalogTree");
        QCOMPARE(treeIndex(tree, QStringLiteral("Test"), QStringLiteral("DMS_log"))
                     .data(Qt::CheckStateRole)
                     .value<Qt::CheckState>(),
                 Qt::Unchecked);
        auto *list = child<QTreeWidget>(&editor, "selectionRuleList");
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Exclude Test.DMS%"));
    }

    void checkingTreeItemsWritesSelectionRules()
    {
        MappingEditor editor;
        editor.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql);
        editor.setTableMapping({});
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // No rules is DMS's default mapping: everything is ticked and previewed as loaded.
        settle(editor);
        QCOMPARE(editor.catalogModel()->checkedTableCount(), 14);
        QCOMPARE(editor.previewModel()->includedTableCount(), 14);
        QSignalSpy changed(&editor, &MappingEditor::mappingChanged);
        auto *tree = child<QTreeView>(&editor, "catalogTree");

        // A real click on the schema's check box unticks it.
        const QModelIndex ticketing = treeIndex(tree, QStringLiteral("ticketing"));
        QStyleOptionViewItem option;
        option.initFrom(tree->viewport());
        option.rect = tree->visualRect(ticketing);
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        option.state |= QStyle::State_Enabled;
        const QRect box
            = tree->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, tree);
        QVERIFY(!box.isEmpty());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, box.center());
        QCOMPARE(ticketing.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(editor.tableMapping(), test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "analytics", "table-name": "%"},
             "rule-action": "include", "filters": []}]})"));

        setChecked(tree, ticketing, true);
        setChecked(tree, treeIndex(tree, QStringLiteral("ticketing"), QStringLiteral("audit_log")),
                   false);
        setChecked(tree,
                   treeIndex(tree, QStringLiteral("ticketing"), QStringLiteral("tmp_import_2023")),
                   false);
        setChecked(tree,
                   treeIndex(tree, QStringLiteral("analytics"), QStringLiteral("daily_sales")),
                   false);
        QCOMPARE(changed.size(), 5);
        // Each click rewrites only its schema's rules, in place.
        QCOMPARE(editor.tableMapping(), test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "analytics", "table-name": "event_attendance"},
             "rule-action": "include", "filters": []},
            {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
             "object-locator": {"schema-name": "ticketing", "table-name": "%"},
             "rule-action": "include", "filters": []},
            {"rule-type": "selection", "rule-id": "3", "rule-name": "3",
             "object-locator": {"schema-name": "ticketing", "table-name": "audit_log"},
             "rule-action": "exclude"},
            {"rule-type": "selection", "rule-id": "4", "rule-name": "4",
             "object-locator": {"schema-name": "ticketing", "table-name": "tmp_import_2023"},
             "rule-action": "exclude"}]})"));
        auto *list = child<QTreeWidget>(&editor, "selectionRuleList");
        QCOMPARE(list->topLevelItemCount(), 4);
        QCOMPARE(list->topLevelItem(2)->text(1), QStringLiteral("Exclude ticketing.audit_log"));
        // The preview follows after the debounce delay.
        QTRY_COMPARE(editor.previewModel()->includedTableCount(), 11);

        // Nothing ticked is a rule that excludes everything, never "no rules" (= everything).
        setChecked(tree, treeIndex(tree, QStringLiteral("ticketing")), false);
        setChecked(tree, treeIndex(tree, QStringLiteral("analytics")), false);
        QCOMPARE(editor.tableMapping(), test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "%", "table-name": "%"},
             "rule-action": "exclude"}]})"));
        QTRY_COMPARE(editor.previewModel()->includedTableCount(), 0);
        QCOMPARE(editor.catalogModel()->checkedTableCount(), 0);
    }

    void searchNarrowsTheTree()
    {
        MappingEditor editor;
        editor.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *tree = child<QTreeView>(&editor, "catalogTree");
        QCOMPARE(tree->model()->rowCount(), 2);
        QTest::keyClicks(child<QLineEdit>(&editor, "catalogSearchEdit"), QStringLiteral("sales"));
        QTRY_COMPARE(tree->model()->rowCount(), 1);
        const QModelIndex analytics = tree->model()->index(0, 0);
        QCOMPARE(analytics.data().toString(), QStringLiteral("analytics"));
        QVERIFY(tree->isExpanded(analytics));
        QCOMPARE(tree->model()->rowCount(analytics), 1);
        QCOMPARE(tree->model()->index(0, 0, analytics).data().toString(),
                 QStringLiteral("daily_sales"));
    }

    void editingSelectionRulesChecksTheTree()
    {
        MappingEditor editor;
        editor.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql);
        editor.setTableMapping(test::mappingFromJson(TicketingRules));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        settle(editor);
        CatalogTreeModel *model = editor.catalogModel();
        QVERIFY(model->isTableChecked(0, Venue));
        QVERIFY(!model->isTableChecked(0, TemporaryImport));

        auto *list = child<QTreeWidget>(&editor, "selectionRuleList");
        list->setCurrentItem(list->topLevelItem(0));
        replaceText(child<QLineEdit>(&editor, "selectionTableEdit"), QStringLiteral("t%"));
        QTRY_VERIFY(!model->isTableChecked(0, Venue));
        QVERIFY(model->isTableChecked(0, Team));
        QVERIFY(model->isTableChecked(0, Ticket));
        QVERIFY(model->isTableChecked(0, TicketHistory));
        QVERIFY(!model->isTableChecked(0, TemporaryImport)); // still excluded by rule 2
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Include ticketing.t%"));
        QCOMPARE(editor.tableMapping().rules[0].locator("table-name"), std::string("t%"));

        auto *action = child<QComboBox>(&editor, "selectionActionCombo");
        action->setCurrentIndex(action->findData(QStringLiteral("exclude")));
        QTRY_COMPARE(model->checkedTableCount(), 0);
    }

    /// Adding a rename through the Add menu and typing the new name updates the preview live.
    void previewFollowsTransformationEdits()
    {
        MappingEditor editor;
        editor.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql);
        editor.setTableMapping(test::mappingFromJson(TicketingRules));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        settle(editor); // the first plan: the preview's rows
        auto *tree = child<QTreeView>(&editor, "catalogTree");
        tree->setCurrentIndex(
            treeIndex(tree, QStringLiteral("ticketing"), QStringLiteral("venue")));

        auto *add = child<QAction>(&editor, "addTransformation_rename");
        QVERIFY(add);
        add->trigger();
        auto *tabs = child<QTabWidget>(&editor, "ruleTabs");
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("transformationTab"));
        auto *value = child<QLineEdit>(&editor, "transformationValueEdit");
        QCOMPARE(value->text(), QStringLiteral("venue"));
        replaceText(value, QStringLiteral("arena"));

        MappingPreviewModel *preview = editor.previewModel();
        const int venue = preview->rowOfTable("ticketing", "venue");
        QTRY_COMPARE(preview->text(venue, MappingPreviewModel::Column::Target),
                     QStringLiteral("ticketing.arena"));
        QCOMPARE(editor.tableMapping(), test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "%"},
             "rule-action": "include", "filters": []},
            {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
             "object-locator": {"schema-name": "ticketing", "table-name": "tmp%"},
             "rule-action": "exclude"},
            {"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
             "rule-target": "table",
             "object-locator": {"schema-name": "ticketing", "table-name": "venue"},
             "rule-action": "rename", "value": "arena"}]})"));

        // Switching the action to add-prefix keeps the locator and the value, and hides
        // nothing the action needs.
        auto *actionCombo = child<QComboBox>(&editor, "transformationActionCombo");
        actionCombo->setCurrentIndex(actionCombo->findData(QStringLiteral("add-prefix")));
        QTRY_COMPARE(preview->text(venue, MappingPreviewModel::Column::Target),
                     QStringLiteral("ticketing.arenavenue"));
        QVERIFY(child<QLineEdit>(&editor, "transformationValueEdit")->isVisibleTo(&editor));
        QVERIFY(!child<QLineEdit>(&editor, "transformationOldValueEdit")->isVisibleTo(&editor));
    }

    /// Exceptions > "Edit rules..." on a rejected row: the editor opens on the rule that decides
    /// the row's offending column (by its target name, after a rename), selects the column in
    /// the preview and says which rule it is; a column no rule touches gets a note saying so.
    void showColumnRuleSelectsTheRuleOfTheColumn()
    {
        MappingEditor editor;
        editor.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql);
        editor.setTableMapping(test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "%"},
             "rule-action": "include"},
            {"rule-type": "transformation", "rule-id": "2", "rule-name": "2",
             "rule-target": "column",
             "object-locator": {"schema-name": "ticketing", "table-name": "venue",
                                "column-name": "name"},
             "rule-action": "change-data-type",
             "data-type": {"type": "string", "length": 4}},
            {"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
             "rule-target": "column",
             "object-locator": {"schema-name": "ticketing", "table-name": "venue",
                                "column-name": "city"},
             "rule-action": "rename", "value": "town"}]})"));
        auto *tabs = child<QTabWidget>(&editor, "ruleTabs");
        auto *rules = child<QTreeWidget>(&editor, "transformationList");
        auto *preview = child<QTreeView>(&editor, "previewTree");
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(rules->currentItem()->text(0), QStringLiteral("2")); // the first one

        // Asked before the plan arrives: applied when it does. The row names the target's
        // column "town", which rule 3 renamed from "city".
        QVERIFY(editor.isBusy());
        editor.showColumnRule(QStringLiteral("ticketing"), QStringLiteral("venue"),
                              QStringLiteral("town"));
        QCOMPARE(tabs->currentIndex(), 0);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        settle(editor);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("transformationTab"));
        QCOMPARE(rules->currentItem()->text(0), QStringLiteral("3"));
        QCOMPARE(child<QLineEdit>(&editor, "transformationValueEdit")->text(),
                 QStringLiteral("town"));
        QCOMPARE(preview->currentIndex().data().toString(), QStringLiteral("city"));
        QCOMPARE(preview->currentIndex().parent().data().toString(),
                 QStringLiteral("ticketing.venue"));
        QVERIFY(preview->isExpanded(preview->currentIndex().parent()));
        QVERIFY2(editor.messageText().startsWith(
                     QStringLiteral("Rule 3 decides column town of ticketing.venue")),
                 qPrintable(editor.messageText()));

        // Asked once the preview is planned: applied at once.
        editor.showColumnRule(QStringLiteral("ticketing"), QStringLiteral("venue"),
                              QStringLiteral("name"));
        QCOMPARE(rules->currentItem()->text(0), QStringLiteral("2"));
        QCOMPARE(preview->currentIndex().data().toString(), QStringLiteral("name"));
        QVERIFY2(editor.messageText().contains(QStringLiteral("(varchar(4) on the target)")),
                 qPrintable(editor.messageText()));

        // No rule touches venue.capacity: the note says so, the rule selection stays.
        editor.showColumnRule(QStringLiteral("ticketing"), QStringLiteral("venue"),
                              QStringLiteral("capacity"));
        QCOMPARE(rules->currentItem()->text(0), QStringLiteral("2"));
        QCOMPARE(preview->currentIndex().data().toString(), QStringLiteral("capacity"));
        QVERIFY2(editor.messageText().startsWith(
                     QStringLiteral("No rule changes column capacity of ticketing.venue")),
                 qPrintable(editor.messageText()));

        // A table the catalog does not have: said, nothing selected anew.
        editor.showColumnRule(QStringLiteral("ticketing"), QStringLiteral("gone"),
                              QStringLiteral("x"));
        QVERIFY2(editor.messageText().startsWith(QStringLiteral("ticketing.gone is not a table")),
                 qPrintable(editor.messageText()));
        QVERIFY(!editor.isBusy());
    }

    void reordersAndRemovesRules()
    {
        MappingEditor editor;
        editor.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql);
        editor.setTableMapping(test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "%"},
             "rule-action": "include"},
            {"rule-type": "transformation", "rule-id": "2", "rule-name": "2",
             "rule-target": "table", "object-locator": {"schema-name": "%", "table-name": "%"},
             "rule-action": "add-prefix", "value": "a_"},
            {"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
             "rule-target": "table", "object-locator": {"schema-name": "%", "table-name": "%"},
             "rule-action": "add-suffix", "value": "_z"},
            {"rule-type": "transformation", "rule-id": "4", "rule-name": "4",
             "rule-target": "schema", "object-locator": {"schema-name": "ticketing"},
             "rule-action": "rename", "value": "box_office"}]})"));
        QSignalSpy changed(&editor, &MappingEditor::mappingChanged);
        auto *list = child<QTreeWidget>(&editor, "transformationList");
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("2"));
        QCOMPARE(list->topLevelItem(0)->text(1),
                 QStringLiteral("Add prefix a_ to table names in %.%"));

        list->setCurrentItem(list->topLevelItem(2));
        QTest::mouseClick(child<QToolButton>(&editor, "moveTransformationUpButton"),
                          Qt::LeftButton);
        QCOMPARE(list->currentItem()->text(1),
                 QStringLiteral("Rename schema ticketing to box_office"));
        QCOMPARE(list->indexOfTopLevelItem(list->currentItem()), 1);
        list->setCurrentItem(list->topLevelItem(2)); // add-suffix
        QTest::mouseClick(child<QToolButton>(&editor, "removeTransformationButton"),
                          Qt::LeftButton);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(editor.tableMapping(), test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "%"},
             "rule-action": "include"},
            {"rule-type": "transformation", "rule-id": "2", "rule-name": "2",
             "rule-target": "table", "object-locator": {"schema-name": "%", "table-name": "%"},
             "rule-action": "add-prefix", "value": "a_"},
            {"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
             "rule-target": "schema", "object-locator": {"schema-name": "ticketing"},
             "rule-action": "rename", "value": "box_office"}]})"));
        MappingPreviewModel *preview = editor.previewModel();
        QTRY_COMPARE(preview->text(preview->rowOfTable("ticketing", "venue"),
                                   MappingPreviewModel::Column::Target),
                     QStringLiteral("box_office.a_venue"));

        // Selection rules: add one (for the table current in the tree), then remove it.
        auto *tree = child<QTreeView>(&editor, "catalogTree");
        tree->setCurrentIndex(
            treeIndex(tree, QStringLiteral("analytics"), QStringLiteral("daily_sales")));
        QTest::mouseClick(child<QToolButton>(&editor, "addSelectionRuleButton"), Qt::LeftButton);
        auto *rules = child<QTreeWidget>(&editor, "selectionRuleList");
        QCOMPARE(rules->topLevelItemCount(), 2);
        QCOMPARE(rules->currentItem()->text(1), QStringLiteral("Include analytics.daily_sales"));
        QTRY_VERIFY(editor.catalogModel()->isTableChecked(1, 0));
        QTest::mouseClick(child<QToolButton>(&editor, "removeSelectionRuleButton"), Qt::LeftButton);
        QCOMPARE(rules->topLevelItemCount(), 1);
        QTRY_VERIFY(!editor.catalogModel()->isTableChecked(1, 0));
    }

    void addsAColumnFilterToTheSelectedTable()
    {
        MappingEditor editor;
        editor.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql);
        editor.setTableMapping(test::mappingFromJson(TicketingRules));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *tree = child<QTreeView>(&editor, "catalogTree");
        tree->setCurrentIndex(
            treeIndex(tree, QStringLiteral("ticketing"), QStringLiteral("ticket")));
        QTest::mouseClick(child<QToolButton>(&editor, "addFilterButton"), Qt::LeftButton);

        auto *column = child<QComboBox>(&editor, "filterColumnCombo");
        column->setCurrentIndex(column->findData(QStringLiteral("price")));
        auto *conditions = child<QTableWidget>(&editor, "filterConditionTable");
        QCOMPARE(conditions->rowCount(), 1);
        auto *op = qobject_cast<QComboBox *>(conditions->cellWidget(0, 0));
        QVERIFY(op);
        op->setCurrentIndex(op->findData(QStringLiteral("gte")));
        conditions->item(0, 1)->setText(QStringLiteral("100"));

        auto *filters = child<QTreeWidget>(&editor, "filterList");
        QCOMPARE(filters->topLevelItemCount(), 1);
        QCOMPARE(filters->topLevelItem(0)->text(0), QStringLiteral("ticketing.ticket"));
        QCOMPARE(filters->topLevelItem(0)->text(1), QStringLiteral("price >= 100"));
        QCOMPARE(editor.tableMapping(), test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "%"},
             "rule-action": "include", "filters": []},
            {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
             "object-locator": {"schema-name": "ticketing", "table-name": "tmp%"},
             "rule-action": "exclude"},
            {"rule-type": "selection", "rule-id": "3", "rule-name": "3",
             "object-locator": {"schema-name": "ticketing", "table-name": "ticket"},
             "rule-action": "include",
             "filters": [{"filter-type": "source", "column-name": "price",
                          "filter-conditions": [{"filter-operator": "gte",
                                                 "value": "100"}]}]}]})"));
        MappingPreviewModel *preview = editor.previewModel();
        QTRY_COMPARE(preview->text(preview->rowOfTable("ticketing", "ticket"),
                                   MappingPreviewModel::Column::Note),
                     QStringLiteral("Rule 1, source filters: 1"));
    }

    void importOfMalformedJsonShowsTheLineAndColumnAndChangesNothing()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("broken.json"));
        writeFile(path,
                  "{\n"
                  "  \"rules\": [\n"
                  "    {\"rule-type\": \"selection\" \"rule-id\": \"1\"}\n"
                  "  ]\n"
                  "}\n");
        MappingEditor editor;
        editor.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql);
        const project::TableMapping before = test::mappingFromJson(TicketingRules);
        editor.setTableMapping(before);
        editor.show();
        QSignalSpy changed(&editor, &MappingEditor::mappingChanged);
        QSignalSpy imported(&editor, &MappingEditor::importFinished);

        Dialogs::queueAnswer(path);
        QTest::mouseClick(child<QPushButton>(&editor, "importButton"), Qt::LeftButton);
        QCOMPARE(Dialogs::answeredTitles().value(0),
                 QStringLiteral("Import AWS DMS Table Mapping"));
        QTRY_COMPARE(imported.size(), 1); // read and parsed off the GUI thread
        QCOMPARE(imported.at(0).at(0).toBool(), false);
        QVERIFY2(editor.messageText().contains(QStringLiteral("broken.json:3:31")),
                 qPrintable(editor.messageText()));
        QVERIFY(child<QFrame>(&editor, "importErrorFrame")->isVisible());
        QCOMPARE(child<QLabel>(&editor, "importErrorLabel")->text(), editor.messageText());
        QCOMPARE(editor.tableMapping(), before);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(child<QTreeWidget>(&editor, "selectionRuleList")->topLevelItemCount(), 2);

        QTest::mouseClick(child<QToolButton>(&editor, "importErrorCloseButton"), Qt::LeftButton);
        QCOMPARE(editor.messageText(), QString());
    }

    void importReplacesTheMapping()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("table-mappings.json"));
        writeFile(path, R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "analytics", "table-name": "%"},
             "rule-action": "include"}]})");
        MappingEditor editor;
        editor.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql);
        editor.setTableMapping(test::mappingFromJson(TicketingRules));
        QSignalSpy changed(&editor, &MappingEditor::mappingChanged);
        QSignalSpy imported(&editor, &MappingEditor::importFinished);
        Dialogs::queueAnswer(path);
        QTest::mouseClick(child<QPushButton>(&editor, "importButton"), Qt::LeftButton);
        QTRY_COMPARE(imported.size(), 1); // read and parsed off the GUI thread
        QCOMPARE(imported.at(0).at(0).toBool(), true);
        settle(editor);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(editor.messageText(), QString());
        QCOMPARE(editor.tableMapping(), test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "analytics", "table-name": "%"},
             "rule-action": "include"}]})"));
        QCOMPARE(editor.catalogModel()->checkedTableCount(), 2);
        QCOMPARE(editor.catalogModel()->schemaCheckState(1), Qt::Checked);
    }

    void exportWritesTheFile()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("exported.json"));
        MappingEditor editor;
        editor.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql);
        editor.setTableMapping(test::mappingFromJson(R"({"rules": [
            {"rule-type": "transformation", "rule-id": "9", "rule-name": "9",
             "rule-target": "schema", "object-locator": {"schema-name": "ticketing"},
             "rule-action": "rename", "value": "box_office"},
            {"rule-type": "selection", "rule-id": "4", "rule-name": "4",
             "object-locator": {"schema-name": "ticketing", "table-name": "%"},
             "rule-action": "include"}]})"));
        Dialogs::queueAnswer(path);
        QTest::mouseClick(child<QPushButton>(&editor, "exportButton"), Qt::LeftButton);
        QCOMPARE(Dialogs::answeredTitles().value(0),
                 QStringLiteral("Export AWS DMS Table Mapping"));
        const QByteArray written = readFile(path);
        QVERIFY(written.startsWith("{"));
        QVERIFY(written.endsWith("\n"));
        QCOMPARE(test::mappingFromJson(written.toStdString()), test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "%"},
             "rule-action": "include"},
            {"rule-type": "transformation", "rule-id": "2", "rule-name": "2",
             "rule-target": "schema", "object-locator": {"schema-name": "ticketing"},
             "rule-action": "rename", "value": "box_office"}]})"));
        QVERIFY2(editor.messageText().contains(QStringLiteral("Exported the table mapping to ")),
                 qPrintable(editor.messageText()));
    }

    void dialogKeepsOrDiscardsTheEdits()
    {
        MappingDialog dialog;
        dialog.setTaskName(QStringLiteral("nightly"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Table Mapping of Task nightly"));
        dialog.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql);
        dialog.setTableMapping(test::mappingFromJson(TicketingRules));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle(*dialog.editor());
        QVERIFY(!dialog.isModified());
        auto *tree = child<QTreeView>(&dialog, "catalogTree");
        setChecked(tree, treeIndex(tree, QStringLiteral("analytics")), true);
        QVERIFY(dialog.isModified());

        // Cancel asks first; "Cancel" in the question keeps the dialog open.
        auto *buttons = child<QDialogButtonBox>(&dialog, "buttonBox");
        Dialogs::queueAnswer(int(QMessageBox::Cancel));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(Dialogs::answeredTitles().value(0), QStringLiteral("Discard Mapping Changes"));

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const project::TableMapping edited = dialog.tableMapping();
        QCOMPARE(int(edited.rules.size()), 3);
        QCOMPARE(edited.rules[2].locator("schema-name"), std::string("analytics"));
        QCOMPARE(edited.rules[2].locator("table-name"), std::string("%"));
    }

    /// A new "Change data type" rule names no columns and no type: it does not retype every
    /// column (%.%.% -> string(50)) behind the user's back, and OK waits for a target type
    /// and the columns it applies to.
    void newChangeDataTypeRuleStartsEmptyAndNeedsATarget()
    {
        MappingDialog dialog;
        dialog.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql);
        dialog.setTableMapping(test::mappingFromJson(TicketingRules));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle(*dialog.editor());
        auto *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());

        auto *add = child<QAction>(&dialog, "addTransformation_change-data-type");
        QVERIFY(add);
        add->trigger();
        auto *schema = child<QLineEdit>(&dialog, "transformationSchemaEdit");
        auto *table = child<QLineEdit>(&dialog, "transformationTableEdit");
        auto *column = child<QLineEdit>(&dialog, "transformationColumnEdit");
        auto *type = child<QComboBox>(&dialog, "transformationTypeCombo");
        QCOMPARE(schema->text(), QString());
        QCOMPARE(table->text(), QString());
        QCOMPARE(column->text(), QString());
        QCOMPARE(type->currentData().toString(), QString());
        QVERIFY(!ok->isEnabled());

        replaceText(schema, QStringLiteral("ticketing"));
        replaceText(table, QStringLiteral("venue"));
        replaceText(column, QStringLiteral("name"));
        QVERIFY(!ok->isEnabled()); // still no target type
        type->setCurrentIndex(type->findData(QStringLiteral("wstring")));
        QVERIFY(ok->isEnabled());
        settle(*dialog.editor());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        const project::TableMapping edited = dialog.tableMapping();
        QCOMPARE(int(edited.rules.size()), 3);
        QCOMPARE(edited.rules[2].ruleAction(), std::string("change-data-type"));
        QCOMPARE(edited.rules[2].locator("column-name"), std::string("name"));
        const project::Value *dataType = edited.rules[2].fields.find("data-type");
        QVERIFY(dataType && dataType->find("type"));
        QCOMPARE(dataType->find("type")->text(), std::string("wstring"));
    }

    void handlesTenThousandTables()
    {
        QElapsedTimer timer;
        timer.start();
        MappingEditor editor;
        editor.setCatalog(test::bulkCatalog(10'000), Dialect::PostgreSql);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const qint64 openMs = timer.elapsed();
        auto *tree = child<QTreeView>(&editor, "catalogTree");
        const QModelIndex bulk = tree->model()->index(0, 0);
        QVERIFY(tree->isExpanded(bulk));
        QCOMPARE(tree->model()->rowCount(bulk), CatalogTreeModel::FetchBatch);
        // Lazy: the tree holds one fetch batch, not 10,000 rows. The time is information only
        // (speed is bench/'s business; sanitizer builds and busy machines vary).
        qInfo("10,000-table catalog shown in %lld ms", static_cast<long long>(openMs));

        setChecked(tree, bulk, true);
        QCOMPARE(int(editor.tableMapping().rules.size()), 1);
        QTRY_COMPARE(editor.previewModel()->includedTableCount(), 10'000);
    }

    /// Typing a transformation over a 10,000-table catalog never stalls the GUI thread: the
    /// preview and the tree checks plan on a worker (only the newest plan is applied). The
    /// event loop's longest gap is measured as tst_main_window measures it (a 10 ms timer).
    void typingOverTenThousandTablesKeepsTheGuiResponsive()
    {
        MappingEditor editor;
        editor.setCatalog(test::bulkCatalog(10'000), Dialect::PostgreSql);
        editor.setTableMapping(test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "bulk", "table-name": "%"},
             "rule-action": "include"},
            {"rule-type": "transformation", "rule-id": "2", "rule-name": "2",
             "rule-target": "table", "object-locator": {"schema-name": "bulk", "table-name": "%"},
             "rule-action": "add-prefix", "value": "x"}]})"));
        editor.resize(1100, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        settle(editor);
        QCOMPARE(editor.previewModel()->includedTableCount(), 10'000);
        QCOMPARE(editor.previewModel()->text(0, MappingPreviewModel::Column::Target),
                 QStringLiteral("bulk.xt00000"));

        auto *tabs = child<QTabWidget>(&editor, "ruleTabs");
        tabs->setCurrentWidget(child<QWidget>(&editor, "transformationTab"));
        auto *list = child<QTreeWidget>(&editor, "transformationList");
        list->setCurrentItem(list->topLevelItem(0));
        auto *value = child<QLineEdit>(&editor, "transformationValueEdit");
        auto *selectionTable = child<QLineEdit>(&editor, "selectionTableEdit");
        value->setFocus();
        QElapsedTimer clock;
        clock.start();
        qint64 lastTick = clock.elapsed();
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longestGap = std::max(longestGap, now - lastTick);
            lastTick = now;
        });
        ticker.start();
        // Worst case: a plan asked for after every key (no debounce), while planning runs.
        for (const QChar c : QStringLiteral("_typed")) {
            QTest::keyClick(value, c.toLatin1());
            editor.updatePreviewNow();
            QTest::qWait(15);
        }
        // Selection edits re-check the tree (a plan of its own) as well.
        auto *rules = child<QTreeWidget>(&editor, "selectionRuleList");
        rules->setCurrentItem(rules->topLevelItem(0));
        for (const char c : std::string("%")) {
            selectionTable->setFocus();
            QTest::keyClick(selectionTable, c);
            editor.updatePreviewNow();
            QTest::qWait(15);
        }
        settle(editor);
        ticker.stop();
        QCOMPARE(editor.previewModel()->text(0, MappingPreviewModel::Column::Target),
                 QStringLiteral("bulk.x_typedt00000"));
        QCOMPARE(editor.catalogModel()->checkedTableCount(), 10'000);
        qInfo("longest GUI event-loop gap while typing over 10,000 tables: %lld ms", longestGap);
        QVERIFY2(longestGap < GapLimitMs, qPrintable(QString::number(longestGap)));
    }

    /// With FERRY_SCREENSHOT_DIR set: the editor on a realistic catalog, with rules and the
    /// preview filled, at the size of the mapping dialog.
    void writesTheScreenshot()
    {
        MappingDialog dialog;
        dialog.setTaskName(QStringLiteral("ticketing-to-postgres"));
        dialog.setCatalog(test::ticketingCatalog(), Dialect::PostgreSql);
        dialog.setTableMapping(test::mappingFromJson(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "ticketing", "table-name": "%"},
             "rule-action": "include", "filters": []},
            {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
             "object-locator": {"schema-name": "ticketing", "table-name": "tmp%"},
             "rule-action": "exclude"},
            {"rule-type": "selection", "rule-id": "3", "rule-name": "3",
             "object-locator": {"schema-name": "ticketing", "table-name": "audit_log"},
             "rule-action": "exclude"},
            {"rule-type": "selection", "rule-id": "4", "rule-name": "4",
             "object-locator": {"schema-name": "ticketing", "table-name": "ticket"},
             "rule-action": "include",
             "filters": [{"filter-type": "source", "column-name": "purchased_at",
                          "filter-conditions": [{"filter-operator": "gte",
                                                 "value": "2023-01-01"}]}]},
            {"rule-type": "transformation", "rule-id": "5", "rule-name": "5",
             "rule-target": "schema", "object-locator": {"schema-name": "ticketing"},
             "rule-action": "rename", "value": "box_office"},
            {"rule-type": "transformation", "rule-id": "6", "rule-name": "6",
             "rule-target": "column",
             "object-locator": {"schema-name": "ticketing", "table-name": "customer",
                                "column-name": "phone"},
             "rule-action": "remove-column"},
            {"rule-type": "transformation", "rule-id": "7", "rule-name": "7",
             "rule-target": "column",
             "object-locator": {"schema-name": "ticketing", "table-name": "customer"},
             "rule-action": "add-column", "value": "full_name",
             "expression": "$first_name||' '||$last_name",
             "data-type": {"type": "string", "length": 121}},
            {"rule-type": "transformation", "rule-id": "8", "rule-name": "8",
             "rule-target": "column",
             "object-locator": {"schema-name": "ticketing", "table-name": "ticket",
                                "column-name": "price"},
             "rule-action": "change-data-type",
             "data-type": {"type": "numeric", "precision": 10, "scale": 2}}]})"));
        dialog.resize(1100, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        MappingEditor *editor = dialog.editor();
        settle(*editor); // the preview's rows
        auto *tabs = child<QTabWidget>(editor, "ruleTabs");
        tabs->setCurrentWidget(child<QWidget>(editor, "transformationTab"));
        auto *list = child<QTreeWidget>(editor, "transformationList");
        list->setCurrentItem(list->topLevelItem(2)); // the add-column rule
        auto *preview = child<QTreeView>(editor, "previewTree");
        const int customer = editor->previewModel()->rowOfTable("ticketing", "customer");
        preview->expand(preview->model()->index(customer, 0));
        preview->scrollTo(preview->model()->index(customer, 0), QAbstractItemView::PositionAtTop);
        auto *tree = child<QTreeView>(editor, "catalogTree");
        tree->setCurrentIndex(
            treeIndex(tree, QStringLiteral("ticketing"), QStringLiteral("customer")));
        editor->updatePreviewNow();
        settle(*editor);
        QCOMPARE(editor->previewModel()->includedTableCount(), 10);
        QCOMPARE(editor->previewModel()->text(customer, MappingPreviewModel::Column::Target),
                 QStringLiteral("box_office.customer"));
        QApplication::processEvents();

        const QImage image = dialog.grab().toImage();
        QCOMPARE(image.size(), QSize(1100, 700) * dialog.devicePixelRatio());
        const QString directory = qEnvironmentVariable("FERRY_SCREENSHOT_DIR");
        if (directory.isEmpty())
            return;
        QVERIFY(QDir().mkpath(directory));
        QVERIFY(image.save(QDir(directory).filePath(QStringLiteral("mapping-editor.png"))));
        // The other two rule tabs, for looking at their forms.
        tabs->setCurrentWidget(child<QWidget>(editor, "filterTab"));
        QApplication::processEvents();
        QVERIFY(dialog.grab().save(
            QDir(directory).filePath(QStringLiteral("mapping-editor-filters.png"))));
        tabs->setCurrentWidget(child<QWidget>(editor, "selectionTab"));
        auto *rules = child<QTreeWidget>(editor, "selectionRuleList");
        rules->setCurrentItem(rules->topLevelItem(1));
        QApplication::processEvents();
        QVERIFY(dialog.grab().save(
            QDir(directory).filePath(QStringLiteral("mapping-editor-selection.png"))));
        // An import error shown inline, and an engine error in the preview messages.
        QTemporaryDir files;
        const QString broken = files.filePath(QStringLiteral("table-mappings.json"));
        writeFile(broken, "{\"rules\": [\n  {\"rule-type\": \"selection\",}\n]}\n");
        QSignalSpy imported(editor, &MappingEditor::importFinished);
        editor->importDmsJsonFile(broken);
        QTRY_COMPARE(imported.size(), 1);
        QVERIFY(!imported.at(0).at(0).toBool());
        replaceText(child<QLineEdit>(editor, "selectionTableEdit"), QStringLiteral("tmp%x"));
        child<QComboBox>(editor, "selectionActionCombo")->setCurrentIndex(2); // explicit
        editor->updatePreviewNow();
        settle(*editor);
        QApplication::processEvents();
        QVERIFY(dialog.grab().save(
            QDir(directory).filePath(QStringLiteral("mapping-editor-errors.png"))));
    }
};

QTEST_MAIN(TestMappingEditor)
#include "tst_mapping_editor.moc"
