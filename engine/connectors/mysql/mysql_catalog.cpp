// SPDX-License-Identifier: MIT
#include "engine/connectors/mysql/mysql_catalog.h"

#include "engine/connectors/mysql/mysql_connection.h"
#include "engine/core/dialect.h"
#include "engine/core/text.h"
#include "engine/core/tr.h"
#include "engine/types/mysql_types.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>
#include <utility>

namespace ferry::mysql {

namespace {

std::string text(const TextRow &row, size_t index)
{
    return index < row.size() && row[index] ? *row[index] : std::string();
}

std::optional<std::string> optionalText(const TextRow &row, size_t index)
{
    return index < row.size() ? row[index] : std::nullopt;
}

std::optional<int64_t> optionalNumber(const TextRow &row, size_t index)
{
    if (index >= row.size() || !row[index] || row[index]->empty())
        return std::nullopt;
    return std::strtoll(row[index]->c_str(), nullptr, 10);
}

int64_t number(const TextRow &row, size_t index, int64_t fallback = 0)
{
    return optionalNumber(row, index).value_or(fallback);
}

bool contains(const std::string &haystack, std::string_view needle)
{
    return asciiUpper(haystack).find(needle) != std::string::npos;
}

template<typename T> void sortByName(std::vector<T> &items)
{
    std::sort(items.begin(), items.end(), [](const T &a, const T &b) { return a.name < b.name; });
}

/// Everything of one database, gathered from the per-kind queries before being assembled.
class SchemaReader
{
public:
    SchemaReader(Connection &connection, const ServerVersion &version, const ConnectionSpec &spec,
                 std::string schemaName)
        : m_connection(connection)
        , m_version(version)
        , m_spec(spec)
        , m_schemaName(std::move(schemaName))
    {
    }

    Result<Schema> read();

private:
    Result<TextResult> run(const char *sql);
    /// Runs sql (its one parameter: the schema name) and hands each row to read.
    Result<void> forEachRow(const char *sql, const std::function<void(const TextRow &)> &read);
    Error readError(const Error &queryError) const;

    Result<void> readTables();
    Result<void> readColumns();
    Result<void> readIndexes();
    Result<void> readConstraints();
    Result<void> readChecks();
    Result<void> readViews();
    Result<void> readRoutines();
    Result<void> readTriggers();
    Result<void> readSequences();

    Table *table(const std::string &name)
    {
        const auto it = m_tableIndex.find(name);
        return it == m_tableIndex.end() ? nullptr : &m_schema.tables[it->second];
    }

