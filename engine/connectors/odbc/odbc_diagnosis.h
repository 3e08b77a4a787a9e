// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/endpoint.h"

#include <optional>
#include <string>
#include <vector>

namespace ferry::odbc {

/// One diagnostic record of an ODBC handle (SQLGetDiagRec), as plain values.
struct DiagnosticRecord
{
    std::string sqlState; ///< five characters, e.g. "08001"
    int nativeError = 0; ///< the driver's own error number (1045 for MariaDB, ...)
    std::string message; ///< the driver's text, "[vendor][driver]..." prefixes included
};

/// What the driver manager knows, for the hint of a DriverNotFound diagnosis.
struct DriverInventory
{
    std::vector<std::string> dataSources; ///< SQLDataSources: user and system DSNs
    std::vector<std::string> drivers; ///< SQLDrivers
    std::string odbcIni; ///< $ODBCINI, empty when unset
    std::string odbcSysIni; ///< $ODBCSYSINI, empty when unset
};

/**
 * Decides why SQLDriverConnect failed from all of its diagnostic records: SQLSTATE first
 * (IM002/IM003 -> DriverNotFound, 28000 -> AuthenticationFailed, HYT00/HYT01 -> Timeout,
 * 3D000 -> DatabaseNotFound), then the drivers' native numbers and texts where the SQLSTATE is
 * generic (psqlODBC reports every failure as 08001; MariaDB as HY000 with 2002/2005/2026...).
 * Pure function, thread-safe.
 */
[[nodiscard]] DiagnosisCause classifyConnectFailure(const std::vector<DiagnosticRecord> &records);

/**
 * "SQLSTATE 08001 (native 101): <text>; ..." with whitespace runs collapsed and every
 * occurrence of the password replaced by "***" (drivers may echo connection attributes).
 */
[[nodiscard]] std::string describeRecords(const std::vector<DiagnosticRecord> &records,
                                          const Secret &password);

/// InvalidSpec when the spec names neither a data source (DSN) nor a driver; nothing when it
/// names one.
[[nodiscard]] std::optional<ConnectionDiagnosis> diagnoseMissingSource(const ConnectionSpec &spec);

/**
 * The full diagnosis of a failed connect: cause, one-sentence message naming the data source
 * or driver, the records and the redacted connection string as detail, and a hint.
 * inventory is used only for DriverNotFound.
 */
[[nodiscard]] ConnectionDiagnosis
diagnoseConnectFailure(const ConnectionSpec &spec, const std::vector<DiagnosticRecord> &records,
                       const DriverInventory &inventory);

} // namespace ferry::odbc
