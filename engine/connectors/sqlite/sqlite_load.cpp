// SPDX-License-Identifier: MIT
#include "engine/connectors/sqlite/sqlite_load_common.h"

#include "engine/core/dialect.h"
#include "engine/core/tr.h"
#include "engine/load/canonical_text.h"
#include "engine/load/where_clause.h"

#include <sqlite3.h>

#include <charconv>

namespace ferry::sqlite::detail {

namespace {

std::string quoted(std::string_view identifier)
{
    return quoteIdentifier(Dialect::Sqlite, identifier);
}

const load::ReadColumn *findColumn(const std::vector<load::ReadColumn> &columns,
                                   std::string_view name)
{
    for (const auto &column : columns) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

/// The value of a filter condition as it is bound for a column of the given type.
BoundValue filterValue(const std::string &text, const load::ReadColumn *column)
{
    BoundValue value;
    if (column && column->type.family == TypeFamily::Integer) {
        int64_t number = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
        if (error == std::errc() && end == text.data() + text.size()) {
            value.integer = number;
            return value;
        }
    } else if (column && column->type.family == TypeFamily::Boolean) {
        if (const auto flag = load::parseBoolean(text)) {
            value.integer = *flag ? 1 : 0;
            return value;
        }
    }
    value.text = text;
    return value;
}

/// What the load does about a failed statement, by its primary result code.
ErrorAction actionForCode(int primary)
{
    switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorAction::Retry;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
        return ErrorAction::RejectRow;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CORRUPT:
    case SQLITE_NOMEM:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_NOTADB:
        return ErrorAction::FailTask;
    default:
        return ErrorAction::FailTable;
    }
}

} // namespace

std::string qualifiedName(std::string_view schema, std::string_view table)
{
    return quoteQualified(Dialect::Sqlite, schema, table);
}

Error statementError(sqlite3 *db, int code, const QString &message, const std::string &location)
{
    Error error;
    error.message = message.toStdString();
    error.location = location;
    const char *text = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    error.detail = std::string(text ? text : "") + " (SQLite error " + std::to_string(code) + ")";
    error.code = ErrorCode::QueryFailed;
    const int primary = code & 0xFF;
    if (primary == SQLITE_INTERRUPT) {
        Error cancelled = cancelledError(location);
        cancelled.detail = std::move(error.detail);
        return cancelled;
    }
    error.action = actionForCode(primary);
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
        error.hint = EngineTr::tr("Another connection holds a lock on the SQLite database; "
                                  "the load retries.")
                         .toStdString();
    } else if (primary == SQLITE_FULL) {
        error.hint = EngineTr::tr("Free space on the file system that holds the SQLite "
                                  "database.")
                         .toStdString();
    }
    return error;
}

std::string whereClause(const std::vector<load::ColumnFilter> &filters,
                        const std::optional<load::KeyRange> &range,
                        const std::vector<load::ReadColumn> &columns,
                        std::vector<BoundValue> *values)
{
    load::ConditionStyle style;
    style.quote = quoted;
    // Row values came with SQLite 3.15 (and use the index); older libraries get them expanded.
    style.rowValues = sqlite3_libversion_number() >= 3015000;
    const load::SqlCondition condition = load::buildCondition(filters, range, style);
    for (const load::ConditionValue &value : condition.values) {
        if (value.isKey) {
            load::ReadColumn key;
            key.type = value.keyType;
            values->push_back(filterValue(value.text, &key));
        } else {
            values->push_back(filterValue(value.text, findColumn(columns, value.column)));
        }
    }
    return condition.where();
}

void bindValues(sqlite3_stmt *statement, const std::vector<BoundValue> &values)
{
    for (size_t i = 0; i < values.size(); ++i) {
        const int index = int(i) + 1;
        if (values[i].text)
            sqlite3_bind_text(statement, index, values[i].text->data(), int(values[i].text->size()),
                              SQLITE_TRANSIENT);
        else
            sqlite3_bind_int64(statement, index, values[i].integer);
    }
}

} // namespace ferry::sqlite::detail
