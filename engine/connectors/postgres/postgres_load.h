// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/connector.h"

namespace ferry::postgres {

/// The postgres implementations of the data-path interfaces (engine/load/load_session.h).
/// Readers and writers use their session's connection: destroy them before the session.
[[nodiscard]] SourceOpener openSourceSession;
[[nodiscard]] TargetOpener openTargetSession;

} // namespace ferry::postgres
