// SPDX-License-Identifier: MIT
// The one WHERE builder (engine/load/where_clause.h) and each dialect's policy: the SQL text
// for every DMS filter operator, composite key ranges as row values and expanded, open bounds
// and NULL rules, the placeholders and how each value is bound. The expected SQL is written by
// hand; the slices' meaning is checked by running both forms on SQLite (its own C API) over
// keys with ties in every column: every row falls in exactly one slice.
#include "engine/connectors/mysql/mysql_where.h"
#include "engine/connectors/odbc/odbc_where.h"
#include "engine/connectors/postgres/postgres_load_sql.h"
#include "engine/connectors/sqlite/sqlite_load_common.h"
#include "engine/core/dialect.h"
#include "engine/load/key_slicing.h"
#include "engine/load/where_clause.h"

#include <QTest>

#include <sqlite3.h>

#include <map>

using namespace ferry;
using load::ColumnFilter;
using load::FilterCondition;
using load::FilterOperator;
using load::KeyRange;
using load::KeyValue;
using load::ReadColumn;

namespace {

CanonicalType typeOf(TypeFamily family)
{
    CanonicalType type;
    type.family = family;
    return type;
}

ReadColumn keyColumn(const std::string &name, TypeFamily family, bool nullable = false)
{
    ReadColumn column;
    column.name = name;
    column.type = typeOf(family);
    column.nullable = nullable;
    return column;
}

/// The (a integer, b text) key of the tests.
std::vector<ReadColumn> composite()
{
    return {keyColumn("a", TypeFamily::Integer), keyColumn("b", TypeFamily::String)};
}

load::ConditionStyle questionMarks(bool rowValues)
{
    load::ConditionStyle style;
    style.quote = [](std::string_view name) { return quoteIdentifier(Dialect::Sqlite, name); };
    style.rowValues = rowValues;
    return style;
}

std::vector<std::string> textsOf(const load::SqlCondition &condition)
{
    std::vector<std::string> texts;
    for (const load::ConditionValue &value : condition.values)
        texts.push_back(value.text);
    return texts;
}

FilterCondition op(FilterOperator filterOperator, const std::string &value = {},
                   const std::string &start = {}, const std::string &end = {})
{
    return FilterCondition {filterOperator, value, start, end};
}

/// Runs SQL on an in-memory SQLite database through its C API.
class Memory
{
public:
    Memory() { sqlite3_open(":memory:", &m_db); }
    ~Memory() { sqlite3_close(m_db); }

    bool exec(const std::string &sql)
    {
        return sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }

    /// The `id`s the condition selects from table t, its `?` bound as text.
    std::vector<int> ids(const load::SqlCondition &condition)
    {
        std::vector<int> ids;
        sqlite3_stmt *statement = nullptr;
        const std::string sql = "SELECT id FROM t" + condition.where() + " ORDER BY id";
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
            qWarning("%s: %s", sql.c_str(), sqlite3_errmsg(m_db));
            return {-1};
        }
        for (size_t i = 0; i < condition.values.size(); ++i) {
            const std::string &text = condition.values[i].text;
            if (condition.values[i].isKey
                && condition.values[i].keyType.family == TypeFamily::Integer)
                sqlite3_bind_int64(statement, int(i) + 1, std::stoll(text));
            else
                sqlite3_bind_text(statement, int(i) + 1, text.data(), int(text.size()),
                                  SQLITE_TRANSIENT);
        }
        while (sqlite3_step(statement) == SQLITE_ROW)
            ids.push_back(sqlite3_column_int(statement, 0));
        sqlite3_finalize(statement);
        return ids;
    }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace

class TestWhereClause : public QObject
{
    Q_OBJECT

private slots:
    void everyFilterOperator_data()
    {
        QTest::addColumn<int>("filterOperator");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("values");
        const auto row = [](const char *name, FilterOperator o, const char *sql,
                            QStringList values) {
            QTest::newRow(name) << int(o) << QString::fromLatin1(sql) << values;
        };
        row("ste", FilterOperator::Ste, "(\"c\" <= ?)", {QStringLiteral("5")});
        row("gte", FilterOperator::Gte, "(\"c\" >= ?)", {QStringLiteral("5")});
        row("eq", FilterOperator::Eq, "(\"c\" = ?)", {QStringLiteral("5")});
        row("noteq", FilterOperator::NotEq, "(\"c\" <> ?)", {QStringLiteral("5")});
        row("between", FilterOperator::Between, "(\"c\" BETWEEN ? AND ?)",
            {QStringLiteral("1"), QStringLiteral("9")});
        row("notbetween", FilterOperator::NotBetween, "(\"c\" NOT BETWEEN ? AND ?)",
            {QStringLiteral("1"), QStringLiteral("9")});
        row("null", FilterOperator::Null, "(\"c\" IS NULL)", {});
        row("notnull", FilterOperator::NotNull, "(\"c\" IS NOT NULL)", {});
    }

