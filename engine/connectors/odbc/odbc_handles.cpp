// SPDX-License-Identifier: MIT
#include "engine/connectors/odbc/odbc_handles.h"

#include "engine/connectors/odbc/odbc_connection_string.h"

#include <cstdlib>
#include <cstring>

namespace ferry::odbc::detail {

std::vector<DiagnosticRecord> diagnosticRecords(SQLSMALLINT handleType, SQLHANDLE handle)
{
    std::vector<DiagnosticRecord> records;
    if (handle == SQL_NULL_HANDLE)
        return records;
    for (SQLSMALLINT number = 1;; ++number) {
        SQLCHAR state[6] = {};
        SQLINTEGER native = 0;
        std::vector<SQLCHAR> text(1024);
        SQLSMALLINT textLength = 0;
        SQLRETURN rc = SQLGetDiagRec(handleType, handle, number, state, &native, text.data(),
                                     SQLSMALLINT(text.size()), &textLength);
        if (rc == SQL_SUCCESS_WITH_INFO && textLength >= SQLSMALLINT(text.size())) {
            text.resize(size_t(textLength) + 1);
            rc = SQLGetDiagRec(handleType, handle, number, state, &native, text.data(),
                               SQLSMALLINT(text.size()), &textLength);
        }
        if (!SQL_SUCCEEDED(rc))
            break;
        DiagnosticRecord record;
        record.sqlState = reinterpret_cast<const char *>(state);
        record.nativeError = int(native);
        record.message.assign(
            reinterpret_cast<const char *>(text.data()),
            std::min<size_t>(size_t(std::max<SQLSMALLINT>(textLength, 0)), text.size() - 1));
        records.push_back(std::move(record));
    }
    return records;
}

namespace {

/// What a listing function of the driver manager (SQLDataSources, SQLDrivers: the same
/// signature) returns from `first` on, as (name, second column) pairs.
std::vector<DataSourceEntry> listed(decltype(&SQLDataSources) list, SQLHENV env, SQLUSMALLINT first)
{
    std::vector<DataSourceEntry> entries;
    if (env == SQL_NULL_HENV)
        return entries;
    SQLCHAR name[256];
    SQLCHAR second[512];
    SQLSMALLINT nameLength = 0;
    SQLSMALLINT secondLength = 0;
    SQLUSMALLINT direction = first;
    while (SQL_SUCCEEDED(list(env, direction, name, sizeof name, &nameLength, second, sizeof second,
                              &secondLength))) {
        entries.push_back(
            {reinterpret_cast<const char *>(name), reinterpret_cast<const char *>(second)});
        direction = SQL_FETCH_NEXT;
    }
    return entries;
}

} // namespace

std::vector<DataSourceEntry> dataSources(SQLHENV env, SQLUSMALLINT first)
{
    return listed(&SQLDataSources, env, first);
}

Connection::Connection()
{
    if (SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &m_env))) {
        SQLSetEnvAttr(m_env, SQL_ATTR_ODBC_VERSION, reinterpret_cast<SQLPOINTER>(SQL_OV_ODBC3), 0);
        if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_DBC, m_env, &m_dbc)))
            m_dbc = SQL_NULL_HDBC;
    } else {
        m_env = SQL_NULL_HENV;
    }
}

Connection::~Connection()
{
    disconnect();
    if (m_dbc != SQL_NULL_HDBC)
        SQLFreeHandle(SQL_HANDLE_DBC, m_dbc);
    if (m_env != SQL_NULL_HENV)
        SQLFreeHandle(SQL_HANDLE_ENV, m_env);
}

