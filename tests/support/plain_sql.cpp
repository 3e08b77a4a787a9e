// SPDX-License-Identifier: MIT
#include "tests/support/plain_sql.h"

#include <libpq-fe.h>
#include <mysql.h>
#include <sqlite3.h>

#include <charconv>
#include <cstring>

namespace ferry::test {

namespace {

/// Calls `parameter(index)` for each `?` of sql that is outside quotes and comments and
/// `text(begin, end)` for the text between them. Knows '...' (with '' and, where
/// `backslashEscapes` or after E, \'), "..." and `...` quoting, -- and /* */ comments.
void splitAtParameters(const std::string &sql, bool backslashEscapes,
                       const std::function<void(size_t, size_t)> &text,
                       const std::function<void(size_t)> &parameter)
{
    size_t start = 0;
    size_t index = 0;
    size_t i = 0;
    while (i < sql.size()) {
        const char c = sql[i];
        if (c == '\'' || c == '"' || c == '`') {
            const bool escapes = c == '\''
                && (backslashEscapes || (i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e')));
            for (++i; i < sql.size(); ++i) {
                if (escapes && sql[i] == '\\') {
                    ++i;
                } else if (sql[i] == c) {
                    if (i + 1 < sql.size() && sql[i + 1] == c)
                        ++i;
                    else
                        break;
                }
            }
            ++i;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            i = sql.find('\n', i);
            i = i == std::string::npos ? sql.size() : i + 1;
        } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
            i = sql.find("*/", i + 2);
            i = i == std::string::npos ? sql.size() : i + 2;
        } else if (c == '?') {
            text(start, i);
            parameter(index++);
            start = ++i;
        } else {
            ++i;
        }
    }
    text(start, sql.size());
}

std::string shortestDouble(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

} // namespace

struct PlainSql::Private
{
    Dialect dialect = Dialect::Sqlite;
    std::string error;
    PGconn *pg = nullptr;
    MYSQL *my = nullptr;
    sqlite3 *lite = nullptr;

    ~Private()
    {
        if (pg)
            PQfinish(pg);
        if (my)
            mysql_close(my);
        if (lite)
            sqlite3_close_v2(lite);
    }

    void openPostgres(const ConnectionSpec &spec)
    {
        const std::string port = std::to_string(spec.port);
        const char *keys[]
            = {"host", "port", "dbname", "user", "password", "application_name", nullptr};
        const char *values[] = {spec.host.c_str(),
                                port.c_str(),
                                spec.database.c_str(),
                                spec.user.c_str(),
                                spec.password.reveal().c_str(),
                                "ferry-tests-plain-sql",
                                nullptr};
        pg = PQconnectdbParams(keys, values, 0);
        if (PQstatus(pg) != CONNECTION_OK) {
            error = PQerrorMessage(pg);
            PQfinish(pg);
            pg = nullptr;
            return;
        }
        PGresult *set = PQexec(pg, "SET TIME ZONE 'UTC'");
        if (PQresultStatus(set) != PGRES_COMMAND_OK) {
            error = PQerrorMessage(pg);
            PQfinish(pg);
            pg = nullptr;
        }
        PQclear(set);
    }

    void openMySql(const ConnectionSpec &spec)
    {
        my = mysql_init(nullptr);
        if (!mysql_real_connect(my, spec.host.c_str(), spec.user.c_str(),
                                spec.password.reveal().c_str(),
                                spec.database.empty() ? nullptr : spec.database.c_str(),
                                unsigned(spec.port), nullptr, 0)
            || mysql_set_character_set(my, "utf8mb4") != 0
            || mysql_query(my, "SET time_zone = '+00:00'") != 0) {
            error = mysql_error(my);
            mysql_close(my);
            my = nullptr;
        }
    }

    void openSqlite(const ConnectionSpec &spec)
    {
        // Never creates the file: a check must not find a database Ferry did not write.
        if (sqlite3_open_v2(spec.path.c_str(), &lite, SQLITE_OPEN_READWRITE, nullptr)
            != SQLITE_OK) {
            error = lite ? sqlite3_errmsg(lite) : "out of memory";
            sqlite3_close_v2(lite);
            lite = nullptr;
            return;
        }
        sqlite3_busy_timeout(lite, 10'000);
    }

    bool postgres(const std::string &sql, const SqlRow &parameters,
                  const std::function<void(const SqlRow &)> &row)
    {
        std::string numbered = parameters.empty() ? sql : std::string();
        if (!parameters.empty())
            splitAtParameters(
                sql, false,
                [&](size_t begin, size_t end) { numbered.append(sql, begin, end - begin); },
                [&](size_t index) { numbered += '$' + std::to_string(index + 1); });
        std::vector<const char *> values;
        for (const auto &parameter : parameters)
            values.push_back(parameter ? parameter->c_str() : nullptr);
        const bool sent = parameters.empty()
            ? PQsendQuery(pg, numbered.c_str())
            : PQsendQueryParams(pg, numbered.c_str(), int(values.size()), nullptr, values.data(),
                                nullptr, nullptr, 0);
        if (!sent) {
            error = PQerrorMessage(pg);
            return false;
        }
        PQsetSingleRowMode(pg);
        bool ok = true;
        while (PGresult *result = PQgetResult(pg)) {
            const ExecStatusType status = PQresultStatus(result);
            if (status == PGRES_SINGLE_TUPLE) {
                SqlRow cells(size_t(PQnfields(result)));
                for (int column = 0; column < PQnfields(result); ++column) {
                    if (!PQgetisnull(result, 0, column))
                        cells[size_t(column)].emplace(PQgetvalue(result, 0, column),
                                                      size_t(PQgetlength(result, 0, column)));
                }
                row(cells);
            } else if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
                if (ok)
                    error = PQresultErrorMessage(result);
                ok = false;
            }
            PQclear(result);
        }
        return ok;
    }

    bool mysql(const std::string &sql, const SqlRow &parameters,
               const std::function<void(const SqlRow &)> &row)
    {
        std::string literal = parameters.empty() ? sql : std::string();
        if (!parameters.empty())
            splitAtParameters(
                sql, true,
                [&](size_t begin, size_t end) { literal.append(sql, begin, end - begin); },
                [&](size_t index) {
                    if (index >= parameters.size() || !parameters[index]) {
                        literal += "NULL";
                        return;
                    }
                    const std::string &value = *parameters[index];
                    std::string escaped(value.size() * 2 + 1, '\0');
                    escaped.resize(
                        mysql_real_escape_string(my, escaped.data(), value.data(), value.size()));
                    literal += '\'';
                    literal += escaped;
                    literal += '\'';
                });
        if (mysql_real_query(my, literal.data(), literal.size()) != 0) {
            error = mysql_error(my);
            return false;
        }
        MYSQL_RES *result = mysql_use_result(my);
        if (!result) {
            if (mysql_field_count(my) == 0)
                return true;
            error = mysql_error(my);
            return false;
        }
        const unsigned int fields = mysql_num_fields(result);
        while (MYSQL_ROW fetched = mysql_fetch_row(result)) {
            const unsigned long *lengths = mysql_fetch_lengths(result);
            SqlRow values(fields);
            for (unsigned int column = 0; column < fields; ++column) {
                if (fetched[column])
                    values[column].emplace(fetched[column], lengths[column]);
            }
            row(values);
        }
        const bool ok = mysql_errno(my) == 0;
        if (!ok)
            error = mysql_error(my);
        mysql_free_result(result);
        return ok;
    }

    bool sqlite(const std::string &sql, const SqlRow &parameters,
                const std::function<void(const SqlRow &)> &row)
    {
        const char *next = sql.c_str();
        const char *end = next + sql.size();
        size_t bound = 0;
        while (next < end) {
            sqlite3_stmt *statement = nullptr;
            if (sqlite3_prepare_v2(lite, next, int(end - next), &statement, &next) != SQLITE_OK) {
                error = sqlite3_errmsg(lite);
                return false;
            }
            if (!statement)
                continue; // trailing whitespace or a comment
            for (int i = 1; i <= sqlite3_bind_parameter_count(statement); ++i, ++bound) {
                if (bound < parameters.size() && parameters[bound]) {
                    sqlite3_bind_text(statement, i, parameters[bound]->data(),
                                      int(parameters[bound]->size()), SQLITE_TRANSIENT);
                }
            }
            int rc;
            while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
                SqlRow values(size_t(sqlite3_column_count(statement)));
                for (int column = 0; column < sqlite3_column_count(statement); ++column) {
                    auto &value = values[size_t(column)];
                    switch (sqlite3_column_type(statement, column)) {
                    case SQLITE_NULL:
                        break;
                    case SQLITE_INTEGER:
                        value = std::to_string(sqlite3_column_int64(statement, column));
                        break;
                    case SQLITE_FLOAT:
                        value = shortestDouble(sqlite3_column_double(statement, column));
                        break;
                    default: {
                        const void *bytes = sqlite3_column_blob(statement, column);
                        const int size = sqlite3_column_bytes(statement, column);
                        value.emplace(static_cast<const char *>(bytes ? bytes : ""), size_t(size));
                    }
                    }
                }
                row(values);
            }
            if (rc != SQLITE_DONE)
                error = sqlite3_errmsg(lite);
            sqlite3_finalize(statement);
            if (rc != SQLITE_DONE)
                return false;
        }
        return true;
    }
};

PlainSql::PlainSql(const ConnectionSpec &spec) : d(std::make_unique<Private>())
{
    d->dialect = spec.dialect;
    switch (spec.dialect) {
    case Dialect::PostgreSql:
        d->openPostgres(spec);
        break;
    case Dialect::MySql:
        d->openMySql(spec);
        break;
    case Dialect::Sqlite:
        d->openSqlite(spec);
        break;
    case Dialect::Odbc:
        d->error = "PlainSql speaks PostgreSQL, MySQL/MariaDB and SQLite, not ODBC";
        break;
    }
}

PlainSql::~PlainSql() = default;

bool PlainSql::isOpen() const { return d->pg || d->my || d->lite; }

const std::string &PlainSql::lastError() const { return d->error; }

Dialect PlainSql::dialect() const { return d->dialect; }

bool PlainSql::execute(const std::string &sql, const SqlRow &parameters)
{
    return forEachRow(sql, parameters, [](const SqlRow &) {});
}

std::optional<SqlRows> PlainSql::rows(const std::string &sql, const SqlRow &parameters)
{
    SqlRows result;
    if (!forEachRow(sql, parameters, [&](const SqlRow &row) { result.push_back(row); }))
        return std::nullopt;
    return result;
}

bool PlainSql::forEachRow(const std::string &sql, const SqlRow &parameters,
                          const std::function<void(const SqlRow &)> &row)
{
    if (!isOpen()) {
        if (d->error.empty())
            d->error = "not connected";
        return false;
    }
    d->error.clear();
    if (d->pg)
        return d->postgres(sql, parameters, row);
    if (d->my)
        return d->mysql(sql, parameters, row);
    return d->sqlite(sql, parameters, row);
}

} // namespace ferry::test
