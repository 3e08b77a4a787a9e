// SPDX-License-Identifier: MIT
#include "engine/task/control_tables.h"

#include "engine/connectors/connector.h"
#include "engine/core/enum_names.h"
#include "engine/core/tr.h"
#include "engine/load/key_slicing.h"
#include "engine/task/task_clock.h"

#include <charconv>
#include <set>
#include <utility>

namespace ferry::task {

namespace {

std::optional<int64_t> parseNumber(const std::optional<std::string> &text)
{
    if (!text || text->empty())
        return std::nullopt;
    int64_t value = 0;
    const auto result = std::from_chars(text->data(), text->data() + text->size(), value);
    if (result.ec != std::errc())
        return std::nullopt;
    return value;
}

std::string textOf(const std::optional<std::string> &text) { return text ? *text : std::string(); }

/// Source and target names from four columns of a row, starting at column `first`.
ExceptionTables tablesOf(const load::TextRow &row, size_t first)
{
    return {textOf(row[first]), textOf(row[first + 1]), textOf(row[first + 2]),
            textOf(row[first + 3])};
}

/// A stored key bound (slice_status.lower_bound / upper_bound): NULL when open.
std::optional<std::string> boundText(const std::optional<load::KeyValue> &bound)
{
    if (!bound)
        return std::nullopt;
    return load::keyValueJson(*bound);
}

/// Reads a stored bound into *bound; false when the text is no key value.
bool parseBound(const std::optional<std::string> &text, std::optional<load::KeyValue> *bound)
{
    if (!text) {
        bound->reset();
        return true;
    }
    *bound = load::keyValueFromJson(*text);
    return bound->has_value();
}

std::optional<std::string> nullIfEmpty(const std::string &text)
{
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

// The control tables' columns, in portable types: text keys of bounded length (MySQL cannot
// index TEXT), BIGINT counters, times as ISO-8601 text so every engine stores them alike. The
// DDL writer of the target's dialect turns them into CREATE TABLE.

CanonicalType varchar(int64_t length)
{
    CanonicalType type;
    type.family = TypeFamily::String;
    type.length = length;
    return type;
}

CanonicalType longText()
{
    CanonicalType type;
    type.family = TypeFamily::String;
    type.isLob = true;
    return type;
}

CanonicalType integer(int byteWidth)
{
    CanonicalType type;
    type.family = TypeFamily::Integer;
    type.byteWidth = byteWidth;
    return type;
}

const CanonicalType Key = varchar(128);

ColumnDefinition column(const char *name, const CanonicalType &type, bool nullable = true,
                        const char *defaultExpression = nullptr)
{
    ColumnDefinition column;
    column.name = name;
    column.type = type;
    column.nullable = nullable;
    if (defaultExpression)
        column.defaultExpression = defaultExpression;
    return column;
}

ColumnDefinition counter(const char *name) { return column(name, integer(8), false, "0"); }

TableDefinition table(const char *name, std::vector<ColumnDefinition> columns,
                      std::vector<std::string> primaryKey = {})
{
    TableDefinition table;
    table.name = name;
    table.columns = std::move(columns);
    if (!primaryKey.empty())
        table.primaryKey = KeyConstraint {{}, std::move(primaryKey)};
    return table;
}

/// Exception and LOB truncation rows are keyed by a number the target hands out.
TableDefinition numberedTable(const convert::DdlWriter &writer, const char *name,
                              std::vector<ColumnDefinition> columns)
{
    columns.insert(columns.begin(), writer.numberedKeyColumn("id"));
    return table(name, std::move(columns), {"id"});
}

/// The control tables as Ferry creates them, under their names without schema or prefix.
std::vector<TableDefinition> controlTableDefinitions(const convert::DdlWriter &writer)
{
    const CanonicalType text = longText();
    const CanonicalType time = varchar(32);
    return {
        table("task_status",
              {column("task_name", Key, false), column("state", varchar(32), false),
               column("migration_type", varchar(32)), column("source", text),
               column("started_at", time), column("updated_at", time),
               column("foreign_keys_done", integer(4), false, "0"), column("message", text)},
              {"task_name"}),
        table("table_status",
              {column("task_name", Key, false), column("source_schema", Key, false),
               column("source_table", Key, false), column("target_schema", Key),
               column("target_table", Key), column("state", varchar(32), false),
               column("started_at", time), column("ended_at", time), column("last_error", text)},
              {"task_name", "source_schema", "source_table"}),
        table("slice_status",
              {column("task_name", Key, false), column("source_schema", Key, false),
               column("source_table", Key, false), column("slice_no", integer(4), false),
               column("lower_bound", text), column("upper_bound", text),
               column("state", varchar(16), false), counter("rows_read"), counter("rows_loaded"),
               counter("error_rows"), column("updated_at", time)},
              {"task_name", "source_schema", "source_table", "slice_no"}),
        numberedTable(writer, "exceptions",
                      {column("task_name", Key, false), column("source_schema", Key),
                       column("source_table", Key), column("target_schema", Key),
                       column("target_table", Key), column("slice_no", integer(4)),
                       column("column_name", Key), column("error", text), column("detail", text),
                       column("row_image", text), column("error_time", time),
                       column("target_row", text)}),
        numberedTable(writer, "lob_truncations",
                      {column("task_name", Key, false), column("source_schema", Key),
                       column("source_table", Key), column("slice_no", integer(4)),
                       column("column_name", Key), column("row_key", text),
                       column("original_length", integer(8), false),
                       column("kept_length", integer(8), false), column("truncated_at", time)}),
        table("history",
              {column("task_name", Key, false), column("event", varchar(64), false),
               column("event_time", time), column("detail", text)}),
        table("detached_keys",
              {column("task_name", Key, false), column("table_schema", Key, false),
               column("table_name", Key, false), column("key_name", Key, false),
               column("definition", text, false)},
              {"task_name", "table_schema", "table_name", "key_name"}),
        table("object_names",
              {column("task_name", Key, false), column("source_schema", Key),
               column("source_table", Key), column("target_schema", Key),
               column("target_table", Key), column("object_type", varchar(32), false),
               column("source_name", Key), column("target_name", Key, false),
               column("origin", varchar(32), false)}),
    };
}

Error noWriter(Dialect dialect)
{
    return Error {ErrorCode::NotSupported, ErrorAction::FailTask,
                  EngineTr::tr("%1 data sources cannot be migration targets.")
                      .arg(QString::fromLatin1(connectorFor(dialect).displayName()))
                      .toStdString()};
}

/// The rows of a query, each made into a T by `make`.
template<typename T, typename Make>
Result<std::vector<T>> rowsAs(load::TargetSession &session, const std::string &sql,
                              const load::TextRow &parameters, Make make)
{
    auto rows = session.query(sql, parameters);
    if (!rows)
        return rows.error();
    std::vector<T> result;
    result.reserve(rows->size());
    for (const load::TextRow &row : *rows)
        result.push_back(make(row));
    return result;
}

} // namespace

ControlTables::ControlTables(Dialect dialect, const std::string &controlSchema)
    : m_dialect(dialect)
    , m_schema(dialect == Dialect::Sqlite ? std::string()
                                          : (controlSchema.empty() ? "ferry_control"
                                                                   : controlSchema))
{
}

std::string ControlTables::tableName(const char *table) const
{
    if (m_dialect == Dialect::Sqlite)
        return std::string("ferry_control_") + table;
    return table;
}

std::string ControlTables::name(const char *table) const
{
    return quoteQualified(m_dialect, m_schema, tableName(table));
}

const convert::DdlWriter *ControlTables::writer() const
{
    return connectorFor(m_dialect).ddlWriter();
}

TableDefinition ControlTables::placed(TableDefinition table) const
{
    table.schema = m_schema;
    table.name = tableName(table.name.c_str());
    return table;
}

TableDefinition ControlTables::definition(const char *table) const
{
    if (const convert::DdlWriter *ddl = writer()) {
        for (TableDefinition &definition : controlTableDefinitions(*ddl)) {
            if (definition.name == table)
                return placed(std::move(definition));
        }
    }
    return {};
}

Result<void> ControlTables::ensure(load::TargetSession &session) const
{
    const convert::DdlWriter *ddl = writer();
    if (!ddl)
        return noWriter(m_dialect);
    if (!m_schema.empty()) {
        if (auto created = session.createSchema(m_schema); !created)
            return created;
    }
    convert::CreateTableOptions options;
    options.ifNotExists = true;
    for (const TableDefinition &table : controlTableDefinitions(*ddl)) {
        for (const std::string &statement :
             ddl->createTable(placed(table), options, nullptr)) {
            if (auto done = session.execute(statement); !done)
                return done;
        }
    }
    if (auto upgraded = upgradeExceptions(session); !upgraded)
        return upgraded;
    return upgradeSliceStatus(session);
}

Result<std::set<std::string>> ControlTables::columnsOf(load::TargetSession &session,
                                                       const char *table) const
{
    const std::string stored = tableName(table);
    auto rows = m_dialect == Dialect::Sqlite
                    ? session.query("SELECT name FROM pragma_table_info(?)", {stored})
                    : session.query("SELECT column_name FROM information_schema.columns "
                                    "WHERE table_schema = ? AND table_name = ?",
                                    {m_schema, stored});
    if (!rows)
        return rows.error();
    std::set<std::string> columns;
    for (const load::TextRow &row : *rows)
        columns.insert(textOf(row[0]));
    return columns;
}

Result<void> ControlTables::upgradeExceptions(load::TargetSession &session) const
{
    // Tables created before exception rows had a key and the row as written to the target.
    const convert::DdlWriter *ddl = writer();
    if (!ddl)
        return noWriter(m_dialect);
    auto columns = columnsOf(session, "exceptions");
    if (!columns)
        return columns.error();
    const bool hasId = m_dialect == Dialect::Sqlite || columns->count("id"); // SQLite: rowid
    const TableDefinition exceptions = definition("exceptions");
    if (!columns->count("target_row")) {
        if (auto added
            = session.execute(ddl->addColumn(exceptions, *exceptions.column("target_row")));
            !added)
            return added;
    }
    if (!hasId) {
        // Both engines number the existing rows while adding the column.
        if (auto added = session.execute(ddl->addColumn(exceptions, *exceptions.column("id")));
            !added)
            return added;
    }
    return {};
}

Result<void> ControlTables::upgradeSliceStatus(load::TargetSession &session) const
{
    // Before issue #12 a slice's bounds were one integer key: BIGINT lower_key / upper_key.
    const convert::DdlWriter *ddl = writer();
    if (!ddl)
        return noWriter(m_dialect);
    auto columns = columnsOf(session, "slice_status");
    if (!columns)
        return columns.error();
    const bool oldLower = columns->count("lower_key") > 0;
    const bool oldUpper = columns->count("upper_key") > 0;
    if (!oldLower && !oldUpper)
        return {};
    const TableDefinition slices = definition("slice_status");
    for (const char *column : {"lower_bound", "upper_bound"}) {
        if (columns->count(column))
            continue;
        if (auto added = session.execute(ddl->addColumn(slices, *slices.column(column))); !added)
            return added;
    }
    // Both old columns still there: the rows are not converted yet (or not all: each step can
    // run again). The columns go only once every row is converted.
    if (oldLower && oldUpper) {
        if (auto converted = convertIntegerBounds(session); !converted)
            return converted;
    }
    for (const auto &[present, column] : {std::pair {oldLower, "lower_key"},
                                          std::pair {oldUpper, "upper_key"}}) {
        if (!present)
            continue;
        if (auto dropped = session.execute(ddl->dropColumn(m_schema, tableName("slice_status"),
                                                           column));
            !dropped)
            return dropped;
    }
    return {};
}

Result<void> ControlTables::convertIntegerBounds(load::TargetSession &session) const
{
    auto rows = session.query("SELECT task_name, source_schema, source_table, slice_no, "
                              "lower_key, upper_key FROM "
                              + name("slice_status")
                              + " WHERE lower_key IS NOT NULL OR upper_key IS NOT NULL");
    if (!rows)
        return rows.error();
    const auto asBound = [](const std::optional<std::string> &key) -> std::optional<std::string> {
        if (!key)
            return std::nullopt;
        return load::keyValueJson(load::KeyValue {*key});
    };
    for (const load::TextRow &row : *rows) {
        if (auto updated = session.execute(
                "UPDATE " + name("slice_status")
                    + " SET lower_bound = ?, upper_bound = ? WHERE task_name = ? AND "
                      "source_schema = ? AND source_table = ? AND slice_no = ?",
                {asBound(row[4]), asBound(row[5]), row[0], row[1], row[2], row[3]});
            !updated)
            return updated;
    }
    return {};
}

namespace {

/// A kept table's "loading" state (TargetTablePrepMode keeps it): one stored word, so that
/// control tables written by earlier versions read the same.
constexpr const char *LoadingExisting = "loading-existing";

StoredTaskState taskStateOf(const std::string &text)
{
    for (StoredTaskState s : {StoredTaskState::Running, StoredTaskState::Stopped,
                              StoredTaskState::Failed, StoredTaskState::LoadComplete}) {
        if (text == storedStateName(s))
            return s;
    }
    return StoredTaskState::Failed; // unknown: treated as not finished cleanly
}

StoredTableState tableStateOf(const std::string &text)
{
    if (text == LoadingExisting)
        return StoredTableState::Loading;
    for (StoredTableState s : {StoredTableState::Queued, StoredTableState::Loading,
                               StoredTableState::Indexing, StoredTableState::Completed,
                               StoredTableState::Error}) {
        if (text == storedStateName(s))
            return s;
    }
    return StoredTableState::Error; // unknown: the table starts over
}

} // namespace

constexpr const char *StoredTaskStateNames[] = {"running", "stopped", "failed", "load-complete"};
static_assert(namesEvery(StoredTaskStateNames, StoredTaskState::LoadComplete));

const char *storedStateName(StoredTaskState state) { return nameOf(StoredTaskStateNames, state); }

constexpr const char *StoredTableStateNames[]
    = {"queued", "loading", "indexing", "completed", "error"};
static_assert(namesEvery(StoredTableStateNames, StoredTableState::Error));

const char *storedStateName(StoredTableState state) { return nameOf(StoredTableStateNames, state); }

const char *storedStateName(StoredSliceState state)
{
    return state == StoredSliceState::Completed ? "completed" : "pending";
}

std::string ControlTables::exceptionKey() const
{
    return m_dialect == Dialect::Sqlite ? "rowid" : "id";
}

Result<std::optional<ControlTables::TaskRow>> ControlTables::task(load::TargetSession &session,
                                                                  const std::string &taskName) const
{
    auto rows = session.query("SELECT state, foreign_keys_done FROM " + name("task_status")
                                  + " WHERE task_name = ?",
                              {taskName});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<TaskRow>();
    TaskRow row;
    row.state = taskStateOf(textOf((*rows)[0][0]));
    row.foreignKeysDone = parseNumber((*rows)[0][1]).value_or(0) != 0;
    return std::optional<TaskRow>(row);
}

Result<void> ControlTables::resetTask(load::TargetSession &session, const std::string &taskName,
                                      const std::string &migrationType,
                                      const std::string &source) const
{
    for (const char *table :
         {"task_status", "table_status", "slice_status", "exceptions", "lob_truncations"}) {
        if (auto done = session.execute("DELETE FROM " + name(table) + " WHERE task_name = ?",
                                        {taskName});
            !done)
            return done;
    }
    const std::string now = isoTime(nowMs());
    return session.execute("INSERT INTO " + name("task_status")
                               + " (task_name, state, migration_type, source, started_at, "
                                 "updated_at, foreign_keys_done) VALUES (?, ?, ?, ?, ?, ?, 0)",
                           {taskName, std::string(storedStateName(StoredTaskState::Running)),
                            migrationType, source, now, now});
}

Result<void> ControlTables::setTaskState(load::TargetSession &session, const std::string &taskName,
                                         StoredTaskState state,
                                         const std::string &message) const
{
    return session.execute("UPDATE " + name("task_status")
                               + " SET state = ?, updated_at = ?, message = ? WHERE task_name = ?",
                           {std::string(storedStateName(state)), isoTime(nowMs()), message,
                            taskName});
}

Result<void> ControlTables::setForeignKeysDone(load::TargetSession &session,
                                               const std::string &taskName) const
{
    return session.execute("UPDATE " + name("task_status")
                               + " SET foreign_keys_done = 1, updated_at = ? WHERE task_name = ?",
                           {isoTime(nowMs()), taskName});
}

Result<void> ControlTables::addTable(load::TargetSession &session, const std::string &taskName,
                                     const std::string &sourceSchema,
                                     const std::string &sourceTable,
                                     const std::string &targetSchema,
                                     const std::string &targetTable,
                                     const std::vector<SliceRow> &slices) const
{
    if (auto done = session.execute(
            "INSERT INTO " + name("table_status")
                + " (task_name, source_schema, source_table, target_schema, target_table, state)"
                  " VALUES (?, ?, ?, ?, ?, 'queued')",
            {taskName, sourceSchema, sourceTable, targetSchema, targetTable});
        !done)
        return done;
    for (const SliceRow &slice : slices) {
        if (auto done = session.execute(
                "INSERT INTO " + name("slice_status")
                    + " (task_name, source_schema, source_table, slice_no, lower_bound,"
                      " upper_bound, state) VALUES (?, ?, ?, ?, ?, ?, 'pending')",
                {taskName, sourceSchema, sourceTable, std::to_string(slice.number),
                 boundText(slice.lower), boundText(slice.upper)});
            !done)
            return done;
    }
    return {};
}

namespace {

/// A slice_status row from `row`, its columns from `first` on: slice_no, lower_bound,
/// upper_bound, state, rows_read, rows_loaded, error_rows.
ControlTables::SliceRow sliceRowOf(const load::TextRow &row, size_t first)
{
    ControlTables::SliceRow slice;
    slice.number = static_cast<int>(parseNumber(row[first]).value_or(0));
    slice.boundsReadable
        = parseBound(row[first + 1], &slice.lower) && parseBound(row[first + 2], &slice.upper);
    slice.state = textOf(row[first + 3]) == storedStateName(StoredSliceState::Completed)
                      ? StoredSliceState::Completed
                      : StoredSliceState::Pending;
    slice.rowsRead = parseNumber(row[first + 4]).value_or(0);
    slice.rowsLoaded = parseNumber(row[first + 5]).value_or(0);
    slice.errorRows = parseNumber(row[first + 6]).value_or(0);
    return slice;
}

} // namespace

Result<std::optional<ControlTables::SliceRow>> ControlTables::slice(
    load::TargetSession &session, const std::string &taskName, const std::string &sourceSchema,
    const std::string &sourceTable, int number) const
{
    auto rows = session.query("SELECT slice_no, lower_bound, upper_bound, state, rows_read, "
                              "rows_loaded, error_rows FROM "
                                  + name("slice_status")
                                  + " WHERE task_name = ? AND source_schema = ? AND "
                                    "source_table = ? AND slice_no = ?",
                              {taskName, sourceSchema, sourceTable, std::to_string(number)});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<SliceRow>();
    return std::optional<SliceRow>(sliceRowOf(rows->front(), 0));
}

Result<std::vector<ControlTables::TableRow>> ControlTables::tables(
    load::TargetSession &session, const std::string &taskName) const
{
    auto tableRows = session.query(
        "SELECT source_schema, source_table, state, last_error, started_at, ended_at FROM "
            + name("table_status") + " WHERE task_name = ?",
        {taskName});
    if (!tableRows)
        return tableRows.error();
    auto sliceRows = session.query(
        "SELECT source_schema, source_table, slice_no, lower_bound, upper_bound, state, "
        "rows_read, rows_loaded, error_rows FROM "
            + name("slice_status") + " WHERE task_name = ? ORDER BY slice_no",
        {taskName});
    if (!sliceRows)
        return sliceRows.error();
    std::vector<TableRow> result;
    for (const load::TextRow &row : *tableRows) {
        TableRow table;
        table.sourceSchema = textOf(row[0]);
        table.sourceTable = textOf(row[1]);
        table.state = tableStateOf(textOf(row[2]));
        table.keptExisting = textOf(row[2]) == LoadingExisting;
        table.lastError = textOf(row[3]);
        table.startedMs = parseIsoTime(textOf(row[4]));
        table.endedMs = parseIsoTime(textOf(row[5]));
        for (const load::TextRow &s : *sliceRows) {
            if (textOf(s[0]) != table.sourceSchema || textOf(s[1]) != table.sourceTable)
                continue;
            table.slices.push_back(sliceRowOf(s, 2));
        }
        result.push_back(std::move(table));
    }
    return result;
}

Result<void> ControlTables::setTableState(load::TargetSession &session,
                                          const std::string &taskName,
                                          const std::string &sourceSchema,
                                          const std::string &sourceTable, StoredTableState state,
                                          const std::string &lastError,
                                          std::optional<int64_t> startedMs) const
{
    const std::string now = isoTime(nowMs());
    std::string sql = "UPDATE " + name("table_status") + " SET state = ?, last_error = ?";
    load::TextRow parameters{std::string(storedStateName(state)),
                             lastError.empty() ? std::nullopt
                                               : std::optional<std::string>(lastError)};
    if (state == StoredTableState::Loading) {
        sql += ", started_at = COALESCE(started_at, ?)";
        parameters.push_back(now);
    } else if (state == StoredTableState::Completed || state == StoredTableState::Error) {
        sql += ", ended_at = ?";
        parameters.push_back(now);
        if (startedMs && *startedMs > 0) {
            sql += ", started_at = ?";
            parameters.push_back(isoTime(*startedMs));
        }
    }
    sql += " WHERE task_name = ? AND source_schema = ? AND source_table = ?";
    parameters.push_back(taskName);
    parameters.push_back(sourceSchema);
    parameters.push_back(sourceTable);
    return session.execute(sql, parameters);
}

Result<void> ControlTables::setTableLoading(load::TargetSession &session,
                                            const std::string &taskName,
                                            const std::string &sourceSchema,
                                            const std::string &sourceTable,
                                            bool keptExisting) const
{
    return session.execute(
        "UPDATE " + name("table_status")
            + " SET state = ?, last_error = NULL, started_at = COALESCE(started_at, ?) "
              "WHERE task_name = ? AND source_schema = ? AND source_table = ?",
        {std::string(keptExisting ? LoadingExisting
                                  : storedStateName(StoredTableState::Loading)),
         isoTime(nowMs()), taskName, sourceSchema, sourceTable});
}

Result<void> ControlTables::forgetTable(load::TargetSession &session, const std::string &taskName,
                                        const std::string &sourceSchema,
                                        const std::string &sourceTable) const
{
    for (const char *table : {"table_status", "slice_status", "exceptions", "lob_truncations"}) {
        if (auto done = session.execute("DELETE FROM " + name(table)
                                            + " WHERE task_name = ? AND source_schema = ? AND "
                                              "source_table = ?",
                                        {taskName, sourceSchema, sourceTable});
            !done)
            return done;
    }
    return {};
}

Result<void> ControlTables::completeSlice(load::TargetSession &session,
                                          const std::string &taskName,
                                          const std::string &sourceSchema,
                                          const std::string &sourceTable,
                                          const SliceRow &slice) const
{
    return session.execute(
        "UPDATE " + name("slice_status")
            + " SET state = 'completed', rows_read = ?, rows_loaded = ?, error_rows = ?, "
              "updated_at = ? WHERE task_name = ? AND source_schema = ? AND source_table = ? "
              "AND slice_no = ?",
        {std::to_string(slice.rowsRead), std::to_string(slice.rowsLoaded),
         std::to_string(slice.errorRows), isoTime(nowMs()), taskName, sourceSchema, sourceTable,
         std::to_string(slice.number)});
}

Result<void> ControlTables::addException(load::TargetSession &session,
                                         const std::string &taskName,
                                         const ExceptionRow &row) const
{
    return session.execute(
        "INSERT INTO " + name("exceptions")
            + " (task_name, source_schema, source_table, target_schema, target_table, slice_no,"
              " column_name, error, detail, row_image, error_time, target_row)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {taskName, row.sourceSchema, row.sourceTable, row.targetSchema, row.targetTable,
         std::to_string(row.slice),
         row.column.empty() ? std::nullopt : std::optional<std::string>(row.column), row.error,
         row.detail, row.rowImage, isoTime(nowMs()), nullIfEmpty(row.targetRow)});
}

Result<void> ControlTables::clearSliceRows(load::TargetSession &session, const char *table,
                                           const std::string &taskName,
                                           const std::string &sourceSchema,
                                           const std::string &sourceTable, int slice) const
{
    return session.execute("DELETE FROM " + name(table)
                               + " WHERE task_name = ? AND source_schema = ? AND source_table = ?"
                                 " AND slice_no = ?",
                           {taskName, sourceSchema, sourceTable, std::to_string(slice)});
}

Result<void> ControlTables::clearSliceExceptions(load::TargetSession &session,
                                                 const std::string &taskName,
                                                 const std::string &sourceSchema,
                                                 const std::string &sourceTable,
                                                 int slice) const
{
    return clearSliceRows(session, "exceptions", taskName, sourceSchema, sourceTable, slice);
}

Result<std::vector<ControlTables::StoredException>> ControlTables::exceptions(
    load::TargetSession &session, const std::string &taskName,
    const ExceptionSelection &selection) const
{
    const std::string key = exceptionKey();
    std::string sql = "SELECT " + key
                      + ", source_schema, source_table, target_schema, target_table, slice_no, "
                        "column_name, error, detail, row_image, target_row, error_time FROM "
                      + name("exceptions") + " WHERE task_name = ?";
    load::TextRow parameters{taskName};
    if (!selection.sourceTable.empty()) {
        sql += " AND source_schema = ? AND source_table = ?";
        parameters.push_back(selection.sourceSchema);
        parameters.push_back(selection.sourceTable);
    }
    if (!selection.ids.empty()) {
        sql += " AND " + key + " IN (";
        for (size_t i = 0; i < selection.ids.size(); ++i) {
            sql += i ? ", ?" : "?";
            parameters.push_back(std::to_string(selection.ids[i]));
        }
        sql += ")";
    }
    if (selection.afterId > 0) {
        sql += " AND " + key + " > ?";
        parameters.push_back(std::to_string(selection.afterId));
    }
    sql += " ORDER BY " + key;
    if (selection.limit > 0) {
        sql += " LIMIT ?";
        parameters.push_back(std::to_string(selection.limit));
    }
    return rowsAs<StoredException>(session, sql, parameters, [](const load::TextRow &row) {
        StoredException stored;
        stored.id = parseNumber(row[0]).value_or(0);
        static_cast<ExceptionTables &>(stored) = tablesOf(row, 1);
        stored.slice = static_cast<int>(parseNumber(row[5]).value_or(0));
        stored.column = textOf(row[6]);
        stored.error = textOf(row[7]);
        stored.detail = textOf(row[8]);
        stored.rowImage = textOf(row[9]);
        stored.targetRow = textOf(row[10]);
        stored.errorTime = textOf(row[11]);
        return stored;
    });
}

Result<std::vector<ExceptionTable>>
ControlTables::exceptionCounts(load::TargetSession &session, const std::string &taskName) const
{
    const std::string sql = "SELECT source_schema, source_table, target_schema, target_table, "
                            "COUNT(*) FROM "
        + name("exceptions")
        + " WHERE task_name = ? GROUP BY source_schema, source_table, target_schema, "
          "target_table ORDER BY source_schema, source_table";
    return rowsAs<ExceptionTable>(session, sql, {taskName}, [](const load::TextRow &row) {
        ExceptionTable count;
        static_cast<ExceptionTables &>(count) = tablesOf(row, 0);
        count.rows = parseNumber(row[4]).value_or(0);
        return count;
    });
}

Result<void> ControlTables::resolveException(load::TargetSession &session,
                                             const std::string &taskName,
                                             const StoredException &row) const
{
    if (auto deleted = session.execute("DELETE FROM " + name("exceptions") + " WHERE task_name = ?"
                                           " AND " + exceptionKey() + " = ?",
                                       {taskName, std::to_string(row.id)});
        !deleted)
        return deleted;
    return session.execute(
        "UPDATE " + name("slice_status")
            + " SET rows_loaded = rows_loaded + 1, error_rows = error_rows - 1, updated_at = ? "
              "WHERE task_name = ? AND source_schema = ? AND source_table = ? AND slice_no = ? "
              "AND error_rows > 0",
        {isoTime(nowMs()), taskName, row.sourceSchema, row.sourceTable,
         std::to_string(row.slice)});
}

Result<void> ControlTables::updateException(load::TargetSession &session,
                                            const std::string &taskName,
                                            const StoredException &row) const
{
    return session.execute("UPDATE " + name("exceptions")
                               + " SET column_name = ?, error = ?, detail = ?, target_row = ?, "
                                 "error_time = ? WHERE task_name = ? AND "
                               + exceptionKey() + " = ?",
                           {nullIfEmpty(row.column), row.error, row.detail,
                            nullIfEmpty(row.targetRow), isoTime(nowMs()), taskName,
                            std::to_string(row.id)});
}

Result<void> ControlTables::clearSliceLobTruncations(load::TargetSession &session,
                                                     const std::string &taskName,
                                                     const std::string &sourceSchema,
                                                     const std::string &sourceTable,
                                                     int slice) const
{
    return clearSliceRows(session, "lob_truncations", taskName, sourceSchema, sourceTable, slice);
}

Result<void> ControlTables::addLobTruncation(load::TargetSession &session,
                                             const std::string &taskName,
                                             const LobTruncationRow &row) const
{
    return session.execute(
        "INSERT INTO " + name("lob_truncations")
            + " (task_name, source_schema, source_table, slice_no, column_name, row_key,"
              " original_length, kept_length, truncated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {taskName, row.sourceSchema, row.sourceTable, std::to_string(row.slice), row.column,
         row.rowKey, std::to_string(row.originalBytes), std::to_string(row.keptBytes),
         isoTime(nowMs())});
}

