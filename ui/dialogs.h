// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>
#include <QString>
#include <QVariant>

#include <functional>

class QWidget;

namespace ferry::Dialogs {

/**
 * The one seam for modal boxes and file pickers (STYLE §6). Tests pre-answer with
 * queueAnswer(): each call then takes the oldest queued answer instead of showing anything
 * (a QString for file pickers, a QMessageBox::StandardButton for questions; information and
 * warning boxes take one answer of any kind). With nothing queued the real dialog is shown.
 * Thread: GUI thread.
 */

QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter);
QString existingDirectory(QWidget *parent, const QString &caption, const QString &directory);
QMessageBox::StandardButton
question(QWidget *parent, const QString &title, const QString &text,
         QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
         QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
/**
 * A line of text asked without blocking (window-modal, QInputDialog::open(); password: echo
 * off; the dialog is named "textInputDialog"). done gets the text, or ok false for Cancel,
 * Escape or closing; it runs from the event loop, never inside this call, and only while
 * parent lives. Answer: a QString, or an invalid QVariant for Cancel.
 */
void askText(QWidget *parent, const QString &title, const QString &label, bool password,
             std::function<void(bool ok, const QString &text)> done);
void information(QWidget *parent, const QString &title, const QString &text);
/**
 * A decision between named actions, asked without blocking (window-modal,
 * QMessageBox::open()): done gets the index of the chosen entry of `choices`, or -1 for Cancel
 * (also Escape and closing the box). `choices[defaultChoice]` is the default button (Cancel
 * when defaultChoice is -1, for a choice that destroys something); `details`
 * (optional) goes into the box's informative text. done runs from the event loop, never
 * inside this call, and only while parent lives. Answer: an int index (-1: Cancel).
 */
void choose(QWidget *parent, const QString &title, const QString &text, const QString &details,
            const QStringList &choices, int defaultChoice, std::function<void(int)> done);
/// The box choose() shows, built but not shown (deleted when closed): for screenshots and
/// tests. Its buttons are named "choiceButton<index>" and "cancelButton".
QMessageBox *choiceBox(QWidget *parent, const QString &title, const QString &text,
                       const QString &details, const QStringList &choices, int defaultChoice);
void warning(QWidget *parent, const QString &title, const QString &text);

/// Tests: the answer for the next dialog call.
void queueAnswer(const QVariant &answer);
/// Tests: answers queued but not taken yet (a test asserts 0 at its end).
int pendingAnswers();
/// Tests: the title of every dialog taken from the queue, oldest first.
QStringList answeredTitles();
void clearAnswers();

} // namespace ferry::Dialogs