    void everyFilterOperator()
    {
        QFETCH(int, filterOperator);
        QFETCH(QString, sql);
        QFETCH(QStringList, values);
        const FilterCondition condition
            = op(FilterOperator(filterOperator), "5", "1", "9");
        const auto built = load::buildCondition({{"c", {condition}}}, std::nullopt,
                                                questionMarks(true));
        QCOMPARE(QString::fromStdString(built.sql), sql);
        QStringList texts;
        for (const std::string &text : textsOf(built))
            texts << QString::fromStdString(text);
        QCOMPARE(texts, values);
        for (const load::ConditionValue &value : built.values) {
            QVERIFY(!value.isKey);
            QCOMPARE(value.column, std::string("c"));
        }
    }

    void filtersAreOredWithinAndAndedAcross()
    {
        const std::vector<ColumnFilter> filters {
            {"name", {op(FilterOperator::Eq, "x'y"), op(FilterOperator::Between, {}, "a", "b")}},
            {"empty", {}}, // no conditions: no term
            {"code", {op(FilterOperator::Null)}},
        };
        const auto built = load::buildCondition(filters, std::nullopt, questionMarks(true));
        QCOMPARE(built.sql, std::string("(\"name\" = ? OR \"name\" BETWEEN ? AND ?) AND "
                                        "(\"code\" IS NULL)"));
        QCOMPARE(textsOf(built), (std::vector<std::string> {"x'y", "a", "b"}));
        QCOMPARE(built.where(), " WHERE " + built.sql);
        QCOMPARE(load::buildCondition({}, std::nullopt, questionMarks(true)).where(),
                 std::string());
    }

    void compositeRangesAsRowValues()
    {
        const KeyRange both(composite(), KeyValue {"1", "m"}, KeyValue {"5", "c"});
        auto built = load::buildCondition({}, both, questionMarks(true));
        QCOMPARE(built.sql, std::string("\"a\" >= ? AND (\"a\", \"b\") > (?, ?) AND "
                                        "\"a\" <= ? AND (\"a\", \"b\") <= (?, ?)"));
        QCOMPARE(textsOf(built), (std::vector<std::string> {"1", "1", "m", "5", "5", "c"}));
        QVERIFY(built.values[0].isKey);
        QCOMPARE(built.values[0].keyType.family, TypeFamily::Integer);
        QCOMPARE(built.values[2].keyType.family, TypeFamily::String);
        QCOMPARE(built.values[2].column, std::string("b"));

        // Open below, open above, and no bound at all (the whole table).
        built = load::buildCondition({}, KeyRange(composite(), std::nullopt, KeyValue {"5", "c"}),
                                     questionMarks(true));
        QCOMPARE(built.sql, std::string("\"a\" <= ? AND (\"a\", \"b\") <= (?, ?)"));
        built = load::buildCondition({}, KeyRange(composite(), KeyValue {"5", "c"}, std::nullopt),
                                     questionMarks(true));
        QCOMPARE(built.sql, std::string("\"a\" >= ? AND (\"a\", \"b\") > (?, ?)"));
        built = load::buildCondition({}, KeyRange(composite(), std::nullopt, std::nullopt),
                                     questionMarks(true));
        QCOMPARE(built.sql, std::string());
        QVERIFY(built.values.empty());

        // A single column needs no row value; filters come first.
        built = load::buildCondition({{"c", {op(FilterOperator::Gte, "3")}}},
                                     KeyRange("id", 10, 20), questionMarks(true));
        QCOMPARE(built.sql, std::string("(\"c\" >= ?) AND \"id\" > ? AND \"id\" <= ?"));
        QCOMPARE(textsOf(built), (std::vector<std::string> {"3", "10", "20"}));
    }

