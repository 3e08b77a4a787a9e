// SPDX-License-Identifier: MIT
// Keys, indexes and foreign keys of real schemas on real servers, through `ferry migrate` as a
// user runs it (issue #11): index names that are per table in MySQL but per schema in
// PostgreSQL and SQLite, an index the target cannot build (the table stays completed, its
// foreign keys are built, exit code 4), MySQL FULLTEXT indexes as GIN indexes on PostgreSQL,
// SPATIAL indexes skipped with a warning, and long column names that share their first 63
// bytes. The target is checked with plain SQL written here, never through Ferry's readers.
#include "engine/connectors/connector.h"
#include "tests/integration/task/migrate_support.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <set>

using namespace ferry;
using namespace ferry::test;

namespace {

/// Words, so that to_tsvector has something to index: ~size bytes.
std::string prose(size_t size, int seed)
{
    static const char *const Words[] = {"ferry", "harbour", "tide", "rope", "deck", "anchor",
                                        "wave",  "crew",    "gull", "mast", "sail", "keel"};
    std::string text;
    uint32_t state = static_cast<uint32_t>(seed) * 2654435761u + 1;
    while (text.size() < size) {
        state = state * 1664525u + 1013904223u;
        text += Words[(state >> 16) % 12];
        text += ' ';
    }
    return text;
}

/// Random base64: barely compressible, so a btree entry of it cannot shrink below PostgreSQL's
/// limit.
std::string incompressible(size_t bytes)
{
    QByteArray raw(static_cast<qsizetype>(bytes), Qt::Uninitialized);
    for (char &c : raw)
        c = static_cast<char>(QRandomGenerator::global()->generate() & 0xFF);
    return raw.toBase64().toStdString();
}

} // namespace

