// SPDX-License-Identifier: MIT
#include "engine/connectors/postgres/postgres_catalog_reader.h"

#include "engine/connectors/postgres/postgres_session.h"
#include "engine/connectors/postgres/postgres_sql.h"
#include "engine/core/tr.h"
#include "engine/types/postgres_types.h"

#include <unordered_map>

namespace ferry::postgres {

namespace {

// Every query takes the same three parameters, so the schema filter is bound, never spliced:
// $1 bool "filter by name", $2 text[] the names, $3 bool "include system schemas".
std::string schemaFilter(const char *namespaceAlias)
{
    const std::string n = namespaceAlias;
    return "(CASE WHEN $1 THEN " + n + ".nspname = ANY ($2::text[]) ELSE ($3 OR (" + n
        + ".nspname NOT IN ('pg_catalog', 'information_schema') AND " + n
        + ".nspname NOT LIKE 'pg\\_toast%' AND " + n
        + ".nspname NOT LIKE 'pg\\_temp\\_%')) "
          "END)";
}

/// Objects created by CREATE EXTENSION belong to the extension, not to the user's schema.
std::string notFromExtension(const char *catalog, const std::string &oidExpression)
{
    return "NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = '" + std::string(catalog)
        + "'::regclass AND x.objid = " + oidExpression + " AND x.deptype = 'e')";
}

std::string text(const pqxx::field &field)
{
    return field.is_null() ? std::string() : std::string(field.c_str());
}

std::optional<std::string> optionalText(const pqxx::field &field)
{
    if (field.is_null())
        return std::nullopt;
    return std::string(field.c_str());
}

std::optional<int64_t> optionalInteger(const pqxx::field &field)
{
    if (field.is_null())
        return std::nullopt;
    return field.as<long long>();
}

uint32_t oidOf(const pqxx::field &field)
{
    return field.is_null() ? 0u : uint32_t(field.as<unsigned long>());
}

char charOf(const pqxx::field &field)
{
    const char *value = field.c_str();
    return field.is_null() || !value[0] ? '\0' : value[0];
}

/// The enumerator a pg_catalog one-letter code stands for; `otherwise` for any other letter.
template<typename Kind>
Kind kindOf(char code, std::initializer_list<std::pair<char, Kind>> codes, Kind otherwise)
{
    for (const auto &[letter, kind] : codes) {
        if (letter == code)
            return kind;
    }
    return otherwise;
}

bool boolOf(const pqxx::field &field) { return !field.is_null() && field.as<bool>(); }

ReferentialAction referentialAction(char code)
{
    switch (code) {
    case 'r':
        return ReferentialAction::Restrict;
    case 'c':
        return ReferentialAction::Cascade;
    case 'n':
        return ReferentialAction::SetNull;
    case 'd':
        return ReferentialAction::SetDefault;
    default:
        return ReferentialAction::NoAction;
    }
}

/// The end of the parenthesized expression starting at text[open] == '(' (the index of its
/// closing parenthesis), skipping quoted literals and identifiers; npos when unbalanced.
size_t closingParenthesis(const std::string &text, size_t open)
{
    int depth = 0;
    for (size_t at = open; at < text.size(); ++at) {
        const char c = text[at];
        if (c == '\'' || c == '"') {
            const size_t end = text.find(c, at + 1); // doubled quotes re-enter here: harmless
            if (end == std::string::npos)
                return std::string::npos;
            at = end;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            return at;
        }
    }
    return std::string::npos;
}

/// Splits pg_get_triggerdef's text into the WHEN condition and the action: what follows
/// "FOR EACH ROW|STATEMENT " is "[WHEN (condition) ]EXECUTE FUNCTION f(args)".
void splitTriggerAction(const std::string &definition, bool forEachRow, Trigger &trigger)
{
    const std::string marker = forEachRow ? " FOR EACH ROW " : " FOR EACH STATEMENT ";
    const size_t at = definition.find(marker);
    if (at == std::string::npos) {
        trigger.body = definition;
        return;
    }
    std::string action = definition.substr(at + marker.size());
    const std::string when = "WHEN (";
    if (action.rfind(when, 0) == 0) {
        const size_t open = when.size() - 1;
        const size_t close = closingParenthesis(action, open);
        if (close != std::string::npos) {
            trigger.condition = action.substr(open + 1, close - open - 1);
            action.erase(0, close + 1);
            while (!action.empty() && action.front() == ' ')
                action.erase(0, 1);
        }
    }
    trigger.body = action;
}

class Reader
{
public:
    Reader(pqxx::transaction_base &transaction, int serverVersion, const CatalogFilter &filter)
        : m_transaction(transaction)
        , m_version(serverVersion)
        , m_useNames(!filter.schemas.empty())
        , m_names(textArrayLiteral(filter.schemas))
        , m_includeSystem(filter.includeSystemSchemas)
    {
    }

