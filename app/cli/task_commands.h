// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ferry::cli {

/// `ferry run PROJECT [--task NAME] [--resume] [--json] [--run-dir DIR]`
int runCommand(const QStringList &arguments);
/// `ferry migrate SOURCE_URI TARGET_URI [--include P]... [--exclude P]... [--settings F]
/// [--mappings F] [--task-name N] [--resume] [--json] [--run-dir DIR]`
int migrateCommand(const QStringList &arguments);
/// `ferry sample PATH [--rows N]`: writes the sports-ticketing sample (SQLite).
int sampleCommand(const QStringList &arguments);
/// `ferry demo [--rows N] [--data-dir DIR] [--json]`
int demoCommand(const QStringList &arguments);
/// `ferry exceptions list PROJECT [--task NAME] [--table SCHEMA.TABLE] [--json]` and
/// `ferry exceptions reapply PROJECT [--task NAME] [--table SCHEMA.TABLE | --id N...]
/// [--with-rules [--change-column-types]] [--json]`
int exceptionsCommand(const QStringList &arguments);

} // namespace ferry::cli
