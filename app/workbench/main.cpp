// SPDX-License-Identifier: MIT
#include "models/settings.h"
#include "translations/translations.h"
#include "ui/appearance.h"
#include "ui/icons.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QImage>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {

/// True when the image has at least one pixel that is not fully transparent.
bool hasPaintedPixels(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(argb.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}

/**
 * --smoke-test: checks that an installed workbench starts (packaging/test-clean-install.sh and
 * tests/packaging/test_deb.sh run it from the .deb): the main window is shown, events are
 * processed for a second, and an SVG icon renders (which needs Qt's SVG icon engine plugin).
 * Exits 0 and prints one line when all of that holds, 1 with the reason otherwise.
 */
void scheduleSmokeTest(ferry::MainWindow &window)
{
    QTimer::singleShot(1000, &window, [&window] {
        if (!window.isVisible()) {
            std::fprintf(stderr,
                         "ferry-workbench: smoke test failed: the main window is not "
                         "visible\n");
            QCoreApplication::exit(1);
            return;
        }
        const QIcon runIcon = ferry::icon("run");
        if (runIcon.isNull() || !hasPaintedPixels(runIcon.pixmap(QSize(16, 16)).toImage())) {
            std::fprintf(stderr,
                         "ferry-workbench: smoke test failed: the SVG icons do not "
                         "render (is Qt's SVG plugin package libqt6svg6 installed?)\n");
            QCoreApplication::exit(1);
            return;
        }
        std::printf("ferry-workbench: smoke test passed (main window shown, icons rendered)\n");
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("Ferry Workbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Ferry's database migration workbench."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption smokeTestOption(
        QStringLiteral("smoke-test"),
        QCoreApplication::translate("main",
                                    "Show the main window, check that it and its icons "
                                    "render, and quit after a second (exit code 0 on "
                                    "success)."));
    parser.addOption(smokeTestOption);
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QCoreApplication::translate("main", "A Ferry project file to open (optional)."),
        QStringLiteral("[project]"));

    // --help and --version answer before QApplication connects to a display, so they work on a
    // machine without one. Qt's own options (-platform ...) are only known after that, hence
    // the parse result is not checked here.
    QStringList rawArguments;
    for (int index = 0; index < argc; ++index)
        rawArguments.append(QString::fromLocal8Bit(argv[index]));
    (void)parser.parse(rawArguments);
    if (parser.isSet(versionOption) || parser.isSet(helpOption)) {
        const QCoreApplication withoutDisplay(argc, argv); // gives the help its program name
        if (parser.isSet(versionOption))
            parser.showVersion();
        parser.showHelp();
    }

    QApplication app(argc, argv);
    {
        // Before any widget or the engine thread exists (STYLE §12): the language and the
        // colours chosen in Preferences.
        const QSettings settings;
        ferry::installTranslators(ferry::Settings::Language.value(settings));
        ferry::applyTheme(ferry::themeFromName(ferry::Settings::Theme.value(settings)));
    }
    // Matches share/applications/org.ferry.Ferry.desktop, so desktops find the icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.ferry.Ferry"));
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("org.ferry.Ferry"), QIcon(QStringLiteral(":/app/org.ferry.Ferry.svg"))));
    parser.process(app);

    ferry::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    if (parser.isSet(smokeTestOption))
        scheduleSmokeTest(window);
    return app.exec();
}
