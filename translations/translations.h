// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace ferry {

/// The languages Ferry ships translations for (besides English): "de", "fr", "ja", "zh_CN".
[[nodiscard]] QStringList shippedLanguages();

/**
 * Installs Qt's own translations (qtbase_<lang>, so standard dialog buttons are translated)
 * and Ferry's (:/i18n/ferry_<lang>.qm) into the running application. language: a code from
 * shippedLanguages(), "en", or empty for the system locale. Call before any widget or the
 * engine thread exists. Returns the language installed ("" when English / none matched).
 * Thread: main thread.
 */
QString installTranslators(const QString &language);

} // namespace ferry
