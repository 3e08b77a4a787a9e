// SPDX-License-Identifier: MIT
#include "engine/core/dialect.h"
#include "engine/core/enum_names.h"

namespace ferry {

constexpr const char *DialectNames[] = {"postgresql", "mysql", "sqlite", "odbc"};
static_assert(namesEvery(DialectNames, Dialect::Odbc));

const char *dialectName(Dialect dialect) { return nameOf(DialectNames, dialect); }

std::optional<Dialect> dialectFromName(std::string_view name)
{
    if (name == "postgresql" || name == "postgres" || name == "pgsql")
        return Dialect::PostgreSql;
    if (name == "mysql" || name == "mariadb")
        return Dialect::MySql;
    if (name == "sqlite" || name == "sqlite3")
        return Dialect::Sqlite;
    if (name == "odbc")
        return Dialect::Odbc;
    return std::nullopt;
}

std::string quoteIdentifier(Dialect dialect, std::string_view identifier)
{
    const char quote = dialect == Dialect::MySql ? '`' : '"';
    std::string out;
    out.reserve(identifier.size() + 2);
    out += quote;
    for (char c : identifier) {
        if (c == quote)
            out += quote;
        out += c;
    }
    out += quote;
    return out;
}

std::string quoteQualified(Dialect dialect, std::string_view schema, std::string_view name)
{
    if (schema.empty())
        return quoteIdentifier(dialect, name);
    return quoteIdentifier(dialect, schema) + '.' + quoteIdentifier(dialect, name);
}

} // namespace ferry
