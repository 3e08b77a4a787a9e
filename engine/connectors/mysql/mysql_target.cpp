// SPDX-License-Identifier: MIT
#include "engine/connectors/mysql/mysql_target.h"

#include "engine/connectors/mysql/mysql_load_support.h"
#include "engine/connectors/mysql/mysql_writer.h"
#include "engine/convert/ddl/mysql_ddl_writer.h"
#include "engine/core/dialect.h"
#include "engine/core/text.h"
#include "engine/core/tr.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace ferry::mysql {

namespace {

using convert::MySqlColumnFacts;
using convert::MySqlKeyContext;
using detail::BoundValue;

/// Every CREATE, ALTER and DROP this connector sends is written by its DDL writer.
const convert::MySqlDdlWriter &writer() { return convert::mySqlDdlWriter(); }

std::string lowered(std::string_view text)
{
    std::string result(text);
    for (char &c : result)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return result;
}

std::vector<BoundValue> textValues(const load::TextRow &parameters)
{
    std::vector<BoundValue> values;
    values.reserve(parameters.size());
    for (const std::optional<std::string> &parameter : parameters)
        values.push_back(parameter ? BoundValue::ofText(*parameter) : BoundValue::null());
    return values;
}

class MySqlTargetSession final : public load::TargetSession
{
public:
    MySqlTargetSession(detail::SessionConnection session, const ConnectionSpec &spec)
        : m_session(std::move(session)), m_serverLocation(serverLocation(spec))
    {
        m_state.mysql = m_session.connection->handle();
        m_state.killer = std::make_shared<detail::QueryKiller>(spec, m_session.connectionId);
        detail::refuseLocalInfileRequests(m_state.mysql);
    }

    /// Asks the server whether LOAD DATA LOCAL is on; off means INSERT and a warning.
    Result<void> checkLocalInfile()
    {
        Result<std::vector<load::TextRow>> rows = query("SELECT @@GLOBAL.local_infile", {});
        if (!rows)
            return rows.error();
        const std::string value = rows->empty() || rows->front().empty() || !rows->front().front()
            ? std::string()
            : lowered(*rows->front().front());
        if (value == "0" || value == "off") {
            m_state.localInfile = false;
            m_state.warnLocalInfileOff(m_serverLocation);
        }
        return {};
    }

    Dialect dialect() const override { return Dialect::MySql; }
    std::string defaultSchema() const override { return m_session.database; }
    std::string serverDescription() const override
    {
        return std::string(m_session.version.product()) + " " + m_session.version.text;
    }

    Result<void> execute(const std::string &sql, const load::TextRow &parameters) override
    {
        if (parameters.empty()) {
            if (auto error = detail::runText(mysql(), sql))
                return failed(EngineTr::tr("A statement on the MySQL/MariaDB target %1 failed."),
                              *error, sql, ErrorAction::FailTask, m_serverLocation);
            return {};
        }
        detail::PreparedStatement statement;
        if (!statement.prepare(mysql(), sql) || !statement.execute(textValues(parameters)))
            return failed(EngineTr::tr("A statement on the MySQL/MariaDB target %1 failed."),
                          statement.error(), sql, ErrorAction::FailTask, m_serverLocation);
        return {};
    }

    Result<std::vector<load::TextRow>> query(const std::string &sql,
                                             const load::TextRow &parameters) override
    {
        std::vector<load::TextRow> rows;
        const QString message = EngineTr::tr("A query on the MySQL/MariaDB target %1 failed.");
        if (parameters.empty()) {
            if (mysql_real_query(mysql(), sql.data(), static_cast<unsigned long>(sql.size())) != 0)
                return failed(message, detail::clientError(mysql()), sql, ErrorAction::FailTask,
                              m_serverLocation);
            MYSQL_RES *result = mysql_store_result(mysql());
            if (!result) {
                if (mysql_field_count(mysql()) != 0)
                    return failed(message, detail::clientError(mysql()), sql, ErrorAction::FailTask,
                                  m_serverLocation);
                return rows;
            }
            appendTextRows(result, rows);
            mysql_free_result(result);
            return rows;
        }
        detail::PreparedStatement statement;
        if (!statement.prepare(mysql(), sql) || !statement.execute(textValues(parameters))
            || !statement.fetchAll(&rows))
            return failed(message, statement.error(), sql, ErrorAction::FailTask, m_serverLocation);
        return rows;
    }

