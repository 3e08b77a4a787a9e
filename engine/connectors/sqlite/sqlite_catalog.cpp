// SPDX-License-Identifier: MIT
#include "engine/connectors/sqlite/sqlite_catalog.h"

#include "engine/connectors/sqlite/sqlite_connection.h"
#include "engine/connectors/sqlite/sqlite_ddl.h"
#include "engine/core/tr.h"
#include "engine/types/sqlite_types.h"

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <set>

namespace ferry::sqlite {

namespace {

constexpr const char *MainSchema = "main";

/// One row of sqlite_schema.
struct SchemaObject
{
    std::string type;
    std::string name;
    std::string tableName;
    std::optional<std::string> sql;
};

/// One row of pragma_table_xinfo.
struct RawColumn
{
    std::string name;
    std::string type;
    bool notNull = false;
    std::optional<std::string> defaultValue;
    int primaryKeyPosition = 0;
    int hidden = 0; ///< 0 normal, 1 hidden (virtual tables), 2 virtual generated, 3 stored
};

/// One index of pragma_index_list with its key columns from pragma_index_xinfo.
struct RawIndex
{
    std::string name;
    bool unique = false;
    std::string origin; ///< "c" CREATE INDEX, "u" UNIQUE constraint, "pk" PRIMARY KEY
    bool partial = false;
    struct Key
    {
        int columnId = 0; ///< -1 rowid, -2 expression
        std::string name;
        bool descending = false;
    };
    std::vector<Key> keys;
};

/// One foreign key of pragma_foreign_key_list (all its column pairs).
struct RawForeignKey
{
    int id = 0;
    std::string table;
    std::vector<std::string> from;
    std::vector<std::optional<std::string>> to;
    std::string onUpdate;
    std::string onDelete;
};

using RowHandler = std::function<void(const Statement &)>;

/// The entry that a row of a list grouped by key (index, foreign key) adds to: the last one
/// when the row continues it, else a new one made from the row.
template<typename Entry, typename Continues, typename Make>
Entry &groupEntry(std::vector<Entry> &list, Continues continues, Make make)
{
    if (list.empty() || !continues(list.back()))
        list.push_back(make());
    return list.back();
}

Error catalogError(const ConnectionSpec &spec, const Error &cause, std::string_view sql)
{
    Error error;
    error.code = ErrorCode::CatalogReadFailed;
    error.action = ErrorAction::FailTask;
    error.message = EngineTr::tr("Could not read the catalog of the SQLite database %1.")
                        .arg(QString::fromStdString(spec.path))
                        .toStdString();
    error.detail = cause.detail + "; query: " + std::string(sql);
    error.hint = EngineTr::tr("Check that the database is not damaged (sqlite3 FILE "
                              "'PRAGMA integrity_check;') and that every view and virtual table "
                              "in it can be used.")
                     .toStdString();
    error.location = spec.path;
    return error;
}

/// Runs sql, calling handler for every row; binds text parameters in order.
Result<void> runQuery(const Connection &connection, std::string_view sql, const RowHandler &handler,
                      const std::vector<std::string> &parameters = {})
{
    auto statement = Statement::prepare(connection, sql);
    if (!statement)
        return statement.error();
    for (size_t i = 0; i < parameters.size(); ++i)
        statement->bindText(int(i) + 1, parameters[i]);
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        handler(*statement);
    }
}

bool sameColumns(const std::vector<std::string> &a, const std::vector<std::string> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (!sameIdentifier(a[i], b[i]))
            return false;
    }
    return true;
}

bool isSystemName(const std::string &name)
{
    return name.size() >= 7 && sameIdentifier(std::string_view(name).substr(0, 7), "sqlite_");
}

void readRawColumn(const Statement &row, int first, RawColumn &column)
{
    column.name = row.text(first + 1);
    column.type = row.text(first + 2);
    column.notNull = row.integer(first + 3) != 0;
    column.defaultValue = row.optionalText(first + 4);
    column.primaryKeyPosition = int(row.integer(first + 5));
    column.hidden = int(row.integer(first + 6));
}

