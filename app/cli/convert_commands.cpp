// SPDX-License-Identifier: MIT
#include "app/cli/convert_commands.h"

#include "app/cli/cli_commands.h"
#include "app/cli/cli_support.h"
#include "engine/connectors/connector.h"
#include "engine/connectors/endpoint.h"
#include "engine/conversion/assessment.h"
#include "engine/conversion/conversion_files.h"
#include "engine/conversion/script_apply.h"
#include "engine/convert/ddl/ddl_writer.h"
#include "engine/project/dms_json.h"
#include "engine/types/type_mapping.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <optional>

namespace ferry::cli {

namespace {

/// --target-engine: postgresql, mysql (MySQL 8), mariadb (MariaDB 10.11) or sqlite - the
/// dialects type mapping and the DDL writers write.
std::optional<SqlDialect> targetEngineNamed(const QString &name)
{
    const auto dialect = types::dialectOfEngineName(name.toStdString());
    const auto &targets = types::targetDialects();
    if (!dialect || std::find(targets.begin(), targets.end(), *dialect) == targets.end())
        return std::nullopt;
    return dialect;
}

/// The source's catalog, asking for a password again after a refused login on a terminal.
Result<Catalog> readSourceCatalog(const ParsedArguments &parsed, PasswordFrom from)
{
    auto spec = specFromUri(parsed.positional.first(), QStringLiteral("source"), from);
    if (!spec)
        return spec.error();
    CatalogFilter filter;
    for (const QString &schema : parsed.values.values(QStringLiteral("schema")))
        filter.schemas.push_back(schema.toStdString());
    auto catalog = makeEndpoint(*spec)->readCatalog(filter);
    if (!catalog && catalog.error().code == ErrorCode::AuthenticationFailed
        && retryWithPrompt(*spec, from))
        catalog = makeEndpoint(*spec)->readCatalog(filter);
    return catalog;
}

bool writeFile(const QDir &directory, const std::string &name, const std::string &text)
{
    QSaveFile file(directory.filePath(QString::fromStdString(name)));
    if (file.open(QIODevice::WriteOnly)
        && file.write(text.data(), qint64(text.size())) == qint64(text.size()) && file.commit())
        return true;
    Error error;
    error.code = ErrorCode::Io;
    error.message = CliTr::tr("Could not write %1.")
                        .arg(QDir::toNativeSeparators(file.fileName()))
                        .toStdString();
    error.detail = file.errorString().toStdString();
    printError(error);
    return false;
}

/// The files and the report into --out (created when missing); false when one failed.
bool writeConversion(const QString &out, const Catalog &catalog,
                     const conversion::SchemaConversion &converted)
{
    QDir directory(out);
    if (!directory.mkpath(QStringLiteral("."))) {
        err(CliTr::tr("ferry: cannot create the directory %1\n")
                .arg(QDir::toNativeSeparators(out)));
        return false;
    }
    for (const conversion::SqlFile &file : conversion::conversionFiles(converted)) {
        if (!writeFile(directory, file.name, file.text))
            return false;
    }
    return writeFile(directory, "conversion-report.json",
                     conversion::assessmentJson(conversion::assess(catalog, converted)));
}

} // namespace

namespace {

/// What convert and assess share: the source's catalog and its conversion.
struct Converted
{
    Catalog catalog;
    conversion::SchemaConversion conversion;
};

/// SOURCE_URI --target-engine E [--schema S]... [--mappings F] [--password-from P], read and
/// converted; nullopt with *exitCode set (and the error printed) when that fails.
std::optional<Converted> convertFromArguments(const ParsedArguments &parsed, const QString &command,
                                              int *exitCode)
{
    *exitCode = ExitUsage;
    if (parsed.positional.size() != 1) {
        usageError(CliTr::tr("%1 takes exactly one source connection URI").arg(command));
        return std::nullopt;
    }
    const auto engine = targetEngineNamed(parsed.values.value(QStringLiteral("target-engine")));
    if (!engine) {
        usageError(CliTr::tr("--target-engine must be postgresql, mysql, mariadb or sqlite"));
        return std::nullopt;
    }
    PasswordFrom from = PasswordFrom::Default;
    QString fromError;
    if (!parsePasswordFrom(parsed, &from, &fromError)) {
        usageError(fromError);
        return std::nullopt;
    }
    std::optional<project::TableMapping> mapping;
    if (parsed.values.contains(QStringLiteral("mappings"))) {
        mapping = importDmsFile(parsed.values.value(QStringLiteral("mappings")),
                                project::importDmsTableMappings);
        if (!mapping) {
            *exitCode = ExitInvalidInput;
            return std::nullopt;
        }
    }
    auto catalog = readSourceCatalog(parsed, from);
    if (!catalog) {
        printError(catalog.error());
        *exitCode = exitCodeFor(catalog.error());
        return std::nullopt;
    }
    conversion::ConversionOptions options;
    options.target = *engine;
    options.targetDefaultSchema
        = connectorFor(convert::ddlWriterFor(*engine)->quoting()).identifierRules().defaultSchema;
    options.mapping = mapping ? &*mapping : nullptr;
    auto converted = conversion::convertSchema(*catalog, options);
    if (!converted) {
        printError(converted.error());
        *exitCode = exitCodeFor(converted.error());
        return std::nullopt;
    }
    return Converted {std::move(catalog).value(), std::move(converted).value()};
}

const QStringList ConversionOptionNames
    = {QStringLiteral("target-engine"), QStringLiteral("schema"), QStringLiteral("mappings"),
       QStringLiteral("password-from")};

} // namespace

int convertCommand(const QStringList &arguments)
{
    const auto parsed = parseArguments(arguments, {},
                                       ConversionOptionNames + QStringList {QStringLiteral("out")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (!parsed.values.contains(QStringLiteral("out")))
        return usageError(CliTr::tr("convert needs --out DIR"));
    int exitCode = ExitOk;
    const auto converted = convertFromArguments(parsed, QStringLiteral("convert"), &exitCode);
    if (!converted)
        return exitCode;
    const QString directory = parsed.values.value(QStringLiteral("out"));
    if (!writeConversion(directory, converted->catalog, converted->conversion))
        return ExitInternal;
    const size_t actions = converted->conversion.actionCount();
    out(CliTr::tr("Converted %Ln object(s) into %1; action items: %2 (see "
                  "conversion-report.json).\n",
                  nullptr, static_cast<int>(converted->conversion.objects.size()))
            .arg(QDir::toNativeSeparators(directory))
            .arg(actions));
    return actions == 0 ? ExitOk : ExitPartialFailure;
}

int assessCommand(const QStringList &arguments)
{
    const auto parsed = parseArguments(
        arguments, {},
        ConversionOptionNames + QStringList {QStringLiteral("format"), QStringLiteral("out")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    const QString format = parsed.values.value(QStringLiteral("format"), QStringLiteral("html"));
    if (format != QLatin1String("html") && format != QLatin1String("csv")
        && format != QLatin1String("json"))
        return usageError(CliTr::tr("--format must be html, csv or json"));
    int exitCode = ExitOk;
    const auto converted = convertFromArguments(parsed, QStringLiteral("assess"), &exitCode);
    if (!converted)
        return exitCode;
    const conversion::Assessment assessment
        = conversion::assess(converted->catalog, converted->conversion);
    const std::string text = format == QLatin1String("json")
        ? conversion::assessmentJson(assessment)
        : format == QLatin1String("csv") ? conversion::assessmentCsv(assessment)
                                         : conversion::assessmentHtml(assessment);
    if (!parsed.values.contains(QStringLiteral("out"))) {
        out(QString::fromStdString(text));
        return ExitOk;
    }
    const QFileInfo file(parsed.values.value(QStringLiteral("out")));
    if (!writeFile(file.absoluteDir(), file.fileName().toStdString(), text))
        return ExitInternal;
    out(CliTr::tr("Wrote the assessment to %1.\n").arg(QDir::toNativeSeparators(file.filePath())));
    return ExitOk;
}

namespace {

/// The *.sql files of a directory; false (and the error printed) when one cannot be read.
bool readScripts(const QString &path, std::vector<conversion::ScriptFile> *files)
{
    const QDir directory(path);
    if (!directory.exists()) {
        err(CliTr::tr("ferry: the directory %1 does not exist\n")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    for (const QString &name : directory.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        std::string text;
        if (!readInputFile(directory.filePath(name), &text))
            return false;
        files->push_back({name.toStdString(), std::move(text)});
    }
    return true;
}

/// The target session, asking for a password again after a refused login on a terminal.
Result<std::unique_ptr<load::TargetSession>> openTarget(const QString &uri, PasswordFrom from)
{
    auto spec = specFromUri(uri, QStringLiteral("target"), from);
    if (!spec)
        return spec.error();
    auto session = load::openTargetSession(*spec);
    if (!session && session.error().code == ErrorCode::AuthenticationFailed
        && retryWithPrompt(*spec, from))
        session = load::openTargetSession(*spec);
    return session;
}

/// --plan: every step with what it does; objects that exist already and destructive steps
/// flagged. Nothing is changed.
void printPlan(load::TargetSession &target, const std::vector<conversion::ScriptStep> &steps,
               bool allowDestructive)
{
    int destructive = 0;
    for (const conversion::ScriptStep &step : steps) {
        QString flags;
        if (step.destructive) {
            ++destructive;
            flags += allowDestructive ? CliTr::tr("  [destructive]")
                                      : CliTr::tr("  [destructive: refused without "
                                                  "--allow-destructive]");
        }
        if (step.verb == "CREATE" && step.objectKind == "TABLE") {
            const std::string &name = step.objectName;
            const size_t dot = name.rfind('.');
            auto exists = target.tableExists(dot == std::string::npos ? "" : name.substr(0, dot),
                                             name.substr(dot == std::string::npos ? 0 : dot + 1));
            if (exists && *exists)
                flags += CliTr::tr("  [exists on the target: this statement will fail]");
        }
        out(QStringLiteral("%1:%2  %3%4\n")
                .arg(QString::fromStdString(step.file))
                .arg(step.line)
                .arg(QString::fromStdString(step.summary()), flags));
    }
    out(CliTr::tr("Plan: %Ln statement(s), %1 destructive; nothing was changed.\n", nullptr,
                  static_cast<int>(steps.size()))
            .arg(destructive));
}

} // namespace

int applyCommand(const QStringList &arguments)
{
    const auto parsed
        = parseArguments(arguments,
                         {QStringLiteral("pre-data"), QStringLiteral("post-data"),
                          QStringLiteral("plan"), QStringLiteral("allow-destructive")},
                         {QStringLiteral("sql"), QStringLiteral("password-from")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (!parsed.values.contains(QStringLiteral("sql")) || parsed.positional.size() != 1)
        return usageError(CliTr::tr("apply needs --sql DIR and one target connection URI"));
    const bool pre = parsed.flags.contains(QStringLiteral("pre-data"));
    const bool post = parsed.flags.contains(QStringLiteral("post-data"));
    if (pre && post)
        return usageError(CliTr::tr("give --pre-data or --post-data, not both (neither: both "
                                    "parts)"));
    PasswordFrom from = PasswordFrom::Default;
    QString fromError;
    if (!parsePasswordFrom(parsed, &from, &fromError))
        return usageError(fromError);
    std::vector<conversion::ScriptFile> files;
    if (!readScripts(parsed.values.value(QStringLiteral("sql")), &files))
        return ExitInvalidInput;
    auto target = openTarget(parsed.positional.first(), from);
    if (!target) {
        printError(target.error());
        return exitCodeFor(target.error());
    }
    const SqlDialect dialect = connectorFor((*target)->dialect()).ddlWriter()->dialect();
    const auto steps = conversion::scriptSteps(
        std::move(files), dialect,
        pre ? conversion::ScriptPart::PreData
            : (post ? conversion::ScriptPart::PostData : conversion::ScriptPart::All));
    const bool allowDestructive = parsed.flags.contains(QStringLiteral("allow-destructive"));
    if (parsed.flags.contains(QStringLiteral("plan"))) {
        printPlan(**target, steps, allowDestructive);
        return ExitOk;
    }
    const conversion::ApplyOutcome outcome
        = conversion::applyScriptSteps(**target, steps, allowDestructive, {});
    for (const conversion::StepFailure &failure : outcome.failures)
        printError(failure.error,
                   CliTr::tr("%1: ").arg(QString::fromStdString(failure.step.summary())));
    out(CliTr::tr("Applied %1 of %Ln statement(s); failed: %2.\n", nullptr,
                  static_cast<int>(steps.size()))
            .arg(outcome.applied)
            .arg(outcome.failures.size()));
    return outcome.failures.empty() ? ExitOk : ExitPartialFailure;
}

} // namespace ferry::cli
