// SPDX-License-Identifier: MIT
#include "engine/task/column_expressions.h"

#include "engine/core/enum_names.h"
#include "engine/core/tr.h"
#include "engine/load/canonical_text.h"
#include "engine/task/task_clock.h"

#include <sqlite3.h>

#include <charconv>
#include <string>

namespace ferry::task {

namespace {

/// operation_indicator(d, u, i): the argument for the current row's operation (the user data
/// points at it).
void operationIndicator(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    const auto *operation = static_cast<const RowOperation *>(sqlite3_user_data(context));
    if (argc != 3 || !operation) {
        sqlite3_result_null(context);
        return;
    }
    switch (*operation) {
    case RowOperation::Delete: sqlite3_result_value(context, argv[0]); break;
    case RowOperation::Update: sqlite3_result_value(context, argv[1]); break;
    case RowOperation::Insert: sqlite3_result_value(context, argv[2]); break;
    }
}

constexpr const char *OperationNames[] = {"INSERT", "UPDATE", "DELETE"};
static_assert(namesEvery(OperationNames, RowOperation::Delete));

const char *operationName(RowOperation operation) { return nameOf(OperationNames, operation); }

} // namespace

struct ColumnExpressions::Impl
{
    sqlite3 *db = nullptr;
    /// Which DMS header column a parameter is (None: a source column).
    enum class Header { None, Operation, Timestamp, StreamPosition, Other };
    struct Bound
    {
        int parameter = 0;
        int sourceColumn = -1; ///< index in the batch; -1 for header columns
        Header header = Header::None;
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
    std::string createdAt;                        ///< the header timestamp by default
    RowOperation operation = RowOperation::Insert; ///< of the row being computed

    /// An expression for an added column, its $ parameters resolved against the sources.
    Result<Expression> prepare(const mapping::ColumnPlan &column, const std::string &table,
                               const std::vector<const mapping::ColumnPlan *> &sources);
    /// Binds one row's values and header values to an expression.
    void bind(Expression &expression, const load::RowBatch &in, size_t row,
              const ChangeHeader &header);
    /// Appends the expression's result to out's column `target`; false when it failed.
    bool step(Expression &expression, load::RowBatch &out, size_t target);

    ~Impl()
    {
        for (Expression &expression : expressions)
            sqlite3_finalize(expression.statement);
        sqlite3_close(db);
    }
};

ColumnExpressions::~ColumnExpressions() = default;

namespace {

Error expressionError(const mapping::ColumnPlan &column, const QString &message,
                      const std::string &detail)
{
    Error error{ErrorCode::ProjectInvalid, ErrorAction::FailTable, message.toStdString()};
    error.detail = detail;
    error.location = "rule " + column.ruleId;
    error.hint = EngineTr::tr("Write the expression in SQLite syntax with $COLUMN "
                              "references to source columns, as in AWS DMS.")
                     .toStdString();
    return error;
}

} // namespace

Result<ColumnExpressions::Impl::Expression> ColumnExpressions::Impl::prepare(
    const mapping::ColumnPlan &column, const std::string &table,
    const std::vector<const mapping::ColumnPlan *> &sources)
{
    Expression expression;
    expression.column = column.target.name;
    expression.ruleId = column.ruleId;
    expression.targetFamily = column.target.type.family;
    // add-column without an expression: NULL, as DMS does.
    const std::string sql = column.expression.empty() ? std::string("SELECT NULL")
                                                      : "SELECT " + column.expression;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &expression.statement, nullptr) != SQLITE_OK) {
        return expressionError(column,
                               EngineTr::tr("Table %1: the expression of added column %2 is not "
                                            "valid.")
                                   .arg(qs(table), qs(column.target.name)),
                               sqlite3_errmsg(db));
    }
    // Owned by this guard until the expression is complete.
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(expression.statement,
                                                                  sqlite3_finalize);
    // A parameter the expression may not use: message with %1 table, %2 column, %3 what.
    const auto refused = [&](const QString &message, const std::string &what) {
        return expressionError(column, message.arg(qs(table), qs(column.target.name), qs(what)),
                               column.expression);
    };
    const int count = sqlite3_bind_parameter_count(expression.statement);
    for (int i = 1; i <= count; ++i) {
        const char *rawName = sqlite3_bind_parameter_name(expression.statement, i);
        const std::string name = rawName ? rawName : "";
        Bound bound;
        bound.parameter = i;
        if (name.size() < 2 || name[0] != '$') {
            return refused(EngineTr::tr("Table %1: the expression of added column %2 uses a "
                                        "parameter '%3'; only $COLUMN references are allowed."),
                           name);
        }
        const std::string reference = name.substr(1);
        if (reference == "AR_H_OPERATION")
            bound.header = Header::Operation;
        else if (reference == "AR_H_TIMESTAMP" || reference == "AR_H_COMMIT_TIMESTAMP")
            bound.header = Header::Timestamp;
        else if (reference == "AR_H_STREAM_POSITION" || reference == "AR_H_CHANGE_SEQ")
            bound.header = Header::StreamPosition;
        else if (reference.rfind("AR_H_", 0) == 0)
            bound.header = Header::Other;
        for (size_t s = 0; bound.header == Header::None && s < sources.size(); ++s) {
            if (sources[s]->source.name == reference) {
                bound.sourceColumn = static_cast<int>(s);
                bound.family = sources[s]->source.type.family;
            }
        }
        if (bound.header == Header::None && bound.sourceColumn < 0) {
            return refused(EngineTr::tr("Table %1: the expression of added column %2 refers to "
                                        "$%3, which is not a column the table reads."),
                           reference);
        }
        expression.bound.push_back(bound);
    }
    guard.release();
    return expression;
}

