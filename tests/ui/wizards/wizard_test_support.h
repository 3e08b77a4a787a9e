// SPDX-License-Identifier: MIT
// Helpers shared by the wizard tests: finding a page's widgets by objectName, typing into
// them, and writing screenshots to $FERRY_SCREENSHOT_DIR.
#pragma once

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QTest>
#include <QWizard>

namespace ferry::test {

/// The child of page named name; fails the test (returns null) when there is none.
template<typename T> T *child(QWidget *page, const char *name)
{
    T *found = page ? page->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    if (!found)
        qWarning("no %s named %s on %s", T::staticMetaObject.className(), name,
                 page ? qPrintable(page->objectName()) : "(no page)");
    return found;
}

/// Replaces a line edit's text by typing it, as a user would.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline void typeInto(QLineEdit *edit, const std::string &text)
{
    typeInto(edit, QString::fromStdString(text));
}

/// Clicks a wizard button (Next, Finish, ...) if it is enabled; returns whether it was.
inline bool press(QWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard->button(which);
    if (!button->isEnabled() || !button->isVisible())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

/// Writes widget as PNG to $FERRY_SCREENSHOT_DIR/name when that variable is set.
inline bool screenshot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("FERRY_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return true;
    QDir().mkpath(directory);
    // Let pending layout requests settle (a label's new text resizes its frame, then the page).
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents();
    return widget->grab().save(directory + QLatin1Char('/') + name);
}

} // namespace ferry::test
