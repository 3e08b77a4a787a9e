// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ferry::cli {

/// `ferry types TYPE... --source ENGINE [--target ENGINE] [--json]`,
/// `ferry types --markdown [--source ENGINE --target ENGINE]` and
/// `ferry types --write-docs DIR` (docs/cli.md, "Type mapping").
int typesCommand(const QStringList &arguments);

} // namespace ferry::cli
