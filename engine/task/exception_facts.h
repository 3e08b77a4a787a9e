// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

/// What the exceptions table says about a rejected row, shared by the stored row
/// (ControlTables) and the record the workbench and the CLI show (exceptions.h).
namespace ferry::task {

/// A source table of the task with the target table it loads into.
struct ExceptionTables
{
    std::string sourceSchema;
    std::string sourceTable;
    std::string targetSchema; ///< "" for SQLite targets
    std::string targetTable;
};

/// A source table of the task with its number of exception rows.
struct ExceptionTable : ExceptionTables
{
    int64_t rows = 0;
};

/// Where a row was rejected and why.
struct ExceptionCause : ExceptionTables
{
    int slice = 0;
    std::string column; ///< the offending (target) column; "" when the target did not say
    std::string error; ///< one sentence
    std::string detail; ///< driver text, SQLSTATE / error number
};

} // namespace ferry::task
