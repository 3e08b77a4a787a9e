// SPDX-License-Identifier: MIT
#include "engine/task/column_expressions.h"

#include "engine/core/tr.h"
#include "engine/load/canonical_text.h"
#include "engine/task/task_clock.h"

#include <sqlite3.h>

#include <charconv>
#include <string>

namespace ferry::task {

namespace {

void operationIndicator(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    // Full load: every row is an insert, the third argument.
    if (argc == 3)
        sqlite3_result_value(context, argv[2]);
    else
        sqlite3_result_null(context);
}

QString qs(const std::string &text) { return QString::fromStdString(text); }

} // namespace

struct ColumnExpressions::Impl
{
    sqlite3 *db = nullptr;
    struct Bound
    {
        int parameter = 0;
        int sourceColumn = -1;    ///< index in the batch; -1 for header columns
        std::string headerValue;  ///< for header columns
        TypeFamily family = TypeFamily::String;
    };
    struct Expression
    {
        sqlite3_stmt *statement = nullptr;
        std::vector<Bound> bound;
        std::string column;
        std::string ruleId;
        TypeFamily targetFamily = TypeFamily::String;
    };
    std::vector<Expression> expressions;
    size_t sourceColumns = 0;

    ~Impl()
    {
        for (Expression &expression : expressions)
            sqlite3_finalize(expression.statement);
        sqlite3_close(db);
    }
};

ColumnExpressions::~ColumnExpressions() = default;

Result<std::unique_ptr<ColumnExpressions>> ColumnExpressions::create(const mapping::TablePlan &plan)
{
    bool any = false;
    for (const mapping::ColumnPlan &column : plan.columns)
        any = any || column.source.name.empty();
    if (!any)
        return std::unique_ptr<ColumnExpressions>();

    std::unique_ptr<ColumnExpressions> result(new ColumnExpressions);
    result->d = std::make_unique<Impl>();
    Impl &d = *result->d;
    if (sqlite3_open_v2(":memory:", &d.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        return Error{ErrorCode::Internal, ErrorAction::FailTable, "cannot open SQLite in memory"};
    sqlite3_create_function(d.db, "operation_indicator", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                            nullptr, operationIndicator, nullptr, nullptr);

    std::vector<const mapping::ColumnPlan *> sources;
    bool added = false;
    for (const mapping::ColumnPlan &column : plan.columns) {
        if (column.source.name.empty()) {
            added = true;
        } else {
            if (added) // the writer expects source columns first, then added ones
                return Error{ErrorCode::Internal, ErrorAction::FailTable,
                             "added columns must follow the source columns in a table plan"};
            sources.push_back(&column);
        }
    }
    d.sourceColumns = sources.size();
    const std::string now = isoTime(nowMs());
    const std::string table = plan.sourceSchema + "." + plan.sourceTable;

    for (const mapping::ColumnPlan &column : plan.columns) {
        if (!column.source.name.empty())
            continue;
        Impl::Expression expression;
        expression.column = column.target.name;
        expression.ruleId = column.ruleId;
        expression.targetFamily = column.target.type.family;
        auto fail = [&](const QString &message, const std::string &detail) {
            Error error{ErrorCode::ProjectInvalid, ErrorAction::FailTable, message.toStdString()};
            error.detail = detail;
            error.location = "rule " + column.ruleId;
            error.hint = EngineTr::tr("Write the expression in SQLite syntax with $COLUMN "
                                      "references to source columns, as in AWS DMS.")
                             .toStdString();
            return error;
        };
        if (column.expression.empty()) {
            // add-column without an expression: NULL, as DMS does.
            sqlite3_prepare_v2(d.db, "SELECT NULL", -1, &expression.statement, nullptr);
            d.expressions.push_back(std::move(expression));
            continue;
        }
        const std::string sql = "SELECT " + column.expression;
        if (sqlite3_prepare_v2(d.db, sql.c_str(), -1, &expression.statement, nullptr)
            != SQLITE_OK) {
            return fail(EngineTr::tr("Table %1: the expression of added column %2 is not valid.")
                            .arg(qs(table), qs(column.target.name)),
                        sqlite3_errmsg(d.db));
        }
        const int count = sqlite3_bind_parameter_count(expression.statement);
        for (int i = 1; i <= count; ++i) {
            const char *rawName = sqlite3_bind_parameter_name(expression.statement, i);
            const std::string name = rawName ? rawName : "";
            Impl::Bound bound;
            bound.parameter = i;
            if (name.size() < 2 || name[0] != '$') {
                sqlite3_finalize(expression.statement);
                return fail(EngineTr::tr("Table %1: the expression of added column %2 uses a "
                                         "parameter '%3'; only $COLUMN references are allowed.")
                                .arg(qs(table), qs(column.target.name), qs(name)),
                            column.expression);
            }
            const std::string reference = name.substr(1);
            if (reference == "AR_H_OPERATION") {
                bound.headerValue = "INSERT";
            } else if (reference == "AR_H_TIMESTAMP" || reference == "AR_H_COMMIT_TIMESTAMP") {
                bound.headerValue = now;
            } else if (reference.rfind("AR_H_", 0) == 0) {
                bound.headerValue = "";
            } else {
                for (size_t s = 0; s < sources.size(); ++s) {
                    if (sources[s]->source.name == reference) {
                        bound.sourceColumn = static_cast<int>(s);
                        bound.family = sources[s]->source.type.family;
                    }
                }
                if (bound.sourceColumn < 0) {
                    sqlite3_finalize(expression.statement);
                    return fail(EngineTr::tr("Table %1: the expression of added column %2 "
                                             "refers to $%3, which is not a column the table "
                                             "reads.")
                                    .arg(qs(table), qs(column.target.name), qs(reference)),
                                column.expression);
                }
            }
            expression.bound.push_back(bound);
        }
        d.expressions.push_back(std::move(expression));
    }
    return result;
}

void ColumnExpressions::apply(const load::RowBatch &in, load::RowBatch &out,
                              std::vector<load::RejectedRow> *rejected)
{
    Impl &impl = *d;
    out.reset(impl.sourceColumns + impl.expressions.size());
    m_sourceRows.clear();
    for (size_t row = 0; row < in.rowCount(); ++row) {
        for (size_t column = 0; column < impl.sourceColumns; ++column) {
            if (in.isNull(column, row))
                out.appendNull(column);
            else
                out.appendCell(column, in.cell(column, row));
        }
        bool failed = false;
        for (size_t e = 0; e < impl.expressions.size() && !failed; ++e) {
            Impl::Expression &expression = impl.expressions[e];
            sqlite3_reset(expression.statement);
            for (const Impl::Bound &bound : expression.bound) {
                if (bound.sourceColumn < 0) {
                    sqlite3_bind_text(expression.statement, bound.parameter,
                                      bound.headerValue.data(),
                                      static_cast<int>(bound.headerValue.size()), SQLITE_STATIC);
                    continue;
                }
                const auto column = static_cast<size_t>(bound.sourceColumn);
                if (in.isNull(column, row)) {
                    sqlite3_bind_null(expression.statement, bound.parameter);
                    continue;
                }
                const std::string_view value = in.cell(column, row);
                int64_t integer = 0;
                double real = 0;
                if (bound.family == TypeFamily::Integer
                    && std::from_chars(value.data(), value.data() + value.size(), integer).ec
                           == std::errc()) {
                    sqlite3_bind_int64(expression.statement, bound.parameter, integer);
                } else if (bound.family == TypeFamily::Float
                           && std::from_chars(value.data(), value.data() + value.size(), real).ec
                                  == std::errc()) {
                    sqlite3_bind_double(expression.statement, bound.parameter, real);
                } else if (bound.family == TypeFamily::Boolean) {
                    sqlite3_bind_int(expression.statement, bound.parameter,
                                     value == "true" ? 1 : 0);
                } else if (bound.family == TypeFamily::Binary
                           || bound.family == TypeFamily::VarBinary) {
                    sqlite3_bind_blob(expression.statement, bound.parameter, value.data(),
                                      static_cast<int>(value.size()), SQLITE_STATIC);
                } else {
                    sqlite3_bind_text(expression.statement, bound.parameter, value.data(),
                                      static_cast<int>(value.size()), SQLITE_STATIC);
                }
            }
            const size_t target = impl.sourceColumns + e;
            const int rc = sqlite3_step(expression.statement);
            if (rc != SQLITE_ROW) {
                load::RejectedRow bad;
                bad.row = row;
                bad.column = expression.column;
                bad.error = Error{ErrorCode::QueryFailed, ErrorAction::RejectRow,
                                  EngineTr::tr("The expression of added column %1 (rule %2) "
                                               "failed for this row.")
                                      .arg(qs(expression.column), qs(expression.ruleId))
                                      .toStdString()};
                bad.error.detail = sqlite3_errmsg(impl.db);
                if (rejected)
                    rejected->push_back(bad);
                failed = true;
                break;
            }
            switch (sqlite3_column_type(expression.statement, 0)) {
            case SQLITE_NULL: out.appendNull(target); break;
            case SQLITE_INTEGER: {
                const sqlite3_int64 value = sqlite3_column_int64(expression.statement, 0);
                if (expression.targetFamily == TypeFamily::Boolean) {
                    out.appendCell(target, value != 0 ? "true" : "false");
                } else {
                    char buffer[24];
                    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
                    out.appendCell(target, std::string_view(buffer, static_cast<size_t>(end - buffer)));
                }
                break;
            }
            case SQLITE_FLOAT:
                out.appendCell(target, load::formatDouble(sqlite3_column_double(expression.statement, 0)));
                break;
            default: {
                const auto *bytes = static_cast<const char *>(
                    sqlite3_column_blob(expression.statement, 0));
                const int size = sqlite3_column_bytes(expression.statement, 0);
                out.appendCell(target, std::string_view(bytes ? bytes : "",
                                                        static_cast<size_t>(size)));
                break;
            }
            }
        }
        if (failed) {
            out.abandonRow();
            continue;
        }
        out.finishRow();
        m_sourceRows.push_back(row);
    }
}

} // namespace ferry::task
