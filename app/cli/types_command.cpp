// SPDX-License-Identifier: MIT
#include "app/cli/types_command.h"

#include "app/cli/cli_commands.h"
#include "app/cli/cli_support.h"
#include "engine/types/type_mapping.h"
#include "engine/types/type_mapping_docs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace ferry::cli {

namespace {

using types::TypeMapping;

/// The dialect of --source or --target; nullopt (and a usage message in *error) when the
/// value is not an engine name. An absent option gives Generic.
std::optional<SqlDialect> engineOption(const ParsedArguments &parsed, const QString &name,
                                       QString *error)
{
    if (!parsed.values.contains(name))
        return SqlDialect::Generic;
    const QString value = parsed.values.value(name);
    const auto dialect = types::dialectOfEngineName(value.toStdString());
    if (!dialect) {
        *error = CliTr::tr("--%1 must be one of mysql, mariadb, postgresql, sqlite, sqlserver, "
                           "oracle, not '%2'")
                     .arg(name, value);
    }
    return dialect;
}

QJsonObject mappingToJson(SqlDialect source, const QString &nativeType, const CanonicalType &type,
                          SqlDialect target, const TypeMapping &mapping)
{
    QJsonArray notes;
    for (const types::TypeNote &note : mapping.notes) {
        notes.append(QJsonObject {
            {QStringLiteral("code"), qs(note.code)},
            {QStringLiteral("fidelity"), QLatin1String(types::fidelityName(note.fidelity))},
            {QStringLiteral("text"), qs(note.text)}});
    }
    return {{QStringLiteral("source"), QLatin1String(types::engineName(source))},
            {QStringLiteral("nativeType"), nativeType},
            {QStringLiteral("canonical"), qs(type.toString())},
            {QStringLiteral("target"), QLatin1String(types::engineName(target))},
            {QStringLiteral("targetType"), qs(mapping.nativeType)},
            {QStringLiteral("fidelity"), QLatin1String(types::fidelityName(mapping.fidelity))},
            {QStringLiteral("notes"), notes}};
}

/// `ferry types TYPE... --source ENGINE [--target ENGINE] [--json]`
int mapTypes(const QStringList &nativeTypes, SqlDialect source, SqlDialect target, bool json)
{
    std::vector<SqlDialect> targets = types::targetDialects();
    if (target != SqlDialect::Generic)
        targets = {target};
    QJsonArray mappings;
    for (const QString &nativeType : nativeTypes) {
        const CanonicalType type = types::canonicalTypeOf(source, nativeType.toStdString());
        if (!json)
            out(QStringLiteral("%1 -> %2\n").arg(nativeType, qs(type.toString())));
        for (const SqlDialect each : targets) {
            const TypeMapping mapping = types::mapColumnType(type, source, each);
            if (json) {
                mappings.append(mappingToJson(source, nativeType, type, each, mapping));
                continue;
            }
            out(QStringLiteral("  %1: %2 (%3)\n")
                    .arg(QLatin1String(types::productName(each)), qs(mapping.nativeType),
                         QLatin1String(types::fidelityName(mapping.fidelity))));
            for (const types::TypeNote &note : mapping.notes)
                out(QStringLiteral("    %1 %2\n").arg(qs(note.code), qs(note.text)));
        }
    }
    if (json)
        out(QString::fromUtf8(QJsonDocument(mappings).toJson(QJsonDocument::Indented)));
    return ExitOk;
}

/// `ferry types --write-docs DIR`: docs/type-mapping.md and docs/type-mapping/*.md under DIR.
int writeDocuments(const QString &directory)
{
    const auto documents = types::typeMappingDocuments();
    for (const types::GeneratedDocument &document : documents) {
        const QString path = QDir(directory).filePath(qs(document.path));
        QFile file(path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath())
            || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(document.text.data(), qint64(document.text.size()))
                != qint64(document.text.size())) {
            err(CliTr::tr("ferry: cannot write %1: %2\n").arg(path, file.errorString()));
            return ExitInternal;
        }
    }
    out(CliTr::tr("Wrote %n type-mapping document(s) under %1.\n", nullptr, int(documents.size()))
            .arg(QDir::toNativeSeparators(directory)));
    return ExitOk;
}

} // namespace

int typesCommand(const QStringList &arguments)
{
    const auto parsed = parseArguments(
        arguments, {QStringLiteral("json"), QStringLiteral("markdown")},
        {QStringLiteral("source"), QStringLiteral("target"), QStringLiteral("write-docs")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    QString error;
    const auto source = engineOption(parsed, QStringLiteral("source"), &error);
    const auto target
        = error.isEmpty() ? engineOption(parsed, QStringLiteral("target"), &error) : std::nullopt;
    if (!source || !target)
        return usageError(error);
    if (parsed.values.contains(QStringLiteral("write-docs")))
        return writeDocuments(parsed.values.value(QStringLiteral("write-docs")));
    if (parsed.flags.contains(QStringLiteral("markdown"))) {
        if ((*source == SqlDialect::Generic) != (*target == SqlDialect::Generic))
            return usageError(CliTr::tr("types --markdown needs both --source and --target, "
                                        "or neither (the index)"));
        out(qs(*source == SqlDialect::Generic ? types::typeMappingIndexMarkdown()
                                              : types::typeMappingMarkdown(*source, *target)));
        return ExitOk;
    }
    if (parsed.positional.isEmpty() || *source == SqlDialect::Generic)
        return usageError(CliTr::tr("types needs native type names and --source ENGINE"));
    return mapTypes(parsed.positional, *source, *target,
                    parsed.flags.contains(QStringLiteral("json")));
}

} // namespace ferry::cli
