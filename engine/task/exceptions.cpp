// SPDX-License-Identifier: MIT
#include "engine/task/exceptions.h"

#include "engine/catalog/catalog.h"
#include "engine/connectors/connector.h"
#include "engine/core/enum_names.h"
#include "engine/core/text_cursor.h"
#include "engine/core/tr.h"
#include "engine/load/canonical_text.h"
#include "engine/mapping/mapping_plan.h"
#include "engine/task/column_expressions.h"
#include "engine/task/control_tables.h"
#include "engine/types/sqlite_types.h"

#include <QString>

#include <algorithm>
#include <charconv>
#include <set>

namespace ferry::task {

namespace {

std::string qualified(const std::string &schema, const std::string &table)
{
    return schema.empty() ? table : schema + "." + table;
}

Error reapplyError(ErrorCode code, const QString &message, const std::string &detail = {},
                   const QString &hint = {})
{
    Error error {code, ErrorAction::FailTable, message.toStdString()};
    error.detail = detail;
    error.hint = hint.toStdString();
    return error;
}

// Row image parsing ---------------------------------------------------------------------------

/// A small parser for the flat JSON objects rowImageJson writes. Not a general JSON parser:
/// values are strings (load::readJsonString), null or {"omitted": n}.
class ImageParser : TextCursor
{
public:
    using TextCursor::TextCursor;

    std::optional<RowImage> parse()
    {
        RowImage image;
        skipSpace();
        if (!take('{'))
            return std::nullopt;
        skipSpace();
        if (take('}'))
            return finish(std::move(image));
        for (;;) {
            ImageCell cell;
            skipSpace();
            auto name = string();
            if (!name)
                return std::nullopt;
            cell.column = std::move(*name);
            skipSpace();
            if (!take(':'))
                return std::nullopt;
            skipSpace();
            if (peek() == '"') {
                auto value = string();
                if (!value)
                    return std::nullopt;
                cell.value = std::move(*value);
            } else if (take('{')) {
                skipSpace();
                auto key = string();
                if (!key || *key != "omitted")
                    return std::nullopt;
                skipSpace();
                if (!take(':'))
                    return std::nullopt;
                skipSpace();
                int64_t bytes = 0;
                const char *begin = m_text.data() + m_pos;
                const auto result = std::from_chars(begin, m_text.data() + m_text.size(), bytes);
                if (result.ec != std::errc())
                    return std::nullopt;
                m_pos += static_cast<size_t>(result.ptr - begin);
                skipSpace();
                if (!take('}'))
                    return std::nullopt;
                cell.omittedBytes = bytes;
            } else if (!takeWord("null")) {
                return std::nullopt;
            }
            image.push_back(std::move(cell));
            skipSpace();
            if (take('}'))
                return finish(std::move(image));
            if (!take(','))
                return std::nullopt;
        }
    }

private:
    std::optional<RowImage> finish(RowImage image)
    {
        skipSpace();
        if (m_pos != m_text.size())
            return std::nullopt;
        return image;
    }

    std::optional<std::string> string()
    {
        std::string out;
        if (!load::readJsonString(m_text, m_pos, out))
            return std::nullopt;
        return out;
    }
};

RowImage imageOf(const std::string &json)
{
    if (json.empty())
        return {};
    return parseRowImage(json).value_or(RowImage());
}

bool sameNameIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               const auto lower = [](char c) {
                   return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
               };
               return lower(x) == lower(y);
           });
}

ExceptionRecord recordOf(const ControlTables::StoredException &stored)
{
    ExceptionRecord record;
    static_cast<ExceptionCause &>(record) = stored;
    record.id = stored.id;
    record.errorTime = stored.errorTime;
    record.targetImage = imageOf(stored.targetRow);
    record.sourceImage = imageOf(stored.rowImage);
    // A row its add-column expression refused was stored without the computed column: show
    // that column, empty, so that a value can be entered for it.
    if (!record.targetImage.empty() && !record.column.empty()
        && std::none_of(record.targetImage.begin(), record.targetImage.end(),
                        [&](const ImageCell &cell) {
                            return sameNameIgnoringCase(cell.column, record.column);
                        })) {
        ImageCell cell;
        cell.column = record.column;
        cell.missing = true;
        record.targetImage.push_back(std::move(cell));
    }
    return record;
}

/// Whether the task has an exceptions table on this target; upgrades an older one.
Result<bool> prepareExceptionsTable(load::TargetSession &session, const ControlTables &control)
{
    auto exists = session.tableExists(control.schema(), control.tableName("exceptions"));
    if (!exists)
        return exists.error();
    if (!*exists)
        return false;
    if (auto begun = session.begin(); !begun)
        return begun.error();
    if (auto upgraded = control.upgradeExceptions(session); !upgraded) {
        (void)session.rollback();
        return upgraded.error();
    }
    if (auto committed = session.commit(); !committed)
        return committed.error();
    return true;
}

