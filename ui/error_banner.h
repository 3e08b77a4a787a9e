// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;

namespace ferry {

/**
 * An in-window banner above the workbench's central area for an error that ended an operation
 * (a run, a catalog read): an error icon, the whole message word-wrapped and selectable, and a
 * close button. Hidden until showError(); a new error replaces the old one. Named
 * "errorBanner", its text "errorBannerText", its close button "errorBannerClose".
 */
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &text);
    [[nodiscard]] QString text() const;

private:
    QLabel *m_text = nullptr;
};

} // namespace ferry
