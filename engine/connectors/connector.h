// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/endpoint.h"
#include "engine/convert/ddl/ddl_writer.h"
#include "engine/core/identifier_rules.h"
#include "engine/load/load_session.h"

#include <memory>
#include <string>
#include <string_view>

namespace ferry {

/// What a connector can do; the capabilities it lacks are refused with a clear error.
struct ConnectorCapabilities
{
    bool source = true; ///< reads tables (source sessions)
    bool target = false; ///< creates and writes tables (target sessions, DDL)
    bool changeCapture = false; ///< a change reader (CDC); none yet
    /// As a target: foreign keys are checked while rows go in, so keys that reference a table
    /// must be dropped before it is emptied and loaded in any order (PostgreSQL).
    bool checksForeignKeysWhileLoading = false;
    /// As a target: one writer at a time (SQLite): parallel slices would only queue on a lock.
    bool oneWriterAtATime = false;
};

/**
 * One database engine as the rest of Ferry sees it (DESIGN §1): a stateless capability object
 * that hands out what the engine can do -- its endpoint (test connection, catalog), source and
 * target sessions of the data path, its target types, the DDL writer of its SQL and its
 * identifier rules. No code outside
 * engine/connectors/ switches over engines: it asks connectorFor(kind).
 *
 * Thread: connectors are immutable singletons, usable from any thread; what they hand out
 * belongs to the thread that asked (engine/load/load_session.h).
 */
class Connector
{
public:
    virtual ~Connector() = default;

    virtual Dialect kind() const = 0;
    /// "PostgreSQL", "MySQL/MariaDB", "SQLite", "ODBC": for messages.
    virtual const char *displayName() const = 0;
    virtual ConnectorCapabilities capabilities() const = 0;

    /// The endpoint for spec (which names this connector's kind). Never null.
    [[nodiscard]] virtual std::unique_ptr<Endpoint> endpoint(const ConnectionSpec &spec) const = 0;
    [[nodiscard]] virtual Result<std::unique_ptr<load::SourceSession>>
    openSource(const ConnectionSpec &spec) const = 0;
    /// Default: ErrorCode::NotSupported (the engine is not a target).
    [[nodiscard]] virtual Result<std::unique_ptr<load::TargetSession>>
    openTarget(const ConnectionSpec &spec) const;

    /// The native type this engine creates for a canonical type as a target ("bigint",
    /// "varchar(255)", "datetime(6)", "INTEGER"): no loss where the engine can hold the values
    /// (MySQL TIME beyond 24 h -> PostgreSQL interval, unsigned 64-bit -> numeric(20,0), ...).
    /// Pure, no connection. Empty for an engine that is no target.
    [[nodiscard]] virtual std::string nativeType(const CanonicalType &type) const;
    /// The DDL writer of the SQL this engine speaks as a target (engine/convert/ddl/); pure,
    /// no connection. nullptr for an engine that is no target.
    [[nodiscard]] virtual const convert::DdlWriter *ddlWriter() const;
    /// How the engine limits and scopes names.
    [[nodiscard]] virtual IdentifierRules identifierRules() const = 0;
};

/// The entry points a connector folder exports: its <engine>_endpoint.h and <engine>_load.h
/// declare them with these types, the registry (ConnectorParts) holds them.
using EndpointFactory = std::unique_ptr<Endpoint>(const ConnectionSpec &spec);
using SourceOpener = Result<std::unique_ptr<load::SourceSession>>(const ConnectionSpec &spec);
using TargetOpener = Result<std::unique_ptr<load::TargetSession>>(const ConnectionSpec &spec);

/// A connector described by its facts and entry points (the registry in connector.cpp lists one
/// per engine). Without openTarget and ddlWriter it is a source only; its native types are its
/// DDL writer's.
struct ConnectorParts
{
    Dialect kind = Dialect::Sqlite;
    const char *displayName = "";
    IdentifierRules identifierRules;
    bool checksForeignKeysWhileLoading = false; ///< see ConnectorCapabilities
    bool oneWriterAtATime = false;
    EndpointFactory *endpoint = nullptr;
    SourceOpener *openSource = nullptr;
    TargetOpener *openTarget = nullptr;
    const convert::DdlWriter *ddlWriter = nullptr;
};

/// A Connector made of parts (every engine's connector is one; tests may make their own).
[[nodiscard]] std::unique_ptr<Connector> makeConnector(const ConnectorParts &parts);

/// The connector of an engine kind. Never null: every Dialect has one.
[[nodiscard]] const Connector &connectorFor(Dialect kind);

} // namespace ferry

namespace ferry::load {

/// Opens a source session for spec.dialect through its connector (PostgreSQL, MySQL, SQLite
/// read-only, ODBC).
[[nodiscard]] Result<std::unique_ptr<SourceSession>> openSourceSession(const ConnectionSpec &spec);
/// Opens a target session (PostgreSQL, MySQL, SQLite read-write; creates a missing SQLite
/// file). A connector that is no target (ODBC): ErrorCode::NotSupported, located at the URI.
[[nodiscard]] Result<std::unique_ptr<TargetSession>> openTargetSession(const ConnectionSpec &spec);

} // namespace ferry::load