bool Connection::connect(const ConnectionSpec &spec, std::vector<DiagnosticRecord> *records)
{
    if (m_dbc == SQL_NULL_HDBC) {
        if (records) {
            *records = diagnosticRecords(SQL_HANDLE_ENV, m_env);
            if (records->empty())
                records->push_back({"HY001", 0, "could not allocate an ODBC connection handle"});
        }
        return false;
    }
    const auto timeout = SQLULEN(spec.connectTimeoutSeconds());
    SQLSetConnectAttr(m_dbc, SQL_ATTR_LOGIN_TIMEOUT, reinterpret_cast<SQLPOINTER>(timeout), 0);
    // The secret is revealed here only, for the driver call, and wiped right after.
    std::string text = connectionString(spec, true);
    SQLCHAR completed[1024];
    SQLSMALLINT completedLength = 0;
    const SQLRETURN rc = SQLDriverConnect(
        m_dbc, nullptr, reinterpret_cast<SQLCHAR *>(text.data()), SQLSMALLINT(text.size()),
        completed, SQLSMALLINT(sizeof completed), &completedLength, SQL_DRIVER_NOPROMPT);
    for (char &c : text)
        *static_cast<volatile char *>(&c) = 0;
    std::memset(completed, 0, sizeof completed);
    if (!SQL_SUCCEEDED(rc)) {
        if (records)
            *records = diagnosticRecords(SQL_HANDLE_DBC, m_dbc);
        return false;
    }
    if (records)
        *records = diagnosticRecords(SQL_HANDLE_DBC, m_dbc);
    m_connected = true;
    return true;
}

void Connection::disconnect()
{
    if (m_connected)
        SQLDisconnect(m_dbc);
    m_connected = false;
}

std::string Connection::infoString(SQLUSMALLINT infoType) const
{
    std::vector<char> buffer(512);
    SQLSMALLINT length = 0;
    SQLRETURN rc = SQLGetInfo(m_dbc, infoType, buffer.data(), SQLSMALLINT(buffer.size()), &length);
    if (rc == SQL_SUCCESS_WITH_INFO && length >= SQLSMALLINT(buffer.size())) {
        buffer.resize(size_t(length) + 1);
        rc = SQLGetInfo(m_dbc, infoType, buffer.data(), SQLSMALLINT(buffer.size()), &length);
    }
    if (!SQL_SUCCEEDED(rc))
        return {};
    return std::string(buffer.data());
}

std::optional<SQLUINTEGER> Connection::infoNumber(SQLUSMALLINT infoType) const
{
    SQLUINTEGER value = 0;
    if (!SQL_SUCCEEDED(SQLGetInfo(m_dbc, infoType, &value, sizeof value, nullptr)))
        return std::nullopt;
    return value;
}

DriverInventory Connection::inventory() const
{
    DriverInventory inventory;
    if (m_env == SQL_NULL_HENV)
        return inventory;
    for (DataSourceEntry &entry : dataSources(m_env, SQL_FETCH_FIRST))
        inventory.dataSources.push_back(std::move(entry.name));
    for (DataSourceEntry &entry : listed(&SQLDrivers, m_env, SQL_FETCH_FIRST))
        inventory.drivers.push_back(std::move(entry.name));
    if (const char *value = std::getenv("ODBCINI"))
        inventory.odbcIni = value;
    if (const char *value = std::getenv("ODBCSYSINI"))
        inventory.odbcSysIni = value;
    return inventory;
}

Statement::Statement(const Connection &connection)
{
    if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, connection.handle(), &m_stmt))) {
        m_errors = diagnosticRecords(SQL_HANDLE_DBC, connection.handle());
        m_stmt = SQL_NULL_HSTMT;
    }
}

Statement::~Statement()
{
    if (m_stmt != SQL_NULL_HSTMT)
        SQLFreeHandle(SQL_HANDLE_STMT, m_stmt);
}

bool Statement::check(SQLRETURN rc)
{
    if (SQL_SUCCEEDED(rc) || rc == SQL_NO_DATA)
        return true;
    m_errors = diagnosticRecords(SQL_HANDLE_STMT, m_stmt);
    if (m_errors.empty())
        m_errors.push_back({"HY000", int(rc), "the ODBC call failed without a diagnostic"});
    return false;
}