    void read(Catalog &catalog)
    {
        readTypeRegistry();
        readSchemas(catalog);
        readRelations();
        readUserTypes();
        readDomainChecks();
        readColumns();
        readConstraints();
        readIndexes();
        readRoutines();
        readTriggers();
        readSequences();
    }

private:
    pqxx::result query(const std::string &sql)
    {
        return m_transaction.exec_params(sql, m_useNames, m_names, m_includeSystem);
    }

    Schema *schemaNamed(const std::string &name)
    {
        auto it = m_schemas.find(name);
        return it == m_schemas.end() ? nullptr : it->second;
    }

    /// Runs sql and hands each row to read with the schema that the row's column `column`
    /// names; rows of schemas outside the filter are skipped.
    template<typename Read> void forEachInSchema(const std::string &sql, int column, Read read)
    {
        for (const pqxx::row &row : query(sql)) {
            if (Schema *schema = schemaNamed(text(row[column])))
                read(*schema, row);
        }
    }

    /// Runs sql and hands each row to read with the object of `objects` that the OID in the
    /// row's first column names; rows of other objects are skipped.
    template<typename Object, typename Read>
    void forEachOf(const std::string &sql, const std::unordered_map<uint32_t, Object *> &objects,
                   Read read)
    {
        for (const pqxx::row &row : query(sql)) {
            if (auto it = objects.find(oidOf(row[0])); it != objects.end())
                read(*it->second, row);
        }
    }

    void readTypeRegistry()
    {
        // All types, not only the filtered schemas': columns use types from anywhere.
        const pqxx::result types = m_transaction.exec(
            "SELECT t.oid, n.nspname, t.typname, t.typtype, t.typcategory, t.typelem, "
            "t.typbasetype, t.typtypmod, r.rngsubtype "
            "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
            "LEFT JOIN pg_range r ON r.rngtypid = t.oid");
        std::unordered_map<uint32_t, std::vector<std::string>> labels;
        const pqxx::result enums = m_transaction.exec(
            "SELECT enumtypid, enumlabel FROM pg_enum ORDER BY enumtypid, enumsortorder");
        for (const auto &row : enums)
            labels[oidOf(row[0])].push_back(text(row[1]));
        for (const auto &row : types) {
            PgTypeInfo info;
            info.oid = oidOf(row[0]);
            info.schema = text(row[1]);
            info.name = text(row[2]);
            info.kind = charOf(row[3]);
            info.category = charOf(row[4]);
            info.element = oidOf(row[5]);
            info.baseType = oidOf(row[6]);
            info.baseTypmod = row[7].is_null() ? -1 : row[7].as<int>();
            info.rangeSubtype = oidOf(row[8]);
            if (info.kind == 'e') {
                auto it = labels.find(info.oid);
                if (it != labels.end())
                    info.labels = std::move(it->second);
            }
            m_types.add(std::move(info));
        }
    }

    void readSchemas(Catalog &catalog)
    {
        const pqxx::result rows = query("SELECT n.nspname FROM pg_namespace n WHERE "
                                        + schemaFilter("n") + " ORDER BY n.nspname");
        for (const auto &row : rows) {
            Schema schema;
            schema.name = text(row[0]);
            catalog.schemas.push_back(std::move(schema));
        }
        for (Schema &schema : catalog.schemas)
            m_schemas.emplace(schema.name, &schema);
    }

