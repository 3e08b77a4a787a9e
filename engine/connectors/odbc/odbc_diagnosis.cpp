// SPDX-License-Identifier: MIT
#include "engine/connectors/odbc/odbc_diagnosis.h"

#include "engine/connectors/odbc/odbc_connection_string.h"
#include "engine/core/text.h"
#include "engine/core/tr.h"

#include <QStringList>

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string_view>

namespace ferry::odbc {

namespace {

bool anyState(const std::vector<DiagnosticRecord> &records,
              std::initializer_list<std::string_view> states)
{
    for (const auto &record : records) {
        for (std::string_view state : states) {
            if (record.sqlState == state)
                return true;
        }
    }
    return false;
}

bool anyNative(const std::vector<DiagnosticRecord> &records, std::initializer_list<int> numbers)
{
    for (const auto &record : records) {
        for (int number : numbers) {
            if (record.nativeError == number)
                return true;
        }
    }
    return false;
}

/// True when any record's text contains one of the (lower-case) fragments.
bool anyText(const std::vector<DiagnosticRecord> &records,
             std::initializer_list<std::string_view> fragments)
{
    for (const auto &record : records) {
        const std::string text = asciiLower(record.message);
        for (std::string_view fragment : fragments) {
            if (text.find(fragment) != std::string::npos)
                return true;
        }
    }
    return false;
}

/// True when one record's text contains both (lower-case) fragments.
bool anyTextPair(const std::vector<DiagnosticRecord> &records, std::string_view first,
                 std::string_view second)
{
    for (const auto &record : records) {
        const std::string text = asciiLower(record.message);
        if (text.find(first) != std::string::npos && text.find(second) != std::string::npos)
            return true;
    }
    return false;
}

std::string collapseWhitespace(std::string_view text)
{
    std::string result;
    bool space = false;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !result.empty();
            continue;
        }
        if (space)
            result += ' ';
        space = false;
        result += c;
    }
    return result;
}

void maskAll(std::string &text, const std::string &secret)
{
    if (secret.empty())
        return;
    size_t position = 0;
    while ((position = text.find(secret, position)) != std::string::npos) {
        text.replace(position, secret.size(), "***");
        position += 3;
    }
}

QString joinedOrNone(const std::vector<std::string> &names)
{
    if (names.empty())
        return EngineTr::tr("none");
    QStringList list;
    for (const auto &name : names)
        list << qs(name);
    return list.join(QStringLiteral(", "));
}

/// The words for the causes whose message names only the data source
/// (engine/connectors/endpoint.h).
constexpr CauseWords OdbcCauseWords[] = {
    {DiagnosisCause::AuthenticationFailed,
     QT_TRANSLATE_NOOP("EngineTr",
                       "Could not log in to the %1: the user name or password was rejected."),
     QT_TRANSLATE_NOOP("EngineTr",
                       "Check the user name and the password: set FERRY_SOURCE_PASSWORD or "
                       "FERRY_TARGET_PASSWORD, or UID and PWD in the data source."),
     true},
    {DiagnosisCause::ConnectionRefused,
     QT_TRANSLATE_NOOP("EngineTr",
                       "Could not connect to the %1: the server refused the connection."),
     QT_TRANSLATE_NOOP("EngineTr",
                       "Check the server name and port of the data source and that the "
                       "database server is running and accepts TCP connections.")},
    {DiagnosisCause::UnknownHost,
     QT_TRANSLATE_NOOP("EngineTr",
                       "Could not connect to the %1: the server's host name could not be "
                       "resolved."),
     QT_TRANSLATE_NOOP("EngineTr",
                       "Check the server name in the data source or connection options.")},
    {DiagnosisCause::Timeout,
     QT_TRANSLATE_NOOP("EngineTr",
                       "Could not connect to the %1: the server did not answer within %2 "
                       "seconds."),
     QT_TRANSLATE_NOOP("EngineTr",
                       "Check that the server is reachable (firewall, VPN, port) or raise "
                       "connect_timeout.")},
    {DiagnosisCause::TlsFailure,
     QT_TRANSLATE_NOOP("EngineTr",
                       "Could not connect to the %1: the TLS (SSL) handshake or certificate "
                       "check failed."),
     QT_TRANSLATE_NOOP("EngineTr",
                       "Check the driver's TLS options (certificate authority file, "
                       "verification mode) and whether the server offers TLS.")},
    {DiagnosisCause::DatabaseNotFound,
     QT_TRANSLATE_NOOP("EngineTr", "Could not connect to the %1: the database does not exist."),
     QT_TRANSLATE_NOOP("EngineTr",
                       "Check the database name (Database=...) of the data source or create "
                       "the database.")},
    {DiagnosisCause::MissingPrivilege,
     QT_TRANSLATE_NOOP("EngineTr",
                       "Could not connect to the %1: the user may not use the database."),
     QT_TRANSLATE_NOOP("EngineTr",
                       "Grant the user access to the database, or connect as another user.")},
    {DiagnosisCause::NotADatabase,
     QT_TRANSLATE_NOOP("EngineTr", "The file of the %1 is not a database."),
     QT_TRANSLATE_NOOP("EngineTr", "Check the Database= path of the data source.")},
    {DiagnosisCause::Other, QT_TRANSLATE_NOOP("EngineTr", "Could not connect to the %1."),
     QT_TRANSLATE_NOOP("EngineTr",
                       "Read the driver's message in the detail; the driver's documentation "
                       "lists its connection options.")},
};

} // namespace

