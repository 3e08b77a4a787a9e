// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/endpoint.h"

#include <memory>

namespace ferry::mysql {

/// Creates the mysql endpoint for spec (spec.dialect must match).
[[nodiscard]] std::unique_ptr<Endpoint> makeEndpoint(const ConnectionSpec &spec);

} // namespace ferry::mysql