    void readRelations()
    {
        // Partitioned tables have no storage of their own: their row estimate and size are the
        // sums over all their partitions (recursively); partitions themselves are not listed.
        const std::string sql
            = "WITH RECURSIVE tree(root, rel) AS ("
              "  SELECT c.oid, c.oid FROM pg_class c WHERE c.relkind = 'p'"
              "  UNION ALL SELECT tree.root, i.inhrelid FROM tree"
              "  JOIN pg_inherits i ON i.inhparent = tree.rel), "
              "totals AS (SELECT tree.root, "
              "  sum(CASE WHEN pc.reltuples >= 0 THEN pc.reltuples END)::bigint AS tuples, "
              "  sum(pg_total_relation_size(pc.oid))::bigint AS bytes "
              "  FROM tree JOIN pg_class pc ON pc.oid = tree.rel AND pc.relkind <> 'p' "
              "  GROUP BY tree.root) "
              "SELECT c.oid, n.nspname, c.relname, c.relkind, d.description, "
              "  CASE WHEN c.relkind = 'p' THEN t.tuples "
              "       WHEN c.reltuples >= 0 THEN c.reltuples::bigint END, "
              "  CASE WHEN c.relkind = 'p' THEN coalesce(t.bytes, 0) "
              "       WHEN c.relkind = 'r' THEN pg_total_relation_size(c.oid) END, "
              "  CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END "
              "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
              "LEFT JOIN totals t ON t.root = c.oid "
              "LEFT JOIN pg_description d ON d.objoid = c.oid "
              "  AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0 "
              "WHERE c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition AND "
            + schemaFilter("n") + " AND " + notFromExtension("pg_class", "c.oid")
            + " ORDER BY n.nspname, c.relname";
        struct Pending
        {
            uint32_t oid;
            Schema *schema;
            bool isView;
            size_t index;
        };
        std::vector<Pending> pending;
        forEachInSchema(sql, 1, [&](Schema &schema, const pqxx::row &row) {
            const char kind = charOf(row[3]);
            if (kind == 'v' || kind == 'm') {
                View view;
                view.name = text(row[2]);
                view.materialized = kind == 'm';
                view.comment = text(row[4]);
                view.definition = text(row[7]);
                schema.views.push_back(std::move(view));
                pending.push_back({oidOf(row[0]), &schema, true, schema.views.size() - 1});
            } else {
                Table table;
                table.name = text(row[2]);
                table.comment = text(row[4]);
                table.rowEstimate = optionalInteger(row[5]);
                table.sizeBytes = optionalInteger(row[6]);
                schema.tables.push_back(std::move(table));
                pending.push_back({oidOf(row[0]), &schema, false, schema.tables.size() - 1});
            }
        });
        // The vectors are complete now; pointers into them stay valid.
        for (const Pending &item : pending) {
            if (item.isView)
                m_views.emplace(item.oid, &item.schema->views[item.index]);
            else
                m_tables.emplace(item.oid, &item.schema->tables[item.index]);
        }
    }

    void readUserTypes()
    {
        const std::string sql
            = "SELECT t.oid, n.nspname, t.typname, t.typtype, "
              "  CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) "
              "       WHEN t.typtype = 'r' THEN format_type(r.rngsubtype, NULL) END, "
              "  t.typnotnull, t.typdefault, t.typrelid "
              "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
              "LEFT JOIN pg_range r ON r.rngtypid = t.oid "
              "WHERE (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND EXISTS ("
              "  SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind = 'c'))) AND "
            + schemaFilter("n") + " AND " + notFromExtension("pg_type", "t.oid")
            + " ORDER BY n.nspname, t.typname";
        struct Pending
        {
            uint32_t oid;
            uint32_t relation;
            Schema *schema;
            size_t index;
        };
        std::vector<Pending> pending;
        forEachInSchema(sql, 1, [&](Schema &schema, const pqxx::row &row) {
            UserType type;
            const uint32_t oid = oidOf(row[0]);
            type.name = text(row[2]);
            type.kind = kindOf(charOf(row[3]),
                               {{'e', UserTypeKind::Enum},
                                {'d', UserTypeKind::Domain},
                                {'r', UserTypeKind::Range}},
                               UserTypeKind::Composite);
            type.baseType = text(row[4]);
            type.nullable = !boolOf(row[5]);
            if (type.kind == UserTypeKind::Domain)
                type.defaultExpression = optionalText(row[6]);
            type.type = m_types.canonicalType(oid, -1);
            if (type.kind == UserTypeKind::Enum)
                type.labels = type.type.labels;
            schema.types.push_back(std::move(type));
            pending.push_back({oid, oidOf(row[7]), &schema, schema.types.size() - 1});
        });
        for (const Pending &item : pending) {
            UserType *type = &item.schema->types[item.index];
            m_userTypes.emplace(item.oid, type);
            if (item.relation)
                m_composites.emplace(item.relation, type);
        }
    }

