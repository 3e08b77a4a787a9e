// SPDX-License-Identifier: MIT
#include "ui/preferences_dialog.h"

#include "models/settings.h"
#include "ui/appearance.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry {

QList<QPair<QString, QString>> PreferencesDialog::languages()
{
    return {
        {QString(), tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Fran\u00e7ais")},
        {QStringLiteral("ja"), QStringLiteral("\u65e5\u672c\u8a9e")},
        {QStringLiteral("zh_CN"), QStringLiteral("\u7b80\u4f53\u4e2d\u6587")},
    };
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    QSettings settings;

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    const QString language = Settings::Language.value(settings);
    for (const auto &[code, name] : languages()) {
        m_language->addItem(name, code);
        if (code == language)
            m_language->setCurrentIndex(m_language->count() - 1);
    }
    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Settings::Theme.value(settings))));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language applies when Ferry starts again."));
    note->setWordWrap(true);
    form->addRow(QString(), note);
    form->addRow(tr("&Colours:"), m_theme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    // Room around the form (an em at least, more than some styles give dialogs) and for the
    // language names and the note on one or two lines.
    const int margin
        = std::max(style()->pixelMetric(QStyle::PM_LayoutLeftMargin), fontMetrics().height());
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(margin);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
}

void PreferencesDialog::apply()
{
    QSettings settings;
    Settings::Language.setValue(settings, m_language->currentData().toString());
    const QString theme = m_theme->currentData().toString();
    if (theme != Settings::Theme.value(settings)) {
        Settings::Theme.setValue(settings, theme);
        applyTheme(themeFromName(theme));
    }
}

} // namespace ferry