const Column *findColumn(const Table &table, const std::string &name)
{
    if (const Column *exact = table.column(name))
        return exact;
    for (const Column &column : table.columns) {
        if (sameNameIgnoringCase(column.name, name))
            return &column;
    }
    return nullptr;
}

/// The canonical form the writer expects for the target column's type: a boolean image value
/// ("true") written into MySQL's tinyint(1) (an integer in the catalog) is 1, a 1/yes/on
/// typed into a boolean column is "true".
std::optional<std::string> forTargetType(const Column &column, std::optional<std::string> value)
{
    if (!value)
        return value;
    if (column.type.family == TypeFamily::Boolean) {
        if (const auto truth = load::parseBoolean(*value))
            return std::string(*truth ? "true" : "false");
    } else if (column.type.family == TypeFamily::Integer) {
        if (*value == "true")
            return std::string("1");
        if (*value == "false")
            return std::string("0");
    }
    return value;
}

/// One row on its way back: the stored exception, the image to write, why it cannot be tried.
struct Attempt
{
    ControlTables::StoredException stored;
    RowImage image; ///< as named in the exception (what the user sees)
    std::vector<const Column *> targetColumns; ///< per image cell; nullptr: not written
    std::optional<Error> problem; ///< set: not tried (Failed)
    /// Set: refused before the target saw it (an add-column expression failed): RejectedAgain.
    std::optional<load::RejectedRow> refused;
};

Error missingTableError(const std::string &schema, const std::string &table)
{
    return reapplyError(ErrorCode::QueryFailed,
                        EngineTr::tr("The target table %1 no longer exists, so its rejected rows "
                                     "cannot be re-applied.")
                            .arg(qs(qualified(schema, table))),
                        {},
                        EngineTr::tr("Create the table again (run the task, or create it by "
                                     "hand), then re-apply the rows."));
}

Error omittedError(const ImageCell &cell, const std::string &where)
{
    return reapplyError(
        ErrorCode::QueryFailed,
        EngineTr::tr("The value of column %1 (%2 bytes) was too large to keep with the "
                     "rejected row of %3.")
            .arg(qs(cell.column))
            .arg(*cell.omittedBytes)
            .arg(qs(where)),
        {}, EngineTr::tr("Enter a value for the column, then re-apply the row."));
}

/// Lays the fixes over attempt.image and matches its columns to the target table.
void finishAttempt(Attempt &attempt, const ExceptionFix *fix, const Table &table)
{
    const ControlTables::StoredException &stored = attempt.stored;
    const std::string where = qualified(stored.targetSchema, stored.targetTable);
    if (fix) {
        for (const auto &[column, value] : fix->values) {
            auto cell = std::find_if(attempt.image.begin(), attempt.image.end(),
                                     [&](const ImageCell &c) { return c.column == column; });
            if (cell == attempt.image.end()) {
                attempt.image.push_back({column, value, std::nullopt});
            } else {
                cell->value = value;
                cell->omittedBytes.reset();
            }
        }
    }
    if (attempt.image.empty()) {
        attempt.problem = reapplyError(
            ErrorCode::QueryFailed,
            EngineTr::tr("The rejected row of %1 has no stored values to write.").arg(qs(where)),
            {}, EngineTr::tr("Enter the row's values, then re-apply it."));
        return;
    }
    if (attempt.refused)
        return; // written as it is into the exception row; the target is not asked
    for (const ImageCell &cell : attempt.image) {
        if (cell.omittedBytes) {
            attempt.problem = omittedError(cell, where);
            return;
        }
        const Column *column = findColumn(table, cell.column);
        if (!column) {
            attempt.problem = reapplyError(
                ErrorCode::QueryFailed,
                EngineTr::tr("The target table %1 has no column %2 any more.")
                    .arg(qs(where), qs(cell.column)),
                {},
                EngineTr::tr("Add the column to the target table, or clear the value and "
                             "re-apply the row."));
            return;
        }
        // Generated columns compute their own value.
        attempt.targetColumns.push_back(column->generatedExpression ? nullptr : column);
    }
}

/// Value re-apply: the row as it was written (or as read, for rows of an older Ferry).
void prepareAttempt(Attempt &attempt, const ExceptionFix *fix, const Table &table)
{
    const ControlTables::StoredException &stored = attempt.stored;
    attempt.image = imageOf(stored.targetRow);
    const bool written = !attempt.image.empty();
    if (!written)
        attempt.image = imageOf(stored.rowImage);
    finishAttempt(attempt, fix, table);
    // A row whose add-column expression failed was never complete: its image lacks the
    // column the rule computes (the offending column). Writing it without would leave that
    // column empty for good, so it needs a value or the fixed rule.
    const auto has = [&](const std::string &column) {
        return std::any_of(attempt.image.begin(), attempt.image.end(), [&](const ImageCell &c) {
            return sameNameIgnoringCase(c.column, column);
        });
    };
    if (!attempt.problem && written && !stored.column.empty() && !has(stored.column)) {
        attempt.problem = reapplyError(
            ErrorCode::QueryFailed,
            EngineTr::tr("The rejected row of %1 has no value for column %2: the rule that "
                         "computes it failed for this row.")
                .arg(qs(qualified(stored.targetSchema, stored.targetTable)),
                     qs(stored.column)),
            {},
            EngineTr::tr("Fix the rule (Edit rules...), then re-apply the row with the current "
                         "rules."));
    }
}

