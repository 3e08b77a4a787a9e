// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"

#include <string>
#include <vector>

namespace ferry::odbc {

/// One data source (DSN) the ODBC driver manager knows.
struct OdbcDataSource
{
    enum class Scope { User, System };

    std::string name; ///< the DSN, as written in odbc.ini ("ferry_pg")
    std::string description; ///< the DSN's Description key; empty when it has none
    std::string driver; ///< the driver it uses ("PostgreSQL Unicode")
    Scope scope = Scope::User;

    bool operator==(const OdbcDataSource &other) const = default;
};

/**
 * The user and system data sources of the driver manager (unixODBC: $ODBCINI / ~/.odbc.ini and
 * $ODBCSYSINI/odbc.ini), user ones first, each in the driver manager's order. A name defined
 * both as a user and a system DSN is listed once, as the user DSN the driver manager uses.
 *
 * Blocks while the driver manager reads its configuration files: call it from a worker, never
 * from the GUI thread. Thread-safe. Errors: ErrorCode::DriverNotFound when the driver manager
 * cannot be initialised.
 */
[[nodiscard]] Result<std::vector<OdbcDataSource>> listOdbcDataSources();

} // namespace ferry::odbc
