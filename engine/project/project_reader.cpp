// SPDX-License-Identifier: MIT
#include "engine/project/project_reader.h"

#include "engine/core/tr.h"
#include "engine/project/suggestion.h"

#include <QStringList>

#include <algorithm>
#include <set>

namespace ferry::project::detail {

namespace {

QString text(const std::string &value) { return QString::fromStdString(value); }

QString joined(const std::vector<std::string> &values)
{
    QStringList list;
    for (const std::string &value : values)
        list << QString::fromStdString(value);
    return list.join(QStringLiteral(", "));
}

QString passwordHint()
{
    return EngineTr::tr("Say where the password comes from instead: password: {from: keyring}, "
                        "{from: env:NAME}, {from: prompt} or {from: pgpass}.");
}

void literalPasswordError(Mark mark, const std::string &path, IssueSink &sink)
{
    // Never echo the value: it may be a real password.
    sink.error(mark, path, EngineTr::tr("A password must not be written into the project file."),
               passwordHint());
}

void unknownKey(const SourceEntry &entry, const std::string &path,
                const std::vector<std::string> &allowed, IssueSink &sink)
{
    sink.error(entry.keyMark, path, EngineTr::tr("Unknown key '%1'.").arg(text(entry.key)),
               suggestionHint(entry.key, allowed));
}

void typeMismatch(const SourceNode &node, const std::string &path, const QString &expected,
                  IssueSink &sink, const QString &hint = {})
{
    sink.error(node.mark, path,
               EngineTr::tr("Expected %1, found %2.").arg(expected, describeNode(node)), hint);
}

/// A string value; null counts as empty when allowNull. Reports and returns false otherwise.
bool readString(const SourceNode &node, const std::string &path, IssueSink &sink,
                std::string &out, bool allowNull = true)
{
    if (node.isNull() && allowNull) {
        out.clear();
        return true;
    }
    if (node.kind != Value::Kind::String) {
        typeMismatch(node, path, EngineTr::tr("a string"), sink,
                     node.isScalar() && !node.isNull()
                         ? EngineTr::tr("Put %1 in quotes to use it as text.")
                               .arg(QString::fromStdString(node.text))
                         : QString());
        return false;
    }
    out = node.text;
    return true;
}

bool readName(const SourceEntry &entry, const std::string &path, IssueSink &sink)
{
    if (entry.key.empty() || entry.key.find_first_not_of(' ') == std::string::npos) {
        sink.error(entry.keyMark, path, EngineTr::tr("A name must not be empty."));
        return false;
    }
    return true;
}

bool isValidEnvName(const std::string &name)
{
    if (name.empty() || (name[0] >= '0' && name[0] <= '9'))
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
               || c == '_';
    });
}

bool isSecretOptionKey(const std::string &key)
{
    std::string lower = key;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower == "password" || lower == "pwd" || lower == "passwd" || lower == "sslpassword"
           || lower == "secret";
}

// Endpoints ----------------------------------------------------------------------------------

const std::vector<std::string> &endpointKeys()
{
    static const std::vector<std::string> keys = {"engine", "uri",  "host", "port", "database",
                                                  "user",   "path", "dsn",  "options",
                                                  "password"};
    return keys;
}

std::vector<std::string> keysFor(Dialect engine)
{
    switch (engine) {
    case Dialect::PostgreSql:
    case Dialect::MySql:
        return {"engine", "uri", "host", "port", "database", "user", "options", "password"};
    case Dialect::Sqlite: return {"engine", "uri", "path", "options"};
    case Dialect::Odbc: return {"engine", "uri", "dsn", "user", "options", "password"};
    }
    return {};
}