    /// The rows of select (a SELECT ... FROM information_schema.<view>) about one table: the
    /// view's schemaColumn is schema (the current database when empty), TABLE_NAME is table,
    /// and condition (" AND ...") holds where given.
    Result<std::vector<load::TextRow>>
    tableRows(const std::string &select, const std::string &schema, const std::string &table,
              const std::string &condition = {}, const char *schemaColumn = "TABLE_SCHEMA")
    {
        return query(select + " WHERE " + schemaColumn
                         + " = COALESCE(NULLIF(?, ''), DATABASE()) AND TABLE_NAME = ?" + condition,
                     {schema, table});
    }

    Result<void> begin() override { return execute("START TRANSACTION", {}); }
    Result<void> commit() override { return execute("COMMIT", {}); }
    Result<void> rollback() override { return execute("ROLLBACK", {}); }


    Result<bool> tableExists(const std::string &schema, const std::string &table) override
    {
        Result<std::vector<load::TextRow>> rows
            = tableRows("SELECT 1 FROM information_schema.TABLES", schema, table);
        if (!rows)
            return rows.error();
        return !rows->empty();
    }

    Result<void> createSchema(const std::string &schema) override
    {
        if (schema.empty())
            return {};
        return tableStatement(EngineTr::tr("Creating database %1 on the MySQL/MariaDB target "
                                           "failed."),
                              writer().createSchema(schema), schema);
    }

    Result<void> createTable(const load::TargetTable &table, bool withPrimaryKey) override
    {
        std::vector<std::string> warnings;
        convert::CreateTableOptions options;
        options.withPrimaryKey = withPrimaryKey;
        const std::vector<std::string> statements
            = writer().createTable(table, options, &warnings);
        for (const std::string &warning : warnings)
            m_state.addWarning(warning);
        for (const std::string &sql : statements) {
            if (Result<void> done = tableStatement(
                    EngineTr::tr("Creating table %1 on the MySQL/MariaDB target failed."), sql,
                    detail::tableLocation(table.schema, table.name));
                !done)
                return done;
        }
        return {};
    }

    Result<void> dropTable(const std::string &schema, const std::string &table) override
    {
        return tableStatement(EngineTr::tr("Dropping table %1 on the MySQL/MariaDB target "
                                           "failed."),
                              writer().dropTable(schema, table),
                              detail::tableLocation(schema, table));
    }

    Result<void> truncateTable(const std::string &schema, const std::string &table) override
    {
        return tableStatement(EngineTr::tr("Emptying table %1 on the MySQL/MariaDB target "
                                           "failed."),
                              writer().truncateTable(schema, table),
                              detail::tableLocation(schema, table));
    }

    Result<void> deleteRows(const std::string &schema, const std::string &table,
                            const std::optional<load::KeyRange> &range) override
    {
        if (range && !load::isWellFormed(*range))
            return Error {ErrorCode::Internal, ErrorAction::FailTask,
                          "mysql: a key bound does not have one value per key column"};
        const load::SqlCondition where = detail::whereCondition({}, range);
        const std::string sql
            = "DELETE FROM " + quoteQualified(Dialect::MySql, schema, table) + where.where();
        const std::vector<BoundValue> values = detail::boundValues(where);
        const std::string location = detail::tableLocation(schema, table);
        const QString message
            = EngineTr::tr("Deleting rows of %1 on the MySQL/MariaDB target failed.");
        if (values.empty()) {
            if (auto error = detail::runText(mysql(), sql))
                return failed(message, *error, sql, ErrorAction::FailTable, location);
            return {};
        }
        detail::PreparedStatement statement;
        if (!statement.prepare(mysql(), sql) || !statement.execute(values))
            return failed(message, statement.error(), sql, ErrorAction::FailTable, location);
        return {};
    }

    Result<void> addPrimaryKey(const load::TargetTable &table) override
    {
        if (!table.primaryKey || table.primaryKey->columns.empty())
            return {};
        const std::string location = detail::tableLocation(table.schema, table.name);
        Result<std::vector<load::TextRow>> existing
            = tableRows("SELECT 1 FROM information_schema.TABLE_CONSTRAINTS", table.schema,
                        table.name, " AND CONSTRAINT_TYPE = 'PRIMARY KEY'");
        if (!existing)
            return existing.error();
        if (!existing->empty())
            return {}; // created with the table (AUTO_INCREMENT) or by an earlier run
        Result<MySqlKeyContext> context = keyContext(table);
        if (!context)
            return context.error();
        std::vector<std::string> warnings;
        const std::string sql = writer().addPrimaryKey(table, *context, &warnings);
        for (const std::string &warning : warnings)
            m_state.addWarning(warning);
        return tableStatement(EngineTr::tr("Adding the primary key of %1 on the MySQL/MariaDB "
                                           "target failed."),
                              sql, location);
    }

