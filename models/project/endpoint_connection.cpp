// SPDX-License-Identifier: MIT
#include "models/project/endpoint_connection.h"

#include "models/engine_client.h"
#include "models/project/project_document.h"

#include <QCoreApplication>

namespace ferry {

namespace {

Error passwordNeeded(const std::string &endpointName)
{
    Error error;
    error.code = ErrorCode::SecretNotFound;
    error.action = ErrorAction::FixConfiguration;
    error.message = QCoreApplication::translate("ferry::EndpointConnection",
                                                "Endpoint '%1' needs a password.")
                        .arg(QString::fromStdString(endpointName))
                        .toStdString();
    error.hint = QCoreApplication::translate("ferry::EndpointConnection",
                                             "Enter it when asked; it is kept for this session "
                                             "only.")
                     .toStdString();
    error.location = endpointName;
    return error;
}

} // namespace

std::string keyringAccount(const ConnectionSpec &spec)
{
    return spec.toUri();
}

void connectionSpecWithPassword(const ProjectDocument &document, EngineClient &client,
                                const std::string &endpointName, QObject *context,
                                std::function<void(const Result<ConnectionSpec> &)> done)
{
    const project::Endpoint *endpoint = document.project().findEndpoint(endpointName);
    auto deliver = [context, done](Result<ConnectionSpec> result) {
        QMetaObject::invokeMethod(
            context, [done, result = std::move(result)] { done(result); }, Qt::QueuedConnection);
    };
    if (!endpoint) {
        Error error;
        error.code = ErrorCode::ProjectInvalid;
        error.action = ErrorAction::FixConfiguration;
        error.message = QCoreApplication::translate("ferry::EndpointConnection",
                                                    "The project has no endpoint '%1'.")
                            .arg(QString::fromStdString(endpointName))
                            .toStdString();
        deliver(error);
        return;
    }
    auto spec = endpoint->connectionSpec(document.directory());
    if (!spec) {
        deliver(spec.error());
        return;
    }
    if (const Secret *typed = document.password(endpointName); typed && !typed->isEmpty()) {
        spec->password = *typed;
        deliver(std::move(*spec));
        return;
    }
    switch (endpoint->passwordSource) {
    case PasswordSource::None:
    case PasswordSource::EngineFile:
        deliver(std::move(*spec));
        return;
    case PasswordSource::Env: {
        const QByteArray value = qgetenv(endpoint->passwordEnv.c_str());
        if (value.isEmpty()) {
            deliver(passwordNeeded(endpointName));
            return;
        }
        spec->password = Secret(value.toStdString());
        deliver(std::move(*spec));
        return;
    }
    case PasswordSource::Prompt:
        deliver(passwordNeeded(endpointName));
        return;
    case PasswordSource::Keyring:
        client.readPassword(keyringAccount(*spec), context,
                            [done, endpointName, withoutPassword = *spec](
                                const Result<Secret> &secret) {
                                if (!secret) {
                                    done(passwordNeeded(endpointName));
                                    return;
                                }
                                ConnectionSpec result = withoutPassword;
                                result.password = *secret;
                                done(result);
                            });
        return;
    }
}

} // namespace ferry
