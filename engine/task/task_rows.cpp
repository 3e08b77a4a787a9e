// SPDX-License-Identifier: MIT
// Row images for the exceptions table and limited LOB mode's cuts (docs/data-path.md, "LOBs").
#include "engine/task/task_run.h"

#include "engine/load/canonical_text.h"
#include "engine/task/exceptions.h"

#include <map>

namespace ferry::task {

namespace {

/// Bytes of each value a row key without primary key keeps (a text cut on a UTF-8 boundary).
constexpr size_t MaxRowKeyValueBytes = 256;

/// Cuts text at most maxBytes long on a UTF-8 boundary (binary: exactly maxBytes).
size_t lobCut(std::string_view value, size_t maxBytes, bool text)
{
    if (value.size() <= maxBytes)
        return value.size();
    size_t cut = maxBytes;
    if (text) {
        while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xc0) == 0x80)
            --cut;
    }
    return cut;
}

} // namespace

std::string TaskRun::rowImage(const TableWork &table, const load::RowBatch &batch, size_t row) const
{
    // The batch's first columns are the source columns (added columns follow them).
    std::vector<std::string> names;
    for (const mapping::ColumnPlan &plan : table.plan.columns) {
        if (!plan.source.name.empty())
            names.push_back(plan.source.name);
    }
    // Whole values (up to MaxImageValueBytes): re-applying with changed mapping rules derives
    // the row from this image again.
    return rowImageJson(names, batch, row, MaxImageValueBytes, false);
}

std::string TaskRun::targetRow(const TableWork &table, const load::RowBatch &batch,
                               size_t row) const
{
    // The batch as written (every target column), or as read when an add-column expression
    // refused the row (the source columns only, under their target names).
    const bool complete = batch.columnCount() == table.plan.columns.size();
    std::vector<std::string> names;
    for (const mapping::ColumnPlan &plan : table.plan.columns) {
        if (complete || !plan.source.name.empty())
            names.push_back(plan.target.name);
    }
    return rowImageJson(names, batch, row, MaxImageValueBytes, false);
}

void TaskRun::planLobs(TableWork &table) const
{
    const mapping::TablePlan &plan = table.plan;
    table.lob = tableLobMode(settings, plan.lobSettings ? &*plan.lobSettings : nullptr);
    table.lobColumns.clear();
    table.rowKey.clear();
    std::map<std::string, ReadColumn> byTargetName;
    std::vector<ReadColumn> nonLob;
    size_t index = 0;
    for (const mapping::ColumnPlan &column : plan.columns) {
        if (column.source.name.empty())
            continue;
        const TypeFamily family = column.source.type.family;
        const ReadColumn read {column.source.name, index++,
                               family != TypeFamily::VarBinary && family != TypeFamily::Binary};
        byTargetName[column.target.name] = read;
        if (column.source.type.isLob)
            table.lobColumns.push_back(read);
        else
            nonLob.push_back(read);
    }
    table.rowKeyIsPrimary = plan.target.primaryKey && !plan.target.primaryKey->columns.empty();
    if (table.rowKeyIsPrimary) {
        for (const std::string &key : plan.target.primaryKey->columns) {
            const auto found = byTargetName.find(key);
            if (found == byTargetName.end()) {
                table.rowKeyIsPrimary = false; // a key column an add-column rule computes
                table.rowKey.clear();
                break;
            }
            table.rowKey.push_back(found->second);
        }
    }
    if (!table.rowKeyIsPrimary)
        table.rowKey = std::move(nonLob);
}

std::string TaskRun::rowKeyJson(const TableWork &table, const load::RowBatch &batch,
                                size_t row) const
{
    std::string out = "{";
    for (const ReadColumn &key : table.rowKey) {
        if (out.size() > 1)
            out += ',';
        load::appendJsonString(out, key.name);
        out += ':';
        if (batch.isNull(key.index, row)) {
            out += "null";
            continue;
        }
        std::string_view value = batch.cell(key.index, row);
        if (!table.rowKeyIsPrimary)
            value = value.substr(0, lobCut(value, MaxRowKeyValueBytes, true));
        load::appendJsonString(out, value);
    }
    out += '}';
    return out;
}

