// SPDX-License-Identifier: MIT
#include "engine/connectors/postgres/postgres_diagnosis.h"

#include "engine/core/text.h"
#include "engine/core/tr.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace ferry::postgres {

namespace {

/// libpq keywords a connection URI may set through its query options; anything else in
/// spec.options is Ferry's own and is not handed to libpq.
constexpr std::string_view PassThroughOptions[] = {
    "sslmode", "sslrootcert",          "sslcert",         "sslkey",
    "sslcrl",  "target_session_attrs", "channel_binding", "gssencmode",
};

bool contains(std::string_view text, std::string_view part)
{
    return text.find(part) != std::string_view::npos;
}

std::string userName(const ConnectionSpec &spec)
{
    return spec.user.empty() ? EngineTr::tr("(default user)").toStdString() : spec.user;
}

std::string databaseName(const ConnectionSpec &spec)
{
    return spec.database.empty() ? userName(spec) : spec.database;
}

std::string identifier(const std::string &name)
{
    return quoteIdentifier(Dialect::PostgreSql, name);
}

/// libpq received bytes that no PostgreSQL server sends at that point: the first byte of
/// another protocol's greeting, read as the answer to the SSLRequest or the startup packet.
bool reportsForeignAnswer(std::string_view text)
{
    return contains(text, "received invalid response to SSL negotiation")
        || contains(text, "received invalid response to GSSAPI negotiation")
        || contains(text, "expected authentication request from server, but received");
}

/// TLS failures about certificates and keys: the server spoke TLS, so it is no foreign greeting.
bool isCertificateFailure(std::string_view text)
{
    return contains(text, "certificate") || contains(text, "private key")
        || contains(text, "does not match host name");
}

/// The byte libpq quotes after "...negotiation: " or "...but received ", as text; empty when
/// there is none.
std::string quotedAnswerByte(std::string_view text)
{
    for (std::string_view marker :
         {std::string_view("negotiation: "), std::string_view("but received ")}) {
        const size_t at = text.find(marker);
        if (at != std::string_view::npos && at + marker.size() < text.size()) {
            const std::string_view answer = text.substr(at + marker.size(), 1);
            if (answer != "\n")
                return '\'' + printableExcerpt(answer) + '\'';
        }
    }
    return {};
}

} // namespace

bool isSupportedServerVersion(int versionNumber) { return versionNumber >= MinimumServerVersion; }

std::string formatServerVersion(int versionNumber)
{
    if (versionNumber <= 0)
        return "?";
    std::string text = std::to_string(versionNumber / 10000);
    text += '.';
    if (versionNumber >= 100000) {
        text += std::to_string(versionNumber % 10000);
        return text;
    }
    text += std::to_string(versionNumber / 100 % 100);
    if (versionNumber % 100) {
        text += '.';
        text += std::to_string(versionNumber % 100);
    }
    return text;
}

std::string quoteConninfoValue(std::string_view value)
{
    std::string quoted;
    quoted.reserve(value.size() + 2);
    quoted += '\'';
    for (char c : value) {
        if (c == '\'' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    quoted += '\'';
    return quoted;
}

std::string buildConninfo(const ConnectionSpec &spec)
{
    std::string conninfo;
    auto add = [&conninfo](std::string_view key, std::string_view value) {
        if (!conninfo.empty())
            conninfo += ' ';
        conninfo += key;
        conninfo += '=';
        conninfo += quoteConninfoValue(value);
    };
    if (!spec.host.empty())
        add("host", spec.host);
    if (spec.port > 0)
        add("port", std::to_string(spec.port));
    if (!spec.database.empty())
        add("dbname", spec.database);
    if (!spec.user.empty())
        add("user", spec.user);
    if (!spec.password.isEmpty())
        add("password", spec.password.reveal());
    for (std::string_view key : PassThroughOptions) {
        const std::string value = spec.option(std::string(key));
        if (!value.empty())
            add(key, value);
    }
    add("connect_timeout", std::to_string(spec.connectTimeoutSeconds()));
    add("application_name", spec.option("application_name", "ferry"));
    return conninfo;
}

std::string extractSqlState(std::string_view message)
{
    // Verbose messages read "SEVERITY:  XXXXX: text"; the severity word may be translated.
    for (size_t at = message.find(":  "); at != std::string_view::npos;
         at = message.find(":  ", at + 1)) {
        const size_t code = at + 3;
        if (code + 6 > message.size() || message[code + 5] != ':')
            continue;
        const std::string_view candidate = message.substr(code, 5);
        const bool looksLikeState = std::all_of(candidate.begin(), candidate.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c))
                || std::isupper(static_cast<unsigned char>(c));
        });
        if (looksLikeState)
            return std::string(candidate);
    }
    return {};
}