bool readPassword(const SourceNode &node, const std::string &path, Dialect engine,
                  bool engineKnown, Endpoint &endpoint, IssueSink &sink)
{
    if (node.isNull())
        return true; // "password:" with nothing: no password
    if (!node.isMap()) {
        literalPasswordError(node.mark, path, sink);
        return false;
    }
    bool ok = true;
    const SourceEntry *from = nullptr;
    for (const SourceEntry &entry : node.entries) {
        if (entry.key == "from") {
            from = &entry;
            continue;
        }
        // Any other key might hold the secret itself: reject without echoing a value.
        if (isSecretOptionKey(entry.key) || entry.key == "value") {
            literalPasswordError(entry.value.mark, childPath(path, entry.key), sink);
        } else {
            unknownKey(entry, childPath(path, entry.key), {"from"}, sink);
        }
        ok = false;
    }
    if (!from) {
        if (ok) {
            sink.error(node.mark, childPath(path, "from"),
                       EngineTr::tr("The password needs a 'from' key."), passwordHint());
        }
        return false;
    }
    const std::string fromPath = childPath(path, "from");
    if (from->value.kind != Value::Kind::String) {
        // Not described: the value may be a password written in the wrong place.
        sink.error(from->value.mark, fromPath,
                   EngineTr::tr("The password source is not one of keyring, env:NAME, prompt "
                                "or pgpass."),
                   passwordHint());
        return false;
    }
    const std::string &source = from->value.text;
    if (source == "keyring") {
        endpoint.passwordSource = PasswordSource::Keyring;
    } else if (source == "prompt") {
        endpoint.passwordSource = PasswordSource::Prompt;
    } else if (source == "pgpass") {
        if (engineKnown && engine != Dialect::PostgreSql) {
            sink.error(from->value.mark, fromPath,
                       EngineTr::tr("'pgpass' applies to PostgreSQL endpoints only."),
                       EngineTr::tr("Use keyring, env:NAME or prompt."));
            return false;
        }
        endpoint.passwordSource = PasswordSource::EngineFile;
    } else if (source.rfind("env:", 0) == 0) {
        const std::string name = source.substr(4);
        if (!isValidEnvName(name)) {
            sink.error(from->value.mark, fromPath,
                       EngineTr::tr("'%1' is not a valid environment variable name.")
                           .arg(text(name)),
                       EngineTr::tr("Write env: followed by a name of letters, digits and "
                                    "underscores, e.g. env:FERRY_SOURCE_PASSWORD."));
            return false;
        }
        endpoint.passwordSource = PasswordSource::Env;
        endpoint.passwordEnv = name;
    } else {
        // Not echoed either: someone may have written the password itself here.
        const std::string match = closestMatch(source, {"keyring", "prompt", "pgpass", "env:"});
        sink.error(from->value.mark, fromPath,
                   EngineTr::tr("The password source is not one of keyring, env:NAME, prompt "
                                "or pgpass."),
                   match.empty() ? passwordHint()
                                 : EngineTr::tr("Did you mean '%1'?").arg(text(match)));
        return false;
    }
    return ok;
}