Column makeColumn(const RawColumn &raw, int ordinal, const ParsedColumn *parsed)
{
    Column column;
    column.name = raw.name;
    column.ordinal = ordinal;
    column.nativeType = raw.type;
    column.type = canonicalTypeOf(raw.type);
    column.nullable = !raw.notNull;
    column.defaultExpression = raw.defaultValue;
    if (parsed) {
        column.collation = parsed->collation;
        column.autoIncrement = parsed->autoIncrement;
        if (raw.hidden == 2 || raw.hidden == 3)
            column.generatedExpression = parsed->generatedExpression;
    }
    column.generatedStored = raw.hidden == 3;
    return column;
}

std::vector<Column> makeColumns(const std::vector<RawColumn> &rawColumns, const ParsedTable *parsed)
{
    std::vector<Column> columns;
    int ordinal = 0;
    for (const auto &raw : rawColumns) {
        if (raw.hidden == 1)
            continue; // hidden columns of virtual tables (fts5 rank, ...)
        columns.push_back(makeColumn(raw, ++ordinal, parsed ? parsed->column(raw.name) : nullptr));
    }
    return columns;
}

const ParsedConstraint *findConstraint(const ParsedTable *parsed, ConstraintKind kind,
                                       const std::vector<std::string> &columns)
{
    if (!parsed)
        return nullptr;
    for (const auto &constraint : parsed->constraints) {
        if (constraint.kind == kind && sameColumns(constraint.columns, columns))
            return &constraint;
    }
    return nullptr;
}

/// Everything the whole-database queries return, keyed by table name.
struct RawCatalog
{
    std::vector<SchemaObject> objects;
    std::set<std::string> shadowTables;
    std::map<std::string, std::vector<RawColumn>> columns;
    std::map<std::string, std::vector<RawIndex>> indexes;
    std::map<std::string, std::vector<RawForeignKey>> foreignKeys;
    std::map<std::string, int64_t> rowEstimates;
    std::map<std::string, int64_t> sizes;
    std::map<std::string, int64_t> sequenceValues;
    std::map<std::string, std::string> indexSql; ///< CREATE INDEX text by index name
};

class CatalogReader
{
public:
    CatalogReader(const Connection &connection, const ConnectionSpec &spec,
                  const CatalogFilter &filter)
        : m_connection(connection), m_spec(spec), m_filter(filter)
    {
    }

    Result<Catalog> read()
    {
        if (auto loaded = load(); !loaded)
            return loaded.error();
        return assemble();
    }

private:
    Result<void> query(std::string_view sql, const RowHandler &handler,
                       const std::vector<std::string> &parameters = {})
    {
        auto result = runQuery(m_connection, sql, handler, parameters);
        if (!result)
            return catalogError(m_spec, result.error(), sql);
        return {};
    }

    bool hasTable(const char *name) const
    {
        return std::any_of(m_raw.objects.begin(), m_raw.objects.end(), [name](const auto &object) {
            return object.type == "table" && object.name == name;
        });
    }

    Result<void> load()
    {
        auto objects = query("SELECT type, name, tbl_name, sql FROM main.sqlite_master "
                             "WHERE type IN ('table', 'view', 'index', 'trigger') ORDER BY name",
                             [this](const Statement &row) {
                                 m_raw.objects.push_back(
                                     {row.text(0), row.text(1), row.text(2), row.optionalText(3)});
                             });
        if (!objects)
            return objects;
        for (const auto &object : m_raw.objects) {
            if (object.type == "index" && object.sql)
                m_raw.indexSql[object.name] = *object.sql;
        }

        // Shadow tables belong to a virtual table (fts5 _data, rtree _node, ...). Older
        // libraries lack pragma_table_list; then they are listed like any table.
        (void)runQuery(m_connection,
                       "SELECT name FROM pragma_table_list WHERE schema = 'main' "
                       "AND type = 'shadow'",
                       [this](const Statement &row) { m_raw.shadowTables.insert(row.text(0)); });

        const auto columnHandler = [this](const Statement &row) {
            RawColumn column;
            readRawColumn(row, 0, column);
            m_raw.columns[row.text(0)].push_back(std::move(column));
        };
        auto tableColumns
            = query("SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden "
                    "FROM main.sqlite_master AS m JOIN pragma_table_xinfo(m.name, 'main') AS p "
                    "WHERE m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
                    "ORDER BY m.name, p.cid",
                    columnHandler);
        if (!tableColumns)
            return tableColumns;
        readViewAndVirtualColumns();

        if (auto keys = loadKeys(); !keys)
            return keys;
        if (hasTable("sqlite_stat1")) {
            // The first number of each stat is the row count of the table or index; the
            // largest is the table's (partial indexes count fewer rows).
            auto stats = query("SELECT tbl, max(CAST(stat AS INTEGER)) FROM main.sqlite_stat1 "
                               "GROUP BY tbl",
                               [this](const Statement &row) {
                                   if (!row.isNull(1))
                                       m_raw.rowEstimates[row.text(0)] = row.integer(1);
                               });
            if (!stats)
                return stats;
        }
        if (hasTable("sqlite_sequence")) {
            auto sequences
                = query("SELECT name, seq FROM main.sqlite_sequence", [this](const Statement &row) {
                      m_raw.sequenceValues[row.text(0)] = row.integer(1);
                  });
            if (!sequences)
                return sequences;
        }
        readSizes();
        return {};
    }

