// SPDX-License-Identifier: MIT
// General key ranges (issue #12, docs/data-path.md "Slices"): tables with a composite
// (integer, text) or a text primary key load in several slices from PostgreSQL, MariaDB and
// SQLite sources; a run stopped mid-way -- one slice held back by an advisory lock the test
// holds on the target, every other slice committed -- resumes without loss or duplicates.
// DMS parallel-load ranges over several columns with text boundaries (NULLs left out as DMS
// does; boundaries out of order refused), and the slice predicates read through the source's
// index (EXPLAIN on PostgreSQL and MariaDB). Everything is checked with plain SQL written here.
#include "engine/connectors/mysql/mysql_where.h"
#include "engine/connectors/postgres/postgres_load_sql.h"
#include "engine/load/key_slicing.h"
#include "engine/project/dms_json.h"
#include "engine/task/task_runner.h"
#include "tests/integration/task/migrate_support.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

using namespace ferry;
using test::query;
using test::single;

namespace {

/// Words whose order differs between collations: case, accents, leading space, punctuation.
const char *const Words[] = {"alpha",  "Alpha",  "ålpha", "beta",  "Beta",   " gamma",
                             "gamma-1", "gamma_1", "Zeta", "zeta",  "éclair", "Eclair",
                             "über",   "uber",   "O'Brien", "a\"q", "back\\s", "東京"};
constexpr int WordCount = int(sizeof Words / sizeof Words[0]);
constexpr int Rows = 3000;

std::string textKey(int i) { return std::string(Words[i % WordCount]) + " " + std::to_string(i); }

using test::sqliteSpec;

/// A DMS table mapping: include schema.table, and optional table-settings JSON for it.
project::TableMapping mappingFor(const std::string &schema, const std::string &table,
                                 const std::string &parallelLoad = {})
{
    std::string json = R"({"rules":[{"rule-type":"selection","rule-id":"1","rule-name":"1",)"
                       R"("object-locator":{"schema-name":")"
        + schema + R"(","table-name":")" + table + R"("},"rule-action":"include"})";
    if (!parallelLoad.empty())
        json += R"(,{"rule-type":"table-settings","rule-id":"2","rule-name":"2",)"
                R"("object-locator":{"schema-name":")"
            + schema + R"(","table-name":")" + table + R"("},"parallel-load":)" + parallelLoad
            + "}";
    json += "]}";
    auto mapping = project::importDmsTableMappings(json, "inline.json");
    if (!mapping)
        qWarning("mapping: %s", mapping.error().toString().c_str());
    return mapping ? *mapping : project::TableMapping {};
}

/// Inserts rows 100 at a time with bound values.
bool insertRows(test::PlainSql &sql, const std::string &table, int columns,
                const std::vector<test::SqlRow> &rows)
{
    for (size_t first = 0; first < rows.size(); first += 100) {
        std::string statement = "INSERT INTO " + table + " VALUES ";
        test::SqlRow values;
        for (size_t i = first; i < std::min(rows.size(), first + 100); ++i) {
            statement += i == first ? "(" : ", (";
            for (int c = 0; c < columns; ++c) {
                statement += c ? ", ?" : "?";
                values.push_back(rows[i][size_t(c)]);
            }
            statement += ')';
        }
        if (!sql.execute(statement, values))
            return false;
    }
    return true;
}

/// Rows of the composite table: a = i % 20, b = the text key of i, v = "v<i>".
std::vector<test::SqlRow> compositeRows()
{
    std::vector<test::SqlRow> rows;
    for (int i = 0; i < Rows; ++i) {
        std::string v(1, 'v');
        v += std::to_string(i);
        rows.push_back({std::to_string(i % 20), textKey(i), v});
    }
    return rows;
}

/// Rows of the text-keyed table: k = the text key of i, v = i.
std::vector<test::SqlRow> textRows()
{
    std::vector<test::SqlRow> rows;
    for (int i = 0; i < Rows; ++i)
        rows.push_back({textKey(i), std::to_string(i)});
    return rows;
}