namespace {

/// The endpoint's engine key; false when it is missing or unknown (reported).
bool readEngine(const SourceNode &node, const std::string &path, IssueSink &sink,
                Endpoint &endpoint)
{
    const SourceEntry *engine = node.entry("engine");
    if (!engine) {
        sink.error(node.mark, childPath(path, "engine"),
                   EngineTr::tr("The endpoint has no engine."),
                   EngineTr::tr("Add engine: postgresql, mysql, sqlite or odbc."));
        return false;
    }
    const std::string enginePath = childPath(path, "engine");
    static const std::vector<std::string> engines = {"postgresql", "mysql", "sqlite", "odbc"};
    if (engine->value.kind != Value::Kind::String) {
        typeMismatch(engine->value, enginePath, joined(engines), sink);
        return false;
    }
    if (std::find(engines.begin(), engines.end(), engine->value.text) == engines.end()) {
        QString hint = engine->value.text == "mariadb"
            ? EngineTr::tr("Use engine: mysql for MariaDB.")
            : suggestionHint(engine->value.text, engines, false);
        const QString supported = EngineTr::tr("Supported engines: %1.").arg(joined(engines));
        sink.error(engine->value.mark, enginePath,
                   EngineTr::tr("Unknown engine '%1'.").arg(text(engine->value.text)),
                   hint.isEmpty() ? supported : hint + QLatin1Char(' ') + supported);
        return false;
    }
    endpoint.engine = *dialectFromName(engine->value.text);
    return true;
}

/// Whether a key may stand in this endpoint (reported when not).
bool keyAllowed(const SourceEntry &field, const std::string &fieldPath, bool engineKnown,
                const Endpoint &endpoint, const std::vector<std::string> &allowedHere, bool hasUri,
                IssueSink &sink)
{
    const auto &all = endpointKeys();
    if (std::find(all.begin(), all.end(), field.key) == all.end()) {
        unknownKey(field, fieldPath, allowedHere, sink);
        return false;
    }
    if (engineKnown
        && std::find(allowedHere.begin(), allowedHere.end(), field.key) == allowedHere.end()) {
        if (field.key == "password") {
            sink.error(field.keyMark, fieldPath, EngineTr::tr("SQLite endpoints have no password."),
                       EngineTr::tr("Remove the password key."));
        } else {
            sink.error(
                field.keyMark, fieldPath,
                EngineTr::tr("The key '%1' does not apply to %2 endpoints.")
                    .arg(text(field.key), QString::fromLatin1(dialectName(endpoint.engine))),
                EngineTr::tr("Keys for %1 endpoints: %2.")
                    .arg(QString::fromLatin1(dialectName(endpoint.engine)), joined(allowedHere)));
        }
        return false;
    }
    const bool discrete = field.key == "host" || field.key == "port" || field.key == "database"
        || field.key == "user" || field.key == "path" || field.key == "dsn";
    if (discrete && hasUri) {
        sink.error(field.keyMark, fieldPath,
                   EngineTr::tr("Give either 'uri' or '%1', not both.").arg(text(field.key)),
                   EngineTr::tr("Put everything into the URI, or remove the URI and use "
                                "separate keys."));
        return false;
    }
    return true;
}

void readUri(const SourceEntry &field, const std::string &fieldPath, bool engineKnown,
             Endpoint &endpoint, IssueSink &sink)
{
    if (!readString(field.value, fieldPath, sink, endpoint.uri, false))
        return;
    auto parsed = parseConnectionUri(endpoint.uri);
    if (!parsed) {
        sink.error(field.value.mark, fieldPath, EngineTr::tr("The connection URI is not valid."),
                   text(parsed.error().hint), parsed.error().message);
    } else if (parsed->passwordFromUri) {
        literalPasswordError(field.value.mark, fieldPath, sink);
    } else if (engineKnown && parsed->dialect != endpoint.engine) {
        sink.error(field.value.mark, fieldPath,
                   EngineTr::tr("The URI is a %1 URI but the endpoint's engine is %2.")
                       .arg(QString::fromLatin1(dialectName(parsed->dialect)),
                            QString::fromLatin1(dialectName(endpoint.engine))),
                   EngineTr::tr("Make the URI scheme and the engine agree."));
    }
}

void readPort(const SourceEntry &field, const std::string &fieldPath, Endpoint &endpoint,
              IssueSink &sink)
{
    const auto port = field.value.kind == Value::Kind::Integer
        ? Value::fromPlainScalar(field.value.text).toInteger()
        : std::nullopt;
    if (port && *port >= 1 && *port <= 65535) {
        endpoint.port = static_cast<int>(*port);
        return;
    }
    const bool quotedNumber = field.value.kind == Value::Kind::String
        && Value::resolvePlainScalar(field.value.text) == Value::Kind::Integer;
    typeMismatch(field.value, fieldPath, EngineTr::tr("a port number from 1 to 65535"), sink,
                 quotedNumber
                     ? EngineTr::tr("Remove the quotes around %1.").arg(text(field.value.text))
                     : EngineTr::tr("Write the port as a number, e.g. port: 5432."));
}

void readOptions(const SourceEntry &field, const std::string &fieldPath, Endpoint &endpoint,
                 IssueSink &sink)
{
    if (field.value.isNull())
        return;
    if (!field.value.isMap()) {
        typeMismatch(field.value, fieldPath, EngineTr::tr("a mapping of options"), sink);
        return;
    }
    for (const SourceEntry &option : field.value.entries) {
        const std::string optionPath = childPath(fieldPath, option.key);
        if (isSecretOptionKey(option.key)) {
            literalPasswordError(option.value.mark, optionPath, sink);
        } else if (!option.value.isScalar() || option.value.isNull()) {
            typeMismatch(option.value, optionPath, EngineTr::tr("a single value"), sink);
        } else {
            endpoint.options[option.key] = option.value.text;
        }
    }
}

/// One key of an endpoint (allowed here; the engine key is read before).
void readEndpointField(const SourceEntry &field, const std::string &fieldPath, bool engineKnown,
                       Endpoint &endpoint, IssueSink &sink)
{
    if (field.key == "uri")
        readUri(field, fieldPath, engineKnown, endpoint, sink);
    else if (field.key == "host")
        readString(field.value, fieldPath, sink, endpoint.host);
    else if (field.key == "port")
        readPort(field, fieldPath, endpoint, sink);
    else if (field.key == "database")
        readString(field.value, fieldPath, sink, endpoint.database);
    else if (field.key == "user")
        readString(field.value, fieldPath, sink, endpoint.user);
    else if (field.key == "path")
        readString(field.value, fieldPath, sink, endpoint.path);
    else if (field.key == "dsn")
        readString(field.value, fieldPath, sink, endpoint.dsn);
    else if (field.key == "options")
        readOptions(field, fieldPath, endpoint, sink);
    else if (field.key == "password")
        readPassword(field.value, fieldPath, endpoint.engine, engineKnown, endpoint, sink);
}

/// Without a URI: SQLite needs a path, ODBC a dsn or a driver option.
void checkLocation(const SourceNode &node, const std::string &path, const Endpoint &endpoint,
                   IssueSink &sink)
{
    if (endpoint.engine == Dialect::Sqlite && !node.entry("path")) {
        sink.error(node.mark, childPath(path, "path"),
                   EngineTr::tr("A SQLite endpoint needs a path."),
                   EngineTr::tr("Add path: with the database file, relative to the project "
                                "file or absolute."));
    }
    if (endpoint.engine == Dialect::Odbc && !node.entry("dsn")
        && endpoint.options.find("driver") == endpoint.options.end()) {
        sink.error(node.mark, childPath(path, "dsn"),
                   EngineTr::tr("An ODBC endpoint needs a dsn or a driver option."),
                   EngineTr::tr("Add dsn: with a data source name from odbc.ini, or "
                                "options: {driver: ...}."));
    }
}

} // namespace

