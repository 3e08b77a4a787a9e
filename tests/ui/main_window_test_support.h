// SPDX-License-Identifier: MIT
// Helpers shared by the ui tests that drive the real main window.
#pragma once

#include "ui/main_window.h"

#include <QTest>

namespace ferry::test {

/// The window at 1280x720, shown, with the project open.
inline bool showWithProject(MainWindow &window, const QString &project)
{
    window.resize(1280, 720);
    window.show();
    return QTest::qWaitForWindowExposed(&window) && window.openProject(project);
}

} // namespace ferry::test
