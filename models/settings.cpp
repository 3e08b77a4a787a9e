// SPDX-License-Identifier: MIT
#include "models/settings.h"

namespace ferry::Settings {

const SettingKey<QByteArray> MainWindowGeometry{"mainWindow/geometry", {}};
const SettingKey<QByteArray> MainWindowState{"mainWindow/state", {}};
const SettingKey<QStringList> RecentProjects{"projects/recent", {}};
const SettingKey<QString> Language{"general/language", {}};
const SettingKey<QString> Theme{"general/theme", QStringLiteral("system")};

} // namespace ferry::Settings
