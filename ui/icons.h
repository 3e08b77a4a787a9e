// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

namespace ferry {

/**
 * An SVG icon from the application's resources (:/icons/<name>.svg, resources/icons/), crisp at
 * any scale. Names: see resources/icons/README.md. A missing name gives a null icon and a
 * warning. Thread: GUI thread.
 */
[[nodiscard]] QIcon icon(const char *name);

} // namespace ferry
