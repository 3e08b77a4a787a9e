// SPDX-License-Identifier: MIT
#include "engine/project/project.h"

#include "engine/core/enum_names.h"
#include "engine/core/tr.h"

#include <QDir>

namespace ferry::project {

constexpr const char *MigrationTypeNames[] = {"full-load", "full-load-and-cdc", "cdc"};
static_assert(namesEvery(MigrationTypeNames, MigrationType::Cdc));

const char *migrationTypeName(MigrationType type) { return nameOf(MigrationTypeNames, type); }

std::optional<MigrationType> migrationTypeFromName(std::string_view name)
{
    return valueNamed<MigrationType>(MigrationTypeNames, name);
}

bool Endpoint::operator==(const Endpoint &other) const
{
    return name == other.name && engine == other.engine && uri == other.uri
           && host == other.host && port == other.port && database == other.database
           && user == other.user && path == other.path && dsn == other.dsn
           && options == other.options && passwordSource == other.passwordSource
           && passwordEnv == other.passwordEnv;
}

Result<ConnectionSpec> Endpoint::connectionSpec(const std::string &projectDirectory) const
{
    ConnectionSpec spec;
    if (!uri.empty()) {
        auto parsed = parseConnectionUri(uri);
        if (!parsed)
            return parsed.error();
        spec = std::move(parsed.value());
        if (spec.dialect != engine) {
            Error error;
            error.code = ErrorCode::InvalidUri;
            error.action = ErrorAction::FixConfiguration;
            error.message = EngineTr::tr("The URI of endpoint '%1' is not a %2 URI.")
                                .arg(QString::fromStdString(name),
                                     QString::fromLatin1(dialectName(engine)))
                                .toStdString();
            error.detail = redactUri(uri);
            error.hint = EngineTr::tr("Make the URI scheme match the endpoint's engine.")
                             .toStdString();
            error.location = name;
            return error;
        }
    } else {
        spec.dialect = engine;
        spec.host = host;
        spec.port = port;
        spec.database = database;
        spec.user = user;
        spec.dsn = dsn;
        if (!path.empty()) {
            const QString file = QString::fromStdString(path);
            spec.path = QDir::isAbsolutePath(file) || projectDirectory.empty()
                            ? path
                            : QDir::cleanPath(QDir(QString::fromStdString(projectDirectory))
                                                  .absoluteFilePath(file))
                                  .toStdString();
        }
    }
    for (const auto &[key, value] : options)
        spec.options[key] = value;
    spec.passwordSource = passwordSource;
    spec.passwordEnv = passwordEnv;
    if (!password.isEmpty())
        spec.password = password;
    return spec;
}

namespace {

std::string scalarText(const Value *value)
{
    return value && value->isScalar() ? value->text() : std::string();
}

} // namespace

std::string MappingRule::ruleType() const { return scalarText(fields.find("rule-type")); }
std::string MappingRule::ruleId() const { return scalarText(fields.find("rule-id")); }
std::string MappingRule::ruleName() const { return scalarText(fields.find("rule-name")); }
std::string MappingRule::ruleAction() const { return scalarText(fields.find("rule-action")); }
std::string MappingRule::ruleTarget() const { return scalarText(fields.find("rule-target")); }

std::string MappingRule::locator(std::string_view key) const
{
    const Value *objectLocator = fields.find("object-locator");
    return objectLocator ? scalarText(objectLocator->find(key)) : std::string();
}

const Value *TaskSettings::find(std::string_view group, std::string_view key) const
{
    const Value *groupValue = groups.find(group);
    return groupValue ? groupValue->find(key) : nullptr;
}

void TaskSettings::set(const std::string &group, const std::string &key, Value value)
{
    Value *groupValue = groups.find(group);
    if (!groupValue || !groupValue->isMap()) {
        groups.set(group, Value::map());
        groupValue = groups.find(group);
    }
    groupValue->set(key, std::move(value));
}

namespace {

Value mergeValues(const Value &base, const Value &overrides)
{
    if (!base.isMap() || !overrides.isMap())
        return overrides;
    Value merged = base;
    for (const auto &[key, value] : overrides.entries()) {
        const Value *existing = merged.find(key);
        merged.set(key, existing ? mergeValues(*existing, value) : value);
    }
    return merged;
}

} // namespace

TaskSettings TaskSettings::mergedWith(const TaskSettings &overrides) const
{
    TaskSettings merged;
    merged.groups = mergeValues(groups, overrides.groups);
    return merged;
}

const Endpoint *Project::findEndpoint(std::string_view endpointName) const
{
    for (const Endpoint &endpoint : endpoints) {
        if (endpoint.name == endpointName)
            return &endpoint;
    }
    return nullptr;
}

Endpoint *Project::findEndpoint(std::string_view endpointName)
{
    for (Endpoint &endpoint : endpoints) {
        if (endpoint.name == endpointName)
            return &endpoint;
    }
    return nullptr;
}

const NamedMapping *Project::findMapping(std::string_view mappingName) const
{
    for (const NamedMapping &mapping : mappings) {
        if (mapping.name == mappingName)
            return &mapping;
    }
    return nullptr;
}

const Task *Project::findTask(std::string_view taskName) const
{
    for (const Task &task : tasks) {
        if (task.name == taskName)
            return &task;
    }
    return nullptr;
}

const TableMapping *Project::mappingFor(const Task &task) const
{
    if (task.inlineMapping)
        return &*task.inlineMapping;
    if (task.mappingName.empty())
        return nullptr;
    const NamedMapping *named = findMapping(task.mappingName);
    return named ? &named->mapping : nullptr;
}

TaskSettings Project::effectiveSettings(const Task &task) const
{
    return settings.mergedWith(task.settings);
}

bool Project::operator==(const Project &other) const
{
    return version == other.version && name == other.name && description == other.description
           && endpoints == other.endpoints && mappings == other.mappings
           && settings == other.settings && tasks == other.tasks;
}

} // namespace ferry::project
