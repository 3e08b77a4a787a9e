// SPDX-License-Identifier: MIT
#include "engine/connectors/mysql/mysql_load.h"

#include "engine/connectors/mysql/mysql_source.h"
#include "engine/connectors/mysql/mysql_target.h"

#include <exception>

namespace ferry::mysql {

namespace {

/// open(spec), with an exception escaping it as an Internal error saying `what`.
template<typename Session>
Result<std::unique_ptr<Session>>
openGuarded(Result<std::unique_ptr<Session>> (*open)(const ConnectionSpec &),
            const ConnectionSpec &spec, const char *what)
{
    try {
        return open(spec);
    } catch (const std::exception &exception) {
        Error error;
        error.code = ErrorCode::Internal;
        error.action = ErrorAction::FailTask;
        error.message = what;
        error.detail = exception.what();
        return error;
    }
}

} // namespace

Result<std::unique_ptr<load::SourceSession>> openSourceSession(const ConnectionSpec &spec)
{
    return openGuarded(&openMySqlSource, spec,
                       "Opening the MySQL/MariaDB source session failed unexpectedly.");
}

Result<std::unique_ptr<load::TargetSession>> openTargetSession(const ConnectionSpec &spec)
{
    return openGuarded(&openMySqlTarget, spec,
                       "Opening the MySQL/MariaDB target session failed unexpectedly.");
}

} // namespace ferry::mysql
