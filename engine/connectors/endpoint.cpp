// SPDX-License-Identifier: MIT
#include "engine/connectors/endpoint.h"

#include "engine/connectors/connector.h"
#include "engine/core/tr.h"

#include <algorithm>
#include <exception>

namespace ferry {

const char *diagnosisCauseName(DiagnosisCause cause)
{
    switch (cause) {
    case DiagnosisCause::Ok: return "ok";
    case DiagnosisCause::InvalidSpec: return "invalid-spec";
    case DiagnosisCause::UnknownHost: return "unknown-host";
    case DiagnosisCause::ConnectionRefused: return "connection-refused";
    case DiagnosisCause::Timeout: return "timeout";
    case DiagnosisCause::AuthenticationFailed: return "authentication-failed";
    case DiagnosisCause::TlsFailure: return "tls-failure";
    case DiagnosisCause::DatabaseNotFound: return "database-not-found";
    case DiagnosisCause::MissingPrivilege: return "missing-privilege";
    case DiagnosisCause::UnsupportedServerVersion: return "unsupported-server-version";
    case DiagnosisCause::DriverNotFound: return "driver-not-found";
    case DiagnosisCause::NotADatabase: return "not-a-database";
    case DiagnosisCause::WrongProtocol: return "wrong-protocol";
    case DiagnosisCause::Other: return "other";
    }
    return "other";
}

ErrorCode errorCodeForCause(DiagnosisCause cause)
{
    switch (cause) {
    case DiagnosisCause::Ok: return ErrorCode::Internal;
    case DiagnosisCause::InvalidSpec: return ErrorCode::InvalidUri;
    case DiagnosisCause::UnknownHost: return ErrorCode::UnknownHost;
    case DiagnosisCause::ConnectionRefused: return ErrorCode::ConnectionRefused;
    case DiagnosisCause::Timeout: return ErrorCode::ConnectionTimeout;
    case DiagnosisCause::AuthenticationFailed: return ErrorCode::AuthenticationFailed;
    case DiagnosisCause::TlsFailure: return ErrorCode::TlsFailure;
    case DiagnosisCause::DatabaseNotFound: return ErrorCode::DatabaseNotFound;
    case DiagnosisCause::MissingPrivilege: return ErrorCode::MissingPrivilege;
    case DiagnosisCause::UnsupportedServerVersion: return ErrorCode::UnsupportedServerVersion;
    case DiagnosisCause::DriverNotFound: return ErrorCode::DriverNotFound;
    case DiagnosisCause::NotADatabase: return ErrorCode::NotADatabase;
    case DiagnosisCause::WrongProtocol: return ErrorCode::WrongProtocol;
    case DiagnosisCause::Other: return ErrorCode::ConnectionFailed;
    }
    return ErrorCode::ConnectionFailed;
}

Error ConnectionDiagnosis::toError() const
{
    Error error;
    error.code = errorCodeForCause(cause);
    error.action = cause == DiagnosisCause::Timeout || cause == DiagnosisCause::ConnectionRefused
                       ? ErrorAction::Retry
                       : ErrorAction::FixConfiguration;
    error.message = message;
    error.detail = detail;
    error.hint = hint;
    return error;
}

bool describeCause(ConnectionDiagnosis &diagnosis, std::span<const CauseWords> words,
                   const QString &where, int timeoutSeconds)
{
    const auto wordsFor = [&](DiagnosisCause cause) {
        return std::find_if(words.begin(), words.end(),
                            [cause](const CauseWords &row) { return row.cause == cause; });
    };
    auto row = wordsFor(diagnosis.cause);
    if (row == words.end())
        row = wordsFor(DiagnosisCause::Other);
    if (row == words.end())
        return false;
    QString message = QCoreApplication::translate("EngineTr", row->message).arg(where);
    if (row->cause == DiagnosisCause::Timeout)
        message = message.arg(timeoutSeconds);
    diagnosis.message = message.toStdString();
    diagnosis.hint = QCoreApplication::translate("EngineTr", row->hint).toStdString();
    if (row->credentialsHint)
        diagnosis.credentialsHint = true;
    return true;
}

ConnectionDiagnosis BoundEndpoint::testConnection(EndpointRole role)
{
    const Clock::time_point started = Clock::now();
    ConnectionDiagnosis diagnosis;
    try {
        diagnosis = diagnose(role, started);
    } catch (const std::exception &exception) {
        const std::string message = unexpectedFailure(Operation::TestConnection);
        if (message.empty())
            throw;
        diagnosis = ConnectionDiagnosis {};
        diagnosis.cause = DiagnosisCause::Other;
        diagnosis.message = message;
        diagnosis.detail = exception.what();
    }
    diagnosis.elapsed
        = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started);
    return diagnosis;
}

Result<Catalog> BoundEndpoint::readCatalog(const CatalogFilter &filter)
{
    try {
        return fetchCatalog(filter);
    } catch (const std::exception &exception) {
        Error error;
        error.message = unexpectedFailure(Operation::ReadCatalog);
        if (error.message.empty())
            throw;
        error.code = ErrorCode::Internal;
        error.detail = exception.what();
        return error;
    }
}

std::unique_ptr<Endpoint> makeEndpoint(const ConnectionSpec &spec)
{
    return connectorFor(spec.dialect).endpoint(spec);
}

} // namespace ferry
