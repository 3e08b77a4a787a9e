// SPDX-License-Identifier: MIT
#include "engine/connectors/mysql/mysql_load.h"

#include "engine/connectors/mysql/mysql_source.h"
#include "engine/connectors/mysql/mysql_target.h"

#include <exception>

namespace ferry::mysql {

namespace {

Error unexpected(const char *what, const std::exception &exception)
{
    Error error;
    error.code = ErrorCode::Internal;
    error.action = ErrorAction::FailTask;
    error.message = what;
    error.detail = exception.what();
    return error;
}

} // namespace

Result<std::unique_ptr<load::SourceSession>> openSourceSession(const ConnectionSpec &spec)
{
    try {
        return openMySqlSource(spec);
    } catch (const std::exception &exception) {
        return unexpected("Opening the MySQL/MariaDB source session failed unexpectedly.",
                          exception);
    }
}

Result<std::unique_ptr<load::TargetSession>> openTargetSession(const ConnectionSpec &spec)
{
    try {
        return openMySqlTarget(spec);
    } catch (const std::exception &exception) {
        return unexpected("Opening the MySQL/MariaDB target session failed unexpectedly.",
                          exception);
    }
}

} // namespace ferry::mysql
