// SPDX-License-Identifier: MIT
#include "app/cli/cli_commands.h"

#include "app/cli/cli_support.h"
#include "app/cli/convert_commands.h"
#include "app/cli/task_commands.h"
#include "app/cli/terminal.h"
#include "app/cli/types_command.h"
#include "engine/catalog/catalog_json.h"
#include "engine/connectors/endpoint.h"
#include "engine/core/connection_spec.h"
#include "engine/core/keyring.h"
#include "engine/core/tr.h"
#include "engine/project/dms_json.h"
#include "engine/project/project_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <optional>

namespace ferry::cli {


void out(const QString &text) { std::cout << text.toStdString() << std::flush; }
void err(const QString &text) { std::cerr << text.toStdString() << std::flush; }

QString usageText()
{
    return CliTr::tr(
        "Usage: ferry [--help] [--version] COMMAND [ARGS]\n"
        "\n"
        "Ferry moves databases between engines and proves nothing was lost.\n"
        "\n"
        "Commands:\n"
        "  test-connection URI [--role source|target] [--password-from SOURCE] [--json]\n"
        "                      Connect, check version and privileges, and explain any failure.\n"
        "  catalog URI [--json] [--schema S]... [--password-from SOURCE]\n"
        "                      Read the database catalog: tables, columns with native and\n"
        "                      canonical types, keys, indexes, views, routines, triggers,\n"
        "                      sequences and user types.\n"
        "  keyring store URI [--role source|target]\n"
        "                      Save the password for URI in the system keyring. The password\n"
        "                      comes from FERRY_SOURCE_PASSWORD (FERRY_TARGET_PASSWORD with\n"
        "                      --role target) or a hidden prompt, never from the command line.\n"
        "  keyring forget URI  Remove the password saved for URI from the system keyring.\n"
        "  import-dms TABLE_MAPPINGS.json [TASK_SETTINGS.json] --project FILE [--mapping NAME]\n"
        "                      Put an AWS DMS table mapping (and task settings) into a project\n"
        "                      file as mapping NAME (default: the JSON file's base name);\n"
        "                      creates the project when FILE does not exist.\n"
        "  export-dms --project FILE (--mapping NAME | --task-settings)\n"
        "                      Print a mapping (or the project's task settings) as DMS JSON.\n"
        "  migrate SOURCE_URI TARGET_URI [--include 'schema.table%'] [--exclude ...]\n"
        "          [--mappings table-mappings.json] [--settings task-settings.json]\n"
        "          [--task-name NAME] [--resume] [--json] [--run-dir DIR]\n"
        "                      Full load without a project: create the tables on the target,\n"
        "                      load every row, then keys, indexes and foreign keys. State is\n"
        "                      kept on the target: --resume continues a stopped or killed run.\n"
        "  run PROJECT [--task NAME] [--resume] [--reload-table SCHEMA.TABLE]...\n"
        "          [--json] [--run-dir DIR]\n"
        "                      Run a full-load task of a project file. --reload-table loads\n"
        "                      that table again from scratch (also for migrate).\n"
        "  exceptions list PROJECT [--task NAME] [--table SCHEMA.TABLE] [--json]\n"
        "                      The rows the task's target refused: reason, column, values.\n"
        "  exceptions reapply PROJECT [--task NAME] [--table SCHEMA.TABLE | --id N...]\n"
        "          [--with-rules [--change-column-types]] [--json]\n"
        "                      Write those rows again (all, a table's, or by number); those\n"
        "                      that load leave the exceptions table. --with-rules derives them\n"
        "                      again through the project's mapping rules as they are now.\n"
        "  convert SOURCE_URI --target-engine postgresql|mysql|mariadb|sqlite --out DIR\n"
        "          [--schema S]... [--mappings table-mappings.json]\n"
        "                      Write the SQL that creates the source's schema on the target:\n"
        "                      numbered files in apply order (pre-data before the load,\n"
        "                      post-data after it) and conversion-report.json. Exit 4 when\n"
        "                      action items remain (the files are written either way).\n"
        "  assess SOURCE_URI --target-engine ENGINE [--format html|csv|json] [--out FILE]\n"
        "          [--schema S]... [--mappings table-mappings.json]\n"
        "                      The assessment: what converts automatically, the action\n"
        "                      items with an effort estimate, and pre-migration checks.\n"
        "  apply --sql DIR TARGET_URI [--pre-data | --post-data] [--plan]\n"
        "          [--allow-destructive]\n"
        "                      Run those files on the target in order, statement by\n"
        "                      statement; --plan lists them and changes nothing. DROP,\n"
        "                      TRUNCATE and DELETE run only with --allow-destructive.\n"
        "  demo [--rows N] [--data-dir DIR] [--json]\n"
        "                      Generate the sports-ticketing sample (1,000,000 tickets by\n"
        "                      default) and migrate it into an SQLite copy, with progress.\n"
        "  sample PATH [--rows N]\n"
        "                      Write the deterministic sports-ticketing sample (SQLite) to PATH.\n"
        "  types TYPE... --source ENGINE [--target ENGINE] [--json]\n"
        "                      Map native types of a source engine (mysql, mariadb, postgresql,\n"
        "                      sqlite, sqlserver, oracle) to the type Ferry creates on each\n"
        "                      target, and say what the target cannot keep.\n"
        "  types --markdown [--source ENGINE --target ENGINE] | --write-docs DIR\n"
        "                      Print a type-mapping table (docs/type-mapping.md), or write\n"
        "                      them all under DIR.\n"
        "\n"
        "Connection URIs:\n"
        "  postgresql://user@host:5432/database?sslmode=require\n"
        "  mysql://user@host:3306/database?ssl-mode=REQUIRED   (also mariadb://)\n"
        "  sqlite:///absolute/path.db   sqlite:relative/path.db\n"
        "  odbc://DSN   odbc:///?driver=NAME&server=HOST&database=DB\n"
        "\n"
        "Passwords are read from FERRY_SOURCE_PASSWORD (or FERRY_TARGET_PASSWORD with\n"
        "--role target), then the system keyring when one is running, then the engine's own\n"
        "files (~/.pgpass, ~/.my.cnf), then a prompt on a terminal after a failed login.\n"
        "--password-from env|keyring|prompt uses that source only. A password written into\n"
        "the URI works but is discouraged.\n"
        "\n"
        "Exit codes: 0 ok, 1 internal error, 2 usage, 3 connection failed,\n"
        "4 partial failure, 5 invalid input, 130 interrupted.\n");
}

int usageError(const QString &message)
{
    err(CliTr::tr("ferry: %1\nRun 'ferry --help' for usage.\n").arg(message));
    return ExitUsage;
}

ParsedArguments parseArguments(const QStringList &arguments, const QStringList &flagNames,
                               const QStringList &valueNames)
{
    ParsedArguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--")) || argument == QLatin1String("--")) {
            parsed.positional.append(argument);
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        const bool hasInlineValue = equals >= 0;
        if (hasInlineValue) {
            value = name.mid(equals + 1);
            name = name.left(equals);
        }
        if (flagNames.contains(name) && !hasInlineValue) {
            parsed.flags.append(name);
        } else if (valueNames.contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size()) {
                    parsed.error = CliTr::tr("option --%1 needs a value").arg(name);
                    return parsed;
                }
                value = arguments.at(++i);
            }
            parsed.values.insert(name, value);
        } else {
            parsed.error = CliTr::tr("unknown option --%1").arg(name);
            return parsed;
        }
    }
    return parsed;
}

