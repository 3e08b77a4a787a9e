// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ferry::cli {

/// `ferry convert SOURCE_URI --target-engine ENGINE --out DIR [--schema S]... [--mappings F]
/// [--password-from SOURCE]`: the numbered SQL files and conversion-report.json (docs/cli.md).
int convertCommand(const QStringList &arguments);

} // namespace ferry::cli
