// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/connection_spec.h"
#include "engine/core/error.h"
#include "engine/core/tr.h"
#include "engine/project/project_file.h"

#include <QCoreApplication>
#include <QMultiMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace ferry::cli {

/// Translation context of the CLI's messages.
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void out(const QString &text); ///< to stdout, flushed
void err(const QString &text); ///< to stderr, flushed

/// Prints "ferry: message" and "Run 'ferry --help'"; returns ExitUsage.
int usageError(const QString &message);

/// Minimal option parser for "COMMAND positional... --flag --key value".
struct ParsedArguments
{
    QStringList positional;
    QStringList flags;
    QMultiMap<QString, QString> values;
    QString error;
};

ParsedArguments parseArguments(const QStringList &arguments, const QStringList &flagNames,
                               const QStringList &valueNames);

/// An Error as "ferry: message" plus where/detail/fix lines on stderr.
void printError(const Error &error, const QString &prefix = {});
QString warningPrefix();

/// Where connection commands look for the password (--password-from).
enum class PasswordFrom {
    Default, ///< environment, then the keyring when available, then a prompt after a failed login
    Env,
    Keyring,
    Prompt,
};

/// Parses --password-from; false (and a usage message in *error) for an unknown value.
bool parsePasswordFrom(const ParsedArguments &parsed, PasswordFrom *from, QString *error);

/// Parses the URI and finds the password from the sources `from` allows (role "source" or
/// "target" picks FERRY_<ROLE>_PASSWORD).
Result<ConnectionSpec> specFromUri(const QString &uri, const QString &role, PasswordFrom from);
bool promptForPassword(ConnectionSpec &spec);
void applyPasswordFromKeyring(ConnectionSpec &spec, bool quiet);
/// After an authentication failure, a prompt on a terminal may supply a (better) password.
bool retryWithPrompt(ConnectionSpec &spec, PasswordFrom from);

/// The documented exit code for an error (docs/cli.md).
int exitCodeFor(const Error &error);

/// Reads a whole input file; false (and the message printed) when it cannot be read.
bool readInputFile(const QString &path, std::string *text);
void printIssues(const project::LoadReport &report);

/// Reads and imports one DMS JSON file, printing its issues; nullopt when it is unusable.
template<typename Import>
auto importDmsFile(const QString &path, Import import) -> std::optional<
    std::decay_t<decltype(import(std::string_view(), std::string(), nullptr).value())>>
{
    std::string text;
    if (!readInputFile(path, &text))
        return std::nullopt;
    project::LoadReport report;
    auto imported = import(text, path.toStdString(), &report);
    printIssues(report);
    if (!imported)
        return std::nullopt;
    return std::move(imported).value();
}

} // namespace ferry::cli
