// SPDX-License-Identifier: MIT
// The shipped translations are complete (STYLE §12): every message of every .ts file is
// finished, not vanished or obsolete, not empty, keeps the source's placeholders and
// mnemonic; and each embedded .qm loads and translates known strings.
#include "translations/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type;              ///< the translation's type attribute
    QStringList translations;  ///< one, or the numerus forms
    bool numerus = false;
    qint64 line = 0;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            current.line = xml.lineNumber();
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus) {
                current.translations << xml.readElementText();
                messages << current;
            } else {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
                messages << current;
            }
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:[1-9]|n|L[1-9])"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&(?!&)[^ ]"));
    return text.contains(pattern);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : ferry::shippedLanguages())
            QTest::newRow(qPrintable(language)) << language;
        QTest::newRow("en (plural forms only)") << QStringLiteral("en");
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        const QString path = QStringLiteral(FERRY_SOURCE_DIR "/translations/ferry_%1.ts").arg(language);
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 100, qPrintable(path));
        QStringList problems;
        const bool pluralsOnly = language == QLatin1String("en");
        for (const Message &m : messages) {
            if (pluralsOnly && !m.numerus)
                continue; // English is the source language: only "(s)" forms need a catalog
            const QString where = QStringLiteral("%1:%2 [%3] \"%4\"")
                                      .arg(path).arg(m.line).arg(m.context, m.source.left(60));
            if (!m.type.isEmpty()) {
                problems << QStringLiteral("%1: %2").arg(where, m.type);
                continue;
            }
            const bool oneForm = language == QLatin1String("ja") || language == QLatin1String("zh_CN");
            if (m.numerus && m.translations.size() != (oneForm ? 1 : 2))
                problems << QStringLiteral("%1: %2 plural forms").arg(where).arg(m.translations.size());
            for (const QString &translation : m.translations) {
                if (translation.trimmed().isEmpty()) {
                    problems << QStringLiteral("%1: empty").arg(where);
                    continue;
                }
                QSet<QString> expected = placeholders(m.source);
                QSet<QString> actual = placeholders(translation);
                if (m.numerus) { // a singular form may spell the number out
                    expected.remove(QStringLiteral("%n"));
                    actual.remove(QStringLiteral("%n"));
                }
                if (expected != actual)
                    problems << QStringLiteral("%1: placeholders differ: \"%2\"").arg(where, translation);
                if (hasMnemonic(m.source) && !translation.contains(QLatin1Char('&')))
                    problems << QStringLiteral("%1: lost its mnemonic (&): \"%2\"").arg(where, translation);
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size())
                            + problems.mid(0, 40).join(u'\n')));
    }

    /// English plural forms come from ferry_en.qm: "1 table", "3 tables", never "table(s)".
    void englishPluralForms()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/ferry_en.qm")));
        QCOMPARE(translator.translate("ferry::ProjectTreeModel", "%n table(s)", nullptr, 1),
                 QStringLiteral("%n table"));
        QCOMPARE(translator.translate("ferry::ProjectTreeModel", "%n table(s)", nullptr, 3),
                 QStringLiteral("%n tables"));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(QCoreApplication::translate("ferry::ProjectTreeModel", "%n table(s)", nullptr, 1),
                 QStringLiteral("1 table"));
        QCOMPARE(QCoreApplication::translate("ferry::ProjectTreeModel", "%n table(s)", nullptr, 7),
                 QStringLiteral("7 tables"));
        QCoreApplication::removeTranslator(&translator);
    }

    void embeddedCatalogsTranslate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expectedTitle");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Willkommen bei Ferry");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Bienvenue dans Ferry");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("Ferry へようこそ");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("欢迎使用 Ferry");
    }

    /// The .qm files are embedded under :/i18n and translate the welcome title, a wizard page
    /// title and an engine diagnosis (contexts of three layers).
    void embeddedCatalogsTranslate()
    {
        QFETCH(QString, language);
        QFETCH(QString, expectedTitle);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/ferry_%1.qm").arg(language)));
        QCOMPARE(translator.translate("ferry::WelcomePage", "Welcome to Ferry"), expectedTitle);
        for (const auto &[context, source] : {std::pair {"ferry::MainWindow", "Ferry Workbench"},
                                              std::pair {"EngineTr", "Stopped on request."},
                                              std::pair {"ferry::ProjectTreeModel", "Endpoints"}}) {
            const QString translated = translator.translate(context, source);
            QVERIFY2(!translated.isEmpty(), source);
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
