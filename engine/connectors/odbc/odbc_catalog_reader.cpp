// SPDX-License-Identifier: MIT
#include "engine/connectors/odbc/odbc_catalog_reader.h"

#include "engine/connectors/odbc/odbc_connection_string.h"
#include "engine/core/text.h"
#include "engine/core/tr.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <type_traits>

namespace ferry::odbc::detail {

namespace {

Q_LOGGING_CATEGORY(odbcLog, "ferry.engine.odbc")

constexpr int ColumnsStandardCount = 18; ///< SQLColumns result columns defined by ODBC 3

std::optional<int64_t> toInt(const std::optional<std::string> &text)
{
    if (!text || text->empty())
        return std::nullopt;
    int64_t value = 0;
    const char *begin = text->data();
    const char *end = begin + text->size();
    while (begin < end && std::isspace(static_cast<unsigned char>(*begin)))
        ++begin;
    if (begin < end && *begin == '+')
        ++begin;
    const auto [pointer, error] = std::from_chars(begin, end, value);
    if (error != std::errc())
        return std::nullopt;
    return value; // trailing text ("12.0" from some drivers' statistics) is ignored
}

std::string text(const std::optional<std::string> &value) { return value.value_or(std::string()); }

const std::optional<std::string> &at(const Row &row, int oneBased)
{
    static const std::optional<std::string> missing;
    if (oneBased < 1 || size_t(oneBased) > row.size())
        return missing;
    return row[size_t(oneBased - 1)];
}

/// A value argument as the driver returned it; empty strings become "absent" (NULL).
Argument argumentFrom(const std::optional<std::string> &value)
{
    if (!value || value->empty())
        return {};
    return Argument {value};
}

ReferentialAction referentialAction(const std::optional<int64_t> &rule)
{
    switch (rule.value_or(SQL_NO_ACTION)) {
    case SQL_CASCADE:
        return ReferentialAction::Cascade;
    case SQL_RESTRICT:
        return ReferentialAction::Restrict;
    case SQL_SET_NULL:
        return ReferentialAction::SetNull;
    case SQL_SET_DEFAULT:
        return ReferentialAction::SetDefault;
    default:
        return ReferentialAction::NoAction;
    }
}

bool isSizedCharacterOrBinary(int code)
{
    return code == SQL_CHAR || code == SQL_VARCHAR || code == SQL_WCHAR || code == SQL_WVARCHAR
        || code == SQL_BINARY || code == SQL_VARBINARY;
}

/// TYPE_NAME plus the size the driver reports where the name does not carry it:
/// "varchar" + 40 -> "varchar(40)", "numeric" + 12,3 -> "numeric(12,3)".
std::string nativeTypeText(const OdbcTypeInfo &info)
{
    std::string name = info.typeName;
    if (name.find('(') != std::string::npos || name.empty())
        return name;
    if (isSizedCharacterOrBinary(info.dataType) && info.columnSize && *info.columnSize > 0)
        return name + "(" + std::to_string(*info.columnSize) + ")";
    if ((info.dataType == SQL_DECIMAL || info.dataType == SQL_NUMERIC) && info.columnSize
        && *info.columnSize > 0) {
        return name + "(" + std::to_string(*info.columnSize) + ","
            + std::to_string(info.decimalDigits.value_or(0)) + ")";
    }
    return name;
}

/// SQL Server and others append ";1" (the procedure group number) to procedure names.
std::string routineName(const std::string &name)
{
    const size_t semicolon = name.rfind(';');
    if (semicolon == std::string::npos)
        return name;
    const std::string suffix = name.substr(semicolon + 1);
    const bool numeric = !suffix.empty()
        && std::all_of(suffix.begin(), suffix.end(),
                       [](unsigned char c) { return std::isdigit(c); });
    return numeric ? name.substr(0, semicolon) : name;
}

int eventOrder(const std::string &event)
{
    static const std::vector<std::string> order {"INSERT", "UPDATE", "DELETE", "TRUNCATE"};
    const auto it = std::find(order.begin(), order.end(), event);
    return int(it - order.begin());
}

TriggerTiming timingFrom(const std::string &timing)
{
    const std::string value = asciiUpper(timing);
    if (value == "AFTER")
        return TriggerTiming::After;
    if (value.rfind("INSTEAD", 0) == 0)
        return TriggerTiming::InsteadOf;
    return TriggerTiming::Before;
}

/// Splits a list that a query joined with chr(31) (the ASCII unit separator).
std::vector<std::string> splitUnits(const std::string &joined)
{
    std::vector<std::string> parts;
    if (joined.empty())
        return parts;
    size_t start = 0;
    for (;;) {
        const size_t end = joined.find('\x1f', start);
        parts.push_back(
            joined.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            return parts;
        start = end + 1;
    }
}

ReferentialAction actionFromText(const std::string &rule)
{
    // pg_constraint's one-letter codes, or the SQL spelling.
    const std::string value = asciiUpper(rule);
    if (value == "C")
        return ReferentialAction::Cascade;
    if (value == "R")
        return ReferentialAction::Restrict;
    if (value == "N")
        return ReferentialAction::SetNull;
    if (value == "D")
        return ReferentialAction::SetDefault;
    return referentialActionFromName(value);
}

} // namespace

CatalogReader::CatalogReader(const Connection &connection, const ConnectionSpec &spec)
    : m_connection(connection), m_spec(spec)
{
}

std::string CatalogReader::columnKey(const std::string &schema, const std::string &table,
                                     const std::string &column)
{
    std::string key = schema;
    key += '\0';
    key += table;
    key += '\0';
    key += column;
    return key;
}

Error CatalogReader::failure(const std::string &what, const Statement &statement) const
{
    Error error;
    error.code = ErrorCode::CatalogReadFailed;
    error.action = ErrorAction::FailTask;
    error.message = EngineTr::tr("Could not read the catalog of the %1: %2 failed.")
                        .arg(qs(targetLabel(m_spec)), qs(what))
                        .toStdString();
    error.detail = describeRecords(statement.errors(), m_spec.password);
    error.hint = EngineTr::tr("Check that the user may read the database's metadata; the detail "
                              "holds the driver's message.")
                     .toStdString();
    return error;
}

Result<void> CatalogReader::functionRows(const char *function, Statement &statement,
                                         SQLRETURN called, int columns,
                                         const std::function<void(const Row &)> &read) const
{
    if (!statement.check(called)) {
        if (statement.isNotSupported())
            return {};
        return failure(function, statement);
    }
    while (statement.fetch())
        read(statement.row(columns));
    if (!statement.errors().empty())
        return failure(function, statement);
    return {};
}

CatalogReader::QueryOutcome
CatalogReader::queryRows(const char *failedLog, const std::string &sql,
                         const std::vector<std::string> &parameters, int columns,
                         const std::function<void(const Row &)> &read) const
{
    Statement statement(m_connection);
    if (!statement.execute(sql, parameters)) {
        if (failedLog) {
            qCWarning(odbcLog) << failedLog
                               << qs(describeRecords(statement.errors(), m_spec.password));
        }
        return QueryOutcome::NotRun;
    }
    while (statement.fetch())
        read(statement.row(columns));
    return statement.errors().empty() ? QueryOutcome::Complete : QueryOutcome::FetchFailed;
}

std::string CatalogReader::ferrySchemaOf(const std::optional<std::string> &catalog,
                                         const std::optional<std::string> &schema) const
{
    switch (m_namespace) {
    case Namespace::Schemas:
        return text(schema);
    case Namespace::Catalogs:
        return text(catalog);
    case Namespace::None:
        break;
    }
    return "main";
}

bool CatalogReader::isSystemSchema(const std::string &name) const
{
    const std::string lower = asciiLower(name);
    static const std::set<std::string> system {
        "information_schema", "pg_catalog", "pg_toast", "mysql", "performance_schema", "sys"};
    return system.count(lower) > 0 || lower.rfind("pg_temp_", 0) == 0
        || lower.rfind("pg_toast_temp_", 0) == 0;
}

std::string CatalogReader::escapePattern(const std::string &name) const
{
    if (m_escape.empty())
        return name;
    std::string escaped;
    for (char c : name) {
        if (c == '_' || c == '%' || std::string(1, c) == m_escape)
            escaped += m_escape;
        escaped += c;
    }
    return escaped;
}

template<typename Item, typename Member>
void CatalogReader::moveIntoTables(const std::string &schema,
                                   std::vector<std::pair<std::string, Item>> &items,
                                   Member Table::*member)
{
    for (auto &[tableName, item] : items) {
        Table *table = tableNamed(schema, tableName);
        if (!table)
            continue;
        if constexpr (std::is_same_v<Member, std::vector<Item>>)
            (table->*member).push_back(std::move(item));
        else
            table->*member = std::move(item);
    }
}

Schema &CatalogReader::schemaNamed(const std::string &name)
{
    Schema &schema = m_schemas[name];
    schema.name = name;
    return schema;
}

template<typename Object>
Object *CatalogReader::named(const NameIndex &index, std::vector<Object> Schema::*list,
                            const std::string &schema, const std::string &name)
{
    const auto byName = index.find(schema);
    if (byName == index.end())
        return nullptr;
    const auto it = byName->second.find(name);
    return it == byName->second.end() ? nullptr : &(m_schemas[schema].*list)[it->second];
}

template<typename Object>
bool CatalogReader::addNamed(NameIndex &index, std::vector<Object> Schema::*list,
                             const std::string &schema, const std::string &name,
                             const std::string &comment)
{
    if (index[schema].count(name))
        return false;
    Object object;
    object.name = name;
    object.comment = comment;
    std::vector<Object> &objects = schemaNamed(schema).*list;
    index[schema][name] = objects.size();
    objects.push_back(std::move(object));
    return true;
}

Table *CatalogReader::tableNamed(const std::string &schema, const std::string &name)
{
    return named(m_tableIndex, &Schema::tables, schema, name);
}

View *CatalogReader::viewNamed(const std::string &schema, const std::string &name)
{
    return named(m_viewIndex, &Schema::views, schema, name);
}

Column *CatalogReader::columnNamed(const std::string &schema, const std::string &relation,
                                   const std::string &name)
{
    std::vector<Column> *columns = nullptr;
    if (Table *table = tableNamed(schema, relation))
        columns = &table->columns;
    else if (View *view = viewNamed(schema, relation))
        columns = &view->columns;
    if (!columns)
        return nullptr;
    auto it = std::find_if(columns->begin(), columns->end(),
                           [&](const Column &column) { return column.name == name; });
    return it == columns->end() ? nullptr : &*it;
}

Result<std::vector<CatalogReader::Scope>> CatalogReader::scopes(const CatalogFilter &filter)
{
    std::vector<Scope> result;
    switch (m_namespace) {
    case Namespace::Schemas:
        if (filter.schemas.empty()) {
            result.push_back(Scope {{}, Argument {std::string("%")}});
        } else {
            for (const auto &name : filter.schemas)
                result.push_back(Scope {{}, Argument {escapePattern(name)}});
        }
        return result;
    case Namespace::Catalogs: {
        if (!filter.schemas.empty()) {
            for (const auto &name : filter.schemas)
                result.push_back(Scope {Argument {name}, {}});
            return result;
        }
        // The data source names a database: that database is what the user means.
        if (!m_currentCatalog.empty()) {
            result.push_back(Scope {Argument {m_currentCatalog}, {}});
            return result;
        }
        Statement statement(m_connection);
        const Argument all {std::string(SQL_ALL_CATALOGS)};
        const Argument empty {std::string()};
        if (!statement.check(SQLTables(statement.handle(), all.data(), all.length(), empty.data(),
                                       0, empty.data(), 0, empty.data(), 0)))
            return failure("SQLTables (catalogs)", statement);
        while (statement.fetch()) {
            const std::string name = text(at(statement.row(1), 1));
            if (!name.empty() && (filter.includeSystemSchemas || !isSystemSchema(name)))
                result.push_back(Scope {Argument {name}, {}});
        }
        return result;
    }
    case Namespace::None:
        if (filter.schemas.empty()
            || std::find(filter.schemas.begin(), filter.schemas.end(), "main")
                != filter.schemas.end())
            result.push_back(Scope {});
        return result;
    }
    return result;
}

Result<void> CatalogReader::readTables(const Scope &scope, const CatalogFilter &filter)
{
    Statement statement(m_connection);
    const Argument table {std::string("%")};
    const Argument types {std::string("TABLE,VIEW")};
    if (!statement.check(SQLTables(statement.handle(), scope.catalog.data(), scope.catalog.length(),
                                   scope.schemaPattern.data(), scope.schemaPattern.length(),
                                   table.data(), table.length(), types.data(), types.length())))
        return failure("SQLTables", statement);
    while (statement.fetch()) {
        const Row row = statement.row(5);
        const std::string schemaName = ferrySchemaOf(at(row, 1), at(row, 2));
        const std::string name = text(at(row, 3));
        const std::string type = asciiUpper(text(at(row, 4)));
        if (name.empty())
            continue;
        const bool requested = m_requested.count(schemaName) > 0;
        if (!m_requested.empty() && !requested)
            continue; // a driver that ignored the pattern escape
        if (!requested && !filter.includeSystemSchemas && isSystemSchema(schemaName))
            continue;
        if (m_sqlDialect == SqlDialect::Sqlite && !filter.includeSystemSchemas
            && asciiLower(name).rfind("sqlite_", 0) == 0)
            continue;
        TableAddress address;
        address.catalog = argumentFrom(at(row, 1));
        address.schema = argumentFrom(at(row, 2));
        address.ferrySchema = schemaName;
        address.name = name;
        address.isView = type == "VIEW";
        const std::string comment = text(at(row, 5));
        const bool added = address.isView
            ? addNamed(m_viewIndex, &Schema::views, schemaName, name, comment)
            : addNamed(m_tableIndex, &Schema::tables, schemaName, name, comment);
        if (added)
            m_tables.push_back(std::move(address));
    }
    if (!statement.errors().empty())
        return failure("SQLTables", statement);
    return {};
}

Result<void> CatalogReader::readColumns(const Scope &scope)
{
    Statement statement(m_connection);
    const Argument table {std::string("%")};
    if (!statement.check(SQLColumns(statement.handle(), scope.catalog.data(),
                                    scope.catalog.length(), scope.schemaPattern.data(),
                                    scope.schemaPattern.length(), table.data(), table.length(),
                                    nullptr, 0)))
        return failure("SQLColumns", statement);

    // Driver-specific result columns after the 18 standard ones, found by name.
    const std::vector<std::string> names = statement.columnNames();
    int autoIncrementColumn = 0;
    int isAutoIncrementColumn = 0;
    int typmodColumn = 0;
    int generatedColumn = 0;
    for (size_t i = ColumnsStandardCount; i < names.size(); ++i) {
        const std::string name = asciiUpper(names[i]);
        if (name == "AUTO_INCREMENT")
            autoIncrementColumn = int(i + 1);
        else if (name == "IS_AUTOINCREMENT")
            isAutoIncrementColumn = int(i + 1);
        else if (name == "TYPMOD")
            typmodColumn = int(i + 1);
        else if (name == "IS_GENERATEDCOLUMN")
            generatedColumn = int(i + 1);
    }
    const int count = std::min(int(names.size()),
                               std::max({ColumnsStandardCount, autoIncrementColumn,
                                         isAutoIncrementColumn, typmodColumn, generatedColumn}));

    while (statement.fetch()) {
        const Row row = statement.row(count);
        const std::string schemaName = ferrySchemaOf(at(row, 1), at(row, 2));
        const std::string tableName = text(at(row, 3));
        Table *table = tableNamed(schemaName, tableName);
        View *view = table ? nullptr : viewNamed(schemaName, tableName);
        if (!table && !view)
            continue; // an index, sequence or system object the driver lists as well

        OdbcTypeInfo info;
        info.dataType = int(toInt(at(row, 5)).value_or(0));
        info.typeName = text(at(row, 6));
        info.columnSize = toInt(at(row, 7));
        if (auto digits = toInt(at(row, 9)))
            info.decimalDigits = int(*digits);
        if (auto radix = toInt(at(row, 10)))
            info.precisionRadix = int(*radix);
        if (m_sqlDialect == SqlDialect::Sqlite) {
            // SQLite ODBC reports DECIMAL_DIGITS 10 and radix 10 for every column.
            info.decimalDigits.reset();
            info.precisionRadix.reset();
        }
        if (typmodColumn > 0 && toInt(at(row, typmodColumn)) == -1
            && (info.dataType == SQL_DECIMAL || info.dataType == SQL_NUMERIC
                || info.dataType == SQL_VARCHAR || info.dataType == SQL_WVARCHAR)) {
            // psqlODBC: numeric and varchar without a declared size (typmod -1) are reported
            // with a made-up size (28,6 / MaxVarcharSize); they are unconstrained.
            info.columnSize.reset();
            info.decimalDigits.reset();
        }

        Column column;
        column.name = text(at(row, 4));
        column.ordinal = int(toInt(at(row, 17)).value_or(0));
        column.nativeType = nativeTypeText(info);
        column.type = canonicalType(info);
        column.nullable
            = toInt(at(row, 11)) != SQL_NO_NULLS && asciiUpper(text(at(row, 18))) != "NO";
        column.comment = text(at(row, 12));
        // ODBC spells a NULL default as the bare word NULL: the same as no default.
        column.defaultExpression = at(row, 13);
        if (column.defaultExpression && asciiUpper(*column.defaultExpression) == "NULL")
            column.defaultExpression.reset();
        if (autoIncrementColumn > 0)
            column.autoIncrement = toInt(at(row, autoIncrementColumn)).value_or(0) != 0;
        if (isAutoIncrementColumn > 0 && asciiUpper(text(at(row, isAutoIncrementColumn))) == "YES")
            column.autoIncrement = true;
        if (generatedColumn > 0 && asciiUpper(text(at(row, generatedColumn))) == "YES")
            column.generatedExpression = std::string();
        m_typeInfo[columnKey(schemaName, tableName, column.name)] = info;
        (table ? table->columns : view->columns).push_back(std::move(column));
    }
    if (!statement.errors().empty())
        return failure("SQLColumns", statement);
    return {};
}

Result<void> CatalogReader::readPrimaryKey(const TableAddress &address, Table &table)
{
    Statement statement(m_connection);
    const Argument name {address.name};
    std::vector<std::pair<int64_t, std::string>> columns;
    std::string keyName;
    const SQLRETURN called = SQLPrimaryKeys(statement.handle(), address.catalog.data(),
                                            address.catalog.length(), address.schema.data(),
                                            address.schema.length(), name.data(), name.length());
    const Result<void> read
        = functionRows("SQLPrimaryKeys", statement, called, 6, [&](const Row &row) {
              columns.emplace_back(toInt(at(row, 5)).value_or(int64_t(columns.size() + 1)),
                                   text(at(row, 4)));
              if (keyName.empty())
                  keyName = text(at(row, 6));
          });
    if (!read || columns.empty())
        return read;
    std::stable_sort(columns.begin(), columns.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    KeyConstraint key;
    key.name = keyName;
    for (auto &[sequence, column] : columns)
        key.columns.push_back(std::move(column));
    table.primaryKey = std::move(key);
    return {};
}

Result<void> CatalogReader::readIndexes(const TableAddress &address, Table &table)
{
    Statement statement(m_connection);
    const Argument name {address.name};
    const SQLRETURN called = SQLStatistics(
        statement.handle(), address.catalog.data(), address.catalog.length(), address.schema.data(),
        address.schema.length(), name.data(), name.length(), SQL_INDEX_ALL, SQL_QUICK);
    struct Entry
    {
        Index index;
        std::vector<std::pair<int64_t, IndexColumn>> columns;
    };
    std::vector<Entry> entries;
    const Result<void> read
        = functionRows("SQLStatistics", statement, called, 13, [&](const Row &row) {
              const auto type = toInt(at(row, 7));
              if (type == SQL_TABLE_STAT) {
                  if (auto cardinality = toInt(at(row, 11)))
                      table.rowEstimate = *cardinality;
                  return;
              }
              const std::string indexName = text(at(row, 6));
              auto it = std::find_if(entries.begin(), entries.end(), [&](const Entry &entry) {
                  return entry.index.name == indexName;
              });
              if (it == entries.end()) {
                  Entry entry;
                  entry.index.name = indexName;
                  entry.index.unique = toInt(at(row, 4)) == 0;
                  if (type == SQL_INDEX_HASHED)
                      entry.index.method = "hash";
                  entry.index.predicate = text(at(row, 13));
                  entries.push_back(std::move(entry));
                  it = entries.end() - 1;
              }
              IndexColumn column;
              column.name = text(at(row, 9));
              column.descending = asciiUpper(text(at(row, 10))) == "D";
              it->columns.emplace_back(toInt(at(row, 8)).value_or(int64_t(it->columns.size() + 1)),
                                       std::move(column));
          });
    if (!read)
        return read;

    for (Entry &entry : entries) {
        std::stable_sort(entry.columns.begin(), entry.columns.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (auto &[position, column] : entry.columns)
            entry.index.columns.push_back(std::move(column));
        table.indexes.push_back(std::move(entry.index));
    }
    return {};
}

Result<void> CatalogReader::readForeignKeys(const TableAddress &address, Table &table)
{
    Statement statement(m_connection);
    const Argument name {address.name};
    const SQLRETURN called
        = SQLForeignKeys(statement.handle(), nullptr, 0, nullptr, 0, nullptr, 0,
                         address.catalog.data(), address.catalog.length(), address.schema.data(),
                         address.schema.length(), name.data(), name.length());
    struct Entry
    {
        ForeignKey key;
        std::vector<std::tuple<int64_t, std::string, std::string>> columns;
    };
    std::vector<Entry> entries;
    const Result<void> read
        = functionRows("SQLForeignKeys", statement, called, 14, [&](const Row &row) {
              const int64_t sequence = toInt(at(row, 9)).value_or(1);
              const std::string keyName = text(at(row, 12));
              const std::string referencedSchema = ferrySchemaOf(at(row, 1), at(row, 2));
              const std::string referencedTable = text(at(row, 3));
              // Named keys group by name; unnamed ones (SQLite) start anew at KEY_SEQ 1.
              auto it = entries.end();
              if (!keyName.empty()) {
                  it = std::find_if(entries.begin(), entries.end(),
                                    [&](const Entry &entry) { return entry.key.name == keyName; });
              } else if (sequence > 1 && !entries.empty()) {
                  it = entries.end() - 1;
              }
              if (it == entries.end()) {
                  Entry entry;
                  entry.key.name = keyName;
                  entry.key.referencedSchema = referencedSchema;
                  entry.key.referencedTable = referencedTable;
                  entry.key.onUpdate = referentialAction(toInt(at(row, 10)));
                  entry.key.onDelete = referentialAction(toInt(at(row, 11)));
                  entries.push_back(std::move(entry));
                  it = entries.end() - 1;
              }
              it->columns.emplace_back(sequence, text(at(row, 8)), text(at(row, 4)));
          });
    if (!read)
        return read;
    for (Entry &entry : entries) {
        std::stable_sort(
            entry.columns.begin(), entry.columns.end(),
            [](const auto &a, const auto &b) { return std::get<0>(a) < std::get<0>(b); });
        for (auto &[sequence, column, referenced] : entry.columns) {
            entry.key.columns.push_back(std::move(column));
            entry.key.referencedColumns.push_back(std::move(referenced));
        }
        table.foreignKeys.push_back(std::move(entry.key));
    }
    return {};
}

void CatalogReader::finishKeys(Table &table)
{
    if (table.primaryKey) {
        // The index backing the primary key: same name, or else the first unique index on
        // exactly the key's columns (drivers such as SQLite's report no key name).
        auto sameColumns = [&](const Index &index) {
            if (!index.unique || index.columns.size() != table.primaryKey->columns.size())
                return false;
            for (size_t i = 0; i < index.columns.size(); ++i) {
                if (index.columns[i].name != table.primaryKey->columns[i])
                    return false;
            }
            return true;
        };
        const bool marked = std::any_of(table.indexes.begin(), table.indexes.end(),
                                        [](const Index &index) { return index.primary; });
        auto primary
            = std::find_if(table.indexes.begin(), table.indexes.end(), [&](const Index &index) {
                  return !table.primaryKey->name.empty() && index.name == table.primaryKey->name;
              });
        if (primary == table.indexes.end())
            primary = std::find_if(table.indexes.begin(), table.indexes.end(), sameColumns);
        if (!marked && primary != table.indexes.end())
            primary->primary = true;
    }
    std::sort(table.indexes.begin(), table.indexes.end(),
              [](const Index &a, const Index &b) { return a.name < b.name; });
    std::stable_sort(table.foreignKeys.begin(), table.foreignKeys.end(),
                     [](const ForeignKey &a, const ForeignKey &b) { return a.name < b.name; });
}

Result<void> CatalogReader::readRoutines(const Scope &scope)
{
    Statement statement(m_connection);
    const Argument all {std::string("%")};
    RoutineIndex index;
    const SQLRETURN procedures = SQLProcedures(
        statement.handle(), scope.catalog.data(), scope.catalog.length(),
        scope.schemaPattern.data(), scope.schemaPattern.length(), all.data(), all.length());
    const Result<void> read
        = functionRows("SQLProcedures", statement, procedures, 8, [&](const Row &row) {
              const std::string schemaName = ferrySchemaOf(at(row, 1), at(row, 2));
              if (!scope.ferrySchema.empty() && schemaName != scope.ferrySchema)
                  return; // a driver that treats the catalog argument as a pattern
              const std::string name = routineName(text(at(row, 3)));
              if (name.empty() || index.count({schemaName, name}))
                  return; // overloads share one entry: ODBC cannot tell their arguments apart
              Schema &schema = schemaNamed(schemaName);
              Routine routine;
              routine.name = name;
              routine.kind = toInt(at(row, 8)) == SQL_PT_PROCEDURE ? RoutineKind::Procedure
                                                                   : RoutineKind::Function;
              index[{schemaName, name}] = schema.routines.size();
              schema.routines.push_back(std::move(routine));
          });
    if (!read)
        return read;
    statement.close();
    if (index.empty())
        return {};
    return readRoutineArguments(scope, statement, index);
}

Result<void> CatalogReader::readRoutineArguments(const Scope &scope, Statement &statement,
                                                 RoutineIndex &index)
{
    const Argument all {std::string("%")};
    std::map<std::pair<std::string, std::string>, std::vector<std::pair<int64_t, RoutineArgument>>>
        arguments;
    const SQLRETURN called
        = SQLProcedureColumns(statement.handle(), scope.catalog.data(), scope.catalog.length(),
                              scope.schemaPattern.data(), scope.schemaPattern.length(), all.data(),
                              all.length(), nullptr, 0);
    const Result<void> read
        = functionRows("SQLProcedureColumns", statement, called, 18, [&](const Row &row) {
              const std::string schemaName = ferrySchemaOf(at(row, 1), at(row, 2));
              const std::string name = routineName(text(at(row, 3)));
              const auto found = index.find({schemaName, name});
              if (found == index.end())
                  return;
              Routine &routine = m_schemas[schemaName].routines[found->second];
              const auto columnType = toInt(at(row, 5)).value_or(SQL_PARAM_TYPE_UNKNOWN);
              if (columnType == SQL_RETURN_VALUE) {
                  routine.returnType = text(at(row, 7));
                  return;
              }
              if (columnType == SQL_RESULT_COL)
                  return;
              RoutineArgument argument;
              argument.name = text(at(row, 4));
              argument.nativeType = text(at(row, 7));
              argument.mode = columnType == SQL_PARAM_OUTPUT ? "OUT"
                  : columnType == SQL_PARAM_INPUT_OUTPUT     ? "INOUT"
                                                             : "IN";
              const int64_t position = toInt(at(row, 18)).value_or(0);
              arguments[{schemaName, name}].emplace_back(position, std::move(argument));
          });
    if (!read)
        return read;
    for (auto &[key, list] : arguments) {
        std::stable_sort(list.begin(), list.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        Routine &routine = m_schemas[key.first].routines[index[key]];
        for (auto &[position, argument] : list)
            routine.arguments.push_back(std::move(argument));
    }
    return {};
}

// --- Driver-specific refinements ------------------------------------------------------------
// Each is one whole-schema query of the DBMS's own catalog with the schema name bound. A
// failing refinement is logged and skipped: the ODBC answer stays as it is.

void CatalogReader::readTriggersFromInformationSchema(Schema &schema)
{
    std::map<std::string, size_t> index;
    queryRows("trigger query failed:",
              "SELECT trigger_name, event_object_table, action_timing, "
              "event_manipulation, action_orientation, action_statement, action_condition "
              "FROM information_schema.triggers WHERE event_object_schema = ? "
              "ORDER BY trigger_name",
              {schema.name}, 7, [&](const Row &row) {
                  const std::string name = text(at(row, 1));
                  auto it = index.find(name);
                  if (it == index.end()) {
                      Trigger trigger;
                      trigger.name = name;
                      trigger.table = text(at(row, 2));
                      trigger.timing = timingFrom(text(at(row, 3)));
                      trigger.forEachRow = asciiUpper(text(at(row, 5))) != "STATEMENT";
                      trigger.body = text(at(row, 6));
                      trigger.condition = text(at(row, 7));
                      it = index.emplace(name, schema.triggers.size()).first;
                      schema.triggers.push_back(std::move(trigger));
                  }
                  schema.triggers[it->second].events.push_back(asciiUpper(text(at(row, 4))));
              });
    for (Trigger &trigger : schema.triggers) {
        std::sort(trigger.events.begin(), trigger.events.end(),
                  [](const std::string &a, const std::string &b) {
                      return eventOrder(a) < eventOrder(b);
                  });
    }
}

void CatalogReader::readRoutinesFromInformationSchema(Schema &schema)
{
    std::set<std::string> seen;
    queryRows("routine query failed:",
              "SELECT routine_name, routine_type, external_language, routine_body, "
              "routine_definition, data_type "
              "FROM information_schema.routines WHERE routine_schema = ?",
              {schema.name}, 6, [&](const Row &row) {
                  const std::string name = text(at(row, 1));
                  if (!seen.insert(name).second)
                      return; // overloads: the first one describes the entry
                  auto it
                      = std::find_if(schema.routines.begin(), schema.routines.end(),
                                     [&](const Routine &routine) { return routine.name == name; });
                  if (it == schema.routines.end()) {
                      schema.routines.push_back(Routine {});
                      it = schema.routines.end() - 1;
                      it->name = name;
                  }
                  const std::string type = asciiUpper(text(at(row, 2)));
                  it->kind = type == "PROCEDURE" ? RoutineKind::Procedure : RoutineKind::Function;
                  std::string language = text(at(row, 3));
                  if (language.empty())
                      language = text(at(row, 4));
                  it->language = asciiLower(language);
                  it->body = text(at(row, 5));
                  // psqlODBC reports pseudo-types (trigger, void, record) as "unknown".
                  if (it->kind == RoutineKind::Function
                      && (it->returnType.empty() || it->returnType == "unknown"))
                      it->returnType = text(at(row, 6));
                  if (it->kind == RoutineKind::Procedure)
                      it->returnType.clear();
              });
}

bool CatalogReader::readPostgreSqlConstraints(Schema &schema)
{
    std::vector<std::pair<std::string, KeyConstraint>> primaryKeys;
    std::vector<std::pair<std::string, ForeignKey>> foreignKeys;
    const QueryOutcome outcome
        = queryRows("constraint query failed:",
                    "SELECT t.relname, c.conname, c.contype, "
                    "(SELECT string_agg(a.attname, chr(31) ORDER BY k.o) "
                    " FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, o) "
                    " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid "
                    " AND a.attnum = k.attnum), "
                    "rn.nspname, rt.relname, "
                    "(SELECT string_agg(a.attname, chr(31) ORDER BY k.o) "
                    " FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, o) "
                    " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.confrelid "
                    " AND a.attnum = k.attnum), "
                    "c.confupdtype, c.confdeltype "
                    "FROM pg_catalog.pg_constraint c "
                    "JOIN pg_catalog.pg_class t ON t.oid = c.conrelid "
                    "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
                    "LEFT JOIN pg_catalog.pg_class rt ON rt.oid = c.confrelid "
                    "LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rt.relnamespace "
                    "WHERE n.nspname = ? AND c.contype IN ('p', 'f')",
                    {schema.name}, 9, [&](const Row &row) {
                        const std::string tableName = text(at(row, 1));
                        if (text(at(row, 3)) == "p") {
                            KeyConstraint key;
                            key.name = text(at(row, 2));
                            key.columns = splitUnits(text(at(row, 4)));
                            primaryKeys.emplace_back(tableName, std::move(key));
                        } else {
                            ForeignKey key;
                            key.name = text(at(row, 2));
                            key.columns = splitUnits(text(at(row, 4)));
                            key.referencedSchema = text(at(row, 5));
                            key.referencedTable = text(at(row, 6));
                            key.referencedColumns = splitUnits(text(at(row, 7)));
                            key.onUpdate = actionFromText(text(at(row, 8)));
                            key.onDelete = actionFromText(text(at(row, 9)));
                            foreignKeys.emplace_back(tableName, std::move(key));
                        }
                    });
    if (outcome != QueryOutcome::Complete)
        return false;
    moveIntoTables(schema.name, primaryKeys, &Table::primaryKey);
    moveIntoTables(schema.name, foreignKeys, &Table::foreignKeys);
    return true;
}

bool CatalogReader::readPostgreSqlIndexes(Schema &schema)
{
    // Each key column as <A|D><C|E><name or expression>, joined with chr(31).
    std::vector<std::pair<std::string, Index>> indexes;
    const QueryOutcome outcome = queryRows(
        "index query failed:",
        "SELECT t.relname, i.relname, x.indisunique::integer, x.indisprimary::integer, "
        "am.amname, pg_catalog.pg_get_expr(x.indpred, x.indrelid), "
        "(SELECT string_agg(CASE WHEN (x.indoption[k.o - 1] & 1) = 1 THEN 'D' ELSE 'A' END "
        "  || CASE WHEN x.indkey[k.o - 1] = 0 "
        "     THEN 'E' || pg_catalog.pg_get_indexdef(x.indexrelid, k.o, true) "
        "     ELSE 'C' || a.attname END, chr(31) ORDER BY k.o) "
        " FROM generate_series(1, x.indnkeyatts) AS k(o) "
        " LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = x.indrelid "
        " AND a.attnum = x.indkey[k.o - 1]) "
        "FROM pg_catalog.pg_index x "
        "JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid "
        "JOIN pg_catalog.pg_class t ON t.oid = x.indrelid "
        "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
        "JOIN pg_catalog.pg_am am ON am.oid = i.relam "
        "WHERE n.nspname = ?",
        {schema.name}, 7, [&](const Row &row) {
            Index index;
            index.name = text(at(row, 2));
            index.unique = toInt(at(row, 3)) == 1;
            index.primary = toInt(at(row, 4)) == 1;
            index.method = text(at(row, 5));
            index.predicate = text(at(row, 6));
            for (const std::string &part : splitUnits(text(at(row, 7)))) {
                if (part.size() < 2)
                    continue;
                IndexColumn column;
                column.descending = part[0] == 'D';
                if (part[1] == 'E')
                    column.expression = part.substr(2);
                else
                    column.name = part.substr(2);
                index.columns.push_back(std::move(column));
            }
            indexes.emplace_back(text(at(row, 1)), std::move(index));
        });
    if (outcome != QueryOutcome::Complete)
        return false;
    moveIntoTables(schema.name, indexes, &Table::indexes);
    return true;
}

bool CatalogReader::readMySqlForeignKeys(Schema &schema)
{
    std::vector<std::pair<std::string, ForeignKey>> keys;
    const QueryOutcome outcome = queryRows(
        "foreign key query failed:",
        "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, "
        "k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE "
        "FROM information_schema.KEY_COLUMN_USAGE k "
        "JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
        "ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA "
        "AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME "
        "WHERE k.TABLE_SCHEMA = ? AND r.CONSTRAINT_SCHEMA = ? "
        "AND k.REFERENCED_TABLE_NAME IS NOT NULL "
        "ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION",
        {schema.name, schema.name}, 8, [&](const Row &row) {
            const std::string tableName = text(at(row, 1));
            const std::string name = text(at(row, 2));
            if (keys.empty() || keys.back().first != tableName || keys.back().second.name != name) {
                ForeignKey key;
                key.name = name;
                key.referencedSchema = text(at(row, 4));
                key.referencedTable = text(at(row, 5));
                key.onUpdate = actionFromText(text(at(row, 7)));
                key.onDelete = actionFromText(text(at(row, 8)));
                keys.emplace_back(tableName, std::move(key));
            }
            keys.back().second.columns.push_back(text(at(row, 3)));
            keys.back().second.referencedColumns.push_back(text(at(row, 6)));
        });
    if (outcome != QueryOutcome::Complete)
        return false;
    moveIntoTables(schema.name, keys, &Table::foreignKeys);
    return true;
}

void CatalogReader::refinePostgreSql(Schema &schema)
{
    // psqlODBC gives no view definitions, no comments (REMARKS is empty), no row estimates
    // and no identity/generated details.
    queryRows(nullptr,
              "SELECT c.relname, pg_catalog.pg_get_viewdef(c.oid, true), c.relkind "
              "FROM pg_catalog.pg_class c "
              "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
              "WHERE n.nspname = ? AND c.relkind IN ('v', 'm')",
              {schema.name}, 3, [&](const Row &row) {
                  if (View *view = viewNamed(schema.name, text(at(row, 1)))) {
                      view->definition = text(at(row, 2));
                      view->materialized = text(at(row, 3)) == "m";
                  }
              });
    queryRows(nullptr,
              "SELECT c.relname, c.relkind, "
              "CASE WHEN c.reltuples < 0 THEN NULL ELSE c.reltuples::bigint END, "
              "pg_catalog.pg_total_relation_size(c.oid), "
              "pg_catalog.obj_description(c.oid, 'pg_class') "
              "FROM pg_catalog.pg_class c "
              "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
              "WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm')",
              {schema.name}, 5, [&](const Row &row) {
                  const std::string name = text(at(row, 1));
                  if (Table *table = tableNamed(schema.name, name)) {
                      table->rowEstimate = toInt(at(row, 3));
                      table->sizeBytes = toInt(at(row, 4));
                      table->comment = text(at(row, 5));
                  } else if (View *view = viewNamed(schema.name, name)) {
                      view->comment = text(at(row, 5));
                  }
              });
    queryRows("column query failed:",
              "SELECT c.relname, a.attname, pg_catalog.col_description(c.oid, a.attnum), "
              "a.attidentity, a.attgenerated, pg_catalog.pg_get_expr(d.adbin, d.adrelid) "
              "FROM pg_catalog.pg_attribute a "
              "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
              "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
              "LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid "
              "AND d.adnum = a.attnum "
              "WHERE n.nspname = ? AND a.attnum > 0 AND NOT a.attisdropped "
              "AND c.relkind IN ('r', 'p', 'v', 'm') "
              "AND (pg_catalog.col_description(c.oid, a.attnum) IS NOT NULL "
              "OR a.attidentity <> '' OR a.attgenerated <> '')",
              {schema.name}, 6, [&](const Row &row) {
                  const std::string tableName = text(at(row, 1));
                  Column *column = columnNamed(schema.name, tableName, text(at(row, 2)));
                  if (!column)
                      return;
                  column->comment = text(at(row, 3));
                  const std::string identity = text(at(row, 4));
                  if (identity == "a")
                      column->identity = IdentityKind::Always;
                  else if (identity == "d")
                      column->identity = IdentityKind::ByDefault;
                  if (text(at(row, 5)) == "s") {
                      column->generatedExpression = text(at(row, 6));
                      column->generatedStored = true;
                      column->defaultExpression.reset();
                  }
              });
    readPostgreSqlTriggers(schema);
    readRoutinesFromInformationSchema(schema);
}

void CatalogReader::readPostgreSqlTriggers(Schema &schema)
{
    // pg_trigger rather than information_schema.triggers, which omits TRUNCATE triggers and
    // the UPDATE OF column list. tgtype bits: 1 row, 2 before, 4 insert, 8 delete, 16 update,
    // 32 truncate, 64 instead of.
    const QueryOutcome outcome
        = queryRows("trigger query failed:",
                    "SELECT t.tgname, c.relname, t.tgtype::integer, "
                    "substring(pg_catalog.pg_get_triggerdef(t.oid, true) "
                    "from ' WHEN \\((.*)\\) EXECUTE '), "
                    "substring(pg_catalog.pg_get_triggerdef(t.oid, true) from '(EXECUTE .*)$'), "
                    "(SELECT string_agg(a.attname, chr(31) ORDER BY k.n) "
                    " FROM unnest(t.tgattr) WITH ORDINALITY AS k(attnum, n) "
                    " JOIN pg_catalog.pg_attribute a ON a.attrelid = t.tgrelid "
                    " AND a.attnum = k.attnum) "
                    "FROM pg_catalog.pg_trigger t "
                    "JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid "
                    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = ? AND NOT t.tgisinternal",
                    {schema.name}, 6, [&](const Row &row) {
                        const int64_t type = toInt(at(row, 3)).value_or(0);
                        Trigger trigger;
                        trigger.name = text(at(row, 1));
                        trigger.table = text(at(row, 2));
                        trigger.forEachRow = (type & 1) != 0;
                        trigger.timing = (type & 64) ? TriggerTiming::InsteadOf
                            : (type & 2)             ? TriggerTiming::Before
                                                     : TriggerTiming::After;
                        if (type & 4)
                            trigger.events.push_back("INSERT");
                        if (type & 16)
                            trigger.events.push_back("UPDATE");
                        if (type & 8)
                            trigger.events.push_back("DELETE");
                        if (type & 32)
                            trigger.events.push_back("TRUNCATE");
                        trigger.condition = text(at(row, 4));
                        trigger.body = text(at(row, 5));
                        trigger.updateColumns = splitUnits(text(at(row, 6)));
                        schema.triggers.push_back(std::move(trigger));
                    });
    if (outcome == QueryOutcome::NotRun)
        readTriggersFromInformationSchema(schema);
}

void CatalogReader::refineMySql(Schema &schema)
{
    // MariaDB Connector/ODBC reports no fractional-second precision (DATETIME(6) has
    // DECIMAL_DIGITS NULL), AUTO_INCREMENT columns as nullable, no full type text (enum
    // labels, bit width), no view definitions and no row estimates.
    queryRows(nullptr,
              "SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS "
              "WHERE TABLE_SCHEMA = ?",
              {schema.name}, 2, [&](const Row &row) {
                  if (View *view = viewNamed(schema.name, text(at(row, 1))))
                      view->definition = text(at(row, 2));
              });
    for (View &view : schema.views) {
        if (view.comment == "VIEW")
            view.comment.clear(); // MySQL's TABLE_COMMENT of every view
    }
    queryRows(nullptr,
              "SELECT TABLE_NAME, TABLE_ROWS, DATA_LENGTH + INDEX_LENGTH "
              "FROM information_schema.TABLES "
              "WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'",
              {schema.name}, 3, [&](const Row &row) {
                  if (Table *table = tableNamed(schema.name, text(at(row, 1)))) {
                      table->rowEstimate = toInt(at(row, 2));
                      table->sizeBytes = toInt(at(row, 3));
                  }
              });
    queryRows("column query failed:",
              "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, EXTRA, "
              "DATETIME_PRECISION, GENERATION_EXPRESSION, COLLATION_NAME "
              "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?",
              {schema.name}, 8, [&](const Row &row) {
                  const std::string tableName = text(at(row, 1));
                  const std::string columnName = text(at(row, 2));
                  Column *column = columnNamed(schema.name, tableName, columnName);
                  const auto info = m_typeInfo.find(columnKey(schema.name, tableName, columnName));
                  if (!column || info == m_typeInfo.end())
                      return;
                  OdbcTypeInfo refined = info->second;
                  refined.nativeText = text(at(row, 3));
                  if (auto precision = toInt(at(row, 6)))
                      refined.decimalDigits = int(*precision);
                  column->nativeType = refined.nativeText;
                  column->type = canonicalType(refined);
                  column->nullable = asciiUpper(text(at(row, 4))) != "NO";
                  const std::string extra = asciiLower(text(at(row, 5)));
                  column->autoIncrement = extra.find("auto_increment") != std::string::npos;
                  if (extra.find("generated") != std::string::npos) {
                      column->generatedExpression = text(at(row, 7));
                      column->generatedStored = extra.find("stored") != std::string::npos;
                      column->defaultExpression.reset();
                  }
                  column->collation = text(at(row, 8));
              });
    readTriggersFromInformationSchema(schema);
    readRoutinesFromInformationSchema(schema);
}

void CatalogReader::refineSqlite(Schema &schema)
{
    // SQLite ODBC gives no view definitions, triggers or AUTOINCREMENT; sqlite_master has
    // them as the CREATE statements.
    static const QRegularExpression viewBody(
        QStringLiteral("^\\s*CREATE\\s+(?:TEMP\\w*\\s+)?VIEW\\s.*?\\bAS\\s+(.*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression triggerHead(
        QStringLiteral("^\\s*CREATE\\s+(?:TEMP\\w*\\s+)?TRIGGER\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
                       "(?:\"[^\"]*\"|`[^`]*`|\\[[^\\]]*\\]|\\S+)\\s+"
                       "(?:(BEFORE|AFTER|INSTEAD\\s+OF)\\s+)?(DELETE|INSERT|UPDATE)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerBody(
        QStringLiteral("\\bBEGIN\\b(.*)\\bEND\\s*;?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression updateOf(QStringLiteral("\\bUPDATE\\s+OF\\s+(.*?)\\s+ON\\s"),
                                             QRegularExpression::CaseInsensitiveOption
                                                 | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression whenClause(
        QStringLiteral("\\bWHEN\\s+(.*?)\\s+BEGIN\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression autoincrement(QStringLiteral("\\bAUTOINCREMENT\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
    queryRows("sqlite_master query failed:",
              "SELECT type, name, tbl_name, sql FROM sqlite_master "
              "WHERE type IN ('table', 'view', 'trigger') AND sql IS NOT NULL",
              {}, 4, [&](const Row &row) {
                  const std::string type = text(at(row, 1));
                  const std::string name = text(at(row, 2));
                  const QString sql = qs(text(at(row, 4)));
                  if (type == "view") {
                      if (View *view = viewNamed(schema.name, name)) {
                          const auto match = viewBody.match(sql);
                          view->definition = match.hasMatch()
                              ? match.captured(1).trimmed().toStdString()
                              : sql.toStdString();
                      }
                  } else if (type == "table") {
                      Table *table = tableNamed(schema.name, name);
                      if (table && table->primaryKey && table->primaryKey->columns.size() == 1
                          && autoincrement.match(sql).hasMatch()) {
                          for (Column &column : table->columns) {
                              if (column.name == table->primaryKey->columns.front())
                                  column.autoIncrement = true;
                          }
                      }
                  } else if (type == "trigger") {
                      Trigger trigger;
                      trigger.name = name;
                      trigger.table = text(at(row, 3));
                      const auto head = triggerHead.match(sql);
                      if (head.hasMatch()) {
                          trigger.timing = timingFrom(head.captured(1).simplified().toStdString());
                          trigger.events.push_back(head.captured(2).toUpper().toStdString());
                      }
                      trigger.forEachRow = true; // SQLite has row triggers only
                      const int beginAt
                          = int(sql.indexOf(QStringLiteral("BEGIN"), 0, Qt::CaseInsensitive));
                      const QString prefix = beginAt < 0 ? sql : sql.left(beginAt + 5);
                      if (const auto columns = updateOf.match(prefix); columns.hasMatch()) {
                          for (const QString &column : columns.captured(1).split(QLatin1Char(',')))
                              trigger.updateColumns.push_back(column.trimmed().toStdString());
                      }
                      if (const auto when = whenClause.match(prefix); when.hasMatch())
                          trigger.condition = when.captured(1).trimmed().toStdString();
                      const auto body = triggerBody.match(sql);
                      trigger.body = body.hasMatch() ? body.captured(1).trimmed().toStdString()
                                                     : sql.toStdString();
                      schema.triggers.push_back(std::move(trigger));
                  }
              });
}

Result<Catalog> CatalogReader::read(const CatalogFilter &filter)
{
    m_catalog.dialect = Dialect::Odbc;
    m_catalog.product = m_connection.infoString(SQL_DBMS_NAME);
    m_catalog.serverVersion = m_connection.infoString(SQL_DBMS_VER);
    m_catalog.database = m_connection.infoString(SQL_DATABASE_NAME);
    m_sqlDialect = sqlDialectOfProduct(m_catalog.product);
    m_catalog.sqlDialect = m_sqlDialect;
    m_escape = m_connection.infoString(SQL_SEARCH_PATTERN_ESCAPE);
    const SQLUINTEGER schemaUsage = m_connection.infoNumber(SQL_SCHEMA_USAGE).value_or(0);
    const SQLUINTEGER catalogUsage = m_connection.infoNumber(SQL_CATALOG_USAGE).value_or(0);
    m_namespace = schemaUsage != 0 ? Namespace::Schemas
        : catalogUsage != 0        ? Namespace::Catalogs
                                   : Namespace::None;
    if (m_namespace == Namespace::Catalogs)
        m_currentCatalog = m_catalog.database;
    m_requested = std::set<std::string>(filter.schemas.begin(), filter.schemas.end());

    auto tableScopes = scopes(filter);
    if (!tableScopes)
        return tableScopes.error();
    for (const Scope &scope : *tableScopes) {
        if (auto result = readTables(scope, filter); !result)
            return result.error();
    }

    if (auto contents = readSchemaContents(filter); !contents)
        return contents.error();
    if (auto keys = readKeys(); !keys)
        return keys.error();
    refineSchemas();
    finishCatalog();
    m_schemas.clear();
    m_tableIndex.clear();
    m_viewIndex.clear();
    return std::move(m_catalog);
}

Result<void> CatalogReader::readSchemaContents(const CatalogFilter &filter)
{
    std::set<std::string> schemaNames;
    for (const auto &[name, schema] : m_schemas)
        schemaNames.insert(name);
    if (m_namespace != Namespace::None)
        schemaNames.insert(filter.schemas.begin(), filter.schemas.end());
    for (const std::string &name : schemaNames) {
        Scope scope;
        scope.ferrySchema = name;
        if (m_namespace == Namespace::Schemas)
            scope.schemaPattern = Argument {escapePattern(name)};
        else if (m_namespace == Namespace::Catalogs)
            scope.catalog = Argument {name};
        if (m_schemas.count(name)) {
            if (auto result = readColumns(scope); !result)
                return result.error();
        }
        if (auto result = readRoutines(scope); !result)
            return result.error();
    }

    return {};
}

Result<void> CatalogReader::readKeys()
{
    // Keys and indexes: whole-schema queries where the DBMS is known and the driver's
    // per-table functions are slow (psqlODBC ~11 ms per table for the three; MariaDB
    // Connector/ODBC's SQLForeignKeys ~300 ms per table on a server with 2,000 tables).
    std::map<std::string, BulkKeys> bulk;
    for (auto &[name, schema] : m_schemas) {
        BulkKeys &done = bulk[name];
        if (m_sqlDialect == SqlDialect::PostgreSql) {
            done.primaryAndForeignKeys = readPostgreSqlConstraints(schema);
            done.indexes = readPostgreSqlIndexes(schema);
        } else if (isMySqlFamily(m_sqlDialect)) {
            done.foreignKeys = readMySqlForeignKeys(schema);
        }
    }
    for (const TableAddress &address : m_tables) {
        if (address.isView)
            continue;
        Table *table = tableNamed(address.ferrySchema, address.name);
        if (!table)
            continue;
        std::stable_sort(table->columns.begin(), table->columns.end(),
                         [](const Column &a, const Column &b) { return a.ordinal < b.ordinal; });
        const BulkKeys &done = bulk[address.ferrySchema];
        if (!done.primaryAndForeignKeys) {
            if (auto result = readPrimaryKey(address, *table); !result)
                return result.error();
        }
        if (!done.indexes) {
            if (auto result = readIndexes(address, *table); !result)
                return result.error();
        }
        if (!done.primaryAndForeignKeys && !done.foreignKeys) {
            if (auto result = readForeignKeys(address, *table); !result)
                return result.error();
        }
        finishKeys(*table);
    }
    return {};
}

void CatalogReader::refineSchemas()
{
    for (auto &[name, schema] : m_schemas) {
        for (View &view : schema.views) {
            std::stable_sort(
                view.columns.begin(), view.columns.end(),
                [](const Column &a, const Column &b) { return a.ordinal < b.ordinal; });
        }
        switch (m_sqlDialect) {
        case SqlDialect::PostgreSql:
            refinePostgreSql(schema);
            break;
        case SqlDialect::MySql:
        case SqlDialect::MariaDb:
            refineMySql(schema);
            break;
        case SqlDialect::Sqlite:
            refineSqlite(schema);
            break;
        case SqlDialect::Generic:
        case SqlDialect::TSql:
        case SqlDialect::PlSql:
            break;
        }
    }
}

void CatalogReader::finishCatalog()
{
    // psqlODBC numbers ORDINAL_POSITION across the whole result; Ferry's ordinals are 1-based
    // per table, in the driver's order.
    for (auto &[name, schema] : m_schemas) {
        for (Table &table : schema.tables) {
            for (size_t i = 0; i < table.columns.size(); ++i)
                table.columns[i].ordinal = int(i + 1);
        }
        for (View &view : schema.views) {
            for (size_t i = 0; i < view.columns.size(); ++i)
                view.columns[i].ordinal = int(i + 1);
        }
        std::sort(schema.tables.begin(), schema.tables.end(),
                  [](const Table &a, const Table &b) { return a.name < b.name; });
        std::sort(schema.views.begin(), schema.views.end(),
                  [](const View &a, const View &b) { return a.name < b.name; });
        std::sort(schema.routines.begin(), schema.routines.end(),
                  [](const Routine &a, const Routine &b) { return a.name < b.name; });
        std::sort(schema.triggers.begin(), schema.triggers.end(),
                  [](const Trigger &a, const Trigger &b) { return a.name < b.name; });
        m_catalog.schemas.push_back(std::move(schema));
    }
}

} // namespace ferry::odbc::detail