std::optional<Endpoint> readEndpoint(const SourceEntry &entry, const std::string &path,
                                     IssueSink &sink)
{
    if (!readName(entry, path, sink))
        return std::nullopt;
    const SourceNode &node = entry.value;
    if (!node.isMap()) {
        typeMismatch(node, path, EngineTr::tr("an endpoint (a mapping with engine: ...)"), sink);
        return std::nullopt;
    }
    const size_t errorsBefore = sink.errorCount();
    Endpoint endpoint;
    endpoint.name = entry.key;
    const bool engineKnown = readEngine(node, path, sink, endpoint);
    const std::vector<std::string> allowedHere = engineKnown ? keysFor(endpoint.engine)
                                                             : endpointKeys();
    const bool hasUri = node.entry("uri") != nullptr;
    for (const SourceEntry &field : node.entries) {
        const std::string fieldPath = childPath(path, field.key);
        if (field.key == "engine") // read above
            continue;
        if (keyAllowed(field, fieldPath, engineKnown, endpoint, allowedHere, hasUri, sink))
            readEndpointField(field, fieldPath, engineKnown, endpoint, sink);
    }
    if (engineKnown && !hasUri)
        checkLocation(node, path, endpoint, sink);
    if (sink.errorCount() != errorsBefore)
        return std::nullopt;
    return endpoint;
}