std::string cleanDriverText(std::string_view message, std::string_view secret)
{
    std::vector<std::string> lines;
    size_t start = 0;
    while (start <= message.size()) {
        size_t end = message.find('\n', start);
        if (end == std::string_view::npos)
            end = message.size();
        std::string line(trimmed(std::string_view(message).substr(start, end - start)));
        const bool isLocation = line.rfind("LOCATION:", 0) == 0;
        if (!line.empty() && !isLocation
            && std::find(lines.begin(), lines.end(), line) == lines.end()) {
            lines.push_back(std::move(line));
        }
        start = end + 1;
    }
    std::string text;
    for (const std::string &line : lines) {
        if (!text.empty())
            text += '\n';
        text += line;
    }
    if (secret.size() > 0) {
        for (size_t at = text.find(secret); at != std::string::npos;
             at = text.find(secret, at + 3)) {
            text.replace(at, secret.size(), "***");
        }
    }
    return text;
}

DiagnosisCause classifyConnectFailure(const ConnectFailure &failure)
{
    if (failure.timedOut)
        return DiagnosisCause::Timeout;
    if (failure.probe && failure.probe->isForeign(WireProtocol::PostgreSql))
        return DiagnosisCause::WrongProtocol;
    const std::string &state = failure.sqlstate;
    if (state == "28P01" || state == "28000")
        return DiagnosisCause::AuthenticationFailed;
    if (state == "3D000")
        return DiagnosisCause::DatabaseNotFound;
    if (state == "42501")
        return DiagnosisCause::MissingPrivilege;

    const std::string_view text = failure.text;
    if (state.empty() && reportsForeignAnswer(text))
        return DiagnosisCause::WrongProtocol;
    if (contains(text, "could not translate host name"))
        return DiagnosisCause::UnknownHost;
    if (contains(text, "Connection refused")
        || (contains(text, "on socket") && contains(text, "No such file or directory"))) {
        return DiagnosisCause::ConnectionRefused;
    }
    if (contains(text, "timeout expired") || contains(text, "Connection timed out"))
        return DiagnosisCause::Timeout;
    if (contains(text, "no password supplied") || contains(text, "password authentication failed")
        || contains(text, "pg_hba.conf") || contains(text, "authentication failed")) {
        return DiagnosisCause::AuthenticationFailed;
    }
    if (contains(text, "SSL") || contains(text, "root certificate file")
        || contains(text, "certificate present, but not private key")
        || contains(text, "private key file") || contains(text, "does not match host name")) {
        return DiagnosisCause::TlsFailure;
    }
    if (contains(text, "database \"") && contains(text, "does not exist"))
        return DiagnosisCause::DatabaseNotFound;
    if (contains(text, "permission denied for database"))
        return DiagnosisCause::MissingPrivilege;
    if (contains(text, "invalid connection option") || contains(text, "invalid sslmode value")
        || contains(text, "invalid port number") || contains(text, "missing \"=\"")) {
        return DiagnosisCause::InvalidSpec;
    }
    return DiagnosisCause::Other;
}

bool mayBeAnotherProtocol(const ConnectFailure &failure)
{
    if (failure.timedOut || !failure.sqlstate.empty())
        return false;
    ConnectFailure unprobed = failure;
    unprobed.probe.reset();
    switch (classifyConnectFailure(unprobed)) {
    case DiagnosisCause::WrongProtocol:
    case DiagnosisCause::Other:
        return true;
    case DiagnosisCause::TlsFailure:
        return !isCertificateFailure(failure.text);
    default:
        return false;
    }
}

std::string describeServer(const ConnectionSpec &spec)
{
    const int port = spec.port > 0 ? spec.port : DefaultPort;
    if (spec.host.empty())
        return EngineTr::tr("the local socket (port %1)").arg(port).toStdString();
    if (spec.host.front() == '/')
        return EngineTr::tr("socket directory %1 (port %2)")
            .arg(qs(spec.host))
            .arg(port)
            .toStdString();
    return spec.host + ':' + std::to_string(port);
}

