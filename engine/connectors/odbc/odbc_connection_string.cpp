// SPDX-License-Identifier: MIT
#include "engine/connectors/odbc/odbc_connection_string.h"

#include "engine/core/text.h"
#include "engine/core/tr.h"

#include <algorithm>
#include <cctype>

namespace ferry::odbc {

namespace {

/// Options that are Ferry's own and never reach the driver.
bool isFerryOption(const std::string &key)
{
    const std::string lower = asciiLower(key);
    return lower == "driver" || lower == "dsn" || lower == "connect_timeout";
}

bool hasOption(const ConnectionSpec &spec, std::initializer_list<std::string_view> keys)
{
    for (const auto &[key, value] : spec.options) {
        const std::string lower = asciiLower(key);
        for (std::string_view candidate : keys) {
            if (lower == candidate)
                return true;
        }
    }
    return false;
}

void append(std::string &text, std::string_view key, std::string_view value)
{
    text += key;
    text += '=';
    text += escapeAttributeValue(value);
    text += ';';
}

} // namespace

std::string escapeAttributeValue(std::string_view value)
{
    const bool needsBraces = value.find_first_of(";{}") != std::string_view::npos
        || (!value.empty()
            && (std::isspace(static_cast<unsigned char>(value.front()))
                || std::isspace(static_cast<unsigned char>(value.back()))));
    if (!needsBraces)
        return std::string(value);
    std::string escaped = "{";
    for (char c : value) {
        escaped += c;
        if (c == '}')
            escaped += '}';
    }
    escaped += '}';
    return escaped;
}

std::string connectionString(const ConnectionSpec &spec, bool withPassword)
{
    std::string text;
    if (!spec.dsn.empty()) {
        append(text, "DSN", spec.dsn);
    } else {
        // The driver name is always braced: names like "PostgreSQL Unicode" contain spaces.
        std::string driver = escapeAttributeValue(spec.option("driver"));
        if (driver.empty() || driver.front() != '{')
            driver = "{" + driver + "}";
        text += "DRIVER=" + driver + ";";
    }
    if (!spec.host.empty() && !hasOption(spec, {"server", "servername", "host"}))
        append(text, "SERVER", spec.host);
    if (spec.port > 0 && !hasOption(spec, {"port"}))
        append(text, "PORT", std::to_string(spec.port));
    if (!spec.database.empty() && !hasOption(spec, {"database", "db"}))
        append(text, "DATABASE", spec.database);
    for (const auto &[key, value] : spec.options) {
        if (isFerryOption(key))
            continue;
        const std::string lower = asciiLower(key);
        // A password or user given as an option is treated like the spec's own fields.
        if (lower == "pwd" || lower == "password") {
            if (spec.password.isEmpty())
                append(text, key, withPassword ? value : std::string("***"));
            continue;
        }
        if ((lower == "uid" || lower == "user") && !spec.user.empty())
            continue;
        append(text, key, value);
    }
    if (!spec.user.empty())
        append(text, "UID", spec.user);
    if (!spec.password.isEmpty())
        append(text, "PWD", withPassword ? spec.password.reveal() : std::string("***"));
    return text;
}

std::string targetLabel(const ConnectionSpec &spec)
{
    if (!spec.dsn.empty())
        return EngineTr::tr("data source %1").arg(QString::fromStdString(spec.dsn)).toStdString();
    return EngineTr::tr("driver %1")
        .arg(QString::fromStdString(spec.option("driver")))
        .toStdString();
}

} // namespace ferry::odbc
