// SPDX-License-Identifier: MIT
// Applying AWS DMS table-mapping rules to a source catalog (engine/mapping/mapping_plan.h):
// selection, filters, transformations, table settings, names, keys and foreign keys.
#include "engine/mapping/mapping_plan.h"
#include "engine/project/dms_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ferry;
using namespace ferry::mapping;

namespace {

// Catalog builders ---------------------------------------------------------------------------

CanonicalType integerType(int width, bool isUnsigned = false)
{
    CanonicalType type;
    type.family = TypeFamily::Integer;
    type.byteWidth = width;
    type.isUnsigned = isUnsigned;
    return type;
}

CanonicalType stringType(int64_t length)
{
    CanonicalType type;
    type.family = TypeFamily::String;
    type.length = length;
    return type;
}

CanonicalType textType()
{
    CanonicalType type;
    type.family = TypeFamily::String;
    type.isLob = true;
    return type;
}

CanonicalType decimalType(int precision, int scale)
{
    CanonicalType type;
    type.family = TypeFamily::Decimal;
    type.precision = precision;
    type.scale = scale;
    return type;
}

CanonicalType floatType(int width)
{
    CanonicalType type;
    type.family = TypeFamily::Float;
    type.byteWidth = width;
    return type;
}

CanonicalType timestampType(int digits)
{
    CanonicalType type;
    type.family = TypeFamily::Timestamp;
    type.fractionalDigits = digits;
    return type;
}

Column column(const std::string &name, const std::string &nativeType, CanonicalType type,
              bool nullable = true)
{
    Column result;
    result.name = name;
    result.nativeType = nativeType;
    result.type = std::move(type);
    result.nullable = nullable;
    return result;
}

Index index(const std::string &name, std::vector<std::string> columns, bool unique = false,
            bool primary = false)
{
    Index result;
    result.name = name;
    result.unique = unique;
    result.primary = primary;
    result.method = "btree";
    for (const std::string &name : columns)
        result.columns.push_back(IndexColumn {name, {}, false, 0});
    return result;
}

ForeignKey foreignKey(const std::string &name, std::vector<std::string> columns,
                      const std::string &schema, const std::string &table,
                      std::vector<std::string> referenced)
{
    ForeignKey key;
    key.name = name;
    key.columns = std::move(columns);
    key.referencedSchema = schema;
    key.referencedTable = table;
    key.referencedColumns = std::move(referenced);
    return key;
}

/**
 * A MariaDB-like source: hr (employees, departments, DMS_audit, view v_staff), sales (orders,
 * order_items) and the system database mysql.
 */
Catalog sampleCatalog()
{
    Catalog catalog;
    catalog.dialect = Dialect::MySql;
    catalog.product = "MariaDB";

    Table employees;
    employees.name = "employees";
    employees.rowEstimate = 1000;
    employees.sizeBytes = 65536;
    employees.columns = {column("emp_id", "int(11)", integerType(4), false),
                         column("first_name", "varchar(50)", stringType(50)),
                         column("last_name", "varchar(50)", stringType(50)),
                         column("email", "varchar(100)", stringType(100), false),
                         column("salary", "decimal(10,2)", decimalType(10, 2)),
                         column("dept_id", "int(11)", integerType(4)),
                         column("notes", "text", textType())};
    employees.columns[0].autoIncrement = true;
    employees.primaryKey = KeyConstraint {"PRIMARY", {"emp_id"}};
    employees.uniqueKeys = {KeyConstraint {"uq_email", {"email"}}};
    employees.indexes
        = {index("PRIMARY", {"emp_id"}, true, true), index("uq_email", {"email"}, true),
           index("ix_name", {"last_name", "first_name"})};
    employees.foreignKeys
        = {foreignKey("fk_emp_dept", {"dept_id"}, "hr", "departments", {"dept_id"})};
    employees.foreignKeys[0].onDelete = ReferentialAction::SetNull;

    Table departments;
    departments.name = "departments";
    departments.columns = {column("dept_id", "int(11)", integerType(4), false),
                           column("name", "varchar(50)", stringType(50), false)};
    departments.columns[0].identity = IdentityKind::ByDefault;
    departments.primaryKey = KeyConstraint {"pk_dept", {"dept_id"}};
    Index lowerName;
    lowerName.name = "ix_dept_lower";
    lowerName.method = "btree";
    lowerName.columns = {IndexColumn {{}, "lower(`name`)", false, 0}};
    departments.indexes = {index("pk_dept", {"dept_id"}, true, true), lowerName};

    Table audit;
    audit.name = "DMS_audit";
    audit.rowEstimate = 5;
    audit.columns
        = {column("id", "bigint(20)", integerType(8), false),
           column("payload", "longtext", textType()), column("ratio", "double", floatType(8))};

    View staff;
    staff.name = "v_staff";
    staff.definition = "select * from employees";

    Schema hr;
    hr.name = "hr";
    hr.tables = {employees, departments, audit};
    hr.views = {staff};

    Table orders;
    orders.name = "orders";
    orders.columns = {column("order_id", "bigint(20)", integerType(8), false),
                      column("emp_id", "int(11)", integerType(4)),
                      column("amount", "decimal(12,2)", decimalType(12, 2)),
                      column("created", "datetime(6)", timestampType(6))};
    orders.primaryKey = KeyConstraint {"PRIMARY", {"order_id"}};
    orders.indexes
        = {index("PRIMARY", {"order_id"}, true, true), index("fk_order_emp", {"emp_id"})};
    orders.foreignKeys = {foreignKey("fk_order_emp", {"emp_id"}, "hr", "employees", {"emp_id"})};

    Table items;
    items.name = "order_items";
    items.columns = {column("order_id", "bigint(20)", integerType(8), false),
                     column("line_no", "int(11)", integerType(4), false),
                     column("qty", "int(11)", integerType(4))};
    items.primaryKey = KeyConstraint {"PRIMARY", {"order_id", "line_no"}};
    items.indexes = {index("PRIMARY", {"order_id", "line_no"}, true, true)};
    items.foreignKeys
        = {foreignKey("fk_item_order", {"order_id"}, "sales", "orders", {"order_id"})};
    items.foreignKeys[0].onDelete = ReferentialAction::Cascade;

    Schema sales;
    sales.name = "sales";
    sales.tables = {orders, items};

    Table user;
    user.name = "user";
    user.columns = {column("Host", "char(255)", stringType(255), false)};
    Schema mysql;
    mysql.name = "mysql";
    mysql.tables = {user};

    catalog.schemas = {hr, mysql, sales};
    return catalog;
}

/// A catalog with the objects the DMS documentation examples name.
Catalog exampleCatalog()
{
    Catalog catalog;
    catalog.dialect = Dialect::PostgreSql;
    const auto table = [](const std::string &name, std::vector<Column> columns) {
        Table result;
        result.name = name;
        result.columns = std::move(columns);
        return result;
    };
    Schema hr {.name = "HR"};
    hr.tables = {
        table("EMPLOYEES",
              {column("empid", "integer", integerType(4), false),
               column("FIRST_NAME", "text", textType()), column("LAST_NAME", "text", textType())}),
        table("SALES",
              {column("SALES_NO", "integer", integerType(4), false),
               column("REGION", "varchar(10)", stringType(10))}),
        table("ORDERS", {column("ORDER_ID", "integer", integerType(4), false)})};
    Schema sample {.name = "DMS_SAMPLE"};
    sample.tables = {table("MLB_DATA", {column("id", "integer", integerType(4))}),
                     table("SEAT", {column("id", "integer", integerType(4))})};
    Schema test {.name = "test"};
    test.tables = {table("Actor",
                         {column("actor_id", "integer", integerType(4), false),
                          column("first_name", "varchar(45)", stringType(45)),
                          column("col_a", "integer", integerType(4)),
                          column("col_b", "integer", integerType(4)),
                          column("Pre_code", "varchar(8)", stringType(8))}),
                   table("ACTOR_DMS", {column("id", "integer", integerType(4))}),
                   table("loadfirst", {column("id", "integer", integerType(4))}),
                   table("loadsecond", {column("id", "integer", integerType(4))})};
    Schema inventory {.name = "inventory"};
    inventory.tables = {table("ITEM",
                              {column("ITEM-NAME", "text", stringType(-1), false),
                               column("BOM-MODEL-NUM", "text", stringType(-1), false),
                               column("BOM-PART-NUM", "text", stringType(-1), false),
                               column("QTY", "integer", integerType(4))})};
    Schema dbo {.name = "dbo"};
    dbo.tables = {table("dms",
                        {column("SALE_AMOUNT", "numeric(12,2)", decimalType(12, 2)),
                         column("SALE_ID", "integer", integerType(4), false)})};
    Schema dmsSample {.name = "dms_sample"};
    dmsSample.tables
        = {table("post_history", {column("id", "bigint", integerType(8))}),
           table("claims", {column("claim_requested_timestamp", "timestamp", timestampType(6))})};
    Schema inv {.name = "INV"};
    inv.tables = {
        table("ITEMS", {column("ID", "integer", integerType(4), false), column("DOC", "bytea", [] {
                            CanonicalType type;
                            type.family = TypeFamily::VarBinary;
                            type.isLob = true;
                            return type;
                        }())})};
    catalog.schemas = {hr, sample, test, inventory, dbo, dmsSample, inv};
    return catalog;
}

PlanOptions postgresTarget()
{
    PlanOptions options;
    options.targetDialect = Dialect::PostgreSql;
    options.targetDefaultSchema = "public";
    return options;
}

// Plan description: the exact plan as text, compared with hand-written expectations -------

std::string joinNames(const std::vector<std::string> &names)
{
    std::string out;
    for (size_t i = 0; i < names.size(); ++i)
        out += (i ? ", " : "") + names[i];
    return out;
}

std::string qualifiedName(const std::string &schema, const std::string &name)
{
    return schema.empty() ? name : schema + "." + name;
}

std::string describe(const TablePlan &table)
{
    std::string out = qualifiedName(table.sourceSchema, table.sourceTable) + " -> "
        + qualifiedName(table.target.schema, table.target.name) + "\n";
    bool consistent = table.target.columns.size() == table.columns.size();
    for (size_t i = 0; i < table.columns.size(); ++i) {
        const ColumnPlan &column = table.columns[i];
        out += "  " + column.target.name + " " + column.target.type.toString();
        if (!column.target.nullable)
            out += " not null";
        if (column.target.autoIncrement)
            out += " auto";
        if (column.source.name.empty())
            out += " = " + (column.expression.empty() ? std::string("NULL") : column.expression);
        else if (column.source.name != column.target.name)
            out += " <- " + column.source.name;
        if (!column.ruleId.empty())
            out += " [rule " + column.ruleId + "]";
        out += "\n";
        if (consistent) {
            const load::TargetColumn &target = table.target.columns[i];
            consistent = target.name == column.target.name && target.type == column.target.type
                && target.nullable == column.target.nullable
                && target.autoIncrement == column.target.autoIncrement;
        }
    }
    if (!consistent)
        out += "  !! target.columns differ from columns\n";
    if (table.target.primaryKey)
        out += "  pk " + table.target.primaryKey->name + " ("
            + joinNames(table.target.primaryKey->columns) + ")\n";
    for (const KeyConstraint &key : table.target.uniqueKeys)
        out += "  unique " + key.name + " (" + joinNames(key.columns) + ")\n";
    for (const Index &index : table.target.indexes) {
        std::vector<std::string> names;
        for (const IndexColumn &column : index.columns)
            names.push_back(column.name.empty() ? column.expression : column.name);
        out += std::string("  ") + (index.unique ? "unique index " : "index ") + index.name + " ("
            + joinNames(names) + ")\n";
    }
    for (const ForeignKey &key : table.target.foreignKeys)
        out += "  fk " + key.name + " (" + joinNames(key.columns) + ") -> "
            + qualifiedName(key.referencedSchema, key.referencedTable) + " ("
            + joinNames(key.referencedColumns) + ") on delete "
            + referentialActionName(key.onDelete) + "\n";
    return out;
}

std::string describe(const MappingPlan &plan)
{
    std::string out;
    for (const TablePlan &table : plan.tables)
        out += describe(table);
    return out;
}

std::string tableNames(const MappingPlan &plan)
{
    std::vector<std::string> names;
    for (const TablePlan &table : plan.tables)
        names.push_back(qualifiedName(table.sourceSchema, table.sourceTable) + "->"
                        + qualifiedName(table.target.schema, table.target.name));
    return joinNames(names);
}

std::string warnings(const MappingPlan &plan)
{
    std::string out;
    for (const std::string &warning : plan.warnings)
        out += warning + "\n";
    return out;
}

const TablePlan *findTable(const MappingPlan &plan, const std::string &schema,
                           const std::string &table)
{
    for (const TablePlan &candidate : plan.tables) {
        if (candidate.sourceSchema == schema && candidate.sourceTable == table)
            return &candidate;
    }
    return nullptr;
}

std::string describeFilters(const std::vector<load::ColumnFilter> &filters)
{
    static const char *const names[]
        = {"ste", "gte", "eq", "noteq", "between", "notbetween", "null", "notnull"};
    std::string out;
    for (const load::ColumnFilter &filter : filters) {
        out += filter.column + ":";
        for (const load::FilterCondition &condition : filter.anyOf) {
            out += std::string(" ") + names[int(condition.op)];
            if (!condition.value.empty())
                out += " " + condition.value;
            if (!condition.start.empty() || !condition.end.empty())
                out += " " + condition.start + ".." + condition.end;
        }
        out += "\n";
    }
    return out;
}

// Rules --------------------------------------------------------------------------------------

/// A DMS table-mapping document parsed by the real importer (as a user's file would be).
Result<project::TableMapping> dmsMapping(const std::string &json)
{
    return project::importDmsTableMappings(json, "table-mappings.json");
}

project::Value toValue(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        return project::Value::boolean(json.toBool());
    case QJsonValue::Double:
        return project::Value::integer(json.toInteger());
    case QJsonValue::String:
        return project::Value::string(json.toString().toStdString());
    case QJsonValue::Array: {
        project::Value::List items;
        for (const QJsonValue &item : json.toArray())
            items.push_back(toValue(item));
        return project::Value::list(std::move(items));
    }
    case QJsonValue::Object: {
        project::Value::Map entries;
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            entries.emplace_back(it.key().toStdString(), toValue(it.value()));
        return project::Value::map(std::move(entries));
    }
    default:
        return {};
    }
}

/// Rules built without the importer's checks, to reach the planner's own validation.
project::TableMapping rawMapping(const char *json)
{
    project::TableMapping mapping;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json));
    for (const QJsonValue &rule : document.object().value(QLatin1String("rules")).toArray())
        mapping.rules.push_back(project::MappingRule {toValue(rule)});
    return mapping;
}

Result<MappingPlan> planWith(const Catalog &catalog, const std::string &json,
                             const PlanOptions &options = postgresTarget())
{
    auto mapping = dmsMapping(json);
    if (!mapping)
        return mapping.error();
    return planMapping(catalog, &*mapping, options);
}

/// `{"rules": [include every hr and sales table, <extra>]}`.
std::string withIncludeAll(const std::string &extra)
{
    return R"({"rules": [{"rule-type": "selection", "rule-id": "1", "rule-name": "1",
        "object-locator": {"schema-name": "%", "table-name": "%"}, "rule-action": "include"},
        )"
        + extra + "]}";
}

QString text(const std::string &value) { return QString::fromStdString(value); }

} // namespace

#define COMPARE_TEXT(actual, expected) QCOMPARE(text(actual), QString::fromUtf8(expected))

