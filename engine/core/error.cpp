// SPDX-License-Identifier: MIT
#include "engine/core/error.h"

#include "engine/core/tr.h"

namespace ferry {

std::string Error::toString() const
{
    std::string text = message;
    if (!location.empty())
        text += " (" + location + ")";
    if (!detail.empty())
        text += ": " + detail;
    if (!hint.empty())
        text += ". " + hint;
    return text;
}

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Internal: return "internal";
    case ErrorCode::Usage: return "usage";
    case ErrorCode::InvalidUri: return "invalid-uri";
    case ErrorCode::ConnectionFailed: return "connection-failed";
    case ErrorCode::UnknownHost: return "unknown-host";
    case ErrorCode::ConnectionRefused: return "connection-refused";
    case ErrorCode::ConnectionTimeout: return "connection-timeout";
    case ErrorCode::AuthenticationFailed: return "authentication-failed";
    case ErrorCode::TlsFailure: return "tls-failure";
    case ErrorCode::DatabaseNotFound: return "database-not-found";
    case ErrorCode::MissingPrivilege: return "missing-privilege";
    case ErrorCode::UnsupportedServerVersion: return "unsupported-server-version";
    case ErrorCode::DriverNotFound: return "driver-not-found";
    case ErrorCode::FileNotFound: return "file-not-found";
    case ErrorCode::NotADatabase: return "not-a-database";
    case ErrorCode::WrongProtocol: return "wrong-protocol";
    case ErrorCode::QueryFailed: return "query-failed";
    case ErrorCode::CatalogReadFailed: return "catalog-read-failed";
    case ErrorCode::LobTruncated: return "lob-truncated";
    case ErrorCode::ProjectInvalid: return "project-invalid";
    case ErrorCode::Io: return "io";
    case ErrorCode::NotSupported: return "not-supported";
    case ErrorCode::SecretNotFound: return "secret-not-found";
    case ErrorCode::Cancelled: return "cancelled";
    }
    return "unknown";
}

Error cancelledError(std::string location)
{
    Error error;
    error.code = ErrorCode::Cancelled;
    error.action = ErrorAction::FailTask;
    error.message = EngineTr::tr("Stopped on request.").toStdString();
    error.location = std::move(location);
    return error;
}

} // namespace ferry