namespace {

/// Why the login was rejected, from libpq's text.
QString authenticationHint(std::string_view text, const QString &user,
                           ConnectionDiagnosis &diagnosis)
{
    QString hint;
    if (contains(text, "no password supplied")) {
        hint = EngineTr::tr("The server asks for a password but none was given: set "
                            "FERRY_SOURCE_PASSWORD (or FERRY_TARGET_PASSWORD), store it in "
                            "the keyring, or add it to ~/.pgpass.");
        diagnosis.credentialsHint = true;
    } else if (contains(text, "pg_hba.conf")) {
        hint = EngineTr::tr("No pg_hba.conf rule allows this user, database and client "
                            "address (with or without TLS): ask the administrator to add "
                            "one, or try sslmode=require if only hostssl rules exist.");
    } else if (contains(text, "not permitted to log in")) {
        hint = EngineTr::tr("The role may not log in: ask the administrator to run ALTER ROLE "
                            "%1 LOGIN, or use another user.")
                   .arg(user);
    } else {
        hint = EngineTr::tr("Check the user name and the password (FERRY_SOURCE_PASSWORD or "
                            "FERRY_TARGET_PASSWORD, the keyring or ~/.pgpass).");
        diagnosis.credentialsHint = true;
    }
    return hint;
}

/// What to do about a TLS failure, from libpq's text.
QString tlsHint(std::string_view text)
{
    QString hint;
    if (contains(text, "server does not support SSL")) {
        hint = EngineTr::tr("The server does not offer TLS: enable ssl in postgresql.conf, "
                            "or connect with sslmode=prefer or sslmode=disable.");
    } else if (contains(text, "root certificate file")) {
        hint = EngineTr::tr("The CA certificate file for verifying the server is missing or "
                            "unreadable: set sslrootcert to the CA that signed the server's "
                            "certificate, or use sslmode=require to encrypt without "
                            "verifying.");
    } else if (contains(text, "does not match host name")) {
        hint = EngineTr::tr("The server's certificate was issued for another name: connect "
                            "with the host name in the certificate, or use sslmode=verify-ca.");
    } else if (contains(text, "certificate verify failed")) {
        hint = EngineTr::tr("The server's certificate is not signed by the CA in sslrootcert: "
                            "point sslrootcert at the CA that signed it, or use "
                            "sslmode=require to encrypt without verifying.");
    } else {
        hint = EngineTr::tr("Check the sslmode, sslrootcert, sslcert and sslkey options and "
                            "the server's TLS configuration.");
    }
    return hint;
}

/// Another protocol answers on the port: what the probe found (MySQL/MariaDB named).
void describeWrongProtocol(const ConnectFailure &failure, const QString &where,
                           std::string_view text, ConnectionDiagnosis &diagnosis, QString &message,
                           QString &hint)
{
    const bool probed = failure.probe && failure.probe->isForeign(WireProtocol::PostgreSql);
    if (probed) {
        const std::string driverText = diagnosis.detail;
        diagnosis.detail = describeProbeEvidence(*failure.probe);
        if (!driverText.empty())
            diagnosis.detail += '\n' + driverText;
    }
    if (probed && failure.probe->protocol == WireProtocol::MySql) {
        const ProtocolProbe &probe = *failure.probe;
        if (!probe.serverVersion.empty()) {
            // As the MySQL connector reports it: "10.11.6" of "10.11.6-MariaDB-0+deb12u1".
            diagnosis.product = probe.isMariaDb() ? "MariaDB" : "MySQL";
            diagnosis.serverVersion = probe.serverVersion.substr(
                0, probe.serverVersion.find_first_not_of("0123456789."));
        }
        message = EngineTr::tr("%1 is not a PostgreSQL server: it answers like MySQL/MariaDB.")
                      .arg(where);
        hint = EngineTr::tr("Check the port: PostgreSQL listens on 5432 by default, MySQL and "
                            "MariaDB on 3306. If this is the server you mean, connect to it "
                            "as a MySQL/MariaDB endpoint (a mysql:// URI).");
        return;
    }
    const std::string answer = probed ? describeAnswer(*failure.probe) : quotedAnswerByte(text);
    message = EngineTr::tr("%1 is not a PostgreSQL server: it answers with another protocol "
                           "(%2).")
                  .arg(where, answer.empty() ? QStringLiteral("?") : qs(answer));
    hint = EngineTr::tr("Check the host name and the port (PostgreSQL listens on 5432 by "
                        "default): another service answers on this one.");
}

/// Other failures: what the SQLSTATE says.
QString otherHint(const ConnectFailure &failure)
{
    QString hint;
    if (failure.sqlstate == "53300") {
        hint = EngineTr::tr("The server has no free connection slots: close idle sessions "
                            "or raise max_connections.");
    } else if (failure.sqlstate == "57P03") {
        hint = EngineTr::tr("The server is starting up, shutting down or in recovery: try "
                            "again in a moment.");
    } else {
        hint = EngineTr::tr("The detail holds the server's or the client library's reason.");
    }
    return hint;
}

/// The words for the causes whose message names only the server (engine/connectors/endpoint.h).
constexpr CauseWords PostgresCauseWords[] = {
    {DiagnosisCause::Timeout,
     QT_TRANSLATE_NOOP("EngineTr",
                       "Could not connect to PostgreSQL at %1: no answer within %2 seconds."),
     QT_TRANSLATE_NOOP("EngineTr",
                       "Check the host name and port, and that no firewall silently drops "
                       "the connection; if the server is only slow, raise connect_timeout.")},
    {DiagnosisCause::ConnectionRefused,
     QT_TRANSLATE_NOOP("EngineTr",
                       "Could not connect to PostgreSQL at %1: the connection was refused."),
     QT_TRANSLATE_NOOP("EngineTr",
                       "Check that the server is running and listens on that host and port "
                       "(listen_addresses and port in postgresql.conf), and that no "
                       "firewall rejects the connection.")},
    {DiagnosisCause::InvalidSpec,
     QT_TRANSLATE_NOOP("EngineTr", "The connection details for PostgreSQL at %1 are not valid."),
     QT_TRANSLATE_NOOP("EngineTr",
                       "Check the URI's port and query options (sslmode, sslrootcert, "
                       "sslcert, sslkey, connect_timeout).")},
};

} // namespace