/// Unwraps a Result<MappingPlan>, failing the test with the error when there is none.
#define REQUIRE_PLAN(name, expression)                                                             \
    auto name##Result = (expression);                                                              \
    QVERIFY2(name##Result.ok(), name##Result.ok() ? "" : name##Result.error().toString().c_str()); \
    const MappingPlan &name = *name##Result

/// Checks that a Result<MappingPlan> is the ProjectInvalid error of a rule, with that message.
#define REQUIRE_RULE_ERROR(expression, ruleLocation, expectedMessage)                              \
    do {                                                                                           \
        auto result_ = (expression);                                                               \
        QVERIFY2(!result_.ok(), "expected an error, got a plan");                                  \
        QCOMPARE(result_.error().code, ErrorCode::ProjectInvalid);                                 \
        QCOMPARE(result_.error().action, ErrorAction::FixConfiguration);                           \
        COMPARE_TEXT(result_.error().location, ruleLocation);                                      \
        COMPARE_TEXT(result_.error().message, expectedMessage);                                    \
        QVERIFY(!result_.error().hint.empty());                                                    \
    } while (false)

class TestMappingPlan : public QObject
{
    Q_OBJECT

private slots:
    void matchesDmsWildcards_data();
    void matchesDmsWildcards();
    void defaultMappingLoadsEveryNonSystemTable();
    void includeWithWildcardsAndExcludeWinsInAnyOrder();
    void percentNeverSelectsSystemSchemasButExactNamesDo();
    void explicitSelectsExactlyOneTable();
    void explicitLosesToExclude();
    void explicitWithWildcardIsAnError();
    void loadOrderLoadsHigherFirst();
    void filtersCarryEveryOperator();
    void filtersOfSeveralIncludeRulesAreCombined();
    void filterErrorsNameTheRule_data();
    void filterErrorsNameTheRule();
    void namingActionsOnEachTarget_data();
    void namingActionsOnEachTarget();
    void renameValuesExpandVariables();
    void renameVariableErrors();
    void lowestRuleIdWinsPerObject();
    void ruleIdsOrderNumerically();
    void removeColumnUpdatesKeysIndexesAndForeignKeys();
    void renamedColumnsRenameKeysAndDropExpressionIndexes();
    void includeColumnKeepsOnlyIncludedColumns();
    void addColumnAppendsComputedColumns();
    void readAndWriteRequestsLineUp();
    void changeDataTypeMapsEveryDmsType_data();
    void changeDataTypeMapsEveryDmsType();
    void changeDataTypeSelectsColumnsByDataType();
    void changeDataTypeWarnsWhenItNarrows();
    void definePrimaryKeyReplacesTheKey();
    void definePrimaryKeyUniqueIndex();
    void definePrimaryKeyUnknownColumnIsAnError();
    void parallelLoadSettings();
    void parallelLoadErrors_data();
    void parallelLoadErrors();
    void lobSettings();
    void tableSettingsForUnselectedTableIsAWarning();
    void targetSchemaOverridesAndRenameWins();
    void sqliteSourceMainBecomesTargetDefaultSchema();
    void sqliteTargetHasNoSchemas();
    void foreignKeyToExcludedTableIsDropped();
    void foreignKeysReferenceRenamedTargets();
    void twoTablesIntoOneTargetIsAnError();
    void twoColumnsWithOneNameIsAnError();
    void removingEveryColumnIsAnError();
    void unmatchedRulesAreWarnings();
    void viewsAreSkippedWithAWarning();
    void unsupportedRulesAreWarningsOrErrors();
    void invalidRulesAreErrors_data();
    void invalidRulesAreErrors();
    void referenceSelectionExamples();
    void referenceFilterExample();
    void referenceTransformationExamples();
    void referenceTableSettingsExamples();
    void referenceOtherRuleTypes();
};

void TestMappingPlan::matchesDmsWildcards_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matches");
    QTest::newRow("percent alone") << "%"
                                   << "employees" << true;
    QTest::newRow("percent matches empty") << "%"
                                           << "" << true;
    QTest::newRow("prefix") << "DMS%"
                            << "DMS_audit" << true;
    QTest::newRow("prefix is case-sensitive") << "DMS%"
                                              << "dms_audit" << false;
    QTest::newRow("suffix") << "%_DMS"
                            << "ACTOR_DMS" << true;
    QTest::newRow("middle") << "a%c%e"
                            << "abcde" << true;
    QTest::newRow("middle fails") << "a%c%e"
                                  << "abcdf" << false;
    QTest::newRow("exact") << "employees"
                           << "employees" << true;
    QTest::newRow("exact differs") << "employees"
                                   << "employee" << false;
    QTest::newRow("underscore is one character") << "order_items"
                                                 << "orderXitems" << true;
    QTest::newRow("underscore needs a character") << "ab_"
                                                  << "ab" << false;
    QTest::newRow("bracket underscore is literal") << "order[_]items"
                                                   << "orderXitems" << false;
    QTest::newRow("bracket underscore matches underscore") << "order[_]items"
                                                           << "order_items" << true;
    QTest::newRow("set") << "[ab]x"
                         << "bx" << true;
    QTest::newRow("set rejects") << "[ab]x"
                                 << "cx" << false;
    QTest::newRow("range") << "t[a-d]"
                           << "tc" << true;
    QTest::newRow("range rejects") << "t[a-d]"
                                   << "te" << false;
    QTest::newRow("unclosed bracket is literal") << "a[b"
                                                 << "a[b" << true;
    QTest::newRow("hash is literal") << "TEST#_T%"
                                     << "TEST_T1" << false;
    QTest::newRow("underscore matches a multi-byte character") << "caf_"
                                                               << "café" << true;
    QTest::newRow("percent with multi-byte") << "%é"
                                             << "café" << true;
    QTest::newRow("backtracking") << "%a%b"
                                  << "aaab" << true;
    QTest::newRow("empty pattern") << ""
                                   << "x" << false;
}

void TestMappingPlan::matchesDmsWildcards()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(bool, matches);
    QCOMPARE(matchesPattern(pattern.toStdString(), name.toStdString()), matches);
}

void TestMappingPlan::defaultMappingLoadsEveryNonSystemTable()
{
    REQUIRE_PLAN(plan, planMapping(sampleCatalog(), nullptr, postgresTarget()));
    COMPARE_TEXT(describe(plan),
                 "hr.DMS_audit -> hr.DMS_audit\n"
                 "  id integer(8) not null\n"
                 "  payload string(lob)\n"
                 "  ratio float(8)\n"
                 "hr.departments -> hr.departments\n"
                 "  dept_id integer(4) not null auto\n"
                 "  name string(50) not null\n"
                 "  pk pk_dept (dept_id)\n"
                 "  index ix_dept_lower (lower(`name`))\n"
                 "hr.employees -> hr.employees\n"
                 "  emp_id integer(4) not null auto\n"
                 "  first_name string(50)\n"
                 "  last_name string(50)\n"
                 "  email string(100) not null\n"
                 "  salary decimal(10,2)\n"
                 "  dept_id integer(4)\n"
                 "  notes string(lob)\n"
                 "  pk employees_pkey (emp_id)\n"
                 "  unique uq_email (email)\n"
                 "  index ix_name (last_name, first_name)\n"
                 "  fk fk_emp_dept (dept_id) -> hr.departments (dept_id) on delete SET NULL\n"
                 "sales.order_items -> sales.order_items\n"
                 "  order_id integer(8) not null\n"
                 "  line_no integer(4) not null\n"
                 "  qty integer(4)\n"
                 "  pk order_items_pkey (order_id, line_no)\n"
                 "  fk fk_item_order (order_id) -> sales.orders (order_id) on delete CASCADE\n"
                 "sales.orders -> sales.orders\n"
                 "  order_id integer(8) not null\n"
                 "  emp_id integer(4)\n"
                 "  amount decimal(12,2)\n"
                 "  created timestamp(6)\n"
                 "  pk orders_pkey (order_id)\n"
                 "  index fk_order_emp (emp_id)\n"
                 "  fk fk_order_emp (emp_id) -> hr.employees (emp_id) on delete NO ACTION\n");
    COMPARE_TEXT(warnings(plan), "");
    const TablePlan *employees = findTable(plan, "hr", "employees");
    QVERIFY(employees);
    QCOMPARE(employees->rowEstimate, std::optional<int64_t>(1000));
    QCOMPARE(employees->sizeBytes, std::optional<int64_t>(65536));
    QCOMPARE(employees->loadOrder, 0);
    COMPARE_TEXT(employees->selectionRuleId, "");
    QVERIFY(employees->filters.empty());
    QCOMPARE(employees->parallelLoad.type, ParallelLoad::Type::None);
    QVERIFY(!employees->lobSettings);
    QCOMPARE(employees->columns[0].source.nativeType, std::string("int(11)"));
}

void TestMappingPlan::includeWithWildcardsAndExcludeWinsInAnyOrder()
{
    // The exclude rule comes first and has the lower rule-id: it still wins.
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), R"({"rules": [
        {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
         "object-locator": {"schema-name": "hr", "table-name": "D%"}, "rule-action": "exclude"},
        {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
         "object-locator": {"schema-name": "%", "table-name": "%"}, "rule-action": "include"},
        {"rule-type": "selection", "rule-id": "3", "rule-name": "3",
         "object-locator": {"schema-name": "sales", "table-name": "order[_]items"},
         "rule-action": "exclude"}]})"));
    // D% is case-sensitive: DMS_audit goes, departments stays.
    // (exclude also wins over explicit: see explicitLosesToExclude below.)
    COMPARE_TEXT(tableNames(plan),
                 "hr.departments->hr.departments, hr.employees->hr.employees, "
                 "sales.orders->sales.orders");
    // order_items is excluded, so the foreign key of nothing is lost; orders keeps its FK.
    COMPARE_TEXT(findTable(plan, "hr", "employees")->selectionRuleId, "2");
    COMPARE_TEXT(warnings(plan), "");
}

void TestMappingPlan::percentNeverSelectsSystemSchemasButExactNamesDo()
{
    REQUIRE_PLAN(wildcard, planWith(sampleCatalog(), R"({"rules": [
        {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
         "object-locator": {"schema-name": "%", "table-name": "user"},
         "rule-action": "include"}]})"));
    COMPARE_TEXT(tableNames(wildcard), "");
    COMPARE_TEXT(warnings(wildcard), "Rule 1: matches no table of the source.\n");

    REQUIRE_PLAN(exact, planWith(sampleCatalog(), R"({"rules": [
        {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
         "object-locator": {"schema-name": "mysql", "table-name": "%"},
         "rule-action": "include"}]})"));
    COMPARE_TEXT(tableNames(exact), "mysql.user->mysql.user");
}

void TestMappingPlan::explicitSelectsExactlyOneTable()
{
    // `_` is a wildcard for include but not for explicit: order_items names one table.
    Catalog catalog = sampleCatalog();
    Table lookalike;
    lookalike.name = "orderXitems";
    lookalike.columns = {column("id", "int(11)", integerType(4))};
    catalog.schemas[2].tables.push_back(lookalike);
    REQUIRE_PLAN(plan, planWith(catalog, R"({"rules": [
        {"rule-type": "selection", "rule-id": "5", "rule-name": "5",
         "object-locator": {"schema-name": "sales", "table-name": "order_items"},
         "rule-action": "explicit"},
        {"rule-type": "selection", "rule-id": "6", "rule-name": "6",
         "object-locator": {"schema-name": "hr", "table-name": "employees"},
         "rule-action": "explicit", "load-order": "3"}]})"));
    COMPARE_TEXT(tableNames(plan),
                 "hr.employees->hr.employees, "
                 "sales.order_items->sales.order_items");
    COMPARE_TEXT(findTable(plan, "sales", "order_items")->selectionRuleId, "5");
    QCOMPARE(findTable(plan, "hr", "employees")->loadOrder, 3);
    // Neither departments nor orders is selected: their foreign keys go, with warnings.
    COMPARE_TEXT(warnings(plan),
                 "Foreign key fk_emp_dept of table hr.employees is not created: it references "
                 "hr.departments, which is not selected.\n"
                 "Foreign key fk_item_order of table sales.order_items is not created: it "
                 "references sales.orders, which is not selected.\n");

    REQUIRE_PLAN(include, planWith(catalog, R"({"rules": [
        {"rule-type": "selection", "rule-id": "5", "rule-name": "5",
         "object-locator": {"schema-name": "sales", "table-name": "order_items"},
         "rule-action": "include"}]})"));
    // Tables with equal load-order sort by name, byte-wise ('X' < '_').
    COMPARE_TEXT(tableNames(include),
                 "sales.orderXitems->sales.orderXitems, "
                 "sales.order_items->sales.order_items");
}

void TestMappingPlan::explicitLosesToExclude()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), R"({"rules": [
        {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
         "object-locator": {"schema-name": "hr", "table-name": "employees"},
         "rule-action": "explicit"},
        {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
         "object-locator": {"schema-name": "hr", "table-name": "%"},
         "rule-action": "exclude"},
        {"rule-type": "selection", "rule-id": "3", "rule-name": "3",
         "object-locator": {"schema-name": "sales", "table-name": "orders"},
         "rule-action": "explicit"}]})"));
    COMPARE_TEXT(tableNames(plan), "sales.orders->sales.orders");
}

void TestMappingPlan::explicitWithWildcardIsAnError()
{
    REQUIRE_RULE_ERROR(planWith(sampleCatalog(), R"({"rules": [
        {"rule-type": "selection", "rule-id": "7", "rule-name": "7",
         "object-locator": {"schema-name": "hr", "table-name": "emp%"},
         "rule-action": "explicit"}]})"),
                       "rule 7",
                       "An explicit selection rule names one table exactly, but this one has a % "
                       "wildcard.");
}

void TestMappingPlan::loadOrderLoadsHigherFirst()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), R"({"rules": [
        {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
         "object-locator": {"schema-name": "%", "table-name": "%"}, "rule-action": "include"},
        {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
         "object-locator": {"schema-name": "sales", "table-name": "orders"},
         "rule-action": "include", "load-order": 5},
        {"rule-type": "selection", "rule-id": "3", "rule-name": "3",
         "object-locator": {"schema-name": "hr", "table-name": "departments"},
         "rule-action": "include", "load-order": "10"},
        {"rule-type": "selection", "rule-id": "4", "rule-name": "4",
         "object-locator": {"schema-name": "hr", "table-name": "dep%"},
         "rule-action": "include", "load-order": "2"}]})"));
    // Highest load-order of the matching rules; then by schema and table name.
    COMPARE_TEXT(tableNames(plan),
                 "hr.departments->hr.departments, sales.orders->sales.orders, "
                 "hr.DMS_audit->hr.DMS_audit, hr.employees->hr.employees, "
                 "sales.order_items->sales.order_items");
    QCOMPARE(plan.tables[0].loadOrder, 10);
    QCOMPARE(plan.tables[1].loadOrder, 5);
    QCOMPARE(plan.tables[2].loadOrder, 0);
    COMPARE_TEXT(plan.tables[0].selectionRuleId, "1");
}