// Re-applying with the current mapping ------------------------------------------------------

const mapping::TablePlan *planFor(const mapping::MappingPlan &plan, const std::string &schema,
                                  const std::string &table)
{
    for (const mapping::TablePlan &tablePlan : plan.tables) {
        if (tablePlan.sourceSchema == schema && tablePlan.sourceTable == table)
            return &tablePlan;
    }
    return nullptr;
}

/// Why the rows of a source table cannot be re-applied with this plan; nullopt when they can.
std::optional<Error> planProblem(const mapping::TablePlan *plan,
                                 const ControlTables::StoredException &stored)
{
    if (!plan) {
        return reapplyError(
            ErrorCode::QueryFailed,
            EngineTr::tr("The task's mapping no longer selects table %1, so its rejected rows "
                         "cannot be re-applied with the mapping.")
                .arg(qs(qualified(stored.sourceSchema, stored.sourceTable))),
            {},
            EngineTr::tr("Select the table again in the mapping, or re-apply the rows with "
                         "their stored values."));
    }
    if (plan->target.schema != stored.targetSchema || plan->target.name != stored.targetTable) {
        return reapplyError(
            ErrorCode::QueryFailed,
            EngineTr::tr("The task's mapping now writes table %1 to %2 instead of %3.")
                .arg(qs(qualified(stored.sourceSchema, stored.sourceTable)),
                     qs(qualified(plan->target.schema, plan->target.name)),
                     qs(qualified(stored.targetSchema, stored.targetTable))),
            {},
            EngineTr::tr("Reload the table (Task > Reload table) to load it into its new "
                         "target table."));
    }
    return std::nullopt;
}

/// The columns whose type a rule of the plan sets and which have another type on the target
/// (compared as this target spells them, so "character varying(20)" is "varchar(20)").
std::vector<ColumnTypeChange> typeChanges(load::TargetSession &session,
                                          const mapping::TablePlan &plan, const Table &table)
{
    std::vector<ColumnTypeChange> changes;
    for (const mapping::ColumnPlan &column : plan.columns) {
        if (column.ruleId.empty())
            continue; // only columns a rule touched: the others are as the task created them
        const Column *existing = findColumn(table, column.target.name);
        if (!existing || existing->generatedExpression)
            continue;
        const Connector &connector = connectorFor(session.dialect());
        const std::string to = connector.nativeType(column.target.type);
        const std::string from = connector.nativeType(existing->type);
        if (to == from)
            continue;
        // SQLite stores any value in any declared type except by affinity (VARCHAR(5) holds
        // 40 characters): only a different affinity is a change there.
        if (session.dialect() == Dialect::Sqlite
            && sqlite::affinityOf(to) == sqlite::affinityOf(from))
            continue;
        ColumnTypeChange change;
        change.schema = plan.target.schema;
        change.table = plan.target.name;
        change.column = existing->name;
        change.fromType = existing->nativeType;
        change.toType = to;
        change.ruleId = column.ruleId;
        changes.push_back(std::move(change));
    }
    return changes;
}

