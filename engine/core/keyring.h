// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/error.h"
#include "engine/core/secret.h"

#include <string>

namespace ferry {

/// Service (libsecret schema) name under which Ferry stores endpoint passwords.
inline constexpr const char *KeyringService = "org.ferry.Ferry";

/**
 * Passwords in the system keyring (the freedesktop Secret Service over the D-Bus session bus:
 * GNOME Keyring, KWallet, KeePassXC). The account is an endpoint's redacted URI
 * (ConnectionSpec::toUri()), so it never holds a password itself.
 *
 * The calls block the calling thread until the secret service answers (no event loop is run);
 * call them from a worker or the CLI, never from the GUI thread. They are thread-safe.
 *
 * Errors: ErrorCode::NotSupported when no session bus or no secret service is running (or the
 * keyring is locked and cannot be unlocked); ErrorCode::SecretNotFound when nothing is stored
 * for the account. Secrets never appear in messages, details or logs.
 */
[[nodiscard]] Result<Secret> readKeyringPassword(const std::string &account);

/// Stores (or replaces) the password for account in the default keyring collection.
/// An empty password is refused with ErrorCode::Usage.
[[nodiscard]] Result<void> storeKeyringPassword(const std::string &account, const Secret &password);

/// Removes the password stored for account; SecretNotFound when there was none.
[[nodiscard]] Result<void> deleteKeyringPassword(const std::string &account);

} // namespace ferry