void TestMappingPlan::filtersCarryEveryOperator()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), R"({"rules": [
        {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
         "object-locator": {"schema-name": "hr", "table-name": "employees"},
         "rule-action": "include",
         "filters": [
           {"filter-type": "source", "column-name": "emp_id", "filter-conditions": [
              {"filter-operator": "ste", "value": "10"},
              {"filter-operator": "lte", "value": "20"},
              {"filter-operator": "gte", "value": 100},
              {"filter-operator": "eq", "value": "7"}]},
           {"filter-type": "source", "column-name": "last_name", "filter-conditions": [
              {"filter-operator": "noteq", "value": "Smith"}]},
           {"filter-type": "source", "column-name": "salary", "filter-conditions": [
              {"filter-operator": "between", "start-value": "1000", "end-value": "2000.50"},
              {"filter-operator": "null"}]},
           {"filter-type": "source", "column-name": "dept_id", "filter-conditions": [
              {"filter-operator": "notbetween", "start-value": "3", "end-value": "4"}]},
           {"filter-type": "source", "column-name": "email", "filter-conditions": [
              {"filter-operator": "notnull"}]}]}]})"));
    QCOMPARE(plan.tables.size(), size_t(1));
    COMPARE_TEXT(describeFilters(plan.tables[0].filters),
                 "emp_id: ste 10 ste 20 gte 100 eq 7\n"
                 "last_name: noteq Smith\n"
                 "salary: between 1000..2000.50 null\n"
                 "dept_id: notbetween 3..4\n"
                 "email: notnull\n");
    // The read request carries the filters to the source.
    COMPARE_TEXT(describeFilters(plan.tables[0].readRequest().filters),
                 describeFilters(plan.tables[0].filters).c_str());
}

void TestMappingPlan::filtersOfSeveralIncludeRulesAreCombined()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), R"({"rules": [
        {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
         "object-locator": {"schema-name": "hr", "table-name": "employees"},
         "rule-action": "include", "filters": [{"filter-type": "source", "column-name": "emp_id",
           "filter-conditions": [{"filter-operator": "gte", "value": "1"}]}]},
        {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
         "object-locator": {"schema-name": "%", "table-name": "employees"},
         "rule-action": "include"},
        {"rule-type": "selection", "rule-id": "3", "rule-name": "3",
         "object-locator": {"schema-name": "hr", "table-name": "employees"},
         "rule-action": "include", "filters": [{"filter-type": "source", "column-name": "dept_id",
           "filter-conditions": [{"filter-operator": "eq", "value": "4"}]}]}]})"));
    COMPARE_TEXT(describeFilters(plan.tables[0].filters), "emp_id: gte 1\ndept_id: eq 4\n");
    COMPARE_TEXT(warnings(plan),
                 "Rules 1, 3 all filter table hr.employees; Ferry applies all "
                 "their filters (AND).\n"
                 "Foreign key fk_emp_dept of table hr.employees is not created: "
                 "it references hr.departments, which is not selected.\n");
}

void TestMappingPlan::filterErrorsNameTheRule_data()
{
    QTest::addColumn<bool>("raw");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown column")
        << false << R"({"rules": [{"rule-type": "selection", "rule-id": "4", "rule-name": "4",
             "object-locator": {"schema-name": "hr", "table-name": "employees"},
             "rule-action": "include", "filters": [{"filter-type": "source",
             "column-name": "EMP_ID", "filter-conditions": [{"filter-operator": "eq",
             "value": "1"}]}]}]})"
        << "rule 4"
        << "The filter names column 'EMP_ID', which table hr.employees does not have.";
    QTest::newRow("lob column")
        << false << R"({"rules": [{"rule-type": "selection", "rule-id": "4", "rule-name": "4",
             "object-locator": {"schema-name": "hr", "table-name": "employees"},
             "rule-action": "include", "filters": [{"filter-type": "source",
             "column-name": "notes", "filter-conditions": [{"filter-operator": "notnull"}]}]}]})"
        << "rule 4"
        << "The filter names LOB column 'notes' of table hr.employees; source filters cannot "
           "test LOB columns.";
    QTest::newRow("filters on exclude")
        << true << R"({"rules": [{"rule-type": "selection", "rule-id": "8", "rule-name": "8",
             "object-locator": {"schema-name": "hr", "table-name": "employees"},
             "rule-action": "exclude", "filters": [{"filter-type": "source",
             "column-name": "emp_id", "filter-conditions": [{"filter-operator": "eq",
             "value": "1"}]}]}]})"
        << "rule 8"
        << "Filters apply only to selection rules with rule-action include.";
    QTest::newRow("filters on explicit")
        << true << R"({"rules": [{"rule-type": "selection", "rule-id": "8", "rule-name": "8",
             "object-locator": {"schema-name": "hr", "table-name": "employees"},
             "rule-action": "explicit", "filters": [{"filter-type": "source",
             "column-name": "emp_id", "filter-conditions": [{"filter-operator": "eq",
             "value": "1"}]}]}]})"
        << "rule 8"
        << "Filters apply only to selection rules with rule-action include.";
    QTest::newRow("two negative conditions")
        << false << R"({"rules": [{"rule-type": "selection", "rule-id": "9", "rule-name": "9",
             "object-locator": {"schema-name": "hr", "table-name": "employees"},
             "rule-action": "include", "filters": [{"filter-type": "source",
             "column-name": "emp_id", "filter-conditions": [{"filter-operator": "noteq",
             "value": "1"}, {"filter-operator": "notnull"}]}]}]})"
        << "rule 9"
        << "The filter on column 'emp_id' has 2 negative conditions; a filter may have only one.";
    QTest::newRow("wildcard table")
        << false << R"({"rules": [{"rule-type": "selection", "rule-id": "10", "rule-name": "10",
             "object-locator": {"schema-name": "hr", "table-name": "emp%"},
             "rule-action": "include", "filters": [{"filter-type": "source",
             "column-name": "emp_id", "filter-conditions": [{"filter-operator": "eq",
             "value": "1"}]}]}]})"
        << "rule 10"
        << "Source filters need an exact table name, but the table-name 'emp%' has a % wildcard.";
    QTest::newRow("between without end")
        << true << R"({"rules": [{"rule-type": "selection", "rule-id": "11", "rule-name": "11",
             "object-locator": {"schema-name": "hr", "table-name": "employees"},
             "rule-action": "include", "filters": [{"filter-type": "source",
             "column-name": "emp_id", "filter-conditions": [{"filter-operator": "between",
             "start-value": "1"}]}]}]})"
        << "rule 11"
        << "The filter operator 'between' on column 'emp_id' needs start-value and end-value.";
    QTest::newRow("unknown operator")
        << true << R"({"rules": [{"rule-type": "selection", "rule-id": "12", "rule-name": "12",
             "object-locator": {"schema-name": "hr", "table-name": "employees"},
             "rule-action": "include", "filters": [{"filter-type": "source",
             "column-name": "emp_id", "filter-conditions": [{"filter-operator": "like",
             "value": "1"}]}]}]})"
        << "rule 12"
        << "Unknown filter-operator 'like'.";
}

void TestMappingPlan::filterErrorsNameTheRule()
{
    QFETCH(bool, raw);
    QFETCH(QString, json);
    QFETCH(QString, location);
    QFETCH(QString, message);
    const QByteArray utf8 = json.toUtf8();
    if (raw) {
        const project::TableMapping mapping = rawMapping(utf8.constData());
        REQUIRE_RULE_ERROR(planMapping(sampleCatalog(), &mapping, postgresTarget()),
                           location.toStdString(), message.toUtf8().constData());
    } else {
        REQUIRE_RULE_ERROR(planWith(sampleCatalog(), utf8.toStdString()), location.toStdString(),
                           message.toUtf8().constData());
    }
}

void TestMappingPlan::namingActionsOnEachTarget_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("expected"); ///< target schema.table.column of hr.employees.last_name

    const auto rule = [](const char *target, const char *locator, const char *rest) {
        return QStringLiteral(R"({"rule-type": "transformation", "rule-id": "2",
            "rule-name": "2", "rule-target": "%1", "object-locator": {%2}, %3})")
            .arg(QLatin1String(target), QLatin1String(locator), QLatin1String(rest));
    };
    const char *schema = R"("schema-name": "hr")";
    const char *table = R"("schema-name": "hr", "table-name": "employees")";
    const char *column = R"("schema-name": "hr", "table-name": "employees",
                            "column-name": "last_name")";

    QTest::newRow("schema rename") << rule("schema", schema, R"("rule-action": "rename",
        "value": "people")") << "people.employees.last_name";
    QTest::newRow("schema uppercase")
        << rule("schema", schema, R"("rule-action": "convert-uppercase")")
        << "HR.employees.last_name";
    QTest::newRow("schema add-prefix") << rule("schema", schema, R"("rule-action": "add-prefix",
        "value": "src_")") << "src_hr.employees.last_name";
    QTest::newRow("schema remove-prefix")
        << rule("schema", schema, R"("rule-action": "remove-prefix", "value": "h")")
        << "r.employees.last_name";
    QTest::newRow("schema replace-prefix") << rule(
        "schema", schema, R"("rule-action": "replace-prefix", "value": "Human", "old-value": "h")")
                                           << "Humanr.employees.last_name";
    QTest::newRow("schema add-suffix") << rule("schema", schema, R"("rule-action": "add-suffix",
        "value": "_old")") << "hr_old.employees.last_name";
    QTest::newRow("schema remove-suffix")
        << rule("schema", schema, R"("rule-action": "remove-suffix", "value": "r")")
        << "h.employees.last_name";
    QTest::newRow("schema replace-suffix") << rule(
        "schema", schema, R"("rule-action": "replace-suffix", "value": "X", "old-value": "r")")
                                           << "hX.employees.last_name";

    QTest::newRow("table rename") << rule("table", table, R"("rule-action": "rename",
        "value": "staff")") << "hr.staff.last_name";
    QTest::newRow("table uppercase")
        << rule("table", table, R"("rule-action": "convert-uppercase")")
        << "hr.EMPLOYEES.last_name";
    QTest::newRow("table lowercase") << rule("table", R"("schema-name": "hr",
        "table-name": "employees")",
                                             R"("rule-action": "convert-lowercase")")
                                     << "hr.employees.last_name";
    QTest::newRow("table add-prefix") << rule("table", table, R"("rule-action": "add-prefix",
        "value": "t_")") << "hr.t_employees.last_name";
    QTest::newRow("table remove-prefix")
        << rule("table", table, R"("rule-action": "remove-prefix", "value": "emp")")
        << "hr.loyees.last_name";
    QTest::newRow("table remove-prefix absent")
        << rule("table", table, R"("rule-action": "remove-prefix", "value": "x")")
        << "hr.employees.last_name";
    QTest::newRow("table replace-prefix") << rule(
        "table", table, R"("rule-action": "replace-prefix", "value": "staff_", "old-value": "emp")")
                                          << "hr.staff_loyees.last_name";
    QTest::newRow("table add-suffix") << rule("table", table, R"("rule-action": "add-suffix",
        "value": "_v2")") << "hr.employees_v2.last_name";
    QTest::newRow("table remove-suffix")
        << rule("table", table, R"("rule-action": "remove-suffix", "value": "ees")")
        << "hr.employ.last_name";
    QTest::newRow("table replace-suffix") << rule(
        "table", table, R"("rule-action": "replace-suffix", "value": "ers", "old-value": "ees")")
                                          << "hr.employers.last_name";

    QTest::newRow("column rename") << rule("column", column, R"("rule-action": "rename",
        "value": "surname")") << "hr.employees.surname";
    QTest::newRow("column uppercase")
        << rule("column", column, R"("rule-action": "convert-uppercase")")
        << "hr.employees.LAST_NAME";
    QTest::newRow("column add-prefix") << rule("column", column, R"("rule-action": "add-prefix",
        "value": "c_")") << "hr.employees.c_last_name";
    QTest::newRow("column remove-prefix")
        << rule("column", column, R"("rule-action": "remove-prefix", "value": "last_")")
        << "hr.employees.name";
    QTest::newRow("column replace-prefix")
        << rule("column", column,
                R"("rule-action": "replace-prefix", "value": "family_", "old-value": "last_")")
        << "hr.employees.family_name";
    QTest::newRow("column add-suffix") << rule("column", column, R"("rule-action": "add-suffix",
        "value": "_txt")") << "hr.employees.last_name_txt";
    QTest::newRow("column remove-suffix")
        << rule("column", column, R"("rule-action": "remove-suffix", "value": "_name")")
        << "hr.employees.last";
    QTest::newRow("column replace-suffix")
        << rule("column", column,
                R"("rule-action": "replace-suffix", "value": "_nm", "old-value": "_name")")
        << "hr.employees.last_nm";
}

void TestMappingPlan::namingActionsOnEachTarget()
{
    QFETCH(QString, rule);
    QFETCH(QString, expected);
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), withIncludeAll(rule.toStdString())));
    const TablePlan *employees = findTable(plan, "hr", "employees");
    QVERIFY(employees);
    const std::string actual = employees->target.schema + "." + employees->target.name + "."
        + employees->columns[2].target.name;
    QCOMPARE(text(actual), expected);
    // Other tables keep their names unless the rule is a schema rule.
    const TablePlan *departments = findTable(plan, "hr", "departments");
    COMPARE_TEXT(departments->target.name, "departments");
    COMPARE_TEXT(departments->target.schema, employees->target.schema);
    COMPARE_TEXT(findTable(plan, "sales", "orders")->target.schema, "sales");
}

void TestMappingPlan::renameValuesExpandVariables()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "schema",
         "object-locator": {"schema-name": "%"}, "rule-action": "rename",
         "value": "migrated_${schema-name}"},
        {"rule-type": "transformation", "rule-id": "3", "rule-name": "3", "rule-target": "table",
         "object-locator": {"schema-name": "sales", "table-name": "%"}, "rule-action": "rename",
         "value": "${schema-name}_${table-name}"},
        {"rule-type": "transformation", "rule-id": "4", "rule-name": "4", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "departments",
                            "column-name": "name"},
         "rule-action": "rename", "value": "${table-name}_${column-name}"})")));
    COMPARE_TEXT(tableNames(plan),
                 "hr.DMS_audit->migrated_hr.DMS_audit, hr.departments->migrated_hr.departments, "
                 "hr.employees->migrated_hr.employees, "
                 "sales.order_items->migrated_sales.sales_order_items, "
                 "sales.orders->migrated_sales.sales_orders");
    COMPARE_TEXT(describe(*findTable(plan, "hr", "departments")),
                 "hr.departments -> migrated_hr.departments\n"
                 "  dept_id integer(4) not null auto\n"
                 "  departments_name string(50) not null <- name [rule 4]\n"
                 "  pk pk_dept (dept_id)\n");
    COMPARE_TEXT(warnings(plan),
                 "Index ix_dept_lower of table hr.departments is not created: its expressions "
                 "name source columns, and rules rename or remove columns of the table.\n");
    // Foreign keys follow the renamed tables and schemas.
    const TablePlan *items = findTable(plan, "sales", "order_items");
    COMPARE_TEXT(items->target.foreignKeys[0].referencedSchema, "migrated_sales");
    COMPARE_TEXT(items->target.foreignKeys[0].referencedTable, "sales_orders");
}

void TestMappingPlan::renameVariableErrors()
{
    REQUIRE_RULE_ERROR(planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "schema",
         "object-locator": {"schema-name": "%"}, "rule-action": "rename",
         "value": "${table-name}"})")),
                       "rule 2",
                       "The variable '${table-name}' is not available when renaming a schema.");
    REQUIRE_RULE_ERROR(planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "3", "rule-name": "3", "rule-target": "table",
         "object-locator": {"schema-name": "%", "table-name": "%"}, "rule-action": "rename",
         "value": "t_${table}"})")),
                       "rule 3", "The variable '${table}' is not available when renaming a table.");
    REQUIRE_RULE_ERROR(planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "3", "rule-name": "3", "rule-target": "table",
         "object-locator": {"schema-name": "%", "table-name": "%"}, "rule-action": "rename",
         "value": "t_${table-name"})")),
                       "rule 3", "The value 't_${table-name' has a '${' without a closing '}'.");
}