bool Statement::isNotSupported() const
{
    for (const auto &record : m_errors) {
        if (record.sqlState == "IM001" || record.sqlState == "HYC00")
            return true;
    }
    return false;
}

bool Statement::execute(const std::string &sql, const std::vector<std::string> &parameters)
{
    if (m_stmt == SQL_NULL_HSTMT)
        return false;
    if (!check(SQLPrepare(m_stmt, reinterpret_cast<SQLCHAR *>(const_cast<char *>(sql.c_str())),
                          SQLINTEGER(sql.size()))))
        return false;
    m_parameters = parameters;
    m_lengths.assign(m_parameters.size(), 0);
    for (size_t i = 0; i < m_parameters.size(); ++i) {
        m_lengths[i] = SQLLEN(m_parameters[i].size());
        const SQLULEN size = std::max<SQLULEN>(m_parameters[i].size(), 1);
        if (!check(SQLBindParameter(m_stmt, SQLUSMALLINT(i + 1), SQL_PARAM_INPUT, SQL_C_CHAR,
                                    SQL_VARCHAR, size, 0, m_parameters[i].data(),
                                    SQLLEN(m_parameters[i].size()), &m_lengths[i])))
            return false;
    }
    return check(SQLExecute(m_stmt));
}

std::vector<std::string> Statement::columnNames()
{
    std::vector<std::string> names;
    SQLSMALLINT count = 0;
    if (!SQL_SUCCEEDED(SQLNumResultCols(m_stmt, &count)))
        return names;
    for (SQLUSMALLINT column = 1; column <= SQLUSMALLINT(count); ++column) {
        SQLCHAR name[256] = {};
        SQLSMALLINT nameLength = 0;
        SQLSMALLINT dataType = 0;
        SQLULEN size = 0;
        SQLSMALLINT digits = 0;
        SQLSMALLINT nullable = 0;
        SQLDescribeCol(m_stmt, column, name, sizeof name, &nameLength, &dataType, &size, &digits,
                       &nullable);
        names.emplace_back(reinterpret_cast<const char *>(name));
    }
    return names;
}

bool Statement::fetch()
{
    const SQLRETURN rc = SQLFetch(m_stmt);
    if (rc == SQL_NO_DATA)
        return false;
    return check(rc) && SQL_SUCCEEDED(rc);
}

Row Statement::row(int count)
{
    Row values(size_t(std::max(count, 0)));
    for (int column = 1; column <= count; ++column) {
        std::string value;
        char buffer[1024];
        bool isNull = false;
        for (;;) {
            SQLLEN indicator = 0;
            const SQLRETURN rc = SQLGetData(m_stmt, SQLUSMALLINT(column), SQL_C_CHAR, buffer,
                                            sizeof buffer, &indicator);
            if (rc == SQL_NO_DATA)
                break;
            if (!SQL_SUCCEEDED(rc)) {
                // A value the driver cannot render as text reads as NULL; it does not fail
                // the whole result (catalog columns are text and numbers in practice).
                isNull = value.empty();
                break;
            }
            if (indicator == SQL_NULL_DATA) {
                isNull = true;
                break;
            }
            const bool truncated = rc == SQL_SUCCESS_WITH_INFO
                && (indicator == SQL_NO_TOTAL || indicator >= SQLLEN(sizeof buffer));
            if (truncated) {
                value.append(buffer, sizeof buffer - 1);
                continue;
            }
            value.append(buffer, size_t(indicator));
            break;
        }
        if (!isNull)
            values[size_t(column - 1)] = std::move(value);
    }
    return values;
}

void Statement::close()
{
    if (m_stmt != SQL_NULL_HSTMT) {
        SQLFreeStmt(m_stmt, SQL_CLOSE);
        SQLFreeStmt(m_stmt, SQL_RESET_PARAMS);
    }
    m_parameters.clear();
    m_lengths.clear();
    m_errors.clear();
}

} // namespace ferry::odbc::detail
