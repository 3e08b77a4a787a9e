// SPDX-License-Identifier: MIT
#include "models/mapping/target_type_names.h"

#include "engine/connectors/connector.h"

namespace ferry::models {

std::string targetTypeName(Dialect dialect, const CanonicalType &type)
{
    std::string native = connectorFor(dialect).nativeType(type);
    return native.empty() ? type.toString() : native;
}

} // namespace ferry::models
