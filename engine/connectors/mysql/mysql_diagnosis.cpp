// SPDX-License-Identifier: MIT
#include "engine/connectors/mysql/mysql_diagnosis.h"

#include "engine/core/text.h"
#include "engine/core/tr.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>

namespace ferry::mysql {

namespace {

// Client and server error numbers (errmsg.h, mysqld_error.h); spelled out here so this file
// needs no client-library header.
constexpr unsigned int CrConnectionError = 2002;
constexpr unsigned int CrConnHostError = 2003;
constexpr unsigned int CrIpSockError = 2004;
constexpr unsigned int CrUnknownHost = 2005;
constexpr unsigned int CrServerGoneError = 2006;
constexpr unsigned int CrVersionError = 2007;
constexpr unsigned int CrServerHandshakeErr = 2012;
constexpr unsigned int CrServerLost = 2013;
constexpr unsigned int CrNetPacketTooLarge = 2020;
constexpr unsigned int CrMalformedPacket = 2027;
constexpr unsigned int CrSslConnectionError = 2026;
constexpr unsigned int CrAuthPluginCannotLoad = 2059;
constexpr unsigned int ErDbAccessDenied = 1044;
constexpr unsigned int ErAccessDenied = 1045;
constexpr unsigned int ErBadDb = 1049;
constexpr unsigned int ErHostNotPrivileged = 1130;
constexpr unsigned int ErNotSupportedAuthMode = 1251;
constexpr unsigned int ErAccessDeniedNoPassword = 1698;
constexpr unsigned int ErMustChangePassword = 1820;
constexpr unsigned int ErMustChangePasswordLogin = 1862;
constexpr unsigned int ErSecureTransportRequired = 3159;

bool startsWithWord(std::string_view text, std::string_view word)
{
    if (text.size() < word.size())
        return false;
    for (size_t i = 0; i < word.size(); ++i) {
        if (std::toupper(static_cast<unsigned char>(text[i])) != word[i])
            return false;
    }
    return text.size() == word.size()
        || std::isspace(static_cast<unsigned char>(text[word.size()]));
}

/// Index of the first top-level occurrence of the upper-case keyword (surrounded by spaces)
/// outside `quotes`, 'quotes' and parentheses, or npos.
size_t findKeyword(std::string_view text, std::string_view keyword, size_t from)
{
    char quote = 0;
    int depth = 0;
    for (size_t i = from; i < text.size(); ++i) {
        const char c = text[i];
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '`' || c == '\'' || c == '"') {
            quote = c;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            --depth;
        } else if (depth == 0 && c == ' ' && i + keyword.size() + 1 < text.size()
                   && text[i + keyword.size() + 1] == ' ') {
            bool match = true;
            for (size_t k = 0; k < keyword.size(); ++k) {
                if (std::toupper(static_cast<unsigned char>(text[i + 1 + k])) != keyword[k]) {
                    match = false;
                    break;
                }
            }
            if (match)
                return i;
        }
    }
    return std::string_view::npos;
}

/// Reads one identifier part of a grant object: `quoted`, 'quoted', * or a bare word.
/// Returns false when the text does not start with one.
bool readIdentifier(std::string_view &text, std::string &name, bool &wildcard)
{
    wildcard = false;
    name.clear();
    if (text.empty())
        return false;
    if (text.front() == '*') {
        wildcard = true;
        text.remove_prefix(1);
        return true;
    }
    if (text.front() == '`' || text.front() == '\'' || text.front() == '"') {
        const char quote = text.front();
        size_t i = 1;
        while (i < text.size()) {
            if (text[i] == quote) {
                if (i + 1 < text.size() && text[i + 1] == quote) {
                    name += quote;
                    i += 2;
                    continue;
                }
                text.remove_prefix(i + 1);
                return true;
            }
            name += text[i++];
        }
        return false;
    }
    size_t i = 0;
    while (i < text.size() && text[i] != '.' && !std::isspace(static_cast<unsigned char>(text[i])))
        name += text[i++];
    text.remove_prefix(i);
    return !name.empty();
}

struct GrantLine
{
    bool revoke = false;
    std::vector<std::string> privileges; ///< upper case, column lists removed
    bool global = false; ///< ON *.*
    std::string databasePattern; ///< ON `pattern`.*
};

bool parseGrantLine(std::string_view line, GrantLine &grant)
{
    line = trimmed(line);
    size_t keywordLength = 0;
    if (startsWithWord(line, "GRANT")) {
        keywordLength = 5;
    } else if (startsWithWord(line, "REVOKE")) {
        grant.revoke = true;
        keywordLength = 6;
    } else {
        return false;
    }
    const size_t on = findKeyword(line, "ON", keywordLength);
    if (on == std::string_view::npos)
        return false; // GRANT `role` TO `user`
    const std::string_view privileges = trimmed(line.substr(keywordLength, on - keywordLength));
    // Split on top-level commas; drop column lists "SELECT (`a`, `b`)".
    int depth = 0;
    char quote = 0;
    std::string current;
    const auto flush = [&] {
        std::string_view name = trimmed(current);
        if (!name.empty())
            grant.privileges.push_back(asciiUpper(name));
        current.clear();
    };
    for (const char c : privileges) {
        if (quote) {
            if (c == quote)
                quote = 0;
            if (depth == 0)
                current += c;
            continue;
        }
        if (c == '`' || c == '\'') {
            quote = c;
        } else if (c == '(') {
            ++depth;
            continue;
        } else if (c == ')') {
            --depth;
            continue;
        } else if (c == ',' && depth == 0) {
            flush();
            continue;
        }
        if (depth == 0)
            current += c;
    }
    flush();

    std::string_view object = trimmed(line.substr(on + 4));
    if (startsWithWord(object, "TABLE"))
        object = trimmed(object.substr(5));
    else if (startsWithWord(object, "FUNCTION") || startsWithWord(object, "PROCEDURE")
             || startsWithWord(object, "PACKAGE") || startsWithWord(object, "PROXY"))
        return false; // routine and proxy grants give no database privilege
    std::string database;
    std::string table;
    bool databaseWildcard = false;
    bool tableWildcard = false;
    if (!readIdentifier(object, database, databaseWildcard))
        return false;
    if (object.empty() || object.front() != '.')
        return false;
    object.remove_prefix(1);
    if (!readIdentifier(object, table, tableWildcard) || !tableWildcard)
        return false; // a table-level grant
    grant.global = databaseWildcard;
    grant.databasePattern = database;
    return true;
}

bool privilegeListed(const GrantLine &grant, const std::vector<std::string> &wanted)
{
    for (const std::string &privilege : grant.privileges) {
        if (!grant.revoke && (privilege == "ALL" || privilege == "ALL PRIVILEGES"))
            return true;
        for (const std::string &name : wanted) {
            if (privilege == asciiUpper(name))
                return true;
        }
    }
    return false;
}

bool likeMatch(std::string_view pattern, std::string_view name)
{
    if (pattern.empty())
        return name.empty();
    const char c = pattern.front();
    if (c == '%') {
        for (size_t skip = 0; skip <= name.size(); ++skip) {
            if (likeMatch(pattern.substr(1), name.substr(skip)))
                return true;
        }
        return false;
    }
    if (name.empty())
        return false;
    if (c == '_')
        return likeMatch(pattern.substr(1), name.substr(1));
    if (c == '\\' && pattern.size() > 1) {
        return pattern[1] == name.front() && likeMatch(pattern.substr(2), name.substr(1));
    }
    return c == name.front() && likeMatch(pattern.substr(1), name.substr(1));
}

} // namespace

