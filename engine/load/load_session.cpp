// SPDX-License-Identifier: MIT
#include "engine/load/load_session.h"

#include "engine/core/tr.h"

namespace ferry::load {

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