ConnectionDiagnosis describeConnectFailure(const ConnectionSpec &spec,
                                           const ConnectFailure &failure)
{
    ConnectionDiagnosis diagnosis;
    diagnosis.product = "PostgreSQL";
    diagnosis.cause = classifyConnectFailure(failure);
    diagnosis.detail = cleanDriverText(failure.text, spec.password.reveal());
    if (!failure.sqlstate.empty() && !contains(diagnosis.detail, failure.sqlstate))
        diagnosis.detail += " (SQLSTATE " + failure.sqlstate + ")";

    const QString where = qs(describeServer(spec));
    const QString user = qs(userName(spec));
    const QString database = qs(databaseName(spec));
    const std::string_view text = failure.text;
    if (describeCause(diagnosis, PostgresCauseWords, where, spec.connectTimeoutSeconds()))
        return diagnosis;
    QString message;
    QString hint;
    switch (diagnosis.cause) {
    case DiagnosisCause::UnknownHost:
        message = EngineTr::tr("Could not connect to PostgreSQL at %1: the host name %2 could "
                               "not be resolved.")
                      .arg(where, qs(spec.host));
        hint = EngineTr::tr("Check the host name for typos, or use the server's IP address; "
                            "make sure this machine can resolve the name (DNS, /etc/hosts).");
        break;
    case DiagnosisCause::AuthenticationFailed:
        message = EngineTr::tr("PostgreSQL at %1 rejected the login of user %2.").arg(where, user);
        hint = authenticationHint(text, user, diagnosis);
        break;
    case DiagnosisCause::TlsFailure:
        message
            = EngineTr::tr("Could not establish a TLS connection to PostgreSQL at %1.").arg(where);
        hint = tlsHint(text);
        break;
    case DiagnosisCause::WrongProtocol:
        describeWrongProtocol(failure, where, text, diagnosis, message, hint);
        break;
    case DiagnosisCause::DatabaseNotFound:
        message = EngineTr::tr("The database %1 does not exist on PostgreSQL at %2.")
                      .arg(database, where);
        hint = EngineTr::tr("Check the database name (names created with quotes are case "
                            "sensitive) or create the database first; psql -l lists the "
                            "existing ones.");
        break;
    case DiagnosisCause::MissingPrivilege:
        message = EngineTr::tr("User %1 may not connect to database %2 on PostgreSQL at %3.")
                      .arg(user, database, where);
        hint = EngineTr::tr("Ask the database owner or a superuser to run GRANT CONNECT ON "
                            "DATABASE %1 TO %2.")
                   .arg(qs(quoteIdentifier(Dialect::PostgreSql, databaseName(spec))),
                        qs(quoteIdentifier(Dialect::PostgreSql, userName(spec))));
        break;
    default:
        message = EngineTr::tr("Could not connect to PostgreSQL at %1.").arg(where);
        hint = otherHint(failure);
        break;
    }
    diagnosis.message = message.toStdString();
    diagnosis.hint = hint.toStdString();
    return diagnosis;
}