    Result<load::ObjectsOutcome> createIndexes(const load::TargetTable &table) override
    {
        Result<MySqlKeyContext> context = keyContext(table);
        if (!context)
            return context.error();
        Result<std::set<std::string>> existing
            = names("SELECT DISTINCT INDEX_NAME FROM information_schema.STATISTICS", table);
        if (!existing)
            return existing.error();
        load::ObjectsOutcome outcome;
        std::vector<Clause> clauses;
        auto built = [&](const std::string &name) { return existing->count(lowered(name)) > 0; };
        // The writer leaves out (with a warning) what MySQL cannot index.
        for (const KeyConstraint &key : table.uniqueKeys) {
            if (built(key.name))
                continue;
            std::string clause
                = writer().uniqueKeyClause(table, key, *context, &outcome.warnings);
            if (!clause.empty())
                clauses.push_back({std::move(clause), {}, indexMessage(key.name, table)});
        }
        for (const Index &index : table.indexes) {
            if (index.primary || duplicatesUniqueKey(table, index) || built(index.name))
                continue;
            std::string clause = writer().indexClause(table, index, *context, &outcome.warnings);
            if (!clause.empty())
                clauses.push_back({std::move(clause), {}, indexMessage(index.name, table)});
        }
        if (Result<void> altered = alterTable(table, clauses, outcome); !altered)
            return altered.error();
        return outcome;
    }

    Result<load::ObjectsOutcome> createForeignKeys(const load::TargetTable &table) override
    {
        Result<std::set<std::string>> existing
            = names("SELECT CONSTRAINT_NAME FROM information_schema.TABLE_CONSTRAINTS", table,
                    " AND CONSTRAINT_TYPE = 'FOREIGN KEY'");
        if (!existing)
            return existing.error();
        load::ObjectsOutcome outcome;
        std::vector<Clause> clauses;
        for (const ForeignKey &key : table.foreignKeys) {
            if (!key.name.empty() && existing->count(lowered(key.name)))
                continue; // an interrupted run of the task created it
            clauses.push_back({writer().foreignKeyClause(table, key, true, &outcome.warnings),
                               writer().foreignKeyClause(table, key, false, nullptr),
                               EngineTr::tr("Could not create foreign key %1 on %2.")
                                   .arg(qs(key.name.empty() ? std::string("(unnamed)") : key.name),
                                        qs(detail::tableLocation(table.schema, table.name)))
                                   .toStdString()});
        }
        if (Result<void> altered = alterTable(table, clauses, outcome); !altered)
            return altered.error();
        return outcome;
    }

    Result<void> resetIdentity(const load::TargetTable &) override
    {
        // InnoDB sets AUTO_INCREMENT past every explicitly inserted value as rows go in
        // (LOAD DATA and INSERT alike), so there is nothing to move afterwards.
        return {};
    }

    Result<std::vector<load::ExistingForeignKey>>
    foreignKeysInTheWay(const std::string &schema, const std::string &table) override
    {
        // The session runs with foreign_key_checks = 0: keys of other tables referencing this
        // one do not stand in the way, only its own (built again from the plan).
        Result<std::vector<load::TextRow>> rows
            = tableRows("SELECT CONSTRAINT_NAME FROM information_schema.REFERENTIAL_CONSTRAINTS",
                        schema, table, {}, "CONSTRAINT_SCHEMA");
        if (!rows)
            return rows.error();
        std::vector<load::ExistingForeignKey> keys;
        for (const load::TextRow &row : *rows)
            keys.push_back({schema, table, row[0].value_or(""), {}, true});
        return keys;
    }

    Result<void> dropForeignKey(const load::ExistingForeignKey &key) override
    {
        return tableStatement(EngineTr::tr("Dropping a foreign key of %1 on the MySQL/MariaDB "
                                           "target failed."),
                              writer().dropForeignKey(key.schema, key.table, key.name),
                              detail::tableLocation(key.schema, key.table));
    }