    void readDomainChecks()
    {
        const std::string sql = "SELECT con.contypid, con.conname, pg_get_expr(con.conbin, 0) "
                                "FROM pg_constraint con JOIN pg_type t ON t.oid = con.contypid "
                                "JOIN pg_namespace n ON n.oid = t.typnamespace "
                                "WHERE con.contype = 'c' AND "
            + schemaFilter("n") + " ORDER BY con.contypid, con.conname";
        forEachOf(sql, m_userTypes, [&](UserType &type, const pqxx::row &row) {
            type.checks.push_back({text(row[1]), text(row[2])});
        });
    }

    void readColumns()
    {
        const std::string generated = m_version >= 120000 ? "a.attgenerated" : "''";
        const std::string sql
            = "SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), "
              "  a.atttypid, a.atttypmod, a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid), "
              "  a.attidentity, "
            + generated
            + ", "
              "  CASE WHEN a.attcollation <> t.typcollation THEN co.collname END, "
              "  ds.description, "
              "  EXISTS (SELECT 1 FROM pg_depend dep JOIN pg_class s ON s.oid = dep.objid "
              "    WHERE dep.classid = 'pg_class'::regclass AND dep.refclassid = "
              "    'pg_class'::regclass AND dep.refobjid = a.attrelid AND dep.refobjsubid = "
              "    a.attnum AND dep.deptype = 'a' AND s.relkind = 'S') "
              "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
              "JOIN pg_namespace n ON n.oid = c.relnamespace "
              "JOIN pg_type t ON t.oid = a.atttypid "
              "LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum "
              "LEFT JOIN pg_collation co ON co.oid = a.attcollation "
              "LEFT JOIN pg_description ds ON ds.objoid = a.attrelid "
              "  AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = a.attnum "
              "WHERE a.attnum > 0 AND NOT a.attisdropped "
              "  AND c.relkind IN ('r', 'p', 'v', 'm', 'c') AND NOT c.relispartition AND "
            + schemaFilter("n") + " ORDER BY a.attrelid, a.attnum";
        const pqxx::result rows = query(sql);
        for (const auto &row : rows) {
            const uint32_t relation = oidOf(row[0]);
            std::vector<Column> *columns = nullptr;
            if (auto table = m_tables.find(relation); table != m_tables.end())
                columns = &table->second->columns;
            else if (auto view = m_views.find(relation); view != m_views.end())
                columns = &view->second->columns;
            else if (auto type = m_composites.find(relation); type != m_composites.end())
                columns = &type->second->attributes;
            if (!columns)
                continue;
            Column column;
            column.ordinal = row[1].as<int>();
            column.name = text(row[2]);
            column.nativeType = text(row[3]);
            column.type = m_types.canonicalType(oidOf(row[4]), row[5].as<int>());
            column.nullable = !boolOf(row[6]);
            const std::optional<std::string> expression = optionalText(row[7]);
            column.identity = kindOf(charOf(row[8]),
                                     {{'a', IdentityKind::Always}, {'d', IdentityKind::ByDefault}},
                                     column.identity);
            if (charOf(row[9]) == 's') {
                column.generatedExpression = expression;
                column.generatedStored = true;
            } else {
                column.defaultExpression = expression;
            }
            column.collation = text(row[10]);
            column.comment = text(row[11]);
            column.autoIncrement = boolOf(row[12]) && column.identity == IdentityKind::None
                && expression && expression->rfind("nextval(", 0) == 0;
            columns->push_back(std::move(column));
        }
    }

    void readConstraints()
    {
        const std::string sql
            = "SELECT con.conrelid, con.conname, con.contype, "
              "  ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord) "
              "    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num "
              "    ORDER BY k.ord), "
              "  fn.nspname, fc.relname, "
              "  ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord) "
              "    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num "
              "    ORDER BY k.ord), "
              "  con.confupdtype, con.confdeltype, "
              "  CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) END "
              "FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid "
              "JOIN pg_namespace n ON n.oid = c.relnamespace "
              "LEFT JOIN pg_class fc ON fc.oid = con.confrelid "
              "LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace "
              "WHERE con.contype IN ('p', 'u', 'f', 'c') AND "
            + schemaFilter("n") + " ORDER BY con.conrelid, con.conname";
        forEachOf(sql, m_tables, [&](Table &table, const pqxx::row &row) {
            const std::string name = text(row[1]);
            std::vector<std::string> columns = parseTextArray(text(row[3]));
            switch (charOf(row[2])) {
            case 'p':
                table.primaryKey = KeyConstraint {name, std::move(columns)};
                break;
            case 'u':
                table.uniqueKeys.push_back({name, std::move(columns)});
                break;
            case 'f': {
                ForeignKey key;
                key.name = name;
                key.columns = std::move(columns);
                key.referencedSchema = text(row[4]);
                key.referencedTable = text(row[5]);
                key.referencedColumns = parseTextArray(text(row[6]));
                key.onUpdate = referentialAction(charOf(row[7]));
                key.onDelete = referentialAction(charOf(row[8]));
                table.foreignKeys.push_back(std::move(key));
                break;
            }
            case 'c':
                table.checks.push_back({name, text(row[9])});
                break;
            default:
                break;
            }
        });
    }

