// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ferry::cli {

/// Documented exit codes (docs/cli.md). Scripts rely on them; never renumber.
enum ExitCode : int {
    ExitOk = 0,
    ExitInternal = 1,
    ExitUsage = 2,
    ExitConnection = 3,
    ExitPartialFailure = 4,
    ExitInvalidInput = 5,
    ExitInterrupted = 130,
};

/// Runs the CLI with the given arguments (argv without the program name). Returns the exit code.
int run(const QStringList &arguments);

} // namespace ferry::cli