bool ServerVersion::atLeast(int wantedMajor, int wantedMinor, int wantedPatch) const
{
    if (major != wantedMajor)
        return major > wantedMajor;
    if (minor != wantedMinor)
        return minor > wantedMinor;
    return patch >= wantedPatch;
}

ServerVersion parseServerVersion(std::string_view versionString)
{
    ServerVersion version;
    std::string_view text = trimmed(versionString);
    std::string lowerText(text);
    std::transform(lowerText.begin(), lowerText.end(), lowerText.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    version.mariaDb = lowerText.find("mariadb") != std::string::npos;
    if (version.mariaDb && text.rfind("5.5.5-", 0) == 0)
        text.remove_prefix(6);
    int *parts[] = { &version.major, &version.minor, &version.patch };
    size_t position = 0;
    for (int index = 0; index < 3; ++index) {
        size_t end = position;
        while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])))
            ++end;
        if (end == position)
            break;
        *parts[index] = std::atoi(std::string(text.substr(position, end - position)).c_str());
        version.text = std::string(text.substr(0, end));
        if (end >= text.size() || text[end] != '.')
            break;
        position = end + 1;
    }
    return version;
}

bool isSupportedServerVersion(const ServerVersion &version)
{
    return version.mariaDb ? version.atLeast(10, 2) : version.atLeast(5, 7);
}