// Mappings -----------------------------------------------------------------------------------

std::optional<TableMapping> readMapping(const SourceNode &node, const std::string &path,
                                        IssueSink &sink)
{
    if (!node.isMap()) {
        typeMismatch(node, path, EngineTr::tr("a table mapping (a mapping with rules: ...)"),
                     sink);
        return std::nullopt;
    }
    bool ok = true;
    const SourceEntry *rules = nullptr;
    for (const SourceEntry &entry : node.entries) {
        if (entry.key == "rules") {
            rules = &entry;
        } else {
            unknownKey(entry, childPath(path, entry.key), {"rules"}, sink);
            ok = false;
        }
    }
    if (!rules) {
        sink.error(node.mark, childPath(path, "rules"),
                   EngineTr::tr("The table mapping has no rules list."),
                   EngineTr::tr("Add rules: with at least one selection rule."));
        return std::nullopt;
    }
    const std::string rulesPath = childPath(path, "rules");
    if (!validateMappingRules(rules->value, rulesPath, sink) || !ok)
        return std::nullopt;
    TableMapping mapping;
    for (const SourceNode &rule : rules->value.items)
        mapping.rules.push_back(MappingRule{rule.toValue()});
    return mapping;
}

// Tasks --------------------------------------------------------------------------------------

void referenceError(const SourceNode &node, const std::string &path, const QString &message,
                    const std::vector<std::string> &defined, const QString &section,
                    IssueSink &sink)
{
    QString hint;
    const std::string match = closestMatch(node.text, defined);
    if (!match.empty())
        hint = EngineTr::tr("Did you mean '%1'?").arg(text(match));
    else if (!defined.empty())
        hint = EngineTr::tr("Defined under %1: %2.").arg(section, joined(defined));
    else
        hint = EngineTr::tr("Define it under %1 first.").arg(section);
    sink.error(node.mark, path, message, hint);
}

