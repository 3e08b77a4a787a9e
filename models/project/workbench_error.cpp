// SPDX-License-Identifier: MIT
#include "models/project/workbench_error.h"

#include <QCoreApplication>

namespace ferry {

namespace {

/// A hint that sends the user to the CLI's environment variables or client option files.
bool speaksToTheCli(const QString &hint)
{
    static const char *const cliOnly[] = {"FERRY_SOURCE_PASSWORD",
                                          "FERRY_TARGET_PASSWORD",
                                          ".my.cnf",
                                          ".pgpass",
                                          "--password",
                                          "ferry "};
    for (const char *word : cliOnly) {
        if (hint.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

QString withoutFinalStop(QString text)
{
    while (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

} // namespace

QString workbenchHint(const Error &error)
{
    if (error.code == ErrorCode::AuthenticationFailed) {
        return QCoreApplication::translate(
            "ferry::WorkbenchError",
            "Enter the password again when asked. If the user name is wrong, edit the "
            "endpoint in the Project tree.");
    }
    const QString hint = QString::fromStdString(error.hint).trimmed();
    if (speaksToTheCli(hint))
        return QCoreApplication::translate("ferry::WorkbenchError",
                                           "Check the endpoint's settings and its password: "
                                           "edit the endpoint in the Project tree.");
    return hint;
}

QString workbenchErrorText(const Error &error)
{
    QString text = QString::fromStdString(error.message).trimmed();
    const QString detail = QString::fromStdString(error.detail).trimmed();
    if (!error.location.empty() || !detail.isEmpty()) {
        text = withoutFinalStop(text);
        if (!error.location.empty())
            text += QStringLiteral(" (%1)").arg(QString::fromStdString(error.location));
        if (!detail.isEmpty())
            text += QStringLiteral(": ") + detail;
    }
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    const QString hint = workbenchHint(error);
    if (!hint.isEmpty())
        text += QLatin1Char(' ') + hint;
    return text;
}

} // namespace ferry