/// Mapping re-apply: the row derived again from its source image through the table's plan
/// (expressions evaluated), then the fixes.
void prepareMappedAttempt(Attempt &attempt, const ExceptionFix *fix, const Table &table,
                          const mapping::TablePlan &plan, ColumnExpressions *expressions)
{
    const ControlTables::StoredException &stored = attempt.stored;
    const std::string where = qualified(stored.targetSchema, stored.targetTable);
    const RowImage source = imageOf(stored.rowImage);
    std::vector<const mapping::ColumnPlan *> read; // plan columns with a source column
    for (const mapping::ColumnPlan &column : plan.columns) {
        if (!column.source.name.empty())
            read.push_back(&column);
    }
    load::RowBatch batch(read.size());
    for (size_t c = 0; c < read.size(); ++c) {
        const std::string &name = read[c]->source.name;
        auto cell = std::find_if(source.begin(), source.end(),
                                 [&](const ImageCell &image) { return image.column == name; });
        if (cell == source.end()) {
            attempt.problem = reapplyError(
                ErrorCode::QueryFailed,
                EngineTr::tr("The rejected row of %1 has no value for source column %2.")
                    .arg(qs(qualified(stored.sourceSchema, stored.sourceTable)), qs(name)),
                {}, EngineTr::tr("Re-apply the row with its stored values, or reload the table."));
            return;
        }
        if (cell->omittedBytes) {
            attempt.problem = omittedError(*cell, where);
            return;
        }
        if (cell->value)
            batch.appendCell(c, *cell->value);
        else
            batch.appendNull(c);
    }
    batch.finishRow();

    attempt.image.clear();
    if (expressions) {
        load::RowBatch computed;
        std::vector<load::RejectedRow> rejected;
        expressions->apply(batch, computed, &rejected);
        if (!rejected.empty()) {
            // As the load records such a row: the source columns under their target names.
            for (size_t c = 0; c < read.size(); ++c) {
                attempt.image.push_back({read[c]->target.name,
                                         batch.isNull(c, 0)
                                             ? std::nullopt
                                             : std::optional<std::string>(batch.cell(c, 0)),
                                         std::nullopt});
            }
            attempt.refused = std::move(rejected.front());
            attempt.refused->row = 0;
            return;
        }
        for (size_t c = 0; c < plan.columns.size() && c < computed.columnCount(); ++c) {
            attempt.image.push_back({plan.columns[c].target.name,
                                     computed.isNull(c, 0)
                                         ? std::nullopt
                                         : std::optional<std::string>(computed.cell(c, 0)),
                                     std::nullopt});
        }
    } else {
        for (size_t c = 0; c < read.size(); ++c) {
            attempt.image.push_back(
                {read[c]->target.name,
                 batch.isNull(c, 0) ? std::nullopt : std::optional<std::string>(batch.cell(c, 0)),
                 std::nullopt});
        }
    }
    finishAttempt(attempt, fix, table);
}

/**
 * Mapping re-apply, per target table: rows whose source table the plan no longer sends here
 * get their problem; type changes are listed in *changes and, when approved, made (the
 * changed table in *changed). Returns false with *problem when no row of the table can go.
 */
bool prepareMappedTable(load::TargetSession &session, const mapping::MappingPlan &plan,
                        const ReapplyMapping &options, const Table &table,
                        std::vector<Attempt> &attempts, std::vector<ColumnTypeChange> &changes,
                        std::optional<Table> &changed, std::optional<Error> &problem)
{
    std::vector<ColumnTypeChange> needed;
    for (Attempt &attempt : attempts) {
        const mapping::TablePlan *tablePlan
            = planFor(plan, attempt.stored.sourceSchema, attempt.stored.sourceTable);
        if (auto why = planProblem(tablePlan, attempt.stored)) {
            attempt.problem = std::move(why);
            continue;
        }
        for (ColumnTypeChange &change : typeChanges(session, *tablePlan, table)) {
            const bool known = std::any_of(needed.begin(), needed.end(), [&](const auto &c) {
                return c.column == change.column;
            });
            if (!known)
                needed.push_back(std::move(change));
        }
    }
    if (needed.empty())
        return true;
    const std::string where = qualified(needed.front().schema, needed.front().table);
    if (!options.changeColumnTypes) {
        const ColumnTypeChange &first = needed.front();
        problem = reapplyError(
            ErrorCode::QueryFailed,
            EngineTr::tr("Column %1 of %2 is %3 on the target, but rule %4 of the mapping makes "
                         "it %5.")
                .arg(qs(first.column), qs(where), qs(first.fromType), qs(first.ruleId),
                     qs(first.toType)),
            {},
            EngineTr::tr("Allow Ferry to change the target column's type, or reload the table."));
        problem->action = ErrorAction::FixConfiguration;
        changes.insert(changes.end(), needed.begin(), needed.end());
        return false;
    }
    changed = table;
    for (ColumnTypeChange &change : needed) {
        Column *column = nullptr;
        for (Column &c : changed->columns) {
            if (c.name == change.column)
                column = &c;
        }
        const mapping::ColumnPlan *columnPlan = nullptr;
        for (const mapping::TablePlan &tablePlan : plan.tables) {
            if (tablePlan.target.schema != change.schema || tablePlan.target.name != change.table)
                continue;
            for (const mapping::ColumnPlan &c : tablePlan.columns) {
                if (sameNameIgnoringCase(c.target.name, change.column))
                    columnPlan = &c;
            }
        }
        if (!column || !columnPlan)
            continue;
        load::TargetColumn target;
        target.name = column->name;
        target.type = columnPlan->target.type;
        target.nullable = column->nullable;
        target.autoIncrement = column->autoIncrement || column->identity != IdentityKind::None;
        if (auto altered = session.alterColumnType(change.schema, change.table, target); !altered) {
            problem = altered.error();
            changes.push_back(change);
            return false;
        }
        column->type = columnPlan->target.type;
        column->nativeType = change.toType;
        change.changed = true;
        changes.push_back(change);
    }
    return true;
}