std::optional<Task> readTask(const SourceEntry &entry, const std::string &path,
                             const std::vector<std::string> &endpointNames,
                             const std::vector<std::string> &mappingNames, IssueSink &sink)
{
    if (!readName(entry, path, sink))
        return std::nullopt;
    const SourceNode &node = entry.value;
    if (!node.isMap()) {
        typeMismatch(node, path, EngineTr::tr("a task (a mapping with source, target, ...)"),
                     sink);
        return std::nullopt;
    }
    static const std::vector<std::string> keys = {"source", "target", "migration-type",
                                                  "mapping", "settings"};
    const size_t errorsBefore = sink.errorCount();
    Task task;
    task.name = entry.key;
    for (const SourceEntry &field : node.entries) {
        const std::string fieldPath = childPath(path, field.key);
        if (field.key == "source" || field.key == "target") {
            std::string name;
            if (!readString(field.value, fieldPath, sink, name, false))
                continue;
            if (std::find(endpointNames.begin(), endpointNames.end(), name)
                == endpointNames.end()) {
                referenceError(field.value, fieldPath,
                               EngineTr::tr("The task '%1' refers to the endpoint '%2', which "
                                            "is not defined.")
                                   .arg(text(task.name), text(name)),
                               endpointNames, QStringLiteral("endpoints"), sink);
                continue;
            }
            (field.key == "source" ? task.source : task.target) = name;
        } else if (field.key == "migration-type") {
            static const std::vector<std::string> types = {"full-load", "full-load-and-cdc",
                                                           "cdc"};
            if (field.value.kind != Value::Kind::String) {
                typeMismatch(field.value, fieldPath, joined(types), sink);
            } else if (auto type = migrationTypeFromName(field.value.text)) {
                task.migrationType = *type;
            } else {
                sink.error(field.value.mark, fieldPath,
                           EngineTr::tr("Unknown migration type '%1'.")
                               .arg(text(field.value.text)),
                           suggestionHint(field.value.text, types));
            }
        } else if (field.key == "mapping") {
            if (field.value.kind == Value::Kind::String) {
                if (std::find(mappingNames.begin(), mappingNames.end(), field.value.text)
                    == mappingNames.end()) {
                    referenceError(field.value, fieldPath,
                                   EngineTr::tr("The task '%1' refers to the table mapping "
                                                "'%2', which is not defined.")
                                       .arg(text(task.name), text(field.value.text)),
                                   mappingNames, QStringLiteral("mappings"), sink);
                } else {
                    task.mappingName = field.value.text;
                }
            } else if (field.value.isMap()) {
                task.inlineMapping = readMapping(field.value, fieldPath, sink);
            } else if (!field.value.isNull()) {
                typeMismatch(field.value, fieldPath,
                             EngineTr::tr("the name of a mapping, or a mapping with rules: ..."),
                             sink);
            }
        } else if (field.key == "settings") {
            if (validateTaskSettings(field.value, fieldPath, sink) && field.value.isMap())
                task.settings.groups = field.value.toValue();
        } else {
            unknownKey(field, fieldPath, keys, sink);
        }
    }
    for (const char *required : {"source", "target"}) {
        if (!node.entry(required)) {
            sink.error(node.mark, childPath(path, required),
                       EngineTr::tr("The task '%1' has no %2 endpoint.")
                           .arg(text(task.name), QString::fromLatin1(required)),
                       EngineTr::tr("Add %1: with the name of an endpoint.")
                           .arg(QString::fromLatin1(required)));
        }
    }
    if (sink.errorCount() != errorsBefore)
        return std::nullopt;
    return task;
}

/// A section that holds named entries (endpoints, mappings, tasks); null means none.
bool checkNamedSection(const SourceEntry &section, IssueSink &sink, const QString &what)
{
    if (section.value.isNull() || section.value.isMap())
        return true;
    typeMismatch(section.value, section.key, what, sink);
    return false;
}

std::vector<std::string> namesIn(const SourceNode &section)
{
    std::vector<std::string> names;
    for (const SourceEntry &entry : section.entries)
        names.push_back(entry.key);
    return names;
}

} // namespace

const std::vector<std::string> &topLevelKeys()
{
    static const std::vector<std::string> keys = {"ferry",    "name",     "description",
                                                  "endpoints", "mappings", "settings",
                                                  "tasks"};
    return keys;
}

