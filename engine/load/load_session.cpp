// SPDX-License-Identifier: MIT
#include "engine/load/load_session.h"

#include "engine/core/tr.h"

namespace ferry::load {

KeyRange::KeyRange(std::string column, std::optional<int64_t> lower, std::optional<int64_t> upper)
{
    ReadColumn key;
    key.name = std::move(column);
    key.type.family = TypeFamily::Integer;
    key.type.byteWidth = 8;
    columns.push_back(std::move(key));
    if (lower)
        lowerExclusive = KeyValue {std::to_string(*lower)};
    if (upper)
        upperInclusive = KeyValue {std::to_string(*upper)};
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

Result<std::vector<ExistingForeignKey>> TargetSession::foreignKeysInTheWay(const std::string &,
                                                                           const std::string &)
{
    return std::vector<ExistingForeignKey>();
}

Result<void> TargetSession::dropForeignKey(const ExistingForeignKey &) { return {}; }

Result<void> TargetSession::restoreForeignKey(const ExistingForeignKey &key)
{
    return Error {ErrorCode::NotSupported, ErrorAction::FailTable,
                  EngineTr::tr("Foreign key %1 of %2 cannot be added to an existing table on "
                               "this target.")
                      .arg(QString::fromStdString(key.name),
                           QString::fromStdString(
                               key.schema.empty() ? key.table : key.schema + "." + key.table))
                      .toStdString()};
}

Result<void> TargetSession::dropIndexesAndKeys(const std::string &, const std::string &, bool)
{
    return {};
}

} // namespace ferry::load
