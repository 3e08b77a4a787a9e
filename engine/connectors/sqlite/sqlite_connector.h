// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/connector.h"

namespace ferry::sqlite {

/// The SQLite connector (engine/connectors/connector.h).
[[nodiscard]] const Connector &connector();

} // namespace ferry::sqlite