    /// The indexes and foreign keys of every table (not of virtual tables).
    Result<void> loadKeys()
    {
        auto indexes = query(
            "SELECT m.name, l.name, l.\"unique\", l.origin, l.partial, x.cid, x.name, "
            "x.\"desc\" "
            "FROM main.sqlite_master AS m JOIN pragma_index_list(m.name, 'main') AS l "
            "JOIN pragma_index_xinfo(l.name, 'main') AS x "
            "WHERE m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND x.key = 1 "
            "ORDER BY m.name, l.name, x.seqno",
            [this](const Statement &row) {
                RawIndex &index = groupEntry(
                    m_raw.indexes[row.text(0)],
                    [&](const RawIndex &last) { return last.name == row.text(1); },
                    [&] {
                        return RawIndex {.name = row.text(1),
                                         .unique = row.integer(2) != 0,
                                         .origin = row.text(3),
                                         .partial = row.integer(4) != 0};
                    });
                index.keys.push_back({int(row.integer(5)), row.text(6), row.integer(7) != 0});
            });
        if (!indexes)
            return indexes;
        return query(
            "SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete "
            "FROM main.sqlite_master AS m JOIN pragma_foreign_key_list(m.name, 'main') AS f "
            "WHERE m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
            "ORDER BY m.name, f.id, f.seq",
            [this](const Statement &row) {
                const int id = int(row.integer(1));
                RawForeignKey &key = groupEntry(
                    m_raw.foreignKeys[row.text(0)],
                    [&](const RawForeignKey &last) { return last.id == id; },
                    [&] {
                        return RawForeignKey {.id = id,
                                              .table = row.text(2),
                                              .onUpdate = row.text(5),
                                              .onDelete = row.text(6)};
                    });
                key.from.push_back(row.text(3));
                key.to.push_back(row.optionalText(4));
            });
    }

    /// Views and virtual tables are read apart from tables: a view over a dropped table or a
    /// virtual table whose module is not loaded makes its pragma fail, and that must not cost
    /// the rest of the catalog. One query for all views first; per object only after a failure.
    void readViewAndVirtualColumns()
    {
        static constexpr std::string_view Columns
            = "SELECT ?1, name, type, \"notnull\", dflt_value, pk, hidden "
              "FROM pragma_table_xinfo(?1, 'main') ORDER BY cid";
        const auto perObject = [this](const std::string &name) {
            std::vector<RawColumn> columns;
            const auto result = runQuery(m_connection, Columns,
                                         [&columns](const Statement &row) {
                                             RawColumn column;
                                             readRawColumn(row, 0, column);
                                             columns.push_back(std::move(column));
                                         },
                                         {name});
            if (result)
                m_raw.columns[name] = std::move(columns);
        };

        std::map<std::string, std::vector<RawColumn>> viewColumns;
        const auto allViews
            = runQuery(m_connection,
                       "SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden "
                       "FROM main.sqlite_master AS m JOIN pragma_table_xinfo(m.name, 'main') AS p "
                       "WHERE m.type = 'view' ORDER BY m.name, p.cid",
                       [&viewColumns](const Statement &row) {
                           RawColumn column;
                           readRawColumn(row, 0, column);
                           viewColumns[row.text(0)].push_back(std::move(column));
                       });
        if (allViews) {
            m_raw.columns.merge(viewColumns);
        }
        for (const auto &object : m_raw.objects) {
            const bool isVirtual = object.type == "table" && object.sql
                && object.sql->rfind("CREATE VIRTUAL TABLE", 0) == 0;
            if (isVirtual || (object.type == "view" && !allViews))
                perObject(object.name);
        }
    }

