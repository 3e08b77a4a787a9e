// SPDX-License-Identifier: MIT
#include "translations/translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ferry {

QStringList shippedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ja"),
            QStringLiteral("zh_CN")};
}

QString installTranslators(const QString &language)
{
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    auto *ferry = new QTranslator(QCoreApplication::instance());
    if (!ferry->load(locale, QStringLiteral("ferry"), QStringLiteral("_"),
                     QStringLiteral(":/i18n"))) {
        delete ferry;
        return {};
    }
    if (locale.language() == QLocale::English) { // only the plural forms
        QCoreApplication::installTranslator(ferry);
        return {};
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QCoreApplication::installTranslator(ferry);
    return QFileInfo(ferry->filePath()).completeBaseName().mid(int(qstrlen("ferry_")));
}

} // namespace ferry
