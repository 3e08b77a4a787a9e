// SPDX-License-Identifier: MIT
#include "engine/load/load_session.h"

#include "engine/connectors/connector.h"
#include "engine/core/tr.h"

namespace ferry::load {

Result<std::unique_ptr<SourceSession>> openSourceSession(const ConnectionSpec &spec)
{
    return connectorFor(spec.dialect).openSource(spec);
}

Result<std::unique_ptr<TargetSession>> openTargetSession(const ConnectionSpec &spec)
{
    auto session = connectorFor(spec.dialect).openTarget(spec);
    if (session || !session.error().location.empty())
        return session;
    Error error = session.error();
    error.location = spec.toUri();
    return error;
}

Result<void> TargetSession::alterColumnType(const std::string &schema, const std::string &table,
                                            const TargetColumn &column)
{
    const std::string location = schema.empty() ? table : schema + "." + table;
    Error error {ErrorCode::NotSupported, ErrorAction::FailTable,
                 EngineTr::tr("This target cannot change the type of column %1 of table %2 in "
                              "place.")
                     .arg(QString::fromStdString(column.name), QString::fromStdString(location))
                     .toStdString()};
    error.hint = EngineTr::tr("Reload the table (Task > Reload table) to create it again with "
                              "the mapping's types.")
                     .toStdString();
    error.location = location;
    return error;
}

} // namespace ferry::load