Result<std::vector<ControlTables::LobTruncationCount>> ControlTables::lobTruncationCounts(
    load::TargetSession &session, const std::string &taskName) const
{
    const std::string sql = "SELECT source_schema, source_table, slice_no, COUNT(*) FROM "
        + name("lob_truncations")
        + " WHERE task_name = ? GROUP BY source_schema, source_table, slice_no";
    return rowsAs<LobTruncationCount>(session, sql, {taskName}, [](const load::TextRow &row) {
        LobTruncationCount count;
        count.sourceSchema = textOf(row[0]);
        count.sourceTable = textOf(row[1]);
        count.slice = static_cast<int>(parseNumber(row[2]).value_or(0));
        count.values = parseNumber(row[3]).value_or(0);
        return count;
    });
}

Result<void> ControlTables::addHistory(load::TargetSession &session, const std::string &taskName,
                                       const std::string &event, const std::string &detail) const
{
    return session.execute("INSERT INTO " + name("history")
                               + " (task_name, event, event_time, detail) VALUES (?, ?, ?, ?)",
                           {taskName, event, isoTime(nowMs()), detail});
}

Result<void> ControlTables::recordObjectNames(load::TargetSession &session,
                                              const std::string &taskName,
                                              const std::vector<mapping::TablePlan> &tables) const
{
    if (auto done = session.execute("DELETE FROM " + name("object_names") + " WHERE task_name = ?",
                                    {taskName});
        !done)
        return done;
    const std::string insert = "INSERT INTO " + name("object_names")
        + " (task_name, source_schema, source_table, target_schema, target_table, object_type, "
          "source_name, target_name, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    for (const mapping::TablePlan &table : tables) {
        for (const mapping::ObjectName &object : table.objectNames) {
            const char *origin = "source";
            switch (object.origin) {
            case mapping::NameOrigin::Source: origin = "source"; break;
            case mapping::NameOrigin::Generated: origin = "generated"; break;
            case mapping::NameOrigin::TablePrefixed: origin = "table-prefixed"; break;
            case mapping::NameOrigin::Numbered: origin = "numbered"; break;
            }
            const std::string originText
                = std::string(origin) + (object.shortened ? ",shortened" : "");
            if (auto done = session.execute(
                    insert, {taskName, table.sourceSchema, table.sourceTable, table.target.schema,
                             table.target.name, std::string(mapping::objectKindName(object.kind)),
                             nullIfEmpty(object.sourceName), object.targetName, originText});
                !done)
                return done;
        }
    }
    return {};
}