void TestMappingPlan::lowestRuleIdWinsPerObject()
{
    // Lowercase every table (rule 3), rename one (rule 7): AWS DMS applies one action per
    // object, the lowest rule-id, so employees is upper-cased and the rename is reported.
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "7", "rule-name": "7", "rule-target": "table",
         "object-locator": {"schema-name": "hr", "table-name": "employees"},
         "rule-action": "rename", "value": "staff"},
        {"rule-type": "transformation", "rule-id": "3", "rule-name": "3", "rule-target": "table",
         "object-locator": {"schema-name": "hr", "table-name": "%"},
         "rule-action": "convert-uppercase"})")));
    COMPARE_TEXT(tableNames(plan),
                 "hr.DMS_audit->hr.DMS_AUDIT, hr.departments->hr.DEPARTMENTS, "
                 "hr.employees->hr.EMPLOYEES, sales.order_items->sales.order_items, "
                 "sales.orders->sales.orders");
    COMPARE_TEXT(warnings(plan),
                 "Rule 7: not applied to hr.employees: rule 3 already applies to it (AWS DMS "
                 "applies one transformation action per object, lowest rule-id first).\n");

    // With the rename first, it wins for employees and the uppercase rule does the rest.
    REQUIRE_PLAN(renameFirst, planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "table",
         "object-locator": {"schema-name": "hr", "table-name": "employees"},
         "rule-action": "rename", "value": "staff"},
        {"rule-type": "transformation", "rule-id": "3", "rule-name": "3", "rule-target": "table",
         "object-locator": {"schema-name": "hr", "table-name": "%"},
         "rule-action": "convert-uppercase"},
        {"rule-type": "transformation", "rule-id": "4", "rule-name": "4", "rule-target": "column",
         "object-locator": {"schema-name": "%", "table-name": "%", "column-name": "%"},
         "rule-action": "convert-uppercase"},
        {"rule-type": "transformation", "rule-id": "5", "rule-name": "5", "rule-target": "column",
         "object-locator": {"schema-name": "sales", "table-name": "%", "column-name": "%_id"},
         "rule-action": "add-suffix", "value": "_x"})")));
    COMPARE_TEXT(tableNames(renameFirst),
                 "hr.DMS_audit->hr.DMS_AUDIT, hr.departments->hr.DEPARTMENTS, "
                 "hr.employees->hr.staff, sales.order_items->sales.order_items, "
                 "sales.orders->sales.orders");
    COMPARE_TEXT(describe(*findTable(renameFirst, "sales", "orders")),
                 "sales.orders -> sales.orders\n"
                 "  ORDER_ID integer(8) not null <- order_id [rule 4]\n"
                 "  EMP_ID integer(4) <- emp_id [rule 4]\n"
                 "  AMOUNT decimal(12,2) <- amount [rule 4]\n"
                 "  CREATED timestamp(6) <- created [rule 4]\n"
                 "  pk orders_pkey (ORDER_ID)\n"
                 "  index fk_order_emp (EMP_ID)\n"
                 "  fk fk_order_emp (EMP_ID) -> hr.staff (EMP_ID) on delete NO ACTION\n");
    COMPARE_TEXT(
        warnings(renameFirst),
        "Index ix_dept_lower of table hr.departments is not created: its expressions "
        "name source columns, and rules rename or remove columns of the table.\n"
        "Rule 3: not applied to hr.employees: rule 2 already applies to it (AWS DMS "
        "applies one transformation action per object, lowest rule-id first).\n"
        "Rule 5: not applied to 3 objects (sales.orders.order_id, "
        "sales.orders.emp_id, sales.order_items.order_id): rules with lower rule-ids already "
        "apply to them (AWS DMS applies one transformation action per object, lowest "
        "rule-id first).\n");
}

void TestMappingPlan::ruleIdsOrderNumerically()
{
    // Rule 9 comes before rule 10 (numbers, not text); ids that are not numbers come last, in
    // document order.
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "rename-it", "rule-name": "a",
         "rule-target": "table", "object-locator": {"schema-name": "hr", "table-name": "DMS_audit"},
         "rule-action": "rename", "value": "audit"},
        {"rule-type": "transformation", "rule-id": "10", "rule-name": "10", "rule-target": "table",
         "object-locator": {"schema-name": "hr", "table-name": "employees"},
         "rule-action": "rename", "value": "staff"},
        {"rule-type": "transformation", "rule-id": 9, "rule-name": "9", "rule-target": "table",
         "object-locator": {"schema-name": "hr", "table-name": "%"},
         "rule-action": "add-suffix", "value": "_t"})")));
    COMPARE_TEXT(tableNames(plan),
                 "hr.DMS_audit->hr.DMS_audit_t, hr.departments->hr.departments_t, "
                 "hr.employees->hr.employees_t, sales.order_items->sales.order_items, "
                 "sales.orders->sales.orders");
    COMPARE_TEXT(warnings(plan),
                 "Rule 10: not applied to hr.employees: rule 9 already applies to it (AWS DMS "
                 "applies one transformation action per object, lowest rule-id first).\n"
                 "Rule rename-it: not applied to hr.DMS_audit: rule 9 already applies to it (AWS "
                 "DMS applies one transformation action per object, lowest rule-id first).\n");
}

void TestMappingPlan::removeColumnUpdatesKeysIndexesAndForeignKeys()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "employees",
                            "column-name": "emp_id"},
         "rule-action": "remove-column"},
        {"rule-type": "transformation", "rule-id": "3", "rule-name": "3", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "employees",
                            "column-name": "%_name"},
         "rule-action": "remove-column"},
        {"rule-type": "transformation", "rule-id": "4", "rule-name": "4", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "employees",
                            "column-name": "email"},
         "rule-action": "remove-column"})")));
    COMPARE_TEXT(describe(*findTable(plan, "hr", "employees")),
                 "hr.employees -> hr.employees\n"
                 "  salary decimal(10,2)\n"
                 "  dept_id integer(4)\n"
                 "  notes string(lob)\n"
                 "  fk fk_emp_dept (dept_id) -> hr.departments (dept_id) on delete SET NULL\n");
    COMPARE_TEXT(describe(*findTable(plan, "sales", "orders")),
                 "sales.orders -> sales.orders\n"
                 "  order_id integer(8) not null\n"
                 "  emp_id integer(4)\n"
                 "  amount decimal(12,2)\n"
                 "  created timestamp(6)\n"
                 "  pk orders_pkey (order_id)\n"
                 "  index fk_order_emp (emp_id)\n");
    COMPARE_TEXT(warnings(plan),
                 "Table hr.employees gets no primary key: rule 2 removes its key column emp_id.\n"
                 "Unique key uq_email of table hr.employees is not created: rule 4 removes its "
                 "column email.\n"
                 "Index ix_name of table hr.employees is not created: rule 3 removes all its "
                 "columns.\n"
                 "Foreign key fk_order_emp of table sales.orders is not created: rule 2 removes "
                 "column emp_id of table hr.employees.\n");

    // An index losing one of its columns keeps the others.
    REQUIRE_PLAN(partial, planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "6", "rule-name": "6", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "employees",
                            "column-name": "first_name"},
         "rule-action": "remove-column"})")));
    const TablePlan *employees = findTable(partial, "hr", "employees");
    QCOMPARE(employees->target.indexes.size(), size_t(1));
    COMPARE_TEXT(employees->target.indexes[0].columns[0].name, "last_name");
    QCOMPARE(employees->target.indexes[0].columns.size(), size_t(1));
    COMPARE_TEXT(warnings(partial),
                 "Index ix_name of table hr.employees loses column "
                 "first_name, which rule 6 removes.\n");
}

void TestMappingPlan::renamedColumnsRenameKeysAndDropExpressionIndexes()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "%", "column-name": "%"},
         "rule-action": "add-prefix", "value": "c_"})")));
    COMPARE_TEXT(describe(*findTable(plan, "hr", "employees")),
                 "hr.employees -> hr.employees\n"
                 "  c_emp_id integer(4) not null auto <- emp_id [rule 2]\n"
                 "  c_first_name string(50) <- first_name [rule 2]\n"
                 "  c_last_name string(50) <- last_name [rule 2]\n"
                 "  c_email string(100) not null <- email [rule 2]\n"
                 "  c_salary decimal(10,2) <- salary [rule 2]\n"
                 "  c_dept_id integer(4) <- dept_id [rule 2]\n"
                 "  c_notes string(lob) <- notes [rule 2]\n"
                 "  pk employees_pkey (c_emp_id)\n"
                 "  unique uq_email (c_email)\n"
                 "  index ix_name (c_last_name, c_first_name)\n"
                 "  fk fk_emp_dept (c_dept_id) -> hr.departments (c_dept_id) on delete SET NULL\n");
    // sales.orders references hr.employees(emp_id), now c_emp_id.
    COMPARE_TEXT(describe(*findTable(plan, "sales", "orders")),
                 "sales.orders -> sales.orders\n"
                 "  order_id integer(8) not null\n"
                 "  emp_id integer(4)\n"
                 "  amount decimal(12,2)\n"
                 "  created timestamp(6)\n"
                 "  pk orders_pkey (order_id)\n"
                 "  index fk_order_emp (emp_id)\n"
                 "  fk fk_order_emp (emp_id) -> hr.employees (c_emp_id) on delete NO ACTION\n");
    COMPARE_TEXT(warnings(plan),
                 "Index ix_dept_lower of table hr.departments is not created: its expressions "
                 "name source columns, and rules rename or remove columns of the table.\n");
}

void TestMappingPlan::includeColumnKeepsOnlyIncludedColumns()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "employees",
                            "column-name": "emp_id"},
         "rule-action": "include-column"},
        {"rule-type": "transformation", "rule-id": "3", "rule-name": "3", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "employees",
                            "column-name": "%_name"},
         "rule-action": "include-column"},
        {"rule-type": "transformation", "rule-id": "4", "rule-name": "4", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "employees",
                            "column-name": "first_name"},
         "rule-action": "remove-column"})")));
    // Rule 3 includes first_name with a lower rule-id than rule 4's removal: it stays.
    COMPARE_TEXT(describe(*findTable(plan, "hr", "employees")),
                 "hr.employees -> hr.employees\n"
                 "  emp_id integer(4) not null auto\n"
                 "  first_name string(50)\n"
                 "  last_name string(50)\n"
                 "  pk employees_pkey (emp_id)\n"
                 "  index ix_name (last_name, first_name)\n");
    // Other tables keep every column.
    QCOMPARE(findTable(plan, "hr", "departments")->columns.size(), size_t(2));
    COMPARE_TEXT(warnings(plan),
                 "Unique key uq_email of table hr.employees is not created: rule 2 removes its "
                 "column email.\n"
                 "Foreign key fk_emp_dept of table hr.employees is not created: rule 2 removes "
                 "column dept_id of table hr.employees.\n"
                 "Rule 4: not applied to hr.employees.first_name: rule 3 already applies to it "
                 "(AWS DMS applies one transformation action per object, lowest rule-id "
                 "first).\n");
}

void TestMappingPlan::addColumnAppendsComputedColumns()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), R"({"rules": [
        {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
         "object-locator": {"schema-name": "hr", "table-name": "employees"},
         "rule-action": "include"},
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "employees"},
         "rule-action": "add-column", "value": "full_name",
         "expression": "$first_name||' '||$last_name",
         "data-type": {"type": "string", "length": 101}},
        {"rule-type": "transformation", "rule-id": "3", "rule-name": "3", "rule-target": "column",
         "object-locator": {"schema-name": "%", "table-name": "%"},
         "rule-action": "add-column", "value": "loaded_at",
         "data-type": {"type": "datetime", "precision": 6}},
        {"rule-type": "transformation", "rule-id": "4", "rule-name": "4", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "employees"},
         "rule-action": "add-column", "value": "stream_position",
         "expression": "$AR_H_STREAM_POSITION || $middle_name || '$not_a_column'",
         "data-type": {"type": "string", "length": 50}}]})"));
    COMPARE_TEXT(describe(plan),
                 "hr.employees -> hr.employees\n"
                 "  emp_id integer(4) not null auto\n"
                 "  first_name string(50)\n"
                 "  last_name string(50)\n"
                 "  email string(100) not null\n"
                 "  salary decimal(10,2)\n"
                 "  dept_id integer(4)\n"
                 "  notes string(lob)\n"
                 "  full_name string(101) = $first_name||' '||$last_name [rule 2]\n"
                 "  loaded_at timestamp(6) = NULL [rule 3]\n"
                 "  stream_position string(50) = $AR_H_STREAM_POSITION || $middle_name || "
                 "'$not_a_column' [rule 4]\n"
                 "  pk employees_pkey (emp_id)\n"
                 "  unique uq_email (email)\n"
                 "  index ix_name (last_name, first_name)\n");
    COMPARE_TEXT(warnings(plan),
                 "Foreign key fk_emp_dept of table hr.employees is not created: it references "
                 "hr.departments, which is not selected.\n"
                 "Rule 4: the expression of column stream_position refers to $middle_name, which "
                 "is not a column read from hr.employees.\n");
}

void TestMappingPlan::readAndWriteRequestsLineUp()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), R"({"rules": [
        {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
         "object-locator": {"schema-name": "sales", "table-name": "orders"},
         "rule-action": "include", "filters": [{"filter-type": "source",
           "column-name": "amount", "filter-conditions": [{"filter-operator": "gte",
           "value": "10"}]}]},
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "table",
         "object-locator": {"schema-name": "sales", "table-name": "orders"},
         "rule-action": "rename", "value": "purchase"},
        {"rule-type": "transformation", "rule-id": "3", "rule-name": "3", "rule-target": "column",
         "object-locator": {"schema-name": "sales", "table-name": "orders",
                            "column-name": "emp_id"},
         "rule-action": "remove-column"},
        {"rule-type": "transformation", "rule-id": "4", "rule-name": "4", "rule-target": "column",
         "object-locator": {"schema-name": "sales", "table-name": "orders",
                            "column-name": "amount"},
         "rule-action": "rename", "value": "total"},
        {"rule-type": "transformation", "rule-id": "5", "rule-name": "5", "rule-target": "column",
         "object-locator": {"schema-name": "sales", "table-name": "orders"},
         "rule-action": "add-column", "value": "origin", "expression": "'legacy'",
         "data-type": {"type": "string", "length": 10}}]})"));
    QCOMPARE(plan.tables.size(), size_t(1));
    const TablePlan &orders = plan.tables[0];
    const load::ReadRequest read = orders.readRequest();
    const load::WriteRequest write = orders.writeRequest();
    COMPARE_TEXT(read.schema, "sales");
    COMPARE_TEXT(read.table, "orders");
    COMPARE_TEXT(write.schema, "sales");
    COMPARE_TEXT(write.table, "purchase");
    QVERIFY(!read.range);
    COMPARE_TEXT(describeFilters(read.filters), "amount: gte 10\n");

    std::string readColumns;
    for (const load::ReadColumn &column : read.columns)
        readColumns += column.name + " " + column.nativeType + " " + column.type.toString() + "\n";
    COMPARE_TEXT(readColumns,
                 "order_id bigint(20) integer(8)\n"
                 "amount decimal(12,2) decimal(12,2)\n"
                 "created datetime(6) timestamp(6)\n");
    std::string writeColumns;
    for (const load::TargetColumn &column : write.columns)
        writeColumns += column.name + " " + column.type.toString() + "\n";
    COMPARE_TEXT(writeColumns,
                 "order_id integer(8)\n"
                 "total decimal(12,2)\n"
                 "created timestamp(6)\n"
                 "origin string(10)\n");
    // Read column i feeds write column i; the add-column (no source) comes after them.
    QCOMPARE(orders.columns.size(), write.columns.size());
    size_t readIndex = 0;
    for (size_t i = 0; i < orders.columns.size(); ++i) {
        if (orders.columns[i].source.name.empty()) {
            QCOMPARE(i, size_t(3));
            continue;
        }
        QCOMPARE(text(read.columns[readIndex].name), text(orders.columns[i].source.name));
        ++readIndex;
    }
    QCOMPARE(readIndex, read.columns.size());
}

