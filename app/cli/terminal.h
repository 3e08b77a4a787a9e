// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace ferry::cli {

/// True when standard input is an interactive terminal.
bool stdinIsTerminal();

/// Reads a line from the terminal with echo off (for passwords). Empty when not a terminal.
std::string readHiddenLine(const std::string &prompt);

} // namespace ferry::cli
