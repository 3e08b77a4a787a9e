// SPDX-License-Identifier: MIT
// Scans every layer's #include lines: the engine never reaches Qt Gui/Widgets/Charts, and no
// layer includes a header from a layer above it (app -> ui -> models -> engine).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestLayering : public QObject
{
    Q_OBJECT

private:
    static QStringList violations(const QString &layer, const QStringList &forbiddenPrefixes)
    {
        QStringList found;
        static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
        QDirIterator it(QStringLiteral(FERRY_SOURCE_DIR "/") + layer,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            int lineNumber = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNumber;
                const auto match = include.match(line);
                if (!match.hasMatch())
                    continue;
                const QString header = match.captured(1);
                for (const QString &prefix : forbiddenPrefixes) {
                    if (header.startsWith(prefix))
                        found << QStringLiteral("%1:%2: %3").arg(path).arg(lineNumber).arg(header);
                }
            }
        }
        return found;
    }

private slots:
    void engineUsesQtCoreOnly()
    {
        const QStringList bad = violations(
            QStringLiteral("engine"),
            {QStringLiteral("QtGui"), QStringLiteral("QtWidgets"), QStringLiteral("QtCharts"),
             QStringLiteral("QWidget"), QStringLiteral("QMainWindow"), QStringLiteral("QDialog"),
             QStringLiteral("QPainter"), QStringLiteral("QChart"), QStringLiteral("QColor"),
             QStringLiteral("QIcon"), QStringLiteral("QPixmap"), QStringLiteral("QFont"),
             QStringLiteral("QImage"), QStringLiteral("QApplication"),
             QStringLiteral("QGuiApplication"), QStringLiteral("models/"),
             QStringLiteral("ui/"), QStringLiteral("app/")});
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void modelsDoNotIncludeWidgetsOrUi()
    {
        const QStringList bad = violations(
            QStringLiteral("models"),
            {QStringLiteral("QtWidgets"), QStringLiteral("QtCharts"), QStringLiteral("QWidget"),
             QStringLiteral("QChart"), QStringLiteral("ui/"), QStringLiteral("app/")});
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void uiDoesNotIncludeApp()
    {
        const QStringList bad = violations(QStringLiteral("ui"), {QStringLiteral("app/")});
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    /// The engine's inner order (docs/architecture.md): each folder includes only folders
    /// before it in this list, so nothing reaches up and there are no cycles between folders.
    void engineFoldersIncludeOnlyWhatIsBelowThem()
    {
        const QStringList order = {
            QStringLiteral("core"),       QStringLiteral("types"),   QStringLiteral("catalog"),
            QStringLiteral("convert"),    QStringLiteral("project"), QStringLiteral("load"),
            QStringLiteral("connectors"), QStringLiteral("mapping"), QStringLiteral("conversion"),
            QStringLiteral("task"),       QStringLiteral("sample"),  QStringLiteral("service"),
        };
        QStringList bad;
        for (qsizetype i = 0; i < order.size(); ++i) {
            QStringList above;
            for (qsizetype j = i + 1; j < order.size(); ++j)
                above << QStringLiteral("engine/%1/").arg(order[j]);
            bad << violations(QStringLiteral("engine/") + order[i], above);
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
        // Every folder of engine/ has its place in the order.
        const QStringList folders = QDir(QStringLiteral(FERRY_SOURCE_DIR "/engine"))
                                        .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &folder : folders)
            QVERIFY2(order.contains(folder), qPrintable(folder));
    }

    void scannerFindsAViolationWhenThereIsOne()
    {
        // The scanner must be able to fail: tests/ui includes ui/ headers.
        QVERIFY(!violations(QStringLiteral("tests/ui"), {QStringLiteral("ui/")}).isEmpty());
        // And between engine folders: connectors implement load's interfaces.
        QVERIFY(!violations(QStringLiteral("engine/connectors"), {QStringLiteral("engine/load/")})
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