    /// dbstat reads every page, so only for files up to DbstatSizeLimitBytes.
    void readSizes()
    {
        int64_t fileSize = -1;
        (void)runQuery(m_connection,
                       "SELECT page_count * page_size FROM pragma_page_count(), "
                       "pragma_page_size()",
                       [&fileSize](const Statement &row) { fileSize = row.integer(0); });
        if (fileSize < 0 || fileSize > DbstatSizeLimitBytes)
            return;
        (void)runQuery(m_connection, "SELECT name, pgsize FROM dbstat('main', 1)",
                       [this](const Statement &row) { m_raw.sizes[row.text(0)] = row.integer(1); });
    }

    bool isIncludedTable(const SchemaObject &object) const
    {
        if (object.type != "table")
            return false;
        if (m_filter.includeSystemSchemas)
            return true;
        return !isSystemName(object.name) && !m_raw.shadowTables.contains(object.name);
    }

    Table makeTable(const SchemaObject &object, const ParsedTable *parsed)
    {
        Table table;
        table.name = object.name;
        const auto columnsIt = m_raw.columns.find(object.name);
        if (columnsIt != m_raw.columns.end())
            table.columns = makeColumns(columnsIt->second, parsed);
        const std::vector<RawIndex> noIndexes;
        const auto indexesIt = m_raw.indexes.find(object.name);
        const auto &rawIndexes = indexesIt != m_raw.indexes.end() ? indexesIt->second : noIndexes;

        // Primary key, in key order (pk is the 1-based position in the key).
        std::vector<std::pair<int, std::string>> keyColumns;
        if (columnsIt != m_raw.columns.end()) {
            for (const auto &raw : columnsIt->second) {
                if (raw.primaryKeyPosition > 0)
                    keyColumns.emplace_back(raw.primaryKeyPosition, raw.name);
            }
        }
        std::sort(keyColumns.begin(), keyColumns.end());
        if (!keyColumns.empty()) {
            KeyConstraint key;
            for (const auto &[position, name] : keyColumns)
                key.columns.push_back(name);
            if (const auto *declared
                = findConstraint(parsed, ConstraintKind::PrimaryKey, key.columns))
                key.name = declared->name;
            table.primaryKey = std::move(key);
        }
        // A single-column key without a backing index is the rowid itself (INTEGER PRIMARY
        // KEY): never NULL, assigned by SQLite when an insert gives none.
        const bool withoutRowId = parsed && parsed->withoutRowId;
        const bool hasKeyIndex
            = std::any_of(rawIndexes.begin(), rawIndexes.end(),
                          [](const RawIndex &index) { return index.origin == "pk"; });
        const bool isVirtual = parsed && parsed->isVirtual;
        for (auto &column : table.columns) {
            const bool inKey = table.primaryKey
                && std::any_of(table.primaryKey->columns.begin(), table.primaryKey->columns.end(),
                               [&column](const std::string &name) { return name == column.name; });
            if (!inKey)
                continue;
            if (withoutRowId)
                column.nullable = false;
            if (!withoutRowId && !isVirtual && !hasKeyIndex
                && table.primaryKey->columns.size() == 1) {
                column.nullable = false;
                column.identity = IdentityKind::ByDefault;
            }
        }

        for (const auto &raw : rawIndexes) {
            std::vector<std::string> names;
            for (const auto &key : raw.keys)
                names.push_back(key.name);
            if (raw.origin == "u") {
                KeyConstraint key {.columns = names};
                if (const auto *declared = findConstraint(parsed, ConstraintKind::Unique, names))
                    key.name = declared->name;
                table.uniqueKeys.push_back(std::move(key));
            } else if (raw.origin == "c") {
                table.indexes.push_back(makeIndex(raw));
            }
        }

        const auto foreignKeysIt = m_raw.foreignKeys.find(object.name);
        if (foreignKeysIt != m_raw.foreignKeys.end())
            table.foreignKeys = makeForeignKeys(foreignKeysIt->second, parsed);

        if (parsed) {
            for (const auto &constraint : parsed->constraints) {
                if (constraint.kind == ConstraintKind::Check)
                    table.checks.push_back({constraint.name, constraint.expression});
            }
        }
        if (const auto it = m_raw.rowEstimates.find(object.name); it != m_raw.rowEstimates.end())
            table.rowEstimate = it->second;
        if (const auto it = m_raw.sizes.find(object.name); it != m_raw.sizes.end())
            table.sizeBytes = it->second;
        return table;
    }