using AttemptGroup = std::vector<Attempt *>;

ReapplyRowResult rowResult(const Attempt &attempt, ReapplyOutcome outcome)
{
    ReapplyRowResult result;
    result.id = attempt.stored.id;
    result.outcome = outcome;
    result.sourceSchema = attempt.stored.sourceSchema;
    result.sourceTable = attempt.stored.sourceTable;
    return result;
}

/// Rows with the same columns (in the same order) share one writer.
using AttemptGroups = std::map<std::vector<const Column *>, std::vector<Attempt *>>;

/// One group's rows as a batch of its written columns, and the write request for it.
std::pair<load::WriteRequest, load::RowBatch> batchOf(const std::vector<const Column *> &columns,
                                                      const std::vector<Attempt *> &rows)
{
    load::WriteRequest request;
    request.schema = rows.front()->stored.targetSchema;
    request.table = rows.front()->stored.targetTable;
    std::vector<size_t> cells; // image cell index per written column
    for (size_t i = 0; i < columns.size(); ++i) {
        if (!columns[i])
            continue;
        load::TargetColumn column;
        column.name = columns[i]->name;
        column.type = columns[i]->type;
        column.nullable = columns[i]->nullable;
        column.autoIncrement = columns[i]->autoIncrement
                               || columns[i]->identity != IdentityKind::None;
        request.columns.push_back(std::move(column));
        cells.push_back(i);
    }
    load::RowBatch batch(request.columns.size());
    for (Attempt *attempt : rows) {
        for (size_t c = 0; c < cells.size(); ++c) {
            const std::optional<std::string> value
                = forTargetType(*columns[cells[c]], attempt->image[cells[c]].value);
            if (value)
                batch.appendCell(c, *value);
            else
                batch.appendNull(c);
        }
        batch.finishRow();
    }
    return {std::move(request), std::move(batch)};
}

/// What writing a table's rows came to, before it is committed.
struct TableWrite
{
    std::vector<Attempt *> loaded;
    std::vector<std::pair<Attempt *, load::RejectedRow>> refused;
};

/// Writes every group (inside the caller's transaction); the rows the target refused join
/// `refused`, the others `loaded`.
Result<void> writeGroups(load::TargetSession &session, const AttemptGroups &groups,
                         TableWrite &write)
{
    for (const auto &[columns, rows] : groups) {
        auto [request, batch] = batchOf(columns, rows);
        auto writer = session.openWriter(request);
        if (!writer)
            return writer.error();
        std::vector<load::RejectedRow> rejected;
        if (auto written = (*writer)->write(batch, &rejected); !written)
            return written;
        std::set<size_t> bad;
        for (load::RejectedRow &row : rejected) {
            if (row.row < rows.size() && bad.insert(row.row).second)
                write.refused.emplace_back(rows[row.row], std::move(row));
        }
        for (size_t i = 0; i < rows.size(); ++i) {
            if (!bad.count(i))
                write.loaded.push_back(rows[i]);
        }
    }
    return {};
}

/// The exceptions table after a write: refused rows get their new reason, loaded rows go.
Result<void> recordWrite(load::TargetSession &session, const ControlTables &control,
                         const std::string &taskName, const TableWrite &write)
{
    for (const auto &[attempt, rejected] : write.refused) {
        ControlTables::StoredException updated = attempt->stored;
        updated.column = rejected.column;
        updated.error = rejected.error.message;
        updated.detail = rejected.error.detail;
        updated.targetRow = rowImageJson(attempt->image);
        if (auto done = control.updateException(session, taskName, updated); !done)
            return done;
    }
    for (Attempt *attempt : write.loaded) {
        if (auto done = control.resolveException(session, taskName, attempt->stored); !done)
            return done;
    }
    return {};
}

/**
 * Writes the rows of one target table in one transaction. Rows with the same set of columns
 * share one writer and one batch (the writer isolates refused rows).
 */
void reapplyTable(load::TargetSession &session, const ControlTables &control,
                  const std::string &taskName, std::vector<Attempt *> &attempts,
                  std::vector<ReapplyRowResult> &results)
{
    std::vector<Attempt *> touched; // tried, or refused before writing
    TableWrite write;
    AttemptGroups groups;
    for (Attempt *attempt : attempts) {
        if (attempt->problem) {
            ReapplyRowResult result = rowResult(*attempt, ReapplyOutcome::Failed);
            result.error = *attempt->problem;
            results.push_back(std::move(result));
            continue;
        }
        touched.push_back(attempt);
        if (attempt->refused)
            write.refused.emplace_back(attempt, *attempt->refused);
        else
            groups[attempt->targetColumns].push_back(attempt);
    }
    if (touched.empty())
        return;
    Result<void> done = session.begin();
    if (done) {
        done = writeGroups(session, groups, write);
        if (done)
            done = recordWrite(session, control, taskName, write);
        if (done)
            done = session.commit();
        else
            (void)session.rollback();
    }
    if (!done) {
        for (Attempt *attempt : touched) {
            ReapplyRowResult result = rowResult(*attempt, ReapplyOutcome::Failed);
            result.error = done.error();
            results.push_back(std::move(result));
        }
        return;
    }
    for (auto &[attempt, rejected] : write.refused) {
        ReapplyRowResult result = rowResult(*attempt, ReapplyOutcome::RejectedAgain);
        result.column = rejected.column;
        result.error = rejected.error;
        results.push_back(std::move(result));
    }
    for (Attempt *attempt : write.loaded)
        results.push_back(rowResult(*attempt, ReapplyOutcome::Applied));
}

} // namespace