const char *minimumSupportedVersion(bool mariaDb) { return mariaDb ? "10.2" : "5.7"; }

std::string ClientError::detail() const
{
    std::string text = message;
    text += " (MySQL error " + std::to_string(number);
    if (!sqlState.empty() && sqlState != "00000")
        text += ", SQLSTATE " + sqlState;
    text += ')';
    return text;
}

int systemErrorNumber(std::string_view message)
{
    const std::string_view marker = "system error: ";
    const size_t at = message.rfind(marker);
    if (at != std::string_view::npos)
        return std::atoi(std::string(message.substr(at + marker.size())).c_str());
    // "Can't connect to server on '127.0.0.1' (111)"
    const size_t close = message.rfind(')');
    const size_t open = message.rfind('(');
    if (close == std::string_view::npos || open == std::string_view::npos || open > close
        || close + 1 != trimmed(message).size())
        return 0;
    const std::string_view number = message.substr(open + 1, close - open - 1);
    if (number.empty() || !std::all_of(number.begin(), number.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c)) || c == '-';
        }))
        return 0;
    return std::atoi(std::string(number).c_str());
}

DiagnosisCause classifyConnectError(const ClientError &error, std::chrono::milliseconds elapsed,
                                    int connectTimeoutSeconds)
{
    const int systemError = systemErrorNumber(error.message);
    // A timed-out attempt takes the whole connect_timeout; a refused one returns at once.
    const bool tookTimeout = elapsed.count() >= int64_t(connectTimeoutSeconds) * 1000 - 250;
    switch (error.number) {
    case CrUnknownHost:
        return DiagnosisCause::UnknownHost;
    case CrConnectionError:
    case CrConnHostError:
    case CrIpSockError:
        if (systemError == ETIMEDOUT || tookTimeout)
            return DiagnosisCause::Timeout;
        return DiagnosisCause::ConnectionRefused;
    case CrServerLost:
    case CrServerGoneError:
    case CrServerHandshakeErr:
        if (systemError == ETIMEDOUT || systemError == EAGAIN || tookTimeout)
            return DiagnosisCause::Timeout;
        return DiagnosisCause::Other;
    case CrSslConnectionError:
    case ErSecureTransportRequired:
        return DiagnosisCause::TlsFailure;
    case ErAccessDenied:
    case ErAccessDeniedNoPassword:
    case ErHostNotPrivileged:
    case ErNotSupportedAuthMode:
    case ErMustChangePassword:
    case ErMustChangePasswordLogin:
    case CrAuthPluginCannotLoad:
        return DiagnosisCause::AuthenticationFailed;
    case ErBadDb:
        return DiagnosisCause::DatabaseNotFound;
    case ErDbAccessDenied:
        return DiagnosisCause::MissingPrivilege;
    default:
        return DiagnosisCause::Other;
    }
}

std::string serverLocation(const ConnectionSpec &spec)
{
    const std::string socket = spec.option("socket");
    if (spec.host.empty() || spec.host == "localhost") {
        if (!socket.empty())
            return EngineTr::tr("the local socket %1").arg(qs(socket)).toStdString();
        return "localhost";
    }
    const int port = spec.port > 0 ? spec.port : DefaultPort;
    if (spec.host.find(':') != std::string::npos)
        return "[" + spec.host + "]:" + std::to_string(port);
    return spec.host + ":" + std::to_string(port);
}

