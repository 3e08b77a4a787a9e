// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <algorithm>
#include <climits>
#include <cstdint>
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

/// A count as tr()'s plural argument (an int, clamped). Messages put the number itself in with
/// numberText(), so that counts past INT_MAX read right: tr("%1 row(s)", nullptr, pluralOf(n))
/// .arg(numberText(n)).
inline int pluralOf(int64_t count)
{
    return static_cast<int>(std::clamp<int64_t>(count, 0, INT_MAX));
}

/// A count as the user's locale writes it, with group separators ("12,345").
inline QString numberText(int64_t count)
{
    return QLocale().toString(static_cast<qlonglong>(count));
}

} // namespace ferry
