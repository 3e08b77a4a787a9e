// SPDX-License-Identifier: MIT
#include "ui/wizards/endpoint/password_field.h"

#include "ui/wizards/wizard_support.h"
#include "ui_password_field.h"

namespace ferry {

PasswordField::PasswordField(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PasswordField>())
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->passwordEdit);
    wizards::setStateIcon(m_ui->keyringBannerIcon, "warning", QStyle::SP_MessageBoxWarning);
    m_ui->keyringBanner->hide();
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &PasswordField::edited);
}

PasswordField::~PasswordField() = default;

QString PasswordField::password() const { return m_ui->passwordEdit->text(); }

QLineEdit *PasswordField::lineEdit() const { return m_ui->passwordEdit; }

bool PasswordField::rememberRequested() const
{
    return m_keyringAvailable && m_ui->rememberPasswordCheck->isChecked();
}

void PasswordField::setKeyringAvailable(bool available, const QString &problem, bool note)
{
    m_keyringAvailable = available;
    m_ui->rememberPasswordCheck->setEnabled(available);
    if (!available)
        m_ui->rememberPasswordCheck->setChecked(false);
    const QString fallback = tr("No system keyring is available, so Ferry cannot remember this "
                                "password: it will ask for it each time it connects. The "
                                "password is never written to the project file.");
    m_ui->keyringBannerText->setText(
        problem.isEmpty() ? fallback : fallback + QStringLiteral("\n\n") + problem);
    // Where the note is not shown (said on an earlier page), the disabled box says why.
    if (!m_rememberToolTip)
        m_rememberToolTip = m_ui->rememberPasswordCheck->toolTip();
    m_ui->rememberPasswordCheck->setToolTip(available ? *m_rememberToolTip : fallback);
    m_ui->keyringBanner->setVisible(!available && note);
}

void PasswordField::showKeptPassword(PasswordSource source)
{
    const bool kept = source != PasswordSource::None;
    m_ui->passwordEdit->setPlaceholderText(
        //: placeholder of the password field when an endpoint is edited
        kept ? tr("unchanged: leave empty to keep it") : QString());
    if (kept)
        m_ui->rememberPasswordCheck->setChecked(source == PasswordSource::Keyring);
}

} // namespace ferry
