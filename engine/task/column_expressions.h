// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"
#include "engine/load/load_session.h"
#include "engine/load/row_batch.h"
#include "engine/mapping/mapping_plan.h"

#include <memory>
#include <string>
#include <vector>

namespace ferry::task {

/// The operation a row comes from: a full load's rows are inserts; change capture's are any.
enum class RowOperation { Insert, Update, Delete };

/// The DMS header values of the rows of one apply() call.
struct ChangeHeader
{
    RowOperation operation = RowOperation::Insert;
    std::string timestamp;      ///< ISO 8601 UTC; "" for the expressions' creation time
    std::string streamPosition; ///< the source's change position (LSN, binlog); "" in full load
};

/**
 * Computes the columns that DMS `add-column` rules add, from their `expression`.
 *
 * DMS evaluates these expressions with SQLite (SQL syntax, `$COLUMN` references to source
 * columns, SQLite's functions); Ferry does the same with an in-memory SQLite database, so a
 * user's expressions behave as they do in DMS. `$COLUMN` is SQLite's own named-parameter
 * syntax: each expression is prepared once as `SELECT <expression>` and the row's values are
 * bound to it. The DMS header columns come from the ChangeHeader of each apply() call:
 * `$AR_H_OPERATION` 'INSERT', 'UPDATE' or 'DELETE', `$AR_H_TIMESTAMP` /
 * `$AR_H_COMMIT_TIMESTAMP` the change's time (the load's start for a full load),
 * `$AR_H_STREAM_POSITION` / `$AR_H_CHANGE_SEQ` the change's position ('' for a full load);
 * the function `operation_indicator(d, u, i)` returns d, u or i by the operation (a full
 * load's rows are inserts).
 *
 * Thread: one instance per writer thread (it owns its SQLite connection).
 */
class ColumnExpressions
{
public:
    ~ColumnExpressions();
    ColumnExpressions(const ColumnExpressions &) = delete;
    ColumnExpressions &operator=(const ColumnExpressions &) = delete;

    /// nullptr when the plan adds no column. Errors: an expression SQLite cannot prepare, or a
    /// `$name` that is not a source column of the table (FailTable, naming the rule).
    [[nodiscard]] static Result<std::unique_ptr<ColumnExpressions>> create(
        const mapping::TablePlan &plan);

    /**
     * Fills `out` with the batch's source columns followed by the added columns, in the plan's
     * column order. A row whose expression fails is not copied and is appended to *rejected
     * with the reason (its index is the row's index in `in`).
     */
    void apply(const load::RowBatch &in, load::RowBatch &out,
               std::vector<load::RejectedRow> *rejected, const ChangeHeader &header = {});

    /// For each row of `out`, the index of the row in `in` it came from.
    const std::vector<size_t> &sourceRows() const { return m_sourceRows; }

private:
    ColumnExpressions() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
    std::vector<size_t> m_sourceRows;
};

} // namespace ferry::task
