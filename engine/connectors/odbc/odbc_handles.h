// SPDX-License-Identifier: MIT
// Private to the ODBC connector: includes the unixODBC headers. Never include from a public
// engine header.
#pragma once

#include "engine/core/connection_spec.h"
#include "engine/connectors/odbc/odbc_diagnosis.h"

#include <QtGlobal>

#include <sql.h>
#include <sqlext.h>

#include <optional>
#include <string>
#include <vector>

namespace ferry::odbc::detail {

/// One SQLDataSources entry: the data source name and its driver's description.
struct DataSourceEntry
{
    std::string name;
    std::string driver;
};

/**
 * SQLDataSources from `first` (SQL_FETCH_FIRST: user and system DSNs, SQL_FETCH_FIRST_USER,
 * SQL_FETCH_FIRST_SYSTEM) to the end, in the driver manager's order.
 */
[[nodiscard]] std::vector<DataSourceEntry> dataSources(SQLHENV env, SQLUSMALLINT first);

/// The diagnostic records of a handle (all of them, in order).
[[nodiscard]] std::vector<DiagnosticRecord> diagnosticRecords(SQLSMALLINT handleType,
                                                              SQLHANDLE handle);

/**
 * An ODBC environment plus one connection (SQLDriverConnect, no prompt).
 *
 * Thread: one thread at a time, like every connection. Owned by the endpoint. Failures are
 * returned as diagnostic records; nothing throws.
 */
class Connection
{
public:
    Connection();
    ~Connection();
    Q_DISABLE_COPY(Connection)

    /// Connects with spec's connection string and login timeout. On failure fills *records.
    bool connect(const ConnectionSpec &spec, std::vector<DiagnosticRecord> *records);
    void disconnect();
    bool isConnected() const { return m_connected; }

    SQLHDBC handle() const { return m_dbc; }

    /// SQLGetInfo for string-valued information types; empty when the driver has none.
    [[nodiscard]] std::string infoString(SQLUSMALLINT infoType) const;
    /// SQLGetInfo for SQLUINTEGER bitmask/number information types.
    [[nodiscard]] std::optional<SQLUINTEGER> infoNumber(SQLUSMALLINT infoType) const;

    /// Data sources and drivers the driver manager knows (for DriverNotFound hints).
    [[nodiscard]] DriverInventory inventory() const;

private:
    SQLHENV m_env = SQL_NULL_HENV;
    SQLHDBC m_dbc = SQL_NULL_HDBC;
    bool m_connected = false;
};

/// One row of a result set: each requested column as text, nullopt for SQL NULL.
using Row = std::vector<std::optional<std::string>>;

/**
 * A statement handle on a Connection, with text access to result columns. Results are read
 * row by row (streaming); SQLGetData is called in ascending column order, which every driver
 * supports.
 */
class Statement
{
public:
    explicit Statement(const Connection &connection);
    ~Statement();
    Q_DISABLE_COPY(Statement)

    SQLHSTMT handle() const { return m_stmt; }

    /// Checks the return code of a call on this statement; false (records saved) on failure.
    bool check(SQLRETURN rc);
    const std::vector<DiagnosticRecord> &errors() const { return m_errors; }
    /// True when the last failure means "the driver does not implement this function".
    bool isNotSupported() const;

    /// Prepares sql, binds the text parameters (as SQL_VARCHAR) and executes it.
    bool execute(const std::string &sql, const std::vector<std::string> &parameters = {});

    /// Names of the result columns (1-based positions map to index + 1).
    [[nodiscard]] std::vector<std::string> columnNames();

    /// Fetches the next row; false at the end or on error (check errors()).
    bool fetch();
    /// The first `count` columns of the current row, as text.
    [[nodiscard]] Row row(int count);

    /// Closes the cursor so the handle can run another call.
    void close();

private:
    SQLHSTMT m_stmt = SQL_NULL_HSTMT;
    std::vector<DiagnosticRecord> m_errors;
    std::vector<std::string> m_parameters; ///< bound buffers stay alive until close()
    std::vector<SQLLEN> m_lengths;
};

/// "nullptr, 0" for an absent ODBC catalog-function argument, the text otherwise.
struct Argument
{
    std::optional<std::string> value;
    SQLCHAR *data() const
    {
        return value ? reinterpret_cast<SQLCHAR *>(const_cast<char *>(value->c_str())) : nullptr;
    }
    SQLSMALLINT length() const { return value ? SQLSMALLINT(value->size()) : SQLSMALLINT(0); }
};

} // namespace ferry::odbc::detail