std::optional<Project> readProject(const SourceNode &root, IssueSink &sink)
{
    if (!root.isMap()) {
        sink.error(root.mark, {},
                   EngineTr::tr("The file is not a Ferry project: expected keys such as "
                                "ferry, name and endpoints, found %1.")
                       .arg(describeNode(root)),
                   EngineTr::tr("Start the file with the line 'ferry: 1'."));
        return std::nullopt;
    }
    // The version gates everything else: without it, other messages would only be noise.
    const SourceEntry *version = root.entry("ferry");
    if (!version) {
        sink.error(root.mark, "ferry",
                   EngineTr::tr("The file has no 'ferry' key with the format version."),
                   EngineTr::tr("Add 'ferry: %1' as the first line.").arg(FormatVersion));
        return std::nullopt;
    }
    const auto number = version->value.kind == Value::Kind::Integer
                            ? Value::fromPlainScalar(version->value.text).toInteger()
                            : std::nullopt;
    if (!number) {
        typeMismatch(version->value, "ferry",
                     EngineTr::tr("the format version %1").arg(FormatVersion), sink,
                     EngineTr::tr("Write 'ferry: %1'.").arg(FormatVersion));
        return std::nullopt;
    }
    if (*number != FormatVersion) {
        sink.error(version->value.mark, "ferry",
                   EngineTr::tr("The project file format version %1 is not supported.")
                       .arg(*number),
                   *number > FormatVersion
                       ? EngineTr::tr("This Ferry reads version %1 files; open the project "
                                      "with a newer Ferry.")
                             .arg(FormatVersion)
                       : EngineTr::tr("The only version is %1: write 'ferry: %1'.")
                             .arg(FormatVersion));
        return std::nullopt;
    }

    Project project;
    project.version = FormatVersion;
    const SourceEntry *endpoints = nullptr;
    const SourceEntry *mappings = nullptr;
    const SourceEntry *settings = nullptr;
    const SourceEntry *tasks = nullptr;
    const SourceEntry *name = nullptr;
    for (const SourceEntry &entry : root.entries) {
        if (entry.key == "ferry") {
            continue;
        } else if (entry.key == "name") {
            name = &entry;
            if (readString(entry.value, "name", sink, project.name)
                && project.name.find_first_not_of(" \t") == std::string::npos) {
                sink.error(entry.value.mark, "name", EngineTr::tr("The project name is empty."),
                           EngineTr::tr("Give the project a name, e.g. name: hr-migration."));
            }
        } else if (entry.key == "description") {
            readString(entry.value, "description", sink, project.description);
        } else if (entry.key == "endpoints") {
            if (checkNamedSection(entry, sink, EngineTr::tr("a mapping of endpoint names")))
                endpoints = &entry;
        } else if (entry.key == "mappings") {
            if (checkNamedSection(entry, sink, EngineTr::tr("a mapping of table-mapping names")))
                mappings = &entry;
        } else if (entry.key == "settings") {
            settings = &entry;
        } else if (entry.key == "tasks") {
            if (checkNamedSection(entry, sink, EngineTr::tr("a mapping of task names")))
                tasks = &entry;
        } else {
            unknownKey(entry, entry.key, topLevelKeys(), sink);
        }
    }
    if (!name) {
        sink.error(root.mark, "name", EngineTr::tr("The project has no name."),
                   EngineTr::tr("Add a line such as 'name: hr-migration'."));
    }

    if (endpoints) {
        for (const SourceEntry &entry : endpoints->value.entries) {
            if (auto endpoint = readEndpoint(entry, childPath("endpoints", entry.key), sink))
                project.endpoints.push_back(std::move(*endpoint));
        }
    }
    if (mappings) {
        for (const SourceEntry &entry : mappings->value.entries) {
            const std::string path = childPath("mappings", entry.key);
            if (!readName(entry, path, sink))
                continue;
            if (auto mapping = readMapping(entry.value, path, sink))
                project.mappings.push_back({entry.key, std::move(*mapping)});
        }
    }
    if (settings) {
        if (validateTaskSettings(settings->value, "settings", sink) && settings->value.isMap())
            project.settings.groups = settings->value.toValue();
    }
    if (tasks) {
        // References resolve against every name written, valid or not, so one broken
        // endpoint does not also make each task that uses it an error.
        const std::vector<std::string> endpointNames = endpoints ? namesIn(endpoints->value)
                                                                 : std::vector<std::string>();
        const std::vector<std::string> mappingNames = mappings ? namesIn(mappings->value)
                                                               : std::vector<std::string>();
        for (const SourceEntry &entry : tasks->value.entries) {
            if (auto task = readTask(entry, childPath("tasks", entry.key), endpointNames,
                                     mappingNames, sink))
                project.tasks.push_back(std::move(*task));
        }
    }
    if (sink.hasErrors())
        return std::nullopt;
    return project;
}

} // namespace ferry::project::detail