void TestMappingPlan::changeDataTypeMapsEveryDmsType_data()
{
    QTest::addColumn<QString>("dataType");
    QTest::addColumn<QString>("expected");
    QTest::newRow("string") << R"({"type": "string", "length": 20})"
                            << "string(20)";
    QTest::newRow("string unbounded") << R"({"type": "string"})"
                                      << "string";
    QTest::newRow("wstring") << R"({"type": "wstring", "length": "30"})"
                             << "string(30)";
    QTest::newRow("bytes") << R"({"type": "bytes", "length": 16})"
                           << "varbinary(16)";
    QTest::newRow("int1") << R"({"type": "int1"})"
                          << "integer(1)";
    QTest::newRow("int2") << R"({"type": "int2"})"
                          << "integer(2)";
    QTest::newRow("int4") << R"({"type": "int4"})"
                          << "integer(4)";
    QTest::newRow("int8") << R"({"type": "int8"})"
                          << "integer(8)";
    QTest::newRow("uint1") << R"({"type": "uint1"})"
                           << "integer(1,unsigned)";
    QTest::newRow("uint2") << R"({"type": "uint2"})"
                           << "integer(2,unsigned)";
    QTest::newRow("uint4") << R"({"type": "uint4"})"
                           << "integer(4,unsigned)";
    QTest::newRow("uint8") << R"({"type": "uint8"})"
                           << "integer(8,unsigned)";
    QTest::newRow("numeric") << R"({"type": "numeric", "precision": 38, "scale": 10})"
                             << "decimal(38,10)";
    QTest::newRow("numeric without scale") << R"({"type": "numeric", "precision": "12"})"
                                           << "decimal(12,0)";
    QTest::newRow("numeric unconstrained") << R"({"type": "numeric"})"
                                           << "decimal";
    QTest::newRow("real4") << R"({"type": "real4"})"
                           << "float(4)";
    QTest::newRow("real8") << R"({"type": "real8"})"
                           << "float(8)";
    QTest::newRow("date") << R"({"type": "date"})"
                          << "date";
    QTest::newRow("time") << R"({"type": "time"})"
                          << "time";
    QTest::newRow("datetime") << R"({"type": "datetime", "precision": 3})"
                              << "timestamp(3)";
    QTest::newRow("datetime scale") << R"({"type": "datetime", "scale": 6})"
                                    << "timestamp(6)";
    QTest::newRow("blob") << R"({"type": "blob"})"
                          << "varbinary(lob)";
    QTest::newRow("clob") << R"({"type": "clob"})"
                          << "string(lob)";
    QTest::newRow("nclob") << R"({"type": "nclob"})"
                           << "string(lob)";
    QTest::newRow("boolean") << R"({"type": "boolean"})"
                             << "boolean";
}

void TestMappingPlan::changeDataTypeMapsEveryDmsType()
{
    QFETCH(QString, dataType);
    QFETCH(QString, expected);
    REQUIRE_PLAN(plan,
                 planWith(sampleCatalog(),
                          withIncludeAll(QStringLiteral(R"(
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "employees",
                            "column-name": "emp_id"},
         "rule-action": "change-data-type", "data-type": %1})")
                                             .arg(dataType)
                                             .toStdString())));
    const ColumnPlan &empId = findTable(plan, "hr", "employees")->columns[0];
    QCOMPARE(text(empId.target.type.toString()), expected);
    COMPARE_TEXT(empId.ruleId, "2");
    // The source type is still what the reader reads.
    COMPARE_TEXT(empId.source.type.toString(), "integer(4)");
    // Identity survives only on integer and decimal types.
    const bool numeric = expected.startsWith(QLatin1String("integer"))
        || expected.startsWith(QLatin1String("decimal"));
    QCOMPARE(empId.target.autoIncrement, numeric);
}

void TestMappingPlan::changeDataTypeWarnsWhenItNarrows()
{
    // varchar(50) -> string(4) loses values longer than 4 characters: said before the run.
    // varchar(100) -> string(200) and an integer -> string(4) lose nothing by length.
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "employees",
                            "column-name": "first_name"},
         "rule-action": "change-data-type", "data-type": {"type": "string", "length": 4}},
        {"rule-type": "transformation", "rule-id": "3", "rule-name": "3", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "employees",
                            "column-name": "email"},
         "rule-action": "change-data-type", "data-type": {"type": "string", "length": 200}},
        {"rule-type": "transformation", "rule-id": "4", "rule-name": "4", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "employees",
                            "column-name": "dept_id"},
         "rule-action": "change-data-type", "data-type": {"type": "string", "length": 4}})")));
    COMPARE_TEXT(warnings(plan),
                 "Rule 2: column first_name of table hr.employees narrows from varchar(50) to "
                 "string(4): longer values are rejected into the exceptions table.\n");
}

void TestMappingPlan::changeDataTypeSelectsColumnsByDataType()
{
    // The data-type locator filters by the column's type: a DMS name or the native type.
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "column",
         "object-locator": {"schema-name": "%", "table-name": "%", "column-name": "%",
                            "data-type": "int4"},
         "rule-action": "change-data-type", "data-type": {"type": "int8"}},
        {"rule-type": "transformation", "rule-id": "3", "rule-name": "3", "rule-target": "column",
         "object-locator": {"schema-name": "%", "table-name": "%", "column-name": "%",
                            "data-type": "DECIMAL"},
         "rule-action": "change-data-type", "data-type": {"type": "numeric", "precision": 20,
                                                          "scale": 4}})")));
    COMPARE_TEXT(describe(*findTable(plan, "sales", "orders")),
                 "sales.orders -> sales.orders\n"
                 "  order_id integer(8) not null\n"
                 "  emp_id integer(8) [rule 2]\n"
                 "  amount decimal(20,4) [rule 3]\n"
                 "  created timestamp(6)\n"
                 "  pk orders_pkey (order_id)\n"
                 "  index fk_order_emp (emp_id)\n"
                 "  fk fk_order_emp (emp_id) -> hr.employees (emp_id) on delete NO ACTION\n");
    COMPARE_TEXT(describe(*findTable(plan, "sales", "order_items")),
                 "sales.order_items -> sales.order_items\n"
                 "  order_id integer(8) not null\n"
                 "  line_no integer(8) not null [rule 2]\n"
                 "  qty integer(8) [rule 2]\n"
                 "  pk order_items_pkey (order_id, line_no)\n"
                 "  fk fk_item_order (order_id) -> sales.orders (order_id) on delete CASCADE\n");
    COMPARE_TEXT(warnings(plan), "");
}

void TestMappingPlan::definePrimaryKeyReplacesTheKey()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "DMS_audit",
                            "column-name": "payload"},
         "rule-action": "rename", "value": "body"},
        {"rule-type": "transformation", "rule-id": "3", "rule-name": "3", "rule-target": "table",
         "object-locator": {"schema-name": "hr", "table-name": "DMS_audit"},
         "rule-action": "define-primary-key",
         "primary-key-def": {"name": "audit_pk", "columns": ["id", "ratio"]}},
        {"rule-type": "transformation", "rule-id": "4", "rule-name": "4", "rule-target": "table",
         "object-locator": {"schema-name": "sales", "table-name": "orders"},
         "rule-action": "define-primary-key",
         "primary-key-def": {"name": "orders_pk", "origin": "primary-key",
                             "columns": ["order_id", "created"]}})")));
    // Key columns may be named by target or source name; they become NOT NULL.
    COMPARE_TEXT(describe(*findTable(plan, "hr", "DMS_audit")),
                 "hr.DMS_audit -> hr.DMS_audit\n"
                 "  id integer(8) not null\n"
                 "  body string(lob) <- payload [rule 2]\n"
                 "  ratio float(8) not null\n"
                 "  pk audit_pk (id, ratio)\n");
    COMPARE_TEXT(describe(*findTable(plan, "sales", "orders")),
                 "sales.orders -> sales.orders\n"
                 "  order_id integer(8) not null\n"
                 "  emp_id integer(4)\n"
                 "  amount decimal(12,2)\n"
                 "  created timestamp(6) not null\n"
                 "  pk orders_pk (order_id, created)\n"
                 "  index fk_order_emp (emp_id)\n"
                 "  fk fk_order_emp (emp_id) -> hr.employees (emp_id) on delete NO ACTION\n");
    COMPARE_TEXT(warnings(plan), "");
}

void TestMappingPlan::definePrimaryKeyUniqueIndex()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "table",
         "object-locator": {"schema-name": "hr", "table-name": "employees"},
         "rule-action": "define-primary-key",
         "primary-key-def": {"name": "ix_person", "origin": "unique-index",
                             "columns": ["first_name", "last_name"]}},
        {"rule-type": "transformation", "rule-id": "3", "rule-name": "3", "rule-target": "table",
         "object-locator": {"schema-name": "hr", "table-name": "DMS_audit"},
         "rule-action": "define-primary-key",
         "primary-key-def": {"origin": "unique-index", "columns": ["id"]}})")));
    // The source primary key stays; the unique index is added.
    COMPARE_TEXT(describe(*findTable(plan, "hr", "employees")),
                 "hr.employees -> hr.employees\n"
                 "  emp_id integer(4) not null auto\n"
                 "  first_name string(50)\n"
                 "  last_name string(50)\n"
                 "  email string(100) not null\n"
                 "  salary decimal(10,2)\n"
                 "  dept_id integer(4)\n"
                 "  notes string(lob)\n"
                 "  pk employees_pkey (emp_id)\n"
                 "  unique uq_email (email)\n"
                 "  index ix_name (last_name, first_name)\n"
                 "  unique index ix_person (first_name, last_name)\n"
                 "  fk fk_emp_dept (dept_id) -> hr.departments (dept_id) on delete SET NULL\n");
    COMPARE_TEXT(describe(*findTable(plan, "hr", "DMS_audit")),
                 "hr.DMS_audit -> hr.DMS_audit\n"
                 "  id integer(8) not null\n"
                 "  payload string(lob)\n"
                 "  ratio float(8)\n"
                 "  unique index DMS_audit_id_key (id)\n");
}

void TestMappingPlan::definePrimaryKeyUnknownColumnIsAnError()
{
    REQUIRE_RULE_ERROR(planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "12", "rule-name": "12", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "DMS_audit",
                            "column-name": "ratio"},
         "rule-action": "remove-column"},
        {"rule-type": "transformation", "rule-id": "13", "rule-name": "13", "rule-target": "table",
         "object-locator": {"schema-name": "hr", "table-name": "DMS_audit"},
         "rule-action": "define-primary-key",
         "primary-key-def": {"name": "pk", "columns": ["id", "ratio"]}})")),
                       "rule 13",
                       "define-primary-key names column 'ratio', which table hr.DMS_audit does not "
                       "have on the target.");
}

void TestMappingPlan::parallelLoadSettings()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "table-settings", "rule-id": "2", "rule-name": "2",
         "object-locator": {"schema-name": "hr", "table-name": "employees"},
         "parallel-load": {"type": "ranges", "columns": ["dept_id", "emp_id"],
                           "boundaries": [["10", 1000], ["20", "2000"]]}},
        {"rule-type": "table-settings", "rule-id": "3", "rule-name": "3",
         "object-locator": {"schema-name": "sales", "table-name": "orders"},
         "parallel-load": {"type": "partitions-auto"}},
        {"rule-type": "table-settings", "rule-id": "4", "rule-name": "4",
         "object-locator": {"schema-name": "sales", "table-name": "order_items"},
         "parallel-load": {"type": "partitions-list", "partitions": ["p2023", "p2024"]}},
        {"rule-type": "table-settings", "rule-id": "5", "rule-name": "5",
         "object-locator": {"schema-name": "hr", "table-name": "departments"},
         "parallel-load": {"type": "subpartitions-auto"}},
        {"rule-type": "table-settings", "rule-id": "6", "rule-name": "6",
         "object-locator": {"schema-name": "hr", "table-name": "DMS_audit"},
         "parallel-load": {"type": "none"}},
        {"rule-type": "table-settings", "rule-id": "7", "rule-name": "7",
         "object-locator": {"schema-name": "hr", "table-name": "employees"},
         "parallel-load": {"type": "partitions-auto"}})")));
    const ParallelLoad &employees = findTable(plan, "hr", "employees")->parallelLoad;
    QCOMPARE(employees.type, ParallelLoad::Type::Ranges);
    QCOMPARE(employees.columns, (std::vector<std::string> {"dept_id", "emp_id"}));
    QCOMPARE(employees.boundaries,
             (std::vector<std::vector<std::string>> {{"10", "1000"}, {"20", "2000"}}));
    COMPARE_TEXT(employees.ruleId, "2");
    const ParallelLoad &orders = findTable(plan, "sales", "orders")->parallelLoad;
    QCOMPARE(orders.type, ParallelLoad::Type::PartitionsAuto);
    COMPARE_TEXT(orders.ruleId, "3");
    const ParallelLoad &items = findTable(plan, "sales", "order_items")->parallelLoad;
    QCOMPARE(items.type, ParallelLoad::Type::PartitionsList);
    QCOMPARE(items.partitions, (std::vector<std::string> {"p2023", "p2024"}));
    QCOMPARE(findTable(plan, "hr", "departments")->parallelLoad.type,
             ParallelLoad::Type::SubpartitionsAuto);
    const ParallelLoad &audit = findTable(plan, "hr", "DMS_audit")->parallelLoad;
    QCOMPARE(audit.type, ParallelLoad::Type::None);
    COMPARE_TEXT(audit.ruleId, "6");
    COMPARE_TEXT(warnings(plan),
                 "Rule 7: not applied to hr.employees: rule 2 already applies to it (AWS DMS "
                 "applies one transformation action per object, lowest rule-id first).\n");
}

void TestMappingPlan::parallelLoadErrors_data()
{
    QTest::addColumn<bool>("raw");
    QTest::addColumn<QString>("parallelLoad");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown column")
        << false << R"({"type": "ranges", "columns": ["EMP_ID"], "boundaries": [["1"]]})"
        << "parallel-load names column 'EMP_ID', which table hr.employees does not have.";
    QTest::newRow("lob column")
        << false << R"({"type": "ranges", "columns": ["notes"], "boundaries": [["m"]]})"
        << "parallel-load cannot segment table hr.employees by column 'notes': range "
           "boundaries cannot use floating-point or LOB columns.";
    QTest::newRow("boundary arity")
        << true << R"({"type": "ranges", "columns": ["emp_id", "dept_id"],
                       "boundaries": [["1", "2"], ["3"]]})"
        << "Boundary 2 has 1 values but there are 2 columns.";
    QTest::newRow("no boundaries") << true << R"({"type": "ranges", "columns": ["emp_id"]})"
                                   << "Parallel load by ranges needs 'columns' and 'boundaries'.";
    QTest::newRow("eleven columns")
        << true << R"({"type": "ranges", "columns": ["a", "b", "c", "d", "e", "f", "g", "h",
                       "i", "j", "k"], "boundaries": []})"
        << "Parallel load by ranges allows at most 10 columns, this rule has 11.";
    QTest::newRow("partitions-list without partitions")
        << true << R"({"type": "partitions-list"})"
        << "Parallel load by partitions-list needs 'partitions'.";
    QTest::newRow("unknown type") << true << R"({"type": "Ranges"})"
                                  << "Unknown parallel-load type 'Ranges'.";
}

