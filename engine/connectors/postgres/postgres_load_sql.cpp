// SPDX-License-Identifier: MIT
#include "engine/connectors/postgres/postgres_load_sql.h"

#include "engine/core/dialect.h"

#include <algorithm>

namespace ferry::postgres {

namespace {

constexpr Dialect Pg = Dialect::PostgreSql;

std::string quoted(std::string_view identifier) { return quoteIdentifier(Pg, identifier); }

std::string quotedList(const std::vector<std::string> &names)
{
    std::string out;
    for (const std::string &name : names) {
        if (!out.empty())
            out += ", ";
        out += quoted(name);
    }
    return out;
}

std::string withPrecision(const char *base, int digits)
{
    if (digits < 0)
        return base;
    return std::string(base) + "(" + std::to_string(std::min(digits, 6)) + ")";
}

/// time(p) / timestamp(p) [with time zone]
std::string temporalType(const char *base, const CanonicalType &type)
{
    std::string text = withPrecision(base, type.fractionalDigits);
    if (type.withTimeZone)
        text += " with time zone";
    return text;
}

bool isIdentifierChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || u >= 0x80;
}

bool isBuiltinRange(std::string_view name)
{
    for (std::string_view range :
         {"int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange"}) {
        if (name == range)
            return true;
    }
    return false;
}

const char *comparison(load::FilterOperator op)
{
    switch (op) {
    case load::FilterOperator::Ste:
        return " <= ";
    case load::FilterOperator::Gte:
        return " >= ";
    case load::FilterOperator::Eq:
        return " = ";
    case load::FilterOperator::NotEq:
        return " <> ";
    default:
        return nullptr;
    }
}

} // namespace

std::string nativeTypeFor(const CanonicalType &type)
{
    switch (type.family) {
    case TypeFamily::Boolean:
        return "boolean";
    case TypeFamily::Integer:
        switch (type.byteWidth) {
        case 1:
            return "smallint";
        case 2:
            return type.isUnsigned ? "integer" : "smallint";
        case 3:
            return "integer";
        case 4:
            return type.isUnsigned ? "bigint" : "integer";
        default:
            return type.isUnsigned ? "numeric(20,0)" : "bigint";
        }
    case TypeFamily::Decimal:
        if (type.precision <= 0 || type.precision > 1000)
            return "numeric";
        if (type.scale <= 0)
            return "numeric(" + std::to_string(type.precision) + ")";
        return "numeric(" + std::to_string(type.precision) + ","
            + std::to_string(std::min(type.scale, 1000)) + ")";
    case TypeFamily::Float:
        return type.byteWidth == 4 ? "real" : "double precision";
    case TypeFamily::Money:
        return "numeric(19,4)";
    case TypeFamily::Char:
        if (type.length <= 0 || type.length > MaxCharacterLength)
            return "text";
        return "char(" + std::to_string(type.length) + ")";
    case TypeFamily::String:
        if (type.isLob || type.length <= 0 || type.length > MaxCharacterLength)
            return "text";
        return "varchar(" + std::to_string(type.length) + ")";
    case TypeFamily::Binary:
    case TypeFamily::VarBinary:
        return "bytea";
    case TypeFamily::Bit:
        if (type.length <= 0)
            return "bit varying";
        if (type.subtype == "varying" || type.length > 83'886'080)
            return "bit varying(" + std::to_string(std::min<int64_t>(type.length, 83'886'080))
                + ")";
        return "bit(" + std::to_string(type.length) + ")";
    case TypeFamily::Date:
        return "date";
    case TypeFamily::Time:
        if (type.wideRange)
            return "interval";
        return temporalType("time", type);
    case TypeFamily::Timestamp:
        return temporalType("timestamp", type);
    case TypeFamily::Interval:
        return "interval";
    case TypeFamily::Year:
        return "smallint";
    case TypeFamily::Uuid:
        return "uuid";
    case TypeFamily::Json:
        return type.binaryJson ? "jsonb" : "json";
    case TypeFamily::Xml:
        return "xml";
    case TypeFamily::Enum:
    case TypeFamily::Set:
        return "text";
    case TypeFamily::Inet:
        return "inet";
    case TypeFamily::Cidr:
        return "cidr";
    case TypeFamily::MacAddr:
        return type.length == 8 ? "macaddr8" : "macaddr";
    case TypeFamily::Geometry:
        return "text";
    case TypeFamily::Array:
        if (type.element) {
            switch (type.element->family) {
            case TypeFamily::Unknown:
            case TypeFamily::Array:
            case TypeFamily::Range:
            case TypeFamily::Composite:
            case TypeFamily::RowId:
                break;
            default:
                return nativeTypeFor(*type.element) + "[]";
            }
        }
        return "text";
    case TypeFamily::Range:
        return isBuiltinRange(type.name) ? type.name : "text";
    case TypeFamily::Composite:
    case TypeFamily::RowId:
    case TypeFamily::Unknown:
        return "text";
    }
    return "text";
}

