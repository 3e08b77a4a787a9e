// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/dialect.h"
#include "engine/core/error.h"
#include "engine/core/secret.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ferry {

/// Where an endpoint's password comes from (DESIGN §7). Never the project file itself.
enum class PasswordSource {
    None,      ///< no password (trust, peer, SQLite)
    Env,       ///< environment variable passwordEnv
    Keyring,   ///< system keyring (GUI)
    Prompt,    ///< ask interactively
    EngineFile ///< ~/.pgpass, MySQL option files: left to the client library
};

/**
 * Everything needed to connect to one database. A plain value; copyable across threads.
 * Parsed from a connection URI (see parseConnectionUri) or built from a project endpoint.
 * The password is a Secret and is never part of toUri()'s output.
 */
struct ConnectionSpec
{
    Dialect dialect = Dialect::Sqlite;
    std::string host;         ///< PostgreSQL, MySQL; empty: the client's default (socket)
    int port = 0;             ///< 0: the engine's default
    std::string database;     ///< PostgreSQL/MySQL database; empty for MySQL means none selected
    std::string user;
    Secret password;
    std::string path;         ///< SQLite file path (absolute after resolution)
    std::string dsn;          ///< ODBC data source name
    /// Query options: sslmode, sslrootcert, sslcert, sslkey (PostgreSQL); ssl-mode, ssl-ca,
    /// ssl-cert, ssl-key (MySQL); driver and any key=value (ODBC); mode=ro (SQLite);
    /// connect_timeout (all, seconds).
    std::map<std::string, std::string> options;
    bool passwordFromUri = false; ///< a password was typed into the URI (warn the user)
    PasswordSource passwordSource = PasswordSource::None;
    std::string passwordEnv; ///< variable name when passwordSource == Env

    [[nodiscard]] std::string option(const std::string &key, const std::string &fallback = {}) const;
    [[nodiscard]] int connectTimeoutSeconds() const; ///< connect_timeout option, default 10

    /// The URI without any password; safe for logs, titles and output.
    [[nodiscard]] std::string toUri() const;
};

/**
 * Parses postgresql://user[:pw]@host[:port]/db?sslmode=..., mysql://..., mariadb://...,
 * sqlite:///abs/path.db, sqlite:relative.db, odbc://DSN[?k=v], odbc:///?driver=...&k=v.
 * Percent-escapes are decoded. Errors are ErrorCode::InvalidUri with position and a hint.
 */
[[nodiscard]] Result<ConnectionSpec> parseConnectionUri(std::string_view uri);

/// Replaces any password in a URI-looking string with "***". Use before printing any URI.
[[nodiscard]] std::string redactUri(std::string_view uri);

/// Fills spec.password from FERRY_<ROLE>_PASSWORD (role "source" or "target") when unset.
/// Returns true when a password was taken from the environment.
bool applyPasswordFromEnvironment(ConnectionSpec &spec, std::string_view role);

} // namespace ferry