/// An order-independent digest of a query's rows (each row's cells joined, rows sorted by
/// their bytes), equal for equal contents whichever engine printed them.
QByteArray digestOf(test::PlainSql &sql, const std::string &select)
{
    std::vector<std::string> lines;
    const bool read = sql.forEachRow(select, {}, [&](const test::SqlRow &row) {
        std::string line;
        for (const auto &cell : row)
            line += (cell ? "=" + *cell : std::string("NULL")) + '\x1f';
        lines.push_back(std::move(line));
    });
    if (!read)
        return "query failed: " + QByteArray::fromStdString(sql.lastError());
    std::sort(lines.begin(), lines.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const std::string &line : lines)
        hash.addData(QByteArrayView(line.data(), qsizetype(line.size())));
    return QByteArray::number(qulonglong(lines.size())) + ":" + hash.result().toHex();
}

/// The two tables of the stop-and-resume tests.
struct KeyedTable
{
    const char *name;
    const char *targetColumns; ///< the target table as the test creates it (no key)
    const char *keyColumns;    ///< for the duplicate check
    const char *selectList;    ///< the columns compared, printed alike on every engine
    const char *heldValue;     ///< v of the row whose insert the test holds back
};

const KeyedTable Composite {"ck", "a integer, b text, v text", "a, b", "a, b, v", "v1503"};
const KeyedTable TextKey {"tk", "k text, v integer", "k", "k, v", "1503"};

} // namespace

class TestKeyRanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QVERIFY(m_dir.isValid());
    }

    void stoppedAndResumed_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("table");
        for (const char *source : {"postgresql", "mariadb", "sqlite"}) {
            for (const char *table : {"ck", "tk"})
                QTest::addRow("%s %s", source, table)
                    << QString::fromLatin1(source) << QString::fromLatin1(table);
        }
    }

    /// A table keyed by (integer, text) or by text loads in several slices; a stop with one
    /// slice held back leaves exactly that slice pending; the resume loads it, and the target
    /// holds every source row once.
    void stoppedAndResumed()
    {
        QFETCH(QString, source);
        QFETCH(QString, table);
        const KeyedTable &shape = table == QLatin1String("ck") ? Composite : TextKey;
        std::string sourceSchema;
        ConnectionSpec sourceSpec;
        QVERIFY(createSource(source, shape, &sourceSchema, &sourceSpec));

        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        test::PlainSql holder(test::postgresSpec());
        OPEN(holder);
        const std::string target = test::uniqueName("keys_dst");
        const std::string control = target + "_ctl";
        std::string lockId;
        holdOneRow(pg, holder, shape, target, &lockId);
        if (QTest::currentTestFailed())
            return;

        task::TaskRequest request = requestFor(sourceSpec, sourceSchema, shape.name, target);
        std::mutex logMutex;
        std::vector<std::string> infos;
        task::TaskCallbacks callbacks;
        callbacks.log = [&](const task::LogLine &line) {
            std::lock_guard lock(logMutex);
            infos.push_back(line.message);
        };
        task::TaskRunner runner(request, callbacks);
        Result<task::TaskOutcome> outcome = Error {};
        std::thread thread([&] { outcome = runner.run(); });
        const bool settled = allButOneCommitted(pg, target, shape.name);
        runner.stop();
        thread.join();
        EXEC(holder, "SELECT pg_advisory_unlock(" + lockId + ")");
        QVERIFY2(settled, "all slices but one committed");
        QVERIFY(!outcome);
        const std::string slices = "SELECT count(*) FROM " + control
            + ".slice_status WHERE task_name = ? AND source_table = ?";
        const std::string completed = slices + " AND state = 'completed'";
        QCOMPARE(outcome.error().code, ErrorCode::Cancelled);
        const int total = std::stoi(single(pg, slices, {target, shape.name}));
        QVERIFY2(total >= 5, std::to_string(total).c_str());
        QCOMPARE(std::stoi(single(pg, completed, {target, shape.name})), total - 1);
        {
            std::lock_guard lock(logMutex);
            const bool ordered = std::any_of(infos.begin(), infos.end(), [](const auto &m) {
                return m.find("chosen in one ordered pass over 3000 keys") != std::string::npos;
            });
            QVERIFY2(ordered, "the boundaries came from one ordered pass over the keys");
        }
        // Bounds are stored as JSON arrays with one value per key column.
        const std::string bound = single(pg, "SELECT upper_bound FROM " + control
                                                 + ".slice_status WHERE task_name = ? AND "
                                                   "slice_no = 0",
                                         {target});
        const auto decoded = load::keyValueFromJson(bound);
        QVERIFY2(decoded && decoded->size() == (shape.name == Composite.name ? 2u : 1u),
                 bound.c_str());

        request.resume = true;
        task::TaskRunner again(request, {});
        auto resumed = again.run();
        QVERIFY2(resumed, resumed ? "" : resumed.error().toString().c_str());
        QCOMPARE(std::stoi(single(pg, completed, {target, shape.name})), total);
        checkTarget(pg, sourceSpec, sourceSchema, shape, target);
        EXEC(pg, "DROP SCHEMA " + target + " CASCADE");
        EXEC(pg, "DROP SCHEMA " + control + " CASCADE");
    }

    /// The connection of a text-keyed slice is cut while it writes: the slice is retried on a
    /// new connection, which finds in slice_status that nothing of it was committed and loads
    /// it once; no row is deleted by key range on the target, none is duplicated.
    void retriedAfterALostConnection()
    {
        const KeyedTable &shape = TextKey;
        std::string sourceSchema;
        ConnectionSpec sourceSpec;
        QVERIFY(createSource(QStringLiteral("postgresql"), shape, &sourceSchema, &sourceSpec));
        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        test::PlainSql holder(test::postgresSpec());
        OPEN(holder);
        const std::string target = test::uniqueName("keys_retry");
        std::string lockId;
        holdOneRow(pg, holder, shape, target, &lockId);
        if (QTest::currentTestFailed())
            return;
        const std::string holderPid = single(holder, "SELECT pg_backend_pid()");

        task::TaskRequest request = requestFor(sourceSpec, sourceSchema, shape.name, target);
        request.settings.set("ErrorBehavior", "RecoverableErrorInterval",
                             project::Value::integer(1));
        request.settings.set("ErrorBehavior", "RecoverableErrorThrottling",
                             project::Value::boolean(false));
        std::atomic<int> retries {0};
        task::TaskCallbacks callbacks;
        callbacks.log = [&](const task::LogLine &line) {
            if (line.message.find("recoverable error") != std::string::npos)
                ++retries;
        };
        task::TaskRunner runner(request, callbacks);
        Result<task::TaskOutcome> outcome = Error {};
        std::thread thread([&] { outcome = runner.run(); });
        const bool settled = allButOneCommitted(pg, target, shape.name);
        // The held slice's session waits in its trigger for the test's advisory lock.
        const std::string cut = single(pg, "SELECT count(pg_terminate_backend(pid)) FROM "
                                           "pg_stat_activity WHERE wait_event = 'advisory' AND "
                                           "pid <> ?",
                                       {holderPid});
        EXEC(holder, "SELECT pg_advisory_unlock(" + lockId + ")");
        thread.join();
        QVERIFY2(settled, "all slices but one committed");
        QCOMPARE(cut, std::string("1"));
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QVERIFY2(retries.load() >= 1, "the lost connection was retried");
        checkTarget(pg, sourceSpec, sourceSchema, shape, target);
        EXEC(pg, "DROP SCHEMA " + target + " CASCADE");
        EXEC(pg, "DROP SCHEMA " + target + "_ctl CASCADE");
    }

    /// DMS parallel-load ranges over two columns with text boundaries, from MariaDB (keys
    /// compared in the expanded form): three slices; rows with NULL in a range column are not
    /// loaded (DMS), and the log says so.
    void rangesRuleWithSeveralColumns()
    {
        test::PlainSql my(test::mysqlSpec());
        OPEN(my);
        const std::string database = test::env("FERRY_TEST_MY_DATABASE");
        const std::string table = test::uniqueName("rg");
        const std::string qualified = "`" + database + "`.`" + table + "`";
        EXEC(my, "CREATE TABLE " + qualified + " (a INT NOT NULL, b VARCHAR(20) NULL, v INT)");
        QVERIFY(insertRows(my, qualified, 3, rangeRows()));
        const std::string target = test::uniqueName("rg_dst");
        task::TaskRequest request = requestFor(test::mysqlSpec(), database, table, target);
        request.mapping = mappingFor(database, table,
                                     R"({"type":"ranges","columns":["a","b"],)"
                                     R"("boundaries":[["3","m"],["6","c"]]})");
        std::vector<std::string> warnings;
        auto outcome = runWarned(request, &warnings);
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());

        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        QCOMPARE(single(pg, "SELECT count(*) FROM " + target + "_ctl.slice_status WHERE "
                                "task_name = ? AND state = 'completed'",
                        {target}),
                 std::string("3"));
        QCOMPARE(single(pg, "SELECT lower_bound || ' ' || upper_bound FROM " + target
                                + "_ctl.slice_status WHERE task_name = ? AND slice_no = 1",
                        {target}),
                 std::string("[\"3\",\"m\"] [\"6\",\"c\"]"));
        const std::string rows = "\"" + table + "\"";
        QCOMPARE(digestOf(pg, "SELECT a, b, v FROM " + target + "." + rows),
                 digestOf(my, "SELECT a, b, v FROM " + qualified + " WHERE b IS NOT NULL"));
        QCOMPARE(single(pg, "SELECT count(*) FROM " + target + "." + rows), std::string("270"));
        const bool told = std::any_of(warnings.begin(), warnings.end(), [](const auto &m) {
            return m.find("rows with NULL in column(s) b are not loaded") != std::string::npos;
        });
        QVERIFY2(told, "the rows left out are named in a warning");
        EXEC(my, "DROP TABLE " + qualified);
        EXEC(pg, "DROP SCHEMA " + target + " CASCADE");
        EXEC(pg, "DROP SCHEMA " + target + "_ctl CASCADE");
    }

    /// Boundaries that are not ascending in the source's order would read rows twice: the
    /// table loads as one slice instead, every row once, and the log says why.
    void rangesOutOfOrderLoadAsOneSlice()
    {
        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        const std::string schema = test::uniqueName("rg_src");
        EXEC(pg, "CREATE SCHEMA " + schema);
        EXEC(pg, "CREATE TABLE " + schema + ".rg (a integer NOT NULL, b varchar(20), v integer)");
        QVERIFY(insertRows(pg, schema + ".rg", 3, rangeRows()));
        const std::string target = test::uniqueName("rg_dst");
        task::TaskRequest request = requestFor(test::postgresSpec(), schema, "rg", target);
        request.mapping = mappingFor(schema, "rg",
                                     R"({"type":"ranges","columns":["a","b"],)"
                                     R"("boundaries":[["6","c"],["3","m"]]})");
        std::vector<std::string> warnings;
        auto outcome = runWarned(request, &warnings);
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QCOMPARE(single(pg, "SELECT count(*) FROM " + target + "_ctl.slice_status WHERE "
                                "task_name = ?",
                        {target}),
                 std::string("1"));
        QCOMPARE(digestOf(pg, "SELECT a, b, v FROM " + target + ".rg"),
                 digestOf(pg, "SELECT a, b, v FROM " + schema + ".rg"));
        const bool told = std::any_of(warnings.begin(), warnings.end(), [](const auto &m) {
            return m.find("not in ascending order") != std::string::npos;
        });
        QVERIFY2(told, "the refused boundaries are named in a warning");
        for (const std::string &name : {schema, target, target + "_ctl"})
            EXEC(pg, "DROP SCHEMA " + name + " CASCADE");
    }

    /// A slice of a composite key reads a range of the primary key index on PostgreSQL -- as
    /// the COPY reader runs it, the values read back from settings -- and on MariaDB, bound
    /// through user variables as the MySQL reader binds them: no slice scans the table.
    void slicesReadAnIndexRange()
    {
        load::KeyRange range;
        load::ReadColumn a, b;
        a.name = "a";
        a.type.family = TypeFamily::Integer;
        b.name = "b";
        b.type.family = TypeFamily::String;
        range.columns = {a, b};
        range.lowerExclusive = load::KeyValue {"500", "alpha 0"};
        range.upperInclusive = load::KeyValue {"520", "Zeta"};

        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        const std::string schema = test::uniqueName("keys_explain");
        EXEC(pg, "CREATE SCHEMA " + schema);
        EXEC(pg, "CREATE TABLE " + schema + ".big (a integer, b text, v text, PRIMARY KEY (a, b))");
        EXEC(pg, "INSERT INTO " + schema + ".big SELECT g / 100, 'key ' || g, repeat('x', 50) "
                 "FROM generate_series(1, 200000) g");
        EXEC(pg, "ANALYZE " + schema + ".big");
        postgres::BoundCondition copy;
        std::string missing;
        QVERIFY(postgres::buildCondition(
            {}, range, {{"a", "\"pg_catalog\".\"int4\""}, {"b", "\"pg_catalog\".\"text\""}},
            postgres::settingPlaceholder, &copy, &missing));
        for (size_t i = 0; i < copy.values.size(); ++i)
            EXEC(pg, "SELECT set_config('" + postgres::settingName(i + 1) + "', ?, false)",
                 {copy.values[i]});
        std::string plan;
        for (const auto &row : query(pg, "EXPLAIN SELECT a, b, v FROM " + schema + ".big WHERE "
                                             + copy.sql))
            plan += row[0].value_or("") + "\n";
        QVERIFY2(plan.find("Index") != std::string::npos
                     && plan.find("Seq Scan") == std::string::npos,
                 plan.c_str());
        EXEC(pg, "DROP SCHEMA " + schema + " CASCADE");

        test::PlainSql my(test::mysqlSpec());
        OPEN(my);
        const std::string table = "`" + test::env("FERRY_TEST_MY_DATABASE") + "`.`"
            + test::uniqueName("big") + "`";
        EXEC(my, "CREATE TABLE " + table + " (a INT, b VARCHAR(40), v VARCHAR(60), "
                 "PRIMARY KEY (a, b))");
        std::vector<test::SqlRow> rows;
        for (int i = 1; i <= 20'000; ++i)
            rows.push_back({std::to_string(i / 20), "key " + std::to_string(i), "x"});
        QVERIFY(insertRows(my, table, 3, rows));
        EXEC(my, "ANALYZE TABLE " + table);
        const load::SqlCondition where = mysql::detail::whereCondition({}, range);
        const auto values = mysql::detail::boundValues(where);
        std::string variables;
        for (size_t i = 0; i < values.size(); ++i) {
            const std::string name = "@ferry_p" + std::to_string(i + 1);
            variables += (i ? ", " : "") + name;
            if (values[i].kind == mysql::detail::BoundValue::Kind::Int64)
                EXEC(my, "SET " + name + " = CAST(? AS SIGNED)",
                     {std::to_string(values[i].integer)});
            else
                EXEC(my, "SET " + name + " = ?", {std::string(values[i].text)});
        }
        EXEC(my, "SET @ferry_sql = ?",
             {"EXPLAIN SELECT a, b, v FROM " + table + where.where()});
        EXEC(my, "PREPARE ferry_explain FROM @ferry_sql");
        const test::Rows explained = query(my, "EXECUTE ferry_explain USING " + variables);
        QCOMPARE(explained.size(), size_t(1));
        // id, select_type, table, type, possible_keys, key, ...
        QCOMPARE(explained[0][3].value_or("NULL"), std::string("range"));
        QCOMPARE(explained[0][5].value_or("NULL"), std::string("PRIMARY"));
        EXEC(my, "DROP TABLE " + table);
    }

private:
    /// A fresh target schema with the table as the test makes it (no key) and an insert trigger
    /// that makes the row with v = heldValue wait for an advisory lock, which `holder` takes.
    /// The lock's id in *lockId.
    void holdOneRow(test::PlainSql &pg, test::PlainSql &holder, const KeyedTable &shape,
                    const std::string &target, std::string *lockId)
    {
        *lockId = std::to_string(10'000 + (m_lockCounter++));
        const std::string table = target + "." + shape.name;
        for (const std::string &sql :
             {"CREATE SCHEMA " + target,
              "CREATE TABLE " + table + " (" + shape.targetColumns + ")",
              "CREATE FUNCTION " + target
                  + ".hold() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.v::text = "
                    "TG_ARGV[0] THEN PERFORM pg_advisory_xact_lock_shared(TG_ARGV[1]::bigint); "
                    "END IF; RETURN NEW; END $$",
              "CREATE TRIGGER hold BEFORE INSERT ON " + table + " FOR EACH ROW EXECUTE FUNCTION "
                  + target + ".hold('" + shape.heldValue + "', '" + *lockId + "')"})
            EXEC(pg, sql);
        EXEC(holder, "SELECT pg_advisory_lock(" + *lockId + ")");
    }

    /// Waits until every slice of the table but one (the held one) is committed, and a little
    /// longer, so that the held slice is waiting in its trigger.
    static bool allButOneCommitted(test::PlainSql &pg, const std::string &target,
                                   const std::string &table)
    {
        const std::string control = target + "_ctl";
        const std::string slices = "SELECT count(*) FROM " + control
            + ".slice_status WHERE task_name = ? AND source_table = ?";
        const bool settled = QTest::qWaitFor(
            [&] {
                if (single(pg, "SELECT to_regclass(?) IS NOT NULL", {control + ".slice_status"})
                    != "t")
                    return false;
                const std::string total = single(pg, slices, {target, table});
                return total != "<none>" && total != "0"
                    && std::stoi(single(pg, slices + " AND state = 'completed'", {target, table}))
                    == std::stoi(total) - 1;
            },
            120'000);
        if (settled)
            QTest::qWait(300);
        return settled;
    }

    /// Runs a task to its end, collecting the warnings it logs.
    static Result<task::TaskOutcome> runWarned(const task::TaskRequest &request,
                                               std::vector<std::string> *warnings)
    {
        std::mutex logMutex;
        task::TaskCallbacks callbacks;
        callbacks.log = [&](const task::LogLine &line) {
            std::lock_guard lock(logMutex);
            if (line.severity == task::LogSeverity::Warning)
                warnings->push_back(line.message);
        };
        task::TaskRunner runner(request, callbacks);
        return runner.run();
    }

    /// 300 rows: a in 0..9, b a letter or NULL (every tenth), v a number.
    static std::vector<test::SqlRow> rangeRows()
    {
        std::vector<test::SqlRow> rows;
        for (int i = 0; i < 300; ++i) {
            const std::optional<std::string> b = i % 10 == 0
                ? std::nullopt
                : std::optional<std::string>(std::string(1, char('a' + (i * 7) % 26)));
            rows.push_back({std::to_string(i % 10), b, std::to_string(i)});
        }
        return rows;
    }

    /// A task into a fresh PostgreSQL schema, the target table kept as the test made it;
    /// slices of about 200 rows on two workers.
    task::TaskRequest requestFor(const ConnectionSpec &source, const std::string &schema,
                                 const std::string &table, const std::string &target)
    {
        task::TaskRequest request;
        request.name = target;
        request.source = source;
        request.target = test::postgresSpec();
        request.mapping = mappingFor(schema, table);
        request.settings.set("TargetMetadata", "TargetSchema", project::Value::string(target));
        request.settings.set("ControlTablesSettings", "ControlSchema",
                             project::Value::string(target + "_ctl"));
        request.settings.set("FullLoadSettings", "TargetTablePrepMode",
                             project::Value::string("DO_NOTHING"));
        request.settings.set("FullLoadSettings", "MaxFullLoadSubTasks",
                             project::Value::integer(2));
        request.settings.set("FullLoadSettings", "CommitRate", project::Value::integer(50));
        request.settings.set("Ferry", "SliceRows", project::Value::integer(200));
        return request;
    }

    /// The source table in a fresh schema (PostgreSQL), the test database (MariaDB) or a
    /// file (SQLite), with its rows and statistics.
    bool createSource(const QString &engine, const KeyedTable &shape, std::string *schema,
                      ConnectionSpec *spec)
    {
        const bool composite = shape.name == Composite.name;
        const std::string name = shape.name;
        std::unique_ptr<test::PlainSql> sql;
        std::string qualified;
        std::string ddl = composite ? "a INTEGER NOT NULL, b %TEXT% NOT NULL, v %TEXT%, "
                                      "PRIMARY KEY (a, b)"
                                    : "k %TEXT% NOT NULL PRIMARY KEY, v INTEGER";
        std::string text = "TEXT";
        if (engine == QLatin1String("postgresql")) {
            *spec = test::postgresSpec();
            *schema = test::uniqueName("keys_src");
            sql = std::make_unique<test::PlainSql>(*spec);
            if (!sql->execute("CREATE SCHEMA " + *schema))
                return false;
            qualified = *schema + "." + name;
        } else if (engine == QLatin1String("mariadb")) {
            *spec = test::mysqlSpec();
            *schema = test::env("FERRY_TEST_MY_DATABASE");
            sql = std::make_unique<test::PlainSql>(*spec);
            text = "VARCHAR(60)";
            qualified = "`" + *schema + "`.`" + name + "`";
            if (!sql->execute("DROP TABLE IF EXISTS " + qualified))
                return false;
        } else {
            const QString path = m_dir.filePath(QStringLiteral("%1.db").arg(m_files++));
            QFile file(path); // an empty file is an empty database
            if (!file.open(QIODevice::WriteOnly))
                return false;
            file.close();
            *spec = sqliteSpec(path);
            *schema = "main";
            sql = std::make_unique<test::PlainSql>(*spec);
            qualified = name;
        }
        for (size_t at; (at = ddl.find("%TEXT%")) != std::string::npos;)
            ddl.replace(at, 6, text);
        if (!sql->isOpen() || !sql->execute("CREATE TABLE " + qualified + " (" + ddl + ")")
            || !insertRows(*sql, qualified, composite ? 3 : 2,
                           composite ? compositeRows() : textRows())) {
            qWarning("source: %s", sql->lastError().c_str());
            return false;
        }
        if (engine == QLatin1String("postgresql"))
            return sql->execute("ANALYZE " + qualified);
        if (engine == QLatin1String("mariadb"))
            return sql->execute("ANALYZE TABLE " + qualified);
        return sql->execute("ANALYZE"); // SQLite's row counts (sqlite_stat1)
    }

    /// The target holds every source row once: count, no duplicate key, equal digest.
    void checkTarget(test::PlainSql &pg, const ConnectionSpec &sourceSpec,
                     const std::string &sourceSchema, const KeyedTable &shape,
                     const std::string &target)
    {
        const std::string table = target + "." + shape.name;
        QCOMPARE(single(pg, "SELECT count(*) FROM " + table), std::to_string(Rows));
        QCOMPARE(single(pg, "SELECT count(*) FROM (SELECT DISTINCT " + std::string(shape.keyColumns)
                                + " FROM " + table + ") d"),
                 std::to_string(Rows));
        test::PlainSql source(sourceSpec);
        QVERIFY2(source.isOpen(), source.lastError().c_str());
        std::string sourceTable = shape.name;
        if (sourceSpec.dialect == Dialect::MySql)
            sourceTable = "`" + sourceSchema + "`.`" + sourceTable + "`";
        else if (sourceSpec.dialect == Dialect::PostgreSql)
            sourceTable = sourceSchema + "." + sourceTable;
        QCOMPARE(digestOf(pg, "SELECT " + std::string(shape.selectList) + " FROM " + table),
                 digestOf(source, "SELECT " + std::string(shape.selectList) + " FROM "
                                      + sourceTable));
        if (sourceSpec.dialect == Dialect::PostgreSql)
            QVERIFY(source.execute("DROP SCHEMA " + sourceSchema + " CASCADE"));
        else if (sourceSpec.dialect == Dialect::MySql)
            QVERIFY(source.execute("DROP TABLE " + sourceTable));
    }

    QTemporaryDir m_dir;
    int m_files = 0;
    int m_lockCounter = 0;
};

QTEST_GUILESS_MAIN(TestKeyRanges)
#include "tst_key_ranges.moc"
