// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/connection_spec.h"
#include "engine/core/error.h"

#include <QObject>

#include <functional>
#include <string>

namespace ferry {

class EngineClient;
class ProjectDocument;

/**
 * Builds a project endpoint's connection spec with its password, without blocking: the
 * document's run-time password (typed at a prompt), else the endpoint's password source --
 * the environment variable, or the system keyring read off the GUI thread. When no password is
 * found for an endpoint that needs one (prompt source, keyring empty or unavailable), done gets
 * ErrorCode::SecretNotFound: the UI asks the user, stores the answer with
 * ProjectDocument::setPassword and calls again. done runs on context's thread, once.
 */
void connectionSpecWithPassword(const ProjectDocument &document, EngineClient &client,
                                const std::string &endpointName, QObject *context,
                                std::function<void(const Result<ConnectionSpec> &)> done);

/// The keyring account of an endpoint's password: its connection URI without password.
[[nodiscard]] std::string keyringAccount(const ConnectionSpec &spec);

} // namespace ferry
