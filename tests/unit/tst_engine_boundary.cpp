// SPDX-License-Identifier: MIT
// The engine boundary in the sources (issue #12, "One orchestration path, typed boundaries"):
// commands are typed calls, never method names in strings, and only the engine service makes a
// task runner, in one place, so the workbench and the CLI run tasks the same way.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

/// Every match of pattern in the .h/.cpp files under folder (of the source tree), as
/// "path:line: text".
QStringList matches(const QString &folder, const QRegularExpression &pattern)
{
    QStringList found;
    QDirIterator it(QStringLiteral(FERRY_SOURCE_DIR "/") + folder,
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto match = pattern.globalMatch(text); match.hasNext();) {
            const auto found_ = match.next();
            const int line = int(text.left(found_.capturedStart()).count(QLatin1Char('\n'))) + 1;
            found << QStringLiteral("%1:%2: %3")
                         .arg(path)
                         .arg(line)
                         .arg(found_.captured().simplified());
        }
    }
    return found;
}

} // namespace

class TestEngineBoundary : public QObject
{
    Q_OBJECT

private slots:
    /// QMetaObject::invokeMethod(object, "method", ...) is checked only at run time; commands
    /// are QMetaObject::invokeMethod(object, callable) or member-function pointers.
    void noMethodNamesInStrings()
    {
        // invokeMethod( first argument (with at most one level of parentheses) , "
        const QRegularExpression named(
            QStringLiteral("invokeMethod\\s*\\(\\s*(?:[^;,()]|\\([^()]*\\))*,\\s*\""));
        QVERIFY(named.isValid());
        // The pattern finds what it is meant to find.
        QVERIFY(named.match(QStringLiteral("QMetaObject::invokeMethod(service, \"stopTask\","))
                    .hasMatch());
        QVERIFY(named
                    .match(QStringLiteral("QMetaObject::invokeMethod(\n  m_client->service(),\n"
                                          "  \"startTask\", Qt::QueuedConnection"))
                    .hasMatch());
        QVERIFY(!named
                     .match(QStringLiteral("QMetaObject::invokeMethod(this, [this] { f(\"x\"); "
                                           "}, Qt::QueuedConnection)"))
                     .hasMatch());
        QStringList found;
        for (const char *folder : {"engine", "models", "ui", "app", "bench", "tests"})
            found << matches(QString::fromLatin1(folder), named);
        found.removeIf(
            [](const QString &hit) { return hit.contains(QLatin1String("tst_engine_boundary")); });
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    /// The task runner is made in one function of engine/service (EngineService::startTask),
    /// the one path of the workbench and the CLI; app/, models/ and ui/ never name it.
    void onlyTheServiceMakesTaskRunners()
    {
        const QRegularExpression runner(QStringLiteral("\\b\\w*Runner\\b"));
        QStringList outside;
        for (const char *folder : {"app", "models", "ui"})
            outside << matches(QString::fromLatin1(folder), runner);
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char('\n'))));

        const QRegularExpression made(QStringLiteral(
            "make_(shared|unique)<\\s*task::\\w*Runner\\b|task::\\w*Runner\\s+\\w+\\s*[({]"));
        const QStringList service = matches(QStringLiteral("engine/service"), made);
        QVERIFY2(service.size() == 1, qPrintable(service.join(QLatin1Char('\n'))));
        QStringList elsewhere;
        for (const char *folder : {"engine/core", "engine/connectors", "engine/load",
                                   "engine/mapping", "engine/sample", "engine/project"})
            elsewhere << matches(QString::fromLatin1(folder), made);
        QVERIFY2(elsewhere.isEmpty(), qPrintable(elsewhere.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestEngineBoundary)
#include "tst_engine_boundary.moc"
