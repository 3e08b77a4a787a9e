// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/connection_spec.h"
#include "engine/core/error.h"
#include "engine/load/load_session.h"
#include "engine/load/row_batch.h"
#include "engine/project/project.h"
#include "engine/task/exception_facts.h"

#include <QMetaType>

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ferry::task {

/**
 * Rows the target refused during a full load, as the control table "exceptions" keeps them
 * (docs/data-path.md), read back for the user and re-applied after the user fixed values or
 * mapping rules.
 *
 * Every exception row carries two images: the source row as read (source column names: for
 * finding the row, and for deriving it again through changed rules) and the row exactly as it
 * was written to the target (target column names, the canonical text the writer got: for
 * writing it again). Values over MaxImageValueBytes are kept by their size only. Rows recorded
 * by the first Ferry versions have only the source image, with values cut at 4 KB; re-applying
 * them matches its names to the target table's columns (exactly, then ignoring case).
 *
 * Re-applying goes through the normal writer path (TargetSession::openWriter, one RowBatch per
 * table) with the target table's column types from the target's catalog, inside one
 * transaction per target table: rows that now load are inserted and their exception rows
 * deleted (and their slice's counts moved from rejected to loaded) in the same transaction;
 * rows refused again keep their exception row with the new reason and the values tried.
 *
 * Thread: plain functions on values; each call opens its own connection (blocking). Errors:
 * Result values; nothing throws.
 */

/// One cell of a row image: column name and canonical text value (nullopt: NULL).
struct ImageCell
{
    std::string column;
    std::optional<std::string> value;
    /// The value was too large to keep in the exceptions table: its size in bytes (value is
    /// nullopt then). Such a row can only be re-applied with a fix for this column.
    std::optional<int64_t> omittedBytes;
    /// Not in the stored row: the column an add-column rule computes, whose expression failed
    /// for this row (readExceptions adds it to the target image so that a value can be given;
    /// value is nullopt). Never written back unless the fixes name it.
    bool missing = false;
};
using RowImage = std::vector<ImageCell>;

/// Values larger than this are not kept in a target row image (a 1 GB LOB in the control
/// table would help nobody); the image records their size instead.
inline constexpr size_t MaxImageValueBytes = 1u << 20;

/// A rejected row as stored in the exceptions table.
struct ExceptionRecord : ExceptionCause
{
    int64_t id = 0; ///< stable key of the row in the exceptions table
    std::string errorTime; ///< ISO-8601 UTC
    RowImage targetImage; ///< target column names; empty for rows from an older Ferry
    RowImage sourceImage; ///< source column names

    /// The image a user edits and re-apply writes: the target image, else the source image.
    [[nodiscard]] const RowImage &image() const
    {
        return targetImage.empty() ? sourceImage : targetImage;
    }
};

/// Which exception rows to read.
struct ExceptionFilter
{
    /// ControlTablesSettings.ControlSchema of the task ("" for the default "ferry_control").
    std::string controlSchema;
    std::string sourceSchema; ///< with sourceTable: one source table; both empty: every table
    std::string sourceTable;
    int64_t afterId = 0; ///< paging: rows after this id (0: from the first)
    int limit = 500; ///< rows per page, 1..10,000
};

struct ExceptionPage
{
    std::vector<ExceptionRecord> rows; ///< by id, at most filter.limit
    bool more = false; ///< further rows match after the last one
    int64_t matching = 0; ///< rows matching the filter on every page
    /// Every table of the task with exception rows (whatever the table filter).
    std::vector<ExceptionTable> tables;
};
using ExceptionPagePtr = std::shared_ptr<const ExceptionPage>;

/// The user's fix for one exception row: column (as named in its image) -> new canonical text
/// value, nullopt for NULL. Columns not named keep their stored value.
struct ExceptionFix
{
    int64_t id = 0;
    std::map<std::string, std::optional<std::string>> values;
};

/**
 * Re-applying with the task's mapping rules as they are now (after the user changed a rule)
 * instead of the row as it was written: each row is derived again from its source image
 * through the table's current plan (renamed and removed columns, add-column expressions,
 * change-data-type), then the fixes are laid over it by target column name.
 *
 * The source is only read for its catalog (to plan the table); values come from the
 * exceptions table. A table the mapping no longer selects, or now sends to another target
 * table, is not re-applied (reload it instead). A column whose type the mapping changed
 * (change-data-type) and which has another type on the target is changed on the target
 * (ALTER TABLE) only when changeColumnTypes is set; otherwise the table's rows fail and
 * ReapplyResult::columnChanges lists what would change, for the user to approve.
 */
struct ReapplyMapping
{
    ConnectionSpec source;
    std::optional<project::TableMapping> rules; ///< nullopt: every table (DMS default)
    std::string targetSchema; ///< TargetMetadata.TargetSchema ("" when not set)
    bool changeColumnTypes = false;
};

struct ReapplyRequest
{
    std::string controlSchema; ///< as in ExceptionFilter
    std::vector<ExceptionFix> rows;
    /// When sourceTable is set: every exception row of this source table too (rows listed
    /// above keep their fixes).
    std::string allOfSourceSchema;
    std::string allOfSourceTable;
    /// Set: derive the rows from the current mapping rules (see ReapplyMapping).
    std::optional<ReapplyMapping> mapping;
};

/// A target column whose type differs from what the current mapping gives it.
struct ColumnTypeChange
{
    std::string schema; ///< target schema ("" for SQLite)
    std::string table;
    std::string column;
    std::string fromType; ///< the column's type on the target now (native text)
    std::string toType; ///< the mapping's type (native text for this target)
    std::string ruleId; ///< the rule that sets the type
    bool changed = false; ///< the column was changed (changeColumnTypes was set)
};

enum class ReapplyOutcome {
    Applied, ///< now in the target table; its exception row is gone
    RejectedAgain, ///< the target refused it again; its exception row has the new reason
    Failed, ///< not tried or rolled back (table missing, connection lost...): unchanged
    NotFound, ///< no such exception row (re-applied or reloaded meanwhile)
};
[[nodiscard]] const char *reapplyOutcomeName(ReapplyOutcome outcome);

struct ReapplyRowResult
{
    int64_t id = 0;
    ReapplyOutcome outcome = ReapplyOutcome::Failed;
    std::string sourceSchema;
    std::string sourceTable;
    std::string column; ///< RejectedAgain: the offending column when known
    Error error; ///< why, unless Applied
};

struct ReapplyResult
{
    std::vector<ReapplyRowResult> rows; ///< one per exception row tried, by id
    /// Mapping re-apply: column type changes made, or needed and not approved (changed false:
    /// the rows of those tables failed, ErrorAction::FixConfiguration; see ReapplyMapping).
    std::vector<ColumnTypeChange> columnChanges;

    /// Changes that were needed but not made (the user has to approve them).
    [[nodiscard]] std::vector<ColumnTypeChange> pendingChanges() const;

    [[nodiscard]] int count(ReapplyOutcome outcome) const;
    [[nodiscard]] const ReapplyRowResult *find(int64_t id) const;
};

/// Reads a page of a task's exception rows (and the per-table counts). A target without
/// control tables, or without exceptions for the task, gives an empty page.
[[nodiscard]] Result<ExceptionPage> readExceptions(const ConnectionSpec &target,
                                                   const std::string &taskName,
                                                   const ExceptionFilter &filter);
/// Same on an open session (autocommit; leaves no transaction open).
[[nodiscard]] Result<ExceptionPage> readExceptions(load::TargetSession &session,
                                                   const std::string &taskName,
                                                   const ExceptionFilter &filter);

/// Writes the listed exception rows, with their fixes, into their target tables (see the
/// class comment above). cancelled (may be null) is checked between tables: a cancel returns
/// ErrorCode::Cancelled and leaves the tables not yet done untouched (done ones stay done).
/// An Error is returned only when nothing could be tried (connection, control tables).
[[nodiscard]] Result<ReapplyResult> reapplyExceptions(const ConnectionSpec &target,
                                                      const std::string &taskName,
                                                      const ReapplyRequest &request,
                                                      const std::atomic<bool> *cancelled = nullptr);

// Row images ------------------------------------------------------------------------------

/**
 * A row of a batch as a JSON object of column -> string or null, in column order (the form of
 * the exceptions table's row_image and target_row). Values longer than maxValueBytes are cut
 * to that length (cutValues) or replaced by {"omitted": <bytes>} (otherwise). Bytes that are
 * not UTF-8 are kept exactly (load::appendJsonString), so parseRowImage gives them back.
 */
[[nodiscard]] std::string rowImageJson(const std::vector<std::string> &columns,
                                       const load::RowBatch &batch, size_t row,
                                       size_t maxValueBytes, bool cutValues);
/// Serializes an image the same way (used to store the values a re-apply tried).
[[nodiscard]] std::string rowImageJson(const RowImage &image);
/// Parses a row image; nullopt when the text is not such a JSON object.
[[nodiscard]] std::optional<RowImage> parseRowImage(std::string_view json);

} // namespace ferry::task

Q_DECLARE_METATYPE(ferry::task::ExceptionFilter)
Q_DECLARE_METATYPE(ferry::task::ExceptionPagePtr)
Q_DECLARE_METATYPE(ferry::task::ReapplyRequest)
Q_DECLARE_METATYPE(ferry::task::ReapplyResult)
