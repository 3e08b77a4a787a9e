// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ferry {

/// The colour scheme chosen in Preferences: the desktop's own palette, or Fusion light/dark.
enum class Theme { System, Light, Dark };

[[nodiscard]] Theme themeFromName(const QString &name); ///< "system", "light", "dark"
[[nodiscard]] QString themeName(Theme theme);

/// Applies the theme to the application (palette and style). Call before showing windows;
/// later calls restyle open windows too. Thread: GUI thread.
void applyTheme(Theme theme);

/// True when the application's current window colour is dark (icons and state colours pick
/// their dark-mode variants from this).
[[nodiscard]] bool isDarkPalette();

} // namespace ferry
