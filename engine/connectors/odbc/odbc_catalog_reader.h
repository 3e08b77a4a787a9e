// SPDX-License-Identifier: MIT
// Private to the ODBC connector.
#pragma once

#include "engine/catalog/catalog.h"
#include "engine/connectors/odbc/odbc_handles.h"
#include "engine/core/error.h"
#include "engine/types/odbc_types.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ferry::odbc::detail {

/// How the driver names the level above tables: schemas (PostgreSQL), catalogs only (MySQL,
/// MariaDB: a database is a catalog) or nothing (SQLite: Ferry calls it "main").
enum class Namespace { Schemas, Catalogs, None };

/**
 * Reads a Catalog through the ODBC catalog functions of one open Connection.
 *
 * Per schema: SQLTables and SQLColumns once (table pattern "%", schema names escaped with
 * SQL_SEARCH_PATTERN_ESCAPE), SQLProcedures and SQLProcedureColumns once; per table:
 * SQLPrimaryKeys, SQLStatistics and SQLForeignKeys once each (ODBC has no pattern form of
 * these). Results are streamed row by row.
 *
 * Where the DBMS behind the driver is known, a few whole-schema queries of its own catalog
 * refine the answer (all bind the schema name as a parameter; a failing one is logged and the
 * ODBC answer kept):
 * - PostgreSQL (psqlODBC): primary/foreign keys and indexes from pg_constraint/pg_index
 *   instead of the per-table functions (~11 ms per table otherwise); view definitions,
 *   comments, row estimates and sizes, identity and generated columns, triggers (pg_trigger),
 *   routine kinds, languages and bodies (information_schema.routines).
 * - MySQL/MariaDB (Connector/ODBC): foreign keys from information_schema (its SQLForeignKeys
 *   takes ~300 ms per table on a server with 2,000 tables); full column type text, fractional
 *   seconds, nullability of AUTO_INCREMENT columns, generated columns, collations, view
 *   definitions, row estimates, triggers and routine bodies.
 * - SQLite (SQLite ODBC): view definitions, triggers and AUTOINCREMENT from sqlite_master.
 *
 * Thread: the thread that owns the connection. Errors: Result with CatalogReadFailed.
 */
class CatalogReader
{
public:
    CatalogReader(const Connection &connection, const ConnectionSpec &spec);

    [[nodiscard]] Result<Catalog> read(const CatalogFilter &filter);

private:
    /// One set of catalog-function arguments covering one or more Ferry schemas.
    struct Scope
    {
        Argument catalog;
        Argument schemaPattern;
        std::string ferrySchema; ///< the one schema meant; empty: any the arguments match
    };
    /// Where a table lives, as the driver wants it back in SQLPrimaryKeys and friends.
    struct TableAddress
    {
        Argument catalog;
        Argument schema;
        std::string ferrySchema;
        std::string name;
        bool isView = false;
    };

    [[nodiscard]] Error failure(const std::string &what, const Statement &statement) const;
    /// Hands each row of a catalog function that ran on statement (`called` is what it
    /// returned), `columns` values each, to read. A function the driver does not support
    /// reads as no rows; failure(function) when it or the fetching failed.
    [[nodiscard]] Result<void> functionRows(const char *function, Statement &statement,
                                            SQLRETURN called, int columns,
                                            const std::function<void(const Row &)> &read) const;
    /// How a query of the DBMS's own catalog went.
    enum class QueryOutcome { NotRun, FetchFailed, Complete };
    /// Runs a query of the DBMS's own catalog with the parameters bound and hands each row of
    /// `columns` values to read. A query that cannot run is logged as `failedLog` ("trigger
    /// query failed:") unless that is null.
    QueryOutcome queryRows(const char *failedLog, const std::string &sql,
                           const std::vector<std::string> &parameters, int columns,
                           const std::function<void(const Row &)> &read) const;
    [[nodiscard]] std::string ferrySchemaOf(const std::optional<std::string> &catalog,
                                            const std::optional<std::string> &schema) const;
    [[nodiscard]] bool isSystemSchema(const std::string &name) const;
    [[nodiscard]] std::string escapePattern(const std::string &name) const;
    [[nodiscard]] Result<std::vector<Scope>> scopes(const CatalogFilter &filter);

