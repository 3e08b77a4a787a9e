// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/load_session.h"

namespace ferry::postgres {

/// The postgres implementations of the data-path interfaces (engine/load/load_session.h).
/// Readers and writers use their session's connection: destroy them before the session.
[[nodiscard]] Result<std::unique_ptr<load::SourceSession>> openSourceSession(
    const ConnectionSpec &spec);
[[nodiscard]] Result<std::unique_ptr<load::TargetSession>> openTargetSession(
    const ConnectionSpec &spec);

} // namespace ferry::postgres
