// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/load_session.h"

namespace ferry::odbc {

/// The odbc implementations of the data-path interfaces (engine/load/load_session.h).
[[nodiscard]] Result<std::unique_ptr<load::SourceSession>> openSourceSession(
    const ConnectionSpec &spec);
/// ODBC is a source only.

} // namespace ferry::odbc