Result<const load::RowBatch *>
TaskRun::applyLobLimits(const TableWork &table, const SliceWork &slice, const load::RowBatch &batch,
                        load::RowBatch &scratch,
                        std::vector<ControlTables::LobTruncationRow> &cuts) const
{
    if (!table.lob.limited || table.lobColumns.empty())
        return &batch;
    const size_t maxBytes = table.lob.maxBytes();
    auto tooLong = [&](const ReadColumn &column, size_t row) {
        return !batch.isNull(column.index, row) && batch.cell(column.index, row).size() > maxBytes;
    };
    bool needed = false;
    for (size_t row = 0; row < batch.rowCount() && !needed; ++row) {
        for (const ReadColumn &column : table.lobColumns)
            needed = needed || tooLong(column, row);
    }
    if (!needed)
        return &batch;
    if (settings.failTasksOnLobTruncation) {
        for (size_t row = 0; row < batch.rowCount(); ++row) {
            for (const ReadColumn &column : table.lobColumns) {
                if (!tooLong(column, row))
                    continue;
                Error error {ErrorCode::LobTruncated, ErrorAction::FailTask,
                             EngineTr::tr("Table %1: the value of column %2 in the row %3 is %4 "
                                          "bytes long, more than the %5 KB of limited LOB mode, "
                                          "and FailTasksOnLobTruncation stops the task instead of "
                                          "truncating it.")
                                 .arg(qs(tableLabel(table.plan)), qs(column.name),
                                      qs(rowKeyJson(table, batch, row)))
                                 .arg(batch.cell(column.index, row).size())
                                 .arg(table.lob.maxSizeKb)
                                 .toStdString()};
                error.detail = (table.lob.ruleId.empty()
                                    ? std::string("TargetMetadata.LobMaxSize")
                                    : "bulk-max-size of the lob-settings of table-settings rule "
                                        + table.lob.ruleId)
                    + " = " + std::to_string(table.lob.maxSizeKb) + " KB";
                error.hint = EngineTr::tr("Raise the maximum above the largest value, use full "
                                          "LOB mode (TargetMetadata.FullLobMode true, or "
                                          "lob-settings mode unlimited), or set "
                                          "FailTasksOnLobTruncation to false to truncate the "
                                          "values and list them in lob_truncations.")
                                 .toStdString();
                error.location = tableLabel(table.plan) + "." + column.name;
                return error;
            }
        }
    }
    // Copies the batch with the long values cut (a limited batch is small: at most
    // StreamBufferSizeInMB of cells, each LOB at most the maximum).
    std::vector<const ReadColumn *> lobOf(batch.columnCount(), nullptr);
    for (const ReadColumn &column : table.lobColumns)
        lobOf[column.index] = &column;
    scratch.reset(batch.columnCount());
    for (size_t row = 0; row < batch.rowCount(); ++row) {
        std::string key;
        for (size_t column = 0; column < batch.columnCount(); ++column) {
            if (batch.isNull(column, row)) {
                scratch.appendNull(column);
                continue;
            }
            std::string_view value = batch.cell(column, row);
            if (const ReadColumn *lob = lobOf[column]; lob && value.size() > maxBytes) {
                const size_t kept = lobCut(value, maxBytes, lob->text);
                if (key.empty())
                    key = rowKeyJson(table, batch, row);
                cuts.push_back({table.plan.sourceSchema, table.plan.sourceTable, slice.number,
                                lob->name, key, static_cast<int64_t>(value.size()),
                                static_cast<int64_t>(kept)});
                value = value.substr(0, kept);
            }
            scratch.appendCell(column, value);
        }
        scratch.finishRow();
    }
    return &scratch;
}

} // namespace ferry::task