void printError(const Error &error, const QString &prefix)
{
    err(CliTr::tr("ferry: %1%2\n").arg(prefix, qs(error.message)));
    if (!error.location.empty())
        err(CliTr::tr("  where: %1\n").arg(qs(error.location)));
    if (!error.detail.empty())
        err(CliTr::tr("  detail: %1\n").arg(qs(error.detail)));
    if (!error.hint.empty())
        err(CliTr::tr("  fix: %1\n").arg(qs(error.hint)));
}

/// Parses --password-from; false (and a usage message in *error) for an unknown value.
bool parsePasswordFrom(const ParsedArguments &parsed, PasswordFrom *from, QString *error)
{
    const QString value = parsed.values.value(QStringLiteral("password-from"));
    if (value.isEmpty() && !parsed.values.contains(QStringLiteral("password-from")))
        *from = PasswordFrom::Default;
    else if (value == QLatin1String("env"))
        *from = PasswordFrom::Env;
    else if (value == QLatin1String("keyring"))
        *from = PasswordFrom::Keyring;
    else if (value == QLatin1String("prompt"))
        *from = PasswordFrom::Prompt;
    else {
        *error = CliTr::tr("--password-from must be 'env', 'keyring' or 'prompt', not '%1'")
                     .arg(value);
        return false;
    }
    return true;
}