    void compositeRangesExpanded()
    {
        const KeyRange both(composite(), KeyValue {"1", "m"}, KeyValue {"5", "c"});
        auto built = load::buildCondition({}, both, questionMarks(false));
        QCOMPARE(built.sql,
                 std::string("\"a\" >= ? AND (\"a\" > ? OR (\"a\" = ? AND \"b\" > ?)) AND "
                             "\"a\" <= ? AND (\"a\" < ? OR (\"a\" = ? AND \"b\" <= ?))"));
        QCOMPARE(textsOf(built),
                 (std::vector<std::string> {"1", "1", "1", "m", "5", "5", "5", "c"}));

        std::vector<ReadColumn> three = composite();
        three.push_back(keyColumn("c", TypeFamily::Date));
        built = load::buildCondition({}, KeyRange(three, KeyValue {"1", "m", "2024-01-31"},
                                                  std::nullopt),
                                     questionMarks(false));
        QCOMPARE(built.sql, std::string("\"a\" >= ? AND (\"a\" > ? OR (\"a\" = ? AND (\"b\" > ? "
                                        "OR (\"b\" = ? AND \"c\" > ?))))"));
        QCOMPARE(textsOf(built),
                 (std::vector<std::string> {"1", "1", "1", "m", "m", "2024-01-31"}));

        built = load::buildCondition({}, KeyRange("id", std::nullopt, 7), questionMarks(false));
        QCOMPARE(built.sql, std::string("\"id\" <= ?"));
    }

    void nullableKeyColumns()
    {
        const std::vector<ReadColumn> key {keyColumn("a", TypeFamily::Integer),
                                           keyColumn("b", TypeFamily::String, true)};
        // A ranges rule: no slice takes rows with NULL in b (DMS does not load them).
        auto built = load::buildCondition({}, KeyRange(key, KeyValue {"1", "m"}, std::nullopt),
                                          questionMarks(true));
        QCOMPARE(built.sql,
                 std::string("\"b\" IS NOT NULL AND \"a\" >= ? AND (\"a\", \"b\") > (?, ?)"));
        // The first slice of a table sliced by its key takes them.
        built = load::buildCondition(
            {}, KeyRange(key, std::nullopt, KeyValue {"1", "m"}, true), questionMarks(true));
        QCOMPARE(built.sql,
                 std::string("((\"a\" <= ? AND (\"a\", \"b\") <= (?, ?)) OR \"b\" IS NULL)"));
        built = load::buildCondition(
            {}, KeyRange(key, KeyValue {"0", "a"}, KeyValue {"1", "m"}, true),
            questionMarks(false));
        QCOMPARE(built.sql,
                 std::string("((\"a\" >= ? AND (\"a\" > ? OR (\"a\" = ? AND \"b\" > ?)) AND "
                             "\"a\" <= ? AND (\"a\" < ? OR (\"a\" = ? AND \"b\" <= ?))) OR "
                             "\"b\" IS NULL)"));
    }

    void malformedRangesAreReported()
    {
        const KeyRange wrong(composite(), KeyValue {"1"}, std::nullopt);
        QVERIFY(!load::isWellFormed(wrong));
        QVERIFY(load::isWellFormed(KeyRange(composite(), KeyValue {"1", "x"}, std::nullopt)));
        const auto built = load::buildCondition({}, wrong, questionMarks(true));
        QCOMPARE(built.error, std::string("a key bound has 1 values for 2 key columns"));
    }

    void orderBy()
    {
        const auto quote = [](std::string_view name) {
            return quoteIdentifier(Dialect::MySql, name);
        };
        QCOMPARE(load::orderByClause({"a", "b`c"}, quote), std::string(" ORDER BY `a`, `b``c`"));
        QCOMPARE(load::orderByClause({}, quote), std::string());
    }

