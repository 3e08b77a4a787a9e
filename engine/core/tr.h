// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>

namespace ferry {

/// Translation context for engine messages (the engine is mostly not QObjects).
/// Use: EngineTr::tr("Could not connect to %1.").arg(...).toStdString()
struct EngineTr
{
    Q_DECLARE_TR_FUNCTIONS(EngineTr)
};

/// A UTF-8 std::string as a QString, for messages: the one helper (engine, models, ui).
inline QString qs(const std::string &text) { return QString::fromStdString(text); }

} // namespace ferry