// Row images ----------------------------------------------------------------------------------

std::string rowImageJson(const std::vector<std::string> &columns, const load::RowBatch &batch,
                         size_t row, size_t maxValueBytes, bool cutValues)
{
    std::string out = "{";
    for (size_t column = 0; column < columns.size() && column < batch.columnCount(); ++column) {
        if (column > 0)
            out += ',';
        load::appendJsonString(out, columns[column]);
        out += ':';
        if (batch.isNull(column, row)) {
            out += "null";
            continue;
        }
        const std::string_view value = batch.cell(column, row);
        if (value.size() <= maxValueBytes || cutValues) {
            load::appendJsonString(out, value.substr(0, maxValueBytes));
        } else {
            out += "{\"omitted\":" + std::to_string(value.size()) + "}";
        }
    }
    out += '}';
    return out;
}

std::string rowImageJson(const RowImage &image)
{
    std::string out = "{";
    for (size_t i = 0; i < image.size(); ++i) {
        const ImageCell &cell = image[i];
        if (i > 0)
            out += ',';
        load::appendJsonString(out, cell.column);
        out += ':';
        if (cell.omittedBytes)
            out += "{\"omitted\":" + std::to_string(*cell.omittedBytes) + "}";
        else if (!cell.value)
            out += "null";
        else if (cell.value->size() > MaxImageValueBytes)
            out += "{\"omitted\":" + std::to_string(cell.value->size()) + "}";
        else
            load::appendJsonString(out, *cell.value);
    }
    out += '}';
    return out;
}

std::optional<RowImage> parseRowImage(std::string_view json) { return ImageParser(json).parse(); }

// Results ---------------------------------------------------------------------------------

constexpr const char *ReapplyOutcomeNames[] = {"applied", "rejected-again", "failed", "not-found"};
static_assert(namesEvery(ReapplyOutcomeNames, ReapplyOutcome::NotFound));

const char *reapplyOutcomeName(ReapplyOutcome outcome)
{
    return nameOf(ReapplyOutcomeNames, outcome);
}

int ReapplyResult::count(ReapplyOutcome outcome) const
{
    return static_cast<int>(
        std::count_if(rows.begin(), rows.end(),
                      [&](const ReapplyRowResult &row) { return row.outcome == outcome; }));
}

std::vector<ColumnTypeChange> ReapplyResult::pendingChanges() const
{
    std::vector<ColumnTypeChange> pending;
    for (const ColumnTypeChange &change : columnChanges) {
        if (!change.changed)
            pending.push_back(change);
    }
    return pending;
}

