// SPDX-License-Identifier: MIT
#include "app/cli/cli_commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ferry"));
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return ferry::cli::run(arguments);
}
