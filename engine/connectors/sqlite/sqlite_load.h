// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/connector.h"

namespace ferry::sqlite {

/// The sqlite implementations of the data-path interfaces (engine/load/load_session.h).
[[nodiscard]] SourceOpener openSourceSession;
[[nodiscard]] TargetOpener openTargetSession;

} // namespace ferry::sqlite