DiagnosisCause classifyConnectFailure(const std::vector<DiagnosticRecord> &records)
{
    if (anyState(records, {"IM002", "IM003"})
        || anyText(records, {"can't open lib", "data source name not found"}))
        return DiagnosisCause::DriverNotFound;
    if (anyState(records, {"HYT00", "HYT01"}))
        return DiagnosisCause::Timeout;
    // MariaDB 1044: the login worked but the user may not use the database.
    if (anyNative(records, {1044}) && anyText(records, {"to database"}))
        return DiagnosisCause::MissingPrivilege;
    // Authentication before TLS: "no pg_hba.conf entry ... SSL off" is an authentication rule.
    if (anyState(records, {"28000", "28P01"}) || anyNative(records, {1045, 1698})
        || anyText(records,
                   {"password authentication failed", "access denied for user",
                    "no pg_hba.conf entry", "authentication failed", "login failed"}))
        return DiagnosisCause::AuthenticationFailed;
    if (anyState(records, {"3D000"}) || anyNative(records, {1049})
        || anyTextPair(records, "database \"", "does not exist")
        || anyText(records, {"unknown database", "unable to open database", "cannot open database"})
        || (anyNative(records, {14}) && anyText(records, {"[sqlite]"})))
        return DiagnosisCause::DatabaseNotFound;
    if (anyNative(records, {26}) && anyText(records, {"[sqlite]"}))
        return DiagnosisCause::NotADatabase;
    if (anyText(records, {"file is not a database", "not a database"}))
        return DiagnosisCause::NotADatabase;
    if (anyNative(records, {2026}) || anyText(records, {"ssl", "tls", "certificate"}))
        return DiagnosisCause::TlsFailure;
    if (anyNative(records, {2005})
        || anyText(records,
                   {"could not translate host name", "unknown server host",
                    "unknown mysql server host", "name or service not known",
                    "nodename nor servname", "no such host", "host not found",
                    "temporary failure in name resolution"}))
        return DiagnosisCause::UnknownHost;
    if (anyText(records, {"timeout expired", "timed out", "timeout"}))
        return DiagnosisCause::Timeout;
    if (anyNative(records, {2002, 2003})
        || anyText(records,
                   {"connection refused", "could not connect to server", "can't connect to"}))
        return DiagnosisCause::ConnectionRefused;
    return DiagnosisCause::Other;
}

std::string describeRecords(const std::vector<DiagnosticRecord> &records, const Secret &password)
{
    std::string text;
    for (const auto &record : records) {
        if (!text.empty())
            text += "; ";
        text += EngineTr::tr("SQLSTATE %1 (native %2): %3")
                    .arg(qs(record.sqlState))
                    .arg(record.nativeError)
                    .arg(qs(collapseWhitespace(record.message)))
                    .toStdString();
    }
    maskAll(text, password.reveal());
    return text;
}

std::optional<ConnectionDiagnosis> diagnoseMissingSource(const ConnectionSpec &spec)
{
    if (!spec.dsn.empty() || !spec.option("driver").empty())
        return std::nullopt;
    ConnectionDiagnosis diagnosis;
    diagnosis.cause = DiagnosisCause::InvalidSpec;
    diagnosis.message
        = EngineTr::tr("The ODBC connection names neither a data source nor a driver.")
              .toStdString();
    diagnosis.hint
        = EngineTr::tr("Write odbc://DSN or odbc:///?driver=NAME&server=...").toStdString();
    return diagnosis;
}

ConnectionDiagnosis diagnoseConnectFailure(const ConnectionSpec &spec,
                                           const std::vector<DiagnosticRecord> &records,
                                           const DriverInventory &inventory)
{
    ConnectionDiagnosis diagnosis;
    diagnosis.cause = classifyConnectFailure(records);
    const QString where = qs(targetLabel(spec));
    std::string detail = describeRecords(records, spec.password);
    if (!detail.empty())
        detail += "; ";
    detail += EngineTr::tr("connection string: %1")
                  .arg(qs(connectionString(spec, false)))
                  .toStdString();
    diagnosis.detail = detail;

    if (diagnosis.cause != DiagnosisCause::DriverNotFound) {
        describeCause(diagnosis, OdbcCauseWords, where, spec.connectTimeoutSeconds());
        return diagnosis;
    }
    const QString message
        = EngineTr::tr("The ODBC driver manager does not know the %1.").arg(where);
    const QString odbcIni = inventory.odbcIni.empty()
        ? EngineTr::tr("~/.odbc.ini and /etc/odbc.ini")
        : qs(inventory.odbcIni);
    const QString odbcSysIni = inventory.odbcSysIni.empty()
        ? QStringLiteral("/etc/odbcinst.ini")
        : qs(inventory.odbcSysIni + "/odbcinst.ini");
    const QString hint
        = EngineTr::tr("Known data sources: %1. Installed drivers: %2. unixODBC reads data "
                       "sources from %3 (ODBCINI) and drivers from %4 (ODBCSYSINI); check "
                       "the name or register it there.")
              .arg(joinedOrNone(inventory.dataSources), joinedOrNone(inventory.drivers), odbcIni,
                   odbcSysIni);
    diagnosis.message = message.toStdString();
    diagnosis.hint = hint.toStdString();
    return diagnosis;
}

} // namespace ferry::odbc