const ReapplyRowResult *ReapplyResult::find(int64_t id) const
{
    for (const ReapplyRowResult &row : rows) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

// Reading -----------------------------------------------------------------------------------

Result<ExceptionPage> readExceptions(const ConnectionSpec &target, const std::string &taskName,
                                     const ExceptionFilter &filter)
{
    auto session = load::openTargetSession(target);
    if (!session)
        return session.error();
    return readExceptions(**session, taskName, filter);
}

Result<ExceptionPage> readExceptions(load::TargetSession &session, const std::string &taskName,
                                     const ExceptionFilter &filter)
{
    const ControlTables control(session.dialect(), filter.controlSchema);
    ExceptionPage page;
    auto exists = prepareExceptionsTable(session, control);
    if (!exists)
        return exists.error();
    if (!*exists)
        return page;

    auto counts = control.exceptionCounts(session, taskName);
    if (!counts)
        return counts.error();
    for (const ExceptionTable &count : *counts) {
        page.tables.push_back(count);
        if (filter.sourceTable.empty()
            || (count.sourceSchema == filter.sourceSchema
                && count.sourceTable == filter.sourceTable))
            page.matching += count.rows;
    }

    ControlTables::ExceptionSelection selection;
    selection.sourceSchema = filter.sourceSchema;
    selection.sourceTable = filter.sourceTable;
    selection.afterId = filter.afterId;
    const int limit = std::clamp(filter.limit, 1, 10'000);
    selection.limit = limit + 1; // one more says whether another page follows
    auto rows = control.exceptions(session, taskName, selection);
    if (!rows)
        return rows.error();
    page.more = rows->size() > static_cast<size_t>(limit);
    if (page.more)
        rows->resize(static_cast<size_t>(limit));
    page.rows.reserve(rows->size());
    for (const ControlTables::StoredException &stored : *rows)
        page.rows.push_back(recordOf(stored));
    return page;
}

// Re-applying -------------------------------------------------------------------------------

namespace {

/// The stored exception rows a request names (listed ids, or every row of a source table).
Result<std::map<int64_t, ControlTables::StoredException>> storedRows(
    load::TargetSession &session, const ControlTables &control, const std::string &taskName,
    const ReapplyRequest &request, const std::vector<int64_t> &ids)
{
    std::map<int64_t, ControlTables::StoredException> stored;
    auto add = [&](const ControlTables::ExceptionSelection &selection) -> Result<void> {
        auto rows = control.exceptions(session, taskName, selection);
        if (!rows)
            return rows.error();
        for (ControlTables::StoredException &row : *rows)
            stored.emplace(row.id, std::move(row));
        return {};
    };
    if (!request.allOfSourceTable.empty()) {
        ControlTables::ExceptionSelection selection;
        selection.sourceSchema = request.allOfSourceSchema;
        selection.sourceTable = request.allOfSourceTable;
        if (auto added = add(selection); !added)
            return added.error();
    }
    // Listed rows, a bounded number of bound ids per statement.
    for (size_t first = 0; first < ids.size(); first += 500) {
        ControlTables::ExceptionSelection selection;
        selection.ids.assign(
            ids.begin() + static_cast<std::ptrdiff_t>(first),
            ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), first + 500)));
        if (auto added = add(selection); !added)
            return added.error();
    }
    return stored;
}

/// A NotFound result for each listed id that is no longer stored.
void reportMissing(const std::vector<int64_t> &ids,
                   const std::map<int64_t, ControlTables::StoredException> &stored,
                   const std::string &taskName, std::vector<ReapplyRowResult> &results)
{
    for (int64_t id : ids) {
        if (stored.count(id))
            continue;
        ReapplyRowResult missing;
        missing.id = id;
        missing.outcome = ReapplyOutcome::NotFound;
        missing.error = reapplyError(
            ErrorCode::QueryFailed,
            EngineTr::tr("Rejected row %1 of task %2 is no longer in the exceptions table.")
                .arg(id)
                .arg(qs(taskName)),
            {}, EngineTr::tr("It was re-applied or its table was loaded again: refresh the list."));
        results.push_back(std::move(missing));
    }
}

/// Mapping re-apply: the current plan of the rows' source tables (nullopt without mapping).
Result<std::optional<mapping::MappingPlan>> currentPlan(
    load::TargetSession &session, const ReapplyRequest &request,
    const std::map<int64_t, ControlTables::StoredException> &stored)
{
    if (!request.mapping || stored.empty())
        return std::optional<mapping::MappingPlan>();
    CatalogFilter filter;
    for (const auto &[id, row] : stored) {
        if (std::find(filter.schemas.begin(), filter.schemas.end(), row.sourceSchema)
            == filter.schemas.end())
            filter.schemas.push_back(row.sourceSchema);
    }
    auto catalog = makeEndpoint(request.mapping->source)->readCatalog(filter);
    if (!catalog)
        return catalog.error();
    mapping::PlanOptions options;
    options.targetDialect = session.dialect();
    options.targetDefaultSchema = session.defaultSchema();
    options.targetSchema = request.mapping->targetSchema;
    auto planned = mapping::planMapping(
        *catalog, request.mapping->rules ? &*request.mapping->rules : nullptr, options);
    if (!planned)
        return planned.error();
    return std::optional<mapping::MappingPlan>(std::move(*planned));
}

/// Everything one re-apply shares across its target tables.
struct Reapply
{
    Reapply(load::TargetSession &session, const ControlTables &control,
            const ConnectionSpec &target, const std::string &taskName,
            const ReapplyRequest &request, const std::optional<mapping::MappingPlan> &plan,
            std::map<int64_t, const ExceptionFix *> fixes)
        : session(session)
        , control(control)
        , target(target)
        , taskName(taskName)
        , request(request)
        , plan(plan)
        , fixes(std::move(fixes))
    {
    }

    load::TargetSession &session;
    const ControlTables &control;
    const ConnectionSpec &target;
    const std::string &taskName;
    const ReapplyRequest &request;
    const std::optional<mapping::MappingPlan> &plan;
    std::map<int64_t, const ExceptionFix *> fixes;
    std::map<std::string, Result<Catalog>> catalogs; ///< one catalog read per target schema
    ReapplyResult result;

