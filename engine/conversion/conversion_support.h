// SPDX-License-Identifier: MIT
#pragma once
// Helpers shared by the files of engine/conversion; not a public interface.

#include "engine/conversion/schema_conversion.h"

#include <QString>

#include <string>

namespace ferry::conversion::detail {

/// An object this version of Ferry does not convert: its source text kept beside the action.
[[nodiscard]] ConvertedObject manualObject(ObjectCategory category, const std::string &sourceSchema,
                                           const std::string &name, const std::string &targetSchema,
                                           std::string sourceText, ActionItem action);
/// The source definitions, as kept in the files (commented out) beside an action item.
[[nodiscard]] std::string viewText(const View &view);
[[nodiscard]] std::string triggerText(const Trigger &trigger);
[[nodiscard]] std::string routineText(const Routine &routine);
/// "<what> is not converted by this version of Ferry; ..." with the fix.
[[nodiscard]] ActionItem notConvertedYet(const char *code, ActionComplexity complexity,
                                         const QString &what);

} // namespace ferry::conversion::detail