Result<void> ControlTables::addDetachedKey(load::TargetSession &session,
                                           const std::string &taskName,
                                           const DetachedKey &key) const
{
    if (auto removed = removeDetachedKey(session, taskName, key); !removed)
        return removed;
    return session.execute("INSERT INTO " + name("detached_keys")
                               + " (task_name, table_schema, table_name, key_name, definition) "
                                 "VALUES (?, ?, ?, ?, ?)",
                           {taskName, key.schema, key.table, key.name, key.definition});
}

Result<std::vector<ControlTables::DetachedKey>> ControlTables::detachedKeys(
    load::TargetSession &session, const std::string &taskName) const
{
    const std::string sql = "SELECT table_schema, table_name, key_name, definition FROM "
        + name("detached_keys")
        + " WHERE task_name = ? ORDER BY table_schema, table_name, key_name";
    return rowsAs<DetachedKey>(session, sql, {taskName}, [](const load::TextRow &row) {
        return DetachedKey {textOf(row[0]), textOf(row[1]), textOf(row[2]), textOf(row[3])};
    });
}

Result<void> ControlTables::removeDetachedKey(load::TargetSession &session,
                                              const std::string &taskName,
                                              const DetachedKey &key) const
{
    return session.execute("DELETE FROM " + name("detached_keys")
                               + " WHERE task_name = ? AND table_schema = ? AND table_name = ? "
                                 "AND key_name = ?",
                           {taskName, key.schema, key.table, key.name});
}

std::string controlSchemaOf(const project::TaskSettings &settings)
{
    const project::Value *value = settings.find("ControlTablesSettings", "ControlSchema");
    return value ? value->text() : std::string();
}

} // namespace ferry::task