ConnectionDiagnosis unsupportedVersionDiagnosis(const ConnectionSpec &spec, int versionNumber,
                                                const std::string &versionText)
{
    ConnectionDiagnosis diagnosis;
    diagnosis.cause = DiagnosisCause::UnsupportedServerVersion;
    diagnosis.product = "PostgreSQL";
    diagnosis.serverVersion
        = versionText.empty() ? formatServerVersion(versionNumber) : versionText;
    diagnosis.message = EngineTr::tr("PostgreSQL %1 at %2 is older than version %3, the oldest "
                                     "Ferry supports.")
                            .arg(qs(formatServerVersion(versionNumber)), qs(describeServer(spec)),
                                 qs(formatServerVersion(MinimumServerVersion)))
                            .toStdString();
    diagnosis.detail = EngineTr::tr("server_version %1 (version number %2)")
                           .arg(qs(diagnosis.serverVersion))
                           .arg(versionNumber)
                           .toStdString();
    diagnosis.hint = EngineTr::tr("Upgrade the server to PostgreSQL %1 or later, or export the "
                                  "data with that server's pg_dump and load it elsewhere first.")
                         .arg(qs(formatServerVersion(MinimumServerVersion)))
                         .toStdString();
    return diagnosis;
}

ConnectionDiagnosis evaluateRole(const ConnectionSpec &spec, const RoleFacts &facts,
                                 EndpointRole role, int serverVersion,
                                 const std::string &serverVersionText)
{
    ConnectionDiagnosis diagnosis;
    diagnosis.product = "PostgreSQL";
    diagnosis.serverVersion = serverVersionText;
    const QString where = qs(describeServer(spec));
    const QString user = qs(facts.user);
    const QString database = qs(facts.database);
    if (role == EndpointRole::Source) {
        if (!facts.superuser && !facts.replication) {
            diagnosis.warnings.push_back(
                EngineTr::tr("User %1 lacks the REPLICATION attribute, which change data capture "
                             "from this source needs; full loads work without it. Fix: ALTER "
                             "ROLE %2 REPLICATION.")
                    .arg(user, qs(identifier(facts.user)))
                    .toStdString());
        }
        if (facts.walLevel != "logical") {
            diagnosis.warnings.push_back(
                EngineTr::tr("wal_level is '%1' on this server, but change data capture needs "
                             "'logical'; full loads work without it. Fix: set wal_level = logical "
                             "in postgresql.conf and restart the server.")
                    .arg(qs(facts.walLevel))
                    .toStdString());
        }
    } else {
        const QString schema = facts.currentSchema.empty()
            ? EngineTr::tr("(none on the search_path)")
            : qs(facts.currentSchema);
        if (!facts.canCreateSchemas && !facts.canCreateInSchema) {
            diagnosis.cause = DiagnosisCause::MissingPrivilege;
            diagnosis.message = EngineTr::tr("User %1 can neither create schemas in database %2 "
                                             "nor create tables in schema %3 on PostgreSQL at "
                                             "%4.")
                                    .arg(user, database, schema, where)
                                    .toStdString();
            diagnosis.detail = "has_database_privilege(CREATE) = false, "
                               "has_schema_privilege(CREATE) = false";
            diagnosis.hint
                = EngineTr::tr("Ask the database owner to run GRANT CREATE ON DATABASE "
                               "%1 TO %2, or GRANT CREATE ON SCHEMA %3 TO %2.")
                      .arg(qs(identifier(facts.database)), qs(identifier(facts.user)),
                           qs(identifier(facts.currentSchema.empty() ? std::string("public")
                                                                     : facts.currentSchema)))
                      .toStdString();
            return diagnosis;
        }
        if (!facts.canCreateSchemas) {
            diagnosis.warnings.push_back(
                EngineTr::tr("User %1 cannot create schemas in database %2, so every target "
                             "schema must exist already. Fix: GRANT CREATE ON DATABASE %3 TO %4.")
                    .arg(user, database, qs(identifier(facts.database)), qs(identifier(facts.user)))
                    .toStdString());
        } else if (!facts.canCreateInSchema && !facts.currentSchema.empty()) {
            diagnosis.warnings.push_back(
                EngineTr::tr("User %1 cannot create tables in schema %2; Ferry can still create "
                             "and use schemas of its own. Fix: GRANT CREATE ON SCHEMA %3 TO %4.")
                    .arg(user, schema, qs(identifier(facts.currentSchema)),
                         qs(identifier(facts.user)))
                    .toStdString());
        }
    }

    diagnosis.cause = DiagnosisCause::Ok;
    diagnosis.message = EngineTr::tr("Connected to PostgreSQL %1 at %2 as %3, database %4.")
                            .arg(qs(formatServerVersion(serverVersion)), where, user, database)
                            .toStdString();
    diagnosis.detail = facts.tls
        ? EngineTr::tr("TLS on (%1)").arg(qs(facts.tlsVersion)).toStdString()
        : EngineTr::tr("TLS off").toStdString();
    return diagnosis;
}

} // namespace ferry::postgres
