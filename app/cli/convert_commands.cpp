// SPDX-License-Identifier: MIT
#include "app/cli/convert_commands.h"

#include "app/cli/cli_commands.h"
#include "app/cli/cli_support.h"
#include "engine/connectors/connector.h"
#include "engine/connectors/endpoint.h"
#include "engine/conversion/conversion_files.h"
#include "engine/project/dms_json.h"

#include <QDir>
#include <QSaveFile>

#include <optional>

namespace ferry::cli {

namespace {

struct TargetEngine
{
    SqlDialect dialect;
    Dialect connector;
};

/// --target-engine: postgresql, mysql (MySQL 8), mariadb (MariaDB 10.11) or sqlite.
std::optional<TargetEngine> targetEngineNamed(const QString &name)
{
    if (name == QLatin1String("postgresql"))
        return TargetEngine {SqlDialect::PostgreSql, Dialect::PostgreSql};
    if (name == QLatin1String("mysql"))
        return TargetEngine {SqlDialect::MySql, Dialect::MySql};
    if (name == QLatin1String("mariadb"))
        return TargetEngine {SqlDialect::MariaDb, Dialect::MySql};
    if (name == QLatin1String("sqlite"))
        return TargetEngine {SqlDialect::Sqlite, Dialect::Sqlite};
    return std::nullopt;
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
bool writeConversion(const QString &out, const conversion::SchemaConversion &converted)
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
                     conversion::conversionReportJson(converted));
}

} // namespace

int convertCommand(const QStringList &arguments)
{
    const auto parsed = parseArguments(arguments, {},
                                       {QStringLiteral("target-engine"), QStringLiteral("out"),
                                        QStringLiteral("schema"), QStringLiteral("mappings"),
                                        QStringLiteral("password-from")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 1)
        return usageError(CliTr::tr("convert takes exactly one source connection URI"));
    if (!parsed.values.contains(QStringLiteral("out")))
        return usageError(CliTr::tr("convert needs --out DIR"));
    const auto engine = targetEngineNamed(parsed.values.value(QStringLiteral("target-engine")));
    if (!engine)
        return usageError(CliTr::tr("--target-engine must be postgresql, mysql, mariadb or "
                                    "sqlite"));
    PasswordFrom from = PasswordFrom::Default;
    QString fromError;
    if (!parsePasswordFrom(parsed, &from, &fromError))
        return usageError(fromError);

    std::optional<project::TableMapping> mapping;
    if (parsed.values.contains(QStringLiteral("mappings"))) {
        std::string text;
        const QString path = parsed.values.value(QStringLiteral("mappings"));
        if (!readInputFile(path, &text))
            return ExitInvalidInput;
        project::LoadReport report;
        auto imported = project::importDmsTableMappings(text, path.toStdString(), &report);
        printIssues(report);
        if (!imported)
            return ExitInvalidInput;
        mapping = std::move(imported).value();
    }
    auto catalog = readSourceCatalog(parsed, from);
    if (!catalog) {
        printError(catalog.error());
        return exitCodeFor(catalog.error());
    }
    conversion::ConversionOptions options;
    options.target = engine->dialect;
    options.targetDefaultSchema = connectorFor(engine->connector).identifierRules().defaultSchema;
    options.mapping = mapping ? &*mapping : nullptr;
    auto converted = conversion::convertSchema(*catalog, options);
    if (!converted) {
        printError(converted.error());
        return exitCodeFor(converted.error());
    }
    const QString directory = parsed.values.value(QStringLiteral("out"));
    if (!writeConversion(directory, *converted))
        return ExitInternal;
    const size_t actions = converted->actionCount();
    out(CliTr::tr("Converted %Ln object(s) into %1; action items: %2 (see "
                  "conversion-report.json).\n",
                  nullptr, static_cast<int>(converted->objects.size()))
            .arg(QDir::toNativeSeparators(directory))
            .arg(actions));
    return actions == 0 ? ExitOk : ExitPartialFailure;
}

} // namespace ferry::cli