Result<std::unique_ptr<ColumnExpressions>> ColumnExpressions::create(const mapping::TablePlan &plan)
{
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
    if (!added)
        return std::unique_ptr<ColumnExpressions>();

    std::unique_ptr<ColumnExpressions> result(new ColumnExpressions);
    result->d = std::make_unique<Impl>();
    Impl &d = *result->d;
    if (sqlite3_open_v2(":memory:", &d.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        return Error{ErrorCode::Internal, ErrorAction::FailTable, "cannot open SQLite in memory"};
    sqlite3_create_function(d.db, "operation_indicator", 3, SQLITE_UTF8, &d.operation,
                            operationIndicator, nullptr, nullptr);
    d.sourceColumns = sources.size();
    d.createdAt = isoTime(nowMs());
    const std::string table = plan.sourceSchema + "." + plan.sourceTable;
    for (const mapping::ColumnPlan &column : plan.columns) {
        if (!column.source.name.empty())
            continue;
        auto expression = d.prepare(column, table, sources);
        if (!expression)
            return expression.error();
        d.expressions.push_back(std::move(*expression));
    }
    return result;
}

void ColumnExpressions::Impl::bind(Expression &expression, const load::RowBatch &in, size_t row,
                                   const ChangeHeader &header)
{
    sqlite3_stmt *statement = expression.statement;
    auto bindText = [&](int parameter, std::string_view text) {
        sqlite3_bind_text(statement, parameter, text.data(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT);
    };
    for (const Bound &bound : expression.bound) {
        switch (bound.header) {
        case Header::Operation: bindText(bound.parameter, operationName(header.operation)); continue;
        case Header::Timestamp:
            bindText(bound.parameter, header.timestamp.empty() ? createdAt : header.timestamp);
            continue;
        case Header::StreamPosition: bindText(bound.parameter, header.streamPosition); continue;
        case Header::Other: bindText(bound.parameter, {}); continue;
        case Header::None: break;
        }
        const auto column = static_cast<size_t>(bound.sourceColumn);
        if (in.isNull(column, row)) {
            sqlite3_bind_null(statement, bound.parameter);
            continue;
        }
        const std::string_view value = in.cell(column, row);
        int64_t integer = 0;
        double real = 0;
        const char *end = value.data() + value.size();
        if (bound.family == TypeFamily::Integer
            && std::from_chars(value.data(), end, integer).ec == std::errc()) {
            sqlite3_bind_int64(statement, bound.parameter, integer);
        } else if (bound.family == TypeFamily::Float
                   && std::from_chars(value.data(), end, real).ec == std::errc()) {
            sqlite3_bind_double(statement, bound.parameter, real);
        } else if (bound.family == TypeFamily::Boolean) {
            sqlite3_bind_int(statement, bound.parameter, value == "true" ? 1 : 0);
        } else if (bound.family == TypeFamily::Binary || bound.family == TypeFamily::VarBinary) {
            sqlite3_bind_blob(statement, bound.parameter, value.data(),
                              static_cast<int>(value.size()), SQLITE_STATIC);
        } else {
            sqlite3_bind_text(statement, bound.parameter, value.data(),
                              static_cast<int>(value.size()), SQLITE_STATIC);
        }
    }
}

bool ColumnExpressions::Impl::step(Expression &expression, load::RowBatch &out, size_t target)
{
    sqlite3_stmt *statement = expression.statement;
    if (sqlite3_step(statement) != SQLITE_ROW)
        return false;
    switch (sqlite3_column_type(statement, 0)) {
    case SQLITE_NULL: out.appendNull(target); break;
    case SQLITE_INTEGER: {
        const sqlite3_int64 value = sqlite3_column_int64(statement, 0);
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
        out.appendCell(target, load::formatDouble(sqlite3_column_double(statement, 0)));
        break;
    default: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(statement, 0));
        const int size = sqlite3_column_bytes(statement, 0);
        out.appendCell(target, std::string_view(bytes ? bytes : "", static_cast<size_t>(size)));
        break;
    }
    }
    return true;
}

void ColumnExpressions::apply(const load::RowBatch &in, load::RowBatch &out,
                              std::vector<load::RejectedRow> *rejected,
                              const ChangeHeader &header)
{
    Impl &impl = *d;
    impl.operation = header.operation;
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
            impl.bind(expression, in, row, header);
            if (impl.step(expression, out, impl.sourceColumns + e))
                continue;
            load::RejectedRow bad;
            bad.row = row;
            bad.column = expression.column;
            bad.error = Error{ErrorCode::QueryFailed, ErrorAction::RejectRow,
                              EngineTr::tr("The expression of added column %1 (rule %2) failed "
                                           "for this row.")
                                  .arg(qs(expression.column), qs(expression.ruleId))
                                  .toStdString()};
            bad.error.detail = sqlite3_errmsg(impl.db);
            if (rejected)
                rejected->push_back(bad);
            failed = true;
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