QString warningPrefix() { return CliTr::tr("warning: "); }

bool promptForPassword(ConnectionSpec &spec)
{
    if (!spec.password.isEmpty() || !stdinIsTerminal())
        return false;
    const std::string password
        = readHiddenLine(CliTr::tr("Password for %1: ").arg(qs(spec.toUri())).toStdString());
    if (password.empty())
        return false;
    spec.password = Secret(password);
    spec.passwordSource = PasswordSource::Prompt;
    return true;
}

/// Fills spec.password from the system keyring. With `quiet`, an unavailable keyring or a
/// missing entry is skipped without a word (the default chain); other failures are warnings.
void applyPasswordFromKeyring(ConnectionSpec &spec, bool quiet)
{
    auto password = readKeyringPassword(spec.toUri());
    if (password) {
        spec.password = std::move(*password);
        spec.passwordSource = PasswordSource::Keyring;
        return;
    }
    const ErrorCode code = password.error().code;
    if (quiet && (code == ErrorCode::NotSupported || code == ErrorCode::SecretNotFound))
        return;
    printError(password.error(), warningPrefix());
}

/// Parses the URI and finds the password from the sources --password-from allows. In the
/// default chain a prompt on a terminal follows a failed login (see retryWithPrompt).
Result<ConnectionSpec> specFromUri(const QString &uri, const QString &role, PasswordFrom from)
{
    auto spec = parseConnectionUri(uri.toStdString());
    if (!spec)
        return spec;
    if (spec->passwordFromUri) {
        err(CliTr::tr("ferry: warning: a password in the connection URI can leak through shell "
                      "history and process lists; use FERRY_%1_PASSWORD instead.\n")
                .arg(role.toUpper()));
        return spec;
    }
    if (from == PasswordFrom::Default || from == PasswordFrom::Env)
        applyPasswordFromEnvironment(*spec, role.toStdString());
    // SQLite has no passwords: do not wake a keyring service for it.
    const bool usesPasswords = spec->dialect != Dialect::Sqlite;
    if (from == PasswordFrom::Keyring
        || (from == PasswordFrom::Default && usesPasswords && spec->password.isEmpty())) {
        applyPasswordFromKeyring(*spec, from == PasswordFrom::Default);
    }
    if (from == PasswordFrom::Prompt && !promptForPassword(*spec)) {
        err(CliTr::tr("ferry: warning: --password-from prompt needs a terminal on standard "
                      "input; connecting without a password.\n"));
    }
    return spec;
}

/// After an authentication failure, a prompt on a terminal may supply a (better) password.
bool retryWithPrompt(ConnectionSpec &spec, PasswordFrom from)
{
    if (from != PasswordFrom::Default)
        return false;
    return promptForPassword(spec);
}

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Usage: return ExitUsage;
    case ErrorCode::InvalidUri:
    case ErrorCode::ProjectInvalid: return ExitInvalidInput;
    case ErrorCode::Internal: return ExitInternal;
    case ErrorCode::Cancelled: return ExitInterrupted;
    case ErrorCode::ConnectionFailed:
    case ErrorCode::UnknownHost:
    case ErrorCode::ConnectionRefused:
    case ErrorCode::ConnectionTimeout:
    case ErrorCode::AuthenticationFailed:
    case ErrorCode::TlsFailure:
    case ErrorCode::DatabaseNotFound:
    case ErrorCode::MissingPrivilege:
    case ErrorCode::UnsupportedServerVersion:
    case ErrorCode::DriverNotFound:
    case ErrorCode::FileNotFound:
    case ErrorCode::NotADatabase:
    case ErrorCode::WrongProtocol: return ExitConnection;
    default: return ExitPartialFailure;
    }
}

/// Reads a whole input file; false (and the message printed) when it cannot be read.
bool readInputFile(const QString &path, std::string *text)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error error;
        error.code = file.exists() ? ErrorCode::Io : ErrorCode::FileNotFound;
        error.message = CliTr::tr("Cannot read %1.").arg(path).toStdString();
        error.detail = file.errorString().toStdString();
        error.hint = CliTr::tr("Check the file name and its permissions.").toStdString();
        printError(error);
        return false;
    }
    *text = file.readAll().toStdString();
    return true;
}