    Result<void> restoreForeignKey(const load::ExistingForeignKey &key) override
    {
        return tableStatement(EngineTr::tr("Adding a foreign key of %1 again on the MySQL/MariaDB "
                                           "target failed."),
                              writer().addConstraint(key.schema, key.table, key.name,
                                                     key.definition),
                              detail::tableLocation(key.schema, key.table));
    }

    Result<void> dropIndexesAndKeys(const std::string &schema, const std::string &table,
                                    bool primaryKeyToo) override
    {
        // The primary key stays whatever primaryKeyToo says: addPrimaryKey keeps one that
        // exists, and InnoDB needs it for an AUTO_INCREMENT column.
        (void)primaryKeyToo;
        Result<std::vector<load::TextRow>> rows = tableRows(
            "SELECT DISTINCT INDEX_NAME FROM information_schema.STATISTICS", schema, table);
        if (!rows)
            return rows.error();
        for (const load::TextRow &row : *rows) {
            const std::string name = row[0].value_or("");
            if (name == "PRIMARY")
                continue;
            if (Result<void> dropped = tableStatement(
                    EngineTr::tr("Dropping an index of %1 on the MySQL/MariaDB target failed."),
                    writer().dropIndex(schema, table, name),
                    detail::tableLocation(schema, table));
                !dropped)
                return dropped;
        }
        return {};
    }

    Result<void> alterColumnType(const std::string &schema, const std::string &table,
                                 const load::TargetColumn &column) override
    {
        // MODIFY restates the whole column: the writer keeps what column says of it.
        const std::string type = writer().nativeType(column.type);
        // The message's %1 is the table (tableStatement fills it in).
        return tableStatement(EngineTr::tr("Changing column %2 of %1 to %3 on the MySQL/MariaDB "
                                           "target failed.")
                                  .arg(QStringLiteral("%1"), qs(column.name), qs(type)),
                              writer().alterColumnType(schema, table, column),
                              detail::tableLocation(schema, table));
    }

    Result<std::unique_ptr<load::TableWriter>>
    openWriter(const load::WriteRequest &request) override
    {
        // Spatial columns on the server (a kept table may have them where the plan has text)
        // take the canonical WKT through ST_GeomFromText.
        Result<std::vector<load::TextRow>> rows
            = tableRows("SELECT LOWER(COLUMN_NAME) FROM information_schema.COLUMNS", request.schema,
                        request.table,
                        " AND LOWER(DATA_TYPE) IN ('geometry', 'point',"
                        " 'linestring', 'polygon', 'multipoint', 'multilinestring', 'multipolygon',"
                        " 'geometrycollection', 'geomcollection')");
        if (!rows)
            return rows.error();
        std::vector<bool> spatial;
        for (const load::TargetColumn &column : request.columns) {
            const std::string name = asciiLower(column.name);
            const auto named = [&](const load::TextRow &row) { return row[0] && *row[0] == name; };
            spatial.push_back(std::any_of(rows->begin(), rows->end(), named));
        }
        return detail::makeWriter(m_state, request, spatial);
    }

    std::vector<std::string> warnings() const override
    {
        std::lock_guard<std::mutex> lock(m_state.warningsMutex);
        return m_state.warnings;
    }

private:
    MYSQL *mysql() const { return m_session.connection->handle(); }

    Error failed(const QString &message, const ClientError &error, std::string_view sql,
                 ErrorAction action, const std::string &location) const
    {
        return detail::statementError(message.arg(qs(location)).toStdString(), error, sql, action,
                                      location);
    }

    Result<void> tableStatement(const QString &message, const std::string &sql,
                                const std::string &location)
    {
        if (auto error = detail::runText(mysql(), sql))
            return failed(message, *error, sql, ErrorAction::FailTable, location);
        return {};
    }

    /// The table's columns as the server has them (a kept table may differ from the plan),
    /// and whether long unique keys are hashed (MariaDB 10.4+).
    Result<MySqlKeyContext> keyContext(const load::TargetTable &table)
    {
        Result<std::vector<load::TextRow>> rows
            = tableRows("SELECT COLUMN_NAME, LOWER(DATA_TYPE), CHARACTER_MAXIMUM_LENGTH"
                        " FROM information_schema.COLUMNS",
                        table.schema, table.name);
        if (!rows)
            return rows.error();
        MySqlKeyContext context;
        context.longUniqueKeys = m_session.version.mariaDb && m_session.version.atLeast(10, 4);
        for (const load::TextRow &row : *rows) {
            MySqlColumnFacts column;
            column.name = row[0].value_or("");
            column.dataType = row[1].value_or("");
            column.maxLength = row[2] ? std::atoll(row[2]->c_str()) : -1;
            context.columns.push_back(std::move(column));
        }
        return context;
    }

