// SPDX-License-Identifier: MIT
// Private to the ODBC connector.
#pragma once

#include "engine/catalog/catalog.h"
#include "engine/connectors/odbc/odbc_handles.h"
#include "engine/core/error.h"
#include "engine/types/odbc_types.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ferry::odbc::detail {

/// The DBMS behind the driver, for the few driver-specific refinements.
enum class Flavor { Generic, PostgreSql, MySql, Sqlite };

/// How the driver names the level above tables: schemas (PostgreSQL), catalogs only (MySQL,
/// MariaDB: a database is a catalog) or nothing (SQLite: Ferry calls it "main").
enum class Namespace { Schemas, Catalogs, None };

[[nodiscard]] Flavor flavorOf(const std::string &dbmsName);

/**
 * Reads a Catalog through the ODBC catalog functions of one open Connection.
 *
 * Per schema scope: SQLTables and SQLColumns once (table pattern "%"), SQLProcedures and
 * SQLProcedureColumns once; per table: SQLPrimaryKeys, SQLStatistics and SQLForeignKeys once
 * each (ODBC has no pattern form of these). Results are streamed row by row.
 *
 * Where a driver returns too little, a few whole-schema queries of the DBMS's own catalog
 * refine the result (see refine*() and docs in odbc_catalog_reader.cpp): view definitions,
 * triggers, routine bodies, row estimates, comments, identity/auto-increment and, for
 * MariaDB, the full column type text. All of them bind the schema name as a parameter.
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

    void refinePostgreSql(Schema &schema);
    void refineMySql(Schema &schema);
    void refineSqlite(Schema &schema);
    void readTriggersFromInformationSchema(Schema &schema);
    void readPostgreSqlTriggers(Schema &schema);
    void readRoutinesFromInformationSchema(Schema &schema);

    Schema &schemaNamed(const std::string &name);
    Table *tableNamed(const std::string &schema, const std::string &name);
    View *viewNamed(const std::string &schema, const std::string &name);
    static std::string columnKey(const std::string &schema, const std::string &table,
                                 const std::string &column);

    const Connection &m_connection;
    const ConnectionSpec &m_spec;
    Flavor m_flavor = Flavor::Generic;
    Namespace m_namespace = Namespace::Schemas;
    std::string m_escape;
    std::string m_currentCatalog;
    Catalog m_catalog;
    std::map<std::string, Schema> m_schemas;               ///< by Ferry schema name
    std::vector<TableAddress> m_tables;                    ///< tables and views, SQLTables order
    std::map<std::string, std::map<std::string, size_t>> m_tableIndex; ///< schema -> name -> i
    std::map<std::string, std::map<std::string, size_t>> m_viewIndex;
    std::map<std::string, OdbcTypeInfo> m_typeInfo;        ///< columnKey -> driver's answer
    std::set<std::string> m_requested;                     ///< filter.schemas
};

} // namespace ferry::odbc::detail