    Connection &m_connection;
    const ServerVersion &m_version;
    const ConnectionSpec &m_spec;
    std::string m_schemaName;
    Schema m_schema;
    std::map<std::string, size_t> m_tableIndex; ///< table name -> index in m_schema.tables
    std::map<std::string, size_t> m_viewIndex;
    std::vector<std::string> m_sequenceNames;
    std::map<std::string, std::string> m_checkTables; ///< check name -> table (for MySQL)
};

Result<TextResult> SchemaReader::run(const char *sql)
{
    auto result = m_connection.query(sql, { m_schemaName });
    if (!result)
        return readError(result.error());
    return result;
}

Result<void> SchemaReader::forEachRow(const char *sql,
                                      const std::function<void(const TextRow &)> &read)
{
    auto result = run(sql);
    if (!result)
        return result.error();
    for (const TextRow &row : result->rows)
        read(row);
    return {};
}

Error SchemaReader::readError(const Error &queryError) const
{
    Error error = queryError;
    error.code = ErrorCode::CatalogReadFailed;
    error.message = EngineTr::tr("Reading the catalog of database '%1' on %2 failed.")
                        .arg(qs(m_schemaName), qs(serverLocation(m_spec)))
                        .toStdString();
    error.hint = EngineTr::tr("Check that the user may read information_schema for this "
                              "database (SELECT and SHOW VIEW privileges) and that the server "
                              "is still reachable.")
                     .toStdString();
    error.location = m_schemaName;
    return error;
}

Result<Schema> SchemaReader::read()
{
    m_schema.name = m_schemaName;
    for (auto step :
         { &SchemaReader::readTables, &SchemaReader::readColumns, &SchemaReader::readIndexes,
           &SchemaReader::readConstraints, &SchemaReader::readChecks, &SchemaReader::readViews,
           &SchemaReader::readRoutines, &SchemaReader::readTriggers,
           &SchemaReader::readSequences }) {
        if (auto done = (this->*step)(); !done)
            return done.error();
    }
    // Lists keep the engine's order: ordinal for columns (from the query), name otherwise.
    sortByName(m_schema.tables);
    sortByName(m_schema.views);
    std::sort(m_schema.routines.begin(), m_schema.routines.end(),
              [](const Routine &a, const Routine &b) {
                  return std::pair(a.name, int(a.kind)) < std::pair(b.name, int(b.kind));
              });
    sortByName(m_schema.triggers);
    sortByName(m_schema.sequences);
    for (Table &table : m_schema.tables) {
        sortByName(table.uniqueKeys);
        sortByName(table.foreignKeys);
        sortByName(table.indexes);
        sortByName(table.checks);
    }
    return std::move(m_schema);
}

Result<void> SchemaReader::readTables()
{
    return forEachRow("SELECT TABLE_NAME, TABLE_TYPE, TABLE_ROWS, DATA_LENGTH, INDEX_LENGTH, "
                      "TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?",
                      [&](const TextRow &row) {
                          const std::string name = text(row, 0);
                          const std::string type = asciiUpper(text(row, 1));
                          if (type == "VIEW" || type == "SYSTEM VIEW") {
                              View view;
                              view.name = name;
                              m_viewIndex.emplace(name, m_schema.views.size());
                              m_schema.views.push_back(std::move(view));
                          } else if (type == "SEQUENCE") {
                              m_sequenceNames.push_back(name);
                          } else { // BASE TABLE, SYSTEM VERSIONED (MariaDB)
                              Table table;
                              table.name = name;
                              table.comment = text(row, 5);
                              table.rowEstimate = optionalNumber(row, 2);
                              const auto data = optionalNumber(row, 3);
                              const auto index = optionalNumber(row, 4);
                              if (data || index)
                                  table.sizeBytes = data.value_or(0) + index.value_or(0);
                              m_tableIndex.emplace(name, m_schema.tables.size());
                              m_schema.tables.push_back(std::move(table));
                          }
                      });
}

Result<void> SchemaReader::readColumns()
{
    return forEachRow(
        "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_DEFAULT, "
        "IS_NULLABLE, DATA_TYPE, COLUMN_TYPE, CHARACTER_SET_NAME, COLLATION_NAME, "
        "EXTRA, COLUMN_COMMENT, GENERATION_EXPRESSION "
        "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? "
        "ORDER BY TABLE_NAME, ORDINAL_POSITION",
        [&](const TextRow &row) {
            const std::string tableName = text(row, 0);
            Column column;
            column.name = text(row, 1);
            column.ordinal = int(number(row, 2));
            column.nullable = asciiUpper(text(row, 4)) == "YES";
            const std::string dataType = asciiLower(text(row, 5));
            column.nativeType = text(row, 6);
            const std::string charset = text(row, 7);
            column.type = canonicalType(column.nativeType, charset);
            column.collation = text(row, 8);
            const std::string extra = text(row, 9);
            column.comment = text(row, 10);
            column.autoIncrement = contains(extra, "AUTO_INCREMENT");
            const bool virtualColumn
                = contains(extra, "VIRTUAL GENERATED") || contains(extra, "VIRTUAL");
            const bool storedColumn
                = contains(extra, "STORED GENERATED") || contains(extra, "PERSISTENT");
            if (virtualColumn || storedColumn) {
                column.generatedExpression = text(row, 11);
                column.generatedStored = storedColumn;
            } else {
                column.defaultExpression
                    = defaultExpression(m_version.mariaDb, optionalText(row, 3), dataType, extra);
            }
            const std::string extraLower = asciiLower(extra);
            const size_t onUpdate = extraLower.find("on update ");
            if (onUpdate != std::string::npos)
                column.onUpdateExpression = extra.substr(onUpdate + 10);

            if (Table *owner = table(tableName)) {
                owner->columns.push_back(std::move(column));
            } else if (const auto view = m_viewIndex.find(tableName); view != m_viewIndex.end()) {
                m_schema.views[view->second].columns.push_back(std::move(column));
            }
        });
}

Result<void> SchemaReader::readIndexes()
{
    // MySQL 8.0.13+ has functional indexes (EXPRESSION); MariaDB has none.
    const bool hasExpression = !m_version.mariaDb && m_version.atLeast(8, 0, 13);
    const std::string sql = std::string("SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, "
                                        "COLUMN_NAME, COLLATION, SUB_PART, INDEX_TYPE, ")
        + (hasExpression ? "EXPRESSION" : "NULL")
        + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? "
          "ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX";
    return forEachRow(sql.c_str(), [&](const TextRow &row) {
        Table *owner = table(text(row, 0));
        if (!owner)
            return;
        const std::string indexName = text(row, 1);
        if (owner->indexes.empty() || owner->indexes.back().name != indexName) {
            Index index;
            index.name = indexName;
            index.unique = number(row, 2, 1) == 0;
            index.primary = indexName == "PRIMARY";
            index.method = asciiLower(text(row, 7));
            if (index.method == "rtree")
                index.method = "spatial";
            owner->indexes.push_back(std::move(index));
        }
        Index &index = owner->indexes.back();
        IndexColumn column;
        column.name = text(row, 4);
        column.expression = text(row, 8);
        column.descending = asciiUpper(text(row, 5)) == "D";
        // SPATIAL indexes report a meaningless SUB_PART (32) on MariaDB.
        if (index.method != "spatial")
            column.prefixLength = int(number(row, 6, 0));
        index.columns.push_back(std::move(column));
    });
}

Result<void> SchemaReader::readConstraints()
{
    auto constraints = run("SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE "
                           "FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = ?");
    if (!constraints)
        return constraints.error();
    auto keyColumns = run("SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, ORDINAL_POSITION, "
                          "REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME "
                          "FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? "
                          "ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION");
    if (!keyColumns)
        return keyColumns.error();
    auto rules = run("SELECT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE "
                     "FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?");
    if (!rules)
        return rules.error();

    using Key = std::pair<std::string, std::string>; // table, constraint
    std::map<Key, std::string> types;
    for (const TextRow &row : constraints->rows) {
        types[{text(row, 0), text(row, 1)}] = asciiUpper(text(row, 2));
        if (asciiUpper(text(row, 2)) == "CHECK")
            m_checkTables.emplace(text(row, 1), text(row, 0));
    }
    std::map<Key, std::pair<std::string, std::string>> actions;
    for (const TextRow &row : rules->rows)
        actions[{ text(row, 0), text(row, 1) }] = { text(row, 2), text(row, 3) };

    std::map<Key, KeyConstraint> keys;
    std::map<Key, ForeignKey> foreignKeys;
    for (const TextRow &row : keyColumns->rows) {
        const Key key { text(row, 0), text(row, 1) };
        const auto type = types.find(key);
        if (type == types.end())
            continue;
        if (type->second == "FOREIGN KEY") {
            ForeignKey &fk = foreignKeys[key];
            fk.name = key.second;
            fk.columns.push_back(text(row, 2));
            fk.referencedSchema = text(row, 4);
            fk.referencedTable = text(row, 5);
            fk.referencedColumns.push_back(text(row, 6));
        } else if (type->second == "PRIMARY KEY" || type->second == "UNIQUE") {
            KeyConstraint &constraint = keys[key];
            constraint.name = key.second;
            constraint.columns.push_back(text(row, 2));
        }
    }
    for (auto &[key, constraint] : keys) {
        Table *owner = table(key.first);
        if (!owner)
            continue;
        if (types[key] == "PRIMARY KEY")
            owner->primaryKey = std::move(constraint);
        else
            owner->uniqueKeys.push_back(std::move(constraint));
    }
    for (auto &[key, fk] : foreignKeys) {
        Table *owner = table(key.first);
        if (!owner)
            continue;
        if (const auto rule = actions.find(key); rule != actions.end()) {
            fk.onUpdate = referentialActionFromName(rule->second.first);
            fk.onDelete = referentialActionFromName(rule->second.second);
        }
        owner->foreignKeys.push_back(std::move(fk));
    }
    return {};
}

Result<void> SchemaReader::readChecks()
{
    // information_schema.CHECK_CONSTRAINTS: MariaDB 10.2.22/10.3.10+ (with TABLE_NAME),
    // MySQL 8.0.16+ (names unique per database; the table comes from TABLE_CONSTRAINTS).
    const bool available = m_version.mariaDb
        ? (m_version.atLeast(10, 3, 10)
           || (m_version.atLeast(10, 2, 22) && !m_version.atLeast(10, 3)))
        : m_version.atLeast(8, 0, 16);
    if (!available)
        return {};
    const char *sql = m_version.mariaDb
        ? "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE "
          "FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?"
        : "SELECT '', CONSTRAINT_NAME, CHECK_CLAUSE "
          "FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?";
    return forEachRow(sql, [&](const TextRow &row) {
        std::string tableName = text(row, 0);
        const std::string name = text(row, 1);
        if (!m_version.mariaDb) {
            const auto owner = m_checkTables.find(name);
            if (owner == m_checkTables.end())
                return;
            tableName = owner->second;
        }
        Table *owner = table(tableName);
        if (!owner)
            return;
        CheckConstraint check { name, text(row, 2) };
        // MariaDB's JSON is longtext plus a column check json_valid(`c`) named after the
        // column: the column becomes Json and the implied check is not listed.
        if (m_version.mariaDb) {
            auto column = std::find_if(owner->columns.begin(), owner->columns.end(),
                                       [&](const Column &c) { return c.name == name; });
            if (column != owner->columns.end() && isMariaDbJsonCheck(check.expression, name)
                && asciiLower(column->nativeType) == "longtext") {
                column->type = canonicalType("json");
                return;
            }
        }
        owner->checks.push_back(std::move(check));
    });
}

Result<void> SchemaReader::readViews()
{
    return forEachRow("SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS "
                      "WHERE TABLE_SCHEMA = ?",
                      [&](const TextRow &row) {
                          const auto view = m_viewIndex.find(text(row, 0));
                          if (view != m_viewIndex.end())
                              m_schema.views[view->second].definition = text(row, 1);
                      });
}

Result<void> SchemaReader::readRoutines()
{
    auto routines = run("SELECT ROUTINE_NAME, ROUTINE_TYPE, DTD_IDENTIFIER, ROUTINE_DEFINITION, "
                        "ROUTINE_BODY FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ?");
    if (!routines)
        return routines.error();
    auto parameters = run("SELECT SPECIFIC_NAME, ROUTINE_TYPE, ORDINAL_POSITION, PARAMETER_MODE, "
                          "PARAMETER_NAME, DTD_IDENTIFIER FROM information_schema.PARAMETERS "
                          "WHERE SPECIFIC_SCHEMA = ? ORDER BY SPECIFIC_NAME, ORDINAL_POSITION");
    if (!parameters)
        return parameters.error();
    using Key = std::pair<std::string, std::string>; // name, FUNCTION/PROCEDURE
    std::map<Key, std::vector<RoutineArgument>> arguments;
    for (const TextRow &row : parameters->rows) {
        if (number(row, 2) == 0)
            continue; // position 0 is a function's return value
        RoutineArgument argument;
        argument.name = text(row, 4);
        argument.mode = row[3] ? asciiUpper(text(row, 3)) : std::string("IN");
        argument.nativeType = text(row, 5);
        arguments[{text(row, 0), asciiUpper(text(row, 1))}].push_back(std::move(argument));
    }
    for (const TextRow &row : routines->rows) {
        const std::string type = asciiUpper(text(row, 1));
        if (type != "FUNCTION" && type != "PROCEDURE")
            continue; // MariaDB Oracle-mode PACKAGE / PACKAGE BODY
        Routine routine;
        routine.name = text(row, 0);
        routine.kind = type == "FUNCTION" ? RoutineKind::Function : RoutineKind::Procedure;
        routine.language = asciiLower(text(row, 4));
        if (routine.kind == RoutineKind::Function)
            routine.returnType = text(row, 2);
        routine.body = text(row, 3); // NULL without privileges on the routine: left empty
        if (auto it = arguments.find({ routine.name, type }); it != arguments.end())
            routine.arguments = std::move(it->second);
        m_schema.routines.push_back(std::move(routine));
    }
    return {};
}

Result<void> SchemaReader::readTriggers()
{
    return forEachRow("SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, "
                      "ACTION_ORIENTATION, ACTION_STATEMENT FROM information_schema.TRIGGERS "
                      "WHERE TRIGGER_SCHEMA = ?",
                      [&](const TextRow &row) {
                          Trigger trigger;
                          trigger.name = text(row, 0);
                          trigger.table = text(row, 1);
                          const std::string timing = asciiUpper(text(row, 2));
                          trigger.timing = timing == "AFTER" ? TriggerTiming::After
                              : timing == "INSTEAD OF"       ? TriggerTiming::InsteadOf
                                                             : TriggerTiming::Before;
                          trigger.events.push_back(asciiUpper(text(row, 3)));
                          trigger.forEachRow = asciiUpper(text(row, 4)) != "STATEMENT";
                          trigger.body = text(row, 5);
                          m_schema.triggers.push_back(std::move(trigger));
                      });
}

Result<void> SchemaReader::readSequences()
{
    if (m_sequenceNames.empty())
        return {};
    // One statement for all sequences: each MariaDB sequence is a one-row table.
    std::string sql;
    std::vector<std::string> parameters;
    for (const std::string &name : m_sequenceNames) {
        if (!sql.empty())
            sql += " UNION ALL ";
        sql += "SELECT ?, next_not_cached_value, minimum_value, maximum_value, start_value, "
               "increment, cycle_option, cycle_count FROM "
            + quoteQualified(Dialect::MySql, m_schemaName, name);
        parameters.push_back(name);
    }
    auto result = m_connection.query(sql, parameters);
    if (!result)
        return readError(result.error());
    for (const TextRow &row : result->rows) {
        Sequence sequence;
        sequence.name = text(row, 0);
        sequence.dataType = "bigint";
        const int64_t next = number(row, 1);
        sequence.minValue = optionalNumber(row, 2);
        sequence.maxValue = optionalNumber(row, 3);
        sequence.start = number(row, 4, 1);
        sequence.increment = number(row, 5, 1);
        sequence.cycle = number(row, 6) != 0;
        const int64_t cycles = number(row, 7);
        // MariaDB keeps the next value in memory and stores the end of the cached range:
        // next_not_cached_value minus one step bounds every value handed out so far, so a
        // target restarted after it never repeats one. Untouched: nullopt.
        if (next != sequence.start || cycles != 0)
            sequence.currentValue = next - sequence.increment;
        m_schema.sequences.push_back(std::move(sequence));
    }
    return {};
}

} // namespace

bool isSystemDatabase(std::string_view name)
{
    std::string lowerName(name);
    std::transform(lowerName.begin(), lowerName.end(), lowerName.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return lowerName == "mysql" || lowerName == "information_schema"
        || lowerName == "performance_schema" || lowerName == "sys";
}

Result<Catalog> readCatalog(Connection &connection, const ServerVersion &version,
                            const ConnectionSpec &spec, const CatalogFilter &filter)
{
    Catalog catalog;
    catalog.dialect = Dialect::MySql;
    catalog.product = version.product();
    catalog.sqlDialect = version.mariaDb ? SqlDialect::MariaDb : SqlDialect::MySql;
    catalog.serverVersion = version.text;
    catalog.database = spec.database;

    auto databases = connection.query("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA");
    if (!databases) {
        Error error = databases.error();
        error.code = ErrorCode::CatalogReadFailed;
        error.message = EngineTr::tr("Listing the databases on %1 failed.")
                            .arg(qs(serverLocation(spec)))
                            .toStdString();
        return error;
    }
    std::set<std::string> existing;
    for (const TextRow &row : databases->rows)
        existing.insert(text(row, 0));

    std::vector<std::string> wanted;
    if (!filter.schemas.empty()) {
        wanted = filter.schemas;
    } else if (!spec.database.empty()) {
        wanted.push_back(spec.database);
    } else {
        for (const std::string &name : existing) {
            if (filter.includeSystemSchemas || !isSystemDatabase(name))
                wanted.push_back(name);
        }
    }
    for (std::string &name : wanted) {
        if (existing.count(name) == 0) {
            // Servers with lower_case_table_names=1/2 match database names case-insensitively:
            // use the server's own spelling then.
            auto caseMode = connection.query("SELECT @@lower_case_table_names");
            const bool caseInsensitive
                = caseMode && !caseMode->rows.empty() && text(caseMode->rows.front(), 0) != "0";
            const auto sameName
                = std::find_if(existing.begin(), existing.end(), [&](const std::string &candidate) {
                      return asciiLower(candidate) == asciiLower(name);
                  });
            if (caseInsensitive && sameName != existing.end()) {
                name = *sameName;
                continue;
            }
            Error error;
            error.code = ErrorCode::DatabaseNotFound;
            error.action = ErrorAction::FixConfiguration;
            error.message = EngineTr::tr("The database '%1' does not exist on %2.")
                                .arg(qs(name), qs(serverLocation(spec)))
                                .toStdString();
            error.hint = EngineTr::tr("Check the name (case matters on most Linux servers) and "
                                      "that the user may see the database (SHOW DATABASES or a "
                                      "privilege on it).")
                             .toStdString();
            error.location = name;
            return error;
        }
    }
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    for (const std::string &name : wanted) {
        auto schema = SchemaReader(connection, version, spec, name).read();
        if (!schema)
            return schema.error();
        catalog.schemas.push_back(std::move(schema.value()));
    }
    return catalog;
}

} // namespace ferry::mysql