    void readIndexes()
    {
        const std::string keyCount = m_version >= 110000 ? "i.indnkeyatts" : "i.indnatts";
        const std::string keys = "generate_series(0, " + keyCount + " - 1) k";
        const std::string sql
            = "SELECT i.indrelid, ic.relname, i.indisunique, i.indisprimary, am.amname, "
              "  pg_get_expr(i.indpred, i.indrelid), "
              "  ARRAY(SELECT coalesce(a.attname::text, '') FROM "
            + keys
            + " "
              "    LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND i.indkey[k] <> 0 "
              "    AND a.attnum = i.indkey[k] ORDER BY k), "
              "  ARRAY(SELECT CASE WHEN i.indkey[k] = 0 "
              "    THEN pg_get_indexdef(i.indexrelid, k + 1, false) ELSE '' END FROM "
            + keys
            + " "
              "    ORDER BY k), "
              "  ARRAY(SELECT (i.indoption[k] & 1) = 1 FROM "
            + keys
            + " ORDER BY k) "
              "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid "
              "JOIN pg_am am ON am.oid = ic.relam JOIN pg_class c ON c.oid = i.indrelid "
              "JOIN pg_namespace n ON n.oid = c.relnamespace "
              "WHERE "
            + schemaFilter("n") + " ORDER BY i.indrelid, ic.relname";
        forEachOf(sql, m_tables, [&](Table &table, const pqxx::row &row) {
            Index index;
            index.name = text(row[1]);
            index.unique = boolOf(row[2]);
            index.primary = boolOf(row[3]);
            index.method = text(row[4]);
            index.predicate = text(row[5]);
            const std::vector<std::string> names = parseTextArray(text(row[6]));
            const std::vector<std::string> expressions = parseTextArray(text(row[7]));
            const std::vector<std::string> descending = parseTextArray(text(row[8]));
            for (size_t k = 0; k < names.size(); ++k) {
                IndexColumn column;
                column.name = names[k];
                column.expression = k < expressions.size() ? expressions[k] : std::string();
                column.descending = k < descending.size() && descending[k] == "t";
                index.columns.push_back(std::move(column));
            }
            table.indexes.push_back(std::move(index));
        });
    }

