// SPDX-License-Identifier: MIT
#include "ui/wizards/wizard_support.h"

#include "engine/core/tr.h"
#include "ui/icons.h"

#include <QCoreApplication>
#include <QDir>
#include <QLabel>

namespace ferry::wizards {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wizards)
};

} // namespace

QString engineDisplayName(Dialect engine)
{
    switch (engine) {
    case Dialect::PostgreSql:
        return Tr::tr("PostgreSQL");
    case Dialect::MySql:
        return Tr::tr("MySQL or MariaDB");
    case Dialect::Sqlite:
        return Tr::tr("SQLite");
    case Dialect::Odbc:
        return Tr::tr("ODBC");
    }
    return {};
}

QString endpointLocation(const project::Endpoint &endpoint)
{
    if (!endpoint.uri.empty())
        return qs(redactUri(endpoint.uri));
    switch (endpoint.engine) {
    case Dialect::Sqlite:
        return QDir::toNativeSeparators(qs(endpoint.path));
    case Dialect::Odbc:
        return endpoint.user.empty()
            ? Tr::tr("data source %1").arg(qs(endpoint.dsn))
            : Tr::tr("data source %1 as %2").arg(qs(endpoint.dsn), qs(endpoint.user));
    case Dialect::PostgreSql:
    case Dialect::MySql: {
        QString where = endpoint.host.empty() ? Tr::tr("local socket") : qs(endpoint.host);
        if (endpoint.port > 0)
            where += QLatin1Char(':') + QString::number(endpoint.port);
        if (!endpoint.database.empty())
            where += QLatin1Char('/') + qs(endpoint.database);
        return endpoint.user.empty() ? where : Tr::tr("%1 as %2").arg(where, qs(endpoint.user));
    }
    }
    return {};
}

QString passwordSourceText(PasswordSource source)
{
    switch (source) {
    case PasswordSource::None:
        return Tr::tr("No password");
    case PasswordSource::Env:
        return Tr::tr("Read from an environment variable");
    case PasswordSource::Keyring:
        return Tr::tr("Stored in the system keyring");
    case PasswordSource::Prompt:
        return Tr::tr("Asked each time Ferry connects");
    case PasswordSource::EngineFile:
        return Tr::tr("Left to the client library (~/.pgpass)");
    }
    return {};
}

QString diagnosisHeadline(DiagnosisCause cause)
{
    switch (cause) {
    case DiagnosisCause::Ok:
        return Tr::tr("Connection succeeded");
    case DiagnosisCause::InvalidSpec:
        return Tr::tr("The connection details are incomplete or wrong");
    case DiagnosisCause::UnknownHost:
        return Tr::tr("Unknown host name");
    case DiagnosisCause::ConnectionRefused:
        return Tr::tr("Connection refused");
    case DiagnosisCause::Timeout:
        return Tr::tr("No answer from the server");
    case DiagnosisCause::AuthenticationFailed:
        return Tr::tr("Login rejected: wrong user name or password");
    case DiagnosisCause::TlsFailure:
        return Tr::tr("Secure connection (TLS) failed");
    case DiagnosisCause::DatabaseNotFound:
        return Tr::tr("Database not found");
    case DiagnosisCause::MissingPrivilege:
        return Tr::tr("A privilege is missing");
    case DiagnosisCause::UnsupportedServerVersion:
        return Tr::tr("Server version not supported");
    case DiagnosisCause::DriverNotFound:
        return Tr::tr("ODBC driver or data source not found");
    case DiagnosisCause::NotADatabase:
        return Tr::tr("Not a database file");
    case DiagnosisCause::WrongProtocol:
        return Tr::tr("Another kind of server answers on this port");
    case DiagnosisCause::Other:
        return Tr::tr("Could not connect");
    }
    return Tr::tr("Could not connect");
}

void setStateIcon(QLabel *label, const char *iconName, QStyle::StandardPixmap fallback, int size)
{
    QIcon shown = icon(iconName);
    if (shown.isNull())
        shown = label->style()->standardIcon(fallback, nullptr, label);
    if (size <= 0)
        size = label->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, label);
    label->setPixmap(shown.pixmap(QSize(size, size), label->devicePixelRatioF()));
}

QString projectFileName(const QString &projectName)
{
    QString stem;
    bool dash = false;
    for (const QChar c : projectName.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
            if (dash && !stem.isEmpty())
                stem += QLatin1Char('-');
            stem += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    if (stem.isEmpty())
        stem = QStringLiteral("project");
    return stem + QStringLiteral(".ferry.yaml");
}

} // namespace ferry::wizards