class TstSchemaObjects : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QVERIFY(m_dir.isValid());
        m_database = test::uniqueName("so_src");
        PlainSql admin(test::mysqlSpec());
        OPEN(admin);
        EXEC(admin,
             "CREATE DATABASE " + quoteIdentifier(Dialect::MySql, m_database)
                 + " CHARACTER SET utf8mb4");
        m_source = test::mysqlSpec();
        m_source.database = m_database;
        PlainSql s(m_source);
        OPEN(s);
        // Sakila's shape: index names per table, the same name in several tables; an index
        // named like a table; foreign keys between them.
        EXEC(s, "CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(40))");
        EXEC(s, "CREATE TABLE staff (id INT PRIMARY KEY, name VARCHAR(40))");
        EXEC(s,
             "CREATE TABLE rental (id INT PRIMARY KEY, customer_id INT NOT NULL,"
             " staff_id INT NOT NULL, KEY idx_fk_customer_id (customer_id),"
             " KEY idx_fk_staff_id (staff_id), KEY staff (staff_id, id),"
             " CONSTRAINT fk_rental_customer FOREIGN KEY (customer_id) REFERENCES customer (id),"
             " CONSTRAINT fk_rental_staff FOREIGN KEY (staff_id) REFERENCES staff (id))");
        EXEC(s,
             "CREATE TABLE payment (id INT PRIMARY KEY, customer_id INT NOT NULL,"
             " staff_id INT NOT NULL, KEY idx_fk_customer_id (customer_id),"
             " KEY idx_fk_staff_id (staff_id),"
             " CONSTRAINT fk_payment_customer FOREIGN KEY (customer_id) REFERENCES customer (id),"
             " CONSTRAINT fk_payment_staff FOREIGN KEY (staff_id) REFERENCES staff (id))");
        // pgloader's fcm_batches: a FULLTEXT index over values larger than a btree row.
        EXEC(s,
             "CREATE TABLE batches (id INT PRIMARY KEY, title VARCHAR(200), body LONGTEXT,"
             " FULLTEXT KEY ft_batch (title, body))");
        // A SPATIAL index: geometry travels as text, so there is nothing to build it on.
        EXEC(s,
             "CREATE TABLE places (id INT PRIMARY KEY, g GEOMETRY NOT NULL,"
             " SPATIAL KEY sp_places (g))");
        // An index PostgreSQL cannot build (MySQL indexes a 100-character prefix; PostgreSQL
        // has no prefix indexes and a btree entry holds at most 2704 bytes), and a table whose
        // foreign key references it.
        EXEC(s, "CREATE TABLE notes (id INT PRIMARY KEY, body TEXT, KEY ix_body (body(100)))");
        EXEC(s,
             "CREATE TABLE note_links (id INT PRIMARY KEY, note_id INT,"
             " CONSTRAINT fk_link_note FOREIGN KEY (note_id) REFERENCES notes (id))");

        for (int i = 1; i <= 3; ++i) {
            EXEC(s, "INSERT INTO customer VALUES (?, ?)",
                 {std::to_string(i), "c" + std::to_string(i)});
            EXEC(s, "INSERT INTO staff VALUES (?, ?)",
                 {std::to_string(i), "s" + std::to_string(i)});
        }
        for (int i = 1; i <= 30; ++i) {
            const std::string id = std::to_string(i);
            EXEC(s, "INSERT INTO rental VALUES (?, ?, ?)",
                 {id, std::to_string(i % 3 + 1), std::to_string(i % 2 + 1)});
            EXEC(s, "INSERT INTO payment VALUES (?, ?, ?)",
                 {id, std::to_string(i % 3 + 1), std::to_string(i % 2 + 1)});
        }
        for (int i = 1; i <= 4; ++i)
            EXEC(s, "INSERT INTO batches VALUES (?, ?, ?)",
                 {std::to_string(i), "batch " + std::to_string(i),
                  prose(i == 2 ? 30'000 : 9'000, i) + (i == 3 ? "needle" : "")});
        EXEC(s, "INSERT INTO places VALUES (1, ST_GeomFromText('POINT(1 2)'))");
        EXEC(s, "INSERT INTO notes VALUES (1, 'short'), (2, ?)", {incompressible(6000)});
        EXEC(s, "INSERT INTO note_links VALUES (1, 1), (2, 2)");
    }

    /// MySQL -> PostgreSQL twice: exit 4 (one index could not be built) both times, every
    /// table completed, the same index names each time and unique in the schema.
    void mysqlIntoPostgres()
    {
        const ConnectionSpec target = test::postgresSpec();
        PlainSql pg(target);
        OPEN(pg);
        const std::string schema = m_database; // the MySQL database becomes the schema
        std::vector<Rows> indexRuns;
        for (int attempt = 1; attempt <= 2; ++attempt) {
            const QString runDir = m_dir.filePath(QStringLiteral("pg-%1").arg(attempt));
            const Run run = migrate(m_source, target, qs(m_database + ".%"),
                                    qs(test::uniqueName("so_pg")), runDir);
            QVERIFY2(run.exitCode == 4, qPrintable(run.errors));
            const auto tables = tablesOf(run.last);
            QCOMPARE(tables.size(), size_t(8));
            for (const auto &[name, table] : tables)
                QVERIFY2(table.value(QLatin1String("TableState")).toString()
                             == QLatin1String("Table completed"),
                         qPrintable(name));
            // The index that failed is reported with the server's reason, on its table only.
            const QJsonArray failed = tables.at(QStringLiteral("notes"))
                                          .value(QLatin1String("FailedObjects"))
                                          .toArray();
            QCOMPARE(failed.size(), 1);
            QVERIFY2(failed[0].toString().contains(QLatin1String("ix_body"))
                         && failed[0].toString().contains(QLatin1String("2704")),
                     qPrintable(failed[0].toString()));
            QCOMPARE(run.last.value(QLatin1String("FailedObjects")).toInt(), 1);
            QVERIFY2(run.errors.contains(QLatin1String("not created:"))
                         && run.errors.contains(QLatin1String("ix_body")),
                     qPrintable(run.errors));
            // The spatial index is skipped with a warning, not counted as a failure.
            QVERIFY2(taskLog(runDir).contains(QLatin1String("Spatial index sp_places")),
                     qPrintable(taskLog(runDir)));

            indexRuns.push_back(query(pg,
                                      "SELECT tablename, indexname FROM pg_indexes "
                                      "WHERE schemaname = ? ORDER BY 1, 2",
                                      {schema}));
        }
        QCOMPARE(indexRuns[1], indexRuns[0]);
        std::set<std::string> names;
        for (const SqlRow &row : indexRuns[0])
            names.insert(row[1].value_or(""));
        QCOMPARE(names.size(), indexRuns[0].size());
        for (const char *expected :
             {"rental_idx_fk_customer_id", "payment_idx_fk_customer_id", "rental_idx_fk_staff_id",
              "payment_idx_fk_staff_id", "rental_staff", "rental_pkey", "ft_batch"})
            QVERIFY2(names.count(expected), expected);
        QVERIFY(!names.count("ix_body"));
        QVERIFY(!names.count("sp_places"));

        // The recorded names: one row per key and index, with why it was renamed.
        const std::string control = "ferry_control.object_names";
        QCOMPARE(single(pg,
                        "SELECT origin FROM " + control
                            + " WHERE source_table = 'rental' AND source_name = "
                              "'idx_fk_customer_id' ORDER BY task_name DESC LIMIT 1"),
                 std::string("table-prefixed"));

        // Every row arrived; the foreign keys are there, also the one to the table whose index
        // failed.
        const std::string q = quoteIdentifier(Dialect::PostgreSql, schema);
        QCOMPARE(single(pg, "SELECT count(*) FROM " + q + ".rental"), std::string("30"));
        QCOMPARE(single(pg, "SELECT count(*) FROM " + q + ".payment"), std::string("30"));
        QCOMPARE(single(pg, "SELECT count(*) FROM " + q + ".notes"), std::string("2"));
        QCOMPARE(single(pg,
                        "SELECT string_agg(conname, ',' ORDER BY conname) FROM pg_constraint c "
                        "JOIN pg_namespace n ON n.oid = c.connamespace "
                        "WHERE n.nspname = ? AND contype = 'f'",
                        {schema}),
                 std::string("fk_link_note,fk_payment_customer,fk_payment_staff,"
                             "fk_rental_customer,fk_rental_staff"));

        // FULLTEXT became GIN over to_tsvector, and PostgreSQL's full-text search finds rows
        // through it (values of 9 and 30 KB, far beyond a btree row).
        const std::string definition = single(
            pg, "SELECT indexdef FROM pg_indexes WHERE schemaname = ? AND indexname = 'ft_batch'",
            {schema});
        QVERIFY2(definition.find("USING gin") != std::string::npos
                     && definition.find("to_tsvector") != std::string::npos,
                 definition.c_str());
        QCOMPARE(single(pg,
                        "SELECT string_agg(id::text, ',') FROM " + q
                            + ".batches WHERE to_tsvector('simple'::regconfig, "
                              "coalesce(title::text, '') || ' ' || coalesce(body::text, '')) "
                              "@@ to_tsquery('simple', 'needle')"),
                 std::string("3"));
        QCOMPARE(single(pg, "SELECT max(length(body)) > 29000 FROM " + q + ".batches"),
                 std::string("t"));
    }

    /// MySQL -> SQLite: index names are per database there too; every index of both tables
    /// exists under a name of its own.
    void mysqlIntoSqlite()
    {
        const QString file = m_dir.filePath(QStringLiteral("target.db"));
        ConnectionSpec target;
        target.dialect = Dialect::Sqlite;
        target.path = file.toStdString();
        const Run run
            = migrate(m_source, target, qs(m_database + ".%"), qs(test::uniqueName("so_lite")),
                      m_dir.filePath(QStringLiteral("lite")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        PlainSql lite(target);
        OPEN(lite);
        const Rows indexes = query(lite,
                                   "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' "
                                   "AND name NOT LIKE 'sqlite_%' AND tbl_name IN "
                                   "('rental', 'payment') ORDER BY 1, 2");
        QCOMPARE(indexes,
                 (Rows {{"payment", "payment_idx_fk_customer_id"},
                        {"payment", "payment_idx_fk_staff_id"},
                        {"rental", "rental_idx_fk_customer_id"},
                        {"rental", "rental_idx_fk_staff_id"},
                        {"rental", "rental_staff"}}));
    }

    /// Two SQLite column names of 64 characters sharing 63 become two PostgreSQL columns (the
    /// server would cut both to the same 63 bytes), with every value in its own column.
    void longColumnNamesIntoPostgres()
    {
        const QString file = m_dir.filePath(QStringLiteral("long.db"));
        ConnectionSpec source;
        source.dialect = Dialect::Sqlite;
        source.path = file.toStdString();
        const std::string stem(63, 'c');
        {
            QFile create(file); // an empty file is an empty database
            QVERIFY(create.open(QIODevice::WriteOnly));
        }
        {
            PlainSql lite(source);
            OPEN(lite);
            EXEC(lite,
                 "CREATE TABLE wide (id INTEGER PRIMARY KEY, \"" + stem + "1\" TEXT, \"" + stem
                     + "2\" TEXT)");
            EXEC(lite, "CREATE INDEX by_second ON wide (\"" + stem + "2\")");
            EXEC(lite, "INSERT INTO wide VALUES (1, 'first', 'second')");
        }
        const ConnectionSpec target = test::postgresSpec();
        const std::string schema = test::uniqueName("so_long");
        PlainSql pg(target);
        OPEN(pg);
        // Into a schema of its own: a mapping rule renames main.
        const QString mappings = m_dir.filePath(QStringLiteral("long-mappings.json"));
        QFile json(mappings);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(QStringLiteral(R"({"rules": [
            {"rule-type": "selection", "rule-id": "1", "rule-name": "1",
             "object-locator": {"schema-name": "main", "table-name": "%%"},
             "rule-action": "include"},
            {"rule-type": "transformation", "rule-id": "2", "rule-name": "2",
             "rule-target": "schema", "object-locator": {"schema-name": "main"},
             "rule-action": "rename", "value": "%1"}]})")
                       .arg(qs(schema))
                       .replace(QStringLiteral("%%"), QStringLiteral("%"))
                       .toUtf8());
        json.close();
        QProcess ferry;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FERRY_TARGET_PASSWORD"),
                           qs(std::string(target.password.reveal())));
        ferry.setProcessEnvironment(environment);
        ferry.start(test::binary(QStringLiteral("ferry")),
                    {QStringLiteral("migrate"), qs(source.toUri()), qs(target.toUri()),
                     QStringLiteral("--mappings"), mappings, QStringLiteral("--run-dir"),
                     m_dir.filePath(QStringLiteral("long-run"))});
        QVERIFY(ferry.waitForFinished(120'000));
        const QString errors = QString::fromUtf8(ferry.readAllStandardError());
        QVERIFY2(ferry.exitCode() == 0, qPrintable(errors));
        QVERIFY2(errors.contains(QLatin1String("is named")), qPrintable(errors));

        const Rows columns = query(pg,
                                   "SELECT column_name FROM information_schema.columns "
                                   "WHERE table_schema = ? AND table_name = 'wide' "
                                   "ORDER BY ordinal_position",
                                   {schema});
        QCOMPARE(columns.size(), size_t(3));
        const std::string first = columns[1][0].value_or("");
        const std::string second = columns[2][0].value_or("");
        QVERIFY(first != second);
        QVERIFY(first.size() <= 63 && second.size() <= 63);
        QCOMPARE(single(pg,
                        "SELECT " + quoteIdentifier(Dialect::PostgreSql, first) + " || '/' || "
                            + quoteIdentifier(Dialect::PostgreSql, second) + " FROM "
                            + quoteQualified(Dialect::PostgreSql, schema, "wide")),
                 std::string("first/second"));
        // The index follows the shortened name.
        QVERIFY(single(pg,
                       "SELECT indexdef FROM pg_indexes WHERE schemaname = ? AND indexname = "
                       "'by_second'",
                       {schema})
                    .find(second)
                != std::string::npos);
    }

private:
    QTemporaryDir m_dir;
    std::string m_database;
    ConnectionSpec m_source;
};

QTEST_GUILESS_MAIN(TstSchemaObjects)
#include "tst_schema_objects.moc"
