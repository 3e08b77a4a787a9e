// SPDX-License-Identifier: MIT
#include "engine/connectors/odbc/odbc_data_sources.h"

#include "engine/connectors/odbc/odbc_handles.h"
#include "engine/core/tr.h"

#include <odbcinst.h>

#include <set>

namespace ferry::odbc {

namespace {

/// The Description key of a data source in odbc.ini (user file first, then system).
std::string dsnDescription(const std::string &dsn)
{
    char buffer[1024] = {};
    const int length = SQLGetPrivateProfileString(dsn.c_str(), "Description", "", buffer,
                                                  int(sizeof buffer), "odbc.ini");
    if (length <= 0)
        return {};
    return std::string(buffer);
}

} // namespace

Result<std::vector<OdbcDataSource>> listOdbcDataSources()
{
    SQLHENV env = SQL_NULL_HENV;
    if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &env))) {
        Error error;
        error.code = ErrorCode::DriverNotFound;
        error.action = ErrorAction::FixConfiguration;
        error.message = EngineTr::tr("Could not start the ODBC driver manager to list its data "
                                     "sources.")
                            .toStdString();
        error.hint
            = EngineTr::tr("Check that unixODBC is installed (package unixodbc).").toStdString();
        return error;
    }
    SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, reinterpret_cast<SQLPOINTER>(SQL_OV_ODBC3), 0);

    std::vector<OdbcDataSource> sources;
    std::set<std::string> seen;
    const auto add = [&](SQLUSMALLINT first, OdbcDataSource::Scope scope) {
        for (detail::DataSourceEntry &entry : detail::dataSources(env, first)) {
            if (!seen.insert(entry.name).second)
                continue;
            OdbcDataSource source;
            source.description = dsnDescription(entry.name);
            source.name = std::move(entry.name);
            source.driver = std::move(entry.driver);
            source.scope = scope;
            sources.push_back(std::move(source));
        }
    };
    add(SQL_FETCH_FIRST_USER, OdbcDataSource::Scope::User);
    add(SQL_FETCH_FIRST_SYSTEM, OdbcDataSource::Scope::System);
    SQLFreeHandle(SQL_HANDLE_ENV, env);
    return sources;
}

} // namespace ferry::odbc
