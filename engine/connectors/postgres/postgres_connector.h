// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/connector.h"

namespace ferry::postgres {

/// The PostgreSQL connector (engine/connectors/connector.h).
[[nodiscard]] const Connector &connector();

} // namespace ferry::postgres
