// SPDX-License-Identifier: MIT
#include "app/cli/cli_commands.h"
#include "translations/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ferry"));
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));
    // The system locale's language, or FERRY_LANGUAGE (de, fr, ja, zh_CN, en) when set.
    ferry::installTranslators(qEnvironmentVariable("FERRY_LANGUAGE"));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return ferry::cli::run(arguments);
}