    void readRoutines()
    {
        const std::string kind
            = m_version >= 110000 ? "p.prokind" : "CASE WHEN p.proisagg THEN 'a' ELSE 'f' END";
        const std::string standardBody = m_version >= 140000 ? "p.prosqlbody IS NOT NULL" : "false";
        const std::string arguments = "unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) "
                                      "WITH ORDINALITY u(type, k)";
        const std::string sql = "SELECT n.nspname, p.proname, " + kind
            + ", l.lanname, "
              "  ARRAY(SELECT coalesce(p.proargnames[u.k], '') FROM "
            + arguments
            + " ORDER BY u.k), "
              "  ARRAY(SELECT coalesce(p.proargmodes[u.k]::text, 'i') FROM "
            + arguments
            + " ORDER BY u.k), "
              "  ARRAY(SELECT format_type(u.type, NULL) FROM "
            + arguments
            + " ORDER BY u.k), "
              "  CASE WHEN "
            + kind
            + " <> 'p' THEN pg_get_function_result(p.oid) END, "
              "  CASE WHEN "
            + standardBody
            + " THEN pg_get_functiondef(p.oid) ELSE p.prosrc END, "
              "  ag.aggtransfn::regproc::text, format_type(ag.aggtranstype, NULL), "
              "  CASE WHEN ag.aggfinalfn <> 0 THEN ag.aggfinalfn::regproc::text END, "
              "  ag.agginitval "
              "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
              "JOIN pg_language l ON l.oid = p.prolang "
              "LEFT JOIN pg_aggregate ag ON ag.aggfnoid = p.oid "
              "WHERE "
            + schemaFilter("n")
            + " AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = "
              "'pg_proc'::regclass AND x.objid = p.oid AND x.deptype IN ('e', 'i')) "
              "ORDER BY n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)";
        forEachInSchema(sql, 0, [&](Schema &schema, const pqxx::row &row) {
            Routine routine;
            routine.name = text(row[1]);
            routine.kind = kindOf(charOf(row[2]),
                                  {{'p', RoutineKind::Procedure}, {'a', RoutineKind::Aggregate}},
                                  RoutineKind::Function);
            routine.language = text(row[3]);
            const std::vector<std::string> names = parseTextArray(text(row[4]));
            const std::vector<std::string> modes = parseTextArray(text(row[5]));
            const std::vector<std::string> types = parseTextArray(text(row[6]));
            for (size_t k = 0; k < types.size(); ++k) {
                const std::string mode = k < modes.size() ? modes[k] : "i";
                if (mode == "t")
                    continue; // RETURNS TABLE columns are part of the return type
                RoutineArgument argument;
                argument.name = k < names.size() ? names[k] : std::string();
                argument.nativeType = types[k];
                argument.mode = mode == "o" ? "OUT"
                    : mode == "b"           ? "INOUT"
                    : mode == "v"           ? "VARIADIC"
                                            : "IN";
                routine.arguments.push_back(std::move(argument));
            }
            routine.returnType = text(row[7]);
            if (routine.kind == RoutineKind::Aggregate) {
                routine.body = "SFUNC = " + text(row[9]) + ", STYPE = " + text(row[10]);
                if (!row[11].is_null())
                    routine.body += ", FINALFUNC = " + text(row[11]);
                if (!row[12].is_null())
                    routine.body += ", INITCOND = " + quoteLiteral(text(row[12]));
            } else {
                routine.body = text(row[8]);
            }
            schema.routines.push_back(std::move(routine));
        });
    }

    void readTriggers()
    {
        const std::string sql
            = "SELECT n.nspname, c.relname, t.tgname, t.tgtype, pg_get_triggerdef(t.oid, false), "
              "  ARRAY(SELECT a.attname FROM unnest(t.tgattr::int2[]) WITH ORDINALITY k(num, ord) "
              "    JOIN pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = k.num "
              "    ORDER BY k.ord) "
              "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
              "JOIN pg_namespace n ON n.oid = c.relnamespace "
              "WHERE NOT t.tgisinternal AND "
            + schemaFilter("n") + " ORDER BY n.nspname, t.tgname, c.relname";
        constexpr int Row = 1 << 0, Before = 1 << 1, Insert = 1 << 2, Delete = 1 << 3,
                      Update = 1 << 4, Truncate = 1 << 5, Instead = 1 << 6;
        forEachInSchema(sql, 0, [&](Schema &schema, const pqxx::row &row) {
            Trigger trigger;
            trigger.table = text(row[1]);
            trigger.name = text(row[2]);
            const int type = row[3].as<int>();
            trigger.timing = (type & Instead) ? TriggerTiming::InsteadOf
                : (type & Before)             ? TriggerTiming::Before
                                              : TriggerTiming::After;
            if (type & Insert)
                trigger.events.emplace_back("INSERT");
            if (type & Update)
                trigger.events.emplace_back("UPDATE");
            if (type & Delete)
                trigger.events.emplace_back("DELETE");
            if (type & Truncate)
                trigger.events.emplace_back("TRUNCATE");
            trigger.forEachRow = (type & Row) != 0;
            trigger.updateColumns = parseTextArray(text(row[5]));
            splitTriggerAction(text(row[4]), trigger.forEachRow, trigger);
            schema.triggers.push_back(std::move(trigger));
        });
    }

