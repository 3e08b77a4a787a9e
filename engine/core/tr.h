// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace ferry {

/// Translation context for engine messages (the engine is mostly not QObjects).
/// Use: EngineTr::tr("Could not connect to %1.").arg(...).toStdString()
struct EngineTr
{
    Q_DECLARE_TR_FUNCTIONS(EngineTr)
};

/// UTF-8 text (std::string, string_view, literal) as a QString, for messages: the one helper
/// (engine, models, ui, CLI).
inline QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace ferry
