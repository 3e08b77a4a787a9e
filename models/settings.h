// SPDX-License-Identifier: MIT
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace ferry {

/// A typed settings key declared once with its default value; legacyKey (optional) is read
/// when key has no value yet, so a renamed key keeps what earlier versions saved.
template<typename T>
struct SettingKey
{
    const char *key;
    T defaultValue;
    const char *legacyKey = nullptr;

    T value(const QSettings &settings) const
    {
        if (legacyKey && !settings.contains(QLatin1String(key))
            && settings.contains(QLatin1String(legacyKey)))
            return settings.value(QLatin1String(legacyKey)).template value<T>();
        return settings.value(QLatin1String(key), QVariant::fromValue(defaultValue)).template value<T>();
    }
    void setValue(QSettings &settings, const T &value) const
    {
        settings.setValue(QLatin1String(key), QVariant::fromValue(value));
    }
};

/// Every persistent setting of the workbench. Thread: GUI thread.
namespace Settings {
extern const SettingKey<QByteArray> MainWindowGeometry;
extern const SettingKey<QByteArray> MainWindowState;
extern const SettingKey<QStringList> RecentProjects;
extern const SettingKey<QString> Language; ///< empty: system locale
extern const SettingKey<QString> Theme;    ///< "system", "light" or "dark"
} // namespace Settings

} // namespace ferry