    void readSequences()
    {
        const std::string sql
            = "SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, "
              "  s.seqincrement, s.seqmin, s.seqmax, s.seqcycle, ps.last_value, "
              "  owner_ns.nspname, owner.relname, owner_column.attname "
              "FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid "
              "JOIN pg_namespace n ON n.oid = c.relnamespace "
              "LEFT JOIN pg_sequences ps ON ps.schemaname = n.nspname "
              "  AND ps.sequencename = c.relname "
              "LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid "
              "  AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 "
              "  AND d.deptype IN ('a', 'i') "
              "LEFT JOIN pg_class owner ON owner.oid = d.refobjid "
              "LEFT JOIN pg_namespace owner_ns ON owner_ns.oid = owner.relnamespace "
              "LEFT JOIN pg_attribute owner_column ON owner_column.attrelid = d.refobjid "
              "  AND owner_column.attnum = d.refobjsubid "
              "WHERE "
            + schemaFilter("n") + " AND " + notFromExtension("pg_class", "c.oid")
            + " ORDER BY n.nspname, c.relname";
        forEachInSchema(sql, 0, [&](Schema &schema, const pqxx::row &row) {
            Sequence sequence;
            sequence.name = text(row[1]);
            sequence.dataType = text(row[2]);
            sequence.start = row[3].as<long long>();
            sequence.increment = row[4].as<long long>();
            sequence.minValue = optionalInteger(row[5]);
            sequence.maxValue = optionalInteger(row[6]);
            sequence.cycle = boolOf(row[7]);
            sequence.currentValue = optionalInteger(row[8]);
            if (!row[10].is_null()) {
                const std::string ownerSchema = text(row[9]);
                sequence.ownedBy = (ownerSchema == schema.name ? std::string() : ownerSchema + '.')
                    + text(row[10]) + '.' + text(row[11]);
            }
            schema.sequences.push_back(std::move(sequence));
        });
    }

    pqxx::transaction_base &m_transaction;
    int m_version;
    bool m_useNames;
    std::string m_names;
    bool m_includeSystem;
    PgTypeRegistry m_types;
    std::unordered_map<std::string, Schema *> m_schemas;
    std::unordered_map<uint32_t, Table *> m_tables;
    std::unordered_map<uint32_t, View *> m_views;
    std::unordered_map<uint32_t, UserType *> m_userTypes; ///< by type oid
    std::unordered_map<uint32_t, UserType *> m_composites; ///< composite types by typrelid
};

} // namespace

namespace {

/// A table dropped by someone else while the catalog is read: the catalog snapshot still lists
/// it, but a size function opens it by OID and fails. Reading again sees it gone.
bool droppedMeanwhile(const std::exception &exception)
{
    return std::string_view(exception.what()).find("could not open relation with OID")
           != std::string_view::npos;
}

Result<Catalog> readCatalogOnce(Session &session, const CatalogFilter &filter, bool &dropped)
{
    Catalog catalog;
    catalog.dialect = Dialect::PostgreSql;
    catalog.product = "PostgreSQL";
    catalog.sqlDialect = SqlDialect::PostgreSql;
    catalog.serverVersion = session.serverVersionText();
    try {
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> transaction(session.connection(),
                                                                              "ferry_catalog");
        // As of a task's exported snapshot: the tables it will read, as they are then.
        if (!filter.snapshot.empty())
            transaction.exec0("SET TRANSACTION SNAPSHOT " + transaction.quote(filter.snapshot));
        // Names in expressions and types come out schema-qualified, whatever the role's
        // search_path says, so the catalog reads the same for every user.
        transaction.exec0("SET LOCAL search_path = pg_catalog");
        catalog.database = transaction.exec1("SELECT current_database()")[0].c_str();
        Reader reader(transaction, session.serverVersion(), filter);
        reader.read(catalog);
        transaction.commit();
    } catch (const std::exception &exception) {
        dropped = droppedMeanwhile(exception);
        Error error;
        error.code = ErrorCode::CatalogReadFailed;
        error.action = dynamic_cast<const pqxx::broken_connection *>(&exception)
            ? ErrorAction::Retry
            : ErrorAction::FailTask;
        error.message = EngineTr::tr("Could not read the catalog of PostgreSQL database %1.")
                            .arg(QString::fromStdString(session.database()))
                            .toStdString();
        error.detail = describeException(exception);
        error.hint = EngineTr::tr("The detail names the failing query's error; reading the "
                                  "catalog needs only a login to the database.")
                         .toStdString();
        return error;
    }
    return catalog;
}

} // namespace

Result<Catalog> readCatalog(Session &session, const CatalogFilter &filter)
{
    for (int attempt = 1;; ++attempt) {
        bool dropped = false;
        Result<Catalog> catalog = readCatalogOnce(session, filter, dropped);
        if (catalog || !dropped || attempt == 3 || !filter.snapshot.empty())
            return catalog;
    }
}

} // namespace ferry::postgres