    /// The target table as the catalog has it now (nullptr: missing); the catalog's error.
    const Table *targetTable(const std::string &schema, const std::string &table,
                             const Result<Catalog> *&catalog)
    {
        const std::string catalogSchema
            = session.dialect() == Dialect::Sqlite ? std::string("main") : schema;
        auto found = catalogs.find(catalogSchema);
        if (found == catalogs.end()) {
            CatalogFilter filter;
            filter.schemas = {catalogSchema};
            found
                = catalogs.emplace(catalogSchema, makeEndpoint(target)->readCatalog(filter)).first;
        }
        catalog = &found->second;
        if (!found->second)
            return nullptr;
        const Schema *s = found->second->schema(catalogSchema);
        return s ? s->table(table) : nullptr;
    }

    /// Works out each row of one target table as it will be written, then writes them.
    void table(const std::string &schema, const std::string &name, std::vector<Attempt> &attempts)
    {
        const Result<Catalog> *catalog = nullptr;
        const Table *targetTable = this->targetTable(schema, name, catalog);
        std::optional<Table> changed; // the target table after type changes
        if (plan && targetTable) {
            std::optional<Error> problem;
            if (!prepareMappedTable(session, *plan, *request.mapping, *targetTable, attempts,
                                    result.columnChanges, changed, problem)
                && problem) {
                for (Attempt &attempt : attempts) {
                    if (!attempt.problem)
                        attempt.problem = problem;
                }
            }
        }
        const Table *writeTable = changed ? &*changed : targetTable;
        // One expression evaluator per source table (each holds an SQLite connection).
        std::map<const mapping::TablePlan *, Result<std::unique_ptr<ColumnExpressions>>> evaluators;
        std::vector<Attempt *> pointers;
        for (Attempt &attempt : attempts) {
            const auto fix = fixes.find(attempt.stored.id);
            const ExceptionFix *rowFix = fix == fixes.end() ? nullptr : fix->second;
            if (attempt.problem) {
                // decided above (mapping re-apply)
            } else if (!*catalog) {
                attempt.problem = catalog->error();
            } else if (!writeTable) {
                attempt.problem = missingTableError(schema, name);
            } else if (plan) {
                const mapping::TablePlan *tablePlan
                    = planFor(*plan, attempt.stored.sourceSchema, attempt.stored.sourceTable);
                auto evaluator = evaluators.find(tablePlan);
                if (evaluator == evaluators.end())
                    evaluator = evaluators.emplace(tablePlan, ColumnExpressions::create(*tablePlan))
                                    .first;
                if (!evaluator->second)
                    attempt.problem = evaluator->second.error();
                else
                    prepareMappedAttempt(attempt, rowFix, *writeTable, *tablePlan,
                                         evaluator->second->get());
            } else {
                prepareAttempt(attempt, rowFix, *writeTable);
            }
            pointers.push_back(&attempt);
        }
        reapplyTable(session, control, taskName, pointers, result.rows);
    }
};

} // namespace

Result<ReapplyResult> reapplyExceptions(const ConnectionSpec &target, const std::string &taskName,
                                        const ReapplyRequest &request,
                                        const std::atomic<bool> *cancelled)
{
    auto opened = load::openTargetSession(target);
    if (!opened)
        return opened.error();
    load::TargetSession &session = **opened;
    const ControlTables control(session.dialect(), request.controlSchema);
    std::map<int64_t, const ExceptionFix *> fixes;
    std::vector<int64_t> ids;
    for (const ExceptionFix &fix : request.rows) {
        if (fixes.emplace(fix.id, &fix).second)
            ids.push_back(fix.id);
    }
    auto exists = prepareExceptionsTable(session, control);
    if (!exists)
        return exists.error();
    std::map<int64_t, ControlTables::StoredException> stored;
    if (*exists) {
        auto rows = storedRows(session, control, taskName, request, ids);
        if (!rows)
            return rows.error();
        stored = std::move(*rows);
    }
    auto plan = currentPlan(session, request, stored);
    if (!plan)
        return plan.error();
    Reapply reapply(session, control, target, taskName, request, *plan, std::move(fixes));
    reportMissing(ids, stored, taskName, reapply.result.rows);

    // By target table.
    std::map<std::pair<std::string, std::string>, std::vector<Attempt>> tables;
    for (auto &[id, row] : stored) {
        Attempt attempt;
        attempt.stored = std::move(row);
        tables[{attempt.stored.targetSchema, attempt.stored.targetTable}].push_back(
            std::move(attempt));
    }
    for (auto &[name, attempts] : tables) {
        if (cancelled && cancelled->load())
            return cancelledError(EngineTr::tr("re-applying rejected rows").toStdString());
        reapply.table(name.first, name.second, attempts);
    }
    std::vector<ReapplyRowResult> &rows = reapply.result.rows;
    std::sort(rows.begin(), rows.end(),
              [](const ReapplyRowResult &a, const ReapplyRowResult &b) { return a.id < b.id; });
    return std::move(reapply.result);
}

} // namespace ferry::task
