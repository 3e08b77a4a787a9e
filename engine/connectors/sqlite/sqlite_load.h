// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/load_session.h"

namespace ferry::sqlite {

/// The sqlite implementations of the data-path interfaces (engine/load/load_session.h).
[[nodiscard]] Result<std::unique_ptr<load::SourceSession>> openSourceSession(
    const ConnectionSpec &spec);
[[nodiscard]] Result<std::unique_ptr<load::TargetSession>> openTargetSession(
    const ConnectionSpec &spec);

} // namespace ferry::sqlite
