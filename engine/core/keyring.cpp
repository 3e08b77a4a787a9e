// SPDX-License-Identifier: MIT
#include "engine/core/keyring.h"

#include "engine/core/connection_spec.h"
#include "engine/core/tr.h"

// GLib's D-Bus headers use "signals" as a member name; Qt (through the precompiled header)
// defines it as a keyword macro.
#pragma push_macro("signals")
#undef signals
#include <libsecret/secret.h>
#pragma pop_macro("signals")

#include <memory>

namespace ferry {

namespace {

const SecretSchema *ferrySchema()
{
    static const SecretSchema schema = {
        KeyringService,
        SECRET_SCHEMA_NONE,
        {
            {"account", SECRET_SCHEMA_ATTRIBUTE_STRING},
            {nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING},
        },
    };
    return &schema;
}

struct GErrorDeleter
{
    void operator()(GError *error) const { g_error_free(error); }
};
using GErrorPtr = std::unique_ptr<GError, GErrorDeleter>;

std::string text(const QString &message) { return message.toStdString(); }

/// True when the error means there is no session bus or nobody provides org.freedesktop.secrets.
bool isServiceMissing(const GError *error)
{
    if (error->domain == G_IO_ERROR)
        return error->code != G_IO_ERROR_CANCELLED;
    if (error->domain == G_DBUS_ERROR) {
        switch (error->code) {
        case G_DBUS_ERROR_SERVICE_UNKNOWN:
        case G_DBUS_ERROR_NAME_HAS_NO_OWNER:
        case G_DBUS_ERROR_NO_SERVER:
        case G_DBUS_ERROR_SPAWN_EXEC_FAILED:
        case G_DBUS_ERROR_SPAWN_FORK_FAILED:
        case G_DBUS_ERROR_SPAWN_CHILD_EXITED:
        case G_DBUS_ERROR_SPAWN_CHILD_SIGNALED:
        case G_DBUS_ERROR_SPAWN_FAILED:
        case G_DBUS_ERROR_SPAWN_SERVICE_INVALID:
        case G_DBUS_ERROR_SPAWN_SERVICE_NOT_FOUND:
        case G_DBUS_ERROR_SPAWN_PERMISSIONS_INVALID:
        case G_DBUS_ERROR_SPAWN_FILE_INVALID:
        case G_DBUS_ERROR_SPAWN_NO_MEMORY:
        case G_DBUS_ERROR_TIMEOUT:
        case G_DBUS_ERROR_TIMED_OUT:
        case G_DBUS_ERROR_NO_REPLY:
        case G_DBUS_ERROR_DISCONNECTED:
            return true;
        default:
            return false;
        }
    }
    return false;
}

bool isLocked(const GError *error)
{
    return (error->domain == SECRET_ERROR && error->code == SECRET_ERROR_IS_LOCKED)
        || (error->domain == G_IO_ERROR && error->code == G_IO_ERROR_CANCELLED);
}

/// Converts a libsecret failure. `failed` is the one-sentence message for any other error.
Error keyringError(const GError *error, const std::string &account, const QString &failed)
{
    const QString where = QString::fromStdString(redactUri(account));
    Error result;
    result.action = ErrorAction::FixConfiguration;
    result.location = redactUri(account);
    result.detail = error && error->message ? error->message : "";
    if (error && isServiceMissing(error)) {
        result.code = ErrorCode::NotSupported;
        result.message = text(EngineTr::tr("Could not use the system keyring for %1: no keyring "
                                           "service is running.")
                                  .arg(where));
        result.hint = text(EngineTr::tr(
            "Start a Secret Service provider (GNOME Keyring, KWallet or KeePassXC) in the "
            "session, or give the password through FERRY_SOURCE_PASSWORD / "
            "FERRY_TARGET_PASSWORD or the prompt."));
    } else if (error && isLocked(error)) {
        result.code = ErrorCode::NotSupported;
        result.message
            = text(EngineTr::tr("Could not use the system keyring for %1: the keyring is locked.")
                       .arg(where));
        result.hint = text(EngineTr::tr(
            "Unlock the keyring (log in to the desktop session or open the keyring manager), or "
            "give the password through FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD or the "
            "prompt."));
    } else {
        result.code = ErrorCode::Io;
        result.message = text(failed.arg(where));
        result.hint = text(EngineTr::tr("Check that the keyring service works (for example with "
                                        "'secret-tool search service %1').")
                               .arg(QLatin1String(KeyringService)));
    }
    return result;
}

/// The keyring holds no password for the account.
Error nothingStored(const std::string &account)
{
    Error missing;
    missing.code = ErrorCode::SecretNotFound;
    missing.action = ErrorAction::FixConfiguration;
    missing.location = redactUri(account);
    missing.message = text(EngineTr::tr("The system keyring holds no password for %1.")
                               .arg(QString::fromStdString(redactUri(account))));
    return missing;
}

} // namespace

Result<Secret> readKeyringPassword(const std::string &account)
{
    GError *raw = nullptr;
    gchar *password = secret_password_lookup_sync(ferrySchema(), nullptr, &raw, "account",
                                                  account.c_str(), nullptr);
    GErrorPtr error(raw);
    if (error) {
        if (password)
            secret_password_free(password);
        return keyringError(
            error.get(), account,
            EngineTr::tr("Could not read the password for %1 from the system keyring."));
    }
    if (!password) {
        Error missing = nothingStored(account);
        missing.hint = text(EngineTr::tr("Store one with 'ferry keyring store URI'."));
        return missing;
    }
    Secret secret {std::string(password)};
    secret_password_free(password); // wipes the copy libsecret made
    return secret;
}

Result<void> storeKeyringPassword(const std::string &account, const Secret &password)
{
    if (password.isEmpty()) {
        Error empty;
        empty.code = ErrorCode::Usage;
        empty.action = ErrorAction::FixConfiguration;
        empty.location = redactUri(account);
        empty.message = text(EngineTr::tr("Refusing to store an empty password for %1 in the "
                                          "system keyring.")
                                 .arg(QString::fromStdString(redactUri(account))));
        empty.hint = text(EngineTr::tr("Give the password through FERRY_SOURCE_PASSWORD or the "
                                       "prompt."));
        return empty;
    }
    const std::string label = text(
        EngineTr::tr("Ferry password for %1").arg(QString::fromStdString(redactUri(account))));
    GError *raw = nullptr;
    const gboolean stored = secret_password_store_sync(
        ferrySchema(), SECRET_COLLECTION_DEFAULT, label.c_str(), password.reveal().c_str(), nullptr,
        &raw, "account", account.c_str(), nullptr);
    GErrorPtr error(raw);
    if (error || !stored) {
        return keyringError(
            error.get(), account,
            EngineTr::tr("Could not store the password for %1 in the system keyring."));
    }
    return {};
}

Result<void> deleteKeyringPassword(const std::string &account)
{
    GError *raw = nullptr;
    const gboolean removed = secret_password_clear_sync(ferrySchema(), nullptr, &raw, "account",
                                                        account.c_str(), nullptr);
    GErrorPtr error(raw);
    if (error) {
        return keyringError(
            error.get(), account,
            EngineTr::tr("Could not remove the password for %1 from the system keyring."));
    }
    if (!removed)
        return nothingStored(account);
    return {};
}

} // namespace ferry
