// SPDX-License-Identifier: MIT
// add-column expressions (DMS syntax, evaluated by SQLite) know the row's operation and its
// change header: full-load rows are inserts; change capture's apply passes its own.
#include "engine/task/column_expressions.h"

#include <QtTest>

using namespace ferry;
using namespace ferry::task;

namespace {

mapping::ColumnPlan sourceColumn(const std::string &name, TypeFamily family)
{
    mapping::ColumnPlan column;
    column.source.name = name;
    column.source.type.family = family;
    column.target.name = name;
    column.target.type.family = family;
    return column;
}

mapping::ColumnPlan added(const std::string &name, const std::string &expression)
{
    mapping::ColumnPlan column;
    column.target.name = name;
    column.target.type.family = TypeFamily::String;
    column.expression = expression;
    column.ruleId = "12";
    return column;
}

/// One row (id 7, name "ada") through the expressions with the given header: the added cells.
std::vector<std::string> computed(const std::vector<mapping::ColumnPlan> &addedColumns,
                                  const ChangeHeader &header = {})
{
    mapping::TablePlan plan;
    plan.sourceSchema = "sales";
    plan.sourceTable = "orders";
    plan.columns = {sourceColumn("id", TypeFamily::Integer),
                    sourceColumn("name", TypeFamily::String)};
    for (const mapping::ColumnPlan &column : addedColumns)
        plan.columns.push_back(column);
    auto expressions = ColumnExpressions::create(plan);
    if (!expressions || !*expressions)
        return {"<create failed>"};
    load::RowBatch in(2);
    in.appendCell(0, "7");
    in.appendCell(1, "ada");
    in.finishRow();
    load::RowBatch out;
    std::vector<load::RejectedRow> rejected;
    (*expressions)->apply(in, out, &rejected, header);
    if (!rejected.empty() || out.rowCount() != 1)
        return {"<rejected>"};
    std::vector<std::string> cells;
    for (size_t c = 2; c < out.columnCount(); ++c)
        cells.push_back(out.isNull(c, 0) ? "<null>" : std::string(out.cell(c, 0)));
    return cells;
}

} // namespace

class TestColumnExpressions : public QObject
{
    Q_OBJECT

private slots:
    void sourceColumnsAndSqliteFunctions()
    {
        QCOMPARE(computed({added("a", "upper($name) || '-' || ($id * 2)")}),
                 std::vector<std::string>{"ADA-14"});
        QCOMPARE(computed({added("b", "")}), std::vector<std::string>{"<null>"});
    }

    void fullLoadRowsAreInserts()
    {
        QCOMPARE(computed({added("op", "$AR_H_OPERATION"),
                           added("flag", "operation_indicator('D', 'U', 'I')"),
                           added("pos", "$AR_H_STREAM_POSITION")}),
                 (std::vector<std::string>{"INSERT", "I", ""}));
    }

    void theOperationComesFromTheHeader()
    {
        const std::vector<mapping::ColumnPlan> columns
            = {added("op", "$AR_H_OPERATION"), added("flag", "operation_indicator('D', 'U', 'I')"),
               added("pos", "$AR_H_STREAM_POSITION"), added("at", "$AR_H_COMMIT_TIMESTAMP")};
        ChangeHeader update{RowOperation::Update, "2026-12-07T10:00:00Z", "0/16B3748"};
        QCOMPARE(computed(columns, update),
                 (std::vector<std::string>{"UPDATE", "U", "0/16B3748", "2026-12-07T10:00:00Z"}));
        ChangeHeader remove{RowOperation::Delete, "2026-12-07T10:00:01Z", "0/16B3750"};
        QCOMPARE(computed(columns, remove),
                 (std::vector<std::string>{"DELETE", "D", "0/16B3750", "2026-12-07T10:00:01Z"}));
    }

    void unknownReferencesAreRefusedWithTheRule()
    {
        mapping::TablePlan plan;
        plan.sourceSchema = "sales";
        plan.sourceTable = "orders";
        plan.columns = {sourceColumn("id", TypeFamily::Integer), added("x", "$missing + 1")};
        auto expressions = ColumnExpressions::create(plan);
        QVERIFY(!expressions);
        QCOMPARE(expressions.error().location, std::string("rule 12"));
        QVERIFY(expressions.error().message.find("$missing") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestColumnExpressions)
#include "tst_column_expressions.moc"
