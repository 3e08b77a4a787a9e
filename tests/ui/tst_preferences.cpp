// SPDX-License-Identifier: MIT
// Preferences: a dialog with room and margins, and a colour scheme that is saved, applied at
// the next start and shown there again.
#include "models/settings.h"
#include "ui/appearance.h"
#include "ui/preferences_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLayout>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FerryTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    /// Not a tiny box with its fields against the frame: style margins around the form and
    /// room for the longest choice and the note.
    void dialogHasMarginsAndRoom()
    {
        ferry::PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.layout());
        const QMargins margins = dialog.layout()->contentsMargins();
        const int styleMargin = dialog.style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
        QVERIFY2(styleMargin > 0, "the style gives dialogs margins");
        for (int margin : {margins.left(), margins.top(), margins.right(), margins.bottom()})
            QVERIFY2(margin >= styleMargin, qPrintable(QString::number(margin)));
        const int room = dialog.fontMetrics().averageCharWidth() * 45;
        QVERIFY2(dialog.width() >= room,
                 qPrintable(QStringLiteral("%1 < %2").arg(dialog.width()).arg(room)));
        QVERIFY(dialog.minimumWidth() >= room);
    }

    /// "Dark" chosen in Preferences is saved; at the next start (the settings file read from
    /// disk by the start-up code and the dialog, constructed anew) the dark palette is applied
    /// and the dialog shows "Dark". (The old keys "general/..." did not survive the INI file:
    /// QSettings writes a group "general" as [%General] and reads it back as "General/...".)
    void savedDarkThemeIsAppliedAndShownAtTheNextStart()
    {
        QVERIFY(!ferry::isDarkPalette());
        QString written;
        {
            ferry::PreferencesDialog dialog;
            auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"));
            QVERIFY(theme);
            theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
            dialog.apply();
            written = QSettings().fileName();
        }
        QVERIFY(ferry::isDarkPalette()); // applied at once
        ferry::applyTheme(ferry::Theme::System);
        QVERIFY(!ferry::isDarkPalette());

        // The next start: this process keeps the file it wrote in a cache, so the file is
        // read as a new process reads it, from a copy under another settings path.
        QTemporaryDir next;
        QVERIFY(next.isValid());
        const QString copy = next.filePath(QStringLiteral("FerryTest/tst_preferences.conf"));
        QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
        QVERIFY(QFile::copy(written, copy));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, next.path());
        QCOMPARE(QSettings().fileName(), copy);

        {
            // What the workbench's main() does before any window exists.
            const QSettings settings;
            ferry::applyTheme(ferry::themeFromName(ferry::Settings::Theme.value(settings)));
        }
        QVERIFY(ferry::isDarkPalette());
        ferry::PreferencesDialog again;
        auto *theme = again.findChild<QComboBox *>(QStringLiteral("themeCombo"));
        QCOMPARE(theme->currentData().toString(), QStringLiteral("dark"));
        QCOMPARE(theme->currentText(), QStringLiteral("Dark"));
        ferry::applyTheme(ferry::Theme::System);
    }

    /// What earlier versions saved (read back as "General/theme") is still found.
    void readsTheThemeEarlierVersionsSaved()
    {
        QSettings settings;
        settings.clear();
        settings.setValue(QStringLiteral("General/theme"), QStringLiteral("dark"));
        QCOMPARE(ferry::Settings::Theme.value(settings), QStringLiteral("dark"));
        ferry::Settings::Theme.setValue(settings, QStringLiteral("light"));
        QCOMPARE(ferry::Settings::Theme.value(settings), QStringLiteral("light"));
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