    /// Both forms mean the same slices: run on SQLite over keys with ties in each column.
    void slicesCoverEveryRowOnce_data()
    {
        QTest::addColumn<bool>("rowValues");
        QTest::newRow("row values") << true;
        QTest::newRow("expanded") << false;
    }

    void slicesCoverEveryRowOnce()
    {
        QFETCH(bool, rowValues);
        Memory db;
        QVERIFY(db.exec("CREATE TABLE t (id INTEGER, a INTEGER, b TEXT, c TEXT, "
                        "PRIMARY KEY (a, b, c))"));
        int id = 0;
        for (int a = 0; a < 4; ++a) {
            for (const char *b : {"", "A", "a", "b b", "é"}) {
                for (const char *c : {"x", "y"}) {
                    QVERIFY(db.exec("INSERT INTO t VALUES (" + std::to_string(++id) + ", "
                                    + std::to_string(a) + ", '" + b + "', '" + c + "')"));
                }
            }
        }
        std::vector<ReadColumn> key = composite();
        key.push_back(keyColumn("c", TypeFamily::String));
        // Boundaries on existing keys, between keys, and on ties of the leading columns.
        const std::vector<KeyValue> bounds {
            {"0", "a", "y"}, {"1", "", "x"}, {"1", "b b", "x"}, {"2", "B", "z"}, {"3", "é", "x"}};
        std::map<int, int> owners;
        for (const load::KeySlice &slice : load::keySlicesBetween(bounds)) {
            const auto built = load::buildCondition(
                {}, KeyRange(key, slice.lower, slice.upper), questionMarks(rowValues));
            for (int row : db.ids(built))
                ++owners[row];
        }
        QCOMPARE(int(owners.size()), id);
        for (const auto &[row, count] : owners)
            QCOMPARE(count, 1);
    }

    void postgresCastsEveryValueToItsColumnsType()
    {
        postgres::BoundCondition bound;
        std::string missing;
        QVERIFY(postgres::buildCondition(
            {{"name", {op(FilterOperator::Eq, "x")}}},
            KeyRange(composite(), KeyValue {"1", "m"}, KeyValue {"5", "c"}),
            {{"name", "\"pg_catalog\".\"text\""}, {"a", "\"pg_catalog\".\"int4\""},
             {"b", "\"pg_catalog\".\"varchar\""}},
            postgres::bindPlaceholder, &bound, &missing));
        QCOMPARE(bound.sql,
                 std::string("(\"name\" = $1::\"pg_catalog\".\"text\") AND "
                             "\"a\" >= $2::\"pg_catalog\".\"int4\" AND (\"a\", \"b\") > "
                             "($3::\"pg_catalog\".\"int4\", $4::\"pg_catalog\".\"varchar\") AND "
                             "\"a\" <= $5::\"pg_catalog\".\"int4\" AND (\"a\", \"b\") <= "
                             "($6::\"pg_catalog\".\"int4\", $7::\"pg_catalog\".\"varchar\")"));
        QCOMPARE(bound.values, (std::vector<std::string> {"x", "1", "1", "m", "5", "5", "c"}));

        // COPY reads the values back from settings; key columns without a known type.
        postgres::BoundCondition copy;
        QVERIFY(postgres::buildCondition({}, KeyRange(composite(), KeyValue {"1", "m"},
                                                      std::nullopt),
                                         {}, postgres::settingPlaceholder, &copy, &missing));
        QCOMPARE(copy.sql,
                 std::string("\"a\" >= (SELECT current_setting('ferry.p1')::bigint) AND "
                             "(\"a\", \"b\") > ((SELECT current_setting('ferry.p2')::bigint), "
                             "(SELECT current_setting('ferry.p3')::text))"));
        QVERIFY(!postgres::buildCondition({}, KeyRange(composite(), KeyValue {"1"}, std::nullopt),
                                          {}, postgres::bindPlaceholder, &copy, &missing));
    }

