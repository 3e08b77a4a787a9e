// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/connector.h"

namespace ferry::mysql {

/// The MySQL/MariaDB connector (engine/connectors/connector.h).
[[nodiscard]] const Connector &connector();

} // namespace ferry::mysql