    Result<void> readTables(const Scope &scope, const CatalogFilter &filter);
    Result<void> readColumns(const Scope &scope);
    Result<void> readPrimaryKey(const TableAddress &address, Table &table);
    Result<void> readIndexes(const TableAddress &address, Table &table);
    Result<void> readForeignKeys(const TableAddress &address, Table &table);
    Result<void> readRoutines(const Scope &scope);
    /// Routine positions in their schema's list, by (schema, name).
    using RoutineIndex = std::map<std::pair<std::string, std::string>, size_t>;
    /// The arguments and return types of the routines in index (SQLProcedureColumns).
    Result<void> readRoutineArguments(const Scope &scope, Statement &statement,
                                      RoutineIndex &index);

    /// Which per-table ODBC calls a whole-schema query replaced.
    struct BulkKeys
    {
        bool primaryAndForeignKeys = false;
        bool indexes = false;
        bool foreignKeys = false;
    };
    static void finishKeys(Table &table);
    /// Columns and routines: one call per schema that was found or asked for.
    [[nodiscard]] Result<void> readSchemaContents(const CatalogFilter &filter);
    /// Keys and indexes of every table (whole-schema queries where they are known to be faster).
    [[nodiscard]] Result<void> readKeys();
    /// Per-DBMS refinements of each schema (the drivers leave out what the DBMS knows).
    void refineSchemas();
    /// Ordinals per table, names sorted, schemas moved into the catalog.
    void finishCatalog();
    bool readPostgreSqlConstraints(Schema &schema);
    bool readPostgreSqlIndexes(Schema &schema);
    bool readMySqlForeignKeys(Schema &schema);

    void refinePostgreSql(Schema &schema);
    void refineMySql(Schema &schema);
    void refineSqlite(Schema &schema);
    void readTriggersFromInformationSchema(Schema &schema);
    void readPostgreSqlTriggers(Schema &schema);
    void readRoutinesFromInformationSchema(Schema &schema);

    /// Moves each (table name, item) into that table's `member` (a list is appended to);
    /// items of tables the catalog does not hold are dropped.
    template<typename Item, typename Member>
    void moveIntoTables(const std::string &schema, std::vector<std::pair<std::string, Item>> &items,
                        Member Table::*member);
    /// Positions in a schema's list of tables or views: schema -> name -> index.
    using NameIndex = std::map<std::string, std::map<std::string, size_t>>;
    /// The table or view of that name in `list` (found through index); null when unknown.
    template<typename Object>
    Object *named(const NameIndex &index, std::vector<Object> Schema::*list,
                  const std::string &schema, const std::string &name);
    /// Adds a table or view to the schema's `list` and to index; false when it is there already.
    template<typename Object>
    bool addNamed(NameIndex &index, std::vector<Object> Schema::*list, const std::string &schema,
                  const std::string &name, const std::string &comment);
    Schema &schemaNamed(const std::string &name);
    Table *tableNamed(const std::string &schema, const std::string &name);
    View *viewNamed(const std::string &schema, const std::string &name);
    /// The column of a table or view of that name; null when either is unknown.
    Column *columnNamed(const std::string &schema, const std::string &relation,
                        const std::string &name);
    static std::string columnKey(const std::string &schema, const std::string &table,
                                 const std::string &column);

    const Connection &m_connection;
    const ConnectionSpec &m_spec;
    SqlDialect m_sqlDialect = SqlDialect::Generic;
    Namespace m_namespace = Namespace::Schemas;
    std::string m_escape;
    std::string m_currentCatalog;
    Catalog m_catalog;
    std::map<std::string, Schema> m_schemas; ///< by Ferry schema name
    std::vector<TableAddress> m_tables; ///< tables and views, SQLTables order
    NameIndex m_tableIndex;
    NameIndex m_viewIndex;
    std::map<std::string, OdbcTypeInfo> m_typeInfo; ///< columnKey -> driver's answer
    std::set<std::string> m_requested; ///< filter.schemas
};

} // namespace ferry::odbc::detail