    void mysqlBindsKeyBoundsTyped()
    {
        std::vector<ReadColumn> key = composite();
        key.push_back(keyColumn("price", TypeFamily::Decimal));
        const auto where = mysql::detail::whereCondition(
            {{"note", {op(FilterOperator::NotEq, "42")}}},
            KeyRange(key, KeyValue {"7", "k", "1.50"}, std::nullopt));
        QCOMPARE(where.sql,
                 std::string("(`note` <> ?) AND `a` >= ? AND (`a` > ? OR (`a` = ? AND (`b` > ? OR "
                             "(`b` = ? AND `price` > ?))))"));
        const auto values = mysql::detail::boundValues(where);
        using Kind = mysql::detail::BoundValue::Kind;
        QCOMPARE(values.size(), size_t(7));
        QCOMPARE(values[0].kind, Kind::Text); // a filter value compares like a literal
        QCOMPARE(std::string(values[0].text), std::string("42"));
        for (size_t i : {1, 2, 3}) {
            QCOMPARE(values[i].kind, Kind::Int64);
            QCOMPARE(values[i].integer, int64_t(7));
        }
        QCOMPARE(values[4].kind, Kind::Text);
        QCOMPARE(std::string(values[4].text), std::string("k"));
        QCOMPARE(values[6].kind, Kind::Decimal);
        QCOMPARE(std::string(values[6].text), std::string("1.50"));
        QCOMPARE(mysql::detail::orderBy({"a", "b"}), std::string(" ORDER BY `a`, `b`"));
    }

    void sqliteUsesRowValuesAndBindsIntegerKeys()
    {
        std::vector<sqlite::detail::BoundValue> values;
        const std::string sql = sqlite::detail::whereClause(
            {{"flag", {op(FilterOperator::Eq, "true")}}},
            KeyRange(composite(), KeyValue {"3", "q"}, std::nullopt),
            {keyColumn("flag", TypeFamily::Boolean)}, &values);
        QVERIFY(sqlite3_libversion_number() >= 3015000);
        QCOMPARE(sql, std::string(" WHERE (\"flag\" = ?) AND \"a\" >= ? AND "
                                  "(\"a\", \"b\") > (?, ?)"));
        QCOMPARE(values.size(), size_t(4));
        QVERIFY(!values[0].text); // a boolean filter value as 1
        QCOMPARE(values[0].integer, int64_t(1));
        QVERIFY(!values[1].text);
        QCOMPARE(values[1].integer, int64_t(3));
        QVERIFY(!values[2].text);
        QCOMPARE(values[3].text.value_or("-"), std::string("q"));
    }

    void odbcExpandsForTsql()
    {
        const auto quote = [](std::string_view name) {
            std::string quoted(1, '[');
            quoted += name;
            quoted += ']';
            return quoted;
        };
        const KeyRange range(composite(), KeyValue {"2", "z"}, KeyValue {"4", "a"});
        const auto tsql = odbc::whereCondition({}, range, SqlDialect::TSql, quote);
        QCOMPARE(tsql.sql, std::string("[a] >= ? AND ([a] > ? OR ([a] = ? AND [b] > ?)) AND "
                                       "[a] <= ? AND ([a] < ? OR ([a] = ? AND [b] <= ?))"));
        const auto parameters = odbc::whereParameters(tsql);
        QCOMPARE(parameters.size(), size_t(8));
        QVERIFY(parameters[0].isInteger);
        QCOMPARE(parameters[0].integer, int64_t(2));
        QVERIFY(!parameters[3].isInteger);
        QCOMPARE(parameters[3].text, std::string("z"));
        const auto pg = odbc::whereCondition({}, range, SqlDialect::PostgreSql, quote);
        QCOMPARE(pg.sql, std::string("[a] >= ? AND ([a], [b]) > (?, ?) AND [a] <= ? AND "
                                     "([a], [b]) <= (?, ?)"));
        const auto maria = odbc::whereCondition({}, range, SqlDialect::MariaDb, quote);
        QCOMPARE(maria.sql, tsql.sql);
    }
};

QTEST_GUILESS_MAIN(TestWhereClause)
#include "tst_where_clause.moc"
