// SPDX-License-Identifier: MIT
#include "engine/core/connection_spec.h"

#include "engine/core/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <cstdlib>

namespace ferry {

namespace {

Error uriError(const QString &message, std::string_view uri, const QString &hint)
{
    Error error;
    error.code = ErrorCode::InvalidUri;
    error.action = ErrorAction::FixConfiguration;
    error.message = message.toStdString();
    error.detail = redactUri(uri);
    error.hint = hint.toStdString();
    return error;
}

QString exampleHint()
{
    return EngineTr::tr("Use one of postgresql://user@host:5432/database, "
                        "mysql://user@host:3306/database, sqlite:///path/to/file.db or odbc://DSN");
}

/// Moves the options of "...?key=value&..." at the end of rest into spec.options and cuts
/// them off rest.
void takeQueryOptions(QString &rest, ConnectionSpec &spec)
{
    const qsizetype question = rest.indexOf(QLatin1Char('?'));
    if (question < 0)
        return;
    const QUrlQuery query(rest.mid(question + 1));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        spec.options[key.toStdString()] = value.toStdString();
    rest = rest.left(question);
}

} // namespace

std::string ConnectionSpec::option(const std::string &key, const std::string &fallback) const
{
    auto it = options.find(key);
    return it == options.end() ? fallback : it->second;
}

int ConnectionSpec::connectTimeoutSeconds() const
{
    const std::string text = option("connect_timeout");
    if (text.empty())
        return 10;
    const int value = std::atoi(text.c_str());
    return value > 0 ? value : 10;
}

std::string ConnectionSpec::toUri() const
{
    QUrl url;
    switch (dialect) {
    case Dialect::Sqlite:
        return "sqlite://" + QUrl::toPercentEncoding(QString::fromStdString(path), "/")
                                 .toStdString();
    case Dialect::Odbc:
        url.setScheme(QStringLiteral("odbc"));
        if (!dsn.empty())
            url.setHost(QString::fromStdString(dsn));
        else
            url.setPath(QStringLiteral("/"));
        break;
    case Dialect::PostgreSql:
    case Dialect::MySql:
        url.setScheme(QString::fromLatin1(dialectName(dialect)));
        url.setHost(QString::fromStdString(host));
        if (port > 0)
            url.setPort(port);
        url.setUserName(QString::fromStdString(user));
        url.setPath(QLatin1Char('/') + QString::fromStdString(database));
        break;
    }
    if (!options.empty()) {
        QUrlQuery query;
        for (const auto &[key, value] : options)
            query.addQueryItem(QString::fromStdString(key), QString::fromStdString(value));
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded).toStdString();
}

Result<ConnectionSpec> parseConnectionUri(std::string_view uri)
{
    const QString text = QString::fromUtf8(uri.data(), qsizetype(uri.size())).trimmed();
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return uriError(EngineTr::tr("The connection URI has no scheme."), uri, exampleHint());
    const QString scheme = text.left(colon).toLower();
    const auto dialect = dialectFromName(scheme.toStdString());
    if (!dialect) {
        return uriError(EngineTr::tr("The connection URI scheme '%1' is not supported.").arg(scheme),
                        uri, exampleHint());
    }

    ConnectionSpec spec;
    spec.dialect = *dialect;

    if (spec.dialect == Dialect::Sqlite && !text.mid(colon + 1).startsWith(QLatin1String("//"))) {
        // sqlite:relative.db[?mode=ro]
        QString rest = text.mid(colon + 1);
        takeQueryOptions(rest, spec);
        rest = QUrl::fromPercentEncoding(rest.toUtf8());
        if (rest.isEmpty())
            return uriError(EngineTr::tr("The SQLite URI names no file."), uri, exampleHint());
        spec.path = QFileInfo(rest).absoluteFilePath().toStdString();
        return spec;
    }

    if (spec.dialect == Dialect::Odbc) {
        // Parsed by hand: a DSN keeps its case (QUrl lowercases hosts) and driver names may
        // contain spaces (odbc:///?driver=PostgreSQL Unicode).
        QString rest = text.mid(colon + 1);
        if (!rest.startsWith(QLatin1String("//"))) {
            return uriError(EngineTr::tr("The ODBC URI must start with odbc://."), uri,
                            EngineTr::tr("Write odbc://DSN or odbc:///?driver=NAME&server=..."));
        }
        rest.remove(0, 2);
        takeQueryOptions(rest, spec);
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        QString authority = slash >= 0 ? rest.left(slash) : rest;
        const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
        if (at >= 0) {
            const QString userInfo = authority.left(at);
            authority = authority.mid(at + 1);
            const qsizetype userColon = userInfo.indexOf(QLatin1Char(':'));
            spec.user = QUrl::fromPercentEncoding(userInfo.left(userColon).toUtf8()).toStdString();
            if (userColon >= 0) {
                spec.password = Secret(
                    QUrl::fromPercentEncoding(userInfo.mid(userColon + 1).toUtf8()).toStdString());
                spec.passwordFromUri = !spec.password.isEmpty();
            }
        }
        spec.dsn = QUrl::fromPercentEncoding(authority.toUtf8()).toStdString();
        if (spec.dsn.empty())
            spec.dsn = spec.option("dsn");
        if (spec.dsn.empty() && spec.option("driver").empty()) {
            return uriError(EngineTr::tr("The ODBC URI names neither a DSN nor a driver."), uri,
                            EngineTr::tr("Write odbc://DSN or odbc:///?driver=NAME&server=..."));
        }
        return spec;
    }

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return uriError(EngineTr::tr("The connection URI is malformed: %1.").arg(url.errorString()),
                        uri, exampleHint());
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        spec.options[key.toStdString()] = value.toStdString();

    switch (spec.dialect) {
    case Dialect::Sqlite: {
        if (!url.host().isEmpty()) {
            return uriError(EngineTr::tr("A SQLite URI takes a file path, not a host ('%1').")
                                .arg(url.host()),
                            uri,
                            EngineTr::tr("Write sqlite:///absolute/path.db (three slashes) or "
                                         "sqlite:relative/path.db."));
        }
        const QString path = url.path(QUrl::FullyDecoded);
        if (path.isEmpty() || path == QLatin1String("/"))
            return uriError(EngineTr::tr("The SQLite URI names no file."), uri, exampleHint());
        spec.path = QDir::cleanPath(path).toStdString();
        break;
    }
    case Dialect::Odbc: // handled above
        break;
    case Dialect::PostgreSql:
    case Dialect::MySql: {
        spec.host = url.host(QUrl::FullyDecoded).toStdString();
        spec.port = url.port(0);
        spec.user = url.userName(QUrl::FullyDecoded).toStdString();
        if (!url.password().isEmpty()) {
            spec.password = Secret(url.password(QUrl::FullyDecoded).toStdString());
            spec.passwordFromUri = true;
        }
        QString database = url.path(QUrl::FullyDecoded);
        if (database.startsWith(QLatin1Char('/')))
            database.remove(0, 1);
        if (database.contains(QLatin1Char('/'))) {
            return uriError(EngineTr::tr("The database name '%1' contains a '/'.").arg(database),
                            uri, exampleHint());
        }
        spec.database = database.toStdString();
        break;
    }
    }
    return spec;
}

std::string redactUri(std::string_view uri)
{
    // scheme://user:password@host -> scheme://user:***@host ; also password=... in queries.
    static const QRegularExpression userInfo(
        QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://[^:/?#@]*):([^@/?#]*)@"));
    static const QRegularExpression queryPassword(
        QStringLiteral("((?:^|[?&;])(?:password|pwd|passwd)=)([^&;]*)"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = QString::fromUtf8(uri.data(), qsizetype(uri.size()));
    text.replace(userInfo, QStringLiteral("\\1:***@"));
    text.replace(queryPassword, QStringLiteral("\\1***"));
    return text.toStdString();
}

bool applyPasswordFromEnvironment(ConnectionSpec &spec, std::string_view role)
{
    if (!spec.password.isEmpty())
        return false;
    std::string name = spec.passwordEnv;
    if (name.empty()) {
        name = "FERRY_";
        for (char c : role)
            name += char(std::toupper(static_cast<unsigned char>(c)));
        name += "_PASSWORD";
    }
    const char *value = std::getenv(name.c_str());
    if (!value || !*value)
        return false;
    spec.password = Secret(value);
    spec.passwordSource = PasswordSource::Env;
    spec.passwordEnv = name;
    return true;
}

} // namespace ferry
