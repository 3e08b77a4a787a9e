// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ferry::cli {

/// `ferry convert SOURCE_URI --target-engine ENGINE --out DIR [--schema S]... [--mappings F]
/// [--password-from SOURCE]`: the numbered SQL files and conversion-report.json (docs/cli.md).
int convertCommand(const QStringList &arguments);
/// `ferry assess SOURCE_URI --target-engine ENGINE [--format html|csv|json] [--out FILE]
/// [--schema S]... [--mappings F] [--password-from SOURCE]`: the assessment report; exit 0 when
/// it is written, whatever it finds.
int assessCommand(const QStringList &arguments);
/// `ferry apply --sql DIR TARGET_URI [--pre-data | --post-data] [--plan] [--allow-destructive]
/// [--password-from SOURCE]`: runs a conversion's SQL files on the target (docs/cli.md).
int applyCommand(const QStringList &arguments);

} // namespace ferry::cli
