// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/endpoint.h"

#include <memory>

namespace ferry::odbc {

/// Creates the odbc endpoint for spec (spec.dialect must match).
[[nodiscard]] std::unique_ptr<Endpoint> makeEndpoint(const ConnectionSpec &spec);

} // namespace ferry::odbc
