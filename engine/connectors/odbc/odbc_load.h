// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/connector.h"

namespace ferry::odbc {

/// The odbc implementations of the data-path interfaces (engine/load/load_session.h).
[[nodiscard]] SourceOpener openSourceSession;
/// ODBC is a source only.

} // namespace ferry::odbc
