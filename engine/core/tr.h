// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace ferry {

/// Translation context for engine messages (the engine is mostly not QObjects).
/// Use: EngineTr::tr("Could not connect to %1.").arg(...).toStdString()
struct EngineTr
{
    Q_DECLARE_TR_FUNCTIONS(EngineTr)
};

} // namespace ferry
