// SPDX-License-Identifier: MIT
// The Exceptions view driven by its widgets against a real SQLite target: a full load leaves
// rows the target refused; the view lists them with the error next to the offending column;
// values are fixed in the row image (typing, the NULL checkbox); "Re-apply" writes them
// through the engine thread; the list shrinks to the row that was refused again and the target
// holds the others. Then rows refused under one mapping are re-applied after its rules changed
// (PostgreSQL target): "Edit rules...", the option ticked by the rules' change, the question
// before a target column's type changes -- refused once, approved once.
#include "engine/connectors/connector.h"
#include "engine/load/load_session.h"
#include "engine/project/dms_json.h"
#include "engine/task/control_tables.h"
#include "engine/task/task_runner.h"
#include "models/engine_client.h"
#include "models/exceptions/exceptions_model.h"
#include "models/exceptions/row_image_model.h"
#include "tests/support/test_support.h"
#include "ui/dialogs.h"
#include "ui/exceptions/exceptions_view.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

namespace {

using test::sqliteSpec;

std::optional<std::string> text(const char *value) { return std::string(value); }

std::vector<load::TextRow> query(const ConnectionSpec &spec, const std::string &sql)
{
    auto session = load::openTargetSession(spec);
    if (!session)
        return {};
    auto rows = (*session)->query(sql);
    return rows ? *rows : std::vector<load::TextRow>();
}

/// The list row (in view order) whose exception came from source row `id`.
int listRowOfSourceId(QTableView *list, const models::ExceptionsModel *model, const char *id)
{
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const qint64 exceptionId
            = list->model()->index(row, 0).data(models::ExceptionsModel::IdRole).toLongLong();
        const task::ExceptionRecord *record = model->recordById(exceptionId);
        for (const task::ImageCell &cell : record ? record->image() : task::RowImage()) {
            if (cell.column == "id" && cell.value == std::optional<std::string>(id))
                return row;
        }
    }
    return -1;
}

/// Include every table; `name` limited to nameLength characters; `tag` added from the JSON in
/// `meta` (strict: json_extract fails on text that is not JSON; else 'none' for it).
project::TableMapping peopleRules(int nameLength, bool strict)
{
    const std::string expression = strict
        ? "json_extract($meta, '$.tag')"
        : "CASE WHEN json_valid($meta) THEN json_extract($meta, '$.tag') ELSE 'none' END";
    const std::string json
        = R"({"rules":[{"rule-type":"selection","rule-id":"1","rule-name":"1",)"
          R"("object-locator":{"schema-name":"%","table-name":"%"},"rule-action":"include"},)"
          R"({"rule-type":"transformation","rule-id":"2","rule-name":"2","rule-target":"column",)"
          R"("object-locator":{"schema-name":"%","table-name":"people","column-name":"name"},)"
          R"("rule-action":"change-data-type","data-type":{"type":"string","length":)"
        + std::to_string(nameLength)
        + R"(}},{"rule-type":"transformation","rule-id":"3","rule-name":"3",)"
          R"("rule-target":"column","object-locator":{"schema-name":"%","table-name":"people"},)"
          R"("rule-action":"add-column","value":"tag","expression":")"
        + expression + R"(","data-type":{"type":"string","length":10}}]})";
    auto mapping = project::importDmsTableMappings(json, "rules.json");
    if (!mapping)
        qFatal("%s", mapping.error().toString().c_str());
    return *mapping;
}

} // namespace

class TestExceptionsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ConnectionSpec m_target;
    std::string m_taskName = "exceptions-view";

    /// Types text into the New value cell of an image row through the cell's editor.
    void typeNewValue(QTableView *image, int row, const QString &value)
    {
        const QModelIndex cell
            = image->model()->index(row, int(models::RowImageModel::Column::NewValue));
        image->setCurrentIndex(cell);
        QTest::keyClick(image, Qt::Key_F2); // EditKeyPressed: the cell's editor opens
        QLineEdit *editor = nullptr;
        for (QLineEdit *candidate : image->viewport()->findChildren<QLineEdit *>()) {
            if (candidate->isVisible())
                editor = candidate;
        }
        QVERIFY(editor);
        QCOMPARE(editor->text(), image->model()->data(cell, Qt::EditRole).toString());
        editor->selectAll();
        QTest::keyClicks(editor, value);
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits from the event loop
        QTRY_COMPARE(image->model()->data(cell, Qt::EditRole).toString(), value);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Source: six readings; 2 and 4 are negative, 6 has no label.
        const QString sourceFile = m_dir.filePath(QStringLiteral("source.db"));
        {
            auto source = load::openTargetSession(sqliteSpec(sourceFile));
            QVERIFY(source);
            QVERIFY((*source)->execute("CREATE TABLE readings (id INTEGER PRIMARY KEY, "
                                       "value INTEGER, label VARCHAR(20))"));
            QVERIFY((*source)->execute(
                "INSERT INTO readings VALUES (1, 10, 'one'), (2, -1, 'two'), (3, 30, 'three'), "
                "(4, -1, 'four'), (5, 50, 'five'), (6, 60, NULL)"));
        }
        // Target: the same table, refusing negative values and missing labels.
        m_target = sqliteSpec(m_dir.filePath(QStringLiteral("target.db")));
        {
            auto target = load::openTargetSession(m_target);
            QVERIFY(target);
            QVERIFY((*target)->execute(
                "CREATE TABLE readings (id INTEGER PRIMARY KEY, value INTEGER, "
                "label VARCHAR(20) NOT NULL, CONSTRAINT value_not_negative CHECK (value >= 0))"));
        }
        task::TaskRequest request;
        request.name = m_taskName;
        request.source = sqliteSpec(sourceFile);
        request.target = m_target;
        request.settings.set("FullLoadSettings", "TargetTablePrepMode",
                             project::Value::fromPlainScalar("DO_NOTHING"));
        task::TaskRunner runner(request, {});
        auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QCOMPARE(outcome->finalSnapshot.tables.at(0).fullLoadErrorRows, int64_t(3));
    }

    void listFixAndReapply()
    {
        EngineClient client;
        ExceptionsView view;
        QAbstractItemModelTester listTester(view.model());
        QAbstractItemModelTester imageTester(view.rowImageModel());
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTask(&client, m_target, m_taskName);

        auto *list = view.findChild<QTableView *>(QStringLiteral("exceptionsList"));
        auto *image = view.findChild<QTableView *>(QStringLiteral("rowImageView"));
        auto *combo = view.findChild<QComboBox *>(QStringLiteral("tableCombo"));
        auto *count = view.findChild<QLabel *>(QStringLiteral("countLabel"));
        auto *errorText = view.findChild<QLabel *>(QStringLiteral("errorText"));
        auto *reapply = view.findChild<QPushButton *>(QStringLiteral("reapplySelectedButton"));
        auto *status = view.findChild<QLabel *>(QStringLiteral("statusLabel"));
        auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(list && image && combo && count && errorText && reapply && status && search);

        QTRY_COMPARE(list->model()->rowCount(), 3);
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->itemText(0), QStringLiteral("All tables (3)"));
        QCOMPARE(combo->itemText(1), QStringLiteral("main.readings (3)"));
        QCOMPARE(count->text(), QStringLiteral("3 of 3 rejected row(s) loaded"));

        // Search narrows the list locally, by values too.
        QTest::keyClicks(search, QStringLiteral("four"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        search->clear();
        QTRY_COMPARE(list->model()->rowCount(), 3);

        // Row 6: NOT NULL on label -- the error sits next to the label column.
        const int six = listRowOfSourceId(list, view.model(), "6");
        QVERIFY(six >= 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(six, 1)).center());
        QCOMPARE(image->model()->rowCount(), 3);
        const int label = view.rowImageModel()->rowOfColumn(QStringLiteral("label"));
        QCOMPARE(label, 2);
        QCOMPARE(view.rowImageModel()->offendingRow(), label);
        const QModelIndex problem
            = image->model()->index(label, int(models::RowImageModel::Column::Problem));
        QVERIFY(problem.data().toString().contains(QStringLiteral("NOT NULL")));
        QCOMPARE(image->model()->index(label, 1).data().toString(), QStringLiteral("NULL"));
        QVERIFY(errorText->text().contains(QStringLiteral("label")));
        typeNewValue(image, label, QStringLiteral("six"));
        QCOMPARE(image->model()->index(label, 2).data().toString(), QStringLiteral("six"));
        QVERIFY(
            list->model()->index(six, 4).data().toString().startsWith(QStringLiteral("Edited")));
        if (const QString keep = qEnvironmentVariable("FERRY_SCREENSHOT_DIR"); !keep.isEmpty()) {
            QDir().mkpath(keep);
            QVERIFY(view.grab().save(QDir(keep).filePath(QStringLiteral("exceptions-view.png"))));
        }

        // Row 2: fix the negative value.
        const int two = listRowOfSourceId(list, view.model(), "2");
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(two, 1)).center());
        const int value = view.rowImageModel()->rowOfColumn(QStringLiteral("value"));
        QCOMPARE(image->model()->index(value, 1).data().toString(), QStringLiteral("-1"));
        typeNewValue(image, value, QStringLiteral("20"));

        // Row 4: fix the value, but set the label to NULL with its checkbox: refused again.
        const int four = listRowOfSourceId(list, view.model(), "4");
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(four, 1)).center());
        typeNewValue(image, value, QStringLiteral("40"));
        image->setCurrentIndex(
            image->model()->index(label, int(models::RowImageModel::Column::SetNull)));
        QTest::keyClick(image, Qt::Key_Space);
        QCOMPARE(image->model()
                     ->index(label, int(models::RowImageModel::Column::SetNull))
                     .data(Qt::CheckStateRole)
                     .toInt(),
                 int(Qt::Checked));

        // Re-apply all three.
        QTest::keyClick(list, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(reapply->text(), QStringLiteral("Re-apply 3 &selected row(s)"));
        QVERIFY(reapply->isEnabled());
        QTest::mouseClick(reapply, Qt::LeftButton);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QTRY_VERIFY(!view.isBusy());
        QCOMPARE(status->text(),
                 QStringLiteral("2 row(s) re-applied. 1 row(s) refused again: "
                                "see the new error."));
        QCOMPARE(listRowOfSourceId(list, view.model(), "4"), 0);
        QCOMPARE(list->model()->index(0, 4).data().toString(), QStringLiteral("Rejected again"));
        QCOMPARE(combo->itemText(0), QStringLiteral("All tables (1)"));

        // The target has the fixed rows; the exceptions table only the one refused again.
        QCOMPARE(query(m_target,
                       "SELECT id, value, label FROM readings WHERE id IN (2, 4, 6) "
                       "ORDER BY id"),
                 (std::vector<load::TextRow> {{text("2"), text("20"), text("two")},
                                              {text("6"), text("60"), text("six")}}));
        const task::ControlTables control(Dialect::Sqlite, {});
        QCOMPARE(query(m_target, "SELECT COUNT(*) FROM " + control.name("exceptions")),
                 (std::vector<load::TextRow> {{text("1")}}));
        // Its new reason and the values tried are shown for it.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(0, 1)).center());
        QCOMPARE(image->model()->index(value, 1).data().toString(), QStringLiteral("40"));
        QCOMPARE(image->model()->index(label, 1).data().toString(), QStringLiteral("NULL"));
        QCOMPARE(view.rowImageModel()->offendingRow(), label);
        if (const QString keep = qEnvironmentVariable("FERRY_SCREENSHOT_DIR"); !keep.isEmpty())
            QVERIFY(view.grab().save(
                QDir(keep).filePath(QStringLiteral("exceptions-view-after-reapply.png"))));

        // Give it a label after all and re-apply the whole table: nothing is left.
        typeNewValue(image, label, QStringLiteral("four"));
        QCOMPARE(image->model()
                     ->index(label, int(models::RowImageModel::Column::SetNull))
                     .data(Qt::CheckStateRole)
                     .toInt(),
                 int(Qt::Unchecked));
        auto *reapplyTable = view.findChild<QPushButton *>(QStringLiteral("reapplyTableButton"));
        QVERIFY(reapplyTable && reapplyTable->isEnabled());
        QTest::mouseClick(reapplyTable, Qt::LeftButton);
        QTRY_COMPARE(list->model()->rowCount(), 0);
        QTRY_VERIFY(!view.isBusy());
        QCOMPARE(status->text(), QStringLiteral("1 row(s) re-applied."));
        QCOMPARE(count->text(), QStringLiteral("No rejected rows"));
        QCOMPARE(image->model()->rowCount(), 0);
        QCOMPARE(query(m_target, "SELECT id, value, label FROM readings WHERE id = 4"),
                 (std::vector<load::TextRow> {{text("4"), text("40"), text("four")}}));
        QCOMPARE(query(m_target, "SELECT COUNT(*) FROM readings"),
                 (std::vector<load::TextRow> {{text("6")}}));
    }

    void reapplyWithChangedRules()
    {
        FERRY_REQUIRE_SERVERS();
        const QString sourceFile = m_dir.filePath(QStringLiteral("people.db"));
        {
            auto source = load::openTargetSession(sqliteSpec(sourceFile));
            QVERIFY(source);
            QVERIFY((*source)->execute("CREATE TABLE people (id INTEGER PRIMARY KEY, "
                                       "name VARCHAR(40), meta TEXT)"));
            QVERIFY(
                (*source)->execute("INSERT INTO people VALUES (1, 'Ann', '{\"tag\":\"a\"}'), "
                                   "(2, 'Bartholomew', '{\"tag\":\"b\"}'), (3, 'Cy', 'not json')"));
        }
        const ConnectionSpec target = test::postgresSpec();
        const std::string schema = test::uniqueName("exv_rules");
        const std::string control = test::uniqueName("exv_ctl");
        task::TaskRequest request;
        request.name = test::uniqueName("rules-view");
        request.source = sqliteSpec(sourceFile);
        request.target = target;
        request.mapping = peopleRules(5, true);
        request.settings.set("TargetMetadata", "TargetSchema", project::Value::string(schema));
        request.settings.set("ControlTablesSettings", "ControlSchema",
                             project::Value::string(control));
        {
            task::TaskRunner runner(request, {});
            auto outcome = runner.run();
            QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
            QCOMPARE(outcome->finalSnapshot.tables.at(0).fullLoadErrorRows, int64_t(2));
        }
        const std::string people = quoteQualified(Dialect::PostgreSql, schema, "people");
        const std::string nameLength
            = "SELECT character_maximum_length FROM information_schema.columns WHERE "
              "table_schema = '"
            + schema + "' AND table_name = 'people' AND column_name = 'name'";

        EngineClient client;
        ExceptionsView view;
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTask(&client, target, request.name, control);
        auto *list = view.findChild<QTableView *>(QStringLiteral("exceptionsList"));
        auto *useRules = view.findChild<QCheckBox *>(QStringLiteral("useRulesCheck"));
        auto *editRules = view.findChild<QPushButton *>(QStringLiteral("editRulesButton"));
        auto *reapplyTable = view.findChild<QPushButton *>(QStringLiteral("reapplyTableButton"));
        auto *status = view.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY(list && useRules && editRules && reapplyTable && status);
        QTRY_COMPARE(list->model()->rowCount(), 2);
        // Without the task's mapping the option is off.
        QVERIFY(!useRules->isEnabled());
        QVERIFY(!editRules->isEnabled());

        project::TableMapping rules = request.mapping.value();
        int provided = 0;
        view.setMappingProvider([&]() -> Result<task::ReapplyMapping> {
            ++provided;
            task::ReapplyMapping mapping;
            mapping.source = sqliteSpec(sourceFile);
            mapping.rules = rules;
            mapping.targetSchema = schema;
            return mapping;
        });
        QVERIFY(useRules->isEnabled() && !useRules->isChecked());
        // "Edit rules..." names the current row's table and offending column (Cy's meta is not
        // JSON: the added column tag), for the editor to open on the rule behind it.
        QSignalSpy editSpy(&view, &ExceptionsView::editRulesRequested);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(0, 1)).center());
        QTest::mouseClick(editRules, Qt::LeftButton);
        QCOMPARE(editSpy.count(), 1);
        QCOMPARE(editSpy.at(0),
                 (QVariantList {QStringLiteral("main"), QStringLiteral("people"),
                                QStringLiteral("tag")}));
        // The user fixed the rules in the mapping editor (the window tells the view).
        rules = peopleRules(40, false);
        view.rulesChanged();
        QVERIFY(useRules->isChecked());
        QVERIFY(status->text().contains(QStringLiteral("rules changed")));
        if (const QString keep = qEnvironmentVariable("FERRY_SCREENSHOT_DIR"); !keep.isEmpty()) {
            QDir().mkpath(keep);
            QVERIFY(view.grab().save(QDir(keep).filePath(QStringLiteral("exceptions-rules.png"))));
        }

        // Re-apply the table: the longer name needs the target column changed. Refused first.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(0, 1)).center());
        QVERIFY(reapplyTable->isEnabled());
        Dialogs::clearAnswers();
        Dialogs::queueAnswer(QVariant::fromValue(QMessageBox::No));
        QTest::mouseClick(reapplyTable, Qt::LeftButton);
        QTRY_VERIFY(!view.isBusy());
        QTRY_COMPARE(Dialogs::pendingAnswers(), 0);
        QCOMPARE(Dialogs::answeredTitles(), QStringList {QStringLiteral("Change Target Columns")});
        QCOMPARE(provided, 1);
        QTRY_VERIFY(status->text().contains(QStringLiteral("2 row(s) not re-applied")));
        QVERIFY2(status->toolTip().contains(QStringLiteral("rule 2")),
                 qPrintable(status->toolTip()));
        QCOMPARE(list->model()->rowCount(), 2);
        QCOMPARE(query(target, nameLength), (std::vector<load::TextRow> {{text("5")}}));

        // Approved: the column changes and both rows load with the new expression's value.
        Dialogs::clearAnswers();
        Dialogs::queueAnswer(QVariant::fromValue(QMessageBox::Yes));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(0, 1)).center());
        QTest::mouseClick(reapplyTable, Qt::LeftButton);
        QTRY_COMPARE(list->model()->rowCount(), 0);
        QTRY_VERIFY(!view.isBusy());
        QCOMPARE(Dialogs::pendingAnswers(), 0);
        QCOMPARE(status->text(), QStringLiteral("2 row(s) re-applied."));
        QCOMPARE(query(target, nameLength), (std::vector<load::TextRow> {{text("40")}}));
        QCOMPARE(query(target, "SELECT id, name, tag FROM " + people + " ORDER BY id"),
                 (std::vector<load::TextRow> {{text("1"), text("Ann"), text("a")},
                                              {text("2"), text("Bartholomew"), text("b")},
                                              {text("3"), text("Cy"), text("none")}}));
        auto session = load::openTargetSession(target);
        QVERIFY(session);
        QVERIFY((*session)->execute("DROP SCHEMA " + quoteIdentifier(Dialect::PostgreSql, schema)
                                    + " CASCADE"));
        QVERIFY((*session)->execute("DROP SCHEMA " + quoteIdentifier(Dialect::PostgreSql, control)
                                    + " CASCADE"));
    }
};

QTEST_MAIN(TestExceptionsView)
#include "tst_exceptions_view.moc"