std::string numberPlaceholders(std::string_view sql, size_t *count)
{
    std::string out;
    out.reserve(sql.size() + 16);
    size_t number = 0;
    const size_t n = sql.size();
    size_t i = 0;
    const auto copyThrough = [&](size_t end) {
        out.append(sql.substr(i, end - i));
        i = end;
    };
    while (i < n) {
        const char c = sql[i];
        if (c == '\'') {
            const bool backslashes = i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e')
                && (i < 2 || !isIdentifierChar(sql[i - 2]));
            size_t j = i + 1;
            while (j < n) {
                if (backslashes && sql[j] == '\\') {
                    j += 2;
                } else if (sql[j] == '\'') {
                    if (j + 1 < n && sql[j + 1] == '\'') {
                        j += 2;
                    } else {
                        ++j;
                        break;
                    }
                } else {
                    ++j;
                }
            }
            copyThrough(std::min(j, n));
        } else if (c == '"') {
            const size_t close = sql.find('"', i + 1);
            copyThrough(close == std::string_view::npos ? n : close + 1);
        } else if (c == '-' && i + 1 < n && sql[i + 1] == '-') {
            const size_t newline = sql.find('\n', i);
            copyThrough(newline == std::string_view::npos ? n : newline + 1);
        } else if (c == '/' && i + 1 < n && sql[i + 1] == '*') {
            size_t j = i + 2;
            int depth = 1;
            while (j < n && depth > 0) {
                if (sql[j] == '/' && j + 1 < n && sql[j + 1] == '*') {
                    ++depth;
                    j += 2;
                } else if (sql[j] == '*' && j + 1 < n && sql[j + 1] == '/') {
                    --depth;
                    j += 2;
                } else {
                    ++j;
                }
            }
            copyThrough(j);
        } else if (c == '$' && !(i > 0 && isIdentifierChar(sql[i - 1]))
                   && !(i + 1 < n && sql[i + 1] >= '0' && sql[i + 1] <= '9')) {
            size_t j = i + 1;
            while (j < n && isIdentifierChar(sql[j]))
                ++j;
            if (j < n && sql[j] == '$') {
                const std::string_view tag = sql.substr(i, j - i + 1);
                const size_t close = sql.find(tag, j + 1);
                copyThrough(close == std::string_view::npos ? n : close + tag.size());
            } else {
                copyThrough(j);
            }
        } else if (c == '?') {
            out += '$';
            out += std::to_string(++number);
            ++i;
        } else {
            out += c;
            ++i;
        }
    }
    if (count)
        *count = number;
    return out;
}

std::string bindPlaceholder(size_t n, const std::string &castType)
{
    std::string text(1, '$');
    text += std::to_string(n);
    text += "::";
    text += castType;
    return text;
}

std::string settingName(size_t n) { return "ferry.p" + std::to_string(n); }

std::string settingPlaceholder(size_t n, const std::string &castType)
{
    // A scalar subquery is evaluated once per statement (an InitPlan), not once per row.
    return "(SELECT current_setting('" + settingName(n) + "')::" + castType + ")";
}

bool buildCondition(const std::vector<load::ColumnFilter> &filters,
                    const std::optional<load::KeyRange> &range,
                    const std::map<std::string, std::string> &castTypes,
                    const PlaceholderRenderer &placeholder, BoundCondition *out,
                    std::string *missingColumn)
{
    std::vector<std::string> terms;
    const auto bind = [&](const std::string &value, const std::string &castType) {
        out->values.push_back(value);
        return placeholder(out->values.size(), castType);
    };
    for (const load::ColumnFilter &filter : filters) {
        if (filter.anyOf.empty())
            continue;
        const auto type = castTypes.find(filter.column);
        if (type == castTypes.end()) {
            if (missingColumn)
                *missingColumn = filter.column;
            return false;
        }
        const std::string column = quoted(filter.column);
        std::string term;
        for (const load::FilterCondition &condition : filter.anyOf) {
            if (!term.empty())
                term += " OR ";
            switch (condition.op) {
            case load::FilterOperator::Ste:
            case load::FilterOperator::Gte:
            case load::FilterOperator::Eq:
            case load::FilterOperator::NotEq:
                term += column + comparison(condition.op) + bind(condition.value, type->second);
                break;
            case load::FilterOperator::Between:
            case load::FilterOperator::NotBetween: {
                // Bound one after the other so the placeholders number in reading order.
                const std::string start = bind(condition.start, type->second);
                const std::string end = bind(condition.end, type->second);
                term += column
                    + (condition.op == load::FilterOperator::Between ? " BETWEEN "
                                                                     : " NOT BETWEEN ")
                    + start + " AND " + end;
                break;
            }
            case load::FilterOperator::Null:
                term += column + " IS NULL";
                break;
            case load::FilterOperator::NotNull:
                term += column + " IS NOT NULL";
                break;
            }
        }
        terms.push_back("(" + term + ")");
    }
    if (range) {
        const std::string column = quoted(range->column);
        if (range->lowerExclusive)
            terms.push_back(column + " > "
                            + bind(std::to_string(*range->lowerExclusive), "bigint"));
        if (range->upperInclusive) {
            terms.push_back(column
                            + " <= " + bind(std::to_string(*range->upperInclusive), "bigint"));
        }
    }
    for (size_t i = 0; i < terms.size(); ++i)
        out->sql += (i ? " AND " : "") + terms[i];
    return true;
}

