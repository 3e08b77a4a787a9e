// SPDX-License-Identifier: MIT
// ExceptionsModel and RowImageModel without an engine: pages applied as diffs keyed by the
// exception id (no reset, selection kept), fixes per row, outcomes, the row image's offending
// column, NULL handling and editing.
#include "models/exceptions/exceptions_model.h"
#include "models/exceptions/row_image_model.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace ferry;
using models::ExceptionsModel;
using models::RowImageModel;

namespace {

task::ExceptionRecord record(int64_t id, const char *column, const char *value)
{
    task::ExceptionRecord r;
    r.id = id;
    r.sourceSchema = "public";
    r.sourceTable = "readings";
    r.targetSchema = "copy";
    r.targetTable = "readings";
    r.column = column;
    r.error = "The target refused the row.";
    r.detail = "constraint failed";
    r.targetImage
        = {{"id", std::to_string(id), std::nullopt},
           {"label", value ? std::optional<std::string>(value) : std::nullopt, std::nullopt}};
    return r;
}

task::ExceptionPage page(std::vector<task::ExceptionRecord> rows)
{
    task::ExceptionPage p;
    p.matching = static_cast<int64_t>(rows.size());
    p.rows = std::move(rows);
    p.tables = {{"public", "readings", "copy", "readings", p.matching}};
    return p;
}

} // namespace

