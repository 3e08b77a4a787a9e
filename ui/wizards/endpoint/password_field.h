// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/connection_spec.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLineEdit;

namespace Ui {
class PasswordField;
}

namespace ferry {

/**
 * A password entry with "Remember in the system keyring" and, when no keyring answers, a
 * banner saying that the password will be asked each time (and is never written to disk).
 * Used by the server and ODBC endpoint pages. Thread: GUI thread.
 */
class PasswordField : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordField(QWidget *parent = nullptr);
    ~PasswordField() override;

    QString password() const;
    QLineEdit *lineEdit() const;
    /// True when the box is ticked and a keyring may keep the password.
    bool rememberRequested() const;
    /// Unavailable: the box is unticked and disabled, and (note) the banner explains the
    /// fallback, with problem (the keyring's own error) as a second paragraph, word-wrapped.
    void setKeyringAvailable(bool available, const QString &problem = {}, bool note = true);
    /// Edit mode: the endpoint has a password from `source`; an empty field keeps it (the
    /// placeholder says so) and the box is ticked when the keyring holds it.
    void showKeptPassword(PasswordSource source);

signals:
    /// The password text changed (the remember choice does not change the connection).
    void edited();

private:
    std::unique_ptr<Ui::PasswordField> m_ui;
    bool m_keyringAvailable = true;
    std::optional<QString> m_rememberToolTip; ///< the box's own tooltip, while a keyring answers
};

} // namespace ferry
