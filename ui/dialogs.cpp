// SPDX-License-Identifier: MIT
#include "ui/dialogs.h"

#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>

#include <deque>

namespace ferry::Dialogs {

namespace {

std::deque<QVariant> &answers()
{
    static std::deque<QVariant> queued;
    return queued;
}

QStringList &titles()
{
    static QStringList taken;
    return taken;
}

bool takeAnswer(const QString &title, QVariant *answer)
{
    if (answers().empty())
        return false;
    *answer = answers().front();
    answers().pop_front();
    titles().append(title);
    return true;
}

} // namespace

QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter)
{
    QVariant answer;
    if (takeAnswer(caption, &answer))
        return answer.toString();
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter)
{
    QVariant answer;
    if (takeAnswer(caption, &answer))
        return answer.toString();
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

QString existingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    QVariant answer;
    if (takeAnswer(caption, &answer))
        return answer.toString();
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton)
{
    QVariant answer;
    if (takeAnswer(title, &answer))
        return static_cast<QMessageBox::StandardButton>(answer.toInt());
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void askText(QWidget *parent, const QString &title, const QString &label, bool password,
             std::function<void(bool ok, const QString &text)> done)
{
    QObject *context = parent ? static_cast<QObject *>(parent) : qApp;
    QVariant answer;
    if (takeAnswer(title, &answer)) {
        QMetaObject::invokeMethod(
            context, [done, answer] { done(answer.isValid(), answer.toString()); },
            Qt::QueuedConnection);
        return;
    }
    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(QStringLiteral("textInputDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextEchoMode(password ? QLineEdit::Password : QLineEdit::Normal);
    QObject::connect(dialog, &QDialog::finished, context, [dialog, done](int result) {
        done(result == QDialog::Accepted, dialog->textValue());
    });
    dialog->open();
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    QVariant answer;
    if (!takeAnswer(title, &answer))
        QMessageBox::information(parent, title, text);
}

QMessageBox *choiceBox(QWidget *parent, const QString &title, const QString &text,
                       const QString &details, const QStringList &choices, int defaultChoice)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("choiceBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(details);
    for (qsizetype i = 0; i < choices.size(); ++i) {
        QPushButton *button = box->addButton(choices[i], QMessageBox::AcceptRole);
        button->setObjectName(QStringLiteral("choiceButton%1").arg(i));
        if (i == defaultChoice)
            box->setDefaultButton(button);
    }
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box->setEscapeButton(cancel);
    if (defaultChoice < 0 || defaultChoice >= choices.size())
        box->setDefaultButton(cancel);
    return box;
}

void choose(QWidget *parent, const QString &title, const QString &text, const QString &details,
            const QStringList &choices, int defaultChoice, std::function<void(int)> done)
{
    QObject *context = parent ? static_cast<QObject *>(parent) : qApp;
    QVariant answer;
    if (takeAnswer(title, &answer)) {
        const int index = answer.toInt();
        QMetaObject::invokeMethod(
            context, [done, index] { done(index); }, Qt::QueuedConnection);
        return;
    }
    QMessageBox *box = choiceBox(parent, title, text, details, choices, defaultChoice);
    QObject::connect(box, &QMessageBox::finished, context, [box, done] {
        // "choiceButton<index>"; Cancel, Escape or closing the box: -1.
        const QString prefix = QStringLiteral("choiceButton");
        const QAbstractButton *clicked = box->clickedButton();
        const bool chosen = clicked && clicked->objectName().startsWith(prefix);
        done(chosen ? clicked->objectName().mid(prefix.size()).toInt() : -1);
    });
    box->open();
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    QVariant answer;
    if (!takeAnswer(title, &answer))
        QMessageBox::warning(parent, title, text);
}

void queueAnswer(const QVariant &answer)
{
    answers().push_back(answer);
}

int pendingAnswers()
{
    return static_cast<int>(answers().size());
}

QStringList answeredTitles()
{
    return titles();
}

void clearAnswers()
{
    answers().clear();
    titles().clear();
}

} // namespace ferry::Dialogs