void TestMappingPlan::parallelLoadErrors()
{
    QFETCH(bool, raw);
    QFETCH(QString, parallelLoad);
    QFETCH(QString, message);
    const std::string json = withIncludeAll(QStringLiteral(R"(
        {"rule-type": "table-settings", "rule-id": "9", "rule-name": "9",
         "object-locator": {"schema-name": "hr", "table-name": "employees"},
         "parallel-load": %1})")
                                                .arg(parallelLoad)
                                                .toStdString());
    if (raw) {
        const project::TableMapping mapping = rawMapping(json.c_str());
        REQUIRE_RULE_ERROR(planMapping(sampleCatalog(), &mapping, postgresTarget()), "rule 9",
                           message.toUtf8().constData());
    } else {
        REQUIRE_RULE_ERROR(planWith(sampleCatalog(), json), "rule 9", message.toUtf8().constData());
    }
}

void TestMappingPlan::lobSettings()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "table-settings", "rule-id": "2", "rule-name": "2",
         "object-locator": {"schema-name": "hr", "table-name": "employees"},
         "lob-settings": {"mode": "limited", "bulk-max-size": "6000"}},
        {"rule-type": "table-settings", "rule-id": "3", "rule-name": "3",
         "object-locator": {"schema-name": "hr", "table-name": "DMS_audit"},
         "parallel-load": {"type": "none"}, "lob-settings": {"bulk-max-size": 100}})")));
    const auto &employees = findTable(plan, "hr", "employees")->lobSettings;
    QVERIFY(employees);
    QCOMPARE(employees->mode, std::optional<std::string>("limited"));
    QCOMPARE(employees->bulkMaxSizeKb, std::optional<int64_t>(6000));
    QCOMPARE(employees->lobChunkSizeKb, std::optional<int64_t>());
    COMPARE_TEXT(employees->ruleId, "2");
    const auto &audit = findTable(plan, "hr", "DMS_audit")->lobSettings;
    QVERIFY(audit);
    QCOMPARE(audit->mode, std::optional<std::string>());
    QCOMPARE(audit->bulkMaxSizeKb, std::optional<int64_t>(100));
    QVERIFY(!findTable(plan, "sales", "orders")->lobSettings);

    // lob-chunk-size is read when present (it is not a DMS key, so only hand-built rules have it).
    const project::TableMapping chunk = rawMapping(R"({"rules": [
        {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
         "object-locator": {"schema-name": "hr", "table-name": "DMS_audit"},
         "rule-action": "include"},
        {"rule-type": "table-settings", "rule-id": "2", "rule-name": "2",
         "object-locator": {"schema-name": "hr", "table-name": "DMS_audit"},
         "lob-settings": {"mode": "unlimited", "bulk-max-size": 0, "lob-chunk-size": 64}}]})");
    REQUIRE_PLAN(chunked, planMapping(sampleCatalog(), &chunk, postgresTarget()));
    QCOMPARE(chunked.tables[0].lobSettings->mode, std::optional<std::string>("unlimited"));
    QCOMPARE(chunked.tables[0].lobSettings->bulkMaxSizeKb, std::optional<int64_t>(0));
    QCOMPARE(chunked.tables[0].lobSettings->lobChunkSizeKb, std::optional<int64_t>(64));

    REQUIRE_RULE_ERROR(planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "table-settings", "rule-id": "4", "rule-name": "4",
         "object-locator": {"schema-name": "hr", "table-name": "employees"},
         "lob-settings": {"mode": "limited", "bulk-max-size": "0"}})")),
                       "rule 4", "Limited LOB mode needs a nonzero bulk-max-size.");
}

void TestMappingPlan::tableSettingsForUnselectedTableIsAWarning()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), R"({"rules": [
        {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
         "object-locator": {"schema-name": "hr", "table-name": "DMS_audit"},
         "rule-action": "include"},
        {"rule-type": "table-settings", "rule-id": "2", "rule-name": "2",
         "object-locator": {"schema-name": "sales", "table-name": "orders"},
         "parallel-load": {"type": "partitions-auto"}},
        {"rule-type": "table-settings", "rule-id": "3", "rule-name": "3",
         "object-locator": {"schema-name": "sales", "table-name": "invoices"},
         "parallel-load": {"type": "partitions-auto"}}]})"));
    COMPARE_TEXT(warnings(plan),
                 "Rule 2: table sales.orders is not selected, so its table settings do not "
                 "apply.\n"
                 "Rule 3: matches no table of the source (table settings need the exact source "
                 "schema and table name).\n");
}

void TestMappingPlan::targetSchemaOverridesAndRenameWins()
{
    PlanOptions options = postgresTarget();
    options.targetSchema = "staging";
    REQUIRE_PLAN(plan,
                 planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "schema",
         "object-locator": {"schema-name": "sales"}, "rule-action": "rename", "value": "shop"})"),
                          options));
    COMPARE_TEXT(tableNames(plan),
                 "hr.DMS_audit->staging.DMS_audit, hr.departments->staging.departments, "
                 "hr.employees->staging.employees, sales.order_items->shop.order_items, "
                 "sales.orders->shop.orders");
    const TablePlan *orders = findTable(plan, "sales", "orders");
    COMPARE_TEXT(orders->target.foreignKeys[0].referencedSchema, "staging");

    // Other schema actions apply to TargetSchema.
    REQUIRE_PLAN(upper,
                 planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "schema",
         "object-locator": {"schema-name": "hr"}, "rule-action": "convert-uppercase"})"),
                          options));
    COMPARE_TEXT(findTable(upper, "hr", "employees")->target.schema, "STAGING");
    COMPARE_TEXT(findTable(upper, "sales", "orders")->target.schema, "staging");
}

void TestMappingPlan::sqliteSourceMainBecomesTargetDefaultSchema()
{
    Catalog catalog;
    catalog.dialect = Dialect::Sqlite;
    Schema main {.name = "main"};
    Table games;
    games.name = "games";
    games.columns = {column("id", "INTEGER", integerType(8), false),
                     column("venue_id", "INTEGER", integerType(8))};
    games.primaryKey = KeyConstraint {"", {"id"}};
    games.foreignKeys = {foreignKey("", {"venue_id"}, "main", "venues", {"id"})};
    Table venues;
    venues.name = "venues";
    venues.columns = {column("id", "INTEGER", integerType(8), false)};
    venues.columns[0].autoIncrement = true;
    venues.primaryKey = KeyConstraint {"", {"id"}};
    main.tables = {games, venues};
    catalog.schemas = {main};

    REQUIRE_PLAN(plan, planMapping(catalog, nullptr, postgresTarget()));
    COMPARE_TEXT(describe(plan),
                 "main.games -> public.games\n"
                 "  id integer(8) not null\n"
                 "  venue_id integer(8)\n"
                 "  pk games_pkey (id)\n"
                 "  fk games_venue_id_fkey (venue_id) -> public.venues (id) on delete NO ACTION\n"
                 "main.venues -> public.venues\n"
                 "  id integer(8) not null auto\n"
                 "  pk venues_pkey (id)\n");
    COMPARE_TEXT(plan.tables[0].readRequest().schema, "main");

    // Rules address the SQLite schema as "main"; a rename wins over the default schema.
    REQUIRE_PLAN(renamed, planWith(catalog, R"({"rules": [
        {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
         "object-locator": {"schema-name": "main", "table-name": "%"}, "rule-action": "include"},
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "schema",
         "object-locator": {"schema-name": "main"}, "rule-action": "rename",
         "value": "tickets"}]})"));
    COMPARE_TEXT(tableNames(renamed), "main.games->tickets.games, main.venues->tickets.venues");

    // The SCT default "lowercase schema" rule keeps the target's default schema.
    REQUIRE_PLAN(lowered, planWith(catalog, R"({"rules": [
        {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
         "object-locator": {"schema-name": "%", "table-name": "%"}, "rule-action": "include"},
        {"rule-type": "transformation", "rule-id": "100000",
         "rule-name": "Default Lowercase Schema Rule", "rule-target": "schema", "object-locator": {"schema-name": "%"},
         "rule-action": "convert-lowercase"}]})"));
    COMPARE_TEXT(tableNames(lowered), "main.games->public.games, main.venues->public.venues");

    // A MySQL target's default schema is the connected database.
    PlanOptions mysql;
    mysql.targetDialect = Dialect::MySql;
    mysql.targetDefaultSchema = "tickets_db";
    REQUIRE_PLAN(intoMysql, planMapping(catalog, nullptr, mysql));
    COMPARE_TEXT(tableNames(intoMysql),
                 "main.games->tickets_db.games, main.venues->tickets_db.venues");
}

void TestMappingPlan::sqliteTargetHasNoSchemas()
{
    PlanOptions sqlite;
    sqlite.targetDialect = Dialect::Sqlite;
    REQUIRE_PLAN(plan,
                 planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "schema",
         "object-locator": {"schema-name": "%"}, "rule-action": "rename", "value": "x"})"),
                          sqlite));
    COMPARE_TEXT(tableNames(plan),
                 "hr.DMS_audit->DMS_audit, hr.departments->departments, hr.employees->employees, "
                 "sales.order_items->order_items, sales.orders->orders");
    const TablePlan *orders = findTable(plan, "sales", "orders");
    COMPARE_TEXT(orders->target.foreignKeys[0].referencedSchema, "");
    COMPARE_TEXT(orders->target.foreignKeys[0].referencedTable, "employees");
    COMPARE_TEXT(orders->writeRequest().schema, "");
    COMPARE_TEXT(warnings(plan), "");
}

void TestMappingPlan::foreignKeyToExcludedTableIsDropped()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), R"({"rules": [
        {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
         "object-locator": {"schema-name": "%", "table-name": "%"}, "rule-action": "include"},
        {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
         "object-locator": {"schema-name": "hr", "table-name": "departments"},
         "rule-action": "exclude"}]})"));
    const TablePlan *employees = findTable(plan, "hr", "employees");
    QVERIFY(employees->target.foreignKeys.empty());
    // The other foreign keys stay.
    QCOMPARE(findTable(plan, "sales", "orders")->target.foreignKeys.size(), size_t(1));
    QCOMPARE(findTable(plan, "sales", "order_items")->target.foreignKeys.size(), size_t(1));
    COMPARE_TEXT(warnings(plan),
                 "Foreign key fk_emp_dept of table hr.employees is not created: it references "
                 "hr.departments, which is not selected.\n");
}

void TestMappingPlan::foreignKeysReferenceRenamedTargets()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "schema",
         "object-locator": {"schema-name": "hr"}, "rule-action": "rename", "value": "people"},
        {"rule-type": "transformation", "rule-id": "3", "rule-name": "3", "rule-target": "table",
         "object-locator": {"schema-name": "hr", "table-name": "departments"},
         "rule-action": "rename", "value": "units"},
        {"rule-type": "transformation", "rule-id": "4", "rule-name": "4", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "departments",
                            "column-name": "dept_id"},
         "rule-action": "rename", "value": "unit_id"})")));
    COMPARE_TEXT(describe(*findTable(plan, "hr", "employees")),
                 "hr.employees -> people.employees\n"
                 "  emp_id integer(4) not null auto\n"
                 "  first_name string(50)\n"
                 "  last_name string(50)\n"
                 "  email string(100) not null\n"
                 "  salary decimal(10,2)\n"
                 "  dept_id integer(4)\n"
                 "  notes string(lob)\n"
                 "  pk employees_pkey (emp_id)\n"
                 "  unique uq_email (email)\n"
                 "  index ix_name (last_name, first_name)\n"
                 "  fk fk_emp_dept (dept_id) -> people.units (unit_id) on delete SET NULL\n");
    COMPARE_TEXT(findTable(plan, "sales", "orders")->target.foreignKeys[0].referencedSchema,
                 "people");
}

void TestMappingPlan::twoTablesIntoOneTargetIsAnError()
{
    REQUIRE_RULE_ERROR(planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "5", "rule-name": "5", "rule-target": "table",
         "object-locator": {"schema-name": "hr", "table-name": "departments"},
         "rule-action": "rename", "value": "employees"})")),
                       "rule 5",
                       "Source tables hr.employees and hr.departments would both load into target "
                       "table hr.employees.");

    // Without a rule: two schemas into one SQLite database (names fold case there).
    Catalog catalog = sampleCatalog();
    Table clash;
    clash.name = "Orders";
    clash.columns = {column("id", "int(11)", integerType(4))};
    catalog.schemas[0].tables.push_back(clash);
    PlanOptions sqlite;
    sqlite.targetDialect = Dialect::Sqlite;
    auto result = planMapping(catalog, nullptr, sqlite);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::ProjectInvalid);
    COMPARE_TEXT(result.error().message,
                 "Source tables hr.Orders and sales.orders would both "
                 "load into target table orders.");
    COMPARE_TEXT(result.error().location, "target table orders");

    PlanOptions merged = postgresTarget();
    merged.targetSchema = "one";
    auto intoOne = planMapping(catalog, nullptr, merged);
    QVERIFY(intoOne.ok()); // Orders and orders differ in PostgreSQL
    catalog.schemas[0].tables.back().name = "orders";
    auto collision = planMapping(catalog, nullptr, merged);
    QVERIFY(!collision.ok());
    COMPARE_TEXT(collision.error().location, "TargetMetadata.TargetSchema");
}

void TestMappingPlan::twoColumnsWithOneNameIsAnError()
{
    REQUIRE_RULE_ERROR(planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "6", "rule-name": "6", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "employees",
                            "column-name": "first_name"},
         "rule-action": "rename", "value": "last_name"})")),
                       "rule 6",
                       "Columns first_name and last_name of table hr.employees would both be "
                       "named last_name on the target.");
    // MySQL compares column names without case.
    PlanOptions mysql;
    mysql.targetDialect = Dialect::MySql;
    REQUIRE_RULE_ERROR(planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "7", "rule-name": "7", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "employees"},
         "rule-action": "add-column", "value": "EMAIL", "data-type": {"type": "string"}})"),
                                mysql),
                       "rule 7",
                       "Columns email and EMAIL of table hr.employees would both be named EMAIL "
                       "on the target.");
}

void TestMappingPlan::removingEveryColumnIsAnError()
{
    REQUIRE_RULE_ERROR(planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "8", "rule-name": "8", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "departments",
                            "column-name": "%"},
         "rule-action": "remove-column"})")),
                       "rule 8", "The rules remove every column of table hr.departments.");
}

void TestMappingPlan::unmatchedRulesAreWarnings()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), R"({"rules": [
        {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
         "object-locator": {"schema-name": "%", "table-name": "%"}, "rule-action": "include"},
        {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
         "object-locator": {"schema-name": "HR", "table-name": "%"}, "rule-action": "include"},
        {"rule-type": "selection", "rule-id": "3", "rule-name": "3",
         "object-locator": {"schema-name": "hr", "table-name": "nothing%"},
         "rule-action": "exclude"},
        {"rule-type": "transformation", "rule-id": "4", "rule-name": "4", "rule-target": "table",
         "object-locator": {"schema-name": "hr", "table-name": "Employees"},
         "rule-action": "rename", "value": "staff"},
        {"rule-type": "transformation", "rule-id": "5", "rule-name": "5", "rule-target": "column",
         "object-locator": {"schema-name": "%", "table-name": "%", "column-name": "%",
                            "data-type": "blob"},
         "rule-action": "remove-column"},
        {"rule-type": "transformation", "rule-id": "6", "rule-name": "6", "rule-target": "column",
         "object-locator": {"schema-name": "nowhere", "table-name": "%"},
         "rule-action": "add-column", "value": "x", "data-type": {"type": "int4"}}]})"));
    QCOMPARE(plan.tables.size(), size_t(5));
    COMPARE_TEXT(warnings(plan),
                 "Rule 2: matches no table of the source.\n"
                 "Rule 3: matches no table of the source.\n"
                 "Rule 4: matches nothing in the selected tables.\n"
                 "Rule 5: matches nothing in the selected tables.\n"
                 "Rule 6: matches nothing in the selected tables.\n");

    // Selecting nothing is not an error here (FailOnNoTablesCaptured is the runner's).
    REQUIRE_PLAN(empty, planWith(sampleCatalog(), R"({"rules": [
        {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
         "object-locator": {"schema-name": "none", "table-name": "%"},
         "rule-action": "include"}]})"));
    QVERIFY(empty.tables.empty());
}