    static std::string indexMessage(const std::string &name, const load::TargetTable &table)
    {
        return EngineTr::tr("Could not create index %1 on %2.")
            .arg(qs(name.empty() ? std::string("(unnamed)") : name),
                 qs(detail::tableLocation(table.schema, table.name)))
            .toStdString();
    }

    /// Lower-case names from information_schema for the table (sql ends before its WHERE).
    Result<std::set<std::string>> names(const std::string &sql, const load::TargetTable &table,
                                        const std::string &condition = {})
    {
        Result<std::vector<load::TextRow>> rows
            = tableRows(sql, table.schema, table.name, condition);
        if (!rows)
            return rows.error();
        std::set<std::string> out;
        for (const load::TextRow &row : *rows)
            out.insert(lowered(row[0].value_or("")));
        return out;
    }

    static bool duplicatesUniqueKey(const load::TargetTable &table, const Index &index)
    {
        for (const KeyConstraint &key : table.uniqueKeys) {
            if (!index.name.empty() && key.name == index.name)
                return true;
            if (!index.unique || key.columns.size() != index.columns.size())
                continue;
            bool same = true;
            for (size_t i = 0; i < key.columns.size(); ++i)
                same = same && key.columns[i] == index.columns[i].name;
            if (same)
                return true;
        }
        return false;
    }

    /// One clause of an ALTER TABLE that creates one object.
    struct Clause
    {
        std::string sql;
        std::string fallback; ///< tried when the clause's constraint name is taken; or empty
        std::string message;  ///< names the object, for a failure
    };

    /**
     * One ALTER TABLE with every clause (InnoDB reads the table once for all of them); when it
     * fails, each clause alone, so one bad index does not stop the others: those the server
     * refuses go to outcome.failed. A clause whose constraint name is taken by another table
     * (foreign-key names are per database) is tried again as its fallback (unnamed). An Error
     * only when the connection failed.
     */
    Result<void> alterTable(const load::TargetTable &table, const std::vector<Clause> &clauses,
                            load::ObjectsOutcome &outcome)
    {
        if (clauses.empty())
            return {};
        const std::string location = detail::tableLocation(table.schema, table.name);
        const auto alter = [&](const std::string &clause) {
            return writer().alterTable(table.schema, table.name, {clause});
        };
        std::vector<std::string> sql;
        for (const Clause &clause : clauses)
            sql.push_back(clause.sql);
        const std::string all = writer().alterTable(table.schema, table.name, sql);
        const std::optional<ClientError> together = detail::runText(mysql(), all);
        if (!together)
            return {};
        if (detail::isTransient(together->number))
            return detail::statementError(clauses.front().message, *together, all,
                                          ErrorAction::Retry, location);
        for (const Clause &clause : clauses) {
            std::optional<ClientError> error = detail::runText(mysql(), alter(clause.sql));
            const bool nameTaken = error
                && (error->number == 1826 || error->number == 1022 || error->number == 1005
                    || error->number == 1061);
            if (nameTaken && !clause.fallback.empty() && clause.fallback != clause.sql)
                error = detail::runText(mysql(), alter(clause.fallback));
            if (!error)
                continue;
            if (detail::isTransient(error->number))
                return detail::statementError(clause.message, *error, alter(clause.sql),
                                              ErrorAction::Retry, location);
            outcome.failed.push_back(detail::statementError(clause.message, *error,
                                                            alter(clause.sql),
                                                            ErrorAction::FailTable, location));
        }
        return {};
    }

    detail::SessionConnection m_session;
    std::string m_serverLocation;
    detail::TargetState m_state;
};

} // namespace

Result<std::unique_ptr<load::TargetSession>> openMySqlTarget(const ConnectionSpec &spec)
{
    Result<detail::SessionConnection> session
        = detail::openSessionConnection(spec, detail::SessionRole::Target);
    if (!session)
        return session.error();
    auto target = std::make_unique<MySqlTargetSession>(std::move(session.value()), spec);
    if (Result<void> checked = target->checkLocalInfile(); !checked)
        return checked.error();
    return std::unique_ptr<load::TargetSession>(std::move(target));
}

} // namespace ferry::mysql