    Index makeIndex(const RawIndex &raw) const
    {
        Index index;
        index.name = raw.name;
        index.unique = raw.unique;
        index.method = "btree";
        std::optional<ParsedIndex> parsed;
        if (const auto it = m_raw.indexSql.find(raw.name); it != m_raw.indexSql.end())
            parsed = parseCreateIndex(it->second);
        if (parsed && raw.partial)
            index.predicate = parsed->predicate;
        for (size_t i = 0; i < raw.keys.size(); ++i) {
            const auto &key = raw.keys[i];
            IndexColumn column;
            column.descending = key.descending;
            if (key.columnId >= 0)
                column.name = key.name;
            else if (parsed && i < parsed->columns.size())
                column.expression = parsed->columns[i].expression;
            else
                column.expression = key.columnId == -1 ? "rowid" : "";
            index.columns.push_back(std::move(column));
        }
        return index;
    }

    std::vector<ForeignKey> makeForeignKeys(const std::vector<RawForeignKey> &rawKeys,
                                            const ParsedTable *parsed) const
    {
        // pragma_foreign_key_list numbers the keys last-declared first; list them in the
        // order the statement declares them.
        std::vector<std::pair<size_t, ForeignKey>> ordered;
        for (const auto &raw : rawKeys) {
            ForeignKey key;
            key.columns = raw.from;
            key.referencedSchema = MainSchema;
            key.referencedTable = raw.table;
            key.onUpdate = referentialActionFromName(raw.onUpdate);
            key.onDelete = referentialActionFromName(raw.onDelete);
            const bool implicitColumns
                = std::all_of(raw.to.begin(), raw.to.end(), [](const auto &to) { return !to; });
            if (implicitColumns) {
                key.referencedColumns = primaryKeyColumns(raw.table);
            } else {
                for (const auto &to : raw.to)
                    key.referencedColumns.push_back(to.value_or(std::string()));
            }
            size_t position = std::numeric_limits<size_t>::max() - size_t(raw.id);
            if (parsed) {
                for (size_t i = 0; i < parsed->constraints.size(); ++i) {
                    const auto &constraint = parsed->constraints[i];
                    if (constraint.kind == ConstraintKind::ForeignKey
                        && sameColumns(constraint.columns, key.columns)
                        && sameIdentifier(constraint.referencedTable, key.referencedTable)) {
                        key.name = constraint.name;
                        position = i;
                        break;
                    }
                }
            }
            ordered.emplace_back(position, std::move(key));
        }
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        std::vector<ForeignKey> keys;
        for (auto &[position, key] : ordered)
            keys.push_back(std::move(key));
        return keys;
    }

    /// The primary key columns of a table (for REFERENCES t without a column list).
    std::vector<std::string> primaryKeyColumns(const std::string &tableName) const
    {
        for (const auto &[name, columns] : m_raw.columns) {
            if (!sameIdentifier(name, tableName))
                continue;
            std::vector<std::pair<int, std::string>> keyColumns;
            for (const auto &column : columns) {
                if (column.primaryKeyPosition > 0)
                    keyColumns.emplace_back(column.primaryKeyPosition, column.name);
            }
            std::sort(keyColumns.begin(), keyColumns.end());
            std::vector<std::string> names;
            for (const auto &[position, column] : keyColumns)
                names.push_back(column);
            return names;
        }
        return {};
    }