void printIssues(const project::LoadReport &report)
{
    const std::string text = project::formatIssues(report);
    if (!text.empty())
        err(qs(text) + (text.back() == '\n' ? QString() : QStringLiteral("\n")));
}

namespace {

QJsonObject diagnosisToJson(const ConnectionDiagnosis &diagnosis, const ConnectionSpec &spec)
{
    QJsonArray warnings;
    for (const auto &warning : diagnosis.warnings)
        warnings.append(qs(warning));
    return {{QStringLiteral("uri"), qs(spec.toUri())},
            {QStringLiteral("ok"), diagnosis.ok()},
            {QStringLiteral("cause"), QLatin1String(diagnosisCauseName(diagnosis.cause))},
            {QStringLiteral("message"), qs(diagnosis.message)},
            {QStringLiteral("detail"), qs(diagnosis.detail)},
            {QStringLiteral("hint"), qs(diagnosis.hint)},
            {QStringLiteral("product"), qs(diagnosis.product)},
            {QStringLiteral("serverVersion"), qs(diagnosis.serverVersion)},
            {QStringLiteral("warnings"), warnings},
            {QStringLiteral("elapsedMs"), qint64(diagnosis.elapsed.count())}};
}

int testConnectionCommand(const QStringList &arguments)
{
    const auto parsed = parseArguments(arguments, {QStringLiteral("json")},
                                       {QStringLiteral("role"), QStringLiteral("password-from")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 1)
        return usageError(CliTr::tr("test-connection takes exactly one connection URI"));
    const QString role = parsed.values.value(QStringLiteral("role"), QStringLiteral("source"));
    if (role != QLatin1String("source") && role != QLatin1String("target"))
        return usageError(CliTr::tr("--role must be 'source' or 'target', not '%1'").arg(role));
    PasswordFrom from = PasswordFrom::Default;
    QString fromError;
    if (!parsePasswordFrom(parsed, &from, &fromError))
        return usageError(fromError);
    auto spec = specFromUri(parsed.positional.first(), role, from);
    if (!spec) {
        printError(spec.error());
        return exitCodeFor(spec.error());
    }
    const EndpointRole endpointRole = role == QLatin1String("target") ? EndpointRole::Target
                                                                       : EndpointRole::Source;
    auto endpoint = makeEndpoint(*spec);
    ConnectionDiagnosis diagnosis = endpoint->testConnection(endpointRole);
    if (diagnosis.cause == DiagnosisCause::AuthenticationFailed && retryWithPrompt(*spec, from)) {
        endpoint = makeEndpoint(*spec);
        diagnosis = endpoint->testConnection(endpointRole);
    }
    const bool json = parsed.flags.contains(QStringLiteral("json"));
    if (json) {
        out(QString::fromUtf8(
            QJsonDocument(diagnosisToJson(diagnosis, *spec)).toJson(QJsonDocument::Indented)));
    } else if (diagnosis.ok()) {
        out(CliTr::tr("Connected to %1 %2 at %3 in %4 ms.\n")
                .arg(qs(diagnosis.product), qs(diagnosis.serverVersion), qs(spec->toUri()))
                .arg(diagnosis.elapsed.count()));
        for (const auto &warning : diagnosis.warnings)
            out(CliTr::tr("warning: %1\n").arg(qs(warning)));
    } else {
        printError(diagnosis.toError());
    }
    return diagnosis.ok() ? ExitOk : ExitConnection;
}

void printCatalogText(const Catalog &catalog)
{
    out(CliTr::tr("%1 %2, database %3\n")
            .arg(qs(catalog.product), qs(catalog.serverVersion), qs(catalog.database)));
    for (const auto &schema : catalog.schemas) {
        out(CliTr::tr("schema %1: %n table(s)", nullptr, int(schema.tables.size()))
                .arg(qs(schema.name))
            + CliTr::tr(", %n view(s)", nullptr, int(schema.views.size()))
            + CliTr::tr(", %n routine(s)", nullptr, int(schema.routines.size()))
            + CliTr::tr(", %n trigger(s)", nullptr, int(schema.triggers.size()))
            + CliTr::tr(", %n sequence(s)", nullptr, int(schema.sequences.size()))
            + CliTr::tr(", %n type(s)\n", nullptr, int(schema.types.size())));
        for (const auto &table : schema.tables) {
            QString rows = table.rowEstimate ? QString::number(*table.rowEstimate)
                                             : QStringLiteral("?");
            out(CliTr::tr("  table %1 (~%2 rows)\n").arg(qs(table.name), rows));
            for (const auto &column : table.columns) {
                out(QStringLiteral("    %1 %2 -> %3%4\n")
                        .arg(qs(column.name), qs(column.nativeType), qs(column.type.toString()),
                             column.nullable ? QString() : QStringLiteral(" NOT NULL")));
            }
        }
        for (const auto &view : schema.views)
            out(CliTr::tr("  view %1\n").arg(qs(view.name)));
        for (const auto &routine : schema.routines)
            out(CliTr::tr("  %1 %2\n")
                    .arg(QLatin1String(routineKindName(routine.kind)), qs(routine.name)));
        for (const auto &trigger : schema.triggers)
            out(CliTr::tr("  trigger %1 on %2\n").arg(qs(trigger.name), qs(trigger.table)));
        for (const auto &sequence : schema.sequences)
            out(CliTr::tr("  sequence %1\n").arg(qs(sequence.name)));
        for (const auto &type : schema.types) {
            out(CliTr::tr("  type %1 (%2)\n")
                    .arg(qs(type.name), QLatin1String(userTypeKindName(type.kind))));
        }
    }
}

int catalogCommand(const QStringList &arguments)
{
    const auto parsed = parseArguments(arguments,
                                       {QStringLiteral("json"), QStringLiteral("system")},
                                       {QStringLiteral("schema"), QStringLiteral("role"),
                                        QStringLiteral("password-from")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 1)
        return usageError(CliTr::tr("catalog takes exactly one connection URI"));
    const QString role = parsed.values.value(QStringLiteral("role"), QStringLiteral("source"));
    PasswordFrom from = PasswordFrom::Default;
    QString fromError;
    if (!parsePasswordFrom(parsed, &from, &fromError))
        return usageError(fromError);
    auto spec = specFromUri(parsed.positional.first(), role, from);
    if (!spec) {
        printError(spec.error());
        return exitCodeFor(spec.error());
    }
    CatalogFilter filter;
    for (const QString &schema : parsed.values.values(QStringLiteral("schema")))
        filter.schemas.push_back(schema.toStdString());
    filter.includeSystemSchemas = parsed.flags.contains(QStringLiteral("system"));

    auto endpoint = makeEndpoint(*spec);
    auto catalog = endpoint->readCatalog(filter);
    if (!catalog && catalog.error().code == ErrorCode::AuthenticationFailed
        && retryWithPrompt(*spec, from)) {
        endpoint = makeEndpoint(*spec);
        catalog = endpoint->readCatalog(filter);
    }
    if (!catalog) {
        printError(catalog.error());
        return exitCodeFor(catalog.error());
    }
    if (parsed.flags.contains(QStringLiteral("json"))) {
        out(QString::fromUtf8(QJsonDocument(catalogToJson(*catalog)).toJson(QJsonDocument::Indented)));
    } else {
        printCatalogText(*catalog);
    }
    return ExitOk;
}

/// Exit code of a failed keyring operation: an unreachable keyring is like a failed connection.
int keyringExitCode(const Error &error)
{
    switch (error.code) {
    case ErrorCode::NotSupported:
    case ErrorCode::Io: return ExitConnection;
    case ErrorCode::Usage: return ExitUsage;
    default: return exitCodeFor(error);
    }
}

int keyringCommand(const QStringList &arguments)
{
    const auto parsed = parseArguments(arguments, {}, {QStringLiteral("role")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    const QString action = parsed.positional.value(0);
    if (action != QLatin1String("store") && action != QLatin1String("forget"))
        return usageError(CliTr::tr("keyring needs 'store URI' or 'forget URI'"));
    if (parsed.positional.size() != 2)
        return usageError(CliTr::tr("keyring %1 takes exactly one connection URI").arg(action));
    const QString role = parsed.values.value(QStringLiteral("role"), QStringLiteral("source"));
    if (role != QLatin1String("source") && role != QLatin1String("target"))
        return usageError(CliTr::tr("--role must be 'source' or 'target', not '%1'").arg(role));
    auto spec = parseConnectionUri(parsed.positional.at(1).toStdString());
    if (!spec) {
        printError(spec.error());
        return exitCodeFor(spec.error());
    }
    if (spec->passwordFromUri) {
        return usageError(CliTr::tr("remove the password from the URI; 'keyring store' reads it "
                                    "from FERRY_%1_PASSWORD or a prompt")
                              .arg(role.toUpper()));
    }
    const std::string account = spec->toUri();
    if (action == QLatin1String("forget")) {
        const auto removed = deleteKeyringPassword(account);
        if (!removed && removed.error().code == ErrorCode::SecretNotFound) {
            out(CliTr::tr("No password was stored for %1.\n").arg(qs(account)));
            return ExitOk;
        }
        if (!removed) {
            printError(removed.error());
            return keyringExitCode(removed.error());
        }
        out(CliTr::tr("Removed the password for %1 from the system keyring.\n").arg(qs(account)));
        return ExitOk;
    }
    if (!applyPasswordFromEnvironment(*spec, role.toStdString()))
        promptForPassword(*spec);
    if (spec->password.isEmpty()) {
        return usageError(CliTr::tr("no password to store: set FERRY_%1_PASSWORD or run on a "
                                    "terminal to be prompted")
                              .arg(role.toUpper()));
    }
    const auto stored = storeKeyringPassword(account, spec->password);
    if (!stored) {
        printError(stored.error());
        return keyringExitCode(stored.error());
    }
    out(CliTr::tr("Stored the password for %1 in the system keyring.\n").arg(qs(account)));
    return ExitOk;
}

// import-dms / export-dms ---------------------------------------------------------------------

/// The project at path, or a new minimal one named after the file when path does not exist.
Result<project::Project> projectForImport(const QString &path, project::LoadReport *report)
{
    if (QFileInfo::exists(path))
        return project::loadProjectFile(path.toStdString(), report);
    project::Project created;
    QString name = QFileInfo(path).fileName();
    for (const QLatin1String suffix :
         {QLatin1String(".ferry.yaml"), QLatin1String(".yaml"), QLatin1String(".yml")}) {
        if (name.endsWith(suffix) && name.size() > suffix.size()) {
            name.chop(suffix.size());
            break;
        }
    }
    created.name = name.toStdString();
    return created;
}

int importDmsCommand(const QStringList &arguments)
{
    const ParsedArguments parsed
        = parseArguments(arguments, {}, {QStringLiteral("project"), QStringLiteral("mapping")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.isEmpty() || parsed.positional.size() > 2)
        return usageError(CliTr::tr("import-dms needs TABLE_MAPPINGS.json and optionally "
                                    "TASK_SETTINGS.json"));
    const QString projectPath = parsed.values.value(QStringLiteral("project"));
    if (projectPath.isEmpty())
        return usageError(CliTr::tr("import-dms needs --project FILE"));
    QString mappingName = parsed.values.value(QStringLiteral("mapping"));
    if (mappingName.isEmpty())
        mappingName = QFileInfo(parsed.positional.at(0)).completeBaseName();

    bool invalid = false;
    std::string mappingText;
    if (!readInputFile(parsed.positional.at(0), &mappingText))
        return ExitInvalidInput;
    project::LoadReport mappingReport;
    const auto mapping = project::importDmsTableMappings(
        mappingText, parsed.positional.at(0).toStdString(), &mappingReport);
    printIssues(mappingReport);
    invalid = !mapping;

    std::optional<project::DmsTaskSettingsImport> settings;
    if (parsed.positional.size() == 2) {
        std::string settingsText;
        if (!readInputFile(parsed.positional.at(1), &settingsText))
            return ExitInvalidInput;
        project::LoadReport settingsReport;
        auto imported = project::importDmsTaskSettings(
            settingsText, parsed.positional.at(1).toStdString(), &settingsReport);
        printIssues(settingsReport);
        if (imported)
            settings = std::move(imported.value());
        else
            invalid = true;
    }
    if (invalid) {
        err(CliTr::tr("ferry: nothing was imported; fix the errors above.\n"));
        return ExitInvalidInput;
    }

    project::LoadReport projectReport;
    auto loaded = projectForImport(projectPath, &projectReport);
    if (!loaded) {
        printIssues(projectReport);
        printError(loaded.error());
        return exitCodeFor(loaded.error());
    }
    project::Project project = std::move(loaded.value());
    project::NamedMapping named {mappingName.toStdString(), mapping.value()};
    auto existing = std::find_if(
        project.mappings.begin(), project.mappings.end(),
        [&named](const project::NamedMapping &candidate) { return candidate.name == named.name; });
    if (existing != project.mappings.end())
        *existing = std::move(named);
    else
        project.mappings.push_back(std::move(named));
    if (settings) {
        project.settings = settings->knownSettings;
        if (!settings->unknownKeys.empty()) {
            QStringList keys;
            for (const std::string &key : settings->unknownKeys)
                keys << qs(key);
            err(warningPrefix()
                + CliTr::tr("%n task setting(s) Ferry does not know were not stored in %1: %2\n",
                            "", static_cast<int>(keys.size()))
                      .arg(projectPath, keys.join(QStringLiteral(", "))));
        }
    }
    const auto saved = project::saveProjectFile(project, projectPath.toStdString());
    if (!saved) {
        printError(saved.error());
        return exitCodeFor(saved.error());
    }
    out(CliTr::tr("Imported %n rule(s) into mapping '%1' of %2", "",
                  static_cast<int>(mapping->rules.size()))
            .arg(mappingName, projectPath)
        + (settings ? CliTr::tr(", with task settings.\n") : QStringLiteral(".\n")));
    return ExitOk;
}

int exportDmsCommand(const QStringList &arguments)
{
    const ParsedArguments parsed
        = parseArguments(arguments, {QStringLiteral("task-settings")},
                         {QStringLiteral("project"), QStringLiteral("mapping")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (!parsed.positional.isEmpty())
        return usageError(CliTr::tr("unexpected argument '%1'").arg(parsed.positional.at(0)));
    const QString projectPath = parsed.values.value(QStringLiteral("project"));
    const QString mappingName = parsed.values.value(QStringLiteral("mapping"));
    const bool taskSettings = parsed.flags.contains(QStringLiteral("task-settings"));
    if (projectPath.isEmpty())
        return usageError(CliTr::tr("export-dms needs --project FILE"));
    if (mappingName.isEmpty() == !taskSettings)
        return usageError(CliTr::tr("export-dms needs either --mapping NAME or --task-settings"));

    project::LoadReport report;
    const auto project = project::loadProjectFile(projectPath.toStdString(), &report);
    if (!project) {
        printIssues(report);
        printError(project.error());
        return exitCodeFor(project.error());
    }
    if (taskSettings) {
        out(qs(project::exportDmsTaskSettings(project->settings)));
        return ExitOk;
    }
    const project::NamedMapping *mapping = project->findMapping(mappingName.toStdString());
    if (!mapping) {
        QStringList names;
        for (const project::NamedMapping &candidate : project->mappings)
            names << qs(candidate.name);
        Error error;
        error.code = ErrorCode::ProjectInvalid;
        error.message = CliTr::tr("The project %1 has no mapping '%2'.")
                            .arg(projectPath, mappingName)
                            .toStdString();
        error.hint = names.isEmpty()
            ? CliTr::tr("The project defines no mappings.").toStdString()
            : CliTr::tr("Mappings: %1.").arg(names.join(QStringLiteral(", "))).toStdString();
        printError(error);
        return ExitInvalidInput;
    }
    out(qs(project::exportDmsTableMappings(mapping->mapping)));
    return ExitOk;
}

} // namespace

int run(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        err(usageText());
        return ExitUsage;
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out(usageText());
        return ExitOk;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-V")) {
        out(QStringLiteral("ferry %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    if (rest.contains(QStringLiteral("--help"))) {
        out(usageText());
        return ExitOk;
    }
    if (command == QLatin1String("test-connection"))
        return testConnectionCommand(rest);
    if (command == QLatin1String("catalog"))
        return catalogCommand(rest);
    if (command == QLatin1String("keyring"))
        return keyringCommand(rest);
    if (command == QLatin1String("import-dms"))
        return importDmsCommand(rest);
    if (command == QLatin1String("export-dms"))
        return exportDmsCommand(rest);
    if (command == QLatin1String("run"))
        return runCommand(rest);
    if (command == QLatin1String("migrate"))
        return migrateCommand(rest);
    if (command == QLatin1String("convert"))
        return convertCommand(rest);
    if (command == QLatin1String("apply"))
        return applyCommand(rest);
    if (command == QLatin1String("assess"))
        return assessCommand(rest);
    if (command == QLatin1String("demo"))
        return demoCommand(rest);
    if (command == QLatin1String("sample"))
        return sampleCommand(rest);
    if (command == QLatin1String("exceptions"))
        return exceptionsCommand(rest);
    if (command == QLatin1String("types"))
        return typesCommand(rest);
    return usageError(CliTr::tr("unknown command '%1'").arg(command));
}

} // namespace ferry::cli
