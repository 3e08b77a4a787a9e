// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/connection_spec.h"
#include "engine/core/dialect.h"
#include "engine/core/error.h"
#include "engine/core/secret.h"
#include "engine/project/value.h"

#include <QMetaType>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::project {

/// The project file format version this build reads and writes (`ferry: 1`).
constexpr int FormatVersion = 1;

/// DMS migration types (task level): "full-load", "full-load-and-cdc", "cdc".
enum class MigrationType { FullLoad, FullLoadAndCdc, Cdc };

[[nodiscard]] const char *migrationTypeName(MigrationType type);
[[nodiscard]] std::optional<MigrationType> migrationTypeFromName(std::string_view name);

/**
 * One named database endpoint of a project (DESIGN §7). Either `uri` is set, or the discrete
 * fields (host, port, database, user for PostgreSQL/MySQL; path for SQLite; dsn for ODBC).
 *
 * The file only says where the password comes from (passwordSource/passwordEnv). `password` is
 * filled at run time (keyring, prompt, environment) and is never saved nor compared.
 */
struct Endpoint
{
    std::string name;
    Dialect engine = Dialect::PostgreSql;
    std::string uri;      ///< a connection URI without password; excludes the fields below
    std::string host;
    int port = 0;         ///< 0: the engine's default
    std::string database;
    std::string user;
    std::string path;     ///< SQLite file; relative paths are relative to the project file
    std::string dsn;      ///< ODBC data source name
    std::map<std::string, std::string> options; ///< sslmode, ssl-ca, driver, connect_timeout...
    PasswordSource passwordSource = PasswordSource::None;
    std::string passwordEnv; ///< variable name when passwordSource == Env
    Secret password;         ///< run-time only: never written to a file, ignored by ==

    bool operator==(const Endpoint &other) const;

    /// The spec to connect with. Relative SQLite paths resolve against projectDirectory;
    /// options here override options of the URI. Errors: ErrorCode::InvalidUri.
    [[nodiscard]] Result<ConnectionSpec> connectionSpec(const std::string &projectDirectory) const;
};

/**
 * One table-mapping rule, stored exactly as in AWS DMS table-mapping JSON: `fields` is the rule
 * object (rule-type, rule-id, rule-name, object-locator, rule-action, ...), keys in the order
 * written. The loader checks keys and value types per rule-type (docs/project-files.md); the
 * accessors below read the common keys as text.
 */
struct MappingRule
{
    Value fields = Value::map();

    [[nodiscard]] std::string ruleType() const;   ///< selection, transformation, table-settings...
    [[nodiscard]] std::string ruleId() const;     ///< as written: "1" and 1 both give "1"
    [[nodiscard]] std::string ruleName() const;
    [[nodiscard]] std::string ruleAction() const; ///< empty for table-settings
    [[nodiscard]] std::string ruleTarget() const; ///< empty when absent
    /// An object-locator field (schema-name, table-name, column-name...); empty when absent.
    [[nodiscard]] std::string locator(std::string_view key) const;

    bool operator==(const MappingRule &other) const { return fields == other.fields; }
};

/// A DMS table-mapping document: `{rules: [...]}`.
struct TableMapping
{
    std::vector<MappingRule> rules;
    bool operator==(const TableMapping &other) const { return rules == other.rules; }
};

/// A table mapping shared by name between tasks (`mappings.<name>` in the file).
struct NamedMapping
{
    std::string name;
    TableMapping mapping;
    bool operator==(const NamedMapping &other) const
    {
        return name == other.name && mapping == other.mapping;
    }
};

/**
 * Task settings with AWS DMS ReplicationTaskSettings names: a map of groups (TargetMetadata,
 * FullLoadSettings, Logging, ControlTablesSettings, StreamBufferSettings, ErrorBehavior, ...)
 * to maps of keys, plus the few top-level keys DMS has (FailTaskWhenCleanTaskResourceFailed).
 * Kept losslessly as a Value; the loader validates known groups, keys and value types.
 */
struct TaskSettings
{
    Value groups = Value::map();

    bool isEmpty() const { return groups.entries().empty(); }
    /// settings[group][key], or nullptr when absent.
    [[nodiscard]] const Value *find(std::string_view group, std::string_view key) const;
    void set(const std::string &group, const std::string &key, Value value);
    /// These settings with overrides merged on top (maps merge key by key; anything else in
    /// overrides replaces). Used for project defaults + task overrides.
    [[nodiscard]] TaskSettings mergedWith(const TaskSettings &overrides) const;

    bool operator==(const TaskSettings &other) const { return groups == other.groups; }
};

/// A migration task: which endpoints, which mapping, which settings.
struct Task
{
    std::string name;
    std::string source; ///< endpoint name
    std::string target; ///< endpoint name
    MigrationType migrationType = MigrationType::FullLoad;
    /// Name of an entry in Project::mappings. Empty when inlineMapping is set, or when neither
    /// is set: then the default mapping applies (every non-system schema, DMS "Default").
    std::string mappingName;
    std::optional<TableMapping> inlineMapping;
    TaskSettings settings; ///< overrides on top of Project::settings

    bool operator==(const Task &other) const = default;
};

/// The layout of the file a project was loaded from (text, section positions), used to keep
/// untouched parts byte-for-byte when saving. Opaque, immutable, shared.
struct ProjectOrigin;

/**
 * A Ferry project: the contents of one project file (DESIGN §7, docs/project-files.md).
 * A plain value: cheap to copy, immutable once handed to another thread.
 * Load and save with engine/project/project_file.h.
 */
struct Project
{
    int version = FormatVersion;
    std::string name;
    std::string description;
    std::vector<Endpoint> endpoints;
    std::vector<NamedMapping> mappings;
    TaskSettings settings; ///< defaults for every task
    std::vector<Task> tasks;
    /// Set by loading; lets saving keep comments and formatting of untouched parts.
    /// Not part of the value: ignored by ==.
    std::shared_ptr<const ProjectOrigin> origin;

    [[nodiscard]] const Endpoint *findEndpoint(std::string_view endpointName) const;
    [[nodiscard]] Endpoint *findEndpoint(std::string_view endpointName);
    [[nodiscard]] const NamedMapping *findMapping(std::string_view mappingName) const;
    [[nodiscard]] const Task *findTask(std::string_view taskName) const;
    /// The task's inline or referenced mapping; nullptr when the default mapping applies.
    [[nodiscard]] const TableMapping *mappingFor(const Task &task) const;
    /// Project settings with the task's overrides merged on top.
    [[nodiscard]] TaskSettings effectiveSettings(const Task &task) const;

    /// Compares the contents; ignores origin and run-time passwords.
    bool operator==(const Project &other) const;
    bool operator!=(const Project &other) const { return !(*this == other); }
};

} // namespace ferry::project

Q_DECLARE_METATYPE(ferry::project::Project)