ConnectionDiagnosis diagnoseConnectError(const ClientError &error, const ConnectionSpec &spec,
                                         std::chrono::milliseconds elapsed)
{
    ConnectionDiagnosis diagnosis;
    diagnosis.cause = classifyConnectError(error, elapsed, spec.connectTimeoutSeconds());
    diagnosis.detail = error.detail();
    diagnosis.elapsed = elapsed;
    const QString where = qs(serverLocation(spec));
    const QString user = qs(spec.user);
    const QString database = qs(spec.database);
    const int port = spec.port > 0 ? spec.port : DefaultPort;
    switch (diagnosis.cause) {
    case DiagnosisCause::UnknownHost:
        diagnosis.message = EngineTr::tr("The host name '%1' could not be resolved.")
                                .arg(qs(spec.host))
                                .toStdString();
        diagnosis.hint = EngineTr::tr("Check the host name for typos, or use the server's IP "
                                      "address; make sure this machine can resolve names (DNS, "
                                      "/etc/hosts).")
                             .toStdString();
        break;
    case DiagnosisCause::ConnectionRefused:
        diagnosis.message
            = EngineTr::tr("Nothing accepted the connection at %1.").arg(where).toStdString();
        diagnosis.hint = EngineTr::tr("Check that the MySQL/MariaDB server is running and listens "
                                      "on port %1 of that address (bind-address, "
                                      "skip-networking), and that no firewall blocks the port.")
                             .arg(port)
                             .toStdString();
        break;
    case DiagnosisCause::Timeout:
        diagnosis.message = EngineTr::tr("The server at %1 did not answer within %n second(s).",
                                         nullptr, spec.connectTimeoutSeconds())
                                .arg(where)
                                .toStdString();
        diagnosis.hint = EngineTr::tr("Check the host and port (is it a MySQL/MariaDB server?), "
                                      "firewalls and network routes; raise connect_timeout if the "
                                      "network is slow.")
                             .toStdString();
        break;
    case DiagnosisCause::AuthenticationFailed:
        diagnosis.message = EngineTr::tr("The server at %1 rejected the login of user '%2'.")
                                .arg(where, user)
                                .toStdString();
        diagnosis.hint
            = EngineTr::tr("Check the user name and the password (FERRY_SOURCE_PASSWORD or "
                           "FERRY_TARGET_PASSWORD, the keyring, or ~/.my.cnf), and that an account "
                           "'%1'@'<this client's host>' exists and may log in from here.")
                  .arg(user)
                  .toStdString();
        diagnosis.credentialsHint = true;
        break;
    case DiagnosisCause::TlsFailure:
        diagnosis.message
            = EngineTr::tr("The TLS connection to %1 failed.").arg(where).toStdString();
        diagnosis.hint
            = EngineTr::tr("Check that ssl-ca names the CA certificate that signed the server's "
                           "certificate, that with ssl-mode=VERIFY_IDENTITY the host name matches "
                           "the certificate, and that the server has TLS enabled; use "
                           "ssl-mode=PREFERRED only on a trusted network.")
                  .toStdString();
        break;
    case DiagnosisCause::DatabaseNotFound:
        diagnosis.message = EngineTr::tr("The database '%1' does not exist on %2.")
                                .arg(database, where)
                                .toStdString();
        diagnosis.hint = EngineTr::tr("Check the database name (names are case-sensitive on most "
                                      "Linux servers), or create the database first.")
                             .toStdString();
        break;
    case DiagnosisCause::MissingPrivilege:
        diagnosis.message = EngineTr::tr("User '%1' may not use the database '%2' on %3.")
                                .arg(user, database, where)
                                .toStdString();
        diagnosis.hint = EngineTr::tr("Ask an administrator to grant access, for example GRANT "
                                      "SELECT, SHOW VIEW ON `%1`.* TO '%2'@'%'.")
                             .arg(database, user)
                             .toStdString();
        break;
    default:
        diagnosis.cause = DiagnosisCause::Other;
        diagnosis.message = EngineTr::tr("Could not connect to the MySQL/MariaDB server at %1.")
                                .arg(where)
                                .toStdString();
        diagnosis.hint = EngineTr::tr("Check that the address belongs to a MySQL or MariaDB server "
                                      "and read the server's error log for the reason.")
                             .toStdString();
        break;
    }
    return diagnosis;
}

bool mayBeAnotherProtocol(const ClientError &error)
{
    switch (error.number) {
    case CrServerLost:
    case CrServerGoneError:
        return error.message.find("initial communication packet") != std::string::npos;
    case CrVersionError:
    case CrServerHandshakeErr:
    case CrNetPacketTooLarge:
    case CrMalformedPacket:
        return true;
    default:
        return false;
    }
}

bool connectsOverTcp(const ConnectionSpec &spec)
{
    return spec.host != "localhost" && isProbeableHost(spec.host);
}