void TestMappingPlan::viewsAreSkippedWithAWarning()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), R"({"rules": [
        {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
         "object-locator": {"schema-name": "hr", "table-name": "%", "table-type": "all"},
         "rule-action": "include"},
        {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
         "object-locator": {"schema-name": "%", "table-name": "v_%", "table-type": "view"},
         "rule-action": "include"}]})"));
    COMPARE_TEXT(tableNames(plan),
                 "hr.DMS_audit->hr.DMS_audit, hr.departments->hr.departments, "
                 "hr.employees->hr.employees");
    COMPARE_TEXT(warnings(plan),
                 "Rule 1: selects 1 view(s) (hr.v_staff); Ferry loads tables "
                 "only for now, so they are skipped.\n");

    REQUIRE_PLAN(viewsOnly, planWith(sampleCatalog(), R"({"rules": [
        {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
         "object-locator": {"schema-name": "hr", "table-name": "%", "table-type": "view"},
         "rule-action": "include"},
        {"rule-type": "selection", "rule-id": "2", "rule-name": "2",
         "object-locator": {"schema-name": "hr", "table-name": "v_staff", "table-type": "view"},
         "rule-action": "exclude"}]})"));
    QVERIFY(viewsOnly.tables.empty());
    COMPARE_TEXT(warnings(viewsOnly), "");
}

void TestMappingPlan::unsupportedRulesAreWarningsOrErrors()
{
    REQUIRE_PLAN(plan, planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "2", "rule-name": "2", "rule-target": "column",
         "object-locator": {"schema-name": "%", "table-name": "employees"},
         "rule-action": "add-before-image-columns",
         "before-image-def": {"column-prefix": "BI_", "column-suffix": "",
                              "column-filter": "pk-only"}},
        {"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
         "rule-target": "table-tablespace",
         "object-locator": {"schema-name": "hr", "table-name": "employees",
                            "table-tablespace-name": "SetSpace"},
         "rule-action": "rename", "value": "SceneTblSpace"},
        {"rule-type": "transformation", "rule-id": "4", "rule-name": "4",
         "rule-target": "index-tablespace",
         "object-locator": {"schema-name": "hr", "table-name": "employees",
                            "index-tablespace-name": "SetISpace"},
         "rule-action": "rename", "value": "SceneIdxSpace"})")));
    QCOMPARE(findTable(plan, "hr", "employees")->columns.size(), size_t(7));
    COMPARE_TEXT(warnings(plan),
                 "Rule 2: add-before-image-columns is accepted but not supported yet (before "
                 "images belong to change data capture); no column is added.\n"
                 "Rule 3: Tablespace renames apply to Oracle targets only; Ferry ignores this "
                 "rule.\n"
                 "Rule 4: Tablespace renames apply to Oracle targets only; Ferry ignores this "
                 "rule.\n");

    REQUIRE_RULE_ERROR(planWith(sampleCatalog(), withIncludeAll(R"(
        {"rule-type": "transformation", "rule-id": "5", "rule-name": "5", "rule-target": "column",
         "object-locator": {"schema-name": "hr", "table-name": "employees",
                            "column-name": "email"},
         "rule-action": "data-masking-hash-mask"})")),
                       "rule 5",
                       "The data masking action 'data-masking-hash-mask' is not "
                       "supported yet.");
}

void TestMappingPlan::invalidRulesAreErrors_data()
{
    // Built without the importer, which rejects most of these first: the planner is safe too.
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown rule-type")
        << R"({"rule-type": "selections", "rule-id": "3", "rule-name": "3",
              "object-locator": {"schema-name": "%", "table-name": "%"},
              "rule-action": "include"})"
        << "Unknown rule-type 'selections'.";
    QTest::newRow("unknown selection action")
        << R"({"rule-type": "selection", "rule-id": "3", "rule-name": "3",
              "object-locator": {"schema-name": "%", "table-name": "%"},
              "rule-action": "includes"})"
        << "Unknown selection rule-action 'includes'.";
    QTest::newRow("no schema-name")
        << R"({"rule-type": "selection", "rule-id": "3", "rule-name": "3",
              "object-locator": {"table-name": "%"}, "rule-action": "include"})"
        << "The object-locator has no schema-name.";
    QTest::newRow("unknown rule-target")
        << R"({"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
              "rule-target": "index", "object-locator": {"schema-name": "%"},
              "rule-action": "rename", "value": "x"})"
        << "Unknown rule-target 'index'.";
    QTest::newRow("unknown transformation action")
        << R"({"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
              "rule-target": "table", "object-locator": {"schema-name": "%", "table-name": "%"},
              "rule-action": "convert-titlecase"})"
        << "Unknown transformation rule-action 'convert-titlecase'.";
    QTest::newRow("action on wrong target")
        << R"({"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
              "rule-target": "schema", "object-locator": {"schema-name": "%"},
              "rule-action": "remove-column"})"
        << "The rule-action 'remove-column' does not apply to rule-target 'schema'.";
    QTest::newRow("column rule without column-name")
        << R"({"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
              "rule-target": "column", "object-locator": {"schema-name": "%", "table-name": "%"},
              "rule-action": "convert-lowercase"})"
        << "The object-locator needs column-name for rule-target 'column'.";
    QTest::newRow("table rule without table-name")
        << R"({"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
              "rule-target": "table", "object-locator": {"schema-name": "%"},
              "rule-action": "convert-lowercase"})"
        << "The object-locator needs table-name for rule-target 'table'.";
    QTest::newRow("rename without value")
        << R"({"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
              "rule-target": "table", "object-locator": {"schema-name": "%", "table-name": "%"},
              "rule-action": "rename"})"
        << "The rule-action 'rename' needs the key 'value'.";
    QTest::newRow("replace-prefix without old-value")
        << R"({"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
              "rule-target": "table", "object-locator": {"schema-name": "%", "table-name": "%"},
              "rule-action": "replace-prefix", "value": "x"})"
        << "The rule-action 'replace-prefix' needs the key 'old-value'.";
    QTest::newRow("change-data-type to a list")
        << R"({"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
              "rule-target": "column",
              "object-locator": {"schema-name": "%", "table-name": "%", "column-name": "x"},
              "rule-action": "change-data-type", "data-type": {"type": "list"}})"
        << "The data-type 'list' has no equivalent in a relational target.";
    QTest::newRow("define-primary-key with wildcard")
        << R"({"rule-type": "transformation", "rule-id": "3", "rule-name": "3",
              "rule-target": "table", "object-locator": {"schema-name": "hr", "table-name": "%"},
              "rule-action": "define-primary-key", "primary-key-def": {"columns": ["id"]}})"
        << "define-primary-key needs exact names, not wildcards.";
    QTest::newRow("table-settings with wildcard")
        << R"({"rule-type": "table-settings", "rule-id": "3", "rule-name": "3",
              "object-locator": {"schema-name": "hr", "table-name": "emp%"},
              "parallel-load": {"type": "partitions-auto"}})"
        << "Exact schema and table name required when using table settings rule.";
    QTest::newRow("bad load-order")
        << R"({"rule-type": "selection", "rule-id": "3", "rule-name": "3",
              "object-locator": {"schema-name": "%", "table-name": "%"},
              "rule-action": "include", "load-order": "first"})"
        << "The load-order 'first' is not a positive integer.";
}

void TestMappingPlan::invalidRulesAreErrors()
{
    QFETCH(QString, rule);
    QFETCH(QString, message);
    const QByteArray json = QStringLiteral(R"({"rules": [%1]})").arg(rule).toUtf8();
    const project::TableMapping mapping = rawMapping(json.constData());
    QCOMPARE(mapping.rules.size(), size_t(1));
    REQUIRE_RULE_ERROR(planMapping(sampleCatalog(), &mapping, postgresTarget()), "rule 3",
                       message.toUtf8().constData());
}

void TestMappingPlan::referenceSelectionExamples()
{
    // dms-sct-behaviour.md §2.4: include HR.% with empty filters, exclude DMS_SAMPLE.MLB_DATA.
    REQUIRE_PLAN(plan, planWith(exampleCatalog(), R"({"rules": [
        {"rule-type":"selection","rule-id":"1","rule-name":"1","object-locator":{"schema-name":"HR","table-name":"%"},"rule-action":"include","filters":[]},
        {"rule-type":"selection","rule-id":"3","rule-name":"3","object-locator":{"schema-name":"DMS_SAMPLE","table-name":"%"},"rule-action":"include"},
        {"rule-type":"selection","rule-id":"2","rule-name":"2","object-locator":{"schema-name":"DMS_SAMPLE","table-name":"MLB_DATA"},"rule-action":"exclude"}
    ]})"));
    COMPARE_TEXT(tableNames(plan),
                 "DMS_SAMPLE.SEAT->DMS_SAMPLE.SEAT, HR.EMPLOYEES->HR.EMPLOYEES, "
                 "HR.ORDERS->HR.ORDERS, HR.SALES->HR.SALES");

    // The DMS user guide's "Migrate some tables in a schema" and "tables in a set order".
    REQUIRE_PLAN(someTables, planWith(exampleCatalog(), R"({
    "rules": [
        {
            "rule-type": "selection",
            "rule-id": "1",
            "rule-name": "1",
            "object-locator": {
                "schema-name": "Test",
                "table-name": "%"
            },
            "rule-action": "include"
        },
        {
            "rule-type": "selection",
            "rule-id": "2",
            "rule-name": "2",
            "object-locator": {
                "schema-name": "test",
                "table-name": "%"
            },
            "rule-action": "include"
        },
        {
            "rule-type": "selection",
            "rule-id": "3",
            "rule-name": "3",
            "object-locator": {
                "schema-name": "test",
                "table-name": "%_DMS"
            },
            "rule-action": "exclude"
        }
    ]
})"));
    // Names are case-sensitive: "Test" matches no schema (the catalog has "test").
    COMPARE_TEXT(tableNames(someTables),
                 "test.Actor->test.Actor, test.loadfirst->test.loadfirst, "
                 "test.loadsecond->test.loadsecond");
    COMPARE_TEXT(warnings(someTables), "Rule 1: matches no table of the source.\n");

    REQUIRE_PLAN(ordered, planWith(exampleCatalog(), R"({
"rules": [
     {
            "rule-type": "selection",
            "rule-id": "1",
            "rule-name": "1",
            "object-locator": {
                "schema-name": "test",
                "table-name": "loadsecond"
                 },
        "rule-action": "include",
	    "load-order": "1"
        },
	{
	    "rule-type": "selection",
            "rule-id": "2",
            "rule-name": "2",
            "object-locator": {
                "schema-name": "test",
                "table-name": "loadfirst"
            },
            "rule-action": "include",
	    "load-order": "2"
         }
    ]
})"));
    COMPARE_TEXT(tableNames(ordered),
                 "test.loadfirst->test.loadfirst, test.loadsecond->test.loadsecond");
}

void TestMappingPlan::referenceFilterExample()
{
    // dms-sct-behaviour.md §2.5: the filter structure.
    REQUIRE_PLAN(plan, planWith(exampleCatalog(), R"({"rules": [
        {"rule-type":"selection","rule-id":"1","rule-name":"1","object-locator":{"schema-name":"HR","table-name":"EMPLOYEES"},"rule-action":"include",
         "filters": [{"filter-type":"source","column-name":"empid","filter-conditions":[{"filter-operator":"gte","value":"100"}]}]}
    ]})"));
    QCOMPARE(plan.tables.size(), size_t(1));
    COMPARE_TEXT(describeFilters(plan.tables[0].filters), "empid: gte 100\n");
}