std::string columnDefinition(const load::TargetColumn &column)
{
    const std::string type = nativeTypeFor(column.type);
    std::string text = quoted(column.name) + " " + type;
    // Identity only exists for the integer types; an unsigned 64-bit key (numeric(20,0))
    // keeps its values without one.
    if (column.autoIncrement && (type == "smallint" || type == "integer" || type == "bigint")) {
        text += " GENERATED BY DEFAULT AS IDENTITY";
    }
    if (!column.nullable)
        text += " NOT NULL";
    return text;
}

std::string createTableSql(const load::TargetTable &table,
                           const std::optional<std::string> &primaryKeyName)
{
    std::string sql = "CREATE TABLE " + quoteQualified(Pg, table.schema, table.name) + " (";
    bool first = true;
    for (const load::TargetColumn &column : table.columns) {
        sql += first ? "\n    " : ",\n    ";
        sql += columnDefinition(column);
        first = false;
    }
    if (primaryKeyName && table.primaryKey && !table.primaryKey->columns.empty()) {
        sql += first ? "\n    " : ",\n    ";
        if (!primaryKeyName->empty())
            sql += "CONSTRAINT " + quoted(*primaryKeyName) + " ";
        sql += "PRIMARY KEY (" + quotedList(table.primaryKey->columns) + ")";
    }
    sql += "\n)";
    return sql;
}

std::string addKeySql(const load::TargetTable &table, const KeyConstraint &key,
                      const std::string &name, bool primary)
{
    std::string sql = "ALTER TABLE " + quoteQualified(Pg, table.schema, table.name) + " ADD ";
    if (!name.empty())
        sql += "CONSTRAINT " + quoted(name) + " ";
    sql += primary ? "PRIMARY KEY (" : "UNIQUE (";
    sql += quotedList(key.columns) + ")";
    return sql;
}

std::string indexMethod(std::string_view method)
{
    for (std::string_view known : {"btree", "hash", "gin", "gist", "spgist", "brin"}) {
        if (method == known)
            return std::string(known);
    }
    return "btree";
}

namespace {

bool isMethod(const Index &index, std::string_view method)
{
    if (index.method.size() != method.size())
        return false;
    for (size_t i = 0; i < method.size(); ++i) {
        char c = index.method[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != method[i])
            return false;
    }
    return true;
}

/// to_tsvector('simple', coalesce(a::text, '') || ' ' || coalesce(b::text, '')): one
/// immutable expression over every column of a FULLTEXT index.
std::string fullTextDocument(const Index &index)
{
    std::string document;
    for (const IndexColumn &column : index.columns) {
        if (!document.empty())
            document += " || ' ' || ";
        document += "coalesce("
            + (column.expression.empty() ? quoted(column.name) : "(" + column.expression + ")")
            + "::text, '')";
    }
    return "to_tsvector('simple'::regconfig, " + document + ")";
}

} // namespace

bool isSpatialIndex(const Index &index) { return isMethod(index, "spatial"); }

std::string createIndexSql(const load::TargetTable &table, const Index &index,
                           const std::string &name)
{
    std::string sql = index.unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
    if (!name.empty())
        sql += quoted(name) + " ";
    sql += "ON " + quoteQualified(Pg, table.schema, table.name);
    if (isMethod(index, "fulltext"))
        return sql + " USING gin ((" + fullTextDocument(index) + "))";
    sql += " USING " + indexMethod(index.method) + " (";
    bool first = true;
    for (const IndexColumn &column : index.columns) {
        if (!first)
            sql += ", ";
        first = false;
        if (!column.expression.empty())
            sql += "(" + column.expression + ")";
        else
            sql += quoted(column.name);
        if (column.descending)
            sql += " DESC";
    }
    sql += ")";
    if (!index.predicate.empty())
        sql += " WHERE " + index.predicate;
    return sql;
}

std::string addForeignKeySql(const load::TargetTable &table, const ForeignKey &key)
{
    std::string sql = "ALTER TABLE " + quoteQualified(Pg, table.schema, table.name) + " ADD ";
    if (!key.name.empty())
        sql += "CONSTRAINT " + quoted(key.name) + " ";
    const std::string &schema = key.referencedSchema.empty() ? table.schema : key.referencedSchema;
    sql += "FOREIGN KEY (" + quotedList(key.columns) + ") REFERENCES "
        + quoteQualified(Pg, schema, key.referencedTable);
    if (!key.referencedColumns.empty())
        sql += " (" + quotedList(key.referencedColumns) + ")";
    sql += std::string(" ON UPDATE ") + referentialActionName(key.onUpdate) + " ON DELETE "
        + referentialActionName(key.onDelete);
    return sql;
}

bool isGenericPrimaryKeyName(std::string_view name)
{
    if (name.size() != 7)
        return false;
    for (size_t i = 0; i < 7; ++i) {
        char c = name[i];
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c != "PRIMARY"[i])
            return false;
    }
    return true;
}

} // namespace ferry::postgres
