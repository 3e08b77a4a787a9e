// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/connector.h"

namespace ferry::odbc {

/// The ODBC connector (engine/connectors/connector.h).
[[nodiscard]] const Connector &connector();

} // namespace ferry::odbc
