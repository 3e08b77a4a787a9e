// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;

namespace ferry {

/**
 * Preferences: language (applies after a restart) and colour scheme (applies at once). Reads
 * and writes the typed settings of models/settings.h. Thread: GUI thread.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// Saves the choices (OK does this); applies the theme.
    void apply();

    /// The languages Ferry ships: code ("" = system) and the language's own name.
    static QList<QPair<QString, QString>> languages();

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
};

} // namespace ferry