void TestMappingPlan::referenceTransformationExamples()
{
    const std::string include = R"({"rule-type":"selection","rule-id":"1","rule-name":"1",
        "object-locator":{"schema-name":"%","table-name":"%"},"rule-action":"include"})";
    const auto single = [&](const std::string &rule) {
        return planWith(exampleCatalog(), "{\"rules\": [" + include + ",\n" + rule + "]}");
    };

    // Rename a schema.
    REQUIRE_PLAN(
        schema,
        single(
            R"({"rule-type":"transformation","rule-id":"2","rule-name":"2","rule-target":"schema","object-locator":{"schema-name":"HR"},"rule-action":"rename","value":"hr_schema"})"));
    COMPARE_TEXT(findTable(schema, "HR", "SALES")->target.schema, "hr_schema");
    COMPARE_TEXT(findTable(schema, "test", "Actor")->target.schema, "test");

    // Rename with a template.
    REQUIRE_PLAN(
        templated,
        single(
            R"({"rule-type":"transformation","rule-id":"2","rule-name":"2","rule-target":"schema","object-locator":{"schema-name":"%"},"rule-action":"rename","value":"migrated_${schema-name}"})"));
    COMPARE_TEXT(findTable(templated, "dbo", "dms")->target.schema, "migrated_dbo");
    COMPARE_TEXT(findTable(templated, "HR", "SALES")->target.schema, "migrated_HR");

    // Rename a column.
    REQUIRE_PLAN(
        renameColumn,
        single(
            R"({"rule-type":"transformation","rule-id":"2","rule-name":"2","rule-target":"column","object-locator":{"schema-name":"test","table-name":"Actor","column-name":"first_name"},"rule-action":"rename","value":"fname"})"));
    COMPARE_TEXT(findTable(renameColumn, "test", "Actor")->columns[1].target.name, "fname");

    // Rename a tablespace: accepted, no effect.
    REQUIRE_PLAN(
        tablespace,
        single(
            R"({"rule-type":"transformation","rule-id":"2","rule-name":"2","rule-action":"rename","rule-target":"table-tablespace","object-locator":{"schema-name":"Play","table-name":"Actor","table-tablespace-name":"SetSpace"},"value":"SceneTblSpace"})"));
    COMPARE_TEXT(warnings(tablespace),
                 "Rule 2: Tablespace renames apply to Oracle targets only; "
                 "Ferry ignores this rule.\n");

    // convert-lowercase on every table (rule 7 of the reference).
    REQUIRE_PLAN(
        lower,
        single(
            R"({"rule-type":"transformation","rule-id":"7","rule-name":"7","rule-action":"convert-lowercase","rule-target":"table","object-locator":{"schema-name":"%","table-name":"%"}})"));
    COMPARE_TEXT(findTable(lower, "HR", "SALES")->target.name, "sales");
    COMPARE_TEXT(findTable(lower, "HR", "SALES")->target.schema, "HR");

    // convert-uppercase on every column.
    REQUIRE_PLAN(
        upper,
        single(
            R"({"rule-type":"transformation","rule-id":"2","rule-name":"2","rule-action":"convert-uppercase","rule-target":"column","object-locator":{"schema-name":"%","table-name":"%","column-name":"%"}})"));
    COMPARE_TEXT(findTable(upper, "HR", "EMPLOYEES")->columns[0].target.name, "EMPID");
    COMPARE_TEXT(findTable(upper, "test", "Actor")->columns[4].target.name, "PRE_CODE");

    // add-prefix DMS_ on tables; replace-prefix Pre_ -> NewPre_ on columns.
    REQUIRE_PLAN(
        prefix,
        single(
            R"({"rule-type":"transformation","rule-id":"2","rule-name":"2","rule-action":"add-prefix","rule-target":"table","object-locator":{"schema-name":"test","table-name":"%"},"value":"DMS_"})"));
    COMPARE_TEXT(findTable(prefix, "test", "Actor")->target.name, "DMS_Actor");
    COMPARE_TEXT(findTable(prefix, "HR", "SALES")->target.name, "SALES");
    REQUIRE_PLAN(
        replacePrefix,
        single(
            R"({"rule-type":"transformation","rule-id":"2","rule-name":"2","rule-action":"replace-prefix","rule-target":"column","object-locator":{"schema-name":"%","table-name":"%","column-name":"%"},"value":"NewPre_","old-value":"Pre_"})"));
    const TablePlan *actor = findTable(replacePrefix, "test", "Actor");
    COMPARE_TEXT(actor->columns[4].target.name, "NewPre_code");
    COMPARE_TEXT(actor->columns[1].target.name, "first_name");

    // remove-suffix _DMS on tables.
    REQUIRE_PLAN(
        suffix,
        single(
            R"({"rule-type":"transformation","rule-id":"2","rule-name":"2","rule-action":"remove-suffix","rule-target":"table","object-locator":{"schema-name":"test","table-name":"%"},"value":"_DMS"})"));
    COMPARE_TEXT(findTable(suffix, "test", "ACTOR_DMS")->target.name, "ACTOR");

    // remove-column col%.
    REQUIRE_PLAN(
        remove,
        single(
            R"({"rule-type":"transformation","rule-id":"2","rule-name":"2","rule-action":"remove-column","rule-target":"column","object-locator":{"schema-name":"test","table-name":"Actor","column-name":"col%"}})"));
    std::vector<std::string> actorColumns;
    for (const ColumnPlan &column : findTable(remove, "test", "Actor")->columns)
        actorColumns.push_back(column.target.name);
    QCOMPARE(actorColumns, (std::vector<std::string> {"actor_id", "first_name", "Pre_code"}));

    // add-column with header-column and concatenation expressions, and an operation flag.
    REQUIRE_PLAN(added, planWith(exampleCatalog(), R"json({"rules": [
        {"rule-type":"selection","rule-id":"1","rule-name":"1","object-locator":{"schema-name":"HR","table-name":"EMPLOYEES"},"rule-action":"include"},
        {"rule-type":"transformation","rule-id":"2","rule-name":"2","rule-target":"column","object-locator":{"schema-name":"%","table-name":"%"},"rule-action":"add-column","value":"transact_id","expression":"$AR_H_STREAM_POSITION","data-type":{"type":"string","length":50}},
        {"rule-type":"transformation","rule-id":"3","rule-name":"3","rule-target":"column","object-locator":{"schema-name":"%","table-name":"%"},"rule-action":"add-column","value":"FULL_NAME","expression":"$FIRST_NAME||'_'||$LAST_NAME","data-type":{"type":"string","length":50}},
        {"rule-type":"transformation","rule-id":"4","rule-name":"4","rule-target":"column","object-locator":{"schema-name":"%","table-name":"%"},"rule-action":"add-column","value":"Operation","expression":"operation_indicator('D', 'U', 'I')","data-type":{"type":"string","length":50}}
    ]})json"));
    COMPARE_TEXT(describe(added),
                 "HR.EMPLOYEES -> HR.EMPLOYEES\n"
                 "  empid integer(4) not null\n"
                 "  FIRST_NAME string(lob)\n"
                 "  LAST_NAME string(lob)\n"
                 "  transact_id string(50) = $AR_H_STREAM_POSITION [rule 2]\n"
                 "  FULL_NAME string(50) = $FIRST_NAME||'_'||$LAST_NAME [rule 3]\n"
                 "  Operation string(50) = operation_indicator('D', 'U', 'I') [rule 4]\n");
    COMPARE_TEXT(warnings(added), "");

    // Applied to every table, the concatenation refers to columns most tables do not have:
    // one warning per rule and column, naming the first tables.
    REQUIRE_PLAN(
        everywhere,
        single(
            R"({"rule-type":"transformation","rule-id":"3","rule-name":"3","rule-target":"column","object-locator":{"schema-name":"%","table-name":"%"},"rule-action":"add-column","value":"FULL_NAME","expression":"$FIRST_NAME||'_'||$LAST_NAME","data-type":{"type":"string","length":50}})"));
    COMPARE_TEXT(warnings(everywhere),
                 "Rule 3: the expression of column FULL_NAME refers to $FIRST_NAME, which is not "
                 "a column read from HR.SALES, HR.ORDERS, DMS_SAMPLE.MLB_DATA, DMS_SAMPLE.SEAT, "
                 "test.Actor, 8 more.\n"
                 "Rule 3: the expression of column FULL_NAME refers to $LAST_NAME, which is not "
                 "a column read from HR.SALES, HR.ORDERS, DMS_SAMPLE.MLB_DATA, DMS_SAMPLE.SEAT, "
                 "test.Actor, 8 more.\n");

    // The user guide's add-column example: a datetime(6) column on test.actor (lower case:
    // the locator is case-sensitive, so it matches nothing in this catalog).
    REQUIRE_PLAN(
        guideAdd,
        single(
            R"({"rule-type":"transformation","rule-id":"2","rule-name":"2","rule-action":"add-column","rule-target":"column","object-locator":{"schema-name":"test","table-name":"actor"},"value":"last_updated","data-type":{"type":"datetime","precision":6}})"));
    COMPARE_TEXT(warnings(guideAdd), "Rule 2: matches nothing in the selected tables.\n");

    // change-data-type dbo.dms.SALE_AMOUNT -> int8.
    REQUIRE_PLAN(
        retyped,
        single(
            R"({"rule-type":"transformation","rule-id":"2","rule-name":"RuleName 1","rule-action":"change-data-type","rule-target":"column","object-locator":{"schema-name":"dbo","table-name":"dms","column-name":"SALE_AMOUNT"},"data-type":{"type":"int8"}})"));
    COMPARE_TEXT(describe(*findTable(retyped, "dbo", "dms")),
                 "dbo.dms -> dbo.dms\n"
                 "  SALE_AMOUNT integer(8) [rule 2]\n"
                 "  SALE_ID integer(4) not null\n");

    // define-primary-key on inventory.ITEM, as a primary key and as a unique index.
    REQUIRE_PLAN(
        primary,
        single(
            R"({"rule-type":"transformation","rule-id":"2","rule-name":"2","rule-action":"define-primary-key","rule-target":"table","object-locator":{"schema-name":"inventory","table-name":"ITEM"},"primary-key-def":{"name":"ITEM-primary-key","columns":["ITEM-NAME","BOM-MODEL-NUM","BOM-PART-NUM"]}})"));
    COMPARE_TEXT(describe(*findTable(primary, "inventory", "ITEM")),
                 "inventory.ITEM -> inventory.ITEM\n"
                 "  ITEM-NAME string not null\n"
                 "  BOM-MODEL-NUM string not null\n"
                 "  BOM-PART-NUM string not null\n"
                 "  QTY integer(4)\n"
                 "  pk ITEM-primary-key (ITEM-NAME, BOM-MODEL-NUM, BOM-PART-NUM)\n");
    REQUIRE_PLAN(
        uniqueIndex,
        single(
            R"({"rule-type":"transformation","rule-id":"2","rule-name":"2","rule-action":"define-primary-key","rule-target":"table","object-locator":{"schema-name":"inventory","table-name":"ITEM"},"primary-key-def":{"name":"ITEM-unique-idx","origin":"unique-index","columns":["ITEM-NAME","BOM-MODEL-NUM","BOM-PART-NUM"]}})"));
    COMPARE_TEXT(describe(*findTable(uniqueIndex, "inventory", "ITEM")),
                 "inventory.ITEM -> inventory.ITEM\n"
                 "  ITEM-NAME string not null\n"
                 "  BOM-MODEL-NUM string not null\n"
                 "  BOM-PART-NUM string not null\n"
                 "  QTY integer(4)\n"
                 "  unique index ITEM-unique-idx (ITEM-NAME, BOM-MODEL-NUM, BOM-PART-NUM)\n");

    // add-before-image-columns: accepted, reported.
    REQUIRE_PLAN(
        beforeImage,
        single(
            R"({"rule-type":"transformation","rule-id":"2","rule-name":"2","rule-target":"column","object-locator":{"schema-name":"%","table-name":"employees"},"rule-action":"add-before-image-columns","before-image-def":{"column-prefix":"BI_","column-suffix":"","column-filter":"pk-only"}})"));
    COMPARE_TEXT(warnings(beforeImage),
                 "Rule 2: add-before-image-columns is accepted but not supported yet (before "
                 "images belong to change data capture); no column is added.\n");
}

void TestMappingPlan::referenceTableSettingsExamples()
{
    // dms-sct-behaviour.md §2.7: partitions-auto, ranges, lob-settings.
    REQUIRE_PLAN(plan, planWith(exampleCatalog(), R"({"rules": [
        {"rule-type":"selection","rule-id":"1","rule-name":"1","object-locator":{"schema-name":"%","table-name":"%"},"rule-action":"include"},
        {"rule-type":"table-settings","rule-id":"2","rule-name":"2","object-locator":{"schema-name":"dms_sample","table-name":"post_history"},"parallel-load":{"type":"partitions-auto"}},
        {"rule-type":"table-settings","rule-id":"3","rule-name":"3","object-locator":{"schema-name":"dms_sample","table-name":"claims"},
         "parallel-load":{"type":"ranges","columns":["claim_requested_timestamp"],"boundaries":[["2013-01-01 00:00:00"],["2014-01-01 00:00:00"],["2015-01-01 00:00:00"],["2016-01-01 00:00:00"],["2017-01-01 00:00:00"],["2018-01-01 00:00:00"],["2019-01-01 00:00:00"],["2020-01-01 00:00:00"],["2021-01-01 00:00:00"],["2022-01-01 00:00:00"]]}},
        {"rule-type":"table-settings","rule-id":"4","rule-name":"4","object-locator":{"schema-name":"INV","table-name":"ITEMS"},"lob-settings":{"mode":"unlimited","bulk-max-size":"0"}}
    ]})"));
    QCOMPARE(findTable(plan, "dms_sample", "post_history")->parallelLoad.type,
             ParallelLoad::Type::PartitionsAuto);
    const ParallelLoad &claims = findTable(plan, "dms_sample", "claims")->parallelLoad;
    QCOMPARE(claims.type, ParallelLoad::Type::Ranges);
    QCOMPARE(claims.columns, std::vector<std::string> {"claim_requested_timestamp"});
    QCOMPARE(claims.boundaries.size(), size_t(10));
    QCOMPARE(claims.boundaries.front(), std::vector<std::string> {"2013-01-01 00:00:00"});
    QCOMPARE(claims.boundaries.back(), std::vector<std::string> {"2022-01-01 00:00:00"});
    const auto &items = findTable(plan, "INV", "ITEMS")->lobSettings;
    QVERIFY(items);
    QCOMPARE(items->mode, std::optional<std::string>("unlimited"));
    QCOMPARE(items->bulkMaxSizeKb, std::optional<int64_t>(0));
    COMPARE_TEXT(warnings(plan), "");

    // The DMS user guide's two-table example: SALES by ranges of two columns, ORDERS by
    // partitions.
    REQUIRE_PLAN(guide, planWith(exampleCatalog(), R"({
    "rules": [{
            "rule-type": "selection",
            "rule-id": "1",
            "rule-name": "1",
            "object-locator": {
                "schema-name": "%",
                "table-name": "%"
            },
            "rule-action": "include"
        },
        {
            "rule-type": "table-settings",
            "rule-id": "2",
            "rule-name": "2",
            "object-locator": {
                "schema-name": "HR",
                "table-name": "SALES"
            },
            "parallel-load": {
                "type": "ranges",
                "columns": [
                    "SALES_NO",
                    "REGION"
                ],
                "boundaries": [
                    [
                        "1000",
                        "NORTH"
                    ],
                    [
                        "3000",
                        "WEST"
                    ]
                ]
            }
        },
        {
            "rule-type": "table-settings",
            "rule-id": "3",
            "rule-name": "3",
            "object-locator": {
                "schema-name": "HR",
                "table-name": "ORDERS"
            },
            "parallel-load": {
                "type": "partitions-auto" 
            }
        }
    ]
})"));
    const ParallelLoad &sales = findTable(guide, "HR", "SALES")->parallelLoad;
    QCOMPARE(sales.type, ParallelLoad::Type::Ranges);
    QCOMPARE(sales.columns, (std::vector<std::string> {"SALES_NO", "REGION"}));
    QCOMPARE(sales.boundaries,
             (std::vector<std::vector<std::string>> {{"1000", "NORTH"}, {"3000", "WEST"}}));
    QCOMPARE(findTable(guide, "HR", "ORDERS")->parallelLoad.type,
             ParallelLoad::Type::PartitionsAuto);

    // The user guide's limited LOB mode example: bulk-max-size without mode.
    REQUIRE_PLAN(limited, planWith(exampleCatalog(), R"({
   "rules": [{
            "rule-type": "selection",
            "rule-id": "1",
            "rule-name": "1",
            "object-locator": {
                "schema-name": "%",
                "table-name": "%"
            },
            "rule-action": "include"
        },
        {
            "rule-type": "table-settings",
            "rule-id": "2",
            "rule-name": "2",
            "object-locator": {
                "schema-name": "INV",
                "table-name": "ITEMS"
            },
            "lob-settings": {
                "bulk-max-size": "100000"
            }
        }
     ]
})"));
    const auto &limitedItems = findTable(limited, "INV", "ITEMS")->lobSettings;
    QVERIFY(limitedItems);
    QCOMPARE(limitedItems->mode, std::optional<std::string>());
    QCOMPARE(limitedItems->bulkMaxSizeKb, std::optional<int64_t>(100000));
}

void TestMappingPlan::referenceOtherRuleTypes()
{
    // §2.8 object-mapping (DynamoDB) and §2.9 validation: accepted and ignored, with warnings.
    REQUIRE_PLAN(plan, planWith(exampleCatalog(), R"json({"rules": [
        {"rule-type":"selection","rule-id":"1","rule-name":"1","object-locator":{"schema-name":"dbo","table-name":"%"},"rule-action":"include"},
        {"rule-type":"object-mapping","rule-id":"2","rule-name":"2","rule-action":"map-record-to-record","object-locator":{"schema-name":"valis","table-name":"vaccine_drive_stats"},"target-table-name":"vaccine_drive_stats_tab","mapping-parameters":{"partition-key-name":"user_id","sort-key-name":"area_code"}},
        {"rule-type":"validation","rule-id":"3","rule-name":"3","rule-target":"column","object-locator":{"schema-name":"Test-Schema","table-name":"Test-Table","column-name":"Test-Column"},"rule-action":"override-validation-function","source-function":"REPLACE(${column-name}, chr(0), chr(32))","target-function":"${column-name}"}
    ]})json"));
    COMPARE_TEXT(tableNames(plan), "dbo.dms->dbo.dms");
    COMPARE_TEXT(warnings(plan),
                 "Rule 2: object-mapping rules apply to Amazon DynamoDB targets; Ferry ignores "
                 "this rule.\n"
                 "Rule 3: Validation rules are not supported yet; Ferry ignores this rule.\n");
}

QTEST_GUILESS_MAIN(TestMappingPlan)
#include "tst_mapping_plan.moc"