    Result<Catalog> assemble()
    {
        Catalog catalog;
        catalog.dialect = Dialect::Sqlite;
        catalog.product = "SQLite";
        catalog.sqlDialect = SqlDialect::Sqlite;
        catalog.serverVersion = sqlite3_libversion();
        catalog.database = m_spec.path;

        Schema schema;
        schema.name = MainSchema;
        std::set<std::string> tableNames;
        for (const auto &object : m_raw.objects) {
            if (object.type == "table" && isIncludedTable(object)) {
                std::optional<ParsedTable> parsed;
                if (object.sql)
                    parsed = parseCreateTable(*object.sql);
                schema.tables.push_back(makeTable(object, parsed ? &*parsed : nullptr));
                tableNames.insert(object.name);
                if (parsed)
                    addSequence(schema, object.name, *parsed);
            } else if (object.type == "view") {
                View view;
                view.name = object.name;
                if (object.sql) {
                    const auto parsed = parseCreateView(*object.sql);
                    view.definition = parsed ? parsed->select : *object.sql;
                }
                if (const auto it = m_raw.columns.find(object.name); it != m_raw.columns.end())
                    view.columns = makeColumns(it->second, nullptr);
                schema.views.push_back(std::move(view));
                tableNames.insert(object.name);
            }
        }
        for (const auto &object : m_raw.objects) {
            if (object.type != "trigger" || !tableNames.contains(object.tableName))
                continue;
            Trigger trigger;
            trigger.name = object.name;
            trigger.table = object.tableName;
            if (const auto parsed = object.sql ? parseCreateTrigger(*object.sql) : std::nullopt) {
                trigger.timing = parsed->timing;
                trigger.events = {parsed->event};
                trigger.updateColumns = parsed->updateColumns;
                trigger.forEachRow = parsed->forEachRow;
                trigger.condition = parsed->condition;
                trigger.body = parsed->body;
            } else if (object.sql) {
                trigger.body = *object.sql;
            }
            schema.triggers.push_back(std::move(trigger));
        }
        catalog.schemas.push_back(std::move(schema));
        return catalog;
    }

    void addSequence(Schema &schema, const std::string &tableName, const ParsedTable &parsed)
    {
        for (const auto &column : parsed.columns) {
            if (!column.autoIncrement)
                continue;
            Sequence sequence;
            sequence.name = tableName;
            sequence.dataType = "INTEGER";
            sequence.start = 1;
            sequence.increment = 1;
            sequence.maxValue = std::numeric_limits<int64_t>::max();
            if (const auto it = m_raw.sequenceValues.find(tableName);
                it != m_raw.sequenceValues.end())
                sequence.currentValue = it->second;
            sequence.ownedBy = tableName + "." + column.name;
            schema.sequences.push_back(std::move(sequence));
        }
    }

    const Connection &m_connection;
    const ConnectionSpec &m_spec;
    const CatalogFilter &m_filter;
    RawCatalog m_raw;
};

} // namespace

Result<Catalog> readCatalog(const Connection &connection, const ConnectionSpec &spec,
                            const CatalogFilter &filter)
{
    for (const auto &schema : filter.schemas) {
        if (!sameIdentifier(schema, MainSchema)) {
            // SQLite calls schemas databases (main, temp, attached ones), as MySQL does.
            Error error;
            error.code = ErrorCode::DatabaseNotFound;
            error.action = ErrorAction::FixConfiguration;
            error.message
                = EngineTr::tr("The SQLite database %1 has no schema '%2'.")
                      .arg(QString::fromStdString(spec.path), QString::fromStdString(schema))
                      .toStdString();
            error.hint = EngineTr::tr("A SQLite database file has one schema, main: leave the "
                                      "schema out or ask for main.")
                             .toStdString();
            error.location = spec.path;
            return error;
        }
    }

    // One read transaction: every query sees the same snapshot of the schema.
    auto begin = runQuery(connection, "BEGIN", [](const Statement &) {});
    if (!begin)
        return catalogError(spec, begin.error(), "BEGIN");
    auto catalog = CatalogReader(connection, spec, filter).read();
    (void)runQuery(connection, "COMMIT", [](const Statement &) {});
    return catalog;
}

} // namespace ferry::sqlite