ConnectionDiagnosis diagnoseWrongProtocol(const ProtocolProbe &probe, const ConnectionSpec &spec,
                                          const ClientError *error)
{
    ConnectionDiagnosis diagnosis;
    diagnosis.cause = DiagnosisCause::WrongProtocol;
    diagnosis.detail = describeProbeEvidence(probe);
    if (error)
        diagnosis.detail += '\n' + error->detail();
    const QString where = qs(serverLocation(spec));
    if (probe.protocol == WireProtocol::PostgreSql) {
        diagnosis.product = "PostgreSQL";
        diagnosis.message = EngineTr::tr("%1 is not a MySQL/MariaDB server: it is a PostgreSQL "
                                         "server.")
                                .arg(where)
                                .toStdString();
        diagnosis.hint = EngineTr::tr("Check the port: MySQL and MariaDB listen on 3306 by "
                                      "default, PostgreSQL on 5432. If this is the server you "
                                      "mean, connect to it as a PostgreSQL endpoint (a "
                                      "postgresql:// URI).")
                             .toStdString();
        return diagnosis;
    }
    diagnosis.message = EngineTr::tr("%1 is not a MySQL/MariaDB server: it answers with another "
                                     "protocol (%2).")
                            .arg(where, qs(describeAnswer(probe)))
                            .toStdString();
    diagnosis.hint = EngineTr::tr("Check the host name and the port (MySQL and MariaDB listen on "
                                  "3306 by default): another service answers on this one.")
                         .toStdString();
    return diagnosis;
}

ConnectionDiagnosis diagnoseUnsupportedVersion(const ServerVersion &version,
                                               const ConnectionSpec &spec)
{
    ConnectionDiagnosis diagnosis;
    diagnosis.cause = DiagnosisCause::UnsupportedServerVersion;
    diagnosis.product = version.product();
    diagnosis.serverVersion = version.text;
    diagnosis.message
        = EngineTr::tr("The server at %1 runs %2 %3, which is older than Ferry "
                       "supports (%2 %4 or newer).")
              .arg(qs(serverLocation(spec)), QLatin1String(version.product()), qs(version.text),
                   QLatin1String(minimumSupportedVersion(version.mariaDb)))
              .toStdString();
    diagnosis.detail = EngineTr::tr("Server version %1.").arg(qs(version.text)).toStdString();
    diagnosis.hint = EngineTr::tr("Upgrade the server, or dump the data with mysqldump and load "
                                  "it into a supported server first.")
                         .toStdString();
    return diagnosis;
}

std::vector<std::string> binlogWarnings(std::string_view logBin, std::string_view format,
                                        std::string_view rowImage)
{
    std::vector<std::string> warnings;
    const std::string logBinText = asciiUpper(trimmed(logBin));
    const std::string formatText = asciiUpper(trimmed(format));
    const std::string imageText = asciiUpper(trimmed(rowImage));
    if (logBinText != "1" && logBinText != "ON") {
        warnings.push_back(EngineTr::tr("Binary logging is off on the server (log_bin), so "
                                        "changes made during and after the full load cannot be "
                                        "captured.")
                               .toStdString());
    }
    if (formatText != "ROW") {
        warnings.push_back(EngineTr::tr("binlog_format is %1, not ROW; change data capture needs "
                                        "row-based logging (binlog_format = ROW).")
                               .arg(qs(formatText))
                               .toStdString());
    }
    if (imageText != "FULL") {
        warnings.push_back(EngineTr::tr("binlog_row_image is %1, not FULL; change data capture "
                                        "needs full row images (binlog_row_image = FULL).")
                               .arg(qs(imageText))
                               .toStdString());
    }
    return warnings;
}

bool matchesGrantPattern(std::string_view pattern, std::string_view name)
{
    return likeMatch(pattern, name);
}

bool grantsAllow(const std::vector<std::string> &grantLines,
                 const std::vector<std::string> &privileges, std::string_view database)
{
    bool granted = false;
    bool revoked = false;
    for (const std::string &line : grantLines) {
        GrantLine grant;
        if (!parseGrantLine(line, grant) || !privilegeListed(grant, privileges))
            continue;
        if (grant.revoke) {
            if (!grant.global && !database.empty() && grant.databasePattern == database)
                revoked = true;
            continue;
        }
        if (grant.global
            || (!database.empty() && matchesGrantPattern(grant.databasePattern, database)))
            granted = true;
    }
    return granted && !revoked;
}

bool grantsMentionRoles(const std::vector<std::string> &grantLines)
{
    for (const std::string &line : grantLines) {
        const std::string_view text = trimmed(line);
        if (startsWithWord(text, "GRANT") && findKeyword(text, "ON", 5) == std::string_view::npos)
            return true;
    }
    return false;
}

} // namespace ferry::mysql
