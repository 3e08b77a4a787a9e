// SPDX-License-Identifier: MIT
#pragma once

#include "engine/catalog/catalog.h"

#include <QJsonObject>

namespace ferry {

/// The catalog as JSON (the `ferry catalog --json` format, documented in docs/cli.md).
/// Field names are stable and not translated. Every column lists its native and canonical type.
[[nodiscard]] QJsonObject catalogToJson(const Catalog &catalog);
[[nodiscard]] QJsonObject canonicalTypeToJson(const CanonicalType &type);

} // namespace ferry
