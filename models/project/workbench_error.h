// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"

#include <QString>

namespace ferry {

/**
 * An engine Error as the workbench shows it: "message (location): detail" as whole sentences
 * (no ".:"), then advice for the workbench. The engine's hints speak to the CLI
 * (FERRY_SOURCE_PASSWORD, ~/.my.cnf, ~/.pgpass); here a failed login says to enter the
 * password again or edit the endpoint, and other hints naming CLI-only places say to check the
 * endpoint. The CLI keeps printing Error::toString() unchanged.
 */
[[nodiscard]] QString workbenchErrorText(const Error &error);

/// The advice part of workbenchErrorText() alone (may be empty).
[[nodiscard]] QString workbenchHint(const Error &error);

} // namespace ferry
