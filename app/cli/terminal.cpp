// SPDX-License-Identifier: MIT
#include "app/cli/terminal.h"

#include <cstdio>
#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace ferry::cli {

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

std::string readHiddenLine(const std::string &prompt)
{
    if (!stdinIsTerminal())
        return {};
    std::cerr << prompt << std::flush;
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios hidden = old;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::cerr << '\n';
    return line;
}

} // namespace ferry::cli