class TestExceptionsModel : public QObject
{
    Q_OBJECT

private slots:
    /// A refresh removes, inserts and updates rows in place: no reset, and the selected row
    /// stays selected.
    void pagesApplyAsDiffs()
    {
        ExceptionsModel model;
        QAbstractItemModelTester tester(&model);
        model.setPage(page({record(1, "label", nullptr), record(3, "label", "x"),
                            record(5, "", "y"), record(7, "label", nullptr)}));
        QCOMPARE(model.rowCount(), 4);
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(2, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        task::ExceptionRecord five = record(5, "label", "y");
        five.error = "Refused again.";
        model.setPage(page({record(4, "label", "z"), five, record(9, "label", "w")}));
        QCOMPARE(reset.count(), 0);
        // 1 and 3 go (one range), 7 goes; 4 comes before 5, 9 after it.
        QCOMPARE(removed.count(), 2);
        QCOMPARE(removed.at(0).at(1).toInt(), 3); // 7, back to front first
        QCOMPARE(removed.at(1).at(1).toInt(), 0);
        QCOMPARE(removed.at(1).at(2).toInt(), 1);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(ExceptionsModel::IdRole).toLongLong(), 4);
        QCOMPARE(model.index(1, 0).data(ExceptionsModel::IdRole).toLongLong(), 5);
        QCOMPARE(model.index(2, 0).data(ExceptionsModel::IdRole).toLongLong(), 9);
        QCOMPARE(model.index(1, int(ExceptionsModel::Column::Error)).data().toString(),
                 QStringLiteral("Refused again. constraint failed"));
        QCOMPARE(model.index(1, int(ExceptionsModel::Column::OffendingColumn)).data().toString(),
                 QStringLiteral("label"));
        QCOMPARE(model.index(1, int(ExceptionsModel::Column::Table)).data().toString(),
                 QStringLiteral("public.readings"));
        // The selected row (id 5) is still the selected one.
        QCOMPARE(selection.currentIndex().data(ExceptionsModel::IdRole).toLongLong(), 5);
        QVERIFY(selection.isRowSelected(1));

        // The next page appends.
        task::ExceptionPage next = page({record(12, "label", nullptr)});
        next.more = true;
        model.appendPage(next);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.lastId(), 12);
        QVERIFY(model.hasMore());
    }

    /// Fixes per row: a value equal to the stored one is no fix; NULL is a fix of its own;
    /// fixes go with rows that vanish; applied rows drop theirs, refused ones show the outcome.
    void fixesAndOutcomes()
    {
        ExceptionsModel model;
        QAbstractItemModelTester tester(&model);
        model.setPage(page({record(1, "label", nullptr), record(2, "label", "old")}));
        QSignalSpy edits(&model, &ExceptionsModel::editsChanged);
        model.setEdit(2, "label", std::string("old"));
        QVERIFY(!model.hasEdits(2));
        QCOMPARE(edits.count(), 0);
        model.setEdit(2, "label", std::string("new"));
        model.setEdit(1, "label", std::nullopt); // stored NULL: not a fix
        QVERIFY(!model.hasEdits(1));
        model.setEdit(1, "label", std::string("one"));
        QVERIFY(model.hasEdits(1) && model.hasEdits(2));
        QCOMPARE(edits.count(), 2);
        QCOMPARE(model.index(0, int(ExceptionsModel::Column::State)).data().toString(),
                 QStringLiteral("Edited"));
        QVERIFY(model.index(0, 0).data(ExceptionsModel::EditedRole).toBool());
        const task::ExceptionFix fix = model.fixFor(2);
        QCOMPARE(fix.id, 2);
        QCOMPARE(fix.values.size(), size_t(1));
        QCOMPARE(fix.values.at("label"), std::optional<std::string>("new"));
        QCOMPARE(model.editedFixesOf("public", "readings").size(), size_t(2));
        QCOMPARE(model.editedFixesOf("public", "other").size(), size_t(0));

        task::ReapplyResult result;
        result.rows.push_back({1, task::ReapplyOutcome::Applied, "public", "readings", {}, {}});
        task::ReapplyRowResult refused {
            2, task::ReapplyOutcome::RejectedAgain, "public", "readings", "label", {}};
        refused.error.message = "Refused again.";
        result.rows.push_back(refused);
        model.setResult(result);
        QVERIFY(!model.hasEdits(1) && !model.hasEdits(2));
        QCOMPARE(model.index(1, int(ExceptionsModel::Column::State)).data().toString(),
                 QStringLiteral("Rejected again"));
        QCOMPARE(model.index(1, 0).data(ExceptionsModel::OutcomeRole).toInt(),
                 int(ExceptionsModel::Outcome::RejectedAgain));
        // The refresh: 1 is gone, 2 remains with its outcome.
        model.setPage(page({record(2, "label", "new")}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, int(ExceptionsModel::Column::State)).data().toString(),
                 QStringLiteral("Rejected again"));
        QVERIFY(!model.resultFor(1));
    }

    /// The row image: the offending column found (also when the target spells it in another
    /// case), stored NULL shown as NULL and checked, editing through setData, binary values
    /// in hex and not editable.
    void rowImage()
    {
        ExceptionsModel exceptions;
        task::ExceptionRecord r = record(8, "LABEL", nullptr);
        r.targetImage.push_back({"data", std::string("\xff\x01", 2), std::nullopt});
        r.targetImage.push_back({"blob", std::nullopt, int64_t(5'000'000)});
        exceptions.setPage(page({r}));
        RowImageModel image(&exceptions);
        QAbstractItemModelTester tester(&image);
        image.setExceptionId(8);
        QCOMPARE(image.rowCount(), 4);
        QCOMPARE(image.offendingRow(), 1);
        using C = RowImageModel::Column;
        QVERIFY(image.index(1, int(C::Name)).data(RowImageModel::OffendingRole).toBool());
        QVERIFY(!image.index(0, int(C::Name)).data(RowImageModel::OffendingRole).toBool());
        QCOMPARE(image.index(1, int(C::Problem)).data().toString(),
                 QStringLiteral("constraint failed"));
        QVERIFY(image.index(0, int(C::Problem)).data().isNull());
        QCOMPARE(image.index(1, int(C::Value)).data().toString(), QStringLiteral("NULL"));
        QCOMPARE(image.index(1, int(C::SetNull)).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        QCOMPARE(image.index(2, int(C::Value)).data().toString(), QStringLiteral("0xff01"));
        QVERIFY(!(image.flags(image.index(2, int(C::NewValue))) & Qt::ItemIsEditable));
        QVERIFY(image.flags(image.index(1, int(C::NewValue))) & Qt::ItemIsEditable);
        QVERIFY(image.flags(image.index(1, int(C::SetNull))) & Qt::ItemIsUserCheckable);
        QVERIFY(image.index(3, int(C::Value)).data().toString()
                == QStringLiteral("(4.77 MiB not kept)"));

        QSignalSpy changed(&image, &QAbstractItemModel::dataChanged);
        QVERIFY(image.setData(image.index(1, int(C::NewValue)), QStringLiteral("eight")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(image.index(1, int(C::NewValue)).data().toString(), QStringLiteral("eight"));
        QCOMPARE(image.index(1, int(C::SetNull)).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        QCOMPARE(exceptions.fixFor(8).values.at("label"), std::optional<std::string>("eight"));
        // Back to NULL with the checkbox: the stored value again, so no fix.
        QVERIFY(image.setData(image.index(1, int(C::SetNull)), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!exceptions.hasEdits(8));
        // Unchecking a stored NULL makes an empty text the fix.
        QVERIFY(image.setData(image.index(1, int(C::SetNull)), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(exceptions.fixFor(8).values.at("label"), std::optional<std::string>(""));
        // NULL for a value column.
        QVERIFY(image.setData(image.index(0, int(C::SetNull)), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(exceptions.fixFor(8).values.at("id"), std::nullopt);
        QVERIFY(image.index(0, int(C::NewValue)).data(RowImageModel::IsNullRole).toBool());
        // The row goes away: the image empties.
        exceptions.setPage(page({}));
        QCOMPARE(image.rowCount(), 0);
    }

    /// A row an add-column expression refused lacks the computed column: it is listed as the
    /// offending row, "(not computed)", neither NULL nor a value, and editable so that a value
    /// (or NULL) can be given for it.
    void missingComputedColumn()
    {
        ExceptionsModel exceptions;
        task::ExceptionRecord r = record(9, "tag", "nine");
        task::ImageCell missing;
        missing.column = "tag";
        missing.missing = true;
        r.targetImage.push_back(missing);
        exceptions.setPage(page({r}));
        RowImageModel image(&exceptions);
        QAbstractItemModelTester tester(&image);
        image.setExceptionId(9);
        QCOMPARE(image.rowCount(), 3);
        QCOMPARE(image.offendingRow(), 2);
        using C = RowImageModel::Column;
        QCOMPARE(image.index(2, int(C::Value)).data().toString(), QStringLiteral("(not computed)"));
        QVERIFY(image.index(2, int(C::Value))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("tag")));
        QCOMPARE(image.index(2, int(C::SetNull)).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        QVERIFY(!image.index(2, int(C::NewValue)).data(RowImageModel::IsNullRole).toBool());
        QVERIFY(image.flags(image.index(2, int(C::NewValue))) & Qt::ItemIsEditable);
        QVERIFY(!exceptions.hasEdits(9));
        QVERIFY(image.setData(image.index(2, int(C::NewValue)), QStringLiteral("t9")));
        QCOMPARE(exceptions.fixFor(9).values.at("tag"), std::optional<std::string>("t9"));
        QVERIFY(image.setData(image.index(2, int(C::SetNull)), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(exceptions.fixFor(9).values.at("tag"), std::nullopt);
        // Unchecked again: back to not computed, no fix.
        QVERIFY(image.setData(image.index(2, int(C::SetNull)), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!exceptions.hasEdits(9));
    }
};

QTEST_GUILESS_MAIN(TestExceptionsModel)
#include "tst_exceptions_model.moc"
