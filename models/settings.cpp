// SPDX-License-Identifier: MIT
#include "models/settings.h"

namespace ferry::Settings {

const SettingKey<QByteArray> MainWindowGeometry{"mainWindow/geometry", {}};
const SettingKey<QByteArray> MainWindowState{"mainWindow/state", {}};
const SettingKey<QStringList> RecentProjects{"projects/recent", {}};
// Not in a group "general": QSettings' INI format writes that group as [%General] and reads it
// back as "General/...", so "general/theme" never read back what it wrote (the saved theme and
// language were lost at the next start). "General/..." is that lost value, read as a fallback.
const SettingKey<QString> Language {"preferences/language", {}, "General/language"};
const SettingKey<QString> Theme {"preferences/theme", QStringLiteral("system"), "General/theme"};

} // namespace ferry::Settings
